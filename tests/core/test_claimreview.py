"""ClaimReview export: every field Google's fact-check markup requires, and the recommended ones we know."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from annotator.core.errors import StoreError
from annotator.core.exporters import export
from annotator.core.factcheck import DEFAULT_VERDICTS, FactCheckSettings, save_settings, settings
from annotator.core.model import ROLE_SOURCE, Article, Relation, Tag, make_annotation
from annotator.core.store import Store
from tests.test_cli import run_cli

TEXT = "قال وزير المياه سامر الخطيب إن المياه تكفي الجميع. وأكدت منظمة أطباء بلا حدود أن المستشفى أغلق."
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def check_claimreview(review: dict) -> None:
    """The shape Google's ClaimReview documentation asks for (required, then recommended when present)."""
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    # Required: claimReviewed, reviewRating (a Rating with its alternateName), url.
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"].strip()
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str) and rating["alternateName"]
    assert isinstance(review["url"], str) and review["url"]
    # Recommended: author (Person or Organization with a name), datePublished, itemReviewed (a Claim).
    assert review["author"]["@type"] in ("Person", "Organization") and review["author"]["name"]
    assert ISO_DATE.match(review["datePublished"])
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    authors = claim.get("author", [])  # recommended: present when the claim is linked to its source
    authors = authors if isinstance(authors, list) else [authors]
    assert all(a["@type"] in ("Person", "Organization") and a["name"] for a in authors)
    assert claim["appearance"]["@type"] == "CreativeWork"
    assert claim["appearance"].get("url") or claim["appearance"].get("identifier")


@pytest.fixture
def desk(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "fc.db")
    store.save_tag(Tag("organisation", "Organisation", "#0072B2", "5", 4, ROLE_SOURCE))
    article = store.add_article(Article(title="بيان", text=TEXT, url="https://news.example/a/1",
                                        published="2026-11-20"))
    spans = {}
    for tag, needle in (("speaker", "سامر الخطيب"), ("claim", "المياه تكفي الجميع"),
                        ("organisation", "منظمة أطباء بلا حدود"), ("claim", "المستشفى أغلق"),
                        ("quote", "قال وزير")):
        start = TEXT.index(needle)
        spans[needle] = store.add_annotation(make_annotation(article, tag, start, start + len(needle),
                                                             annotator="ليلى"))
    store.add_relation(Relation(article.id, spans["المياه تكفي الجميع"].id, spans["سامر الخطيب"].id))
    store.add_relation(Relation(article.id, spans["المستشفى أغلق"].id, spans["منظمة أطباء بلا حدود"].id))
    store.set_attributes(spans["المياه تكفي الجميع"].id, {"verdict": "misleading"})
    store.set_note(spans["المياه تكفي الجميع"].id, "الحصة اليومية أقل من المعيار")
    store.set_attributes(spans["قال وزير"].id, {"kind": "direct"})  # a quote without a verdict: not a review
    yield store
    store.close()


def _export(store: Store) -> tuple[list[dict], list[str]]:
    out, notices = io.BytesIO(), []
    count = export(store, "claimreview", out, notices=notices)
    reviews = json.loads(out.getvalue())
    assert count == len(reviews)
    return reviews, notices


def test_each_claim_with_a_verdict_becomes_a_complete_claimreview(desk: Store) -> None:
    save_settings(desk, FactCheckSettings("مسبار", "https://misbar.example/checks", list(DEFAULT_VERDICTS),
                                          ["organisation"]))
    reviews, notices = _export(desk)
    assert notices == ["1 claim without a verdict was left out."]
    [review] = reviews
    check_claimreview(review)
    assert review["itemReviewed"]["author"]
    claim = desk.annotations(desk.articles()[0].id, "claim")[0]
    assert review["claimReviewed"] == "المياه تكفي الجميع"
    assert review["reviewRating"]["alternateName"] == "misleading"
    assert review["url"] == f"https://misbar.example/checks#claim-{claim.id}"
    assert review["author"] == {"@type": "Person", "name": "ليلى", "worksFor": {
        "@type": "Organization", "name": "مسبار", "url": "https://misbar.example/checks"}}
    assert review["itemReviewed"] == {"@type": "Claim", "author": {"@type": "Person", "name": "سامر الخطيب"},
                                      "datePublished": "2026-11-20", "appearance": {
                                          "@type": "CreativeWork", "url": "https://news.example/a/1",
                                          "headline": "بيان"}}
    assert review["reviewBody"] == "الحصة اليومية أقل من المعيار"
    # The second claim, once it has a verdict: its source is an organisation (by the settings' tags).
    hospital = desk.annotations(desk.articles()[0].id, "claim")[1]
    desk.set_attributes(hospital.id, {"verdict": "false"})
    reviews, notices = _export(desk)
    assert notices == [] and len(reviews) == 2
    for review in reviews:
        check_claimreview(review)
    assert reviews[1]["itemReviewed"]["author"] == {"@type": "Organization", "name": "منظمة أطباء بلا حدود"}


def test_without_settings_the_export_says_what_is_missing(desk: Store) -> None:
    reviews, notices = _export(desk)
    [review] = reviews
    check_claimreview(review)
    assert review["url"].startswith("urn:uuid:") and review["author"] == {"@type": "Person", "name": "ليلى"}
    assert any("organisation is set" in n for n in notices) and any("web address" in n for n in notices)


def test_settings_are_checked_and_kept_in_the_database(desk: Store) -> None:
    assert settings(desk).verdicts == list(DEFAULT_VERDICTS)
    with pytest.raises(StoreError, match="https://"):
        save_settings(desk, FactCheckSettings("X", "misbar.example"))
    with pytest.raises(StoreError, match="at least one verdict"):
        save_settings(desk, FactCheckSettings("X", "", ["  ", ""]))
    saved = save_settings(desk, FactCheckSettings("  مسبار  ", "", ["صحيح", " صحيح ", "مضلل", "خطأ"], ["nope"]))
    assert saved == settings(desk) == FactCheckSettings("مسبار", "", ["صحيح", "مضلل", "خطأ"], [])
    desk.set_meta("factcheck", "{broken")
    assert settings(desk) == FactCheckSettings()  # unreadable settings: the defaults, not a crash


def test_the_command_line_writes_claimreview(desk: Store) -> None:
    path = desk.path
    result = run_cli("export", "--db", str(path), "--format", "claimreview")
    assert result.returncode == 0, result.stderr
    [review] = json.loads(result.stdout)
    check_claimreview(review)
    assert "without a verdict" in result.stderr.decode()
