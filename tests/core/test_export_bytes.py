"""Exports are byte-for-byte what they were: golden files, and a reference writer on random data.

The CSV, JSON and JSON Lines writers read rows straight from SQLite (no
objects per annotation) to be fast; these tests hold them to the bytes the
straightforward writers produced.  ``tests/fixtures/export_golden/`` was
written by the writers as they were before that change (regenerate only on a
deliberate format change: ``python -m tests.core.test_export_bytes``).  The
dataset is deterministic — fixed ids and times — and has what exports get
wrong: Arabic, emoji and other characters outside the BMP, CRLF, quotes and
commas in cells, formula-like notes, overlapping and identical spans (ties in
the sort), links (a quote with two speakers), an article without
annotations, two articles created at the same moment, and a row whose
``updated`` is empty.

A reference writer in this file (the old code path: one
:class:`~annotator.core.model.Annotation` object per row) is compared with
the real one on random texts and selections as well.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.annotator_v1 import FORMAT_NAME, article_record
from annotator.core.exporters import CSV_COLUMNS, export
from annotator.core.model import ROLE_SOURCE, Annotation, Article, Relation, Tag, attributes_json, make_annotation
from annotator.core.selection import Scope, selected
from annotator.core.store import Store
from annotator.core.text import canonicalize, quote_selector

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "fixtures" / "export_golden"
EPOCH = "1764000000"  # SOURCE_DATE_EPOCH: the export time in JSON

#: (golden file name, format, --excel, --article, --tag)
CASES: list[tuple[str, str, bool, str | None, str | None]] = [
    ("all.csv", "csv", False, None, None),
    ("all.excel.csv", "csv", True, None, None),
    ("all.json", "json", False, None, None),
    ("all.jsonl", "jsonl", False, None, None),
    ("all.w3c.json", "w3c", False, None, None),
    ("all.spacy.jsonl", "spacy", False, None, None),
    ("quote.csv", "csv", False, None, "quote"),
    ("speaker.excel.csv", "csv", True, None, "speaker"),
    ("quote.json", "json", False, None, "quote"),
    ("speaker.jsonl", "jsonl", False, None, "speaker"),
    ("article2.csv", "csv", False, "00000000-0000-4000-8000-000000000002", None),
    ("article2-claim.json", "json", False, "00000000-0000-4000-8000-000000000002", "claim"),
    ("article3.jsonl", "jsonl", False, "00000000-0000-4000-8000-000000000003", None),
]

ASTRAL = "𝕏 يقول 😀 إن «الحسكة» 𝟙𝟚 🇸🇾 و👨‍👩‍👧 ثم 𓀀 and 🎉, «end» 😀"
NOTES = [
    "", "", "", "check", "تحقق من المصدر", 'said "twice", then left', "line one\r\nline two", "cr\ronly",
    "=SUM(A1:A2)", "+971 50", "-5 km", "@handle", "\tindented", "\u00a0=hidden", "\u200f=rlm", "＝fullwidth",
    "emoji 😀 note", "a,b;c", "nul\x00inside", " leading space", "trailing space ",
]

#: Attributes: mostly none, a quote's kind, and values a writer must escape.
ATTRIBUTES: list[dict[str, str]] = [
    {}, {}, {}, {"kind": "direct"}, {"kind": "indirect"}, {"kind": "mixed"},
    {"kind": "direct", "verdict": "«خطأ»، \"false\", 😀\r\nline"}, {"note=": "=1+1"},
]


def _id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _time(seconds: int) -> str:
    return f"2026-01-01T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.000Z"


def build_dataset(store: Store) -> None:
    """The golden dataset: deterministic ids, times and spans (see the module docstring)."""
    rng = random.Random(10)
    store.save_tag(Tag("organisation", "Organisation", "#0072B2", "5", 4, ROLE_SOURCE))
    seed = canonicalize((ROOT / "seeds" / "000_858c89a68ec5f748.txt").read_text(encoding="utf-8"))
    texts = [
        canonicalize("قالَ الرئيسُ 👍🏽: «نحن هنا» 🇸🇾\r\nEnglish line with M4, \"11 km\".\r\n\r\n"
                     "مـــرحبا بالعالم 👨‍👩‍👧 في الحسكة.\r\n=1+1 is not a formula here"),
        seed[:1500],
        canonicalize(ASTRAL + "\r\n" + ASTRAL[::-1]),
        "An English article, without annotations.",
        "Another one created at the very same moment.",
    ]
    titles = ["تقرير، \"خاص\"\r\nعن الحسكة", "=HYPERLINK(\"x\") عنوان", "𝕏 and 😀, a title", "Plain", "Plain"]
    created = [_time(10), _time(20), _time(30), _time(40), _time(40)]
    n = 100
    for a, (title, text, when) in enumerate(zip(titles, texts, created), start=1):
        article = Article(title=title, text=text, id=_id(a), language="ar" if a < 4 else "en",
                          source="NPA, Hasakah" if a == 2 else "", authors=["كاتب", "Writer, B."] if a == 1 else [],
                          url="https://example.org/a?x=1" if a == 2 else None, published="2019-11-11",
                          dateline="الحسكة" if a < 3 else "", created=when)
        store.add_article(article)
        if a > 3:
            continue
        words = [(m.start(), m.end()) for m in regex.finditer(r"\w+|\p{So}+", text)]
        spans: list[Annotation] = []
        for k in range(40 if a == 2 else 20):
            i = rng.randrange(len(words) - 1)
            j = min(len(words) - 1, i + rng.randrange(0, 6))
            tag = rng.choice(["quote", "speaker", "location", "claim", "organisation"])
            n += 1
            spans.append(make_annotation(article, tag, words[i][0], words[j][1],
                                         attributes=ATTRIBUTES[n % len(ATTRIBUTES)], note=rng.choice(NOTES),
                                         annotator=rng.choice(["", "ليلى", "Sam, \"S\""]), id=_id(n),
                                         created=_time(100 + k // 3)))
        # Ties: the same span, tagged twice at the same moment, inserted out of id order.
        for tag in ("claim", "quote", "speaker"):
            n += 1
            spans.append(make_annotation(article, tag, words[1][0], words[3][1], id=_id(1000 + n),
                                         created=_time(99)))
        # Overlapping and nested spans around one word.
        for start, end in ((words[2][0], words[5][1]), (words[3][0], words[4][1]), (words[4][0], words[6][1])):
            n += 1
            spans.append(make_annotation(article, "location", start, end, id=_id(n), created=_time(98),
                                         note="overlap"))
        rng.shuffle(spans)
        for span in spans:
            store.add_annotation(span)
        quotes = [s for s in spans if s.tag in ("quote", "claim")]
        sources = [s for s in spans if s.tag in ("speaker", "organisation")]
        for q, s in zip(quotes, sources):
            n += 1
            store.add_relation(Relation(article.id, q.id, s.id, id=_id(n), created=_time(200 + n % 7)))
        n += 1  # a quote attributed to two sources
        store.add_relation(Relation(article.id, quotes[0].id, sources[-1].id, id=_id(n), created=_time(300)))
        if a == 2:  # a row changed by hand to an empty ``updated`` (the export shows ``created``)
            store.db.execute("UPDATE annotations SET updated = '' WHERE id = ?", [spans[0].id])
            store.db.conn.commit()


def _export(store: Store, fmt: str, excel: bool, article: str | None, tag: str | None) -> bytes:
    out = io.BytesIO()
    export(store, fmt, out, article, tag, excel)
    return out.getvalue()


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory):
    with Store.open(tmp_path_factory.mktemp("golden") / "golden.db") as store:
        build_dataset(store)
        yield store


@pytest.mark.parametrize(("name", "fmt", "excel", "article", "tag"), CASES, ids=[c[0] for c in CASES])
def test_exports_are_byte_identical_to_the_golden_files(dataset: Store, monkeypatch: pytest.MonkeyPatch,
                                                        name: str, fmt: str, excel: bool, article: str | None,
                                                        tag: str | None) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert _export(dataset, fmt, excel, article, tag) == (GOLDEN / name).read_bytes()


def test_the_golden_dataset_has_what_it_promises(dataset: Store) -> None:
    data = (GOLDEN / "all.csv").read_bytes()
    assert "😀".encode() in data and b'"line one\r\nline two"' in data and b'"Sam, ""S"""' in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(rows) == sum(len(dataset.annotations(_id(a))) for a in (1, 2, 3))
    assert any(" | " in r["speaker"] for r in rows)
    assert {"", '{"kind":"direct"}', '{"kind":"indirect"}', '{"kind":"mixed"}'} <= {r["attributes"] for r in rows}
    assert any("verdict" in r["attributes"] for r in rows)
    keys = [(r["article_id"], r["start"], r["end"], r["created"]) for r in rows]
    assert len(keys) > len(set(keys))  # ties in the sort order
    doc = json.loads((GOLDEN / "all.json").read_bytes())
    assert [a["id"] for a in doc["articles"]] == [_id(a) for a in (1, 2, 3, 4, 5)]
    assert not doc["articles"][3]["annotations"]


