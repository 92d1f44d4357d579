"""Every exchange format, listed once.

:data:`FORMATS` is the single place formats are enumerated; the command
line's ``--format`` choices and help, the window's export dialog, the
import dialog's file filter and the importer's choice of reader all derive
from it.  Adding a format is one module in :mod:`annotator.core.formats`
declaring a :class:`~annotator.core.formats.Format`, plus one line here.
The lookups read :data:`FORMATS` when they are called.
"""

from __future__ import annotations

from .errors import ExportError, Message
from .formats import (
    Format,
    brat,
    claimreview,
    csv,
    docx,
    html,
    json,
    jsonl,
    markdown,
    pdf,
    plain_text,
    spacy,
    w3c,
    xlsx,
)

#: In this order in the export dialog and ``--format``'s choices.
FORMATS: list[Format] = [
    csv.CSV,
    csv.EXCEL,
    xlsx.XLSX,
    json.JSON,
    jsonl.JSONL,
    w3c.W3C,
    brat.BRAT,
    spacy.SPACY,
    claimreview.CLAIMREVIEW,
    plain_text.TEXT,
    markdown.MARKDOWN,
    html.HTML,
    docx.DOCX,
    pdf.PDF,
]
#: ``annotator export`` without ``--format``.
DEFAULT_EXPORT = "csv"
#: Reads any file whose ending no format claims.
FALLBACK_READER = "text"


def export_formats() -> list[Format]:
    """Every format that can be written, variants included (the export dialog's choices)."""
    return [f for f in FORMATS if f.write is not None]


def export_keys() -> list[str]:
    """``--format``'s choices: the writable formats that are not variants of another."""
    return [f.key for f in export_formats() if not f.variant_of]


def export_help() -> str:
    """``--format``'s help: ``csv (default), …, brat (a folder: needs -o), …``."""
    notes = []
    for key in export_keys():
        f = find(key)
        note = " (default)" if key == DEFAULT_EXPORT else " (a folder: needs -o)" if f.folder else ""
        notes.append(key + note)
    return ", ".join(notes)


def find(key: str) -> Format:
    """The format called ``key`` (KeyError if there is none)."""
    for f in FORMATS:
        if f.key == key:
            return f
    raise KeyError(key)


def export_format(key: str, variant: str | None = None) -> Format:
    """The writable format ``--format KEY [--VARIANT]`` names; an unknown one is an :class:`ExportError`."""
    base = next((f for f in export_formats() if f.key == key and not f.variant_of), None)
    if base is None:
        raise ExportError("Unknown export format '%1' (choose from %2).", key, ", ".join(export_keys()))
    if variant is None:
        return base
    chosen = next((f for f in export_formats() if f.key == variant and f.variant_of == key), None)
    if chosen is None:
        raise ExportError("The %1 format has no %2 variant.", key, variant)
    return chosen


def import_formats() -> list[Format]:
    """Every format that can be read."""
    return [f for f in FORMATS if f.read_article is not None or f.import_file is not None]


def import_suffixes() -> frozenset[str]:
    """The file endings File → Import offers ("" is a file without one, read as text)."""
    return frozenset(s for f in import_formats() for s in f.suffixes)


def annotation_suffixes() -> frozenset[str]:
    """Endings of files that carry their own annotations (annotator.v1 JSON, brat .ann)."""
    return frozenset(s for f in import_formats() if f.import_file is not None for s in f.suffixes)


def import_filter() -> Message:
    """The import dialog's file filter: ``Articles (*.ann *.docx …);;All files (*)``."""
    patterns = " ".join(f"*{s}" for s in sorted(import_suffixes()) if s)
    return Message("Articles (%1);;All files (*)", patterns)


def reader_for(suffix: str) -> Format:
    """The format that reads a file ending in ``suffix`` (plain text when none claims it)."""
    suffix = suffix.lower()
    for f in import_formats():
        if suffix in f.suffixes:
            return f
    return find(FALLBACK_READER)
