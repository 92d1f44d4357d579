"""Benchmark: quote suggestions for the sample article and a 1 MB article built from it.

    python tests/benchmarks/bench_suggest.py

Prints the time of :func:`annotator.core.suggest.suggest` (best of a few runs)
and how many suggestions it made.  Nothing is asserted; the target in issue 11
is well under 1 s for the 1 MB article.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from annotator.core.model import Article  # noqa: E402
from annotator.core.suggest import suggest  # noqa: E402
from tests.benchmarks.corpus import SEED, big_text  # noqa: E402


def measure(text: str, runs: int = 3) -> tuple[float, int]:
    """Best wall time of ``runs`` suggestion passes over ``text``, and the count."""
    article = Article(title="bench", text=text)
    best, count = float("inf"), 0
    for _ in range(runs):
        t0 = time.perf_counter()
        count = len(suggest(article, []))
        best = min(best, time.perf_counter() - t0)
    return best, count


def main() -> None:
    for label, text in (("sample article", SEED), ("1 MB article", big_text(1_000_000))):
        seconds, count = measure(text)
        print(f"{label:>16}: {len(text):>9,} chars  {seconds * 1000:8.1f} ms  {count:>6,} suggestions")


if __name__ == "__main__":
    main()
