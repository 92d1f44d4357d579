"""Undoable changes, as ``QUndoCommand`` subclasses over :class:`ArticleDocument`.

Each command's first ``redo()`` performs the change (``QUndoStack.push``
calls it); ``undo()`` and later ``redo()`` calls are committed to the
database at once, like every other change.  A step the database refuses
(locked, read-only) is reported through ``ArticleDocument.failed``, the
document is re-read from the database, and the command marks itself
obsolete so the stack drops it instead of pretending it happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..core.errors import AnnotatorError
from ..core.model import Annotation, Relation, Tag
from ..core.text import shorten
from .document import ArticleDocument
from .i18n import fill, number, translated


class _DocumentCommand(QUndoCommand):
    """A step of the window's one history.

    Steps that change an article remember which one, and undoing or redoing
    them opens it first, so the reader sees what changes.  Tag steps change
    the whole database and need no article.
    """

    def __init__(self, doc: ArticleDocument, text: str, *, article_scoped: bool = True) -> None:
        super().__init__(text)
        self.doc = doc
        self.failed = False
        self.article_id = doc.article.id if article_scoped and doc.article is not None else None
        self._phase = ""  # "" the first time it is done, then "Undo" or "Redo"

    def __init_subclass__(cls, **kwargs: object) -> None:
        # Each step's undo() and redo() name themselves to the history:
        # undoing is a change of its own, recorded, never an erasure.
        super().__init_subclass__(**kwargs)
        for phase in ("undo", "redo"):
            method = cls.__dict__.get(phase)
            if method is not None:
                setattr(cls, phase, _named(phase, method))

    def _run(self, step: Callable[[], object]) -> None:
        label = f"{self._phase}: {self.text()}" if self._phase else self.text()
        try:
            if self.article_id is not None:
                self.doc.focus(self.article_id)
            with self.doc.store.acting(label):
                step()
        except AnnotatorError as exc:
            self.failed = True
            self.setObsolete(True)
            self.doc.report_failure(translated(exc))


def _named(phase: str, method: Callable[[_DocumentCommand], None]) -> Callable[[_DocumentCommand], None]:
    def run(self: _DocumentCommand) -> None:
        if phase == "undo":
            self._phase = "Undo"
        try:
            method(self)
        finally:
            self._phase = "Redo"  # whatever comes next, after a first do or an undo, is a redo or an undo
    run.__name__, run.__doc__ = method.__name__, method.__doc__
    return run


class AddAnnotation(_DocumentCommand):
    """Tag a new span."""

    def __init__(self, doc: ArticleDocument, annotation: Annotation, label: str) -> None:
        said = QCoreApplication.translate("commands", "Tag “%1” as %2")
        super().__init__(doc, fill(said, shorten(annotation.text, 30), label))
        self.annotation = annotation

    def redo(self) -> None:
        self._run(lambda: self.doc.add(self.annotation))

    def undo(self) -> None:
        self._run(lambda: self.doc.remove(self.annotation.id))


class AddAnnotations(_DocumentCommand):
    """Tag many spans at once (Tag all): one transaction, one undo step, one redraw."""

    def __init__(self, doc: ArticleDocument, annotations: list[Annotation], label: str) -> None:
        said = QCoreApplication.translate("commands", "Tag %1 matches as %2")
        super().__init__(doc, fill(said, number(len(annotations)), label))
        self.annotations = annotations

    def redo(self) -> None:
        self._run(lambda: self.doc.add_many(self.annotations))

    def undo(self) -> None:
        self._run(lambda: self.doc.remove_many([a.id for a in self.annotations]))


class AcceptSuggestions(_DocumentCommand):
    """Accept suggestions: their spans, speakers and links in one transaction and one undo step."""

    def __init__(self, doc: ArticleDocument, annotations: list[Annotation], relations: list[Relation],
                 text: str) -> None:
        super().__init__(doc, text)
        self.annotations = annotations
        self.relations = relations

    def redo(self) -> None:
        self._run(lambda: self.doc.add_linked(self.annotations, self.relations))

    def undo(self) -> None:
        # Links go with the spans they start or end at (a reused speaker span stays).
        self._run(lambda: self.doc.remove_many([a.id for a in self.annotations]))


class DeleteAnnotation(_DocumentCommand):
    """Remove a span (and its links, which undo brings back)."""

    def __init__(self, doc: ArticleDocument, annotation: Annotation) -> None:
        super().__init__(doc, fill(QCoreApplication.translate("commands", "Delete “%1”"), shorten(annotation.text, 30)))
        self.annotation = annotation
        self.relations: list[Relation] = []

    def redo(self) -> None:
        def step() -> None:
            self.annotation, self.relations = self.doc.remove(self.annotation.id)

        self._run(step)

    def undo(self) -> None:
        self._run(lambda: self.doc.add(self.annotation, self.relations))


class RetagAnnotation(_DocumentCommand):
    """Change a span's tag."""

    def __init__(self, doc: ArticleDocument, annotation: Annotation, new_tag: str, label: str) -> None:
        said = QCoreApplication.translate("commands", "Re-tag “%1” as %2")
        super().__init__(doc, fill(said, shorten(annotation.text, 30), label))
        self.annotation_id = annotation.id
        self.old_tag = annotation.tag
        self.new_tag = new_tag

    def redo(self) -> None:
        self._run(lambda: self.doc.retag(self.annotation_id, self.new_tag))

    def undo(self) -> None:
        self._run(lambda: self.doc.retag(self.annotation_id, self.old_tag))


