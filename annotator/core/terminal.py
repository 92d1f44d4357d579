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
    """``text`` shaped and in display order, line by line, for a terminal without bidi."""
    import arabic_reshaper
    from bidi import get_display

    reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
    return "\n".join(get_display(reshaper.reshape(line)) for line in text.split("\n"))


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (combining marks take none, wide characters two)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` columns (with …) and pad it to exactly that width."""
    flat = " ".join(text.split())
    if display_width(flat) > width:
        out = ""
        for ch in flat:
            if display_width(out + ch) > width - 1:
                break
            out += ch
        flat = out + "…"
    return flat + " " * max(0, width - display_width(flat))
