"""Exact hit testing on a laid-out line: a point → the grapheme cluster under it.

Qt's own answer cannot be trusted on right-to-left lines: ``QTextLine.xToCursor``
(and so ``cursorForPosition``) puts the boundary between the first two letters
of an Arabic word at the first letter's far edge, so a drag from the middle
of a word's first letter loses that letter.  ``cursorToX`` is no better at a
change of direction: a position there has two places on screen and Qt
reports one of them.

What is reliable is each cluster's own glyphs: ``QTextLine.glyphRuns(from,
length)`` for a whole cluster gives its rectangle and its direction.  Letters
joined into one ligature glyph (لا, الله) share that glyph; they are measured
together and the glyph's width is split evenly between them, which is also
how Qt places the caret inside a ligature.  From these *cells* a point maps
to the cluster under it and to the nearest cluster boundary on its line.

Positions here are UTF-16 document positions, as Qt counts; the clusters
themselves come from the article's canonical text through its offset map.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextLayout, QTextLine

from ..core.text import OffsetMap

_GRAPHEME = regex.compile(r"\X", regex.DOTALL)
_RETRIEVE = QTextLayout.GlyphRunRetrievalFlag
_FLAGS = _RETRIEVE.RetrieveGlyphIndexes | _RETRIEVE.RetrieveGlyphPositions


def caret_x(line: QTextLine, position: int) -> float:
    """Qt's caret x for a block position on ``line`` (reliable inside one run of one direction)."""
    result = line.cursorToX(position)  # PySide returns (x, position)
    return float(result[0])  # type: ignore[index]


@dataclass(frozen=True)
class Cell:
    """One grapheme cluster as laid out: ``[start, end)`` and its horizontal extent."""

    start: int
    end: int
    left: float
    right: float
    rtl: bool

    @property
    def start_x(self) -> float:
        """Where the cluster begins on screen (its right edge when right-to-left)."""
        return self.right if self.rtl else self.left

    @property
    def end_x(self) -> float:
        return self.left if self.rtl else self.right


@dataclass(frozen=True)
class Hit:
    """What is under a point: the nearest boundary and the cluster (if any)."""

    position: int
    cell: Cell | None


def line_cells(block: QTextBlock, line: QTextLine, text: str, offsets: OffsetMap) -> list[Cell]:
    """The clusters of one visual line with their extents, in logical order (x in layout coordinates)."""
    base = block.position()
    lo16 = base + line.textStart()
    hi16 = lo16 + line.textLength()
    lo, hi = offsets.from_utf16(lo16), offsets.from_utf16(hi16)
    bounds = [offsets.to_utf16(m.end()) for m in _GRAPHEME.finditer(text, lo, hi)]
    measured = []  # (start, end, left, right, rtl, glyph identities)
    start = lo16
    block_rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
    for end in bounds:
        runs = line.glyphRuns(start - base, end - start, _FLAGS)
        if runs:
            left = min(r.boundingRect().left() for r in runs)
            right = max(r.boundingRect().right() for r in runs)
            # A glyph is the same glyph when its index and place agree.
            ids = {(g, round(p.x(), 2)) for r in runs for g, p in zip(r.glyphIndexes(), r.positions())}
            rtl = runs[0].isRightToLeft()
        else:
            left = right = caret_x(line, start - base)
            ids = set()
            rtl = block_rtl
        measured.append((start, end, left, right, rtl, ids))
        start = end
    return _split_ligatures(block, line, measured)


def _split_ligatures(block: QTextBlock, line: QTextLine, measured: list) -> list[Cell]:
    """Cells, with clusters that share a glyph (a ligature) or have none measured together."""
    cells: list[Cell] = []
    i = 0
    base = block.position()
    while i < len(measured):
        j = i + 1
        while j < len(measured) and _joined(measured[j - 1], measured[j]):
            j += 1
        group = measured[i:j]
        if len(group) == 1:
            s, e, left, right, rtl, _ids = group[0]
            cells.append(Cell(s, e, left, right, rtl))
        else:
            # A ligature: its glyph's edges, and inside it Qt's own caret
            # positions (unambiguous within one run): لا gives the lam the
            # whole glyph, الله is split evenly.
            first, last = group[0][0], group[-1][1]
            runs = line.glyphRuns(first - base, last - first)
            left = min((r.boundingRect().left() for r in runs), default=group[0][2])
            right = max((r.boundingRect().right() for r in runs), default=group[0][3])
            rtl = group[0][4]
            edge = right if rtl else left
            for s, e, *_rest in group:
                if e == last:
                    far = left if rtl else right
                else:
                    far = min(max(caret_x(line, e - base), left), right)
                    far = min(far, edge) if rtl else max(far, edge)  # never back past the previous cell
                cells.append(Cell(s, e, min(edge, far), max(edge, far), rtl))
                edge = far
        i = j
    return _merge_invisible(cells)


def _merge_invisible(cells: list[Cell]) -> list[Cell]:
    """Fold a cluster with no width (the alef of لا, a direction mark) into the one before it.

    It cannot be pointed at on its own, and a drag that reaches the glyph it
    hides in means it too.
    """
    merged: list[Cell] = []
    for cell in cells:
        if merged and cell.right - cell.left < 0.01 and merged[-1].rtl == cell.rtl:
            prev = merged[-1]
            merged[-1] = Cell(prev.start, cell.end, prev.left, prev.right, prev.rtl)
        else:
            merged.append(cell)
    return merged


def _joined(a: tuple, b: tuple) -> bool:
    """Two neighbouring clusters drawn as one: a shared glyph, or one with no width of its own."""
    if a[4] != b[4]:
        return False
    return bool(a[5] & b[5]) or a[3] - a[2] < 0.01 or b[3] - b[2] < 0.01


def hit_cells(cells: list[Cell], x: float, line_start: int, line_end: int) -> Hit:
    """The cluster under ``x`` and the boundary nearest to it.

    Outside every cell (beyond either end of the line) there is no cluster
    under the point, and the nearest boundary is that of the nearest cell.
    """
    if not cells:
        return Hit(line_start, None)
    under = next((c for c in cells if c.left <= x < c.right), None)
    cell = under or min(cells, key=lambda c: min(abs(x - c.left), abs(x - c.right)))
    nearer_start = abs(x - cell.start_x) <= abs(x - cell.end_x)
    position = cell.start if nearer_start else cell.end
    return Hit(max(line_start, min(line_end, position)), under)
