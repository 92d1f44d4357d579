"""Plain data objects: articles, annotations, tags and relations.

They carry no behaviour that needs a database or a window, so the importers,
exporters, the command line and the Qt shell all speak the same language.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .errors import Message
from .text import quote_selector, sha256_hex


def new_id() -> str:
    """A fresh random UUID as text; rows from several people can be merged."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current UTC time in ISO 8601 with millisecond precision and ``Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


#: A tag's role says what its spans can do, whatever the tag is called:
#: a *source* can be linked to (a speaker, an organisation), an *attributable*
#: span can be linked to a source (a quote, a claim), a *plain* one does
#: neither (a location).  Behaviour follows the role, never the name.
ROLE_SOURCE = "source"
ROLE_ATTRIBUTABLE = "attributable"
ROLE_PLAIN = "plain"
TAG_ROLES = (ROLE_ATTRIBUTABLE, ROLE_SOURCE, ROLE_PLAIN)

#: The one relation type: an attributable span (quote, claim) was said by a source.
ATTRIBUTED_TO = "attributed_to"


@dataclass
class Tag:
    """A kind of span (quote, speaker, …) with its colour, keyboard key and role."""

    name: str
    label: str
    color: str
    key: str = ""
    position: int = 0
    role: str = ROLE_PLAIN


def inferred_role(name: str) -> str:
    """The role of a tag stored before roles existed (older databases and exports).

    The built-in names keep their meaning; any other tag was a possible link
    target then (the window offered every tag but quote, claim and location),
    so it stays a source.
    """
    builtin = {t.name: t.role for t in BUILTIN_TAGS}
    return builtin.get(name, ROLE_SOURCE)


#: Okabe–Ito colours, distinguishable with the common colour-vision deficiencies;
#: new tags take the first one not in use.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#F0E442", "#0072B2", "#D55E00", "#999999")
DEFAULT_COLOR = "#999999"
#: What a tag name may be: letters (any script), digits, "_" and "-", starting with a letter or digit.
TAG_NAME = re.compile(r"\w[\w-]*")

#: The four tags every database starts with.  Colours are from the Okabe–Ito
#: palette, which stays distinguishable with the common colour-vision
#: deficiencies; keys are the digits the user presses.
BUILTIN_TAGS: tuple[Tag, ...] = (
    Tag("quote", "Quote", "#E69F00", "1", 0, ROLE_ATTRIBUTABLE),
    Tag("speaker", "Speaker", "#56B4E9", "2", 1, ROLE_SOURCE),
    Tag("location", "Location", "#009E73", "3", 2, ROLE_PLAIN),
    Tag("claim", "Claim", "#CC79A7", "4", 3, ROLE_ATTRIBUTABLE),
)


@dataclass
class Article:
    """An imported article: its canonical text and what we know about it."""

    title: str
    text: str
    id: str = field(default_factory=new_id)
    source: str = ""
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    published: str | None = None
    language: str = ""
    dateline: str = ""
    text_sha256: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = ""
    #: what reading the file did to its text, for the import report ("repaired Arabic presentation
    #: forms …"); never stored
    import_notes: list[str] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.text_sha256:
            self.text_sha256 = sha256_hex(self.text)
        if not self.updated:
            self.updated = self.created


@dataclass
class Annotation:
    """A tagged span.  Invariant: ``article.text[start:end] == text``."""

    article_id: str
    tag: str
    start: int
    end: int
    text: str
    prefix: str = ""
    suffix: str = ""
    note: str = ""
    annotator: str = ""
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    updated: str = ""
    #: what else is known about the span, name -> value: ``{"kind": "direct"}`` on a
    #: quote, later a verdict on a claim; exported in every format
    attributes: dict[str, str] = field(default_factory=dict)
    #: part of a curated layer: the version a curator settled on, ``annotator`` being the curator
    curated: bool = False

    def __post_init__(self) -> None:
        if not self.updated:
            self.updated = self.created


