"""Corpus search in bounded pages: a page costs the same however many hits there are, and pages add up
to every hit, each once, shown in article and reading order."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.model import Annotation, Article, Relation, make_annotation
from annotator.core.store import Store

TEXT = "قال أحمد إن الطقس في الحسكة جميل، وقال محمود إن البحر هادئ في الحسكة."


def _article(store: Store, n: int, created: str) -> Article:
    return store.add_article(Article(title=f"مقال {n}", text=f"{TEXT} {n}", created=created))


def _span(store: Store, article: Article, tag: str, words: str, nth: int = 0) -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(words, start + 1)
    return store.add_annotation(make_annotation(article, tag, start, start + len(words)))


def _all_pages(search, size: int) -> list[str]:
    ids: list[str] = []
    while True:
        page = search(limit=size, offset=len(ids))
        ids += [a.id for a, _ in page]
        if len(page) < size:
            return ids


def test_pages_add_up_to_every_hit_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.db") as store:
        made = []
        for n in range(5):
            article = _article(store, n, f"2026-01-0{n + 1}T00:00:00.000Z")
            made += [_span(store, article, "location", "الحسكة", k) for k in range(2)]
            _span(store, article, "claim", "البحر هادئ")
        everything = store.search_annotations("الحسكه")  # folded: ة → ه
        assert sorted(a.id for a, _ in everything) == sorted(a.id for a in made)
        for size in (1, 3, 4, 10):
            paged = _all_pages(lambda **k: store.search_annotations("الحسكة", **k), size)
            assert sorted(paged) == sorted(a.id for a in made) and len(set(paged)) == len(paged)
        # Short needles (no trigram) page the same way.
        short = _all_pages(lambda **k: store.search_annotations("في", **k), 2)
        assert short == []  # "في" is in the text, in no span
        by_tag = _all_pages(lambda **k: store.search_annotations("", tag="claim", **k), 2)
        assert len(by_tag) == 5 and len(set(by_tag)) == 5


def test_a_page_is_taken_in_the_order_spans_were_made_and_shown_in_reading_order(tmp_path: Path) -> None:
    with Store.open(tmp_path / "o.db") as store:
        old = _article(store, 0, "2026-01-01T00:00:00.000Z")
        new = _article(store, 1, "2026-01-02T00:00:00.000Z")
        a1 = _span(store, new, "location", "الحسكة", 1)
        a2 = _span(store, new, "location", "الحسكة", 0)
        a3 = _span(store, old, "location", "الحسكة", 0)  # made last, in the older article
        # All of them: article order (the older article first), then reading order.
        assert [a.id for a, _ in store.search_annotations("الحسكة")] == [a3.id, a2.id, a1.id]
        # The first page of two: the two made first, still shown in reading order.
        assert [a.id for a, _ in store.search_annotations("الحسكة", limit=2)] == [a2.id, a1.id]
        assert [(a.id, t) for a, t in store.search_annotations("الحسكة", limit=2, offset=2)] == [(a3.id, "مقال 0")]
        assert store.search_annotations("الحسكة", limit=0) == []


def test_said_by_pages_count_a_quote_linked_twice_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        article = _article(store, 0, "2026-01-01T00:00:00.000Z")
        ahmad = _span(store, article, "speaker", "أحمد")
        mahmoud = _span(store, article, "speaker", "محمود")
        q1 = _span(store, article, "quote", "الطقس في الحسكة جميل")
        q2 = _span(store, article, "quote", "البحر هادئ")
        for quote, who in ((q1, ahmad), (q1, mahmoud), (q2, mahmoud)):
            store.add_relation(Relation(article.id, quote.id, who.id))
        said = _all_pages(lambda **k: store.search_annotations("", tag="quote", speaker="م", **k), 1)
        assert sorted(said) == sorted([q1.id, q2.id])  # "م" is in both names: q1 once
        assert [a.id for a, _ in store.search_annotations("الحسكه", speaker="احمد")] == [q1.id]
        assert [a.id for a, _ in store.search_annotations("البحر", speaker="محمود")] == [q2.id]
        assert store.search_annotations("البحر", speaker="احمد") == []


def test_a_page_says_whether_more_follow(tmp_path: Path) -> None:
    with Store.open(tmp_path / "m.db") as store:
        for n in range(3):
            article = _article(store, n, f"2026-01-0{n + 1}T00:00:00.000Z")
            _span(store, article, "location", "الحسكة")
        assert [len(h) for h, _ in [store.search_annotation_page("الحسكة", limit=2)]] == [2]
        assert store.search_annotation_page("الحسكة", limit=2)[1] is True
        assert store.search_annotation_page("الحسكة", limit=3)[1] is False
        hits, more = store.search_annotation_page("الحسكة", limit=2, offset=2)
        assert len(hits) == 1 and more is False
        assert store.search_article_page("الحسكة", limit=2)[1] is True
        found, more = store.search_article_page("الحسكة", limit=2, offset=2)
        assert len(found) == 1 and more is False


def test_search_articles_pages(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        made = [_article(store, n, f"2026-01-0{9 - n}T00:00:00.000Z") for n in range(5)]
        found = store.search_articles("الحسكة")
        assert [s.id for s in found] == [a.id for a in reversed(made)]  # oldest first
        first = store.search_articles("الحسكة", limit=2)
        assert [s.id for s in first] == [made[1].id, made[0].id]  # the first two added, oldest first
        rest = store.search_articles("الحسكة", limit=10, offset=2)
        assert {s.id for s in rest} == {a.id for a in made[2:]}


def _steps(store: Store, run) -> int:
    """SQLite virtual-machine steps (in thousands) that ``run`` takes."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    store.db.conn.set_progress_handler(tick, 1000)
    try:
        run()
    finally:
        store.db.conn.set_progress_handler(None, 0)
    return count[0]


