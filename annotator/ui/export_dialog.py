"""File → Export: choose what, in which format, and where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core import registry
from ..core.formats import Format
from ..core.model import Tag
from . import i18n


def choices() -> list[Format]:
    """The formats offered, named for what each is for (from the core's registry)."""
    return registry.export_formats()


class ExportDialog(QDialog):
    """Asks for scope, format, tag filter and file; the window does the export."""

    #: the user asked to export with these choices (the window exports, then accepts the dialog)
    exportRequested = Signal()

    def __init__(self, tags: list[Tag], has_current: bool, default_dir: Path, base_name: str,
                 parent: QWidget | None = None, choice: str = "csv") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export annotations"))
        self.setObjectName("exportDialog")
        self._default_dir = default_dir
        self._base_name = base_name

        self.current_radio = QRadioButton(self.tr("Current article"))
        self.all_radio = QRadioButton(self.tr("All articles"))
        self.current_radio.setEnabled(has_current)
        (self.current_radio if has_current else self.all_radio).setChecked(True)
        scope = QHBoxLayout()
        scope.addWidget(self.current_radio)
        scope.addWidget(self.all_radio)
        scope.addStretch(1)

        self.format_group = QButtonGroup(self)
        formats = QVBoxLayout()
        self.format_buttons: dict[str, QRadioButton] = {}
        self.choices = choices()
        for i, offered in enumerate(self.choices):
            # The core's English, shown in the interface's language (context "formats": action_texts.py).
            button = QRadioButton(QCoreApplication.translate("formats", offered.for_whom or offered.label))
            button.setObjectName(f"format_{offered.key}")
            self.format_group.addButton(button, i)
            self.format_buttons[offered.key] = button
            formats.addWidget(button)
        self.format_group.idToggled.connect(self._format_changed)

        self.tag_combo = QComboBox()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(tag.label, tag.name)

        self.path_edit = QLineEdit(str(default_dir / (base_name + ".csv")))
        self.path_edit.setObjectName("exportPath")
        # A path reads left to right from its root in any interface (an Arabic file name inside it still
        # reads right to left); mirrored, "/root/" would sit at the right end and ".csv" at the left.
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Articles:"), scope)
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("Tags:"), self.tag_combo)
        form.addRow(self.tr("File:"), where)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept_if_path)
        (self.format_buttons.get(choice) or self.format_buttons[registry.DEFAULT_EXPORT]).setChecked(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _choice(self) -> Format:
        return self.choices[max(0, self.format_group.checkedId())]

    def _format_changed(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        ext = self._choice().extension
        text = self.path_edit.text().strip()
        path = Path(text) if text else self._default_dir / self._base_name
        if text.endswith(("/", "\\")) or not path.name:
            return  # a folder: leave it for the user to finish
        known = {choice.extension for choice in self.choices if choice.extension}
        if path.suffix.lower() in known or not path.suffix:
            path = path.with_suffix(ext)  # brat: no extension, a folder name
        self.path_edit.setText(str(path))

    def _browse(self) -> None:
        ext = self._choice().extension
        if self._choice().folder:  # brat writes a folder
            name = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.path_edit.text())
        else:
            # "CSV files (*.csv)": Qt reads the pattern between the last brackets, whatever the words say.
            kind = i18n.fill(self.tr("%1 files (*%2)"), ext[1:].upper(), ext)
            everything = self.tr("All files (*)")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(),
                                                  f"{kind};;{everything}")
        if name:
            self.path_edit.setText(name)

    def _accept_if_path(self) -> None:
        """Export; close only when it worked, so a failure keeps every choice made."""
        if not self.path_edit.text().strip():
            return
        path = self.path
        if path.exists() and path.is_file() and not self._choice().folder:
            answer = QMessageBox.question(self, self.tr("Replace the file?"),
                                          i18n.fill(self.tr("%1 exists. Replace it?"), str(path)),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        # The window exports and closes the dialog when it worked; a failure
        # leaves it open with every choice made.
        self.exportRequested.emit()

    # -- the answer ------------------------------------------------------

    @property
    def choice_key(self) -> str:
        return self._choice().key

    @property
    def format(self) -> str:
        """What ``--format`` says for the choice (``csv`` for CSV for spreadsheets)."""
        return self._choice().variant_of or self._choice().key

    @property
    def excel(self) -> bool:
        """Whether the choice is ``--format csv --excel``."""
        return self._choice().variant_of is not None

    @property
    def all_articles(self) -> bool:
        return self.all_radio.isChecked()

    @property
    def tag(self) -> str | None:
        return self.tag_combo.currentData()

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()
