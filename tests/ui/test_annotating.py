"""Tagging and selection from the keyboard: the current annotation, undo, stepping, panes, the name."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, QUOTE, SHIFT, db_rows, press, redo, select, tag, undo


def test_annotator_name_is_asked_once_and_stored_on_rows(window: MainWindow) -> None:
    QSettings().remove("annotator/asked")
    window.ask_name_once()
    dialog = window.dialog
    assert dialog.objectName() == "nameDialog"
    dialog.setTextValue("  Rana   Haddad ")
    dialog.accept()
    assert window.name_label.text() == "Annotating as Rana Haddad"
    window.dialog = None
    window.ask_name_once()
    assert window.dialog is None  # not asked again
    ann = tag(window, "الباغوز", "3")
    assert db_rows(window, "SELECT annotator FROM annotations WHERE id = ?", (ann,)) == [("Rana Haddad",)]


def test_every_change_undoes_and_redoes_through_the_database(window: MainWindow) -> None:
    def state() -> list[tuple]:
        return db_rows(window, "SELECT tag, text, note FROM annotations ORDER BY start") + \
            db_rows(window, "SELECT type FROM relations")

    history = [state()]
    speaker = tag(window, "مصطفى بالي", "2")
    history.append(state())
    quote = tag(window, "لدينا أكثر من 12 ألف جهادي", "1")
    history.append(state())
    press(window.view, Qt.Key.Key_4, "4")  # re-tag the quote as a claim
    history.append(state())
    window.select_annotation(quote, select_text=True)
    press(window.view, Qt.Key.Key_L, "l")
    window.dialog.accept()
    history.append(state())
    window.details_part.note_edited(quote, "12,000 — check")
    history.append(state())
    window.select_annotation(speaker, select_text=True)
    press(window.view, Qt.Key.Key_Delete)
    history.append(state())
    assert history[-1] != history[-2] and len({str(h) for h in history}) == len(history)
    for expected in reversed(history[:-1]):
        undo(window)
        assert state() == expected
    for expected in history[1:]:
        redo(window)
        assert state() == expected


def test_keyboard_only_loop_moves_between_annotations(window: MainWindow) -> None:
    ids = [tag(window, w, "3") for w in ("الحسكة وتل تمر", "دير الزور", "الباغوز")]
    window.select_annotation(None)
    window.view.select_utf16(0, 0)
    press(window.view, Qt.Key.Key_N, "n")
    assert window.current_annotation().id == ids[0]
    press(window.view, Qt.Key.Key_Down, "", Qt.KeyboardModifier.AltModifier)
    assert window.current_annotation().id == ids[1]
    assert window.view.textCursor().selectedText() == "دير الزور"
    press(window.view, 0x0649, "ى")  # N on an Arabic layout
    assert window.current_annotation().id == ids[2]
    press(window.view, Qt.Key.Key_Up, "", Qt.KeyboardModifier.AltModifier)
    assert window.current_annotation().id == ids[1]
    press(window.view, Qt.Key.Key_P, "p")
    assert window.current_annotation().id == ids[0]
    press(window.view, Qt.Key.Key_P, "p")  # wraps round
    assert window.current_annotation().id == ids[2]


def test_keys_never_act_on_an_annotation_the_caret_has_left(window: MainWindow) -> None:
    quote = tag(window, QUOTE, "1")
    # Move the caret elsewhere (no selection) and press a tag key and Delete.
    end = window.doc.offsets.to_utf16(len(window.doc.text) - 3)
    window.view.select_utf16(end, end)
    assert window.current_annotation() is None
    press(window.view, Qt.Key.Key_4, "4")
    press(window.view, Qt.Key.Key_Delete)
    assert db_rows(window, "SELECT id, tag FROM annotations") == [(quote, "quote")]
    # Clicking back into the quote (caret inside it) makes it current again.
    inside = window.doc.offsets.to_utf16(window.doc.text.index(QUOTE) + 5)
    window.view.select_utf16(inside, inside)
    window.annotating.view_clicked(inside)
    assert window.current_annotation().id == quote


def test_selecting_an_existing_span_and_pressing_a_key_retags_it(window: MainWindow) -> None:
    first = tag(window, "مصطفى بالي", "3")
    window.view.select_utf16(0, 0)  # the caret goes elsewhere...
    assert window.current_annotation() is None
    select(window, "مصطفى بالي")  # ...and comes back selecting the span, as Shift+arrows would
    assert window.current_annotation().id == first  # an exact selection is that annotation
    press(window.view, Qt.Key.Key_2, "2")
    assert db_rows(window, "SELECT id, tag FROM annotations") == [(first, "speaker")]  # no duplicate
    undo(window)
    assert db_rows(window, "SELECT tag FROM annotations") == [("location",)]
    assert window.current_annotation().id == first  # still selected, still current after undo
    press(window.view, Qt.Key.Key_E, "e")
    assert window.details.note.hasFocus()


def test_focus_comes_back_and_panes_are_reachable(window: MainWindow) -> None:
    tag(window, "الحسكة وتل تمر", "3")
    press(window.view, Qt.Key.Key_E, "e")
    QTest.keyClicks(window.details.note, "check")
    QTest.keyClick(window.details.note, Qt.Key.Key_Return, CTRL)
    assert window.view.hasFocus()  # Ctrl+Enter saves and returns to the text
    press(window.view, Qt.Key.Key_E, "e")
    QTest.keyClick(window.details.note, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    press(window.view, Qt.Key.Key_F6)
    assert window.annotation_table.hasFocus()
    press(window.annotation_table, Qt.Key.Key_F6, "", SHIFT)
    assert window.view.hasFocus()
    press(window.view, Qt.Key.Key_F6, "", SHIFT)
    assert window.article_list.hasFocus()
    # Tab is left to Qt: it moves the focus out of the text, it does not jump spans.
    current = window.current_annotation()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    assert not window.view.hasFocus() and window.current_annotation() == current


def test_shortcut_sheet_lists_keys_in_the_users_layout(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_F1)
    sheet = window.dialog
    assert sheet.objectName() == "shortcutSheet"
    rows = {sheet.table.item(r, 0).text(): sheet.table.item(r, 1).text() for r in range(sheet.table.rowCount())}
    assert rows["Tag as Quote"] == "1 / ١"
    assert rows["Link quote to speaker"] == "L / م"
    assert rows["Undo / redo"].startswith("Ctrl+Z") and "Ctrl+Shift+Z" in rows["Undo / redo"]
    sheet.close()
