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

from ..selection import EVERYTHING, Scope, selected_rows
from ..store import Store
from . import Format

CSV_COLUMNS = (
    "article_id", "article_title", "annotation_id", "tag", "start", "end", "text",
    "note", "annotator", "created", "updated", "speaker", "attributes",
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


def _quoted(cell: str) -> str:
    """One cell as :func:`csv.writer` writes it here: quoted when it holds ``"``, ``,``, CR or LF."""
    if '"' in cell or "," in cell or "\r" in cell or "\n" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _cells(rows: list[tuple]) -> list[str] | None:
    """Rows as :func:`csv.writer` writes them (without line ends), column by column; or None.

    The csv module looks at every character of every cell; here a column
    whose cells hold none of the four characters that need quotes (one scan
    of the column) is written as it is, and only the others go through
    :func:`_quoted`.  ``int`` cells are written as ``str`` writes them, as
    the csv module does.  None when a cell is anything else (a hand-edited
    database can hold a real number or a blob): the csv module writes those.
    """
    columns: list = list(zip(*rows))
    for n, column in enumerate(columns):
        kinds = set(map(type, column))
        if kinds == {int}:
            columns[n] = map(str, column)
        elif kinds != {str}:
            return None
        else:
            joined = "".join(column)
            if '"' in joined or "," in joined or "\r" in joined or "\n" in joined:
                columns[n] = map(_quoted, column)
    return list(map(",".join, zip(*columns)))


def _cells_match_the_csv_module() -> bool:
    """Whether :func:`_cells` writes what :func:`csv.writer` writes, for every ASCII character and
    the Unicode line breaks, alone, inside and around a cell (a future Python could quote otherwise)."""
    sink = _Lines()
    writer = csv.writer(sink, lineterminator=_EOL)
    probes = [chr(c) for c in range(128)] + ["\x85", "\u2028", "\u2029", "\xa0", "\ufeff", "\u3000", "", "😀"]
    rows = [(c, f"a{c}b", f"{c}x", f"x{c}", "", 5, f"{c}{c}") for c in probes]
    writer.writerows(rows)
    return _cells(rows) == [line[: -len(_EOL)] for line in sink.lines]


_FAST = _cells_match_the_csv_module()


def write_csv(
    store: Store, out: BinaryIO, scope: Scope = EVERYTHING, excel: bool = False
) -> int:
    """Write one CSV row per annotation to the binary stream ``out``.

    Plain CSV is lossless: UTF-8, RFC 4180 quoting, every cell as stored.
    ``excel=True`` adds a UTF-8 BOM and neutralises cells a spreadsheet would
    run as formulas by prefixing an apostrophe — friendly, but not lossless.
    Returns the number of annotation rows.

    Rows come from SQLite as tuples (:func:`~annotator.core.selection.selected_rows`).
    The csv module quotes each cell on its own, so an article's two cells
    (id, title) are written once and put in front of each of its lines, and
    the other cells are written column by column (:func:`_cells`) when that
    gives what the csv module gives (checked once, :func:`_cells_match_the_csv_module`).
    """
    sink = _Lines()
    lines = sink.lines
    writer = csv.writer(sink, lineterminator=_EOL)
    writer.writerow(CSV_COLUMNS)
    out.write((("\ufeff" if excel else "") + lines.pop()).encode("utf-8"))
    rows = 0
    for item in selected_rows(store, scope, "csv", speakers=True):
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
            chunk = batch[start:start + _CHUNK]
            cells = _cells(chunk) if _FAST and not excel else None
            if cells is not None:
                text = prefix + (_EOL + prefix).join(cells) + _EOL
            else:
                lines.append("")  # so that the prefix goes before the first line too
                writer.writerows(chunk)
                text = prefix.join(lines)
                lines.clear()
            out.write(text.encode("utf-8"))
        rows += len(batch)
    return rows


def _fill_speakers(rows: list[tuple], speakers: dict[str, list[str]]) -> None:
    """Put each row's speakers in its speaker cell (next to last, blank as read), in place;
    rows start with their id."""
    position = dict(zip(map(itemgetter(0), rows), range(len(rows))))
    for annotation_id, texts in speakers.items():
        n = position.get(annotation_id)
        if n is not None:  # None: a quote the --tag filter left out
            row = rows[n]
            rows[n] = (*row[:-2], " | ".join(texts), row[-1])


def write_excel_csv(store: Store, out: BinaryIO, scope: Scope = EVERYTHING) -> int:
    """CSV for spreadsheets (:func:`write_csv` with ``excel=True``)."""
    return write_csv(store, out, scope, excel=True)


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
