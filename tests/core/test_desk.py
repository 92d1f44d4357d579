"""Several annotators in one database: a colleague's export or database comes in beside your work."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest

from annotator.core.errors import NotFound, StoreError
from annotator.core.exporters import export, export_to_file
from annotator.core.importers import import_paths
from annotator.core.merge import merge
from annotator.core.model import Article, Relation, make_annotation
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store


def _annotate(path: Path, who: str, spans: list[tuple[str, str]], link: bool = True) -> str:
    """One person's database with the sample article and their spans (``(tag, text)``); returns the article id."""
    with Store.open(path) as store:
        ensure_seeded(store)
        [summary] = store.articles()
        article = store.get_article(summary.id)
        made = []
        for tag, needle in spans:
            start = article.text.index(needle)
            made.append(store.add_annotation(make_annotation(article, tag, start, start + len(needle), annotator=who)))
        if link:
            store.add_relation(Relation(article.id, made[0].id, made[1].id))
        return article.id


def _rows(store: Store, **kw: object) -> list[dict[str, str]]:
    out = io.BytesIO()
    export(store, "csv", out, **kw)  # type: ignore[arg-type]
    return list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))


def test_two_colleagues_exports_stay_side_by_side_and_twice_adds_nothing(tmp_path: Path) -> None:
    rana = [("quote", "لدينا أكثر من 12 ألف جهادي"), ("speaker", "مصطفى بالي"), ("location", "الباغوز")]
    sam = [("quote", "لدينا أكثر من 12 ألف جهادي"), ("speaker", "مصطفى بالي")]
    _annotate(tmp_path / "rana.db", "Rana", rana)
    _annotate(tmp_path / "sam.db", "سام", sam)
    for who in ("rana", "sam"):
        with Store.open(tmp_path / f"{who}.db") as store:
            export_to_file(store, "json", tmp_path / f"{who}.json")
    with Store.open(tmp_path / "desk.db") as desk:
        ensure_seeded(desk)  # the desk's own copy of the article: matched by its text
        [summary] = desk.articles()
        article_id = summary.id
        [first] = list(import_paths(desk, [tmp_path / "rana.json"]))
        [second] = list(import_paths(desk, [tmp_path / "sam.json"]))
        assert first.ok and second.ok
        assert "by Rana: 3" in first.messages and "by سام: 2" in second.messages
        assert desk.annotators() == ["Rana", "سام"]
        spans = desk.annotations(article_id)
        assert sorted((a.annotator, a.tag) for a in spans) == sorted(
            [("Rana", t) for t, _ in rana] + [("سام", t) for t, _ in sam])
        assert len(desk.relations(article_id)) == 2  # each person's own link
        [again] = list(import_paths(desk, [tmp_path / "sam.json"]))
        assert again.messages[0] == "0 annotations imported, 2 already present"
        assert len(desk.annotations(article_id)) == 5
        # Exports: everyone's by default, one person's with annotator=…
        assert len(_rows(desk)) == 5
        sams = _rows(desk, annotator="سام")
        assert {r["annotator"] for r in sams} == {"سام"} and len(sams) == 2
        assert sams[[r["tag"] for r in sams].index("quote")]["speaker"] == "مصطفى بالي"
        with pytest.raises(NotFound, match="Nobody called 'Sara'.*'Rana', 'سام'"):
            _rows(desk, annotator="Sara")


def test_the_curated_mark_travels_in_json_and_selects_the_curated_export(tmp_path: Path) -> None:
    article_id = _annotate(tmp_path / "a.db", "Rana", [("quote", "لدينا أكثر من 12 ألف جهادي"),
                                                      ("speaker", "مصطفى بالي")])
    with Store.open(tmp_path / "a.db") as store:
        article = store.get_article(article_id)
        start = article.text.index("الباغوز")
        store.add_annotation(make_annotation(article, "location", start, start + 7, annotator="Editor",
                                             curated=True))
        assert store.annotators() == ["Rana"]  # a curator's curated spans are not an annotator's layer
        curated = _rows(store, curated=True)
        assert [(r["tag"], r["annotator"]) for r in curated] == [("location", "Editor")]
        export_to_file(store, "json", tmp_path / "a.json", curated=True)
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    [ann] = doc["articles"][0]["annotations"]
    assert ann["curated"] is True and ann["annotator"] == "Editor"
    with Store.open(tmp_path / "b.db") as other:
        [outcome] = list(import_paths(other, [tmp_path / "a.json"]))
        assert outcome.ok and [a.curated for a in other.annotations(article_id)] == [True]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_merging_a_colleagues_database_reads_it_only_and_twice_adds_nothing(tmp_path: Path) -> None:
    _annotate(tmp_path / "sam.db", "سام", [("quote", "لدينا أكثر من 12 ألف جهادي"), ("speaker", "مصطفى بالي")])
    with Store.open(tmp_path / "sam.db") as sam:  # an article only Sam has
        sam.add_article(Article(title="بيان", text="قال المتحدث إن الطريق مفتوح."))
    before = _digest(tmp_path / "sam.db")
    article_id = _annotate(tmp_path / "rana.db", "Rana", [("location", "الباغوز"), ("speaker", "مصطفى بالي")],
                           link=False)
    with Store.open(tmp_path / "rana.db") as desk:
        report = merge(desk, tmp_path / "sam.db")
        assert (report.added, report.articles_new, report.articles_existing) == (2, 1, 1)
        assert report.by_annotator == {"سام": 2}
        assert report.lines()[0] == "2 annotations merged; 1 new article, 1 already here"
        assert sorted(a.annotator for a in desk.annotations(article_id)) == ["Rana", "Rana", "سام", "سام"]
        assert len(desk.relations(article_id)) == 1 and desk.article_count() == 2
        again = merge(desk, tmp_path / "sam.db")
        assert (again.added, again.already_present) == (0, 2)
        with pytest.raises(StoreError, match="merging into"):
            merge(desk, tmp_path / "rana.db")
        with pytest.raises(StoreError, match="no database"):
            merge(desk, tmp_path / "missing.db")
    assert _digest(tmp_path / "sam.db") == before  # only read, never changed
    assert not (tmp_path / "sam.db-wal").exists()
