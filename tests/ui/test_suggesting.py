"""Assisted annotation in the window: suggestions outlined, accepted with Y, rejected with X, undone."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from annotator.core.model import ATTRIBUTED_TO
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, SHIFT, click_at, db_rows, press, redo, tag, undo

BALI = "مهما حصل، نحن متيقنون أن أكبر خطر يهدد العالم"
LINKS = ("SELECT q.text, s.text FROM relations r JOIN annotations q ON q.id = r.from_id "
         "JOIN annotations s ON s.id = r.to_id WHERE r.type = ?")


def _ready(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: bool(window.suggesting.suggestions), timeout=20_000)


def test_suggestions_are_outlined_and_nothing_is_stored(window: MainWindow, qtbot) -> None:
    _ready(window, qtbot)
    assert window.view.suggestion_spans  # drawn in the text
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    # View → Show suggestions off: nothing drawn, Y does nothing; the choice is remembered.
    window.action("suggestions_action").trigger()
    assert window.view.suggestion_spans == []
    click_at(window, window.doc.text.index(BALI) + 3)
    press(window.view, Qt.Key.Key_Y, "y")
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    assert QSettings().value("view/suggestions", type=bool) is False
    window.action("suggestions_action").trigger()
    assert window.view.suggestion_spans


def test_y_accepts_the_quote_at_the_caret_with_its_speaker_and_link(window: MainWindow, qtbot) -> None:
    _ready(window, qtbot)
    click_at(window, window.doc.text.index(BALI) + 5)  # a real click inside Bali's quote
    before = window.undo_stack.count()
    press(window.view, Qt.Key.Key_Y, "y")
    assert window.undo_stack.count() == before + 1  # span, speaker and link: one step
    [(quote, speaker)] = db_rows(window, LINKS, (ATTRIBUTED_TO,))
    assert quote.startswith(BALI) and "بالي" in speaker
    assert db_rows(window, "SELECT tag FROM annotations ORDER BY tag") == [("quote",), ("speaker",)]
    assert all(not s.text.startswith(BALI) for s in window.suggesting.suggestions)  # no longer proposed
    undo(window)
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    assert db_rows(window, "SELECT count(*) FROM relations") == [(0,)]
    redo(window)
    assert db_rows(window, LINKS, (ATTRIBUTED_TO,))[0][0].startswith(BALI)


def test_x_rejects_and_the_rejection_is_remembered(window: MainWindow, qtbot) -> None:
    _ready(window, qtbot)
    click_at(window, window.doc.text.index(BALI) + 5)
    press(window.view, Qt.Key.Key_X, "x")
    assert all(not s.text.startswith(BALI) for s in window.suggesting.suggestions)
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    # Opened again (and computed again from scratch): still not proposed.
    window.open_article(window.doc.article.id)
    window.suggesting.schedule()
    qtbot.wait(400)
    _ready(window, qtbot)
    qtbot.wait(300)
    assert all(not s.text.startswith(BALI) for s in window.suggesting.suggestions)
    assert any(s.kind for s in window.suggesting.suggestions)  # the others still are


def test_accept_all_quotes_with_a_speaker_is_one_undo_step(window: MainWindow, qtbot) -> None:
    _ready(window, qtbot)
    expected = [s for s in window.suggesting.suggestions if s.kind and s.speaker is not None]
    assert len(expected) >= 10
    before = window.undo_stack.count()
    press(window.view, Qt.Key.Key_Y, "", CTRL | SHIFT)
    assert window.undo_stack.count() == before + 1
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE tag = 'quote'") == [(len(expected),)]
    assert db_rows(window, "SELECT count(*) FROM relations") == [(len(expected),)]
    speakers = db_rows(window, "SELECT start, end FROM annotations WHERE tag = 'speaker'")
    assert len(speakers) == len(set(speakers))  # one span per mention, however many quotes point at it
    assert window.annotation_model.rowCount() == len(db_rows(window, "SELECT id FROM annotations"))
    undo(window)
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]


def test_a_very_long_article_gets_no_automatic_suggestions_and_says_so(window: MainWindow, qtbot) -> None:
    from annotator.core.importers import article_from_text, import_article
    from annotator.ui.parts.suggesting import AUTO_MAX_CODE_POINTS

    paragraph = 'وقال المتحدث: "نراقب الطريق الدولي منذ أسابيع."\n'
    text = "تقرير طويل\n" + paragraph * (AUTO_MAX_CODE_POINTS // len(paragraph) + 10)
    article, _ = import_article(window.store, article_from_text(text, "long"))
    window.refresh_article_list()
    window.open_article(article.id)
    qtbot.waitUntil(lambda: "Suggestions are off" in window.statusBar().currentMessage(), timeout=5000)
    assert window.suggesting.suggestions == [] and window.view.suggestion_spans == []
    press(window.view, Qt.Key.Key_Y, "y")
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]


# -- stepping, Enter, the legend's count, another speaker ------------------------------------

SUGGESTED_STATUS = "Suggested quote — speaker قائد عملية العزم الصلب — "


def _stored(window: MainWindow) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(tag, text) of every stored annotation and (quote, speaker) of every link, read through a second Store."""
    from annotator.core.store import Store

    store = Store.open(window.store.path)
    try:
        article_id = window.doc.article.id
        annotations = {a.id: a for a in store.annotations(article_id)}
        links = [(annotations[r.from_id].text, annotations[r.to_id].text) for r in store.relations(article_id)]
        return sorted((a.tag, a.text) for a in annotations.values()), sorted(links)
    finally:
        store.close()


