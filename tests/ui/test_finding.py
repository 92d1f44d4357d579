"""Finding: Ctrl+F in the article with Tag all, and Ctrl+Shift+F across every article."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.ui.main_window import MainWindow
from tests.ui.conftest import CTRL, FIXTURES, SHIFT, db_rows, press, tag, undo


def test_find_ignores_harakat_and_tags_all_matches(window: MainWindow, qtbot) -> None:
    press(window.view, Qt.Key.Key_F, "", CTRL)
    assert window.find_bar.isVisible() and window.find_bar.query.hasFocus()
    window.find_bar.query.setText("كاغينس")  # (QTest types Latin-1 only)
    window.find_bar.run()
    text = window.doc.text
    expected = text.count("كاغينس")
    assert expected >= 5
    assert window.find_bar.count.text() == f"1 of {expected}"
    assert len(window.view.extraSelections()) == expected
    for sel in window.view.extraSelections():
        assert sel.cursor.selectedText() == "كاغينس"  # true positions in the original
    QTest.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 of {expected}"
    window.find_bar.tag_combo.setCurrentIndex(window.find_bar.tag_combo.findData("speaker"))
    window.find_bar.tag_button.click()
    count = "SELECT count(*) FROM annotations WHERE tag = 'speaker' AND text = 'كاغينس'"
    assert db_rows(window, count) == [(expected,)]
    # One undo step removes them all.
    window.view.setFocus()
    undo(window)
    assert db_rows(window, "SELECT count(*) FROM annotations") == [(0,)]
    # Alef forms and ta marbuta: "اكثر" finds "أكثر".
    window.find_bar.query.setText("اكثر")
    window.find_bar.run()
    assert window.find_bar.matches and all(text[m.start:m.end] == "أكثر" for m in window.find_bar.matches)
    QTest.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.view.extraSelections() == []


def test_search_across_articles_finds_balis_quotes_and_opens_them(window: MainWindow, tmp_path: Path) -> None:
    # Sample article: Bali's quote linked to Bali.
    bali = tag(window, "بالي", "2", occurrence=2)  # "وتابع بالي:"
    quote = tag(window, '"مهما حصل، نحن متيقنون أن أكبر خطر يهدد العالم هو خطر داعش والفكر الجهادي، '
                        'ونعد مجدداً مع حلفائنا بأننا سنستمر في حربنا ضد داعش حتى ينتهي وجود التنظيم."', "1")
    window.select_annotation(quote)
    press(window.view, Qt.Key.Key_L, "l")
    chosen = window.dialog.chosen()
    assert chosen.id == bali
    window.dialog.accept()
    # A second article, from a saved web page, with Bali's quote and a claim.
    page = tmp_path / "page.html"
    shutil.copy(FIXTURES / "npa_page.html", page)
    window.import_files([page])
    second = window.doc.article.id
    bali2 = tag(window, "مصطفى بالي", "2")
    quote2 = tag(window, '"هؤلاء المساجين ليسوا في سجون رسمية"', "1")
    window.select_annotation(quote2)
    press(window.view, Qt.Key.Key_L, "l")
    window.dialog.accept()
    tag(window, "أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش", "4")
    assert db_rows(window, "SELECT to_id FROM relations WHERE from_id = ?", (quote2,)) == [(bali2,)]
    # Search: every quote attributed to a speaker named "بالي".
    press(window.view, Qt.Key.Key_F, "", CTRL | SHIFT)
    panel = window.search_panel
    assert panel.query.hasFocus()
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("quote"))
    panel.speaker.setText("بالي")
    panel.run()
    hits = panel.hits()
    assert {h.annotation_id for h in hits} == {quote, quote2}
    # Every claim mentioning داعش (in the folded index).
    panel.speaker.clear()
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("claim"))
    panel.query.setText("داعش")
    panel.run()
    assert len(panel.hits()) == 1
    # One click opens the hit: the first article, with the quote selected.
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("quote"))
    panel.query.clear()
    panel.speaker.setText("بالي")
    panel.run()
    hit = next(h for h in panel.hits() if h.annotation_id == quote)
    rect = panel.results.visualRect(panel.index_of(hit))
    QTest.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.doc.article.id != second
    assert window.current_annotation().id == quote
    assert window.view.textCursor().selectedText().startswith('مهما حصل')
    # Plain text search lists places in article text too, at their true positions.
    panel.tag_combo.setCurrentIndex(0)
    panel.speaker.clear()
    panel.query.setText("الباغوز")
    panel.run()
    places = panel.hits()
    assert {p.article_id for p in places} == {window.doc.article.id, second}
    for p in places:
        assert window.store.get_article(p.article_id).text[p.start:p.end] == "الباغوز"


def test_escape_closes_the_find_bar_from_any_of_its_controls(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_F, "", CTRL)
    window.find_bar.query.setText("داعش")
    window.find_bar.run()
    window.find_bar.tag_combo.setFocus()
    QTest.keyClick(window.find_bar.tag_combo, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_tag_all_of_thousands_of_matches_is_one_step_and_undoes_in_one(window: MainWindow, qtbot) -> None:
    from annotator.core.importers import article_from_text, import_article

    paragraph = "قال المتحدث إن التحالف يراقب الطريق.\n"
    article, _ = import_article(window.store, article_from_text("تقرير طويل\n" + paragraph * 2000, "long"))
    window.refresh_article_list()
    window.open_article(article.id)
    window.open_find()
    window.find_bar.query.setText("التحالف")
    qtbot.waitUntil(lambda: not window.find_bar.searching())  # a long article is searched between events
    assert len(window.find_bar.matches) == 2000
    before = window.undo_stack.count()
    window.tag_all_matches("location")
    assert window.undo_stack.count() == before + 1
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE tag = 'location'") == [(2000,)]
    assert window.annotation_model.rowCount() == 2000
    assert window.tag_bar.count_text("location").startswith("Location  2000")
    # The view shows them: a highlight on the first visible match.
    first = window.doc.offsets.to_utf16(window.find_bar.matches[0].start)
    assert window.view.index.at(first)
    # A paragraph far below is highlighted once it scrolls into view.
    last = window.doc.offsets.to_utf16(window.find_bar.matches[-1].start)
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    block = window.view.document().findBlock(last)
    assert any(f.format.background().color().alpha() > 0 for f in block.layout().formats())
    window.undo_stack.undo()
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE tag = 'location'") == [(0,)]
    assert window.annotation_model.rowCount() == 0 and not window.view.index.at(first)
    window.undo_stack.redo()
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE tag = 'location'") == [(2000,)]


def test_a_long_article_is_searched_as_you_type_without_waiting_for_the_whole_text(
        window: MainWindow, qtbot) -> None:
    from annotator.core.importers import article_from_text, import_article

    paragraph = "أكد المتحدث أن قوات التحالف تراقب الطريق الدولي بين الحسكة وتل تمر منذ أسابيع.\n"
    text = "تقرير طويل جداً\n" + paragraph * 25_000  # about 2M code points
    article, _ = import_article(window.store, article_from_text(text, "long"))
    window.refresh_article_list()
    window.open_article(article.id)
    # The reader is far down the article: the search starts there.
    caret = window.doc.text.index("التحالف", len(window.doc.text) // 2)
    window.view.select_utf16(window.doc.offsets.to_utf16(caret), window.doc.offsets.to_utf16(caret))
    press(window.view, Qt.Key.Key_F, "", CTRL)
    bar = window.find_bar
    bar.query.setText("التحالف")  # typing searches at once: no Enter, no pause
    # The first slice has shown the match at the caret, and the search goes on between events.
    assert bar.searching()
    assert bar.matches and bar.matches[bar.current].start == caret
    assert bar.count.text().endswith("…")
    assert window.view.textCursor().selectionStart() == window.doc.offsets.to_utf16(caret)
    qtbot.waitUntil(lambda: not bar.searching(), timeout=30_000)
    assert len(bar.matches) == window.doc.text.count("التحالف") == 25_000
    assert bar.count.text() == f"{bar.current + 1} of 25,000"
    assert bar.matches == sorted(bar.matches, key=lambda m: m.start)
    # Typing on restarts the search; Tag all waits for it to finish and tags every match.
    bar.query.setText("الحسكة")
    assert bar.searching()
    window.tag_all_matches("location")
    assert db_rows(window, "SELECT count(*) FROM annotations WHERE tag = 'location' AND text = 'الحسكة'") == [
        (25_000,)]
