"""Ctrl+F: find in the article, ignoring harakat, tatweel and letter forms; tag all matches."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from time import perf_counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..core.find import PieceFinder
from ..core.model import Tag
from ..core.search import Match
from . import i18n
from .panels import swatch

#: A search works this long at a time, then lets the window handle events (typing goes on).
SLICE_SECONDS = 0.012


class FindBar(QWidget):
    """A bar above the text: query, whole-words, previous/next, count, tag-all.

    The search runs as you type.  It starts in the paragraph of ``origin``
    (the caret: the view keeps it up to date) and works through a long
    article a slice at a time between key presses, so the matches near
    the reader are shown at once and the count grows until it is complete.
    """

    #: matches changed (the view highlights them); the int is the current index or -1
    matchesChanged = Signal(list, int)
    #: the user asked to tag every match with this tag name
    tagAllRequested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._finder: PieceFinder | None = None
        self._text = ""
        self._search: Iterator[tuple[int, list[Match]]] | None = None
        self._found: dict[int, list[Match]] = {}  # matches per piece of the article
        self._total = 0
        #: code point the search starts from (the caret)
        self.origin = 0
        self.matches: list[Match] = []
        self.current = -1
        self.query = QLineEdit()
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(self.tr("Find (ignores harakat, tatweel, أ/إ/آ/ا, ى/ي, ة/ه)"))
        self.query.setClearButtonEnabled(True)
        self.whole = QCheckBox(self.tr("Whole words"))
        self.prev_button = QToolButton()
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit_count()
        self.tag_combo = QComboBox()
        self.tag_button = QToolButton()
        self.tag_button.setObjectName("tagAllButton")
        self.tag_button.setText(self.tr("Tag all"))
        self.tag_button.setToolTip(self.tr("Tag every match with the chosen tag (one undo step)"))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for w in (self.query, self.whole, self.prev_button, self.next_button, self.count, self.tag_combo,
                  self.tag_button, close):
            layout.addWidget(w)
        layout.setStretch(0, 1)
        self._work = QTimer(self)
        self._work.setSingleShot(True)
        self._work.setInterval(0)  # the rest of a long search, as soon as events are handled
        self._work.timeout.connect(self._carry_on)
        self.query.textChanged.connect(lambda _t: self.run())
        self.whole.toggled.connect(lambda _c: self.run())
        self.next_button.clicked.connect(lambda: self.step(1))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.tag_button.clicked.connect(lambda: self.tagAllRequested.emit(self.tag_combo.currentData() or ""))
        close.clicked.connect(self.close_bar)
        self.query.installEventFilter(self)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # from any control in the bar
        escape.activated.connect(self.close_bar)
        self.hide()

    def set_tags(self, tags: list[Tag]) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.clear()
        for tag in tags:
            self.tag_combo.addItem(swatch(tag.color), tag.label, tag.name)
        index = self.tag_combo.findData(current)
        self.tag_combo.setCurrentIndex(max(0, index))

    def set_text(self, text: str) -> None:
        """The article changed: search again if the bar is open (folding waits until needed)."""
        self._text = text
        self._finder = None
        self.origin = 0
        if self.isVisible():
            self.run()

    def open_bar(self, initial: str = "") -> None:
        self.show()
        if initial:
            self.query.setText(initial)
        self.query.setFocus()
        self.query.selectAll()
        self.run()

    def close_bar(self) -> None:
        self.hide()
        self._work.stop()
        self._search = None
        self.matches, self.current = [], -1
        self.matchesChanged.emit([], -1)
        self.closed.emit()

    def run(self) -> None:
        """Search for the query again: the first slice now, the rest between events."""
        self._work.stop()
        self._search = None
        self._found, self._total = {}, 0
        self.matches, self.current = [], -1  # the marks stay until the new matches replace them
        query = self.query.text()
        if self._text and query.strip():
            if self._finder is None:
                self._finder = PieceFinder(self._text)
            first = self._finder.piece_of(self.origin)
            self._search = self._finder.search(query, self.whole.isChecked(), first)
        self._carry_on()

    def searching(self) -> bool:
        """True while a long search is still going through the article."""
        return self._search is not None

    def _take(self, seconds: float | None) -> None:
        """Search on for ``seconds`` (through the whole rest when None)."""
        if self._search is None:
            return
        deadline = None if seconds is None else perf_counter() + seconds
        for piece, found in self._search:
            if found:
                self._found[piece] = found
                self._total += len(found)
            if deadline is not None and perf_counter() > deadline:
                return
        self._search = None

    def _carry_on(self) -> None:
        """Search for one slice of time, show what is found, and come back for the rest."""
        first = not self._found
        self._take(SLICE_SECONDS)
        if self._search is None or (first and self._found):
            self._show(self.origin)  # the matches are marked when first found and when complete
        else:
            self._count()
        if self._search is not None:
            self._work.start()

    def _show(self, at: int) -> None:
        """Make the matches found so far the bar's matches; the first at or after ``at`` is current."""
        self.matches = [m for piece in sorted(self._found) for m in self._found[piece]]
        self.current = bisect_left(self.matches, at, key=lambda m: m.start) if self.matches else -1
        if self.current >= len(self.matches):
            self.current = 0 if self.matches else -1  # past the last match: wrap to the first
        self._update()

    def flush(self) -> None:
        """Finish the search now (before acting on the matches); the current match stays current."""
        if self._search is None:
            return
        self._work.stop()
        self._take(None)
        shown = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self._show(shown.start if shown is not None else self.origin)

    def step(self, delta: int) -> None:
        self.flush()
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._update()

    def _count(self) -> None:
        if not self.query.text().strip():
            self.count.setText("")
        elif self._search is not None:  # still counting
            at, total = i18n.number(self.current + 1, grouping=False), i18n.number(self._total)
            self.count.setText(i18n.fill(self.tr("%1 of %2…"), at, total) if self.current >= 0 else f"{total}…")
        elif self.matches:
            at, total = i18n.number(self.current + 1, grouping=False), i18n.number(len(self.matches))
            self.count.setText(i18n.fill(self.tr("%1 of %2"), at, total))
        else:
            self.count.setText(self.tr("no matches"))
        self.count.setToolTip(self.tr("Still searching the article") if self._search is not None else "")

    def _update(self) -> None:
        self._count()
        self.tag_button.setEnabled(bool(self.matches))
        self.matchesChanged.emit(self.matches, self.current)

    def _fit_count(self) -> None:
        """Room for "12,345 of 67,890…": a count that grows never pushes the bar about or is cut."""
        widest = i18n.fill(self.tr("%1 of %2…"), i18n.number(88888), i18n.number(88888))
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(widest) + 8)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:  # zoomed
            self._fit_count()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
