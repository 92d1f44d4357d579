"""The ``annotator`` command as users' scripts call it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.model import make_annotation
from annotator.core.store import Store
from tests.conftest import PROJECT_ROOT, TRICKY_TEXT


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command in a subprocess (as a script would)."""
    import os

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args], capture_output=True, cwd=PROJECT_ROOT, env=full_env
    )


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    a = tmp_path / "arabic.txt"
    a.write_bytes(TRICKY_TEXT.encode("utf-8"))
    b = tmp_path / "cp1256.txt"
    b.write_bytes("تقرير من الحسكة\r\nنص التقرير".encode("cp1256"))
    return [a, b]


def test_import_prints_one_line_per_article(tmp_path: Path, articles: list[Path]) -> None:
    db = tmp_path / "a.db"
    result = run_cli("import", *map(str, articles), "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    with Store.open(db) as store:
        stored = {a.id: a.title for a in store.articles()}
    for line in lines:
        article_id, title = line.split("\t")
        assert stored[article_id] == title
    assert lines[1].split("\t")[1] == "تقرير من الحسكة"


def test_import_refusal_is_one_line_on_stderr_and_exit_1(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 10)
    result = run_cli("import", str(empty), str(binary), "--db", str(db))
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 2 and "empty" in errors[0] and "not a text file" in errors[1]
    assert "Traceback" not in result.stderr.decode()
    with Store.open(db) as store:
        assert store.article_count() == 0


def test_env_var_selects_the_database(tmp_path: Path, articles: list[Path]) -> None:
    db = tmp_path / "from-env.db"
    result = run_cli("import", str(articles[0]), env={"ANNOTATOR_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_export_to_stdout_and_file_are_identical(tmp_path: Path, articles: list[Path]) -> None:
    db = tmp_path / "a.db"
    assert main(["import", str(articles[0]), "--db", str(db)]) == 0
    with Store.open(db) as store:
        [summary] = store.articles()
        article = store.get_article(summary.id)
        i = article.text.index("👍🏽")
        store.add_annotation(make_annotation(article, "quote", i, i + 2))
        store.add_annotation(make_annotation(article, "location", article.text.index("الحسكة"),
                                             article.text.index("الحسكة") + 6))
    out = tmp_path / "out.csv"
    to_stdout = run_cli("export", "--db", str(db))
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert run_cli("export", "--db", str(db), "-o", str(out)).returncode == 0
    assert out.read_bytes() == to_stdout.stdout
    rows = list(csv.DictReader(io.StringIO(to_stdout.stdout.decode("utf-8"), newline="")))
    assert [r["text"] for r in rows] == ["👍🏽", "الحسكة"]
    only = run_cli("export", "--db", str(db), "--tag", "location", "--format", "json", "--article", article.id[:8])
    doc = json.loads(only.stdout)
    assert [a["tag"] for a in doc["articles"][0]["annotations"]] == ["location"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "--tag", "quotes"], "no tag 'quotes'"),
        (["export", "--article", "nope"], "no article with id 'nope'"),
        (["export", "-o", "/nonexistent-folder/out.csv"], "does not exist"),
        (["export", "--format", "json", "--excel"], "only applies to CSV"),
    ],
)
def test_export_errors_are_clear(tmp_path: Path, args: list[str], message: str) -> None:
    Store.open(tmp_path / "a.db").close()
    result = run_cli(*args, "--db", str(tmp_path / "a.db"))
    assert result.returncode == 1
    assert message in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert result.stdout == b""  # nothing half-written before the error


def test_export_from_a_missing_database_is_an_error_not_an_empty_file(tmp_path: Path) -> None:
    result = run_cli("export", "--db", str(tmp_path / "typo" / "a.db"))
    assert result.returncode == 1
    assert "There is no database at" in result.stderr.decode()
    assert not (tmp_path / "typo").exists()
    empty = run_cli("export", "--db", "")
    assert empty.returncode == 1 and "empty path" in empty.stderr.decode()


def test_bad_database_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    db.write_bytes(b"not a database at all" * 20)
    result = run_cli("export", "--db", str(db))
    assert result.returncode == 1
    assert "not an SQLite file" in result.stderr.decode()
    assert db.read_bytes() == b"not a database at all" * 20


def test_usage_error_exits_2() -> None:
    assert run_cli("export", "--format", "xml").returncode == 2


