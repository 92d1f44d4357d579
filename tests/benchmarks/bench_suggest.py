"""Benchmark: suggestions for the sample article and a 1 MB article built from it.

    python tests/benchmarks/bench_suggest.py
    python tests/benchmarks/bench_suggest.py --db PATH   # also time Store.tagged_texts on that database

Prints the time of :func:`annotator.core.suggest.suggest` (best of a few runs)
and how many suggestions it made, then what propagation adds with a corpus
lexicon of 5,000 known texts (the bound of ``Store.tagged_texts``): the first
call, which indexes the lexicon, and the next ones, which reuse it.  Nothing is
asserted; the targets are well under 1 s for the 1 MB article, and well under
200 ms added by propagation.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from annotator.core.model import BUILTIN_TAGS, Article, make_annotation  # noqa: E402
from annotator.core.suggest import propagate, suggest  # noqa: E402
from annotator.core.suggest.propagate import PropagationSuggester, corpus_lexicon, propagating_tags  # noqa: E402
from tests.benchmarks.corpus import SEED, big_text  # noqa: E402

#: Names of the sample, as a user would have tagged them.
SAMPLE_NAMES = [("location", "الحسكة"), ("location", "تل تمر"), ("location", "دير الزور"), ("location", "الباغوز"),
                ("speaker", "مصطفى بالي"), ("speaker", "مايلس كاغينس"), ("speaker", "كاغينس"), ("speaker", "بالي"),
                ("location", "M4"), ("speaker", "كينو كبرئيل"), ("location", "سوريا")]
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def lexicon(size: int = 5000, seed: int = 5) -> list[tuple[str, str]]:
    """``size`` (tag, text) pairs: the sample's names and made-up ones of 1 to 3 words."""
    rng = random.Random(seed)
    known = list(SAMPLE_NAMES)
    while len(known) < size:
        words = ["".join(rng.choice(LETTERS) for _ in range(rng.randrange(3, 9))) for _ in range(rng.randrange(1, 4))]
        known.append((rng.choice(("speaker", "location")), " ".join(words)))
    return known


def best_of(run: Callable[[], int], runs: int = 5) -> tuple[float, float, int]:
    """First time, best time of ``runs`` calls, and the count the last call returned."""
    first, best, count = 0.0, float("inf"), 0
    for i in range(runs):
        t0 = time.perf_counter()
        count = run()
        took = time.perf_counter() - t0
        first = took if i == 0 else first
        best = min(best, took)
    return first, best, count


def measure(label: str, article: Article, known: list[tuple[str, str]]) -> None:
    """Print the engine's time without and with the lexicon, then propagation's own."""
    _, seconds, count = best_of(lambda: len(suggest(article, [])), 3)
    print(f"{label:>16}: {len(article.text):>9,} chars  {seconds * 1000:8.1f} ms  {count:>6,} suggestions (engine)")
    _, seconds, count = best_of(lambda: len(suggest(article, [], known=known)), 3)
    print(f"{'':>16}  {'':>15}  {seconds * 1000:8.1f} ms  {count:>6,} with {len(known):,} known texts")

    def row(what: str, run: Callable[[], int], cold: bool) -> None:
        def once() -> int:
            if cold:
                propagate._read.cache_clear()  # a text not read before
            return run()
        _, took, made = best_of(once)
        print(f"{'':>16}  {'':>15}  {took * 1000:8.1f} ms  {made:>6,} {what}")

    corpus_lexicon.cache_clear()
    propagate._read.cache_clear()
    suggester = PropagationSuggester(BUILTIN_TAGS, known)
    t0 = time.perf_counter()
    count = len(suggester.suggest(article, []))
    print(f"{'propagation':>16}  {'':>15}  {(time.perf_counter() - t0) * 1000:8.1f} ms  {count:>6,} proposals, "
          f"first call (indexes the {len(known):,} known texts, reads the text)")
    row("the same, a new text", lambda: len(suggester.suggest(article, [])), cold=True)
    row("the same again (the window, after a change)", lambda: len(suggester.suggest(article, [])), cold=False)
    start = article.text.index("الحسكة")
    local = [make_annotation(article, "location", start, start + len("الحسكة"))]
    alone = PropagationSuggester(BUILTIN_TAGS)
    row("from one span of the article, a new text", lambda: len(alone.suggest(article, local)), cold=True)
    row("from one span of the article, again", lambda: len(alone.suggest(article, local)), cold=False)
    row("with nothing tagged", lambda: len(alone.suggest(article, [])), cold=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a database to time Store.tagged_texts on (see bench_database.py)")
    args = parser.parse_args()
    known = lexicon()
    for label, text in (("sample article", SEED), ("1 MB article", big_text(1_000_000))):
        measure(label, Article(title="bench", text=text), known)
    if args.db:
        from annotator.core.store import Store

        with Store.open(args.db, create=False) as store:
            total = store.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
            names = propagating_tags(store.tags())
            first, seconds, count = best_of(lambda: len(store.tagged_texts(names)), 3)
            print(f"Store.tagged_texts on {total:,} annotations: {seconds * 1000:.1f} ms (first {first * 1000:.1f} ms)"
                  f", {count:,} texts")


if __name__ == "__main__":
    main()
