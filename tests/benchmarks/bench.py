"""Benchmarks for the README's performance table: run it, it prints the figures.

    python tests/benchmarks/bench.py                 # everything (a few minutes)
    python tests/benchmarks/bench.py --runs 5        # repetitions for medians
    python tests/benchmarks/bench.py --only export   # only the export rows
    python tests/benchmarks/bench.py --only export --sizes 20000,100000,400000 --formats csv,json,jsonl

Every figure is a median over ``--runs`` runs on this machine, measured in
separate processes so one case cannot warm up another.  Nothing here
asserts a time: the targets are printed beside the measurements.

Each export is a whole ``annotator export`` process, printed beside Python's
own csv / json writers on the same rows already in memory, measured in the
same run and interleaved with the exports (a busy machine slows both alike):
the ratio is the figure to compare across machines and days.  Exports are
measured at several sizes, 500 annotations per article, so growth shows.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_startup import BARE, time_process  # noqa: E402

PY = sys.executable


# -- children (each runs in its own process) ------------------------------------

def _rss_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited across fork/exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _window(db: str):
    """The real main window on ``db``, shown at the default size (no article opened yet)."""
    from PySide6.QtCore import QSettings

    from annotator.core.store import Store
    from annotator.ui.app import application
    from annotator.ui.main_window import MainWindow

    app = application()
    QSettings().setValue("annotator/name", "bench")  # no first-run question
    window = MainWindow(Store.open(db))
    window.resize(1320, 840)
    window.show()
    app.processEvents()
    return app, window


def child_open_app(db: str, article_id: str) -> dict:
    """Open the big article in the real window; time to a painted, scrolled view."""
    _app, window = _window(db)
    start = time.perf_counter()
    window.open_article(article_id)
    window.view.viewport().repaint()  # synchronous: the first screen is drawn
    opened = time.perf_counter() - start
    bar = window.view.verticalScrollBar()
    start = time.perf_counter()
    bar.setValue(bar.maximum() // 2)  # scrolled to the middle of 1 MB
    window.view.viewport().repaint()
    scrolled = time.perf_counter() - start
    return {"open": opened, "scroll": scrolled, "rss_mb": _rss_mb(), "blocks": window.view.blockCount()}


def child_open_bare(db: str, article_id: str) -> dict:
    """The same text and highlights in a bare QPlainTextEdit + QSyntaxHighlighter."""
    import sqlite3
    from bisect import bisect_left

    from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication.instance() or QApplication([])
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.resize(1320, 840)
    view.show()
    app.processEvents()
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    text = conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    spans = conn.execute("SELECT start, end, tag FROM annotations WHERE article_id = ? ORDER BY start",
                         [article_id]).fetchall()
    starts = [s for s, _, _ in spans]
    longest = max(e - s for s, e, _ in spans)
    fmt = {t: QTextCharFormat() for t in ("quote", "speaker", "location", "claim")}
    for f, c in zip(fmt.values(), ("#E69F00", "#56B4E9", "#009E73", "#CC79A7")):
        f.setBackground(QColor(c))

    class Bare(QSyntaxHighlighter):
        def highlightBlock(self, block_text: str) -> None:  # noqa: N802
            lo = self.currentBlock().position()
            hi = lo + len(block_text)
            for i in range(bisect_left(starts, lo - longest), bisect_left(starts, hi)):
                s, e, t = spans[i]
                if e > lo:
                    self.setFormat(max(s, lo) - lo, min(e, hi) - max(s, lo), fmt[t])

    Bare(view.document())
    view.setPlainText(text)  # this text has no emoji, so code points == UTF-16 here
    view.viewport().repaint()
    return {"open": time.perf_counter() - start, "rss_mb": _rss_mb()}


def child_edit(db: str, article_id: str, runs: int) -> dict:
    """Key press → repainted highlight and committed row, for add, re-tag and delete."""
    import random

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, window = _window(db)
    window.open_article(article_id)
    app.processEvents()
    view = window.view
    view.setFocus()
    rng = random.Random(7)
    text = window.doc.text
    times: dict[str, list[float]] = {"add": [], "retag": [], "delete": []}

    def timed(kind: str, key: Qt.Key, char: str) -> None:
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, view, key, char, Qt.KeyboardModifier.NoModifier)
        view.viewport().repaint()
        times[kind].append(time.perf_counter() - start)

    first_visible = view.firstVisibleBlock().position()
    for _ in range(runs):
        # A fresh span in the visible part of the text, on word boundaries.
        s = first_visible + rng.randrange(0, 1500)
        while text[s].isspace() or not text[s - 1].isspace():
            s += 1
        e = text.index(" ", s + 2)
        offsets = window.doc.offsets
        view.select_utf16(offsets.to_utf16(s), offsets.to_utf16(e))
        timed("add", Qt.Key.Key_1, "1")
        timed("retag", Qt.Key.Key_4, "4")
        timed("delete", Qt.Key.Key_Delete, "")
        app.processEvents()
    return {k: {"median": statistics.median(v), "max": max(v)} for k, v in times.items()}


def child_import(db: str, folder: str) -> dict:
    """Import every file in ``folder`` from the window; how long, and how long the UI ever stalled."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    _app, window = _window(db)
    clock = QElapsedTimer()
    gaps: list[int] = []
    tick = QTimer()
    tick.setInterval(10)

    def beat() -> None:
        gaps.append(clock.restart())

    tick.timeout.connect(beat)
    paths = sorted(Path(folder).glob("*.txt"))
    clock.start()
    tick.start()
    start = time.perf_counter()
    outcomes = window.import_files(paths)
    total = time.perf_counter() - start
    tick.stop()
    ok = sum(1 for o in outcomes if o.ok)
    return {"seconds": total, "files": len(paths), "imported": ok,
            "max_stall_ms": max(gaps) if gaps else None, "ticks": len(gaps)}


