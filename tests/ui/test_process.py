"""The app as a whole process: launching, stopping, surviving a kill, the highlighter crash."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

pytestmark = pytest.mark.slow


def wait_for(predicate, timeout: float = 30.0, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("timed out waiting")


def query(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def offscreen_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_main_py_opens_the_seed_article_and_stops_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "launch.db"
    proc = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(db)], cwd=PROJECT_ROOT, env=offscreen_env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        # The window records the article it shows; the seed article is stored.
        rows = wait_for(lambda: query(db, "SELECT a.title, a.source FROM meta m JOIN articles a "
                                          "ON a.id = m.value WHERE m.key = 'last_article'"))
        assert rows[0][0].startswith("قائد عملية العزم الصلب")
        assert rows[0][1] == "North Press Agency"
        assert proc.poll() is None  # still running: a window, not a crash
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_a_killed_window_loses_no_annotation(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    script = tmp_path / "tag_then_wait.py"
    script.write_text(
        "import sys, time\n"
        "from annotator.core.store import Store\n"
        "from annotator.ui.app import application, open_window\n"
        "app = application()\n"
        f"window = open_window(Store.open({str(db)!r}))\n"
        "window.show(); app.processEvents()\n"
        "text = window.doc.text\n"
        "for i, word in enumerate(['مايلس كاغينس', 'مصطفى بالي', 'كينو كبرئيل', 'الحسكة', 'تل تمر', 'الباغوز']):\n"
        "    s = text.index(word)\n"
        "    o = window.doc.offsets\n"
        "    window.view.select_utf16(o.to_utf16(s), o.to_utf16(s + len(word)))\n"
        "    window.apply_tag(['speaker', 'location'][i // 3])\n"
        "print('tagged', flush=True)\n"
        "time.sleep(120)\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, str(script)], cwd=PROJECT_ROOT, env=offscreen_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stdout.readline()
        assert line.strip() == b"tagged", proc.stderr.read().decode()
    finally:
        proc.kill()  # SIGKILL: no clean-up code runs
        proc.communicate(timeout=30)
    rows = query(db, "SELECT tag, text FROM annotations ORDER BY start")
    assert sorted(rows) == sorted([("speaker", "مايلس كاغينس"), ("speaker", "مصطفى بالي"), ("speaker", "كينو كبرئيل"),
                                   ("location", "الحسكة"), ("location", "تل تمر"), ("location", "الباغوز")])
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_long_highlighting_does_not_crash_the_interpreter() -> None:
    """Regression: PySide6 6.12.0 + Python 3.11 dies in QSyntaxHighlighter.setFormat."""
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("highlight_stress.py"))],
        cwd=PROJECT_ROOT, env=offscreen_env(), capture_output=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert b"setFormat calls:" in result.stdout


def test_a_stop_asked_while_the_window_is_starting_ends_the_process(tmp_path: Path) -> None:
    """SIGTERM handled during start-up (before the event loop runs) must not leave a loop that never ends.

    The handler's queued quit can run inside a processEvents() of the start,
    when there is no loop to end; the process then spun forever, windowless.
    Here the signal is raised at the worst moment: as the window is built.
    """
    script = tmp_path / "stop_during_start.py"
    script.write_text(
        "import os, signal, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from annotator.ui import app\n"
        "real = app.MainWindow.show\n"
        "def show_then_stop(window):\n"
        "    real(window)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)  # handled at the next bytecode: the window closes\n"
        "    QApplication.processEvents()  # the handler's queued quit runs here, with no loop to end\n"
        "app.MainWindow.show = show_then_stop\n"
        f"sys.exit(app.run({str(tmp_path / 'start.db')!r}))\n",
        encoding="utf-8",
    )
    result = subprocess.run([sys.executable, str(script)], cwd=PROJECT_ROOT, env=offscreen_env(),
                            capture_output=True, timeout=30)  # (it hung here, spinning, before the fix)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert query(tmp_path / "start.db", "PRAGMA integrity_check") == [("ok",)]
