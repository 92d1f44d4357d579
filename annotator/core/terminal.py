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

import os
import unicodedata
from collections.abc import Mapping
from typing import TextIO

import regex

_CLUSTER = regex.compile(r"\X", regex.DOTALL)


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


def visual(text: str) -> str:
    """``text`` shaped and in display order, line by line, for a terminal without bidi.

    python-bidi reverses code points, which would turn 👍🏽 into 🏽👍: clusters
    of several code points that are not Arabic (emoji with modifiers, flags,
    ZWJ sequences) are swapped for placeholders first and put back after.
    """
    import arabic_reshaper
    from bidi import get_display

    reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
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

        held = _CLUSTER.sub(hold, line)
        shown = get_display(reshaper.reshape(held))
        out.append("".join(kept.get(ch, ch) for ch in shown))
    return "\n".join(out)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: per grapheme cluster, 2 if wide (emoji, CJK), else 1."""
    width = 0
    for match in _CLUSTER.finditer(text):
        cluster = match.group()
        visible = [ch for ch in cluster if not (unicodedata.combining(ch) or
                                                unicodedata.category(ch) in ("Mn", "Me", "Cf"))]
        if not visible:
            continue
        wide = any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in visible) or ord(visible[0]) > 0x1F000
        width += 2 if wide else 1
    return width


def fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns (with …, never inside a cluster) and pad it to that width."""
    flat = " ".join(text.split())
    if display_width(flat) > width:
        out = ""
        for match in _CLUSTER.finditer(flat):
            if display_width(out + match.group()) > width - 1:
                break
            out += match.group()
        flat = out + "…"
    return flat + " " * max(0, width - display_width(flat))
