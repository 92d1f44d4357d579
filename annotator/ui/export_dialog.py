"""File → Export: choose what, in which format, and where."""

from __future__ import annotations

from pathlib import Path

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

from ..core.model import Tag

#: (key, label, format, excel, extension) — named for what each is for.
CHOICES = (
    ("csv", "CSV for data pipelines and scripts (lossless, UTF-8)", "csv", False, ".csv"),
    ("excel", "CSV for Excel / LibreOffice (BOM, formulas neutralised; not lossless)", "csv", True, ".csv"),
    ("xlsx", "Excel workbook (.xlsx): every cell text, right-to-left for Arabic", "xlsx", False, ".xlsx"),
    ("json", "JSON, annotator.v1 (complete: text, annotations, links; File → Import reads it back)",
     "json", False, ".json"),
    ("jsonl", "JSON Lines, one article per line (data pipelines)", "jsonl", False, ".jsonl"),
    ("w3c", "W3C Web Annotation JSON-LD (Hypothesis-style tools, archives)", "w3c", False, ".jsonld"),
    ("brat", "brat / INCEpTION standoff (a folder of .txt + .ann)", "brat", False, ""),
    ("spacy", "spaCy training spans (JSON Lines)", "spacy", False, ".jsonl"),
)


class ExportDialog(QDialog):
    """Asks for scope, format, tag filter and file; the window does the export."""

    def __init__(self, tags: list[Tag], has_current: bool, default_dir: Path, base_name: str,
                 parent: QWidget | None = None, choice: str = "csv") -> None:
        super().__init__(parent)
        self.setWindowTitle("Export annotations")
        self.setObjectName("exportDialog")
        self._default_dir = default_dir
        self._base_name = base_name

        self.current_radio = QRadioButton("Current article")
        self.all_radio = QRadioButton("All articles")
        self.current_radio.setEnabled(has_current)
        (self.current_radio if has_current else self.all_radio).setChecked(True)
        scope = QHBoxLayout()
        scope.addWidget(self.current_radio)
        scope.addWidget(self.all_radio)
        scope.addStretch(1)

        self.format_group = QButtonGroup(self)
        formats = QVBoxLayout()
        self.format_buttons: dict[str, QRadioButton] = {}
        for i, (key, label, *_rest) in enumerate(CHOICES):
            button = QRadioButton(label)
            button.setObjectName(f"format_{key}")
            self.format_group.addButton(button, i)
            self.format_buttons[key] = button
            formats.addWidget(button)
        self.format_group.idToggled.connect(self._format_changed)
        #: set by the window: runs the export, returns True when it worked
        self.export = None

        self.tag_combo = QComboBox()
        self.tag_combo.addItem("All tags", None)
        for tag in tags:
            self.tag_combo.addItem(tag.label, tag.name)

        self.path_edit = QLineEdit(str(default_dir / (base_name + ".csv")))
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow("Articles:", scope)
        form.addRow("Format:", formats)
        form.addRow("Tags:", self.tag_combo)
        form.addRow("File:", where)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export")
        self.buttons.accepted.connect(self._accept_if_path)
        (self.format_buttons.get(choice) or self.format_buttons["csv"]).setChecked(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _choice(self) -> tuple[str, str, str, bool, str]:
        return CHOICES[max(0, self.format_group.checkedId())]

    def _format_changed(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        ext = self._choice()[4]
        text = self.path_edit.text().strip()
        path = Path(text) if text else self._default_dir / self._base_name
        if text.endswith(("/", "\\")) or not path.name:
            return  # a folder: leave it for the user to finish
        known = {choice[4] for choice in CHOICES if choice[4]}
        if path.suffix.lower() in known or not path.suffix:
            path = path.with_suffix(ext)  # brat: no extension, a folder name
        self.path_edit.setText(str(path))

    def _browse(self) -> None:
        ext = self._choice()[4]
        if not ext:  # brat writes a folder
            name = QFileDialog.getExistingDirectory(self, "Export to folder", self.path_edit.text())
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, "Export to", self.path_edit.text(), f"{ext[1:].upper()} files (*{ext});;All files (*)"
            )
        if name:
            self.path_edit.setText(name)

    def _accept_if_path(self) -> None:
        """Export; close only when it worked, so a failure keeps every choice made."""
        if not self.path_edit.text().strip():
            return
        path = self.path
        if path.exists() and path.is_file() and self._choice()[4]:
            answer = QMessageBox.question(self, "Replace the file?", f"{path} exists. Replace it?",
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.export is None or self.export():
            self.accept()

    # -- the answer ------------------------------------------------------

    @property
    def choice_key(self) -> str:
        return self._choice()[0]

    @property
    def format(self) -> str:
        return self._choice()[2]

    @property
    def excel(self) -> bool:
        return self._choice()[3]

    @property
    def all_articles(self) -> bool:
        return self.all_radio.isChecked()

    @property
    def tag(self) -> str | None:
        return self.tag_combo.currentData()

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()
