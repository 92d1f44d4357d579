"""annotator.v1, the project's own JSON model: article records out, documents in.

Shared by the ``json`` and ``jsonl`` formats.  Importing is the round trip
of ``annotator export --format json``.
Articles and annotations come back with their ids.  Where the database
already holds the article (same id, or the same text), annotations are placed
by their offsets when the text is identical, and re-anchored by their quote
and context when it is not; those that cannot be placed are reported by id
and text — never dropped silently, never placed by guess.  The whole file is
checked before anything is written and imported in one transaction, so a
malformed file changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from json.encoder import encode_basestring  # what json.dumps(..., ensure_ascii=False) escapes strings with
from pathlib import Path

from .errors import ImportRefused, Message, listed
from .model import (
    ATTRIBUTED_TO,
    DEFAULT_COLOR,
    TAG_ROLES,
    Annotation,
    Article,
    Relation,
    Tag,
    attributes_problem,
    inferred_role,
    new_id,
    now_iso,
    parse_attributes,
)
from .model import TAG_NAME as _TAG_NAME
from .reading import ImportOutcome, check_identifier, check_text, has_surrogate, json_problem, shown
from .store import Store
from .text import QuoteSelector, canonicalize, quote_selector, reanchor, sha256_hex

FORMAT_NAME = "annotator.v1"

#: Larger JSON is refused before it is parsed: parsed JSON takes several
#: times its size in memory, and 64 MiB holds tens of thousands of articles.
MAX_JSON_BYTES = 64 * 1024 * 1024


#: An annotation's keys in annotator.v1, in the order they are written.
ANNOTATION_KEYS = ("id", "tag", "start", "end", "text", "prefix", "suffix", "note", "annotator", "created", "updated")
# One annotation as json.dumps writes its dict: the keys in order, ", " and ": " between.
_ANNOTATION_JSON = "{" + ", ".join(f'"{key}": %s' for key in ANNOTATION_KEYS) + "}"
_TEXT_KEYS = tuple(n for n, key in enumerate(ANNOTATION_KEYS) if key not in ("start", "end"))
_NUMBER_KEYS = (ANNOTATION_KEYS.index("start"), ANNOTATION_KEYS.index("end"))


#: The optional last keys of an annotation: written only when it has attributes, or is curated.
ATTRIBUTES_KEY = "attributes"
CURATED_KEY = "curated"


def _optional_keys(attributes: str | None, curated: object) -> dict:
    """The optional keys of an annotation from its stored attributes and curated mark."""
    keys: dict = {}
    parsed = parse_attributes(attributes) if attributes else {}
    if parsed:
        keys[ATTRIBUTES_KEY] = parsed
    if curated:
        keys[CURATED_KEY] = True
    return keys


def _annotation_from_row(row: tuple) -> dict:
    """An annotation's object from a row of :data:`ANNOTATION_KEYS`, the stored attributes and the curated mark."""
    record = dict(zip(ANNOTATION_KEYS, row))
    record.update(_optional_keys(*row[len(ANNOTATION_KEYS):len(ANNOTATION_KEYS) + 2]))
    return record


def article_record_from_rows(article: Article, rows: list[tuple], relations: list[Relation]) -> dict:
    """:func:`article_record` from annotation rows: :data:`ANNOTATION_KEYS`' columns in order, then the
    stored attributes (JSON text, "" for none) — the same dict."""
    record = article_record(article, [], relations)
    record["annotations"] = list(map(_annotation_from_row, rows))
    return record


#: Annotations written as one piece of text by :func:`article_json_parts`: small pieces
#: reuse the same memory, where one string per article would take fresh pages every time.
JSON_CHUNK = 200


