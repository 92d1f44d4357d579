"""Canonical text, offset maps, grapheme snapping and quote selectors.

Everything the rest of the program knows about positions in an article goes
through this module.  Offsets are Unicode code points (Python ``str``
indices), 0-based and end-exclusive, into the *canonical* text: the decoded
article with line breaks normalised to ``\\n`` and a leading BOM removed.
Nothing else is changed — no Unicode normalisation, no removal of harakat,
tatweel or ZWJ/ZWNJ — so the canonical text is what the reporter imported.
"""

from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

#: How many code points of context are kept on each side of a span.
CONTEXT_CHARS = 32

# The line breaks the canonical form unifies (``\r\n`` before the lone
# ``\r``).  Qt would split a paragraph at each of these; other controls stay.
_LINE_BREAKS = regex.compile(r"\r\n|[\r\u2028\u2029]")
_GRAPHEME = regex.compile(r"\X", regex.DOTALL)
_ASTRAL = regex.compile("[\U00010000-\U0010FFFF]")
_NOT_SPACE = regex.compile(r"\S")

# A window this many code points before a position is assumed to start on a
# cluster boundary.  Real clusters are a few code points long; a pathological
# one longer than this only makes snapping slightly off inside that cluster.
_SNAP_WINDOW = 256


def canonicalize(text: str) -> str:
    """Return the canonical form of decoded article text.

    Line breaks (``\\r\\n``, ``\\r``, U+2028, U+2029) become ``\\n`` and a
    leading byte-order mark is dropped.  Nothing else changes.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    return _LINE_BREAKS.sub("\n", text)


def sha256_hex(text: str) -> str:
    """Hex SHA-256 of the UTF-8 encoding of ``text`` (the ``text_sha256`` field)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class OffsetMap:
    """Convert between code-point offsets and UTF-16 code-unit offsets.

    Qt (``QTextCursor.position()``) counts UTF-16 code units: every character
    outside the Basic Multilingual Plane — emoji, many symbols — counts as 2.
    The map stores only where those characters are, so a text without any
    costs nothing and conversions are a binary search.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "length", "length_utf16")

    def __init__(self, text: str) -> None:
        # Only astral characters shift the two scales apart; a regex finds
        # them without a Python loop over a long article.
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]
        self.length = len(text)
        self.length_utf16 = len(text) + len(self._astral_cp)

    def to_utf16(self, offset: int) -> int:
        """UTF-16 offset of code-point ``offset`` (0 <= offset <= len(text))."""
        if not 0 <= offset <= self.length:
            raise ValueError(f"offset {offset} outside text of length {self.length}")
        return offset + bisect_left(self._astral_cp, offset)

    def from_utf16(self, offset: int) -> int:
        """Code-point offset of UTF-16 ``offset``.

        An offset that falls between the two halves of a surrogate pair (Qt
        never produces one for a cursor, but a hand-made one could) is moved
        back to the start of that character.
        """
        if not 0 <= offset <= self.length_utf16:
            raise ValueError(f"UTF-16 offset {offset} outside text of length {self.length_utf16}")
        # Astral characters that start before ``offset`` each add one unit.
        # Inside a pair, that count includes the character itself, which maps
        # the offset back onto the character's start.
        return offset - bisect_left(self._astral_u16, offset)


def grapheme_bounds(text: str, pos: int) -> tuple[int, int]:
    """Return ``(start, end)`` of the grapheme cluster containing ``pos``.

    At a cluster boundary ``start == pos``.  At the end of the text both are
    ``len(text)``.
    """
    if pos >= len(text):
        return len(text), len(text)
    window_start = max(0, pos - _SNAP_WINDOW)
    nl = text.rfind("\n", window_start, pos)
    if nl != -1:
        window_start = nl + 1  # a line break always ends a cluster
    for m in _GRAPHEME.finditer(text, window_start, min(len(text), pos + _SNAP_WINDOW)):
        if m.end() > pos:
            return m.start(), m.end()
    return pos, pos + 1  # unreachable for non-empty windows; keeps mypy happy


def _plain(ch: str) -> bool:
    """A character that never joins a grapheme cluster with its neighbour: a space, printable
    ASCII or an Arabic letter or digit (harakat, joiners, emoji parts and CR are not)."""
    o = ord(ch)
    return 0x20 <= o < 0x7F or 0x0621 <= o <= 0x064A or 0x0660 <= o <= 0x0669 or 0x0671 <= o <= 0x06D3


def _plain_boundary(text: str, i: int) -> bool:
    """True when ``i`` is certainly a cluster boundary, seen from its two neighbours alone."""
    return i == 0 or i == len(text) or (_plain(text[i - 1]) and _plain(text[i]))


def snap_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Snap a selection to whole grapheme clusters and trim white space.

    ``start`` moves back to the start of its cluster, ``end`` forward to the
    end of its cluster, so a letter never loses its harakat and an emoji never
    loses its modifiers.  Leading and trailing white-space clusters are then
    dropped.  Returns ``None`` when nothing but white space is left.
    """
    if start > end:
        start, end = end, start
    start = max(0, min(start, len(text)))
    end = max(0, min(end, len(text)))
    if start == end:
        return None
    if _plain_boundary(text, start) and _plain_boundary(text, end) and not (
            text[start].isspace() or text[end - 1].isspace()):
        return start, end  # the common case, without a cluster scan: Tag all snaps thousands of matches
    start = grapheme_bounds(text, start)[0]
    cluster_start, cluster_end = grapheme_bounds(text, end)
    if cluster_start != end:
        end = cluster_end
    # White space at either end, found at C speed (8,000 spaces must not cost a
    # cluster scan each): the cluster of the first and of the last other
    # character bounds the span.  A cluster that merely starts with a space
    # (a space carrying a mark) is not white space and stays.
    first = _NOT_SPACE.search(text, start, end)
    if first is None:
        return None
    last = start + len(text[start:end].rstrip()) - 1
    start = max(start, grapheme_bounds(text, first.start())[0])
    end = min(end, grapheme_bounds(text, last)[1])
    if start >= end:
        return None
    return start, end


