"""Ctrl+Shift+F: search every article and annotation, Arabic-folded, one click to a hit.

Results are a two-level tree: one row per article (its title, once) with its
hits below it.  Each row is drawn from a small HTML document in which every
piece of user text is escaped, laid out in the text's own direction, with the
matched words marked.  Where the match is is found with the same folding as
the search itself (:mod:`annotator.core.search`), so harakat, tatweel and the
alef forms never stop a word from being marked.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AnnotatorError
from ..core.model import Annotation, ArticleSummary, Tag
from ..core.search import find_in_text
from ..core.store import Store
from ..core.text import dominant_direction, line_and_column, paragraph_starts
from . import i18n
from .panels import DirectionRole, swatch

#: How many places inside article text are listed per article.
TEXT_HITS_PER_ARTICLE = 20
#: Hits read at a time (annotations, articles): a search shows one page of each, "Show more" the next.
ANNOTATION_PAGE = 100
ARTICLE_PAGE = 25
#: Characters of context (about) on each side of a match in article text.
SNIPPET_CONTEXT = 50
#: Annotation texts and notes longer than this are shown as a window around the match.
LONG_TEXT = 220

#: Model roles.  ``UserRole`` keeps carrying the :class:`Hit` (``None`` on article rows).
HitRole = Qt.ItemDataRole.UserRole
#: ``"article"`` (a group header), ``"annotation"`` or ``"text"`` (a place in article text).
KindRole = Qt.ItemDataRole.UserRole + 1
#: ``[(start, end), …]``: the marked (matched) parts of the row's DisplayRole text.
HighlightRole = Qt.ItemDataRole.UserRole + 2
#: For places in article text: ``(start, end)`` of the article text the snippet shows (without "…").
SourceSpanRole = Qt.ItemDataRole.UserRole + 3
#: The HTML the row is drawn from (all user text escaped).
HtmlRole = Qt.ItemDataRole.UserRole + 4
#: The article's id (on every row).
ArticleIdRole = Qt.ItemDataRole.UserRole + 5
#: The muted lines under an annotation hit, as text: ``["said by …", "✎ note"]``.
DetailRole = Qt.ItemDataRole.UserRole + 6

#: White space that :func:`_flatten` changes: a run, a line break or tab, at either end.
_MESSY_SPACE = re.compile(r"\s\s|[^\S ]|^\s|\s$")

MARK_STYLE = "background-color:#FFF59D; color:#1a1a1a; font-weight:bold"

_Index = QModelIndex | QPersistentModelIndex
Ranges = list[tuple[int, int]]


@dataclass(frozen=True)
class Hit:
    """Where a result lives: an article and a span in it (code points)."""

    article_id: str
    start: int
    end: int
    annotation_id: str | None = None


# -- text: one-line snippets cut at word boundaries, with the matches mapped ---------------------


def _flatten(text: str, ranges: Ranges) -> tuple[str, Ranges]:
    """``text`` on one line (every run of white space, line breaks too, as one space, trimmed),
    with ``ranges`` moved to the same characters."""
    if not _MESSY_SPACE.search(text):
        return text, [r for r in ranges if r[0] < r[1]]
    out: list[str] = []
    where: list[int] = []  # where[i]: position in ``out`` of text[i] (or of what follows it)
    space = True  # drop leading white space
    for ch in text:
        where.append(len(out))
        if ch.isspace():
            if not space:
                out.append(" ")
                space = True
        else:
            out.append(ch)
            space = False
    where.append(len(out))
    if out and out[-1] == " ":
        out.pop()
    n = len(out)
    mapped = [(min(where[s], n), min(where[e], n)) for s, e in ranges]
    return "".join(out), [(s, e) for s, e in mapped if s < e]


def _word_window(text: str, start: int, end: int, lo: int, hi: int, context: int) -> tuple[int, int]:
    """Whole words of ``text[lo:hi]`` around ``[start, end)``: about ``context`` characters each side.

    Words are separated by white space; the window never starts or ends inside
    one (a word longer than the whole window is the exception: it is cut).
    """
    left = start
    while left > lo and not text[left - 1].isspace():  # the start of the first matched word
        left -= 1
    if start - left > 2 * context:
        left = start - context
    while left > lo:
        k = left
        while k > lo and text[k - 1].isspace():
            k -= 1
        while k > lo and not text[k - 1].isspace():
            k -= 1
        if start - k > context:
            break
        left = k
    right = end
    while right < hi and not text[right].isspace():  # the end of the last matched word
        right += 1
    if right - end > 2 * context:
        right = end + context
    while right < hi:
        k = right
        while k < hi and text[k].isspace():
            k += 1
        while k < hi and not text[k].isspace():
            k += 1
        if k - end > context:
            break
        right = k
    return left, right


def _snippet(text: str, start: int, end: int, ranges: Ranges, context: int = SNIPPET_CONTEXT,
             paragraph: bool = True) -> tuple[str, Ranges, tuple[int, int]]:
    """A one-line window of whole words around ``[start, end)`` with "…" where it is cut.

    ``ranges`` (offsets into ``text``) come back as offsets into the snippet,
    with the span of ``text`` shown.  With ``paragraph`` the window stays in
    the paragraph of the match.
    """
    lo, hi = 0, len(text)
    if paragraph:
        lo = text.rfind("\n", 0, start) + 1
        nl = text.find("\n", end)
        hi = len(text) if nl == -1 else nl
    left, right = _word_window(text, start, end, lo, hi, context)
    inner = [(max(s, left) - left, min(e, right) - left) for s, e in ranges if s < right and e > left]
    flat, mapped = _flatten(text[left:right], inner)
    before = "…" if text[lo:left].strip() else ""
    after = "…" if text[right:hi].strip() else ""
    shift = len(before)
    return before + flat + after, [(s + shift, e + shift) for s, e in mapped], (left, right)


def _fit(text: str, ranges: Ranges, limit: int = LONG_TEXT) -> tuple[str, Ranges]:
    """``text`` on one line; when long, a window of whole words around its first match (or its start)."""
    flat, mapped = _flatten(text, ranges)
    if len(flat) <= limit:
        return flat, mapped
    start, end = mapped[0] if mapped else (0, 0)
    context = limit // 2 - (end - start) // 2 if mapped else limit
    snippet, marks, _span = _snippet(flat, start, end, mapped, context=context, paragraph=False)
    return snippet, marks


def _matches(text: str, query: str) -> Ranges:
    return [(m.start, m.end) for m in find_in_text(text, query)] if query else []


def _marked_html(text: str, ranges: Ranges) -> str:
    """``text`` escaped, with ``ranges`` marked."""
    out: list[str] = []
    pos = 0
    for s, e in ranges:
        if s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f'<span style="{MARK_STYLE}">{html.escape(text[s:e])}</span>')
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _align(direction: str) -> str:
    return "right" if direction == "rtl" else "left"


# -- the model ------------------------------------------------------------------------------------


@dataclass
class _Row:
    hit: Hit
    kind: str  # "annotation" | "text"
    text: str  # the main line, as shown
    marks: Ranges
    direction: str
    label: str = ""  # the tag's label, or the paragraph number ("¶3")
    color: str | None = None  # the tag's colour (a swatch before the label)
    details: list[tuple[str, str, Ranges]] = field(default_factory=list)  # (label, text, marks)
    source: tuple[int, int] | None = None
    html: str | None = None


@dataclass
class _Group:
    article_id: str
    title: str
    marks: Ranges
    direction: str
    rows: list[_Row] = field(default_factory=list)
    html: str | None = None


@dataclass
class _Paging:
    """One search as it is read page by page: what was asked, how far it has been read, what is shown."""

    query: str
    tag: str | None
    speaker: str
    more_annotations: bool = True
    more_articles: bool = False
    annotations: int = 0  # annotation hits read so far
    articles: int = 0  # article hits read so far
    places: int = 0  # places in article text listed so far
    groups: dict[str, _Group] = field(default_factory=dict)  # by article id, in the order first shown


class SearchResultsModel(QAbstractItemModel):
    """Articles (top level) and their hits (children), one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._group_of: dict[str, int] = {}
        self.muted = "#6b6b6b"

    # -- building -----------------------------------------------------

    def set_groups(self, groups: list[_Group]) -> None:
        self.beginResetModel()
        self._groups = groups
        self._group_of = {g.article_id: i for i, g in enumerate(groups)}
        self.endResetModel()

    def clear(self) -> None:
        self.set_groups([])

    def set_muted(self, color: str) -> None:
        """The colour of secondary text (labels, "said by", notes); rows are redrawn in it."""
        if color == self.muted:
            return
        if self._groups:
            self.layoutAboutToBeChanged.emit()
        self.muted = color
        for g in self._groups:
            g.html = None
            for r in g.rows:
                r.html = None
        if self._groups:
            self.layoutChanged.emit()

    def hits(self) -> list[Hit]:
        """Every hit, in the order shown."""
        return [r.hit for g in self._groups for r in g.rows]

    def index_of(self, hit: Hit) -> QModelIndex:
        g = self._group_of.get(hit.article_id)
        if g is not None:
            for i, r in enumerate(self._groups[g].rows):
                if r.hit == hit:
                    return self.index(i, 0, self.index(g, 0))
        return QModelIndex()

    def _row(self, index: _Index) -> _Group | _Row:
        iid = index.internalId()
        if iid == 0:
            return self._groups[index.row()]
        return self._groups[iid - 1].rows[index.row()]

    def _group_html(self, g: _Group) -> str:
        n = len(g.rows)
        count = i18n.plural(self.tr("%Ln hit(s)", "", n), n) if n else self.tr("title only")
        # A direction mark: "3 hits" keeps the interface's order after a title of the other script.
        mark = "\u200f" if i18n.current_language() == i18n.ARABIC else "\u200e"
        return (f'<p dir="{g.direction}" align="{_align(g.direction)}" style="margin:0">'
                f"<b>{_marked_html(g.title, g.marks)}</b>"
                f'<span style="color:{self.muted}; font-size:small">\u2003{mark}{html.escape(count)}{mark}</span></p>')

    def _row_html(self, r: _Row) -> str:
        align = _align(r.direction)
        swatch_html = f'<span style="color:{r.color}">■</span>&nbsp;' if r.color else ""
        prefix = (f'{swatch_html}<span style="color:{self.muted}; font-size:small">{html.escape(r.label)}</span>'
                  "&nbsp;&nbsp;" if r.label else swatch_html)
        parts = [f'<p dir="{r.direction}" align="{align}" style="margin:0">{prefix}'
                 f"{_marked_html(r.text, r.marks)}</p>"]
        for label, text, marks in r.details:
            direction = dominant_direction(text)
            parts.append(f'<p dir="{direction}" align="{align}" style="margin:0; margin-top:2px; '
                         f'color:{self.muted}; font-size:small">'
                         f"{html.escape(label)}{_marked_html(text, marks)}</p>")
        return "".join(parts)

    # -- Qt model API ---------------------------------------------------

    def index(self, row: int, column: int = 0, parent: _Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, id=0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        g = parent.row()
        if g >= len(self._groups) or row >= len(self._groups[g].rows):
            return QModelIndex()
        return self.createIndex(row, 0, id=g + 1)

    def parent(self, index: _Index | None = None):
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, id=0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._row(index)
        if isinstance(item, _Group):
            return self._group_data(item, role)
        if role == HitRole:
            return item.hit
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == KindRole:
            return item.kind
        if role == HighlightRole:
            return list(item.marks)
        if role == DirectionRole:
            return item.direction
        if role == ArticleIdRole:
            return item.hit.article_id
        if role == HtmlRole:
            if item.html is None:
                item.html = self._row_html(item)
            return item.html
        if role == SourceSpanRole:
            return item.source
        if role == DetailRole:
            return [label + text for label, text, _m in item.details]
        return None

    def _group_data(self, item: _Group, role: int):
        """What an article's header row answers."""
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == KindRole:
            return "article"
        if role == HighlightRole:
            return list(item.marks)
        if role == DirectionRole:
            return item.direction
        if role == ArticleIdRole:
            return item.article_id
        if role == HtmlRole:
            if item.html is None:
                item.html = self._group_html(item)
            return item.html
        if role == DetailRole:
            return []
        if role == Qt.ItemDataRole.ToolTipRole:
            return html.escape(item.title)
        return None

    def first_hit(self, index: _Index) -> Hit | None:
        """What an article row opens: its first hit, or the top of the article."""
        if not index.isValid():
            return None
        item = self._row(index)
        if isinstance(item, _Row):
            return item.hit
        return item.rows[0].hit if item.rows else Hit(item.article_id, 0, 0)


# -- drawing --------------------------------------------------------------------------------------


class HitDelegate(QStyledItemDelegate):
    """Draws a row from its HTML, wrapped to the view's width, in its own direction.

    Documents are kept per row (at most ``CACHE`` of them, least recently used
    dropped) and only re-wrapped when the width changes.
    """

    PAD_X = 10
    PAD_Y = 6
    ACCENT = 3  # the selection bar at the row's leading edge
    CACHE = 600

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._docs: OrderedDict[tuple[int, int], tuple[str, QTextDocument]] = OrderedDict()

    def clear_cache(self) -> None:
        self._docs.clear()

    def text_width(self) -> int:
        return max(60, self._view.viewport().width() - 2 * self.PAD_X - self.ACCENT)

    def document(self, index: _Index) -> QTextDocument:
        """The laid-out document of a row (cached)."""
        key = (index.internalId(), index.row())
        source = index.data(HtmlRole) or ""
        width = self.text_width()
        cached = self._docs.get(key)
        if cached is not None and cached[0] == source:
            self._docs.move_to_end(key)
            doc = cached[1]
        else:
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(self._view.font())
            direction = index.data(DirectionRole)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
            )
            option.setAlignment(Qt.AlignmentFlag.AlignRight if direction == "rtl" else Qt.AlignmentFlag.AlignLeft)
            doc.setDefaultTextOption(option)
            doc.setHtml(source)
            self._docs[key] = (source, doc)
            while len(self._docs) > self.CACHE:
                self._docs.popitem(last=False)
        if doc.textWidth() != width:
            doc.setTextWidth(width)
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        doc = self.document(index)
        extra = 4 if index.internalId() == 0 else 0  # article rows: a little more air above
        return QSize(self.text_width() + 2 * self.PAD_X + self.ACCENT,
                     int(doc.size().height() + 0.999) + 2 * self.PAD_Y + extra + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        article = index.internalId() == 0
        rtl = index.data(DirectionRole) == "rtl"
        group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        base = palette.color(QPalette.ColorRole.Base)
        if article:
            band = palette.color(QPalette.ColorRole.Window)
            if abs(band.lightness() - base.lightness()) < 8:
                band = base.darker(106) if base.lightness() > 128 else base.lighter(130)
            painter.fillRect(rect, band)
        else:
            painter.fillRect(rect, base)
        highlight = QColor(palette.color(group, QPalette.ColorRole.Highlight))
        if option.state & QStyle.StateFlag.State_Selected:
            tint = QColor(highlight)
            tint.setAlpha(55)
            painter.fillRect(rect, tint)
            bar = QRect(rect.right() - self.ACCENT + 1 if rtl else rect.left(), rect.top(), self.ACCENT, rect.height())
            painter.fillRect(bar, highlight)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            tint = QColor(highlight)
            tint.setAlpha(20)
            painter.fillRect(rect, tint)
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        line.setAlpha(110)
        painter.setPen(line)
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        doc = self.document(index)
        top = rect.top() + self.PAD_Y + (4 if article else 0)
        left = rect.left() + self.PAD_X + (0 if rtl else self.ACCENT)
        painter.translate(left, top)
        visible = QRectF(-2, 0, doc.textWidth() + 4, max(0, rect.bottom() - top))
        painter.setClipRect(visible, Qt.ClipOperation.IntersectClip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        context.clip = visible
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchResultsView(QTreeView):
    """The hits, grouped under their articles; Enter or a click opens one."""

    chosen = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.delegate = HitDelegate(self)
        self.setItemDelegate(self.delegate)
        self.clicked.connect(self.chosen.emit)
        self._width = -1

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.delegate.clear_cache()
        self.expandAll()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 80)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            # Zooming changes the interface font: every row is laid out again in it.
            self.delegate.clear_cache()
            self.scheduleDelayedItemsLayout()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.viewport().width() != self._width:
            self._width = self.viewport().width()
            self.scheduleDelayedItemsLayout()  # rows wrap to the new width: heights change

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


# -- the panel ------------------------------------------------------------------------------------


class SearchPanel(QWidget):
    """Query, tag filter and "said by" filter; results from the whole database."""

    hitActivated = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.store = store
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Words to find (e.g. داعش)"))
        self.query.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("searchTag")
        # Sized by a few characters, not by its longest label: the panel stays narrow.
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_combo.setMinimumContentsLength(8)
        self.speaker = QLineEdit()
        self.speaker.setObjectName("searchSpeaker")
        self.speaker.setPlaceholderText(self.tr("Speaker's name (e.g. بالي)"))
        self.speaker.setClearButtonEnabled(True)
        for edit in (self.query, self.speaker):
            edit.setMinimumWidth(60)
        self.summary = QLabel("")
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.model = SearchResultsModel(self)
        self.results = SearchResultsView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.more = QPushButton(self.tr("Show more"))
        self.more.setObjectName("searchMore")
        self.more.setToolTip(self.tr("Read the next page of hits"))
        self.more.hide()
        self.more.clicked.connect(self.show_more)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(6)
        form.addRow(self.tr("Find:"), self.query)
        form.addRow(self.tr("Tag:"), self.tag_combo)
        form.addRow(self.tr("Said by:"), self.speaker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.more)
        self._update_muted()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.run)
        for edit in (self.query, self.speaker):
            edit.textChanged.connect(lambda _t: self._debounce.start())
            edit.returnPressed.connect(self.run)
            edit.installEventFilter(self)
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.run())
        self.results.chosen.connect(self._activate)
        self._tags: dict[str, Tag] = {}
        self._paging: _Paging | None = None

    def set_tags(self, tags: list[Tag]) -> None:
        self._tags = {t.name: t for t in tags}
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any (and article text)"), None)
        for tag in tags:
            self.tag_combo.addItem(swatch(tag.color), tag.label, tag.name)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)))
        self.tag_combo.blockSignals(False)

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def hits(self) -> list[Hit]:
        """The hits listed, in the order shown (article rows left out)."""
        return self.model.hits()

    def index_of(self, hit: Hit) -> QModelIndex:
        """The row showing ``hit`` (invalid if it is not listed)."""
        return self.model.index_of(hit)

    def run(self) -> None:
        """Search now (typing also searches, once it pauses): the first page of hits."""
        self._debounce.stop()
        self.model.clear()
        self._paging = None
        self.more.hide()
        query, speaker = self.query.text().strip(), self.speaker.text().strip()
        tag = self.tag_combo.currentData()
        if not (query or speaker or tag):
            self.summary.setText("")
            return
        self._paging = _Paging(query, tag, speaker, more_articles=bool(query and not tag and not speaker))
        self._read_page()

    def show_more(self) -> None:
        """Add the next page of hits to those shown."""
        if self._paging is not None and (self._paging.more_annotations or self._paging.more_articles):
            self._read_page()

    def _read_page(self) -> None:
        """Read one more page of annotations and of articles, and show everything read so far.

        A page costs the same however many hits the search has (see
        :meth:`Store.search_annotation_page`): a common word shows its first
        hits at once, with "Show more" for the rest.
        """
        paging = self._paging
        assert paging is not None
        query, tag, speaker = paging.query, paging.tag, paging.speaker
        try:
            annotation_hits: list[tuple[Annotation, str]] = []
            if paging.more_annotations:
                annotation_hits, paging.more_annotations = self.store.search_annotation_page(
                    query, tag=tag, speaker=speaker or None, limit=ANNOTATION_PAGE, offset=paging.annotations)
            articles: list[ArticleSummary] = []
            if paging.more_articles:
                articles, paging.more_articles = self.store.search_article_page(
                    query, limit=ARTICLE_PAGE, offset=paging.articles)
        except AnnotatorError as exc:
            self.summary.setText(i18n.translated(exc))
            return
        paging.annotations += len(annotation_hits)
        paging.articles += len(articles)
        groups = paging.groups
        said_by: dict[str, dict[str, list[str]]] = {}

        def group(article_id: str, title: str) -> _Group:
            g = groups.get(article_id)
            if g is None:
                g = groups[article_id] = _Group(article_id, title, _matches(title, query), dominant_direction(title))
            return g

        for ann, title in annotation_hits:
            if ann.article_id not in said_by:
                try:
                    said_by[ann.article_id] = self.store.attributions(ann.article_id)
                except AnnotatorError:
                    said_by[ann.article_id] = {}
            g = group(ann.article_id, title)
            # Annotations first, in reading order (a later page may add to an article already shown).
            at = sum(1 for r in g.rows if r.kind == "annotation" and (r.hit.start, -r.hit.end) <= (ann.start, -ann.end))
            g.rows.insert(at, self._annotation_row(ann, query, speaker, said_by[ann.article_id].get(ann.id, [])))
        for summary in articles:
            try:
                article = self.store.get_article(summary.id)
            except AnnotatorError:
                continue  # deleted by another window since the search
            g = group(article.id, article.title)
            paragraphs = paragraph_starts(article.text)
            for match in find_in_text(article.text, query)[:TEXT_HITS_PER_ARTICLE]:
                g.rows.append(_text_row(article.id, article.text, match.start, match.end, paragraphs))
                paging.places += 1
        for g in groups.values():
            g.html = None  # its count of hits may have grown
        self.model.set_groups(list(groups.values()))
        more = paging.more_annotations or paging.more_articles
        n = paging.annotations
        said = i18n.plural(self.tr("first %Ln annotation(s)", "", n) if paging.more_annotations
                           else self.tr("%Ln annotation(s)", "", n), n)
        if query and not tag and not speaker:
            a, places = paging.articles, paging.places
            in_articles = i18n.plural(self.tr("the first %Ln article(s)", "", a) if paging.more_articles
                                      else self.tr("%Ln article(s)", "", a), a)
            said = i18n.fill(self.tr("%1, %2"), said,
                             i18n.fill(i18n.plural(self.tr("%Ln place(s) in %1", "", places), places), in_articles))
        self.summary.setText(i18n.fill(self.tr("%1 — more to show"), said) if more else said)
        self.more.setVisible(more)

    def _annotation_row(self, ann: Annotation, query: str, speaker: str, speakers: list[str]) -> _Row:
        tag_def = self._tags.get(ann.tag)
        label = tag_def.label if tag_def else ann.tag
        parsed = QColor(tag_def.color if tag_def else "")
        color = parsed.name() if parsed.isValid() else "#999999"  # a colour, never markup, in the style
        text, marks = _fit(ann.text, _matches(ann.text, query))
        details: list[tuple[str, str, Ranges]] = []
        if speakers:
            who = ", ".join(" ".join(s.split()) for s in speakers)
            details.append((self.tr("said by "), who, _matches(who, speaker)))
        if ann.note:
            note, note_marks = _fit(ann.note, _matches(ann.note, query), 160)
            details.append(("✎ ", note, note_marks))
        return _Row(Hit(ann.article_id, ann.start, ann.end, ann.id), "annotation", text, marks,
                    dominant_direction(text), label, color, details)

    def _update_muted(self) -> None:
        palette = self.palette()
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        t, b = text.getRgbF(), base.getRgbF()
        mix = QColor.fromRgbF(*(0.62 * t[i] + 0.38 * b[i] for i in range(3)))  # type: ignore[index]
        self.model.set_muted(mix.name())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_muted()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Down from a search field goes to the first hit.
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and watched in (self.query, self.speaker)
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            first = self.model.index(0, 0)
            target = self.model.index(0, 0, first) if self.model.rowCount(first) else first
            self.results.setFocus()
            self.results.setCurrentIndex(target)
            return True
        return super().eventFilter(watched, event)

    def _activate(self, index: QModelIndex) -> None:
        hit = self.model.first_hit(index)
        if hit is not None:
            self.hitActivated.emit(hit)


def _text_row(article_id: str, text: str, start: int, end: int, paragraphs: list[int]) -> _Row:
    """A place in an article's text: a one-line snippet of whole words, the match marked."""
    snippet, marks, source = _snippet(text, start, end, [(start, end)])
    para, _column = line_and_column(paragraphs, start) if paragraphs else (1, 0)
    return _Row(Hit(article_id, start, end), "text", snippet, marks, dominant_direction(snippet),
                f"¶{i18n.number(para)}",
                source=source)
