"""Files in: dropped on the window, many at once on a worker thread; article details."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, FIXTURES, click_save, db_rows, press, tag, undo


def test_dropping_files_imports_them_with_progress(window: MainWindow, tmp_path: Path, qtbot) -> None:
    import docx

    md = tmp_path / "note.md"
    md.write_text("# تقرير قصير\n\nقال بالي إن الوضع مستقر.", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("تقرير من وورد")
    document.add_paragraph("نص التقرير.")
    word = tmp_path / "report.docx"
    document.save(word)
    page = tmp_path / "page.html"
    shutil.copy(FIXTURES / "npa_page.html", page)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (md, word, page)])
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: len(db_rows(window, "SELECT id FROM articles")) == 4, timeout=10000)
    titles = [r[0] for r in db_rows(window, "SELECT title FROM articles ORDER BY created")]
    assert titles[1:] == ["تقرير قصير", "تقرير من وورد", "بالي: لدينا أكثر من 12 ألف جهادي في سجوننا"]
    # Dropping the same page again does not duplicate it, and says so.
    window.import_files([page])
    assert len(db_rows(window, "SELECT id FROM articles")) == 4
    [box] = window.open_messages()
    assert "already imported" in box.text()
    box.close()


def test_the_import_worker_never_touches_widgets_from_its_thread(window: MainWindow, tmp_path: Path,
                                                               monkeypatch) -> None:
    import threading

    from annotator.core import importers

    threads: list[str] = []
    real_step = window.import_files
    files = []
    for n in range(6):
        f = tmp_path / f"a{n}.txt"
        f.write_text(f"مقال رقم {n}\nنص المقال {n}", encoding="utf-8")
        files.append(f)
    original = importers.read_article

    def read(path, encoding=None):
        if path.name == "a3.txt":
            raise TypeError("a parser bug")  # not an AnnotatorError: the worker must survive it
        return original(path, encoding)

    monkeypatch.setattr(importers, "read_article", read)
    from PySide6.QtWidgets import QProgressDialog

    real_set_value = QProgressDialog.setValue

    def spy(self, value):
        threads.append(threading.current_thread().name)
        return real_set_value(self, value)

    monkeypatch.setattr(QProgressDialog, "setValue", spy)
    outcomes = real_step(files)
    assert threads and set(threads) == {threading.main_thread().name}
    assert [o.ok for o in outcomes] == [True, True, True, False, True, True]
    assert "a parser bug" in outcomes[3].error


def test_article_details_are_shown_and_editable(window: MainWindow) -> None:
    assert "North Press Agency" in window.info_label.text()
    press(window.view, Qt.Key.Key_I, "", CTRL)
    dialog = window.dialog
    assert dialog.objectName() == "articleDialog"
    dialog.url.setText("https://npasyria.com/ar/12345/")
    dialog.published.setText("11/11/2019")
    click_save(dialog)
    assert "YYYY-MM-DD" in dialog.error.text()  # a bad date is explained, not saved
    dialog.published.setText("2019-11-11")
    dialog.authors.setPlainText("Jindar Abdulqader\nAvin Sheikhmous")
    click_save(dialog)
    [(url, authors)] = db_rows(window, "SELECT url, authors FROM articles")
    assert url == "https://npasyria.com/ar/12345/"
    assert json.loads(authors) == ["Jindar Abdulqader", "Avin Sheikhmous"]
    assert "Jindar Abdulqader" in window.info_label.text()
    undo(window)
    assert json.loads(db_rows(window, "SELECT authors FROM articles")[0][0]) == ["جيندار عبد القادر", "أفين شيخموس"]


def test_an_xlsx_export_that_cuts_long_cells_says_so(window: MainWindow, tmp_path: Path, qtbot) -> None:
    note_id = tag(window, "مصطفى بالي", "2")
    window.details_part.note_edited(note_id, "ملاحظة طويلة " * 4000)  # over Excel's 32,767 characters
    window.export_action.trigger()
    dialog = window.dialog
    dialog.format_buttons["xlsx"].setChecked(True)
    target = tmp_path / "long.xlsx"
    dialog.path_edit.setText(str(target))
    QTest.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    [box] = window.open_messages()
    assert "32,767" in box.text() and "cut" in box.text()
    box.close()


def test_a_form_problem_goes_once_it_is_corrected(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_I, "", CTRL)
    dialog = window.dialog
    dialog.published.clear()
    QTest.keyClicks(dialog.published, "11/11/2019")
    click_save(dialog)
    assert "YYYY-MM-DD" in dialog.error.text() and "2024-03-15" in dialog.error.text()
    QTest.keyClick(dialog.published, Qt.Key.Key_Backspace)
    assert "YYYY-MM-DD" in dialog.error.text()  # still wrong: the problem stays
    dialog.published.selectAll()
    QTest.keyClicks(dialog.published, "2019-11-11")
    assert dialog.error.text() == ""  # corrected: the problem goes before Save is pressed again
    dialog.title.selectAll()
    QTest.keyClick(dialog.title, Qt.Key.Key_Delete)
    assert dialog.error.text() == ""  # nothing is said while typing until a Save was refused
    click_save(dialog)
    assert dialog.error.text() == "An article needs a title."
    QTest.keyClicks(dialog.title, "T")
    assert dialog.error.text() == ""
    dialog.close()


def test_a_failed_export_puts_a_long_path_on_its_own_line(window: MainWindow, tmp_path: Path) -> None:
    blocker = tmp_path / "a folder with a rather long name" / "a file, not a folder.txt"
    blocker.parent.mkdir()
    blocker.write_text("x", encoding="utf-8")
    long, short = blocker / "export.csv", Path("/no-such-folder/e.csv")
    for target in (long, short):
        press(window.view, Qt.Key.Key_E, "", CTRL)
        dialog = window.dialog
        dialog.path_edit.setText(str(target))
        QTest.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        [box] = window.open_messages()
        lines = box.text().split("\n")
        if target is long:  # the sentence names the file; the path, whole, has a line of its own
            assert lines[0].startswith("Cannot write export.csv: ") and lines[1:] == ["", f"\u2066{long}\u2069"]
        else:  # a short path stays where the sentence says it
            assert lines == [f"Cannot write {short}: the folder {short.parent} does not exist."]
        box.close()
        dialog.close()
