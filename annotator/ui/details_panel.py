"""The selected annotation: its links (who said it), how it was reported, its note and its history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.factcheck import VERDICT
from ..core.model import KIND, QUOTE_KINDS, ROLE_ATTRIBUTABLE, Annotation, Relation, Tag
from ..core.text import dominant_direction, shorten
from . import i18n
from .directional import DirectionalPlainTextEdit, set_label_text
from .fonts import line_height
from .i18n import shown_verdict
from .panels import DirectionalDelegate, DirectionRole


class DetailsPanel(QWidget):
    """Links and note of the current annotation; edits leave through signals."""

    #: (annotation id, new note) — when the note editor loses focus or Ctrl+Enter
    noteEdited = Signal(str, str)
    #: the user wants to link the current annotation
    linkRequested = Signal()
    #: the note editor is done (saved or discarded): give the focus back to the text
    finished = Signal()
    #: remove this link
    unlinkRequested = Signal(object)
    #: (annotation id, attribute, new value or "" for none) — chosen in the Kind or Verdict box
    attributeChosen = Signal(str, str, str)

    #: The Kind box's entries: (stored value, what it says).
    KIND_CHOICES = (("", "—"), *zip(QUOTE_KINDS, (
        QT_TRANSLATE_NOOP("DetailsPanel", "Direct: in quotation marks"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Indirect: reported speech"),
        QT_TRANSLATE_NOOP("DetailsPanel", "Mixed: reported, with quoted words"))))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self._annotation: Annotation | None = None
        self._saved_note = ""  # the note as stored, to tell an edit from no change
        self._shown_id: str | None = None
        self._tag_label = ""  # the shown annotation's tag, as the heading names it
        self.heading_tag = QLabel(self.tr("No annotation selected"))
        self.heading_tag.setObjectName("detailsTag")
        self.heading = QLabel("")
        self.heading.setObjectName("detailsText")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.links = QListWidget()
        self.links.setObjectName("linkList")
        self.links.setItemDelegate(DirectionalDelegate(self.links))
        self.links.setMaximumHeight(90)
        self.link_button = QPushButton(self.tr("Link to speaker…  (L)"))
        self.link_button.setObjectName("linkButton")
        self.unlink_button = QPushButton(self.tr("Remove link"))
        # Attributes of quotes and claims, each chosen from a list: how it was reported, and the
        # fact-checker's verdict (the list the desk set in Edit → Fact-check settings).
        self.kind = QComboBox()
        self.kind.setObjectName("kindBox")
        for value, text in self.KIND_CHOICES:
            self.kind.addItem(self.tr(str(text)), value)
        self.verdict = QComboBox()
        self.verdict.setObjectName("verdictBox")
        self.set_verdicts([])
        self.choices = {KIND: self.kind, VERDICT: self.verdict}
        self.choice_rows = QFormLayout()
        self.choice_rows.addRow(self.tr("&Kind:"), self.kind)
        self.choice_rows.addRow(self.tr("&Verdict:"), self.verdict)
        self.note = DirectionalPlainTextEdit()  # an Arabic note runs right to left, aligned right
        self.note.setObjectName("noteEditor")
        self.note.setPlaceholderText(self.tr("Note (e.g. verify figure with SOHR) — saved when you leave the box"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.note.installEventFilter(self)
        self.history_label = QLabel(self.tr("History:"))
        self.history = QListWidget()  # who did what to this span, newest first
        self.history.setObjectName("historyList")
        self.history.setItemDelegate(DirectionalDelegate(self.history))
        self.history.setWordWrap(False)
        self.history.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole entry is in its tooltip
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_history()
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading_tag)
        layout.addWidget(self.heading)
        layout.addLayout(self.choice_rows)
        layout.addWidget(QLabel(self.tr("Attributed to:")))
        layout.addWidget(self.links)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Note:")))
        layout.addWidget(self.note)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        self.link_button.clicked.connect(self.linkRequested)
        self.unlink_button.clicked.connect(self._unlink_selected)
        for name, box in self.choices.items():
            box.activated.connect(lambda index, name=name: self._chosen(name, index))
        self.show_annotation(None, [], [], {})

    def show_annotation(self, annotation: Annotation | None, linked: list[tuple[Relation, Annotation]],
                        quoted: list[Annotation], tags: dict[str, Tag]) -> None:
        """Show ``annotation`` with the spans it is attributed to and those attributed to it.

        Call :meth:`commit_pending` first when switching away from an
        annotation whose note may still be in the editor.
        """
        self._annotation = annotation
        self.links.clear()
        enabled = annotation is not None
        for w in (self.links, self.link_button, self.note):
            w.setEnabled(enabled)
        tag = tags.get(annotation.tag) if annotation is not None else None
        # Only spans that can be attributed (quotes, claims) were reported one way or another.
        has_choices = tag is not None and tag.role == ROLE_ATTRIBUTABLE
        for name, box in self.choices.items():
            self.choice_rows.setRowVisible(box, has_choices)
            if has_choices and annotation is not None:
                value = annotation.attributes.get(name, "")
                if box.findData(value) < 0:  # a value written by another tool: shown as it is
                    box.addItem(value, value)
                box.setCurrentIndex(box.findData(value))
        if annotation is None:
            self._shown_id = None
            self.heading_tag.setText(self.tr("No annotation selected"))
            self.heading.setText("")
            self.note.setPlainText("")
            self.unlink_button.setEnabled(False)
            return
        self._tag_label = tag.label if tag else annotation.tag
        self.heading_tag.setText(i18n.fill(self.tr("%1:"), self._tag_label))
        set_label_text(self.heading, shorten(annotation.text, 200))
        for relation, target in linked:
            item = QListWidgetItem(" ".join(target.text.split()))
            item.setData(Qt.ItemDataRole.UserRole, relation)
            self._align(item, target.text)
            self.links.addItem(item)
        for source in quoted:
            label = tags[source.tag].label if source.tag in tags else source.tag
            item = QListWidgetItem(i18n.fill(self.tr("%1 by this speaker: %2"), label,
                                             " ".join(source.text.split())[:80]))
            self._align(item, source.text)
            self.links.addItem(item)
        if self.links.count():
            self.links.setCurrentRow(0)
        self.unlink_button.setEnabled(bool(linked))
        same = self._shown_id == annotation.id
        self._shown_id = annotation.id
        self._saved_note = annotation.note
        if not (same and self.note.toPlainText() == annotation.note):
            # Only when it differs: setPlainText moves the caret to the start
            # and clears the box's undo history, which would scramble a note
            # still being typed after it was saved on a focus change.
            self.note.setPlainText(annotation.note)

    def set_owner(self, owner: str) -> None:
        """Whose the shown annotation is when it is not yours ("by Sam"): then it is shown, not editable.

        Call after :meth:`show_annotation`; "" (yours) leaves it editable.
        """
        read_only = bool(owner)
        self.note.setReadOnly(read_only)
        for box in self.findChildren(QComboBox):
            box.setEnabled(not read_only)
        if read_only:
            self.link_button.setEnabled(False)
            self.unlink_button.setEnabled(False)
            if self._annotation is not None:
                self.heading_tag.setText(i18n.fill(self.tr("%1 (%2, read-only):"), self._tag_label, owner))

    def show_history(self, lines: list[tuple[str, str]]) -> None:
        """The current annotation's history: (when, what) pairs, oldest first; shown newest first."""
        self.history.clear()
        for when, what in reversed(lines):
            item = QListWidgetItem(f"{when}  {what}")
            item.setToolTip(f"{when}  {what}")
            # A sentence in the interface's language, whatever names and words it quotes (each isolated
            # by the caller).
            item.setData(DirectionRole, "rtl" if i18n.current_language() == i18n.ARABIC else "ltr")
            self.history.addItem(item)
        self.history_label.setVisible(bool(lines))
        self.history.setVisible(bool(lines))
        self._fit_history()

    #: How many history entries show without scrolling, at least (the panel scrolls when the dock is short).
    HISTORY_ROWS = 3

    def _fit_history(self) -> None:
        """The history list is never squeezed below three entries (a short dock scrolls the panel instead)."""
        history = self.history
        row = max(line_height(history.font()) + 4, history.sizeHintForRow(0) if history.count() else 0)
        height = self.HISTORY_ROWS * row + 2 * history.frameWidth()
        history.setMinimumHeight(height)
        history.setMaximumHeight(max(80, height))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: rows grow
            self._fit_history()

    def set_verdicts(self, verdicts: list[str]) -> None:
        """The verdicts the Verdict box offers (after "—", no verdict)."""
        self.verdict.clear()
        self.verdict.addItem("—", "")
        for verdict in verdicts:
            self.verdict.addItem(shown_verdict(verdict), verdict)  # stored as the desk wrote it

    def _chosen(self, name: str, index: int) -> None:
        chosen = self.choices[name].itemData(index)
        if self._annotation is not None and chosen != self._annotation.attributes.get(name, ""):
            self.attributeChosen.emit(self._annotation.id, name, chosen)

    @staticmethod
    def _align(item: QListWidgetItem, text: str) -> None:
        item.setData(DirectionRole, dominant_direction(text))

    def focus_note(self) -> None:
        if self._annotation is not None:
            self.note.setFocus()
            self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def _unlink_selected(self) -> None:
        item = self.links.currentItem()
        relation = item.data(Qt.ItemDataRole.UserRole) if item else None
        if relation is None:  # an incoming link is removed from its quote
            for row in range(self.links.count()):
                relation = self.links.item(row).data(Qt.ItemDataRole.UserRole)
                if relation is not None:
                    break
        if relation is not None:
            self.unlinkRequested.emit(relation)

    def commit_pending(self) -> None:
        """Save a note still being typed (before showing another annotation)."""
        self._commit_note()

    def _commit_note(self) -> None:
        text = self.note.toPlainText()
        if self._annotation is not None and text != self._saved_note:
            # Remember first: saving re-enters show_annotation through signals.
            self._saved_note = text
            self.noteEdited.emit(self._annotation.id, text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.note:
            if event.type() == QEvent.Type.FocusOut:
                self._commit_note()
            elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier
                ):
                    self._commit_note()
                    self.finished.emit()
                    return True
                if event.key() == Qt.Key.Key_Escape and self._annotation is not None:
                    self.note.setPlainText(self._saved_note)  # discard the unsaved edit
                    self.finished.emit()
                    return True
        return super().eventFilter(watched, event)