@pytest.mark.parametrize("search", [
    {"query": "الحسكة"},
    {"query": "الحسكة", "tag": "location"},
    {"query": "", "tag": "location"},
    {"query": "", "tag": "quote", "speaker": "أحمد"},
])
def test_a_page_costs_the_same_with_ten_times_the_hits(tmp_path: Path, search: dict) -> None:
    def build(path: Path, articles: int) -> Store:
        store = Store.open(path)
        rows = []
        for n in range(articles):
            article = _article(store, n, f"2026-01-01T00:{n // 60:02d}:{n % 60:02d}.000Z")
            spans = [make_annotation(article, "location", article.text.index("الحسكة"),
                                     article.text.index("الحسكة") + 6),
                     make_annotation(article, "speaker", 4, 8), make_annotation(article, "quote", 12, 22)]
            store.add_annotations(spans)
            rows.append(Relation(article.id, spans[2].id, spans[1].id))
        for rel in rows:
            store.add_relation(rel)
        return store

    small, large = build(tmp_path / "small.db", 40), build(tmp_path / "large.db", 400)
    try:
        run_small = _steps(small, lambda: small.search_annotations(limit=20, **search))
        run_large = _steps(large, lambda: large.search_annotations(limit=20, **search))
        assert len(large.search_annotations(limit=20, **search)) == 20
        assert run_large <= 2 * run_small + 5, (run_small, run_large)
    finally:
        small.close()
        large.close()


def test_the_hit_stream_needs_no_sort_of_all_hits(tmp_path: Path) -> None:
    """Each plan reads its hits in rowid order from an index or the full-text table: no temporary B-tree."""
    with Store.open(tmp_path / "plan.db") as store:
        plans = []
        original = store.db.execute

        def traced(sql: str, params=()):  # type: ignore[no-untyped-def]
            if sql.startswith(("SELECT a.rowid FROM", "SELECT f.rowid FROM")):
                plans.append(" ".join(r[-1] for r in original("EXPLAIN QUERY PLAN " + sql, params)))
            return original(sql, params)

        store.db.execute = traced  # type: ignore[method-assign]
        for args in (("الحسكة", None, None), ("الحسكة", "quote", None), ("", "quote", None),
                     ("", "quote", "احمد"), ("الحسكة", "quote", "احمد"), ("في", None, None)):
            store.search_annotations(*args)
        store.search_articles("الحسكة")
        store.search_articles("في")
        assert len(plans) == 8
        for plan in plans:
            assert "TEMP B-TREE" not in plan, plan