def article_json_parts(article: Article, rows: list[tuple], relations: list[Relation]) -> list[str]:
    """``json.dumps(article_record_from_rows(...), ensure_ascii=False)`` in pieces, character for character.

    ``"".join`` of the pieces is that text; written one by one, they need no
    string as long as the article.  The annotations are the bulk of an
    export, and all alike: each is written from a template, its strings
    escaped by the very function ``json.dumps`` escapes strings with
    (``json.encoder.encode_basestring``), its offsets as ``json.dumps``
    writes an ``int`` — column by column, with no Python code run per
    annotation.  Rows holding anything else (a hand-edited database can hold
    a real number or a blob) go through ``json.dumps``.
    """
    chunks: list[str] = []
    for n in range(0, len(rows), JSON_CHUNK):
        chunk = _annotations_json(rows[n:n + JSON_CHUNK])
        if chunk is None:  # json.dumps writes what the template cannot, or says what it cannot write
            return [json.dumps(article_record_from_rows(article, rows, relations), ensure_ascii=False)]
        chunks.append(chunk)
    record = article_record(article, [], relations)
    links = record.pop("relations")
    del record["annotations"]  # these two are the record's last keys, written here
    parts = [json.dumps(record, ensure_ascii=False)[:-1] + ', "annotations": [']
    for chunk in chunks:
        parts += (chunk, ", ")
    if chunks:
        parts.pop()
    parts.append('], "relations": ' + json.dumps(links, ensure_ascii=False) + "}")
    return parts


def _annotations_json(rows: list[tuple]) -> str | None:
    """Annotations for :func:`article_json_parts`, between ", ".

    None when an offset is not an ``int`` or a text not a ``str``.  The few
    rows with attributes gain them as ``json.dumps`` writes the key last.
    """
    columns: list = list(zip(*rows))
    if any(set(map(type, columns[n])) != {int} for n in _NUMBER_KEYS):
        return None
    extra = list(zip(*columns[len(ANNOTATION_KEYS):]))  # (attributes, curated) per row
    del columns[len(ANNOTATION_KEYS):]
    for n in _TEXT_KEYS:
        columns[n] = map(encode_basestring, columns[n])
    try:
        written = list(map(_ANNOTATION_JSON.__mod__, zip(*columns)))
    except TypeError:  # encode_basestring takes only text
        return None
    for n, (attributes, curated) in enumerate(extra):
        if attributes or curated:
            keys = json.dumps(_optional_keys(attributes, curated), ensure_ascii=False)
            written[n] = f"{written[n][:-1]}, {keys[1:]}" if keys != "{}" else written[n]
    return ", ".join(written)


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
                **({ATTRIBUTES_KEY: dict(a.attributes)} if a.attributes else {}),
                **({CURATED_KEY: True} if a.curated else {}),
            }
            for a in annotations
        ],
        "relations": [
            {"id": r.id, "type": r.type, "from": r.from_id, "to": r.to_id} for r in relations
        ],
    }


@dataclass
class JsonImportReport:
    """What one annotator.v1 file did to the database."""

    articles: list[tuple[Article, str]] = field(default_factory=list)  # (article, "new"/"existing"/"matched text")
    added: int = 0
    already_present: int = 0
    reanchored: list[str] = field(default_factory=list)  # annotation ids
    renamed: list[str] = field(default_factory=list)  # ids taken elsewhere, given new ones
    new_tags: list[str] = field(default_factory=list)
    unanchored: list[tuple[str, str]] = field(default_factory=list)  # (annotation id, text)
    skipped_relations: list[str] = field(default_factory=list)
    #: annotations added per annotator ("" the unnamed one): a colleague's work stays theirs
    by_annotator: dict[str, int] = field(default_factory=dict)

    def outcomes(self, path: Path) -> list[ImportOutcome]:
        """One import outcome per article of the file; the file's summary goes with the first."""
        return [ImportOutcome(path, article=article, existed=how != "new", messages=self.lines() if n == 0 else [])
                for n, (article, how) in enumerate(self.articles)]

    def lines(self) -> list[str]:
        """Human-readable summary lines (one per notable fact)."""
        out: list[str] = [self._head()]
        if self.added and set(self.by_annotator) != {""}:
            people = [Message("%1: %2", name, n) if name else Message("(unnamed): %1", n)
                      for name, n in sorted(self.by_annotator.items())]
            out.append(Message("by %1", listed(people)))
        if len(self.reanchored) == 1:
            out.append(Message("1 annotation re-anchored onto changed text"))
        elif self.reanchored:
            out.append(Message("%1 annotations re-anchored onto changed text", len(self.reanchored)))
        for tag in self.new_tags:
            out.append(Message("new tag '%1' created", tag))
        for ann_id in self.renamed:
            out.append(Message("annotation %1 exists in another article; imported with a new id", ann_id))
        for ann_id, text in self.unanchored:
            short = " ".join(text.split())
            out.append(Message("not placed (text not found): %1 “%2”", ann_id, short[:60]))
        for rel_id in self.skipped_relations:
            out.append(Message("link not imported (an end was not placed): %1", rel_id))
        return out

    def _head(self) -> Message:
        """The first line: how many annotations were imported, and how many were there already."""
        added, present = self.added, self.already_present
        if not present:
            if added == 1:
                return Message("1 annotation imported")
            return Message("%1 annotations imported", added)
        if added == 1:
            return Message("1 annotation imported, %1 already present", present)
        return Message("%1 annotations imported, %2 already present", added, present)


