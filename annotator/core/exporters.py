"""Writing annotations out, in every format a newsroom or a data team needs.

The formats themselves are modules of :mod:`annotator.core.formats`, listed
in :mod:`annotator.core.registry`; this module runs one of them over a
selection.  The formats are contracts that other people's scripts rely on
(see the README).  Rows are streamed article by article, so memory is
bounded by the largest article, not by the corpus.  Files are written
atomically (:func:`~annotator.core.atomic.atomic_file`).
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from .annotator_v1 import FORMAT_NAME, article_record
from .atomic import atomic_file
from .errors import ExportError
from .formats.csv import CSV_COLUMNS
from .registry import export_format
from .selection import check_selection
from .store import Store

__all__ = ["CSV_COLUMNS", "FORMAT_NAME", "article_record", "atomic_file", "export", "export_to_file"]

_EXCEL = "excel"  # the variant --excel chooses


def export(
    store: Store, fmt: str, out: BinaryIO, article_id: str | None = None, tag: str | None = None,
    excel: bool = False,
) -> int:
    """Write a stream format to ``out``; returns the number of annotations written."""
    chosen = export_format(fmt)
    if chosen.folder:
        raise ExportError(f"The {fmt} format is a folder of files: give it one with -o FOLDER.")
    if excel:
        try:
            chosen = export_format(fmt, _EXCEL)
        except ExportError:
            raise ExportError("--excel only applies to CSV (for Excel itself, use --format xlsx).") from None
    check_selection(store, article_id, tag)
    assert chosen.write is not None
    return chosen.write(store, out, article_id, tag)


def export_to_file(
    store: Store, fmt: str, path: str | Path, article_id: str | None = None, tag: str | None = None,
    excel: bool = False,
) -> int:
    """Export to ``path`` (a file, or a folder for brat); returns the number of annotations written."""
    chosen = export_format(fmt)  # an unknown format is refused before any file is created
    if chosen.folder:
        if excel:
            raise ExportError("--excel only applies to CSV.")
        check_selection(store, article_id, tag)
        assert chosen.write is not None
        return chosen.write(store, path, article_id, tag)
    with atomic_file(path) as fh:
        return export(store, fmt, fh, article_id, tag, excel)
