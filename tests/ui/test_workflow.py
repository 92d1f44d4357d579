"""The newsroom workflow: attribution, notes, undo, keyboard, tags, search."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from annotator.core.exporters import export
from annotator.core.words import clean_span
from annotator.ui.main_window import MainWindow
from tests.conftest import PROJECT_ROOT
from tests.ui.conftest import db_rows, press

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def select(window: MainWindow, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select the n-th occurrence of ``needle`` (as Shift+arrows would) and return its offsets."""
    text = window.doc.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    offsets = window.doc.offsets
    window.view.select_utf16(offsets.to_utf16(start), offsets.to_utf16(start + len(needle)))
    window.view.setFocus()
    return start, start + len(needle)


def tag(window: MainWindow, needle: str, key: str, occurrence: int = 0) -> str:
    """Select ``needle`` and press a tag key; the stored span is the needle without edge marks."""
    start, end = select(window, needle, occurrence)
    press(window.view, getattr(Qt.Key, f"Key_{key}"), key)
    current = window.current_annotation()
    cleaned = clean_span(window.doc.text, start, end)
    assert cleaned is not None and current is not None and current.text == window.doc.text[slice(*cleaned)]
    assert current.text.strip('"«».،') == current.text
    return current.id


def select_tag_row(dialog, name: str) -> None:
    """Pick the tag called ``name`` in the Tags dialog's table, as a click would."""
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == name)
    dialog.table.selectRow(row)


def undo(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_Z, "", CTRL)


def redo(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_Z, "", CTRL | SHIFT)


QUOTE = '"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."'


