"""Hostile and careless input on the command line, and outputs that fail (issue 10).

Each test runs the real command in a subprocess, with a timeout: whatever
happens must end in a correct result or one clean line on stderr — never a
traceback, never a terminal taken over by an article's title.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from annotator.core.model import Article, make_annotation
from annotator.core.store import Store
from tests.conftest import PROJECT_ROOT

TIMEOUT = 120

#: What an attacker would put in a title: retitle the window (OSC), clear the
#: screen (CSI), a one-byte C1 CSI, DEL, BEL, and a right-to-left override.
HOSTILE = "Breaking\x1b]0;PWNED\x07 news\x1b[2J\x1b[31m red\x9b1m \x7fdel \u202eexe.txt\u2066iso\u2069"
#: Nothing a terminal acts on may be printed: C0 (but the line end), DEL, C1,
#: line/paragraph separators, bidi embeddings, overrides and isolates.
UNSAFE = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F),
                           *range(0x2066, 0x206A)]} - {"\n"}


def run_cli(*args: str | bytes, env: dict | None = None, **kwargs: object) -> subprocess.CompletedProcess:
    """Run the real command in a subprocess (as a script would), with a timeout."""
    full_env = {**os.environ, **(env or {})}
    options: dict = {"capture_output": True, **kwargs}
    if "stdout" in options or "stderr" in options:
        options.pop("capture_output")
    return subprocess.run([sys.executable, "-m", "annotator", *args], cwd=PROJECT_ROOT, env=full_env,
                          timeout=TIMEOUT, **options)


def assert_clean_failure(result: subprocess.CompletedProcess, status: int = 1) -> str:
    """One line on stderr, ``annotator: …``, no traceback; returns it."""
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert result.returncode == status, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotator: "), err
    return lines[0]


def assert_harmless(text: str) -> None:
    found = sorted({f"U+{ord(ch):04X}" for ch in text if ch in UNSAFE})
    assert not found, f"printed raw: {found}"


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """An article whose title, metadata, span texts and notes carry control sequences."""
    db = tmp_path / "hostile.db"
    text = f"{HOSTILE}\nقال المتحدث \x1b[2Jهنا\t«نص» ثم سكت.\nAnother line."
    with Store.open(db) as store:
        article = store.add_article(Article(title=HOSTILE, text=text, source="src\x1b]0;x\x07",
                                            authors=["a\u202eb"], language="ar"))
        start = text.index("قال")
        store.add_annotation(make_annotation(article, "quote", start, text.index("سكت") + 3,
                                             note="first\tline\nsecond \x1b[2J line"))
        store.add_annotation(make_annotation(article, "speaker", 0, len(HOSTILE)))
    return db


def article_id(db: Path) -> str:
    with Store.open(db) as store:
        return store.articles()[0].id


# -- 1. control characters are shown, never obeyed -------------------------------------------------


@pytest.mark.parametrize("order", ["--logical", "--visual"])
def test_list_shows_control_characters_as_escapes(hostile_db: Path, order: str) -> None:
    result = run_cli("list", order, "--db", str(hostile_db))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert_harmless(out)
    assert "\\x1b]0;PWNED\\x07" in out
    assert len(out.splitlines()) == 2  # the header and one row: nothing broke the line


@pytest.mark.parametrize("order", ["--logical", "--visual"])
def test_show_shows_control_characters_in_every_field_as_escapes(hostile_db: Path, order: str) -> None:
    result = run_cli("show", article_id(hostile_db)[:8], order, "--db", str(hostile_db))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert_harmless(out)
    assert "\\x1b" in out.splitlines()[0] and "\\u202e" in out.splitlines()[0]  # the title
    assert "src\\x1b]0;x\\x07" in out and "a\\u202eb" in out  # source and authors
    quote = next(line for line in out.splitlines() if line.startswith("quote"))
    assert "first\\tline\\nsecond \\x1b[2J line" in quote  # the note: one line, its tab and break visible
    assert "\\x1b[2J" in quote.split("first")[0]  # the span text


def test_import_report_and_messages_show_control_characters_as_escapes(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    body = "نص الخبر كما ورد من المراسل في الحسكة. " * 300  # controls are a tiny share of the file
    article = tmp_path / "news\x1b]0;x\x07.txt"
    article.write_text(f"{HOSTILE}\n{body}", encoding="utf-8")
    empty = tmp_path / "empty\x1b[2J\u202e.txt"
    empty.write_bytes(b"")
    result = run_cli("import", str(article), str(empty), "--db", str(db))
    assert result.returncode == 1  # the empty file is refused
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert_harmless(err)
    [line] = out.splitlines()
    article_id, title = line.split("\t")  # the one tab is the report's own separator
    assert_harmless(title)
    assert title == HOSTILE.replace("\x1b", "\\x1b").replace("\x07", "\\x07").replace(
        "\x9b", "\\x9b").replace("\x7f", "\\x7f").replace("\u202e", "\\u202e").replace(
        "\u2066", "\\u2066").replace("\u2069", "\\u2069")
    assert "empty\\x1b[2J\\u202e.txt" in err
    # Only the screen is changed: the stored title and the export keep every character.
    with Store.open(db) as store:
        assert store.articles()[0].title == HOSTILE
    exported = json.loads(run_cli("export", "--format", "json", "--db", str(db)).stdout)
    assert exported["articles"][0]["title"] == HOSTILE


def test_exports_keep_control_characters(hostile_db: Path) -> None:
    result = run_cli("export", "--format", "json", "--db", str(hostile_db))
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)["articles"]
    assert article["title"] == HOSTILE
    assert {a["note"] for a in article["annotations"]} == {"first\tline\nsecond \x1b[2J line", ""}


# -- 2. list stays fast --------------------------------------------------------------------------


def test_list_of_ten_thousand_articles_is_fast(tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    jsonl = tmp_path / "many.jsonl"
    title = "عنوان طويل جداً لمقال من الحسكة " * 12
    with jsonl.open("w", encoding="utf-8") as fh:
        for n in range(10_000):
            text = f"نص المقال {n}."
            record = {"id": str(uuid.uuid4()), "title": f"{title}{n}", "text": text,
                      "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "annotations": [], "relations": []}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    imported = run_cli("import", str(jsonl), "--db", str(db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert imported.returncode == 0, imported.stderr
    began = time.monotonic()
    result = run_cli("list", "--db", str(db))
    took = time.monotonic() - began
    assert result.returncode == 0, result.stderr
    rows = result.stdout.decode("utf-8").splitlines()
    assert len(rows) == 10_001 and rows[1].split()[-1] == "0"
    assert took < 20, f"list of 10,000 articles took {took:.1f} s"  # was over a minute


# -- 3. outputs that fail, and arguments that are not what they seem -----------------------------


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    db = tmp_path / "small.db"
    text = "قال المتحدث إن الوضع هادئ. " * 2000
    with Store.open(db) as store:
        article = store.add_article(Article(title="تقرير", text=text, language="ar"))
        for n in range(200):
            store.add_annotation(make_annotation(article, "quote", n * 10, n * 10 + 8))
    return db


needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")


@needs_dev_full
@pytest.mark.parametrize("command", [["export"], ["export", "--format", "json"], ["list"], ["reindex"]])
def test_full_stdout_is_one_line_and_status_1(small_db: Path, command: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = run_cli(*command, "--db", str(small_db), stdout=full, stderr=subprocess.PIPE)
    line = assert_clean_failure(result)
    assert "No space left on device" in line


@needs_dev_full
def test_show_to_full_stdout_is_one_line_and_status_1(small_db: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = run_cli("show", article_id(small_db), "--db", str(small_db), stdout=full, stderr=subprocess.PIPE)
    assert "No space left on device" in assert_clean_failure(result)


def three_articles(folder: Path) -> list[str]:
    """Three small article files to import (their titles: خبر رقم 0, 1, 2)."""
    files = []
    for n in range(3):
        path = folder / f"{n}.txt"
        path.write_text(f"خبر رقم {n}\nنص الخبر.", encoding="utf-8")
        files.append(str(path))
    return files


@needs_dev_full
def test_import_to_full_stdout_still_imports_every_file(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    files = three_articles(tmp_path)
    with open("/dev/full", "wb") as full:
        result = run_cli("import", *files, "--db", str(db), stdout=full, stderr=subprocess.PIPE)
    line = assert_clean_failure(result)
    assert "No space left on device" in line and "import itself completed" in line
    with Store.open(db) as store:
        assert sorted(a.title for a in store.articles()) == ["خبر رقم 0", "خبر رقم 1", "خبر رقم 2"]


def test_reader_leaving_early_is_quiet_and_status_0(small_db: Path) -> None:
    for command in (["export"], ["export", "--format", "json"], ["list"]):
        reader = subprocess.Popen([sys.executable, "-m", "annotator", *command, "--db", str(small_db)],
                                  cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert reader.stdout is not None and reader.stderr is not None
        assert reader.stdout.read(1)  # `| head -c1`
        reader.stdout.close()
        err = reader.stderr.read().decode()
        assert reader.wait(timeout=TIMEOUT) == 0, err
        assert err == "", err


def test_import_whose_reader_left_still_imports_every_file(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    files = three_articles(tmp_path)
    importer = subprocess.Popen([sys.executable, "-m", "annotator", "import", *files, "--db", str(db)],
                                cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert importer.stdout is not None and importer.stderr is not None
    importer.stdout.close()  # `| true`: nobody reads the report
    err = importer.stderr.read().decode()
    assert importer.wait(timeout=TIMEOUT) == 0, err
    assert err == "", err
    with Store.open(db) as store:
        assert store.article_count() == 3


def test_closed_stdout_is_one_line_and_status_1(small_db: Path, tmp_path: Path) -> None:
    closed = {"stdout": None, "stderr": subprocess.PIPE, "preexec_fn": lambda: os.close(1)}
    assert "standard output is closed" in assert_clean_failure(run_cli("export", "--db", str(small_db), **closed))
    assert "standard output is closed" in assert_clean_failure(run_cli("list", "--db", str(small_db), **closed))
    # An import with nowhere to report still imports, and says so.
    db = tmp_path / "a.db"
    article = tmp_path / "a.txt"
    article.write_text("خبر\nنص.", encoding="utf-8")
    line = assert_clean_failure(run_cli("import", str(article), "--db", str(db), **closed))
    assert "import itself completed" in line
    with Store.open(db) as store:
        assert store.article_count() == 1
    # And -o still works without a stdout.
    out = tmp_path / "out.csv"
    result = run_cli("export", "--db", str(small_db), "-o", str(out), **closed)
    assert result.returncode == 0 and result.stderr == b"" and out.read_bytes().count(b"\r\n") == 201


@pytest.mark.parametrize(("encoding", "says"), [
    ("rot13", "not a text encoding"), ("base64", "not a text encoding"),
    ("no-such-codec", "not an encoding"), ("", "not an encoding"), ("undefined", "cannot decode"),
])
def test_bad_encoding_is_a_usage_error(tmp_path: Path, encoding: str, says: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("خبر\nنص.", encoding="utf-8")
    db = tmp_path / "a.db"
    result = run_cli("import", str(article), "--encoding", encoding, "--db", str(db))
    assert says in assert_clean_failure(result, status=2)


def test_undecodable_bytes_in_arguments(tmp_path: Path, small_db: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("arguments are Unicode on Windows")
    command = [sys.executable.encode(), b"-m", b"annotator"]
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"}

    def run(*args: bytes) -> subprocess.CompletedProcess:
        return subprocess.run([*command, *args], capture_output=True, cwd=PROJECT_ROOT, env=env, timeout=TIMEOUT)

    db = os.fsencode(small_db)
    for args in ([b"export", b"--article", b"\xff"], [b"show", b"\xff\x1b[2J"], [b"export", b"--tag", b"\xe9t\xe9"]):
        line = assert_clean_failure(run(*args, b"--db", db), status=2)
        assert "\\x" in line and "\x1b" not in line
    line = assert_clean_failure(run(b"import", os.fsencode(tmp_path) + b"/a.txt", b"--encoding", b"\xff",
                                    b"--db", db), status=2)
    assert "--encoding" in line
    # A file name is a path, not text: any bytes may name a file, and it imports.
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write("خبر من ملف باسم غير UTF-8\nنص.".encode())
    result = run(b"import", name, b"--db", os.fsencode(tmp_path / "b.db"))
    assert result.returncode == 0, result.stderr
    assert "خبر من ملف" in result.stdout.decode("utf-8")
    # … and a message naming such a file shows the byte.
    missing = run(b"import", os.fsencode(tmp_path) + b"/gone\xff.txt", b"--db", os.fsencode(tmp_path / "b.db"))
    assert "gone\\xff.txt" in assert_clean_failure(missing)


# -- 4. spreadsheets ------------------------------------------------------------------------------


HIDDEN = [" ", "   ", "\u00a0", "\u200b", "\u200f", "\u061c", "\u200e", "\ufeff", "\u00a0\u200f ", "\u202b"]
TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]


def test_excel_csv_neutralises_triggers_behind_invisible_characters(tmp_path: Path) -> None:
    """= + - @ tab CR, and fullwidth ＝＋－＠, behind spaces, NBSP, ZWSP, RLM, ALM, LRM, a BOM."""
    formulas = [f"{hidden}{trigger}HYPERLINK(\"http://evil\")" for hidden in ["", *HIDDEN] for trigger in TRIGGERS]
    harmless = ["\u200fقال: = ليس صيغة", "12", "a=b", "\u061cقال"]
    notes = _excel_notes(tmp_path, formulas + harmless)
    assert [n for n in notes[:len(formulas)] if not n.startswith("'")] == []
    assert notes[:len(formulas)] == ["'" + f for f in formulas]
    assert notes[len(formulas):] == harmless


def _excel_notes(tmp_path: Path, notes: list[str]) -> list[str]:
    """The note cells of an ``export --excel``, one annotation per note, in order."""
    db = tmp_path / "excel.db"
    text = "قال المتحدث شيئاً. " * (len(notes) + 1)
    with Store.open(db) as store:
        article = store.add_article(Article(title="عنوان", text=text, language="ar"))
        for n, note in enumerate(notes):
            store.add_annotation(make_annotation(article, "quote", n, n + 3, note=note))
    result = run_cli("export", "--excel", "--db", str(db))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8-sig"), newline="")))
    return [row["note"] for row in sorted(rows, key=lambda row: int(row["start"]))]


def test_xlsx_cuts_cells_over_excels_limit_visibly_and_says_so(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = tmp_path / "long.db"
    text = "قال المتحدث " + "ا" * 40_000 + " انتهى."
    with Store.open(db) as store:
        article = store.add_article(Article(title="ط" * 33_000, text=text, language="ar"))
        store.add_annotation(make_annotation(article, "quote", 0, len(text), note="short"))
    out = tmp_path / "long.xlsx"
    result = run_cli("export", "--format", "xlsx", "-o", str(out), "--db", str(db))
    assert result.returncode == 0
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert err.count("\n") == 1 and "2 cells" in err and "32,767" in err  # the title and the span text
    with zipfile.ZipFile(out):
        pass
    sheet = load_workbook(out, read_only=True).active
    header, row = [[c.value for c in r] for r in sheet.iter_rows()]
    cells = dict(zip(header, row))
    for name in ("article_title", "text"):
        value = cells[name]
        assert len(value.encode("utf-16-le")) // 2 <= 32_767
        assert value.endswith("a cell holds 32,767]") and "[cut: " in value
    assert cells["note"] == "short"
    # The export itself is unchanged for the caller: the count it returns, and a notice on request.
    from annotator.core.exporters import export_to_file

    notices: list[str] = []
    with Store.open(db) as store:
        assert export_to_file(store, "xlsx", tmp_path / "again.xlsx", notices=notices) == 1
        assert export_to_file(store, "csv", tmp_path / "whole.csv", notices=notices) == 1
    assert len(notices) == 1 and notices[0] in err
    assert text in (tmp_path / "whole.csv").read_text(encoding="utf-8")  # CSV keeps it whole
