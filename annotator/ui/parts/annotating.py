"""Tagging and selection: the current annotation, tag keys, deleting, stepping, and what the view shows."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QUndoStack

from ...core.model import Annotation
from ...core.spans import Span
from ...core.text import shorten
from ...core.words import clean_span
from ..commands import AddAnnotation, DeleteAnnotation, RetagAnnotation
from ..directional import plain_tooltip
from ..i18n import fill, plural
from . import Part

#: Up to this many spans changed at once are redrawn one by one, more in one pass.
FEW = 32


class Annotating(Part):
    """Which annotation is current, and every change made to spans from the keyboard or the mouse."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.current_id: str | None = None
        w = window
        w.annotation_table.activatedAnnotation.connect(lambda a: self.select(a.id, select_text=True))
        w.view.clickedAt.connect(self.view_clicked)
        w.view.selectionChanged.connect(self.view_selection_changed)
        w.view.cursorPositionChanged.connect(self.view_selection_changed)
        w.view.tipRequested.connect(lambda spans, pos: w.view.show_tip(self.tooltip_for(spans), pos))
        w.doc.annotationAdded.connect(self._added)
        w.doc.annotationRemoved.connect(self._removed)
        w.doc.annotationChanged.connect(self._changed)
        w.doc.annotationsReplaced.connect(self._replaced)

    # -- reading -----------------------------------------------------------

    def current(self) -> Annotation | None:
        """The annotation selected in the panel (or by clicking its highlight)."""
        return self.window.doc.annotation(self.current_id)

    def stack(self) -> QUndoStack | None:
        """The undo history, when an article is open to act on."""
        return self.window.undo_stack if self.window.doc.article is not None else None

    def span(self, a: Annotation) -> Span:
        """An annotation as the view indexes it (UTF-16 positions)."""
        offsets = self.window.doc.offsets
        return Span(offsets.to_utf16(a.start), offsets.to_utf16(a.end), a.tag, a.id)

    def spans(self, annotations: Iterable[Annotation]) -> list[Span]:
        """Many annotations as the view indexes them (a text without emoji needs no conversion)."""
        offsets = self.window.doc.offsets
        if offsets.length_utf16 == offsets.length:
            return [Span(a.start, a.end, a.tag, a.id) for a in annotations]
        to16 = offsets.to_utf16
        return [Span(to16(a.start), to16(a.end), a.tag, a.id) for a in annotations]

    def selection(self) -> tuple[int, int] | None:
        """The view's selection in code points, cleaned as tagging stores it; ``None`` when nothing is selected."""
        start16, end16 = self.window.view.selection_utf16()
        if start16 == end16:
            return None
        doc = self.window.doc
        return clean_span(doc.text, doc.offsets.from_utf16(start16), doc.offsets.from_utf16(end16))

    def tooltip_for(self, spans: list[Span]) -> str:
        """The tooltip for these spans (outermost first): tag, text, who said it, the note."""
        doc = self.window.doc
        lines = []
        for span in spans:
            a = doc.annotation(span.key)
            if a is None:
                continue
            lines.append(f"{self.window.tag_label(a.tag)}: {shorten(a.text, 120)}")
            whose = self.window.layers.tooltip_line(a)
            if whose:
                lines.append(whose)
            for target in doc.links_from(a.id):
                lines.append("    — " + fill(self.tr("said by: %1"), shorten(target.text, 60)))
            quoted = len(doc.links_to(a.id))
            if quoted:
                lines.append("    " + plural(self.tr("%Ln quote(s) attributed", "", quoted), quoted))
            if a.note:
                lines.append("    " + fill(self.tr("note: %1"), a.note))
        return plain_tooltip(lines) if lines else ""

    # -- acting ------------------------------------------------------------

    def apply_tag(self, tag: str) -> None:
        """Tag the selection as ``tag`` — or re-tag the selected annotation (yours only, see Layers)."""
        doc, layers = self.window.doc, self.window.layers
        stack = self.stack()
        if doc.article is None or stack is None:
            return
        current = self.current()
        label = self.window.tag_label(tag)
        if not self.window.view.textCursor().hasSelection():
            if current is None:
                self.status(self.tr("Select some text first, then press a tag key."))
            elif layers.check_edit(current) and current.tag != tag:
                stack.push(RetagAnnotation(doc, current, tag, label))
            return
        snapped = self.selection()
        if snapped is None:
            self.status(self.tr("Nothing to tag: the selection is only white space."))
            return
        start, end = snapped
        if current is not None and (current.start, current.end) == (start, end):
            if layers.check_edit(current) and current.tag != tag:
                stack.push(RetagAnnotation(doc, current, tag, label))
            return
        existing = layers.at_extent(start, end)
        if existing is not None:
            # The selection is exactly an annotation: re-tag it rather than
            # stacking a second tag on the same characters.
            self.select(existing.id, select_text=True)
            if not layers.check_edit(existing):
                return
            if existing.tag == tag:
                self.status(fill(self.tr("That span is already tagged as %1."), label))
            else:
                stack.push(RetagAnnotation(doc, existing, tag, label))
            return
        if not layers.check_new():
            return
        annotation = doc.new_annotation(tag, start, end)
        self.current_id = annotation.id  # so the new row becomes the selected one
        stack.push(AddAnnotation(doc, annotation, label))
        if doc.annotation(annotation.id) is not None:
            self.select(annotation.id, select_text=True, scroll=False)

    def delete_current(self) -> None:
        """Delete the selected annotation (undoable)."""
        current = self.current()
        stack = self.stack()
        if current is None or stack is None:
            self.status(self.tr("Select an annotation (click it, or pick it in the list) to delete it."))
            return
        if self.window.layers.check_edit(current):
            stack.push(DeleteAnnotation(self.window.doc, current))

    def step(self, delta: int) -> None:
        """Select the next (or previous) annotation in reading order."""
        # The panel's rows are the annotations in reading order: a binary
        # search there, not a sort of every annotation per key press.
        doc, view, model = self.window.doc, self.window.view, self.window.annotation_model
        count = model.rowCount()
        if not count:
            return
        current = self.current()
        row = model.row_of(current.id) if current is not None else None
        if row is not None:
            index = row + delta
        else:
            after = model.first_row_from(doc.offsets.from_utf16(view.textCursor().selectionStart()))
            index = after if delta > 0 else after - 1
        target = model.annotation_at(index % count)
        if target is not None:
            self.select(target.id, select_text=True)
        view.setFocus()

    def select(self, annotation_id: str | None, *, select_text: bool = False, scroll: bool = True) -> None:
        """Make an annotation current (``None``: none); with ``select_text``, select its span and show it."""
        w = self.window
        a = w.doc.annotation(annotation_id)
        if a is not None and not w.layers.shows(a):
            w.layers.show_everyone()  # a span the layer shown hides (a search hit)
        self.current_id = annotation_id
        w.annotation_table.select_annotation(annotation_id)
        if a is not None and select_text:
            offsets = w.doc.offsets
            w.view.select_utf16(offsets.to_utf16(a.start), offsets.to_utf16(a.end), scroll=False)
            if scroll:
                self.reveal(a)
        w.details_part.show_current()
        w.linking.update_lines()

    def reveal(self, a: Annotation) -> None:
        """Scroll an annotation into the middle of the view — with its speaker, when both fit."""
        doc, view = self.window.doc, self.window.view
        offsets = doc.offsets
        linked = doc.links_from(a.id) + doc.links_to(a.id)
        start = min([a.start] + [x.start for x in linked])
        end = max([a.end] + [x.end for x in linked])
        if linked and view.fits(offsets.to_utf16(start), offsets.to_utf16(end)):
            view.reveal(offsets.to_utf16(start), offsets.to_utf16(end))
        else:
            view.reveal(offsets.to_utf16(a.start), offsets.to_utf16(a.end))

    # -- following the view and the document -------------------------------

    def view_clicked(self, pos16: int) -> None:
        """A click (no selection) on the text: the innermost span there becomes current."""
        index = self.window.view.index
        spans = index.at(pos16)
        if not spans and pos16 > 0:
            spans = index.at(pos16 - 1)
        self.select(spans[-1].key if spans else None)

    def view_selection_changed(self) -> None:
        """Keep "the current annotation" to what the reader can see is selected.

        Tag keys, L, E and Delete act on the current annotation, so it must
        never be one the caret has left: a selection that is exactly an
        annotation's span makes that annotation current; any other
        selection, or a caret outside the current span, clears it.
        """
        cursor = self.window.view.textCursor()
        current = self.current()
        if cursor.hasSelection():
            span = self.selection()
            if current is not None and span == (current.start, current.end):
                return
            match = self.window.layers.at_extent(*span) if span else None
            self.select(match.id if match else None)
            return
        if current is None:
            return
        pos = self.window.doc.offsets.from_utf16(cursor.position())
        if not current.start <= pos <= current.end:
            self.select(None)

    def reset(self) -> None:
        """A new (or reloaded) article: nothing is current."""
        self.current_id = None

    def update_counts(self) -> None:
        """The legend's counts (the shown layer's) and the article list's total, from the running counts."""
        w = self.window
        w.layers.update_entries()
        w.tag_bar.set_counts(w.layers.counts())
        if w.doc.article is not None:
            w.article_model.set_count(w.doc.article.id, sum(w.doc.counts().values()))

    def _show(self, annotation: Annotation) -> None:
        """Draw and list an annotation, if the layer shown includes it (someone else's drawn as such)."""
        w = self.window
        if not w.layers.shows(annotation):
            return
        if not w.layers.can_edit(annotation):
            w.view.others.add(annotation.id)
        w.view.add_span(self.span(annotation))
        w.annotation_model.insert(annotation)

    def _added(self, annotation: Annotation) -> None:
        w = self.window
        self._show(annotation)
        if annotation.id == self.current_id:
            w.annotation_table.select_annotation(annotation.id)
            w.details_part.show_current()
        self.update_counts()

    def _removed(self, annotation: Annotation) -> None:
        w = self.window
        w.view.remove_span(annotation.id)
        w.view.others.discard(annotation.id)
        w.annotation_model.remove(annotation.id)
        if annotation.id == self.current_id:
            self.select(None)
        self.update_counts()

    def _replaced(self, changed: list[Annotation]) -> None:
        """Many spans came or went at once: rebuild the view's index and the list in one pass."""
        w = self.window
        gone = [a for a in changed if w.doc.annotation(a.id) is None]
        w.view.others.difference_update(a.id for a in gone)
        if len(changed) <= FEW:
            # A few (a refresh after another window's edit): one by one costs
            # what changed; a rebuild pass costs the length of the article.
            for a in gone:
                w.view.remove_span(a.id)
                w.annotation_model.remove(a.id)
            for a in changed:
                if w.doc.annotation(a.id) is not None:
                    self._show(a)
        else:
            present = w.layers.shown(a for a in changed if w.doc.annotation(a.id) is not None)
            w.view.others.update(w.layers.others(present))
            w.view.change_spans(self.spans(present), self.spans(gone))
            w.annotation_model.change(present, {a.id for a in gone})
        w.annotation_model.set_links(w.linking.link_texts())
        if self.current_id is not None and w.doc.annotation(self.current_id) is None:
            self.select(None)
        self.update_counts()

    def _changed(self, annotation: Annotation) -> None:
        w = self.window
        w.view.remove_span(annotation.id)
        w.view.others.discard(annotation.id)
        if not w.layers.shows(annotation):  # it left the layer shown (curated meanwhile)
            w.annotation_model.remove(annotation.id)
        elif w.annotation_model.row_of(annotation.id) is None:
            self._show(annotation)
        else:
            if not w.layers.can_edit(annotation):
                w.view.others.add(annotation.id)
            w.view.add_span(self.span(annotation))
            w.annotation_model.replace(annotation)
        self.update_counts()
        if annotation.id == self.current_id:
            w.details_part.show_current()
