"""Ctrl+Shift+F: search every article and annotation, Arabic-folded, one click to a hit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AnnotatorError
from ..core.model import Tag
from ..core.search import find_in_text
from ..core.store import Store
from ..core.text import dominant_direction
from .panels import swatch

#: How many places inside article text are listed per article.
TEXT_HITS_PER_ARTICLE = 20


@dataclass(frozen=True)
class Hit:
    """Where a result lives: an article and a span in it (code points)."""

    article_id: str
    start: int
    end: int
    annotation_id: str | None = None


def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width):start].split("\n")[-1]
    after = text[end:end + width].split("\n")[0]
    return " ".join(f"…{before}{text[start:end]}{after}…".split())


class SearchPanel(QWidget):
    """Query, tag filter and "said by" filter; results from the whole database."""

    hitActivated = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.store = store
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText("Words to find (e.g. داعش)")
        self.query.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("searchTag")
        self.speaker = QLineEdit()
        self.speaker.setObjectName("searchSpeaker")
        self.speaker.setPlaceholderText("Speaker's name (e.g. بالي)")
        self.speaker.setClearButtonEnabled(True)
        self.summary = QLabel("")
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Find:", self.query)
        form.addRow("Tag:", self.tag_combo)
        form.addRow("Said by:", self.speaker)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.run)
        for edit in (self.query, self.speaker):
            edit.textChanged.connect(lambda _t: self._debounce.start())
            edit.returnPressed.connect(self.run)
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.run())
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self._tags: dict[str, Tag] = {}

    def set_tags(self, tags: list[Tag]) -> None:
        self._tags = {t.name: t for t in tags}
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem("Any (and article text)", None)
        for tag in tags:
            self.tag_combo.addItem(swatch(tag.color), tag.label, tag.name)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)))
        self.tag_combo.blockSignals(False)

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        """Search now (typing also searches, once it pauses)."""
        self._debounce.stop()
        self.results.clear()
        query, speaker = self.query.text().strip(), self.speaker.text().strip()
        tag = self.tag_combo.currentData()
        if not (query or speaker or tag):
            self.summary.setText("")
            return
        try:
            annotation_hits = self.store.search_annotations(query, tag=tag, speaker=speaker or None)
            articles = self.store.search_articles(query) if query and not tag and not speaker else []
        except AnnotatorError as exc:
            self.summary.setText(str(exc))
            return
        for ann, title in annotation_hits:
            tag_def = self._tags.get(ann.tag)
            label = tag_def.label if tag_def else ann.tag
            text = " ".join(ann.text.split())
            note = f"\nnote: {ann.note}" if ann.note else ""
            self._add(f"{label}: {text}{note}\n— {title}", Hit(ann.article_id, ann.start, ann.end, ann.id),
                      tag_def.color if tag_def else None, text)
        places = 0
        for summary in articles:
            try:
                article = self.store.get_article(summary.id)
            except AnnotatorError:
                continue  # deleted by another window since the search
            for match in find_in_text(article.text, query)[:TEXT_HITS_PER_ARTICLE]:
                snippet = _snippet(article.text, match.start, match.end)
                self._add(f"{snippet}\n— {article.title}", Hit(article.id, match.start, match.end), None, snippet)
                places += 1
        parts = [f"{len(annotation_hits)} annotation{'s' if len(annotation_hits) != 1 else ''}"]
        if query and not tag and not speaker:
            parts.append(f"{places} place{'s' if places != 1 else ''} in {len(articles)} article"
                         f"{'s' if len(articles) != 1 else ''}")
        self.summary.setText(", ".join(parts))

    def _add(self, text: str, hit: Hit, color: str | None, direction_of: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, hit)
        if color:
            item.setIcon(swatch(color))
        if dominant_direction(direction_of) == "rtl":
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.results.addItem(item)

    def _activate(self, item: QListWidgetItem) -> None:
        self.hitActivated.emit(item.data(Qt.ItemDataRole.UserRole))