def _type(widget, text: str) -> None:
    """Type ``text`` key by key (an Arabic letter's key code is its code point, as an Arabic layout sends it)."""
    for ch in text:
        press(widget, ord(ch), ch)


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage().replace("\u2068", "").replace("\u2069", "")


def _selected(window: MainWindow) -> tuple[int, int]:
    start, end = window.view.selection_utf16()
    return window.doc.offsets.from_utf16(start), window.doc.offsets.from_utf16(end)


def test_n_and_p_step_through_annotations_and_suggestions_in_reading_order(window: MainWindow, qtbot) -> None:
    place = tag(window, "الحسكة وتل تمر", "3")  # an annotation between the headline's quote and the others
    qtbot.waitUntil(lambda: bool(window.suggesting.suggestions) and not window.suggesting.busy(), timeout=20_000)
    quotes = sorted(window.suggesting.suggestions, key=lambda s: (s.start, -s.end))
    window.view.select_utf16(0, 0)
    press(window.view, Qt.Key.Key_N, "n")
    assert _selected(window) == (quotes[0].start, quotes[0].end)  # the headline's quote, selected
    assert window.current_annotation() is None
    assert _status(window).startswith(SUGGESTED_STATUS) and "Y/Enter accepts" in _status(window)
    press(window.view, Qt.Key.Key_N, "n")
    assert window.current_annotation().id == place  # the annotation, in its place in reading order
    press(window.view, Qt.Key.Key_N, "n")
    assert _selected(window) == (quotes[1].start, quotes[1].end)
    assert "كاغينس" in _status(window) and "cue قال" in _status(window)
    press(window.view, Qt.Key.Key_P, "p")
    assert window.current_annotation().id == place
    press(window.view, Qt.Key.Key_Up, "", Qt.KeyboardModifier.AltModifier)  # P's other key
    assert _selected(window) == (quotes[0].start, quotes[0].end)
    press(window.view, Qt.Key.Key_P, "p")  # round to the last
    assert _selected(window) == (quotes[-1].start, quotes[-1].end)
    # Y acts on the suggestion N landed on; the stored quote becomes the current annotation.
    press(window.view, Qt.Key.Key_Y, "y")
    assert window.current_annotation().text == quotes[-1].text
    annotations, links = _stored(window)
    assert links == [(quotes[-1].text, quotes[-1].speaker.text)]
    # Hidden suggestions are not stepped through: N goes from annotation to annotation.
    window.action("suggestions_action").trigger()
    window.view.select_utf16(0, 0)
    press(window.view, Qt.Key.Key_N, "n")
    assert window.current_annotation().id == place


def test_enter_accepts_the_suggestion_at_the_caret_and_keeps_its_meaning_elsewhere(window: MainWindow, qtbot) -> None:
    _ready(window, qtbot)
    text = window.doc.text
    # A caret away from every suggestion: Enter does what it did before — nothing.
    plain = text.index("عقدت قوات")
    click_at(window, plain + 2)
    before = (window.view.textCursor().position(), window.undo_stack.count())
    press(window.view, Qt.Key.Key_Return, "\r")
    assert (window.view.textCursor().position(), window.undo_stack.count()) == before
    assert _stored(window) == ([], [])
    # The annotation list has the focus: Enter there accepts nothing.
    press(window.view, Qt.Key.Key_N, "n")
    window.annotation_table.setFocus()
    press(window.annotation_table, Qt.Key.Key_Return, "\r")
    assert _stored(window) == ([], [])
    # The find bar: Enter steps through matches, even with a suggestion under the caret.
    click_at(window, text.index(BALI) + 5)
    press(window.view, Qt.Key.Key_F, "", CTRL)
    _type(window.find_bar.query, "داعش")
    window.find_bar.flush()
    first = window.find_bar.current
    press(window.find_bar.query, Qt.Key.Key_Return, "\r")
    assert window.find_bar.current == first + 1
    press(window.find_bar.query, Qt.Key.Key_Escape)
    assert _stored(window) == ([], [])
    # A real click inside Bali's quote, then Enter (the keypad's): accepted, with speaker and link, one step.
    click_at(window, text.index(BALI) + 5)
    before_steps = window.undo_stack.count()
    press(window.view, Qt.Key.Key_Enter, "\r", Qt.KeyboardModifier.KeypadModifier)
    assert window.undo_stack.count() == before_steps + 1
    annotations, links = _stored(window)
    assert [t for t, _ in annotations] == ["quote", "speaker"] and links[0][0].startswith(BALI)
    # Enter on that quote, now an annotation with no suggestion left under it: nothing more.
    press(window.view, Qt.Key.Key_Return, "\r")
    assert window.undo_stack.count() == before_steps + 1
    undo(window)
    assert _stored(window) == ([], [])


