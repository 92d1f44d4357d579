"""Tools → Tags: add, rename, recolour, re-key and delete tags.

Every change is applied at once as an undoable command (through the
callbacks the window passes in), so the dialog has no "apply" step.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import PALETTE, ROLE_ATTRIBUTABLE, ROLE_PLAIN, ROLE_SOURCE, TAG_NAME, Tag
from . import i18n
from .dialogs import FormDialog
from .directional import ltr
from .keys import canonical_key, shown_key
from .panels import swatch

RESERVED_KEYS = {"l", "n", "p", "e"}  # link, next, previous, edit note

#: How the Tags dialog names each role, and what it means for the spans.
ROLE_CHOICES = (
    (ROLE_ATTRIBUTABLE, QT_TRANSLATE_NOOP("roles", "Said by someone"),
     QT_TRANSLATE_NOOP("roles", "like a quote or a claim: press L to link it to a source")),
    (ROLE_SOURCE, QT_TRANSLATE_NOOP("roles", "Source"),
     QT_TRANSLATE_NOOP("roles", "like a speaker: quotes and claims are linked to it")),
    (ROLE_PLAIN, QT_TRANSLATE_NOOP("roles", "Plain"), QT_TRANSLATE_NOOP("roles", "like a location: no links")),
)


def role_label(role: str) -> str:
    """The Tags dialog's name for a role."""
    return next((QCoreApplication.translate("roles", str(label)) for value, label, _what in ROLE_CHOICES
                 if value == role), role)


def slug(label: str) -> str:
    """A tag name from its label: lower case, words joined by '_' (Arabic letters kept)."""
    words = re.findall(r"\w+", label.lower())
    return "_".join(words)


class TagEditor(FormDialog):
    """Edit one tag's label, name, colour and key."""

    def __init__(self, tag: Tag | None, taken_keys: set[str], taken_names: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TagEditor", "Edit tag") if tag
                         else QCoreApplication.translate("TagEditor", "New tag"), parent)
        self.setObjectName("tagEditor")
        self._original = tag
        self._taken_keys = taken_keys
        self._taken_names = taken_names
        self._name_touched = tag is not None
        # A built-in tag under its default label shows it in the interface's language; saved unchanged,
        # the stored label stays as it was (see tag()).
        self._shown_label = i18n.shown_tag(tag).label if tag else ""
        self.label_edit = QLineEdit(self._shown_label)
        self.name_edit = QLineEdit(tag.name if tag else "")
        self.key_edit = QLineEdit(shown_key(tag.key) if tag else "")  # canonical_key() stores it lower case
        self.key_edit.setMaxLength(1)
        self.key_edit.setFixedWidth(40)
        self._color = tag.color if tag else next((c for c in PALETTE), "#999999")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("tagRole")
        for value, label, what in ROLE_CHOICES:
            self.role_combo.addItem(f"{QCoreApplication.translate('roles', str(label))} — "
                                    f"{QCoreApplication.translate('roles', str(what))}", value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(tag.role if tag else ROLE_PLAIN)))
        self.color_button = QPushButton()
        self.color_button.clicked.connect(self._pick_color)
        self._show_color()
        self.label_edit.textEdited.connect(self._label_edited)
        self.name_edit.textEdited.connect(lambda _t: setattr(self, "_name_touched", True))
        self.key_edit.textEdited.connect(self._key_edited)
        self.add_rows((self.tr("Label:"), self.label_edit), (self.tr("Name in exports:"), self.name_edit),
                      (self.tr("Colour:"), self.color_button), (self.tr("Key:"), self.key_edit),
                      (self.tr("Role:"), self.role_combo))

    def set_color(self, color: str) -> None:
        self._color = QColor(color).name().upper()
        self._show_color()

    def _show_color(self) -> None:
        self.color_button.setIcon(swatch(self._color, 18))
        self.color_button.setText(ltr(self._color))  # "#F0E442", its "#" first in an Arabic dialog too

    def _pick_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("Tag colour"))
        if chosen.isValid():
            self.set_color(chosen.name())

    def _key_edited(self, text: str) -> None:
        if shown_key(text) != text:
            self.key_edit.setText(shown_key(text))  # "l" typed reads "L", as on the key cap

    def _label_edited(self, text: str) -> None:
        if not self._name_touched:
            self.name_edit.setText(slug(text))

    def problem(self) -> str | None:
        tag = self.tag()
        # "١" is the "1" key on an Arabic layout, "م" the "L" key: compare keys as keys.
        key = canonical_key(tag.key)
        if not tag.label:
            return self.tr("Give the tag a label.")
        if not TAG_NAME.fullmatch(tag.name):
            return self.tr("The name uses letters, digits, '-' and '_' only.")
        if tag.name in self._taken_names:
            return i18n.fill(self.tr("There is already a tag called '%1'."), tag.name)
        if key and key in RESERVED_KEYS:
            return i18n.fill(self.tr("'%1' is already used for linking, moving or notes; choose another key."),
                             shown_key(tag.key))
        if key and key in {canonical_key(k) for k in self._taken_keys}:
            return i18n.fill(self.tr("The key '%1' already belongs to another tag."), shown_key(tag.key))
        return None

    def tag(self) -> Tag:
        label = self.label_edit.text().strip()
        if self._original is not None and label == self._shown_label:
            label = self._original.label  # not renamed: a built-in keeps its default label
        return Tag(
            name=self.name_edit.text().strip(), label=label, color=self._color,
            key=canonical_key(self.key_edit.text().strip()),
            position=self._original.position if self._original else 0,
            role=self.role_combo.currentData() or ROLE_PLAIN,
        )


