"""Notes: written in the panel, saved when the reader moves on, undoable, shown literally."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, db_rows, press, redo, tag, undo


def test_notes_are_edited_in_the_panel_undoable_and_shown_literally(window: MainWindow) -> None:
    claim = tag(window, "أكثر من 12 ألف جهادي", "4")
    press(window.view, Qt.Key.Key_E, "e")
    assert window.details.note.hasFocus()
    QTest.keyClicks(window.details.note, "verify figure with SOHR <b>now</b>")
    QTest.keyClick(window.details.note, Qt.Key.Key_Return, CTRL)
    assert db_rows(window, "SELECT note FROM annotations WHERE id = ?", (claim,)) == [
        ("verify figure with SOHR <b>now</b>",)]
    # Hover shows the note as typed: markup is text, not formatting.
    tip = window.tooltip_for(window.view.index.at(window.doc.offsets.to_utf16(window.doc.text.index("أكثر من 12") + 2)))
    assert "&lt;b&gt;now&lt;/b&gt;" in tip and "<b>now</b>" not in tip
    window.view.setFocus()
    undo(window)
    assert db_rows(window, "SELECT note FROM annotations WHERE id = ?", (claim,)) == [("",)]
    redo(window)
    assert db_rows(window, "SELECT note FROM annotations WHERE id = ?", (claim,)) == [
        ("verify figure with SOHR <b>now</b>",)]


def test_a_note_being_typed_is_saved_when_moving_on(window: MainWindow) -> None:
    first = tag(window, "الحسكة وتل تمر", "3")
    tag(window, "دير الزور", "3")
    window.select_annotation(first, select_text=True)
    press(window.view, Qt.Key.Key_E, "e")
    QTest.keyClicks(window.details.note, "check the map")
    window.view.setFocus()  # leaving the box saves
    press(window.view, Qt.Key.Key_N, "n")  # and the next annotation is shown
    assert db_rows(window, "SELECT note FROM annotations WHERE id = ?", (first,)) == [("check the map",)]
    assert window.details.note.toPlainText() == ""


@pytest.mark.parametrize("key", [Qt.Key.Key_1, Qt.Key.Key_L, Qt.Key.Key_N, Qt.Key.Key_E])
def test_letter_and_digit_keys_type_into_the_note_instead_of_acting(window: MainWindow, key) -> None:
    ann = tag(window, "الحسكة وتل تمر", "3")
    press(window.view, Qt.Key.Key_E, "e")
    QTest.keyClick(window.details.note, key)
    assert window.current_annotation().id == ann
    assert window.dialog is None or window.dialog.objectName() != "linkDialog"
    assert db_rows(window, "SELECT count(*), max(tag) FROM annotations") == [(1, "location")]
    assert window.details.note.toPlainText() != ""


def test_a_note_survives_losing_the_focus_mid_typing(window: MainWindow) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent

    tag(window, "الحسكة وتل تمر", "3")
    press(window.view, Qt.Key.Key_E, "e")
    QTest.keyClicks(window.details.note, "abc")
    QApplication.sendEvent(window.details.note, QFocusEvent(QEvent.Type.FocusOut))  # alt-tab away: saved
    assert db_rows(window, "SELECT note FROM annotations") == [("abc",)]
    QApplication.sendEvent(window.details.note, QFocusEvent(QEvent.Type.FocusIn))
    QTest.keyClicks(window.details.note, "def")
    QTest.keyClick(window.details.note, Qt.Key.Key_Return, CTRL)
    assert db_rows(window, "SELECT note FROM annotations") == [("abcdef",)]
