"""PDF import (issue 13): Arabic PDFs from two producers come in with their words in order, their
paragraphs, their metadata, and without running headers or page numbers; scans, password-protected
and broken PDFs are refused with one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from annotator.core.errors import ImportRefused
from annotator.core.formats import pdf
from annotator.core.importers import import_paths, read_article
from annotator.core.reading import split_authors
from annotator.core.store import Store
from tests.conftest import PROJECT_ROOT
from tests.core.test_hostile_input import db_digest, run_import
from tests.pdfs import AUTHOR, FPDF_HEADER, QT_HEADER, TITLE, seed_paragraphs, words

PRODUCERS = ["qt", "fpdf2"]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every test PDF, made once by the producers in a child process (Qt stays out of the core tests)."""
    out = tmp_path_factory.mktemp("pdfs")
    result = subprocess.run([sys.executable, "-m", "tests.pdfs", str(out)], cwd=PROJECT_ROOT, capture_output=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    return out


@pytest.mark.parametrize("producer", PRODUCERS)
def test_words_in_order_and_paragraphs(pdfs: Path, producer: str) -> None:
    article = read_article(pdfs / f"{producer}.pdf")
    source = seed_paragraphs()
    assert words(article.text) == words("\n".join(source))
    paragraphs = article.text.split("\n\n")
    assert [words(p) for p in paragraphs] == [words(p) for p in source]
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)
    assert not any("\ufb50" <= ch <= "\ufeff" for ch in article.text)  # no presentation forms left
    assert article.import_notes == []


@pytest.mark.parametrize("producer", PRODUCERS)
def test_text_is_logical_not_only_the_words(pdfs: Path, producer: str) -> None:
    text = read_article(pdfs / f"{producer}.pdf").text
    for line in ('"الدولة الإسلامية" (داعش)', "الطريق الدولي M4، لكن", "ومنهم 11 ألف مقاتل", "قائلاً: \"كلما"):
        assert line in text


@pytest.mark.parametrize("producer", PRODUCERS)
def test_title_and_author_from_the_metadata(pdfs: Path, producer: str) -> None:
    article = read_article(pdfs / f"{producer}.pdf")
    assert article.title == TITLE
    assert article.authors == split_authors(AUTHOR)
    assert article.language == "ar"


@pytest.mark.parametrize(("producer", "header"), [("qt", QT_HEADER), ("fpdf2", FPDF_HEADER)])
def test_running_headers_and_page_numbers_are_dropped(pdfs: Path, producer: str, header: str) -> None:
    import pypdfium2

    path = pdfs / f"{producer}-3-pages.pdf"
    assert len(pypdfium2.PdfDocument(path)) >= 3
    article = read_article(path)
    assert header not in article.text
    assert "صفحة" not in article.text
    assert not any(p.strip().isdigit() for p in article.text.split("\n\n"))
    assert words(article.text) == words("\n".join(seed_paragraphs() * 2))
    assert article.title == seed_paragraphs()[0]  # no metadata: the first line, as other readers do
    assert any(note.startswith("dropped ") for note in article.import_notes)


def _one_sentence(message: str) -> None:
    assert "\n" not in message and "Traceback" not in message and len(message) < 300


def test_a_scan_is_refused_no_ocr(pdfs: Path) -> None:
    with pytest.raises(ImportRefused, match="no text layer.*OCR is not supported") as info:
        read_article(pdfs / "scanned.pdf")
    _one_sentence(str(info.value))


def test_a_password_protected_pdf_is_refused(pdfs: Path) -> None:
    with pytest.raises(ImportRefused, match="protected by a password") as info:
        read_article(pdfs / "fpdf2-password.pdf")
    _one_sentence(str(info.value))


def test_broken_pdfs_are_refused(pdfs: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes((pdfs / "qt.pdf").read_bytes()[:3000])
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + os.urandom(5000))
    text = tmp_path / "letter.pdf"
    text.write_text("هذه رسالة وليست ملف PDF", encoding="utf-8")
    for path, says in ((cut, "damaged or is not a PDF"), (garbage, "damaged or is not a PDF"),
                       (text, "not a PDF")):
        with pytest.raises(ImportRefused, match=says) as info:
            read_article(path)
        _one_sentence(str(info.value))


