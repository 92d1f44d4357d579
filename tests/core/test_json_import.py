"""annotator.v1 JSON back in: round trip, re-anchoring, and refusing bad files whole."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.annotator_v1 import import_document
from annotator.core.errors import ImportRefused
from annotator.core.exporters import export
from annotator.core.importers import import_paths
from annotator.core.model import Article, Relation, Tag, make_annotation
from annotator.core.store import Store
from annotator.core.text import canonicalize, snap_span
from tests.conftest import SEED_TEXT, TRICKY_TEXT


def export_json(store: Store) -> dict:
    out = io.BytesIO()
    export(store, "json", out)
    doc = json.loads(out.getvalue())
    doc.pop("exported")
    return doc


def populated(path: Path) -> Store:
    store = Store.open(path)
    store.save_tag(Tag("organisation", "Organisation", "#0072B2", "5", 10))
    seed = store.add_article(Article(title="seed", text=SEED_TEXT, authors=["أفين شيخموس"], source="NPA"))
    t = seed.text
    quote = store.add_annotation(make_annotation(seed, "quote", t.index('"مهمتنا'), t.index('أنفسنا."') + 8,
                                                 note="key quote", annotator="rana"))
    speaker = store.add_annotation(make_annotation(seed, "speaker", t.index("مايلس كاغينس"),
                                                   t.index("مايلس كاغينس") + 12))
    store.add_annotation(make_annotation(seed, "organisation", t.index("قوات سوريا الديمقراطية"),
                                         t.index("قوات سوريا الديمقراطية") + 22))
    store.add_relation(Relation(seed.id, quote.id, speaker.id))
    tricky_text = canonicalize(TRICKY_TEXT)
    tricky = store.add_article(Article(title="tricky", text=tricky_text))
    i = tricky_text.index("🇸🇾")
    store.add_annotation(make_annotation(tricky, "location", i, i + 2, note='=1+1, "q"\n'))
    return store


def test_round_trip_into_an_empty_database_is_identical(tmp_path: Path) -> None:
    with populated(tmp_path / "a.db") as store:
        first = export_json(store)
        data = json.dumps(first, ensure_ascii=False).encode()
    with Store.open(tmp_path / "b.db") as empty:
        report = import_document(empty, data, "export.json")
        assert report.added == 4 and not report.unanchored
        assert export_json(empty) == first


def test_cli_import_of_an_export_brings_annotations_back(tmp_path: Path) -> None:
    with populated(tmp_path / "a.db") as store:
        out = tmp_path / "export.json"
        out.write_bytes(json.dumps(export_json(store), ensure_ascii=False).encode())
    with Store.open(tmp_path / "b.db") as other:
        outcomes = list(import_paths(other, [out]))
        assert [o.ok for o in outcomes] == [True, True]
        assert outcomes[0].messages == ["4 annotations imported", "by (unnamed): 3, rana: 1",
                                        "new tag 'organisation' created"]
        # Importing the same file again adds nothing.
        again = list(import_paths(other, [out]))
        assert again[0].messages == ["0 annotations imported, 4 already present"]
        assert sum(len(other.annotations(a.id)) for a in other.articles()) == 4


def test_changed_text_is_reanchored_and_the_unplaceable_reported(tmp_path: Path) -> None:
    with populated(tmp_path / "a.db") as store:
        doc = export_json(store)
    seed = doc["articles"][0]
    # Someone else's copy of the article: an extra first line, and the
    # sentence holding the organisation span rewritten.
    new_text = "تحديث: نسخة منقحة\n" + seed["text"].replace("قوات سوريا الديمقراطية", "قسد")
    with Store.open(tmp_path / "b.db") as target:
        target.save_tag(Tag("organisation", "Organisation", "#0072B2", "5", 10))
        target.add_article(Article(id=seed["id"], title=seed["title"], text=new_text))
        report = import_document(target, json.dumps({**doc, "articles": [seed]}).encode(), "x.json")
        placed = target.annotations(seed["id"])
        assert {a.tag for a in placed} == {"quote", "speaker"}
        for a in placed:
            assert new_text[a.start:a.end] == a.text
            assert a.prefix == new_text[max(0, a.start - 32):a.start]
        assert len(report.reanchored) == 2
        [(missing_id, missing_text)] = report.unanchored
        assert missing_text == "قوات سوريا الديمقراطية"
        assert any(missing_id in line for line in report.lines())
        assert len(target.relations(seed["id"])) == 1  # the quote-speaker link survived


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.update(format="other.v9"), "not an annotator.v1 export"),
        (lambda d: d["articles"][0]["annotations"][0].update(start=-1), "outside the text"),
        (lambda d: d["articles"][0]["annotations"][0].update(end=10**9), "outside the text"),
        (lambda d: d["articles"][0]["annotations"][0].update(text="wrong"),
         "is not text.[0-9]+:[0-9]+. .offsets are code points"),
        (lambda d: d["articles"][0]["annotations"][0].update(start="0"), "wrong type"),
        (lambda d: d["articles"][0].update(text_sha256="00"), "text_sha256 does not match"),
        (lambda d: d["articles"][0]["relations"][0].update(to="nope"), "links an annotation"),
        (lambda d: d["articles"][1]["annotations"][0].update(tag="no such tag!"), "not a usable tag name"),
        (lambda d: d["articles"][1].update(text="binary\x00\x01\x02" * 20), "not a text file"),
        (lambda d: d["articles"][1].update(text="a\r\nb"), "not canonical"),
    ],
)
def test_malformed_files_are_refused_whole(tmp_path: Path, mutate, message: str) -> None:
    with populated(tmp_path / "a.db") as store:
        doc = export_json(store)
    mutate(doc)
    with Store.open(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused, match=message):
            import_document(target, json.dumps(doc).encode(), "bad.json")
        assert target.article_count() == 0
        assert [t.name for t in target.tags()] == ["quote", "speaker", "location", "claim"]


@pytest.mark.parametrize("data", [b"", b"{", b"[]", b"\xff\xfe\x00", b"[" * 100000 + b"]" * 100000, b'"x"'])
def test_not_json_or_not_an_export_is_refused(tmp_path: Path, data: bytes) -> None:
    with Store.open(tmp_path / "b.db") as target:
        with pytest.raises(ImportRefused):
            import_document(target, data, "bad.json")
        assert target.article_count() == 0


PIECES = ["ق", "ا", "َ", "ّ", "ـ", "👍🏽", "🇸🇾", " ", "\n", "a", "M4", "\u200d", '"', ","]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.lists(st.sampled_from(PIECES + ["\r\n"]), min_size=1, max_size=50).map("".join),
                          st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200), st.sampled_from(
                              ["quote", "speaker", "location", "claim"])), max_size=6)),
                min_size=1, max_size=4))
def test_round_trip_property(tmp_path_factory, corpus) -> None:
    folder = tmp_path_factory.mktemp("rt")
    with Store.open(folder / "a.db") as store:
        for raw, spans in corpus:
            text = canonicalize(raw)
            if not text.strip() or store.find_article_by_hash(Article(title="x", text=text).text_sha256):
                continue
            article = store.add_article(Article(title=text.strip().split("\n")[0][:20] or "x", text=text))
            for a, b, tag in spans:
                span = snap_span(text, a % (len(text) + 1), b % (len(text) + 1))
                if span:
                    store.add_annotation(make_annotation(article, tag, *span, note=raw[:5]))
        first = export_json(store)
    if not first["articles"]:
        return  # nothing to carry over (an empty file is refused, see test_fuzz)
    with Store.open(folder / "b.db") as empty:
        import_document(empty, json.dumps(first, ensure_ascii=False).encode(), "rt.json")
        second = export_json(empty)
    assert second == first
    for art in second["articles"]:
        for ann in art["annotations"]:
            assert art["text"][ann["start"]:ann["end"]] == ann["text"]
