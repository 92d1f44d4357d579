"""Export spans for spaCy training data, without depending on spaCy.

One JSON object per line: ``{"text": ..., "spans": [{"start", "end", "label", ...}], "meta": {...}}``.
Offsets are code points — exactly what ``Doc.char_span(start, end, label=...)``
takes — so::

    doc = nlp.make_doc(record["text"])
    doc.spans["sc"] = [doc.char_span(s["start"], s["end"], label=s["label"], alignment_mode="expand")
                       for s in record["spans"]]

builds a ``Doc`` for a ``DocBin``.  Spans may overlap (a speaker inside a
quote), so they go in ``doc.spans`` (span categorisation), not ``doc.ents``.
A span with attributes (a quote's kind) carries them as ``"attributes"``.
"""

from __future__ import annotations

import json
from typing import BinaryIO

from ..selection import EVERYTHING, Scope, selected
from ..store import Store
from . import Format


def write_spacy(store: Store, out: BinaryIO, scope: Scope = EVERYTHING) -> int:
    """One line per article; returns the number of spans written."""
    count = 0
    for item in selected(store, scope):
        record = {
            "text": item.article.text,
            "spans": [
                {"start": a.start, "end": a.end, "label": a.tag.upper(), "text": a.text, "id": a.id,
                 **({"attributes": a.attributes} if a.attributes else {})}
                for a in item.annotations
            ],
            "meta": {"article_id": item.article.id, "title": item.article.title,
                     "language": item.article.language},
        }
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        count += len(item.annotations)
    return count


SPACY = Format(
    key="spacy", label="spaCy spans",
    for_whom="spaCy training spans (JSON Lines)",
    extension=".jsonl", write=write_spacy,
)
