"""Reading article files into :class:`~annotator.core.model.Article` objects.

Arabic text reaches a newsroom in many encodings.  Plain-text files are read
as UTF-8 (with or without a BOM), UTF-16 or UTF-32 with a BOM, or — when they
are not valid UTF-8 and decode to Arabic — Windows-1256.  Markdown, saved
web pages (through trafilatura) and Word documents (through python-docx)
are read too.  Anything else is refused with a sentence that says why,
before the database is touched.
"""

from __future__ import annotations

import codecs
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import regex

from .errors import AnnotatorError, ImportRefused
from .model import Article
from .store import Store
from .text import canonicalize, guess_language

#: Larger files are refused: no news article is this long, and a mistaken
#: pick of a video or a database should fail fast, not fill the memory.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_TITLE_CHARS = 300
#: A saved web page must yield at least this much text to count as an article.
MIN_ARTICLE_CHARS = 40

# Byte-order marks, longest first (the UTF-32-LE mark begins with UTF-16-LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\x0b\x0c")


def decode_text(data: bytes, name: str = "the file", encoding: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding_used)``.

    ``encoding`` forces a codec.  Otherwise a BOM decides; then strict UTF-8;
    then Windows-1256 if that yields Arabic.  Raises :class:`ImportRefused`
    for binary data or an encoding that cannot be told.
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportRefused(f"{name}: '{encoding}' is not an encoding Python knows.") from None
        try:
            return _check_text(data.decode(encoding), name), encoding
        except UnicodeDecodeError as exc:
            raise ImportRefused(f"{name} is not valid {encoding} (byte {exc.start}).") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec), name), codec
            except UnicodeDecodeError as exc:
                raise ImportRefused(
                    f"{name} starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"(byte {exc.start}); it may be truncated."
                ) from None
    if b"\x00" in data:
        if _looks_like_bomless_utf16(data):
            raise ImportRefused(
                f"{name} looks like UTF-16 without a byte-order mark; save it as UTF-8 and import it again."
            )
        raise ImportRefused(f"{name} is not a text file (it contains binary data).")
    try:
        return _check_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and _mostly_arabic(text):
        return _check_text(text, name), "cp1256"
    raise ImportRefused(
        f"{name} is in an encoding annotator cannot recognise (it is not UTF-8, UTF-16 or "
        "Windows-1256 Arabic); save it as UTF-8, or name the encoding with --encoding."
    )


def _looks_like_bomless_utf16(data: bytes) -> bool:
    """Whether the bytes read as sensible UTF-16 text (mostly printable) either way round."""
    sample = data[: 8192 - (min(len(data), 8192) % 2)]
    if len(sample) < 4:
        return False
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
        if printable >= 0.95 * len(text):
            return True
    return False


def _mostly_arabic(text: str) -> bool:
    arabic = other = 0
    for ch in text:
        if ord(ch) < 0x80:
            continue
        if "\u0600" <= ch <= "\u06ff":
            arabic += 1
        else:
            other += 1
    return arabic > 0 and arabic >= 4 * other


def _check_text(text: str, name: str) -> str:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    if bad and (bad > 0.001 * len(text) or "\x00" in text):
        raise ImportRefused(f"{name} is not a text file (it contains {bad} control characters).")
    return text


def first_line_title(text: str) -> str:
    """The first non-blank line, trimmed: how a news article names itself."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line[:MAX_TITLE_CHARS]
    return ""


def _read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, or a refusal that says why (missing, a folder, unreadable, too large)."""
    name = path.name or str(path)
    try:
        if path.is_dir():
            raise ImportRefused(f"{name} is a folder, not a file; give the article files inside it.")
        size = path.stat().st_size
        if size > limit:
            raise ImportRefused(f"{name} is {size / 1e6:.0f} MB; files larger than {limit // 2**20} MiB are refused.")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"{path} does not exist.") from None
    except PermissionError:
        raise ImportRefused(f"{name} cannot be read (permission denied).") from None
    except OSError as exc:
        raise ImportRefused(f"{name} cannot be read: {exc.strerror or exc}.") from None


