"""The open article as a Qt object: the store's data plus change signals.

Every change goes through here and is committed to the store before the
signal is emitted, so whatever the window shows is already on disk.  The
view, the panels and the undo commands only talk to this object; none of
them writes to the database directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from ..core.errors import StoreError
from ..core.model import Annotation, Article, Relation, Tag, make_annotation
from ..core.store import Store
from ..core.text import OffsetMap


class ArticleDocument(QObject):
    """One article, its annotations and links, and the code-point ↔ UTF-16 offset map."""

    #: the article was replaced or reloaded; everything should redraw
    reset = Signal()
    #: an annotation appeared (added, or restored by undo)
    annotationAdded = Signal(object)
    #: an annotation disappeared
    annotationRemoved = Signal(object)
    #: an annotation changed in place (tag, note)
    annotationChanged = Signal(object)
    #: many annotations came or went at once (Tag all and its undo): redraw the spans and the list
    annotationsReplaced = Signal(list)
    #: links changed (added or removed)
    relationsChanged = Signal()
    #: the tag set changed (added, edited, deleted)
    tagsChanged = Signal()
    #: the article's metadata changed
    articleChanged = Signal(object)
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
        #: annotation ids by (start, end): "is this exact span tagged?" without a scan
        self._by_extent: dict[tuple[int, int], list[str]] = {}
        self._relations: dict[str, Relation] = {}
        self._ends: dict[str, list[Relation]] | None = None
        #: spans per (annotator, curated, tag): the legend's counts of any layer without a recount
        self._counts: dict[tuple[str, bool, str], int] | None = None
        self._seen = 0  # the change-log entry this document is up to date with
        # Its own writes need not be read back: when nobody else wrote since
        # the last look, the entries they add are skipped.
        self.committed.connect(self._own_write_seen)

    @property
    def annotator(self) -> str:
        """Who is annotating: stored on every new annotation, and named in the history of every change."""
        return self.store.who

    @annotator.setter
    def annotator(self, name: str) -> None:
        self.store.who = name

    # -- loading ---------------------------------------------------------

    def load(self, article_id: str) -> None:
        """Open an article (its annotations and links come from the store)."""
        self._seen = self.store.last_change()  # read before: a change made meanwhile is seen next time
        article = self.store.get_article(article_id)
        annotations = self.store.annotations(article.id)
        relations = self.store.relations(article.id)
        self.article = article
        self.offsets = OffsetMap(article.text)
        self._annotations = {a.id: a for a in annotations}
        self._ordered: list[Annotation] | None = annotations  # the store reads them in reading order
        self._by_extent = {}
        for a in annotations:
            self._by_extent.setdefault((a.start, a.end), []).append(a.id)
        self._relations = {r.id: r for r in relations}
        self._ends = None
        self._counts = None
        self.reset.emit()

    def focus(self, article_id: str) -> None:
        """Make ``article_id`` the open article (undo of a step in another article)."""
        if self.article is None or self.article.id != article_id:
            self.load(article_id)

    def reload(self) -> None:
        """Re-read the current article from the store (after an error, or a refresh)."""
        if self.article is not None:
            self.load(self.article.id)

    def refresh(self) -> bool:
        """Bring in what another process changed in the open article; True if anything did.

        The store's change log says which spans and whether the links or
        the article's details changed since the last look, so the cost is
        what changed: only those spans are read and redrawn.  When the log
        cannot tell (a file without one, or too far behind), or the
        article's details changed, the article is reloaded.
        """
        if self.article is None:
            return False
        changes = self.store.changes_since(self._seen, self.article.id)
        if changes is None or changes.article:
            self.reload()
            return True
        self._seen = changes.seen
        fresh = {a.id: a for a in self.store.annotations_by_id(changes.annotations)}
        # The log also lists this window's own changes: those are already here, identical.
        stale = [self._annotations[i] for i in changes.annotations
                 if i in self._annotations and fresh.get(i) != self._annotations[i]]
        new = [a for i, a in fresh.items() if self._annotations.get(i) != a and a.article_id == self.article.id]
        if stale:  # drawn out first (a changed span is then drawn in anew)
            for a in stale:
                del self._annotations[a.id]
                self._by_extent.get((a.start, a.end), []).remove(a.id)
                self._count(a, -1)
            self.annotationsReplaced.emit(stale)
        if new:
            self._take_in(new)
            self.annotationsReplaced.emit(new)
        if stale or new:
            self._ordered = None
        if changes.relations:
            self._relations = {r.id: r for r in self.store.relations(self.article.id)}
            self._ends = None
            self.relationsChanged.emit()
        return bool(stale or new or changes.relations)

    def _own_write_seen(self) -> None:
        before, after = self.store.last_write
        if before == self._seen:
            self._seen = after

    def report_failure(self, message: str) -> None:
        """A change could not be stored: tell the window, then show what is stored."""
        self.failed.emit(message)
        self.reload()

    # -- reading ---------------------------------------------------------

    @property
    def text(self) -> str:
        return self.article.text if self.article else ""

    def has_headline(self) -> bool:
        """Whether the text opens with the article's title as its own paragraph."""
        if self.article is None or not self.article.title.strip():
            return False
        text = self.article.text
        end = text.find("\n", 0, 4096)  # a title is short; never copy a long text
        first = text[:end] if end >= 0 else text[:4096]
        return " ".join(first.split()) == " ".join(self.article.title.split())

    def annotations(self) -> list[Annotation]:
        """Annotations in reading order."""
        if self._ordered is None:
            self._ordered = sorted(self._annotations.values(), key=lambda a: (a.start, -a.end, a.created))
        return list(self._ordered)

    def all_annotations(self):
        """Every annotation, in no particular order (no sort: for callers that sort themselves)."""
        return self._annotations.values()

    def annotation(self, annotation_id: str | None) -> Annotation | None:
        return self._annotations.get(annotation_id) if annotation_id else None

    def find_span(self, start: int, end: int, tag: str | None = None) -> Annotation | None:
        """An annotation with exactly this extent (and tag, if given)."""
        for a in self.at_extent(start, end):
            if tag is None or a.tag == tag:
                return a
        return None

    def at_extent(self, start: int, end: int) -> list[Annotation]:
        """Every annotation with exactly this extent (several annotators may have tagged it)."""
        return [self._annotations[i] for i in self._by_extent.get((start, end), ())]

    def counts(self, where: Callable[[str, bool], bool] | None = None) -> dict[str, int]:
        """Annotations per tag in this article (kept up to date, not recounted).

        ``where(annotator, curated)`` keeps some layers' spans only (see
        :mod:`annotator.ui.parts.layers`).
        """
        out: dict[str, int] = {}
        for (who, curated, tag), n in self._layer_counts().items():
            if n and (where is None or where(who, curated)):
                out[tag] = out.get(tag, 0) + n
        return out

    def owners(self) -> set[tuple[str, bool]]:
        """Whose spans this article has: ``(annotator, curated)`` pairs."""
        return {(who, curated) for (who, curated, _tag), n in self._layer_counts().items() if n}

    def _layer_counts(self) -> dict[tuple[str, bool, str], int]:
        if self._counts is None:
            self._counts = {}
            for a in self._annotations.values():
                key = (a.annotator, a.curated, a.tag)
                self._counts[key] = self._counts.get(key, 0) + 1
        return self._counts

    def _count(self, a: Annotation, delta: int) -> None:
        if self._counts is not None:
            key = (a.annotator, a.curated, a.tag)
            self._counts[key] = self._counts.get(key, 0) + delta

    def relations(self) -> list[Relation]:
        return list(self._relations.values())

    def links_from(self, annotation_id: str) -> list[Annotation]:
        """The annotations this one is attributed to (its speakers or sources)."""
        return [self._annotations[r.to_id] for r in self._by_end(annotation_id)
                if r.from_id == annotation_id and r.to_id in self._annotations]

    def links_to(self, annotation_id: str) -> list[Annotation]:
        """The annotations attributed to this one (a speaker's quotes)."""
        return [self._annotations[r.from_id] for r in self._by_end(annotation_id)
                if r.to_id == annotation_id and r.from_id in self._annotations]

    def _by_end(self, annotation_id: str) -> list[Relation]:
        """Relations touching an annotation, from an index rebuilt when links change."""
        if self._ends is None:
            self._ends = {}
            for r in self._relations.values():
                self._ends.setdefault(r.from_id, []).append(r)
                if r.to_id != r.from_id:
                    self._ends.setdefault(r.to_id, []).append(r)
        return self._ends.get(annotation_id, [])

    def relation_between(self, from_id: str, to_id: str) -> Relation | None:
        for r in self._relations.values():
            if r.from_id == from_id and r.to_id == to_id:
                return r
        return None

    # -- changing (each commits, then signals) ---------------------------

    def new_annotation(self, tag: str, start: int, end: int) -> Annotation:
        """An unsaved annotation of ``text[start:end]`` in this article."""
        assert self.article is not None
        return make_annotation(self.article, tag, start, end, annotator=self.annotator)

    def add(self, annotation: Annotation, relations: list[Relation] | None = None) -> None:
        """Store an annotation (with any links it had before an undo)."""
        if relations:
            self.store.restore_annotation(annotation, relations)
        else:
            self.store.add_annotation(annotation)
        self._take_in([annotation])
        self._link_in(relations or [])
        self.committed.emit()
        self.annotationAdded.emit(annotation)
        if relations:
            self.relationsChanged.emit()

    def _take_in(self, annotations: list[Annotation]) -> None:
        """Hold stored annotations: by id, by extent, in the counts (the reading order is redone when asked)."""
        for annotation in annotations:
            self._annotations[annotation.id] = annotation
            self._by_extent.setdefault((annotation.start, annotation.end), []).append(annotation.id)
            self._count(annotation, 1)
        self._ordered = None

    def _link_in(self, relations: list[Relation]) -> None:
        """Hold stored links (the per-span lookup is rebuilt when next asked)."""
        for relation in relations:
            self._relations[relation.id] = relation
        self._ends = None

    def add_many(self, annotations: list[Annotation]) -> None:
        """Store many new annotations in one transaction, then redraw once (Tag all)."""
        self.store.add_annotations(annotations)
        self._take_in(annotations)
        self.committed.emit()
        self.annotationsReplaced.emit(annotations)

    def add_linked(self, annotations: list[Annotation], relations: list[Relation]) -> None:
        """Store new spans and the links between them in one transaction (accepting suggestions)."""
        self.store.add_linked(annotations, relations)
        self._take_in(annotations)
        self._link_in(relations)
        self.committed.emit()
        self.annotationsReplaced.emit(annotations)
        if relations:
            self.relationsChanged.emit()

    def remove_many(self, annotation_ids: list[str]) -> None:
        """Delete many annotations (and their links) in one transaction, then redraw once."""
        removed = self.store.delete_annotations(annotation_ids)
        for annotation, relations in removed:
            self._ordered = None
            if self._annotations.pop(annotation.id, None) is not None:
                self._count(annotation, -1)
                same = self._by_extent.get((annotation.start, annotation.end), [])
                if annotation.id in same:
                    same.remove(annotation.id)
            for r in relations:
                self._relations.pop(r.id, None)
        self._ends = None
        self.committed.emit()
        self.annotationsReplaced.emit([annotation for annotation, _relations in removed])

    def remove(self, annotation_id: str) -> tuple[Annotation, list[Relation]]:
        """Delete an annotation and its links; returns both for undo."""
        annotation, relations = self.store.delete_annotation(annotation_id)
        self._ordered = None
        if self._annotations.pop(annotation_id, None) is not None:
            self._count(annotation, -1)
            same = self._by_extent.get((annotation.start, annotation.end), [])
            if annotation_id in same:
                same.remove(annotation_id)
        for r in relations:
            self._relations.pop(r.id, None)
        self._ends = None
        self.committed.emit()
        self.annotationRemoved.emit(annotation)
        if relations:
            self.relationsChanged.emit()
        return annotation, relations

    def retag(self, annotation_id: str, tag: str) -> Annotation:
        """Give an annotation another tag."""
        updated = self.store.set_tag(annotation_id, tag)
        old = self._annotations.get(annotation_id)
        if old is not None:
            self._count(old, -1)
            self._count(updated, 1)
        self._annotations[annotation_id] = updated
        self._ordered = None
        self.committed.emit()
        self.annotationChanged.emit(updated)
        return updated

    def set_note(self, annotation_id: str, note: str) -> Annotation:
        """Replace an annotation's note."""
        updated = self.store.set_note(annotation_id, note)
        self._annotations[annotation_id] = updated
        self._ordered = None
        self.committed.emit()
        self.annotationChanged.emit(updated)
        return updated

    def set_attributes(self, annotation_id: str, attributes: dict[str, str]) -> Annotation:
        """Replace an annotation's attributes (a quote's kind)."""
        updated = self.store.set_attributes(annotation_id, attributes)
        self._annotations[annotation_id] = updated
        self._ordered = None
        self.committed.emit()
        self.annotationChanged.emit(updated)
        return updated

    def link(self, relation: Relation) -> None:
        """Store a link (e.g. quote attributed to speaker)."""
        self.store.add_relation(relation)
        self._link_in([relation])
        self.committed.emit()
        self.relationsChanged.emit()

    def unlink(self, relation_id: str) -> Relation:
        """Remove a link; returns it for undo."""
        relation = self.store.delete_relation(relation_id)
        self._relations.pop(relation_id, None)
        self._ends = None
        self.committed.emit()
        self.relationsChanged.emit()
        return relation

    def update_article(self, **fields: object) -> Article:
        """Change the open article's metadata."""
        assert self.article is not None
        self.article = self.store.update_article(self.article.id, **fields)
        self.committed.emit()
        self.articleChanged.emit(self.article)
        return self.article

    # -- tags (database-wide, but the open article shows the effect) -----

    def save_tag(self, tag: Tag, old_name: str | None = None) -> None:
        """Add or edit a tag; renaming carries the annotations along."""
        self.store.save_tag(tag, old_name)
        self.committed.emit()
        self.tagsChanged.emit()
        if old_name and old_name != tag.name:
            self.reload()  # spans, highlights and counts under the new name

    def delete_unused_tag(self, name: str) -> None:
        """Remove a tag that no span uses (undo of adding it)."""
        usage = self.store.tag_usage(name)
        if usage:
            # A core sentence (context "core", shown through i18n.translated), one for one span, one for more.
            if usage == 1:
                raise StoreError(str(QT_TRANSLATE_NOOP("core", "The tag '%1' is now used by 1 span; to remove it, "
                                                               "use Tags… and choose what happens to it.")), name)
            raise StoreError(str(QT_TRANSLATE_NOOP("core", "The tag '%1' is now used by %2 spans; to remove it, "
                                                           "use Tags… and choose what happens to them.")), name, usage)
        self.store.delete_tag(name, None)
        self.committed.emit()
        self.tagsChanged.emit()

    def delete_tag(self, name: str, retag_as: str | None) -> tuple[Tag, list[Annotation], list[Relation]]:
        """Delete a tag, re-tagging or deleting its annotations everywhere."""
        result = self.store.delete_tag(name, retag_as)
        self.committed.emit()
        self.tagsChanged.emit()
        self.reload()
        return result

    def restore_tag(self, tag: Tag, annotations: list[Annotation], relations: list[Relation]) -> None:
        """Undo :meth:`delete_tag`."""
        self.store.restore_tag(tag, annotations, relations)
        self.committed.emit()
        self.tagsChanged.emit()
        self.reload()
