"""Database scale: what opening, listing, searching and annotating cost as the database grows.

    python tests/benchmarks/bench_database.py                  # 200 / 2,000 / 10,000 articles
    python tests/benchmarks/bench_database.py --sizes 200 2000 --runs 5
    python tests/benchmarks/bench_database.py --data /tmp/dbs  # keep (and reuse) the generated files
    python tests/benchmarks/bench_database.py --code /tmp/old  # measure another checkout's annotator

Databases are generated from the sample article in ``seeds/`` (each copy made distinct), with ~100
annotations per article and some quote → speaker links, written with ``executemany`` in one
transaction — into a temporary folder unless ``--data`` names one.  A separate database holds one
article of 20M code points.  The measurements run in a child process whose ``annotator`` comes from
``--code`` (this checkout by default), so an older version can be timed on the same files.  For each
size a markdown table is printed, with plain-SQL baselines measured in the same run.  Nothing here
asserts a time.

Whole processes (``annotator list``, the window to its first paint) are timed as a user runs them:
with Python's compiled bytecode kept (in a temporary ``PYTHONPYCACHEPREFIX``, even where
``PYTHONDONTWRITEBYTECODE`` is set) and after one warm-up run.  The window is timed beside a bare
PySide6 window (a ``QPlainTextEdit`` with the sample text, as in ``bench_startup.py``) in the same
run, offscreen unless ``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
SEED_FILE = ROOT / "seeds" / "000_858c89a68ec5f748.txt"
TAGS = ("quote", "speaker", "location", "claim")
PER_ARTICLE = 100
LINKS_PER_ARTICLE = 10
BIG_CHARS = 20_000_000
WORD = "الحسكة"      # in every article, in many spans
SPEAKER = "عبد"      # a speaker-span substring for "said by"


# -- generating ---------------------------------------------------------------------------------

def _stamp(n: int) -> str:
    return f"2026-01-01T00:{(n // 60000) % 60:02d}:{(n // 1000) % 60:02d}.{n % 1000:03d}Z"


def generate(path: Path, articles: int, seed: int = 7) -> None:
    """``articles`` copies of the sample (each with a numbered line), ~100 spans each, some links."""
    import regex

    from annotator.core.search import fold_text
    from annotator.core.store import Store
    from annotator.core.text import canonicalize

    base = canonicalize(SEED_FILE.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    Store.open(path).close()  # the schema, by the current annotator
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    words_cache: dict[int, list[tuple[int, int]]] = {}
    art_rows, ann_rows, rel_rows, art_fts, ann_fts = [], [], [], [], []
    ann_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM annotations").fetchone()[0]
    art_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
    for n in range(articles):
        text = f"{base}\n\nنسخة رقم {n}"
        title = f"تقرير {n} — " + base.split("\n")[0][:40]
        aid = str(uuid.UUID(int=rng.getrandbits(128)))
        stamp = _stamp(n)
        art_rowid += 1
        art_rows.append((art_rowid, aid, title, "North Press Agency", '["جيندار عبد القادر"]', None, "2019-11-11",
                         "ar", "الحسكة", text, f"{n:064x}", stamp, stamp))
        art_fts.append((art_rowid, fold_text(title), fold_text(text)))
        words = words_cache.get(len(text))
        if words is None:
            words = words_cache[len(text)] = [(m.start(), m.end()) for m in regex.finditer(r"\w+", text)]
        made: dict[str, list[str]] = {t: [] for t in TAGS}
        for _ in range(PER_ARTICLE):
            i = rng.randrange(len(words) - 12)
            start, end = words[i][0], words[i + rng.randrange(0, 12)][1]
            tag = rng.choice(TAGS)
            bid = str(uuid.UUID(int=rng.getrandbits(128)))
            span = text[start:end]
            note = "check" if rng.random() < 0.05 else ""
            ann_rowid += 1
            ann_rows.append((ann_rowid, bid, aid, tag, start, end, span, text[max(0, start - 32):start],
                             text[end:end + 32], note, "bench", stamp, stamp))
            ann_fts.append((ann_rowid, fold_text(span), fold_text(note)))
            made[tag].append(bid)
        for q, s in list(zip(made["quote"], made["speaker"]))[:LINKS_PER_ARTICLE]:
            rel_rows.append((str(uuid.UUID(int=rng.getrandbits(128))), aid, "attributed_to", q, s, stamp))
    with conn:
        conn.executemany("INSERT INTO articles (rowid, id, title, source, authors, url, published, language, "
                         "dateline, text, text_sha256, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         art_rows)
        conn.executemany("INSERT INTO articles_fts (rowid, title, text) VALUES (?,?,?)", art_fts)
        conn.executemany("INSERT INTO annotations (rowid, id, article_id, tag, start, end, text, prefix, suffix, "
                         "note, annotator, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", ann_rows)
        conn.executemany("INSERT INTO annotations_fts (rowid, text, note) VALUES (?,?,?)", ann_fts)
        conn.executemany("INSERT INTO relations (id, article_id, type, from_id, to_id, created) "
                         "VALUES (?,?,?,?,?,?)", rel_rows)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', '1')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def generate_big(path: Path) -> str:
    """One article of 20M code points (the sample's paragraphs, numbered) with 100 spans; its id."""
    from annotator.core.model import Article, make_annotation
    from annotator.core.store import Store
    from annotator.core.text import canonicalize

    base = canonicalize(SEED_FILE.read_text(encoding="utf-8"))
    paragraphs = [p for p in base.split("\n") if p.strip()]
    out, size, n = [], 0, 0
    while size < BIG_CHARS:
        p = f"{paragraphs[n % len(paragraphs)]} ({n})"
        out.append(p)
        size += len(p) + 2
        n += 1
    article = Article(title="مقال من عشرين مليون حرف", text="\n\n".join(out)[:BIG_CHARS], language="ar")
    rng = random.Random(3)
    with Store.open(path) as store:
        store.add_article(article)
        for _ in range(PER_ARTICLE):
            start = rng.randrange(0, BIG_CHARS - 100)
            store.add_annotation(make_annotation(article, "claim", start, start + rng.randrange(5, 60)))
        store.set_meta("seeded", "1")
        store.set_meta("big", article.id)
    return article.id


# -- measuring (in a child process, with the annotator under test on sys.path) -----------------------

def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def child(db: str, big: str, runs: int) -> dict[str, float | int]:
    """Every measurement on one database; printed as JSON for the parent."""
    from annotator.core.model import make_annotation
    from annotator.core.search import fold_text
    from annotator.core.store import Store

    Store.open(db).close()  # a migration, if this annotator has a newer schema, is not what is timed
    Store.open(big).close()
    out: dict[str, float | int] = {}
    out["open"] = _median(lambda: Store.open(db).close(), runs)
    store = Store.open(db)
    out["articles"] = _median(store.articles, runs)
    out["n_articles"] = len(store.articles())
    # What the window's list reads at start: one page, and the open article's row (if this annotator can).
    out["articles_page"] = _median(lambda: store.articles(limit=200), runs)
    last = store.articles(limit=1, offset=len(store.articles()) - 1)[0].id
    position = getattr(store, "article_position", None)
    out["article_position"] = _median(lambda: position(last), runs) if position else -1.0
    out["search_word"] = _median(lambda: store.search_annotations(WORD), runs)
    out["search_word_hits"] = len(store.search_annotations(WORD))
    out["search_word_page"] = _median(lambda: store.search_annotations(WORD, limit=100), runs)
    out["search_articles"] = _median(lambda: store.search_articles(WORD), runs)
    out["said_by"] = _median(lambda: store.search_annotations("", tag="quote", speaker=SPEAKER), runs)
    out["said_by_hits"] = len(store.search_annotations("", tag="quote", speaker=SPEAKER))
    out["said_by_page"] = _median(lambda: store.search_annotations("", tag="quote", speaker=SPEAKER, limit=100),
                                  runs)
    raw = sqlite3.connect(db)
    out["sql_count"] = _median(lambda: raw.execute("SELECT count(*) FROM annotations").fetchone(), runs)
    out["sql_list"] = _median(lambda: raw.execute("SELECT id, title FROM articles ORDER BY rowid").fetchall(),
                              runs)
    folded = fold_text(WORD)  # the index holds folded text (ة → ه)
    match = f'{{text note}} : "{folded}"'
    out["sql_fts"] = _median(lambda: raw.execute(
        "SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ? LIMIT 500", [match]).fetchall(), runs)
    out["sql_fts_all"] = _median(lambda: raw.execute(
        "SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?", [match]).fetchall(), runs)
    out["sql_fts_hits"] = len(raw.execute(
        "SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?", [match]).fetchall())
    out["sql_counts"] = _median(lambda: raw.execute(
        "SELECT article_id, tag, count(*) FROM annotations GROUP BY article_id, tag").fetchall(), runs)
    kept = raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'annotation_counts'").fetchone()
    out["sql_kept_counts"] = _median(lambda: raw.execute(
        "SELECT article_id, tag, n FROM annotation_counts").fetchall(), runs) if kept else -1.0
    out["sql_open"] = _median(
        lambda: sqlite3.connect(db).execute("PRAGMA user_version").fetchone(), runs)
    raw.close()
    store.close()

    with Store.open(big) as store:
        article_id = store.get_meta("big") or ""
        # Cold: a fresh store that has never read the article (a command line, another window).
        cold = []
        for i in range(runs):
            with Store.open(big) as fresh:
                ann = _big_span(store, article_id, i)
                start = time.perf_counter()
                fresh.add_annotation(ann)
                cold.append(time.perf_counter() - start)
        out["add_cold"] = statistics.median(cold)
        # Warm: the window has opened the article (get_article) and annotates it.
        article = store.get_article(article_id)
        warm = []
        for i in range(runs):
            ann = make_annotation(article, "claim", 1000 + 7 * i, 1040 + 7 * i)
            start = time.perf_counter()
            store.add_annotation(ann)
            warm.append(time.perf_counter() - start)
        out["add_warm"] = statistics.median(warm)
    raw = sqlite3.connect(big)
    raw.execute("PRAGMA synchronous = FULL")

    def sql_add() -> None:
        with raw:
            raw.execute("INSERT INTO annotations (id, article_id, tag, start, end, text, created, updated) "
                        "VALUES (?, ?, 'claim', 0, 3, 'abc', '', '')", [str(uuid.uuid4()), article_id])
    out["sql_add"] = _median(sql_add, runs)
    raw.close()
    return out


def _big_span(store, article_id: str, i: int):
    from annotator.core.model import Annotation

    # Built from a short read, so building it does not read the whole text either.
    start = 19_000_000 + 101 * i
    text = store.db.execute("SELECT substr(text, ?, 30) FROM articles WHERE id = ?",
                            [start + 1, article_id]).fetchone()[0]
    return Annotation(article_id=article_id, tag="claim", start=start, end=start + 30, text=text)


def _process_env(code: Path, cache: Path) -> dict[str, str]:
    """The environment a measured process gets: this annotator, bytecode kept, offscreen Qt, own settings."""
    env = {**os.environ, "PYTHONPATH": str(code), "ANNOTATOR_BIDI": "logical", "PYTHONPYCACHEPREFIX": str(cache),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(cache / "config"), "XDG_DATA_HOME": str(cache / "data")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_list(db: Path, code: Path, runs: int, cache: Path) -> tuple[float, float]:
    """``annotator list`` as a whole process, and a bare ``python -c 'import sqlite3'`` beside it."""
    env = _process_env(code, cache)

    def run(cmd: list[str]) -> None:
        subprocess.run(cmd, cwd=code, env=env, check=True, stdout=subprocess.DEVNULL)

    first = _median(lambda: run([PY, "-m", "annotator", "list", "--db", str(db)]), 1)  # also warms the cache
    # Printing the list is slow in the terminal code (see the report): one run when it takes long.
    full = first if first > 5 else _median(lambda: run([PY, "-m", "annotator", "list", "--db", str(db)]), runs)
    bare = _median(lambda: run([PY, "-c", "import sqlite3"]), runs)
    return full, bare


def time_window(db: Path, code: Path, runs: int, cache: Path) -> tuple[float, float]:
    """``python main.py --db DB`` to the first paint of the article, and a bare PySide6 window, same run."""
    from tests.benchmarks.bench_startup import BARE, time_process

    env = _process_env(code, cache)
    app_env = {**env, "ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"}
    app = [PY, str(code / "main.py"), "--db", str(db)]
    time_process(app, app_env)  # warm-up: bytecode, the file cache, the first launch's settings
    time_process([PY, "-c", BARE], env)
    app_times, bare_times = [], []
    for _ in range(runs):  # alternated, so a busy moment touches both
        app_times.append(time_process(app, app_env))
        bare_times.append(time_process([PY, "-c", BARE], env))
    return statistics.median(app_times), statistics.median(bare_times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"


def table(size: int, r: dict, list_times: tuple[float, float], window_times: tuple[float, float],
          db: Path) -> str:
    rows = [
        ("`Store.open` (probe, migrate check, WAL setup)", r["open"],
         f"`sqlite3.connect` + `user_version`: {ms(r['sql_open'])}"),
        ("`store.articles()`, every article with its count", r["articles"],
         f"`SELECT id, title FROM articles`: {ms(r['sql_list'])}"),
        ("`store.articles(limit=200)`, the window list's first page", r["articles_page"], ""),
        ("`store.article_position()`, the open article's row (the last one)", r["article_position"],
         "(not in this annotator)" if r["article_position"] < 0 else ""),
        ("`annotator list`, whole process", list_times[0],
         f"`python -c 'import sqlite3'`: {ms(list_times[1])}; counting every span "
         f"(`GROUP BY article_id, tag`): {ms(r['sql_counts'])}"
         + (f"; reading the kept counts (schema 5): {ms(r['sql_kept_counts'])}" if r["sql_kept_counts"] >= 0 else "")),
        ("window: `python main.py --db …` → first paint, whole process", window_times[0],
         f"bare PySide6 window: {ms(window_times[1])} ({window_times[0] / window_times[1]:.1f}×)"),
        (f"search annotations for a word ({r['search_word_hits']} shown, limit 500)", r["search_word"],
         f"FTS lookup, first 500: {ms(r['sql_fts'])}; all {r['sql_fts_hits']:,} hits: {ms(r['sql_fts_all'])}"),
        ("search annotations for the word, a page of 100 (the search panel's)", r["search_word_page"], ""),
        ("search articles for the word (limit 200)", r["search_articles"], ""),
        (f"\"said by\": quotes whose speaker contains a word ({r['said_by_hits']} shown, limit 500)", r["said_by"],
         ""),
        ("\"said by\", a page of 100", r["said_by_page"], ""),
        ("add one annotation to a 20M-code-point article, article not read by this process", r["add_cold"],
         f"plain `INSERT` + commit: {ms(r['sql_add'])}"),
        ("add one annotation to it after `get_article` (as the window does)", r["add_warm"], ""),
        ("", 0.0, f"`SELECT count(*) FROM annotations`: {ms(r['sql_count'])}"),
    ]
    mb = db.stat().st_size / 1e6
    lines = [f"\n### {size:,} articles ({r['n_articles'] * PER_ARTICLE:,} annotations, {mb:.0f} MB)\n",
             "| What | Median | Plain baseline, same run |", "| --- | --- | --- |"]
    for what, t, base in rows:
        shown = "—" if t < 0 else ms(t)  # a measurement this annotator cannot make
        lines.append(f"| {what} | {shown if what else ''} | {base} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, help="folder for the generated databases (kept, and reused)")
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose annotator is measured")
    parser.add_argument("--child", nargs=2, metavar=("DB", "BIG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], args.runs)))
        return
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp)
        data.mkdir(parents=True, exist_ok=True)
        big = data / "big.db"
        if not big.exists():
            start = time.perf_counter()
            generate_big(big)
            print(f"generated {big.name} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        for size in args.sizes:
            db = data / f"articles_{size}.db"
            if not db.exists():
                start = time.perf_counter()
                generate(db, size)
                print(f"generated {db.name} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
            env = {**os.environ, "PYTHONPATH": str(args.code)}
            out = subprocess.run([PY, str(Path(__file__).resolve()), "--runs", str(args.runs), "--child",
                                  str(db), str(big)], cwd=args.code, env=env, capture_output=True, text=True)
            if out.returncode:
                raise SystemExit(out.stderr)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            cache = Path(tmp) / "pycache"
            print(table(size, result, time_list(db, args.code, args.runs, cache),
                        time_window(db, args.code, args.runs, cache), db), flush=True)


if __name__ == "__main__":
    main()
