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
_VERB_FORMS = {f: lemma for lemma, (verbs, _) in _LEXICON.items() for f in verbs.split()}
_PARTICIPLE_FORMS = {f: lemma for lemma, (_, parts) in _LEXICON.items() for f in parts.split()}


@dataclass(frozen=True)
class Cue:
    """A reporting cue found in folded text: ``[start, end)`` without its proclitics."""

    start: int
    end: int
    kind: str
    lemma: str
    #: the cue as written (folded), clitics included, for ``why``
    written: str


# Every written form (without و/ف) → its kind and lemma: a word's lookup is one dict access,
# much faster over a long article than one large regular expression tried at every letter.
_FORMS: dict[str, tuple[str, str]] = {}
for _form, _lemma in _VERB_FORMS.items():
    for _suffix in ("", "ت", "تا", "وا", "ا", "ن", "نا", "ه", "ها", "هم", "هما"):
        _FORMS.setdefault(_form + _suffix, (VERB, _lemma))
_FORMS.update({form: (PARTICIPLE, lemma) for form, lemma in _PARTICIPLE_FORMS.items()})
_FORMS.update({"قول" + s: (SAYING, "قال") for s in ("ه", "ها", "هم", "هما")})
_FORMS.update({"لقول" + s: (SAYING, "قال") for s in ("ه", "ها", "هم", "هما")})
_FORMS.update({"بحسب": (PHRASE, "بحسب"), "حسب": (PHRASE, "حسب")})
#: Phrases of two words: the first word, and what must follow it.
_TWO_WORDS = {"وفقا": (regex.compile(r"\s*ل"), "وفقاً لـ"), "نقلا": (regex.compile(r"\s+عن(?!\p{L})"), "نقلاً عن"),
              "جاء": (regex.compile(r"\s+في(?!\p{L})"), "جاء في")}
_LETTERS = regex.compile(r"\p{L}+")


def find_cues(folded: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every cue in ``folded[start:end]``, in reading order."""
    end = len(folded) if end is None else end
    cues: list[Cue] = []
    forms = _FORMS
    # Which distinct words of the text are cues is decided once per word (a set
    # comprehension in C); only those words are then looked for, which is much
    # faster on a long article than a Python loop over every word.
    candidates = [w for w in set(_LETTERS.findall(folded, start, end))
                  if w in forms or w in _TWO_WORDS or (len(w) > 3 and w[0] in "وف"
                                                       and (w[1:] in forms or w[1:] in _TWO_WORDS))]
    if not candidates:
        return cues
    pattern = regex.compile(r"(?<!\p{L})(?:" + "|".join(sorted(candidates, key=len, reverse=True)) + r")(?!\p{L})")
    for m in pattern.finditer(folded, start, end):
        word = m.group()
        pre = ""
        found = forms.get(word)
        if found is None and len(word) > 3 and word[0] in "وف":
            pre, found = word[0], forms.get(word[1:])
        s, e = m.start() + len(pre), m.end()
        if found is not None:
            kind, lemma = found
            if kind == SAYING and folded[s] == "ل":
                s += 1  # لقوله: the ل is a clitic
            cues.append(Cue(s, e, kind, lemma, word))
            continue
        bare, s = word, m.start()
        if bare not in _TWO_WORDS and len(word) > 3 and word[0] in "وف":
            bare, s = word[1:], s + 1
        if bare in _TWO_WORDS:
            follow, lemma = _TWO_WORDS[bare]
            tail = follow.match(folded, e, end)
            if tail is not None:
                cues.append(Cue(s, tail.end(), PHRASE, lemma, folded[m.start():tail.end()]))
    return cues


def is_cue_word(word: str) -> bool:
    """Whether a folded word (clitics allowed) is a verb or participle cue."""
    found = _FORMS.get(word)
    if found is None and len(word) > 3 and word[0] in "وف":
        found = _FORMS.get(word[1:])
    return found is not None and found[0] in (VERB, PARTICIPLE)
