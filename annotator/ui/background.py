"""Long work off the UI thread: importing many files, fetching a page, while the window stays responsive."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QObject, Qt, QThread, Signal, Slot

from ..core.errors import AnnotatorError, Message
from ..core.importers import ImportOutcome, import_paths
from ..core.store import Store


class ImportWorker(QObject):
    """Imports files on its own thread, through its own database connection.

    SQLite connections belong to the thread that made them, so the worker
    opens the same database file itself; WAL lets the window keep reading
    while it writes, and each file is committed as it is imported.  It never
    touches a widget: it only emits signals.
    """

    progress = Signal(int, str)  # files done, name of the file being read
    finished = Signal()

    def __init__(self, db_path: Path, paths: list[Path]) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.outcomes: list[ImportOutcome] = []
        self.cancelled = threading.Event()

    def _step(self, done: int, path: Path) -> None:
        if self.cancelled.is_set():
            raise _Stopped
        self.progress.emit(done, path.name)

    @Slot()
    def run(self) -> None:
        try:
            with Store.open(self.db_path) as store:
                for outcome in import_paths(store, self.paths, progress=self._step):
                    self.outcomes.append(outcome)
        except _Stopped:
            pass  # what was imported stays; the rest is reported as not imported
        except AnnotatorError as exc:
            self._fail_rest(exc.message)
        except Exception as exc:  # a bug must not kill the window from a worker thread
            traceback.print_exc()
            # Core-style sentences (context "core"): the window shows them through i18n.translated.
            self._fail_rest(Message(str(QT_TRANSLATE_NOOP("core", "import failed unexpectedly (%1).")),
                                    f"{type(exc).__name__}: {exc}"))
        finally:
            done = {o.path for o in self.outcomes}
            if self.cancelled.is_set():
                self.outcomes.extend(ImportOutcome(p, error=Message(str(QT_TRANSLATE_NOOP(
                    "core", "%1: not imported (stopped).")), p.name)) for p in self.paths if p not in done)
            self.finished.emit()

    def _fail_rest(self, message: str) -> None:
        done = {o.path for o in self.outcomes}
        self.outcomes.extend(ImportOutcome(p, error=message) for p in self.paths if p not in done)


class _Stopped(Exception):
    """Raised inside the worker when the user pressed Stop."""


class _Relay(QObject):
    """Lives on the UI thread: worker signals reach the progress dialog here, queued."""

    def __init__(self, on_progress: Callable[[int, str], None], loop: QEventLoop) -> None:
        super().__init__()
        self.on_progress = on_progress
        self.loop = loop

    @Slot(int, str)
    def progress(self, done: int, name: str) -> None:
        self.on_progress(done, name)

    @Slot()
    def finished(self) -> None:
        self.loop.quit()


def run_import(db_path: Path, paths: list[Path], on_progress: Callable[[int, str], None],
               cancel_signal=None) -> tuple[list[ImportOutcome], ImportWorker]:
    """Import ``paths`` on a worker thread while this thread's event loop keeps running.

    ``on_progress(done, name)`` runs on the UI thread (queued from the
    worker).  ``cancel_signal`` (e.g. ``QProgressDialog.canceled``) stops the
    worker before its next file.  Returns the outcomes once it is done.
    """
    worker = ImportWorker(db_path, paths)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()
    relay = _Relay(on_progress, loop)
    worker.progress.connect(relay.progress, Qt.ConnectionType.QueuedConnection)
    worker.finished.connect(relay.finished, Qt.ConnectionType.QueuedConnection)
    if cancel_signal is not None:
        cancel_signal.connect(worker.cancelled.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()  # the window repaints and the Stop button works while files are read
    thread.quit()
    thread.wait()
    return worker.outcomes, worker


class BackgroundTask(QObject):
    """One piece of core work (fetching a page, extracting an article) on a thread of its own.

    ``work(cancelled)`` runs on a Python thread and must not touch widgets or
    the window's database connection: it returns a value (e.g. an unsaved
    article), and ``finished(result, error)`` delivers it — or the exception
    it raised — to ``on_done`` on the UI thread, where it is stored.
    :meth:`cancel` sets ``cancelled`` for the work to notice, and from then
    on its result is dropped: the caller does not wait for it (a download
    blocked in the network ends at its own time limit).
    """

    finished = Signal(object, object)

    def __init__(self, work: Callable[[threading.Event], object],
                 on_done: Callable[[object, BaseException | None], None], parent: QObject) -> None:
        super().__init__(parent)  # lives on the UI thread: the signal is queued to it
        self.cancelled = threading.Event()
        self._work = work
        self._on_done = on_done
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="annotator-task", daemon=True)

    def start(self) -> BackgroundTask:
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled.set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = self._work(self.cancelled)
        except Exception as exc:  # noqa: BLE001 — handed to the UI thread, which shows it
            if not isinstance(exc, AnnotatorError):
                traceback.print_exc()
            error = exc
        try:
            self.finished.emit(result, error)
        except RuntimeError:
            pass  # the window (and this object) are gone: nobody is waiting

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        if not self.cancelled.is_set():
            self._on_done(result, error if isinstance(error, BaseException) else None)
        self.deleteLater()