def child_baseline_writers(db: str) -> dict:
    """Python's own csv and json writers on the same 100,000 rows, already in memory."""
    import csv
    import io
    import sqlite3

    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT a.article_id, ar.title, a.id, a.tag, a.start, a.end, a.text, a.note, a.annotator, a.created, "
        "a.updated FROM annotations a JOIN articles ar ON ar.id = a.article_id").fetchall()
    start = time.perf_counter()
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    csv_time = time.perf_counter() - start
    start = time.perf_counter()
    json.dumps([dict(zip(("article_id", "title", "id", "tag", "start", "end", "text", "note", "annotator",
                          "created", "updated"), r)) for r in rows], ensure_ascii=False)
    json_time = time.perf_counter() - start
    return {"csv": csv_time, "json": json_time, "rows": len(rows)}


CHILDREN = {"open-app": child_open_app, "open-bare": child_open_bare, "edit": child_edit,
            "import": child_import, "writers": child_baseline_writers}


# -- the parent: build data, run children, print the table -----------------------

def run_child(mode: str, *args: object, env: dict[str, str]) -> dict:
    out = subprocess.run([PY, __file__, "--child", mode, *map(str, args)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(f"{mode} failed: {out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


_PEAK = ("import atexit, sys; "
         "atexit.register(lambda: sys.stderr.write('VmHWM ' + [l for l in open('/proc/self/status') "
         "if l.startswith('VmHWM')][0].split()[1] + '\\n')); "
         "import runpy; runpy.run_module('annotator', run_name='__main__')")


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and peak memory (MB) of one whole ``annotator ARGS`` process.

    The process is ``python -m annotator`` with a one-line wrapper that
    reports its own peak (VmHWM) at exit; ``ru_maxrss`` of a child would
    include the benchmark's own memory at the fork.
    """
    start = time.perf_counter()
    out = subprocess.run([PY, "-c", _PEAK, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(f"{args} failed: {out.stderr[-2000:]}")
    peak = [line for line in out.stderr.splitlines() if line.startswith("VmHWM ")][-1]
    return elapsed, int(peak.split()[1]) / 1024


def med(values: list[float]) -> float:
    return statistics.median(values)


#: ``--only`` choices, in the order the table lists them.
SECTIONS = ("startup", "article", "export", "import")
#: Export sizes (annotations, 500 per article) and formats measured by default.
EXPORT_SIZES = (20_000, 100_000, 400_000)
EXPORT_FORMATS = ("csv", "json", "jsonl")
#: The other formats, measured once at 100,000 with ``--formats all``.
OTHER_FORMATS = ("excel", "xlsx", "w3c", "spacy", "brat")
PER_ARTICLE = 500


def startup_rows(tmp: Path, env: dict[str, str], runs: int) -> list[tuple[str, str, str]]:
    """Start-up, whole process, against a bare PySide6 window in the same run."""
    startup_db = tmp / "startup.db"
    app_env = {**env, "ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"}
    time_process([PY, "main.py", "--db", str(startup_db)], app_env)  # first launch seeds the db
    app_t, bare_t = [], []
    for _ in range(runs):
        app_t.append(time_process([PY, "main.py", "--db", str(startup_db)], app_env))
        bare_t.append(time_process([PY, "-c", BARE], env))
    py_t = med([time_process([PY, "-c", "import time; print(f'painted {time.time():.6f}')"], env)
                for _ in range(runs)])
    qt_import = med([float(subprocess.run([PY, "-c", "import time; t=time.perf_counter(); "
                                           "import PySide6.QtWidgets; print(time.perf_counter()-t)"],
                                          env=env, capture_output=True, text=True).stdout) for _ in range(runs)])
    return [("Start-up: `python main.py` → sample article painted", "< 0.4 s, ≤ 4× bare",
             f"{med(app_t):.3f} s; bare PySide6 window {med(bare_t):.3f} s; ratio "
             f"{med(app_t) / med(bare_t):.1f}×; of which Python start {py_t:.3f} s and "
             f"`import PySide6.QtWidgets` {qt_import:.3f} s")]


def article_rows(tmp: Path, env: dict[str, str], runs: int) -> list[tuple[str, str, str]]:
    """The 1 MB article with 10,000 annotations: open, memory, edits."""
    from tests.benchmarks.corpus import build_big_article_db, integrity

    big = tmp / "big.db"
    article_id = build_big_article_db(big)
    opens = [run_child("open-app", big, article_id, env=env) for _ in range(runs)]
    bares = [run_child("open-bare", big, article_id, env=env) for _ in range(runs)]
    open_t, bare_open = med([o["open"] for o in opens]), med([b["open"] for b in bares])
    rows = [("Open a 1 MB Arabic article with 10,000 overlapping annotations", "< 0.3 s, ≤ 3× bare",
             f"{open_t:.3f} s to a painted view "
             f"(scroll to the middle {med([o['scroll'] for o in opens]):.3f} s); "
             f"bare QPlainTextEdit + highlighter {bare_open:.3f} s; ratio {open_t / bare_open:.1f}×"),
            ("Peak memory for that case", "< 300 MB",
             f"{max(o['rss_mb'] for o in opens):.0f} MB (bare {max(b['rss_mb'] for b in bares):.0f} MB)")]
    edit = run_child("edit", big, article_id, 20, env=env)
    rows.append(("Add / re-tag / delete one annotation in it (key press → repainted, committed)", "< 16 ms",
                 " / ".join(f"{edit[k]['median'] * 1000:.1f} ms" for k in ("add", "retag", "delete"))
                 + " median; worst "
                 + " / ".join(f"{edit[k]['max'] * 1000:.1f}" for k in ("add", "retag", "delete")) + " ms"))
    assert integrity(big) == "ok"
    return rows


def _export_args(db: Path, fmt: str, out: Path) -> list[str]:
    if fmt == "excel":
        return ["export", "--db", str(db), "--format", "csv", "--excel", "-o", str(out)]
    return ["export", "--db", str(db), "--format", fmt, "-o", str(out)]


def export_rows(tmp: Path, env: dict[str, str], runs: int, sizes: list[int],
                formats: list[str]) -> list[tuple[str, str, str]]:
    """``annotator export`` as whole processes at each size, beside Python's own writers in the same run."""
    from tests.benchmarks.corpus import build_corpus_db, integrity

    env = {**env, "SOURCE_DATE_EPOCH": "1764000000"}  # the same bytes at every run
    rows: list[tuple[str, str, str]] = []
    peaks: dict[int, float] = {}
    for size in sizes:
        articles = max(1, size // PER_ARTICLE)
        db = tmp / f"corpus{size}.db"
        build_corpus_db(db, articles=articles, per_article=PER_ARTICLE)
        times: dict[str, list[float]] = {fmt: [] for fmt in formats}
        rss: dict[str, list[float]] = {fmt: [] for fmt in formats}
        base: dict[str, list[float]] = {"csv": [], "json": []}
        for _ in range(runs):  # interleaved: the baseline and the exports see the same machine
            writers = run_child("writers", db, env=env)
            base["csv"].append(writers["csv"])
            base["json"].append(writers["json"])
            for fmt in formats:
                t, m = run_process(_export_args(db, fmt, tmp / f"out.{fmt}"), env)
                times[fmt].append(t)
                rss[fmt].append(m)
        for fmt in formats:
            out = tmp / f"out.{fmt}"
            size_mb = (sum(p.stat().st_size for p in out.iterdir()) if out.is_dir() else out.stat().st_size) / 1e6
            what = f"`annotator export --format {' '.join(_export_args(db, fmt, out)[4:-2])}`: {size:,} " \
                   f"annotations, {articles} articles"
            measured = f"{med(times[fmt]):.2f} s"
            kind = {"csv": "csv", "excel": "csv", "json": "json", "jsonl": "json"}.get(fmt)
            if kind:  # the formats that are Python's csv / json writers' work
                baseline = med(base[kind])
                measured += f" = {med(times[fmt]) / baseline:.1f}× Python's own {kind} writer ({baseline:.2f} s)"
            rows.append((what, "< 0.7 s" if size == 100_000 and fmt in EXPORT_FORMATS else "",
                         f"{measured}; peak {max(rss[fmt]):.0f} MB (file {size_mb:.0f} MB)"))
        peaks[size] = max(rss["json" if "json" in formats else formats[0]])
        assert integrity(db) == "ok"
        db.unlink()
    one_article = tmp / "one.db"
    build_corpus_db(one_article, articles=1, per_article=PER_ARTICLE)
    fmt = "json" if "json" in formats else formats[0]
    small = [run_process(_export_args(one_article, fmt, tmp / f"one.{fmt}"), env) for _ in range(runs)]
    rows.append((f"  Fixed cost: `annotator export --format {fmt}` of 1 article, {PER_ARTICLE} annotations",
                 "(reference)", f"{med([t for t, _ in small]):.2f} s (Python start, imports, opening the database)"))
    rows.append((f"  Memory ({fmt}): export of 1 article vs " + " vs ".join(f"{s // PER_ARTICLE}" for s in sizes),
                 "bounded by the largest article",
                 f"{max(m for _, m in small):.0f} MB vs " + " vs ".join(f"{peaks[s]:.0f} MB" for s in sizes)))
    return rows


def import_rows(tmp: Path, env: dict[str, str], runs: int) -> list[tuple[str, str, str]]:
    """Import 200 articles from the window."""
    from tests.benchmarks.corpus import write_article_files

    files = write_article_files(tmp / "files", 200)
    imports = [run_child("import", tmp / f"import{n}.db", files[0].parent, env=env) for n in range(min(runs, 3))]
    return [("Import 200 articles in the window (progress bar, worker thread)", "responsive",
             f"{med([i['seconds'] for i in imports]):.2f} s; the UI thread never stalled more than "
             f"{max(i['max_stall_ms'] for i in imports)} ms")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=SECTIONS, action="append",
                        help="measure only this part (repeatable; default: all of them)")
    parser.add_argument("--sizes", default=",".join(map(str, EXPORT_SIZES)),
                        help="export sizes in annotations, comma-separated (500 per article)")
    parser.add_argument("--formats", default=",".join(EXPORT_FORMATS),
                        help="export formats, comma-separated (excel is csv --excel); 'all' adds "
                             + ", ".join(OTHER_FORMATS))
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        if mode == "edit":
            rest[-1] = int(rest[-1])
        print(json.dumps(CHILDREN[mode](*rest)))
        return

    runs = args.runs
    sections = args.only or list(SECTIONS)
    sizes = [int(s) for s in args.sizes.split(",")]
    formats = list(EXPORT_FORMATS + OTHER_FORMATS) if args.formats == "all" else args.formats.split(",")
    results: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": str(tmp / "config"), "XDG_DATA_HOME": str(tmp / "data"),
               "PYTHONPATH": str(ROOT)}
        rows_of = {"startup": startup_rows, "article": article_rows, "import": import_rows}
        for section in SECTIONS:
            if section not in sections:
                continue
            if section == "export":
                results += export_rows(tmp, env, runs, sizes, formats)
            else:
                results += rows_of[section](tmp, env, runs)

    width = max(len(r[0]) for r in results)
    print(f"{'What':{width}}  {'Target':30}  Measured (median of {runs})")
    for what, target, measured in results:
        print(f"{what:{width}}  {target:30}  {measured}")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("(PYTHONDONTWRITEBYTECODE is set: every process compiled annotator's modules from source, "
              "which an installed copy does not)")


if __name__ == "__main__":
    main()
