"""A news page saved as HTML: its article body and metadata, through trafilatura."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import ImportRefused
from ..model import Article
from ..reading import article_from_text, read_bytes, split_authors
from ..text import canonicalize
from . import Format

#: A saved web page must yield at least this much text to count as an article.
MIN_ARTICLE_CHARS = 40


def read_html_article(path: Path) -> Article:
    """A news page saved as HTML: body and metadata extracted by trafilatura.

    trafilatura is built for exactly this — it drops menus, adverts and
    comments and reads title, author, date, site and URL from the page's own
    metadata — so no hand-written scraping is needed.
    """
    return article_from_html(read_bytes(path), path.name)


def article_from_html(page: bytes | str, name: str, url: str | None = None) -> Article:
    """The article in a web page's HTML: a saved page, a fetched one, or HTML copied to the clipboard.

    ``page`` is the raw bytes (the page names its own encoding) or decoded
    text; ``name`` is how messages call it.  ``url``, when the page was
    fetched, helps the metadata (site, date) and is stored as the article's
    URL in place of the one the page declares.
    """
    if isinstance(page, bytes) and b"\x00" in page[:4096] \
            and not page.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportRefused("%1 is not a text file (it contains binary data).", name)
    import trafilatura

    doc: dict = {}
    paragraphs: list[str] = []
    # trafilatura's defaults skip a page whose article is a single short
    # paragraph; its recall mode then keeps it.  Menus alone ("Home") are
    # still too little to be an article.
    for options in ({}, {"favor_recall": True}):
        try:
            extracted = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                                    include_tables=False, **options)  # type: ignore[arg-type]
        except RecursionError:
            raise ImportRefused("%1 is nested too deeply to be read as a web page.", name) from None
        if isinstance(extracted, dict):
            doc = extracted
        else:
            doc = extracted.as_dict() if extracted is not None else {}
        paragraphs = [p.strip() for p in canonicalize(doc.get("text") or "").split("\n") if p.strip()]
        if sum(len(p) for p in paragraphs) >= MIN_ARTICLE_CHARS:
            break
    if sum(len(p) for p in paragraphs) < MIN_ARTICLE_CHARS:
        raise ImportRefused("%1: no article text was found in this page (only menus or links).", name)
    meta: dict[str, object] = {
        "title": (doc.get("title") or "").strip(),
        "source": (doc.get("sitename") or doc.get("hostname") or "").strip(),
        "authors": split_authors(doc.get("author") or ""),
        "published": doc.get("date") or None,
        "url": url or doc.get("url") or None,
        "language": doc.get("language") or "",
    }
    return article_from_text("\n\n".join(paragraphs), name, **meta)


def _read_html(path: Path, encoding: str | None = None) -> Article:
    return read_html_article(path)  # a page names its own encoding


HTML = Format(
    key="html", label="Web page (HTML)",
    suffixes=(".html", ".htm", ".xhtml"),
    read_article=_read_html,
)
