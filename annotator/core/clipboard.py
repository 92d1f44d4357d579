"""An article from copied text: what the window's Edit → New article from clipboard reads.

The window hands over what the clipboard holds as plain strings (this module
never sees Qt): its HTML, if any, and its plain text.  HTML — a page or a
part of one copied from a browser — goes through the same extraction as a
saved page (:func:`annotator.core.formats.html.article_from_html`); when that
finds no article (a sentence or two copied from a page is too little for it),
or there is no HTML, the plain text is the article as it is, canonicalised,
its first line the title — as a ``.txt`` file would be.
"""

from __future__ import annotations

from .errors import ImportRefused, Message
from .model import Article
from .reading import MAX_FILE_BYTES, article_from_text, check_text

#: How messages name it.
NAME = Message("the clipboard")


class EmptyClipboard(ImportRefused):
    """The clipboard holds no text at all (nothing copied, or an image)."""


def article_from_clipboard(html: str | None, text: str | None) -> Article:
    """The (unsaved) article in copied content: its HTML through the page extraction, else its text.

    Raises :class:`EmptyClipboard` when there is no text, and
    :class:`~annotator.core.errors.ImportRefused` for content that is not
    text or is larger than a file import accepts.
    """
    html = html if html and html.strip() else None
    text = text if text and text.strip() else None
    for content in (html, text):
        if content is not None and len(content) > MAX_FILE_BYTES:
            raise ImportRefused("The clipboard holds more than %1 million characters; that is not an article.",
                                MAX_FILE_BYTES // 2**20)
    if html is not None:
        from .formats.html import article_from_html

        try:
            return article_from_html(html, NAME)
        except ImportRefused:
            if text is None:
                raise
    if text is None:
        raise EmptyClipboard("The clipboard holds no text: copy an article's text (or a part of a web page) first.")
    try:
        check_text(text, NAME)
    except ImportRefused:
        raise ImportRefused("The clipboard does not hold text (it contains control characters); "
                            "nothing was imported.") from None
    return article_from_text(text, NAME)
