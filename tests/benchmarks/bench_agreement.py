"""Agreement at scale: ``agreement()`` and ``disagreement()`` on 200 / 1,000 / 5,000 articles, two annotators.

    python tests/benchmarks/bench_agreement.py                       # 200 / 1,000 / 5,000 articles
    python tests/benchmarks/bench_agreement.py --sizes 200 --runs 1
    python tests/benchmarks/bench_agreement.py --data /tmp/agree     # keep (and reuse) the databases

Each database holds copies of the sample article (``seeds/``, about 2,900 code points each, made
distinct by a numbered line), each annotated by two people: "Omar" about 50 spans of the four tags
(1–12 words, on word boundaries) with quote → speaker links, "هدى" most of the same spans — 70 %
identical, 15 % with one end moved by a word, 15 % left out — plus a few of her own.  Rows go in
with ``executemany``, into a temporary folder unless ``--data`` names one.

Every measurement runs in its own child process, so its peak memory (``ru_maxrss``, above what the
process held before the measurement) is its own.  Beside them, in the same run: reading the same
annotations with one ``SELECT`` (plain SQL, the floor for any agreement that reads them), reading
them through the store article by article, and the ``krippendorff`` package run on every character
of the corpus concatenated (the alternative to the per-pair counts the module keeps).  Figures
only; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
SEED_FILE = ROOT / "seeds" / "000_858c89a68ec5f748.txt"
TAGS = ("quote", "speaker", "location", "claim")
PER_ARTICLE = 50
ANNOTATORS = ("Omar", "هدى")


def generate(path: Path, articles: int, seed: int = 11) -> None:
    """``articles`` copies of the sample, each annotated by two people with known kinds of difference."""
    import regex

    from annotator.core.store import Store
    from annotator.core.text import canonicalize

    base = canonicalize(SEED_FILE.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    Store.open(path).close()  # the schema, by this annotator
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    art_rows: list[tuple] = []
    ann_rows: list[tuple] = []
    rel_rows: list[tuple] = []
    # Words of the sample; each copy only appends a line after them, so they are every copy's words.
    words = [(m.start(), m.end()) for m in regex.finditer(r"\w+", base)]
    for n in range(articles):
        text = f"{base}\n\nنسخة رقم {n}"
        aid = str(uuid.UUID(int=rng.getrandbits(128)))
        stamp = f"2026-01-01T00:00:00.{n % 1000:03d}Z"
        art_rows.append((aid, f"تقرير {n}", text, f"{n:064x}", stamp, stamp))
        omar: list[tuple[str, int, int]] = []
        for _ in range(PER_ARTICLE):
            i = rng.randrange(1, len(words) - 14)
            omar.append((rng.choice(TAGS), i, i + rng.randrange(0, 12)))
        huda: list[tuple[str, int, int]] = []
        for tag, i, j in omar:
            roll = rng.random()
            if roll < 0.70:
                huda.append((tag, i, j))
            elif roll < 0.85:  # one end moved by a word
                huda.append((tag, i + 1, j) if i < j and rng.random() < 0.5 else (tag, i, j + 1))
        for _ in range(5):  # her own
            i = rng.randrange(1, len(words) - 14)
            huda.append((rng.choice(TAGS), i, i + rng.randrange(0, 12)))
        for who, spans in (("Omar", omar), ("هدى", huda)):
            quotes, speakers = [], []
            for tag, i, j in spans:
                start, end = words[i][0], words[j][1]
                bid = str(uuid.UUID(int=rng.getrandbits(128)))
                ann_rows.append((bid, aid, tag, start, end, text[start:end], text[max(0, start - 32):start],
                                 text[end:end + 32], who, stamp, stamp))
                (quotes if tag == "quote" else speakers if tag == "speaker" else []).append(bid)
            for q, s in list(zip(quotes, speakers))[:8]:
                rel_rows.append((str(uuid.UUID(int=rng.getrandbits(128))), aid, "attributed_to", q, s, stamp))
    with conn:
        conn.executemany("INSERT INTO articles (id, title, text, text_sha256, created, updated) "
                         "VALUES (?,?,?,?,?,?)", art_rows)
        conn.executemany("INSERT INTO annotations (id, article_id, tag, start, end, text, prefix, suffix, "
                         "annotator, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)", ann_rows)
        conn.executemany("INSERT INTO relations (id, article_id, type, from_id, to_id, created) "
                         "VALUES (?,?,?,?,?,?)", rel_rows)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', '1')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


# -- measuring, one child process per measurement -------------------------------------------------------

def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(db: str, what: str, runs: int) -> dict[str, object]:
    """One measurement on one database, printed as JSON for the parent."""
    import numpy as np

    from annotator.core.agreement import agreement, coverage, disagreement
    from annotator.core.store import Store

    store = Store.open(db)
    out: dict[str, object] = {}

    def timed(fn) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    before = _rss_mb()
    if what == "agreement":
        out["seconds"] = timed(lambda: agreement(store))
        report = agreement(store)
        out["quote_alpha"] = next(r.alpha for r in report.corpus if getattr(r, "tag", None) == "quote")
        out["rows"] = sum(len(a.rows) for a in report.articles) + len(report.corpus)
    elif what == "disagreement":
        out["seconds"] = timed(lambda: disagreement(store))
    elif what == "sql":
        raw = sqlite3.connect(db)
        sql = "SELECT article_id, annotator, tag, start, end FROM annotations ORDER BY article_id"
        out["seconds"] = timed(lambda: raw.execute(sql).fetchall())
        out["annotations"] = len(raw.execute(sql).fetchall())
    elif what == "store":
        def read() -> None:
            for summary in store.articles(counts=False):
                len(store.get_article(summary.id).text)
                store.annotations(summary.id)
                store.relations(summary.id)
        out["seconds"] = timed(read)
    elif what == "concatenated":
        import krippendorff

        def concatenated() -> float:
            rows: dict[str, list[np.ndarray]] = {who: [] for who in ANNOTATORS}
            for summary in store.articles(counts=False):
                length = len(store.get_article(summary.id).text)
                for who in ANNOTATORS:
                    spans = [(a.start, a.end) for a in store.annotations(summary.id, "quote") if a.annotator == who]
                    rows[who].append(coverage(length, spans))
            data = np.stack([np.concatenate(rows[who]) for who in ANNOTATORS])
            out["characters"] = int(data.shape[1])
            return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
        out["quote_alpha"] = concatenated()
        out["seconds"] = timed(concatenated)
    out["peak_mb"] = _rss_mb() - before
    store.close()
    return out


def measure(db: Path, what: str, runs: int) -> dict:
    result = subprocess.run([PY, __file__, "--child", str(db), what, "--runs", str(runs)], cwd=ROOT,
                            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(result.stdout.splitlines()[-1])


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, help="folder for the generated databases (kept, and reused)")
    parser.add_argument("--child", nargs=2, metavar=("DB", "WHAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], args.runs)))
        return
    folder = args.data or Path(tempfile.mkdtemp(prefix="bench-agreement-"))
    folder.mkdir(parents=True, exist_ok=True)
    print("| Articles (characters, spans) | `agreement()` (peak memory) | `disagreement()` | One `SELECT` of the "
          "spans | The store's reads, article by article | Package on every character concatenated, quote only "
          "(peak memory) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for size in args.sizes:
        db = folder / f"agreement-{size}.db"
        if not db.exists():
            generate(db, size)
        full = measure(db, "agreement", args.runs)
        cheap = measure(db, "disagreement", args.runs)
        sql = measure(db, "sql", args.runs)
        store = measure(db, "store", args.runs)
        concat = measure(db, "concatenated", 1)
        assert abs(full["quote_alpha"] - concat["quote_alpha"]) < 1e-9, (full, concat)  # the same figure
        print(f"| {size:,} ({concat['characters'] / 1e6:.1f}M, {sql['annotations']:,}) | "
              f"{fmt(full['seconds'])} ({full['peak_mb']:.0f} MB) | {fmt(cheap['seconds'])} | {fmt(sql['seconds'])} | "
              f"{fmt(store['seconds'])} | {fmt(concat['seconds'])} ({concat['peak_mb']:.0f} MB) |", flush=True)


if __name__ == "__main__":
    main()