class EditNote(_DocumentCommand):
    """Replace an annotation's note."""

    def __init__(self, doc: ArticleDocument, annotation: Annotation, note: str) -> None:
        said = QCoreApplication.translate("commands", "Note on “%1”")
        super().__init__(doc, fill(said, shorten(annotation.text, 30)))
        self.annotation_id = annotation.id
        self.old = annotation.note
        self.new = note

    def redo(self) -> None:
        self._run(lambda: self.doc.set_note(self.annotation_id, self.new))

    def undo(self) -> None:
        self._run(lambda: self.doc.set_note(self.annotation_id, self.old))


class EditAttributes(_DocumentCommand):
    """Replace an annotation's attributes (e.g. a quote's kind)."""

    def __init__(self, doc: ArticleDocument, annotation: Annotation, attributes: dict[str, str], text: str) -> None:
        super().__init__(doc, text)
        self.annotation_id = annotation.id
        self.old = dict(annotation.attributes)
        self.new = dict(attributes)

    def redo(self) -> None:
        self._run(lambda: self.doc.set_attributes(self.annotation_id, self.new))

    def undo(self) -> None:
        self._run(lambda: self.doc.set_attributes(self.annotation_id, self.old))


class Link(_DocumentCommand):
    """Attribute an annotation (a quote, a claim) to another (its speaker or source)."""

    def __init__(self, doc: ArticleDocument, relation: Relation, source: Annotation, target: Annotation) -> None:
        said = QCoreApplication.translate("commands", "Link “%1” to “%2”")
        super().__init__(doc, fill(said, shorten(source.text, 30),
                                   shorten(target.text, 30)))
        self.relation = relation

    def redo(self) -> None:
        self._run(lambda: self.doc.link(self.relation))

    def undo(self) -> None:
        self._run(lambda: self.doc.unlink(self.relation.id))


class Unlink(_DocumentCommand):
    """Remove a link."""

    def __init__(self, doc: ArticleDocument, relation: Relation) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Remove link"))
        self.relation = relation

    def redo(self) -> None:
        self._run(lambda: self.doc.unlink(self.relation.id))

    def undo(self) -> None:
        self._run(lambda: self.doc.link(self.relation))


