"""Printing Arabic in a terminal: logical order, or visual order for terminals that cannot.

Most modern terminals (GNOME Terminal and others built on VTE 0.58+,
Konsole, mlterm, iTerm2 3.5+) run the bidi algorithm and shape Arabic
themselves: they get the text in logical order, as stored.  Others (xterm,
the Linux console, Windows Terminal, tmux/screen in between, and terminals
we cannot identify) show it unshaped and backwards, so for them each line is
shaped with arabic-reshaper and reordered with python-bidi *at the moment of
printing*.  Stored and exported data are never touched.

The decision, in order: ``--visual`` / ``--logical`` on the command line;
then ``ANNOTATOR_BIDI=visual|logical``; then logical whenever the output is
not a terminal (a pipe or a file gets the real text); then the terminal's own
identification (``VTE_VERSION``, ``KONSOLE_VERSION``, ``MLTERM``,
``TERM_PROGRAM``); visual otherwise.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Mapping
from typing import Any, TextIO

import regex

_CLUSTER = regex.compile(r"\X", regex.DOTALL)
# What python-bidi must not take apart: an escape made by printable() (``\x1b``,
# whose backslash is bidi-neutral), else one grapheme cluster.
_UNIT = regex.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|[tnr])|\X", regex.DOTALL)


def _version(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return tuple(parts)


def terminal_does_bidi(env: Mapping[str, str]) -> bool:
    """Whether the terminal described by ``env`` shapes and reorders Arabic itself."""
    if env.get("TMUX") or env.get("STY"):
        return False  # tmux and screen redraw cells themselves and lose the bidi runs
    vte = env.get("VTE_VERSION", "")
    if vte.isdigit() and int(vte) >= 5800:  # VTE 0.58 added bidi (GNOME Terminal, Tilix, …)
        return True
    if env.get("KONSOLE_VERSION") or env.get("MLTERM"):
        return True
    program = env.get("TERM_PROGRAM", "")
    if program == "iTerm.app":
        return _version(env.get("TERM_PROGRAM_VERSION", "")) >= (3, 5)
    return program == "Apple_Terminal"


def use_visual_order(stream: TextIO, flag: str | None = None, env: Mapping[str, str] | None = None) -> bool:
    """Decide visual vs logical output (see the module docstring)."""
    env = os.environ if env is None else env
    if flag in ("visual", "logical"):
        return flag == "visual"
    forced = env.get("ANNOTATOR_BIDI", "").lower()
    if forced in ("visual", "logical"):
        return forced == "visual"
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return False
    return not terminal_does_bidi(env)


@functools.cache
def _reshaper() -> Any:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def visual(text: str) -> str:
    """``text`` shaped and in display order, line by line, for a terminal without bidi.

    python-bidi reverses code points, which would turn 👍🏽 into 🏽👍: clusters
    of several code points that are not Arabic (emoji with modifiers, flags,
    ZWJ sequences) are swapped for placeholders first and put back after, and
    so are the escapes :func:`printable` writes for control characters.
    """
    from bidi import get_display

    reshaper = _reshaper()
    out = []
    for line in text.split("\n"):
        kept: dict[str, str] = {}

        def hold(match: regex.Match[str], kept: dict[str, str] = kept) -> str:
            cluster = match.group()
            if len(cluster) == 1 or any("\u0600" <= ch <= "\u06ff" for ch in cluster):
                return cluster
            key = chr(0xF0000 + len(kept))  # private use, bidi-neutral enough for one glyph
            kept[key] = cluster
            return key

        held = _UNIT.sub(hold, line)
        shown = get_display(reshaper.reshape(held))
        out.append("".join(kept.get(ch, ch) for ch in shown))
    return "\n".join(out)


@functools.lru_cache(maxsize=4096)
def _cluster_width(cluster: str) -> int:
    visible = [ch for ch in cluster if not (unicodedata.combining(ch) or
                                            unicodedata.category(ch) in ("Mn", "Me", "Cf"))]
    if not visible:
        return 0
    wide = any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in visible) or ord(visible[0]) > 0x1F000
    return 2 if wide else 1


#: Characters that are a grapheme cluster of their own, one column wide: printable ASCII, Latin-1
#: and Latin Extended-A/B (less the soft hyphen), Arabic letters, digits and punctuation (less the
#: harakat, the prepended signs U+0600–U+0605 and the Quranic marks), and the dashes, quotes and
#: ellipsis of General Punctuation.  Anything else (a mark, an emoji, CJK, a joiner) is measured.
SIMPLE_CHARACTERS = (
    "\x20-\x7e\xa0-\xac\xae-\u024f\u060c\u061b\u061f\u0621-\u064a\u0660-\u066d\u0671-\u06d3\u06d5\u2010-\u2027"
)
_NOT_SIMPLE = re.compile(f"[^{SIMPLE_CHARACTERS}]")  # re: a plain class, 5× faster than regex


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: per grapheme cluster, 2 if wide (emoji, CJK), else 1."""
    return sum(_cluster_width(match.group()) for match in _CLUSTER.finditer(text))


def fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns (with …, never inside a cluster) and pad it to that width.

    One pass over the clusters, stopping as soon as the text is known to be
    too wide: linear in the width, whatever the length of ``text``.
    """
    flat = " ".join(text.split())
    if width > 0 and _NOT_SIMPLE.search(flat, 0, width + 1) is None:
        # Nearly every title: the first width + 1 characters each take one
        # column on their own (no marks, no wide or zero-width characters),
        # so columns are characters and no cluster needs to be measured.
        if len(flat) <= width:
            return flat + " " * (width - len(flat))
        return flat[:width - 1] + "…"
    kept = 0  # characters of ``flat`` that fit in width - 1 columns (room for the …)
    used = 0  # their columns
    total = 0  # columns of everything seen so far
    for match in _CLUSTER.finditer(flat):
        total += _cluster_width(match.group())
        if total > width:
            flat = flat[:kept] + "…"
            used += 1
            break
        if total <= width - 1:
            kept, used = match.end(), total
    else:
        used = total
    return flat + " " * max(0, width - used)


# Characters that must never reach a terminal as they are: C0 controls (ESC
# starts the sequences that retitle, recolour or clear a terminal), DEL, C1
# controls (U+009B is a one-character CSI), the line and paragraph
# separators, and the bidi embeddings, overrides and isolates that reorder
# what follows them (U+202E makes "txt.exe" show as "exe.txt").  The marks
# LRM, RLM and ALM only take a direction, are common in Arabic, and stay.
# Lone surrogates are bytes of a file name that are not UTF-8.
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNSAFE = [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_VISIBLE: dict[int, str] = {
    **{cp: _NAMED.get(chr(cp)) or (f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}") for cp in _UNSAFE},
    **{cp: f"\\x{cp - 0xDC00:02x}" for cp in range(0xDC80, 0xDD00)},  # surrogateescape'd bytes
    **{cp: f"\\u{cp:04x}" for cp in [*range(0xD800, 0xDC80), *range(0xDD00, 0xE000)]},
}
_ANY_UNSAFE = regex.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\t``, ``\\u202e``).

    For what is printed to a terminal only — stored and exported data keep
    their characters.  Tabs and line breaks are shown too, so one field stays
    on one line of one column.
    """
    if _ANY_UNSAFE.search(text) is None:  # nearly always: skip the (slower) translation
        return text
    return text.translate(_VISIBLE)