def article_from_text(text: str, name: str, **metadata: object) -> Article:
    """Build an :class:`Article` from decoded text and optional metadata.

    Refuses text that is empty or only white space.  ``title`` defaults to
    the first non-blank line and ``language`` to a guess from the script.
    """
    text = canonicalize(text)
    if not text.strip():
        raise ImportRefused(f"{name} is empty: there is no text to annotate.")
    fields = {k: v for k, v in metadata.items() if v not in (None, "")}
    fields.setdefault("title", first_line_title(text))
    fields["title"] = " ".join(str(fields["title"]).split())[:MAX_TITLE_CHARS]
    fields.setdefault("language", guess_language(text))
    return Article(text=text, **fields)  # type: ignore[arg-type]


def read_text_article(path: str | Path, encoding: str | None = None) -> Article:
    """Read a plain-text article file (see :func:`decode_text`)."""
    path = Path(path)
    text, _ = decode_text(_read_bytes(path), path.name, encoding)
    return article_from_text(text, path.name)


# -- other article formats -----------------------------------------------------

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
#: What File → Import offers (JSON/JSONL is the annotator.v1 round trip, .ann a brat pair).
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | {".json", ".jsonl", ".ann"}

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "section",
               "article", "header", "footer", "table", "ul", "ol", "hr", "figcaption"}
#: Between the cells of a table row, which becomes one paragraph.
CELL_SEPARATOR = " | "


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
            meta[field_name] = _split_authors(value) if field_name == "authors" else value
    return meta, "\n".join(lines[end + 1:])


def _split_authors(value: str) -> list[str]:
    """Names from a byline: split at ``;``, ``,``, ``،``, "and" or the separate word "و".

    Only the *word* و (with spaces around it) separates: و is also the first
    letter of many names (وليد, وسام, وفاء) and must stay with them.
    """
    parts = regex.split(r"\s*[;,،]\s*|\s+(?:and|و)\s+", value)
    return [p.strip() for p in parts if p.strip()]


def read_markdown_article(path: Path, encoding: str | None = None) -> Article:
    """A Markdown article: front matter for metadata, the rendered text as the article."""
    import markdown

    text, _ = decode_text(_read_bytes(path), path.name, encoding)
    meta, body = _front_matter(canonicalize(text))
    parser = _BlockText()
    parser.feed(markdown.markdown(body, output_format="html", extensions=["tables"]))
    parser.close()
    if parser.first_heading:
        meta.setdefault("title", parser.first_heading)
    return article_from_text("\n\n".join(parser.blocks), path.name, **meta)


def read_html_article(path: Path) -> Article:
    """A news page saved as HTML: body and metadata extracted by trafilatura.

    trafilatura is built for exactly this — it drops menus, adverts and
    comments and reads title, author, date, site and URL from the page's own
    metadata — so no hand-written scraping is needed.
    """
    data = _read_bytes(path)
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportRefused(f"{path.name} is not a text file (it contains binary data).")
    import trafilatura

    doc: dict = {}
    paragraphs: list[str] = []
    # trafilatura's defaults skip a page whose article is a single short
    # paragraph; its recall mode then keeps it.  Menus alone ("Home") are
    # still too little to be an article.
    for options in ({}, {"favor_recall": True}):
        extracted = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                                include_tables=False, **options)
        doc = extracted.as_dict() if extracted is not None else {}
        paragraphs = [p.strip() for p in canonicalize(doc.get("text") or "").split("\n") if p.strip()]
        if sum(len(p) for p in paragraphs) >= MIN_ARTICLE_CHARS:
            break
    if sum(len(p) for p in paragraphs) < MIN_ARTICLE_CHARS:
        raise ImportRefused(f"{path.name}: no article text was found in this page (only menus or links).")
    meta: dict[str, object] = {
        "title": (doc.get("title") or "").strip(),
        "source": (doc.get("sitename") or doc.get("hostname") or "").strip(),
        "authors": _split_authors(doc.get("author") or ""),
        "published": doc.get("date") or None,
        "url": doc.get("url") or None,
        "language": doc.get("language") or "",
    }
    return article_from_text("\n\n".join(paragraphs), path.name, **meta)


