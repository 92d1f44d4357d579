"""The bundled faces (all SIL OFL 1.1, see ``resources/fonts/README.md``).

Reading: Noto Naskh Arabic, with Noto Sans for Latin letters and figures and
Noto Emoji for emoji — one family, sized to match, on every machine (the
machines here have only DejaVu, whose Latin is visibly larger, and no emoji
face at all: a quote with 👍 showed a box).  Interface: Noto Sans with Noto
Sans Arabic, a compact Arabic face for lists, tables and dialogs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from ..paths import FONTS_DIR

READING_FAMILY = "Noto Naskh Arabic"
#: Bundled faces for what Noto Naskh Arabic does not cover, then system faces.
LATIN_FALLBACKS = ("Noto Sans", "Noto Emoji", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans",
                   "Liberation Sans")
UI_FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Emoji")
#: In the Arabic interface the Arabic face comes first: its metrics set the lines' height.
UI_FAMILIES_ARABIC = ("Noto Sans Arabic", "Noto Sans", "Noto Emoji")
DEFAULT_POINT_SIZE = 15
UI_POINT_SIZE = 10
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 48
#: The interface zooms between these factors.
MIN_ZOOM, MAX_ZOOM = 0.6, 2.5

_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register the fonts in ``resources/fonts`` with Qt; returns their families.

    Safe to call more than once.  A missing font file is not fatal — Qt falls
    back to a system face — but the families list then lacks the reading face.
    """
    if _loaded:
        return list(_loaded)
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id != -1:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _loaded:
                    _loaded.append(family)
    return list(_loaded)


def reading_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """The face articles are read in, at ``point_size``.

    Latin letters, which Noto Naskh Arabic does not cover, fall back to a
    sans face of the system (listed explicitly: Qt's own fallback picked a
    serif, visibly larger than the Arabic).
    """
    font = QFont()
    font.setFamilies([READING_FAMILY, *LATIN_FALLBACKS])
    font.setPointSizeF(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, point_size)))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def ui_font(zoom: float = 1.0) -> QFont:
    """The interface face (menus, panels, tables, dialogs) at ``zoom`` times its normal size."""
    from .i18n import ARABIC, current_language

    font = QFont()
    font.setFamilies(list(UI_FAMILIES_ARABIC if current_language() == ARABIC else UI_FAMILIES))
    font.setPointSizeF(UI_POINT_SIZE * max(MIN_ZOOM, min(MAX_ZOOM, zoom)))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def line_height(font: QFont) -> int:
    """The height one line of ``font`` needs, whichever of its families draws it.

    ``QFontMetrics`` measures the first family only (the Latin face), but
    Arabic letters come from the fallback face, whose descenders — the
    bowls of ل and ي, the tail of و — reach further down: text drawn in a
    box of the Latin face's line spacing loses them.
    """
    tallest = QFontMetrics(font).lineSpacing()
    for family in font.families():
        face = QFont(font)
        face.setFamilies([family])
        tallest = max(tallest, QFontMetrics(face).lineSpacing())
    return tallest
