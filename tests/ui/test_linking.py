"""Linking a quote or claim to its source: the picker, the said-by column, the drawn link."""

from __future__ import annotations

import csv
import io
import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.exporters import export
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import QUOTE, db_rows, press, tag, undo


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
