"""PDF articles (.pdf): press releases and reports, through pypdfium2 (PDFium).

A PDF holds glyphs at positions, not text: which characters a glyph stands
for comes from the font's ToUnicode map, and the order of the glyphs in the
file is whatever the producer chose — logical order (Qt), visual order, left
to right (LibreOffice, fpdf2, most print-to-PDF) — with the harakat before or
after their letter.  So the text is rebuilt from the geometry, the same way
for every producer:

1. Each character with its box (PDFium's advance-width box).  White space in
   the file is ignored (producers place it unreliably); a combining mark is
   attached to the letter its ink sits on; a glyph the font cannot name (no
   ToUnicode entry) becomes U+FFFD and is counted in a note.
2. Characters are grouped into lines by their vertical position and put in
   visual order (left to right); a gap wider than a fifth of the line height
   between two glyphs is a word space.
3. Each line is turned into logical order by
   :func:`~annotator.core.arabic_repair.visual_to_logical`: a line with more
   right-to-left letters than left-to-right ones is read from the right,
   keeping Latin words and numbers left to right.
4. Running headers and footers (the same first or last lines, digits aside,
   on most pages) and page numbers (``7``, ``٧``, ``- 7 -``, ``Page 7 of 9``,
   ``صفحة ٧``) at the top or bottom of a page are dropped.
5. Lines join into paragraphs; a paragraph ends at a wider gap than the usual
   line spacing, a change of font size, or a line that stops well short of
   the text's far edge (the last line of a paragraph).  Paragraphs are
   separated by a blank line.  One that runs over a page break is joined
   when the page's last line is full and does not end a sentence.

Presentation forms left by the font's map are mapped to letters on the way
in, as for every import (:mod:`annotator.core.arabic_repair`).  Title,
author and date come from the PDF's document information when it has them.
Bounds: the size limit of every reader, at most :data:`MAX_PAGES` pages and
:data:`MAX_SECONDS` of work.  Multi-column layouts are read line by line
across the columns; tables become their rows' text.
"""

from __future__ import annotations

import bisect
import ctypes
import math
import re
import time
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..arabic_repair import visual_to_logical
from ..errors import ImportRefused, Message
from ..model import Article
from ..reading import article_from_text, read_bytes, split_authors
from . import Format

MAX_PAGES = 2_000
MAX_SECONDS = 120.0
#: A page with more characters than this is not an article page (it would only cost time).
MAX_PAGE_CHARS = 200_000
#: What the compressed streams (other than pictures) may inflate to, all together: a Flate "bomb"
#: of a few megabytes would otherwise unpack to gigabytes inside PDFium, which has no limit of its own.
MAX_INFLATED = 256 * 1024 * 1024
#: A gap between two glyphs wider than this share of the font size is a space between words
#: (a space is a quarter of it or more; letters' advances touch).
WORD_GAP = 0.15
#: A line that stops this share of the text width short of the far edge ends its paragraph.
SHORT_LINE = 0.12
#: A gap between lines this many times the usual line spacing starts a paragraph.
PARAGRAPH_GAP = 1.25

_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_PAGE_NUMBER_PATTERN = (
    rf"[\s\-–—|.]*(?:(?:[Pp]age|PAGE|[Pp]\.|[Pp]g\.?|صفحة|الصفحة|ص\.?)\s*)?[{_DIGITS}]+"
    rf"(?:\s*(?:of|OF|/|من)\s*[{_DIGITS}]+)?[\s\-–—|.]*"
)


def _page_number(line: str) -> bool:
    """Whether ``line`` is only a page number (compiled on first use: start-up time matters)."""
    return re.fullmatch(_PAGE_NUMBER_PATTERN, line) is not None
#: What producers put in the title field when the author left it empty.
_JUNK_TITLE = r"(?:microsoft (?:word|powerpoint|excel) - .*|untitled.*|.*\.(?:docx?|odt|rtf|pdf|txt|html?))"


@dataclass
class _Glyph:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    baseline: float
    em: float  #: the font size as drawn (the font size times the scale of the text's matrix)

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


@dataclass
class _Line:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    rtl: bool

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass
class _Page:
    lines: list[_Line] = field(default_factory=list)
    images: bool = False


def _refuse_open(name: str, exc: Exception) -> ImportRefused:
    import pypdfium2.raw as pdfium_c

    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return ImportRefused("%1 is protected by a password; open it in a PDF reader, save a copy without the "
                             "password, and import that.", name)
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return ImportRefused("%1 is encrypted in a way annotator cannot read; save an unprotected copy and "
                             "import that.", name)
    return ImportRefused("%1 is damaged or is not a PDF; open it in a PDF reader and save or print it to a new PDF.",
                         name)


