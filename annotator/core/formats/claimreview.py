"""schema.org ClaimReview JSON-LD: one review for each claim that has a verdict.

What Google's fact-check markup documentation asks for
(https://developers.google.com/search/docs/appearance/structured-data/factcheck):
``claimReviewed`` (the claim's text), ``reviewRating`` with the verdict as
``alternateName``, and ``url`` (the review's page: the organisation's web
address with ``#claim-<id>``) are required; ``author`` (who reviewed: the
annotator, working for the organisation), ``datePublished`` and
``itemReviewed`` — a ``Claim`` with its ``author`` (the linked source: a
Person, or an Organization for spans of the tags the settings name),
``datePublished`` and ``appearance`` (the article's URL, else its id) — are
recommended, and written whenever known.  Claims are spans whose tag's role
is *attributable* and that carry a ``verdict`` attribute; the export says how
many spans of the tags that have verdicts were left out without one.
"""

from __future__ import annotations

import json
from typing import BinaryIO

from ..errors import Message
from ..factcheck import VERDICT, settings
from ..model import ROLE_ATTRIBUTABLE, Annotation, Article
from ..selection import EVERYTHING, Scope, selected
from ..store import Store
from . import Format

CONTEXT = "https://schema.org"


def _date(moment: str | None) -> str | None:
    """The date part of an ISO 8601 time (schema.org dates), or None."""
    return moment[:10] if moment else None


def review(article: Article, claim: Annotation, sources: list[Annotation], organisation: str,
           organisation_url: str, organisation_tags: set[str]) -> dict:
    """One ClaimReview for ``claim`` (said by ``sources``, the spans it is linked to)."""
    authors = [{"@type": "Organization" if s.tag in organisation_tags else "Person", "name": " ".join(s.text.split())}
               for s in sources]
    appearance = ({"@type": "CreativeWork", "url": article.url, "headline": article.title} if article.url
                  else {"@type": "CreativeWork", "identifier": article.id, "headline": article.title})
    item: dict = {"@type": "Claim", "appearance": appearance}
    if authors:
        item["author"] = authors[0] if len(authors) == 1 else authors
    if article.published:
        item["datePublished"] = article.published
    publisher = {"@type": "Organization", "name": organisation, **({"url": organisation_url} if organisation_url
                                                                       else {})} if organisation else None
    if claim.annotator:
        reviewer: dict = {"@type": "Person", "name": claim.annotator}
        if publisher:
            reviewer["worksFor"] = publisher
    else:
        reviewer = publisher or {"@type": "Organization", "name": "(not set)"}
    record = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": f"{organisation_url}#claim-{claim.id}" if organisation_url else f"urn:uuid:{claim.id}",
        "claimReviewed": " ".join(claim.text.split()),
        "reviewRating": {"@type": "Rating", "alternateName": claim.attributes[VERDICT]},
        "itemReviewed": item,
        "author": reviewer,
        "datePublished": _date(claim.updated),
    }
    if claim.note:
        record["reviewBody"] = claim.note
    return record


def write_claimreview(store: Store, out: BinaryIO, scope: Scope = EVERYTHING,
                      notices: list[str] | None = None) -> int:
    """A JSON array of ClaimReview objects; returns how many claims were reviewed."""
    chosen = settings(store)
    attributable = {t.name for t in store.tags() if t.role == ROLE_ATTRIBUTABLE}
    organisation_tags = set(chosen.organisation_tags)
    count = 0
    without: dict[str, int] = {}  # tag -> its spans without a verdict
    reviewed: set[str] = set()  # tags with at least one verdict: those are the claims
    out.write(b"[")
    for item in selected(store, scope):
        spans = {a.id: a for a in item.annotations}
        linked: dict[str, list[Annotation]] = {}
        for relation in item.relations:
            if relation.to_id in spans:
                linked.setdefault(relation.from_id, []).append(spans[relation.to_id])
        for claim in item.annotations:
            if claim.tag not in attributable:
                continue
            if not claim.attributes.get(VERDICT):
                without[claim.tag] = without.get(claim.tag, 0) + 1
                continue
            reviewed.add(claim.tag)
            record = review(item.article, claim, linked.get(claim.id, []), chosen.organisation,
                            chosen.organisation_url, organisation_tags)
            out.write((b"\n" if count == 0 else b",\n") + json.dumps(record, ensure_ascii=False).encode("utf-8"))
            count += 1
    out.write(b"\n]\n")
    if notices is not None:
        # Quotes are attributable too, but nobody gives them verdicts: only tags that have some count.
        left = sum(n for tag, n in without.items() if tag in reviewed)
        if left == 1:
            notices.append(Message("1 claim without a verdict was left out."))
        elif left:
            notices.append(Message("%1 claims without a verdict were left out.", left))
        if not count:
            notices.append(Message("No claim has a verdict yet: choose one in the details panel (Verdict)."))
        if count and not chosen.organisation:
            notices.append(Message("No fact-checking organisation is set (Edit → Fact-check settings): the reviews "
                                   "name only their annotators."))
        if count and not chosen.organisation_url:
            notices.append(Message("No organisation web address is set (Edit → Fact-check settings): Google needs "
                                   "each review's url on your site, so these reviews carry placeholder urls."))
    return count


CLAIMREVIEW = Format(
    key="claimreview", label="ClaimReview (fact checks)",
    for_whom="schema.org ClaimReview JSON-LD: one review per claim with a verdict (fact-check publishing)",
    extension=".json", write=write_claimreview,
)
