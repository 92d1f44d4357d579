"""Word documents (.docx), through python-docx."""

from __future__ import annotations

from pathlib import Path

from ..errors import ImportRefused
from ..model import Article
from ..reading import CELL_SEPARATOR, article_from_text, read_bytes, split_authors
from . import Format


def read_docx_article(path: Path) -> Article:
    """A Word document: its paragraphs, and title/author/date from its properties."""
    import docx

    data = read_bytes(path)  # the same size and readability checks as other files
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(f"{path.name} is an old Word (.doc) file: open it in Word or LibreOffice, "
                            "save it as .docx, and import that.")
    try:
        document = docx.Document(str(path))
    except Exception:  # not a zip, not a Word package, damaged XML: all the same to the user
        raise ImportRefused(f"{path.name} is damaged or is not a Word .docx document; open it in Word or "
                            "LibreOffice and save it again as .docx.") from None
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
