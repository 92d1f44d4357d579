"""Import and export: File → Import, files dropped on the window, File → Open link, Edit → New article
from clipboard, File → Export."""

from __future__ import annotations

import re
from pathlib import Path, PurePath
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from ...core.clipboard import EmptyClipboard, article_from_clipboard
from ...core.errors import AnnotatorError, ImportRefused, Message
from ...core.fetch import check_url, complete_url, fetch_article, is_url
from ...core.importers import ImportOutcome, import_article, import_paths
from ...core.model import Article
from ...core.registry import annotation_suffixes, import_filter
from ..background import BackgroundTask
from ..directional import ltr
from ..i18n import fill, number, plural, translated
from . import Part

#: How many lines of an import report a message box lists (the rest scroll in its details).
REPORT_LINES = 12


class Transfer(Part):
    """Articles in (one file at once, several on a worker thread with a progress bar) and annotations out."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.importing: QProgressDialog | None = None
        self.fetching: BackgroundTask | None = None  # a page being fetched (File → Open link)
        self.pasting: BackgroundTask | None = None  # the clipboard being read (Edit → New article from clipboard)
        self.last_link = ""  # the address last tried, offered again when the clipboard holds none
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # -- in ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Files dragged onto the window are accepted, and imported when dropped."""
        if isinstance(event, QDragEnterEvent):
            if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.import_files(paths))
                return True
        return super().eventFilter(watched, event)

    def import_dialog(self) -> None:
        """Ctrl+O: choose files to import (the folder is remembered)."""
        w = self.window
        folder = str(w.settings.value("import/lastDir", str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(w, self.tr("Import articles"), folder, import_filter())
        if names:
            w.settings.setValue("import/lastDir", str(Path(names[0]).parent))
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> list[ImportOutcome]:
        """Import files; opens the last one imported.

        Several files are read on a worker thread with a progress dialog
        (Stop keeps what was imported so far); the window stays responsive.
        """
        w = self.window
        paths = [Path(p) for p in paths]
        if self.importing is not None:
            self.status(self.tr("An import is already running; wait for it or press Stop."), 5000)
            return []
        if len(paths) == 1:
            outcomes = list(import_paths(w.store, paths))
        else:
            from ..background import run_import

            progress = QProgressDialog(self.tr("Importing…"), self.tr("Stop"), 0, len(paths), w)
            progress.setObjectName("importProgress")
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.setAutoReset(False)
            w.dialog = progress
            self.importing = progress

            importing = self.tr("Importing %1 (%2 of %3)…")

            def step(done: int, name: str) -> None:
                progress.setValue(done)
                progress.setLabelText(fill(importing, name, number(done + 1), number(len(paths))))

            try:
                outcomes, _worker = run_import(w.store.path, paths, step, progress.canceled)
            finally:
                self.importing = None
                progress.close()
                progress.deleteLater()
        w.tagset.apply()  # an annotator JSON or brat file may have brought tags
        w.articles.refresh_list()
        imported = [o for o in outcomes if o.ok and o.article is not None]
        if imported:
            last = imported[-1].article
            assert last is not None
            if w.doc.article is not None and w.doc.article.id == last.id:
                w.doc.reload()  # a JSON import may have added annotations to it
            else:
                w.articles.open(last.id)
        w.note_database_seen()
        self.report(outcomes)
        return outcomes

    def stop(self) -> None:
        """The window closes: the worker stops after the file it is reading; a download is dropped."""
        if self.importing is not None:
            self.importing.cancel()
        for task in (self.fetching, self.pasting):
            if task is not None:
                task.cancel()
        self.fetching = self.pasting = None

    # -- a link and the clipboard ----------------------------------------------

    def open_link(self) -> None:
        """File → Open link…: ask for a news page's address (the clipboard's, if it holds one) and import it.

        The page is fetched on a worker thread while the dialog shows a busy
        bar; Cancel stops waiting for it.  Its article opens; a failure is
        one sentence in a message box, and the dialog stays for another try.
        """
        from ..link_dialog import OpenLinkDialog

        w = self.window
        copied = QApplication.clipboard().text().strip()
        offered = complete_url(copied) if copied and len(copied.split()) == 1 else ""
        url = offered if is_url(offered) and offered.lower().startswith(("http://", "https://")) else self.last_link
        dialog = OpenLinkDialog(url, w)
        w.dialog = dialog
        dialog.openRequested.connect(lambda text: self.fetch_link(dialog, text))
        dialog.rejected.connect(self._stop_fetching)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def fetch_link(self, dialog, text: str) -> None:
        """Fetch the page ``text`` names on a worker thread; the dialog shows it is busy meanwhile."""
        w = self.window
        url = complete_url(text)
        self.last_link = url
        try:
            check_url(url)
        except ImportRefused as exc:
            w.show_message(self.tr("Open link"), translated(exc), error=True)
            return
        if self.fetching is not None:
            return
        dialog.set_busy(urlsplit(url).hostname or url)

        def done(article: object, error: BaseException | None) -> None:
            self.fetching = None
            if error is not None or not isinstance(article, Article):
                dialog.set_idle()
                w.show_message(self.tr("Open link"), _message(error, url), error=True)
                return
            if self._store_and_open(article, self.tr("Imported “%1” from %2."), urlsplit(url).hostname or url):
                dialog.accept()
            else:
                dialog.set_idle()

        self.fetching = BackgroundTask(lambda cancelled: fetch_article(url, cancelled=cancelled), done, self).start()

    def _stop_fetching(self) -> None:
        if self.fetching is not None:
            self.fetching.cancel()
            self.fetching = None
            self.status(self.tr("Stopped: the page was not imported."), 5000)

    def new_from_clipboard(self) -> None:
        """Edit → New article from clipboard (Ctrl+Shift+V): copied HTML through the page extraction, else
        the plain text as it is; the same text already imported is opened instead of duplicated."""
        mime = QApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else ""
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not html.strip() and not text.strip():
            self.status(self.tr("The clipboard holds no text: copy an article (or part of a web page) first."), 6000)
            return
        if self.pasting is not None:
            return
        self.status(self.tr("Reading the clipboard…"), 0)

        def done(article: object, error: BaseException | None) -> None:
            self.pasting = None
            self.window.statusBar().clearMessage()
            if isinstance(error, EmptyClipboard):
                self.status(translated(error), 6000)
            elif error is not None or not isinstance(article, Article):
                self.window.show_message(self.tr("New article from clipboard"), _message(error, None), error=True)
            else:
                self._store_and_open(article, self.tr("Imported “%1” from the clipboard."))

        self.pasting = BackgroundTask(lambda _cancelled: article_from_clipboard(html, text), done, self).start()

    def _store_and_open(self, article: Article, imported: str, *where: str) -> bool:
        """Store a fetched or pasted article unless its text is already there, and open it.

        ``imported`` is the status message for a new article (translated), ``%1`` standing for its title
        and ``%2``… for ``where``.
        """
        w = self.window
        try:
            stored, existed = import_article(w.store, article)
        except AnnotatorError as exc:
            w.show_message(self.tr("Not imported"), translated(exc), error=True)
            return False
        w.articles.refresh_list()
        w.articles.open(stored.id)
        w.note_database_seen()
        notes = self._joined([translated(n) for n in getattr(article, "import_notes", ())])  # repaired Arabic, …
        if existed:
            self.status(fill(self.tr("Already imported: opened “%1”."), stored.title), 8000)
        else:
            self.status(f"{fill(imported, stored.title, *where)} {notes}".strip(), 8000)
        return True

    def report(self, outcomes: list[ImportOutcome]) -> None:
        """What came in: a line in the status bar, or a message when something needs reading."""
        new = sum(1 for o in outcomes if o.ok and not o.existed)
        # Annotation files (JSON, brat) report on their own; "already imported"
        # is news only for article files.
        existed = [o for o in outcomes if o.ok and o.existed and o.path.suffix.lower() not in annotation_suffixes()]
        refused = [o for o in outcomes if not o.ok]
        # The core's notes, checked in English (what they say), shown in the interface's language.
        placing = any("not placed" in m or "link not" in m for o in outcomes for m in o.messages)
        notes = [fill(self.tr("%1: %2"), o.path.name, translated(m)) for o in outcomes for m in o.messages]
        was_there = self.tr("%1 was already imported (as “%2”).")
        lines = ["• " + fill(was_there, o.path.name, o.article.title) for o in existed if o.article]
        lines += [f"• {n}" for n in notes]
        lines += ["• " + fill(self.tr("Not imported: %1"), translated(o.error)) for o in refused]
        summary = []
        if new:
            summary.append(plural(self.tr("Imported %Ln article(s).", "", new), new))
        if existed:
            summary.append(self.tr("%Ln already in the database (not duplicated).", "", len(existed)))
        if refused:
            summary.append(plural(self.tr("%Ln file(s) could not be imported.", "", len(refused)), len(refused)))
        if refused or existed or placing:
            shown = "\n\n" + "\n".join(lines[:REPORT_LINES]) if lines else ""
            box = self.window.show_message(self.tr("Import"), " ".join(summary) + shown, error=bool(refused))
            if len(lines) > REPORT_LINES:
                box.setDetailedText("\n".join(lines))  # the long list scrolls, the box stays on screen
        elif summary or notes:
            self.status(" ".join([*summary, self._joined(notes)]).strip(), 6000)

    def _joined(self, notes: list[str]) -> str:
        """Notes one after the other on the status line, apart (each may end without a full stop)."""
        return self.tr("; ", "between two notes of an import on the status line").join(notes)

    # -- out ---------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ctrl+E: choose what to export, in which format, and where (remembered)."""
        from ..export_dialog import ExportDialog

        w = self.window
        article = w.doc.article
        folder = Path(str(w.settings.value("export/lastDir", str(Path.home()))))
        # "<the title's first words>-annotations", the last word in the interface's language (an Arabic
        # file name is a file name like any other).
        suffix = _slug(self.tr("annotations"), "annotations")
        base = f"{_slug(article.title)}-{suffix}" if article else suffix
        dialog = ExportDialog(w.tags, article is not None, folder, base, w,
                              choice=str(w.settings.value("export/format", "csv")))
        w.dialog = dialog
        dialog.exportRequested.connect(lambda: self.run_export(dialog))
        dialog.open()

    def run_export(self, dialog) -> bool:
        """Export as the dialog says and close it; on failure it stays open with its choices."""
        from ...core.exporters import export_to_file

        w = self.window
        article_id = None if dialog.all_articles or w.doc.article is None else w.doc.article.id
        notices: list[str] = []
        try:
            n = export_to_file(w.store, dialog.format, dialog.path, article_id, dialog.tag, dialog.excel,
                               notices=notices)
        except AnnotatorError as exc:
            w.show_message(self.tr("Export failed"), _paths_apart(exc), error=True)
            return False
        w.settings.setValue("export/lastDir", str(dialog.path.parent))
        w.settings.setValue("export/format", dialog.choice_key)
        self.status(fill(plural(self.tr("Exported %Ln annotation(s) to %1", "", n), n), str(dialog.path)), 8000)
        dialog.accept()
        if notices:  # e.g. cells longer than a spreadsheet holds were cut, and marked
            exported = fill(plural(self.tr("Exported %Ln annotation(s) to %1.", "", n), n), str(dialog.path))
            w.show_message(self.tr("Exported, with a warning"),
                           exported + "\n\n" + "\n".join(translated(x) for x in notices))
        return True


#: A path longer than this is not written inside the sentence (a message box would break the line in it and
#: leave the file's name alone below) but on a line of its own under it, the sentence naming the file.
LONG_PATH = 40


def _paths_apart(error: AnnotatorError) -> str:
    """A core error in the interface's language, any long path in it moved to a line of its own."""
    message = error.message
    long = [p for p in message.parts
            if isinstance(p, (str, PurePath)) and ("/" in str(p) or "\\" in str(p)) and len(str(p)) > LONG_PATH]
    if not long:
        return translated(error)
    parts = [(PurePath(str(p)).name or str(p)) if any(p is q for q in long) else p for p in message.parts]
    sentence = translated(Message(message.template, *parts))
    paths = dict.fromkeys(str(p) for p in long)  # each once, in order
    return sentence + "\n\n" + "\n".join(ltr(p) for p in paths)


def _message(error: BaseException | None, url: str | None) -> str:
    """One sentence for a failed link (``url``) or clipboard (``None``) import (a bug says what it was, briefly)."""
    if isinstance(error, AnnotatorError):
        return translated(error)
    if error is None:
        if url is None:
            return QCoreApplication.translate("Transfer", "The clipboard: nothing was imported.")
        return fill(QCoreApplication.translate("Transfer", "%1: nothing was imported."), url)
    if url is None:
        return fill(QCoreApplication.translate("Transfer", "The clipboard could not be read (%1: %2)."),
                    type(error).__name__, str(error))
    return fill(QCoreApplication.translate("Transfer", "%1 could not be read (%2: %3)."),
                url, type(error).__name__, str(error))


def _slug(title: str, otherwise: str = "article") -> str:
    """The first words of ``title`` joined by "-", for a file name (letters of any script, digits, "_")."""
    words = re.findall(r"\w+", title)[:6]
    return "-".join(words) or otherwise
