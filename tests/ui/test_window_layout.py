"""A reading-first window: measure, headline, panels, jumps, link routes, right-to-left fields."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QTabBar

from annotator.core.model import Relation
from annotator.ui.commands import Link
from annotator.ui.directional import ALIGN_RTL, elide_words
from annotator.ui.main_window import MainWindow
from tests.conftest import SEED_TEXT
from tests.ui.conftest import press, select


def tag(window: MainWindow, needle: str, name: str, occurrence: int = 0):
    select(window, needle, occurrence)
    window.apply_tag(name)
    return window.current_annotation()


def test_lines_are_capped_at_a_measure_and_centred(window: MainWindow, qtbot) -> None:
    window.resize(1920, 1080)
    window.show_panels(False)
    qtbot.wait(20)
    view = window.view
    margins = view.viewportMargins()
    assert margins.left() == margins.right() > 100  # a centred column, not the whole width
    assert view.viewport().width() <= view.measure() + 2 * view.document().documentMargin() + 2
    window.show_panels(True)
    assert window.annotations_dock.isVisible() and window.articles_dock.isVisible()


def test_the_headline_is_set_as_a_heading(window: MainWindow) -> None:
    block = window.view.document().firstBlock()
    assert block.text() == SEED_TEXT.split("\n")[0]
    formats = block.layout().formats()
    assert formats and all(f.format.fontWeight() == 700 for f in formats)
    assert formats[0].format.intProperty(QTextFormat.Property.FontSizeAdjustment) > 0
    second = window.view.document().findBlockByNumber(2)
    assert not any(f.format.fontWeight() == 700 for f in second.layout().formats())


def test_the_table_shows_paragraphs_and_cuts_text_between_words(window: MainWindow) -> None:
    tag(window, "مصطفى بالي", "speaker")
    model = window.annotation_model
    assert model.index(0, 3).data() == "¶4"
    assert "offset" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    metrics = QFontMetrics(window.annotation_table.font())
    sentence = SEED_TEXT.split("\n")[4]
    for width in (40, 90, 160, 300):
        cut = elide_words(sentence, metrics, width)
        assert metrics.horizontalAdvance(cut) <= width or " " not in cut
        if cut != sentence and " " in cut:
            kept = cut[:-1]
            assert sentence.startswith(kept) and not sentence[len(kept)].isalpha()  # never mid-word


def test_dock_tabs_and_the_text_column_fit_at_1000_by_650(window: MainWindow, qtbot) -> None:
    window.resize(1000, 650)
    qtbot.wait(20)
    bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count()]
    assert bars
    for bar in bars:
        metrics = bar.fontMetrics()
        for i in range(bar.count()):
            assert bar.tabRect(i).width() >= metrics.horizontalAdvance(bar.tabText(i)), bar.tabText(i)
    # The article keeps the largest share of the width.
    assert window.view.width() > window.annotations_dock.width() and window.view.width() > window.articles_dock.width()
    table = window.annotation_table
    header = table.horizontalHeader()
    assert header.sectionSize(1) >= 0.35 * table.viewport().width()  # the text column takes the spare width


def test_a_jump_puts_the_span_in_the_middle_with_the_line_before_it(window: MainWindow, qtbot) -> None:
    window.resize(1000, 650)
    qtbot.wait(20)  # the new size laid out, as it is by the time a person presses N
    text = window.doc.text
    far = tag(window, "قرية الباغوز", "location") if "قرية الباغوز" in text else tag(window, "الباغوز", "location")
    tag(window, "الحسكة وتل تمر", "location")
    window.view.select_utf16(0, 0)
    window.view.verticalScrollBar().setValue(0)
    window.step_annotation(1)  # N: the first in reading order
    window.step_annotation(1)  # N: the far one (الباغوز), below the fold
    assert window.current_annotation().id == far.id
    view = window.view
    line = QFontMetrics(view.font()).lineSpacing()
    cursor = view.textCursor()
    cursor.setPosition(cursor.selectionStart())
    top = view.cursorRect(cursor).top()
    assert line <= top <= 0.7 * view.viewport().height()


def test_link_routes_pass_beside_the_lines_between_their_ends(window: MainWindow, qtbot) -> None:
    window.resize(1400, 880)
    speaker = tag(window, "مايلس كاغينس", "speaker")
    quote = tag(window, '"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."', "quote")
    window.undo_stack.push(Link(window.doc, Relation(window.doc.article.id, quote.id, speaker.id, "attributed_to"),
                                quote, speaker))
    window.select_annotation(quote.id, select_text=True)  # as clicking its row does
    qtbot.wait(20)
    view = window.view
    [line] = view.link_lines
    path = view.link_path(line)
    o = window.doc.offsets
    at_quote, at_speaker = QTextCursor(view.document()), QTextCursor(view.document())
    at_quote.setPosition(o.to_utf16(quote.start))
    at_speaker.setPosition(o.to_utf16(speaker.start))
    top_q = view.cursorRect(at_quote).top()
    top_s = view.cursorRect(at_speaker).bottom()
    margin = view.document().documentMargin()
    text_left, text_right = margin, view.viewport().width() - margin
    for i in range(101):
        p: QPointF = path.pointAtPercent(i / 100)
        if top_s + 2 < p.y() < top_q - 2:  # beside the lines between the speaker and the quote
            assert p.x() <= text_left or p.x() >= text_right, (i, p)


def test_arabic_fields_run_right_to_left(window: MainWindow, qtbot) -> None:
    quote = tag(window, '"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."', "quote")
    tag(window, "مايلس كاغينس", "speaker")
    window.select_annotation(quote.id, select_text=True)
    # The note editor: an Arabic paragraph on the right, an English one on the left.
    note = window.details.note
    note.setPlainText("تحقق من الرقم\nverify with SOHR")
    note.viewport().update()
    qtbot.wait(20)
    arabic, english = note.document().firstBlock(), note.document().firstBlock().next()
    for block in (arabic, english):
        note.blockBoundingRect(block)
    a_line = arabic.layout().lineAt(0).naturalTextRect()
    e_line = english.layout().lineAt(0).naturalTextRect()
    assert a_line.right() > note.viewport().width() - 20 and e_line.left() < 20
    # The details: the span in its own direction.
    assert window.details.heading.alignment() & ALIGN_RTL == ALIGN_RTL
    # The link picker: the quote on the right, its rows in their direction.
    press(window.view, Qt.Key.Key_L, "l")
    dialog = window.dialog
    label = dialog.findChild(QLabel, "linkSource")
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert label.alignment() & ALIGN_RTL == ALIGN_RTL
    dialog.reject()


def test_the_shortcut_sheet_shows_every_key_and_no_step_text(window: MainWindow, qtbot) -> None:
    tag(window, "مصطفى بالي", "speaker")  # the undo action now reads "Undo Tag …"
    window.show_shortcuts()
    sheet = window.dialog
    qtbot.waitExposed(sheet)
    table = sheet.table
    cells = [(r, c) for r in range(table.rowCount()) for c in range(0, table.columnCount(), 2)
             if table.item(r, c) is not None]
    names = [table.item(r, c).text() for r, c in cells]
    assert len(names) == len(window.shortcut_rows())  # every action, in one or two pairs of columns
    assert "Undo / redo" in names and not any(n.startswith("Undo Tag") for n in names)
    assert all(keys.strip() and not keys.endswith("/ ") for keys in (table.item(r, c + 1).text() for r, c in cells))
    metrics = table.fontMetrics()
    long = 0
    for r, c in cells:
        text, width = table.item(r, c + 1).text(), table.columnWidth(c + 1)
        if metrics.horizontalAdvance(text) > width:  # a long one (how to select text) wraps, whole…
            long += 1
            lines = metrics.boundingRect(QRect(0, 0, width - 12, 10_000), Qt.TextFlag.TextWordWrap, text)
            # …or keeps its first line, ended by "…", on a screen with no room for its second
            assert table.wordWrap() and table.rowHeight(r) in (lines.height() + 4, metrics.height() + 4), text
    assert long <= 1  # every other row's keys whole on one line
    assert table.verticalScrollBar().maximum() == 0  # every row visible
    sheet.reject()


def test_eliding_a_very_long_text_is_cut_between_words_and_fits(window: MainWindow) -> None:
    metrics = QFontMetrics(window.annotation_table.font())
    long_text = " ".join(SEED_TEXT.split()) * 20  # tens of thousands of characters
    for width in (30, 120, 400):
        cut = elide_words(long_text, metrics, width)
        assert cut.endswith("…") and metrics.horizontalAdvance(cut) <= width
        kept = cut[:-1]
        assert long_text.startswith(kept) and (not kept or long_text[len(kept)] in " ،,;:؛")


def test_an_arabic_title_in_the_article_list_keeps_its_descenders(window: MainWindow) -> None:
    """The bowls of ل and ي come from the Arabic face, whose lines are taller than the Latin face's.

    A row sized (and its title line boxed) by the Latin face's metrics cut
    them off: مقال طويل read as مقاا طهبا.
    """
    from PySide6.QtGui import QFont

    from annotator.ui.fonts import line_height

    lists = window.article_list
    arabic = QFont(lists.font())
    arabic.setFamilies(["Noto Sans Arabic"])
    needed = QFontMetrics(arabic).lineSpacing()
    assert needed > QFontMetrics(lists.font()).lineSpacing()  # (what made this a trap)
    assert line_height(lists.font()) >= needed
    assert lists.visualRect(lists.model().index(0, 0)).height() >= 2 * needed