def read_pdf_article(path: Path) -> Article:
    """A PDF: its text in reading order, with title, author and date from its document information."""
    data = read_bytes(path)  # the same size and readability checks as every reader
    name = path.name
    if b"%PDF-" not in data[:1024]:
        raise ImportRefused("%1 is not a PDF (it has no PDF header).", name)
    _check_inflation(data, name)
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _refuse_open(name, exc) from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise ImportRefused("%1 has %2 pages; PDFs of more than %3 pages are refused (import the pages that "
                                "hold the article).", name, count, MAX_PAGES)
        deadline = time.monotonic() + MAX_SECONDS
        pages: list[_Page] = []
        unmapped = 0
        for number in range(count):
            page, missing = _read_page(document, number, name, deadline)
            pages.append(page)
            unmapped += missing
        info = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    if not any(page.lines for page in pages):
        if any(page.images for page in pages):
            raise ImportRefused("%1 has no text layer, only images (a scan?); OCR is not supported: run it through "
                                "OCR first, or import the text another way.", name)
        raise ImportRefused("%1 has no text to annotate.", name)
    notes: list[str] = []
    dropped = _drop_headers_and_page_numbers(pages)
    paragraphs = _paragraphs(pages)
    if dropped == 1:
        notes.append(Message("dropped 1 running header, footer and page-number line"))
    elif dropped:
        notes.append(Message("dropped %1 running header, footer and page-number lines", dropped))
    blank = sum(1 for page in pages if not page.lines and page.images)
    if blank == 1:
        notes.append(Message("1 page had only images (a scan?) and no text; OCR is not supported"))
    elif blank:
        notes.append(Message("%1 pages had only images (a scan?) and no text; OCR is not supported", blank))
    if unmapped == 1:
        notes.append(Message("1 character could not be read: the PDF's font does not say which letters they are "
                             "(shown as \ufffd)"))
    elif unmapped:
        notes.append(Message("%1 characters could not be read: the PDF's font does not say which letters they are "
                             "(shown as \ufffd)", unmapped))
    title = " ".join(info.get("Title", "").split())
    meta: dict[str, object] = {
        "title": "" if re.fullmatch(_JUNK_TITLE, title.lower()) else title,
        "authors": split_authors(info.get("Author", "")),
        "published": _pdf_date(info.get("CreationDate", "")),
    }
    article = article_from_text("\n\n".join(paragraphs), name, **meta)
    article.import_notes[:0] = notes
    return article


_STREAM = rb">>\s*stream(?:\r\n|\n|\r)"


def _check_inflation(data: bytes, name: str) -> None:
    """Refuse a PDF whose Flate streams would inflate past :data:`MAX_INFLATED` (pictures aside).

    The streams are inflated here in small pieces that are counted and
    thrown away, so the check itself needs little memory and at most the
    limit's worth of work.  Streams this cannot read (encrypted ones, other
    or chained filters) are not counted.
    """
    total = 0
    for m in re.finditer(_STREAM, data):
        head = data[max(0, m.start() - 1024):m.start()]
        head = head[head.rfind(b"obj") + 1:]
        if b"/FlateDecode" not in head or b"/Image" in head:
            continue
        inflater = zlib.decompressobj()
        position = m.end()
        try:
            while not inflater.eof and position < len(data):
                pending = data[position:position + 65536]
                position += len(pending)
                while pending and not inflater.eof:
                    total += len(inflater.decompress(pending, 1 << 20))
                    if total > MAX_INFLATED:
                        raise ImportRefused("%1 unpacks to more than %2 MiB of page content; a PDF that large "
                                            "inside is refused (it may be built to exhaust memory).",
                                            name, MAX_INFLATED // 2**20)
                    pending = inflater.unconsumed_tail
        except zlib.error:
            continue


def _median(values) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _pdf_date(value: str) -> str | None:
    """``D:20191111093000+03'00'`` → ``2019-11-11`` (None when it is not a date)."""
    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", value.strip())
    if not m:
        return None
    year, month, day = m.groups()
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


# -- one page ---------------------------------------------------------------------------------------

def _read_page(document, number: int, name: str, deadline: float) -> tuple[_Page, int]:
    """The page's lines (in order, top to bottom), whether it has images, and how many glyphs had no letter."""
    import pypdfium2.raw as pdfium_c

    if time.monotonic() > deadline:
        raise ImportRefused("%1: reading took longer than %2 s (stopped at page %3); import a shorter extract.",
                            name, round(MAX_SECONDS), number + 1)
    page = document[number]
    try:
        result = _Page(images=any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)))
        textpage = page.get_textpage()
        try:
            glyphs, marks, unmapped = _glyphs(textpage.raw, name, deadline)
        finally:
            textpage.close()
    finally:
        page.close()
    result.lines = _lines(glyphs, marks)
    return result, unmapped


