"""File → Open link (Ctrl+L) and Edit → New article from clipboard (Ctrl+Shift+V), through real key presses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.ui.link_dialog import OpenLinkDialog
from annotator.ui.main_window import MainWindow
from tests.pages import NPA_PAGE, NPA_TITLE, PageServer, refused_url, serve_pages
from tests.ui.conftest import CTRL, SHIFT, db_rows, press
from tests.ui.test_arabic import assert_arabic, widget_strings


@pytest.fixture(scope="module")
def pages() -> Iterator[PageServer]:
    with serve_pages() as server:
        yield server


def active(window: MainWindow, qtbot) -> None:
    """A closed dialog leaves the window inactive offscreen; a person's next key goes to the window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def gone(dialog: OpenLinkDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # it deletes itself when closed


def open_link_dialog(window: MainWindow, qtbot) -> OpenLinkDialog:
    active(window, qtbot)
    press(window.view, Qt.Key.Key_L, "", CTRL)
    dialog = window.dialog
    assert isinstance(dialog, OpenLinkDialog) and dialog.isVisible()
    return dialog


def type_url(dialog: OpenLinkDialog, url: str) -> None:
    dialog.field.clear()
    QTest.keyClicks(dialog.field, url)  # an address is ASCII: keyClicks is safe here
    press(dialog.field, Qt.Key.Key_Return)


def article_rows(window: MainWindow) -> list[tuple]:
    return db_rows(window, "SELECT id, title, url, source FROM articles ORDER BY created")


def test_open_link_fetches_the_page_and_opens_its_article(window: MainWindow, pages: PageServer, qtbot) -> None:
    before = len(article_rows(window))
    QApplication.clipboard().setText("just some copied words")  # not an address: nothing is offered
    dialog = open_link_dialog(window, qtbot)
    assert dialog.field.text() == "" and not dialog.open_button.isEnabled()
    assert dialog.field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    type_url(dialog, pages.url("/npa"))
    qtbot.waitUntil(lambda: gone(dialog), timeout=10000)
    rows = article_rows(window)
    assert len(rows) == before + 1
    article_id, title, url, source = rows[-1]
    assert (title, url, source) == (NPA_TITLE, pages.url("/npa"), "North Press Agency")
    assert window.doc.article is not None and window.doc.article.id == article_id
    assert "مصطفى بالي" in window.view.toPlainText()
    assert not window.open_messages()
    # The same page again (through a redirect, from the address on the clipboard): opened, not duplicated.
    window.open_article(rows[0][0])
    QApplication.clipboard().setText(" " + pages.url("/redirect") + "\n")
    dialog = open_link_dialog(window, qtbot)
    assert dialog.field.text() == pages.url("/redirect")  # prefilled from the clipboard
    press(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(dialog), timeout=10000)
    assert len(article_rows(window)) == before + 1
    assert window.doc.article is not None and window.doc.article.id == article_id
    assert window.statusBar().currentMessage().startswith("Already imported: opened")


@pytest.mark.parametrize(("path", "message"), [
    ("/missing", "the site answered 404 Not Found — check the address."),
    ("refused", "refused the connection"),
    ("ftp://example.org/news.html", "only web addresses (http:// or https://) can be opened"),
])
def test_a_failed_link_is_one_line_in_a_message_box(window: MainWindow, pages: PageServer, qtbot,
                                                    path: str, message: str) -> None:
    before = article_rows(window)
    QApplication.clipboard().clear()
    url = refused_url() if path == "refused" else path if "://" in path else pages.url(path)
    dialog = open_link_dialog(window, qtbot)
    type_url(dialog, url)
    qtbot.waitUntil(lambda: bool(window.open_messages()), timeout=10000)
    [box] = window.open_messages()
    assert message in box.text() and "\n" not in box.text() and box.text().startswith(url)
    assert box.icon() == box.Icon.Warning
    box.close()
    # The dialog stays, with the address, for a correction; nothing was stored.
    assert dialog.isVisible() and dialog.field.text() == url and not dialog.field.isReadOnly()
    assert dialog.open_button.isEnabled() and not dialog.busy.isVisible()
    assert article_rows(window) == before
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert gone(dialog)


