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

from PySide6.QtGui import QUndoCommand

from ..core.errors import AnnotatorError
from ..core.model import Annotation, Relation
from .document import ArticleDocument


class _DocumentCommand(QUndoCommand):
    def __init__(self, doc: ArticleDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.failed = False

    def _run(self, step: Callable[[], object]) -> None:
        try:
            step()
        except AnnotatorError as exc:
            self.failed = True
            self.setObsolete(True)
            self.doc.report_failure(str(exc))


class AddAnnotation(_DocumentCommand):
    """Tag a new span."""

    def __init__(self, doc: ArticleDocument, annotation: Annotation, label: str) -> None:
        super().__init__(doc, f"Tag “{_short(annotation.text)}” as {label}")
        self.annotation = annotation

    def redo(self) -> None:
        self._run(lambda: self.doc.add(self.annotation))

    def undo(self) -> None:
        self._run(lambda: self.doc.remove(self.annotation.id))


class DeleteAnnotation(_DocumentCommand):
    """Remove a span (and its links, which undo brings back)."""

    def __init__(self, doc: ArticleDocument, annotation: Annotation) -> None:
        super().__init__(doc, f"Delete “{_short(annotation.text)}”")
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
        super().__init__(doc, f"Re-tag “{_short(annotation.text)}” as {label}")
        self.annotation_id = annotation.id
        self.old_tag = annotation.tag
        self.new_tag = new_tag

    def redo(self) -> None:
        self._run(lambda: self.doc.retag(self.annotation_id, self.new_tag))

    def undo(self) -> None:
        self._run(lambda: self.doc.retag(self.annotation_id, self.old_tag))


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
