"""Long work off the UI thread: importing many files while the window stays responsive."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QThread, Signal

from ..core.errors import AnnotatorError
from ..core.importers import ImportOutcome, import_paths
from ..core.store import Store


class ImportWorker(QObject):
    """Imports files on its own thread, through its own database connection.

    SQLite connections belong to the thread that made them, so the worker
    opens the same database file itself; WAL lets the window keep reading
    while it writes, and each file is committed as it is imported.
    """

    progress = Signal(int, str)  # files done, name of the file being read
    finished = Signal()

    def __init__(self, db_path: Path, paths: list[Path], encoding: str | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.encoding = encoding
        self.outcomes: list[ImportOutcome] = []
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            with Store.open(self.db_path) as store:
                for outcome in import_paths(store, self.paths, self.encoding,
                                            progress=lambda i, p: self.progress.emit(i, p.name)):
                    self.outcomes.append(outcome)
                    if self.cancelled.is_set():
                        break
        except AnnotatorError as exc:
            done = {o.path for o in self.outcomes}
            self.outcomes.extend(ImportOutcome(p, error=str(exc)) for p in self.paths if p not in done)
        finally:
            self.finished.emit()


def run_import(db_path: Path, paths: list[Path], on_progress, cancelled) -> list[ImportOutcome]:
    """Import ``paths`` on a worker thread; the caller's event loop keeps running meanwhile.

    ``on_progress(done, name)`` runs on the UI thread; ``cancelled()`` is
    polled after each file.  Returns the outcomes once the worker is done.
    """
    worker = ImportWorker(db_path, paths)
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()

    def progress(done: int, name: str) -> None:
        on_progress(done, name)
        if cancelled():
            worker.cancelled.set()

    worker.progress.connect(progress)
    worker.finished.connect(loop.quit)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()  # the window repaints and the Stop button works while files are read
    thread.quit()
    thread.wait()
    return worker.outcomes
