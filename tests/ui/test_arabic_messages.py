"""The Arabic interface's sentences with variable parts: refused imports (the core's errors), the import
report, status-bar messages after real key presses, the history lines, the window title — Arabic, with
only the file names, formats and keys in Latin letters."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from annotator.ui import i18n
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, press, tag, undo
from tests.ui.test_arabic import english_in

# File endings an Arabic message names as they are.
ENDINGS = {"txt", "doc", "docx", "pdf", "json", "md", "html", "ann"}


def arabic_only(text: str, *latin_parts: str) -> list[str]:
    """The English words of ``text`` once the given parts (paths, names) and file endings are set aside."""
    for part in latin_parts:
        text = text.replace(part, " ")
    return [w for w in english_in(text) if w not in ENDINGS]


def hostile_files(folder: Path) -> list[Path]:
    """One file for each way an article file is refused, named in Arabic as a journalist's would be."""
    files = {
        "فارغ.txt": b"   \n",
        "ثنائي.txt": bytes(range(256)) * 8,
        "قديم.doc": bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512,
        "تالف.docx": b"PK\x03\x04 not really a zip",
        "ليس-ملف-بي-دي-إف.pdf": b"<html>a page saved with the wrong ending</html>",
        "معطوب.json": b'{"format": "annotator.v1", "articles": [',
        "تحكم.txt": ("نص" + "\x07" * 40).encode("utf-8"),
    }
    paths = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    bomb = folder / "كبير.docx"  # a Word document that unpacks to far more than it weighs
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b" " * (300 * 2**20))
    paths.append(bomb)
    return paths


def test_refused_files_are_explained_in_arabic(arabic: MainWindow, tmp_path: Path) -> None:
    paths = hostile_files(tmp_path)
    outcomes = arabic.import_files(paths)
    assert [o.ok for o in outcomes] == [False] * len(paths)  # every one refused: nothing changed
    [box] = arabic.open_messages()
    shown = box.text() + "\n" + box.detailedText()
    for path in paths:
        assert path.name in shown, path.name  # each file is named…
    english = arabic_only(shown, str(tmp_path))
    assert english == [], f"English in the Arabic import report: {english}\n{shown}"  # …and explained in Arabic
    assert any("\u0660" <= ch <= "\u0669" for ch in shown)  # the numbers (sizes, limits) in Arabic-Indic digits
    box.close()


def test_status_messages_after_key_presses_are_arabic(arabic: MainWindow) -> None:
    bar = arabic.statusBar()
    seen: list[str] = []
    bar.messageChanged.connect(lambda text: seen.append(text) if text else None)
    words = [w for w in arabic.doc.text.split() if len(w) > 4 and w.isalpha()]
    tag(arabic, words[0], "1")  # 1 is the quote's key
    tag(arabic, words[0], "1")  # the same span again: already tagged
    undo(arabic)
    press(arabic.view, Qt.Key.Key_Plus, "+", CTRL)  # zoom
    press(arabic.view, Qt.Key.Key_L, "l")  # link with no speaker tagged
    assert seen, "no status message was shown"
    english = [(text, arabic_only(text)) for text in seen if arabic_only(text)]
    assert english == [], f"English in the status bar: {english}"


def test_history_lines_and_window_title_are_arabic(arabic: MainWindow) -> None:
    words = [w for w in arabic.doc.text.split() if len(w) > 4 and w.isalpha()]
    first = tag(arabic, words[0], "1")
    tag(arabic, words[1], "2")
    arabic.select_annotation(first)
    history = arabic.details.history
    assert history.count() >= 1
    lines = [history.item(n).text() for n in range(history.count())]
    assert all(not arabic_only(line) for line in lines), lines
    assert "annotator" not in arabic.windowTitle() and arabic.doc.article.title in arabic.windowTitle()
    assert i18n.current_language() == i18n.ARABIC
