"""Word documents (.docx), through python-docx."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..errors import ImportRefused
from ..model import Article
from ..reading import CELL_SEPARATOR, article_from_text, read_bytes, split_authors
from . import Format

#: Limits on what a .docx unpacks to, checked in the zip's directory before
#: anything is inflated (a small file can hold gigabytes of XML).  Inflating
#: stops at a member's declared size, so the declared sizes are a real bound.
MAX_XML_BYTES = 32 * 1024 * 1024  # all the XML of the document: a thousand-page report is far less
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # everything, pictures included
MAX_MEMBERS = 10_000


def _check_package(data: bytes, name: str) -> None:
    """Refuse a .docx that would unpack to more than the limits above."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise _damaged(name) from None
    if len(members) > MAX_MEMBERS:
        raise ImportRefused("%1 holds %2 parts; a Word document with more than %3 is refused.",
                            name, len(members), MAX_MEMBERS)
    xml = sum(m.file_size for m in members if not m.filename.lower().startswith("word/media/"))
    total = sum(m.file_size for m in members)
    if xml > MAX_XML_BYTES or total > MAX_UNPACKED_BYTES:
        raise ImportRefused("%1 unpacks to %2 MB; Word documents whose text is over %3 MiB (or %4 MiB with "
                            "pictures) are refused.", name, round(max(xml, total) / 1e6), MAX_XML_BYTES // 2**20,
                            MAX_UNPACKED_BYTES // 2**20)


def _damaged(name: str) -> ImportRefused:
    return ImportRefused("%1 is damaged or is not a Word .docx document; open it in Word or LibreOffice and save "
                         "it again as .docx.", name)


def read_docx_article(path: Path) -> Article:
    """A Word document: its paragraphs, and title/author/date from its properties."""
    import docx

    data = read_bytes(path)  # the same size and readability checks as other files
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused("%1 is an old Word (.doc) file: open it in Word or LibreOffice, save it as .docx, "
                            "and import that.", path.name)
    _check_package(data, path.name)
    try:
        document = docx.Document(io.BytesIO(data))  # the bytes checked, not the path again
    except RecursionError:
        raise ImportRefused("%1 is nested too deeply to be a Word document.", path.name) from None
    except Exception:  # not a zip, not a Word package, damaged XML: all the same to the user
        raise _damaged(path.name) from None
    paragraphs = _docx_paragraphs(document)
    props = document.core_properties
    meta: dict[str, object] = {
        "title": (props.title or "").strip(),
        "authors": split_authors(props.author or ""),
        "published": props.created.date().isoformat() if props.created else None,
        "language": (props.language or "")[:2].lower(),
    }
    return article_from_text("\n\n".join(paragraphs), path.name, **meta)


def _docx_paragraphs(document) -> list[str]:
    """Paragraphs and table rows (cells joined by " | "), in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text.strip()
            if text:
                out.append(text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    out.append(CELL_SEPARATOR.join(cells))
    return out


def _read_docx(path: Path, encoding: str | None = None) -> Article:
    return read_docx_article(path)  # a Word document carries no text encoding to choose


DOCX = Format(
    key="docx", label="Word document",
    suffixes=(".docx",),
    read_article=_read_docx,
)