#: The attribute that says how a quote was reported, and its values: words in
#: quotation marks, reported speech (an أن/إن clause), or reported speech that
#: carries quoted words.
KIND = "kind"
QUOTE_KINDS = ("direct", "indirect", "mixed")
#: Bounds on one annotation's attributes, so a hostile file cannot bloat a row.
MAX_ATTRIBUTES = 32
MAX_ATTRIBUTE_CHARS = 1000


def attributes_json(attributes: dict[str, str]) -> str:
    """Attributes as stored and written in CSV: compact JSON with sorted names, "" when there are none."""
    if not attributes:
        return ""
    return json.dumps(attributes, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def texts_object(stored: str | None) -> dict[str, str]:
    """A stored JSON object's text values by name; {} for "" or anything unreadable.

    A hand-edited database may hold anything in such a cell: what is not an
    object of texts counts as empty rather than failing a whole read.
    """
    if not stored:
        return {}
    try:
        value = json.loads(stored)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(v, str)}


def parse_attributes(stored: str | None) -> dict[str, str]:
    """The attributes of a stored cell (see :func:`attributes_json`); {} for "" or anything unreadable."""
    return texts_object(stored)


def attributes_problem(value: object) -> Message | None:
    """Why ``value`` cannot be an annotation's attributes, or None when it can.

    Attributes are an object of short texts: at most :data:`MAX_ATTRIBUTES`
    names, each name and value at most :data:`MAX_ATTRIBUTE_CHARS` characters.
    """
    if not isinstance(value, dict):
        return Message("'attributes' must be an object of names and texts")
    if len(value) > MAX_ATTRIBUTES:
        return Message("'attributes' has more than %1 names", MAX_ATTRIBUTES)
    for name, item in value.items():
        if not isinstance(item, str) or not name:
            return Message("'attributes' must map names to texts")
        if len(name) > MAX_ATTRIBUTE_CHARS or len(item) > MAX_ATTRIBUTE_CHARS:
            return Message("an attribute is longer than %1 characters", MAX_ATTRIBUTE_CHARS)
    return None


def make_annotation(article: Article, tag: str, start: int, end: int,
                    attributes: dict[str, str] | None = None, curated: bool = False, **fields: str) -> Annotation:
    """Build an annotation of ``article.text[start:end]`` with its quote context."""
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"span {start}-{end} is outside the article (length {len(article.text)})")
    sel = quote_selector(article.text, start, end)
    return Annotation(
        article_id=article.id, tag=tag, start=start, end=end,
        text=sel.exact, prefix=sel.prefix, suffix=sel.suffix, attributes=dict(attributes or {}), curated=curated,
        **fields,
    )


@dataclass
class Relation:
    """A typed link between two annotations, e.g. quote ``attributed_to`` speaker."""

    article_id: str
    from_id: str
    to_id: str
    type: str = ATTRIBUTED_TO
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)


#: What a history entry records (see :class:`HistoryEntry`): spans, links, tags and articles.
HISTORY_ACTIONS = ("add", "retag", "note", "attributes", "curate", "update", "delete", "link", "unlink",
                   "tag_add", "tag_edit", "tag_delete", "article_add", "article_edit", "curation")


@dataclass
class HistoryEntry:
    """One change, as the history keeps it: appended in the same transaction as the change."""

    seq: int
    at: str  #: ISO 8601 UTC, milliseconds
    who: str  #: the person acting ("" when a program wrote without saying who)
    action: str  #: one of :data:`HISTORY_ACTIONS`
    article_id: str | None  #: None for tag changes
    item_id: str  #: the annotation's, link's or article's id, or the tag's name
    before: dict | None  #: the row before the change (None for an addition)
    after: dict | None  #: the row after it (None for a deletion)
    step: str  #: what the person did: "Tag “…” as Quote", "Undo: …", "Redo: …" ("" when not told)


@dataclass
class ArticleSummary:
    """One row of the article list: enough to show it without its text."""

    id: str
    title: str
    language: str
    annotation_count: int
