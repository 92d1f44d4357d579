"""What a suggester proposes, and the small interface every suggester offers.

A :class:`Suggestion` is a span the user has not annotated yet, with the tag
it would get, and — for a quote — the speaker and the reporting cue that led
to it.  Nothing here is stored or exported until the user accepts it.
Offsets are code points into the article's canonical text, as everywhere in
the core: ``article.text[start:end] == text`` for the span, the speaker and
the cue alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..model import QUOTE_KINDS, Annotation, Article, Tag

#: The kinds of suggestion: a quote's (:data:`~annotator.core.model.QUOTE_KINDS`,
#: stored as its ``kind`` attribute once accepted), or "" for spans that are
#: not quotes (a propagated location, say).
KINDS = (*QUOTE_KINDS, "")


@dataclass(frozen=True)
class Span:
    """A stretch of the article: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    """One proposed annotation (with its speaker and link, for a quote)."""

    tag: str
    start: int
    end: int
    text: str
    kind: str = ""
    #: the mention the quote would be linked to: the nearest one of that person
    speaker: Span | None = None
    #: the reporting verb or phrase (قال, أضاف, بحسب …) that marks the quote
    cue: Span | None = None
    suggester: str = ""
    #: why it was proposed, for people: ``cue قال + quotation marks`` (a Message, for the window to translate)
    why: str = ""
    #: the tag the speaker span would get (a tag whose role is *source*)
    speaker_tag: str = ""
    #: who the speaker is once coreference is resolved: the full name
    #: (``مايلس كاغينس`` for a later ``كاغينس`` or a bare ``وأضاف``)
    entity: str = ""

    @property
    def key(self) -> tuple[str, int, int]:
        """``(tag, start, end)``: what a rejection remembers and an annotation is compared on."""
        return (self.tag, self.start, self.end)


@dataclass(frozen=True)
class Context:
    """What every suggester is built from (see :data:`annotator.core.suggest.registry.SUGGESTERS`)."""

    #: the user's tags: a suggester picks its own by role
    tags: Sequence[Tag]
    #: ``(tag, text)`` pairs the user tagged across the corpus, most used first
    #: (:meth:`annotator.core.store.Store.tagged_texts`); empty when the caller has none
    known: Sequence[tuple[str, str]] = ()


class Suggester(Protocol):
    """Anything that proposes annotations for an article.

    ``name`` is shown with each suggestion (and stored with nothing); the
    engine filters what is already annotated or was rejected, so a suggester
    may propose freely.
    """

    name: str

    def suggest(self, article: Article, annotations: Sequence[Annotation]) -> list[Suggestion]:
        """Suggestions for ``article``, given the annotations it already has."""
        ...


def tag_for_role(tags: Iterable[Tag], role: str, preferred: str = "") -> str | None:
    """The tag a suggester should use for ``role``: the one named ``preferred`` if
    it has that role, else the first with that role in the tag bar's order.

    Behaviour follows roles, not names: a user who renamed "quote" to "اقتباس"
    still gets quote suggestions.  ``None`` when no tag has the role.
    """
    candidates = sorted((t for t in tags if t.role == role), key=lambda t: t.position)
    for tag in candidates:
        if tag.name == preferred:
            return tag.name
    return candidates[0].name if candidates else None
