"""The history: every change appended in its own transaction, with who, the step, and the rows before and after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.core import store as store_module
from annotator.core.errors import StoreError
from annotator.core.history import describe
from annotator.core.model import Article, Relation, Tag, make_annotation
from annotator.core.store import Store
from tests.downgrade import as_version

TEXT = "قال الوزير سامر الخطيب إن المياه تكفي في الحسكة."


def _actions(store: Store, after: int = 0) -> list[tuple[str, str, str]]:
    return [(e.who, e.action, e.step) for e in store.history(after_seq=after)]


def test_each_change_is_one_entry_with_who_and_the_rows(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.db") as store:
        article = store.add_article(Article(title="ت", text=TEXT))
        start = store.history()[-1].seq
        store.who = "ليلى"
        quote = make_annotation(article, "quote", 26, 37)
        speaker = make_annotation(article, "speaker", 11, 22)
        with store.acting("Tag it"):
            store.add_annotation(quote)
        store.add_annotation(speaker)
        link = store.add_relation(Relation(article.id, quote.id, speaker.id))
        store.set_note(quote.id, "تحقق")
        store.set_attributes(quote.id, {"kind": "indirect"})
        store.set_tag(quote.id, "claim")
        store.delete_relation(link.id)
        store.delete_annotation(quote.id)
        store.set_meta("anything", "x")  # not a change to the annotations: not in the history
        entries = store.history(after_seq=start)
        assert [e.action for e in entries] == ["add", "add", "link", "note", "attributes", "retag", "unlink", "delete"]
        assert {e.who for e in entries} == {"ليلى"} and entries[0].step == "Tag it" and entries[1].step == ""
        assert entries[0].before is None and entries[0].after["text"] == TEXT[26:37]
        assert entries[3].before["note"] == "" and entries[3].after["note"] == "تحقق"
        assert entries[4].after["attributes"] == '{"kind":"indirect"}'
        assert (entries[5].before["tag"], entries[5].after["tag"]) == ("quote", "claim")
        assert entries[7].after is None and entries[7].before["tag"] == "claim"
        assert entries[2].after == {"id": link.id, "article_id": article.id, "type": "attributed_to",
                                    "from_id": quote.id, "to_id": speaker.id, "created": link.created}
        assert [e.action for e in store.history(item_id=quote.id)] == ["add", "note", "attributes", "retag", "delete"]
        assert len(store.history(article_id=article.id, after_seq=start)) == 8
        assert [e.seq for e in store.history(after_seq=start, limit=3)] == [e.seq for e in entries[:3]]
        # The context is blank once each transaction is over.
        assert store.db.execute("SELECT who, step FROM history_context").fetchall() == [("", "")]
        labels = {"quote": "اقتباس", "claim": "ادعاء"}
        assert describe(entries[5], labels) == "re-tagged \u2068اقتباس\u2069 → \u2068ادعاء\u2069"


def test_a_refused_change_leaves_no_entry(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.db") as store:
        article = store.add_article(Article(title="ت", text=TEXT))
        before = store.history()[-1].seq
        bad = make_annotation(article, "quote", 0, 3)
        bad.text = "غير"  # not the article's text there
        with pytest.raises(StoreError):
            store.add_annotations([make_annotation(article, "quote", 3, 8), bad])
        assert store.history(after_seq=before) == []


def test_other_programs_writes_are_recorded_without_a_name(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with Store.open(path) as store:
        store.who = "ليلى"
        article = store.add_article(Article(title="ت", text=TEXT))
        store.add_annotation(make_annotation(article, "location", 42, 48, annotator="ليلى"))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE annotations SET note = 'by hand'")
        conn.execute("UPDATE annotations SET note = ? WHERE 1", [b"\x00\xff"])  # a blob: JSON holds its hex
    conn.close()
    with Store.open(path) as store:
        *_, by_hand, blob = store.history()
        assert (by_hand.who, by_hand.action, by_hand.after["note"]) == ("", "note", "by hand")
        assert blob.after["note"] == "00FF"


def test_renaming_a_tag_is_one_entry_and_deleting_one_records_its_spans(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.db") as store:
        article = store.add_article(Article(title="ت", text=TEXT))
        for start in (0, 4, 11):
            store.add_annotation(make_annotation(article, "location", start, start + 3))
        seq = store.history()[-1].seq
        place = store.tag("location")
        store.save_tag(Tag("place", "مكان", place.color, place.key, place.position, place.role), "location")
        assert [(e.action, e.item_id) for e in store.history(after_seq=seq)] == [("tag_edit", "place")]
        seq = store.history()[-1].seq
        store.delete_tag("place", retag_as="claim")
        assert [e.action for e in store.history(after_seq=seq)] == ["retag"] * 3 + ["tag_delete"]


def test_history_of_an_old_read_only_file_is_empty_and_migrating_starts_one(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        article = store.add_article(Article(title="ت", text=TEXT))
        store.add_annotation(make_annotation(article, "quote", 0, 3))
    as_version(path, 7)
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "_writable", lambda _path: False)
        with Store.open(path) as old:
            assert old.read_only and old.history() == []
            assert [a.curated for a in old.annotations(article.id)] == [False]
    with Store.open(path) as migrated:
        assert migrated.history() == []  # what happened before is not invented
        migrated.add_annotation(make_annotation(article, "speaker", 4, 10))
        assert [e.action for e in migrated.history()] == ["add"]
