"""Reading files for import: the helpers every reader shares.

Arabic text reaches a newsroom in many encodings.  Text is decoded as UTF-8
(with or without a BOM), UTF-16 or UTF-32 with a BOM, or — when it is not
valid UTF-8 and decodes to Arabic — Windows-1256; anything else is refused
with a sentence that says why, before the database is touched.  Also here:
reading a file's bytes with a size cap, building an article from text,
storing it without duplicates, and what one imported file came to.  The
readers themselves are format modules (:mod:`annotator.core.formats`).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import regex

from . import arabic_repair
from .errors import ImportRefused, Message, os_reason
from .model import Article
from .store import Store
from .text import canonicalize, guess_language

#: Larger files are refused: no news article is this long, and a mistaken
#: pick of a video or a database should fail fast, not fill the memory.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_TITLE_CHARS = 300
#: Between the cells of a table row, which becomes one paragraph.
CELL_SEPARATOR = " | "

# Byte-order marks, longest first (the UTF-32-LE mark begins with UTF-16-LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\x0b\x0c")


#: How messages name a file whose name is not known.
THE_FILE = Message("the file")


def decode_text(data: bytes, name: str = THE_FILE, encoding: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a text file; return ``(text, encoding_used)``.

    ``encoding`` forces a codec.  Otherwise a BOM decides; then strict UTF-8;
    then Windows-1256 if that yields Arabic.  Raises :class:`ImportRefused`
    for binary data or an encoding that cannot be told.
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportRefused("%1: '%2' is not an encoding Python knows.", name, encoding) from None
        try:
            return check_text(data.decode(encoding), name), encoding
        except UnicodeDecodeError as exc:
            raise ImportRefused("%1 is not valid %2 (byte %3).", name, encoding, exc.start) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return check_text(data.decode(codec), name), codec
            except UnicodeDecodeError as exc:
                raise ImportRefused(
                    "%1 starts with a %2 byte-order mark but is not valid %2 (byte %3); it may be truncated.",
                    name, codec.upper(), exc.start,
                ) from None
    if b"\x00" in data:
        if _looks_like_bomless_utf16(data):
            raise ImportRefused(
                "%1 looks like UTF-16 without a byte-order mark; save it as UTF-8 and import it again.", name
            )
        raise ImportRefused("%1 is not a text file (it contains binary data).", name)
    try:
        return check_text(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and _mostly_arabic(text):
        return check_text(text, name), "cp1256"
    raise ImportRefused(
        "%1 is in an encoding annotator cannot recognise (it is not UTF-8, UTF-16 or "
        "Windows-1256 Arabic); save it as UTF-8, or name the encoding with --encoding.", name
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


def check_text(text: str, name: str) -> str:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    if bad and (bad > 0.001 * len(text) or "\x00" in text):
        raise ImportRefused("%1 is not a text file (it contains %2 control characters).", name, bad)
    return text


def first_line_title(text: str) -> str:
    """The first non-blank line, trimmed: how a news article names itself."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line[:MAX_TITLE_CHARS]
    return ""


