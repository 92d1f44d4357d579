"""Text that takes its direction from its content, wherever it is shown.

Qt lays Arabic out right to left by itself, but *aligns* most text by the
widget's direction: in a left-to-right window an Arabic note, label or list
row sits ragged on the left, and its final full stop jumps to the wrong end.
Everything here sets the direction and the start edge from the text itself
(rule P2 of the bidi algorithm, :func:`annotator.core.text.dominant_direction`),
and says ``AlignAbsolute`` where a side is meant, so that a right-to-left
interface later does not flip it back.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QTextBlock, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

from ..core.text import dominant_direction

ALIGN_RTL = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
ALIGN_LTR = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
#: Left-to-right isolate and its end (U+2066 … U+2069): Latin keys, dates and paths keep their order
#: inside an Arabic line, and an Arabic line keeps its order around them.
LRI, PDI = "\u2066", "\u2069"
#: The direction marks (U+200E, U+200F).
LRM, RLM = "\u200e", "\u200f"


def ltr(text: str) -> str:
    """``text`` in a left-to-right isolate ("2024-03-15" is never shown as 15-03-2024)."""
    return f"{LRI}{text}{PDI}"


def interface_mark() -> str:
    """The direction mark of the interface's direction (RLM in Arabic, LRM in English)."""
    return RLM if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else LRM


def set_placeholder(edit: QLineEdit, text: str) -> None:
    """A placeholder on the interface's reading side, whatever script it starts with.

    Qt aligns a placeholder by its own first letter: "https://… (حيث تُنشر…)" would sit on
    the left of an Arabic form; a direction mark in front of it puts it where reading starts.
    """
    edit.setPlaceholderText(interface_mark() + text)


def direction_of(text: str) -> Qt.LayoutDirection:
    """``RightToLeft`` when the first strong character of ``text`` is Arabic (or Hebrew)."""
    return Qt.LayoutDirection.RightToLeft if dominant_direction(text) == "rtl" else Qt.LayoutDirection.LeftToRight


def start_edge(text: str) -> Qt.AlignmentFlag:
    """The side ``text`` starts on, as an absolute alignment."""
    return ALIGN_RTL if dominant_direction(text) == "rtl" else ALIGN_LTR


def set_label_text(label: QLabel, text: str) -> None:
    """Show ``text`` in a label laid out and aligned in the text's own direction."""
    label.setText(text)
    label.setLayoutDirection(direction_of(text))
    label.setAlignment(start_edge(text) | Qt.AlignmentFlag.AlignVCenter)


class DirectionalLayout(QPlainTextDocumentLayout):
    """A plain-text layout that aligns each paragraph to its own start edge.

    ``QPlainTextDocumentLayout`` lays a paragraph out with the document-wide
    text option and offers no per-paragraph hook, but every consumer of the
    layout — painting, hit testing, scrolling — asks for the paragraph's
    rectangle through the virtual ``blockBoundingRect`` first.  There the
    paragraph's lines are re-created with the same widths and positions and
    an alignment that matches its direction; line breaks and heights do not
    depend on alignment, so nothing else moves.
    """

    def blockBoundingRect(self, block: QTextBlock):  # noqa: N802 (Qt API)
        rect = super().blockBoundingRect(block)
        layout = block.layout()
        count = layout.lineCount()
        if count:
            option = layout.textOption()
            wanted = ALIGN_RTL if block.textDirection() == Qt.LayoutDirection.RightToLeft else ALIGN_LTR
            if option.alignment() != wanted:
                geometry = [(layout.lineAt(i).width(), layout.lineAt(i).position()) for i in range(count)]
                option.setAlignment(wanted)
                layout.setTextOption(option)
                layout.beginLayout()
                for width, position in geometry:
                    line = layout.createLine()
                    if not line.isValid():
                        break
                    line.setLeadingIncluded(True)
                    line.setLineWidth(width)
                    line.setPosition(position)
                layout.endLayout()
        return rect


