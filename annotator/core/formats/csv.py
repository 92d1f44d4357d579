"""CSV: lossless for pipelines, or (``--excel``) friendly to spreadsheets.

One row per annotation, a header row, UTF-8, RFC 4180 quoting.  Two formats
live here because they are one writer: ``csv`` (every cell as stored) and
``excel`` (``--format csv --excel``: a BOM and formula-like cells
neutralised — not lossless).
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

import regex

from ..selection import selected
from ..store import Store
from . import Format

CSV_COLUMNS = (
    "article_id", "article_title", "annotation_id", "tag", "start", "end", "text",
    "note", "annotator", "created", "updated", "speaker",
)
# A spreadsheet runs a cell starting with one of these as a formula: = + - @
# (and their fullwidth and small forms, which some spreadsheets fold to
# ASCII), tab or carriage return — also behind leading white space and
# invisible format characters (NBSP, ZWSP, LRM/RLM, the Arabic letter mark
# U+061C, a BOM, bidi embeddings), which spreadsheets may skip or trim.
_FORMULA_LIKE = regex.compile(r"[\s\p{Cf}]*?[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]")


def _excel_safe(value: str) -> str:
    return "'" + value if _FORMULA_LIKE.match(value) else value


def write_csv(
    store: Store, out: BinaryIO, article_id: str | None = None, tag: str | None = None, excel: bool = False
) -> int:
    """Write one CSV row per annotation to the binary stream ``out``.

    Plain CSV is lossless: UTF-8, RFC 4180 quoting, every cell as stored.
    ``excel=True`` adds a UTF-8 BOM and neutralises cells a spreadsheet would
    run as formulas by prefixing an apostrophe — friendly, but not lossless.
    Returns the number of annotation rows.
    """
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        if excel:
            text.write("\ufeff")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        rows = 0
        for item in selected(store, article_id, tag):
            article, speakers = item.article, item.speakers
            batch: list[tuple[str | int, ...]] = [
                (article.id, article.title, a.id, a.tag, a.start, a.end, a.text, a.note, a.annotator, a.created,
                 a.updated, " | ".join(speakers.get(a.id, ())))
                for a in item.annotations
            ]
            if excel:
                batch = [tuple(_excel_safe(v) if isinstance(v, str) else v for v in row) for row in batch]
            writer.writerows(batch)
            rows += len(batch)
        text.flush()
    finally:
        text.detach()  # leave ``out`` open for the caller
    return rows


def write_excel_csv(store: Store, out: BinaryIO, article_id: str | None = None, tag: str | None = None) -> int:
    """CSV for spreadsheets (:func:`write_csv` with ``excel=True``)."""
    return write_csv(store, out, article_id, tag, excel=True)


CSV = Format(
    key="csv", label="CSV",
    for_whom="CSV for data pipelines and scripts (lossless, UTF-8)",
    extension=".csv", write=write_csv,
)
EXCEL = Format(
    key="excel", label="CSV for spreadsheets",
    for_whom="CSV for Excel / LibreOffice (BOM, formulas neutralised; not lossless)",
    extension=".csv", variant_of="csv", write=write_excel_csv,
)
