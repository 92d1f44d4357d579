"""Assisted annotation: suggesters propose spans, the user accepts or rejects them.

Nothing here is stored: :func:`suggest` returns proposals, and accepting one
is the caller's business (the window, ``annotator suggest --apply``).  The
suggesters are listed in :mod:`.registry`; each says who made a suggestion
and why.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from ..model import BUILTIN_TAGS, Annotation, Article, Tag
from . import registry
from .suggestion import KINDS, Context, Span, Suggester, Suggestion, tag_for_role

__all__ = ["KINDS", "Context", "Span", "Suggester", "Suggestion", "suggest", "tag_for_role"]


def suggest(
    article: Article,
    annotations: Sequence[Annotation],
    rejected: Collection[tuple[str, int, int]] = frozenset(),
    *,
    tags: Sequence[Tag] = BUILTIN_TAGS,
    known: Sequence[tuple[str, str]] = (),
    suggesters: Sequence[Callable[[Context], Suggester]] | None = None,
) -> list[Suggestion]:
    """What the registered suggesters propose for ``article``, in reading order.

    Dropped: suggestions whose ``(tag, start, end)`` is in ``rejected`` (see
    :attr:`Suggestion.key`), spans already annotated with the same tag and
    extent, and the same span proposed twice (the earlier suggester wins).
    ``tags`` are the user's tags (suggesters pick theirs by role); ``known``
    are the ``(tag, text)`` pairs tagged across the corpus, most used first,
    as :meth:`annotator.core.store.Store.tagged_texts` gives them for
    :func:`.propagate.propagating_tags` (without them, propagation proposes
    only what is tagged in this article); ``suggesters`` replaces
    :data:`registry.SUGGESTERS`, for tests.
    """
    taken = {(a.tag, a.start, a.end) for a in annotations} | set(rejected)
    made: list[Suggestion] = []
    context = Context(tags, tuple(known))
    for factory in registry.SUGGESTERS if suggesters is None else suggesters:
        for s in factory(context).suggest(article, annotations):
            if s.key not in taken:
                taken.add(s.key)
                made.append(s)
    made.sort(key=lambda s: (s.start, s.end, s.tag))
    return made
