"""Fixtures that open the real main window on a throwaway database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from annotator.core.words import clean_span
from annotator.ui import i18n
from annotator.ui.app import application, open_window
from annotator.ui.main_window import MainWindow
from tests.conftest import PROJECT_ROOT


@contextmanager
def shown_window(qtbot, db_path: Path) -> Iterator[MainWindow]:
    """The main window on the database at ``db_path``, shown; closed with its database afterwards."""
    store = Store.open(db_path)
    win = open_window(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        win.close()
        store.close()


@pytest.fixture
def window(qtbot, db_path: Path) -> Iterator[MainWindow]:
    """The main window as a first launch shows it: the seed article open."""
    application()
    QSettings().clear()  # every test starts from a first launch's settings
    with shown_window(qtbot, db_path) as win:
        win.view.setFocus()
        yield win


@pytest.fixture
def arabic(qtbot, db_path: Path) -> Iterator[MainWindow]:
    """The main window in the Arabic interface with Arabic-Indic digits (and the system's language after)."""
    app = application()
    QSettings().clear()
    QSettings().setValue(i18n.LANGUAGE_KEY, i18n.ARABIC)
    QSettings().setValue(i18n.DIGITS_KEY, i18n.INDIC)
    i18n.install(app)
    with shown_window(qtbot, db_path) as win:
        yield win
    QSettings().clear()
    i18n.install(app)  # back to the system's language for the other tests


def caret_point(win: MainWindow, offset: int) -> QPoint:
    """Viewport point of the caret before code point ``offset``."""
    cursor = QTextCursor(win.view.document())
    cursor.setPosition(win.doc.offsets.to_utf16(offset))
    win.view.setTextCursor(cursor)
    win.view.ensureCursorVisible()
    return win.view.cursorRect(cursor).center()


def click_at(win: MainWindow, offset: int) -> None:
    """Click the caret position before ``offset`` as a mouse would."""
    QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     caret_point(win, offset))


def drag_select(win: MainWindow, start: int, end: int) -> None:
    """Select from ``start`` to ``end`` (code points) by dragging the mouse."""
    viewport = win.view.viewport()
    # Aim a quarter of a character inside each end: the nearest caret
    # position is then the intended one, whichever way the line runs.
    a, a_next = caret_point(win, start), caret_point(win, start + 1)
    b, b_prev = caret_point(win, end), caret_point(win, end - 1)
    p1 = QPoint(round(a.x() + (a_next.x() - a.x()) / 4), a.y())
    p2 = QPoint(round(b.x() + (b_prev.x() - b.x()) / 4), b.y())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p1)
    # QTest.mouseMove does not carry the pressed button; a real drag does.
    pos = QPointF(p2)
    move = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p2)


def press(widget, key: Qt.Key | int, text: str = "", modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press that goes through shortcut matching, like a real keyboard."""
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(key), text, modifiers)


def db_rows(win: MainWindow, sql: str, params: tuple = ()) -> list[tuple]:
    """Read what is committed, through a separate connection."""
    import sqlite3

    conn = sqlite3.connect(win.store.path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


# -- shared by the workflow tests ------------------------------------------------

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
QUOTE = '"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."'


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


def click_save(dialog) -> None:
    """Press a form's Save button, as a person does (the form stays open if something is wrong)."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
