"""The reading view: a read-only, selectable, right-to-left aware text view.

``QPlainTextEdit`` plus a ``QSyntaxHighlighter`` that looks spans up in a
sorted index: it lays out only what is visible and never writes formats into
the document (which would also land in the document's undo history).  Each
paragraph is aligned to its own start edge by
:class:`~annotator.ui.directional.DirectionalLayout`.

The mouse is handled here, not by Qt: Qt's hit testing is half a glyph off on
right-to-left lines, so a point is mapped to the cluster under it with
:mod:`annotator.ui.hit_testing`.  A drag selects every cluster it touches
(the one pressed on and the one released on included) and, by default, whole
words; Alt+drag (or the View menu's toggle) selects exact characters.  What
the drag shows is the cleaned span that tagging will store
(:func:`annotator.core.words.clean_span`).

Lines are capped at a comfortable measure and centred (the side margins are
viewport margins; a press there still selects).
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLine,
)
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QToolTip, QWidget

from ..core.model import Tag
from ..core.spans import Span, SpanIndex
from ..core.text import OffsetMap
from ..core.words import clean_span, word_bounds
from .directional import use_directional_layout
from .fonts import DEFAULT_POINT_SIZE, reading_font
from .hit_testing import Cell, Hit, hit_cells, line_cells

#: Opacity of a tag colour behind text: light enough to read black text on.
BACKGROUND_ALPHA = 95
#: Behind someone else's span (another annotator's, or one someone else curated): a tint, not a fill.
OTHER_ALPHA = 40
#: Longest line, in average characters of the reading face (typographers say 45–75).
MEASURE_CHARS = 72
#: A sample of ordinary Arabic prose, to measure what an average character is.
_MEASURE_SAMPLE = "عقدت قوات التحالف الدولي وقوات سوريا الديمقراطية مؤتمراً صحفياً في قاعدة قصرك"


class SpanHighlighter(QSyntaxHighlighter):
    """Paints annotation spans from a :class:`SpanIndex` (UTF-16 positions).

    Each piece of text gets the background of the innermost span covering
    it.  Where spans nest or cross, :class:`ArticleView` also draws one bar
    per span under the line, stacked, so every span's extent stays visible.
    The spans in ``others`` (keys) are someone else's: read-only, so only
    tinted, with a dotted bar.  The headline paragraph, when there is one,
    is set larger and bold.
    """

    def __init__(self, document: QTextDocument, index: SpanIndex) -> None:
        super().__init__(document)
        self.index = index
        self.heading_block = -1
        #: while set, a pass over the whole document formats only these paragraphs (block numbers)
        self.eager: range | None = None
        #: paragraphs left unformatted by such a pass, formatted when they come into view
        self.deferred: set[int] = set()
        self._colors: dict[str, QColor] = {}
        self._formats: dict[tuple[str, bool, bool], QTextCharFormat] = {}
        #: keys of the spans that are someone else's (see ArticleView.others)
        self.others: set[str] = set()

    def set_tags(self, tags: list[Tag], eager: range | None = None) -> None:
        """Use these tag colours: the ``eager`` paragraphs (all when None) now, the others when seen."""
        self._colors = {t.name: QColor(t.color) for t in tags}
        self._formats.clear()
        self.pass_over(self.rehighlight, eager)

    def pass_over(self, run, eager: range | None) -> None:
        """Call ``run`` (which makes Qt format every paragraph) formatting only the ``eager`` ones.

        Qt formats every paragraph of a new text at once; a 20-million-character
        article has 200,000 of them, which took 8 s.  The others are recorded
        in ``deferred`` instead.
        """
        self.eager = eager
        try:
            run()
        finally:
            self.eager = None

    def color(self, tag: str) -> QColor:
        return self._colors.get(tag, QColor("#999999"))

    def _format(self, inner: str, heading: bool, other: bool = False) -> QTextCharFormat:
        fmt = self._formats.get((inner, heading, other))
        if fmt is None:
            fmt = QTextCharFormat()
            if heading:
                fmt.setFontWeight(700)
                # Relative to the view's font, so zooming keeps the proportion.
                fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
            if inner:
                back = QColor(self.color(inner))
                back.setAlpha(OTHER_ALPHA if other else BACKGROUND_ALPHA)
                fmt.setBackground(back)
            self._formats[(inner, heading, other)] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        block = self.currentBlock()
        if self.eager is not None and block.blockNumber() not in self.eager:
            self.deferred.add(block.blockNumber())
            return
        lo = block.position()
        hi = lo + block.length() - 1  # UTF-16 length, without the paragraph break
        heading = block.blockNumber() == self.heading_block
        if heading:
            self.setFormat(0, hi - lo, self._format("", True))
        others = self.others
        for start, end, covering in self.index.segments(lo, hi):
            inner = covering[-1]
            self.setFormat(start - lo, end - start, self._format(inner.tag, heading, inner.key in others))

    def rehighlight_range(self, start: int, end: int) -> None:
        """Repaint only the paragraphs that ``[start, end)`` (UTF-16) touches."""
        doc = self.document()
        block = doc.findBlock(start)
        last = doc.findBlock(max(start, end - 1))
        while block.isValid():
            self.rehighlightBlock(block)
            if block == last:
                break
            block = block.next()


@dataclass(frozen=True)
class LinkLine:
    """A link to draw: from one span to another (UTF-16 positions)."""

    from_start: int
    from_end: int
    to_start: int
    to_end: int
    color: QColor
    strong: bool


@dataclass
class _Drag:
    """A mouse selection in progress (UTF-16 positions)."""

    anchor: tuple[int, int]          # the cluster (or word) pressed on; empty beyond a line's end
    words: bool                      # widen to whole words
    press: QPointF = field(default_factory=QPointF)
    moved: bool = False              # a click becomes a drag once it leaves the cluster
    last: QPointF = field(default_factory=QPointF)


class ArticleView(QPlainTextEdit):
    """Shows one article; reports selections and clicks in UTF-16 positions."""

    #: the user clicked (without selecting) at this UTF-16 position
    clickedAt = Signal(int)
    #: the mouse moved onto another span (its key) or off all spans ("")
    hoveredSpan = Signal(str)
    #: the mouse rests on these spans (a list of Span) at this global point: answer with show_tip()
    tipRequested = Signal(list, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        use_directional_layout(self)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(28)  # room for link routes beside the lines
        self.index = SpanIndex()
        self.highlighter = SpanHighlighter(self.document(), self.index)
        #: keys of the spans drawn as someone else's: tinted, a dotted bar (set with the spans)
        self.others = self.highlighter.others
        self.context_actions: list = []
        self.link_lines: list[LinkLine] = []
        #: proposed spans ``(start, end, colour)``, UTF-16, outlined dashed (see set_suggestions)
        self.suggestion_spans: list[tuple[int, int, QColor]] = []
        self._suggestion_starts: list[int] = []
        self._longest_suggestion = 0
        #: a drag selects whole words (Alt+drag: exact characters)
        self.snap_words = True
        self._hovered = ""
        self._text = ""
        self._offsets = OffsetMap("")
        self._drag: _Drag | None = None
        self._double_click_at = 0.0
        self._double_click_point = QPointF()
        self._margin_press = False
        self._pressed_cell: Cell | None = None
        self._cells: dict[tuple, list[Cell]] = {}
        self._bars: dict[int, tuple[tuple, list[tuple[Span, QRectF]]]] = {}  # per block, see span_bars
        # Paragraphs to re-highlight when they come into view (the highlighter's, see pass_over).
        self._stale = self.highlighter.deferred
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(40)
        self._scroll_due = 0.0  # lines owed to the autoscroll, carried between ticks
        self._autoscroll.timeout.connect(self._autoscroll_step)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._refresh_stale())
        # The side margins of the measure look like the page and select like it.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.verticalScrollBar().setCursor(Qt.CursorShape.ArrowCursor)
        self.set_point_size(DEFAULT_POINT_SIZE)

    # -- content ---------------------------------------------------------

    def set_article(self, text: str, spans: list[Span], offsets: OffsetMap | None = None,
                    heading: bool = False, others: Iterable[str] = ()) -> None:
        """Show ``text`` (canonical: every ``\\n`` is one paragraph break) with its spans.

        ``offsets`` maps the text's code points to Qt's UTF-16 positions (the
        document's own map, so there is one place that converts); ``heading``
        sets the first paragraph as the headline; ``others`` are the keys of
        spans drawn as someone else's.  The span index is in place
        before the text arrives, so Qt's own pass over the new paragraphs
        highlights them once — no second pass.
        """
        self.link_lines = []
        self._drag = None
        self._cells.clear()
        self._bars.clear()
        self._stale.clear()
        self.setExtraSelections([])
        self.index = SpanIndex(spans)
        self.highlighter.index = self.index
        self.others.clear()
        self.others.update(others)
        self.highlighter.heading_block = 0 if heading else -1
        self._text = text
        self._offsets = offsets if offsets is not None else OffsetMap(text)
        # Only the paragraphs that can be on the first screen are formatted now.
        self.highlighter.pass_over(lambda: self.setPlainText(text), range(self._screenful()))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _screenful(self, first: int = 0) -> int:
        """Past the last paragraph that can be on the screen when ``first`` is the top one."""
        lines = self.viewport().height() / max(1.0, QFontMetricsF(self.font()).lineSpacing())
        return first + int(lines) + 16

    def set_tags(self, tags: list[Tag]) -> None:
        """Use these tags' colours: the paragraphs on the screen now, the others when they come into view."""
        first = self.firstVisibleBlock().blockNumber()
        self.highlighter.set_tags(tags, range(first, self._screenful(first)))

    def shown_text(self) -> str:
        """The text as the document holds it (``toPlainText`` would turn NBSP into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n")

    def set_spans(self, spans: list[Span], others: Iterable[str] = ()) -> None:
        """Show these spans instead of the ones shown (another layer): the screen now, the rest when seen."""
        self.index = SpanIndex(spans)
        self.highlighter.index = self.index
        self.others.clear()
        self.others.update(others)
        self._bars.clear()
        self._stale.update(range(self.document().blockCount()))
        self._refresh_stale()

    def is_other(self, key: str) -> bool:
        """Whether the span ``key`` is drawn as someone else's."""
        return key in self.others

    def change_spans(self, added: list[Span], removed: list[Span]) -> None:
        """Add and remove many spans at once and repaint the paragraphs they touch."""
        self.index.remove_many([s.key for s in removed])
        self.index.add_many(added)
        changed = added + removed
        # Paragraphs off the screen are re-highlighted when they come into
        # view: re-highlighting thousands of them now would lay each one out.
        document = self.document()
        for span in changed:
            first = document.findBlock(span.start).blockNumber()
            last = document.findBlock(max(span.start, span.end - 1)).blockNumber()
            self._stale.update(range(first, last + 1))
        self._refresh_stale()

    def _refresh_stale(self) -> None:
        """Re-highlight the visible paragraphs whose spans changed while they were off the screen."""
        if not self._stale:
            return
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = self.viewport().height()
        while block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() <= bottom:
            if block.blockNumber() in self._stale:
                self._stale.discard(block.blockNumber())
                self.highlighter.rehighlightBlock(block)
            block = block.next()
        self.viewport().update()

    def add_span(self, span: Span) -> None:
        self.index.add(span)
        self.highlighter.rehighlight_range(span.start, span.end)

    def remove_span(self, key: str) -> None:
        span = self.index.remove(key)
        if span is not None:
            self.highlighter.rehighlight_range(span.start, span.end)

    # -- size and measure --------------------------------------------------

    def point_size(self) -> float:
        return self.font().pointSizeF()

    def set_point_size(self, size: float) -> None:
        """Set the reading size (the bundled face, clamped to a sane range)."""
        self.setFont(reading_font(size))
        self._cells.clear()
        self._fit_measure()

    def measure(self) -> float:
        """The longest line, in pixels, at the current size."""
        metrics = QFontMetricsF(self.font())
        return metrics.horizontalAdvance(_MEASURE_SAMPLE) / len(_MEASURE_SAMPLE) * MEASURE_CHARS

    def _fit_measure(self) -> None:
        """Centre a column no wider than the measure (side margins only when there is room)."""
        bar = self.verticalScrollBar().sizeHint().width() if self.verticalScrollBar().isVisible() else 0
        room = self.width() - 2 * self.frameWidth() - bar
        column = self.measure() + 2 * self.document().documentMargin()
        side = max(0, int((room - column) / 2))
        if self.viewportMargins().left() != side:
            self._cells.clear()
            self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_measure()
        self._refresh_stale()

    def event(self, event: QEvent) -> bool:
        # Presses in the side margins land on this widget, not the viewport:
        # hand them on in viewport coordinates, so a drag may start there.
        # (Events the viewport ignored also arrive here; those stay Qt's.)
        if isinstance(event, QContextMenuEvent) and not self.viewport().geometry().contains(event.pos()):
            pos = event.pos() - self.viewport().geometry().topLeft()
            self.contextMenuEvent(QContextMenuEvent(event.reason(), pos, event.globalPos(), event.modifiers()))
            return True
        if isinstance(event, QMouseEvent) and event.type() in _MOUSE_EVENTS:
            origin = QPointF(self.viewport().geometry().topLeft())
            pressed = event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
            if pressed:
                self._margin_press = not self.viewport().geometry().contains(event.position().toPoint())
            if self._margin_press:
                moved = QMouseEvent(event.type(), event.position() - origin, event.globalPosition(), event.button(),
                                    event.buttons(), event.modifiers())
                if event.type() == QEvent.Type.MouseButtonRelease:
                    self._margin_press = False
                _MOUSE_EVENTS[event.type()](self, moved)
                return True
        return super().event(event)

    # -- selection -------------------------------------------------------

    def selection_utf16(self) -> tuple[int, int]:
        """The selected range as ``(start, end)`` UTF-16 positions (equal if none)."""
        cursor = self.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def select_utf16(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select ``[start, end)`` (UTF-16); with ``scroll``, bring it to the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scroll:
            self.reveal(start, end)

    def reveal(self, start: int, end: int) -> None:
        """Scroll ``[start, end)`` into the middle of the view, with the line before it visible.

        Nothing moves when the span and the line above it are already well
        inside the view, so stepping through nearby annotations does not jump.
        """
        line_height = QFontMetricsF(self.font()).lineSpacing()
        top = self.cursorRect(self._cursor_at(start)).top()
        bottom = self.cursorRect(self._cursor_at(end)).bottom()
        height = self.viewport().height()
        if top >= 1.2 * line_height and bottom <= height - 0.8 * line_height:
            return
        block = self.document().findBlock(start)
        block_layout = block.layout()
        line_no = block.firstLineNumber()
        if block_layout.lineCount():
            line_no += block_layout.lineForTextPosition(start - block.position()).lineNumber()
        visible_lines = max(1, int(height / line_height))
        span_lines = max(1, round((bottom - top) / line_height))
        # The span's first line a little above the middle; a long span from the top, one line of context.
        lines_above = max(1, (visible_lines - span_lines) // 2) if span_lines < visible_lines - 2 else 1
        self.verticalScrollBar().setValue(max(0, line_no - lines_above))

    def fits(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` would fit in the view with a line to spare above and below."""
        line_height = QFontMetricsF(self.font()).lineSpacing()
        top = self.cursorRect(self._cursor_at(start)).top()
        bottom = self.cursorRect(self._cursor_at(end)).bottom()
        return bottom - top <= self.viewport().height() - 3 * line_height

    def _cursor_at(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        return cursor

    # -- hit testing -----------------------------------------------------

    def hit(self, point: QPointF | QPoint) -> Hit:
        """The cluster under a viewport point and the boundary nearest to it (UTF-16).

        The line is the one at the point's height (the first or last visible
        line when the point is above or below the text).
        """
        found = self._line_at(QPointF(point))
        if found is None:
            return Hit(0, None)
        block, line, x = found
        key = (block.blockNumber(), line.lineNumber(), block.revision(), line.textStart(), round(line.width()))
        cells = self._cells.get(key)
        if cells is None:
            if len(self._cells) > 64:
                self._cells.clear()
            cells = self._cells[key] = line_cells(block, line, self._text, self._offsets)
        start = block.position() + line.textStart()
        return hit_cells(cells, x, start, start + line.textLength())

    def cursorForPosition(self, pos: QPoint) -> QTextCursor:  # noqa: N802 (Qt API, made exact)
        """A cursor at the boundary nearest to a viewport point (exact on right-to-left lines)."""
        return self._cursor_at(self.hit(pos).position)

    def _line_at(self, point: QPointF) -> tuple[QTextBlock, QTextLine, float] | None:
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        found = None
        while block.isValid():
            if block.isVisible() and block.length() > 0:
                geometry = self.blockBoundingGeometry(block).translated(offset)
                layout = block.layout()
                count = layout.lineCount()
                if count:
                    # Lines are stacked in order: a binary search, even in a paragraph of thousands of lines.
                    y = point.y() - geometry.top() - layout.position().y()
                    lo, hi = 0, count - 1
                    while lo < hi:
                        mid = (lo + hi) // 2
                        line = layout.lineAt(mid)
                        if y < line.y() + line.height():
                            hi = mid
                        else:
                            lo = mid + 1
                    line = layout.lineAt(lo)
                    found = (block, line, point.x() - geometry.left() - layout.position().x())
                    if y < line.y() + line.height():
                        return found
                if geometry.top() > max(point.y(), self.viewport().height()):
                    break
            block = block.next()
        return found

    def spans_at_point(self, point: QPoint) -> list[Span]:
        """Spans under a viewport point, outermost first."""
        hit = self.hit(point)
        if hit.cell is None:
            return []
        return self.index.at(hit.cell.start)

    # -- mouse selection -------------------------------------------------

    def _cluster(self, hit: Hit) -> tuple[int, int]:
        return (hit.cell.start, hit.cell.end) if hit.cell else (hit.position, hit.position)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.hit(event.position())
        words = self.snap_words and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        third_click = (time.monotonic() - self._double_click_at < QApplication.doubleClickInterval() / 1000
                       and (event.position() - self._double_click_point).manhattanLength()
                       < QApplication.startDragDistance()
                       and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._double_click_at = 0.0
        if third_click:
            block = self.document().findBlock(hit.position)  # a third click: the paragraph
            self._drag = _Drag((block.position(), block.position() + block.length() - 1), True, event.position(),
                               True, event.position())
            self._select_dragged(self._drag.anchor)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            anchor = self.textCursor().anchor()
            self._drag = _Drag((anchor, anchor), words, event.position(), True, event.position())
            self._select_dragged(self._cluster(hit))
            return
        self._drag = _Drag(self._cluster(hit), words, event.position(), False, event.position())
        self._pressed_cell = hit.cell
        self.setTextCursor(self._cursor_at(hit.position))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        hit = self.hit(event.position())
        self._double_click_at = time.monotonic()
        self._double_click_point = event.position()
        if hit.cell is None:
            return
        cp = self._offsets.from_utf16(hit.cell.start)
        start, end = word_bounds(self._text, cp)
        word = (self._offsets.to_utf16(start), self._offsets.to_utf16(end))
        # Holding the second press and dragging goes on by whole words.
        self._drag = _Drag(word, True, event.position(), True, event.position())
        self._select_dragged(word)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag = self._drag
        if drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            drag.last = event.position()
            hit = self.hit(event.position())
            if not drag.moved:
                distance = (event.position() - drag.press).manhattanLength()
                left_cluster = self._cluster(hit) != drag.anchor and distance >= 2
                if not left_cluster and distance < QApplication.startDragDistance():
                    return
                drag.moved = True
            self._select_dragged(self._cluster(hit))
            outside = not 0 <= event.position().y() < self.viewport().height()
            if outside and not self._autoscroll.isActive():
                self._autoscroll.start()
            elif not outside:
                self._autoscroll.stop()
            return
        spans = self.spans_at_point(event.position().toPoint())
        key = spans[-1].key if spans else ""
        if key != self._hovered:
            self._hovered = key
            self.hoveredSpan.emit(key)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._autoscroll.stop()
        self._drag = None
        if not self.textCursor().hasSelection():
            # The letter clicked on, not the nearest boundary: the end-side half
            # of a nested span's last letter still belongs to that span.
            cell, self._pressed_cell = self._pressed_cell, None
            self.clickedAt.emit(cell.start if cell is not None else self.textCursor().position())

    def _select_dragged(self, current: tuple[int, int]) -> None:
        """Select from the pressed cluster to ``current``, both included, cleaned as tagging stores it."""
        drag = self._drag
        assert drag is not None
        (a0, a1), (c0, c1) = drag.anchor, current
        forward = c0 >= a0
        start, end = (a0, max(a1, c1)) if forward else (c0, a1)
        offsets = self._offsets
        span = clean_span(self._text, offsets.from_utf16(start), offsets.from_utf16(end), words=drag.words)
        if span is None:
            self.setTextCursor(self._cursor_at(c0 if forward else c1))
            return
        s16, e16 = offsets.to_utf16(span[0]), offsets.to_utf16(span[1])
        cursor = QTextCursor(self.document())
        cursor.setPosition(s16 if forward else e16)
        cursor.setPosition(e16 if forward else s16, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _autoscroll_step(self) -> None:
        """While a drag is held above or below the text, scroll and extend the selection."""
        drag = self._drag
        if drag is None:
            self._autoscroll.stop()
            return
        y = drag.last.y()
        height = self.viewport().height()
        distance = -y if y < 0 else y - height
        if distance <= 0:
            self._autoscroll.stop()
            return
        # Slow near the edge, faster further out: 5 lines a second just past
        # it, 25 at 40 px (a new-user trial overshot to the end at one speed).
        self._scroll_due += (4 + distance / 2) * self._autoscroll.interval() / 1000
        step = int(self._scroll_due)
        if not step:
            return
        self._scroll_due -= step
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + (step if y > 0 else -step))
        self._select_dragged(self._cluster(self.hit(drag.last)))

    # -- menus and tooltips ----------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            standard = menu.actions()  # Qt's own entries (Copy, Select All) go after ours
            for action in standard:
                menu.removeAction(action)
            for action in self.context_actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            menu.addSeparator()
            menu.addActions(standard)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        super().leaveEvent(event)
        if self._hovered:
            self._hovered = ""
            self.hoveredSpan.emit("")

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Leave and self._hovered:
            # Into a side margin, which is not the viewport: the hover ends there too.
            self._hovered = ""
            self.hoveredSpan.emit("")
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            spans = self.spans_at_point(event.pos())
            if spans:
                self.tipRequested.emit(spans, event.globalPos())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def show_tip(self, text: str, global_pos: QPoint) -> None:
        """Show ``text`` (rich text, already escaped) as the tooltip at ``global_pos``; empty hides it."""
        if text:
            QToolTip.showText(global_pos, text, self.viewport())
        else:
            QToolTip.hideText()

    # -- painting: span bars and link routes -----------------------------

    def set_suggestions(self, spans: list[tuple[int, int, QColor]]) -> None:
        """Outline these proposed spans ``(start, end, colour)`` (UTF-16), dashed: not annotations yet."""
        self.suggestion_spans = sorted(spans, key=lambda s: (s[0], s[1]))
        self._suggestion_starts = [s[0] for s in self.suggestion_spans]
        self._longest_suggestion = max((e - s for s, e, _c in spans), default=0)
        self.viewport().update()

    def _paint_suggestions(self, painter: QPainter) -> None:
        """A dashed outline around each visible proposed span, in its tag's colour, following the glyphs."""
        if not self.suggestion_spans:
            return
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        bottom = self.viewport().rect().bottom()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            lo = block.position()
            hi = lo + block.length() - 1
            first = bisect_left(self._suggestion_starts, lo - self._longest_suggestion)
            layout = block.layout()
            for start, end, color in self.suggestion_spans[first:bisect_left(self._suggestion_starts, hi)]:
                s, e = max(start, lo), min(end, hi)
                if s >= e:
                    continue
                pen = QPen(color.darker(125), 1.6, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    a, b = max(s, lo + line.textStart()), min(e, lo + line.textStart() + line.textLength())
                    if a >= b:
                        continue
                    top = geometry.top() + layout.position().y() + line.y()
                    for run in line.glyphRuns(a - lo, b - a):
                        rect = run.boundingRect()
                        painter.drawRoundedRect(QRectF(geometry.left() + layout.position().x() + rect.left() - 1,
                                                       top + 1, rect.width() + 2, line.height() - 2), 3, 3)
            block = block.next()

    def set_link_lines(self, lines: list[LinkLine]) -> None:
        """Draw these links (quote → speaker) over the text."""
        if lines != self.link_lines:
            self.link_lines = lines
            self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        others = self.others
        for span, rect in self.span_bars(event.rect()):
            color = self.highlighter.color(span.tag).darker(115)
            if span.key in others:  # someone else's: dotted, where one's own is solid
                painter.setPen(QPen(color, rect.height(), Qt.PenStyle.DotLine, Qt.PenCapStyle.FlatCap))
                middle = rect.center().y()
                painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
            else:
                painter.fillRect(rect, color)
        self._paint_suggestions(painter)
        for line in self.link_lines:
            self._paint_link(painter, line)
        painter.end()

    def span_bars(self, area=None) -> list[tuple[Span, QRectF]]:
        """A bar under every visible span, one level per overlapping span (as brat stacks them).

        Bars follow the glyphs (``QTextLine.glyphRuns``), so a span that the
        bidi algorithm splits — an English name inside Arabic — gets a bar
        under each visual piece and nowhere else.
        """
        bars: list[tuple[Span, QRectF]] = []
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        bottom = (area or self.viewport().rect()).bottom()
        # A block's bars, relative to the block, are kept while its spans and
        # its line breaks stay the same: measuring glyph runs is the costly
        # part, and a key press changes one block of those on screen.
        shape = (self.viewport().width(), self.font().key(), self.document().documentMargin())
        if len(self._bars) > 2000:
            self._bars.clear()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            lo = block.position()
            spans = self.index.overlapping(lo, lo + block.length() - 1) if block.isVisible() else []
            if spans:
                layout = block.layout()
                key = (shape, layout.lineCount(), tuple((x.start, x.end, x.key) for x in spans))
                kept = self._bars.get(block.blockNumber())
                if kept is None or kept[0] != key:
                    kept = (key, self._block_bars(block, spans))
                    self._bars[block.blockNumber()] = kept
                left, top = geometry.left(), geometry.top()
                bars.extend((span, rect.translated(left, top)) for span, rect in kept[1])
            block = block.next()
        return bars

    @staticmethod
    def _block_bars(block: QTextBlock, spans: list[Span]) -> list[tuple[Span, QRectF]]:
        """The bars of ``spans`` in one block, relative to the block's top left corner."""
        bars: list[tuple[Span, QRectF]] = []
        lo = block.position()
        layout = block.layout()
        levels = _levels(spans)
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            line_lo = lo + line.textStart()
            line_hi = line_lo + line.textLength()
            base_y = layout.position().y() + line.y() + line.ascent() + line.descent() * 0.35
            for span in spans:
                s, e = max(span.start, line_lo), min(span.end, line_hi)
                if s >= e:
                    continue
                y = base_y + 3.2 * levels[span.key]
                for run in line.glyphRuns(s - lo, e - s):
                    rect = run.boundingRect()
                    bars.append((span, QRectF(layout.position().x() + rect.left(), y, rect.width(), 2.2)))
        return bars

    def link_path(self, line: LinkLine) -> QPainterPath:
        """The route of a link, in viewport coordinates.

        On one line: a low arc above it.  Across lines: up into the gap above
        the first span's line, out to the side margin, along it, and in above
        the other span — never through the words of the lines between.
        """
        p1, top1 = self._anchor(line.from_start, line.from_end)
        p2, top2 = self._anchor(line.to_start, line.to_end)
        path = QPainterPath(p1)
        if abs(top1 - top2) < 1:
            lift = min(10 + 0.04 * abs(p1.x() - p2.x()), 0.45 * QFontMetricsF(self.font()).lineSpacing())
            path.quadTo(QPointF((p1.x() + p2.x()) / 2, top1 - lift), p2)
            return path
        margin = self.document().documentMargin()
        width = self.viewport().width()
        # The nearer side margin: right for lines that start on the right.
        side = width - margin / 2 if (p1.x() + p2.x()) / 2 > width / 2 else margin / 2
        y1, y2, r = top1 - 1, top2 - 1, 6.0
        path.lineTo(p1.x(), y1 + r)
        path.quadTo(p1.x(), y1, p1.x() + (r if side > p1.x() else -r), y1)
        path.lineTo(side + (-r if side > p1.x() else r), y1)
        path.quadTo(side, y1, side, y1 + (r if y2 > y1 else -r))
        path.lineTo(side, y2 - (r if y2 > y1 else -r))
        path.quadTo(side, y2, side + (-r if side > p2.x() else r), y2)
        path.lineTo(p2.x() + (r if side > p2.x() else -r), y2)
        path.quadTo(p2.x(), y2, p2.x(), y2 + r)
        path.lineTo(p2)
        return path

    def _anchor(self, start: int, end: int) -> tuple[QPointF, float]:
        """Where a link meets a span (above the middle of its first line) and that line's top."""
        a = self.cursorRect(self._cursor_at(start))
        b = self.cursorRect(self._cursor_at(end))
        x = (a.x() + b.x()) / 2 if a.top() == b.top() else a.x()
        return QPointF(x, a.top() + 4), float(a.top())

    def _paint_link(self, painter: QPainter, line: LinkLine) -> None:
        color = QColor(line.color).darker(130)
        color.setAlpha(230 if line.strong else 150)
        pen = QPen(color, 2.2 if line.strong else 1.4)
        pen.setStyle(Qt.PenStyle.SolidLine if line.strong else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = self.link_path(line)
        painter.drawPath(path)
        painter.setBrush(color)
        painter.drawEllipse(path.pointAtPercent(0), 3, 3)
        painter.drawEllipse(path.pointAtPercent(1), 4.5, 4.5)


_MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress: ArticleView.mousePressEvent,
    QEvent.Type.MouseButtonRelease: ArticleView.mouseReleaseEvent,
    QEvent.Type.MouseButtonDblClick: ArticleView.mouseDoubleClickEvent,
    QEvent.Type.MouseMove: ArticleView.mouseMoveEvent,
}


def _levels(spans: list[Span]) -> dict[str, int]:
    """Stack level per span: overlapping spans get different levels, outer ones lower."""
    levels: dict[str, int] = {}
    active: list[tuple[int, int]] = []  # (end, level)
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        active = [(end, level) for end, level in active if end > span.start]
        used = {level for _, level in active}
        level = next(n for n in range(len(used) + 1) if n not in used)
        levels[span.key] = level
        active.append((span.end, level))
    return levels