def test_link_a_quote_to_the_nearest_speaker_by_keyboard(window: MainWindow) -> None:
    far = tag(window, "مصطفى بالي", "2")
    near = tag(window, "كاغينس", "2", occurrence=2)  # "قال كاغينس:" right before the quote
    quote = tag(window, QUOTE, "1")
    press(window.view, Qt.Key.Key_L, "l")
    dialog = window.dialog
    assert dialog.objectName() == "linkDialog"
    # The nearest speaker is proposed first; Enter accepts it.
    assert dialog.chosen().id == near
    offered = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(dialog.list.count())]
    assert offered[0] == near and far in offered and quote not in offered
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert db_rows(window, "SELECT type, from_id, to_id FROM relations") == [("attributed_to", quote, near)]
    # The panel says who said it; the view draws the link; hovering says it too.
    row = window.annotation_model.row_of(quote)
    assert window.annotation_model.index(row, 2).data() == "كاغينس"
    assert len(window.view.link_lines) == 1
    tip = window.tooltip_for(window.view.index.at(window.doc.offsets.to_utf16(window.doc.text.index(QUOTE) + 3)))
    assert "said by: كاغينس" in tip
    # Exports carry it: a speaker column in CSV, relations in JSON.
    out = io.BytesIO()
    export(window.store, "csv", out)
    rows = {r["annotation_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue().decode(), newline=""))}
    assert rows[quote]["speaker"] == "كاغينس" and rows[near]["speaker"] == ""
    out = io.BytesIO()
    export(window.store, "json", out)
    assert json.loads(out.getvalue())["articles"][0]["relations"][0]["from"] == quote
    # Deleting the speaker removes the link (no dangling relation); undo restores both.
    window.select_annotation(near, select_text=True)
    press(window.view, Qt.Key.Key_Delete)
    assert db_rows(window, "SELECT count(*) FROM relations") == [(0,)]
    undo(window)
    assert db_rows(window, "SELECT from_id, to_id FROM relations") == [(quote, near)]


def test_link_key_works_on_an_arabic_layout_and_filter_picks_another(window: MainWindow) -> None:
    tag(window, "مصطفى بالي", "2")
    tag(window, "كاغينس", "2", occurrence=2)
    quote = tag(window, QUOTE, "1")
    press(window.view, 0x0645, "م")  # the L key on an Arabic layout
    dialog = window.dialog
    dialog.filter_edit.setText("مصطفي")  # typed without maqsura care: folded
    assert dialog.chosen().text == "مصطفى بالي"
    dialog.accept()
    [(to_id,)] = db_rows(window, "SELECT to_id FROM relations WHERE from_id = ?", (quote,))
    assert db_rows(window, "SELECT text FROM annotations WHERE id = ?", (to_id,)) == [("مصطفى بالي",)]


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


def test_shortcut_sheet_lists_keys_in_the_users_layout(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_F1)
    sheet = window.dialog
    assert sheet.objectName() == "shortcutSheet"
    rows = {sheet.table.item(r, 0).text(): sheet.table.item(r, 1).text() for r in range(sheet.table.rowCount())}
    assert rows["Tag as Quote"] == "1 / ١"
    assert rows["Link quote to speaker"] == "L / م"
    assert "Ctrl+Z" in rows["Undo"]
    sheet.close()


def test_custom_tags_add_rekey_rename_delete_and_undo(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_T, "", CTRL)
    tags_dialog = window.dialog
    tags_dialog.add_button.click()
    editor = tags_dialog.editor
    QTest.keyClicks(editor.label_edit, "Organisation")
    assert editor.name_edit.text() == "organisation"
    assert editor.key_edit.text() == "5"  # the first free digit is proposed
    editor._accept_if_valid()
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
    editor._accept_if_valid()
    assert db_rows(window, "SELECT tag FROM annotations") == [("armed_group",)]
    assert ("armed_group", "Armed group", "#D55E00") in db_rows(window, "SELECT name, label, color FROM tags")
    # A key that is taken, or reserved, is refused in the editor.
    tags_dialog.add_button.click()
    editor = tags_dialog.editor
    editor.label_edit.setText("Date")
    editor.name_edit.setText("date")
    editor.key_edit.setText("1")
    editor._accept_if_valid()
    assert "already belongs" in editor.error.text() and editor.isVisible()
    editor.key_edit.setText("l")
    editor._accept_if_valid()
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


def test_article_details_are_shown_and_editable(window: MainWindow) -> None:
    assert "North Press Agency" in window.info_label.text()
    press(window.view, Qt.Key.Key_I, "", CTRL)
    dialog = window.dialog
    assert dialog.objectName() == "articleDialog"
    dialog.url.setText("https://npasyria.com/ar/12345/")
    dialog.published.setText("11/11/2019")
    dialog._accept_if_valid()
    assert "YYYY-MM-DD" in dialog.error.text()  # a bad date is explained, not saved
    dialog.published.setText("2019-11-11")
    dialog.authors.setPlainText("Jindar Abdulqader\nAvin Sheikhmous")
    dialog._accept_if_valid()
    [(url, authors)] = db_rows(window, "SELECT url, authors FROM articles")
    assert url == "https://npasyria.com/ar/12345/"
    assert json.loads(authors) == ["Jindar Abdulqader", "Avin Sheikhmous"]
    assert "Jindar Abdulqader" in window.info_label.text()
    undo(window)
    assert json.loads(db_rows(window, "SELECT authors FROM articles")[0][0]) == ["جيندار عبد القادر", "أفين شيخموس"]


def test_find_ignores_harakat_and_tags_all_matches(window: MainWindow, qtbot) -> None:
    press(window.view, Qt.Key.Key_F, "", CTRL)
    assert window.find_bar.isVisible() and window.find_bar.query.hasFocus()
    window.find_bar.query.setText("كاغينس")  # (QTest types Latin-1 only)
    window.find_bar.run()
    text = window.doc.text
    expected = text.count("كاغينس")
    assert expected >= 5
    assert window.find_bar.count.text() == f"1 of {expected}"
    assert len(window.view.extraSelections()) == expected
    for sel in window.view.extraSelections():
        assert sel.cursor.selectedText() == "كاغينس"  # true positions in the original
    QTest.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 of {expected}"
    window.find_bar.tag_combo.setCurrentIndex(window.find_bar.tag_combo.findData("speaker"))
    window.find_bar.tag_button.click()
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE tag = 'speaker' AND text = 'كاغينس'") == [(expected,)]
    # One undo step removes them all.
    window.view.setFocus()
    undo(window)
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    # Alef forms and ta marbuta: "اكثر" finds "أكثر".
    window.find_bar.query.setText("اكثر")
    window.find_bar.run()
    assert window.find_bar.matches and all(text[m.start:m.end] == "أكثر" for m in window.find_bar.matches)
    QTest.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.view.extraSelections() == []


def test_search_across_articles_finds_balis_quotes_and_opens_them(window: MainWindow, tmp_path: Path) -> None:
    # Sample article: Bali's quote linked to Bali.
    bali = tag(window, "بالي", "2", occurrence=2)  # "وتابع بالي:"
    quote = tag(window, '"مهما حصل، نحن متيقنون أن أكبر خطر يهدد العالم هو خطر داعش والفكر الجهادي، '
                        'ونعد مجدداً مع حلفائنا بأننا سنستمر في حربنا ضد داعش حتى ينتهي وجود التنظيم."', "1")
    window.select_annotation(quote)
    press(window.view, Qt.Key.Key_L, "l")
    chosen = window.dialog.chosen()
    assert chosen.id == bali
    window.dialog.accept()
    # A second article, from a saved web page, with Bali's quote and a claim.
    page = tmp_path / "page.html"
    shutil.copy(FIXTURES / "npa_page.html", page)
    window.import_files([page])
    second = window.doc.article.id
    bali2 = tag(window, "مصطفى بالي", "2")
    quote2 = tag(window, '"هؤلاء المساجين ليسوا في سجون رسمية"', "1")
    window.select_annotation(quote2)
    press(window.view, Qt.Key.Key_L, "l")
    window.dialog.accept()
    tag(window, "أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش", "4")
    assert db_rows(window, "SELECT to_id FROM relations WHERE from_id = ?", (quote2,)) == [(bali2,)]
    # Search: every quote attributed to a speaker named "بالي".
    press(window.view, Qt.Key.Key_F, "", CTRL | SHIFT)
    panel = window.search_panel
    assert panel.query.hasFocus()
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("quote"))
    panel.speaker.setText("بالي")
    panel.run()
    hits = panel.hits()
    assert {h.annotation_id for h in hits} == {quote, quote2}
    # Every claim mentioning داعش (in the folded index).
    panel.speaker.clear()
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("claim"))
    panel.query.setText("داعش")
    panel.run()
    assert len(panel.hits()) == 1
    # One click opens the hit: the first article, with the quote selected.
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("quote"))
    panel.query.clear()
    panel.speaker.setText("بالي")
    panel.run()
    hit = next(h for h in panel.hits() if h.annotation_id == quote)
    rect = panel.results.visualRect(panel.index_of(hit))
    QTest.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.doc.article.id != second
    assert window.current_annotation().id == quote
    assert window.view.textCursor().selectedText().startswith('مهما حصل')
    # Plain text search lists places in article text too, at their true positions.
    panel.tag_combo.setCurrentIndex(0)
    panel.speaker.clear()
    panel.query.setText("الباغوز")
    panel.run()
    places = panel.hits()
    assert {p.article_id for p in places} == {window.doc.article.id, second}
    for p in places:
        assert window.store.get_article(p.article_id).text[p.start:p.end] == "الباغوز"


