"""Reporting cues of Arabic news copy — قال, أكد, أضاف, بحسب … — as written.

Everything here is matched on *folded* text (:func:`annotator.core.search.fold_text`):
no harakat or tatweel, أ إ آ → ا, ى → ي, ة → ه.  So ``وأضافَ``, ``وأضـاف`` and
``واضاف`` are one form, and the tables below are written folded.

Each verb is listed by its past stem, its present stem and its participle
stem; the written forms are made from them (قال قالت قالوا قالا يقول تقول
يقولون قائلاً قائلةً قائلين …), so every cue has all its forms, and each form
knows the gender and number of its subject: a pronoun-only ``وأضافت`` looks
for a woman (or an institution) quoted before, ``وأضافوا`` and ``معتبرين``
for a group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

VERB = "verb"  #: قال X …: the source follows (or is the previous speaker)
PARTICIPLE = "participle"  #: مضيفاً …: takes the source of the verb before it
PHRASE = "phrase"  #: بحسب X, نقلاً عن X: the source follows, the quote is before or after
SAYING = "saying"  #: نقل … عن X قوله: the source is after the last عن before it

MASCULINE = "m"  #: قال, يقول, مضيفاً, قوله
FEMININE = "f"  #: قالت, تقول, مضيفةً, قولها
PLURAL = "p"  #: قالوا, يقولون, مضيفين, قولهم (and the duals قالا, قالتا)

#: lemma (as printed in ``why``) → (past, present stem without ي/ت, participle stem), folded.
#: The participle stem is the masculine singular without its tanween alif ("" when the
#: verb has none in news copy).
_REGULAR: dict[str, tuple[str, str, str]] = {
    "قال": ("قال", "قول", "قائل"),
    "أكد": ("اكد", "ؤكد", "مؤكد"),
    "أضاف": ("اضاف", "ضيف", "مضيف"),
    "أوضح": ("اوضح", "وضح", "موضح"),
    "أشار": ("اشار", "شير", "مشير"),
    "شدد": ("شدد", "شدد", "مشدد"),
    "نوه": ("نوه", "نوه", "منوه"),
    "تابع": ("تابع", "تابع", "متابع"),
    "صرح": ("صرح", "صرح", "مصرح"),
    "حذر": ("حذر", "حذر", "محذر"),
    "اعتبر": ("اعتبر", "عتبر", "معتبر"),
    "لفت": ("لفت", "لفت", "لافت"),
    "استدرك": ("استدرك", "ستدرك", "مستدرك"),
    "أردف": ("اردف", "ردف", "مردف"),
    "وصف": ("وصف", "صف", "واصف"),
    "لخص": ("لخص", "لخص", ""),
    "ذكر": ("ذكر", "ذكر", "ذاكر"),
    "أعلن": ("اعلن", "علن", "معلن"),
    "كشف": ("كشف", "كشف", "كاشف"),
    "تساءل": ("تساءل", "تساءل", "متسائل"),
    "أجاب": ("اجاب", "جيب", "مجيب"),
    "نبه": ("نبه", "نبه", "منبه"),
    "اعترف": ("اعترف", "عترف", "معترف"),
    "زعم": ("زعم", "زعم", "زاعم"),
}
#: Verbs whose last radical is weak (رأى, نفى, دعا): their forms as written, by gender.
_IRREGULAR: dict[str, dict[str, str]] = {
    "رأى": {MASCULINE: "راي يري", FEMININE: "رات تري", PLURAL: "راوا رايا راتا يرون"},
    "نفى": {MASCULINE: "نفي ينفي", FEMININE: "نفت تنفي", PLURAL: "نفوا نفيا نفتا ينفون"},
    "دعا": {MASCULINE: "دعا يدعو", FEMININE: "دعت تدعو", PLURAL: "دعوا دعتا يدعون"},
    "تساءل": {MASCULINE: "تسائل يتسائل", FEMININE: "تسائلت تتسائل", PLURAL: "تسائلوا يتسائلون"},
}
#: Feminine plurals (قلن, يؤكدن …) of the verbs of the issue, as written (hollow verbs lose their middle letter).
_FEMININE_PLURALS = {
    "قال": "قلن يقلن", "أكد": "اكدن يؤكدن", "أضاف": "اضفن يضفن", "أوضح": "اوضحن يوضحن", "أشار": "اشرن يشرن",
    "شدد": "شددن يشددن", "نوه": "نوهن ينوهن", "تابع": "تابعن يتابعن", "صرح": "صرحن يصرحن", "حذر": "حذرن يحذرن",
    "اعتبر": "اعتبرن يعتبرن", "لفت": "لفتن يلفتن", "استدرك": "استدركن يستدركن", "أردف": "اردفن يردفن",
}
_IRREGULAR_PARTICIPLES: dict[str, dict[str, str]] = {
    "نفى": {MASCULINE: "نافيا", FEMININE: "نافيه", PLURAL: "نافين"},
    "دعا": {MASCULINE: "داعيا", PLURAL: "داعين"},
}


class Cue(NamedTuple):
    """A reporting cue found in folded text: ``[start, end)`` without its proclitics.

    A named tuple: a long article has thousands, made faster than dataclasses."""

    start: int
    end: int
    kind: str
    lemma: str
    #: the cue as written (folded), clitics included, for ``why``
    written: str
    #: who the cue's subject is: :data:`MASCULINE`, :data:`FEMININE`, :data:`PLURAL`, or "" (بحسب)
    gender: str = ""

    @property
    def written_start(self) -> int:
        """Where the cue starts with its proclitics (the و of وأضاف)."""
        return self.end - len(self.written)


#: The masculine dual (قالا) only where it is no accusative noun as well (ذكراً, وصفاً, حذراً).
_DUALS = frozenset("قال اكد اضاف اوضح اشار".split())
#: Participle forms that are mostly nouns: لافتة (a placard), ذاكرة (memory), متابعة (follow-up),
#: متابعين (followers), داعية (a preacher).
_NOT_PARTICIPLES = frozenset("لافته ذاكره متابعه متابعين داعيه".split())


def _verb_forms(past: str, present: str) -> dict[str, str]:
    forms = {past: MASCULINE, past + "ت": FEMININE, past + "وا": PLURAL, past + "تا": PLURAL,
             "ي" + present: MASCULINE, "ت" + present: FEMININE,
             "ي" + present + "ون": PLURAL, "ي" + present + "ان": PLURAL, "ت" + present + "ان": PLURAL}
    if past in _DUALS:
        forms[past + "ا"] = PLURAL
    return forms


def _participle_forms(stem: str) -> dict[str, str]:
    forms = {stem + "ا": MASCULINE, stem + "ه": FEMININE, stem + "ين": PLURAL} if stem else {}
    return {f: g for f, g in forms.items() if f not in _NOT_PARTICIPLES}


# Every written form (without و/ف) → (kind, lemma, gender): a word's lookup is one dict
# access, much faster over a long article than one large regular expression.
_FORMS: dict[str, tuple[str, str, str]] = {}
for _lemma, (_past, _present, _participle) in _REGULAR.items():
    for _form, _gender in _verb_forms(_past, _present).items():
        _FORMS.setdefault(_form, (VERB, _lemma, _gender))
    for _form, _gender in _participle_forms(_participle).items():
        _FORMS.setdefault(_form, (PARTICIPLE, _lemma, _gender))
for _lemma, _by_gender in _IRREGULAR.items():
    for _gender, _forms in _by_gender.items():
        for _form in _forms.split():
            _FORMS.setdefault(_form, (VERB, _lemma, _gender))
for _lemma, _forms in _FEMININE_PLURALS.items():
    for _form in _forms.split():
        _FORMS.setdefault(_form, (VERB, _lemma, PLURAL))
for _lemma, _by_gender in _IRREGULAR_PARTICIPLES.items():
    for _gender, _forms in _by_gender.items():
        for _form in _forms.split():
            _FORMS.setdefault(_form, (PARTICIPLE, _lemma, _gender))
for _suffix, _gender in (("ه", MASCULINE), ("ها", FEMININE), ("هم", PLURAL), ("هما", PLURAL)):
    _FORMS["قول" + _suffix] = (SAYING, "قال", _gender)
    _FORMS["لقول" + _suffix] = (SAYING, "قال", _gender)
_FORMS.update({"بحسب": (PHRASE, "بحسب", ""), "حسب": (PHRASE, "حسب", "")})
#: ختم حديثه بالقول: "…": the source is the subject of the verb before (or the one quoted last).
_FORMS["بالقول"] = (VERB, "قال", "")
#: Phrases of two words: the first word, and what must follow it.
_TWO_WORDS = {"وفقا": (re.compile(r"\s*ل"), "وفقاً لـ"), "نقلا": (re.compile(r"\s+عن(?![^\W\d_])"), "نقلاً عن"),
              "جاء": (re.compile(r"\s+في(?![^\W\d_])"), "جاء في")}
#: A run of letters (``\p{L}+``: word characters that are neither digits nor ``_``).
_LETTERS = re.compile(r"[^\W\d_]+")


def _lookup(word: str) -> tuple[str, tuple[str, str, str] | None]:
    """The proclitic (و, ف or "") and the cue a folded word is, if it is one."""
    found = _FORMS.get(word)
    if found is None and len(word) > 3 and word[0] in "وف":
        return word[0], _FORMS.get(word[1:])
    return "", found


def vocabulary(folded: str, start: int = 0, end: int | None = None) -> set[str]:
    """The distinct words (runs of letters) of ``folded[start:end]``.

    From str.split (C speed); only the few tokens that carry punctuation or
    digits are split into their runs of letters.
    """
    words: set[str] = set()
    for token in set(folded[start:end].split()):
        if token.isalpha():
            words.add(token)
        else:
            words.update(_LETTERS.findall(token))
    return words


def occurrences(folded: str, words: Iterable[str], start: int = 0,
                end: int | None = None) -> list[tuple[int, int, str]]:
    """Where each of ``words`` stands as a whole word in ``folded[start:end]``: ``(start, end, word)``
    in reading order.  Each word is looked for with str.find (C speed), checking the letters around."""
    end = len(folded) if end is None else end
    hits: list[tuple[int, int, str]] = []
    find, size = folded.find, len(folded)
    for w in words:
        n = len(w)
        i = find(w, start, end)
        while i != -1:
            j = i + n
            if (i == 0 or not folded[i - 1].isalpha()) and (j >= size or not folded[j].isalpha()):
                hits.append((i, j, w))
            i = find(w, j, end)
    hits.sort()
    return hits


def find_cues(folded: str, start: int = 0, end: int | None = None, words: set[str] | None = None) -> list[Cue]:
    """Every cue in ``folded[start:end]``, in reading order (``words``: its :func:`vocabulary`, if known)."""
    end = len(folded) if end is None else end
    forms, two = _FORMS, _TWO_WORDS
    # Which distinct words of the text are cues is decided once per word; only those
    # words are then looked for.
    candidates = [w for w in (vocabulary(folded, start, end) if words is None else words)
                  if w in forms or w in two or (len(w) > 3 and w[0] in "وف" and (w[1:] in forms or w[1:] in two))]
    hits = occurrences(folded, candidates, start, end)
    cues: list[Cue] = []
    for i, j, word in hits:
        pre, found = _lookup(word)
        if found is not None:
            kind, lemma, gender = found
            s = i + len(pre)
            if kind == SAYING and folded[s] == "ل":
                s += 1  # لقوله: the ل is a clitic
            cues.append(Cue(s, j, kind, lemma, word, gender))
            continue
        bare, s = word, i
        if bare not in two and len(word) > 3 and word[0] in "وف":
            bare, s = word[1:], i + 1
        if bare in two:
            follow, lemma = two[bare]
            tail = follow.match(folded, j, end)
            if tail is not None:
                cues.append(Cue(s, tail.end(), PHRASE, lemma, folded[i:tail.end()]))
    return cues


def is_cue_word(word: str) -> bool:
    """Whether a folded word (clitics allowed) is a verb or participle cue."""
    found = _lookup(word)[1]
    return found is not None and found[0] in (VERB, PARTICIPLE)