def _glyphs(raw, name: str, deadline: float) -> tuple[list[_Glyph], list[tuple[str, float, float]], int]:
    """The page's visible characters with their boxes, its combining marks (with where their ink is),
    and how many glyphs had no letter."""
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFText_CountChars(raw)
    if count > MAX_PAGE_CHARS:
        raise ImportRefused("%1 has a page with %2 characters; that is not an article page.", name, count)
    rect = pdfium_c.FS_RECTF()
    left, right, bottom, top, x, y = (ctypes.c_double() for _ in range(6))
    matrix = pdfium_c.FS_MATRIX()
    glyphs: list[_Glyph] = []
    marks: list[tuple[str, float, float]] = []  # (mark, centre x, centre y)
    unmapped = 0
    high = 0  # a pending high surrogate
    for i in range(count):
        if i % 5000 == 0 and time.monotonic() > deadline:
            raise ImportRefused("%1: reading took longer than %2 s; import a shorter extract.", name,
                                round(MAX_SECONDS))
        if pdfium_c.FPDFText_IsGenerated(raw, i):
            continue
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if 0xD800 <= code < 0xDC00:
            high = code
            continue
        if 0xDC00 <= code < 0xE000:
            if not high:
                continue
            code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
        high = 0
        if pdfium_c.FPDFText_HasUnicodeMapError(raw, i) or code == 0 or code > 0x10FFFF:
            char = "\ufffd"
            unmapped += 1
        else:
            char = chr(code)
        if unicodedata.combining(char):
            pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top)
            marks.append((char, (left.value + right.value) / 2, (bottom.value + top.value) / 2))
            continue
        if char.isspace():
            char = " "
        elif unicodedata.category(char) in ("Cc", "Cf") and char not in "\u200c\u200d":
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect) or rect.right - rect.left <= 0.01:
            continue  # nothing drawn: some producers' spaces, placed anywhere
        box = (rect.left, rect.right, rect.bottom, rect.top)
        last = glyphs[-1] if glyphs else None
        if last is not None and (last.left, last.right, last.bottom, last.top) == box:
            last.text += char  # one glyph standing for several letters (a ligature): already in logical order
            continue
        pdfium_c.FPDFText_GetCharOrigin(raw, i, x, y)
        size = pdfium_c.FPDFText_GetFontSize(raw, i)
        if pdfium_c.FPDFText_GetMatrix(raw, i, matrix):
            size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        glyphs.append(_Glyph(char, *box, baseline=y.value, em=size if size > 0 else rect.top - rect.bottom))
    return glyphs, marks, unmapped


def _lines(glyphs: list[_Glyph], marks: list[tuple[str, float, float]]) -> list[_Line]:
    """Glyphs grouped into lines by their baseline, top to bottom, each line's text in logical order."""
    if not glyphs:
        return []
    groups: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: -g.baseline):
        if groups and groups[-1][0].baseline - g.baseline <= 0.3 * max(g.em, groups[-1][0].em):
            groups[-1].append(g)
        else:
            groups.append([g])
    for group in groups:
        group.sort(key=lambda g: g.centre)
    _attach_marks(groups, marks)
    lines: list[_Line] = []
    for group in groups:
        letters = [g for g in group if g.text != " "]
        if not letters:
            continue
        height = _median(g.em for g in letters) or 1.0
        clusters: list[str] = []
        for prev, g in zip([None, *group], group):
            if prev is not None and g.left - prev.right > WORD_GAP * min(g.em, prev.em):
                clusters.append(" ")
            clusters.append(g.text)
        strong_r = sum(1 for g in letters if unicodedata.bidirectional(g.text[0]) in ("R", "AL"))
        strong_l = sum(1 for g in letters if unicodedata.bidirectional(g.text[0]) == "L")
        rtl = strong_r >= strong_l
        text = " ".join(visual_to_logical(clusters, rtl=rtl).split())
        if text:
            lines.append(_Line(text, min(g.left for g in letters), max(g.right for g in letters),
                               min(g.baseline for g in letters), min(g.baseline for g in letters) + height, rtl))
    return lines