def test_dropping_files_imports_them_with_progress(window: MainWindow, tmp_path: Path, qtbot) -> None:
    import docx

    md = tmp_path / "note.md"
    md.write_text("# تقرير قصير\n\nقال بالي إن الوضع مستقر.", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("تقرير من وورد")
    document.add_paragraph("نص التقرير.")
    word = tmp_path / "report.docx"
    document.save(word)
    page = tmp_path / "page.html"
    shutil.copy(FIXTURES / "npa_page.html", page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (md, word, page)])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: len(db_rows(window, "SELECT id FROM articles")) == 4, timeout=10000)
    titles = [r[0] for r in db_rows(window, "SELECT title FROM articles ORDER BY created")]
    assert titles[1:] == ["تقرير قصير", "تقرير من وورد", "بالي: لدينا أكثر من 12 ألف جهادي في سجوننا"]
    # Dropping the same page again does not duplicate it, and says so.
    window.import_files([page])
    assert len(db_rows(window, "SELECT id FROM articles")) == 4
    [box] = window.open_messages()
    assert "already imported" in box.text()
    box.close()


@pytest.mark.parametrize("key", [Qt.Key.Key_1, Qt.Key.Key_L, Qt.Key.Key_N, Qt.Key.Key_E])
def test_letter_and_digit_keys_type_into_the_note_instead_of_acting(window: MainWindow, key) -> None:
    ann = tag(window, "الحسكة وتل تمر", "3")
    press(window.view, Qt.Key.Key_E, "e")
    QTest.keyClick(window.details.note, key)
    assert window.current_annotation().id == ann
    assert window.dialog is None or window.dialog.objectName() != "linkDialog"
    assert db_rows(window, "SELECT count(*), max(tag) FROM annotations") == [(1, "location")]
    assert window.details.note.toPlainText() != ""


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


