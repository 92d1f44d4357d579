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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal
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
from ..core.model import Tag
from ..core.store import Store
from ..core.text import dominant_direction
from . import i18n
from .panels import DirectionalDelegate, DirectionRole

if TYPE_CHECKING:  # imported when needed: the agreement brings numpy, which the window keeps out
    from ..core.agreement import AgreementReport

#: The tables' headings, as lupdate sees them (shown in the interface's language).
CORPUS_COLUMNS = (QT_TRANSLATE_NOOP("AgreementDialog", "Annotators"), QT_TRANSLATE_NOOP("AgreementDialog", "Tag"),
                  QT_TRANSLATE_NOOP("AgreementDialog", "F1 exact"), QT_TRANSLATE_NOOP("AgreementDialog", "F1 overlap"),
                  QT_TRANSLATE_NOOP("AgreementDialog", "Alpha"), QT_TRANSLATE_NOOP("AgreementDialog", "Same source"),
                  QT_TRANSLATE_NOOP("AgreementDialog", "Spans"))
ARTICLE_COLUMNS = (QT_TRANSLATE_NOOP("AgreementDialog", "Article"),
                   QT_TRANSLATE_NOOP("AgreementDialog", "Disagreement"), QT_TRANSLATE_NOOP("AgreementDialog", "Pairs"))


class _Figure(QTableWidgetItem):
    """A number shown with two decimals (or "—" when undefined) that sorts as a number, "—" lowest."""

    def __init__(self, value: float | None, decimals: int = 2) -> None:
        super().__init__("—" if value is None else _decimal(value, decimals))
        self.value = -1.0 if value is None else float(value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Figure):
            return self.value < other.value
        return super().__lt__(other)


def _decimal(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals in the interface's digits ("0.50", "٠٫٥٠"), never grouped."""
    locale = i18n.number_locale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    # Rounded first: -0.001 is "0.00", never "-0.00" (adding 0.0 turns -0.0 into 0.0).
    return locale.toString(round(float(value), decimals) + 0.0, "f", decimals)


def _isolated(name: str) -> str:
    """An annotator's name in a bidi isolate ("(unnamed)" for the unnamed one, in the interface's language)."""
    shown = name or QCoreApplication.translate("AgreementDialog", "(unnamed)")
    return f"\u2068{shown}\u2069"


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
    done = Signal(object)  # (an AgreementReport, the tags), or the exception that stopped it


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
                    result: object = (agreement(store, counted=uncurated), store.tags())
            except Exception as exc:  # noqa: BLE001 — said in the dialog (a bug must not take the window down)
                result = exc
            relay.done.emit(result)

        threading.Thread(target=work, name="agreement", daemon=True).start()

    def _table(self, columns: tuple[object, ...], name: str) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr(str(c)) for c in columns])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setItemDelegate(DirectionalDelegate(table))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _arrived(self, result: object) -> None:
        from ..core.agreement import AgreementReport

        self.busy.hide()
        if isinstance(result, AnnotatorError):
            self.summary.setText(i18n.translated(result))
            return
        if isinstance(result, BaseException):
            self.summary.setText(i18n.fill(self.tr("Agreement could not be computed: %1"),
                                           f"{type(result).__name__}: {result}"))
            return
        report, tags = result if isinstance(result, tuple) else (result, [])
        if not isinstance(report, AgreementReport):
            return
        self.report = report
        comma = self.tr(", ")
        if len(report.annotators) < 2:
            names = comma.join(_isolated(n) for n in report.annotators) or self.tr("nobody yet")
            self.summary.setText(i18n.fill(self.tr(
                "Agreement needs two annotators; this database has %1. Import a colleague's export "
                "(File → Import) or merge their database."), names))
            return
        people = comma.join(_isolated(n) for n in report.annotators)
        annotators, articles = len(report.annotators), len(report.articles)
        self.summary.setText(i18n.fill(
            self.tr("%1 (%2); %3."), i18n.plural(self.tr("%Ln annotator(s)", "", annotators), annotators), people,
            i18n.plural(self.tr("%Ln article(s) annotated by at least two of them", "", articles), articles)))
        self._fill_corpus(report, tags)
        self._fill_articles(report)

    def _fill_corpus(self, report: AgreementReport, tags: list[Tag]) -> None:
        from ..core.agreement import AttributionRow

        labels = self._tag_labels(tags)
        for row in report.corpus:
            n = self.corpus.rowCount()
            self.corpus.insertRow(n)
            pair = f"{_isolated(row.a)} / {_isolated(row.b)}"
            if isinstance(row, AttributionRow):
                cells = [_text(pair), _text(self.tr("who said it")), _figure(None), _figure(None), _figure(None),
                         _figure(row.attribution), _count(row.n)]
            else:
                tag = _text(labels.get(row.tag, row.tag))
                tag.setToolTip(row.tag)  # the name it is exported under
                cells = [_text(pair), tag, _figure(row.f1_exact), _figure(row.f1_overlap),
                         _figure(row.alpha), _figure(None),
                         _text(f"{i18n.number(row.n_a, grouping=False)} / {i18n.number(row.n_b, grouping=False)}")]
            for column, cell in enumerate(cells):
                self.corpus.setItem(n, column, cell)

    @staticmethod
    def _tag_labels(tags: list[Tag]) -> dict[str, str]:
        """How the Tag column names each tag: by its stored name (as exports and the command line do) in
        English; by its label in Arabic, a built-in one in Arabic (the name is in the tooltip)."""
        if i18n.current_language() != i18n.ARABIC:
            return {}
        return {t.name: t.label for t in i18n.shown_tags(tags)}

    def _fill_articles(self, report: AgreementReport) -> None:
        from ..core.agreement import article_disagreement

        self.articles.setSortingEnabled(False)  # fill, then sort once
        for art in report.articles:
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
