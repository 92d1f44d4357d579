"""JSON Lines: one annotator.v1 article object per line (data pipelines); importable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

from ..annotator_v1 import MAX_JSON_BYTES, article_json_parts, import_object
from ..errors import ImportRefused
from ..reading import ImportOutcome, json_problem, read_bytes
from ..selection import EVERYTHING, Scope, selected_rows
from ..store import Store
from . import Format


def write_jsonl(store: Store, out: BinaryIO, scope: Scope = EVERYTHING) -> int:
    """One annotator.v1 article object per line (for data pipelines); returns annotations written."""
    count = 0
    for item in selected_rows(store, scope, "v1", relations=True):
        for part in article_json_parts(item.article, item.rows, item.relations):
            out.write(part.encode("utf-8"))
        out.write(b"\n")
        count += len(item.rows)
    return count


def _jsonl_as_document(data: bytes, name: str) -> dict:
    """JSON Lines (one annotator.v1 article per line) as one annotator.v1 document."""
    if len(data) > MAX_JSON_BYTES:
        raise ImportRefused("%1 is larger than %2 MiB; JSON files that large are refused.", name,
                            MAX_JSON_BYTES // 2**20)
    try:
        lines = [line for line in data.decode("utf-8-sig").split("\n") if line.strip()]
    except UnicodeDecodeError:
        raise ImportRefused("%1 is not UTF-8.", name) from None
    articles = []
    for number, line in enumerate(lines, start=1):
        try:
            articles.append(json.loads(line))
        except RecursionError:
            raise ImportRefused("%1, line %2: nested too deeply to be annotator JSON.", name, number) from None
        except ValueError as exc:
            raise ImportRefused("%1, line %2: not JSON (%3).", name, number, json_problem(exc)) from None
    return {"format": "annotator.v1", "articles": articles}


def _import_jsonl(store: Store, path: Path, encoding: str | None = None) -> list[ImportOutcome]:
    document = _jsonl_as_document(read_bytes(path, MAX_JSON_BYTES), path.name)
    return import_object(store, document, path.name).outcomes(path)


JSONL = Format(
    key="jsonl", label="JSON Lines",
    for_whom="JSON Lines, one article per line (data pipelines)",
    extension=".jsonl", write=write_jsonl,
    suffixes=(".jsonl",), import_file=_import_jsonl,
)
