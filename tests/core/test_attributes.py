"""Attributes on annotations (a quote's kind): stored, migrated, exported in every format, read back.

annotator.v1 gains an optional ``attributes`` object on annotations (written
only when there are some, so older readers and older files are unaffected);
CSV a last ``attributes`` column (the stored JSON), xlsx a readable cell,
brat ``A`` lines, W3C a ``classifying`` body, spaCy an ``attributes`` key.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from annotator.core import store as store_module
from annotator.core.errors import StoreError
from annotator.core.exporters import export, export_to_file
from annotator.core.importers import import_paths
from annotator.core.model import KIND, Article, attributes_json, make_annotation, parse_attributes
from annotator.core.seeds import ensure_seeded
from annotator.core.store import SCHEMA_VERSION, Store
from annotator.core.suggest import suggest
from annotator.core.suggest.accept import plan
from tests.downgrade import as_version
from tests.test_cli import run_cli

TEXT = "قال الوزير: «الماء حق للجميع» في الحسكة."


def _quote_store(path: Path, attributes: dict[str, str]) -> tuple[Store, Article, str]:
    store = Store.open(path)
    article = store.add_article(Article(title="ت", text=TEXT))
    start = TEXT.index("«")
    quote = make_annotation(article, "quote", start, TEXT.index("»") + 1, attributes=attributes)
    store.add_annotation(quote)
    store.add_annotation(make_annotation(article, "location", TEXT.index("الحسكة"), TEXT.index("الحسكة") + 6))
    return store, article, quote.id


def _export(store: Store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def test_attributes_are_stored_and_changed(tmp_path: Path) -> None:
    store, article, quote_id = _quote_store(tmp_path / "a.db", {KIND: "direct"})
    with store:
        assert store.get_annotation(quote_id).attributes == {"kind": "direct"}
        assert [a.attributes for a in store.annotations(article.id)] == [{"kind": "direct"}, {}]
        changed = store.set_attributes(quote_id, {KIND: "mixed", "verdict": "«خطأ»"})
        assert changed.attributes == {"kind": "mixed", "verdict": "«خطأ»"}
        # Stored as compact JSON with sorted names; nothing at all when there are none.
        cells = dict(store.db.execute("SELECT tag, attributes FROM annotations").fetchall())
        assert cells == {"quote": '{"kind":"mixed","verdict":"«خطأ»"}', "location": ""}
        view = store.db.execute("SELECT attributes FROM annotations_with_article WHERE tag = 'quote'").fetchone()
        assert json.loads(view[0]) == {"kind": "mixed", "verdict": "«خطأ»"}


@pytest.mark.parametrize("bad", [{"kind": 3}, {str(n): "x" for n in range(33)}, {"kind": "x" * 1001}, {"": "x"}])
def test_attributes_that_cannot_be_are_refused_and_nothing_changes(tmp_path: Path, bad: dict) -> None:
    store, article, quote_id = _quote_store(tmp_path / "a.db", {KIND: "direct"})
    with store:
        with pytest.raises(StoreError, match="attribute"):
            store.set_attributes(quote_id, bad)
        with pytest.raises(StoreError, match="attribute"):
            store.add_annotation(make_annotation(article, "quote", 0, 3, attributes=bad))
        assert store.get_annotation(quote_id).attributes == {"kind": "direct"}
        assert len(store.annotations(article.id)) == 2


def test_a_hand_edited_cell_reads_as_no_attributes() -> None:
    assert parse_attributes("") == {} and parse_attributes("not json") == {} and parse_attributes("[1]") == {}
    assert parse_attributes('{"kind": "direct", "n": 3}') == {"kind": "direct"}
    assert attributes_json({}) == "" and attributes_json({"b": "2", "a": "1"}) == '{"a":"1","b":"2"}'


def test_an_older_database_migrates_and_a_read_only_one_still_reads(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    store, article, quote_id = _quote_store(path, {})
    store.close()
    as_version(path, 6)  # no attributes column
    with monkeypatch.context() as patch:  # a file the user may not write (root here may write anything)
        patch.setattr(store_module, "_writable", lambda _path: False)
        with Store.open(path) as old:
            assert old.read_only
            assert [a.attributes for a in old.annotations(article.id)] == [{}, {}]
            assert old.get_annotation(quote_id).attributes == {}
            assert [a.text for a, _title in old.search_annotations("الحسكة")] == ["الحسكة"]
            assert dict(old.tag_counts_by_article()) == {article.id: {"quote": 1, "location": 1}}
            assert b'"attributes"' not in _export(old, "json")
            assert _export(old, "csv").decode().splitlines()[0].endswith(",speaker,attributes")
    with Store.open(path) as migrated:
        assert migrated.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert migrated.set_attributes(quote_id, {KIND: "direct"}).attributes == {"kind": "direct"}
        row = migrated.db.execute("SELECT attributes FROM annotations_with_article WHERE tag = 'quote'").fetchone()
        assert row == ('{"kind":"direct"}',)
    assert (tmp_path / "old.db.v6.bak").exists()


def test_json_and_jsonl_carry_attributes_only_when_there_are_some_and_read_them_back(tmp_path: Path) -> None:
    store, article, quote_id = _quote_store(tmp_path / "a.db", {KIND: "indirect", "note": 'a "b", ج'})
    with store:
        for fmt in ("json", "jsonl"):
            data = _export(store, fmt)
            doc = json.loads(data) if fmt == "json" else {"articles": [json.loads(data.splitlines()[0])]}
            [quote, place] = doc["articles"][0]["annotations"]
            assert quote["attributes"] == {"kind": "indirect", "note": 'a "b", ج'}
            assert "attributes" not in place  # optional: older readers see what they always saw
            (tmp_path / f"out.{fmt}").write_bytes(data)
    with Store.open(tmp_path / "b.db") as other:
        [outcome] = list(import_paths(other, [tmp_path / "out.json"]))
        assert outcome.ok, outcome.error
        assert other.get_annotation(quote_id).attributes == {"kind": "indirect", "note": 'a "b", ج'}
    with Store.open(tmp_path / "c.db") as other:
        [outcome] = list(import_paths(other, [tmp_path / "out.jsonl"]))
        assert outcome.ok, outcome.error
        assert other.get_annotation(quote_id).attributes["kind"] == "indirect"


@pytest.mark.parametrize(("value", "says"), [
    ([], "wrong type"), ({"kind": 1}, "names to texts"), ({"kind": "\ud800"}, "surrogate"),
    ({str(n): "x" for n in range(40)}, "more than 32"),
])
def test_a_file_with_bad_attributes_is_refused_whole(tmp_path: Path, value: object, says: str) -> None:
    store, article, quote_id = _quote_store(tmp_path / "a.db", {KIND: "direct"})
    with store:
        doc = json.loads(_export(store, "json"))
    doc["articles"][0]["annotations"][0]["attributes"] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with Store.open(tmp_path / "fresh.db") as fresh:
        [outcome] = list(import_paths(fresh, [bad]))
        assert not outcome.ok and says in outcome.error and "\n" not in outcome.error
        assert fresh.article_count() == 0


def test_csv_xlsx_w3c_and_spacy_carry_attributes(tmp_path: Path) -> None:
    store, article, quote_id = _quote_store(tmp_path / "a.db", {KIND: "direct", "verdict": "false"})
    with store:
        rows = list(csv.DictReader(io.StringIO(_export(store, "csv").decode("utf-8"), newline="")))
        assert [json.loads(r["attributes"]) if r["attributes"] else {} for r in rows] == [
            {"kind": "direct", "verdict": "false"}, {}]
        assert rows[0]["speaker"] == ""
        export_to_file(store, "xlsx", tmp_path / "a.xlsx")
        with zipfile.ZipFile(tmp_path / "a.xlsx") as z:
            sheet = "".join(z.read(name).decode("utf-8") for name in z.namelist() if name.startswith("xl/"))
        assert "kind: direct; verdict: false" in sheet and ">attributes<" in sheet
        items = json.loads(_export(store, "w3c"))["first"]["items"]
        bodies = [b for b in items[0]["body"] if b["purpose"] == "classifying"]
        assert bodies == [
            {"type": "TextualBody", "purpose": "classifying", "value": "direct", "rdfs:label": "kind"},
            {"type": "TextualBody", "purpose": "classifying", "value": "false", "rdfs:label": "verdict"}]
        assert not [b for b in items[1]["body"] if b["purpose"] == "classifying"]
        spans = json.loads(_export(store, "spacy").splitlines()[0])["spans"]
        assert spans[0]["attributes"] == {"kind": "direct", "verdict": "false"} and "attributes" not in spans[1]


def test_brat_writes_attribute_lines_declares_them_and_reads_them_back(tmp_path: Path) -> None:
    store, article, quote_id = _quote_store(tmp_path / "a.db", {KIND: "direct", "said as": "on air"})
    with store:
        export_to_file(store, "brat", tmp_path / "brat")
    [ann] = (tmp_path / "brat").glob("*.ann")
    lines = ann.read_text(encoding="utf-8").splitlines()
    assert "A1\tkind T1 direct" in lines and "A2\tsaid_as T1 on_air" in lines  # brat values are one word
    conf = (tmp_path / "brat" / "annotation.conf").read_text(encoding="utf-8")
    assert "kind\tArg:<ENTITY>, Value:direct" in conf.split("[attributes]")[1]
    with Store.open(tmp_path / "b.db") as other:
        [outcome] = list(import_paths(other, [ann]))
        assert outcome.ok, outcome.error
        quote = next(a for a in other.annotations(outcome.article.id) if a.tag == "quote")
        assert quote.attributes == {"kind": "direct", "said_as": "on_air"}


def test_accepted_quotes_keep_their_kind(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        ensure_seeded(store)
        [summary] = store.articles()
        article = store.get_article(summary.id)
        found = suggest(article, [])
        made = plan(article, [], [], found)
        kinds = {a.attributes.get(KIND) for a in made.annotations if a.tag == "quote"}
        assert kinds and kinds <= {"direct", "indirect", "mixed"}
        assert all(not a.attributes for a in made.annotations if a.tag == "speaker")
        store.add_linked(made.annotations, made.relations)
        by_text = {s.text: s.kind for s in found if s.kind}
        for quote in store.annotations(article.id, "quote"):
            assert quote.attributes == {"kind": by_text[quote.text]}


def test_suggest_apply_stores_kinds_and_csv_shows_them(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        ensure_seeded(store)
    assert run_cli("suggest", "--db", str(db), "--apply").returncode == 0
    result = run_cli("export", "--db", str(db), "--tag", "quote")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"), newline="")))
    assert rows and {json.loads(r["attributes"])["kind"] for r in rows} <= {"direct", "indirect", "mixed"}
    assert any(json.loads(r["attributes"])["kind"] == "direct" for r in rows)

