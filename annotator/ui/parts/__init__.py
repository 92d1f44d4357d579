"""The rooms of the main window: each part owns one concern, its state and its handlers.

``MainWindow`` builds the widgets, the actions and the menus and hands the
parts what they work on; the parts talk to the open article
(:class:`~annotator.ui.document.ArticleDocument`), to the widgets they are
given and, where one concern needs another, to the other parts through the
window (``window.annotating.select(…)``).  Models: qutebrowser's
``mainwindow/`` package, Anki's ``aqt/import_export``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ..main_window import MainWindow


class Part(QObject):
    """One concern of the window (tagging, linking, importing, …)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def status(self, message: str, msecs: int = 4000) -> None:
        """A short message in the status bar."""
        self.window.statusBar().showMessage(message, msecs)
