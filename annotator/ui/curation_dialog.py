"""The curation dialog: an article's units side by side, one row each, decided from the keyboard.

A row is a unit (:mod:`annotator.core.curation`): its tag, then one column
per annotator with what they tagged there and, for a quote or claim, "← the
speaker" they linked it to, then its status.  Each cell is laid out in its
text's own direction (an Arabic span right to left, on the right) and cut
between words; the whole text is in its tooltip.

Keys, in the table: ↑/↓ move (the main window shows the unit's spans),
←/→ pick an annotator's column, 1–9 accept that annotator's version, E
accepts the current column's version and selects it in the main window to
work on, R rejects.  The digits and letters also answer on an Arabic
layout (١, ث, ق).  The dialog only asks; the curating part decides, as one
undo step each (see :mod:`annotator.ui.parts.curating`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.curation import AGREED, CURATED, DIFFERS, REJECTED, Unit, Version, agreed_pending
from ..core.model import Tag
from ..core.text import dominant_direction, shorten
from . import i18n
from .directional import plain_tooltip, set_label_text
from .fonts import line_height
from .keys import canonical_key
from .panels import DirectionalDelegate, DirectionRole, swatch

#: How a status reads and its colour (the words carry it; the colour helps scanning).
STATUS_COLORS = {AGREED: "#1B7F3B", DIFFERS: "#B3541E", CURATED: "#0B5CAD", REJECTED: "#6B6B6B"}
#: How the Status column words each status (lupdate sees them; shown in the interface's language).
STATUS_WORDS = {AGREED: QT_TRANSLATE_NOOP("CurationDialog", "agreed"),
                DIFFERS: QT_TRANSLATE_NOOP("CurationDialog", "differs"),
                CURATED: QT_TRANSLATE_NOOP("CurationDialog", "curated"),
                REJECTED: QT_TRANSLATE_NOOP("CurationDialog", "rejected")}
#: How long a span's text is in a cell at most (the rest is in the tooltip, and the cell cuts between words).
CELL_CHARS = 140
UnitRole = Qt.ItemDataRole.UserRole + 1


#: Marks that fix a line's direction whatever it starts with (an isolated name is skipped when the
#: direction is worked out, and a line of only a digit and a name would otherwise take the name's).
LRM, RLM = "\u200e", "\u200f"


def isolate(name: str) -> str:
    """A name in a bidi isolate: an Arabic name keeps its place in an English line."""
    return f"\u2068{name}\u2069"


def numbered(n: int, annotator: str) -> str:
    """A column's or button's label: the key, then the name ("2  هدى", read in the interface's direction)."""
    return f"{line_mark()}{n}  {isolate(shown_name(annotator))}"


def shown_name(annotator: str) -> str:
    return annotator or QCoreApplication.translate("CurationDialog", "(unnamed)")


def line_mark() -> str:
    """The mark that starts a line in the interface's direction, whatever its first word's script."""
    return RLM if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else LRM


def said_by(text: str, rtl: bool) -> str:
    """The line under a quote naming its source: the arrow points the way the quote reads."""
    return f"{RLM}← {text}" if rtl else f"{LRM}→ {text}"


def version_lines(version: Version | None) -> list[str]:
    """A version as the cell shows it: each span, and under a quote or claim each source it was linked to."""
    if version is None:
        return []
    lines = []
    for span in version.spans:
        text = shorten(span.annotation.text, CELL_CHARS)
        rtl = dominant_direction(text) == "rtl"
        lines.append(text)
        lines.extend(said_by(shorten(source.text, 60), rtl) for source in span.sources)
    return lines


class UnitTable(QTableWidget):
    """The units; digits and letters decide (``keyed``), the rest moves as in any table."""

    #: a decision key, as the Latin keyboard names it: "1"…"9", "e", "r"
    keyed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier
        text = event.text()
        if len(text) == 1 and mods == Qt.KeyboardModifier.NoModifier:
            key = canonical_key(text)
            if key in ("e", "r") or (len(key) == 1 and key.isdigit() and key != "0"):
                self.keyed.emit(key)
                event.accept()
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # never a button's click: a decision is a digit, E or R
            return
        super().keyPressEvent(event)


class CurationDialog(QDialog):
    """The units of one article and the curator's decisions on them."""

    #: accept this unit's version by this annotator
    acceptRequested = Signal(object, str)
    #: accept it, then select it in the main window to work on
    editRequested = Signal(object, str)
    rejectRequested = Signal(object)
    acceptAgreedRequested = Signal()
    #: the current unit (and the annotator whose column is current, or None) changed: show it
    unitShown = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curationDialog")
        self.setWindowTitle(self.tr("Curate this article"))
        self.units: list[Unit] = []
        self.annotators: tuple[str, ...] = ()
        self._tags: dict[str, Tag] = {}
        self.heading = QLabel()
        self.heading.setObjectName("curationHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold")
        self.curator = QLabel()
        self.curator.setObjectName("curationCurator")
        self.curator.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setObjectName("curationSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = UnitTable(0, 0)
        self.table.setObjectName("curationUnits")
        self.table.setItemDelegate(DirectionalDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.keyed.connect(self._keyed)
        self.table.currentCellChanged.connect(self._current_changed)

        self.version_row = QHBoxLayout()
        self.version_row.setSpacing(6)
        self.version_buttons: list[QPushButton] = []
        self.edit_button = QPushButton(self.tr("Accept and &edit (E)"))
        self.edit_button.setToolTip(
            self.tr("Accept the version in the current column, then select it in the main window"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(lambda: self._keyed("e"))
        self.reject_button = QPushButton(self.tr("&Reject (R)"))
        self.reject_button.setToolTip(self.tr("Nothing of this unit goes into the curated layer; it shows as decided"))
        self.reject_button.setAutoDefault(False)
        self.reject_button.clicked.connect(lambda: self._keyed("r"))
        self.agreed_button = QPushButton()
        self.agreed_button.setObjectName("acceptAgreed")
        self.agreed_button.setToolTip(self.tr("Accept every unit all annotators agree on (one undo step)"))
        self.agreed_button.setAutoDefault(False)
        self.agreed_button.clicked.connect(self._accept_agreed)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Accept:")))
        actions.addLayout(self.version_row)
        actions.addSpacing(12)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.reject_button)
        actions.addStretch(1)
        actions.addWidget(self.agreed_button)
        hint = QLabel(self.tr("↑/↓ move · ←/→ pick a version · 1–9 accept that annotator's version · "
                              "E accept and edit · R reject · Ctrl+Z undo"))
        hint.setObjectName("curationHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text)")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.curator)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(960, 560)

    # -- what is shown -------------------------------------------------------

    def set_units(self, title: str, curator: str, units: list[Unit], tags: list[Tag],
                  current: str | None = None) -> None:
        """Show ``units`` (``current``: the key of the unit to make current; else the current one stays)."""
        shown = self.current_unit()
        keep_key = current if current is not None else (shown.key if shown is not None else None)
        keep_column = max(0, self.table.currentColumn())
        self.units = list(units)
        self._tags = {t.name: t for t in tags}
        annotators = units[0].annotators if units else ()
        set_label_text(self.heading, shorten(title, 160))  # an Arabic title right to left, on the right
        self.curator.setText(line_mark() + i18n.fill(
            self.tr("Curating as %1: your name goes on every curated span"), isolate(shown_name(curator))))
        self._set_columns(annotators)
        table = self.table
        table.blockSignals(True)
        try:
            table.setRowCount(len(units))
            height = line_height(table.font())
            for row, unit in enumerate(units):
                lines = self._fill_row(row, unit)
                table.setRowHeight(row, max(1, lines) * height + 10)
            pending = len(agreed_pending(units))
            self.agreed_button.setText(i18n.fill(self.tr("Accept all &agreed (%1)"), i18n.number(pending)))
            self.agreed_button.setEnabled(pending > 0)
            self.summary.setText(self._summary())
            target = next((r for r, u in enumerate(units) if u.key == keep_key), None)
            if target is None and units:
                target = 0
            if target is not None:
                table.setCurrentCell(target, min(keep_column, table.columnCount() - 1))
        finally:
            table.blockSignals(False)
        self._current_changed(table.currentRow(), table.currentColumn(), -1, -1)

    def _set_columns(self, annotators: tuple[str, ...]) -> None:
        if annotators == self.annotators and self.table.columnCount():
            return
        self.annotators = annotators
        table = self.table
        table.setColumnCount(len(annotators) + 2)
        labels = [self.tr("Tag"), *(numbered(n, a) if n <= 9 else isolate(shown_name(a))
                                    for n, a in enumerate(annotators, 1)), self.tr("Status")]
        table.setHorizontalHeaderLabels(labels)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, len(annotators) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(annotators) + 1, QHeaderView.ResizeMode.ResizeToContents)
        for button in self.version_buttons:
            self.version_row.removeWidget(button)
            button.deleteLater()
        self.version_buttons = []
        for n, annotator in enumerate(annotators[:9], 1):
            button = QPushButton(numbered(n, annotator))
            button.setObjectName(f"acceptVersion{n}")
            button.setAutoDefault(False)
            button.setToolTip(i18n.fill(self.tr("Accept %1's version of the current unit (key %2)"),
                                        isolate(shown_name(annotator)), str(n)))
            button.clicked.connect(lambda _checked=False, key=str(n): self._keyed(key))
            self.version_row.addWidget(button)
            self.version_buttons.append(button)
        self._even_buttons()

    def _even_buttons(self) -> None:
        """One height for the row of buttons (an Arabic name's face is taller than the Latin one)."""
        row = [*self.version_buttons, self.edit_button, self.reject_button, self.agreed_button]
        height = max(b.sizeHint().height() for b in row)
        for button in row:
            button.setFixedHeight(height)

    def _fill_row(self, row: int, unit: Unit) -> int:
        """Fill one row; returns how many lines its tallest cell has."""
        tag = self._tags.get(unit.tag)
        item = QTableWidgetItem(tag.label if tag else unit.tag)
        if tag is not None:
            item.setIcon(swatch(tag.color))
        item.setData(UnitRole, unit)
        self.table.setItem(row, 0, item)
        tallest = 1
        for column, annotator in enumerate(self.annotators, 1):
            version = unit.version(annotator)
            lines = version_lines(version)
            tallest = max(tallest, len(lines))
            cell = QTableWidgetItem("\n".join(lines) if lines else "—")
            if lines:
                cell.setData(DirectionRole, dominant_direction(lines[0]))
                full = []
                for span in version.spans if version else ():
                    full.append(span.annotation.text)
                    full.extend(i18n.fill(self.tr("said by: %1"), s.text) for s in span.sources)
                cell.setToolTip(plain_tooltip(full))
            else:
                cell.setForeground(QColor("#8A8A8A"))
                cell.setToolTip(i18n.fill(self.tr("%1 tagged nothing here"), isolate(shown_name(annotator))))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, cell)
        status = QTableWidgetItem(self.tr(str(STATUS_WORDS[unit.status])))
        status.setForeground(QColor(STATUS_COLORS[unit.status]))
        self.table.setItem(row, len(self.annotators) + 1, status)
        return tallest

    def _summary(self) -> str:
        if not self.units:
            return self.tr("Nothing to curate here: curation compares the work of two or more annotators.")
        counts = {s: sum(u.status == s for u in self.units) for s in (DIFFERS, AGREED, CURATED, REJECTED)}
        open_ = counts[DIFFERS] + counts[AGREED]
        n = len(self.units)
        return i18n.fill(self.tr("%1: %2 differ, %3 agreed, %4 curated, %5 rejected — %6 to decide"),
                         i18n.plural(self.tr("%Ln unit(s)", "", n), n), i18n.number(counts[DIFFERS]),
                         i18n.number(counts[AGREED]), i18n.number(counts[CURATED]), i18n.number(counts[REJECTED]),
                         i18n.number(open_))

    # -- reading -------------------------------------------------------------

    def current_unit(self) -> Unit | None:
        row = self.table.currentRow()
        return self.units[row] if 0 <= row < len(self.units) else None

    def current_annotator(self) -> str | None:
        """The annotator whose column is current, or None (the tag or the status column)."""
        column = self.table.currentColumn()
        return self.annotators[column - 1] if 1 <= column <= len(self.annotators) else None

    def select_next(self, key: str) -> None:
        """Make the unit after the one called ``key`` current (after a decision)."""
        row = next((r for r, u in enumerate(self.units) if u.key == key), None)
        if row is not None and row + 1 < len(self.units):
            self.table.setCurrentCell(row + 1, max(0, self.table.currentColumn()))

    # -- asking --------------------------------------------------------------

    def _keyed(self, key: str) -> None:
        unit = self.current_unit()
        self.table.setFocus()
        if unit is None:
            return
        if key == "r":
            self.rejectRequested.emit(unit)
        elif key == "e":
            annotator = self.current_annotator()
            if annotator is None or unit.version(annotator) is None:
                annotator = unit.versions[0].annotator
            self.editRequested.emit(unit, annotator)
        elif key.isdigit() and int(key) <= len(self.annotators):
            self.acceptRequested.emit(unit, self.annotators[int(key) - 1])

    def _accept_agreed(self) -> None:
        self.table.setFocus()
        self.acceptAgreedRequested.emit()

    def _current_changed(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        if 0 <= row < len(self.units):
            self.unitShown.emit(self.units[row], self.current_annotator())
