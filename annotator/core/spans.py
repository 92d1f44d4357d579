"""A sorted index of spans for fast "what covers this range?" questions.

The view asks, for every paragraph it draws, which annotations overlap it and
how they nest, so overlapping and nested spans can all stay visible.  The
index keeps spans sorted by start and remembers the longest one: every span
overlapping ``[lo, hi)`` starts in ``[lo - longest, hi)``, which a binary
search finds.  Units are whatever the caller uses (the view uses UTF-16).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A tagged interval ``[start, end)`` identified by ``key``."""

    start: int
    end: int
    tag: str
    key: str

    @property
    def length(self) -> int:
        return self.end - self.start


class SpanIndex:
    """Spans sorted by ``(start, -end, key)`` with overlap and segment queries."""

    def __init__(self, spans: list[Span] | None = None) -> None:
        self._spans: dict[str, Span] = {s.key: s for s in spans or ()}
        self._order: list[tuple[int, int, str]] = sorted((s.start, -s.end, s.key) for s in self._spans.values())
        self._longest = max((s.length for s in self._spans.values()), default=0)

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: str) -> bool:
        return key in self._spans

    def get(self, key: str) -> Span | None:
        """The span with this key, if indexed."""
        return self._spans.get(key)

    def add(self, span: Span) -> None:
        """Index a span (replacing one with the same key)."""
        if span.key in self._spans:
            self.remove(span.key)
        self._spans[span.key] = span
        insort(self._order, (span.start, -span.end, span.key))
        self._longest = max(self._longest, span.length)

    def add_many(self, spans: list[Span]) -> None:
        """Index many spans at once (one merge, not one insertion each)."""
        for span in spans:
            if span.key in self._spans:
                self.remove(span.key)
        for span in spans:
            self._spans[span.key] = span
            self._longest = max(self._longest, span.length)
        self._order = sorted(self._order + [(s.start, -s.end, s.key) for s in spans])

    def remove_many(self, keys: list[str]) -> None:
        """Drop many spans at once."""
        gone = {key for key in keys if self._spans.pop(key, None) is not None}
        if gone:
            self._order = [item for item in self._order if item[2] not in gone]
            self._longest = max((s.length for s in self._spans.values()), default=0)

    def remove(self, key: str) -> Span | None:
        """Drop a span; returns it (or ``None`` if it was not indexed)."""
        span = self._spans.pop(key, None)
        if span is None:
            return None
        item = (span.start, -span.end, span.key)
        i = bisect_left(self._order, item)
        del self._order[i]
        if span.length == self._longest:
            self._longest = max((s.length for s in self._spans.values()), default=0)
        return span

    def overlapping(self, lo: int, hi: int) -> list[Span]:
        """Spans that share at least one unit with ``[lo, hi)``, in reading order."""
        first = bisect_left(self._order, (lo - self._longest,))
        last = bisect_left(self._order, (hi,))
        spans = self._spans
        return [spans[k] for s, neg_e, k in self._order[first:last] if -neg_e > lo]

    def at(self, pos: int) -> list[Span]:
        """Spans containing position ``pos``, outermost first."""
        found = [s for s in self.overlapping(pos, pos + 1)]
        return sorted(found, key=lambda s: (-s.length, s.start))

    def segments(self, lo: int, hi: int) -> list[tuple[int, int, tuple[Span, ...]]]:
        """Cut ``[lo, hi)`` where spans begin or end.

        Returns ``(start, end, covering)`` for every piece covered by at least
        one span, ``covering`` ordered outermost (longest) first.
        """
        spans = self.overlapping(lo, hi)
        if not spans:
            return []
        cuts = {lo, hi}
        for s in spans:
            if lo < s.start < hi:
                cuts.add(s.start)
            if lo < s.end < hi:
                cuts.add(s.end)
        points = sorted(cuts)
        out: list[tuple[int, int, tuple[Span, ...]]] = []
        for a, b in zip(points, points[1:]):
            covering = [s for s in spans if s.start <= a and s.end >= b]
            if covering:
                covering.sort(key=lambda s: (-s.length, s.start, s.key))
                out.append((a, b, tuple(covering)))
        return out
