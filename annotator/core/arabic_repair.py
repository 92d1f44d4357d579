"""Arabic text damaged by PDFs and old systems, detected and repaired.

Arabic copied out of a PDF, or exported by a pre-Unicode newsroom system,
often reaches us in one of two broken shapes:

* **presentation forms** — the letters as drawn (U+FB50–U+FDFF, U+FE70–U+FEFC:
  an initial beh, a final teh marbuta, the lam-alef ligature) instead of the
  letters themselves.  They look right but defeat search, folding and every
  tool downstream.  Repair: NFKC of *those code points only* (lam-alef becomes
  two letters, lam then alef; nothing else in the text is normalised).  Word
  ligatures that people type on purpose — ﷲ ﷺ ﷻ and the rial sign ﷼
  (U+FDF0–U+FDFF) — and the ornate parentheses ﴾﴿ are left as they are.
* **visual order** — each line stored as it is *displayed*, left to right, so
  an Arabic line reads backwards (``ةقطنملل`` for ``للمنطقة``) while the Latin
  words and numbers in it read forwards.  Repair: the line is read right to
  left again, keeping its left-to-right runs (Latin words, numbers) in their
  order and turning mirrored brackets back (:func:`visual_to_logical`).

Only text that is evidently broken is touched (:func:`repair`): a false
positive would corrupt a good article, so a line is reversed only on strong
evidence that it is backwards — see :func:`line_evidence`.  Text in logical
order is returned unchanged, the very same string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .errors import Message

__all__ = ["Repair", "line_evidence", "repair", "repair_presentation_forms", "visual_to_logical"]

#: Letter presentation forms: Arabic Presentation Forms-A up to the word
#: ligatures, and Forms-B up to the lam-alef ligatures (U+FEFF is the BOM).
_FORMS = re.compile("[\ufb50-\ufd3d\ufd40-\ufdcf\ufe70-\ufefc]")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\ufb50-\ufdcf\ufe70-\ufefc]")
#: Brackets that the bidi algorithm mirrors in a right-to-left run.
_MIRROR = str.maketrans("()[]{}«»‹›", ")(][}{»«›‹")


def _unform(ch: str) -> str:
    # NFKC of an isolated haraka form is a space and the mark (U+FE70 → " ً"): the space is the form's
    # carrier, not text.
    base = unicodedata.normalize("NFKC", ch)
    return base.lstrip(" ") or base


def repair_presentation_forms(text: str) -> tuple[str, int]:
    """``text`` with letter presentation forms mapped to their letters, and how many there were."""
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _unform(m.group())

    return _FORMS.sub(one, text), count


# -- visual order ---------------------------------------------------------------------------------

def _kind(cluster: str) -> str:
    """``R`` (Arabic, Hebrew), ``L`` (Latin and other left-to-right letters), ``D`` (digits), ``A``
    (Arabic-Indic digits) or ``N``."""
    bidi = unicodedata.bidirectional(cluster[0]) if cluster else ""
    if bidi in ("R", "AL"):
        return "R"
    if bidi == "L":
        return "L"
    if bidi == "EN":
        return "D"
    if bidi == "AN":
        return "A"  # Arabic-Indic digits: a number of their own, never part of a Latin run
    return "N"


def _ltr_runs(kinds: list[str]) -> list[tuple[int, int]]:
    """Spans ``[i, j)`` of left-to-right content inside a right-to-left line, in visual order.

    A run starts and ends with a letter or digit and holds no right-to-left
    character.  Once displayed, some runs cannot be told apart: ``11 km`` in
    Arabic text is shown ``km 11`` (two runs, the bidi algorithm gives the
    space to the Arabic), exactly as ``km 11`` is; this reads it ``km 11``.
    """
    runs: list[tuple[int, int]] = []
    i, n = 0, len(kinds)
    while i < n:
        if kinds[i] not in "LDA":
            i += 1
            continue
        family = "A" if kinds[i] == "A" else "LD"
        j = i + 1
        last = i  # the last letter or digit of the run so far
        while j < n and kinds[j] != "R":
            if kinds[j] in "LDA":
                if (kinds[j] == "A") != (family == "A"):
                    break
                last = j
            j += 1
        runs.append((i, last + 1))
        i = last + 1
    return runs


def visual_to_logical(clusters: list[str], rtl: bool = True) -> str:
    """One line given in visual order (left to right, as displayed) turned back into logical order.

    ``clusters`` are the line's characters left to right, each with its
    combining marks (a letter with its harakat is one item).  In a
    right-to-left line the clusters are read right to left, except that runs
    of Latin words and numbers keep their left-to-right order, and brackets
    outside those runs are swapped back (the bidi algorithm mirrors them on
    display).  In a left-to-right line only the Arabic runs are turned round.
    This is the inverse of the Unicode bidi algorithm for the plain text of
    news (no explicit embeddings), which is what PDFs and old systems lose.
    """
    kinds = [_kind(c) for c in clusters]
    if not rtl:
        out: list[str] = []
        i, n = 0, len(clusters)
        while i < n:
            if kinds[i] != "R":
                out.append(clusters[i])
                i += 1
                continue
            j = i
            last = i
            while j < n and kinds[j] != "L":
                if kinds[j] == "R":
                    last = j
                j += 1
            out.append(visual_to_logical(clusters[i:last + 1], rtl=True))
            i = last + 1
        return "".join(out)
    pieces: list[str] = []
    runs = _ltr_runs(kinds)
    outside: list[int] = []  # pieces in right-to-left context, where a bracket may have been mirrored
    i = 0
    for start, end in runs:
        outside.extend(range(len(pieces), len(pieces) + start - i))
        pieces.extend(clusters[i:start])
        pieces.append("".join(clusters[start:end]))
        i = end
    outside.extend(range(len(pieces), len(pieces) + len(clusters) - i))
    pieces.extend(clusters[i:])
    # Each piece is a right-to-left cluster or a whole left-to-right run: reading the pieces from the right
    # gives the logical order.
    plain = "".join(reversed(pieces))
    if _pairs(plain) is not None:
        return plain
    # A PDF's glyphs are the mirrored brackets as drawn, ")" where the text has "(": swap those back,
    # when that is what makes the brackets pair up (a lone bracket says nothing either way).
    for k in outside:
        pieces[k] = pieces[k].translate(_MIRROR)
    swapped = "".join(reversed(pieces))
    return swapped if _pairs(swapped) else plain


_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}


def _pairs(text: str) -> int | None:
    """How many bracket pairs ``text`` closes, or None if a bracket closes before it opens."""
    stack: list[str] = []
    pairs = 0
    for ch in text:
        if ch in _OPENERS:
            stack.append(ch)
        elif ch in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[ch]:
                return None
            stack.pop()
            pairs += 1
    return pairs


# -- detecting backwards lines --------------------------------------------------------------------

_WORD = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+")
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\ufe70-\ufe7f\u0640]")
#: Letters that end a word and never begin one: teh marbuta, alef maksura (and their forms).
_WORD_FINAL = set("\u0629\u0649\ufe93\ufe94\ufeef\ufef0")
#: A word that opens with one of them (the quick test that most good text fails).
_STARTS_BACKWARDS = re.compile(r"(?<![\w\u064b-\u065f\u0670\u0640])[\u0629\u0649][\u064b-\u065f\u0670]*[\u0620-\u064a]")


def _form(ch: str) -> str:
    decomposition = unicodedata.decomposition(ch)
    return decomposition[1:decomposition.index(">")] if decomposition.startswith("<") else ""


def line_evidence(line: str) -> tuple[int, int]:
    """``(forwards, backwards)``: how many words of ``line`` can only be read one way round.

    A word counts as *backwards* when its presentation forms only make sense
    reversed — a final or isolated form at its start and an initial form at
    its end, or any form out of its place (``<final>`` first, ``<initial>``
    last) — or when it begins with a letter that only ever ends a word (teh
    marbuta ة, alef maksura ى).  It counts as *forwards* for the mirror
    image.  Words that read well both ways (most words without forms) count
    for neither.
    """
    forwards = backwards = 0
    for m in _WORD.finditer(line):
        word = _HARAKAT.sub("", m.group())
        if len(word) < 2:
            continue
        first, last = _form(word[0]), _form(word[-1])
        fw = bw = 0
        # In logical order a word opens with an initial (or isolated) form and closes with a final (or
        # isolated) one; backwards, the other way round.
        if first == "initial" or last == "final":
            fw += 1
        if first == "final" or last == "initial":
            bw += 1
        if word[0] in _WORD_FINAL:
            bw += 1
        if word[-1] in _WORD_FINAL:
            fw += 1
        if bw and not fw:
            backwards += 1
        elif fw and not bw:
            forwards += 1
    return forwards, backwards


#: A line is reversed when at least this many of its words are evidently backwards …
MIN_BACKWARDS_WORDS = 2
#: … and this many times as many as its evidently forwards words.
MIN_RATIO = 4


def _visual_clusters(line: str) -> list[str]:
    """A visual-order line cut into letters with their marks.

    Reversed text carries each letter's harakat *before* it (``ُسيئرلا`` for
    ``الرئيسُ``), which is what a reversed string and most PDF extractions give;
    a line whose marks evidently follow their letters (a mark right after a
    space or at the start of the line never happens then) is read that way.
    """
    marks_first = not any(unicodedata.combining(ch) and (i == len(line) - 1 or not line[i + 1].isalpha())
                          for i, ch in enumerate(line)) or any(
        unicodedata.combining(ch) and (i == 0 or not (line[i - 1].isalpha() or unicodedata.combining(line[i - 1])))
        for i, ch in enumerate(line))
    out: list[str] = []
    pending = ""
    for ch in line:
        if unicodedata.combining(ch):
            if marks_first:
                pending += ch
            elif out:
                out[-1] += ch
            else:
                out.append(ch)
            continue
        out.append(ch + pending if marks_first else ch)
        pending = ""
    if pending:
        if out:
            out[-1] += pending
        else:
            out.append(pending)
    return out


@dataclass
class Repair:
    """What :func:`repair` did: the repaired text and the notes for the import report."""

    text: str
    forms: int = 0  #: presentation-form characters mapped to letters
    reversed_lines: int = 0  #: lines turned from visual back to logical order
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.forms or self.reversed_lines)


def repair(text: str) -> Repair:
    """Repair Arabic in presentation forms or visual order; text that is fine comes back unchanged.

    Lines are judged one by one (visual order is a property of lines): a line
    is reversed when at least :data:`MIN_BACKWARDS_WORDS` of its words read
    only backwards and they outnumber the words that read only forwards
    :data:`MIN_RATIO` to one (:func:`line_evidence`).  A short line with less
    evidence (a one-word heading) is reversed too when it has no forwards
    word and the text as a whole is overwhelmingly backwards.  Presentation
    forms are mapped after the order is settled, since their shapes are the
    evidence.
    """
    if not _FORMS.search(text) and not _STARTS_BACKWARDS.search(text):
        return Repair(text)  # nothing to judge: no forms, and no word that opens with a word-final letter
    lines = text.split("\n")
    evidence = [line_evidence(line) if _ARABIC_LETTER.search(line) else (0, 0) for line in lines]
    total_fw = sum(fw for fw, _ in evidence)
    total_bw = sum(bw for _, bw in evidence)
    mostly_backwards = total_bw >= 5 and total_bw >= 10 * total_fw
    reversed_lines = 0
    out: list[str] = []
    for line, (fw, bw) in zip(lines, evidence):
        backwards = (bw >= MIN_BACKWARDS_WORDS and bw >= MIN_RATIO * fw) or (
            mostly_backwards and fw == 0 and _ARABIC_LETTER.search(line) is not None)
        if backwards:
            lead = len(line) - len(line.lstrip())
            trail = len(line.rstrip())
            line = line[:lead] + visual_to_logical(_visual_clusters(line[lead:trail])) + line[trail:]
            reversed_lines += 1
        out.append(line)
    repaired = "\n".join(out) if reversed_lines else text
    repaired, forms = repair_presentation_forms(repaired)
    result = Repair(repaired, forms=forms, reversed_lines=reversed_lines)
    if forms:
        result.notes.append(Message("repaired Arabic presentation forms (%1 characters mapped to their letters)",
                                    forms))
    if reversed_lines == 1:
        result.notes.append(Message("reversed visual-order lines (1 line put back in reading order)"))
    elif reversed_lines:
        result.notes.append(Message("reversed visual-order lines (%1 lines put back in reading order)",
                                    reversed_lines))
    return result
