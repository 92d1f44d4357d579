"""Tagging in the real window, the way a reporter does it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from annotator.ui.main_window import MainWindow
from tests.conftest import PROJECT_ROOT
from tests.ui.conftest import click_at, db_rows, drag_select, press


def selected_span(win: MainWindow) -> tuple[int, int]:
    """The view's selection in code points, snapped the way tagging snaps it."""
    from annotator.core.text import snap_span

    s16, e16 = win.view.selection_utf16()
    span = snap_span(win.doc.text, win.doc.offsets.from_utf16(s16), win.doc.offsets.from_utf16(e16))
    assert span is not None
    return span


def test_drag_then_3_stores_a_location(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("الحسكة وتل تمر")
    drag_select(window, start, start + len("الحسكة وتل تمر"))
    expected = selected_span(window)
    assert "الحسكة وتل ت" in text[expected[0]:expected[1]]  # the drag covered the place name
    press(window.view, Qt.Key.Key_3, "3")
    rows = db_rows(window, "SELECT tag, start, end, text, prefix, suffix FROM annotations")
    assert len(rows) == 1
    tag, s, e, span, prefix, suffix = rows[0]
    assert tag == "location"
    assert (s, e) == expected
    assert text[s:e] == span
    assert prefix == text[max(0, s - 32):s] and suffix == text[e:e + 32]
    # The panel and the legend follow.
    assert window.annotation_model.rowCount() == 1
    assert window.annotation_model.index(0, 0).data() == "Location"
    assert window.annotation_model.index(0, 1).data() == span
    assert window.tag_bar.count_text("location").startswith("Location  1")
    assert window.tag_bar.count_text("quote").startswith("Quote  0")


def test_shift_arrows_then_3_stores_exact_offsets(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("تل تمر")
    window.view.select_utf16(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start))
    for _ in range(len("تل تمر")):
        # In a right-to-left paragraph the logically next character is to the left.
        press(window.view, Qt.Key.Key_Left, "", Qt.KeyboardModifier.ShiftModifier)
    press(window.view, Qt.Key.Key_3, "3")
    assert db_rows(window, "SELECT tag, start, end, text FROM annotations") == [
        ("location", start, start + 6, "تل تمر")
    ]


def test_keyboard_selection_and_arabic_indic_digit(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("مايلس كاغينس")
    window.view.select_utf16(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start))
    # Two words forward, by word, as Ctrl+Shift+arrow does.
    press(window.view, Qt.Key.Key_Left, "", Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    press(window.view, Qt.Key.Key_Left, "", Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert window.view.textCursor().hasSelection()
    # An Arabic keyboard layout sends ٢ (U+0662) for the "2" key.
    press(window.view, 0x0662, "٢")
    [(tag, s, e, span)] = db_rows(window, "SELECT tag, start, end, text FROM annotations")
    assert tag == "speaker" and s == start
    assert span in ("مايلس كاغينس", "مايلس كاغينس،")  # the trailing space is trimmed
    assert text[s:e] == span


def test_retag_and_delete_from_the_panel(window: MainWindow, qtbot) -> None:
    text = window.doc.text
    start = text.index("مصطفى بالي")
    window.view.select_utf16(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start + 10))
    press(window.view, Qt.Key.Key_1, "1")
    [(ann_id, tag)] = db_rows(window, "SELECT id, tag FROM annotations")
    assert tag == "quote"
    # Oops: it is a speaker.  The span is still selected, so 2 re-tags it.
    press(window.view, Qt.Key.Key_2, "2")
    assert db_rows(window, "SELECT id, tag FROM annotations") == [(ann_id, "speaker")]
    assert window.annotation_model.index(0, 0).data() == "Speaker"
    assert window.tag_bar.count_text("speaker").startswith("Speaker  1")
    assert window.tag_bar.count_text("quote").startswith("Quote  0")
    # Click elsewhere, then pick the row in the panel and press Delete there.
    click_at(window, 0)
    table = window.annotation_table
    rect = table.visualRect(window.annotation_model.index(0, 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    [(stored_text,)] = db_rows(window, "SELECT text FROM annotations")
    assert window.view.textCursor().selectedText() == stored_text
    table.setFocus()
    press(table, Qt.Key.Key_Delete)
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    assert window.annotation_model.rowCount() == 0
    assert window.tag_bar.count_text("speaker").startswith("Speaker  0")
    # Undo brings it back, committed.
    press(window.view, Qt.Key.Key_Z, "", Qt.KeyboardModifier.ControlModifier)
    assert db_rows(window, "SELECT id, tag FROM annotations") == [(ann_id, "speaker")]


def test_clicking_a_highlight_selects_its_row(window: MainWindow) -> None:
    text = window.doc.text
    outer_start = text.index("مهمتنا القضاء على داعش")
    outer_end = outer_start + len("مهمتنا القضاء على داعش")
    inner_start = text.index("داعش", outer_start)
    drag_select(window, outer_start, outer_end)
    press(window.view, Qt.Key.Key_4, "4")
    drag_select(window, inner_start, inner_start + 4)
    press(window.view, Qt.Key.Key_2, "2")
    assert len(db_rows(window, "SELECT id FROM annotations")) == 2  # nested spans both kept
    click_at(window, inner_start + 2)
    current = window.annotation_table.current_annotation()
    assert current is not None and current.tag == "speaker"  # the innermost span
    click_at(window, outer_start + 3)
    current = window.annotation_table.current_annotation()
    assert current is not None and current.tag == "claim"
    # A tag key with nothing selected re-tags the clicked annotation.
    press(window.view, Qt.Key.Key_1, "1")
    assert sorted(r[0] for r in db_rows(window, "SELECT tag FROM annotations")) == ["quote", "speaker"]


def test_selection_snaps_to_whole_clusters_and_trims_space(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index(" مصطفى بالي")  # starts with a space
    window.view.select_utf16(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start + 8))
    window.tag_actions["claim"].trigger()
    [(s, e, span)] = db_rows(window, "SELECT start, end, text FROM annotations")
    assert span == "مصطفى ب" and s == start + 1 and text[s:e] == span


def test_tag_button_tags_the_selection(window: MainWindow) -> None:
    text = window.doc.text
    start = text.index("دير الزور")
    window.view.select_utf16(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start + 9))
    button = window.tag_bar.findChild(QToolButton, "tagButton_location")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert db_rows(window, "SELECT tag, text FROM annotations") == [("location", "دير الزور")]


def test_context_menu_tags_the_selection(window: MainWindow, qtbot) -> None:
    text = window.doc.text
    start = text.index("الباغوز")
    window.view.select_utf16(window.doc.offsets.to_utf16(start), window.doc.offsets.to_utf16(start + 7))
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        seen.extend(a.text() for a in menu.actions())
        [action] = [a for a in menu.actions() if a.text() == "Tag as Location"]
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(100, choose)
    pos = window.view.cursorRect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, window.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(window.view.viewport(), event)
    assert "Copy" in " ".join(seen) or "&Copy" in " ".join(seen)  # Qt's own entries are kept
    assert db_rows(window, "SELECT tag, text FROM annotations") == [("location", "الباغوز")]


def test_delete_does_not_arm_the_neighbouring_annotation(window: MainWindow) -> None:
    text = window.doc.text
    for needle in ("مايلس كاغينس", "مصطفى بالي", "كينو كبرئيل"):
        s = text.index(needle)
        window.view.select_utf16(window.doc.offsets.to_utf16(s), window.doc.offsets.to_utf16(s + len(needle)))
        press(window.view, Qt.Key.Key_2, "2")
    middle = window.annotation_model.annotation_at(1)
    table = window.annotation_table
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     table.visualRect(window.annotation_model.index(1, 1)).center())
    assert window.current_annotation().id == middle.id
    press(table, Qt.Key.Key_Delete)
    assert len(db_rows(window, "SELECT id FROM annotations")) == 2
    # Nothing else became "selected": a second Delete deletes nothing.
    assert window.current_annotation() is None
    press(table, Qt.Key.Key_Delete)
    assert len(db_rows(window, "SELECT id FROM annotations")) == 2
    # Undo restores the deleted one without selecting an unrelated one.
    press(window.view, Qt.Key.Key_Z, "", Qt.KeyboardModifier.ControlModifier)
    assert len(db_rows(window, "SELECT id FROM annotations")) == 3


def test_tag_keys_do_nothing_while_the_article_list_has_focus(window: MainWindow) -> None:
    text = window.doc.text
    s = text.index("الحسكة")
    window.view.select_utf16(window.doc.offsets.to_utf16(s), window.doc.offsets.to_utf16(s + 6))
    window.article_list.setFocus()
    press(window.article_list, Qt.Key.Key_1, "1")
    press(window.article_list, Qt.Key.Key_Delete)
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    window.view.setFocus()
    press(window.view, Qt.Key.Key_1, "1")
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(1,)]


def test_menu_export_equals_cli_export_byte_for_byte(window: MainWindow, tmp_path: Path, qtbot,
                                                     monkeypatch) -> None:
    import os

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1573430400")  # both exports stamp the same time
    text = window.doc.text
    for needle, key in (("مايلس كاغينس", Qt.Key.Key_2), ("الحسكة وتل تمر", Qt.Key.Key_3)):
        s = text.index(needle)
        window.view.select_utf16(window.doc.offsets.to_utf16(s), window.doc.offsets.to_utf16(s + len(needle)))
        press(window.view, key, chr(key))
    from annotator.ui.export_dialog import choices

    for choice in choices():
        key, fmt, excel, ext = choice.key, choice.variant_of or choice.key, choice.variant_of is not None, \
            choice.extension
        target = tmp_path / f"menu-{key}{ext}"
        window.export_action.trigger()
        dialog = window.dialog
        dialog.format_buttons[key].setChecked(True)
        dialog.path_edit.setText(str(target))
        QTest.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists)
        cli_target = tmp_path / f"cli-{key}{ext}"
        cli = subprocess.run(
            [sys.executable, "-m", "annotator", "export", "--db", str(window.store.path), "--format", fmt,
             *(["--excel"] if excel else []), "-o", str(cli_target)],
            capture_output=True, cwd=PROJECT_ROOT, env={**os.environ},
        )
        assert cli.returncode == 0, cli.stderr
        if fmt == "brat":
            menu_files = {p.name: p.read_bytes() for p in target.iterdir()}
            assert menu_files == {p.name: p.read_bytes() for p in cli_target.iterdir()}
            assert any(name.endswith(".ann") for name in menu_files)
        else:
            assert target.read_bytes() == cli_target.read_bytes(), key
    rows = list(csv.DictReader(io.StringIO((tmp_path / "menu-csv.csv").read_text("utf-8"), newline="")))
    assert [(r["tag"], r["text"]) for r in rows] == [("location", "الحسكة وتل تمر"), ("speaker", "مايلس كاغينس")]
    assert json.loads((tmp_path / "menu-json.json").read_text("utf-8"))["exported"] == "2019-11-11T00:00:00.000Z"


def test_export_to_an_unwritable_place_shows_a_message(window: MainWindow, tmp_path: Path, qtbot) -> None:
    window.export_action.trigger()
    dialog = window.dialog
    dialog.format_buttons["json"].setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "missing-folder" / "out.json"))
    QTest.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    [box] = window.open_messages()
    assert "does not exist" in box.text()
    assert not (tmp_path / "missing-folder").exists()
    box.close()
    # The dialog stays open with the user's choices, to fix the path and try again.
    assert dialog.isVisible() and dialog.format_buttons["json"].isChecked()
    dialog.path_edit.setText(str(tmp_path / "out.json"))
    QTest.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and (tmp_path / "out.json").exists()
    # The next export starts from the format used last.
    window.export_action.trigger()
    assert window.dialog.format_buttons["json"].isChecked()
    window.dialog.reject()