# -- the reference: the writers as they were, one Annotation object per row ------

def reference_csv(store: Store, article_id: str | None, tag: str | None, excel: bool) -> bytes:
    """The CSV writer before rows were read straight from SQLite."""
    from annotator.core.formats.csv import _excel_safe

    text = io.StringIO(newline="")
    if excel:
        text.write("\ufeff")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in selected(store, Scope(article_id, tag)):
        article, speakers = item.article, item.speakers
        batch: list[tuple[str | int, ...]] = [
            (article.id, article.title, a.id, a.tag, a.start, a.end, a.text, a.note, a.annotator, a.created,
             a.updated, " | ".join(speakers.get(a.id, ())), attributes_json(a.attributes))
            for a in item.annotations
        ]
        if excel:
            batch = [tuple(_excel_safe(v) if isinstance(v, str) else v for v in row) for row in batch]
        writer.writerows(batch)
    return text.getvalue().encode("utf-8")


def reference_json(store: Store, article_id: str | None, tag: str | None, exported: str) -> bytes:
    """The JSON writer before rows were read straight from SQLite."""
    tags = [{"name": t.name, "label": t.label, "color": t.color, "key": t.key, "role": t.role} for t in store.tags()]
    head = {"format": FORMAT_NAME, "exported": exported, "tags": tags}
    parts = [json.dumps(head, ensure_ascii=False)[:-1] + ', "articles": [']
    for n, item in enumerate(selected(store, Scope(article_id, tag))):
        parts.append(("\n" if n == 0 else ",\n")
                     + json.dumps(article_record(item.article, item.annotations, item.relations), ensure_ascii=False))
    parts.append("\n]}\n")
    return "".join(parts).encode("utf-8")


