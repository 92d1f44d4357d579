"""Bad input, systematically: every case is a correct import or a clean refusal.

Never a traceback (only AnnotatorError escapes), never a hang (Hypothesis
deadlines), never a half-changed database (a refused file leaves every
table as it was).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.annotator_v1 import import_document
from annotator.core.errors import AnnotatorError
from annotator.core.exporters import export
from annotator.core.importers import import_paths
from annotator.core.model import Article, Relation, make_annotation
from annotator.core.store import Store
from tests.conftest import SEED_TEXT

FUZZ = settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
SUFFIXES = [".txt", ".md", ".html", ".docx", ".json", ".jsonl", ".ann"]


def snapshot(store: Store) -> str:
    """A digest of every row of every table (what "unchanged" means)."""
    digest = hashlib.sha256()
    for table in ("articles", "annotations", "relations", "tags", "meta", "articles_fts", "annotations_fts"):
        for row in store.db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store.open(tmp_path_factory.mktemp("fuzz") / "fuzz.db") as s:
        s.add_article(Article(title="existing", text=SEED_TEXT))
        yield s


def check_import(store: Store, path: Path) -> None:
    before = snapshot(store)
    outcomes = list(import_paths(store, [path]))  # must not raise
    assert outcomes
    for outcome in outcomes:
        if not outcome.ok:
            assert outcome.error and "\n" not in outcome.error
            assert snapshot(store) == before  # refused: nothing changed
        else:
            article = store.get_article(outcome.article.id)
            for ann in store.annotations(article.id):
                assert article.text[ann.start:ann.end] == ann.text


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_format(store: Store, tmp_path_factory, data: bytes, suffix: str) -> None:
    path = tmp_path_factory.mktemp("f") / f"input{suffix}"
    path.write_bytes(data)
    if suffix == ".ann":
        path.with_suffix(".txt").write_bytes(data[::-1])
    check_import(store, path)


ARABIC = "قال مصطفى بالي: «لدينا أكثر من 12 ألف جهادي» 👍🏽\r\nفي الحسكة.\n"


@FUZZ
@given(codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1256"]), cut=st.integers(0, 400),
       nul_at=st.one_of(st.none(), st.integers(0, 400)))
def test_truncated_and_nul_damaged_text(store: Store, tmp_path_factory, codec: str, cut: int,
                                        nul_at: int | None) -> None:
    text = ARABIC * 3 if codec != "cp1256" else ARABIC.replace("👍🏽", "") * 3
    data = bytearray(text.encode(codec)[:cut])
    if nul_at is not None and data:
        data.insert(nul_at % len(data), 0)
    path = tmp_path_factory.mktemp("t") / "cut.txt"
    path.write_bytes(bytes(data))
    check_import(store, path)


def test_huge_line_and_huge_file(store: Store, tmp_path: Path) -> None:
    line = tmp_path / "one-line.txt"
    line.write_text(("كلمة " * 400_000).strip(), encoding="utf-8")  # 4 MB on one line
    check_import(store, line)
    big = tmp_path / "too-big.txt"
    with big.open("wb") as fh:
        fh.seek(40 * 1024 * 1024)
        fh.write(b"x")
    [outcome] = list(import_paths(store, [big]))
    assert not outcome.ok and "refused" in outcome.error


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)


@FUZZ
@given(value=json_values)
def test_random_json_documents(store: Store, value) -> None:
    before = snapshot(store)
    for doc in (value, {"format": "annotator.v1", "articles": value},
                {"format": "annotator.v1",
                 "articles": [{"id": "x", "title": "t", "text": "نص", "annotations": value}]}):
        data = json.dumps(doc).encode()
        try:
            import_document(store, data, "fuzz.json")
        except AnnotatorError:
            assert snapshot(store) == before
        else:
            before = snapshot(store)


@pytest.mark.parametrize("depth", [50, 5_000, 200_000])
def test_deeply_nested_json(store: Store, depth: int) -> None:
    before = snapshot(store)
    with pytest.raises(AnnotatorError):
        import_document(store, b"[" * depth + b"]" * depth, "deep.json")
    with pytest.raises(AnnotatorError):
        import_document(store, ('{"format": "annotator.v1", "articles": ' + "[" * depth + "]" * depth + "}").encode(),
                        "deep.json")
    assert snapshot(store) == before


def test_enormous_json_is_handled_in_bounded_time(store: Store) -> None:
    articles = [{"id": f"a{i}", "title": "t", "text": "x" * 10, "annotations": [
        {"id": f"n{i}-{j}", "tag": "quote", "start": 0, "end": 20, "text": "x" * 20} for j in range(50)]}
        for i in range(2_000)]  # 100,000 annotations, every one out of range
    before = snapshot(store)
    with pytest.raises(AnnotatorError, match="outside the text"):
        import_document(store, json.dumps({"format": "annotator.v1", "articles": articles}).encode(), "huge.json")
    assert snapshot(store) == before


@FUZZ
@given(field=st.sampled_from(["start", "end", "text", "tag", "id"]),
       value=st.one_of(st.integers(-5, 10**6), st.text(max_size=5), st.none(), st.floats(allow_nan=True)))
def test_mutated_exports_import_cleanly_or_not_at_all(tmp_path_factory, field: str, value) -> None:
    folder = tmp_path_factory.mktemp("m")
    with Store.open(folder / "src.db") as src:
        article = src.add_article(Article(title="t", text=SEED_TEXT))
        q = src.add_annotation(make_annotation(article, "quote", 10, 30))
        s = src.add_annotation(make_annotation(article, "speaker", 40, 50))
        src.add_relation(Relation(article.id, q.id, s.id))
        out = io.BytesIO()
        export(src, "json", out)
    doc = json.loads(out.getvalue())
    doc["articles"][0]["annotations"][0][field] = value
    with Store.open(folder / "dst.db") as dst:
        before = snapshot(dst)
        try:
            import_document(dst, json.dumps(doc).encode(), "mutated.json")
        except AnnotatorError:
            assert snapshot(dst) == before
        else:
            for art in dst.articles():
                text = dst.get_article(art.id).text
                for ann in dst.annotations(art.id):
                    assert text[ann.start:ann.end] == ann.text


def test_utf16_json_and_bom_json(store: Store, tmp_path: Path) -> None:
    doc = {"format": "annotator.v1", "articles": [{"id": "bom-test", "title": "t", "text": "نص للتجربة",
                                                   "annotations": [{"id": "bom-ann", "tag": "claim", "start": 0,
                                                                    "end": 2, "text": "نص"}]}]}
    path = tmp_path / "doc.json"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps(doc).encode())
    [outcome] = list(import_paths(store, [path]))
    assert outcome.ok and store.get_annotation("bom-ann").text == "نص"
    path.write_bytes(json.dumps(doc).encode("utf-16"))
    [outcome] = list(import_paths(store, [path]))
    assert not outcome.ok and "UTF-8" in outcome.error  # said clearly, nothing changed


def _small_doc(article_id: str = "fz-art", ann_id: str = "fz-ann", note: str = "", title: str = "t") -> dict:
    return {"format": "annotator.v1", "articles": [{
        "id": article_id, "title": title, "text": "قال بالي إن الوضع هادئ",
        "annotations": [{"id": ann_id, "tag": "quote", "start": 0, "end": 3, "text": "قال", "note": note}]}]}


@FUZZ
@given(article_id=st.text(max_size=12), ann_id=st.text(max_size=12))
def test_random_ids_import_safely_or_not_at_all(store: Store, article_id: str, ann_id: str) -> None:
    before = snapshot(store)
    try:
        import_document(store, json.dumps(_small_doc(article_id, ann_id)).encode(), "ids.json")
    except AnnotatorError as exc:
        assert "\n" not in str(exc) and snapshot(store) == before
    else:
        assert "/" not in article_id and "\x00" not in article_id and ".." not in ann_id


@FUZZ
@given(where=st.sampled_from(["title", "note", "ann_id"]), cut=st.integers(0, 6),
       surrogate=st.integers(0xD800, 0xDFFF))
def test_lone_surrogates_in_json_are_refused(store: Store, where: str, cut: int, surrogate: int) -> None:
    value = ("abcdef"[:cut] + chr(surrogate))
    doc = _small_doc(**{where: value})
    before = snapshot(store)
    with pytest.raises(AnnotatorError, match="surrogate|not usable"):
        import_document(store, json.dumps(doc).encode(), "s.json")
    assert snapshot(store) == before


@FUZZ
@given(raw=st.text(alphabet="ab\r\n\u2028 قل", min_size=1, max_size=20), start=st.integers(0, 22),
       length=st.integers(1, 22))
def test_random_brat_offsets_on_crlf_text(store: Store, tmp_path_factory, raw: str, start: int, length: int) -> None:
    folder = tmp_path_factory.mktemp("b")
    (folder / "x.txt").write_bytes(raw.encode("utf-8"))
    shown = raw[start:start + length].replace("\r", "").replace("\n", " ")
    (folder / "x.ann").write_text(f"T1\tclaim {start} {start + length}\t{shown}\n", encoding="utf-8")
    check_import(store, folder / "x.ann")
