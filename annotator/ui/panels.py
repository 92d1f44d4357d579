"""Side panels: the annotation list, the article list and the tag legend.

Lists are Qt model/view pairs over the plain objects of the core.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from ..core.model import Annotation, ArticleSummary, Tag
from ..core.text import dominant_direction, line_and_column, shorten
from . import i18n
from .directional import ALIGN_LTR, ALIGN_RTL, elide_words, plain_tooltip
from .fonts import line_height
from .keys import shown_key

_Index = QModelIndex | QPersistentModelIndex
#: Role carrying ``"rtl"``/``"ltr"`` for cells whose text decides its own direction.
DirectionRole = Qt.ItemDataRole.UserRole + 10
#: Role carrying a hashable summary of everything a cell shows (its text, swatch, direction), or None.
CellRole = Qt.ItemDataRole.UserRole + 11


class DirectionalDelegate(QStyledItemDelegate):
    """Lays each cell out in its text's own direction, aligned to its start edge, cut between words.

    An item view lays every cell out in the widget's direction; an Arabic
    span in a left-to-right window would then be aligned left and its
    trailing punctuation would jump to the wrong end.  In a right-to-left
    cell the icon (a tag's swatch) sits on the right, where reading starts.
    A one-line cell too long for its column is cut after its last whole
    word (Qt's own eliding cuts in the middle of a word).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A repaint after each key press (inserting a row shifts every row
        # below it) draws every visible cell again: what is costly and the
        # same from one paint to the next (a cell's picture, the text room of
        # a cell of a given shape, a text cut to a width) is kept.
        self._rooms: dict[tuple, int] = {}
        self._cut: dict[tuple[str, int, str], str] = {}
        self._pictures: dict[tuple, QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        cell = index.data(CellRole)
        if cell is not None:
            # A model that can say in one call all that a cell shows gets its
            # cells drawn from pictures (see _picture); the alternate-row colour
            # is the view's, so a row moved down by an insert is still a hit.
            rect = option.rect
            key = (cell, rect.width(), rect.height(), option.state.value, option.font.key(),
                   option.palette.cacheKey(), painter.device().devicePixelRatioF())
            picture = self._pictures.pop(key, None)
            if picture is None:
                picture = self._picture(option, index)
                if len(self._pictures) >= 600:  # about ten screens of cells; the oldest go first
                    del self._pictures[next(iter(self._pictures))]
            self._pictures[key] = picture  # (re)inserted last: most recently used
            painter.drawPixmap(rect.topLeft(), picture)
            return
        self._paint(painter, option, index)

    def _picture(self, option: QStyleOptionViewItem, index: _Index) -> QPixmap:
        """The cell drawn once on a transparent picture of its size."""
        rect = option.rect
        ratio = option.widget.devicePixelRatioF() if option.widget is not None else 1.0
        picture = QPixmap(max(1, int(rect.width() * ratio)), max(1, int(rect.height() * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        local = QStyleOptionViewItem(option)
        local.rect = rect.translated(-rect.topLeft())
        local.features &= ~QStyleOptionViewItem.ViewItemFeature.Alternate
        on_picture = QPainter(picture)
        self._paint(on_picture, local, index)
        on_picture.end()
        return picture

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Draw the cell: in its text's direction, the text cut between words."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        if index.column() == 0 and getattr(index.model(), "compact_tags", False):
            opt.text = ""  # a narrow table shows the tag's swatch alone
        wraps = bool(opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        if opt.text and not wraps:
            shape = (opt.rect.width(), opt.rect.height(), opt.icon.isNull(), opt.decorationSize.width(),
                     opt.direction, int(opt.features.value), opt.font.key())
            room = self._rooms.get(shape)
            if room is None:
                if len(self._rooms) > 256:
                    self._rooms.clear()
                room = self._rooms[shape] = (
                    style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).width() - 6)
            key = (opt.text, room, shape[-1])
            cut = self._cut.get(key)
            if cut is None:
                if len(self._cut) > 4096:
                    self._cut.clear()
                # Qt has turned line breaks into U+2028 by now: cut each line on its own.
                lines = opt.text.replace("\n", "\u2028").split("\u2028")
                cut = self._cut[key] = "\u2028".join(elide_words(line, opt.fontMetrics, room) for line in lines)
            opt.text = cut
            opt.textElideMode = Qt.TextElideMode.ElideNone
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        widget = option.widget
        if isinstance(widget, QListView):  # one column: as wide as the list, the text cut to fit
            hint.setWidth(min(hint.width(), widget.viewport().width()))
        return hint

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        direction = index.data(DirectionRole)
        if direction is not None:
            option.direction = (
                Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
            )
            # Leading = right in a right-to-left cell, left otherwise.
            option.displayAlignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter


@lru_cache(maxsize=256)
def swatch(color: str, size: int = 14, other: bool = False) -> QIcon:
    """A small square of a tag's colour, for buttons and list rows (made once per colour and size).

    ``other``: someone else's span, drawn as the text draws it — a tint, not a fill.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    if other:
        fill.setAlpha(60)
    painter.setBrush(fill)
    painter.setPen(QColor(color).darker(140))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class AnnotationTableModel(QAbstractTableModel):
    """An article's annotations in reading order: tag, text, position."""

    COLUMNS = (QT_TRANSLATE_NOOP("AnnotationTableModel", "Tag"), QT_TRANSLATE_NOOP("AnnotationTableModel", "Text"),
               QT_TRANSLATE_NOOP("AnnotationTableModel", "Said by"), "¶")
    AnnotationRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self._keys: list[tuple[int, int, str, str]] = []
        self._key_of: dict[str, tuple[int, int, str, str]] = {}
        self._tags: dict[str, Tag] = {}
        self._line_starts: list[int] = [0]
        #: non-zero while rows are being inserted or removed (see AnnotationTable)
        self.changing = 0
        self._links: dict[str, str] = {}
        #: a narrow panel shows each tag as its swatch alone (the label is in the tooltip)
        self.compact_tags = False
        #: whose a row's span is when it is not yours ("by Sam"; "" for yours): shown tinted, named in the tooltip
        self.owner: Callable[[Annotation], str] = lambda _a: ""
        self._cells: dict[tuple[str, int], tuple] = {}

    @staticmethod
    def _key(a: Annotation) -> tuple[int, int, str, str]:
        return (a.start, -a.end, a.created, a.id)

    def set_tags(self, tags: list[Tag]) -> None:
        self._tags = {t.name: t for t in tags}
        self._cells.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def tag_labels(self) -> list[str]:
        return [t.label for t in self._tags.values()]

    def set_annotations(self, annotations: list[Annotation], line_starts: list[int]) -> None:
        """Replace all rows."""
        self.changing += 1
        self.beginResetModel()
        self._rows = sorted(annotations, key=self._key)
        self._keys = [self._key(a) for a in self._rows]
        self._key_of = dict(zip((a.id for a in self._rows), self._keys))
        self._line_starts = line_starts
        self._cells.clear()
        self.endResetModel()
        self.changing -= 1

    def change(self, added: list[Annotation], removed: set[str]) -> None:
        """Add and remove many rows at once (Tag all, or undoing it): one reset, the rest not re-sorted.

        The kept rows are already in order: the new ones are merged in,
        where sorting every row again by its key cost a second at 200,000 rows.
        """
        self.changing += 1
        self.beginResetModel()
        rows, keys = self._rows, self._keys
        gone = removed & self._key_of.keys()
        if gone:
            kept = [i for i, a in enumerate(rows) if a.id not in gone]
            rows, keys = [rows[i] for i in kept], [keys[i] for i in kept]
            for annotation_id in gone:
                del self._key_of[annotation_id]
        if added:
            new = sorted(added, key=self._key)
            new_keys = [self._key(a) for a in new]
            # Where each new row goes among the kept ones (a binary search
            # each), then the lists are put together slice by slice.
            cuts = [bisect_left(keys, key) for key in new_keys]
            merged_rows: list[Annotation] = []
            merged_keys: list[tuple[int, int, str, str]] = []
            last = 0
            for cut, row, key in zip(cuts, new, new_keys, strict=True):
                merged_rows += rows[last:cut]
                merged_keys += keys[last:cut]
                merged_rows.append(row)
                merged_keys.append(key)
                last = cut
            rows, keys = merged_rows + rows[last:], merged_keys + keys[last:]
            self._key_of.update(zip((a.id for a in new), new_keys, strict=True))
        self._rows, self._keys = rows, keys
        self.endResetModel()
        self.changing -= 1

    def set_links(self, links: dict[str, str]) -> None:
        """What each annotation is attributed to ("→ speaker") or how many point at it."""
        self._links = links
        self._cells.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def insert(self, annotation: Annotation) -> int:
        """Add a row in reading order; returns its row number."""
        key = self._key(annotation)
        row = bisect_left(self._keys, key)
        self.changing += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, annotation)
        self._keys.insert(row, key)
        self._key_of[annotation.id] = key
        self.endInsertRows()
        self.changing -= 1
        return row

    def remove(self, annotation_id: str) -> None:
        row = self.row_of(annotation_id)
        if row is None:
            return
        self.changing += 1
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        del self._key_of[annotation_id]
        self.endRemoveRows()
        self.changing -= 1

    def replace(self, annotation: Annotation) -> None:
        row = self.row_of(annotation.id)
        if row is None:
            return
        self._rows[row] = annotation
        for column in range(len(self.COLUMNS)):
            self._cells.pop((annotation.id, column), None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def row_of(self, annotation_id: str) -> int | None:
        """The row of an annotation (a binary search: rows are kept in key order)."""
        key = self._key_of.get(annotation_id)
        if key is None:
            return None
        row = bisect_left(self._keys, key)
        return row if row < len(self._keys) and self._keys[row] == key else None

    def first_row_from(self, position: int) -> int:
        """The first row whose span starts at or after ``position`` (code points); rowCount() if none."""
        return bisect_left(self._keys, (position,))

    def first_row_after(self, start: int, neg_end: int) -> int:
        """The first row whose ``(start, -end)`` comes after ``(start, neg_end)`` in reading order."""
        return bisect_left(self._keys, (start, neg_end + 1))

    def annotation_at(self, row: int) -> Annotation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model API ----------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(str(self.COLUMNS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == self.AnnotationRole:
            return a
        if role == CellRole:
            cell = self._cells.get((a.id, col))
            if cell is None:
                if len(self._cells) > 20_000:
                    self._cells.clear()
                cell = self._cells[(a.id, col)] = (
                    col, self.compact_tags and col == 0, self.data(index), self.data(index, DirectionRole),
                    tag.color if (tag := self._tags.get(a.tag)) is not None and col == 0 else None,
                    col == 0 and bool(self.owner(a)))
            return cell
        tag = self._tags.get(a.tag)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return tag.label if tag else a.tag
            if col == 1:
                return ("✎ " if a.note else "") + shorten(a.text, 160, " ⏎ ")
            if col == 2:
                return self._links.get(a.id, "")
            return f"¶{i18n.number(line_and_column(self._line_starts, a.start)[0])}"
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and tag is not None:
            return swatch(tag.color, other=bool(self.owner(a)))
        if role == DirectionRole and col == 1:
            return dominant_direction(a.text)
        if role == DirectionRole and col == 2:
            return dominant_direction(self._links.get(a.id, ""))
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            owner = self.owner(a)  # the cell may show only the swatch
            return (tag.label if tag else a.tag) + (i18n.fill(self.tr(" (%1, read-only)"), owner) if owner else "")
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 2):
            # Every line escaped (markup in a note is shown, not run) and in its own direction.
            return plain_tooltip([a.text[:300]] + ([i18n.fill(self.tr("note: %1"), a.note)] if a.note else []))
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            para, column = line_and_column(self._line_starts, a.start)
            return i18n.fill(self.tr("Paragraph %1, from character %2 (offset %3–%4 in the article)"),
                             i18n.number(para), i18n.number(column), i18n.number(a.start), i18n.number(a.end))
        return None


class AnnotationTable(QTableView):
    """The review panel: click a row to jump to its span."""

    activatedAnnotation = Signal(object)

    def __init__(self, model: AnnotationTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationTable")
        self.setModel(model)
        self.setItemDelegate(DirectionalDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        # Fixed, measured widths: ResizeToContents does not follow rows added
        # later, and a tag shown as a colour alone is no use to a colour-blind
        # reader.  The user can still drag the column edges.
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def fit_columns(self) -> None:
        """Size the tag, "said by" and position columns; the text column takes what is left.

        In a narrow panel the tag column shows only the swatch (its label is
        in the tooltip) rather than a cut word, and "said by" gets at most a
        quarter, so the text keeps most of the width.
        """
        metrics = self.fontMetrics()
        model: AnnotationTableModel = self.model()  # type: ignore[assignment]
        labels = model.tag_labels() or [self.tr("Location")]
        header = self.horizontalHeader()
        room = max(1, self.viewport().width())
        tag = max(metrics.horizontalAdvance(x) for x in [*labels, str(model.headerData(0, Qt.Orientation.Horizontal))])
        tag += metrics.height() + 24
        model.compact_tags = tag > 0.3 * room
        if model.compact_tags:
            tag = metrics.height() + 18  # the swatch alone
        said = min(metrics.horizontalAdvance("مصطفى بالي") + 16, int(0.25 * room))
        header.resizeSection(0, tag)
        header.resizeSection(2, said)
        header.resizeSection(3, metrics.horizontalAdvance("¶999") + 14)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # While rows come and go, Qt moves the current row to a neighbour; that
        # is not the user choosing it, so it must not select (or arm Delete
        # for) an annotation nobody picked.
        model: AnnotationTableModel = self.model()  # type: ignore[assignment]
        if model.changing:
            return
        if current.isValid():
            ann = self.model().data(current, AnnotationTableModel.AnnotationRole)
            self.activatedAnnotation.emit(ann)

    def current_annotation(self) -> Annotation | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model().data(index, AnnotationTableModel.AnnotationRole)

    def select_annotation(self, annotation_id: str | None) -> None:
        """Make a row current without re-emitting (the caller already acted)."""
        model: AnnotationTableModel = self.model()  # type: ignore[assignment]
        row = model.row_of(annotation_id) if annotation_id else None
        self.selectionModel().blockSignals(True)
        try:
            if row is None:
                self.clearSelection()
                self.setCurrentIndex(QModelIndex())
            else:
                self.selectRow(row)
                self.setCurrentIndex(model.index(row, 0))
                self.scrollTo(model.index(row, 0))
                # Right after the rows were reset the view has not laid them out
                # yet and scrollTo does nothing: do it again once it has.
                QTimer.singleShot(0, lambda r=row: self.scrollTo(model.index(r, 0)) if r < model.rowCount() else None)
        finally:
            self.selectionModel().blockSignals(False)
        self.viewport().update()


class ArticleSource(Protocol):
    """Where the article list reads from, a page at a time (the store is one)."""

    def article_count(self) -> int:
        """How many articles there are."""
        ...

    def articles(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        """Articles ``offset`` to ``offset + limit`` of the list, in order."""
        ...

    def article_position(self, article_id: str) -> int | None:
        """The row of an article in the list, or None."""
        ...


class _ArticlesInMemory:
    """An :class:`ArticleSource` over a list already read (tests, small uses)."""

    def __init__(self, rows: list[ArticleSummary]) -> None:
        self._rows = list(rows)

    def article_count(self) -> int:
        return len(self._rows)

    def articles(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        return self._rows[offset:None if limit is None else offset + limit]

    def article_position(self, article_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), None)


class ArticleListModel(QAbstractListModel):
    """The articles in the database: title (and how many annotations).

    Rows are read from an :class:`ArticleSource` a page at a time, when the
    view first asks for one of them: opening the window reads the page it
    shows (and the open article's row), not 10,000 titles and their counts.
    ``rowCount`` is the whole list, so the scroll bar is right from the
    start.  A few recent pages are kept; :meth:`set_source` (a refresh)
    drops them all.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    #: rows read at a time, and how many such pages are kept
    PAGE_ROWS = 200
    KEPT_PAGES = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: ArticleSource = _ArticlesInMemory([])
        self._total = 0
        self._pages: dict[int, list[ArticleSummary]] = {}  # page number -> rows, least recently used first

    def set_source(self, source: ArticleSource) -> None:
        """List the articles of ``source`` (read again from the start: after any change)."""
        self.beginResetModel()
        self._source = source
        self._total = source.article_count()
        self._pages.clear()
        self.endResetModel()

    def set_articles(self, rows: list[ArticleSummary]) -> None:
        """List these articles (already read)."""
        self.set_source(_ArticlesInMemory(rows))

    def loaded_rows(self) -> int:
        """How many rows are held in memory now (for tests and benchmarks)."""
        return sum(len(page) for page in self._pages.values())

    def article(self, row: int) -> ArticleSummary | None:
        """The article on ``row``, its page read if need be; None past the end."""
        if not 0 <= row < self._total:
            return None
        number, at = divmod(row, self.PAGE_ROWS)
        page = self._pages.pop(number, None)
        if page is None:
            page = self._source.articles(limit=self.PAGE_ROWS, offset=number * self.PAGE_ROWS)
            while len(self._pages) >= self.KEPT_PAGES:
                del self._pages[next(iter(self._pages))]
        self._pages[number] = page  # (re)inserted last: most recently used
        # Another window may have removed articles since the count: a short page.
        return page[at] if at < len(page) else None

    def row_of(self, article_id: str) -> int | None:
        for number, page in self._pages.items():
            for at, r in enumerate(page):
                if r.id == article_id:
                    return number * self.PAGE_ROWS + at
        row = self._source.article_position(article_id)
        return row if row is not None and row < self._total else None

    def set_count(self, article_id: str, count: int) -> None:
        """Show a new annotation count for an article (if its row has been read: else it is read fresh)."""
        for number, page in self._pages.items():
            for at, r in enumerate(page):
                if r.id == article_id:
                    r.annotation_count = count
                    row = number * self.PAGE_ROWS + at
                    self.dataChanged.emit(self.index(row), self.index(row))
                    return

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._total

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.article(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # A direction mark: "7 annotations" keeps the interface's order under a title of the other script.
            mark = "\u200f" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
            count = i18n.plural(self.tr("%Ln annotation(s)", "", r.annotation_count), r.annotation_count)
            return f"{shorten(r.title, 200)}\n{mark}{count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip([r.title])
        if role == DirectionRole:
            return dominant_direction(r.title)
        if role == self.IdRole:
            return r.id
        return None


class ArticleDelegate(DirectionalDelegate):
    """An article row: its title on one line (cut between words), the annotation count below, muted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, _, count = str(index.data()).partition("\n")
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(opt.rect.adjusted(8, 4, -8, -4))
        metrics = opt.fontMetrics
        rtl = index.data(DirectionRole) == "rtl"
        text_option = QTextOption(ALIGN_RTL if rtl else ALIGN_LTR)
        text_option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(text_color)
        height = line_height(opt.font)  # the Arabic face's descenders need more than the Latin one's
        line = QRectF(rect.left(), rect.top(), rect.width(), height)
        painter.drawText(line, elide_words(title, metrics, int(rect.width())), text_option)
        muted = QColor(text_color)
        muted.setAlpha(170)
        painter.setPen(muted)
        painter.drawText(line.translated(0, height), count, text_option)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 200
        return QSize(width, 2 * line_height(option.font) + 10)


class ArticleList(QListView):
    """The article switcher."""

    articleChosen = Signal(str)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setModel(model)
        self.setItemDelegate(ArticleDelegate(self))
        self.setWordWrap(False)  # the title on one line, cut between words; the count below it
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.articleChosen.emit(current.data(ArticleListModel.IdRole))

    def show_current(self, article_id: str) -> None:
        model: ArticleListModel = self.model()  # type: ignore[assignment]
        row = model.row_of(article_id)
        if row is None:
            return
        self.selectionModel().blockSignals(True)
        try:
            self.setCurrentIndex(model.index(row))
        finally:
            self.selectionModel().blockSignals(False)
        self.viewport().update()


class TagBar(QWidget):
    """The legend and the tag buttons in one: colour, name, key and live count.

    Clicking a button triggers the tag's action (tag the selection).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagBar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(6)
        self._buttons: dict[str, QToolButton] = {}
        self._tags: dict[str, Tag] = {}
        self._counts: dict[str, int] = {}
        #: suggestions per tag; ``None`` while suggestions are hidden
        self._suggested: dict[str, int] | None = None
        # The suggestions' count, outlined dashed as they are in the text; hidden when there are none.
        # The window places it (beside the strip that holds this bar, so that clipping never hides it).
        self.suggestion_count = QLabel(self)
        self.suggestion_count.setObjectName("suggestionCount")
        self.suggestion_count.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_count.setStyleSheet(
            "QLabel { border: 1px dashed palette(dark); border-radius: 3px; padding: 1px 6px; }")
        self.suggestion_count.hide()

    def set_tags(self, tags: list[Tag], actions: dict[str, QAction]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._buttons = {}
        self._tags = {t.name: t for t in tags}
        for tag in tags:
            button = QToolButton(self)
            button.setObjectName(f"tagButton_{tag.name}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(swatch(tag.color, 16))
            button.setAutoRaise(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep focus (and the selection) in the text
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            action = actions.get(tag.name)
            if action is not None:
                button.clicked.connect(action.trigger)
            # Shown now: a button added to a bar already on screen is otherwise shown only later (Qt
            # queues it), and the layout would not count it yet when the strip's height is measured.
            button.show()
            self._layout.addWidget(button)
            self._buttons[tag.name] = button
        self._layout.addStretch(1)
        self._refresh()
        self._fit_strip()

    def _fit_strip(self) -> None:
        """The strip around the bar is as tall as the bar (which does not depend on the width)."""
        parent = self.parentWidget()
        strip = parent.parentWidget() if parent is not None else None
        if isinstance(strip, QScrollArea):
            margins = self._layout.contentsMargins()
            # The tallest button, whether or not the layout counts it yet (a hidden one would squeeze
            # the strip to its margins: empty outlines, no labels).
            tallest = max((b.sizeHint().height() for b in self._buttons.values()), default=0)
            height = max(self.sizeHint().height(), tallest + margins.top() + margins.bottom())
            if strip.height() != height or strip.minimumHeight() != height:
                strip.setFixedHeight(height)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_strip()

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == event.Type.LayoutRequest:  # buttons shown, hidden, restyled: fit again
            self._fit_strip()
        return handled

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self._refresh()

    def set_suggested(self, counts: dict[str, int] | None) -> None:
        """How many suggestions there are per tag (``None``: suggestions are hidden, and so is the count)."""
        self._suggested = dict(counts) if counts is not None else None
        self._refresh()

    def count_text(self, tag_name: str) -> str:
        """What the legend shows for a tag (used by tests and the status bar)."""
        button = self._buttons.get(tag_name)
        return button.text() if button else ""

    def _refresh(self) -> None:
        for name, button in self._buttons.items():
            tag = self._tags[name]
            n = self._counts.get(name, 0)
            key = f"  [{shown_key(tag.key)}]" if tag.key else ""
            button.setText(f"{tag.label}  {i18n.number(n, grouping=False)}{key}")
            tip = i18n.fill(self.tr("Tag the selection as %1"), tag.label)
            if tag.key:
                tip += i18n.fill(self.tr(" (key %1)"), shown_key(tag.key))
            button.setToolTip(tip)
        suggested = {name: n for name, n in (self._suggested or {}).items() if n}
        total = sum(suggested.values())
        label = self.suggestion_count
        label.setVisible(bool(total))
        label.setText(i18n.plural(self.tr("%Ln suggestion(s)", "", total), total))
        # "12 Quote" in English; "اقتباس: ١٢" in Arabic, whose counted noun would need its case and number.
        per_tag = self.tr(", ").join(
            i18n.fill(self.tr("%1 %2", "a count, then the tag it counts"), i18n.number(n),
                      self._tags[name].label if name in self._tags else name)
            for name, n in sorted(suggested.items(), key=lambda kv: -kv[1]))
        label.setToolTip(i18n.fill(self.tr("Proposed, not stored: %1.\nN / P step through them with the annotations; "
                                           "Y or Enter accepts, Shift+Y another speaker, X rejects."), per_tag)
                         if total else "")

