"""annotator.v1 JSON: one document, complete, and read back by ``annotator import``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

from ..annotator_v1 import FORMAT_NAME, MAX_JSON_BYTES, article_json_parts, import_document
from ..reading import ImportOutcome, read_bytes
from ..selection import EVERYTHING, Scope, export_timestamp, selected_rows
from ..store import Store
from . import Format


def write_json(store: Store, out: BinaryIO, scope: Scope = EVERYTHING) -> int:
    """Write one annotator.v1 JSON document to the binary stream ``out``.

    Each article is serialised on its own line inside the ``articles`` array,
    so the output streams and stays diff-friendly.  Returns the number of
    annotations written.
    """
    tags = [{"name": t.name, "label": t.label, "color": t.color, "key": t.key, "role": t.role} for t in store.tags()]
    head = {"format": FORMAT_NAME, "exported": export_timestamp(), "tags": tags}
    out.write((json.dumps(head, ensure_ascii=False)[:-1] + ', "articles": [').encode("utf-8"))
    count = 0
    separator = b"\n"
    for item in selected_rows(store, scope, "v1", relations=True):
        out.write(separator)
        for part in article_json_parts(item.article, item.rows, item.relations):
            out.write(part.encode("utf-8"))
        count += len(item.rows)
        separator = b",\n"
    out.write(b"\n]}\n")
    return count


def _import_json(store: Store, path: Path, encoding: str | None = None) -> list[ImportOutcome]:
    return import_document(store, read_bytes(path, MAX_JSON_BYTES), path.name).outcomes(path)


JSON = Format(
    key="json", label="JSON (annotator.v1)",
    for_whom="JSON, annotator.v1 (complete: text, annotations, links; File → Import reads it back)",
    extension=".json", write=write_json,
    suffixes=(".json",), import_file=_import_json,
)