def reference_jsonl(store: Store, article_id: str | None, tag: str | None) -> bytes:
    """The JSON Lines writer before rows were read straight from SQLite."""
    return b"".join(
        json.dumps(article_record(item.article, item.annotations, item.relations), ensure_ascii=False).encode("utf-8")
        + b"\n"
        for item in selected(store, Scope(article_id, tag))
    )


def test_the_reference_writers_reproduce_the_golden_files(dataset: Store) -> None:
    exported = json.loads((GOLDEN / "all.json").read_bytes())["exported"]
    assert reference_csv(dataset, None, None, False) == (GOLDEN / "all.csv").read_bytes()
    assert reference_csv(dataset, None, "speaker", True) == (GOLDEN / "speaker.excel.csv").read_bytes()
    assert reference_json(dataset, None, "quote", exported) == (GOLDEN / "quote.json").read_bytes()
    assert reference_jsonl(dataset, None, None) == (GOLDEN / "all.jsonl").read_bytes()


_CHARS = st.sampled_from(list("ab ,\"'=+-@\t\r\n\x00\u00a0\u200f\u061cقالَـ😀𝕏🇸🇾\u2028\\/"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(_CHARS, min_size=2, max_size=60),
    title=st.text(_CHARS, min_size=1, max_size=12),
    picks=st.lists(st.tuples(st.integers(0, 59), st.integers(1, 12), st.sampled_from(["quote", "speaker"]),
                             st.text(_CHARS, max_size=8), st.integers(0, 2)), min_size=0, max_size=25),
    links=st.lists(st.tuples(st.integers(0, 24), st.integers(0, 24)), max_size=6),
)
def test_writers_match_the_reference_on_random_data(tmp_path_factory: pytest.TempPathFactory, text: str, title: str,
                                                    picks: list[tuple[int, int, str, str, int]],
                                                    links: list[tuple[int, int]]) -> None:
    with Store.open(tmp_path_factory.mktemp("random") / "r.db") as store:
        article = store.add_article(Article(title=title, text=text, id=_id(1), created=_time(1)))
        made: list[Annotation] = []
        for n, (start, length, tag, note, second) in enumerate(picks):
            start %= len(text)
            end = min(len(text), start + length)
            sel = quote_selector(text, start, end)
            ann = Annotation(article.id, tag, start, end, sel.exact, sel.prefix, sel.suffix, note=note, id=_id(100 + n),
                             created=_time(second),  # equal times: ties in the sort
                             attributes={"kind": note} if note and second == 2 else {})
            store.add_annotation(ann)
            made.append(ann)
        for n, (i, j) in enumerate(links):
            if i < len(made) and j < len(made) and i != j:
                store.add_relation(Relation(article.id, made[i].id, made[j].id, id=_id(500 + n), created=_time(n % 2)))
        tags: tuple[str | None, ...] = (None, "quote")
        for only in tags:
            for excel in (False, True):
                assert _export(store, "csv", excel, None, only) == reference_csv(store, None, only, excel)
            got = _export(store, "json", False, None, only)
            assert got == reference_json(store, None, only, json.loads(got)["exported"])
            assert _export(store, "jsonl", False, None, only) == reference_jsonl(store, None, only)


def _write_golden() -> None:
    """Regenerate the golden files (only for a deliberate change of a format)."""
    import os
    import tempfile

    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "golden.db") as store:
        build_dataset(store)
        for name, fmt, excel, article, tag in CASES:
            (GOLDEN / name).write_bytes(_export(store, fmt, excel, article, tag))
            print(name, (GOLDEN / name).stat().st_size, file=sys.stderr)