def _not_a_file(name: str, mode: int) -> ImportRefused:
    """The refusal of what is not a regular file, saying what it is."""
    if stat.S_ISFIFO(mode):
        return ImportRefused("%1 is a pipe (FIFO), not a file; only saved files can be imported.", name)
    if stat.S_ISSOCK(mode):
        return ImportRefused("%1 is a socket, not a file; only saved files can be imported.", name)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return ImportRefused("%1 is a device, not a file; only saved files can be imported.", name)
    return ImportRefused("%1 is not a regular file; only saved files can be imported.", name)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, or a refusal that says why (missing, a folder, unreadable, too large).

    Only regular files are read — after following symlinks, and checked
    before opening, since opening a pipe blocks and a device such as
    ``/dev/zero`` never ends.  At most ``limit`` bytes are ever read,
    whatever the file's size claims to be.
    """
    name = path.name or str(path)
    try:
        info = os.stat(path)  # follows symlinks: what would actually be read
        if stat.S_ISDIR(info.st_mode):
            raise ImportRefused("%1 is a folder, not a file; give the article files inside it.", name)
        if not stat.S_ISREG(info.st_mode):
            raise _not_a_file(name, info.st_mode)
        if info.st_size > limit:
            raise ImportRefused("%1 is %2 MB; files larger than %3 MiB are refused.",
                                name, round(info.st_size / 1e6), limit // 2**20)
        # O_NONBLOCK: should the path have been swapped for a pipe since the
        # check, opening it must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb", buffering=0) as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise ImportRefused("%1 is not a regular file; only saved files can be imported.", name)
            chunks: list[bytes] = []
            left = limit + 1
            while left > 0:
                chunk = fh.read(min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
        if left <= 0:
            raise ImportRefused("%1 is larger than %2 MiB; files that large are refused.", name, limit // 2**20)
        return b"".join(chunks)
    except FileNotFoundError:
        raise ImportRefused("%1 does not exist.", str(path)) from None
    except PermissionError:
        raise ImportRefused("%1 cannot be read (permission denied).", name) from None
    except BlockingIOError:
        raise ImportRefused("%1 is not a regular file; only saved files can be imported.", name) from None
    except OSError as exc:
        raise ImportRefused("%1 cannot be read: %2.", name, os_reason(exc)) from None


#: What an imported id may be: letters, digits and ``- _ . : @ + ~`` (a UUID,
#: ``urn:uuid:…``, ``T12``), never a path (``/``, ``\``, ``..``), white space or
#: a control character — ids end up in file names (the brat export).
MAX_ID_CHARS = 200
_ID = re.compile(r"[\w.:@+~-]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def shown(value: str, limit: int = 60) -> str:
    """``value`` quoted for a message: control characters and lone surrogates as escapes, cut short."""
    out = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in value[:limit])
    return f"'{out}…'" if len(value) > limit else f"'{out}'"


def json_problem(exc: ValueError) -> str:
    """What is wrong with a JSON text, as ``str(exc)`` says it: where, as a message (the reason is Python's)."""
    if isinstance(exc, json.JSONDecodeError):
        return Message("%1: line %2 column %3 (char %4)", exc.msg, exc.lineno, exc.colno, exc.pos)
    return str(exc)


def has_surrogate(value: str) -> bool:
    """Whether ``value`` holds a lone surrogate (``\\udc80``): JSON can say it, text cannot hold it."""
    return _SURROGATE.search(value) is not None


def check_identifier(value: str, where: str) -> str:
    """Refuse an id that could not safely name a file: see :data:`MAX_ID_CHARS` and the pattern above."""
    if (len(value) > MAX_ID_CHARS or not _ID.fullmatch(value) or ".." in value
            or value.startswith(".") or has_surrogate(value)):
        raise ImportRefused("%1: the id %2 is not usable (an id is at most %3 letters, digits and - _ . : @ + ~, "
                            "without '..').", where, shown(value), MAX_ID_CHARS)
    return value


def article_from_text(text: str, name: str, **metadata: object) -> Article:
    """Build an :class:`Article` from decoded text and optional metadata.

    Refuses text that is empty or only white space.  ``title`` defaults to
    the first non-blank line and ``language`` to a guess from the script.
    Every article reader comes through here, so this is where Arabic pasted
    from PDFs or old systems — presentation forms, lines in visual order — is
    repaired (:func:`annotator.core.arabic_repair.repair`; text that is fine is
    left exactly as it is), with what was done in ``article.import_notes``.
    :func:`article_from_text_as_is` is for text that annotations already
    point into (brat).
    """
    return _article(text, name, metadata, repair=True)


def article_from_text_as_is(text: str, name: str, **metadata: object) -> Article:
    """:func:`article_from_text` without the Arabic repair: for text whose offsets annotations use."""
    return _article(text, name, metadata, repair=False)


def _article(text: str, name: str, metadata: dict[str, object], repair: bool) -> Article:
    text = canonicalize(text)
    notes: list[str] = []
    if repair:
        fixed = arabic_repair.repair(text)
        text, notes = fixed.text, fixed.notes
        if fixed.changed:  # a title taken from the same broken text is repaired the same way
            for key in ("title", "dateline"):
                if isinstance(metadata.get(key), str):
                    metadata[key] = arabic_repair.repair(str(metadata[key])).text
            if isinstance(metadata.get("authors"), list):
                metadata["authors"] = [arabic_repair.repair(str(a)).text for a in metadata["authors"]]  # type: ignore[attr-defined]
    if not text.strip():
        raise ImportRefused("%1 is empty: there is no text to annotate.", name)
    fields = {k: v for k, v in metadata.items() if v not in (None, "")}
    fields.setdefault("title", first_line_title(text))
    fields["title"] = " ".join(str(fields["title"]).split())[:MAX_TITLE_CHARS]
    fields.setdefault("language", guess_language(text))
    return Article(text=text, import_notes=notes, **fields)  # type: ignore[arg-type]


def split_authors(value: str) -> list[str]:
    """Names from a byline: split at ``;``, ``,``, ``،``, "and" or the separate word "و".

    Only the *word* و (with spaces around it) separates: و is also the first
    letter of many names (وليد, وسام, وفاء) and must stay with them.
    """
    parts = regex.split(r"\s*[;,،]\s*|\s+(?:and|و)\s+", value)
    return [p.strip() for p in parts if p.strip()]


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
    SHA-256) returns the existing article instead of a duplicate — also when
    another process imports the same text at the same moment (the look-up and
    the insert share one write transaction).
    """
    return store.add_article_unless_present(article)