def read_docx_article(path: Path) -> Article:
    """A Word document: its paragraphs, and title/author/date from its properties."""
    import docx

    data = _read_bytes(path)  # the same size and readability checks as other files
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(f"{path.name} is an old Word (.doc) file: open it in Word or LibreOffice, "
                            "save it as .docx, and import that.")
    try:
        document = docx.Document(str(path))
    except Exception:  # not a zip, not a Word package, damaged XML: all the same to the user
        raise ImportRefused(f"{path.name} is damaged or is not a Word .docx document; open it in Word or "
                            "LibreOffice and save it again as .docx.") from None
    paragraphs = _docx_paragraphs(document)
    props = document.core_properties
    meta: dict[str, object] = {
        "title": (props.title or "").strip(),
        "authors": _split_authors(props.author or ""),
        "published": props.created.date().isoformat() if props.created else None,
        "language": (props.language or "")[:2].lower(),
    }
    return article_from_text("\n\n".join(paragraphs), path.name, **meta)


def _docx_paragraphs(document) -> list[str]:
    """Paragraphs and table rows (cells joined by " | "), in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text.strip()
            if text:
                out.append(text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    out.append(CELL_SEPARATOR.join(cells))
    return out


def read_article(path: str | Path, encoding: str | None = None) -> Article:
    """Read any supported article file into an (unsaved) :class:`Article`.

    Plain text (.txt and anything unrecognised), Markdown (.md), a saved web
    page (.html) or a Word document (.docx).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown_article(path, encoding)
    if suffix in HTML_SUFFIXES:
        return read_html_article(path)
    if suffix in DOCX_SUFFIXES:
        return read_docx_article(path)
    return read_text_article(path, encoding)


def _jsonl_as_document(data: bytes, name: str) -> dict:
    """JSON Lines (one annotator.v1 article per line) as one annotator.v1 document."""
    import json

    try:
        lines = [line for line in data.decode("utf-8-sig").split("\n") if line.strip()]
    except UnicodeDecodeError:
        raise ImportRefused(f"{name} is not UTF-8.") from None
    articles = []
    for number, line in enumerate(lines, start=1):
        try:
            articles.append(json.loads(line))
        except (ValueError, RecursionError) as exc:
            raise ImportRefused(f"{name}, line {number}: not JSON ({exc}).") from None
    return {"format": "annotator.v1", "articles": articles}


@dataclass
class ImportOutcome:
    """What happened to one file: imported, already there, or refused."""

    path: Path
    article: Article | None = None
    existed: bool = False
    error: str | None = None
    messages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


def import_article(store: Store, article: Article) -> tuple[Article, bool]:
    """Store ``article`` unless the same text is already there.

    Returns ``(stored_article, existed)``: re-importing identical text (same
    SHA-256) returns the existing article instead of a duplicate.
    """
    existing = store.find_article_by_hash(article.text_sha256)
    if existing is not None:
        return existing, True
    return store.add_article(article), False


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    encoding: str | None = None,
    progress: Callable[[int, Path], None] | None = None,
) -> Iterator[ImportOutcome]:
    """Import files one by one, yielding an outcome for each.

    A refused file leaves the database as it was; the others still import.
    ``progress(i, path)`` is called before file ``i`` (0-based) is read.
    """
    from .json_import import MAX_JSON_BYTES, import_document, import_object

    for i, raw in enumerate(paths):
        path = Path(raw)
        if progress is not None:
            progress(i, path)
        try:
            suffix = path.suffix.lower()
            if suffix in (".json", ".jsonl"):
                data = _read_bytes(path, MAX_JSON_BYTES)
                if suffix == ".jsonl":
                    report = import_object(store, _jsonl_as_document(data, path.name), path.name)
                else:
                    report = import_document(store, data, path.name)
                for n, (article, how) in enumerate(report.articles):
                    yield ImportOutcome(path, article=article, existed=how != "new",
                                        messages=report.lines() if n == 0 else [])
                continue
            if suffix == ".ann":
                from .brat import import_brat

                article, existed, brat_report = import_brat(store, path)
                yield ImportOutcome(path, article=article, existed=existed, messages=brat_report.lines())
                continue
            article, existed = import_article(store, read_article(path, encoding))
        except AnnotatorError as exc:
            yield ImportOutcome(path, error=str(exc))
            continue
        except Exception as exc:  # noqa: BLE001
            # A parser of a third-party format (HTML, Word, Markdown) failing
            # on a damaged or hostile file — or a bug: refuse that file, keep
            # going with the others, and leave the trace for a bug report.
            traceback.print_exc()
            yield ImportOutcome(path, error=f"{path.name} could not be read ({type(exc).__name__}: {exc}).")
            continue
        yield ImportOutcome(path, article=article, existed=existed)