def test_a_refused_pdf_changes_nothing(pdfs: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Store.open(db) as store:
        (good,) = list(import_paths(store, [pdfs / "fpdf2.pdf"]))
        assert good.ok
    before = db_digest(db)
    with Store.open(db) as store:
        outcomes = list(import_paths(store, [pdfs / "scanned.pdf", pdfs / "fpdf2-password.pdf"]))
    assert [o.ok for o in outcomes] == [False, False]
    assert db_digest(db) == before


def _pdf_with_stream(content: bytes, pages: int = 1) -> bytes:
    """A minimal PDF whose pages share one Flate-compressed content stream."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{3 + i} 0 R' for i in range(pages))}] /Count {pages} >>".encode()]
    stream = 3 + pages
    objects += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {stream} 0 R /Resources << /Font "
                "<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>".encode()] * pages
    objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_a_plain_pdf_reads(tmp_path: Path) -> None:
    path = tmp_path / "hello.pdf"
    path.write_bytes(_pdf_with_stream(zlib.compress(b"BT /F1 12 Tf 72 720 Td (Hello from a PDF) Tj ET")))
    assert read_article(path).text == "Hello from a PDF"


@pytest.mark.slow
def test_hostile_pdfs_end_in_one_sentence_within_bounds(tmp_path: Path) -> None:
    """A Flate bomb (2 MB that inflates to 2 GB), too many pages, a page of a million characters."""
    packer = zlib.compressobj(9)
    bomb = packer.compress(b"BT /F1 12 Tf 10 10 Td (a) Tj ET\n") + b"".join(
        packer.compress(b" " * (1 << 20)) for _ in range(2048)) + packer.flush()
    cases = {
        "bomb.pdf": (_pdf_with_stream(bomb), "unpacks to more than"),
        "pages.pdf": (_pdf_with_stream(zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET"), pages=pdf.MAX_PAGES + 1),
                      f"PDFs of more than {pdf.MAX_PAGES} pages are refused"),
        "dense.pdf": (_pdf_with_stream(zlib.compress(b"BT /F1 1 Tf " + b"(aaaaaaaaaa) Tj " * 30000 + b" ET")),
                      "that is not an article page"),
    }
    db = tmp_path / "a.db"
    seed = tmp_path / "seed.txt"
    seed.write_text("مقال موجود\nنص.", encoding="utf-8")
    assert run_import(db, seed).returncode == 0
    before = db_digest(db)
    for name, (data, says) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run_import(db, path)
        err = result.stderr.decode()
        assert result.returncode != 0 and says in err, (name, err[-1500:])
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert db_digest(db) == before


def test_page_numbers_and_dates() -> None:
    for line in ("7", "٧", "- 12 -", "Page 3 of 9", "page 3", "صفحة ٣ من ٥", "الصفحة 4", "3/9", "۱۲"):
        assert pdf._page_number(line), line
    for line in ("2019", "عام 2019", "11 ألف مقاتل", "M4"):
        assert line == "2019" or not pdf._page_number(line), line
    assert pdf._pdf_date("D:20191111093000+03'00'") == "2019-11-11"
    assert pdf._pdf_date("yesterday") is None
    import re

    assert re.fullmatch(pdf._JUNK_TITLE, "microsoft word - report.docx") and not re.fullmatch(pdf._JUNK_TITLE, TITLE)


def test_cli_imports_a_pdf(pdfs: Path, tmp_path: Path) -> None:
    from tests.test_cli import run_cli

    db = tmp_path / "cli.db"
    result = run_cli("import", str(pdfs / "fpdf2-3-pages.pdf"), "--db", str(db), env={"PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0, result.stderr.decode()
    (line,) = result.stdout.decode("utf-8").splitlines()
    article_id = line.split("\t")[0]
    assert "dropped" in result.stderr.decode("utf-8")  # the import report says what was left out
    with Store.open(db) as store:
        article = store.get_article(article_id)
        assert words(article.text) == words("\n".join(seed_paragraphs() * 2))
