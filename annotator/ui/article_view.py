"""The reading view: a read-only, selectable, right-to-left aware text view.

``QPlainTextEdit`` plus a ``QSyntaxHighlighter`` that looks spans up in a
sorted index: it lays out only what is visible and never writes formats into
the document (which would also land in the document's undo history).

Alignment: the plain-text layout gives every paragraph the document's one
``QTextOption``, whose ``AlignLeft``/``AlignRight`` do not flip for
right-to-left paragraphs, so Arabic would sit ragged on the left.
:class:`DirectionalLayout` fixes each paragraph up right after Qt lays it
out: the paragraph's direction comes from its first strong character
(``LayoutDirectionAuto``) and its lines are aligned to that start edge —
right for Arabic, left for English.  Tests check this on the ``QTextLine``
positions.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QToolTip, QWidget

from ..core.model import Tag
from ..core.spans import Span, SpanIndex
from .fonts import DEFAULT_POINT_SIZE, reading_font

#: Opacity of a tag colour behind text: light enough to read black text on.
BACKGROUND_ALPHA = 95


_ALIGN_RTL = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
_ALIGN_LTR = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


class DirectionalLayout(QPlainTextDocumentLayout):
    """A plain-text layout that aligns each paragraph to its own start edge.

    ``QPlainTextDocumentLayout`` lays a paragraph out with the document-wide
    text option and offers no per-paragraph hook, but every consumer of the
    layout — painting, hit testing, scrolling — asks for the paragraph's
    rectangle through the virtual ``blockBoundingRect`` first.  There the
    paragraph's lines are re-created with the same widths and positions and
    an alignment that matches its direction; line breaks and heights do not
    depend on alignment, so nothing else moves.
    """

    def blockBoundingRect(self, block: QTextBlock):  # noqa: N802 (Qt API)
        rect = super().blockBoundingRect(block)
        layout = block.layout()
        count = layout.lineCount()
        if count:
            option = layout.textOption()
            wanted = _ALIGN_RTL if block.textDirection() == Qt.LayoutDirection.RightToLeft else _ALIGN_LTR
            if option.alignment() != wanted:
                geometry = [(layout.lineAt(i).width(), layout.lineAt(i).position()) for i in range(count)]
                option.setAlignment(wanted)
                layout.setTextOption(option)
                layout.beginLayout()
                for width, position in geometry:
                    line = layout.createLine()
                    if not line.isValid():
                        break
                    line.setLeadingIncluded(True)
                    line.setLineWidth(width)
                    line.setPosition(position)
                layout.endLayout()
        return rect


class SpanHighlighter(QSyntaxHighlighter):
    """Paints annotation spans from a :class:`SpanIndex` (UTF-16 positions).

    Each piece of text gets the background of the innermost span covering
    it.  Where spans nest or cross, :class:`ArticleView` also draws one bar
    per span under the line, stacked, so every span's extent stays visible.
    """

    def __init__(self, document: QTextDocument, index: SpanIndex) -> None:
        super().__init__(document)
        self.index = index
        self._colors: dict[str, QColor] = {}
        self._formats: dict[str, QTextCharFormat] = {}

    def set_tags(self, tags: list[Tag]) -> None:
        """Use these tag colours (rehighlights)."""
        self._colors = {t.name: QColor(t.color) for t in tags}
        self._formats.clear()
        self.rehighlight()

    def color(self, tag: str) -> QColor:
        return self._colors.get(tag, QColor("#999999"))

    def _format(self, inner: str) -> QTextCharFormat:
        fmt = self._formats.get(inner)
        if fmt is None:
            fmt = QTextCharFormat()
            back = QColor(self.color(inner))
            back.setAlpha(BACKGROUND_ALPHA)
            fmt.setBackground(back)
            self._formats[inner] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        block = self.currentBlock()
        lo = block.position()
        hi = lo + block.length() - 1  # UTF-16 length, without the paragraph break
        for start, end, covering in self.index.segments(lo, hi):
            self.setFormat(start - lo, end - start, self._format(covering[-1].tag))

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


class ArticleView(QPlainTextEdit):
    """Shows one article; reports selections and clicks in UTF-16 positions."""

    #: the user clicked (without selecting) at this UTF-16 position
    clickedAt = Signal(int)
    #: the mouse moved onto another span (its key) or off all spans ("")
    hoveredSpan = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        document = QTextDocument(self)
        document.setDocumentLayout(DirectionalLayout(document))
        self.setDocument(document)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(18)
        self.index = SpanIndex()
        self.highlighter = SpanHighlighter(self.document(), self.index)
        self.context_actions: list = []
        self.tooltip_for = None  # callable(list[Span]) -> str, set by the window
        self.link_lines: list[LinkLine] = []
        self._hovered = ""
        self.viewport().setMouseTracking(True)
        self._apply_text_option()
        self.set_point_size(DEFAULT_POINT_SIZE)

    def _apply_text_option(self) -> None:
        option = QTextOption(self.document().defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)

    # -- content ---------------------------------------------------------

    def set_article(self, text: str, spans: list[Span]) -> None:
        """Show ``text`` (canonical: every ``\\n`` is one paragraph break) with its spans.

        The span index is in place before the text arrives, so Qt's own pass
        over the new paragraphs highlights them once — no second pass.
        """
        self.link_lines = []
        self.setExtraSelections([])
        self.index = SpanIndex(spans)
        self.highlighter.index = self.index
        self.setPlainText(text)
        self._apply_text_option()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def shown_text(self) -> str:
        """The text as the document holds it (``toPlainText`` would turn NBSP into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n")

    def add_span(self, span: Span) -> None:
        self.index.add(span)
        self.highlighter.rehighlight_range(span.start, span.end)

    def remove_span(self, key: str) -> None:
        span = self.index.remove(key)
        if span is not None:
            self.highlighter.rehighlight_range(span.start, span.end)

    # -- zoom ------------------------------------------------------------

    def point_size(self) -> float:
        return self.font().pointSizeF()

    def set_point_size(self, size: float) -> None:
        """Set the reading size (the bundled face, clamped to a sane range)."""
        self.setFont(reading_font(size))

    # -- selection -------------------------------------------------------

    def selection_utf16(self) -> tuple[int, int]:
        """The selected range as ``(start, end)`` UTF-16 positions (equal if none)."""
        cursor = self.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def select_utf16(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select ``[start, end)`` (UTF-16) and scroll it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scroll:
            self.ensureCursorVisible()

    def spans_at_point(self, point: QPoint) -> list[Span]:
        """Spans under a viewport point, outermost first."""
        pos = self.cursorForPosition(point).position()
        spans = self.index.at(pos)
        if not spans and pos > 0:
            spans = self.index.at(pos - 1)
        return spans

    # -- events ----------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.textCursor().position())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.context_actions:
                if action is None:
                    menu.insertSeparator(first)
                else:
                    menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_link_lines(self, lines: list[LinkLine]) -> None:
        """Draw these links (quote → speaker) over the text."""
        if lines != self.link_lines:
            self.link_lines = lines
            self.viewport().update()

    def _anchor(self, start: int, end: int) -> QPointF:
        """Where a link meets a span: above the middle of its first line."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        a = self.cursorRect(cursor)
        cursor.setPosition(end)
        b = self.cursorRect(cursor)
        if a.top() == b.top():
            return QPointF((a.x() + b.x()) / 2, a.top() + 2)
        return QPointF(a.x(), a.top() + 2)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_span_bars(painter, event.rect())
        self._paint_links(painter)
        painter.end()

    def _paint_span_bars(self, painter: QPainter, area) -> None:
        for span, rect in self.span_bars(area):
            painter.fillRect(rect, self.highlighter.color(span.tag).darker(115))

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
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            lo = block.position()
            hi = lo + block.length() - 1
            spans = self.index.overlapping(lo, hi) if block.isVisible() else []
            if spans:
                layout = block.layout()
                levels = _levels(spans)
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    line_lo = lo + line.textStart()
                    line_hi = line_lo + line.textLength()
                    base_y = geometry.top() + layout.position().y() + line.y() + line.ascent() + line.descent() * 0.35
                    for span in spans:
                        s, e = max(span.start, line_lo), min(span.end, line_hi)
                        if s >= e:
                            continue
                        y = base_y + 3.2 * levels[span.key]
                        for run in line.glyphRuns(s - lo, e - s):
                            rect = run.boundingRect()
                            x0 = geometry.left() + layout.position().x() + rect.left()
                            bars.append((span, QRectF(x0, y, rect.width(), 2.2)))
            block = block.next()
        return bars

    def _paint_links(self, painter: QPainter) -> None:
        for line in self.link_lines:
            p1 = self._anchor(line.from_start, line.from_end)
            p2 = self._anchor(line.to_start, line.to_end)
            lift = 24 + 0.12 * abs(p1.x() - p2.x()) + 0.05 * abs(p1.y() - p2.y())
            control = QPointF((p1.x() + p2.x()) / 2, min(p1.y(), p2.y()) - lift)
            path = QPainterPath(p1)
            path.quadTo(control, p2)
            color = QColor(line.color).darker(130)
            color.setAlpha(230 if line.strong else 150)
            pen = QPen(color, 2.2 if line.strong else 1.4)
            pen.setStyle(Qt.PenStyle.SolidLine if line.strong else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(color)
            painter.drawEllipse(p1, 3, 3)
            painter.drawEllipse(p2, 4.5, 4.5)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        spans = self.spans_at_point(event.position().toPoint())
        key = spans[-1].key if spans else ""
        if key != self._hovered:
            self._hovered = key
            self.hoveredSpan.emit(key)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        super().leaveEvent(event)
        if self._hovered:
            self._hovered = ""
            self.hoveredSpan.emit("")

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            spans = self.spans_at_point(event.pos())
            tip = self.tooltip_for(spans) if spans else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


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


def plain_tooltip(lines: list[str]) -> str:
    """A readable tooltip whose every line is escaped text, never markup.

    Each line is laid out in its own direction (an Arabic quote right to left
    and right-aligned, an English note left to right) at a reading size.
    """
    from ..core.text import dominant_direction

    rows = []
    for line in lines:
        rtl = dominant_direction(line.split(": ", 1)[-1]) == "rtl"
        attrs = "dir='rtl' align='right'" if rtl else "dir='ltr' align='left'"
        rows.append(f"<tr><td {attrs}>{html.escape(line.strip())}</td></tr>")
    return f"<table width='460' style='font-size:13pt'>{''.join(rows)}</table>"
