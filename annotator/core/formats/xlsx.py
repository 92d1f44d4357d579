"""Export a real Excel workbook (openpyxl) that a reporter can double-click.

Every cell is stored as text, so nothing can run as a formula; the sheet is
set right-to-left when the articles are Arabic; the header is frozen and the
columns have useful widths.  Rows stream through openpyxl's write-only mode.
The file is made reproducible (fixed zip timestamps, document dates = the
export time) so the window and the command line write the same bytes.
Control characters XML cannot hold (vertical tab, form feed, …) are written
as U+FFFD: the workbook is for reading; CSV and JSON stay lossless.  Excel
holds at most 32,767 characters in a cell and silently drops the rest of a
longer one: such cells are cut here, visibly (they end in a "[cut: …]"
marker), and the export says how many (``notices``).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from datetime import datetime
from typing import BinaryIO

from ..errors import Message
from ..selection import EVERYTHING, Scope, export_timestamp, selected
from ..store import Store
from . import Format

COLUMNS = ("article_title", "tag", "text", "speaker", "note", "attributes", "start", "end", "annotator", "created",
           "updated", "article_id", "annotation_id")
#: The most characters (UTF-16 code units, as Excel counts) a cell can hold.
CELL_LIMIT = 32_767


def _units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _marker(dropped: int, limit: int) -> str:
    return f" … [cut: {dropped:,} more characters; a cell holds {limit:,}]"


def cut_to_cell(text: str, limit: int = CELL_LIMIT) -> str | None:
    """``text`` cut to ``limit`` UTF-16 code units with a visible marker, or None if it fits."""
    if len(text) <= limit // 2 or _units(text) <= limit:
        return None
    room = limit - _units(_marker(len(text), limit))  # the marker can only get shorter than this one
    units = end = 0
    while units + (2 if ord(text[end]) > 0xFFFF else 1) <= room:  # ends: text is longer than the room
        units += 2 if ord(text[end]) > 0xFFFF else 1
        end += 1
    while end > 0 and unicodedata.category(text[end]).startswith("M"):  # not between a letter and its harakat
        end -= 1
    return text[:end] + _marker(len(text) - end, limit)


WIDTHS = {"article_title": 40, "tag": 12, "text": 70, "speaker": 24, "note": 40, "attributes": 18, "start": 8, "end": 8,
          "annotator": 16, "created": 24, "updated": 24, "article_id": 38, "annotation_id": 38}


def write_xlsx(store: Store, out: BinaryIO, scope: Scope = EVERYTHING,
               notices: list[str] | None = None) -> int:
    """Write the workbook to ``out``; returns the number of annotation rows.

    Cells longer than Excel's limit are cut with a visible marker; when any
    were, a sentence saying how many is appended to ``notices`` (if given).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    languages = [a.language for a in store.articles() if scope.article_id is None or a.id == scope.article_id]
    arabic = languages.count("ar") * 2 >= len(languages) > 0
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("annotations")
    ws.sheet_view.rightToLeft = arabic
    ws.freeze_panes = "A2"
    for i, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS[name]
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    cut = 0

    def text_cell(value: object, **style: object) -> WriteOnlyCell:
        nonlocal cut
        text = "" if value is None else str(value)
        shorter = cut_to_cell(text)
        if shorter is not None:
            text = shorter
            cut += 1
        # XML cannot carry most control characters (a vertical tab, a form
        # feed): they are shown as U+FFFD rather than failing the export.
        cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", text))
        cell.data_type = "s"  # text, always: "=1+1" stays the characters = 1 + 1
        for key, val in style.items():
            setattr(cell, key, val)
        return cell

    ws.append([text_cell(name, font=bold) for name in COLUMNS])
    rows = 0
    for item in selected(store, scope):
        article = item.article
        for a in item.annotations:
            values = {
                "article_title": article.title, "tag": a.tag, "text": a.text,
                "speaker": " | ".join(item.speakers.get(a.id, ())), "note": a.note,
                # for people reading a sheet: "kind: direct; verdict: false"
                "attributes": "; ".join(f"{k}: {v}" for k, v in sorted(a.attributes.items())), "start": a.start,
                "end": a.end, "annotator": a.annotator, "created": a.created, "updated": a.updated,
                "article_id": article.id, "annotation_id": a.id,
            }
            ws.append([text_cell(values[name], alignment=wrap) if name in ("text", "note")
                       else text_cell(values[name]) for name in COLUMNS])
            rows += 1
    stamp = datetime.fromisoformat(export_timestamp().replace("Z", "+00:00")).replace(tzinfo=None, microsecond=0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "annotator"
    buffer = io.BytesIO()
    wb.save(buffer)
    out.write(_reproducible_zip(buffer.getvalue(), stamp))
    if cut == 1 and notices is not None:
        notices.append(Message("1 cell longer than Excel's limit of %1 characters was cut (marked \"[cut: …]\"); CSV "
                               "and JSON exports keep the whole text.", f"{CELL_LIMIT:,}"))
    elif cut and notices is not None:
        notices.append(Message("%1 cells longer than Excel's limit of %2 characters were cut (marked \"[cut: …]\"); "
                               "CSV and JSON exports keep the whole text.", cut, f"{CELL_LIMIT:,}"))
    return rows


def _reproducible_zip(data: bytes, stamp: datetime) -> bytes:
    """The same archive with every entry dated ``stamp`` (zip dates start in 1980)."""
    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(data))
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps "modified" with the clock at save time, whatever we set.
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + iso + rb"\g<2>",
                                 content)
            clone = zipfile.ZipInfo(info.filename, date_time=when)
            clone.compress_type = zipfile.ZIP_DEFLATED
            clone.external_attr = info.external_attr
            target.writestr(clone, content)
    return result.getvalue()


XLSX = Format(
    key="xlsx", label="Excel workbook",
    for_whom="Excel workbook (.xlsx): every cell text, right-to-left for Arabic",
    extension=".xlsx", binary=True, write=write_xlsx,
)
