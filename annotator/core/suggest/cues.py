"""Reporting cues of Arabic news copy — قال, أكد, أضاف, بحسب … — as written.

Everything here is matched on *folded* text (:func:`annotator.core.search.fold_text`):
no harakat or tatweel, أ إ آ → ا, ى → ي, ة → ه.  So ``وأضافَ``, ``وأضـاف`` and
``واضاف`` are one form, and the tables below are written folded.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

VERB = "verb"  #: قال X …: the source follows (or is the previous speaker)
PARTICIPLE = "participle"  #: مضيفاً …: takes the source of the verb before it
PHRASE = "phrase"  #: بحسب X, نقلاً عن X: the source follows, the quote is before or after
SAYING = "saying"  #: نقل … عن X قوله: the source is after the last عن before it

#: lemma (as printed in ``why``) → (verb forms, participle forms), folded.
_LEXICON: dict[str, tuple[str, str]] = {
    "قال": ("قال يقول تقول يقولون نقول", "قائلا قائله قائلين"),
    "أكد": ("اكد يؤكد تؤكد يؤكدون", "مؤكدا مؤكده مؤكدين"),
    "أضاف": ("اضاف يضيف تضيف يضيفون", "مضيفا مضيفه مضيفين"),
    "أوضح": ("اوضح يوضح توضح", "موضحا موضحه موضحين"),
    "أشار": ("اشار يشير تشير", "مشيرا مشيره مشيرين"),
    "شدد": ("شدد يشدد تشدد", "مشددا مشدده مشددين"),
    "نوه": ("نوه ينوه تنوه", "منوها منوهه منوهين"),
    "تابع": ("تابع", "متابعا"),
    "صرح": ("صرح يصرح تصرح", "مصرحا مصرحه"),
    "حذر": ("حذر يحذر تحذر", "محذرا محذره محذرين"),
    "رأى": ("راي رات راوا يري تري يرون", ""),
    "اعتبر": ("اعتبر يعتبر تعتبر", "معتبرا معتبره معتبرين"),
    "نفى": ("نفي نفت نفوا ينفي تنفي", "نافيا نافيه"),
    "دعا": ("دعا دعت دعوا يدعو تدعو", "داعيا داعيه"),
    "لفت": ("لفت يلفت تلفت", "لافتا لافته"),
    "استدرك": ("استدرك يستدرك", "مستدركا"),
    "أردف": ("اردف يردف", "مردفا مردفه"),
    "وصف": ("وصف يصف تصف", "واصفا واصفه"),
    "لخص": ("لخص يلخص", ""),
    "ذكر": ("ذكر يذكر تذكر", "ذاكرا"),
    "أعلن": ("اعلن يعلن تعلن", "معلنا معلنه"),
}
#: Phrases whose source follows them: "…"، بحسب X / وفقاً لـX فإن …
_PHRASES = {"بحسب": r"بحسب", "حسب": r"حسب", "وفقاً لـ": r"وفقا\s*ل", "نقلاً عن": r"نقلا\s+عن",
            "جاء في": r"جاء\s+في"}
#: Subject and object suffixes a verb may carry: قالت, أكدوا, أضافت, أكده.
_VERB_SUFFIX = r"(?:تا|ت|وا|ا|نا|ن|ها|هما|هم|ه)?"


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


_VERB_FORMS = {f: lemma for lemma, (verbs, _) in _LEXICON.items() for f in verbs.split()}
_PARTICIPLE_FORMS = {f: lemma for lemma, (_, parts) in _LEXICON.items() for f in parts.split()}
_PHRASE_RES = {regex.compile(pattern): lemma for lemma, pattern in _PHRASES.items()}

# One pass over the article finds every cue.  The proclitics و/ف (and ل on
# قوله) are matched but left out of the cue span; a cue is a whole word.
CUE_RE = regex.compile(
    r"(?<!\p{L})(?P<pre>[وف]?)(?:"
    rf"(?P<participle>{_alternation(list(_PARTICIPLE_FORMS))})"
    rf"|(?P<verb>(?:{_alternation(list(_VERB_FORMS))}){_VERB_SUFFIX})"
    r"|(?P<saying>ل?قول(?:هما|هم|ها|ه))"
    rf"|(?P<phrase>{'|'.join(_PHRASES.values())})"
    r")(?!\p{L})"
)
# ``وفقا ل`` may be written against its noun (وفقاً للمتحدث): no word end is required after it.
_ATTACHED_PHRASE_RE = regex.compile(r"(?<!\p{L})(?P<pre>[وف]?)(?P<phrase>وفقا\s*ل)(?=\p{L})")


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in folded text: ``[start, end)`` without its proclitics."""

    start: int
    end: int
    kind: str
    lemma: str
    #: the cue as written (folded), clitics included, for ``why``
    written: str


def _lemma_of(kind: str, word: str) -> str:
    if kind == PARTICIPLE:
        return _PARTICIPLE_FORMS[word]
    if kind == SAYING:
        return "قال"
    if kind == PHRASE:
        return next(lemma for pattern, lemma in _PHRASE_RES.items() if pattern.fullmatch(word))
    # The longest verb form the word begins with (قالت → قال, يقولون → يقولون).
    for cut in range(len(word), 0, -1):
        if word[:cut] in _VERB_FORMS:
            return _VERB_FORMS[word[:cut]]
    return word


def find_cues(folded: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every cue in ``folded[start:end]``, in reading order."""
    end = len(folded) if end is None else end
    found: dict[int, Cue] = {}
    for pattern in (CUE_RE, _ATTACHED_PHRASE_RE):
        for m in pattern.finditer(folded, start, end):
            groups = m.groupdict()
            kind = next(k for k in (PARTICIPLE, VERB, SAYING, PHRASE) if groups.get(k) is not None)
            word = m.group(kind)
            s = m.start(kind)
            if kind == SAYING and word.startswith("لقول"):
                s, word = s + 1, word[1:]  # لقوله: the ل is a clitic
            found.setdefault(s, Cue(s, m.end(kind), kind, _lemma_of(kind, word), m.group()))
    return [found[k] for k in sorted(found)]


def is_cue_word(word: str) -> bool:
    """Whether a folded word (clitics allowed) is a verb or participle cue."""
    m = CUE_RE.fullmatch(word)
    return m is not None and (m.group(VERB) is not None or m.group(PARTICIPLE) is not None)