class SaveTag(_DocumentCommand):
    """Add a tag, or change one (label, colour, key, name)."""

    def __init__(self, doc: ArticleDocument, new: Tag, old: Tag | None) -> None:
        said = (QCoreApplication.translate("commands", "Edit tag %1") if old
                else QCoreApplication.translate("commands", "Add tag %1"))
        super().__init__(doc, fill(said, new.label), article_scoped=False)
        self.new = new
        self.old = old

    def redo(self) -> None:
        self._run(lambda: self.doc.save_tag(self.new, self.old.name if self.old else None))

    def undo(self) -> None:
        if self.old is None:
            # Undoing "add tag" removes it only while nothing uses it: spans
            # tagged since are steps of their own, undone before this one.
            self._run(lambda: self.doc.delete_unused_tag(self.new.name))
        else:
            old = self.old
            self._run(lambda: self.doc.save_tag(old, self.new.name))


class DeleteTag(_DocumentCommand):
    """Delete a tag; its spans are re-tagged as another tag or deleted."""

    def __init__(self, doc: ArticleDocument, tag: Tag, retag_as: str | None) -> None:
        said = QCoreApplication.translate("commands", "Delete tag %1")
        super().__init__(doc, fill(said, tag.label), article_scoped=False)
        self.name = tag.name
        self.retag_as = retag_as
        self.saved: tuple[Tag, list[Annotation], list[Relation]] | None = None

    def redo(self) -> None:
        def step() -> None:
            self.saved = self.doc.delete_tag(self.name, self.retag_as)

        self._run(step)

    def undo(self) -> None:
        if self.saved is not None:
            saved = self.saved
            self._run(lambda: self.doc.restore_tag(*saved))


class EditArticle(_DocumentCommand):
    """Change the article's metadata (title, source, authors, date, URL, language)."""

    def __init__(self, doc: ArticleDocument, old: dict[str, object], new: dict[str, object]) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Edit article details"))
        self.old = old
        self.new = new

    def redo(self) -> None:
        self._run(lambda: self.doc.update_article(**self.new))

    def undo(self) -> None:
        self._run(lambda: self.doc.update_article(**self.old))


class Curate(_DocumentCommand):
    """A curation decision (Curate this article…): one undo step, named "Curate: …" in the history.

    Stores curated copies (spans and links), removes the unit's earlier
    curated spans it replaces, and keeps the unit's decision (a rejection,
    in the database's meta table) — any of the three may be empty.
    """

    def __init__(self, doc: ArticleDocument, text: str, annotations: list[Annotation], relations: list[Relation],
                 removed: list[Annotation] | None = None,
                 decision: tuple[str, str | None, str | None] | None = None) -> None:
        super().__init__(doc, text)
        self.annotations = annotations
        self.relations = relations
        self.removed = list(removed or [])
        #: (meta key, value before, value after), or None when the decisions do not change
        self.decision = decision
        self._restore: list[tuple[Annotation, list[Relation]]] = []

    def redo(self) -> None:
        def step() -> None:
            self._restore = [self.doc.remove(a.id) for a in self.removed]
            if self.annotations or self.relations:
                self.doc.add_linked(self.annotations, self.relations)
            if self.decision is not None:
                self._decide(self.decision[2])

        self._run(step)

    def undo(self) -> None:
        def step() -> None:
            added = {a.id for a in self.annotations}
            # Links between spans that were there already go on their own; the rest go with the new spans.
            for relation in self.relations:
                if relation.from_id not in added and relation.to_id not in added:
                    self.doc.unlink(relation.id)
            if added:
                self.doc.remove_many([a.id for a in self.annotations])
            for annotation, relations in reversed(self._restore):
                self.doc.add(annotation, relations)
            if self.decision is not None:
                self._decide(self.decision[1])

        self._run(step)

    def _decide(self, value: str | None) -> None:
        """Keep the article's curation decisions (meta is the store's own; nothing in the document shows it)."""
        assert self.decision is not None
        self.doc.store.set_meta(self.decision[0], value)
        self.doc.committed.emit()
