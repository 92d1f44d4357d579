"""The Arabic interface: every visible string of the window, its menus, the F1 sheet and the
main dialogs is Arabic (outside a short allow-list), the layout mirrors, and the compiled
translations are up to date with the sources."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QWidget,
)

from annotator.ui import i18n
from annotator.ui.dialogs import LinkDialog
from annotator.ui.main_window import MainWindow

#: Latin words an Arabic interface may show: formats, key names, product names, the other language's name.
ALLOWED = {
    "CSV", "JSON", "JSONL", "brat", "XLSX", "xlsx", "ClaimReview", "Markdown", "Word", "HTML", "TEI", "ar", "en",
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Delete", "Backspace", "Down", "Up", "F1", "F2", "F6",
    "English", "https", "alpha", "OK", "PDF", *(f"F{n}" for n in range(1, 13)),
    # the export formats and the tools they are for, named as their makers name them
    "UTF", "BOM", "Excel", "LibreOffice", "annotator", "v1", "Lines", "W3C", "Web", "Annotation", "LD",
    "Hypothesis", "INCEpTION", "standoff", "txt", "ann", "spaCy", "schema", "org",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def english_in(text: str) -> list[str]:
    """The Latin words of ``text`` that are not allowed: single letters (key names) and allowed words pass."""
    text = text.replace("&", "")
    return [w for w in LATIN_WORD.findall(text) if len(w) > 1 and w not in ALLOWED]


def widget_strings(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible string a widget tree shows: titles, labels, buttons, tips, headers."""
    out: list[tuple[str, str]] = [(f"{root.objectName()} title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__} {w.objectName()}"
        if w.toolTip():
            out.append((where + " tip", w.toolTip()))
        if isinstance(w, QLabel) and w.objectName() not in ("linkSource", "articleInfo"):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QLineEdit):
            out.append((where + " placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    out.append((where + " header", item.text()))
        # Not checked, being data rather than interface: the layers (annotators' names). The default
        # verdicts are shown in Arabic (stored and exported as written).
        elif isinstance(w, QComboBox) and w.objectName() != "layerBox":
            out.extend((where + " item", w.itemText(i)) for i in range(w.count()))
    return out


def assert_arabic(strings: list[tuple[str, str]]) -> None:
    bad = [(where, text) for where, text in strings if english_in(text)]
    assert not bad, "English left in the Arabic interface:\n" + "\n".join(f"  {w}: {t!r}" for w, t in bad)


def menu_strings(menu: QMenu, path: str = "") -> list[tuple[str, str]]:
    out = [(f"menu {path}", menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            out.extend(menu_strings(action.menu(), f"{path}/{menu.title()}"))
            continue
        out.append((f"{path}/{menu.title()} action", action.text()))
        out.append((f"{path}/{menu.title()} tip", action.statusTip()))
    return out


def test_the_window_mirrors_and_speaks_arabic(arabic: MainWindow) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.font().families()[0] == "Noto Sans Arabic"
    # The article list where reading starts: the right (Qt does not mirror dock areas by itself).
    assert arabic.dockWidgetArea(arabic.articles_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert arabic.articles_dock.geometry().x() > arabic.annotations_dock.geometry().x()
    strings: list[tuple[str, str]] = []
    for action in arabic.menuBar().actions():
        strings.extend(menu_strings(action.menu()))
    strings.extend((f"action {spec.id}", a.text()) for spec, a in arabic.actions_table)
    strings.extend((f"dock {d.objectName()}", d.windowTitle())
                   for d in (arabic.articles_dock, arabic.annotations_dock, arabic.search_dock))
    strings.extend(("legend", b.text()) for b in arabic.tag_bar.findChildren(QAbstractButton))
    model = arabic.annotation_model
    strings.extend(("annotation header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                   for c in range(model.columnCount()))
    assert_arabic(strings)
    # Built-in tags read in Arabic; their stored names do not change.
    assert [t.label for t in arabic.tags][:4] == ["اقتباس", "متحدث", "مكان", "ادعاء"]
    assert [t.name for t in arabic.store.tags()][:4] == ["quote", "speaker", "location", "claim"]
    assert arabic.tag_actions["quote"].text().startswith("وسم")


def test_counts_are_written_in_the_chosen_digits(arabic: MainWindow) -> None:
    text = arabic.tag_bar.count_text("quote")
    assert not re.search(r"[0-9]\s", text.split("[")[0]), text  # the count; the key in [ ] is the key's own
    assert i18n.number(1234) == "١٬٢٣٤"


def test_the_shortcut_sheet_is_arabic(arabic: MainWindow) -> None:
    arabic.show_shortcuts()
    sheet = arabic.dialog
    assert sheet is not None
    rows = arabic.shortcut_rows()
    assert_arabic([("F1 row", what) for what, _keys in rows] + [("F1 keys", keys) for _what, keys in rows])
    assert_arabic(widget_strings(sheet))
    sheet.close()


def test_the_export_dialog_is_arabic(arabic: MainWindow) -> None:
    arabic.export_dialog()
    dialog = arabic.dialog
    assert isinstance(dialog, QDialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert_arabic(widget_strings(dialog))


def test_the_main_dialogs_are_arabic(arabic: MainWindow, qtbot) -> None:
    for open_dialog in (arabic.edit_tags, arabic.edit_article, arabic.edit_factcheck_settings):
        open_dialog()
        dialog = arabic.dialog
        assert isinstance(dialog, QDialog), open_dialog
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert_arabic(widget_strings(dialog))
        dialog.close()
    arabic.show_suggestions(True)
    qtbot.waitUntil(lambda: bool(arabic.tag_bar.suggestion_count.isVisible()), timeout=10000)
    arabic.accept_suggested_quotes()  # quotes linked to their speakers, as the screenshots show
    annotations = arabic.doc.all_annotations()
    quote = next(a for a in annotations if a.tag == "quote")
    link = LinkDialog(quote, [a for a in annotations if a.tag == "speaker"], {t.name: t for t in arabic.tags},
                      lambda offset: 1, arabic)
    qtbot.addWidget(link)
    assert_arabic(widget_strings(link))
    # The details panel, with an annotation selected.
    arabic.select_annotation(quote.id)
    assert_arabic(widget_strings(arabic.details))


def test_the_translations_are_up_to_date(tmp_path: Path) -> None:
    """lupdate on the sources finds nothing new or unfinished, and the .qm is the .ts compiled."""
    committed = i18n.TRANSLATIONS_DIR / "annotator_ar.ts"
    assert i18n.ACTION_TEXTS.read_text(encoding="utf-8") == i18n.action_texts_source(), \
        "action_texts.py is stale: run python -m annotator.ui.i18n"
    templates, unseen = i18n.core_templates()
    assert unseen == [], "core messages built from something other than a string literal (lupdate cannot see them)"
    assert len(templates) > 100  # the scan found the core's sentences (errors, import notes, history lines)
    assert i18n.CORE_TEXTS.read_text(encoding="utf-8") == i18n.core_texts_source(), \
        "core_texts.py is stale: run python -m annotator.ui.i18n"
    fresh = tmp_path / "annotator_ar.ts"
    shutil.copy(committed, fresh)
    i18n.lupdate(fresh)
    def messages(path: Path) -> dict[tuple[str, str], bool]:
        out = {}
        for context in ET.parse(path).getroot():
            name = context.findtext("name") or ""
            for m in context.findall("message"):
                out[(name, m.findtext("source") or "")] = m.find("translation").get("type") == "unfinished"
        return out

    old, new = messages(committed), messages(fresh)
    assert set(new) - set(old) == set(), "strings not yet in the committed .ts"
    assert [k for k, unfinished in new.items() if unfinished] == [], "untranslated strings"
    qm = tmp_path / "annotator_ar.qm"
    i18n.lrelease(committed, qm)
    assert qm.read_bytes() == (i18n.TRANSLATIONS_DIR / "annotator_ar.qm").read_bytes(), "the .qm is stale"


def test_the_default_verdicts_read_in_arabic_and_stay_stored_as_written(arabic: MainWindow) -> None:
    from annotator.core.factcheck import DEFAULT_VERDICTS

    assert set(i18n.DEFAULT_VERDICT_LABELS) == set(DEFAULT_VERDICTS)  # the display list follows the core's
    box = arabic.details.verdict
    shown = [box.itemText(n) for n in range(1, box.count())]
    assert shown == ["صحيح", "صحيح في معظمه", "مضلِّل", "خطأ", "غير مثبت"]
    assert [box.itemData(n) for n in range(1, box.count())] == list(DEFAULT_VERDICTS)
