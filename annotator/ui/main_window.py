"""The main window: it assembles the widgets, the actions and the parts that do the work.

The reading view sits in the middle with the tag legend above it; docks hold
the article list, the corpus search and the annotation panel.  Every action
comes from the table in :mod:`annotator.ui.actions`; every concern — tagging
and selection, linking, notes, import and export, finding, the tag set,
articles, reading comfort — lives in its own part under
:mod:`annotator.ui.parts`.  What is left here is the frame: building,
settings, the annotator's name, refreshing from other processes, messages.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AnnotatorError
from ..core.model import Tag
from ..core.store import Store
from . import i18n
from .actions import ACTIONS, MENUS, ActionSpec, fill_menu, help_rows, make_action, scope_to, translated
from .article_view import ArticleView
from .details_panel import DetailsPanel
from .dialogs import ShortcutSheet
from .directional import set_label_text
from .document import ArticleDocument
from .find_bar import FindBar
from .fonts import DEFAULT_POINT_SIZE
from .panels import AnnotationTable, AnnotationTableModel, ArticleList, ArticleListModel, TagBar
from .parts.agreeing import Agreeing
from .parts.annotating import Annotating
from .parts.articles import Articles
from .parts.curating import Curating
from .parts.details import Details
from .parts.factcheck import FactCheck
from .parts.finding import Finding
from .parts.identity import Identity
from .parts.layers import LayerBox, Layers
from .parts.linking import Linking
from .parts.reading import Reading
from .parts.suggesting import Suggesting
from .parts.tagset import TagSet
from .parts.transfer import Transfer
from .search_panel import SearchPanel


class MainWindow(QMainWindow):
    """One database, one open article at a time."""

    def __init__(self, store: Store, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings or QSettings()
        self.doc = ArticleDocument(store, self)
        self.tags: list[Tag] = i18n.shown_tags(store.tags())
        self.dialog: QWidget | None = None  # the dialog opened last
        self._messages: list[QMessageBox] = []
        self._data_version = store.data_version()
        self._shown_once = False
        # One history for the window, in the order things happened: tag edits
        # reach across articles, so per-article histories could undo them out
        # of order.  Undoing a step of another article opens that article.
        self.undo_stack = QUndoStack(self)

        self._build_widgets()
        self._build_actions()
        self.annotating = Annotating(self)
        self.linking = Linking(self)
        self.details_part = Details(self)
        self.articles = Articles(self)
        self.finding = Finding(self)
        self.tagset = TagSet(self)
        self.transfer = Transfer(self)
        self.reading = Reading(self)
        self.identity = Identity(self)
        self.layers = Layers(self)  # after Identity: whose spans are yours follows the name
        self.suggesting = Suggesting(self)
        self.curating = Curating(self)
        self.agreeing = Agreeing(self)
        self.factcheck = FactCheck(self)
        # The window's vocabulary, answered by its parts (the action table and scripts use these names).
        self.current_annotation = self.annotating.current
        self.apply_tag = self.annotating.apply_tag
        self.select_annotation = self.annotating.select
        self.step_annotation = self.annotating.step
        self.step_item = self.suggesting.step
        self.delete_current = self.annotating.delete_current
        self.tooltip_for = self.annotating.tooltip_for
        self.link_current = self.linking.link_current
        self.link_candidates = self.linking.candidates
        self.edit_note = self.details_part.edit_note
        self.open_article = self.articles.open
        self.open_initial_article = self.articles.open_initial
        self.refresh_article_list = self.articles.refresh_list
        self.edit_article = self.articles.edit_details
        self.open_find = self.finding.open_find
        self.open_search = self.finding.open_search
        self.open_hit = self.finding.open_hit
        self.tag_all_matches = self.finding.tag_all_matches
        self.edit_tags = self.tagset.edit_tags
        self.import_dialog = self.transfer.import_dialog
        self.import_files = self.transfer.import_files
        self.open_link = self.transfer.open_link
        self.new_from_clipboard = self.transfer.new_from_clipboard
        self.export_dialog = self.transfer.export_dialog
        self.zoom = self.reading.zoom
        self.zoom_to = self.reading.zoom_to
        self.set_snap_words = self.reading.set_snap_words
        self.show_panels = self.reading.show_panels
        self.edit_factcheck_settings = self.factcheck.edit_settings
        self.ask_name = self.identity.ask
        self.ask_name_once = self.identity.ask_once
        self.set_annotator = self.identity.set
        self.cycle_layer = self.layers.cycle
        self.accept_suggestion = self.suggesting.accept_current
        self.accept_suggestion_with_speaker = self.suggesting.accept_with_speaker
        self.reject_suggestion = self.suggesting.reject_current
        self.accept_suggested_quotes = self.suggesting.accept_quotes
        self.show_suggestions = self.suggesting.set_shown
        self.curate = self.curating.open
        self.show_agreement = self.agreeing.show_agreement

        self._build_menus()
        self.doc.committed.connect(self._committed)
        self.doc.failed.connect(self._change_failed)
        self.tagset.apply()
        self.articles.refresh_list()
        self._restore_settings()
        self.articles.update_title()
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
        self.info_label.setToolTip(self.tr("Article details — Ctrl+I to edit"))
        self.info_label.setWordWrap(True)
        self.find_bar = FindBar(self)
        # A narrow window (or a large zoom) clips the tag buttons rather than
        # growing the window past the screen; no scroll bar, whose coming and
        # going would move the text under the mouse.
        tag_strip = QScrollArea()
        tag_strip.setObjectName("tagStrip")
        tag_strip.setWidget(self.tag_bar)
        tag_strip.setWidgetResizable(True)
        tag_strip.setFrameShape(QFrame.Shape.NoFrame)
        tag_strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tag_strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tag_strip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # The suggestions' count and the layer selector sit at the end of the legend's
        # row, outside the strip: clipping a narrow legend never hides them.
        legend = QWidget()
        legend.setObjectName("legendRow")
        row = QHBoxLayout(legend)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(0)
        row.addWidget(tag_strip, 1)
        row.addWidget(self.tag_bar.suggestion_count)
        self.layer_box = LayerBox()
        row.addWidget(self.layer_box)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (legend, self.info_label, self.find_bar):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.article_model = ArticleListModel(self)
        self.article_list = ArticleList(self.article_model, self)
        self.annotation_model = AnnotationTableModel(self)
        self.annotation_table = AnnotationTable(self.annotation_model, self)
        self.details = DetailsPanel(self)
        # The details scroll rather than squeeze their boxes when the dock is short.
        details_area = QScrollArea()
        details_area.setObjectName("detailsArea")
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.NoFrame)
        details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.annotation_table)
        split.addWidget(details_area)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.search_panel = SearchPanel(self.store, self)
        # The article list stands where reading starts: on the left, or on the right in a right-to-left
        # interface (Qt mirrors what is inside the docks, not the dock areas themselves).
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left, right = right, left
        self.setTabPosition(left, QTabWidget.TabPosition.North)
        self.articles_dock = self._dock(self.tr("Articles"), "articlesDock", self.article_list, left)
        self.annotations_dock = self._dock(self.tr("Annotations"), "annotationsDock", split, right)
        self.search_dock = self._dock(self.tr("Search"), "searchDock", self.search_panel, left,
                                      self.tr("Search all articles (Ctrl+Shift+F)"))
        self.tabifyDockWidget(self.articles_dock, self.search_dock)
        self.articles_dock.raise_()

        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedLabel")
        self.name_label = QLabel("")
        db_label = QLabel(self.store.path.name + (self.tr(" (read-only)") if self.store.read_only else ""))
        db_label.setToolTip(i18n.fill(self.tr("Database: %1"), str(self.store.path)))
        for label in (self.saved_label, self.name_label, db_label):
            self.statusBar().addPermanentWidget(label)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea, tip: str = "") -> QDockWidget:
        """A side panel: every dock of the window is made here, so the View menu and layout treat them alike."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        if tip:
            dock.setToolTip(tip)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        """Every action from the table (ui/actions.py), kept as ``self.<id>``."""
        made = {"undo_action": self.undo_stack.createUndoAction(self, translated("&Undo")),
                "redo_action": self.undo_stack.createRedoAction(self, translated("&Redo"))}
        self.actions_table: list[tuple[ActionSpec, QAction]] = []
        for spec in ACTIONS:
            if spec.run is None and spec.id not in made:
                continue  # a row of the F1 sheet only
            action = make_action(spec, self, self, made.get(spec.id))
            setattr(self, spec.id, action)  # window.export_action, … (the table's ids)
            self.actions_table.append((spec, action))

    def action(self, action_id: str) -> QAction:
        """The action declared in the table under ``action_id``."""
        return next(a for spec, a in self.actions_table if spec.id == action_id)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus = {title: bar.addMenu(translated(title)) for title in MENUS}
        self.annotate_menu = self.menus["&Annotate"]  # rebuilt with the tags (see TagSet.apply)
        for title, menu in self.menus.items():
            if menu is not self.annotate_menu:
                fill_menu(menu, [(s, a) for s, a in self.actions_table if s.menu == title])
        view_menu = self.menus["&View"]
        view_menu.addSeparator()
        for dock in (self.articles_dock, self.search_dock, self.annotations_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self._language_menu(view_menu)
        scope_to(self.actions_table, (self.view, self.annotation_table))

    def _language_menu(self, view_menu: QMenu) -> None:
        """View → Language and View → Digits: settings applied at the next start."""
        menu = view_menu.addMenu(self.tr("&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        current = i18n.language(self.settings)
        # Each language is named in itself, as language menus do.
        for code, name in ((i18n.ARABIC, "العربية"), (i18n.ENGLISH, "English")):
            action = menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            group.addAction(action)
        menu = view_menu.addMenu(self.tr("&Digits"))
        menu.setObjectName("digitsMenu")
        group = QActionGroup(menu)
        current = i18n.digits(self.settings)
        for code, name in ((i18n.INDIC, self.tr("Arabic-Indic (٠١٢٣)")), (i18n.WESTERN, self.tr("Western (0123)"))):
            action = menu.addAction(name)
            action.setObjectName(f"digits_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, code=code: self.set_digits(code))
            group.addAction(action)

    def set_language(self, code: str) -> None:
        """Store the interface language; it applies at the next start."""
        if code == i18n.language(self.settings) and self.settings.value(i18n.LANGUAGE_KEY):
            return
        self.settings.setValue(i18n.LANGUAGE_KEY, code)
        self.settings.sync()
        if code == i18n.ARABIC:
            self.show_message("اللغة", "ستظهر الواجهة بالعربية عند تشغيل البرنامج في المرة القادمة.")
        else:
            self.show_message(self.tr("Language"), "The interface will be in English the next time the program starts.")

    def set_digits(self, code: str) -> None:
        """Store which digits numbers are written with; they apply at the next start."""
        self.settings.setValue(i18n.DIGITS_KEY, code)
        self.settings.sync()
        self.show_message(self.tr("Digits"), self.tr("Numbers will be written with these digits the next time "
                                                     "the program starts."))

    @property
    def tag_actions(self) -> dict[str, QAction]:
        """The "Tag as …" action of each tag, by tag name."""
        return self.tagset.actions

    @property
    def zoom_factor(self) -> float:
        return self.reading.factor

    # -- tags by name ----------------------------------------------------

    def tag(self, name: str) -> Tag | None:
        return next((t for t in self.tags if t.name == name), None)

    def tag_label(self, name: str) -> str:
        tag = self.tag(name)
        return tag.label if tag else name

    def tag_role(self, name: str) -> str:
        tag = self.tag(name)
        return tag.role if tag else ""

    # -- settings and the window's life -----------------------------------

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

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once and self.settings.value("window/state") is None:
            self.reading.first_layout()
        self._shown_once = True

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shown_once:
            self.reading.keep_room()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.transfer.stop()
        self.details.commit_pending()  # a note still being typed is saved, not lost
        self._checkpoint()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("view/zoom", self.zoom_factor)
        self.settings.remove("view/pointSize")
        self.settings.sync()
        super().closeEvent(event)

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

    # -- the database: saved, refused, changed elsewhere ------------------

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
        self.note_database_seen()
        self.saved_label.setText(self.tr("All changes saved"))
        self.saved_label.setStyleSheet("")
        self.saved_label.setToolTip(i18n.fill(self.tr("Every change is written to %1 as you make it."),
                                              str(self.store.path)))

    def _change_failed(self, message: str) -> None:
        self.saved_label.setText(self.tr("Last change NOT saved"))
        self.saved_label.setStyleSheet("color: #B00020; font-weight: bold")
        self.saved_label.setToolTip(message)
        self.show_message(self.tr("Not saved"), message, error=True)

    def note_database_seen(self) -> None:
        """What is in the database now is what the window shows (our own changes are not news)."""
        self._data_version = self.store.data_version()

    def refresh_from_database(self) -> None:
        """Re-read articles and the open article if another process changed the database."""
        try:
            version = self.store.data_version()
        except AnnotatorError as exc:
            self.statusBar().showMessage(i18n.translated(exc), 8000)
            return
        if version == self._data_version:
            return
        self._data_version = version
        current = self.annotating.current_id
        if i18n.shown_tags(self.store.tags()) != self.tags:
            self.tagset.apply()
        self.articles.refresh_list()
        if self.doc.refresh():  # only what changed in the open article is read and redrawn
            if current and self.doc.annotation(current) is not None:
                self.annotating.select(current)
            self.statusBar().showMessage(self.tr("Updated with changes made elsewhere."), 4000)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self.refresh_from_database)

    # -- help and messages -----------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action, keys) for the F1 sheet, from the action table, keys as the user's keyboard shows them."""
        return help_rows([*self.tagset.entries, *((spec, None) for spec in ACTIONS)])

    def show_shortcuts(self) -> None:
        dialog = ShortcutSheet(self.shortcut_rows(), self)
        self.dialog = dialog
        dialog.open()

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
        """Message boxes currently shown."""
        return list(self._messages)