@dataclass(frozen=True)
class QuoteSelector:
    """The W3C TextQuoteSelector parts of a span: exact text and its context."""

    exact: str
    prefix: str
    suffix: str


def quote_selector(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> QuoteSelector:
    """Return the exact span text with up to ``context`` code points either side."""
    return QuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context):start],
        suffix=text[end:end + context],
    )


def _common_suffix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def reanchor(text: str, selector: QuoteSelector, hint: int | None = None) -> tuple[int, int] | None:
    """Find where a quoted span lies in ``text``, or ``None`` if it is not there.

    Every exact occurrence of ``selector.exact`` is scored by how much of the
    stored prefix and suffix surround it; ties go to the occurrence nearest
    ``hint`` (the old start offset).  Only an exact match of the span text
    counts, so a span is never placed on text that differs from what was
    tagged; it must also start and end on grapheme-cluster boundaries, and
    when context was stored, some of it must agree (a few characters on one
    side).  When several occurrences are equally good and no hint tells them
    apart, the span is ambiguous.  In each of these cases ``None`` is
    returned rather than a guess.
    """
    exact = selector.exact
    if not exact:
        return None
    best: list[tuple[int, int]] = []  # (score, start)
    need_before = min(len(selector.prefix), 4)
    need_after = min(len(selector.suffix), 4)
    pos = text.find(exact)
    while pos != -1:
        end = pos + len(exact)
        before = _common_suffix_len(text[max(0, pos - len(selector.prefix)):pos], selector.prefix)
        after = _common_prefix_len(text[end:end + len(selector.suffix)], selector.suffix)
        context_agrees = (need_before == 0 and need_after == 0) or (
            (need_before > 0 and before >= need_before) or (need_after > 0 and after >= need_after)
        )
        whole_clusters = grapheme_bounds(text, pos)[0] == pos and grapheme_bounds(text, end)[0] == end
        if context_agrees and whole_clusters:
            best.append((before + after, pos))
        pos = text.find(exact, pos + 1)
    if not best:
        return None
    top = max(score for score, _ in best)
    candidates = [p for score, p in best if score == top]
    if len(candidates) > 1:
        if hint is None or not (selector.prefix or selector.suffix):
            # Without any stored context nothing tells the places apart:
            # nearest-to-the-old-offset would be a guess.
            return None
        candidates.sort(key=lambda p: (abs(p - hint), p))
        if abs(candidates[0] - hint) == abs(candidates[1] - hint):
            return None
    start = candidates[0]
    return start, start + len(exact)


def shorten(text: str, limit: int, line_break: str = " ") -> str:
    """``text`` on one line (white space collapsed, line breaks as ``line_break``), cut to ``limit`` with ….

    The cut falls between words, never inside one (a single word longer
    than the limit is cut at a cluster boundary).
    """
    flat = line_break.join(" ".join(part.split()) for part in text.split("\n") if part.strip())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    if cut < limit // 3:  # one long word: cut it at a cluster boundary
        cut = grapheme_bounds(flat, limit - 1)[0] or limit - 1
    return flat[:cut].rstrip(" ،,;:؛") + "…"


def line_starts(text: str) -> list[int]:
    """Code-point offsets at which each line (paragraph) of ``text`` starts."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def paragraph_starts(text: str) -> list[int]:
    """Offsets at which each non-blank paragraph starts (blank lines are not counted).

    With these, :func:`line_and_column` numbers paragraphs as a reader does:
    the dateline of the sample is paragraph 2, not line 3.
    """
    starts: list[int] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    return starts or [0]


def line_and_column(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based paragraph number and 0-based column of ``offset``."""
    line = bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line]


def dominant_direction(text: str) -> str:
    """``"rtl"`` or ``"ltr"``: the direction of the first strong character.

    This is rule P2 of the Unicode bidi algorithm, which Qt also applies to
    each paragraph; it decides how a span is aligned in lists and tables.
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def guess_language(text: str) -> str:
    """A two-letter language guess good enough for direction: ``ar`` or ``en``.

    Counts Arabic-script letters against Latin ones; it does not pretend to
    tell Arabic from Persian or English from French.
    """
    arabic = latin = 0
    for ch in text[:20000]:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            arabic += 1
        elif ch.isalpha() and o < 0x0250:
            latin += 1
    return "ar" if arabic >= latin else "en"
