"""What an Arabic reader sees in the dialogs and panels: dates, keys, colours and addresses in their own
order inside Arabic lines, translated defaults stored in English, nothing cut or squeezed, separators
between notes — checked on what Qt lays out and draws, after real key presses and clicks."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QStyle, QStyleFactory, QStyleOptionMenuItem

from annotator.core.exporters import export_to_file
from annotator.core.factcheck import DEFAULT_VERDICTS
from annotator.core.model import make_annotation
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store
from annotator.ui.dialogs import isolated_keys
from annotator.ui.directional import LRI, PDI, ShortcutIsolatingStyle, isolated_shortcut
from annotator.ui.i18n import shown_verdict
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, click_save, db_rows, press, tag
from tests.ui.test_factcheck import type_text


def glyph_x(text: str, direction=Qt.LayoutDirection.RightToLeft) -> dict[int, float]:
    """Where each character of ``text`` is drawn (the x of its first glyph), laid out as Qt lays out a
    line in a widget of ``direction``."""
    layout = QTextLayout(text, QFont("Sans Serif"))  # one family: the runs of several report odd positions
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    seen: dict[int, float] = {}
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for index, position in zip(run.stringIndexes(), run.positions()):
            seen.setdefault(index, position.x())
    return seen


def visual_order(text: str, wanted: str, direction=Qt.LayoutDirection.RightToLeft) -> str:
    """The characters of ``text`` that are in ``wanted``, as they are shown from left to right."""
    xs = glyph_x(text, direction)
    return "".join(text[i] for i, _x in sorted(xs.items(), key=lambda kv: kv[1]) if text[i] in wanted)


def ink(image: QImage) -> QRect:
    """The bounding box of what is drawn darker than the background (the top-left pixel)."""
    background = image.pixelColor(2, 2).lightness()
    xs, ys = [], []
    for y in range(4, image.height() - 4):
        for x in range(4, image.width() - 4):
            if background - image.pixelColor(x, y).lightness() > 60:
                xs.append(x)
                ys.append(y)
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else QRect()


# -- fact-check settings ---------------------------------------------------------------------------


def test_fact_check_defaults_read_arabic_and_are_stored_english(arabic: MainWindow) -> None:
    arabic.action("factcheck_action").trigger()
    dialog = arabic.dialog
    shown = dialog.verdicts.toPlainText().split("\n")
    assert shown == [shown_verdict(v) for v in DEFAULT_VERDICTS] and shown[0] == "صحيح"  # as the Verdict box
    # The desk adds its own verdict under the defaults, typed on an Arabic keyboard.
    dialog.verdicts.setFocus()
    QTest.keyClick(dialog.verdicts, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.verdicts, Qt.Key.Key_Return)
    type_text(dialog.verdicts, "مفبرك")
    click_save(dialog)
    assert not dialog.isVisible()
    [(stored,)] = db_rows(arabic, "SELECT value FROM meta WHERE key = 'factcheck'")
    assert json.loads(stored)["verdicts"] == [*DEFAULT_VERDICTS, "مفبرك"]  # stored (and exported) in English
    # Opened again: Arabic again, and saving unchanged changes nothing.
    arabic.action("factcheck_action").trigger()
    again = arabic.dialog
    assert again.verdicts.toPlainText().split("\n") == [*shown, "مفبرك"]
    click_save(again)
    [(stored,)] = db_rows(arabic, "SELECT value FROM meta WHERE key = 'factcheck'")
    assert json.loads(stored)["verdicts"] == [*DEFAULT_VERDICTS, "مفبرك"]


def test_the_web_address_placeholder_sits_on_the_reading_side(arabic: MainWindow) -> None:
    arabic.action("factcheck_action").trigger()
    dialog = arabic.dialog
    dialog.resize(560, dialog.height())
    QApplication.processEvents()
    assert dialog.url.text() == "" and "https://…" in dialog.url.placeholderText()
    drawn = ink(dialog.url.grab().toImage())
    assert drawn.isValid() and drawn.right() > dialog.url.width() - 20, drawn  # starts on the right…
    # …and reads "https://…" first (on the right), its explanation after it, the address not torn apart.
    text = dialog.url.placeholderText()
    assert visual_order(text, "h:(") == "(h:", text
    dialog.close()


# -- article details ----------------------------------------------------------------------------


def test_the_date_example_and_a_long_title_read_from_their_start(arabic: MainWindow) -> None:
    long_title = "عنوان طويل جدًا " * 12 + "نهاية"
    arabic.store.update_article(arabic.doc.article.id, title=long_title)
    arabic.doc.reload()
    press(arabic.view, Qt.Key.Key_I, "", CTRL)
    dialog = arabic.dialog
    assert dialog.objectName() == "articleDialog"
    QApplication.processEvents()
    assert dialog.title.text() == long_title and dialog.title.cursorPosition() == 0  # its start shows
    dialog.published.clear()
    QTest.keyClicks(dialog.published, "11/11/2019")
    click_save(dialog)
    error = dialog.error.text()
    assert f"{LRI}2024-03-15{PDI}" in error, error  # the example in a left-to-right isolate
    # As the error line lays it out: 2024 on the left of 03, 03 on the left of 15, in the Arabic sentence.
    year = error.index("2024")
    xs = glyph_x(error)
    assert xs[year] < xs[year + 5] < xs[year + 8], error
    dialog.close()


# -- the F1 sheet ------------------------------------------------------------------------------------


def test_the_shortcut_sheet_keeps_each_rows_keys_in_order(arabic: MainWindow) -> None:
    press(arabic.view, Qt.Key.Key_F1)
    sheet = arabic.dialog
    table = sheet.table
    rows = {table.item(r, 0).text(): table.item(r, 1) for r in range(table.rowCount())}
    steps = next(item for name, item in rows.items() if "/" in name and "Alt+Down" in item.toolTip())
    text = steps.text()
    assert f"{LRI}Alt+Down{PDI}" in text and f"{LRI}P{PDI}" in text
    # Read from the right: N, its Alt+Down, then P, its Alt+Up — "next" all on the right of "previous".
    assert visual_order(text, "NDPU") == "UPDN", text
    zoom = next(item for item in rows.values() if "Ctrl+0" in item.toolTip())
    ctrl = zoom.text().index("Ctrl++")
    xs = glyph_x(zoom.text())
    assert xs[ctrl] < xs[ctrl + 4] < xs[ctrl + 5], zoom.text()  # "Ctrl++", not "++Ctrl"
    # The long row (how to select text) wraps inside the sheet instead of being cut at both ends.
    selecting = next(r for r in range(table.rowCount()) if "Shift" in table.item(r, 1).toolTip()
                     and "Alt" in table.item(r, 1).toolTip() and "Ctrl+Shift" in table.item(r, 1).toolTip())
    cell = table.item(selecting, 1)
    assert cell.text() == isolated_keys(cell.toolTip())
    assert table.fontMetrics().horizontalAdvance(cell.text()) > table.columnWidth(1)  # too long for a line…
    assert table.wordWrap() and table.rowHeight(selecting) >= 2 * table.fontMetrics().height()  # …so it wraps
    assert sum(table.columnWidth(c) for c in range(table.columnCount())) <= table.viewport().width() + 1
    sheet.close()


# -- tags -----------------------------------------------------------------------------------------------


def test_the_tags_dialog_shows_every_column_without_scrolling(arabic: MainWindow) -> None:
    press(arabic.view, Qt.Key.Key_T, "", CTRL)
    dialog = arabic.dialog
    for size in (dialog.size(), dialog.sizeHint(), dialog.minimumSizeHint()):
        dialog.resize(size.expandedTo(dialog.minimumSize()))
        QApplication.processEvents()
        table = dialog.table
        header = table.horizontalHeader()
        assert table.horizontalScrollBar().maximum() == 0, size
        assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(table.columnCount()))
        assert header.length() <= table.viewport().width()
        assert table.viewport().height() >= 4 * table.rowHeight(0)  # the four tags, no scrolling
    dialog.close()


def test_the_tag_editor_writes_colours_and_keys_as_they_read(arabic: MainWindow) -> None:
    press(arabic.view, Qt.Key.Key_T, "", CTRL)
    tags = arabic.dialog
    QTest.mouseClick(tags.add_button, Qt.MouseButton.LeftButton)
    editor = tags.editor
    colour = editor.color_button.text()
    assert colour.startswith(LRI + "#") and colour.endswith(PDI)  # "#F0E442", never "F0E442#"
    xs = glyph_x(colour)
    assert xs[1] < xs[2], colour  # "#" on the left of the digits
    type_text(editor.label_edit, "منظمة")
    editor.key_edit.selectAll()
    QTest.keyClicks(editor.key_edit, "l")  # the link key
    assert editor.key_edit.text() == "L"  # as the key cap reads
    click_save(editor)
    assert "«\u2068L\u2069»" in editor.error.text(), editor.error.text()
    assert "l" not in editor.error.text()  # never a lower-case l, which reads as alef
    editor.key_edit.selectAll()
    QTest.keyClicks(editor.key_edit, "q")
    assert editor.error.text() == ""  # corrected: the message goes at once
    click_save(editor)
    assert not editor.isVisible()
    assert db_rows(arabic, "SELECT key FROM tags WHERE label = 'منظمة'") == [("q",)]  # stored as ever
    assert arabic.tag_bar.count_text(editor.tag().name).endswith("[Q]")
    table = tags.table
    [row] = [r for r in range(table.rowCount()) if table.item(r, 1).text() == editor.tag().name]
    assert table.item(row, 2).text() == "Q"
    tags.close()


# -- agreement, export, import ------------------------------------------------------------------


def test_the_export_file_is_named_in_arabic(arabic: MainWindow) -> None:
    press(arabic.view, Qt.Key.Key_E, "", CTRL)
    dialog = arabic.dialog
    name = Path(dialog.path_edit.text()).name
    assert name.endswith("-توسيمات.csv") and "annotations" not in name, name
    assert name.startswith(arabic.doc.article.title.split()[0]), name
    dialog.close()


def test_a_failed_export_puts_a_long_path_on_its_own_line(arabic: MainWindow, tmp_path: Path) -> None:
    blocker = tmp_path / "مجلد الأرشيف الطويل للتقارير المنشورة" / "ملف وليس مجلدًا.txt"
    blocker.parent.mkdir()
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "تصدير التوسيمات.csv"
    press(arabic.view, Qt.Key.Key_E, "", CTRL)
    dialog = arabic.dialog
    dialog.path_edit.setText(str(target))
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    [box] = arabic.open_messages()
    lines = box.text().split("\n")
    assert lines[-1] == f"{LRI}{target}{PDI}", lines  # the whole path, whole, on a line of its own
    assert "تصدير التوسيمات.csv" in lines[0] and str(target) not in lines[0], lines  # the sentence names the file
    assert dialog.isVisible()  # the choices stay for another try
    box.close()
    dialog.close()


def test_import_notes_are_kept_apart_on_the_status_line(arabic: MainWindow, tmp_path: Path) -> None:
    colleague = Store.open(tmp_path / "sam.db")
    colleague.who = "سام"
    ensure_seeded(colleague)
    article = colleague.get_article(colleague.articles(limit=1)[0].id)
    start = article.text.index("الحسكة")
    colleague.add_annotation(make_annotation(article, "location", start, start + 6, annotator="سام"))
    export = tmp_path / "سام.json"
    export_to_file(colleague, "json", export)
    colleague.close()
    seen: list[str] = []
    arabic.statusBar().messageChanged.connect(lambda text: seen.append(text) if text else None)
    arabic.import_files([export])
    notes = [text for text in seen if text.count("سام.json") >= 2]
    assert notes, seen
    first, second = notes[-1].split("؛ ")[:2]  # two notes, an Arabic semicolon between them
    assert "سام.json" in first and "سام.json" in second


def test_the_history_list_shows_three_entries_at_least(arabic: MainWindow, qtbot) -> None:
    arabic.resize(1400, 860)
    first = tag(arabic, "مصطفى بالي", "2")
    press(arabic.view, Qt.Key.Key_1, "1")  # re-tagged: two entries
    press(arabic.view, Qt.Key.Key_Z, "", CTRL)
    arabic.select_annotation(first)
    qtbot.wait(20)
    history = arabic.details.history
    assert history.count() >= 3
    assert history.height() >= 3 * history.sizeHintForRow(0)  # never squeezed to one row
    assert history.viewport().height() >= 3 * history.visualItemRect(history.item(0)).height()


# -- menus --------------------------------------------------------------------------------------------


class _Menu(QMenu):
    def option_for(self, action) -> QStyleOptionMenuItem:
        option = QStyleOptionMenuItem()
        self.initStyleOption(option, action)
        return option


def _drawn(style: QStyle, option: QStyleOptionMenuItem, widget) -> QImage:
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setLayoutDirection(option.direction)  # as a menu's painter has it
    style.drawControl(QStyle.ControlElement.CE_MenuItem, option, painter, widget)
    painter.end()
    return image


def test_menu_shortcuts_read_left_to_right_in_an_arabic_menu(arabic: MainWindow) -> None:
    style = QApplication.style()
    assert isinstance(style, ShortcutIsolatingStyle)
    menu = _Menu(arabic)
    zoom_in = arabic.action("zoom_in_action")
    menu.addAction(zoom_in)
    menu.addAction(arabic.action("panels_action"))
    menu.adjustSize()  # the tab stop of the shortcut column
    base = QStyleFactory.create(style.baseStyle().name())
    for action, keys in ((zoom_in, "Ctrl++"), (arabic.action("panels_action"), "Ctrl+\\")):
        option = menu.option_for(action)
        option.rect = QRect(0, 0, menu.width(), menu.actionGeometry(action).height())
        assert option.direction == Qt.LayoutDirection.RightToLeft and option.text.endswith("\t" + keys)
        isolated = QStyleOptionMenuItem(option)
        isolated.text = isolated_shortcut(option.text)
        assert isolated.text.endswith(f"\t{LRI}{keys}{PDI}")
        # What the window's style draws is the keys isolated, not the keys turned around.
        assert _drawn(style, option, menu) == _drawn(base, isolated, menu)
        assert _drawn(style, option, menu) != _drawn(base, option, menu)
        xs = glyph_x(isolated.text[isolated.text.index("\t") + 1:])
        assert xs[1] < xs[len(keys)], keys  # drawn as written: Ctrl on the left
    menu.deleteLater()


def test_the_export_path_reads_from_its_root_in_arabic(arabic: MainWindow) -> None:
    arabic.export_dialog()
    dialog = arabic.dialog
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the dialog is mirrored…
    assert dialog.path_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight  # …its path is not
    dialog.close()
