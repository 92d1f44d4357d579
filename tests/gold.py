"""The hand-annotated gold set for assisted annotation (``tests/data/gold/*.json``), resolved to offsets.

Each file holds an article (its ``text``, or the ``article`` path of a seed) and its quotes in reading
order: the quote's text, its kind (direct, indirect, mixed), the source it is attributed to as written
at its nearest mention (``None`` when the text names none), and ``ambiguous`` for quotes left out of
attribution accuracy.  Text rather than offsets keeps the files readable and checkable by eye; this
module finds the offsets: the k-th quote with a given text is that text's k-th occurrence, and its
source is the mention nearest to the quote (before it, else after it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from annotator.core.text import canonicalize

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None
    ambiguous: bool


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    quotes: tuple[GoldQuote, ...]
    not_quotes: tuple[str, ...]


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def load(path: Path) -> GoldArticle:
    """One gold file, with every quote and source found in its text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text = canonicalize(data["text"] if "text" in data else (ROOT / data["article"]).read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    quotes = []
    for q in data["quotes"]:
        k = seen.get(q["text"], 0)
        seen[q["text"]] = k + 1
        start = _occurrences(text, q["text"])[k]
        end = start + len(q["text"])
        speaker = None
        if q["speaker"] is not None:
            mentions = _occurrences(text, q["speaker"])
            before = [m for m in mentions if m + len(q["speaker"]) <= start]
            at = before[-1] if before else min(m for m in mentions if m >= end)
            speaker = (at, at + len(q["speaker"]))
        quotes.append(GoldQuote(start, end, q["kind"], speaker, bool(q.get("ambiguous"))))
    return GoldArticle(path.stem, text, tuple(quotes), tuple(data.get("not_quotes", ())))


#: Articles annotated after the rules were final and never tuned on: the honest figure.
HELD_OUT = ROOT / "tests" / "data" / "heldout"


def articles(folder: Path = GOLD) -> list[GoldArticle]:
    """Every gold article (the development set, or ``HELD_OUT``)."""
    return [load(p) for p in sorted(folder.glob("*.json"))]
