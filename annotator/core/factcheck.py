"""Fact-checking: verdicts on claims, and who publishes the reviews.

A claim (any span whose tag's role is *attributable*) gets a verdict as its
``verdict`` attribute, chosen from a list the desk configures.  The settings
live in the database (its ``meta`` table), so every member of a desk who
opens the file exports the same ClaimReview markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .errors import StoreError
from .store import Store

#: The attribute a verdict is stored as.
VERDICT = "verdict"
#: The verdicts a new database offers, in the order the window lists them.
DEFAULT_VERDICTS = ("true", "mostly true", "misleading", "false", "unproven")
#: Bounds on the settings: a handful of verdicts, each a short phrase.
MAX_VERDICTS = 20
MAX_VERDICT_CHARS = 60

_KEY = "factcheck"


@dataclass
class FactCheckSettings:
    """What ClaimReview markup says about its publisher, and the verdicts to choose from."""

    #: the fact-checking organisation that publishes the reviews ("" when not set)
    organisation: str = ""
    #: its web address; each review's ``url`` is this with ``#claim-<id>`` (Google requires a url)
    organisation_url: str = ""
    verdicts: list[str] = field(default_factory=lambda: list(DEFAULT_VERDICTS))
    #: source tags whose spans name organisations, not people (the claim's author is then an Organization)
    organisation_tags: list[str] = field(default_factory=list)


def settings(store: Store) -> FactCheckSettings:
    """The database's fact-check settings (the defaults when none were saved, or the saved ones are unreadable)."""
    stored = store.get_meta(_KEY)
    if not stored:
        return FactCheckSettings()
    try:
        value = json.loads(stored)
        return FactCheckSettings(
            organisation=str(value.get("organisation", "")), organisation_url=str(value.get("organisation_url", "")),
            verdicts=[str(v) for v in value.get("verdicts", DEFAULT_VERDICTS)][:MAX_VERDICTS] or list(DEFAULT_VERDICTS),
            organisation_tags=[str(t) for t in value.get("organisation_tags", [])])
    except (ValueError, AttributeError, TypeError):
        return FactCheckSettings()


def save_settings(store: Store, chosen: FactCheckSettings) -> FactCheckSettings:
    """Check and store the settings; returns them tidied (white space, duplicates removed)."""
    tidy = checked(chosen, {t.name for t in store.tags()})
    store.set_meta(_KEY, json.dumps(tidy.__dict__, ensure_ascii=False))
    return tidy


def checked(chosen: FactCheckSettings, known_tags: set[str]) -> FactCheckSettings:
    """The settings tidied (white space, duplicates, unknown tags dropped); a :class:`StoreError` says
    in one sentence what cannot be saved."""
    verdicts: list[str] = []
    for verdict in chosen.verdicts:
        tidy = " ".join(verdict.split())
        if tidy and tidy not in verdicts:
            verdicts.append(tidy)
    if not verdicts:
        raise StoreError("Give at least one verdict.")
    if len(verdicts) > MAX_VERDICTS or any(len(v) > MAX_VERDICT_CHARS for v in verdicts):
        raise StoreError("At most %1 verdicts of at most %2 characters each.", MAX_VERDICTS, MAX_VERDICT_CHARS)
    url = chosen.organisation_url.strip()
    if url and not url.startswith(("https://", "http://")):
        raise StoreError("The organisation's web address must start with https:// (or http://).")
    return FactCheckSettings(" ".join(chosen.organisation.split()), url, verdicts,
                             [t for t in chosen.organisation_tags if t in known_tags])