def test_cancel_stops_a_slow_page_and_nothing_is_imported(window: MainWindow, pages: PageServer, qtbot,
                                                        monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_FETCH_TIMEOUT", "1")
    before = article_rows(window)
    dialog = open_link_dialog(window, qtbot)
    type_url(dialog, pages.url("/trickle"))
    assert dialog.busy.isVisible() and dialog.field.isReadOnly() and not dialog.open_button.isEnabled()
    assert "127.0.0.1" in dialog.state.text()
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert gone(dialog) and window.transfer.fetching is None
    assert window.statusBar().currentMessage() == "Stopped: the page was not imported."
    qtbot.wait(1500)  # past the time limit: a late answer is dropped, not shown or stored
    assert article_rows(window) == before and not window.open_messages()
    # The window still works: a slow page within the limit is refused with the time-limit message.
    dialog = open_link_dialog(window, qtbot)
    type_url(dialog, pages.url("/slow"))
    qtbot.waitUntil(lambda: bool(window.open_messages()), timeout=10000)
    [box] = window.open_messages()
    assert "did not arrive within 1 s" in box.text()
    box.close()
    dialog.reject()


def put_on_clipboard(html: str | None, text: str | None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QApplication.clipboard().setMimeData(mime)


def paste_article(window: MainWindow, qtbot) -> None:
    active(window, qtbot)
    press(window.view, Qt.Key.Key_V, "", CTRL | SHIFT)


def test_new_article_from_copied_text(window: MainWindow, qtbot) -> None:
    before = len(article_rows(window))
    put_on_clipboard(None, "تقرير من الحسكة\r\nقال بالي إن الوضع مستقر 👍\r\n\r\nوالسجون محروسة.")
    paste_article(window, qtbot)
    qtbot.waitUntil(lambda: len(article_rows(window)) == before + 1, timeout=10000)
    article_id, title, url, _source = article_rows(window)[-1]
    assert title == "تقرير من الحسكة" and url is None
    [(text,)] = db_rows(window, "SELECT text FROM articles WHERE id = ?", (article_id,))
    assert text == "تقرير من الحسكة\nقال بالي إن الوضع مستقر 👍\n\nوالسجون محروسة."
    qtbot.waitUntil(lambda: window.doc.article is not None and window.doc.article.id == article_id)
    # Pasting it again opens it instead of storing a copy.
    window.open_article(article_rows(window)[0][0])
    paste_article(window, qtbot)
    qtbot.waitUntil(lambda: window.doc.article is not None and window.doc.article.id == article_id, timeout=10000)
    assert len(article_rows(window)) == before + 1
    assert window.statusBar().currentMessage() == "Already imported: opened “تقرير من الحسكة”."


def test_new_article_from_copied_html_goes_through_the_page_extraction(window: MainWindow, qtbot) -> None:
    before = len(article_rows(window))
    page = NPA_PAGE.decode("cp1256")
    put_on_clipboard(page, "الرئيسية\nالأخبار\nاتصل بنا\n" + NPA_TITLE)  # the plain text has the menus
    paste_article(window, qtbot)
    qtbot.waitUntil(lambda: len(article_rows(window)) == before + 1, timeout=10000)
    article_id, title, _url, source = article_rows(window)[-1]
    assert (title, source) == (NPA_TITLE, "North Press Agency")
    [(text,)] = db_rows(window, "SELECT text FROM articles WHERE id = ?", (article_id,))
    assert "مصطفى بالي" in text and "الرئيسية" not in text and "إعلان" not in text
    qtbot.waitUntil(lambda: window.doc.article is not None and window.doc.article.id == article_id)
    assert window.statusBar().currentMessage() == f"Imported “{NPA_TITLE}” from the clipboard."


def test_an_empty_clipboard_says_so_in_the_status_bar(window: MainWindow, qtbot) -> None:
    before = article_rows(window)
    QApplication.clipboard().clear()
    paste_article(window, qtbot)
    assert window.statusBar().currentMessage().startswith("The clipboard holds no text")
    put_on_clipboard(None, "   \n ")
    paste_article(window, qtbot)
    assert window.statusBar().currentMessage().startswith("The clipboard holds no text")
    assert article_rows(window) == before and not window.open_messages()


def test_the_open_link_dialog_and_its_errors_speak_arabic(arabic: MainWindow, pages: PageServer, qtbot) -> None:
    QApplication.clipboard().clear()
    dialog = open_link_dialog(arabic, qtbot)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.field.layoutDirection() == Qt.LayoutDirection.LeftToRight  # an address reads left to right
    assert_arabic(widget_strings(dialog))
    address = pages.url("/%D8%AE%D8%A8%D8%B1%20%2F%3")  # percent-encoding holds "%2", "%3": left alone
    type_url(dialog, address)
    qtbot.waitUntil(lambda: bool(arabic.open_messages()), timeout=10000)
    [box] = arabic.open_messages()
    # What happened comes first, then the address on a line of its own, isolated, so that the sentence
    # reads right to left and the address stays whole.
    assert box.text() == f"ردّ الموقع بالرمز 404 — تحقّق من الرابط.\n\u2068{address}\u2069"
    assert box.windowTitle() == "فتح رابط"
    box.close()
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    for spec_id in ("open_link_action", "paste_article_action"):
        action = arabic.action(spec_id)
        assert_arabic([(spec_id, action.text()), (spec_id + " tip", action.statusTip())])
