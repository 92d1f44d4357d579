"""The search panel reads a page of hits at a time: the first at once, "Show more" for the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.importers import article_from_text, import_article
from annotator.core.model import make_annotation
from annotator.ui import search_panel
from annotator.ui.main_window import MainWindow
from tests.ui.test_search_panel import hit_rows, rows

WORD = "الحسكة"


@pytest.fixture
def paged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_panel, "ANNOTATION_PAGE", 4)
    monkeypatch.setattr(search_panel, "ARTICLE_PAGE", 2)


def _articles_with_spans(window: MainWindow, articles: int, spans: int) -> list[str]:
    """``articles`` articles naming the word twice; ``spans`` location spans over it, spread over them."""
    store = window.store
    made = []
    for n in range(articles):
        text = f"تقرير رقم {n} من {WORD}.\n\nقال المتحدث في {WORD} إن الوضع هادئ."
        article, _ = import_article(store, article_from_text(text, f"تقرير {n}"))
        made.append(article)
    ids = []
    for k in range(spans):
        article = made[k % articles]
        start = [i for i in range(len(article.text)) if article.text.startswith(WORD, i)][(k // articles) % 2]
        ids.append(store.add_annotation(make_annotation(article, "location", start, start + len(WORD))).id)
    window.refresh_article_list()
    return ids


def test_show_more_adds_the_next_page_until_every_hit_is_listed(window: MainWindow, qtbot, paged) -> None:
    spans = _articles_with_spans(window, 3, 6)
    panel = window.search_panel
    window.open_search()
    panel.query.setText(WORD)
    panel.run()
    annotation_hits = [h for h in panel.hits() if h.annotation_id]
    assert len(annotation_hits) == 4
    assert panel.summary.text().startswith("first 4 annotations") and "more to show" in panel.summary.text()
    assert not panel.more.isHidden()
    QTest.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    shown = [h.annotation_id for h in panel.hits() if h.annotation_id]
    assert sorted(shown) == sorted(spans)  # all six, each once
    # Every article (the seeded sample has the word too) is listed once, its hits under it, in reading order.
    for header, children in rows(panel):
        starts = [c.data(search_panel.HitRole).start for c in children
                  if c.data(search_panel.KindRole) == "annotation"]
        assert starts == sorted(starts)
        assert "hit" in header.data(search_panel.HtmlRole)
    titles = [header.data(Qt.ItemDataRole.DisplayRole) for header, _ in rows(panel)]
    assert len(titles) == len(set(titles))
    while not panel.more.isHidden():
        panel.show_more()
    assert "more to show" not in panel.summary.text()
    assert panel.summary.text().startswith("6 annotations")
    assert len([h for h in panel.hits() if h.annotation_id]) == 6
    assert len(hit_rows(panel)) == len(panel.hits())


def test_a_new_search_starts_from_its_first_page(window: MainWindow, qtbot, paged) -> None:
    _articles_with_spans(window, 2, 2)
    panel = window.search_panel
    window.open_search()
    panel.query.setText(WORD)
    panel.run()
    assert panel.more.isHidden() is False  # 2 spans, but 4 articles name the word: more articles
    panel.query.setText("")
    panel.run()
    assert panel.hits() == [] and panel.more.isHidden() and panel.summary.text() == ""
