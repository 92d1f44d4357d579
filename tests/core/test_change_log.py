"""The change log: which spans, links and details changed, whoever wrote them (Qt-free)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.model import Article, Relation, make_annotation
from annotator.core.store import Store


def _article(store: Store, text: str = "قال مصطفى بالي إن الحسكة آمنة") -> Article:
    article = Article(title="خبر", text=text, language="ar")
    store.add_article(article)
    return article


def test_the_log_names_what_changed_in_an_article_since_a_point(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        article, other = _article(store), _article(store, "نص آخر تماماً هنا")
        seen = store.last_change()
        speaker = store.add_annotation(make_annotation(article, "speaker", 4, 14))
        place = store.add_annotation(make_annotation(article, "location", 18, 24))
        store.add_annotation(make_annotation(other, "claim", 0, 2))
        changes = store.changes_since(seen, article.id)
        assert changes is not None and changes.annotations == {speaker.id, place.id}
        assert not changes.relations and not changes.article
        assert store.changes_since(changes.seen, article.id).annotations == set()  # nothing since
        store.add_relation(Relation(article.id, place.id, speaker.id))
        store.set_note(place.id, "ملاحظة")
        later = store.changes_since(changes.seen, article.id)
        assert later.relations and later.annotations == {place.id}
        store.update_article(article.id, title="عنوان جديد")
        assert store.changes_since(later.seen, article.id).article


def test_any_writer_is_logged_and_a_reader_too_far_behind_is_told_to_reload(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Store.open(path) as store:
        article = _article(store)
        ann = store.add_annotation(make_annotation(article, "speaker", 4, 14))
        seen = store.last_change()
        with sqlite3.connect(path) as conn:  # another program, plain SQL
            conn.execute("UPDATE annotations SET tag = 'claim' WHERE id = ?", [ann.id])
            conn.execute("DELETE FROM annotations WHERE id = ?", [ann.id])
        assert store.changes_since(seen, article.id).annotations == {ann.id}
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM changes")  # as pruning would, past this reader
            conn.execute("INSERT INTO annotations (id, article_id, tag, start, end, text, prefix, suffix, note, "
                         "annotator, created, updated) SELECT 'x', id, 'claim', 0, 3, 'قال', '', '', '', '', '', '' "
                         "FROM articles")
        assert store.changes_since(seen, article.id) is None


def test_the_log_prunes_itself_and_numbers_are_never_reused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Store.open(path) as store:
        _article(store)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO changes (seq, article_id, kind, item_id) VALUES (1, 'a', 'annotation', 'old')")
        conn.execute("UPDATE sqlite_sequence SET seq = 399990 WHERE name = 'changes'")
        conn.executemany("INSERT INTO changes (article_id, kind, item_id) VALUES ('a', 'annotation', ?)",
                         [(str(n),) for n in range(20)])
        kept = conn.execute("SELECT min(seq), max(seq), count(*) FROM changes").fetchone()
    assert kept == (399991, 400010, 20)  # entries 200,000 behind the newest are gone
    with Store.open(path) as store:
        assert store.last_change() == 400010


def test_many_spans_go_in_at_once_searchable_and_logged_or_none_at_all(tmp_path: Path) -> None:
    import pytest

    from annotator.core.errors import StoreError
    from annotator.core.search import fold_text

    with Store.open(tmp_path / "a.db") as store:
        article = _article(store, "قال مصطفى بالي إن الحسكة آمنة " * 50)
        spans = [make_annotation(article, "location", n * 30 + 18, n * 30 + 24) for n in range(50)]
        seen = store.last_change()
        bad = make_annotation(article, "location", 0, 3)
        bad.text = "غلط"
        with pytest.raises(StoreError, match="does not match"):
            store.add_annotations([*spans[:10], bad])
        assert store.annotations(article.id) == [] and store.last_change() == seen  # nothing half-done
        store.add_annotations(spans)
        assert [a.id for a in store.annotations(article.id)] == [a.id for a in spans]
        assert {a.id for a, _title in store.search_annotations(fold_text("الحسكة"), limit=100)} == {
            a.id for a in spans}  # each found through its own full-text row
        assert store.changes_since(seen, article.id).annotations == {a.id for a in spans}


def test_many_spans_are_deleted_at_once_with_their_links_returned_for_undo(tmp_path: Path) -> None:
    import pytest

    from annotator.core.errors import NotFound

    with Store.open(tmp_path / "a.db") as store:
        article = _article(store, "قال مصطفى بالي إن الحسكة آمنة " * 600)
        spans = [make_annotation(article, "location", n * 30 + 18, n * 30 + 24) for n in range(600)]
        store.add_annotations(spans)
        speaker = store.add_annotation(make_annotation(article, "speaker", 4, 14))
        links = [store.add_relation(Relation(article.id, spans[n].id, speaker.id)) for n in (0, 599)]
        with pytest.raises(NotFound):
            store.delete_annotations([spans[1].id, "no-such-span"])
        assert len(store.annotations(article.id)) == 601  # nothing deleted
        removed = store.delete_annotations([a.id for a in spans])  # more than one chunk of 500
        assert [a.id for a, _links in removed] == [a.id for a in spans]
        assert removed[0][1] == [links[0]] and removed[599][1] == [links[1]] and removed[1][1] == []
        assert [a.id for a in store.annotations(article.id)] == [speaker.id] and store.relations(article.id) == []
        for annotation, relations in removed:
            store.restore_annotation(annotation, relations)
        assert len(store.annotations(article.id)) == 601 and len(store.relations(article.id)) == 2
