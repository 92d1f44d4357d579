"""``annotator import URL``: web pages from a local server, next to files, with the files' report and errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.store import Store
from tests.pages import NPA_TITLE, PageServer, refused_url, serve_pages
from tests.test_cli import run_cli


@pytest.fixture(scope="module")
def pages() -> Iterator[PageServer]:
    with serve_pages() as server:
        yield server


def test_import_a_url_prints_the_same_line_as_a_file(pages: PageServer, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    note = tmp_path / "note.txt"
    note.write_text("تقرير قصير\nنص التقرير", encoding="utf-8")
    result = run_cli("import", str(note), pages.url("/npa"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert [line.split("\t")[1] for line in lines] == ["تقرير قصير", NPA_TITLE]  # in the order given
    article_id = lines[1].split("\t")[0]
    with Store.open(db) as store:
        article = store.get_article(article_id)
    assert article.url == pages.url("/npa") and article.source == "North Press Agency"
    again = run_cli("import", pages.url("/redirect"), "--db", str(db))
    assert again.returncode == 0
    assert again.stdout.decode("utf-8") == f"{article_id}\t{NPA_TITLE}\t(already imported)\n"


def test_failures_are_one_line_each_and_the_others_still_import(pages: PageServer, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    result = run_cli("import", pages.url("/missing"), refused_url(), "ftp://example.org/a", pages.url("/slow"),
                     pages.url("/npa"), "--db", str(db), env={"ANNOTATOR_FETCH_TIMEOUT": "1"})
    assert result.returncode == 1
    errors = result.stderr.decode("utf-8").splitlines()
    assert len(errors) == 4, errors
    assert errors[0] == f"annotator: {pages.url('/missing')}: the site answered 404 Not Found — check the address."
    assert "refused the connection" in errors[1] and "offline" in errors[1]
    assert "only web addresses (http:// or https://)" in errors[2]
    assert "did not arrive within 1 s" in errors[3]
    assert result.stdout.decode("utf-8").split("\t")[1].strip() == NPA_TITLE
