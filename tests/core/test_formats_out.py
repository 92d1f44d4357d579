"""Every export format: written, checked against the invariant, read back by its own reader."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import ExportError
from annotator.core.exporters import export, export_to_file
from annotator.core.formats.brat import export_brat, fragments
from annotator.core.importers import import_paths
from annotator.core.model import Article, Relation, make_annotation
from annotator.core.store import Store
from annotator.core.text import canonicalize
from tests.conftest import SEED_TEXT, TRICKY_TEXT


@pytest.fixture
def store(db_path: Path):
    """The sample article (Arabic, nested spans, a link, notes) and the emoji/CRLF article."""
    with Store.open(db_path) as s:
        seed = s.add_article(Article(title=SEED_TEXT.split("\n")[0], text=SEED_TEXT, language="ar",
                                     url="https://npasyria.com/ar/12345/"))
        t = seed.text
        quote = s.add_annotation(make_annotation(seed, "quote", t.index('"مهمتنا الأساسية'),
                                                 t.index('أنفسنا."') + 8, note="=HYPERLINK(\"x\")", annotator="rana"))
        speaker = s.add_annotation(make_annotation(seed, "speaker", t.index("كاغينس: \"مهمتنا"),
                                                   t.index("كاغينس: \"مهمتنا") + 6))
        s.add_annotation(make_annotation(seed, "claim", t.index("داعش ومن حقنا"), t.index("داعش ومن حقنا") + 4))
        s.add_relation(Relation(seed.id, quote.id, speaker.id))
        # A span across a paragraph break (brat must split it).
        s.add_annotation(make_annotation(seed, "location", t.index("وتل تمر."), t.index("المؤتمر عقده") + 7,
                                         note="two\nlines"))
        text = canonicalize(TRICKY_TEXT)
        tricky = s.add_article(Article(title="tricky", text=text, language="ar"))
        for needle, tag in (("👍🏽", "quote"), ("🇸🇾", "location"), ("مـــرحبا", "speaker"), ("English line", "claim")):
            i = text.index(needle)
            s.add_annotation(make_annotation(tricky, tag, i, i + len(needle)))
        yield s


def all_texts(store: Store) -> dict[str, str]:
    return {a.id: store.get_article(a.id).text for a in store.articles()}


def written(store: Store, fmt: str) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out)
    return out.getvalue()


def test_xlsx_is_a_real_workbook_all_text_rtl_frozen(store: Store) -> None:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(written(store, "xlsx")))
    sheet = book.active
    assert sheet.sheet_view.rightToLeft is True  # the articles are Arabic
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["article_title", "tag", "text", "speaker"]
    texts = all_texts(store)
    rows = list(sheet.iter_rows(min_row=2, values_only=False))
    assert len(rows) == 8
    col = {name: i for i, name in enumerate(header)}
    for row in rows:
        assert all(cell.data_type in ("s", "inlineStr") for cell in row)  # text, never a formula or number
        start, end = int(row[col["start"]].value), int(row[col["end"]].value)
        assert texts[row[col["article_id"]].value][start:end] == row[col["text"]].value
    notes = [r[col["note"]].value for r in rows]
    assert '=HYPERLINK("x")' in notes  # shown as the characters typed, not run
    speaker_cells = [r[col["speaker"]].value for r in rows if r[col["tag"]].value == "quote"]
    assert "كاغينس" in speaker_cells
    assert sheet.column_dimensions["C"].width >= 50


def test_xlsx_bytes_are_reproducible(store: Store, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1573430400")
    assert written(store, "xlsx") == written(store, "xlsx")


def test_jsonl_one_article_per_line(store: Store) -> None:
    lines = written(store, "jsonl").decode("utf-8").splitlines()
    assert len(lines) == 2
    for line in lines:
        article = json.loads(line)
        for ann in article["annotations"]:
            assert article["text"][ann["start"]:ann["end"]] == ann["text"]
    assert json.loads(lines[0])["relations"][0]["type"] == "attributed_to"


def test_w3c_web_annotations_with_both_selectors(store: Store) -> None:
    doc = json.loads(written(store, "w3c"))
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 8
    items = doc["first"]["items"]
    texts = {f"urn:uuid:{a.id}": t for a, t in ((a, store.get_article(a.id).text) for a in store.articles())}
    texts["https://npasyria.com/ar/12345/"] = SEED_TEXT
    assert len(items) == 8
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:uuid:")
        position, quote = item["target"]["selector"]
        assert position["type"] == "TextPositionSelector" and quote["type"] == "TextQuoteSelector"
        text = texts[item["target"]["source"]]
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert text[:position["start"]].endswith(quote["prefix"])
        assert text[position["end"]:].startswith(quote["suffix"])
        assert item["body"][0] == {"type": "TextualBody", "purpose": "tagging", "value": item["body"][0]["value"]}
    quote_item = next(i for i in items if i["body"][0]["value"] == "quote" and "creator" in i)
    assert quote_item["creator"] == {"type": "Person", "name": "rana"}
    purposes = [b["purpose"] for b in quote_item["body"]]
    assert purposes == ["tagging", "commenting", "linking"]


def test_spacy_spans_load_into_a_real_doc(store: Store) -> None:
    import spacy

    nlp = spacy.blank("ar")
    records = [json.loads(line) for line in written(store, "spacy").decode().splitlines()]
    assert len(records) == 2
    for record in records:
        doc = nlp.make_doc(record["text"])
        spans = []
        for s in record["spans"]:
            assert record["text"][s["start"]:s["end"]] == s["text"]
            span = doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="expand")
            assert span is not None and s["text"] in span.text
            spans.append(span)
        doc.spans["sc"] = spans  # overlapping spans are fine here (not doc.ents)
        assert {sp.label_ for sp in doc.spans["sc"]} <= {"QUOTE", "SPEAKER", "LOCATION", "CLAIM"}
    # Whole-word spans align with spaCy's own tokens exactly.
    seed = records[0]
    speaker = next(s for s in seed["spans"] if s["label"] == "SPEAKER")
    assert nlp.make_doc(seed["text"]).char_span(speaker["start"], speaker["end"]).text == "كاغينس"


def test_brat_folder_reads_back_with_a_brat_parser(store: Store, tmp_path: Path) -> None:
    from pybrat.parser import BratParser

    folder = tmp_path / "brat"
    assert export_to_file(store, "brat", folder) == 8
    names = sorted(p.name for p in folder.iterdir())
    assert "annotation.conf" in names and "visual.conf" in names
    assert len([n for n in names if n.endswith(".ann")]) == 2
    conf = (folder / "annotation.conf").read_text()
    assert "[entities]" in conf and "quote" in conf and "attributed_to" in conf
    assert "quote\tbgColor:#E69F00" in (folder / "visual.conf").read_text()
    examples = {ex.id: ex for ex in BratParser(error="ignore").parse(str(folder))}
    assert len(examples) == 2
    for ex in examples.values():
        text = ex.text if isinstance(ex.text, str) else "".join(ex.text)
        for entity in ex.entities:
            pieces = [text[s.start:s.end] for s in entity.spans]
            assert " ".join(pieces) == entity.mention
            assert all("\n" not in p for p in pieces)
    seed = next(ex for ex in examples.values() if any(e.type == "quote" and len(e.mention) > 20 for e in ex.entities))
    [relation] = seed.relations
    assert relation.type == "attributed_to" and relation.arg1.type == "quote" and relation.arg2.mention == "كاغينس"
    crossing = next(e for e in seed.entities if e.type == "location")
    assert len(crossing.spans) == 2  # split at the paragraph break
    ann = next(p for p in folder.iterdir() if p.suffix == ".ann" and "AnnotatorNotes" in p.read_text())
    assert "#1\tAnnotatorNotes T" in ann.read_text()


def test_brat_round_trip_into_an_empty_database(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    export_brat(store, folder)
    with Store.open(tmp_path / "other.db") as other:
        outcomes = list(import_paths(other, sorted(folder.glob("*.ann"))))
        assert all(o.ok for o in outcomes), [o.error for o in outcomes]
        assert outcomes[0].messages[0] == "4 annotations and 1 link imported from brat"
        before = {(a.tag, a.start, a.end, a.text, a.note.replace("\n", " "))
                  for art in store.articles() for a in store.annotations(art.id)}
        after = {(a.tag, a.start, a.end, a.text, a.note)
                 for art in other.articles() for a in other.annotations(art.id)}
        assert after == before
        assert len(other.relations(outcomes[0].article.id)) == 1
        # Importing again adds nothing.
        again = list(import_paths(other, sorted(folder.glob("*.ann"))))
        assert again[0].messages[0] == "0 annotations and 0 links imported from brat"


def test_brat_import_of_hand_written_files_with_crlf_and_new_types(tmp_path: Path, db_path: Path) -> None:
    text = "قال بالي:\r\n«نحن هنا» في الحسكة."
    (tmp_path / "doc.txt").write_bytes(text.encode("utf-8"))
    i = text.index("بالي")
    j = text.index("الحسكة")
    (tmp_path / "doc.ann").write_text(
        f"T1\tPerson {i} {i + 4}\tبالي\nT2\tGPE {j} {j + 6}\tالحسكة\nA1\tNegated T1\nA2\tConfidence T2 high\n"
        "#1\tAnnotatorNotes T2\tcity in NE Syria\nR1\tlocated_in Arg1:T1 Arg2:T2\nE1\tAttack:T1\n",
        encoding="utf-8",
    )
    with Store.open(db_path) as s:
        [outcome] = list(import_paths(s, [tmp_path / "doc.ann"]))
        assert outcome.ok, outcome.error
        article = outcome.article
        anns = {a.tag: a for a in s.annotations(article.id)}
        assert anns["Person"].text == "بالي" and anns["GPE"].text == "الحسكة"
        assert article.text[anns["GPE"].start:anns["GPE"].end] == "الحسكة"  # offsets moved past the CRLF
        assert anns["GPE"].note == "city in NE Syria"
        assert {t.name for t in s.tags()} >= {"Person", "GPE"}
        assert [r.type for r in s.relations(article.id)] == ["located_in"]
        # brat attributes become attributes (a binary one is "true"); events have no place here.
        assert anns["Person"].attributes == {"Negated": "true"}
        assert anns["GPE"].attributes == {"Confidence": "high"}
        assert any("E lines" in m for m in outcome.messages)


@pytest.mark.parametrize(
    "ann, message",
    [
        ("T1\tquote 0 999\tx\n", "outside"),
        ("T1\tquote 0 3\tnot the text\n", "not what"),
        ("T1 quote 0 3 no tabs\n", "not a brat"),
        ("R1\tattributed_to Arg1:T1\n", "not a brat relation"),
    ],
)
def test_malformed_brat_is_refused_whole(tmp_path: Path, db_path: Path, ann: str, message: str) -> None:
    (tmp_path / "doc.txt").write_text("قال بالي شيئاً", encoding="utf-8")
    (tmp_path / "doc.ann").write_text("T9\tspeaker 4 8\tبالي\n" + ann, encoding="utf-8")
    with Store.open(db_path) as s:
        [outcome] = list(import_paths(s, [tmp_path / "doc.ann"]))
        assert not outcome.ok and message in outcome.error
        assert s.article_count() == 0


def test_fragments_cut_at_line_breaks() -> None:
    text = "ab\n\ncd\nef"
    assert fragments(text, 0, len(text)) == [(0, 2), (4, 6), (7, 9)]


def test_folder_format_needs_a_folder(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder"):
        export(store, "brat", io.BytesIO())
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="is a file"):
        export_to_file(store, "brat", tmp_path / "file")


def test_every_format_keeps_code_point_offsets_with_emoji_and_crlf(store: Store, tmp_path: Path) -> None:
    """The one invariant, checked in the tricky article for every format that carries offsets."""
    tricky = next(a for a in store.articles() if a.title == "tricky")
    text = store.get_article(tricky.id).text
    flag = text.index("🇸🇾")
    doc = json.loads(written(store, "json"))
    assert any(a["start"] == flag for art in doc["articles"] for a in art["annotations"] if a["text"] == "🇸🇾")
    w3c = json.loads(written(store, "w3c"))
    assert any(i["target"]["selector"][0]["start"] == flag for i in w3c["first"]["items"])
    spacy_lines = [json.loads(x) for x in written(store, "spacy").decode().splitlines()]
    assert any(s["start"] == flag for r in spacy_lines for s in r["spans"] if s["text"] == "🇸🇾")
    export_brat(store, tmp_path / "b")
    tricky_ann = next(p for p in (tmp_path / "b").glob("*.ann") if "🇸🇾" in p.read_text())
    assert f"location {flag} {flag + 2}\t🇸🇾" in tricky_ann.read_text()


def test_the_database_is_a_product_readme_queries_run(store: Store) -> None:
    """The three example queries in the README work on a real database, through plain sqlite3."""
    from tests.conftest import PROJECT_ROOT

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    queries = [block.split("\n", 1)[1].rsplit("\n", 1)[0] for block in readme.split("```sql")[1:]]
    queries = [q.split("```")[0].strip() for q in queries]
    assert len(queries) >= 3
    conn = sqlite3.connect(store.path)
    try:
        results = [conn.execute(q).fetchall() for q in queries]
    finally:
        conn.close()
    assert all(results), results
    flat = json.dumps(results, ensure_ascii=False)
    assert "كاغينس" in flat  # the quote-with-speaker query found the link


def test_brat_spans_with_tabs_and_unordered_fragments(tmp_path: Path, db_path: Path) -> None:
    text = "alpha\tbeta gamma\ndelta"
    with Store.open(db_path) as s:
        article = s.add_article(Article(title="t", text=text))
        s.add_annotation(make_annotation(article, "quote", 0, 10))  # "alpha\tbeta"
        export_brat(s, tmp_path / "b")
    with Store.open(tmp_path / "other.db") as other:
        [outcome] = list(import_paths(other, list((tmp_path / "b").glob("*.ann"))))
        assert outcome.ok, outcome.error
        [ann] = other.annotations(outcome.article.id)
        assert ann.text == "alpha\tbeta"
    (tmp_path / "c.txt").write_text("hello world\nagain", encoding="utf-8")
    (tmp_path / "c.ann").write_text("T1\tquote 12 17;0 11\thello world again\n", encoding="utf-8")
    with Store.open(tmp_path / "third.db") as third:
        [outcome] = list(import_paths(third, [tmp_path / "c.ann"]))
        assert outcome.ok, outcome.error
        [ann] = third.annotations(outcome.article.id)
        assert (ann.start, ann.end, ann.text) == (0, 17, "hello world\nagain")


def test_xlsx_with_control_characters_exports(tmp_path: Path, db_path: Path) -> None:
    from openpyxl import load_workbook

    with Store.open(db_path) as s:
        article = s.add_article(Article(title="t", text="page one\x0cpage two\x0bend"))
        s.add_annotation(make_annotation(article, "claim", 5, 17))
        export_to_file(s, "xlsx", tmp_path / "x.xlsx")
    row = list(load_workbook(tmp_path / "x.xlsx").active.iter_rows(min_row=2, values_only=True))[0]
    assert row[2] == "one\ufffdpage two"  # shown, not a failed export


def test_xlsx_is_reproducible_across_seconds(store: Store, monkeypatch) -> None:
    import time

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1573430400")
    first = written(store, "xlsx")
    time.sleep(1.1)  # openpyxl stamps its own clock; it must not leak into the file
    assert written(store, "xlsx") == first


def test_export_to_dev_stdout_inside_a_pipe(store: Store, tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import PROJECT_ROOT

    out = subprocess.run(
        f"{sys.executable} -m annotator export --db {store.path} -o /dev/stdout | wc -l",
        shell=True, cwd=PROJECT_ROOT, capture_output=True, text=True,
    )
    assert out.stderr == "" and int(out.stdout) > 5


def test_json_import_keeps_an_annotation_whose_id_belongs_to_another_article(store: Store, tmp_path: Path) -> None:
    doc = json.loads(written(store, "json"))
    copy = dict(doc["articles"][0])
    copy["id"] = "copy-of-seed"
    copy["text"] = copy["text"] + "\n\nتحديث."
    copy.pop("text_sha256")
    from annotator.core.annotator_v1 import import_document

    report = import_document(store, json.dumps({**doc, "articles": [copy]}).encode(), "copy.json")
    placed = store.annotations("copy-of-seed")
    assert len(placed) == len(copy["annotations"]) and len(report.renamed) == len(copy["annotations"])
    assert len(store.relations("copy-of-seed")) == 1  # the link follows its renamed ends
