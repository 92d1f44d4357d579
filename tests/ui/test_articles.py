"""Importing in the window, switching articles, and offsets with emoji and CRLF."""

from __future__ import annotations

import codecs
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.ui.main_window import MainWindow
from tests.conftest import TRICKY_TEXT
from tests.ui.conftest import db_rows, press


def test_import_menu_reads_encodings_and_switches_articles(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + "تقرير بترميز UTF-16\r\nنص".encode("utf-16-le"))
    cp1256 = tmp_path / "cp1256.txt"
    cp1256.write_bytes("تقرير بترميز ويندوز\r\nنص".encode("cp1256"))
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(utf16), str(cp1256)], ""))
    window.import_action.trigger()
    titles = [r[0] for r in db_rows(window, "SELECT title FROM articles ORDER BY created")]
    assert titles[1:] == ["تقرير بترميز UTF-16", "تقرير بترميز ويندوز"]
    assert window.windowTitle().startswith("تقرير بترميز ويندوز")  # the last one imported is open
    assert window.article_model.rowCount() == 3
    assert window.open_messages() == []  # success is not a modal interruption
    # Click the first article in the list: the sample comes back.
    rect = window.article_list.visualRect(window.article_model.index(0))
    QTest.mouseClick(window.article_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert window.windowTitle().startswith("قائد عملية العزم الصلب")


def test_bad_files_in_the_window_show_one_message_and_change_nothing(window: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 30)
    before = db_rows(window, "SELECT id FROM articles")
    window.import_files([empty, binary])
    assert db_rows(window, "SELECT id FROM articles") == before
    [box] = window.open_messages()
    assert "empty.txt is empty" in box.text() and "image.txt is not a text file" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    assert window.windowTitle().startswith("قائد عملية العزم الصلب")  # still on the sample


def test_reimporting_says_so_and_does_not_duplicate(window: MainWindow, tmp_path: Path) -> None:
    from tests.conftest import PROJECT_ROOT

    seed = PROJECT_ROOT / "seeds" / "000_858c89a68ec5f748.txt"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(codecs.BOM_UTF8 + seed.read_bytes().replace(b"\n", b"\r\n"))
    window.import_files([copy])
    assert db_rows(window, "SELECT count(*) FROM articles") == [(1,)]
    [box] = window.open_messages()
    assert "already imported" in box.text()
    box.close()


def test_tagging_emoji_and_text_after_crlf_stores_code_points(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "tricky.txt"
    path.write_bytes(TRICKY_TEXT.encode("utf-8"))
    [outcome] = window.import_files([path])
    text = outcome.article.text
    assert "\r" not in text
    offsets = window.doc.offsets
    # Qt counts 👍🏽 and 🇸🇾 as four UTF-16 units each; the view and the store must not disagree.
    for needle, key in (("🇸🇾", Qt.Key.Key_3), ("الحسكة", Qt.Key.Key_3), ("👍🏽", Qt.Key.Key_1)):
        s = text.index(needle)
        window.view.select_utf16(offsets.to_utf16(s), offsets.to_utf16(s + len(needle)))
        assert window.view.textCursor().selectedText() == needle
        press(window.view, key, chr(key))
    rows = db_rows(window, "SELECT start, end, text FROM annotations WHERE article_id = ? ORDER BY start",
                   (outcome.article.id,))
    assert [r[2] for r in rows] == ["👍🏽", "🇸🇾", "الحسكة"]
    for start, end, span in rows:
        assert text[start:end] == span
    # And a selection that cuts a flag in half is snapped to the whole flag.
    s = text.index("🇸🇾")
    window.view.select_utf16(offsets.to_utf16(s) + 2, offsets.to_utf16(s) + 4)
    press(window.view, Qt.Key.Key_4, "4")
    assert ("claim", "🇸🇾") in db_rows(window, "SELECT tag, text FROM annotations")
