"""Keyboard shortcuts that keep working on an Arabic keyboard layout.

Single-key shortcuts are matched by key code.  On an Arabic layout the key
that carries "1" sends "١" and the key that carries "L" sends "م", so each
shortcut also lists the character the same physical key types there.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

#: Latin letter → what the same key types on the common Arabic (PC) layout.
ARABIC_LAYOUT = {
    "q": "ض", "w": "ص", "e": "ث", "r": "ق", "t": "ف", "y": "غ", "u": "ع", "i": "ه", "o": "خ", "p": "ح",
    "a": "ش", "s": "س", "d": "ي", "f": "ب", "g": "ل", "h": "ا", "j": "ت", "k": "ن", "l": "م",
    "z": "ئ", "x": "ء", "c": "ؤ", "v": "ر", "n": "ى", "m": "ة",
}


_FROM_ARABIC = {arabic: latin for latin, arabic in ARABIC_LAYOUT.items()}


def canonical_key(key: str) -> str:
    """The key as the Latin keyboard names it: ``١``/``۱`` → ``1``, ``م`` → ``l``, ``L`` → ``l``."""
    if len(key) != 1:
        return key
    if key.isdigit():
        return str(int(key))  # any script's digit
    return _FROM_ARABIC.get(key, key.lower())


def key_variants(key: str) -> list[str]:
    """A key plus what the same physical key types on Arabic and Persian layouts."""
    if not key:
        return []
    if len(key) == 1 and key.isascii() and key.isdigit():
        d = int(key)
        return [key, chr(0x0660 + d), chr(0x06F0 + d)]  # Arabic-Indic, Extended (Persian/Urdu)
    if len(key) == 1 and key.isascii() and key.isalpha():
        arabic = ARABIC_LAYOUT.get(key.lower())
        return [key.upper()] + ([arabic] if arabic else [])
    return [key]


def sequences(key: str) -> list[QKeySequence]:
    """``QKeySequence`` objects for :func:`key_variants`."""
    return [QKeySequence(k) for k in key_variants(key)]


def describe(key: str) -> str:
    """How the shortcut sheet shows a key: ``L / م``, ``1 / ١``."""
    variants = key_variants(key)
    return " / ".join(variants[:2])


def shown_key(key: str) -> str:
    """A tag's key as the user is shown it: a Latin letter as the key cap reads, upper case ("L": a
    lower-case "l" inside Arabic text looks like alef); stored keys stay as they are (lower case)."""
    return key.upper() if len(key) == 1 and key.isascii() and key.isalpha() else key