def _req(obj: dict, key: str, kind: type | tuple[type, ...], where: str, optional: bool = False):
    if key not in obj:
        if optional:
            return None
        raise ImportRefused("%1: '%2' is missing", where, key)
    value = obj[key]
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ImportRefused("%1: '%2' has the wrong type", where, key)
    if isinstance(value, str) and has_surrogate(value):
        raise ImportRefused("%1: '%2' holds a lone surrogate (%3), which is not text; the file is damaged",
                            where, key, shown(value))
    return value


def _req_id(obj: dict, key: str, where: str) -> str:
    """A required id: a string that can safely name a file (see :func:`check_identifier`)."""
    return check_identifier(_req(obj, key, str, where), where)


@dataclass
class _Bundle:
    article: Article
    annotations: list[Annotation]
    relations: list[Relation]


def decode_json(data: bytes, name: str) -> object:
    """The parsed JSON of a file, or a one-sentence refusal."""
    if len(data) > MAX_JSON_BYTES:
        raise ImportRefused("%1 is larger than %2 MiB; JSON files that large are refused.", name,
                            MAX_JSON_BYTES // 2**20)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportRefused("%1 is not UTF-8 JSON.", name) from None
    except RecursionError:
        raise ImportRefused("%1 is nested too deeply to be annotator JSON.", name) from None
    except MemoryError:
        raise ImportRefused("%1 is too large to read as JSON.", name) from None
    except ValueError as exc:
        raise ImportRefused("%1 is not valid JSON (%2).", name, json_problem(exc)) from None


def parse_document(doc: object, name: str) -> tuple[list[Tag], list[_Bundle]]:
    """Check a parsed annotator.v1 document completely; return its tags and articles.

    Raises :class:`ImportRefused` naming the first bad item.
    """
    if isinstance(doc, list):
        raise ImportRefused('%1 is not an %2 export: it holds a list, not an object with "format": "%2".',
                            name, FORMAT_NAME)
    if isinstance(doc, str):
        raise ImportRefused('%1 is not an %2 export: it holds a string, not an object with "format": "%2".',
                            name, FORMAT_NAME)
    if not isinstance(doc, dict):
        raise ImportRefused('%1 is not an %2 export: it holds a single value, not an object with "format": "%2".',
                            name, FORMAT_NAME)
    if doc.get("format") != FORMAT_NAME:
        raise ImportRefused("%1 is not an %2 export (its format is %3).", name, FORMAT_NAME, repr(doc.get("format")))
    tags: list[Tag] = []
    for i, t in enumerate(_req(doc, "tags", list, name, optional=True) or []):
        where = Message("%1: tags[%2]", name, i)
        if not isinstance(t, dict):
            raise ImportRefused("%1: is not an object", where)
        # Older files have no roles: the built-in names keep theirs (see inferred_role).
        role = _req(t, "role", str, where, True) or inferred_role(t["name"] if isinstance(t.get("name"), str) else "")
        if role not in TAG_ROLES:
            raise ImportRefused("%1: has the role %2; a role is one of %3", where, repr(role), ", ".join(TAG_ROLES))
        tags.append(Tag(
            name=_req(t, "name", str, where), label=_req(t, "label", str, where, True) or t["name"],
            color=_req(t, "color", str, where, True) or "#999999", key=_req(t, "key", str, where, True) or "",
            role=role,
        ))
    bundles: list[_Bundle] = []
    seen_ids: set[str] = set()
    seen_relation_ids: set[str] = set()
    for i, a in enumerate(_req(doc, "articles", list, name)):
        where = Message("%1: articles[%2]", name, i)
        if not isinstance(a, dict):
            raise ImportRefused("%1: is not an object", where)
        article_id = _req_id(a, "id", where)
        where = Message("%1: article %2", name, article_id)
        text = _req(a, "text", str, where)
        if canonicalize(text) != text:
            raise ImportRefused("%1: its text is not canonical (it holds \\r or U+2028/U+2029 line breaks)", where)
        if not text.strip():
            raise ImportRefused("%1: its text is empty", where)
        check_text(text, where)  # the same refusal of binary/control data as a text file
        sha = _req(a, "text_sha256", str, where, True)
        if sha is not None and sha != sha256_hex(text):
            raise ImportRefused("%1: text_sha256 does not match its text", where)
        authors = _req(a, "authors", list, where, True) or []
        if not all(isinstance(x, str) for x in authors):
            raise ImportRefused("%1: 'authors' must be a list of names", where)
        if any(has_surrogate(x) for x in authors):
            raise ImportRefused("%1: 'authors' holds a lone surrogate, which is not text; the file is damaged", where)
        article = Article(
            id=article_id, title=_req(a, "title", str, where), text=text,
            source=_req(a, "source", str, where, True) or "", authors=authors,
            url=_req(a, "url", str, where, True), published=_req(a, "published", str, where, True),
            language=_req(a, "language", str, where, True) or "", dateline=_req(a, "dateline", str, where, True) or "",
        )
        annotations: list[Annotation] = []
        for j, n in enumerate(_req(a, "annotations", list, where, True) or []):
            w = Message("%1, annotations[%2]", where, j)
            if not isinstance(n, dict):
                raise ImportRefused("%1: is not an object", w)
            ann_id = _req_id(n, "id", w)
            w = Message("%1, annotation %2", where, ann_id)
            if ann_id in seen_ids:
                raise ImportRefused("%1: the id appears twice in the file", w)
            seen_ids.add(ann_id)
            start, end, span = _req(n, "start", int, w), _req(n, "end", int, w), _req(n, "text", str, w)
            if not 0 <= start < end <= len(text):
                raise ImportRefused("%1: start %2 and end %3 are outside the text (it has %4 characters), or end is "
                                    "not after start", w, start, end, len(text))
            if text[start:end] != span:
                raise ImportRefused("%1: 'text' is not text[%2:%3] (offsets are code points)", w, start, end)
            created = _req(n, "created", str, w, True) or now_iso()
            attributes = _req(n, ATTRIBUTES_KEY, dict, w, True) or {}
            problem = attributes_problem(attributes)
            if problem is None and any(has_surrogate(x) for item in attributes.items() for x in item):
                problem = Message("'attributes' holds a lone surrogate, which is not text; the file is damaged")
            if problem is not None:
                raise ImportRefused("%1: %2", w, problem)
            annotations.append(Annotation(
                article_id=article_id, tag=_req(n, "tag", str, w), start=start, end=end, text=span,
                prefix=_req(n, "prefix", str, w, True) or "", suffix=_req(n, "suffix", str, w, True) or "",
                note=_req(n, "note", str, w, True) or "", annotator=_req(n, "annotator", str, w, True) or "",
                id=ann_id, created=created, updated=_req(n, "updated", str, w, True) or created,
                attributes=attributes, curated=bool(_req(n, CURATED_KEY, bool, w, True)),
            ))
        ids = {x.id for x in annotations}
        relations: list[Relation] = []
        for j, r in enumerate(_req(a, "relations", list, where, True) or []):
            w = Message("%1, relations[%2]", where, j)
            if not isinstance(r, dict):
                raise ImportRefused("%1: is not an object", w)
            rel = Relation(article_id=article_id, from_id=_req(r, "from", str, w), to_id=_req(r, "to", str, w),
                           type=_req(r, "type", str, w, True) or ATTRIBUTED_TO, id=_req_id(r, "id", w))
            w = Message("%1, link %2", where, rel.id)
            if rel.from_id not in ids or rel.to_id not in ids:
                raise ImportRefused("%1: links an annotation that is not in this article", w)
            if rel.id in seen_relation_ids:
                raise ImportRefused("%1: the link id appears twice in the file", w)
            seen_relation_ids.add(rel.id)
            relations.append(rel)
        bundles.append(_Bundle(article, annotations, relations))
    return tags, bundles


def import_document(store: Store, data: bytes, name: str) -> JsonImportReport:
    """Import one annotator.v1 document from its bytes (all of it, or nothing)."""
    return import_object(store, decode_json(data, name), name)


def import_object(store: Store, doc: object, name: str) -> JsonImportReport:
    """Import one parsed annotator.v1 document (all of it, or nothing)."""
    tags, bundles = parse_document(doc, name)
    if not bundles:
        raise ImportRefused("%1 holds no articles to import.", name)
    report = JsonImportReport()
    known_tags = {t.name for t in store.tags()}
    used = {a.tag for b in bundles for a in b.annotations}
    for missing in sorted(used - known_tags - {t.name for t in tags}):
        # A JSON Lines export carries no tag list: a tag the database lacks is
        # created with a default colour rather than refusing the file.
        if not _TAG_NAME.fullmatch(missing):
            raise ImportRefused("%1: '%2' is not a usable tag name.", name, missing)
        tags.append(Tag(missing, missing.replace("_", " ").capitalize(), DEFAULT_COLOR, ""))
    with store._writing():
        position = max((t.position for t in store.tags()), default=0)
        keys = {t.key for t in store.tags() if t.key}
        for tag in tags:
            if tag.name in known_tags:
                continue  # the database's own definition wins
            report.new_tags.append(tag.name)
            position += 1
            tag.position = position
            if tag.key in keys:
                tag.key = ""  # keep the database's keys; the user can assign another
            store.save_tag(tag)
            keys.add(tag.key)
            known_tags.add(tag.name)
        for bundle in bundles:
            _import_bundle(store, bundle, report)
    return report


def _import_bundle(store: Store, bundle: _Bundle, report: JsonImportReport) -> None:
    incoming = bundle.article
    target: Article | None = None
    if store.has_article(incoming.id):
        target, how = store.get_article(incoming.id), "existing"
    else:
        target = store.find_article_by_hash(incoming.text_sha256)
        how = "matched text"
    if target is None:
        store._insert_article(incoming)
        target, how = incoming, "new"
    report.articles.append((target, how))
    same_text = target.text == incoming.text
    placed: dict[str, str] = {}  # incoming annotation id -> stored id
    for ann in bundle.annotations:
        existing = store._query("SELECT article_id FROM annotations WHERE id = ?", [ann.id])
        if existing and existing[0][0] == target.id:
            report.already_present += 1
            placed[ann.id] = ann.id
            continue
        incoming_id = ann.id
        if existing:  # the id belongs to another article's annotation: keep both
            ann.id = new_id()
            report.renamed.append(incoming_id)
        if not same_text:
            found = reanchor(target.text, QuoteSelector(ann.text, ann.prefix, ann.suffix), hint=ann.start)
            if found is None:
                report.unanchored.append((ann.id, ann.text))
                continue
            if found != (ann.start, ann.end):
                report.reanchored.append(ann.id)
            ann.start, ann.end = found
            context = quote_selector(target.text, *found)
            ann.prefix, ann.suffix = context.prefix, context.suffix
        ann.article_id = target.id
        store._insert_annotation(ann, target.text)
        placed[incoming_id] = ann.id
        report.added += 1
        report.by_annotator[ann.annotator] = report.by_annotator.get(ann.annotator, 0) + 1
    for rel in bundle.relations:
        if rel.from_id not in placed or rel.to_id not in placed:
            report.skipped_relations.append(rel.id)
            continue
        taken = store._query("SELECT article_id FROM relations WHERE id = ?", [rel.id])
        if taken and taken[0][0] == target.id:
            continue  # already imported
        if taken:
            rel.id = new_id()  # the id is another article's link: keep both
        rel.from_id, rel.to_id = placed[rel.from_id], placed[rel.to_id]
        rel.article_id = target.id
        store._insert_relation(rel)
