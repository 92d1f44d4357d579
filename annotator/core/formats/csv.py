"""CSV: lossless for pipelines, or (``--excel``) friendly to spreadsheets.

One row per annotation, a header row, UTF-8, RFC 4180 quoting.  Two formats
live here because they are one writer: ``csv`` (every cell as stored) and
``excel`` (``--format csv --excel``: a BOM and formula-like cells
neutralised — not lossless).
"""

from __future__ import annotations

import csv
from operator import itemgetter
from typing import BinaryIO

import regex

from ..selection import selected_rows
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


_EOL = "\r\n"  # RFC 4180's line end
#: Rows handed to the csv module and written at a time: small pieces of text reuse the
#: same memory, where one string per article would take fresh pages every time.
_CHUNK = 200


class _Lines:
    """A file-like sink for :func:`csv.writer` that keeps each written line in a list."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.write = self.lines.append


def write_csv(
    store: Store, out: BinaryIO, article_id: str | None = None, tag: str | None = None, excel: bool = False
) -> int:
    """Write one CSV row per annotation to the binary stream ``out``.

    Plain CSV is lossless: UTF-8, RFC 4180 quoting, every cell as stored.
    ``excel=True`` adds a UTF-8 BOM and neutralises cells a spreadsheet would
    run as formulas by prefixing an apostrophe — friendly, but not lossless.
    Returns the number of annotation rows.

    Rows come from SQLite as tuples (:func:`~annotator.core.selection.selected_rows`).
    The csv module quotes each cell on its own, so an article's two cells
    (id, title) are written once and put in front of each of its lines.
    """
    sink = _Lines()
    lines = sink.lines
    writer = csv.writer(sink, lineterminator=_EOL)
    writer.writerow(CSV_COLUMNS)
    out.write((("\ufeff" if excel else "") + lines.pop()).encode("utf-8"))
    rows = 0
    for item in selected_rows(store, article_id, tag, "csv", speakers=True):
        batch = item.rows
        if not batch:
            continue
        if item.speakers:
            _fill_speakers(batch, item.speakers)
        head = [item.article.id, item.article.title]
        if excel:
            head = [_excel_safe(v) for v in head]
            batch = [tuple(_excel_safe(v) if isinstance(v, str) else v for v in row) for row in batch]
        writer.writerow(head)
        prefix = lines.pop()[: -len(_EOL)] + ","  # "id,title" without its line end
        for start in range(0, len(batch), _CHUNK):
            lines.append("")  # so that the prefix goes before the first line too
            writer.writerows(batch[start:start + _CHUNK])
            out.write(prefix.join(lines).encode("utf-8"))
            lines.clear()
        rows += len(batch)
    return rows


def _fill_speakers(rows: list[tuple], speakers: dict[str, list[str]]) -> None:
    """Put each row's speakers in its last cell (blank as read), in place; rows start with their id."""
    position = dict(zip(map(itemgetter(0), rows), range(len(rows))))
    for annotation_id, texts in speakers.items():
        n = position.get(annotation_id)
        if n is not None:  # None: a quote the --tag filter left out
            rows[n] = (*rows[n][:-1], " | ".join(texts))


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