def _attach_marks(groups: list[list[_Glyph]], marks: list[tuple[str, float, float]]) -> None:
    """Each combining mark onto the letter its ink sits on (the file's order cannot be trusted for this).

    The mark goes to the nearest line whose band (from below the baseline to
    above the letters) holds it, and there to the letter whose advance
    covers the middle of its ink, or else the nearest one.
    """
    if not marks:
        return
    letters = [[g for g in group if g.text != " "] for group in groups]
    starts = [[g.left for g in line] for line in letters]
    for mark, x, y in marks:
        best: _Glyph | None = None
        best_cost = float("inf")
        for line, lefts in zip(letters, starts):
            if not line:
                continue
            base, em = line[0].baseline, line[0].em
            if not base - 0.6 * em <= y <= base + 1.4 * em:
                continue
            k = bisect.bisect_right(lefts, x)
            for g in line[max(0, k - 2):k + 1]:
                dx = 0.0 if g.left <= x <= g.right else min(abs(x - g.left), abs(x - g.right))
                cost = dx + 0.1 * abs(y - base)
                if cost < best_cost:
                    best, best_cost = g, cost
        if best is not None:
            best.text += mark


# -- the document ----------------------------------------------------------------------------------

def _header_key(text: str) -> str:
    return re.sub(f"[{_DIGITS}]+", "0", " ".join(text.split()))


def _drop_headers_and_page_numbers(pages: list[_Page]) -> int:
    """Remove running headers and footers and page numbers; return how many lines went."""
    dropped = 0
    for page in pages:  # page numbers: alone on a line among the first or last two
        edge = {0, 1, len(page.lines) - 2, len(page.lines) - 1}
        keep = [line for k, line in enumerate(page.lines)
                if not (k in edge and _page_number(line.text))]
        dropped += len(page.lines) - len(keep)
        page.lines = keep
    with_text = [page for page in pages if page.lines]
    if len(with_text) < 2:
        return dropped
    needed = max(2, -(-len(with_text) * 6 // 10))  # on at least 60 % of the pages with text
    for top in (True, False):
        counts: dict[str, int] = {}
        for page in with_text:
            ends = page.lines[:2] if top else page.lines[-2:]
            for key in {_header_key(line.text) for line in ends}:
                counts[key] = counts.get(key, 0) + 1
        running = {key for key, n in counts.items() if n >= needed}
        if not running:
            continue
        for page in with_text:
            span = range(min(2, len(page.lines))) if top else range(max(0, len(page.lines) - 2), len(page.lines))
            doomed = {k for k in span if _header_key(page.lines[k].text) in running}
            dropped += len(doomed)
            page.lines = [line for k, line in enumerate(page.lines) if k not in doomed]
    return dropped


def _paragraphs(pages: list[_Page]) -> list[str]:
    """The lines of every page joined into paragraphs (see the module's step 5)."""
    pitches = [a.bottom - b.bottom for page in pages for a, b in zip(page.lines, page.lines[1:])
               if 0 < a.bottom - b.bottom < 3 * a.height]
    # The usual spacing of lines within a paragraph: low in the spread, since the spacing between
    # paragraphs is larger (and in an article of one-line paragraphs, most of what there is).
    pitch = sorted(pitches)[len(pitches) // 5] if pitches else 0.0
    paragraphs: list[list[str]] = []
    open_paragraph = False  # whether the last paragraph may go on (onto the next page)
    for page in pages:
        if not page.lines:
            continue
        lefts = sorted(line.left for line in page.lines)
        rights = sorted(line.right for line in page.lines)
        left_edge, right_edge = lefts[len(lefts) // 10], rights[-1 - len(rights) // 10]
        width = max(right_edge - left_edge, 1.0)
        for k, line in enumerate(page.lines):
            prev = page.lines[k - 1] if k else None
            if prev is None:
                starts = not open_paragraph
            else:
                starts = (
                    (pitch and prev.bottom - line.bottom > PARAGRAPH_GAP * pitch)
                    or abs(line.height - prev.height) > 0.2 * max(prev.height, line.height)
                    or _short(prev, left_edge, right_edge, width)
                )
            if starts or not paragraphs:
                paragraphs.append([line.text])
            else:
                paragraphs[-1].append(line.text)
        last = page.lines[-1]
        open_paragraph = (len(page.lines) > 1 and not _short(last, left_edge, right_edge, width)
                          and not last.text.endswith(_SENTENCE_END))
    return [" ".join(lines) for lines in paragraphs]


#: A page whose last line ends so is taken to end its paragraph too.
_SENTENCE_END = (".", "!", "?", "؟", ":", '"', "»", "”", "…")


def _short(line: _Line, left_edge: float, right_edge: float, width: float) -> bool:
    """Whether the line stops well before the far edge of the text (its paragraph's last line)."""
    if line.rtl:
        return line.left - left_edge > SHORT_LINE * width
    return right_edge - line.right > SHORT_LINE * width


def _read_pdf(path: Path, encoding: str | None = None) -> Article:
    return read_pdf_article(path)  # a PDF carries its own fonts' maps, no text encoding to choose


PDF = Format(
    key="pdf", label="PDF",
    suffixes=(".pdf",),
    read_article=_read_pdf,
)

