"""A span is exactly what the reader meant: hit testing, word snapping and clean ends, with the mouse.

Every test here drives the view with real mouse events (press, move with the
button held, release) at points computed from Qt's own layout of the line —
the word's glyphs and Qt's caret positions inside the word — never through
the view's hit testing, and then checks the selection or the database.
"""

from __future__ import annotations

import pytest
import regex
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.core.importers import article_from_text, import_article
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import db_rows, press

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")

#: Arabic with Latin names, figures, an attached clitic and an English paragraph.
MIXED = (
    "قال المتحدث باسم NPA إن الطريق M4 مغلق منذ 2019 وبالحسكة 11 نقطة تفتيش.\n"
    "وأضاف Myles Caggins، المتحدث باسم التحالف: «نحن هنا لنبقى» في قاعدة قصرك.\n"
    "The spokesman Myles Caggins told NPA that قوات سوريا الديمقراطية hold 12 posts near Tal Tamr."
)


def send(viewport, kind: QEvent.Type, point: QPointF, modifiers=NO_MOD, buttons=LEFT) -> None:
    """A mouse event as the window system delivers it (a move carries the held button)."""
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else LEFT
    event = QMouseEvent(kind, point, viewport.mapToGlobal(point), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(window: MainWindow, p1: QPointF, p2: QPointF, modifiers=NO_MOD, *, release: bool = True) -> None:
    viewport = window.view.viewport()
    send(viewport, QEvent.Type.MouseButtonPress, p1, modifiers)
    send(viewport, QEvent.Type.MouseMove, (p1 + p2) / 2, modifiers)
    send(viewport, QEvent.Type.MouseMove, p2, modifiers)
    if release:
        send(viewport, QEvent.Type.MouseButtonRelease, p2, modifiers, Qt.MouseButton.NoButton)


def _line(window: MainWindow, pos16: int):
    view = window.view
    block = view.document().findBlock(pos16)
    geometry = view.blockBoundingGeometry(block).translated(view.contentOffset())
    layout = block.layout()
    line = layout.lineForTextPosition(pos16 - block.position())
    origin = QPointF(geometry.left() + layout.position().x(), geometry.top() + layout.position().y())
    return block, line, origin


def letter_middles(window: MainWindow, start: int, end: int) -> tuple[QPointF, QPointF]:
    """Viewport points at the visual middle of a word's first and last letters (code points in).

    The word's outer edges come from its glyphs (Qt's rectangle for the whole
    word); the inner edges of its first and last letters from Qt's caret
    positions inside the word, where they are unambiguous.
    """
    offsets = window.doc.offsets
    text = window.doc.text
    s16, e16 = offsets.to_utf16(start), offsets.to_utf16(end)
    block, line, origin = _line(window, s16)
    runs = line.glyphRuns(s16 - block.position(), e16 - s16)
    left = min(r.boundingRect().left() for r in runs)
    right = max(r.boundingRect().right() for r in runs)
    rtl = runs[0].isRightToLeft()
    clusters = [m.span() for m in regex.finditer(r"\X", text[start:end])]
    second = offsets.to_utf16(start + clusters[0][1])
    last = offsets.to_utf16(start + clusters[-1][0])
    x_second = line.cursorToX(second - block.position())[0]
    x_last = line.cursorToX(last - block.position())[0]
    first_mid = ((right if rtl else left) + x_second) / 2
    last_mid = (x_last + (left if rtl else right)) / 2
    y = origin.y() + line.y() + line.height() / 2
    return QPointF(origin.x() + first_mid, y), QPointF(origin.x() + last_mid, y)


def caret_x(window: MainWindow, pos: int) -> tuple[float, float]:
    """Viewport x and y of the caret before code point ``pos`` (inside a word: unambiguous)."""
    pos16 = window.doc.offsets.to_utf16(pos)
    block, line, origin = _line(window, pos16)
    return origin.x() + line.cursorToX(pos16 - block.position())[0], origin.y() + line.y() + line.height() / 2


def selected(window: MainWindow) -> str:
    s16, e16 = window.view.selection_utf16()
    offsets = window.doc.offsets
    return window.doc.text[offsets.from_utf16(s16):offsets.from_utf16(e16)]


def open_text(window: MainWindow, text: str, title: str) -> None:
    article, _ = import_article(window.store, article_from_text(text, title))
    window.refresh_article_list()
    window.open_article(article.id)


def sweep_words(window: MainWindow, *, snap: bool) -> list[tuple[str, str]]:
    """Drag across every word from the middle of its first letter to the middle of its last."""
    window.view.snap_words = snap
    wrong = []
    text = window.doc.text
    for m in WORD.finditer(text):
        if len(regex.findall(r"\X", m.group())) < 2:
            continue
        offsets = window.doc.offsets
        window.view.reveal(offsets.to_utf16(m.start()), offsets.to_utf16(m.end()))
        p1, p2 = letter_middles(window, m.start(), m.end())
        drag(window, p1, p2)
        if selected(window) != m.group():
            wrong.append((m.group(), selected(window)))
    return wrong


@pytest.mark.parametrize("snap", [False, True])
def test_every_word_of_the_sample_is_selected_exactly(window: MainWindow, snap: bool) -> None:
    window.resize(1400, 880)
    assert sweep_words(window, snap=snap) == []


@pytest.mark.parametrize("snap", [False, True])
def test_every_word_of_a_mixed_article_is_selected_exactly(window: MainWindow, snap: bool) -> None:
    window.resize(1200, 800)
    open_text(window, MIXED, "mixed")
    assert sweep_words(window, snap=snap) == []


def test_hit_testing_holds_at_150_percent_and_in_a_narrow_window(window: MainWindow) -> None:
    window.resize(1000, 650)
    window.zoom_to(1.5)
    open_text(window, MIXED, "mixed")
    assert sweep_words(window, snap=False) == []


def test_a_click_lands_on_the_nearer_boundary_on_both_sides_of_the_middle(window: MainWindow) -> None:
    text = window.doc.text
    checked = 0
    for needle in ("كاغينس", "المتحدث", "قاعدة", "الحسكة"):
        start = text.index(needle)
        window.view.reveal(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start + len(needle)))
        for i in range(start + 1, start + len(needle) - 1):
            (xa, y), (xb, _) = caret_x(window, i), caret_x(window, i + 1)
            middle = (xa + xb) / 2
            for delta, expected in ((-1.0, i if xa < xb else i + 1), (1.0, i + 1 if xa < xb else i)):
                point = QPointF(middle + delta, y)
                QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, point.toPoint())
                pos = window.doc.offsets.from_utf16(window.view.textCursor().position())
                assert pos == expected, (needle, i, delta)
                at = window.view.cursorForPosition(point.toPoint()).position()
                assert window.doc.offsets.from_utf16(at) == expected
                checked += 1
    assert checked > 30


