"""What an export covers: articles, their annotations, links, and the export time.

Shared by every export format so they agree on order and filters.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from .errors import ExportError
from .model import Annotation, Article, Relation
from .store import Store


@dataclass
class ArticleExport:
    """One article with the annotations and links an export includes."""

    article: Article
    annotations: list[Annotation]
    relations: list[Relation]  # only links whose both ends are included
    speakers: dict[str, list[str]]  # annotation id -> texts it is attributed to


def check_selection(store: Store, article_id: str | None, tag: str | None) -> None:
    """Fail before a byte is written: a misspelt tag or id is an error, not an empty file."""
    if tag is not None:
        store.tag(tag)
    if article_id is not None:
        store.get_article(article_id)


def selected(store: Store, article_id: str | None = None, tag: str | None = None) -> Iterator[ArticleExport]:
    """Articles one at a time (oldest first), annotations in reading order."""
    for article in store.iter_articles(article_id):
        annotations = store.annotations(article.id, tag)
        ids = {a.id for a in annotations}
        relations = [r for r in store.relations(article.id) if r.from_id in ids and r.to_id in ids]
        speakers = store.attributions(article.id)
        yield ArticleExport(article, annotations, relations, speakers)


def export_timestamp() -> str:
    """When the export was made: now, or ``SOURCE_DATE_EPOCH`` if set.

    ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) makes two
    exports of the same data byte-for-byte identical — the window's and the
    command line's, or today's and last week's.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            moment = datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise ExportError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970 (not {epoch!r}).") from None
    else:
        moment = datetime.now(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