def test_escape_closes_the_find_bar_from_any_of_its_controls(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_F, "", CTRL)
    window.find_bar.query.setText("داعش")
    window.find_bar.run()
    window.find_bar.tag_combo.setFocus()
    QTest.keyClick(window.find_bar.tag_combo, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


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
    editor._accept_if_valid()
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
    dialog.editor._accept_if_valid()
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
    dialog.editor._accept_if_valid()
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
    editor._accept_if_valid()
    assert "linking" in editor.error.text()
    editor.key_edit.setText("١")  # the 1 key: Quote's
    editor._accept_if_valid()
    assert "already belongs" in editor.error.text()
    editor.key_edit.setText("٧")  # a free digit, typed on an Arabic layout
    editor._accept_if_valid()
    assert ("source", "7") in db_rows(window, "SELECT name, key FROM tags")
    window.dialog.close()


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


def test_typing_in_the_link_picker_filters_it(window: MainWindow) -> None:
    tag(window, "مصطفى بالي", "2")
    tag(window, "كاغينس", "2", occurrence=2)
    quote = tag(window, QUOTE, "1")
    press(window.view, Qt.Key.Key_L, "l")
    dialog = window.dialog
    assert dialog.focusWidget() is dialog.filter_edit  # typing goes to the filter
    dialog.filter_edit.setText("بالي")
    QTest.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    [(to_id,)] = db_rows(window, "SELECT to_id FROM relations WHERE from_id = ?", (quote,))
    assert db_rows(window, "SELECT text FROM annotations WHERE id = ?", (to_id,)) == [("مصطفى بالي",)]


def test_tags_brought_by_an_import_appear_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    text = "قال بالي إن الوضع مستقر."
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc.ann").write_text("T1\tPerson 4 8\tبالي\n", encoding="utf-8")
    window.import_files([tmp_path / "doc.ann"])
    assert "Person" in [t.name for t in window.tags]
    assert window.tag_bar.count_text("Person").startswith("Person  1")
    assert "Person" in window.tag_actions


def test_the_import_worker_never_touches_widgets_from_its_thread(window: MainWindow, tmp_path: Path,
                                                               monkeypatch) -> None:
    import threading

    from annotator.core import importers

    threads: list[str] = []
    real_step = window.import_files
    files = []
    for n in range(6):
        f = tmp_path / f"a{n}.txt"
        f.write_text(f"مقال رقم {n}\nنص المقال {n}", encoding="utf-8")
        files.append(f)
    original = importers.read_article

    def read(path, encoding=None):
        if path.name == "a3.txt":
            raise TypeError("a parser bug")  # not an AnnotatorError: the worker must survive it
        return original(path, encoding)

    monkeypatch.setattr(importers, "read_article", read)
    from PySide6.QtWidgets import QProgressDialog

    real_set_value = QProgressDialog.setValue

    def spy(self, value):
        threads.append(threading.current_thread().name)
        return real_set_value(self, value)

    monkeypatch.setattr(QProgressDialog, "setValue", spy)
    outcomes = real_step(files)
    assert threads and set(threads) == {threading.main_thread().name}
    assert [o.ok for o in outcomes] == [True, True, True, False, True, True]
    assert "a parser bug" in outcomes[3].error