def test_dragging_across_caggins_stores_exactly_caggins(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("كاغينس")
    for snap in (False, True):
        window.view.snap_words = snap
        p1, p2 = letter_middles(window, start, start + 6)
        drag(window, p1, p2)
        press(window.view, Qt.Key.Key_2, "2")
        assert db_rows(window, "SELECT tag, text, start, end FROM annotations") == [
            ("speaker", "كاغينس", start, start + 6)
        ]
        press(window.view, Qt.Key.Key_Z, "", Qt.KeyboardModifier.ControlModifier)


def test_a_drag_snaps_to_whole_words_and_shows_it_while_dragging(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("الحسكة وتل تمر")
    # From inside الحسكة (its third letter) to inside تمر (its second letter).
    (x1, y1), (x1b, _) = caret_x(window, start + 2), caret_x(window, start + 3)
    (x2, y2), (x2b, _) = caret_x(window, start + 12), caret_x(window, start + 13)
    drag(window, QPointF((x1 + x1b) / 2, y1), QPointF((x2 + x2b) / 2, y2), release=False)
    assert selected(window) == "الحسكة وتل تمر"  # shown before the button is released
    send(window.view.viewport(), QEvent.Type.MouseButtonRelease, QPointF((x2 + x2b) / 2, y2),
         buttons=Qt.MouseButton.NoButton)
    press(window.view, Qt.Key.Key_3, "3")
    assert db_rows(window, "SELECT text FROM annotations") == [("الحسكة وتل تمر",)]


def test_alt_drag_selects_exact_characters_inside_a_word(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("الحسكة")
    (x1, y), (x1b, _) = caret_x(window, start + 2), caret_x(window, start + 3)
    (x2, _), (x2b, _) = caret_x(window, start + 4), caret_x(window, start + 5)
    drag(window, QPointF((x1 + x1b) / 2, y), QPointF((x2 + x2b) / 2, y), Qt.KeyboardModifier.AltModifier)
    assert selected(window) == "حسك"
    # The View menu's toggle does the same without Alt, and is remembered.
    action = window.snap_words_action
    assert action.isChecked()
    action.trigger()
    assert not window.view.snap_words
    drag(window, QPointF((x1 + x1b) / 2, y), QPointF((x2 + x2b) / 2, y))
    assert selected(window) == "حسك"
    action.trigger()
    assert window.view.snap_words


def test_double_click_selects_the_word_without_its_comma(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("بالي،")
    (xa, y), (xb, _) = caret_x(window, start + 1), caret_x(window, start + 2)
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, QPointF((xa + xb) / 2, y).toPoint())
    assert selected(window) == "بالي"
    press(window.view, Qt.Key.Key_2, "2")
    assert db_rows(window, "SELECT text FROM annotations") == [("بالي",)]


def test_a_clitic_written_attached_stays_one_word(window: MainWindow) -> None:
    open_text(window, MIXED, "mixed")
    text = window.doc.text
    start = text.index("وبالحسكة")
    (xa, y), (xb, _) = caret_x(window, start + 4), caret_x(window, start + 5)
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, QPointF((xa + xb) / 2, y).toPoint())
    assert selected(window) == "وبالحسكة"


def test_shift_click_extends_the_selection(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("مايلس كاغينس")
    (xa, y), (xb, _) = caret_x(window, start + 1), caret_x(window, start + 2)
    QTest.mouseDClick(window.view.viewport(), LEFT, NO_MOD, QPointF((xa + xb) / 2, y).toPoint())
    assert selected(window) == "مايلس"
    end = start + len("مايلس كا")
    (xc, y2), (xd, _) = caret_x(window, end), caret_x(window, end + 1)
    QTest.mouseClick(window.view.viewport(), LEFT, Qt.KeyboardModifier.ShiftModifier,
                     QPointF((xc + xd) / 2, y2).toPoint())
    assert selected(window) == "مايلس كاغينس"


def test_a_quote_selected_from_its_marks_is_stored_without_them(window: MainWindow) -> None:
    text = window.doc.text
    quote = '"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."'
    start = text.index(quote)
    window.view.snap_words = False
    window.view.reveal(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start + len(quote)))
    p1, _ = letter_middles(window, start, start + 2)           # on the opening mark
    _, p2 = letter_middles(window, start + len(quote) - 2, start + len(quote))  # on the closing mark
    drag(window, p1, p2)
    assert selected(window) == quote[1:-2]  # shown trimmed while dragging
    press(window.view, Qt.Key.Key_1, "1")
    assert db_rows(window, "SELECT text FROM annotations") == [(quote[1:-2],)]


def test_keyboard_selection_is_trimmed_the_same_way(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("مصطفى بالي،")
    offsets = window.doc.offsets
    window.view.select_utf16(offsets.to_utf16(start), offsets.to_utf16(start))
    ctrl_shift = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    press(window.view, Qt.Key.Key_Left, "", ctrl_shift)
    press(window.view, Qt.Key.Key_Left, "", ctrl_shift)
    press(window.view, Qt.Key.Key_2, "2")
    assert db_rows(window, "SELECT text FROM annotations") == [("مصطفى بالي",)]


def test_a_drag_beyond_the_line_end_stops_at_the_last_word(window: MainWindow) -> None:
    text = window.doc.text
    first_line_end = text.index("\n")
    start = text.index("الميلشيات")
    p1, _ = letter_middles(window, start, start + len("الميلشيات"))
    _, y = caret_x(window, start)
    drag(window, p1, QPointF(2.0, y))  # into the left margin: past the end of the Arabic line
    assert selected(window) == text[start:first_line_end]


def test_clicking_the_end_half_of_a_nested_spans_last_letter_selects_that_span(window: MainWindow) -> None:
    text = window.doc.text
    outer = text.index("الطريق الدولي الواصل")
    inner = text.index("الدولي", outer)
    o = window.doc.offsets
    for start, end, tag in ((outer, outer + len("الطريق الدولي الواصل"), "quote"), (inner, inner + 6, "location")):
        window.view.select_utf16(o.to_utf16(start), o.to_utf16(end))
        window.apply_tag(tag)
    (xa, y), (xb, _) = caret_x(window, inner + 5), caret_x(window, inner + 6)
    # Three quarters of the way across the last letter: nearer the boundary after it.
    QTest.mouseClick(window.view.viewport(), LEFT, NO_MOD, QPointF(xa + 0.75 * (xb - xa), y).toPoint())
    assert window.current_annotation().tag == "location"


def test_the_side_margins_select_show_the_menu_and_end_the_hover(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent

    window.resize(1920, 1080)
    window.show_panels(False)
    qtbot.wait(20)
    view = window.view
    geometry = view.viewport().geometry()
    assert geometry.left() > 50  # there is a margin to press in
    text = window.doc.text
    word = text.index("الحسكة وتل تمر")
    o = window.doc.offsets
    view.select_utf16(o.to_utf16(word), o.to_utf16(word + 6))
    window.apply_tag("location")
    # Hover the location, then leave into the margin: the hover (and its link lines) ends.
    seen: list[str] = []
    view.hoveredSpan.connect(seen.append)
    p, _ = letter_middles(window, word, word + 6)
    send(view.viewport(), QEvent.Type.MouseMove, p, buttons=Qt.MouseButton.NoButton)
    QApplication.sendEvent(view.viewport(), QEvent(QEvent.Type.Leave))
    assert seen and seen[-1] == ""
    # Right-click in the margin: the same menu as on the text.
    entries: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if menu is not None:
            entries.extend(a.text() for a in menu.actions())
            menu.close()

    QTimer.singleShot(100, read_menu)
    margin_point = QPoint(geometry.left() // 2, geometry.top() + 100)
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, margin_point,
                                                   view.mapToGlobal(margin_point)))
    assert "Tag as Quote" in entries
    # A drag from the right margin (before the line starts) selects from the line's first word.
    start = text.index("عقدت")
    _, y = caret_x(window, start)
    right_margin = QPointF(geometry.right() + 20, y + geometry.top())
    second = text.index("قوات", start)
    _, p2 = letter_middles(window, second, second + 4)
    viewport_origin = QPointF(geometry.topLeft())
    send(view, QEvent.Type.MouseButtonPress, right_margin)
    send(view, QEvent.Type.MouseMove, p2 + viewport_origin)
    send(view, QEvent.Type.MouseButtonRelease, p2 + viewport_origin, buttons=Qt.MouseButton.NoButton)
    assert selected(window) == "عقدت قوات"
