"""Never lose work, never corrupt, never run markup: the protections, each tested."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.errors import StoreError
from annotator.core.model import Relation, make_annotation
from annotator.core.store import Store
from annotator.ui.app import open_window
from annotator.ui.main_window import MainWindow
from tests.conftest import PROJECT_ROOT
from tests.ui.conftest import db_rows, press


def offscreen_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.slow
def test_sigkill_in_a_burst_loses_no_annotation_whose_key_press_returned(tmp_path: Path) -> None:
    db = tmp_path / "burst.db"
    script = tmp_path / "burst.py"
    script.write_text(
        "import regex, sys\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtTest import QTest\n"
        "from annotator.core.store import Store\n"
        "from annotator.ui.app import application, open_window\n"
        "app = application()\n"
        f"w = open_window(Store.open({str(db)!r}))\n"
        "w.show(); app.processEvents(); w.view.setFocus()\n"
        "words = [m.span() for m in regex.finditer(r'\\w+', w.doc.text)]\n"
        "for n, (s, e) in enumerate(words[:400]):\n"
        "    o = w.doc.offsets\n"
        "    w.view.select_utf16(o.to_utf16(s), o.to_utf16(e))\n"
        "    QTest.sendKeyEvent(QTest.KeyAction.Click, w.view, Qt.Key.Key_3, '3', Qt.KeyboardModifier.NoModifier)\n"
        "    print(f'{s} {e}', flush=True)  # the key press has returned\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, str(script)], cwd=PROJECT_ROOT, env=offscreen_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    returned = []
    try:
        while len(returned) < 60:
            line = proc.stdout.readline()
            assert line, proc.stderr.read().decode()[-2000:]
            returned.append(tuple(map(int, line.split())))
    finally:
        proc.send_signal(signal.SIGKILL)  # mid-burst: no clean-up code runs
        proc.communicate(timeout=30)
    with Store.open(db) as store:  # "restart"
        assert store.integrity_check() == "ok"
        [article] = store.articles()
        stored = {(a.start, a.end) for a in store.annotations(article.id)}
    assert set(returned) <= stored  # every press that returned was committed


def test_two_windows_on_one_database_see_each_others_work(db_path: Path, qtbot) -> None:
    first_store, second_store = Store.open(db_path), Store.open(db_path)
    first, second = open_window(first_store), open_window(second_store)
    for w in (first, second):
        qtbot.addWidget(w)
    text = first.doc.text
    start = text.index("دير الزور")
    first.view.select_utf16(first.doc.offsets.to_utf16(start), first.doc.offsets.to_utf16(start + 9))
    first.apply_tag("location")
    assert second.annotation_model.rowCount() == 0
    second.refresh_from_database()  # what regaining the focus does
    assert second.annotation_model.rowCount() == 1
    # Both write at once: nothing is lost, nothing is reported as locked.
    s2 = text.index("الباغوز")
    second.view.select_utf16(second.doc.offsets.to_utf16(s2), second.doc.offsets.to_utf16(s2 + 7))
    second.apply_tag("location")
    first.refresh_from_database()
    assert first.annotation_model.rowCount() == 2
    assert first.open_messages() == [] and second.open_messages() == []
    first.close(), second.close()
    first_store.close(), second_store.close()


@pytest.mark.slow
def test_window_keeps_writing_while_the_command_line_exports_and_imports(window: MainWindow, tmp_path: Path) -> None:
    db = window.store.path
    stop = threading.Event()
    failures: list[str] = []
    runs = [0]

    def cli_loop() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            article = tmp_path / f"cli{n}.txt"
            article.write_text(f"مقال من سطر الأوامر رقم {n}\nنص", encoding="utf-8")
            for args in (["export", "--format", "json"], ["import", str(article)]):
                out = subprocess.run([sys.executable, "-m", "annotator", *args, "--db", str(db)],
                                     cwd=PROJECT_ROOT, capture_output=True, timeout=60)
                if out.returncode != 0:
                    failures.append(out.stderr.decode())
            runs[0] += 1

    thread = threading.Thread(target=cli_loop)
    thread.start()
    try:
        import time

        import regex

        words = [m.span() for m in regex.finditer(r"\w+", window.doc.text)]
        for s, e in words:
            window.view.select_utf16(window.doc.offsets.to_utf16(s), window.doc.offsets.to_utf16(e))
            press(window.view, Qt.Key.Key_3, "3")
            time.sleep(0.01)  # a fast typist, while the command line runs beside
            if runs[0] >= 3:
                break
    finally:
        stop.set()
        thread.join(120)
    assert runs[0] >= 3  # the command line really ran alongside, several times
    assert failures == []
    assert window.open_messages() == []  # no "locked" message reached the user
    assert len(db_rows(window, "SELECT id FROM annotations")) == len(window.doc.annotations())
    assert db_rows(window, "PRAGMA integrity_check") == [("ok",)]


def test_a_read_only_database_opens_for_reading_and_refuses_changes(tmp_path: Path, qtbot, monkeypatch) -> None:
    db = tmp_path / "shared.db"
    with Store.open(db) as store:
        from annotator.core.seeds import ensure_seeded

        [article] = ensure_seeded(store)
        store.add_annotation(make_annotation(article, "location", article.text.index("الحسكة"),
                                             article.text.index("الحسكة") + 6))
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").connection.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    # Root may write anything, so the test marks the file unwritable the way
    # os.access reports a read-only file or folder to a normal user.
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if (mode & os.W_OK and Path(p) in (db, tmp_path))
                        else real_access(p, mode, **kw))
    store = Store.open(db)
    assert store.read_only
    window = open_window(store)
    qtbot.addWidget(window)
    assert window.annotation_model.rowCount() == 1 and "(read-only)" in window.statusBar().findChildren(
        type(window.saved_label))[-1].text()
    text = window.doc.text
    s = text.index("دير الزور")
    window.view.select_utf16(window.doc.offsets.to_utf16(s), window.doc.offsets.to_utf16(s + 9))
    window.apply_tag("location")  # refused with a message; the window keeps running
    [box] = window.open_messages()
    assert "read-only" in box.text()
    box.close()
    assert window.annotation_model.rowCount() == 1
    with pytest.raises(StoreError, match="read-only"):
        store.set_meta("x", "y")
    # Reading and exporting work.
    from annotator.core.exporters import export_to_file

    assert export_to_file(store, "csv", tmp_path / "out.csv") == 1
    window.close()
    store.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.slow
def test_a_full_disk_during_export_leaves_no_partial_file(tmp_path: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        from annotator.core.seeds import ensure_seeded

        [article] = ensure_seeded(store)
        for start in range(0, 3000, 7):
            if article.text[start:start + 5].strip() and len(article.text[start:start + 5]) == 5:
                store.add_annotation(make_annotation(article, "claim", start, start + 5))
    target = tmp_path / "out.json"
    target.write_text("yesterday's export")

    def tiny_disk() -> None:  # the file system fills after 20 kB
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    out = subprocess.run([sys.executable, "-m", "annotator", "export", "--db", str(db_path), "--format", "json",
                          "-o", str(target)], cwd=PROJECT_ROOT, capture_output=True, preexec_fn=tiny_disk)
    assert out.returncode == 1
    assert "Cannot write" in out.stderr.decode() and "Traceback" not in out.stderr.decode()
    assert target.read_text() == "yesterday's export"  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []  # no temp left


def test_markup_in_articles_and_notes_is_shown_never_interpreted(window: MainWindow, tmp_path: Path) -> None:
    hostile = ('<b>عنوان عريض</b> <img src=x onerror="alert(1)"> <script>alert("x")</script>\n'
               '<a href="http://evil.example">انقر هنا</a> &amp; نص عادي')
    path = tmp_path / "hostile.txt"
    path.write_text(hostile, encoding="utf-8")
    [outcome] = window.import_files([path])
    text = window.doc.text
    assert window.view.shown_text() == text == hostile  # shown literally in the view
    start = text.index("<img")
    offsets = window.doc.offsets
    window.view.select_utf16(offsets.to_utf16(start), offsets.to_utf16(text.index(">", start) + 1))
    press(window.view, Qt.Key.Key_4, "4")
    window.details_part.note_edited(window.current_annotation().id, "<i>note</i> <script>x</script>")
    ann = window.current_annotation()
    # Panel: the display text is the literal markup.
    row = window.annotation_model.row_of(ann.id)
    assert window.annotation_model.index(row, 1).data().endswith('<img src=x onerror="alert(1)">')
    # Tooltips (rich text by nature) carry it escaped.
    tip = window.tooltip_for(window.view.index.at(window.doc.offsets.to_utf16(start + 2)))
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in tip and "<img" not in tip
    assert "&lt;script&gt;" in tip and "<script>" not in tip
    panel_tip = window.annotation_model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in panel_tip and "&lt;i&gt;note" in panel_tip
    # Labels and titles are plain text.
    assert window.details.heading.textFormat() == Qt.TextFormat.PlainText
    assert window.windowTitle().startswith("<b>عنوان عريض</b>")
    box = window.show_message("Import", outcome.article.title)
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>" in box.text()
    box.close()


def test_a_focus_refresh_brings_in_only_what_another_window_changed(db_path: Path, qtbot) -> None:
    first_store, second_store = Store.open(db_path), Store.open(db_path)
    first, second = open_window(first_store), open_window(second_store)
    for w in (first, second):
        qtbot.addWidget(w)
    offsets, text = first.doc.offsets, first.doc.text

    def tag_in_first(needle: str, tag: str) -> str:
        start = text.index(needle)
        first.view.select_utf16(offsets.to_utf16(start), offsets.to_utf16(start + len(needle)))
        first.apply_tag(tag)
        return first.annotating.current_id

    speaker = tag_in_first("مايلس كاغينس", "speaker")
    quote = tag_in_first("مهمتنا الأساسية هي القضاء على داعش", "quote")
    place = tag_in_first("الحسكة", "location")
    first.doc.link(Relation(first.doc.article.id, quote, speaker))
    first.doc.set_note(place, "تحقق من الموقع")
    second.view.verticalScrollBar().setValue(3)
    with qtbot.assertNotEmitted(second.doc.reset):  # no reload: only the changes are read
        second.refresh_from_database()
    assert {a.id for a in second.doc.all_annotations()} == {speaker, quote, place}
    assert second.doc.annotation(place).note == "تحقق من الموقع"
    assert second.annotation_model.rowCount() == 3 and second.view.index.at(offsets.to_utf16(text.index("الحسكة")))
    assert second.view.verticalScrollBar().value() == 3  # the reader stays where they were
    assert [a.id for a in second.doc.links_from(quote)] == [speaker]
    # Re-tagged and deleted elsewhere: the old span goes, the new one is drawn.
    first.doc.retag(place, "claim")
    first.doc.remove(speaker)
    with qtbot.assertNotEmitted(second.doc.reset):
        second.refresh_from_database()
    assert second.doc.annotation(speaker) is None and second.doc.annotation(place).tag == "claim"
    assert second.doc.counts().get("speaker", 0) == 0 and second.doc.counts()["claim"] == 1
    assert [span.tag for span in second.view.index.overlapping(0, len(text) * 2)].count("claim") == 1
    assert second.annotation_model.rowCount() == 2
    # Nothing changed: nothing is read.
    with qtbot.assertNotEmitted(second.doc.annotationsReplaced):
        second.refresh_from_database()
    # Its own changes are not read back: only the other window's span comes in.
    start = text.index("تل تمر")
    second.view.select_utf16(offsets.to_utf16(start), offsets.to_utf16(start + 6))
    second.apply_tag("location")
    ours = second.annotating.current_id
    elsewhere = tag_in_first("الباغوز", "location")
    redrawn: list[list] = []
    second.doc.annotationsReplaced.connect(redrawn.append)
    read: list[str] = []
    reader = second_store.annotations_by_id

    def reading(ids):  # type: ignore[no-untyped-def]
        read.extend(ids)
        return reader(ids)

    second_store.annotations_by_id = reading  # type: ignore[method-assign]
    second.refresh_from_database()
    assert read == [elsewhere]  # not the span this window stored itself
    assert [[a.id for a in batch] for batch in redrawn] == [[elsewhere]]
    assert second.doc.annotation(ours) is not None and second.doc.annotation(elsewhere) is not None
    # A log that no longer reaches back (pruned): the article is reloaded, correctly.
    first.doc.set_note(quote, "مؤكد")
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM changes")
    with qtbot.waitSignal(second.doc.reset, timeout=1000):
        second.refresh_from_database()
    assert second.doc.annotation(quote).note == "مؤكد"
    first.close(), second.close()
    first_store.close(), second_store.close()
