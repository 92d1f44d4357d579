"""Plain data objects: articles, annotations, tags and relations.

They carry no behaviour that needs a database or a window, so the importers,
exporters, the command line and the Qt shell all speak the same language.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .text import quote_selector, sha256_hex


def new_id() -> str:
    """A fresh random UUID as text; rows from several people can be merged."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current UTC time in ISO 8601 with millisecond precision and ``Z``."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Tag:
    """A kind of span (quote, speaker, …) with its colour and keyboard key."""

    name: str
    label: str
    color: str
    key: str = ""
    position: int = 0


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
    Tag("quote", "Quote", "#E69F00", "1", 0),
    Tag("speaker", "Speaker", "#56B4E9", "2", 1),
    Tag("location", "Location", "#009E73", "3", 2),
    Tag("claim", "Claim", "#CC79A7", "4", 3),
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

    def __post_init__(self) -> None:
        if not self.updated:
            self.updated = self.created


def make_annotation(article: Article, tag: str, start: int, end: int, **fields: str) -> Annotation:
    """Build an annotation of ``article.text[start:end]`` with its quote context."""
    if not 0 <= start < end <= len(article.text):
        raise ValueError(f"span {start}-{end} is outside the article (length {len(article.text)})")
    sel = quote_selector(article.text, start, end)
    return Annotation(
        article_id=article.id, tag=tag, start=start, end=end,
        text=sel.exact, prefix=sel.prefix, suffix=sel.suffix, **fields,
    )


@dataclass
class Relation:
    """A typed link between two annotations, e.g. quote ``attributed_to`` speaker."""

    article_id: str
    from_id: str
    to_id: str
    type: str = "attributed_to"
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)


@dataclass
class ArticleSummary:
    """One row of the article list: enough to show it without its text."""

    id: str
    title: str
    language: str
    annotation_count: int
