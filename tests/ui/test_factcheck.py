"""Fact-checking in the window: the desk's settings, a verdict chosen by keyboard, exported as ClaimReview."""

from __future__ import annotations

import io
import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.exporters import export
from annotator.ui.main_window import MainWindow
from tests.core.test_claimreview import check_claimreview
from tests.ui.conftest import click_save, db_rows, press, tag, undo

CLAIM = "لدينا أكثر من 12 ألف جهادي"


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, as an Arabic keyboard would (QTest.keyClicks knows only Latin keys)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _verdict(window: MainWindow) -> str:
    [(cell,)] = db_rows(window, "SELECT attributes FROM annotations WHERE tag = 'claim'")
    return json.loads(cell).get("verdict", "") if cell else ""


def test_settings_then_a_verdict_by_keyboard_then_claimreview(window: MainWindow) -> None:
    window.action("factcheck_action").trigger()
    dialog = window.dialog
    assert dialog.objectName() == "factCheckDialog"
    type_text(dialog.organisation, "مسبار")
    QTest.keyClicks(dialog.url, "misbar.example")
    dialog.verdicts.selectAll()
    type_text(dialog.verdicts, "صحيح")
    QTest.keyClick(dialog.verdicts, Qt.Key.Key_Return)
    type_text(dialog.verdicts, "مضلل")
    click_save(dialog)
    assert dialog.isVisible() and "https://" in dialog.error.text()  # refused, nothing lost
    dialog.url.setFocus()
    QTest.keyClick(dialog.url, Qt.Key.Key_Home)
    QTest.keyClicks(dialog.url, "https://")
    click_save(dialog)
    assert not dialog.isVisible()
    [(stored,)] = db_rows(window, "SELECT value FROM meta WHERE key = 'factcheck'")
    assert json.loads(stored)["verdicts"] == ["صحيح", "مضلل"]
    # A claim, and its verdict chosen from the desk's list with the keyboard.
    tag(window, CLAIM, "4")
    box = window.details.verdict
    assert box.isVisibleTo(window.details) and [box.itemText(n) for n in range(box.count())] == ["—", "صحيح", "مضلل"]
    box.setFocus()
    press(box, Qt.Key.Key_Down)
    press(box, Qt.Key.Key_Down)
    assert _verdict(window) == "مضلل"
    out = io.BytesIO()
    assert export(window.store, "claimreview", out) == 1
    [review] = json.loads(out.getvalue())
    check_claimreview(review)
    assert review["reviewRating"]["alternateName"] == "مضلل" and review["url"].startswith("https://misbar.example#")
    undo(window)
    assert _verdict(window) == "صحيح"
    window.grab().save("/tmp/factcheck_window.png")