def use_directional_layout(edit: QPlainTextEdit) -> None:
    """Give a ``QPlainTextEdit`` per-paragraph direction and alignment (a new, empty document)."""
    document = QTextDocument(edit)
    document.setDocumentLayout(DirectionalLayout(document))
    edit.setDocument(document)
    option = QTextOption(document.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)


class DirectionalPlainTextEdit(QPlainTextEdit):
    """A plain-text editor whose Arabic paragraphs run right to left, aligned right.

    The direction of typed text follows its content paragraph by paragraph,
    like the reading view (a note in Arabic, then a line of English).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_directional_layout(self)


def plain_tooltip(lines: list[str]) -> str:
    """A readable tooltip whose every line is escaped text, never markup.

    Each line is laid out in its own direction (an Arabic quote right to left
    and right-aligned, an English note left to right).
    """
    rows = []
    for line in lines:
        rtl = dominant_direction(line.split(": ", 1)[-1]) == "rtl"
        attrs = "dir='rtl' align='right'" if rtl else "dir='ltr' align='left'"
        text = html.escape(line.strip()).replace("\n", "<br>")
        rows.append(f"<tr><td {attrs} style='white-space:pre-wrap'>{text}</td></tr>")
    return f"<table width='460'>{''.join(rows)}</table>"


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` cut to fit ``width`` pixels between words, with … (Qt's own eliding cuts words).

    When not even the first word fits, only … is shown: a cell never shows
    part of a word (the whole text is in its tooltip).
    """
    # Measuring a long text costs its whole length: no more characters than
    # could possibly fit (none is narrower than a space's half) are measured.
    room = max(8, 3 * width // max(1, metrics.horizontalAdvance(" ")))
    if len(text) <= room and metrics.horizontalAdvance(text) <= width:
        return text
    # Cut long texts at a word boundary before measuring (the last piece may be half a word).
    words = text[:room + 1].split(" ")[:-1] if len(text) > room else text.split(" ")
    if not words:
        return "…" if metrics.horizontalAdvance("…") <= width else ""
    # The most words that fit, with the ellipsis (all of them, when the text was cut before measuring).
    lo, hi = 0, len(words) if len(text) > room else len(words) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(" ".join(words[:mid]).rstrip(" ،,;:؛") + "…") <= width:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return "…" if metrics.horizontalAdvance("…") <= width else ""
    return " ".join(words[:lo]).rstrip(" ،,;:؛") + "…"


class ShortcutIsolatingStyle(QProxyStyle):
    """The application's style, with a menu item's keys kept left to right in a right-to-left menu.

    A menu item's text is its label, a tab, and its keys as Qt writes them; the
    style draws the keys in the menu's direction, so in an Arabic menu a trailing
    "+", "-" or "\\" runs to the other end ("Ctrl++" showed as "++Ctrl").  The keys
    are drawn in a left-to-right isolate instead; nothing else changes (sizes are
    measured on the same text: the isolate's marks have no width).
    """

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter,  # noqa: N802
                    widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem)
                and option.direction == Qt.LayoutDirection.RightToLeft and "\t" in option.text):
            option = QStyleOptionMenuItem(option)
            option.text = isolated_shortcut(option.text)
        super().drawControl(element, option, painter, widget)


def isolated_shortcut(text: str) -> str:
    """A menu item's text ("label\\tkeys") with its keys in a left-to-right isolate."""
    label, tab, keys = text.partition("\t")
    if not tab or not keys or keys.startswith(LRI):
        return text
    return f"{label}\t{ltr(keys)}"


_style: list[QProxyStyle] = []  # kept alive while the application uses it


def install_style(app: QCoreApplication) -> None:
    """Give the application its own style (once): the platform's, keys in menus kept left to right."""
    if not isinstance(app, QApplication) or isinstance(app.style(), ShortcutIsolatingStyle):
        return
    style = ShortcutIsolatingStyle(app.style().name())
    _style.append(style)
    app.setStyle(style)
