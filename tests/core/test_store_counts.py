"""Each article's span counts per tag, kept by triggers (schema 5): right after every kind of change,
by annotator or by another program, in a migrated file, and counted anew in a read-only older one."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from annotator.core import store as store_module
from annotator.core.model import Article, Relation, Tag, make_annotation
from annotator.core.store import SCHEMA_VERSION, Store
from tests.downgrade import as_version

TEXT = "قال أحمد إن الطقس في الحسكة جميل، وقال محمود إن البحر هادئ في القامشلي اليوم. " * 3


def kept(store: Store) -> dict[tuple[str, str], int]:
    return {(a, t): n for a, t, n in store.db.execute("SELECT article_id, tag, n FROM annotation_counts")}


def counted(store: Store) -> dict[tuple[str, str], int]:
    return {(a, t): n for a, t, n in store.db.execute(
        "SELECT article_id, tag, count(*) FROM annotations GROUP BY article_id, tag")}


def test_counts_follow_every_change_the_store_makes(tmp_path: Path) -> None:
    rng = random.Random(11)
    with Store.open(tmp_path / "c.db") as store:
        articles = [store.add_article(Article(title=f"t{n}", text=f"{TEXT}{n}")) for n in range(3)]
        tags = ["quote", "speaker", "location", "claim"]
        live = []
        for step in range(120):
            action = rng.random()
            if action < 0.45 or not live:
                article = rng.choice(articles)
                start = rng.randrange(0, len(article.text) - 10)
                live.append(store.add_annotation(make_annotation(article, rng.choice(tags), start, start + 5)))
            elif action < 0.6:
                article = rng.choice(articles)
                batch = [make_annotation(article, rng.choice(tags), k, k + 3) for k in range(step, step + 3)]
                store.add_annotations(batch)
                live += batch
            elif action < 0.75:
                ann = live.pop(rng.randrange(len(live)))
                removed, links = store.delete_annotation(ann.id)
                if rng.random() < 0.5:
                    store.restore_annotation(removed, links)
                    live.append(removed)
            elif action < 0.85:
                ann = rng.choice(live)
                store.set_tag(ann.id, rng.choice(tags))
            else:
                gone = [live.pop(rng.randrange(len(live))) for _ in range(min(2, len(live)))]
                store.delete_annotations([a.id for a in gone])
            assert kept(store) == counted(store), step
        # A tag renamed (ON UPDATE CASCADE), deleted with a re-tag, deleted with its spans, restored.
        store.save_tag(Tag("claims", "Claims", "#123456", "", 9, "plain"), old_name="claim")
        assert kept(store) == counted(store) and not any(t == "claim" for _, t in kept(store))
        store.delete_tag("location", retag_as="claims")
        assert kept(store) == counted(store)
        tag, anns, rels = store.delete_tag("speaker")
        assert kept(store) == counted(store)
        store.restore_tag(tag, anns, rels)
        assert kept(store) == counted(store)
        # The list's totals are the sums.
        for summary in store.articles():
            assert summary.annotation_count == sum(n for (a, _t), n in counted(store).items() if a == summary.id)
        assert dict(store.tag_counts_by_article()) == {
            a: {t: n for (a2, t), n in counted(store).items() if a2 == a} for a, _ in counted(store)}


def test_counts_follow_changes_made_by_another_program(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with Store.open(db) as store:
        one = store.add_article(Article(title="one", text=TEXT))
        two = store.add_article(Article(title="two", text=TEXT + "!"))
        q = store.add_annotation(make_annotation(one, "quote", 0, 3))
        s = store.add_annotation(make_annotation(one, "speaker", 4, 8))
        store.add_relation(Relation(one.id, q.id, s.id))
        store.add_annotation(make_annotation(two, "claim", 0, 3))
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        conn.execute("UPDATE annotations SET tag = 'claim' WHERE id = ?", [s.id])
        conn.execute("INSERT INTO annotations (id, article_id, tag, start, end, text, created, updated) "
                     "VALUES ('x', ?, 'location', 0, 3, ?, '', '')", [two.id, TEXT[:3]])
        conn.execute("DELETE FROM articles WHERE id = ?", [one.id])  # its spans go by ON DELETE CASCADE
    conn.close()
    with Store.open(db) as store:
        assert kept(store) == counted(store) == {(two.id, "claim"): 1, (two.id, "location"): 1}
        # reindex recounts whatever a program did with the triggers dropped.
        store.db.execute("DELETE FROM annotation_counts")
        store.rebuild_search_index()
        assert kept(store) == counted(store)


def _as_version_4(db: Path) -> None:
    """Make a current file look as version 4 wrote it: no kept counts."""
    as_version(db, 4)


def _three_spans(db: Path) -> Article:
    with Store.open(db) as store:
        article = store.add_article(Article(title="t", text=TEXT))
        for tag, start in (("quote", 0), ("quote", 10), ("claim", 20)):
            store.add_annotation(make_annotation(article, tag, start, start + 4))
    return article


def test_a_version_4_file_is_backed_up_and_gains_its_counts(tmp_path: Path) -> None:
    db = tmp_path / "v4.db"
    article = _three_spans(db)
    _as_version_4(db)
    with Store.open(db) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert kept(store) == {(article.id, "quote"): 2, (article.id, "claim"): 1}
        assert store.articles()[0].annotation_count == 3
        store.add_annotation(make_annotation(article, "claim", 30, 33))
        assert kept(store) == counted(store)
    assert (tmp_path / "v4.db.v4.bak").exists()


def test_a_read_only_version_4_file_still_opens_and_counts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ro.db"
    article = _three_spans(db)
    _as_version_4(db)
    monkeypatch.setattr(store_module, "_writable", lambda _path: False)
    with Store.open(db) as store:
        assert store.read_only
        assert store.articles()[0].annotation_count == 3
        assert dict(store.tag_counts_by_article()) == {article.id: {"quote": 2, "claim": 1}}
        assert store.search_articles("الحسكة")[0].annotation_count == 3
    _as_version_3 = sqlite3.connect(db)
    with _as_version_3:
        _as_version_3.execute("PRAGMA user_version = 3")
    _as_version_3.close()
    with pytest.raises(store_module.StoreError, match="older annotator"):
        Store.open(db)
