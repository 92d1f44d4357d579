"""The article list reads a page at a time: opening a large database reads what is shown, not every row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from annotator.core.model import Article, make_annotation
from annotator.core.store import Store
from annotator.ui.app import application, open_window
from annotator.ui.main_window import MainWindow
from annotator.ui.panels import ArticleListModel

ARTICLES = 47
PAGE = 10


@pytest.fixture
def many(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A database of 47 articles (pages of 10 rows), the sample seeded first."""
    monkeypatch.setattr(ArticleListModel, "PAGE_ROWS", PAGE)
    monkeypatch.setattr(ArticleListModel, "KEPT_PAGES", 3)
    store = Store.open(tmp_path / "many.db")
    store.set_meta("seeded", "1")
    for n in range(ARTICLES):
        store.add_article(Article(title=f"مقال رقم {n}", text=f"نص المقال رقم {n} من الحسكة.",
                                  created=f"2026-01-01T00:00:{n:02d}.000Z"))
    yield store
    store.close()


class CountingStore:
    """The store as the article list sees it, counting the rows it hands out."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.rows_read = 0

    def article_count(self) -> int:
        return self.store.article_count()

    def articles(self, limit: int | None = None, offset: int = 0):
        page = self.store.articles(limit=limit, offset=offset)
        self.rows_read += len(page)
        return page

    def article_position(self, article_id: str) -> int | None:
        return self.store.article_position(article_id)


def test_the_model_counts_at_once_and_reads_rows_a_page_at_a_time(many: Store, qtbot) -> None:
    application()
    source = CountingStore(many)
    model = ArticleListModel()
    model.set_source(source)
    assert model.rowCount() == ARTICLES and source.rows_read == 0  # counted, nothing read yet
    assert model.index(23).data(ArticleListModel.IdRole) == many.articles()[23].id
    assert source.rows_read == PAGE and model.loaded_rows() == PAGE  # rows 20–29 only
    assert model.index(29).data().startswith("مقال رقم 29") and source.rows_read == PAGE
    assert model.index(46).data().startswith("مقال رقم 46")  # the last page is short
    assert model.index(ARTICLES).data() is None
    # The row of an article not read yet comes from the indexes, not from reading up to it.
    last = many.articles()[-1]
    before = source.rows_read
    assert model.row_of(many.articles()[5].id) == 5 and source.rows_read == before
    assert model.row_of(last.id) == ARTICLES - 1 and model.row_of("no such id") is None
    # Only a few pages are kept, however far the list is scrolled.
    for row in range(ARTICLES):
        model.index(row).data()
    assert model.loaded_rows() <= 3 * PAGE


def test_a_new_count_shows_on_a_read_row_and_a_refresh_reads_again(many: Store, qtbot) -> None:
    application()
    model = ArticleListModel()
    model.set_source(many)
    first = many.articles()[0]
    assert model.index(0).data().endswith("0 annotations")
    with qtbot.waitSignal(model.dataChanged):
        model.set_count(first.id, 3)
    assert model.index(0).data().endswith("3 annotations")
    article = many.get_article(first.id)
    many.add_annotation(make_annotation(article, "claim", 0, 2))
    model.set_source(many)
    assert model.loaded_rows() == 0
    assert model.index(0).data().endswith("1 annotation")


def test_the_window_reads_only_the_pages_it_shows(many: Store, qtbot) -> None:
    application()
    QSettings().clear()
    target = many.articles()[40]
    many.set_meta("last_article", target.id)
    window: MainWindow = open_window(many)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.article_model
    assert model.rowCount() == ARTICLES
    assert window.article_list.currentIndex().row() == 40  # the article open last time, found by position
    assert window.article_list.currentIndex().data(ArticleListModel.IdRole) == target.id
    assert model.loaded_rows() < ARTICLES  # not every row: the pages on screen, and the current one's
    window.close()
