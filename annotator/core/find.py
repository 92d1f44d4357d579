"""Find in one article, however long: folded a piece at a time, searched a piece at a time.

Folding a 20-million-character article takes about a second and finding a
common word in it yields tens of thousands of matches; done in one go, the
first key typed in the find bar would freeze the window that long.  Here
the article is cut into pieces at paragraph breaks; each piece is folded
the first time a search needs it (and kept), and a search is a generator
that yields the matches of one piece at a time, so the caller can show the
first matches at once and carry on between key presses.

A query never spans a paragraph break (the find bar is one line), so no
match is lost at the cut.  A single paragraph longer than a piece stays
whole: it is searched in one step.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from .search import Folded, Match, find_all, fold, fold_text

#: About this many code points per piece: folding one takes a few milliseconds.
PIECE = 1 << 16


def piece_starts(text: str, size: int = PIECE) -> list[int]:
    """Where each piece of ``text`` starts: after a line break, every ``size`` code points or so."""
    starts = [0]
    while True:
        cut = text.find("\n", starts[-1] + size)
        if cut == -1 or cut + 1 >= len(text):
            return starts
        starts.append(cut + 1)


class PieceFinder:
    """A text searched piece by piece, each piece folded once, on first need."""

    def __init__(self, text: str, size: int = PIECE) -> None:
        self.text = text
        self._starts = piece_starts(text, size)
        self._folded: list[Folded | None] = [None] * len(self._starts)
        self._unfolded = 0  # no piece before this one is left to fold

    def __len__(self) -> int:
        """The number of pieces."""
        return len(self._starts)

    def folded(self, k: int) -> Folded:
        """Piece ``k``, folded (the first call folds it)."""
        piece = self._folded[k]
        if piece is None:
            end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self.text)
            piece = self._folded[k] = fold(self.text[self._starts[k]:end])
        return piece

    def fold_some(self, count: int = 1) -> bool:
        """Fold up to ``count`` pieces not yet folded (idle-time work); False once all are."""
        while count > 0 and self._unfolded < len(self._folded):
            if self._folded[self._unfolded] is None:
                self.folded(self._unfolded)
                count -= 1
            self._unfolded += 1
        while self._unfolded < len(self._folded) and self._folded[self._unfolded] is not None:
            self._unfolded += 1
        return self._unfolded < len(self._folded)

    def piece_of(self, offset: int) -> int:
        """The piece holding code point ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def search(self, query: str, whole_words: bool = False, first: int = 0) -> Iterator[tuple[int, list[Match]]]:
        """``(piece, matches)`` for each piece, from piece ``first`` to the end, then from the start.

        Starting where the reader is shows the matches near the caret
        first.  A query that folds to nothing yields nothing; one holding a
        line break (never typed in the find bar) is searched over the whole
        text in one step.
        """
        needle = fold_text(query).strip()
        if not needle:
            return
        if "\n" in needle:
            yield 0, find_all(fold(self.text), query, whole_words)
            return
        count = len(self._starts)
        for k in [*range(min(first, count - 1), count), *range(0, min(first, count - 1))]:
            start = self._starts[k]
            found = find_all(self.folded(k), query, whole_words)
            yield k, ([Match(m.start + start, m.end + start) for m in found] if start else found)

    def find_all(self, query: str, whole_words: bool = False) -> list[Match]:
        """Every match at once, in reading order (what :func:`search.find_all` gives over the whole text)."""
        pieces = dict(self.search(query, whole_words))
        return [m for k in sorted(pieces) for m in pieces[k]]
