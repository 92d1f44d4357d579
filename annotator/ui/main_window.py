"""The main window: article list, reading view with tag legend, annotation panel."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AnnotatorError
from ..core.exporters import export_to_file
from ..core.importers import ImportOutcome, import_paths
from ..core.model import Annotation, Tag
from ..core.spans import Span
from ..core.store import Store
from ..core.text import line_starts, snap_span
from .article_view import ArticleView, plain_tooltip
from .commands import AddAnnotation, DeleteAnnotation, RetagAnnotation
from .document import ArticleDocument
from .export_dialog import ExportDialog
from .fonts import DEFAULT_POINT_SIZE
from .panels import AnnotationTable, AnnotationTableModel, ArticleList, ArticleListModel, TagBar, swatch

LAST_ARTICLE_KEY = "last_article"
ZOOM_STEP = 1.0


def _digit_variants(key: str) -> list[str]:
    """A digit key and the same digit from Arabic and Persian keyboard layouts."""
    if len(key) == 1 and key.isdigit() and key.isascii():
        d = int(key)
        return [key, chr(0x0660 + d), chr(0x06F0 + d)]
    return [key] if key else []


class MainWindow(QMainWindow):
    """One database, one open article at a time."""

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings or QSettings()
        self.doc = ArticleDocument(store, self)
        self.tags: list[Tag] = store.tags()
        self._current_id: str | None = None
        self._messages: list[QMessageBox] = []

        self.undo_group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._apply_tags()
        self.refresh_article_list()
        self._restore_settings()
        self._update_title()

    # -- construction ----------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = ArticleView(self)
        self.view.tooltip_for = self._tooltip_for
        self.tag_bar = TagBar(self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tag_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.article_model = ArticleListModel(self)
        self.article_list = ArticleList(self.article_model, self)
        self.articles_dock = QDockWidget("Articles", self)
        self.articles_dock.setObjectName("articlesDock")
        self.articles_dock.setWidget(self.article_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.articles_dock)

        self.annotation_model = AnnotationTableModel(self)
        self.annotation_table = AnnotationTable(self.annotation_model, self)
        self.annotations_dock = QDockWidget("Annotations", self)
        self.annotations_dock.setObjectName("annotationsDock")
        self.annotations_dock.setWidget(self.annotation_table)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)
        self.resizeDocks([self.articles_dock, self.annotations_dock], [230, 380], Qt.Orientation.Horizontal)

        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        db_label = QLabel(self.store.path.name)
        db_label.setToolTip(f"Database: {self.store.path}")
        self.statusBar().addPermanentWidget(db_label)

    def _action(self, text: str, slot, shortcuts: list | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            "&Import articles…", self.import_dialog, [QKeySequence.StandardKey.Open],
            "Import plain-text articles (UTF-8, UTF-16, Windows-1256)",
        )
        self.export_action = self._action(
            "&Export annotations…", self.export_dialog, ["Ctrl+E"], "Export CSV or JSON"
        )
        self.quit_action = self._action("&Quit", self.close, [QKeySequence.StandardKey.Quit])

        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        self.delete_action = self._action(
            "&Delete annotation", self.delete_current, [QKeySequence.StandardKey.Delete, "Backspace"],
            "Delete the selected annotation",
        )
        self.tag_actions: dict[str, QAction] = {}

        self.zoom_in_action = self._action(
            "Zoom &in", lambda: self.zoom(ZOOM_STEP), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="]
        )
        self.zoom_out_action = self._action(
            "Zoom &out", lambda: self.zoom(-ZOOM_STEP), [QKeySequence.StandardKey.ZoomOut]
        )
        self.zoom_reset_action = self._action("&Actual size", self.zoom_reset, ["Ctrl+0"])

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self.annotate_menu = bar.addMenu("&Annotate")

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addSeparator()
        view_menu.addAction(self.articles_dock.toggleViewAction())
        view_menu.addAction(self.annotations_dock.toggleViewAction())

    def _apply_tags(self) -> None:
        """(Re)build everything that depends on the tag set."""
        self.tags = self.store.tags()
        for action in self.tag_actions.values():
            self.removeAction(action)
            action.deleteLater()
        self.tag_actions = {}
        self.annotate_menu.clear()
        for tag in self.tags:
            action = QAction(swatch(tag.color), f"Tag as {tag.label}", self)
            action.setObjectName(f"tagAction_{tag.name}")
            action.setShortcuts([QKeySequence(k) for k in _digit_variants(tag.key)])
            action.setStatusTip(f"Tag the selection as {tag.label}")
            action.triggered.connect(lambda _checked=False, name=tag.name: self.apply_tag(name))
            self.tag_actions[tag.name] = action
            self.annotate_menu.addAction(action)
        self.annotate_menu.addSeparator()
        self.annotate_menu.addAction(self.delete_action)
        self.view.context_actions = [*self.tag_actions.values(), None, self.delete_action]
        self._bind_to_annotation_widgets([*self.tag_actions.values(), self.delete_action])
        self.tag_bar.set_tags(self.tags, self.tag_actions)
        self.view.highlighter.set_tags(self.tags)
        self.annotation_model.set_tags(self.tags)
        self._update_counts()

    def _bind_to_annotation_widgets(self, actions: list[QAction]) -> None:
        """Make single-key shortcuts work only where annotating happens.

        A digit or Delete typed while the article list (or, later, a text
        field) has the focus must not tag or delete anything.
        """
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for widget in (self.view, self.annotation_table):
                if action not in widget.actions():
                    widget.addAction(action)

    def _connect(self) -> None:
        self.article_list.articleChosen.connect(self.open_article)
        self.annotation_table.activatedAnnotation.connect(self._annotation_activated)
        self.view.clickedAt.connect(self._view_clicked)
        self.view.selectionChanged.connect(self._view_selection_changed)
        self.doc.reset.connect(self._doc_reset)
        self.doc.annotationAdded.connect(self._annotation_added)
        self.doc.annotationRemoved.connect(self._annotation_removed)
        self.doc.annotationChanged.connect(self._annotation_changed)
        self.doc.committed.connect(self._committed)
        self.doc.failed.connect(self._change_failed)

    # -- settings --------------------------------------------------------

    def _restore_settings(self) -> None:
        size = self.settings.value("view/pointSize", DEFAULT_POINT_SIZE, type=float)
        self.view.set_point_size(size)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("view/pointSize", self.view.point_size())
        self.settings.sync()
        super().closeEvent(event)

    # -- articles --------------------------------------------------------

    def refresh_article_list(self) -> None:
        self.article_model.set_articles(self.store.articles())
        if self.doc.article is not None:
            self.article_list.show_current(self.doc.article.id)

    def open_initial_article(self) -> None:
        """Open the article that was open last time, else the first one."""
        last = self.store.get_meta(LAST_ARTICLE_KEY)
        articles = self.store.articles()
        ids = {a.id for a in articles}
        if last in ids:
            self.open_article(last)
        elif articles:
            self.open_article(articles[0].id)

    def open_article(self, article_id: str) -> None:
        """Show an article (and remember it for the next launch)."""
        if self.doc.article is not None and self.doc.article.id == article_id:
            return
        try:
            self.doc.load(article_id)
        except AnnotatorError as exc:
            self.show_message("Cannot open the article", str(exc), error=True)
            return
        # The undo history follows the article at once, so Ctrl+Z can never
        # replay one article's steps on another.
        stack = self._stacks.get(article_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._stacks[article_id] = stack
        self.undo_group.setActiveStack(stack)
        self.article_list.show_current(article_id)
        try:
            self.store.set_meta(LAST_ARTICLE_KEY, article_id)
        except AnnotatorError as exc:  # only "reopen this next time" is lost
            self.statusBar().showMessage(str(exc), 8000)

    def _doc_reset(self) -> None:
        doc = self.doc
        self._current_id = None
        self.view.set_article_text(doc.text)
        self.view.set_spans([self._span(a) for a in doc.annotations()])
        self.annotation_model.set_annotations(doc.annotations(), line_starts(doc.text))
        self._update_counts()
        self._update_title()

    def _update_title(self) -> None:
        article = self.doc.article
        self.setWindowTitle(f"{article.title} — annotator" if article else "annotator")

    # -- spans -----------------------------------------------------------

    def _span(self, a: Annotation) -> Span:
        offsets = self.doc.offsets
        return Span(offsets.to_utf16(a.start), offsets.to_utf16(a.end), a.tag, a.id)

    def _tag_label(self, name: str) -> str:
        for t in self.tags:
            if t.name == name:
                return t.label
        return name

    def _tooltip_for(self, spans: list[Span]) -> str:
        lines = []
        for span in spans:
            a = self.doc.annotation(span.key)
            if a is None:
                continue
            text = " ".join(a.text.split())
            if len(text) > 120:
                text = text[:119] + "…"
            lines.append(f"{self._tag_label(a.tag)}: {text}")
            if a.note:
                lines.append(f"    note: {a.note}")
        return plain_tooltip(lines) if lines else ""

    # -- tagging ---------------------------------------------------------

    def current_annotation(self) -> Annotation | None:
        """The annotation selected in the panel (or by clicking its highlight)."""
        return self.doc.annotation(self._current_id) if self._current_id else None

    def _stack(self) -> QUndoStack | None:
        return self.undo_group.activeStack()

    def apply_tag(self, tag: str) -> None:
        """Tag the selection as ``tag`` — or re-tag the selected annotation."""
        doc = self.doc
        stack = self._stack()
        if doc.article is None or stack is None:
            return
        start16, end16 = self.view.selection_utf16()
        current = self.current_annotation()
        label = self._tag_label(tag)
        if start16 == end16:
            if current is None:
                self.statusBar().showMessage("Select some text first, then press a tag key.", 4000)
            elif current.tag != tag:
                stack.push(RetagAnnotation(doc, current, tag, label))
            return
        snapped = snap_span(doc.text, doc.offsets.from_utf16(start16), doc.offsets.from_utf16(end16))
        if snapped is None:
            self.statusBar().showMessage("Nothing to tag: the selection is only white space.", 4000)
            return
        start, end = snapped
        if current is not None and (current.start, current.end) == (start, end):
            if current.tag != tag:
                stack.push(RetagAnnotation(doc, current, tag, label))
            return
        existing = doc.find_span(start, end, tag)
        if existing is not None:
            self._make_current(existing.id, select_text=True)
            self.statusBar().showMessage(f"That span is already tagged as {label}.", 4000)
            return
        annotation = doc.new_annotation(tag, start, end)
        self._current_id = annotation.id  # so the new row becomes the selected one
        stack.push(AddAnnotation(doc, annotation, label))
        if doc.annotation(annotation.id) is not None:
            self._make_current(annotation.id, select_text=True, scroll=False)

    def delete_current(self) -> None:
        """Delete the selected annotation (undoable)."""
        current = self.current_annotation()
        stack = self._stack()
        if current is None or stack is None:
            self.statusBar().showMessage("Select an annotation (click it, or pick it in the list) to delete it.", 4000)
            return
        stack.push(DeleteAnnotation(self.doc, current))

    def _make_current(self, annotation_id: str | None, *, select_text: bool = False, scroll: bool = True) -> None:
        self._current_id = annotation_id
        self.annotation_table.select_annotation(annotation_id)
        a = self.current_annotation()
        if a is not None and select_text:
            offsets = self.doc.offsets
            self.view.select_utf16(offsets.to_utf16(a.start), offsets.to_utf16(a.end), scroll=scroll)

    def _annotation_activated(self, annotation: Annotation) -> None:
        """A row was clicked (or reached with the arrow keys): show its span."""
        self._make_current(annotation.id, select_text=True)

    def _view_clicked(self, pos16: int) -> None:
        spans = self.view.index.at(pos16)
        if not spans and pos16 > 0:
            spans = self.view.index.at(pos16 - 1)
        self._make_current(spans[-1].key if spans else None)  # innermost span

    def _view_selection_changed(self) -> None:
        # A new selection that is not the current annotation's span means the
        # user is about to tag something else: the panel should not suggest
        # that Delete or a tag key would act on the old annotation.
        current = self.current_annotation()
        if current is None:
            return
        start16, end16 = self.view.selection_utf16()
        if start16 == end16:
            return
        offsets = self.doc.offsets
        snapped = snap_span(self.doc.text, offsets.from_utf16(start16), offsets.from_utf16(end16))
        if snapped != (current.start, current.end):
            self._current_id = None
            self.annotation_table.select_annotation(None)

    def _annotation_added(self, annotation: Annotation) -> None:
        self.view.add_span(self._span(annotation))
        self.annotation_model.insert(annotation)
        if annotation.id == self._current_id:
            self.annotation_table.select_annotation(annotation.id)
        self._update_counts()

    def _annotation_removed(self, annotation: Annotation) -> None:
        self.view.remove_span(annotation.id)
        self.annotation_model.remove(annotation.id)
        if annotation.id == self._current_id:
            self._current_id = None
            self.annotation_table.select_annotation(None)
        self._update_counts()

    def _annotation_changed(self, annotation: Annotation) -> None:
        self.view.remove_span(annotation.id)
        self.view.add_span(self._span(annotation))
        self.annotation_model.replace(annotation)
        self._update_counts()

    def _update_counts(self) -> None:
        counts = self.doc.counts()
        self.tag_bar.set_counts(counts)
        if self.doc.article is not None:
            self.article_model.set_count(self.doc.article.id, sum(counts.values()))

    def _committed(self) -> None:
        self.saved_label.setText("All changes saved")
        self.saved_label.setStyleSheet("")
        self.saved_label.setToolTip(f"Every change is written to {self.store.path} as you make it.")

    def _change_failed(self, message: str) -> None:
        self.saved_label.setText("Last change NOT saved")
        self.saved_label.setStyleSheet("color: #B00020; font-weight: bold")
        self.saved_label.setToolTip(message)
        self.show_message("Not saved", message, error=True)

    # -- zoom ------------------------------------------------------------

    def zoom(self, step: float) -> None:
        self.view.set_point_size(self.view.point_size() + step)
        self.statusBar().showMessage(f"Text size {self.view.point_size():g} pt", 2000)

    def zoom_reset(self) -> None:
        self.view.set_point_size(DEFAULT_POINT_SIZE)

    # -- import / export -------------------------------------------------

    def import_dialog(self) -> None:
        folder = self.settings.value("import/lastDir", str(Path.home()))
        names, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", folder, "Articles and annotator JSON (*.txt *.text *.json);;All files (*)"
        )
        if names:
            self.settings.setValue("import/lastDir", str(Path(names[0]).parent))
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> list[ImportOutcome]:
        """Import files, showing progress; opens the last one imported."""
        progress: QProgressDialog | None = None
        if len(paths) > 1:
            progress = QProgressDialog("Importing…", "Stop", 0, len(paths), self)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(500)
        outcomes: list[ImportOutcome] = []

        def step(i: int, path: Path) -> None:
            if progress is not None:
                progress.setValue(i)
                progress.setLabelText(f"Importing {path.name}…")

        for outcome in import_paths(self.store, paths, progress=step):
            outcomes.append(outcome)
            if progress is not None and progress.wasCanceled():
                break
        if progress is not None:
            progress.setValue(len(paths))
            progress.deleteLater()
        self.refresh_article_list()
        imported = [o for o in outcomes if o.ok and o.article is not None]
        if imported:
            last = imported[-1].article
            assert last is not None
            self.open_article(last.id)
        self._report_import(outcomes)
        return outcomes

    def _report_import(self, outcomes: list[ImportOutcome]) -> None:
        new = sum(1 for o in outcomes if o.ok and not o.existed)
        existed = [o for o in outcomes if o.ok and o.existed]
        refused = [o for o in outcomes if not o.ok]
        parts = []
        if new:
            parts.append(f"Imported {new} article{'s' if new != 1 else ''}.")
        for o in existed:
            assert o.article is not None
            parts.append(f"{o.path.name} was already imported (as “{o.article.title}”); opened it.")
        if refused:
            parts.append("Not imported:\n" + "\n".join(f"• {o.error}" for o in refused))
        if refused or existed:
            self.show_message("Import", "\n\n".join(parts), error=bool(refused))
        elif parts:
            self.statusBar().showMessage(parts[0], 5000)

    def export_dialog(self) -> None:
        article = self.doc.article
        folder = Path(self.settings.value("export/lastDir", str(Path.home())))
        base = _slug(article.title) if article else "annotations"
        dialog = ExportDialog(self.tags, article is not None, folder, base + "-annotations", self)
        self._export_dialog = dialog  # reachable while open (tests drive it)
        dialog.accepted.connect(lambda: self._run_export(dialog))
        dialog.open()

    def _run_export(self, dialog: ExportDialog) -> None:
        article_id = None if dialog.all_articles or self.doc.article is None else self.doc.article.id
        try:
            n = export_to_file(self.store, dialog.format, dialog.path, article_id, dialog.tag, dialog.excel)
        except AnnotatorError as exc:
            self.show_message("Export failed", str(exc), error=True)
            return
        self.settings.setValue("export/lastDir", str(dialog.path.parent))
        self.statusBar().showMessage(f"Exported {n} annotations to {dialog.path}", 8000)

    # -- messages --------------------------------------------------------

    def show_message(self, title: str, text: str, *, error: bool = False) -> QMessageBox:
        """A non-blocking message box; its text is shown as plain text, never markup."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, title, text,
            QMessageBox.StandardButton.Ok, self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("messageBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._messages.append(box)
        box.finished.connect(lambda _r, b=box: self._messages.remove(b) if b in self._messages else None)
        box.open()
        return box

    def open_messages(self) -> list[QMessageBox]:
        """Message boxes currently shown (for tests and for closing them)."""
        return list(self._messages)


def _slug(title: str) -> str:
    words = re.findall(r"\w+", title)[:6]
    return "-".join(words) or "article"
