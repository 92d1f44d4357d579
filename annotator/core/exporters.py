"""Writing annotations out, in every format a newsroom or a data team needs.

CSV (lossless, or for spreadsheets), annotator.v1 JSON and JSON Lines live
here; the workbook (``xlsx``), W3C Web Annotation (``w3c``), spaCy training
data (``spacy``) and brat standoff (``brat``) in their own modules.  The
formats are contracts that other people's scripts rely on (see the README).
Rows are streamed article by article, so memory is bounded by the largest
article, not by the corpus.  Files are written atomically: to a temporary
file beside the target, flushed to disk, then renamed over it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import ExportError
from .model import Annotation, Article
from .selection import check_selection, export_timestamp, selected
from .store import Store

FORMAT_NAME = "annotator.v1"

CSV_COLUMNS = (
    "article_id", "article_title", "annotation_id", "tag", "start", "end", "text",
    "note", "annotator", "created", "updated", "speaker",
)
# A spreadsheet runs a cell starting with one of these as a formula.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _excel_safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_TRIGGERS) else value


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
            batch = [
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


def article_record(article: Article, annotations: list[Annotation], relations: list) -> dict:
    """The annotator.v1 JSON object for one article."""
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "authors": article.authors,
        "url": article.url,
        "published": article.published,
        "language": article.language,
        "dateline": article.dateline,
        "text": article.text,
        "text_sha256": article.text_sha256,
        "annotations": [
            {
                "id": a.id, "tag": a.tag, "start": a.start, "end": a.end, "text": a.text,
                "prefix": a.prefix, "suffix": a.suffix, "note": a.note, "annotator": a.annotator,
                "created": a.created, "updated": a.updated,
            }
            for a in annotations
        ],
        "relations": [
            {"id": r.id, "type": r.type, "from": r.from_id, "to": r.to_id} for r in relations
        ],
    }


def write_json(store: Store, out: BinaryIO, article_id: str | None = None, tag: str | None = None) -> int:
    """Write one annotator.v1 JSON document to the binary stream ``out``.

    Each article is serialised on its own line inside the ``articles`` array,
    so the output streams and stays diff-friendly.  Returns the number of
    annotations written.
    """
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=False)
    try:
        tags = [{"name": t.name, "label": t.label, "color": t.color, "key": t.key, "role": t.role}
                for t in store.tags()]
        head = {"format": FORMAT_NAME, "exported": export_timestamp(), "tags": tags}
        text.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "articles": [')
        count = 0
        first = True
        for item in selected(store, article_id, tag):
            text.write("\n" if first else ",\n")
            text.write(json.dumps(article_record(item.article, item.annotations, item.relations), ensure_ascii=False))
            count += len(item.annotations)
            first = False
        text.write("\n]}\n")
        text.flush()
    finally:
        text.detach()
    return count


def write_jsonl(store: Store, out: BinaryIO, article_id: str | None = None, tag: str | None = None) -> int:
    """One annotator.v1 article object per line (for data pipelines); returns annotations written."""
    count = 0
    for item in selected(store, article_id, tag):
        record = article_record(item.article, item.annotations, item.relations)
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        count += len(item.annotations)
    return count


#: Formats written to one stream (stdout or a file).
STREAM_FORMATS = ("csv", "json", "jsonl", "xlsx", "w3c", "spacy")
#: Formats written as a folder of files.
FOLDER_FORMATS = ("brat",)
FORMATS = STREAM_FORMATS + FOLDER_FORMATS
#: The file extension each stream format is usually saved with.
EXTENSIONS = {"csv": ".csv", "json": ".json", "jsonl": ".jsonl", "xlsx": ".xlsx", "w3c": ".jsonld",
              "spacy": ".jsonl"}


def _writer(fmt: str):
    if fmt == "csv":
        return write_csv
    if fmt == "json":
        return write_json
    if fmt == "jsonl":
        return write_jsonl
    if fmt == "xlsx":
        from .xlsx import write_xlsx

        return write_xlsx
    if fmt == "w3c":
        from .w3c import write_w3c

        return write_w3c
    if fmt == "spacy":
        from .spacy_format import write_spacy

        return write_spacy
    raise ExportError(f"Unknown export format '{fmt}' (choose from {', '.join(FORMATS)}).")


def export(
    store: Store, fmt: str, out: BinaryIO, article_id: str | None = None, tag: str | None = None,
    excel: bool = False,
) -> int:
    """Write a stream format to ``out``; returns the number of annotations written."""
    if fmt in FOLDER_FORMATS:
        raise ExportError(f"The {fmt} format is a folder of files: give it one with -o FOLDER.")
    writer = _writer(fmt)
    if excel and fmt != "csv":
        raise ExportError("--excel only applies to CSV (for Excel itself, use --format xlsx).")
    check_selection(store, article_id, tag)
    if fmt == "csv":
        return write_csv(store, out, article_id, tag, excel=excel)
    return writer(store, out, article_id, tag)


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it back at once
    os.umask(mask)
    return mask


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success, rename it over ``path``.

    If anything fails — a full disk, a crash in the writer — the temporary
    file is removed and any existing file at ``path`` is left untouched.  A
    symbolic link is followed (the file it points to is replaced, the link
    stays); a device or pipe (``/dev/stdout``, a FIFO) is written to directly,
    since renaming over it would replace it.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name to export to.")
    if path.exists() and not path.is_file():  # follows links: /dev/stdout -> a pipe or a terminal
        yield from _write_directly(path)
        return
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points to; the link stays
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except FileNotFoundError:
        reason = "does not exist" if not folder.exists() else "does not accept new files"
        raise ExportError(f"Cannot write {path}: the folder {folder} {reason}.") from None
    except PermissionError:
        raise ExportError(f"Cannot write {path}: the folder {folder} is not writable.") from None
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            # mkstemp makes the file private (0600); give the export the mode a
            # newly created file would get under the user's umask, or keep the
            # mode of the file it replaces.
            if hasattr(os, "fchmod"):  # not on Windows, where 0600 does not apply
                os.fchmod(fh.fileno(), path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}. Nothing was written.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_directly(path: Path) -> Iterator[BinaryIO]:
    try:
        with path.open("wb") as fh:
            yield fh
            fh.flush()
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from None


def export_to_file(
    store: Store, fmt: str, path: str | Path, article_id: str | None = None, tag: str | None = None,
    excel: bool = False,
) -> int:
    """Export to ``path`` (a file, or a folder for brat); returns the number of annotations written."""
    if fmt in FOLDER_FORMATS:
        if excel:
            raise ExportError("--excel only applies to CSV.")
        check_selection(store, article_id, tag)
        from .brat import export_brat

        return export_brat(store, path, article_id, tag)
    _writer(fmt)  # an unknown format is refused before any file is created
    with atomic_file(path) as fh:
        return export(store, fmt, fh, article_id, tag, excel)

