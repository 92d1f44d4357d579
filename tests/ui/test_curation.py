"""Curating in the window: the dialog, decided from the keyboard, each decision one undo step.

The desk is the one of tests/core/test_curation.py: هدى and Omar on the sample article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from annotator.core.curation import decisions_key
from annotator.core.store import Store
from annotator.core.text import shorten
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from tests.core.test_curation import BALI, CLAIM, HUDA, KAGINIS, OMAR, Q1_LONG, Q2, Q4A, Q4B, Desk, build_desk
from tests.ui.conftest import CTRL, SHIFT, db_rows, press, shown_window, undo

CURATOR = "رنا"


@pytest.fixture
def desk_window(qtbot, db_path: Path) -> Iterator[tuple[MainWindow, Desk]]:
    """The main window on the desk's database (no name set yet)."""
    application()
    QSettings().clear()
    with Store.open(db_path) as store:
        desk = build_desk(store)
    with shown_window(qtbot, db_path) as win:
        win.view.setFocus()
        yield win, desk


def curated(win: MainWindow) -> list[tuple[str, int, int, str]]:
    return db_rows(win, "SELECT tag, start, end, annotator FROM annotations WHERE curated = 1 ORDER BY start, end")


def curated_links(win: MainWindow) -> list[tuple[str, str]]:
    return db_rows(win, "SELECT q.text, s.text FROM relations r JOIN annotations q ON q.id = r.from_id "
                        "JOIN annotations s ON s.id = r.to_id WHERE q.curated = 1 ORDER BY q.start")


def statuses(dialog) -> list[str]:
    last = dialog.table.columnCount() - 1
    return [dialog.table.item(r, last).text() for r in range(dialog.table.rowCount())]


def test_curating_by_key_one_undo_step_each(desk_window: tuple[MainWindow, Desk], qtbot) -> None:
    win, desk = desk_window
    # No name yet: it is asked for first, then the dialog opens.
    press(win.view, Qt.Key.Key_K, "", CTRL | SHIFT)
    asked = win.dialog
    assert asked.objectName() == "nameDialog" and win.curating.dialog is None
    asked.setTextValue(CURATOR)
    asked.accept()
    dialog = win.curating.dialog
    assert dialog is not None and dialog.isVisible() and win.doc.annotator == CURATOR
    qtbot.waitUntil(dialog.isActiveWindow)  # the dialog's keys, not the main window's tag keys
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Tag", f"\u200e1  \u2068{OMAR}\u2069", f"\u200e2  \u2068{HUDA}\u2069", "Status"]  # read left to right
    assert statuses(dialog) == ["differs", "differs", "agreed", "differs", "agreed", "differs", "agreed", "differs",
                                "differs"]
    assert dialog.agreed_button.text() == "Accept all &agreed (3)"
    # A quote's cell: the span, then "← the speaker" (an Arabic cell reads right to left, the arrow first).
    q2_cell = table.item(2, 2)
    assert q2_cell.text() == f"{Q2}\n\u200f← {KAGINIS}" and q2_cell.data(Qt.ItemDataRole.UserRole + 10) == "rtl"
    assert table.item(0, 2).text() == "—"  # هدى did not tag that mention

    # Down to the Q1 unit: the main window selects its span.
    table.setFocus()
    for _ in range(7):
        press(table, Qt.Key.Key_Down)
    assert table.currentRow() == 7
    omar_q1 = desk.spans["omar_q1"]
    assert win.current_annotation().id == omar_q1.id
    # 1 (on an Arabic layout: ١) accepts Omar's version: the quote, Bali and the link.
    press(table, Qt.Key.Key_1, "١")
    start, end = desk.at(Q1_LONG)
    bali = desk.at(BALI, 4)
    assert curated(win) == [("speaker", *bali, CURATOR), ("quote", start, end, CURATOR)]
    assert curated_links(win) == [(Q1_LONG, BALI)]
    assert statuses(dialog)[6:8] == ["curated", "curated"]  # Bali came with the quote
    assert table.currentRow() == 8  # on to the next unit

    # R (ق on an Arabic layout) rejects the place: nothing curated, the decision kept.
    press(table, Qt.Key.Key_R, "ق")
    assert len(curated(win)) == 2
    [(stored,)] = db_rows(win, "SELECT value FROM meta WHERE key = ?", (decisions_key(desk.article.id),))
    place = desk.at("الباغوز")
    assert json.loads(stored) == {f"location:{place[0]}-{place[1]}": "rejected"}
    assert statuses(dialog)[8] == "rejected"

    # E on هدى's column of the M4 unit: both her spans accepted, the first selected in the main window.
    table.setCurrentCell(3, 2)
    press(table, Qt.Key.Key_E, "e")
    assert [(t, s, e) for t, s, e, _who in curated(win)] == sorted(
        [("quote", *desk.at(Q4A)), ("quote", *desk.at(Q4B)), ("quote", start, end), ("speaker", *bali)],
        key=lambda r: (r[1], r[2]))
    current = win.current_annotation()
    assert current.curated and (current.start, current.end) == desk.at(Q4A)
    assert statuses(dialog)[3] == "curated"

    # Accept all agreed (3): Q2 with Omar's Kaginis, the claim; Bali is curated already.
    QTest.mouseClick(dialog.agreed_button, Qt.MouseButton.LeftButton)
    rows = curated(win)
    assert len(rows) == 7
    assert {(t, s, e) for t, s, e, _ in rows} >= {("quote", *desk.at(Q2)), ("speaker", *desk.at(KAGINIS, 1)),
                                                  ("claim", *desk.at(CLAIM))}
    assert sorted(curated_links(win)) == sorted([(Q1_LONG, BALI), (Q2, KAGINIS)])
    assert dialog.agreed_button.text() == "Accept all &agreed (0)" and not dialog.agreed_button.isEnabled()

    # One Ctrl+Z in the main window takes back the whole accept-all step, and only it.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    undo(win)
    assert len(curated(win)) == 4 and curated_links(win) == [(Q1_LONG, BALI)]
    assert statuses(dialog) == ["differs", "differs", "agreed", "curated", "agreed", "differs", "curated",
                                "curated", "rejected"]
    assert dialog.agreed_button.text() == "Accept all &agreed (2)"
    # Every decision is a "Curate: …" step in the history, and so is its undo; the rejection too
    # (kept in the meta table, whose curation entries the history records).
    steps = [s for (s,) in db_rows(win, "SELECT DISTINCT step FROM history WHERE step LIKE '%Curate:%' "
                                        "ORDER BY seq")]
    assert steps == [f"Curate: accept {OMAR}'s “{shorten(Q1_LONG, 30)}”", "Curate: reject “الباغوز”",
                     f"Curate: accept {HUDA}'s “{shorten(Q4A, 30)}”",
                     "Curate: accept 2 agreed units", "Undo: Curate: accept 2 agreed units"]
    # Ctrl+Z in the dialog undoes too: the M4 quote, then the rejection, which brings the place back.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(table, Qt.Key.Key_Z, "", CTRL)
    assert statuses(dialog)[3] == "differs" and len(curated(win)) == 2
    press(table, Qt.Key.Key_Z, "", CTRL)
    assert statuses(dialog)[8] == "differs"
    assert db_rows(win, "SELECT value FROM meta WHERE key = ?", (decisions_key(desk.article.id),)) == []
    [(action, before, after)] = db_rows(win, "SELECT action, before, after FROM history WHERE step = ?",
                                        ("Undo: Curate: reject “الباغوز”",))
    assert action == "curation" and "rejected" in before and after is None
