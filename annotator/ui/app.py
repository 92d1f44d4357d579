"""Starting the window: the Qt application, fonts, database, first article."""

from __future__ import annotations

import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..core.errors import AnnotatorError
from ..core.seeds import ensure_seeded
from ..core.store import Store
from ..paths import ICON_FILE
from . import i18n
from .directional import install_style
from .fonts import load_bundled_fonts
from .main_window import MainWindow


def application(argv: list[str] | None = None) -> QApplication:
    """The (single) QApplication, with names QSettings uses and the bundled fonts."""
    QCoreApplication.setOrganizationName("annotator")
    QCoreApplication.setApplicationName("annotator")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    # The taskbar and window switcher find the icon through the .desktop entry
    # (packaging/annotator.desktop) on Wayland, through the window icon elsewhere.
    QApplication.setDesktopFileName("annotator")
    if ICON_FILE.is_file():
        QApplication.setWindowIcon(QIcon(str(ICON_FILE)))
    load_bundled_fonts()
    install_style(app)  # keys in an Arabic menu read left to right ("Ctrl++", not "++Ctrl")
    i18n.install(app)  # the language, direction and digits the settings ask for
    return app  # type: ignore[return-value]


def open_window(store: Store) -> MainWindow:
    """A main window on ``store``, seeded on first use, showing the last article."""
    if not store.read_only:
        ensure_seeded(store)
    window = MainWindow(store)
    window.open_initial_article()
    return window


def _excepthook(window_ref: list[MainWindow]) -> Callable[..., None]:
    def hook(exc_type, exc, tb) -> None:
        # A bug must not take the window down with unsaved work — there is
        # none (every change is committed), but the reporter should know.
        traceback.print_exception(exc_type, exc, tb)
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return  # widgets belong to the UI thread; the trace above is the report
        if window_ref:
            window_ref[0].show_message(
                QCoreApplication.translate("App", "Unexpected error"),
                i18n.fill(QCoreApplication.translate(
                    "App", "%1\n\nYour annotations up to this moment are saved. "
                    "Please report this error with the text printed in the terminal."), f"{exc_type.__name__}: {exc}"),
                error=True,
            )

    return hook


class _ReportFirstPaint(QObject):
    """For the start-up benchmark: print when the article is first painted, then quit.

    Enabled by ``ANNOTATOR_EXIT_AFTER_FIRST_PAINT=1``; prints ``fonts <the bundled families
    loaded>``, ``interface <language> | <the menus' titles> | <Qt's own "Close">`` (what the
    translations gave) and then ``painted <unix time>``; the bundle's smoke test reads them all.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint event has been handled: the frame is drawn.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"fonts {', '.join(load_bundled_fonts())}", flush=True)
        window = self.parent()
        menus = " ".join(a.text() for a in window.menuBar().actions()) if isinstance(window, MainWindow) else ""
        # "Close" as Qt's own qtbase_*.qm says it (ours rewords "Cancel" only); not a literal, so lupdate leaves it out
        qt_own = ("QPlatformTheme", "Close")
        close = QCoreApplication.translate(*qt_own)
        print(f"interface {i18n.current_language()} | {menus} | {close}", flush=True)
        print(f"painted {time.time():.6f}", flush=True)
        QCoreApplication.quit()


def run(db_path: Path) -> int:
    """Open the window on the database at ``db_path``; returns the exit status."""
    app = application()
    window_ref: list[MainWindow] = []
    stop_requested: list[int] = []

    def request_stop(*_: object) -> None:
        # Ctrl+C in the terminal or SIGTERM closes the window properly
        # (settings saved, database closed), even if it arrives mid-start
        # or while a start-up error is on screen.
        stop_requested.append(1)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        # Closing the last window ends the loop, but a dialog opened a moment
        # later (the first-run name question) would keep it alive: end the
        # loop outright (exit, not quit: Qt 6's quit() is a request that a
        # window can turn down).
        QTimer.singleShot(0, lambda: QApplication.exit(0))

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, request_stop)
    # Python runs signal handlers only when it holds control; a timer hands
    # it control a few times a second while a Qt event loop runs.
    wake = QTimer()
    wake.start(250)
    wake.timeout.connect(lambda: None)
    store: Store | None = None
    try:
        store = Store.open(db_path)
        window = open_window(store)
    except AnnotatorError as exc:
        if store is not None:
            store.close()
        print(f"annotator: {exc}", file=sys.stderr, flush=True)
        if not stop_requested:
            QMessageBox.critical(None, QCoreApplication.translate("App", "annotator cannot start"),
                                 i18n.translated(exc))
        return 1
    window_ref.append(window)
    sys.excepthook = _excepthook(window_ref)
    if os.environ.get("ANNOTATOR_EXIT_AFTER_FIRST_PAINT"):
        reporter = _ReportFirstPaint(window)
        window.view.viewport().installEventFilter(reporter)
    window.show()
    if store.read_only:
        window.show_message(QCoreApplication.translate("App", "Read-only database"), i18n.fill(
            QCoreApplication.translate("App", "%1 cannot be changed (the file or its folder is read-only). You can "
                                       "read and export; to annotate, copy it somewhere writable and open the copy."),
            str(store.path)))
    if stop_requested:
        # Asked to stop while starting: the quit the handler queued may already
        # have run inside a processEvents() of the start, when no loop was
        # there to end — entering the loop now would never return.
        window.close()
        store.close()
        return 0
    if not os.environ.get("ANNOTATOR_EXIT_AFTER_FIRST_PAINT"):
        QTimer.singleShot(300, window.ask_name_once)
    status = app.exec()
    store.close()
    return status
