"""The main window: article list, reading view with tag legend, annotation panel."""

from __future__ import annotations

import gc
import re
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QTextCharFormat,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AnnotatorError
from ..core.importers import ImportOutcome, import_paths
from ..core.registry import annotation_suffixes, import_filter
from ..core.model import ATTRIBUTED_TO, ROLE_ATTRIBUTABLE, ROLE_SOURCE, Annotation, Relation, Tag
from ..core.spans import Span
from ..core.store import Store
from ..core.text import line_and_column, paragraph_starts, shorten, snap_span
from ..core.words import clean_span
from .actions import ACTIONS, MENUS, ActionSpec, fill_menu, help_rows, make_action, scope_to, tag_action
from .article_view import ArticleView, LinkLine
from .directional import plain_tooltip, set_label_text
from .commands import (
    AddAnnotation,
    DeleteAnnotation,
    DeleteTag,
    EditArticle,
    EditNote,
    Link,
    RetagAnnotation,
    SaveTag,
    Unlink,
)
from .details_panel import DetailsPanel
from .dialogs import ArticleDialog, LinkDialog, ShortcutSheet
from .document import ArticleDocument
from .find_bar import FindBar
from .fonts import DEFAULT_POINT_SIZE, MAX_ZOOM, MIN_ZOOM, ui_font
from .panels import AnnotationTable, AnnotationTableModel, ArticleList, ArticleListModel, TagBar, swatch
from .search_panel import Hit, SearchPanel
from .tag_dialog import TagDialog

LAST_ARTICLE_KEY = "last_article"
NAME_KEY = "annotator/name"
NAME_ASKED_KEY = "annotator/asked"
#: One zoom step: about 10 % larger.
ZOOM_STEP = 1.1


