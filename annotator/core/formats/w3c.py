"""Export as W3C Web Annotation Data Model JSON-LD.

https://www.w3.org/TR/annotation-model/ — each annotation targets its
article with a TextPositionSelector (code-point offsets, as the model
specifies) *and* a TextQuoteSelector (exact, prefix, suffix), so a reader
can re-anchor on a changed copy of the text.  The tag is a ``tagging``
body, a note a ``commenting`` body, each attribute (a quote's kind) a
``classifying`` body named by ``rdfs:label``, and a link to a speaker a
``linking`` body pointing at the speaker's annotation.
"""

from __future__ import annotations

import json
from typing import BinaryIO

from ..model import Annotation, Article
from ..selection import EVERYTHING, Scope, export_timestamp, selected
from ..store import Store
from . import Format

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation_iri(annotation_id: str) -> str:
    return f"urn:uuid:{annotation_id}"


def article_iri(article: Article) -> str:
    """The article's URL when known, else a URN from its id."""
    return article.url or f"urn:uuid:{article.id}"


def to_w3c(article: Article, ann: Annotation, linked_to: list[tuple[str, str]]) -> dict:
    """One Web Annotation for ``ann`` (``linked_to``: (annotation id, link type) pairs)."""
    body: list[dict] = [{"type": "TextualBody", "purpose": "tagging", "value": ann.tag}]
    if ann.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": ann.note})
    for name, value in sorted(ann.attributes.items()):
        body.append({"type": "TextualBody", "purpose": "classifying", "value": value, "rdfs:label": name})
    for target_id, kind in linked_to:
        body.append({"type": "SpecificResource", "purpose": "linking", "source": annotation_iri(target_id),
                     "rdfs:label": kind})
    record = {
        "id": annotation_iri(ann.id),
        "type": "Annotation",
        "motivation": "tagging",
        "created": ann.created,
        "modified": ann.updated,
        "body": body,
        "target": {
            "source": article_iri(article),
            "selector": [
                {"type": "TextPositionSelector", "start": ann.start, "end": ann.end},
                {"type": "TextQuoteSelector", "exact": ann.text, "prefix": ann.prefix, "suffix": ann.suffix},
            ],
        },
    }
    if ann.annotator:
        record["creator"] = {"type": "Person", "name": ann.annotator}
    return record


def write_w3c(store: Store, out: BinaryIO, scope: Scope = EVERYTHING) -> int:
    """An AnnotationCollection with one AnnotationPage holding every annotation."""
    head = {
        "@context": CONTEXT,
        "id": "urn:annotator:export",
        "type": "AnnotationCollection",
        "label": "annotator export",
        "generated": export_timestamp(),
    }
    out.write(json.dumps(head, ensure_ascii=False)[:-1].encode() + b', "first": {"type": "AnnotationPage", "items": [')
    count = 0
    for item in selected(store, scope):
        links: dict[str, list[tuple[str, str]]] = {}
        for r in item.relations:
            links.setdefault(r.from_id, []).append((r.to_id, r.type))
        for ann in item.annotations:
            out.write(b"\n" if count == 0 else b",\n")
            out.write(json.dumps(to_w3c(item.article, ann, links.get(ann.id, [])), ensure_ascii=False).encode())
            count += 1
    out.write(f'\n]}}, "total": {count}}}\n'.encode())
    return count


W3C = Format(
    key="w3c", label="W3C Web Annotation",
    for_whom="W3C Web Annotation JSON-LD (Hypothesis-style tools, archives)",
    extension=".jsonld", write=write_w3c,
)
