"""CSV and annotator.v1 JSON exports: the contracts other people's scripts rely on."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import ExportError
from annotator.core.exporters import CSV_COLUMNS, atomic_file, export, export_to_file
from annotator.core.model import Article, make_annotation
from annotator.core.store import Store
from annotator.core.text import canonicalize, snap_span
from tests.conftest import SEED_TEXT, TRICKY_TEXT


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as s:
        yield s


def add_tricky(store: Store) -> Article:
    """An article with emoji, CRLF (canonicalised) and awkward cell contents."""
    text = canonicalize(TRICKY_TEXT)
    article = store.add_article(Article(title='عنوان, "مقتبس"\nسطر', text=text))
    for needle, tag in [("👍🏽", "quote"), ("🇸🇾", "location"), ("English line", "claim"), ("مـــرحبا", "speaker")]:
        i = text.index(needle)
        store.add_annotation(make_annotation(article, tag, i, i + len(needle), note='=SUM(A1), "x"\nnext'))
    # A span across the paragraph break, and one starting with a formula trigger.
    i = text.index("11 km.")
    store.add_annotation(make_annotation(article, "claim", i, text.index("مـــرحبا"), note='=SUM(A1), "x"\nnext'))
    return article


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_is_lossless_and_keeps_the_invariant(store: Store) -> None:
    article = add_tricky(store)
    out = io.BytesIO()
    n = export(store, "csv", out)
    data = out.getvalue()
    assert not data.startswith(b"\xef\xbb\xbf")
    header = data.split(b"\r\n", 1)[0].decode()
    assert tuple(header.split(",")) == CSV_COLUMNS
    rows = csv_rows(data)
    assert n == len(rows) == 5
    for row in rows:
        assert row["article_id"] == article.id
        assert row["article_title"] == article.title
        assert article.text[int(row["start"]):int(row["end"])] == row["text"]
        assert row["note"] == '=SUM(A1), "x"\nnext'  # exactly as stored
    assert any("\n" in r["text"] for r in rows)  # the multi-paragraph span survived quoting


def test_csv_for_excel_has_bom_and_neutralises_formulas(store: Store) -> None:
    add_tricky(store)
    out = io.BytesIO()
    export(store, "csv", out, excel=True)
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(data[3:])
    assert all(r["note"].startswith("'=SUM") for r in rows)
    for trigger in ("=", "+", "-", "@", "\t", "\r"):
        assert not any(v.startswith(trigger) for r in rows for v in r.values())


def test_json_matches_the_guide_and_the_invariant(store: Store) -> None:
    article = add_tricky(store)
    out = io.BytesIO()
    export(store, "json", out)
    doc = json.loads(out.getvalue().decode("utf-8"))
    assert doc["format"] == "annotator.v1"
    assert doc["exported"].endswith("Z")
    assert [t["name"] for t in doc["tags"]] == ["quote", "speaker", "location", "claim"]
    assert {"name", "label", "color"} <= set(doc["tags"][0])
    [a] = doc["articles"]
    for key in ("id", "title", "source", "authors", "url", "published", "language", "text", "text_sha256",
                "annotations", "relations"):
        assert key in a
    assert a["text"] == article.text and a["text_sha256"] == article.text_sha256
    assert len(a["annotations"]) == 5
    for ann in a["annotations"]:
        assert set(ann) >= {"id", "tag", "start", "end", "text", "prefix", "suffix", "note", "annotator",
                            "created", "updated"}
        assert a["text"][ann["start"]:ann["end"]] == ann["text"]
        assert a["text"][max(0, ann["start"] - 32):ann["start"]] == ann["prefix"]
        assert a["text"][ann["end"]:ann["end"] + 32] == ann["suffix"]


def test_filters_by_article_and_tag(store: Store) -> None:
    tricky = add_tricky(store)
    seed = store.add_article(Article(title="seed", text=SEED_TEXT))
    store.add_annotation(make_annotation(seed, "claim", 0, 4))
    out = io.BytesIO()
    export(store, "csv", out, tag="claim")
    rows = csv_rows(out.getvalue())
    assert {r["tag"] for r in rows} == {"claim"} and {r["article_id"] for r in rows} == {tricky.id, seed.id}
    out = io.BytesIO()
    export(store, "json", out, article_id=seed.id)
    doc = json.loads(out.getvalue())
    assert [a["id"] for a in doc["articles"]] == [seed.id]


def test_unknown_tag_and_format_are_clear_errors(store: Store) -> None:
    with pytest.raises(Exception, match="no tag 'quotes'"):
        export(store, "csv", io.BytesIO(), tag="quotes")
    with pytest.raises(ExportError, match="Unknown export format"):
        export(store, "xml", io.BytesIO())


def test_export_file_is_atomic(store: Store, tmp_path: Path) -> None:
    add_tricky(store)
    target = tmp_path / "out.csv"
    target.write_text("previous export")

    class Boom(RuntimeError):
        pass

    with pytest.raises(Boom):
        with atomic_file(target) as fh:
            fh.write(b"half a file")
            raise Boom
    assert target.read_text() == "previous export"
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
    export_to_file(store, "csv", target)
    assert csv_rows(target.read_bytes())
    assert oct(target.stat().st_mode & 0o777) == oct(0o644) or os.name == "nt"


def test_export_to_unwritable_places_fails_cleanly(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_to_file(store, "csv", tmp_path / "missing" / "out.csv")
    with pytest.raises(ExportError, match="is a folder"):
        export_to_file(store, "csv", tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        # root ignores folder permissions; sysfs refuses new files even to root.
        folder = locked if not os.access(locked, os.W_OK) else Path("/sys")
        with pytest.raises(ExportError, match="not writable"):
            export_to_file(store, "csv", folder / "out.csv")
        assert not (folder / "out.csv").exists()
    finally:
        locked.chmod(0o700)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    st.lists(st.sampled_from(["ق", "َ", "👍", "🏽", "🇸🇾", "\r\n", " ", "a", "ـ", "\u200d", ",", '"', "="]),
             min_size=1, max_size=80).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8),
)
def test_invariant_holds_for_random_texts_and_selections(tmp_path_factory, text, selections) -> None:
    text = canonicalize(text)
    if not text.strip():
        return
    with Store.open(tmp_path_factory.mktemp("db") / "a.db") as store:
        article = store.add_article(Article(title="t", text=text))
        for a, b in selections:
            span = snap_span(text, a % (len(text) + 1), b % (len(text) + 1))
            if span:
                store.add_annotation(make_annotation(article, "quote", *span))
        for fmt in ("csv", "json"):
            out = io.BytesIO()
            export(store, fmt, out)
            if fmt == "csv":
                for row in csv_rows(out.getvalue()):
                    assert text[int(row["start"]):int(row["end"])] == row["text"]
            else:
                for art in json.loads(out.getvalue())["articles"]:
                    for ann in art["annotations"]:
                        assert art["text"][ann["start"]:ann["end"]] == ann["text"]


def test_export_follows_symlinks_and_writes_into_pipes(store: Store, tmp_path: Path) -> None:
    import threading

    add_tricky(store)
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    export_to_file(store, "csv", link)
    assert link.is_symlink() and link.resolve() == target  # the link stays a link
    assert csv_rows(target.read_bytes())
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    export_to_file(store, "json", fifo)
    reader.join(10)
    assert fifo.exists() and not fifo.is_file()  # still a pipe, not replaced by a file
    assert json.loads(received[0])["format"] == "annotator.v1"


def test_a_full_device_is_a_clear_error(store: Store) -> None:
    add_tricky(store)
    with pytest.raises(ExportError, match="No space left"):
        export_to_file(store, "csv", "/dev/full")
    assert Path("/dev/full").is_char_device()