def test_output_in_a_legacy_encoding_does_not_crash(tmp_path: Path, articles: list[Path]) -> None:
    db = tmp_path / "a.db"
    result = run_cli("import", str(articles[0]), "--db", str(db), env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    article_id = result.stdout.decode("cp1252").split("\t")[0]
    with Store.open(db) as store:
        assert store.get_article(article_id[:2]).id == article_id  # a short unique prefix works


@pytest.fixture
def populated_db(tmp_path: Path) -> Path:
    db = tmp_path / "a.db"
    with Store.open(db) as store:
        from annotator.core.importers import import_article
        from annotator.core.model import Relation
        from annotator.core.seeds import read_seed

        article, _ = import_article(store, read_seed(PROJECT_ROOT / "seeds" / "000_858c89a68ec5f748.txt"))
        t = article.text
        quote = store.add_annotation(make_annotation(article, "quote", t.index('"مهمتنا الأساسية'),
                                                     t.index('أنفسنا."') + 8, note="check video"))
        speaker = store.add_annotation(make_annotation(article, "speaker", t.index("مايلس كاغينس"),
                                                       t.index("مايلس كاغينس") + 12))
        store.add_relation(Relation(article.id, quote.id, speaker.id))
    return db


def test_list_shows_counts_per_tag(populated_db: Path) -> None:
    result = run_cli("list", "--db", str(populated_db))
    assert result.returncode == 0, result.stderr
    header, row = result.stdout.decode("utf-8").splitlines()
    assert header.split()[:2] == ["id", "title"] and header.split()[-1] == "total"
    assert "قائد عملية العزم الصلب" in row  # piped: logical order, as stored
    assert row.split()[-5:] == ["1", "1", "0", "0", "2"]


def test_show_prints_tag_span_speaker_note(populated_db: Path) -> None:
    with Store.open(populated_db) as store:
        article_id = store.articles()[0].id
    result = run_cli("show", article_id[:6], "--db", str(populated_db))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    quote_line = next(line for line in out.splitlines() if line.startswith("quote"))
    assert "مهمتنا الأساسية" in quote_line and "مايلس كاغينس" in quote_line and "check video" in quote_line
    assert "North Press Agency" in out


def test_visual_order_only_when_asked_or_the_terminal_cannot(populated_db: Path) -> None:
    from annotator.core.terminal import terminal_does_bidi, use_visual_order, visual

    visual_out = run_cli("list", "--visual", "--db", str(populated_db)).stdout.decode("utf-8")
    logical_out = run_cli("list", "--db", str(populated_db)).stdout.decode("utf-8")
    assert "قائد" in logical_out and "قائد" not in visual_out
    assert visual("قال") == "ﻝﺎﻗ"  # shaped presentation forms, in display order
    forced = run_cli("list", "--db", str(populated_db), env={"ANNOTATOR_BIDI": "visual"}).stdout.decode("utf-8")
    assert forced == visual_out

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert use_visual_order(Tty(), env={"TERM": "xterm-256color"}) is True
    assert use_visual_order(Tty(), env={"VTE_VERSION": "7600"}) is False
    assert use_visual_order(Tty(), env={"VTE_VERSION": "7600", "TMUX": "/tmp/tmux"}) is True
    assert use_visual_order(io.StringIO(), env={"TERM": "xterm"}) is False  # piped: never reordered
    assert use_visual_order(Tty(), "logical", env={}) is False
    assert terminal_does_bidi({"KONSOLE_VERSION": "230805"}) is True
    assert terminal_does_bidi({"TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.4.19"}) is False
    assert terminal_does_bidi({"TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.5.0"}) is True


def test_show_and_list_refuse_a_missing_database_or_article(tmp_path: Path, populated_db: Path) -> None:
    missing = run_cli("list", "--db", str(tmp_path / "nope.db"))
    assert missing.returncode == 1 and "no database" in missing.stderr.decode()
    unknown = run_cli("show", "zzzz", "--db", str(populated_db))
    assert unknown.returncode == 1 and "no article" in unknown.stderr.decode()


def test_every_export_format_runs_from_the_command_line(populated_db: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "json", "jsonl", "xlsx", "w3c", "spacy"):
        result = run_cli("export", "--db", str(populated_db), "--format", fmt)
        assert result.returncode == 0 and result.stdout, (fmt, result.stderr)
    brat = run_cli("export", "--db", str(populated_db), "--format", "brat")
    assert brat.returncode == 1 and "-o FOLDER" in brat.stderr.decode()
    assert run_cli("export", "--db", str(populated_db), "--format", "brat", "-o", str(tmp_path / "b")).returncode == 0
    assert len(list((tmp_path / "b").glob("*.ann"))) == 1


def test_reindex_rebuilds_the_search_index(populated_db: Path) -> None:
    conn = __import__("sqlite3").connect(populated_db)
    conn.execute("DELETE FROM annotations_fts")  # as if someone edited the file with another tool
    conn.commit()
    conn.close()
    result = run_cli("reindex", "--db", str(populated_db))
    assert result.returncode == 0 and "rebuilt" in result.stdout.decode()
    with Store.open(populated_db) as store:
        assert store.search_annotations("check video")
