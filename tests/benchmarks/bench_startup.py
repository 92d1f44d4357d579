"""Start-up time: ``python main.py`` to the article painted, against a bare PySide6 window.

Run:  python tests/benchmarks/bench_startup.py [--runs 5]

Both are timed as whole processes in the same run, from just before the
process is spawned to the moment the text view has finished its first paint
(the child prints the wall-clock time right after that paint).  Prints the
median of the runs, the ratio, and how much of the start is Python and Qt
import.  Figures, not assertions: the README quotes them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_858c89a68ec5f748.txt"

BARE = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit
app = QApplication(sys.argv)
view = QPlainTextEdit()
view.setReadOnly(True)
view.setPlainText(open({str(SEED)!r}, encoding="utf-8").read())
class F(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            w.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"painted {{time.time():.6f}}", flush=True), app.quit()))
        return False
f = F()
view.viewport().installEventFilter(f)
view.resize(1280, 820)
view.show()
app.exec()
"""


def time_process(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    # A single-file bundle unpacks itself first: seconds on a slow disk, hence the generous limit.
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    for line in out.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{cmd[0]}: no paint reported: {out.stderr[-2000:]}")


def import_time(module: str, env: dict[str, str]) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        db = Path(tmp) / "bench.db"
        # First launch creates and seeds the database; time the launches after it
        # (the everyday case), and report the first one separately.
        app_env = {**env, "ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"}
        first = time_process([sys.executable, "main.py", "--db", str(db)], app_env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            app_times.append(time_process([sys.executable, "main.py", "--db", str(db)], app_env))
            bare_times.append(time_process([sys.executable, "-c", BARE], env))
        python_only = statistics.median(
            time_process([sys.executable, "-c", "import time; print(f'painted {time.time():.6f}')"], env)
            for _ in range(args.runs)
        )
        qt_import = statistics.median(import_time("PySide6.QtWidgets", env) for _ in range(args.runs))
        app_imports = statistics.median(import_time("annotator.ui.app", env) for _ in range(args.runs))
    app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
    print(f"python main.py -> article painted (median of {args.runs}): {app_med * 1000:.0f} ms"
          f"  [runs: {', '.join(f'{t * 1000:.0f}' for t in app_times)}]")
    print(f"first launch (creates and seeds the database):   {first * 1000:.0f} ms")
    print(f"bare PySide6 QPlainTextEdit with the same text:  {bare_med * 1000:.0f} ms"
          f"  [runs: {', '.join(f'{t * 1000:.0f}' for t in bare_times)}]")
    print(f"ratio app / bare:                                 {app_med / bare_med:.2f}x")
    print(f"  python interpreter start and exit:              {python_only * 1000:.0f} ms")
    print(f"  import PySide6.QtWidgets:                       {qt_import * 1000:.0f} ms")
    print(f"  import annotator.ui.app (incl. Qt, sqlite-utils): {app_imports * 1000:.0f} ms")


if __name__ == "__main__":
    main()
