"""Ctrl+F: find in the article, ignoring harakat, tatweel and letter forms; tag all matches."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..core.model import Tag
from ..core.search import Folded, Match, find_all, fold
from .panels import swatch


class FindBar(QWidget):
    """A bar above the text: query, whole-words, previous/next, count, tag-all."""

    #: matches changed (the view highlights them); the int is the current index or -1
    matchesChanged = Signal(list, int)
    #: the user asked to tag every match with this tag name
    tagAllRequested = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._folded: Folded | None = None
        self._text = ""
        self.matches: list[Match] = []
        self.current = -1
        self.query = QLineEdit()
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText("Find (ignores harakat, tatweel, أ/إ/آ/ا, ى/ي, ة/ه)")
        self.query.setClearButtonEnabled(True)
        self.whole = QCheckBox("Whole words")
        self.prev_button = QToolButton()
        self.prev_button.setText("▲")
        self.prev_button.setToolTip("Previous match (Shift+Enter)")
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip("Next match (Enter)")
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        self.tag_combo = QComboBox()
        self.tag_button = QToolButton()
        self.tag_button.setObjectName("tagAllButton")
        self.tag_button.setText("Tag all")
        self.tag_button.setToolTip("Tag every match with the chosen tag (one undo step)")
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for w in (self.query, self.whole, self.prev_button, self.next_button, self.count, self.tag_combo,
                  self.tag_button, close):
            layout.addWidget(w)
        layout.setStretch(0, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)  # long articles: search once typing pauses
        self._debounce.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
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
        self._folded = None
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
        self.matches, self.current = [], -1
        self.matchesChanged.emit([], -1)
        self.closed.emit()

    def run(self) -> None:
        self._debounce.stop()
        query = self.query.text()
        if self._folded is None and self._text and query.strip():
            self._folded = fold(self._text)  # once per article, on the first search
        self.matches = find_all(self._folded, query, self.whole.isChecked()) if self._folded and query.strip() else []
        self.current = 0 if self.matches else -1
        self._update()

    def flush(self) -> None:
        """Search now if typing is still within its pause (before acting on the matches)."""
        if self._debounce.isActive():
            self.run()

    def step(self, delta: int) -> None:
        self.flush()
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._update()

    def _update(self) -> None:
        if not self.query.text().strip():
            self.count.setText("")
        elif self.matches:
            self.count.setText(f"{self.current + 1} of {len(self.matches)}")
        else:
            self.count.setText("no matches")
        self.tag_button.setEnabled(bool(self.matches))
        self.matchesChanged.emit(self.matches, self.current)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
