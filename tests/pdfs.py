"""Arabic PDFs made by two real producers, for the PDF import tests.

* Qt's ``QPdfWriter`` (a ``QTextDocument`` printed page by page, with a
  running header and page numbers drawn in the margins): glyphs written in
  logical order.
* fpdf2 with HarfBuzz shaping (uharfbuzz), as print-to-PDF engines do:
  glyphs written in visual order, left to right.

Run as ``python -m tests.pdfs OUTDIR`` to build every PDF the tests use (in a
child process, so Qt never runs inside the core tests).  ``words`` folds a
text to its word sequence for comparisons that ignore layout.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
SEED = ROOT / "seeds" / "000_858c89a68ec5f748.txt"
TITLE = "قائد عملية العزم الصلب: مهمتنا القضاء على داعش"
AUTHOR = "جيندار عبد القادر، أفين شيخموس"
QT_HEADER = "نورث برس – تقرير خاص"
FPDF_HEADER = "North Press Agency - Hasakah"


def seed_paragraphs() -> list[str]:
    return [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]


_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def words(text: str) -> list[str]:
    """The words of ``text``, folded: presentation forms to letters, harakat and tatweel dropped."""
    text = _FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return re.findall(r"\w+", _MARKS.sub("", text))


def qt_pdf(path: Path, paragraphs: list[str], title: str = "", author: str = "", header: str = "",
           page_numbers: bool = False, font: str = "NotoSansArabic-Regular.ttf") -> None:
    """A PDF from QPdfWriter: ``paragraphs`` right to left in ``font``, optional header and "صفحة N" footers."""
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONTS / font)))[0]
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    if title:
        writer.setTitle(title)
    if author:
        writer.setAuthor(author)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont(family, 12))
    document.setHtml("".join(f'<p dir="rtl" align="right">{html.escape(p)}</p>' for p in paragraphs))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    band = 150  # header and footer bands, in pixels at 300 dpi
    body = rect.height() - 2 * band
    document.setTextWidth(rect.width())
    # Drawn line by line, each on one page: a line clipped at the foot of a page would still be in the
    # PDF, hidden, as text on both pages.
    layout = document.documentLayout()
    lines = []  # (top in the document, the line)
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        for k in range(block.layout().lineCount()):
            line = block.layout().lineAt(k)
            lines.append((top, line))
        block = block.next()
    pages: list[list] = []
    page_top = 0.0
    for top, line in lines:
        y = top + line.y()
        if not pages or y + line.height() - page_top > body:
            pages.append([])
            page_top = y
        pages[-1].append((top - page_top, line))
    small = QFont(family, 9)
    painter = QPainter(writer)
    for n, page in enumerate(pages):
        if n:
            writer.newPage()
        painter.setFont(small)
        if header:
            painter.drawText(QRectF(0, 0, rect.width(), band), Qt.AlignmentFlag.AlignCenter, header)
        if page_numbers:
            painter.drawText(QRectF(0, band + body, rect.width(), band), Qt.AlignmentFlag.AlignCenter,
                             f"صفحة {n + 1} من {len(pages)}")
        for offset, line in page:
            line.draw(painter, QPointF(0, band + offset))
    painter.end()
    assert app is not None


def fpdf_pdf(path: Path, paragraphs: list[str], title: str = "", author: str = "", header: str = "",
             page_numbers: bool = False, password: str = "") -> None:
    """A PDF from fpdf2, shaped by HarfBuzz: Noto Naskh Arabic, Noto Sans for Latin, Arabic-Indic page numbers."""
    from fpdf import FPDF

    class Document(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("naskh", size=9)
                self.cell(0, 8, header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("naskh", size=9)
                self.cell(0, 8, str(self.page_no()).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
                          align="C")

    pdf = Document()
    pdf.add_font("naskh", fname=str(FONTS / "NotoNaskhArabic-Regular.ttf"))
    pdf.add_font("sans", fname=str(FONTS / "NotoSans-Regular.ttf"))
    pdf.set_fallback_fonts(["sans"])
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ara")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.add_page()
    pdf.set_font("naskh", size=12)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 8, paragraph, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(path))


def scanned_pdf(path: Path) -> None:
    """Two pages that are only pictures (of text), as a scanner makes them."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(picture)
    for y in range(40, 760, 24):
        draw.rectangle((40, y, 560, y + 10), fill=40)  # lines of "text"
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(picture, x=10, y=10, w=190)
    pdf.output(str(path))


def build_all(out: Path) -> None:
    """Every PDF the tests read, into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    paragraphs = seed_paragraphs()
    qt_pdf(out / "qt.pdf", paragraphs, title=TITLE, author=AUTHOR)
    qt_pdf(out / "qt-3-pages.pdf", paragraphs * 2, header=QT_HEADER, page_numbers=True)
    fpdf_pdf(out / "fpdf2.pdf", paragraphs, title=TITLE, author=AUTHOR)
    fpdf_pdf(out / "fpdf2-3-pages.pdf", paragraphs * 2, header=FPDF_HEADER, page_numbers=True)
    fpdf_pdf(out / "fpdf2-password.pdf", paragraphs[:2], password="secret")
    scanned_pdf(out / "scanned.pdf")


if __name__ == "__main__":
    build_all(Path(sys.argv[1]))
