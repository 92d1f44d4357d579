"""Assisted annotation in the window: suggestions outlined, accepted with Y, rejected with X, undone."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from annotator.core.model import ATTRIBUTED_TO
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, SHIFT, click_at, db_rows, press, redo, undo

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
