"""What an export covers: articles, their annotations, links, and the export time.

Shared by every export format so they agree on order and filters.
:func:`selected` gives :class:`~annotator.core.model.Annotation` objects;
:func:`selected_rows` gives the same annotations, in the same order, as plain
tuples read straight from SQLite, for the formats that write one row per
annotation (CSV, JSON): 100,000 annotations then cost what Python's own
writers cost, not 100,000 objects on top.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from typing import Literal

from .errors import ExportError, NotFound
from .model import Annotation, Article, Relation
from .store import Store


@dataclass
class ArticleExport:
    """One article with the annotations and links an export includes."""

    article: Article
    annotations: list[Annotation]
    relations: list[Relation]  # only links whose both ends are included
    speakers: dict[str, list[str]]  # annotation id -> texts it is attributed to


@dataclass(frozen=True)
class Scope:
    """What an export covers: one article or all, one tag or all, one person's spans or everyone's,
    or only the curated layer."""

    article_id: str | None = None
    tag: str | None = None
    #: only the spans this person made (``""`` is the unnamed annotator)
    annotator: str | None = None
    #: only the curated layer (what curators settled on)
    curated: bool = False


#: Every article, every annotation: what an export covers unless told otherwise.
EVERYTHING = Scope()


def check_selection(store: Store, scope: Scope) -> None:
    """Fail before a byte is written: a misspelt tag, id or name is an error, not an empty file."""
    if scope.tag is not None:
        store.tag(scope.tag)
    if scope.article_id is not None:
        store.get_article(scope.article_id)
    if scope.annotator is not None:
        known = store.annotators()
        if scope.annotator not in known:
            if not known:
                raise NotFound("Nobody called '%1' has annotated here (annotators: none yet).", scope.annotator)
            names = ", ".join(f"'{n}'" for n in known)
            raise NotFound("Nobody called '%1' has annotated here (annotators: %2).", scope.annotator, names)


def selected(store: Store, scope: Scope = EVERYTHING) -> Iterator[ArticleExport]:
    """Articles one at a time (oldest first), annotations in reading order."""
    for article in store.iter_articles(scope.article_id):
        annotations = store.annotations(article.id, scope.tag, annotator=scope.annotator,
                                        curated=True if scope.curated else None)
        ids = {a.id for a in annotations}
        relations = [r for r in store.relations(article.id) if r.from_id in ids and r.to_id in ids]
        speakers = store.attributions(article.id)
        yield ArticleExport(article, annotations, relations, speakers)


#: What :func:`annotation_rows` reads, per shape.  ``v1``: annotator.v1's keys, in its order
#: (:data:`~annotator.core.annotator_v1.ANNOTATION_KEYS`).  ``csv``: CSV's annotation columns
#: (:data:`~annotator.core.formats.csv.CSV_COLUMNS` from ``annotation_id`` on), the speaker
#: left blank; ``attributes`` last in both, as stored (JSON, or "" for none).  ``updated`` is
#: ``created`` where it is empty, as in :class:`~annotator.core.model.Annotation`.
_ROW_COLUMNS = {
    "v1": "id, tag, start, end, text, prefix, suffix, note, annotator, created, "
          "coalesce(nullif(updated, ''), created), attributes, curated",
    "csv": "id, tag, start, end, text, note, annotator, created, coalesce(nullif(updated, ''), created), '', "
           "attributes",
}
RowShape = Literal["v1", "csv"]


@dataclass
class ArticleRows:
    """One article with the annotations an export includes, as rows (see :func:`annotation_rows`)."""

    article: Article
    rows: list[tuple]  # the row's id first
    relations: list[Relation]  # only links whose both ends are included ([] unless asked for)
    speakers: dict[str, list[str]]  # annotation id -> texts it is attributed to ({} unless asked for)


def annotation_rows(store: Store, article_id: str, scope: Scope = EVERYTHING, shape: RowShape = "v1") -> list[tuple]:
    """An article's annotations as tuples of ``shape``'s columns, in :meth:`Store.annotations`' order.

    The same statement as :meth:`Store.annotations` but for the columns it
    reads, so SQLite orders ties (same span, same time) the same way.
    """
    return store.annotation_rows(article_id, scope.tag, _ROW_COLUMNS[shape], annotator=scope.annotator,
                                 curated=True if scope.curated else None)


def selected_rows(store: Store, scope: Scope = EVERYTHING, shape: RowShape = "v1",
                  relations: bool = False, speakers: bool = False) -> Iterator[ArticleRows]:
    """What :func:`selected` covers, in its order, with each article's annotations as rows.

    Links and speakers are read only when asked for.  Memory is bounded by
    the largest article, as with :func:`selected`.
    """
    for article in store.iter_articles(scope.article_id):
        rows = annotation_rows(store, article.id, scope, shape)
        links = store.relations(article.id) if relations else []
        if links:
            ids = set(map(itemgetter(0), rows))
            links = [r for r in links if r.from_id in ids and r.to_id in ids]
        yield ArticleRows(article, rows, links, store.attributions(article.id) if speakers else {})


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
            raise ExportError("SOURCE_DATE_EPOCH must be whole seconds since 1970 (not %1).", repr(epoch)) from None
    else:
        moment = datetime.now(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
