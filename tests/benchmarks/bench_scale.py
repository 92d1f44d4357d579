"""Benchmark: what opening, a key press, find and refresh cost as the article grows — 1M, 5M, 20M code points.

    python tests/benchmarks/bench_scale.py            # 1x, 5x, 20x (the 20x database takes a minute to build)
    python tests/benchmarks/bench_scale.py --sizes 1  # just 1M

Each size is an article of the sample's paragraphs repeated, with 10,000
spans per million code points (so 200,000 at 20M), opened in the real
window.  Measured in the window, each a median of several runs:

* opening the article (to the first screen painted), beside a bare
  ``QPlainTextEdit`` given the same text in the same run;
* adding a tag: the key press to the repainted highlight and committed row;
* stepping to the next annotation (N);
* Ctrl+F: typing a word to its first matches marked (the search then goes
  on between events), and to the whole count — beside ``str.find`` over
  the same text for the word (the least any search can cost);
* Tag all: tagging every match of a word, in one transaction and one undo step;
* a focus refresh when nothing changed elsewhere, and after another
  process added one span — beside one plain-SQL insert.

Nothing is asserted; the growth along a column is what matters.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORD = "التحالف"      # common: thousands of matches at 20M
RARE = "قصرك"         # tag-all target: one per paragraph repetition of its sentence


def child(db: str, article_id: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import random
    import sqlite3

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    from annotator.core.store import Store
    from annotator.ui.app import application
    from annotator.ui.main_window import MainWindow

    app = application()
    QSettings().setValue("annotator/name", "bench")
    window = MainWindow(Store.open(db))
    window.resize(1320, 840)
    window.show()
    app.processEvents()
    out: dict[str, float] = {}
    start = time.perf_counter()
    window.open_article(article_id)
    window.view.viewport().repaint()
    out["open"] = time.perf_counter() - start
    app.processEvents()
    view = window.view
    view.setFocus()
    text = window.doc.text

    bare = QPlainTextEdit()
    bare.resize(view.size())
    bare.show()
    start = time.perf_counter()
    bare.setPlainText(text)
    bare.viewport().repaint()
    out["open_bare"] = time.perf_counter() - start
    bare.close()
    del bare
    app.processEvents()

    rng = random.Random(3)

    def press(key: Qt.Key, char: str) -> float:
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, view, key, char, Qt.KeyboardModifier.NoModifier)
        view.viewport().repaint()
        return time.perf_counter() - start

    adds = []
    first = view.firstVisibleBlock().position()
    for _ in range(12):
        s = first + rng.randrange(0, 1500)
        while text[s].isspace() or not text[s - 1].isspace():
            s += 1
        e = text.index(" ", s + 2)
        view.select_utf16(window.doc.offsets.to_utf16(s), window.doc.offsets.to_utf16(e), scroll=False)
        adds.append(press(Qt.Key.Key_3, "3"))
    out["add"] = statistics.median(adds[2:])  # the first two warm the caches up
    steps = [press(Qt.Key.Key_N, "n") for _ in range(10)]
    out["step"] = statistics.median(steps)

    bar = window.find_bar
    window.open_find()
    start = time.perf_counter()
    bar.query.setText(WORD)  # as typed: the search starts at once
    view.viewport().repaint()
    out["find"] = time.perf_counter() - start
    out["find_first"] = len(bar.matches)
    while bar.searching():
        app.processEvents()
    out["find_all"] = time.perf_counter() - start
    out["find_matches"] = len(bar.matches)
    start = time.perf_counter()
    count = 0
    pos = text.find(WORD)
    while pos != -1:
        count += 1
        pos = text.find(WORD, pos + 1)
    out["find_baseline"] = time.perf_counter() - start

    bar.query.setText(RARE)
    bar.flush()
    out["tag_all_matches"] = len(bar.matches)
    start = time.perf_counter()
    window.tag_all_matches("location")
    app.processEvents()
    out["tag_all"] = time.perf_counter() - start

    refreshes = []
    for _ in range(5):
        start = time.perf_counter()
        window.refresh_from_database()
        refreshes.append(time.perf_counter() - start)
    out["refresh"] = statistics.median(refreshes)
    # Another process adds one span: the refresh reads and draws that one.
    from annotator.core.model import make_annotation

    other = Store.open(db)
    article = other.get_article(article_id)
    far = text.index(" ", len(text) // 2) + 1
    other.add_annotation(make_annotation(article, "claim", far, text.index(" ", far)))
    other.close()
    start = time.perf_counter()
    window.refresh_from_database()
    out["refresh_one"] = time.perf_counter() - start

    conn = sqlite3.connect(db)
    start = time.perf_counter()
    conn.execute("INSERT INTO meta (key, value) VALUES ('bench', 'x')")
    conn.commit()
    out["sql_insert"] = time.perf_counter() - start
    conn.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,5,20", help="millions of code points, comma-separated")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    from tests.benchmarks.corpus import build_big_article_db

    print("| Article | Spans | Open (bare `QPlainTextEdit`) | Add a tag (key → repainted, committed) | N (next) "
          "| Ctrl+F: first matches shown / whole count (matches) | `str.find`, same word | Tag all (matches, one "
          "step) | Focus refresh: nothing changed / one span added elsewhere | Plain SQL insert |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for millions in (int(x) for x in args.sizes.split(",")):
            db = Path(tmp) / f"scale{millions}.db"
            article_id = build_big_article_db(db, chars=millions * 1_000_000, annotations=millions * 10_000)
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tmp}
            done = subprocess.run([sys.executable, __file__, "--child", str(db), article_id],
                                  capture_output=True, text=True, env=env, timeout=3600)
            if done.returncode != 0:
                print(f"| {millions}M | failed: {done.stderr.strip().splitlines()[-1:]} |")
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])

            def ms(key: str, r: dict = r) -> str:
                return f"{r[key] * 1000:.1f} ms"

            print(f"| {millions}M | {millions * 10_000:,} | {r['open']:.2f} s ({r['open_bare']:.2f} s) "
                  f"| {ms('add')} | {ms('step')} | {ms('find')} / {ms('find_all')} ({r['find_matches']:,}) "
                  f"| {ms('find_baseline')} | {r['tag_all'] * 1000:.0f} ms ({r['tag_all_matches']:,}) "
                  f"| {ms('refresh')} / {ms('refresh_one')} | {ms('sql_insert')} |", flush=True)


if __name__ == "__main__":
    main()
