"""Annotate → Agreement between annotators: the corpus figures, and the articles sorted by disagreement.

The figures are :func:`annotator.core.agreement.agreement`'s, computed on a
worker thread through its own database connection (a corpus of thousands of
articles takes seconds); the dialog shows a busy bar meanwhile and stays
responsive.  The article table sorts by any column — by disagreement first —
and Enter or a double-click opens the article.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import numpy_gate
from ..core.errors import AnnotatorError
from ..core.store import Store
from ..core.text import dominant_direction
from .panels import DirectionalDelegate, DirectionRole

if TYPE_CHECKING:  # imported when needed: the agreement brings numpy, which the window keeps out
    from ..core.agreement import AgreementReport

CORPUS_COLUMNS = ("Annotators", "Tag", "F1 exact", "F1 overlap", "Alpha", "Same source", "Spans")
ARTICLE_COLUMNS = ("Article", "Disagreement", "Pairs")


class _Figure(QTableWidgetItem):
    """A number shown with two decimals (or "—" when undefined) that sorts as a number, "—" lowest."""

    def __init__(self, value: float | None, decimals: int = 2) -> None:
        super().__init__("—" if value is None else f"{value:.{decimals}f}")
        self.value = -1.0 if value is None else float(value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Figure):
            return self.value < other.value
        return super().__lt__(other)


def _figure(value: float | None) -> QTableWidgetItem:
    return _Figure(value)


def _count(value: int) -> QTableWidgetItem:
    return _Figure(value, 0)


def _text(value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setData(DirectionRole, dominant_direction(value))
    item.setToolTip(value)
    return item


class _Relay(QObject):
    done = Signal(object)  # an AgreementReport, or the message of what went wrong


class AgreementDialog(QDialog):
    """The agreement figures of the whole database; emits :attr:`openArticle` to show an article."""

    openArticle = Signal(str)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement between annotators"))
        self.report: AgreementReport | None = None
        self.summary = QLabel(self.tr("Computing agreement over every article two people annotated…"))
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a busy bar: the work has no known length
        self.corpus = self._table(CORPUS_COLUMNS, "agreementCorpus")
        self.articles = self._table(ARTICLE_COLUMNS, "agreementArticles")
        self.articles.setSortingEnabled(True)
        self.articles.activated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(QLabel(self.tr("Over the corpus (F1: 1 is the same spans; alpha over characters):")))
        layout.addWidget(self.corpus, 1)
        layout.addWidget(QLabel(self.tr("Articles, most disagreement first (Enter opens one):")))
        layout.addWidget(self.articles, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self._relay = _Relay()
        self._relay.done.connect(self._arrived)
        relay = self._relay

        def work() -> None:
            try:
                numpy_gate.let_in()  # the window keeps numpy out until now (the krippendorff package needs it)
                from ..core.agreement import agreement, uncurated

                with Store.open(db_path, create=False) as store:  # a connection of this thread's own
                    result: object = agreement(store, counted=uncurated)
            except AnnotatorError as exc:
                result = str(exc)
            except Exception as exc:  # a bug must not take the window down: say it instead
                result = f"Agreement could not be computed: {exc}"
            relay.done.emit(result)

        threading.Thread(target=work, name="agreement", daemon=True).start()

    @staticmethod
    def _table(columns: tuple[str, ...], name: str) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(list(columns))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setItemDelegate(DirectionalDelegate(table))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _arrived(self, result: object) -> None:
        from ..core.agreement import AgreementReport, AttributionRow, article_disagreement, shown_name

        self.busy.hide()
        if not isinstance(result, AgreementReport):
            self.summary.setText(str(result))
            return
        self.report = result
        if len(result.annotators) < 2:
            names = ", ".join(shown_name(n) for n in result.annotators) or "nobody yet"
            self.summary.setText(f"Agreement needs two annotators; this database has {names}. Import a "
                                 "colleague's export (File → Import) or merge their database.")
            return
        people = ", ".join(f"\u2068{shown_name(n)}\u2069" for n in result.annotators)
        self.summary.setText(f"{len(result.annotators)} annotators ({people}); "
                             f"{len(result.articles)} articles annotated by at least two of them.")
        for row in result.corpus:
            n = self.corpus.rowCount()
            self.corpus.insertRow(n)
            pair = f"\u2068{shown_name(row.a)}\u2069 / \u2068{shown_name(row.b)}\u2069"
            if isinstance(row, AttributionRow):
                cells = [_text(pair), _text("who said it"), _figure(None), _figure(None), _figure(None),
                         _figure(row.attribution), _count(row.n)]
            else:
                cells = [_text(pair), _text(row.tag), _figure(row.f1_exact), _figure(row.f1_overlap),
                         _figure(row.alpha), _figure(None), _text(f"{row.n_a} / {row.n_b}")]
            for column, cell in enumerate(cells):
                self.corpus.setItem(n, column, cell)
        self.articles.setSortingEnabled(False)  # fill, then sort once
        for art in result.articles:
            n = self.articles.rowCount()
            self.articles.insertRow(n)
            title = _text(art.title)
            title.setData(Qt.ItemDataRole.UserRole, art.id)
            pairs = {(row.a, row.b) for row in art.rows}
            for column, cell in enumerate((title, _figure(article_disagreement(art.rows)), _count(len(pairs)))):
                self.articles.setItem(n, column, cell)
        self.articles.setSortingEnabled(True)
        self.articles.sortItems(1, Qt.SortOrder.DescendingOrder)
        if self.articles.rowCount():
            self.articles.setCurrentCell(0, 0)
            self.articles.setFocus()

    def _open(self, index) -> None:
        item = self.articles.item(index.row(), 0)
        if item is not None:
            self.openArticle.emit(item.data(Qt.ItemDataRole.UserRole))
