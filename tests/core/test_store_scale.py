"""The database at scale and under concurrency: imports that race, probes that stay cheap, lists and
searches that do not read article texts, span checks that do not grow with the article."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core import store as store_module
from annotator.core.errors import NotFound, StoreError
from annotator.core.model import Annotation, Article, Relation, make_annotation
from annotator.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = (ROOT / "seeds" / "000_858c89a68ec5f748.txt").read_text(encoding="utf-8")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_two_concurrent_imports_of_the_same_files_make_one_article_per_text(tmp_path: Path) -> None:
    files = []
    for n in range(50):
        path = tmp_path / "in" / f"a{n:02d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"{SEED_TEXT}\n\nنسخة {n % 45}", encoding="utf-8")  # 45 distinct texts, 5 repeated
        files.append(str(path))
    db = tmp_path / "race.db"
    Store.open(db).close()
    env = {**os.environ, "ANNOTATOR_BIDI": "logical"}
    cmd = [sys.executable, "-m", "annotator", "import", "--db", str(db)]
    runs = [subprocess.Popen(cmd + order, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for order in (files, files[::-1])]
    results = [run.communicate(timeout=120) for run in runs]
    for run, (out, err) in zip(runs, results):
        assert run.returncode == 0, err
        assert "locked" not in err
        assert len(out.splitlines()) == 50
    with Store.open(db) as store:
        assert store.article_count() == 45
        rows = store.db.execute("SELECT count(DISTINCT text_sha256), count(*) FROM articles").fetchone()
        assert rows == (45, 45)
    # Each process names, for every file, the one article that holds its text.
    ids = [sorted(line.split("\t")[0] for line in out.splitlines()) for out, _ in results]
    assert ids[0] == ids[1]


def test_import_article_returns_the_stored_article_the_second_time(tmp_path: Path) -> None:
    from annotator.core.reading import import_article

    with Store.open(tmp_path / "a.db") as store:
        first, existed = import_article(store, Article(title="t", text=SEED_TEXT))
        assert not existed
        again, existed = import_article(store, Article(title="other", text=SEED_TEXT))
        assert existed and again.id == first.id


def test_old_duplicates_stay_readable(tmp_path: Path) -> None:
    """A database that already holds two copies of a text (made before the fix) opens and works."""
    db = tmp_path / "dup.db"
    with Store.open(db) as store:
        a = store.add_article(Article(title="one", text=SEED_TEXT))
        b = store.add_article(Article(title="two", text=SEED_TEXT))
        store.add_annotation(make_annotation(b, "quote", 0, 5))
    with Store.open(db) as store:
        assert {s.id for s in store.articles()} == {a.id, b.id}
        assert store.find_article_by_hash(a.text_sha256) is not None
        assert len(store.annotations(b.id)) == 1


def _damage_data_pages(db: Path) -> None:
    """Overwrite overflow pages of the articles' texts (found with the dbstat table)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        pages = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'overflow' ORDER BY pageno")]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert len(pages) >= 20
    data = bytearray(db.read_bytes())
    for page in pages[5:20:3]:
        offset = (page - 1) * size
        data[offset: offset + 192] = b"\x00\xff" * 96  # the link to the next page too
    db.write_bytes(bytes(data))


def _fifty_articles(db: Path) -> None:
    with Store.open(db) as store:
        for i in range(50):
            store.add_article(Article(title=f"t{i}", text=SEED_TEXT + str(i)))


def test_large_file_skips_the_full_scan_at_open_but_check_finds_the_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "big.db"
    _fifty_articles(db)
    with Store.open(db) as store:
        store.checkpoint()
    _damage_data_pages(db)
    monkeypatch.setattr(store_module, "QUICK_CHECK_MAX_BYTES", 0)  # every file counts as large
    before = sha(db)
    # Asked for, the whole file is scanned and the damage refused without a change.
    with pytest.raises(StoreError, match="damaged"):
        Store.open(db, full_check=True)
    assert sha(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]
    # Not asked for, the store opens (the probe is bounded) and an explicit check reports it.
    with Store.open(db) as store:
        assert store.check() != "ok"


