"""The SQLite store: round trip, invariants, refusing files it must not touch."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import NotFound, StoreError
from annotator.core.model import Article, Relation, make_annotation
from annotator.core.store import SCHEMA_VERSION, Store
from annotator.core.text import canonicalize
from tests.conftest import SEED_TEXT, TRICKY_TEXT


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_schema_wal_and_builtin_tags(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert [t.name for t in store.tags()] == ["quote", "speaker", "location", "claim"]
        assert [t.key for t in store.tags()] == ["1", "2", "3", "4"]
        assert store.db.journal_mode == "wal"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert "annotations_with_article" in store.db.view_names()


def test_round_trip_survives_reopening(db_path: Path) -> None:
    text = canonicalize(TRICKY_TEXT)
    with Store.open(db_path) as store:
        article = store.add_article(Article(title="t", text=text, authors=["أفين شيخموس"]))
        start = text.index("👍🏽")
        ann = store.add_annotation(make_annotation(article, "quote", start, start + 2, note="emoji"))
    with Store.open(db_path) as store:
        again = store.get_article(article.id)
        assert again.text == text and again.authors == ["أفين شيخموس"]
        [stored] = store.annotations(article.id)
        assert stored == ann
        assert again.text[stored.start:stored.end] == stored.text == "👍🏽"


def test_annotation_that_does_not_match_the_text_is_refused(db_path: Path) -> None:
    with Store.open(db_path) as store:
        article = store.add_article(Article(title="t", text=SEED_TEXT))
        bad = make_annotation(article, "quote", 0, 4)
        bad.text = "wrong"
        with pytest.raises(StoreError, match="does not match"):
            store.add_annotation(bad)
        assert store.annotations(article.id) == []


def test_unknown_tag_is_refused(db_path: Path) -> None:
    with Store.open(db_path) as store:
        article = store.add_article(Article(title="t", text=SEED_TEXT))
        with pytest.raises(StoreError):
            store.add_annotation(make_annotation(article, "nonsense", 0, 4))
        with pytest.raises(NotFound):
            store.tag("nonsense")


def test_retag_delete_and_restore_keep_relations(db_path: Path) -> None:
    with Store.open(db_path) as store:
        article = store.add_article(Article(title="t", text=SEED_TEXT))
        quote = store.add_annotation(make_annotation(article, "quote", 10, 20))
        speaker = store.add_annotation(make_annotation(article, "speaker", 30, 35))
        store.add_relation(Relation(article.id, quote.id, speaker.id))
        assert store.set_tag(quote.id, "claim").tag == "claim"
        removed, relations = store.delete_annotation(speaker.id)
        assert len(relations) == 1
        assert store.relations(article.id) == []  # no dangling link
        store.restore_annotation(removed, relations)
        assert store.relations(article.id) == relations
        assert {a.id for a in store.annotations(article.id)} == {quote.id, speaker.id}


def test_view_joins_article_title(db_path: Path) -> None:
    with Store.open(db_path) as store:
        article = store.add_article(Article(title="عنوان", text=SEED_TEXT))
        store.add_annotation(make_annotation(article, "location", 0, 4))
        rows = list(store.db["annotations_with_article"].rows)
        assert rows[0]["article_title"] == "عنوان" and rows[0]["tag"] == "location"


def test_article_lookup_by_unique_prefix(db_path: Path) -> None:
    with Store.open(db_path) as store:
        article = store.add_article(Article(title="t", text="x"))
        assert store.get_article(article.id[:8]).id == article.id
        with pytest.raises(NotFound):
            store.get_article("does-not-exist")


def test_newer_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_article(Article(title="t", text="x"))
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()  # still in WAL mode, as annotator leaves it
    assert not db_path.with_name(db_path.name + "-wal").exists()
    before = sha(db_path)
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_path)
    assert sha(db_path) == before
    # Not even the -wal / -shm files appear beside it.
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes("هذه ليست قاعدة بيانات".encode() * 50)
    before = sha(path)
    with pytest.raises(StoreError, match="not an SQLite file"):
        Store.open(path)
    assert sha(path) == before


@pytest.mark.parametrize("damage", ["schema page", "data pages"])
def test_corrupt_database_is_refused_and_left_unchanged(db_path: Path, damage: str) -> None:
    with Store.open(db_path) as store:
        for i in range(50):
            store.add_article(Article(title=f"t{i}", text=SEED_TEXT + str(i)))
    data = bytearray(db_path.read_bytes())
    assert len(data) > 40 * 4096
    if damage == "schema page":
        data[100:4096] = b"\xff" * (4096 - 100)  # the first page, after the header
    else:
        for page in range(10, 40, 3):  # pages deep inside the articles table
            data[page * 4096 + 8: page * 4096 + 200] = b"\x00\xff" * 96
    db_path.write_bytes(bytes(data))
    before = sha(db_path)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(db_path)
    assert sha(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(StoreError, match="another program"):
        Store.open(path)
    assert sha(path) == before


def test_folder_and_unwritable_locations_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the folder"):
        Store.open(blocker / "sub" / "a.db")


def test_a_write_waits_for_another_process_instead_of_failing(db_path: Path) -> None:
    import threading
    import time

    with Store.open(db_path) as store:
        article = store.add_article(Article(title="t", text=SEED_TEXT))
        other = sqlite3.connect(db_path, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")  # another window or the CLI is writing
        other.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        threading.Timer(0.5, other.commit).start()
        started = time.monotonic()
        store.add_annotation(make_annotation(article, "quote", 0, 4))
        assert time.monotonic() - started >= 0.4  # it waited for the lock...
        assert len(store.annotations(article.id)) == 1  # ...and then wrote
        other.close()


def test_migrates_a_schema_1_database_after_backing_it_up(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import PROJECT_ROOT

    path = tmp_path / "old.db"
    shutil.copy(PROJECT_ROOT / "tests" / "fixtures" / "schema_v1.db", path)
    original = sha(path)
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [article, emoji] = [store.get_article(a.id) for a in store.articles()]
        anns = store.annotations(article.id)
        assert [a.tag for a in anns] == ["location", "speaker", "quote", "claim"]  # reading order
        for a in anns + store.annotations(emoji.id):
            assert store.get_article(a.article_id).text[a.start:a.end] == a.text
        # The new search index covers what was there before the upgrade.
        [(hit, title)] = store.search_annotations("verify figure")
        assert hit.note == "verify figure with SOHR" and title == article.title
        speakers = [r["speaker"] for r in store.db["annotations_with_article"].rows
                    if r["tag"] == "quote" and r["speaker"]]
        assert speakers == ["مايلس كاغينس"]
    backup = tmp_path / "old.db.v1.bak"
    assert backup.exists()
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 5
    conn.close()
    assert sha(path) != original


def test_every_change_is_committed_without_close(db_path: Path) -> None:
    store = Store.open(db_path)
    article = store.add_article(Article(title="t", text=SEED_TEXT))
    ann = store.add_annotation(make_annotation(article, "claim", 0, 5))
    # A second connection sees it while the first is still open: nothing waits
    # in an open transaction.
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT tag FROM annotations WHERE id = ?", [ann.id]).fetchone() == ("claim",)
    other.close()
    assert not store.db.conn.in_transaction
    store.close()
