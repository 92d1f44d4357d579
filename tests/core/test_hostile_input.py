"""Hostile input to the readers (issue 10): each case ends in one clean sentence or a correct
import, within seconds and bounded memory, and a refusal leaves the database as it was.

Every case runs in a child process with a memory cap (RLIMIT_AS) and a timeout, so that a
regression fails the test instead of hanging or exhausting the machine.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

MEMORY = 1536 * 1024 * 1024
TIMEOUT = 20  # seconds, with Python's start-up; the cases themselves take well under 5 s

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, /dev/zero and RLIMIT_AS are POSIX")


def db_digest(db: Path) -> str:
    """A hash of every row of the tables an import writes to."""
    digest = hashlib.sha256()
    with sqlite3.connect(db) as conn:
        for table in ("articles", "annotations", "relations", "tags"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


def _limited() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_import(db: Path, *files: Path) -> subprocess.CompletedProcess:
    """``annotator import`` in a child with capped memory and time."""
    return subprocess.run([sys.executable, "-m", "annotator", "import", *map(str, files), "--db", str(db)],
                          capture_output=True, cwd=PROJECT_ROOT, timeout=TIMEOUT, preexec_fn=_limited,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def run_core(db: Path, path: Path) -> list[dict]:
    """import_paths in a child with capped memory and time: the outcomes, and whatever it printed."""
    code = textwrap.dedent(f"""
        import json, sys
        from annotator.core.importers import import_paths
        from annotator.core.store import Store
        with Store.open({str(db)!r}) as store:
            print(json.dumps([{{"ok": o.ok, "error": o.error}} for o in import_paths(store, [{str(path)!r}])]))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=PROJECT_ROOT, timeout=TIMEOUT,
                            preexec_fn=_limited)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert b"Traceback" not in result.stderr, result.stderr.decode()[-2000:]
    return json.loads(result.stdout)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database holding one article already."""
    path = tmp_path / "a.db"
    seed = tmp_path / "seed.txt"
    seed.write_text("مقال موجود في القاعدة\nنص المقال.", encoding="utf-8")
    assert run_import(path, seed).returncode == 0
    return path


def assert_refused(db: Path, *files: Path, says: str) -> None:
    before = db_digest(db)
    result = run_import(db, *files)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == len(files), err
    assert all(says in line for line in lines), err
    assert db_digest(db) == before


def assert_core_refused(db: Path, path: Path, says: str) -> None:
    before = db_digest(db)
    [outcome] = run_core(db, path)
    assert not outcome["ok"] and says in outcome["error"] and "\n" not in outcome["error"], outcome
    assert db_digest(db) == before


# 1. Unbounded sources -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["x.txt", "x.json", "x.html", "x.md", "x.docx", "x.jsonl"])
def test_devices_and_symlinks_to_them_are_refused(db: Path, tmp_path: Path, name: str) -> None:
    zero, random = tmp_path / "zero" / name, tmp_path / "random" / name
    for link, target in ((zero, "/dev/zero"), (random, "/dev/urandom")):
        link.parent.mkdir()
        link.symlink_to(target)
    assert_refused(db, Path("/dev/zero"), zero, random, says="is a device, not a file")


@pytest.mark.parametrize("name", ["x.txt", "x.json", "x.html"])
def test_fifo_and_symlink_to_fifo_are_refused_without_blocking(db: Path, tmp_path: Path, name: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / name
    link.symlink_to(fifo)
    assert_refused(db, fifo, link, says="is a pipe")


def test_brat_text_that_is_a_device_is_refused(db: Path, tmp_path: Path) -> None:
    (tmp_path / "x.txt").symlink_to("/dev/zero")
    (tmp_path / "x.ann").write_text("T1\tquote 0 1\tx\n")
    assert_refused(db, tmp_path / "x.ann", says="x.txt is a device")


# 2. Size limits on every path -----------------------------------------------------------------

def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


def test_brat_text_beside_the_ann_has_the_size_limit(db: Path, tmp_path: Path) -> None:
    _sparse(tmp_path / "big.txt", 40 * 2**20)
    (tmp_path / "big.ann").write_text("T1\tquote 0 1\tx\n")
    assert_refused(db, tmp_path / "big.ann", says="are refused")


@pytest.mark.parametrize("name", ["big.json", "big.jsonl"])
def test_huge_json_is_refused_by_size_before_parsing(db: Path, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with path.open("wb") as fh:  # 80 MB of real JSON (not sparse): refused before json.loads
        fh.write(b'{"format": "annotator.v1", "articles": [' + b'{"id": "a", "text": "x"},' * (80 * 2**20 // 26))
    assert_refused(db, path, says="are refused")


def test_docx_bomb_is_refused_from_the_zip_directory(db: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(1024):  # 1 GiB of XML in about 1 MB
                fh.write(b"<w:p/>" * (2**20 // 6))
    assert bomb.stat().st_size < 2 * 2**20
    assert_refused(db, bomb, says="unpacks to")


# 3. Pathological Markdown and HTML ------------------------------------------------------------

@pytest.mark.parametrize("body", ["[a](" * 20_000, "[" * 80_000, "\\]" * 60_000, "[](<" * 20_000])
def test_quadratic_markdown_imports_quickly_as_written(db: Path, tmp_path: Path, body: str) -> None:
    path = tmp_path / "links.md"
    path.write_text("# عنوان\n\n" + body + "\n")
    [outcome] = run_core(db, path)
    assert outcome["ok"], outcome


@pytest.mark.parametrize("body", ["- " * 50_000 + "x\n", "1. " * 50_000 + "x\n",
                                  "".join(" " * (4 * i) + "- x\n" for i in range(1000))])
def test_deeply_nested_markdown_is_one_line(db: Path, tmp_path: Path, body: str) -> None:
    path = tmp_path / "deep.md"
    path.write_text(body)
    assert_refused(db, path, says="nested more than")


def test_deeply_nested_html_is_one_line(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<ul><li>" * 50_000 + "نص " * 30 + "</body></html>")
    before = db_digest(db)
    result = run_import(db, path)
    assert result.returncode == 1 and len(result.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in result.stderr and db_digest(db) == before


# 4. brat ----------------------------------------------------------------------------------------

def test_brat_offset_inside_crlf_is_refused(db: Path, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes("قال\r\nالمتحدث\r\n".encode())
    (tmp_path / "x.ann").write_text("T1\tquote 3 4\t\n", encoding="utf-8")
    assert_refused(db, tmp_path / "x.ann", says="between the \\r and \\n")


def test_brat_huge_offsets_are_refused(db: Path, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("نص")
    (tmp_path / "x.ann").write_text("T1\tquote 0 " + "9" * 5000 + "\tنص\n")
    assert_refused(db, tmp_path / "x.ann", says="line 1")


def test_brat_thousands_of_labels_import_in_linear_time(db: Path, tmp_path: Path) -> None:
    n = 8_000
    (tmp_path / "x.txt").write_text("".join(f"w{i} " for i in range(n)))
    lines, pos = [], 0
    for i in range(n):
        lines.append(f"T{i + 1}\tL{i} {pos} {pos + len(f'w{i}')}\tw{i}")
        pos += len(f"w{i}") + 1
    (tmp_path / "x.ann").write_text("\n".join(lines) + "\n")
    result = subprocess.run([sys.executable, "-m", "annotator", "import", str(tmp_path / "x.ann"), "--db", str(db)],
                            capture_output=True, cwd=PROJECT_ROOT, timeout=12, preexec_fn=_limited)
    assert result.returncode == 0, result.stderr.decode()[-500:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM tags WHERE name GLOB 'L[0-9]*'").fetchone()[0] == n
    conn.close()


def test_brat_duplicate_ids_are_refused(db: Path, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("قال بالي")
    (tmp_path / "x.ann").write_text("T1\tquote 0 3\tقال\nT1\tspeaker 4 8\tبالي\n")
    assert_refused(db, tmp_path / "x.ann", says="T1 is defined twice")


# 5-7. annotator.v1 JSON: surrogates, ids, duplicate link ids ------------------------------------

def _doc(**changes: object) -> dict:
    article = {"id": "art-1", "title": "عنوان", "text": "قال بالي إن الوضع هادئ",
               "annotations": [{"id": "q1", "tag": "quote", "start": 9, "end": 22, "text": "إن الوضع هادئ",
                                "note": ""},
                               {"id": "s1", "tag": "speaker", "start": 4, "end": 8, "text": "بالي"}],
               "relations": [{"id": "r1", "type": "attributed_to", "from": "q1", "to": "s1"}]}
    for key, value in changes.items():
        where, _, field = key.partition("__")
        if where == "article":
            article[field] = value
        elif where == "ann":
            article["annotations"][0][field] = value  # type: ignore[index]
        elif where == "rel":
            article["relations"].append(value)  # type: ignore[attr-defined]
    return {"format": "annotator.v1", "articles": [article]}


def _write_json(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=True))  # "\udc80" is written as an escape, as JSON allows
    return path


@pytest.mark.parametrize("change", [{"article__title": "a\udc80"}, {"article__id": "\udc80"},
                                    {"ann__note": "n\ud800"}, {"ann__id": "q\udfff"},
                                    {"article__authors": ["ok", "\udc80"]}])
def test_lone_surrogates_are_refused_naming_the_item(db: Path, tmp_path: Path, change: dict) -> None:
    path = _write_json(tmp_path / "s.json", _doc(**change))
    assert_refused(db, path, says="surrogate")
    assert_core_refused(db, path, says="surrogate")


def test_lone_surrogate_in_text_is_refused(db: Path, tmp_path: Path) -> None:
    doc = _doc(article__text="قال بالي إن الوضع هادئ\udc80")
    assert_refused(db, _write_json(tmp_path / "s.json", doc), says="surrogate")


@pytest.mark.parametrize("bad", ["x/../../", "../etc", "a\x00b", "a\x1bb", "a b", "a\\b", "", "x" * 201, "..",
                                 "a\nb", "a\u202eb"])
@pytest.mark.parametrize("field", ["article__id", "ann__id"])
def test_unsafe_ids_are_refused(db: Path, tmp_path: Path, bad: str, field: str) -> None:
    path = _write_json(tmp_path / "ids.json", _doc(**{field: bad}))
    assert_refused(db, path, says="is not usable")


def test_unsafe_link_id_is_refused(db: Path, tmp_path: Path) -> None:
    doc = _doc(rel__x={"id": "../r2", "type": "attributed_to", "from": "s1", "to": "q1"})
    assert_refused(db, _write_json(tmp_path / "ids.json", doc), says="is not usable")


def test_duplicate_link_ids_are_refused(db: Path, tmp_path: Path) -> None:
    doc = _doc(rel__x={"id": "r1", "type": "attributed_to", "from": "s1", "to": "q1"})
    assert_refused(db, _write_json(tmp_path / "dup.json", doc), says="link r1: the link id appears twice")


def test_ordinary_ids_still_import(db: Path, tmp_path: Path) -> None:
    doc = _doc(article__id="urn:uuid:0b7c5e2a-1f0e-4c1e-9a55-3f7d1d0e8a01", ann__id="T_12.a-b")
    doc["articles"][0]["relations"][0]["from"] = "T_12.a-b"
    result = run_import(db, _write_json(tmp_path / "ok.json", doc))
    assert result.returncode == 0, result.stderr.decode()


def test_brat_export_never_writes_outside_its_folder(tmp_path: Path) -> None:
    from annotator.core.exporters import export_to_file
    from annotator.core.model import Article
    from annotator.core.store import Store

    with Store.open(tmp_path / "e.db") as store:  # an id from before ids were checked on import
        store.add_article(Article(id="../../x", title="t", text="نص"))
        export_to_file(store, "brat", tmp_path / "out" / "brat")
    assert sorted(p.name for p in (tmp_path / "out" / "brat").iterdir() if p.suffix == ".txt") == ["001_______x.txt"]
    assert not (tmp_path / "x.txt").exists()
