"""Linking: a quote or claim attributed to its source, and the link routes drawn over the text."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ...core.model import ATTRIBUTED_TO, ROLE_ATTRIBUTABLE, ROLE_SOURCE, Annotation, Relation
from ...core.text import line_and_column, shorten
from ..article_view import LinkLine
from ..commands import Link, Unlink
from ..dialogs import LinkDialog
from ..i18n import fill, plural
from ..keys import shown_key
from . import Part


class Linking(Part):
    """Who said what: the picker (L), removing links, the "said by" column and the drawn links."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.hover_id = ""
        w = window
        w.view.hoveredSpan.connect(self._hovered)
        w.details.linkRequested.connect(self.link_current)
        w.details.unlinkRequested.connect(self.unlink)
        w.doc.relationsChanged.connect(self._relations_changed)

    def candidates(self, source: Annotation) -> list[Annotation]:
        """Spans a quote or claim can be attributed to: those of every tag whose role is *source*.

        Only in the quote's own layer: yours (a curated quote: your curated
        spans), so each annotator's attributions link their own spans (see Layers).
        """
        doc, layers = self.window.doc, self.window.layers
        return [a for a in doc.annotations()
                if layers.can_edit(a) and a.curated == source.curated and a.id != source.id
                and self.window.tag_role(a.tag) == ROLE_SOURCE and doc.relation_between(source.id, a.id) is None]

    def link_current(self) -> None:
        """Open the speaker picker for the selected annotation (the likeliest speaker proposed)."""
        w = self.window
        source = w.annotating.current()
        stack = w.annotating.stack()
        if source is None or stack is None:
            self.status(self.tr("Select a quote or claim first (click it), then press L."))
            return
        if not w.layers.check_edit(source):
            return
        role = w.tag_role(source.tag)
        if role != ROLE_ATTRIBUTABLE:
            if role == ROLE_SOURCE:
                self.status(self.tr("Select the quote (not the speaker) and press L to link it."))
            else:
                self.status(fill(self.tr("A %1 is not linked to a speaker; quotes and claims are "
                                         "(a tag's role, in Tags…, decides this)."), w.tag_label(source.tag)), 6000)
            return
        candidates = self.candidates(source)
        if not candidates:
            sources = [t for t in w.tags if t.role == ROLE_SOURCE]
            if sources and sources[0].key:
                said = fill(self.tr("Tag the speaker first (select the name, press %1), then link."),
                            shown_key(sources[0].key))
            else:
                said = self.tr("Tag the speaker first, then link.")
            self.status(said, 5000)
            return
        starts = w.articles.paragraphs
        dialog = LinkDialog(source, candidates, {t.name: t for t in w.tags},
                            lambda offset: line_and_column(starts, offset)[0], w, w.doc.text)
        w.dialog = dialog

        def done() -> None:
            target = dialog.chosen()
            if target is not None and w.doc.article is not None and w.doc.annotation(source.id) is not None:
                relation = Relation(w.doc.article.id, source.id, target.id, ATTRIBUTED_TO)
                stack.push(Link(w.doc, relation, source, target))
            w.view.setFocus()

        dialog.accepted.connect(done)
        dialog.open()

    def unlink(self, relation: Relation) -> None:
        w = self.window
        stack = w.annotating.stack()
        source = w.doc.annotation(relation.from_id)
        if stack is not None and (source is None or w.layers.check_edit(source)):
            stack.push(Unlink(w.doc, relation))

    def link_texts(self) -> dict[str, str]:
        """For the panel: what each annotation is attributed to, or how many point at it."""
        # From the links, not from every annotation: the cost follows the links.
        doc = self.window.doc
        targets: dict[str, list[Annotation]] = {}
        quoted: dict[str, int] = {}
        for r in doc.relations():
            source, target = doc.annotation(r.from_id), doc.annotation(r.to_id)
            if source is not None and target is not None:
                targets.setdefault(source.id, []).append(target)
                quoted[target.id] = quoted.get(target.id, 0) + 1
        texts = {a: " | ".join(shorten(t.text, 30) for t in ts) for a, ts in targets.items()}
        for a, n in quoted.items():
            texts.setdefault(a, plural(self.tr("%Ln quote(s)", "", n), n))
        return texts

    def update_lines(self) -> None:
        """Draw the links of the current and the hovered annotation."""
        w = self.window
        current = w.annotating.current_id
        shown = [i for i in (current, self.hover_id) if i]
        lines: list[LinkLine] = []
        seen: set[str] = set()
        for relation in w.doc.relations():
            if relation.id in seen or not (relation.from_id in shown or relation.to_id in shown):
                continue
            src, dst = w.doc.annotation(relation.from_id), w.doc.annotation(relation.to_id)
            if src is None or dst is None or not (w.layers.shows(src) and w.layers.shows(dst)):
                continue
            seen.add(relation.id)
            s, d = w.annotating.span(src), w.annotating.span(dst)
            tag = w.tag(src.tag)
            strong = current in (src.id, dst.id)
            lines.append(LinkLine(s.start, s.end, d.start, d.end, QColor(tag.color if tag else "#555555"), strong))
        w.view.set_link_lines(lines)

    def _hovered(self, key: str) -> None:
        self.hover_id = key
        self.update_lines()

    def _relations_changed(self) -> None:
        self.window.annotation_model.set_links(self.link_texts())
        self.window.details_part.show_current()
        self.update_lines()