if __name__ == "__main__":
    _write_golden()


def test_hand_edited_values_are_written_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database edited by hand can hold a real number as an offset, or a blob as a note."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    exported = "2025-11-24T16:00:00.000Z"
    with Store.open(tmp_path / "edited.db") as store:
        article = store.add_article(Article(title="t", text="one, two; three", id=_id(1), created=_time(1)))
        for n, (start, end) in enumerate([(0, 3), (5, 8), (10, 15)]):
            store.add_annotation(make_annotation(article, "quote", start, end, id=_id(10 + n), created=_time(2)))
        store.db.execute("UPDATE annotations SET end = 8.5 WHERE id = ?", [_id(11)])
        store.db.conn.commit()
        for fmt in ("csv", "json", "jsonl"):
            assert _export(store, fmt, False, None, None) == {
                "csv": reference_csv(store, None, None, False), "json": reference_json(store, None, None, exported),
                "jsonl": reference_jsonl(store, None, None)}[fmt]
        assert b"8.5" in _export(store, "json", False, None, None)
        store.db.execute("UPDATE annotations SET note = ? WHERE id = ?", [b"\x00\xff", _id(12)])
        store.db.conn.commit()
        assert _export(store, "csv", False, None, None) == reference_csv(store, None, None, False)
        for fmt in ("json", "jsonl"):
            with pytest.raises(TypeError, match="bytes is not JSON serializable"):
                _export(store, fmt, False, None, None)


def test_csv_cells_are_written_column_by_column_where_that_is_what_the_csv_module_writes(
        dataset: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import annotator.core.formats.csv as csv_format

    assert csv_format._FAST  # this Python's csv module quotes as the column-by-column writer does
    monkeypatch.setattr(csv_format, "_FAST", False)  # a Python whose csv module quoted otherwise
    assert _export(dataset, "csv", False, None, None) == (GOLDEN / "all.csv").read_bytes()
    assert _export(dataset, "csv", False, None, "quote") == (GOLDEN / "quote.csv").read_bytes()
