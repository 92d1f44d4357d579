"""Small dialogs: linking a quote to its speaker, article details, the shortcut sheet."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Annotation, Article, Tag
from ..core.search import fold_text
from ..core.text import dominant_direction, shorten
from .directional import DirectionalPlainTextEdit, ltr, set_label_text
from .i18n import fill, number
from .panels import DirectionalDelegate, DirectionRole, swatch


def gap(a: Annotation, b: Annotation) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


#: How far before a quote its cue (قال كاغينس:) is looked for, in characters.
CUE_WINDOW = 160


def rank_candidates(source: Annotation, candidates: list[Annotation], text: str = "") -> list[Annotation]:
    """Who most likely said it, first.

    A speaker named in the words just before the quote, in its paragraph —
    ``قال كاغينس: «…»`` names مايلس كاغينس tagged further up — comes before
    one who is merely nearer; then the nearest; at equal distance, the one
    before the quote.  Names are compared Arabic-folded, word by word.
    """
    before = text[max(0, source.start - CUE_WINDOW):source.start]
    before = fold_text(before[before.rfind("\n") + 1:]) if before else ""

    def named(c: Annotation) -> bool:
        return bool(before) and any(len(w) >= 3 and w in before for w in fold_text(c.text).split())

    return sorted(candidates, key=lambda c: (not named(c), gap(source, c), c.start > source.start, c.start))


class LinkDialog(QDialog):
    """Pick the speaker (or source) of a quote or claim; the nearest one is proposed.

    Type to filter (Arabic-folded), arrows to move, Enter to link.
    """

    def __init__(self, source: Annotation, candidates: list[Annotation], tags: dict[str, Tag],
                 line_of, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link to speaker"))
        self._ranked = rank_candidates(source, candidates, text)
        quote = QLabel()
        quote.setObjectName("linkSource")
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setWordWrap(True)
        set_label_text(quote, shorten(source.text, 160))  # right to left, on the right, for Arabic
        quote.setStyleSheet("QLabel { background: palette(base); padding: 6px; }")
        label = QLabel(self.tr("was said by:"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type to filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("linkCandidates")
        self.list.setItemDelegate(DirectionalDelegate(self.list))
        for cand in self._ranked:
            tag = tags.get(cand.tag)
            # Swatch and paragraph number on the reading side (the right of an
            # Arabic row), the number in a left-to-right isolate so "¶5" stays "¶5".
            item = QListWidgetItem(f"\u2066¶{number(line_of(cand.start))}\u2069   {shorten(cand.text, 60)}")
            if tag is not None:
                item.setIcon(swatch(tag.color))
            item.setData(Qt.ItemDataRole.UserRole, cand)
            item.setData(DirectionRole, dominant_direction(cand.text))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        self.filter_edit.returnPressed.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 360)
        # Typing filters (Arabic-folded); Up/Down move in the list; Enter links.
        self.filter_edit.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.filter_edit.setFocus()

    def _filter(self, text: str) -> None:
        needle = fold_text(text).strip()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            cand: Annotation = item.data(Qt.ItemDataRole.UserRole)
            hidden = bool(needle) and needle not in fold_text(cand.text)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = row
        if first_visible is not None:
            self.list.setCurrentRow(first_visible)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - arrows in the filter move the list
        from PySide6.QtCore import QEvent

        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Up, Qt.Key.Key_Down
        ):
            self.list.setFocus()
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Annotation | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FormDialog(QDialog):
    """A form with a line for problems and Save / Cancel.

    Save closes the dialog only when :meth:`problem` finds nothing wrong;
    otherwise the problem is shown and every field keeps what was typed.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setStyleSheet("color: #B00020")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_rows(self, *rows: tuple[str, QWidget]) -> None:
        for label, widget in rows:
            self.form.addRow(label, widget)
            self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        """Once a problem is shown, every change to ``widget`` checks the form again (see :meth:`_recheck`)."""
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self._recheck)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._recheck)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(self._recheck)

    def _recheck(self, *_args: object) -> None:
        """A field changed while a problem is shown: the problem goes as soon as it is corrected (another
        one, if any, takes its place), rather than staying on screen until the next Save."""
        if self.error.text():
            self.error.setText(self.problem() or "")

    def problem(self) -> str | None:
        """What stops saving, in one sentence; ``None`` when the form is fine."""
        return None

    def _accept_if_valid(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
        else:
            self.accept()


class ArticleDialog(FormDialog):
    """Edit an article's details; the text itself is never edited."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ArticleDialog", "Article details"), parent)
        self.setObjectName("articleDialog")
        self.title = QLineEdit(article.title)
        self.source = QLineEdit(article.source)
        self.authors = DirectionalPlainTextEdit()
        self.authors.setPlainText("\n".join(article.authors))
        self.authors.setTabChangesFocus(True)
        self.authors.setFixedHeight(70)
        self.published = QLineEdit(article.published or "")
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.url = QLineEdit(article.url or "")
        self.language = QLineEdit(article.language)
        self.language.setPlaceholderText(self.tr("ar, en, …"))
        self.dateline = QLineEdit(article.dateline)
        for edit in (self.title, self.source, self.dateline):
            edit.setAlignment(Qt.AlignmentFlag.AlignLeading)
        for edit in (self.title, self.source, self.published, self.url, self.language, self.dateline):
            edit.home(False)  # a long title shows its start, not its end
        self.add_rows((self.tr("Title:"), self.title), (self.tr("Source:"), self.source),
                      (self.tr("Authors (one per line):"), self.authors), (self.tr("Published:"), self.published),
                      (self.tr("Dateline:"), self.dateline), (self.tr("Web address:"), self.url),
                      (self.tr("Language:"), self.language))
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict[str, object]:
        """The fields as :meth:`Store.update_article` takes them."""
        authors = [a.strip() for a in re.split(r"[\n;،]", self.authors.toPlainText()) if a.strip()]
        return {
            "title": self.title.text().strip(),
            "source": self.source.text().strip(),
            "authors": authors,
            "published": self.published.text().strip() or None,
            "url": self.url.text().strip() or None,
            "language": self.language.text().strip().lower(),
            "dateline": self.dateline.text().strip(),
        }

    def problem(self) -> str | None:
        values = self.values()
        if not values["title"]:
            return self.tr("An article needs a title.")
        if values["published"] and not _DATE.match(str(values["published"])):
            # The example in a left-to-right isolate: an Arabic sentence would show it as 15-03-2024.
            return fill(self.tr("Write the date as YYYY-MM-DD, e.g. %1 (or YYYY-MM, or YYYY)."), ltr("2024-03-15"))
        return None


#: One key as the sheet writes it: "Ctrl+Shift+Z", "Alt+Down", "F2", "N", "Ctrl++", "Ctrl+\\", "?", or the
#: modifiers of a key named in words ("Alt" of "Alt+السحب": the "+" then joins it to the word, as Arabic
#: reads, from the right).
_KEY_PART = r"(?:[A-Za-z][A-Za-z0-9]*|[0-9]+|[+\-=\\?])"
_KEY = re.compile(rf"{_KEY_PART}(?:\+{_KEY_PART})*")


def isolated_keys(keys: str) -> str:
    """The keys of a sheet's row for a right-to-left sheet: each key in a left-to-right isolate.

    The row then reads from the right in its own order — "N / ى or Alt+Down  /  P / ح or Alt+Up"
    keeps "next" first — while no key is turned around ("Ctrl++" is not "++Ctrl").  One isolate
    round the whole row would run it left to right instead, its Arabic words ("or", "in the
    text") in between, and reordered runs would put P among the "next" keys.
    """
    return _KEY.sub(lambda m: ltr(m.group()), keys)


class ShortcutSheet(QDialog):
    """Every action and its keys, as they read on the user's keyboard; sized to show them whole."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        metrics = self.fontMetrics()
        row_height = metrics.height() + 4
        # A long keys cell (how to select text) wraps within the room the screen leaves it rather than
        # widening the sheet past the screen (where both of its ends were cut).
        keys_room = metrics.horizontalAdvance("0") * 48
        widest_action = max((metrics.horizontalAdvance(a) for a, _k in rows), default=0)
        widest_keys = max((metrics.horizontalAdvance(k) for _a, k in rows), default=0)
        widest = widest_action + min(widest_keys, keys_room) + 40
        # One pair of columns while every row fits the screen's height; two side by side when they
        # do not and the screen is wide enough for both; else one pair that scrolls.
        too_tall = (len(rows) + 2) * row_height > screen.height() - 140
        pairs = 2 if too_tall and 2 * widest + 60 <= screen.width() * 0.9 else 1
        per_column = -(-len(rows) // pairs)
        table = QTableWidget(per_column, 2 * pairs)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")] * pairs)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)  # only a keys cell wider than its column (keys_room) takes a second line
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for i, (action, keys) in enumerate(rows):
            row, pair = i % per_column, i // per_column
            table.setItem(row, 2 * pair, QTableWidgetItem(action))
            # Each key reads left to right in a right-to-left sheet ("Ctrl++", not "++Ctrl"), the row
            # from the right, in its order (see isolated_keys); the whole of a long one is in the tooltip.
            cell = QTableWidgetItem(isolated_keys(keys) if rtl else keys)
            cell.setToolTip(keys)
            table.setItem(row, 2 * pair + 1, cell)
        table.resizeColumnsToContents()
        # The keys' columns take what the screen leaves beside the actions' (the sheet is then as wide
        # as it may be); only a row longer than that wraps.
        actions_width = sum(table.columnWidth(2 * pair) for pair in range(pairs))
        spare = int(screen.width() * 0.9) - table.verticalScrollBar().sizeHint().width() - 40 - actions_width
        keys_room = max(keys_room, spare // pairs)
        for pair in range(pairs):
            if table.columnWidth(2 * pair + 1) > keys_room:
                table.setColumnWidth(2 * pair + 1, keys_room)
        # Compact rows: the Arabic fallback face would make every row as tall as its marks need;
        # a row whose keys wrap is as tall as its lines.
        line = table.fontMetrics().height()
        for r in range(per_column):
            lines = max((self._lines(table, r, c) for c in range(1, 2 * pairs, 2)), default=1)
            table.setRowHeight(r, lines * line + 4)
        table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr(
            "Single keys also work on an Arabic keyboard layout: the key marked 1 types ١, "
            "the key marked L types م, and so on."
        ))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.table = table
        # Wide enough for every key, tall enough for every row (within the screen).
        rows_height = sum(table.rowHeight(r) for r in range(per_column))
        table.setMinimumHeight(min(rows_height + table.horizontalHeader().sizeHint().height()
                                   + 2 * table.frameWidth() + 4, screen.height() - 140))
        width = (sum(table.columnWidth(c) for c in range(table.columnCount()))
                 + table.verticalScrollBar().sizeHint().width() + 40)
        self.resize(min(width, int(screen.width() * 0.9)), self.sizeHint().height())
        # A screen just tall enough for one line a row: the long cell keeps one line, its first, cut with
        # "…" (the whole is in its tooltip), rather than pushing the last rows out of sight.
        layout.activate()  # the table's height (its viewport follows only once shown)
        room = table.height() - table.horizontalHeader().sizeHint().height() - 2 * table.frameWidth()
        compact = line + 4
        if sum(table.rowHeight(r) for r in range(per_column)) > room >= per_column * compact:
            for r in range(per_column):
                table.setRowHeight(r, compact)

    @staticmethod
    def _lines(table: QTableWidget, row: int, column: int) -> int:
        """How many lines a keys cell takes in its column (1 unless it is too long, and wraps)."""
        item = table.item(row, column)
        if item is None:
            return 1
        metrics = table.fontMetrics()
        room = table.columnWidth(column) - 12  # the cell's margins
        if metrics.horizontalAdvance(item.text()) <= room:
            return 1
        wrapped = metrics.boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, item.text())
        return max(1, round(wrapped.height() / metrics.lineSpacing()))