class MainWindow(QMainWindow):
    """One database, one open article at a time."""

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings or QSettings()
        self.doc = ArticleDocument(store, self)
        self.doc.annotator = str(self.settings.value(NAME_KEY, "") or "")
        self.tags: list[Tag] = store.tags()
        self._current_id: str | None = None
        self._importing: QProgressDialog | None = None
        self._paragraphs: list[int] = [0]
        self._hover_id = ""
        self._messages: list[QMessageBox] = []
        self._data_version = store.data_version()
        self.zoom_factor = 1.0
        self._shown_once = False
        self.dialog: QWidget | None = None  # the dialog opened last (tests reach it here)

        # One history for the window, in the order things happened: tag edits
        # reach across articles, so per-article histories could undo them out
        # of order.  Undoing a step of another article opens that article.
        self.undo_stack = QUndoStack(self)

        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._apply_tags()
        self.refresh_article_list()
        self._restore_settings()
        self._update_title()
        self.setAcceptDrops(True)
        # Checkpoint the WAL in quiet moments rather than inside a key press.
        self.store.defer_checkpoints()
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setSingleShot(True)
        self._checkpoint_timer.setInterval(2000)
        self._checkpoint_timer.timeout.connect(self._checkpoint)
        self._last_checkpoint = time.monotonic()

    # -- construction ----------------------------------------------------

    def _build_widgets(self) -> None:
        self.view = ArticleView(self)
        self.view.setAcceptDrops(False)  # files dropped on the text go to the window
        self.tag_bar = TagBar(self)
        self.info_label = QLabel("")
        self.info_label.setObjectName("articleInfo")
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setContentsMargins(12, 0, 12, 4)
        self.info_label.setToolTip("Article details — Ctrl+I to edit")
        self.find_bar = FindBar(self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # A narrow window (or a large zoom) scrolls the tag buttons rather than
        # growing the window past the screen; the details line wraps.
        tag_strip = QScrollArea(central)
        tag_strip.setObjectName("tagStrip")
        tag_strip.setWidget(self.tag_bar)
        tag_strip.setWidgetResizable(True)
        tag_strip.setFrameShape(QFrame.Shape.NoFrame)
        tag_strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No scroll bar: its coming and going would move the text under the mouse.
        tag_strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tag_strip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.info_label.setWordWrap(True)
        layout.addWidget(tag_strip)
        layout.addWidget(self.info_label)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.article_model = ArticleListModel(self)
        self.article_list = ArticleList(self.article_model, self)
        self.setTabPosition(Qt.DockWidgetArea.LeftDockWidgetArea, QTabWidget.TabPosition.North)
        self.articles_dock = QDockWidget("Articles", self)
        self.articles_dock.setObjectName("articlesDock")
        self.articles_dock.setWidget(self.article_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.articles_dock)

        self.annotation_model = AnnotationTableModel(self)
        self.annotation_table = AnnotationTable(self.annotation_model, self)
        self.details = DetailsPanel(self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.annotation_table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.annotations_dock = QDockWidget("Annotations", self)
        self.annotations_dock.setObjectName("annotationsDock")
        self.annotations_dock.setWidget(split)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)

        self.search_panel = SearchPanel(self.store, self)
        self.search_dock = QDockWidget("Search", self)
        self.search_dock.setToolTip("Search all articles (Ctrl+Shift+F)")
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.tabifyDockWidget(self.articles_dock, self.search_dock)
        self.articles_dock.raise_()
        # The article gets most of the width; the panels are narrow and can be hidden (Ctrl+\).
        self.resizeDocks([self.articles_dock, self.annotations_dock], [200, 340], Qt.Orientation.Horizontal)

        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.name_label = QLabel("")
        self.statusBar().addPermanentWidget(self.name_label)
        db_label = QLabel(self.store.path.name + (" (read-only)" if self.store.read_only else ""))
        db_label.setToolTip(f"Database: {self.store.path}")
        self.statusBar().addPermanentWidget(db_label)
        self._show_name()

    def _build_actions(self) -> None:
        """Every action from the table (ui/actions.py), kept as ``self.<id>``."""
        made = {"undo_action": self.undo_stack.createUndoAction(self, "&Undo"),
                "redo_action": self.undo_stack.createRedoAction(self, "&Redo")}
        self.actions_table: list[tuple[ActionSpec, QAction]] = []
        for spec in ACTIONS:
            if spec.run is None and spec.id not in made:
                continue  # a row of the F1 sheet only
            action = make_action(spec, self, self, made.get(spec.id))
            setattr(self, spec.id, action)
            self.actions_table.append((spec, action))
        self.tag_actions: dict[str, QAction] = {}
        self._tag_entries: list[tuple[ActionSpec, QAction]] = []

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus = {title: bar.addMenu(title) for title in MENUS}
        self.annotate_menu = self.menus["&Annotate"]  # rebuilt with the tags (see _apply_tags)
        for title, menu in self.menus.items():
            if menu is not self.annotate_menu:
                fill_menu(menu, [(s, a) for s, a in self.actions_table if s.menu == title])
        view_menu = self.menus["&View"]
        view_menu.addSeparator()
        for dock in (self.articles_dock, self.search_dock, self.annotations_dock):
            view_menu.addAction(dock.toggleViewAction())
        scope_to(self.actions_table, (self.view, self.annotation_table))

    def _apply_tags(self) -> None:
        """(Re)build everything that depends on the tag set."""
        self.tags = self.store.tags()
        for action in self.tag_actions.values():
            for widget in (self.view, self.annotation_table):
                widget.removeAction(action)
            action.deleteLater()
        self.tag_actions = {}
        self._tag_entries = []
        for tag in self.tags:
            spec, action = tag_action(tag, self, swatch(tag.color))
            self.tag_actions[tag.name] = action
            self._tag_entries.append((spec, action))
        self.annotate_menu.clear()
        fill_menu(self.annotate_menu, self._tag_entries + [(s, a) for s, a in self.actions_table
                                                            if s.menu == "&Annotate"])
        self.view.context_actions = [*self.tag_actions.values(), None, self.link_action, self.note_action,
                                     self.delete_action]
        scope_to(self._tag_entries, (self.view, self.annotation_table))
        self.tag_bar.set_tags(self.tags, self.tag_actions)
        self.view.highlighter.set_tags(self.tags)
        self.annotation_model.set_tags(self.tags)
        self.annotation_table.fit_columns()
        self.find_bar.set_tags(self.tags)
        self.search_panel.set_tags(self.tags)
        self._update_counts()
        self._show_details()

    def _connect(self) -> None:
        self.article_list.articleChosen.connect(self.open_article)
        self.annotation_table.activatedAnnotation.connect(self._annotation_activated)
        self.view.clickedAt.connect(self._view_clicked)
        self.view.selectionChanged.connect(self._view_selection_changed)
        self.view.cursorPositionChanged.connect(self._view_selection_changed)
        self.view.hoveredSpan.connect(self._hovered)
        self.view.tipRequested.connect(lambda spans, pos: self.view.show_tip(self.tooltip_for(spans), pos))
        self.doc.reset.connect(self._doc_reset)
        self.doc.annotationAdded.connect(self._annotation_added)
        self.doc.annotationRemoved.connect(self._annotation_removed)
        self.doc.annotationChanged.connect(self._annotation_changed)
        self.doc.relationsChanged.connect(self._relations_changed)
        self.doc.tagsChanged.connect(self._apply_tags)
        self.doc.articleChanged.connect(self._article_changed)
        self.doc.committed.connect(self._committed)
        self.doc.failed.connect(self._change_failed)
        self.details.noteEdited.connect(self._note_edited)
        self.details.linkRequested.connect(self.link_current)
        self.details.unlinkRequested.connect(self._unlink)
        self.details.finished.connect(self.view.setFocus)
        self.find_bar.matchesChanged.connect(self._show_matches)
        self.find_bar.tagAllRequested.connect(self.tag_all_matches)
        self.find_bar.closed.connect(self.view.setFocus)
        self.search_panel.hitActivated.connect(self.open_hit)

    # -- settings --------------------------------------------------------

    def _restore_settings(self) -> None:
        old_size = self.settings.value("view/pointSize", None)  # before the zoom covered the interface
        default = float(str(old_size)) / DEFAULT_POINT_SIZE if old_size is not None else 1.0
        self.zoom_to(float(str(self.settings.value("view/zoom", default))), announce=False)
        self.set_snap_words(bool(self.settings.value("view/snapWords", True, type=bool)))
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1320, 840)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shown_once:
            self._keep_reading_room()

    def _keep_reading_room(self) -> None:
        """The article keeps most of the width: the side panels together take at most 45 % of it."""
        docks = [d for d in (self.articles_dock, self.annotations_dock) if d.isVisible() and not d.isFloating()]
        total = sum(d.width() for d in docks)
        limit = 0.45 * self.width()
        if docks and total > limit:
            self.resizeDocks(docks, [int(d.width() * limit / total) for d in docks], Qt.Orientation.Horizontal)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once and self.settings.value("window/state") is None:
            # First start: the panels share at most 43 % of the window; the article gets the rest.
            self.resizeDocks([self.articles_dock, self.annotations_dock],
                             [min(200, int(0.16 * self.width())), min(340, int(0.27 * self.width()))],
                             Qt.Orientation.Horizontal)
        self._shown_once = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._importing is not None:
            self._importing.cancel()  # the worker stops after the file it is reading
        self.details.commit_pending()  # a note still being typed is saved, not lost
        self._checkpoint()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("view/zoom", self.zoom_factor)
        self.settings.remove("view/pointSize")
        self.settings.sync()
        super().closeEvent(event)

    # -- who is annotating -----------------------------------------------

    def ask_name_once(self) -> None:
        """On first use, ask for the name stored with each annotation (once)."""
        if (self.isVisible() and not self.doc.annotator
                and not self.settings.value(NAME_ASKED_KEY, False, type=bool)):
            self.ask_name()

    def ask_name(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("nameDialog")
        dialog.setWindowTitle("Your name")
        dialog.setLabelText("Your name, stored with every annotation you make\n(leave empty to stay anonymous):")
        dialog.setTextValue(self.doc.annotator)
        self.settings.setValue(NAME_ASKED_KEY, True)
        self.dialog = dialog
        dialog.textValueSelected.connect(self.set_annotator)
        dialog.open()

    def set_annotator(self, name: str) -> None:
        self.doc.annotator = " ".join(name.split())
        self.settings.setValue(NAME_KEY, self.doc.annotator)
        self.settings.setValue(NAME_ASKED_KEY, True)
        self._show_name()

    def _show_name(self) -> None:
        name = self.doc.annotator
        self.name_label.setText(f"Annotating as {name}" if name else "Anonymous")

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
        self.details.commit_pending()  # save a note being typed first
        try:
            self.doc.load(article_id)
        except AnnotatorError as exc:
            self.show_message("Cannot open the article", str(exc), error=True)
            return
        self.article_list.show_current(article_id)
        if self.store.read_only:
            return
        try:
            self.store.set_meta(LAST_ARTICLE_KEY, article_id)
        except AnnotatorError as exc:  # only "reopen this next time" is lost
            self.statusBar().showMessage(str(exc), 8000)

    def _doc_reset(self) -> None:
        doc = self.doc
        self._current_id = None
        if doc.article is not None:
            self.article_list.show_current(doc.article.id)  # also when undo opened it
        self.view.set_article(doc.text, [self._span(a) for a in doc.annotations()], doc.offsets,
                              heading=doc.has_headline())
        self._paragraphs = paragraph_starts(doc.text)
        self.annotation_model.set_annotations(doc.annotations(), self._paragraphs)
        self.annotation_model.set_links(self._link_texts())
        self.find_bar.set_text(doc.text)
        self._update_counts()
        self._update_title()
        self._show_details()
        self._update_link_lines()
        # Everything just loaded lives as long as the article is open: keep it
        # out of Python's cyclic collector, whose full passes over 10,000
        # annotations would otherwise land on some key press (~20 ms).
        gc.freeze()

    def _update_title(self) -> None:
        article = self.doc.article
        self.setWindowTitle(f"{article.title} — annotator" if article else "annotator")
        if article is None:
            self.info_label.setText("")
            return
        parts = [article.source, "، ".join(article.authors), article.dateline, article.published or ""]
        # Each part in a bidi isolate (FSI … PDI): an Arabic name must not pull
        # the date after it into right-to-left order (2019-11-11 → 11-11-2019).
        shown = "  ·  ".join(f"\u2068{p}\u2069" for p in parts if p)
        self.info_label.setText(shown or "No details yet — Ctrl+I to add them")

    def _article_changed(self, _article) -> None:
        self._update_title()
        self.refresh_article_list()

    def edit_article(self) -> None:
        article = self.doc.article
        stack = self._stack()
        if article is None or stack is None:
            return
        dialog = ArticleDialog(article, self)
        self.dialog = dialog

        def save() -> None:
            new = dialog.values()
            old = {k: getattr(article, k) for k in new}
            changed = {k: v for k, v in new.items() if v != old[k]}
            if changed:
                stack.push(EditArticle(self.doc, {k: old[k] for k in changed}, changed))

        dialog.accepted.connect(save)
        dialog.open()

    # -- spans -----------------------------------------------------------

    def _span(self, a: Annotation) -> Span:
        offsets = self.doc.offsets
        return Span(offsets.to_utf16(a.start), offsets.to_utf16(a.end), a.tag, a.id)

    def _tag(self, name: str) -> Tag | None:
        return next((t for t in self.tags if t.name == name), None)

    def _tag_label(self, name: str) -> str:
        tag = self._tag(name)
        return tag.label if tag else name

    def tooltip_for(self, spans: list[Span]) -> str:
        """The tooltip for these spans (outermost first): tag, text, who said it, the note."""
        lines = []
        for span in spans:
            a = self.doc.annotation(span.key)
            if a is None:
                continue
            lines.append(f"{self._tag_label(a.tag)}: {shorten(a.text, 120)}")
            for target in self.doc.links_from(a.id):
                lines.append(f"    — said by: {shorten(target.text, 60)}")
            quoted = self.doc.links_to(a.id)
            if quoted:
                lines.append(f"    {len(quoted)} quote{'s' if len(quoted) != 1 else ''} attributed")
            if a.note:
                lines.append(f"    note: {a.note}")
        return plain_tooltip(lines) if lines else ""

    def _link_texts(self) -> dict[str, str]:
        """For the panel: what each annotation is attributed to, or how many point at it."""
        texts: dict[str, str] = {}
        for a in self.doc.annotations():
            targets = self.doc.links_from(a.id)
            if targets:
                texts[a.id] = " | ".join(shorten(t.text, 30) for t in targets)
            else:
                sources = self.doc.links_to(a.id)
                if sources:
                    texts[a.id] = f"{len(sources)} quote{'s' if len(sources) != 1 else ''}"
        return texts

    def _update_link_lines(self) -> None:
        shown = [i for i in (self._current_id, self._hover_id) if i]
        lines: list[LinkLine] = []
        seen: set[str] = set()
        for relation in self.doc.relations():
            if relation.id in seen or not (relation.from_id in shown or relation.to_id in shown):
                continue
            src, dst = self.doc.annotation(relation.from_id), self.doc.annotation(relation.to_id)
            if src is None or dst is None:
                continue
            seen.add(relation.id)
            s, d = self._span(src), self._span(dst)
            tag = self._tag(src.tag)
            strong = self._current_id in (src.id, dst.id)
            lines.append(LinkLine(s.start, s.end, d.start, d.end, QColor(tag.color if tag else "#555555"), strong))
        self.view.set_link_lines(lines)

    def _hovered(self, key: str) -> None:
        self._hover_id = key
        self._update_link_lines()

    # -- tagging ---------------------------------------------------------

    def current_annotation(self) -> Annotation | None:
        """The annotation selected in the panel (or by clicking its highlight)."""
        return self.doc.annotation(self._current_id)

    def _stack(self) -> QUndoStack | None:
        """The undo history, when an article is open to act on."""
        return self.undo_stack if self.doc.article is not None else None

    def _selection(self) -> tuple[int, int] | None:
        """The view's selection in code points, snapped; ``None`` when nothing is selected."""
        start16, end16 = self.view.selection_utf16()
        if start16 == end16:
            return None
        offsets = self.doc.offsets
        return clean_span(self.doc.text, offsets.from_utf16(start16), offsets.from_utf16(end16))

    def apply_tag(self, tag: str) -> None:
        """Tag the selection as ``tag`` — or re-tag the selected annotation."""
        doc = self.doc
        stack = self._stack()
        if doc.article is None or stack is None:
            return
        current = self.current_annotation()
        label = self._tag_label(tag)
        has_selection = self.view.textCursor().hasSelection()
        if not has_selection:
            if current is None:
                self.statusBar().showMessage("Select some text first, then press a tag key.", 4000)
            elif current.tag != tag:
                stack.push(RetagAnnotation(doc, current, tag, label))
            return
        snapped = self._selection()
        if snapped is None:
            self.statusBar().showMessage("Nothing to tag: the selection is only white space.", 4000)
            return
        start, end = snapped
        if current is not None and (current.start, current.end) == (start, end):
            if current.tag != tag:
                stack.push(RetagAnnotation(doc, current, tag, label))
            return
        existing = doc.find_span(start, end)
        if existing is not None:
            # The selection is exactly an annotation: re-tag it rather than
            # stacking a second tag on the same characters.
            self._make_current(existing.id, select_text=True)
            if existing.tag == tag:
                self.statusBar().showMessage(f"That span is already tagged as {label}.", 4000)
            else:
                stack.push(RetagAnnotation(doc, existing, tag, label))
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

    def cycle_pane(self, delta: int) -> None:
        """F6 / Shift+F6: the article list, the text, the annotation list, the search panel."""
        panes = [w for w in (self.article_list, self.view, self.annotation_table, self.search_panel.query)
                 if w.isVisible()]
        focused = QApplication.focusWidget()
        index = next((i for i, w in enumerate(panes)
                      if focused is not None and (w is focused or w.isAncestorOf(focused))), -1)
        target = panes[(index + delta) % len(panes)]
        if target is self.article_list:
            self.articles_dock.raise_()
        target.setFocus()

    def step_annotation(self, delta: int) -> None:
        """Select the next (or previous) annotation in reading order."""
        annotations = self.doc.annotations()
        if not annotations:
            return
        current = self.current_annotation()
        if current is not None:
            index = next(i for i, a in enumerate(annotations) if a.id == current.id) + delta
        else:
            pos = self.doc.offsets.from_utf16(self.view.textCursor().selectionStart())
            after = [i for i, a in enumerate(annotations) if a.start >= pos]
            index = (after[0] if after else len(annotations)) if delta > 0 else (after[0] - 1 if after else len(annotations) - 1)
        index %= len(annotations)
        self._make_current(annotations[index].id, select_text=True)
        self.view.setFocus()

    def _make_current(self, annotation_id: str | None, *, select_text: bool = False, scroll: bool = True) -> None:
        self._current_id = annotation_id
        self.annotation_table.select_annotation(annotation_id)
        a = self.current_annotation()
        if a is not None and select_text:
            offsets = self.doc.offsets
            self.view.select_utf16(offsets.to_utf16(a.start), offsets.to_utf16(a.end), scroll=False)
            if scroll:
                self._reveal(a)
        self._show_details()
        self._update_link_lines()

    def _reveal(self, a: Annotation) -> None:
        """Scroll an annotation into the middle of the view — with its speaker, when both fit."""
        offsets = self.doc.offsets
        linked = self.doc.links_from(a.id) + self.doc.links_to(a.id)
        start = min([a.start] + [x.start for x in linked])
        end = max([a.end] + [x.end for x in linked])
        if linked and self.view.fits(offsets.to_utf16(start), offsets.to_utf16(end)):
            self.view.reveal(offsets.to_utf16(start), offsets.to_utf16(end))
        else:
            self.view.reveal(offsets.to_utf16(a.start), offsets.to_utf16(a.end))

    def _show_details(self) -> None:
        self.details.commit_pending()  # may re-enter through the note's undo command
        a = self.current_annotation()
        tags = {t.name: t for t in self.tags}
        if a is None:
            self.details.show_annotation(None, [], [], tags)
            return
        linked = [(r, target) for r in self.doc.relations()
                  if r.from_id == a.id and (target := self.doc.annotation(r.to_id)) is not None]
        self.details.show_annotation(a, linked, self.doc.links_to(a.id), tags)
        self.link_action.setEnabled(True)

    def _annotation_activated(self, annotation: Annotation) -> None:
        """A row was clicked (or reached with the arrow keys): show its span."""
        self._make_current(annotation.id, select_text=True)

    def _view_clicked(self, pos16: int) -> None:
        spans = self.view.index.at(pos16)
        if not spans and pos16 > 0:
            spans = self.view.index.at(pos16 - 1)
        self._make_current(spans[-1].key if spans else None)  # innermost span

    def _view_selection_changed(self) -> None:
        """Keep "the current annotation" to what the reader can see is selected.

        Tag keys, L, E and Delete act on the current annotation, so it must
        never be one the caret has left: a selection that is exactly an
        annotation's span makes that annotation current; any other
        selection, or a caret outside the current span, clears it.
        """
        cursor = self.view.textCursor()
        current = self.current_annotation()
        if cursor.hasSelection():
            span = self._selection()
            if current is not None and span == (current.start, current.end):
                return
            match = self.doc.find_span(*span) if span else None
            self._make_current(match.id if match else None)
            return
        if current is None:
            return
        pos = self.doc.offsets.from_utf16(cursor.position())
        if not current.start <= pos <= current.end:
            self._make_current(None)

    def _annotation_added(self, annotation: Annotation) -> None:
        self.view.add_span(self._span(annotation))
        self.annotation_model.insert(annotation)
        if annotation.id == self._current_id:
            self.annotation_table.select_annotation(annotation.id)
            self._show_details()
        self._update_counts()

    def _annotation_removed(self, annotation: Annotation) -> None:
        self.view.remove_span(annotation.id)
        self.annotation_model.remove(annotation.id)
        if annotation.id == self._current_id:
            self._make_current(None)
        self._update_counts()

    def _annotation_changed(self, annotation: Annotation) -> None:
        self.view.remove_span(annotation.id)
        self.view.add_span(self._span(annotation))
        self.annotation_model.replace(annotation)
        self._update_counts()
        if annotation.id == self._current_id:
            self._show_details()

    def _relations_changed(self) -> None:
        self.annotation_model.set_links(self._link_texts())
        self._show_details()
        self._update_link_lines()

    def _update_counts(self) -> None:
        counts = self.doc.counts()
        self.tag_bar.set_counts(counts)
        if self.doc.article is not None:
            self.article_model.set_count(self.doc.article.id, sum(counts.values()))

    def _checkpoint(self) -> None:
        self._last_checkpoint = time.monotonic()
        try:
            self.store.checkpoint()
        except AnnotatorError:
            pass  # another process is busy with the file; the next quiet moment will do

    def _committed(self) -> None:
        if time.monotonic() - self._last_checkpoint > 60:
            self._checkpoint()  # non-stop work: do not let the log grow without end
        self._checkpoint_timer.start()  # otherwise, two quiet seconds after the last change
        self._data_version = self.store.data_version()
        self.saved_label.setText("All changes saved")
        self.saved_label.setStyleSheet("")
        self.saved_label.setToolTip(f"Every change is written to {self.store.path} as you make it.")

    def _change_failed(self, message: str) -> None:
        self.saved_label.setText("Last change NOT saved")
        self.saved_label.setStyleSheet("color: #B00020; font-weight: bold")
        self.saved_label.setToolTip(message)
        self.show_message("Not saved", message, error=True)

    # -- links and notes -------------------------------------------------

    def _role(self, tag_name: str) -> str:
        tag = self._tag(tag_name)
        return tag.role if tag else ""

    def link_candidates(self, source: Annotation) -> list[Annotation]:
        """Spans a quote or claim can be attributed to: those of every tag whose role is *source*."""
        return [a for a in self.doc.annotations()
                if a.id != source.id and self._role(a.tag) == ROLE_SOURCE
                and self.doc.relation_between(source.id, a.id) is None]

    def link_current(self) -> None:
        """Open the speaker picker for the selected annotation (nearest speaker proposed)."""
        source = self.current_annotation()
        stack = self._stack()
        if source is None or stack is None:
            self.statusBar().showMessage("Select a quote or claim first (click it), then press L.", 4000)
            return
        if self._role(source.tag) != ROLE_ATTRIBUTABLE:
            if self._role(source.tag) == ROLE_SOURCE:
                self.statusBar().showMessage("Select the quote (not the speaker) and press L to link it.", 4000)
            else:
                self.statusBar().showMessage(
                    f"A {self._tag_label(source.tag)} is not linked to a speaker; quotes and claims are "
                    "(a tag's role, in Tags…, decides this).", 6000)
            return
        candidates = self.link_candidates(source)
        if not candidates:
            sources = [t for t in self.tags if t.role == ROLE_SOURCE]
            how = f" (select the name, press {sources[0].key})" if sources and sources[0].key else ""
            self.statusBar().showMessage(f"Tag the speaker first{how}, then link.", 5000)
            return
        starts = self._paragraphs
        dialog = LinkDialog(source, candidates, {t.name: t for t in self.tags},
                            lambda offset: line_and_column(starts, offset)[0], self, self.doc.text)
        self.dialog = dialog

        def done() -> None:
            target = dialog.chosen()
            if target is not None and self.doc.article is not None and self.doc.annotation(source.id) is not None:
                relation = Relation(self.doc.article.id, source.id, target.id, ATTRIBUTED_TO)
                stack.push(Link(self.doc, relation, source, target))
            self.view.setFocus()

        dialog.accepted.connect(done)
        dialog.open()

    def _unlink(self, relation: Relation) -> None:
        stack = self._stack()
        if stack is not None:
            stack.push(Unlink(self.doc, relation))

    def edit_note(self) -> None:
        if self.current_annotation() is None:
            self.statusBar().showMessage("Select an annotation first, then press E to write a note.", 4000)
            return
        self.annotations_dock.show()
        self.details.focus_note()

    def _note_edited(self, annotation_id: str, note: str) -> None:
        annotation = self.doc.annotation(annotation_id)
        stack = self._stack()
        if annotation is not None and stack is not None and annotation.note != note:
            stack.push(EditNote(self.doc, annotation, note))

    # -- tags ------------------------------------------------------------

    def edit_tags(self) -> None:
        stack = self._stack()
        if stack is None:
            self.statusBar().showMessage("Open an article first.", 4000)
            return

        def save(tag: Tag, old: Tag | None) -> None:
            stack.push(SaveTag(self.doc, tag, old))

        def delete(tag: Tag, retag_as: str | None) -> None:
            stack.push(DeleteTag(self.doc, tag, retag_as))

        dialog = TagDialog(self.store.tags, self.store.tag_usage, save, delete, self)
        self.dialog = dialog
        dialog.open()

    # -- find and search -------------------------------------------------

    def open_find(self) -> None:
        selected = self.view.textCursor().selectedText()
        self.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")

    def _show_matches(self, matches: list, current: int) -> None:
        offsets = self.doc.offsets
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#FFF59D"))
        fmt.setForeground(QColor("#000000"))
        selections = []
        for match in matches[:5000]:  # beyond that, highlighting helps nobody
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(offsets.to_utf16(match.start))
            cursor.setPosition(offsets.to_utf16(match.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.view.setExtraSelections(selections)
        if 0 <= current < len(matches):
            m = matches[current]
            self.view.select_utf16(offsets.to_utf16(m.start), offsets.to_utf16(m.end))

    def tag_all_matches(self, tag: str) -> None:
        """Tag every match of the find bar (one undo step)."""
        self.find_bar.flush()  # the query may have changed within the typing pause
        stack = self._stack()
        if stack is None or not tag or self.doc.article is None:
            return
        label = self._tag_label(tag)
        spans = []
        for match in self.find_bar.matches:
            snapped = snap_span(self.doc.text, match.start, match.end)
            if snapped and self.doc.find_span(*snapped, tag) is None:
                spans.append(snapped)
        if not spans:
            self.statusBar().showMessage(f"Every match is already tagged as {label}.", 4000)
            return
        stack.beginMacro(f"Tag {len(spans)} matches as {label}")
        for start, end in spans:
            stack.push(AddAnnotation(self.doc, self.doc.new_annotation(tag, start, end), label))
        stack.endMacro()
        self.statusBar().showMessage(f"Tagged {len(spans)} matches as {label}.", 5000)

    def open_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        wanted = int(300 * self.zoom_factor)  # hits need a little more room than titles
        if self.search_dock.width() < wanted:
            self.resizeDocks([self.search_dock], [min(wanted, self.width() // 3)], Qt.Orientation.Horizontal)
        self.search_panel.focus_query()

    def open_hit(self, hit: Hit) -> None:
        """Open a search result: its article, with the span selected."""
        self.open_article(hit.article_id)
        if self.doc.article is None or self.doc.article.id != hit.article_id:
            return
        if hit.annotation_id and self.doc.annotation(hit.annotation_id) is not None:
            self._make_current(hit.annotation_id, select_text=True)
        else:
            offsets = self.doc.offsets
            self.view.select_utf16(offsets.to_utf16(hit.start), offsets.to_utf16(hit.end))
        self.view.setFocus()

    # -- refresh from other windows --------------------------------------

    def refresh_from_database(self) -> None:
        """Re-read articles and the open article if another process changed the database."""
        try:
            version = self.store.data_version()
        except AnnotatorError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        if version == self._data_version:
            return
        self._data_version = version
        current = self._current_id
        self.tags = self.store.tags()
        self._apply_tags()
        self.refresh_article_list()
        self.doc.reload()
        if current and self.doc.annotation(current) is not None:
            self._make_current(current)
        self.statusBar().showMessage("Updated with changes made elsewhere.", 4000)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.refresh_from_database)

    # -- zoom and reading ------------------------------------------------

    def zoom(self, steps: int) -> None:
        """Zoom the text and the whole interface by about 10 % per step."""
        self.zoom_to(round(self.zoom_factor * ZOOM_STEP ** steps, 2))

    def zoom_to(self, factor: float, *, announce: bool = True) -> None:
        """Show text, panels, tables and dialogs at ``factor`` times their normal size."""
        ratio = max(MIN_ZOOM, min(MAX_ZOOM, factor)) / self.zoom_factor
        self.zoom_factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if ratio != 1 and self.isVisible():  # the panels grow with their text (at most 45 % of the window)
            docks = [d for d in (self.articles_dock, self.annotations_dock) if d.isVisible()]
            self.resizeDocks(docks, [min(int(d.width() * ratio), int(self.width() * 0.45)) for d in docks],
                             Qt.Orientation.Horizontal)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setFont(ui_font(self.zoom_factor))  # every widget without a font of its own follows
        self.view.set_point_size(DEFAULT_POINT_SIZE * self.zoom_factor)
        # Widgets take the new font from posted events: measure columns after them.
        QTimer.singleShot(0, self.annotation_table.fit_columns)
        if announce:
            self.statusBar().showMessage(f"Zoom {round(self.zoom_factor * 100)} %", 2000)

    def set_snap_words(self, on: bool) -> None:
        """Whether a drag selects whole words (Alt+drag always selects exact characters)."""
        self.view.snap_words = bool(on)
        self.snap_words_action.setChecked(bool(on))
        self.settings.setValue("view/snapWords", bool(on))

    def show_panels(self, on: bool) -> None:
        """Show or hide the side panels, leaving the whole width to the article."""
        for dock in (self.articles_dock, self.annotations_dock, self.search_dock):
            if on:
                dock.setVisible(dock.property("wasVisible") is not False)
            else:
                dock.setProperty("wasVisible", dock.isVisible())
                dock.hide()
        self.panels_action.setChecked(on)

    # -- help ------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action, keys) for the F1 sheet, from the action table, keys as the user's keyboard shows them."""
        return help_rows([*self._tag_entries, *((spec, None) for spec in ACTIONS)])

    def show_shortcuts(self) -> None:
        dialog = ShortcutSheet(self.shortcut_rows(), self)
        self.dialog = dialog
        dialog.open()

    # -- import / export -------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Files dropped anywhere on the window are imported."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_files(paths))

    def import_dialog(self) -> None:
        folder = str(self.settings.value("import/lastDir", str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(self, "Import articles", folder, import_filter())
        if names:
            self.settings.setValue("import/lastDir", str(Path(names[0]).parent))
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> list[ImportOutcome]:
        """Import files; opens the last one imported.

        Several files are read on a worker thread with a progress dialog
        (Stop keeps what was imported so far); the window stays responsive.
        """
        paths = [Path(p) for p in paths]
        if self._importing is not None:
            self.statusBar().showMessage("An import is already running; wait for it or press Stop.", 5000)
            return []
        if len(paths) == 1:
            outcomes = list(import_paths(self.store, paths))
        else:
            from .background import run_import

            progress = QProgressDialog("Importing…", "Stop", 0, len(paths), self)
            progress.setObjectName("importProgress")
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.setAutoReset(False)
            self.dialog = progress
            self._importing = progress

            def step(done: int, name: str) -> None:
                progress.setValue(done)
                progress.setLabelText(f"Importing {name} ({done + 1} of {len(paths)})…")

            try:
                outcomes, _worker = run_import(self.store.path, paths, step, progress.canceled)
            finally:
                self._importing = None
                progress.close()
                progress.deleteLater()
        self._apply_tags()  # an annotator JSON or brat file may have brought tags
        self.refresh_article_list()
        imported = [o for o in outcomes if o.ok and o.article is not None]
        if imported:
            last = imported[-1].article
            assert last is not None
            if self.doc.article is not None and self.doc.article.id == last.id:
                self.doc.reload()  # a JSON import may have added annotations to it
            else:
                self.open_article(last.id)
        self._data_version = self.store.data_version()
        self._report_import(outcomes)
        return outcomes

    def _report_import(self, outcomes: list[ImportOutcome]) -> None:
        new = sum(1 for o in outcomes if o.ok and not o.existed)
        # Annotation files (JSON, brat) report on their own; "already imported"
        # is news only for article files.
        existed = [o for o in outcomes if o.ok and o.existed and o.path.suffix.lower() not in annotation_suffixes()]
        refused = [o for o in outcomes if not o.ok]
        notes = [f"{o.path.name}: {m}" for o in outcomes for m in o.messages]
        lines = [f"• {o.path.name} was already imported (as “{o.article.title}”)." for o in existed if o.article]
        lines += [f"• {n}" for n in notes]
        lines += [f"• Not imported: {o.error}" for o in refused]
        summary = []
        if new:
            summary.append(f"Imported {new} article{'s' if new != 1 else ''}.")
        if existed:
            summary.append(f"{len(existed)} already in the database (not duplicated).")
        if refused:
            summary.append(f"{len(refused)} file{'s' if len(refused) != 1 else ''} could not be imported.")
        if refused or existed or any("not placed" in n or "link not" in n for n in notes):
            box = self.show_message("Import", " ".join(summary) + ("\n\n" + "\n".join(lines[:12]) if lines else ""),
                                    error=bool(refused))
            if len(lines) > 12:
                box.setDetailedText("\n".join(lines))  # the long list scrolls, the box stays on screen
        elif summary or notes:
            self.statusBar().showMessage(" ".join(summary + notes), 6000)

    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog

        article = self.doc.article
        folder = Path(str(self.settings.value("export/lastDir", str(Path.home()))))
        base = _slug(article.title) if article else "annotations"
        dialog = ExportDialog(self.tags, article is not None, folder, base + "-annotations", self,
                              choice=str(self.settings.value("export/format", "csv")))
        self.dialog = dialog
        self._export_dialog = dialog
        dialog.export = lambda: self._run_export(dialog)
        dialog.open()

    def _run_export(self, dialog) -> bool:
        """Export as the dialog says; on failure the dialog stays open with its choices."""
        from ..core.exporters import export_to_file

        article_id = None if dialog.all_articles or self.doc.article is None else self.doc.article.id
        try:
            n = export_to_file(self.store, dialog.format, dialog.path, article_id, dialog.tag, dialog.excel)
        except AnnotatorError as exc:
            self.show_message("Export failed", str(exc), error=True)
            return False
        self.settings.setValue("export/lastDir", str(dialog.path.parent))
        self.settings.setValue("export/format", dialog.choice_key)
        self.statusBar().showMessage(f"Exported {n} annotations to {dialog.path}", 8000)
        return True

    # -- messages --------------------------------------------------------

    def show_message(self, title: str, text: str, *, error: bool = False) -> QMessageBox:
        """A non-blocking message box; its text is shown as plain text, never markup."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information, title, text,
            QMessageBox.StandardButton.Ok, self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("messageBox")
        label = box.findChild(QLabel, "qt_msgbox_label")
        if label is not None:  # an Arabic message reads right to left, on the right
            set_label_text(label, text)
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
