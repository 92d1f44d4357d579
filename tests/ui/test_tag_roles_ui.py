"""Linking follows tag roles, not tag names: rename the speaker tag, add a source-like tag."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from annotator.core.model import ROLE_SOURCE, Tag
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import db_rows, press, select

QUOTE = '"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."'


def tag_with_key(window: MainWindow, needle: str, key: str, occurrence: int = 0) -> str:
    select(window, needle, occurrence)
    press(window.view, getattr(Qt.Key, f"Key_{key}"), key)
    return window.current_annotation().id


def edit_tag_in_dialog(window: MainWindow, tag_name: str, **changes: str) -> None:
    """Tags… → pick the tag → Edit…, change fields, Save — as a person does."""
    press(window.view, Qt.Key.Key_T, "", Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == tag_name)
    dialog.table.selectRow(row)
    dialog.edit_button.click()
    editor = dialog.editor
    if "label" in changes:
        editor.label_edit.setText(changes["label"])
    if "name" in changes:
        editor.name_edit.setText(changes["name"])
    if "role" in changes:
        editor.role_combo.setCurrentIndex(editor.role_combo.findData(changes["role"]))
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not editor.isVisible(), editor.error.text()
    dialog.reject()
    window.activateWindow()


def test_renaming_the_speaker_tag_keeps_linking(window: MainWindow) -> None:
    edit_tag_in_dialog(window, "speaker", label="Person", name="person")
    assert db_rows(window, "SELECT name, role FROM tags WHERE key = '2'") == [("person", ROLE_SOURCE)]
    speaker = tag_with_key(window, "كاغينس", "2", occurrence=2)
    quote = tag_with_key(window, QUOTE, "1")
    press(window.view, Qt.Key.Key_L, "l")
    assert window.dialog.chosen().id == speaker
    QTest.keyClick(window.dialog.list, Qt.Key.Key_Return)
    assert db_rows(window, "SELECT from_id, to_id FROM relations") == [(quote, speaker)]
    # A renamed speaker is still not something that is "said by" someone,
    window.activateWindow()
    window.annotation_table.select_annotation(speaker)
    select(window, "كاغينس", 2)
    press(window.view, Qt.Key.Key_L, "l")
    assert "not the speaker" in window.statusBar().currentMessage()
    # and a renamed location is still never offered as a speaker.
    edit_tag_in_dialog(window, "location", label="Place", name="place")
    place = tag_with_key(window, "الحسكة وتل تمر", "3")
    other = tag_with_key(window, "مصطفى بالي", "2")
    select(window, QUOTE)
    press(window.view, Qt.Key.Key_L, "l")
    offered = [window.dialog.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(window.dialog.list.count())]
    assert other in offered and place not in offered
    window.dialog.reject()


def test_a_custom_source_tag_can_be_linked_to_and_a_plain_tag_cannot(window: MainWindow) -> None:
    stack = window.undo_stack
    from annotator.ui.commands import SaveTag

    stack.push(SaveTag(window.doc, Tag("organisation", "Organisation", "#0072B2", "5", 5, ROLE_SOURCE), None))
    org = tag_with_key(window, "قوات سوريا الديمقراطية", "5")
    place = tag_with_key(window, "الحسكة وتل تمر", "3")
    quote = tag_with_key(window, QUOTE, "1")
    press(window.view, Qt.Key.Key_L, "l")
    offered = [window.dialog.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(window.dialog.list.count())]
    assert org in offered and place not in offered
    window.dialog.filter_edit.setText("قوات")
    QTest.keyClick(window.dialog.filter_edit, Qt.Key.Key_Return)
    assert db_rows(window, "SELECT from_id, to_id FROM relations") == [(quote, org)]
    # A location is not said by anyone: L explains instead of linking.
    window.activateWindow()
    select(window, "الحسكة وتل تمر")
    press(window.view, Qt.Key.Key_L, "l")
    assert "not linked" in window.statusBar().currentMessage()
    assert db_rows(window, "SELECT count(*) FROM relations") == [(1,)]


def test_the_speaker_named_just_before_the_quote_is_proposed_over_a_nearer_one(window: MainWindow) -> None:
    # مايلس كاغينس is tagged in ¶4; كينو كبرئيل, tagged after him, is nearer to the quote in ¶5,
    # but the quote is introduced by «قال كاغينس:».
    caggins = tag_with_key(window, "مايلس كاغينس", "2")
    tag_with_key(window, "كينو كبرئيل", "2")
    quote = tag_with_key(window, QUOTE, "1")
    press(window.view, Qt.Key.Key_L, "l")
    assert window.dialog.chosen().id == caggins
    QTest.keyClick(window.dialog.list, Qt.Key.Key_Return)
    assert db_rows(window, "SELECT from_id, to_id FROM relations") == [(quote, caggins)]
