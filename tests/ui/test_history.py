"""The history in the window: every change and its undo and redo recorded, with who and the step, and shown."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import db_rows, press, redo, tag, undo


def test_a_session_with_undo_is_replayed_in_the_history(window: MainWindow) -> None:
    window.action("name_action").trigger()
    window.dialog.setTextValue("رنا حداد")
    window.dialog.accept()
    start = db_rows(window, "SELECT max(seq) FROM history")[0][0]
    quote = tag(window, "لدينا أكثر من 12 ألف جهادي", "1")
    press(window.view, Qt.Key.Key_4, "4")  # re-tag as a claim
    undo(window)  # back to a quote
    undo(window)  # the span is gone
    redo(window)  # and back
    rows = db_rows(window, "SELECT who, action, item_id, step, before, after FROM history WHERE seq > ? ORDER BY seq",
                   (start,))
    assert [(who, action) for who, action, *_ in rows] == [
        ("رنا حداد", "add"), ("رنا حداد", "retag"), ("رنا حداد", "retag"), ("رنا حداد", "delete"),
        ("رنا حداد", "add")]
    assert {item for _, _, item, *_ in rows} == {quote}
    steps = [step for _, _, _, step, _, _ in rows]
    assert steps[0].startswith("Tag “") and steps[0].endswith("as Quote")
    assert steps[1].startswith("Re-tag “") and steps[1].endswith("as Claim")
    assert steps[2] == f"Undo: {steps[1]}" and steps[3] == f"Undo: {steps[0]}" and steps[4] == f"Redo: {steps[0]}"
    retag, back = rows[1], rows[2]
    assert (json.loads(retag[4])["tag"], json.loads(retag[5])["tag"]) == ("quote", "claim")
    assert (json.loads(back[4])["tag"], json.loads(back[5])["tag"]) == ("claim", "quote")
    assert rows[3][5] is None and json.loads(rows[3][4])["text"] == json.loads(rows[0][5])["text"]
    # The details panel shows the span's history, newest first, with who did it.
    window.select_annotation(quote)
    shown = [window.details.history.item(n).text() for n in range(window.details.history.count())]
    assert len(shown) == 5 and "رنا حداد" in shown[0] and "redo" in shown[0] and "tagged" in shown[-1]
