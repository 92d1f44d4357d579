"""Search that ignores what Arabic readers ignore, with exact positions back.

Folding removes harakat, Quranic marks, tatweel and invisible joiners, and
merges letters readers treat as one for searching: the alef forms
(أ إ آ ٱ → ا), alef maqsura and ya (ى → ي), ta marbuta and ha (ة → ه).  Latin
letters are compared case-insensitively.  A match in the folded text is
mapped back to the code points of the original, so it can be highlighted,
selected or tagged where it really is.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

_REMOVED = (
    [chr(c) for c in range(0x064B, 0x0660)]  # tanwin, harakat, shadda, sukun, maddah, hamza marks
    + ["\u0670"]  # superscript alef
    + [chr(c) for c in range(0x06D6, 0x06EE) if unicodedata.category(chr(c)) == "Mn"]  # Quranic marks
    + ["\u0640"]  # tatweel
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"]
)
_REPLACED = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # alef forms → ا
    "\u0649": "\u064a",  # alef maqsura → ya
    "\u0629": "\u0647",  # ta marbuta → ha
}
_REMOVED_RE = re.compile("[" + "".join(re.escape(ch) for ch in _REMOVED) + "]")


def _lower_char(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch  # keep one character for one (İ lowers to two)


def fold_text(text: str) -> str:
    """The folded form of ``text`` (what the search index stores and compares).

    A regular expression and a few ``str.replace`` calls rather than
    ``str.translate``, which looks every character of a non-ASCII text up
    in a dict: six times slower on a long Arabic article.
    """
    folded = _REMOVED_RE.sub("", text)
    for letter, replacement in _REPLACED.items():
        folded = folded.replace(letter, replacement)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(_lower_char(c) for c in folded)


@dataclass
class Folded:
    """A folded text and the way back to the original's code points."""

    original_length: int
    text: str
    # For the k-th removed character, how many kept characters precede it.
    _kept_before_removed: list[int]

    def to_original(self, i: int) -> int:
        """Original offset of folded offset ``i`` (0 <= i <= len(text))."""
        if i >= len(self.text):
            return self.original_length
        return i + bisect_right(self._kept_before_removed, i)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of a folded match ``[start, end)``.

        The end reaches to the next character that was kept, so marks that
        follow the last matched letter (its harakat) stay with it.
        """
        return self.to_original(start), self.to_original(end)


def fold(text: str) -> Folded:
    """Fold ``text`` and remember where every kept character came from.

    The removed characters are found by a regular expression, not a Python
    loop over the text: a 1M-character article folds in milliseconds.
    """
    folded = fold_text(text)
    removed: list[int] = []
    if len(folded) != len(text):
        # The k-th removed character at offset p has p - k kept characters before it.
        removed = [m.start() - k for k, m in enumerate(_REMOVED_RE.finditer(text))]
    return Folded(len(text), folded, removed)


@dataclass(frozen=True)
class Match:
    """A match as code-point offsets into the original text."""

    start: int
    end: int


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def find_all(folded: Folded, query: str, whole_words: bool = False) -> list[Match]:
    """Every non-overlapping occurrence of ``query`` (folded) in ``folded``."""
    needle = fold_text(query).strip()
    if not needle:
        return []
    hay = folded.text
    matches: list[Match] = []
    i = hay.find(needle)
    while i != -1:
        j = i + len(needle)
        if not whole_words or (
            (i == 0 or not _is_word_char(hay[i - 1])) and (j == len(hay) or not _is_word_char(hay[j]))
        ):
            matches.append(Match(*folded.span_to_original(i, j)))
            i = hay.find(needle, j)
        else:
            i = hay.find(needle, i + 1)
    return matches


def find_in_text(text: str, query: str, whole_words: bool = False) -> list[Match]:
    """Convenience: fold ``text`` and find ``query`` in it."""
    return find_all(fold(text), query, whole_words)
