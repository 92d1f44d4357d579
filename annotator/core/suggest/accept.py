"""Accepting suggestions: what becomes annotations and links, in one step.

The window accepts one suggestion (or all quotes with a speaker) as one undo
step; ``annotator suggest --apply`` accepts every suggestion of an article.
Both build the same plan here, so a suggestion means the same stored rows
whoever accepts it: the span, its speaker (an existing span of the speaker
tag at the same place is reused, never doubled) and the link between them.
A quote keeps how it was reported as its ``kind`` attribute (direct,
indirect, mixed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import ATTRIBUTED_TO, KIND, Annotation, Article, Relation, make_annotation
from .suggestion import Suggestion


@dataclass
class Plan:
    """The new annotations and links that accepting some suggestions makes."""

    annotations: list[Annotation] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


def plan(article: Article, existing: Sequence[Annotation], existing_links: Sequence[Relation],
         suggestions: Sequence[Suggestion], annotator: str = "") -> Plan:
    """What to store to accept ``suggestions`` in ``article``, given what it already has.

    A span already annotated with the same tag and extent is used as it is;
    a link that already exists is not made again.
    """
    made = Plan()
    by_extent = {(a.tag, a.start, a.end): a for a in existing}
    linked = {(r.from_id, r.to_id) for r in existing_links if r.type == ATTRIBUTED_TO}

    def span(tag: str, start: int, end: int, kind: str = "") -> Annotation:
        found = by_extent.get((tag, start, end))
        if found is None:
            found = make_annotation(article, tag, start, end, attributes={KIND: kind} if kind else None,
                                    annotator=annotator)
            by_extent[(tag, start, end)] = found
            made.annotations.append(found)
        return found

    for s in suggestions:
        quote = span(s.tag, s.start, s.end, s.kind)
        if s.speaker is not None and s.speaker_tag:
            speaker = span(s.speaker_tag, s.speaker.start, s.speaker.end)
            if (quote.id, speaker.id) not in linked:
                linked.add((quote.id, speaker.id))
                made.relations.append(Relation(article.id, quote.id, speaker.id, ATTRIBUTED_TO))
    return made
