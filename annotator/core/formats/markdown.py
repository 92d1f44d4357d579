"""Markdown articles: the rendered text, with front matter as metadata."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..errors import ImportRefused
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


#: Lists and quotes nested deeper than this are refused: python-markdown
#: recurses once per level (a RecursionError past a few hundred) and slows
#: down with the cube of the depth.  No article nests lists 30 deep.
MAX_NESTING = 100
#: python-markdown takes time quadratic in the length of a paragraph for
#: two things: an opening ``[``, ``(`` or ``<`` that nothing closes (it scans
#: to the end of the paragraph for each: ``[a](`` repeated, 80 KB, took a
#: minute) and backslash escapes (``\]`` repeated).  Past this budget of
#: (such items × paragraph length), the escapes and the unclosed openers are
#: replaced by stand-ins while rendering and put back after, so they show as
#: written …
MAX_SCAN = 2_000_000
#: … and past this one every opener of the paragraph is (its links then show
#: as written), whatever might close them.
MAX_SCAN_ALL = 20_000_000

_LEADING = re.compile(r"[ \t]*(?:(?:>|[*+-](?=[ \t])|[0-9]{1,9}[.)](?=[ \t]))[ \t]*)*")
_MARKER = re.compile(r">|[*+-]|[0-9]{1,9}[.)]")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_ESCAPABLE = "\\`*_{}[]()>#+-.!"  # what python-markdown unescapes after a backslash
_COSTLY = re.compile(r"\\[" + re.escape(_ESCAPABLE) + r"]|[\[\]()<>]")
_CLOSERS = {"]": "[", ")": "(", ">": "<"}
#: Noncharacters (which Unicode reserves for a program's internal use) stand
#: in for escaped characters and unclosed openers while rendering: plain
#: text to python-markdown, put back in the rendered text.
_STAND_INS = {ch: chr(0xFDD0 + i) for i, ch in enumerate(_ESCAPABLE + "<")}
_PUT_BACK = str.maketrans({v: k for k, v in _STAND_INS.items()})
_HAS_STAND_IN = re.compile("[\ufdd0-\ufdef]")


def _check_nesting(body: str, name: str) -> None:
    for number, line in enumerate(body.split("\n"), start=1):
        lead = _LEADING.match(line)
        if lead is None or len(lead.group()) <= MAX_NESTING:
            continue
        prefix = lead.group()
        depth = len(_MARKER.findall(prefix)) + (prefix.count(" ") + 4 * prefix.count("\t")) // 4
        if depth > MAX_NESTING:
            raise ImportRefused("%1, line %2: lists or quotes nested more than %3 deep; that is not an article "
                                "annotator can read.", name, number, MAX_NESTING)


def _defuse_block(block: str, name: str, stand_ins_free: bool) -> str:
    """The block, with its escapes and unclosed openers (or, past MAX_SCAN_ALL, all openers) stood in for."""
    tokens = [(m.start(), m.group()) for m in _COSTLY.finditer(block)]
    costly = [(pos, tok) for pos, tok in tokens if len(tok) == 2 or tok in "[(<"]
    if len(costly) * len(block) <= MAX_SCAN:
        return block
    if not stand_ins_free:
        raise ImportRefused("%1 has a paragraph with %2 unclosed brackets or escapes, too many to render in "
                            "reasonable time.", name, len(costly))
    if len(costly) * len(block) > MAX_SCAN_ALL:
        replace = costly
    else:
        stacks: dict[str, list[tuple[int, str]]] = {"[": [], "(": [], "<": []}
        replace = [(pos, tok) for pos, tok in tokens if len(tok) == 2]
        for pos, tok in tokens:
            if tok in stacks:
                stacks[tok].append((pos, tok))
            elif tok in _CLOSERS and stacks[_CLOSERS[tok]]:
                stacks[_CLOSERS[tok]].pop()
        replace += [item for stack in stacks.values() for item in stack]
    out: list[str] = []
    last = 0
    for pos, tok in sorted(replace):
        out.append(block[last:pos])
        out.append(_STAND_INS[tok[-1]])
        last = pos + len(tok)
    out.append(block[last:])
    return "".join(out)


def defuse(body: str, name: str) -> str:
    """Markdown that python-markdown renders in bounded time, or a refusal (see the limits above).

    The rendered text must be translated with ``_PUT_BACK`` (which changes
    nothing when no stand-in was needed: the body then holds none).
    """
    _check_nesting(body, name)
    free = _HAS_STAND_IN.search(body) is None
    out: list[str] = []
    last = 0
    for m in _BLOCK_BREAK.finditer(body):
        out.append(_defuse_block(body[last:m.start()], name, free))
        out.append(m.group())
        last = m.end()
    out.append(_defuse_block(body[last:], name, free))
    return "".join(out)


def read_markdown_article(path: Path, encoding: str | None = None) -> Article:
    """A Markdown article: front matter for metadata, the rendered text as the article."""
    import markdown

    text, _ = decode_text(read_bytes(path), path.name, encoding)
    meta, body = _front_matter(canonicalize(text))
    parser = _BlockText()
    free = _HAS_STAND_IN.search(body) is None
    try:
        parser.feed(markdown.markdown(defuse(body, path.name), output_format="html", extensions=["tables"]))
    except RecursionError:
        raise ImportRefused("%1 is nested too deeply to be read as an article.", path.name) from None
    parser.close()
    if free:
        parser.blocks = [block.translate(_PUT_BACK) for block in parser.blocks]
        parser.first_heading = parser.first_heading.translate(_PUT_BACK)
    if parser.first_heading:
        meta.setdefault("title", parser.first_heading)
    return article_from_text("\n\n".join(parser.blocks), path.name, **meta)


MARKDOWN = Format(
    key="markdown", label="Markdown",
    suffixes=(".md", ".markdown"),
    read_article=read_markdown_article,
)
