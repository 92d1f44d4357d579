"""The open article as a Qt object: the store's data plus change signals.

Every change goes through here and is committed to the store before the
signal is emitted, so whatever the window shows is already on disk.  The
view, the panels and the undo commands only talk to this object; none of
them writes to the database directly.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.model import Annotation, Article, Relation, make_annotation
from ..core.store import Store
from ..core.text import OffsetMap


class ArticleDocument(QObject):
    """One article, its annotations and the code-point ↔ UTF-16 offset map."""

    #: the article was replaced or reloaded; everything should redraw
    reset = Signal()
    #: an annotation appeared (added, or restored by undo)
    annotationAdded = Signal(object)
    #: an annotation disappeared
    annotationRemoved = Signal(object)
    #: an annotation changed in place (tag, note)
    annotationChanged = Signal(object)
    #: anything was committed to the database
    committed = Signal()
    #: a change was refused by the database (message for the user)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.article: Article | None = None
        self.offsets = OffsetMap("")
        self._annotations: dict[str, Annotation] = {}

    # -- loading ---------------------------------------------------------

    def load(self, article_id: str) -> None:
        """Open an article (its annotations come from the store)."""
        article = self.store.get_article(article_id)
        self.article = article
        self.offsets = OffsetMap(article.text)
        self._annotations = {a.id: a for a in self.store.annotations(article.id)}
        self.reset.emit()

    def reload(self) -> None:
        """Re-read the current article from the store (after an error, or a refresh)."""
        if self.article is not None:
            self.load(self.article.id)

    def clear(self) -> None:
        """Show no article."""
        self.article = None
        self.offsets = OffsetMap("")
        self._annotations = {}
        self.reset.emit()

    # -- reading ---------------------------------------------------------

    @property
    def text(self) -> str:
        return self.article.text if self.article else ""

    def annotations(self) -> list[Annotation]:
        """Annotations in reading order."""
        return sorted(self._annotations.values(), key=lambda a: (a.start, -a.end, a.created))

    def annotation(self, annotation_id: str) -> Annotation | None:
        return self._annotations.get(annotation_id)

    def find_span(self, start: int, end: int, tag: str | None = None) -> Annotation | None:
        """An annotation with exactly this extent (and tag, if given)."""
        for a in self._annotations.values():
            if a.start == start and a.end == end and (tag is None or a.tag == tag):
                return a
        return None

    def counts(self) -> dict[str, int]:
        """Annotations per tag in this article."""
        counts: dict[str, int] = {}
        for a in self._annotations.values():
            counts[a.tag] = counts.get(a.tag, 0) + 1
        return counts

    def report_failure(self, message: str) -> None:
        """A change could not be stored: tell the window, then show what is stored."""
        self.failed.emit(message)
        self.reload()

    # -- changing (each commits, then signals) ---------------------------

    def new_annotation(self, tag: str, start: int, end: int, annotator: str = "") -> Annotation:
        """An unsaved annotation of ``text[start:end]`` in this article."""
        assert self.article is not None
        return make_annotation(self.article, tag, start, end, annotator=annotator)

    def add(self, annotation: Annotation, relations: list[Relation] | None = None) -> None:
        """Store an annotation (with any relations it had before an undo)."""
        if relations:
            self.store.restore_annotation(annotation, relations)
        else:
            self.store.add_annotation(annotation)
        self._annotations[annotation.id] = annotation
        self.committed.emit()
        self.annotationAdded.emit(annotation)

    def remove(self, annotation_id: str) -> tuple[Annotation, list[Relation]]:
        """Delete an annotation and its relations; returns both for undo."""
        annotation, relations = self.store.delete_annotation(annotation_id)
        self._annotations.pop(annotation_id, None)
        self.committed.emit()
        self.annotationRemoved.emit(annotation)
        return annotation, relations

    def retag(self, annotation_id: str, tag: str) -> Annotation:
        """Give an annotation another tag."""
        updated = self.store.set_tag(annotation_id, tag)
        self._annotations[annotation_id] = updated
        self.committed.emit()
        self.annotationChanged.emit(updated)
        return updated