class DeleteTagDialog(QDialog):
    """Asks what happens to the spans of a tag that is in use."""

    def __init__(self, tag: Tag, usage: int, others: list[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteTagDialog")
        label = i18n.shown_tag(tag).label
        self.setWindowTitle(i18n.fill(self.tr("Delete the tag %1"), label))
        if usage == 1:
            said = self.tr("1 span is tagged %1 (in all articles). What should happen to it?")
        else:
            said = self.tr("%Ln spans are tagged %1 (in all articles). What should happen to them?", "", usage)
        text = QLabel(i18n.fill(said, label))
        text.setWordWrap(True)
        self.retag_radio = QRadioButton(self.tr("Re-tag them as"))
        self.delete_radio = QRadioButton(self.tr("Delete them, with their links"))
        group = QButtonGroup(self)
        group.addButton(self.retag_radio)
        group.addButton(self.delete_radio)
        self.retag_combo = QComboBox()
        for other in i18n.shown_tags(others):
            self.retag_combo.addItem(swatch(other.color), other.label, other.name)
        self.retag_radio.setChecked(bool(others))
        self.retag_radio.setEnabled(bool(others))
        self.delete_radio.setChecked(not others)
        row = QHBoxLayout()
        row.addWidget(self.retag_radio)
        row.addWidget(self.retag_combo, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Delete tag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.delete_radio)
        layout.addWidget(buttons)

    def retag_as(self) -> str | None:
        return self.retag_combo.currentData() if self.retag_radio.isChecked() else None


class TagDialog(QDialog):
    """The tag set: a table, and buttons that open the editors."""

    def __init__(self, tags: Callable[[], list[Tag]], usage: Callable[[str], int],
                 save: Callable[[Tag, Tag | None], None], delete: Callable[[Tag, str | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(self.tr("Tags"))
        self._tags, self._usage, self._save, self._delete = tags, usage, save, delete
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("tagTable")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Name"), self.tr("Key"), self.tr("Role"),
                                              self.tr("Spans")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(self.add_tag)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        side = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(b)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)
        self.editor: QDialog | None = None  # the sub-dialog currently open (tests reach it here)
        self.refresh()
        hint = self.sizeHint()  # the table's minimum size is its contents' (see _fit_table)
        self.resize(max(620, hint.width()), max(360, hint.height()))

    def refresh(self) -> None:
        tags = self._tags()
        self.table.setRowCount(len(tags))
        for row, tag in enumerate(tags):
            label = QTableWidgetItem(swatch(tag.color), i18n.shown_tag(tag).label)
            label.setData(Qt.ItemDataRole.UserRole, tag)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(tag.name))
            self.table.setItem(row, 2, QTableWidgetItem(shown_key(tag.key)))
            self.table.setItem(row, 3, QTableWidgetItem(role_label(tag.role)))
            self.table.setItem(row, 4, QTableWidgetItem(i18n.number(self._usage(tag.name))))
        self._fit_table()

    def _fit_table(self) -> None:
        """Columns as wide as their headings and cells, and the table as wide as its columns (with room
        for a vertical scroll bar) and tall enough for several rows: nothing needs scrolling sideways,
        whatever the language, the labels or the zoom."""
        table = self.table
        table.resizeColumnsToContents()
        frame = 2 * table.frameWidth()
        width = (sum(table.columnWidth(c) for c in range(table.columnCount()))
                 + table.verticalScrollBar().sizeHint().width() + frame)
        rows = min(max(table.rowCount(), 4), 8)
        height = (table.horizontalHeader().sizeHint().height() + frame
                  + rows * (table.rowHeight(0) if table.rowCount() else table.verticalHeader().defaultSectionSize()))
        screen = self.screen().availableGeometry()
        table.setMinimumSize(min(width, int(screen.width() * 0.8)), min(height, int(screen.height() * 0.6)))

    def selected_tag(self) -> Tag | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _editor(self, tag: Tag | None) -> TagEditor:
        tags = self._tags()
        others = [t for t in tags if tag is None or t.name != tag.name]
        editor = TagEditor(tag, {t.key for t in others if t.key}, {t.name for t in others}, self)
        if tag is None:
            used = {t.color for t in tags}
            editor.set_color(next((c for c in PALETTE if c not in used), PALETTE[-1]))
            free = next((str(d) for d in range(1, 10) if str(d) not in {t.key for t in tags}), "")
            editor.key_edit.setText(free)
        self.editor = editor
        return editor

    def add_tag(self) -> None:
        editor = self._editor(None)

        def done() -> None:
            tag = editor.tag()
            tag.position = max((t.position for t in self._tags()), default=0) + 1
            self._save(tag, None)
            self.refresh()

        editor.accepted.connect(done)
        editor.open()

    def edit_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        editor = self._editor(tag)

        def done() -> None:
            self._save(editor.tag(), tag)
            self.refresh()

        editor.accepted.connect(done)
        editor.open()

    def delete_selected(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        usage = self._usage(tag.name)
        others = [t for t in self._tags() if t.name != tag.name]
        dialog = DeleteTagDialog(tag, usage, others, self)
        if usage == 0:
            dialog.retag_radio.setChecked(False)
            dialog.delete_radio.setChecked(True)
        self.editor = dialog

        def done() -> None:
            self._delete(tag, dialog.retag_as())
            self.refresh()

        dialog.accepted.connect(done)
        dialog.open()
