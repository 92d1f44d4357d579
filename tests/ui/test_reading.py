"""Reading: direction, alignment, the bundled face, zoom, highlights, persistence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QTextCharFormat
from PySide6.QtWidgets import QApplication

from annotator.core.model import make_annotation
from annotator.core.store import Store
from annotator.ui.app import application, open_window
from annotator.ui.main_window import MainWindow
from tests.conftest import SEED_TEXT
from tests.ui.conftest import db_rows, press


def line_extents(window: MainWindow, block_number: int) -> list[tuple[float, float, bool]]:
    """(left, right, is_last_line) of each laid-out line of a paragraph, in viewport pixels."""
    view = window.view
    block = view.document().findBlockByNumber(block_number)
    view.blockBoundingRect(block)  # as painting does: lay it out
    layout = block.layout()
    out = []
    for i in range(layout.lineCount()):
        rect = layout.lineAt(i).naturalTextRect()
        out.append((rect.left(), rect.right(), i == layout.lineCount() - 1))
    return out


def test_first_launch_shows_the_seed_article(window: MainWindow) -> None:
    title = SEED_TEXT.splitlines()[0].strip()
    assert window.windowTitle() == f"{title} — annotator"
    assert window.view.shown_text() == SEED_TEXT.replace("\r\n", "\n")
    assert window.view.isReadOnly()
    assert db_rows(window, "SELECT title, source FROM articles") == [(title, "North Press Agency")]


def test_arabic_paragraphs_are_rtl_and_right_aligned_english_left(window: MainWindow, qtbot) -> None:
    # Add an English paragraph to a copy of the sample, as an import would.
    from annotator.core.importers import article_from_text, import_article

    english = "The coalition spokesman, Myles Caggins, said the M4 road is patrolled daily by coalition forces."
    article, _ = import_article(window.store, article_from_text(SEED_TEXT + "\n" + english, "mixed"))
    window.refresh_article_list()
    window.open_article(article.id)
    window.resize(900, 700)
    qtbot.wait(50)
    doc = window.view.document()
    width = window.view.viewport().width()
    margin = doc.documentMargin()
    ragged = 0
    block = doc.firstBlock()
    while block.isValid():
        if block.text().strip():
            lines = line_extents(window, block.blockNumber())
            rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
            assert rtl == (block.text() != english), block.text()[:20]
            for left, right, _last in lines:
                if rtl:
                    assert abs(right - (width - margin)) < 3, (block.text()[:20], left, right)
                else:
                    assert abs(left - margin) < 3
            if rtl and lines[-1][0] > margin + 100:
                ragged += 1  # a short last line hangs from the right edge
        block = block.next()
    assert ragged >= 5


def test_the_bundled_arabic_face_is_used(window: MainWindow) -> None:
    info = QFontInfo(window.view.font())
    assert info.family() == "Noto Naskh Arabic"
    assert window.view.font().pointSizeF() >= 14
    # Latin (NPA, M4, an English paragraph) falls back to a sans face, not a serif.
    families = window.view.font().families()
    assert families[0] == "Noto Naskh Arabic" and "DejaVu Sans" in families


def test_zoom_keys_scale_text_and_interface_and_it_is_remembered(window: MainWindow, db_path: Path, qtbot) -> None:
    before = window.view.point_size()
    ui_before = QApplication.font().pointSizeF()
    press(window.view, Qt.Key.Key_Plus, "+", Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size() == pytest.approx(before * 1.1, rel=0.02)
    press(window.view, Qt.Key.Key_Plus, "+", Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size() == pytest.approx(before * 1.21, rel=0.02)
    # The interface grows with the text: panels, tables and dialogs use the application font.
    assert QApplication.font().pointSizeF() == pytest.approx(ui_before * 1.21, rel=0.02)
    qtbot.waitUntil(lambda: window.annotation_table.font().pointSizeF() == pytest.approx(ui_before * 1.21, rel=0.02))
    qtbot.waitUntil(lambda: window.menuBar().font().pointSizeF() == pytest.approx(ui_before * 1.21, rel=0.02))
    press(window.view, Qt.Key.Key_Minus, "-", Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size() == pytest.approx(before * 1.1, rel=0.02)
    press(window.view, Qt.Key.Key_0, "0", Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size() == before
    assert QApplication.font().pointSizeF() == ui_before
    press(window.view, Qt.Key.Key_Equal, "=", Qt.KeyboardModifier.ControlModifier)
    assert window.view.point_size() == pytest.approx(before * 1.1, rel=0.02)
    window.close()
    again = open_window(window.store)
    qtbot.addWidget(again)
    assert again.view.point_size() == pytest.approx(before * 1.1, rel=0.02)
    again.zoom_to(1.0)
    again.close()


def test_nested_and_crossing_spans_stay_visible(window: MainWindow) -> None:
    text = window.doc.text
    outer = text.index('"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."')
    outer_end = outer + len('"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."')
    inner = text.index("داعش", outer)
    crossing = text.index("قال كاغينس")  # ends inside the quote's first word
    for tag, s, e in (("quote", outer, outer_end), ("claim", inner, inner + 4),
                      ("speaker", crossing, outer + 5)):
        window.view.select_utf16(window.doc.offsets.to_utf16(s), window.doc.offsets.to_utf16(e))
        window.apply_tag(tag)
    window.view.select_utf16(0, 0)
    block = window.view.document().findBlock(window.doc.offsets.to_utf16(inner))
    window.view.highlighter.rehighlightBlock(block)
    at = {}
    for fr in block.layout().formats():
        for pos in range(fr.start, fr.start + fr.length):
            at[block.position() + pos] = QTextCharFormat(fr.format)
    colours = {t.name: QColor(t.color) for t in window.tags}
    # Behind the text: the innermost span's colour.
    assert at[window.doc.offsets.to_utf16(inner + 1)].background().color().rgb() == colours["claim"].rgb()
    assert at[window.doc.offsets.to_utf16(outer + 10)].background().color().rgb() == colours["quote"].rgb()
    # Under the text: one bar per span, at its own level where spans overlap.
    window.view.centerCursor()
    cursor = window.view.textCursor()
    cursor.setPosition(window.doc.offsets.to_utf16(inner))
    window.view.setTextCursor(cursor)
    window.view.ensureCursorVisible()
    bars = window.view.span_bars()
    by_tag: dict[str, set[float]] = {}
    for span, rect in bars:
        by_tag.setdefault(span.tag, set()).add(round(rect.top(), 1))
        assert rect.width() > 0
    assert {"quote", "claim", "speaker"} <= set(by_tag)
    first_line_levels = {tag: min(ys) for tag, ys in by_tag.items()}
    assert len({first_line_levels["quote"], first_line_levels["claim"]}) == 2  # nested: two levels
    assert window.view.shown_text() == text  # highlighting never edits the text


def test_relaunch_reopens_the_last_article_with_its_annotations(db_path: Path, qtbot, tmp_path: Path) -> None:
    application()
    store = Store.open(db_path)
    first = open_window(store)
    qtbot.addWidget(first)
    other = tmp_path / "second.txt"
    other.write_text("تقرير ثان من دير الزور\nنص", encoding="utf-8")
    [outcome] = first.import_files([other])
    article = outcome.article
    store.add_annotation(make_annotation(article, "location", article.text.index("دير الزور"),
                                         article.text.index("دير الزور") + 9))
    first.close()
    store.close()

    store = Store.open(db_path)
    again = open_window(store)
    qtbot.addWidget(again)
    assert again.doc.article.id == article.id
    assert again.windowTitle().startswith("تقرير ثان من دير الزور")
    assert again.annotation_model.rowCount() == 1
    assert len(again.view.index) == 1
    assert again.article_model.rowCount() == 2  # the sample is still there
    again.close()
    store.close()


def test_a_long_article_is_highlighted_as_it_is_read(window: MainWindow, qtbot) -> None:
    """Opening formats the first screenful; other paragraphs when they come into view, in the new colours."""
    from annotator.core.importers import article_from_text, import_article

    paragraph = "قال المتحدث إن التحالف يراقب الطريق."
    article, _ = import_article(window.store, article_from_text("\n".join(["تقرير"] + [paragraph] * 3000), "long"))
    starts = [n for n in range(len(article.text)) if article.text.startswith("التحالف", n)]
    spans = [make_annotation(article, "location", n, n + len("التحالف")) for n in starts[::100]]
    assert len(spans) == 30  # in paragraphs 1, 101, …, 2901
    window.store.add_annotations(spans)
    window.refresh_article_list()
    window.open_article(article.id)
    view = window.view

    def background(block_number: int) -> QColor | None:
        formats = view.document().findBlockByNumber(block_number).layout().formats()
        return formats[0].format.background().color() if formats else None

    first_color = background(1)
    assert first_color is not None and first_color.alpha() > 0  # on the first screen: highlighted
    assert background(2901) is None  # far below: not formatted yet
    view.verticalScrollBar().setValue(view.document().findBlockByNumber(2895).firstLineNumber())
    qtbot.waitUntil(lambda: background(2901) is not None)
    assert background(2901).rgb() == first_color.rgb()
    # A new colour for the tag: the screen now, the first paragraph once it is back in view.
    location = next(t for t in window.tags if t.name == "location")
    window.store.save_tag(dataclasses.replace(location, color="#123456"), old_name="location")
    window.tagset.apply()
    assert background(2901).rgb() == QColor("#123456").rgb()
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: background(1) is not None and background(1).rgb() == QColor("#123456").rgb())
