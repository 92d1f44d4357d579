"""Writing annotations out, in every format a newsroom or a data team needs.

The formats themselves are modules of :mod:`annotator.core.formats`, listed
in :mod:`annotator.core.registry`; this module runs one of them over a
selection.  The formats are contracts that other people's scripts rely on
(see the README).  Rows are streamed article by article, so memory is
bounded by the largest article, not by the corpus.  Files are written
atomically (:func:`~annotator.core.atomic.atomic_file`).

An export can have something to say besides the count it returns: the xlsx
writer cuts cells longer than Excel's limit, and says how many.  Pass a list
as ``notices`` and such sentences are appended to it, each complete and ready
to be shown (the command line prints them on stderr; the window can show
them after "Exported N annotations").  A writer that has something to say
declares a ``notices`` keyword parameter.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .annotator_v1 import FORMAT_NAME, article_record
from .atomic import atomic_file
from .errors import ExportError
from .formats.csv import CSV_COLUMNS
from .registry import export_format
from .selection import Scope, check_selection
from .store import Store

__all__ = ["CSV_COLUMNS", "FORMAT_NAME", "article_record", "atomic_file", "export", "export_to_file"]

_EXCEL = "excel"  # the variant --excel chooses


def _run(write: Callable[..., int] | None, store: Store, out: object, scope: Scope,
         notices: list[str] | None) -> int:
    assert write is not None
    if notices is not None and "notices" in inspect.signature(write).parameters:
        return write(store, out, scope, notices=notices)
    return write(store, out, scope)


def export(
    store: Store, fmt: str, out: BinaryIO, article_id: str | None = None, tag: str | None = None,
    excel: bool = False, notices: list[str] | None = None, *, annotator: str | None = None, curated: bool = False,
) -> int:
    """Write a stream format to ``out``; returns the number of annotations written.

    ``notices``, when given, receives any sentence the export wants the user
    to read (see the module docstring).  ``annotator`` keeps one person's
    spans, ``curated`` only the curated layer.
    """
    scope = Scope(article_id, tag, annotator, curated)
    chosen = export_format(fmt)
    if chosen.folder:
        raise ExportError("The %1 format is a folder of files: give it one with -o FOLDER.", fmt)
    if excel:
        try:
            chosen = export_format(fmt, _EXCEL)
        except ExportError:
            raise ExportError("--excel only applies to CSV (for Excel itself, use --format xlsx).") from None
    check_selection(store, scope)
    return _run(chosen.write, store, out, scope, notices)


def export_to_file(
    store: Store, fmt: str, path: str | Path, article_id: str | None = None, tag: str | None = None,
    excel: bool = False, notices: list[str] | None = None, *, annotator: str | None = None, curated: bool = False,
) -> int:
    """Export to ``path`` (a file, or a folder for brat); returns the number of annotations written.

    ``notices``, when given, receives any sentence the export wants the user
    to read (see the module docstring); ``annotator`` and ``curated`` as for :func:`export`.
    """
    scope = Scope(article_id, tag, annotator, curated)
    chosen = export_format(fmt)  # an unknown format is refused before any file is created
    if chosen.folder:
        if excel:
            raise ExportError("--excel only applies to CSV.")
        check_selection(store, scope)
        return _run(chosen.write, store, path, scope, notices)
    with atomic_file(path) as fh:
        return export(store, fmt, fh, article_id, tag, excel, notices, annotator=annotator, curated=curated)
