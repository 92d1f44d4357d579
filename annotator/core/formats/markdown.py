"""Markdown articles: the rendered text, with front matter as metadata."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from ..model import Article
from ..reading import (
    CELL_SEPARATOR,
    article_from_text,
    decode_text,
    read_bytes,
    split_authors,
)
from ..text import canonicalize
from . import Format

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "section",
               "article", "header", "footer", "table", "ul", "ol", "hr", "figcaption"}


class _BlockText(HTMLParser):
    """Plain text of simple HTML: one paragraph per block element, nothing else."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip = 0
        self.first_heading = ""

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag == "br":
            self._current.append(" ")
        elif tag in ("td", "th") and "".join(self._current).strip():
            self._current.append(CELL_SEPARATOR)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            was_heading = tag in ("h1", "h2", "h3")
            self._flush()
            if was_heading and not self.first_heading and self.blocks:
                self.first_heading = self.blocks[-1]

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    """Simple ``key: value`` front matter between ``---`` lines (as static-site tools write it)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, text
    meta: dict[str, object] = {}
    names = {"title": "title", "author": "authors", "authors": "authors", "date": "published",
             "published": "published", "source": "source", "site": "source", "url": "url",
             "language": "language", "lang": "language", "dateline": "dateline"}
    field_name = None
    for line in lines[1:end]:
        item = line.strip()
        if item.startswith("- ") and field_name == "authors":  # a YAML list under "authors:"
            authors = meta.setdefault("authors", [])
            assert isinstance(authors, list)
            authors.append(item[2:].strip().strip("\"'"))
            continue
        key, sep, value = line.partition(":")
        field_name = names.get(key.strip().lower()) if sep else None
        value = value.strip().strip("\"'")
        if field_name and value:
            meta[field_name] = split_authors(value) if field_name == "authors" else value
    return meta, "\n".join(lines[end + 1:])


def read_markdown_article(path: Path, encoding: str | None = None) -> Article:
    """A Markdown article: front matter for metadata, the rendered text as the article."""
    import markdown

    text, _ = decode_text(read_bytes(path), path.name, encoding)
    meta, body = _front_matter(canonicalize(text))
    parser = _BlockText()
    parser.feed(markdown.markdown(body, output_format="html", extensions=["tables"]))
    parser.close()
    if parser.first_heading:
        meta.setdefault("title", parser.first_heading)
    return article_from_text("\n\n".join(parser.blocks), path.name, **meta)


MARKDOWN = Format(
    key="markdown", label="Markdown",
    suffixes=(".md", ".markdown"),
    read_article=read_markdown_article,
)
