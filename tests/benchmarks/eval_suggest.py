"""How good the quote suggestions are: precision and recall against the hand-made gold set.

    python tests/benchmarks/eval_suggest.py [--held-out]

For each gold article (``tests/data/gold``) the engine suggests with no
annotation made; then, per article and overall:

* quoted words (direct and mixed quotes: words inside quotation marks) —
  precision and recall; a suggestion finds a gold quote when it covers at
  least half of it;
* reported speech (indirect quotes) — recall;
* attribution — of the gold quotes found (those not marked ambiguous), the
  share whose suggested source is the same person: the same span, or the
  same surname (``مصطفى بالي`` and a later ``بالي``);
* kind — of the gold quotes found, the share proposed with the gold's kind
  (what an accepted quote stores as its ``kind`` attribute).

Targets (issue "assisted annotation"): quoted precision and recall >= 0.95,
reported recall >= 0.7, attribution >= 0.9.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from annotator.core.model import Article  # noqa: E402
from annotator.core.search import fold_text  # noqa: E402
from annotator.core.suggest import Suggestion, suggest  # noqa: E402
from tests.gold import GOLD, HELD_OUT, GoldArticle, GoldQuote, articles  # noqa: E402

QUOTED = ("direct", "mixed")


def _covers(s: Suggestion, g: GoldQuote) -> bool:
    return min(s.end, g.end) - max(s.start, g.start) >= 0.5 * (g.end - g.start)


def _surname(text: str) -> str:
    words = fold_text(text).split()
    return words[-1] if words else ""


def _same_source(s: Suggestion, g: GoldQuote, text: str) -> bool:
    if s.speaker is None or g.speaker is None:
        return False
    gs, ge = g.speaker
    if s.speaker.start < ge and gs < s.speaker.end:
        return True
    return _surname(s.speaker.text) == _surname(text[gs:ge]) or _surname(s.entity) == _surname(text[gs:ge])


def evaluate(gold: GoldArticle) -> dict[str, tuple[int, int]]:
    """(hits, total) for each measure."""
    made = [s for s in suggest(Article(title=gold.name, text=gold.text, language="ar"), []) if s.kind]
    quoted_gold = [g for g in gold.quotes if g.kind in QUOTED]
    quoted_made = [s for s in made if s.kind in QUOTED]
    found = {id(g): next((s for s in made if _covers(s, g)), None) for g in gold.quotes}
    attributable = [g for g in gold.quotes if found[id(g)] is not None and not g.ambiguous and g.speaker]
    return {
        "quoted precision": (sum(any(_covers(s, g) for g in gold.quotes) for s in quoted_made), len(quoted_made)),
        "quoted recall": (sum(found[id(g)] is not None for g in quoted_gold), len(quoted_gold)),
        "reported recall": (sum(found[id(g)] is not None for g in gold.quotes if g.kind == "indirect"),
                            sum(g.kind == "indirect" for g in gold.quotes)),
        "attribution": (sum(_same_source(found[id(g)], g, gold.text) for g in attributable),  # type: ignore[arg-type]
                        len(attributable)),
        # the kind stored with an accepted quote (direct, indirect, mixed), over the quotes found
        "kind": (sum(found[id(g)].kind == g.kind for g in gold.quotes if found[id(g)] is not None),  # type: ignore[union-attr]
                 sum(found[id(g)] is not None for g in gold.quotes)),
    }


def main() -> None:
    folder = HELD_OUT if "--held-out" in sys.argv[1:] else GOLD
    rows = {g.name: evaluate(g) for g in articles(folder)}
    measures = list(next(iter(rows.values())))
    print("| Article | " + " | ".join(measures) + " |")
    print("| --- |" + " --- |" * len(measures))
    total = {m: [0, 0] for m in measures}
    for name, row in rows.items():
        cells = []
        for m in measures:
            hit, all_ = row[m]
            total[m][0] += hit
            total[m][1] += all_
            cells.append(f"{hit}/{all_}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("| **all** | " + " | ".join(f"**{h / a:.2f}** ({h}/{a})" if a else "—" for h, a in total.values()) + " |")
    print("| target | ≥ 0.95 | ≥ 0.95 | ≥ 0.7 | ≥ 0.9 | — |")


if __name__ == "__main__":
    main()
