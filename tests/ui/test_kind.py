"""A quote's kind in the details panel: set by an accepted suggestion, changed from the keyboard, undone."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import QUOTE, click_at, db_rows, press, redo, tag, undo

BALI = "مهما حصل، نحن متيقنون أن أكبر خطر يهدد العالم"


def _kind_of(window: MainWindow, text_start: str) -> str:
    [(cell,)] = db_rows(window, "SELECT attributes FROM annotations WHERE tag = 'quote' AND text LIKE ?",
                        (text_start + "%",))
    return json.loads(cell)["kind"] if cell else ""


def test_an_accepted_quote_shows_its_kind_and_the_kind_changes_by_keyboard(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: bool(window.suggesting.suggestions), timeout=20_000)
    click_at(window, window.doc.text.index(BALI) + 5)
    press(window.view, Qt.Key.Key_Y, "y")
    assert _kind_of(window, BALI) == "direct"
    click_at(window, window.doc.text.index(BALI) + 5)  # selects the stored quote
    details = window.details
    assert window.current_annotation() is not None and window.current_annotation().tag == "quote"
    assert details.kind.isVisibleTo(details) and details.kind.currentData() == "direct"
    details.kind.setFocus()
    press(details.kind, Qt.Key.Key_Down)  # the next kind: indirect
    assert _kind_of(window, BALI) == "indirect"
    assert details.kind.currentData() == "indirect"
    undo(window)
    assert _kind_of(window, BALI) == "direct"
    assert details.kind.currentData() == "direct"
    redo(window)
    assert _kind_of(window, BALI) == "indirect"


def test_a_hand_tagged_quote_has_no_kind_until_chosen_and_a_speaker_has_no_kind_box(window: MainWindow) -> None:
    tag(window, QUOTE, "1")
    details = window.details
    assert details.kind.isVisibleTo(details) and details.kind.currentData() == ""
    details.kind.setFocus()
    press(details.kind, Qt.Key.Key_Down)
    assert _kind_of(window, QUOTE[1:8]) == "direct"
    tag(window, "مصطفى بالي", "2")
    assert window.current_annotation().tag == "speaker"
    assert not details.kind.isVisibleTo(details)
