"""Words and clean span ends: what a selection becomes before it is stored.

A reporter who drags across a name means the name — not the comma after it,
not the quotation mark before a quote, not half of its first letter.  This
module holds the two rules that turn a raw selection into that span, for the
mouse and the keyboard alike:

* :func:`word_bounds` / :func:`snap_to_words` — a *word* is a run of letters,
  marks and digits (Arabic clitics written attached, وبالحسكة, stay one word;
  ``11.5``, ``1,000``, ``Caggins's`` and ``al-Hasakah`` are one word each).
  Anything else — a space, a punctuation mark, an emoji — is a word of its
  own cluster.
* :func:`clean_span` — snap to grapheme clusters, optionally to words, then
  trim white space and edge punctuation (``، . : ؛ ! ? ,``, quotation marks,
  brackets).  Trimming never enters the span (a bracket or quotation mark
  whose partner is inside it stays) and never empties it.

All offsets are code points into the canonical text, as everywhere in the core.
Every scan is bounded (:data:`WORD_WINDOW`), so a hostile "word" of a million
letters costs no more than a normal one.
"""

from __future__ import annotations

import regex

from .text import grapheme_bounds, snap_span

#: How far (code points) a word is followed either way from a position.
WORD_WINDOW = 256

_WORD_CHAR = r"[\p{L}\p{M}\p{N}\p{Pc}\u200c\u200d]"
# Joiners that keep a word whole when they stand between its characters:
# apostrophes and hyphens between letters or digits, a decimal point or
# thousands separator between digits.
_WORD = regex.compile(
    rf"{_WORD_CHAR}+(?:(?:['’\-](?={_WORD_CHAR})|(?<=\p{{N}})[.,٫٬](?=\p{{N}})){_WORD_CHAR}+)*"
)

#: Marks trimmed from either end of a span wherever they stand.
EDGE_PUNCTUATION = frozenset("،.:؛!?,;؟…۔·•/\\|–—―")
#: Opening and closing marks, trimmed when their partner is not inside the span.
_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‹": "›", "‘": "’", "„": "“", "‚": "‘",
          "﴾": "﴿", "﴿": "﴾", "⟨": "⟩"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
#: Quotation marks that open and close alike.
_SYMMETRIC = frozenset("\"'")
_ABBREVIATION = regex.compile(r"(?:^|[^\p{L}])(?:\p{L}\.){2,}$")


def word_bounds(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the word containing the cluster at ``pos``.

    When that cluster is not part of a word (white space, punctuation, an
    emoji) its own bounds are returned.  At the end of the text both are
    ``len(text)``.
    """
    start, end = grapheme_bounds(text, pos)
    if start >= end:
        return start, end
    lo = max(0, start - WORD_WINDOW)
    hi = min(len(text), end + WORD_WINDOW)
    for m in _WORD.finditer(text, lo, hi):
        if m.start() > start:
            break
        if m.end() >= end:
            # Whole clusters: a modifier may follow a letter or digit (4🏽).
            w_start = grapheme_bounds(text, m.start())[0]
            w_end = grapheme_bounds(text, m.end() - 1)[1]
            return min(w_start, start), max(w_end, end)
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole words at both ends (empty ranges stay empty)."""
    if start > end:
        start, end = end, start
    if start == end:
        return start, end
    return word_bounds(text, start)[0], word_bounds(text, end - 1)[1]


def clean_span(text: str, start: int, end: int, *, words: bool = False) -> tuple[int, int] | None:
    """The span a selection stands for: whole clusters (and words), trimmed.

    Steps: snap to grapheme clusters; with ``words``, widen to whole words;
    drop white space and edge punctuation at both ends (see the module
    docstring).  Returns ``None`` only when the selection holds nothing but
    white space; a selection of nothing but punctuation is kept as it is.
    """
    snapped = snap_span(text, start, end)
    if snapped is None:
        return None
    start, end = snapped
    if words:
        start, end = snap_to_words(text, start, end)
        snapped = snap_span(text, start, end)
        if snapped is None:
            return None
        start, end = snapped
    trimmed = _trim_marks(text, start, end)
    return trimmed if trimmed is not None else (start, end)


def _first(text: str, start: int) -> tuple[str, int]:
    """The first cluster of ``text[start:]`` and where it ends."""
    s, e = grapheme_bounds(text, start)
    return text[s:e], e


def _last(text: str, end: int) -> tuple[str, int]:
    """The last cluster of ``text[:end]`` and where it starts."""
    s, e = grapheme_bounds(text, end - 1)
    return text[s:e], s


def _trim_marks(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Strip edge punctuation and white space; ``None`` if nothing else is left.

    Past :data:`WORD_WINDOW` marks at each end the span is left untrimmed
    (``None``, as for a span of nothing but marks): a hostile run of
    thousands of quotation marks must not cost a scan per mark.
    """
    for _ in range(2 * WORD_WINDOW):
        if start >= end:
            return None
        head, after_head = _first(text, start)
        tail, before_tail = _last(text, end)
        if head.isspace():
            start = after_head
        elif tail.isspace():
            end = before_tail
        elif _drop_head(text, head, start, end):
            start = after_head
        elif _drop_tail(text, tail, start, end):
            end = before_tail
        else:
            return start, end
    return None


def _drop_head(text: str, head: str, start: int, end: int) -> bool:
    if head in EDGE_PUNCTUATION:
        return True
    inner = start + len(head)  # the rest of the span, searched in place (no copies)
    if head in _PAIRS:
        partner = _PAIRS[head]
        if text.endswith(partner, inner, end):
            return text.find(partner, inner, end - len(partner)) == -1
        return text.find(partner, inner, end) == -1
    if head in _SYMMETRIC:
        # "…" around the whole span, or a lone mark: trimmed; "a" b "c": kept.
        count = text.count(head, inner, end)
        return count == 0 or (count == 1 and text.endswith(head, inner, end))
    return False


def _drop_tail(text: str, tail: str, start: int, end: int) -> bool:
    inner = end - len(tail)
    if tail in EDGE_PUNCTUATION:
        # U.S. and a.m. keep their last point.
        return not (tail == "." and _ABBREVIATION.search(text[max(start, end - 16):end]) is not None)
    if tail in _CLOSERS:
        return text.find(_CLOSERS[tail], start, inner) == -1
    if tail in _SYMMETRIC:
        return text.count(tail, start, inner) % 2 == 0
    return False