def test_the_legend_counts_the_suggestions(window: MainWindow, qtbot) -> None:
    _ready(window, qtbot)
    count = window.tag_bar.suggestion_count
    n = len(window.suggesting.suggestions)
    assert count.isVisibleTo(window) and count.text() == f"{n} suggestions"
    assert f"{n} Quote" in count.toolTip()
    click_at(window, window.doc.text.index(BALI) + 5)
    press(window.view, Qt.Key.Key_X, "x")
    assert count.text() == f"{n - 1} suggestions"
    press(window.view, Qt.Key.Key_Y, "y")  # the next one after the caret
    assert count.text() == f"{n - 2} suggestions"
    qtbot.waitUntil(lambda: not window.suggesting.busy(), timeout=20_000)
    assert count.text() == f"{len(window.suggesting.suggestions)} suggestions"
    window.action("suggestions_action").trigger()  # hidden with the suggestions
    assert not count.isVisibleTo(window)
    window.action("suggestions_action").trigger()
    assert count.isVisibleTo(window)
    window.tagset.apply()  # the legend rebuilt (a tag edited): the count stays
    assert count.isVisibleTo(window) and window.tag_bar.suggestion_count is count


def test_shift_y_accepts_a_quote_with_another_speaker_in_one_undo_step(window: MainWindow, qtbot) -> None:
    kino = tag(window, "كينو كبرئيل", "2")  # a speaker span already in the article
    qtbot.waitUntil(lambda: bool(window.suggesting.suggestions) and not window.suggesting.busy(), timeout=20_000)
    click_at(window, window.doc.text.index(BALI) + 5)
    steps = window.undo_stack.count()
    press(window.view, Qt.Key.Key_Y, "Y", SHIFT)
    dialog = window.dialog
    assert dialog.objectName() == "linkDialog" and dialog.windowTitle() == "Accept with speaker"
    listed = [dialog.list.item(r).data(Qt.ItemDataRole.UserRole).text for r in range(dialog.list.count())]
    # The speaker spans of the article and those suggestions propose, the quote's own among them.
    assert "كينو كبرئيل" in listed and "بالي" in listed and "مدير المكتب الإعلامي لقوات سوريا الديمقراطية" in listed
    assert "بالي" not in dialog.chosen().text  # "another speaker": another person is preselected
    _type(dialog.filter_edit, "مدير")
    press(dialog.filter_edit, Qt.Key.Key_Return, "\r")
    assert window.undo_stack.count() == steps + 1
    annotations, links = _stored(window)
    assert links == [(window.current_annotation().text, "مدير المكتب الإعلامي لقوات سوريا الديمقراطية")]
    assert links[0][0].startswith(BALI)
    assert sorted(t for t, _ in annotations) == ["quote", "speaker", "speaker"]  # Kino, and the new one
    undo(window)
    assert _stored(window) == ([("speaker", "كينو كبرئيل")], [])
    # Shift+Enter on another quote, an existing span chosen: linked to it, no second span made.
    press(window.view, Qt.Key.Key_N, "n")
    landed = window.suggesting.at_caret()
    assert landed is not None and landed.kind
    press(window.view, Qt.Key.Key_Return, "\r", SHIFT)
    dialog = window.dialog
    _type(dialog.filter_edit, "كينو")
    press(dialog.filter_edit, Qt.Key.Key_Return, "\r")
    annotations, links = _stored(window)
    assert links == [(landed.text, "كينو كبرئيل")]
    assert sorted(t for t, _ in annotations) == ["quote", "speaker"]
    assert window.doc.annotation(kino) is not None
