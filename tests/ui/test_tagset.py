"""The tag set: adding, re-keying, renaming and deleting tags, with undo, across articles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, QUOTE, click_save, db_rows, press, redo, select, select_tag_row, tag, undo


def test_custom_tags_add_rekey_rename_delete_and_undo(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_T, "", CTRL)
    tags_dialog = window.dialog
    tags_dialog.add_button.click()
    editor = tags_dialog.editor
    QTest.keyClicks(editor.label_edit, "Organisation")
    assert editor.name_edit.text() == "organisation"
    assert editor.key_edit.text() == "5"  # the first free digit is proposed
    click_save(editor)
    assert ("organisation", "Organisation", "5") in db_rows(window, "SELECT name, label, key FROM tags")
    assert window.tag_bar.count_text("organisation").startswith("Organisation  0")
    # The new key tags at once (also ٥ on an Arabic layout).
    org = select(window, "قوات سوريا الديمقراطية")
    press(window.view, 0x0665, "٥")
    assert db_rows(window, "SELECT tag, text FROM annotations") == [("organisation", "قوات سوريا الديمقراطية")]
    # Rename and recolour: the span follows the new name.
    select_tag_row(tags_dialog, "organisation")
    tags_dialog.edit_selected()
    editor = tags_dialog.editor
    editor.label_edit.setText("Armed group")
    editor.name_edit.setText("armed_group")
    editor.set_color("#D55E00")
    click_save(editor)
    assert db_rows(window, "SELECT tag FROM annotations") == [("armed_group",)]
    assert ("armed_group", "Armed group", "#D55E00") in db_rows(window, "SELECT name, label, color FROM tags")
    # A key that is taken, or reserved, is refused in the editor.
    tags_dialog.add_button.click()
    editor = tags_dialog.editor
    editor.label_edit.setText("Date")
    editor.name_edit.setText("date")
    editor.key_edit.setText("1")
    click_save(editor)
    assert "already belongs" in editor.error.text() and editor.isVisible()
    editor.key_edit.setText("l")
    click_save(editor)
    assert "linking" in editor.error.text()
    editor.reject()
    # Deleting a tag in use asks what happens to its spans: re-tag them as Claim.
    select_tag_row(tags_dialog, "armed_group")
    tags_dialog.delete_selected()
    ask = tags_dialog.editor
    assert ask.objectName() == "deleteTagDialog"
    assert any("1 span is tagged Armed group" in label.text() for label in ask.findChildren(QLabel))
    ask.retag_combo.setCurrentIndex(ask.retag_combo.findData("claim"))
    ask.accept()
    assert db_rows(window, "SELECT tag FROM annotations") == [("claim",)]
    assert "armed_group" not in [r[0] for r in db_rows(window, "SELECT name FROM tags")]
    # Undo brings the tag back with its span tagged as before.
    tags_dialog.close()
    undo(window)
    assert db_rows(window, "SELECT tag FROM annotations") == [("armed_group",)]
    assert window.tag_bar.count_text("armed_group").startswith("Armed group  1")
    assert org  # the selection helper returned offsets


def test_deleting_a_tag_with_its_spans_removes_them_and_undo_restores(window: MainWindow) -> None:
    a = tag(window, "الحسكة وتل تمر", "3")
    q = tag(window, QUOTE, "1")
    window.select_annotation(q)
    tag(window, "كاغينس", "2", occurrence=2)
    window.select_annotation(q)
    press(window.view, Qt.Key.Key_L, "l")
    window.dialog.accept()
    window.edit_tags()
    dialog = window.dialog
    select_tag_row(dialog, "quote")
    dialog.delete_selected()
    ask = dialog.editor
    ask.delete_radio.setChecked(True)
    ask.accept()
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE tag = 'quote'") == [(0,)]
    assert db_rows(window, "SELECT count(*) FROM relations") == [(0,)]
    dialog.close()
    undo(window)
    assert db_rows(window, "SELECT id FROM annotations WHERE tag = 'quote'") == [(q,)]
    assert db_rows(window, "SELECT count(*) FROM relations") == [(1,)]
    assert a


def test_one_history_across_articles_keeps_tag_edits_in_order(window: MainWindow, tmp_path: Path) -> None:
    """Tag edits reach across articles; undo must never lose a span because of that."""
    sample = window.doc.article.id
    other_file = tmp_path / "other.txt"
    other_file.write_text("مقال آخر عن مصطفى بالي في القامشلي\nنص", encoding="utf-8")
    # In the sample: add a tag "person".
    window.edit_tags()
    window.dialog.add_button.click()
    editor = window.dialog.editor
    editor.label_edit.setText("Person")
    editor.name_edit.setText("person")
    click_save(editor)
    window.dialog.close()
    # In another article: tag a span with it.
    [outcome] = window.import_files([other_file])
    other = outcome.article.id
    select(window, "مصطفى بالي")
    window.apply_tag("person")
    person_span = window.current_annotation().id
    # Back in the sample, undo: the most recent step (the span in the other article) goes first,
    # and that article opens to show it.
    window.open_article(sample)
    undo(window)
    assert window.doc.article.id == other
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE id = ?", (person_span,)) == [(0,)]
    undo(window)  # now the tag itself
    assert "person" not in [r[0] for r in db_rows(window, "SELECT name FROM tags")]
    redo(window)
    redo(window)
    assert db_rows(window, "SELECT tag FROM annotations WHERE id = ?", (person_span,)) == [("person",)]


def test_undoing_a_delete_after_a_tag_rename_brings_the_span_back(window: MainWindow, tmp_path: Path) -> None:
    quote = tag(window, QUOTE, "1")
    press(window.view, Qt.Key.Key_Delete)
    window.edit_tags()
    dialog = window.dialog
    select_tag_row(dialog, "quote")
    dialog.edit_selected()
    dialog.editor.label_edit.setText("Citation")
    dialog.editor.name_edit.setText("citation")
    click_save(dialog.editor)
    dialog.close()
    undo(window)  # the rename
    undo(window)  # the delete
    assert db_rows(window, "SELECT id, tag FROM annotations") == [(quote, "quote")]
    assert window.open_messages() == []


def test_renaming_a_tag_keeps_its_highlights_coloured(window: MainWindow) -> None:
    from PySide6.QtGui import QColor

    tag(window, "الحسكة وتل تمر", "3")
    location = next(t for t in window.tags if t.name == "location")
    window.edit_tags()
    dialog = window.dialog
    select_tag_row(dialog, "location")
    dialog.edit_selected()
    dialog.editor.name_edit.setText("place")
    dialog.editor.label_edit.setText("Place")
    click_save(dialog.editor)
    dialog.close()
    [span] = window.view.index.overlapping(0, 10**6)
    assert span.tag == "place"
    assert window.view.highlighter.color("place").name().upper() == QColor(location.color).name().upper()


def test_arabic_layout_keys_cannot_collide_in_the_tag_editor(window: MainWindow) -> None:
    window.edit_tags()
    window.dialog.add_button.click()
    editor = window.dialog.editor
    QTest.keyClicks(editor.label_edit, "Source")  # the name follows the label as it is typed
    editor.key_edit.setText("م")  # the L key on an Arabic layout: linking
    click_save(editor)
    assert "linking" in editor.error.text()
    editor.key_edit.setText("١")  # the 1 key: Quote's
    click_save(editor)
    assert "already belongs" in editor.error.text()
    editor.key_edit.setText("٧")  # a free digit, typed on an Arabic layout
    click_save(editor)
    assert ("source", "7") in db_rows(window, "SELECT name, key FROM tags")
    window.dialog.close()


def test_tags_brought_by_an_import_appear_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    text = "قال بالي إن الوضع مستقر."
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc.ann").write_text("T1\tPerson 4 8\tبالي\n", encoding="utf-8")
    window.import_files([tmp_path / "doc.ann"])
    assert "Person" in [t.name for t in window.tags]
    assert window.tag_bar.count_text("Person").startswith("Person  1")
    assert "Person" in window.tag_actions