def test_a_truncated_large_file_is_refused_by_the_cheap_probe(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "cut.db"
    _fifty_articles(db)
    with Store.open(db) as store:
        store.checkpoint()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])  # a copy cut short
    monkeypatch.setattr(store_module, "QUICK_CHECK_MAX_BYTES", 0)
    before = sha(db)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(db)
    assert sha(db) == before


def test_a_healthy_store_checks_ok(tmp_path: Path) -> None:
    db = tmp_path / "ok.db"
    _fifty_articles(db)
    with Store.open(db, full_check=True) as store:
        assert store.check() == "ok"


def test_article_list_pages_in_creation_order_from_an_index(tmp_path: Path) -> None:
    with Store.open(tmp_path / "list.db") as store:
        made = []
        for i in range(7):
            article = Article(title=f"t{i}", text=f"{SEED_TEXT} {i}", created=f"2026-01-0{7 - i}T00:00:00.000Z")
            store.add_article(article)
            made.append(article)
        store.add_annotation(make_annotation(made[0], "quote", 0, 4))
        everything = store.articles()
        assert [s.id for s in everything] == [a.id for a in reversed(made)]
        assert everything[-1].annotation_count == 1
        assert store.articles(limit=3) == everything[:3]
        assert store.articles(limit=3, offset=3) == everything[3:6]
        plan = " ".join(r[-1] for r in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM articles INDEXED BY articles_created ORDER BY created, rowid"))
        assert "TEMP B-TREE" not in plan


def test_said_by_finds_quotes_through_their_speaker_links(tmp_path: Path) -> None:
    with Store.open(tmp_path / "said.db") as store:
        text = "قال أحمد إن الطقس جميل، وقال محمود إن البحر هادئ، وقال أحمد أيضا إن الشمس ساطعة."
        article = store.add_article(Article(title="t", text=text))

        def span(tag: str, words: str, start_from: int = 0) -> Annotation:
            start = text.index(words, start_from)
            return store.add_annotation(make_annotation(article, tag, start, start + len(words)))

        ahmad, mahmoud = span("speaker", "أحمد"), span("speaker", "محمود")
        ahmad2 = span("speaker", "أحمد", text.index("أيضا") - 6)
        q1, q2, q3 = span("quote", "الطقس جميل"), span("quote", "البحر هادئ"), span("quote", "الشمس ساطعة")
        for quote, who in ((q1, ahmad), (q2, mahmoud), (q3, ahmad2), (q3, ahmad)):
            store.add_relation(Relation(article.id, quote.id, who.id))
        hits = store.search_annotations("", tag="quote", speaker="احمد")  # folded: أ → ا
        assert [a.id for a, _ in hits] == [q1.id, q3.id]  # q3 once, though linked twice
        assert [a.id for a, _ in store.search_annotations("البحر", speaker="محمود")] == [q2.id]
        assert store.search_annotations("البحر", speaker="احمد") == []


def test_span_check_without_reading_the_text_still_refuses_a_wrong_span(tmp_path: Path) -> None:
    db = tmp_path / "span.db"
    with Store.open(db) as store:
        article = store.add_article(Article(title="t", text=SEED_TEXT))
    for warm in (True, False):
        with Store.open(db) as store:
            if warm:
                store.get_article(article.id)
            good = make_annotation(article, "claim", 10, 20)
            store.add_annotation(good)
            bad = Annotation(article_id=article.id, tag="claim", start=10, end=20, text="x" * 10)
            with pytest.raises(StoreError, match="does not match"):
                store.add_annotation(bad)
            past = Annotation(article_id=article.id, tag="claim", start=len(SEED_TEXT), end=len(SEED_TEXT) + 2,
                              text="ab")
            with pytest.raises(StoreError, match="does not match"):
                store.add_annotation(past)


def test_span_check_of_a_kept_text_still_needs_the_article_row(tmp_path: Path) -> None:
    db = tmp_path / "gone.db"
    with Store.open(db) as store:
        article = store.add_article(Article(title="t", text=SEED_TEXT))
        store.db.execute("PRAGMA foreign_keys = OFF")
        with store._writing():
            store.db.execute("DELETE FROM articles WHERE id = ?", [article.id])  # another program removed it
        with pytest.raises(NotFound):
            store.add_annotation(make_annotation(article, "claim", 0, 4))
