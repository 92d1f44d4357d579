"""An article from copied content (the window passes the clipboard's HTML and text as strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.clipboard import EmptyClipboard, article_from_clipboard
from annotator.core.errors import ImportRefused
from annotator.core.importers import read_article

FIXTURE = Path(__file__).parent.parent / "fixtures" / "npa_page.html"


def test_copied_html_goes_through_the_saved_page_extraction() -> None:
    page = FIXTURE.read_bytes().decode("cp1256")  # what a browser copies: decoded HTML
    article = article_from_clipboard(page, "menus and all, as the browser's plain text has them")
    saved = read_article(FIXTURE)
    assert article.text == saved.text and article.title == saved.title and article.source == saved.source


def test_plain_text_is_taken_as_it_is_with_its_first_line_as_title() -> None:
    text = "\ufeffتقرير من الحسكة\r\nقال بالي إن الوضع مستقر.\u2029والسجون محروسة 👍"
    article = article_from_clipboard(None, text)
    assert article.title == "تقرير من الحسكة"
    assert article.text == "تقرير من الحسكة\nقال بالي إن الوضع مستقر.\nوالسجون محروسة 👍"
    assert article.language == "ar" and article.url is None


def test_a_fragment_too_small_for_the_extraction_falls_back_to_the_plain_text() -> None:
    html = '<meta charset="utf-8"><span>قال بالي إن الوضع مستقر.</span>'
    assert article_from_clipboard(html, "قال بالي إن الوضع مستقر.").text == "قال بالي إن الوضع مستقر."
    with pytest.raises(ImportRefused, match="the clipboard: no article text"):
        article_from_clipboard(html, None)


def test_an_empty_clipboard_and_binary_content_are_refused() -> None:
    for html, text in ((None, None), ("", "  \n\t"), ("   ", "")):
        with pytest.raises(EmptyClipboard, match="holds no text"):
            article_from_clipboard(html, text)
    with pytest.raises(ImportRefused, match="does not hold text"):
        article_from_clipboard(None, "x\x00\x01\x02" * 10)
