"""Who said it: the source a cue governs, titles kept apart from names, and
within-article coreference (a later surname, a bare وأضاف, الأول/الثاني).

Works on folded text (see :mod:`.cues`); positions are folded offsets, which
the quote suggester maps back to the article's code points.

A name is one to four words: a given name, then names, the last of which may
carry the article (``أحمد العلي``, ``سامر الخطيب``; ``عبد القادر`` anywhere).
A title is a phrase headed by a word of :data:`TITLE_HEADS` (``رئيس المجلس
المحلي``, ``الوزيرة``); an apposition (``رئيس المجلس المحلي، أحمد العلي،``)
gives the name as the speaker and keeps the title with the person.  Each
person also gets a gender and number (from a feminine title, a known female
given name, a plural description, or the cue that introduced them) so that a
pronoun-only cue finds the right antecedent.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import regex

from .cues import FEMININE, MASCULINE, PLURAL, is_cue_word

#: Titles of people, masculine, folded and without ال; each has a feminine form (+ة) too.
_PERSON_TITLES = (
    "متحدث ناطق مدير رئيس وزير نائب قائد مسؤول مصدر عضو مستشار سفير امين منسق ممثل مندوب محافظ شاهد "
    "ساكن ناشط مراسل خبير محلل قيادي زعيم عميد لواء عقيد جنرال شيخ دكتور مواطن مهندس طبيب محامي "
    "استاذ باحث معلم صحفي كاتب مختار امير ملك نقيب مفتي قاضي مشرف معاون موظف عامل مزارع طالب لاجئ نازح"
).split()
#: …whose feminine form is mostly something else (نائبه: his deputy; امينه, a name; محافظة, a governorate).
_NO_FEMININE = frozenset("نائب امين محافظ شاهد ملك عامل طالب".split())
FEMININE_TITLES = frozenset(t + "ه" for t in _PERSON_TITLES if t not in _NO_FEMININE) | {"سيده", "انسه", "ملكه"}
#: Plural descriptions: the heads of a group of sources (السكان, مسؤولون, مصادر مطلعة).
_SOUND_PLURALS = ("مسؤول ناشط مواطن متظاهر نازح لاجئ مزارع محلل معارض مقاتل محتج مشارك مراقب مسلح موظف "
                  "مدني متحدث ممثل خبير عامل مراسل صحفي مهندس باحث معلم متطوع مستوطن ممرض").split()
PLURAL_HEADS = frozenset(
    [s + "ون" for s in _SOUND_PLURALS] + [s + "ين" for s in _SOUND_PLURALS] + [s + "و" for s in _SOUND_PLURALS]
    + [s + "ي" for s in _SOUND_PLURALS] + [s + "ات" for s in _SOUND_PLURALS + ["طبيب", "طالب", "مدرس"]]
    + "سكان اهالي اهل مصادر شهود عمال طلاب اطباء خبراء قاده نواب اعضاء جيران ضباط جنود عناصر "
      "سلطات مسؤولي جانبان طرفان جانبين طرفين مشاركون".split()
)
#: Words that head a title or a description rather than a name (folded, without ال).
TITLE_HEADS = frozenset(
    _PERSON_TITLES + list(FEMININE_TITLES) + list(PLURAL_HEADS)
    + "بيان تقرير وكاله صحيفه موقع وزاره قوات جيش حكومه منظمه هيئه مجلس اداره لجنه مكتب مركز مرصد شركه "
      "بلديه جمعيه حزب تحالف فريق نقابه اتحاد مجموعه مؤسسه مديريه محكمه نيابه شرطه قياده رئاسه سفاره "
      "قنصليه برلمان جامعه مستشفي قناه اذاعه تلفزيون دائره وسائل احد احدي بعض عدد".split()
)
#: Outlets and bodies whose name may be given in quotation marks (صحيفة "الوطن"), and their reporters.
OUTLET_HEADS = frozenset("صحيفه وكاله موقع قناه اذاعه تلفزيون مجله شبكه منظمه حزب حركه جمعيه مركز مرصد "
                         "مراسل مراسله منصه".split())
#: Documents: they are sources (جاء في البيان) but a headline "بيان للجيش: …" is no quote.
DOCUMENT_HEADS = frozenset("بيان تقرير".split())
#: Heads of unnamed sources (مصدر مطلع): the description stops at a preposition (لنورث برس).
UNNAMED_HEADS = frozenset("مصدر مصادر مسؤول مسؤوله مسؤولون مسؤولين شاهد شهود ساكن سكان ناشط ناشطون "
                          "ناشطين مواطن مواطنون اهالي".split())
#: Given names that are a woman's (folded): a name starting with one of them is feminine.
FEMALE_NAMES = frozenset(
    "فاطمه مريم ليلي سلمي ساره سارا هدي رنا ريم رانيا رانيه دينا لينا لمي هبه زينب عائشه خديجه امل "
    "اسماء سميره سعاد ناديه هند رشا رزان ياسمين جميله نجلاء نجوي نسرين هيفاء مني سوسن سهام وفاء حنان "
    "ايمان رغد روان شيماء دعاء اسراء غاده عبير نوال منال سناء رحاب ندي مها ميساء لبني نهي سمر هاله رهف "
    "تغريد وداد ابتسام كوثر خلود بشري سلوي ماجده فريده نوره هيام صفاء ريما رولا لارا ديما ماريا كاترين "
    "جوليا ايميلي صوفيا اولغا ميرفت نيفين هيلين جيهان سوزان نعمه رقيه حليمه امينه لطيفه نبيله عفاف "
    "شهد جنان بتول زهراء صبا رؤي ديانا روزا ليندا زينه ربا هناء انعام".split()
)
#: Men's given names starting with ل or ب (which usually attach a preposition: لحقوق, بمشاركة).
_GIVEN_LB = frozenset("لؤي لطفي ليث لقمان لبيب باسل بشار بسام بشير بكر بدر بلال بهاء براء بسيم بطرس".split())
#: Words after which a name goes on with the article: عبد القادر, أبو العلا, العبد الله.
_BEFORE_ARTICLE = frozenset("عبد ابو العبد".split())
#: The source ends before these words, whatever came before.
HARD_STOPS = frozenset(
    "خلال عبر امام اليوم امس ايضا كذلك حيث بعد قبل عن علي الي مع اياه اياها اياهم اياهما له لها "
    "لهم لنا ثم حين عندما بينما الذي التي الذين لكن قد لقد هو هي هم انه انها انهم و او "
    "ضد حول لدي تجاه نحو دون بين عند منذ حتي ازاء بشان ضمن داخل خارج فوق تحت وسط رغم بسبب اثر جراء".split()
)
#: Words that are never part of a name, also with و or ف before them (وكان, فهذا).
_FUNCTION_WORDS = HARD_STOPS | frozenset(
    "كان كانت كانوا يكون تكون هذا هذه ذلك تلك هؤلاء اولئك هناك هنا ليس ليست لم لن لا ما كما اذا لو ان "
    "كل بعض غير".split())
#: Countries and cities written without the article: part of a title (قائد قوات سوريا الديمقراطية),
#: never a given name.
PLACES = frozenset(
    "سوريا لبنان تركيا ايران روسيا امريكا مصر فلسطين اسرائيل قطر ليبيا تونس فرنسا المانيا بريطانيا "
    "اوكرانيا دمشق حلب حمص حماه ادلب درعا كوباني عفرين منبج بغداد بيروت عمان انقره موسكو واشنطن "
    "طهران اربيل غزه جنيف باريس لندن برلين دير تل راس".split())
#: …and before these unless the source is a description (مسؤول في وزارة الدفاع).
SOFT_STOPS = frozenset("في من".split())
#: Occasions of speech: ``في بيان``, ``في حديث`` end the source, even after a description.
SPEECH_EVENTS = frozenset(
    "بيان تصريح تصريحات حديث مؤتمر كلمه لقاء مقابله اتصال رساله تغريده منشور تسجيل حوار ندوه جلسه "
    "اجتماع معرض رد سياق اطار".split()
)
#: Times and days: an apposition ``، صباح اليوم،`` is no name.
TIME_WORDS = frozenset("صباح مساء ظهر ظهيره فجر ليله ليل يوم اسبوع شهر عام سنه بدايه نهايه اواخر اوائل مطلع "
                       "منتصف غدا".split())
#: …and with the article (الأحد, الشهر): not a family name.
_DAYS = TIME_WORDS | frozenset("احد اثنين ثلاثاء اربعاء خميس جمعه سبت ماضي مقبل حالي".split())
#: The former / the latter (masculine and feminine).
ORDINALS = {"الاول": 0, "الاولي": 0, "الثاني": 1, "الثانيه": 1}
QUOTE_MARKS = "\"“”«»„"
_CONNECTORS = frozenset(c + b + "ان" + s for c in ("", "و", "ف") for b in ("", "ب")
                        for s in ("", "ه", "ها", "هم", "هما", "نا", "ني", "هن"))
#: A run of letters, of digits, or one other sign (the standard library's ``re``, twice as fast
#: as ``regex`` on short stretches: ``[^\W\d_]`` are the letters).
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")
#: A name in quotation marks: one to three words, then the closing mark.
_QUOTED_NAME = regex.compile(r"[\"“«„]\s*\p{L}+(?:\s+\p{L}+){0,2}\s*[\"”»]")
#: مسؤول رفض الكشف عن اسمه: what an unnamed source's description may carry.
_ANONYMOUS = regex.compile(
    r"(?:(?:الذي|التي|الذين)\s+)?(?:[وف]?(?:رفض|فضل|طلب|اشترط)(?:ت|وا)?\s+)?(?:عدم\s+)?(?:الكشف|كشف|ذكر|نشر|الافصاح|الاعلان)\s+"
    r"(?:عن\s+)?(?:اسم|هويت|اسماء|هويات)(?:ه|ها|هم|هما)(?!\p{L})"
)
MAX_SOURCE_WORDS = 14
#: على أن, إلى أن, من أن, عن أن: a preposition, then the connector.
_PREPOSITIONS = frozenset("علي الي من عن".split())
#: The words an :data:`_ANONYMOUS` aside may start with (looked up before trying the pattern).
_ANONYMOUS_FIRST = frozenset(
    [p + v + s for p in ("", "و", "ف") for v in ("رفض", "فضل", "طلب", "اشترط") for s in ("", "ت", "وا")]
    + "عدم الكشف كشف ذكر نشر الافصاح الاعلان الذي التي الذين".split())


@lru_cache(maxsize=65536)
def head(word: str) -> str:
    """A word without its proclitics (و ف) and article (ال): ``والمتحدث`` → ``متحدث``."""
    if len(word) > 3 and word[0] in "وف" and (word[1:] in TITLE_HEADS or word[1:].startswith("ال")):
        word = word[1:]
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return word


def is_connector(word: str) -> bool:
    """أن / إن / بأن / فإن / أنهم …: the start of reported speech."""
    return word in _CONNECTORS


def has_article(word: str) -> bool:
    """``الخطيب``, ``للمرصد``, ``بالحسكة``: a word with the definite article."""
    return word.startswith(("ال", "لل", "بال", "وال", "فال"))


@lru_cache(maxsize=65536)
def _name_word(word: str) -> bool:
    """Could this folded word be part of a name (the article aside)?"""
    h = head(word)
    if len(word) > 2 and word[0] in "وف" and word[1:] in _FUNCTION_WORDS:
        return False
    return not (h in TITLE_HEADS or word in _FUNCTION_WORDS or word in SOFT_STOPS or word in ORDINALS
                or word in PLACES
                or _is_time_word(word) or word == "باسم" or is_cue_word(word) or is_connector(word)
                or not word.isalpha() or (len(word) > 3 and word[0] in "لب" and word[1:] in TITLE_HEADS))


def name_like(words: Sequence[str]) -> bool:
    """Could these folded words be a person's name?

    One to four words, none a title, a stop or a cue; the article only on the
    last word after a given name (``أحمد العلي``), or after عبد / أبو
    (``عبد القادر``, ``أبو العلا``, ``نسرين العبد الله``).
    """
    if not 1 <= len(words) <= 4:
        return False
    last = len(words) - 1
    for i, w in enumerate(words):
        if not _name_word(w):
            return False
        if w.startswith("ال") and not (i > 0 and (words[i - 1] in _BEFORE_ARTICLE or i == last or w == "العبد")):
            return False
    return True


class Words(NamedTuple):
    """Folded words ``[(start, end, word)]`` of one part of a source (between commas)."""

    items: tuple[tuple[int, int, str], ...]
    #: the words alone (made once: :meth:`of`)
    words: tuple[str, ...]

    @classmethod
    def of(cls, items: Sequence[tuple[int, int, str]]) -> Words:
        items = tuple(items)
        return cls(items, tuple([w for _, _, w in items]))

    @property
    def start(self) -> int:
        return self.items[0][0]

    @property
    def end(self) -> int:
        return self.items[-1][1]

    def tail(self, k: int) -> Words:
        return Words(self.items[k:], self.words[k:])

    def head(self, k: int) -> Words:
        return Words(self.items[:k], self.words[:k])


@dataclass(slots=True)
class Subject:
    """What follows a cue: the source's parts, and how the reported words begin."""

    parts: list[Words]
    #: ``":"``, ``"quote"`` (a quotation mark), ``"an"`` (أن/إن), or ``""``
    connector: str = ""
    #: folded offset where the reported words start (after the connector)
    after: int = -1
    #: false when the last part may run on into the verb's object (no connector nor comma after it)
    complete: bool = True


def _is_title_part(part: Words) -> bool:
    return head(part.items[0][2]) in TITLE_HEADS


def parse_subject(folded: str, start: int, limit: int, cue_starts: frozenset[int]) -> Subject:
    """Read the source after a cue at ``start`` up to ``limit`` (the sentence end).

    Stops at ``:``, a quotation mark, أن/إن (also على أن, إلى أن, من أن, عن أن),
    another cue, sentence punctuation or a word that cannot be part of a
    source (في معرض, خلال, في بيان …).  Commas split the source into parts
    (title, name); without a connector only the first part is the source, or
    the first two when they are a title and a name (an apposition).
    """
    parts: list[Words] = []
    cur: list[tuple[int, int, str]] = []
    connector, after = "", -1
    count = 0
    #: whether the source so far is a description (its first word heads a title: مسؤول في …)
    described = False
    tokens = _TOKEN.finditer(folded, start, limit)
    tok = next(tokens, None)
    while tok is not None:
        t = tok.group()
        if t in QUOTE_MARKS:
            named = _quoted_name(folded, tok.start(), limit) if cur and head(cur[0][2]) in OUTLET_HEADS else None
            if named is not None:
                # صحيفة "الوطن", وكالة «سانا», مراسل "نورث برس": the outlet's name, marks
                # included (so that it is never taken for a person's name).
                cur.extend((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded, tok.start(), named))
                tokens = _TOKEN.finditer(folded, named, limit)
                tok = next(tokens, None)
                continue
            connector, after = "quote", tok.start()
            break
        if t == ":":
            connector, after = ":", tok.end()
            nxt = next(tokens, None)
            # قال: أن "…" — a colon then the connector.
            if nxt is not None and is_connector(nxt.group()):
                connector, after = "an", nxt.end()
            break
        if t == "،" or t == ",":
            if cur:
                parts.append(Words.of(cur))
                cur = []
            tok = next(tokens, None)
            continue
        if not t.isalpha():
            break
        if t in _CONNECTORS:
            connector, after = "an", tok.end()
            # أنهم يودون: the suffix is the subject of the clause; keep the word.
            if t.lstrip("وفب") != "ان":
                after = tok.start()
            break
        if t in _PREPOSITIONS:
            nxt = next(tokens, None)
            if nxt is not None and nxt.group() in _CONNECTORS:
                connector, after = "an", nxt.end() if nxt.group().lstrip("وفب") == "ان" else nxt.start()
                break
            if tok.start() in cue_starts or t in HARD_STOPS or not described:
                break
            cur.append((tok.start(), tok.end(), t))
            tok = nxt
            continue
        if t in _ANONYMOUS_FIRST and (described or cur):
            anonymous = _ANONYMOUS.match(folded, tok.start(), limit)
            if anonymous is not None:
                # مسؤول رفض الكشف عن اسمه: part of the description (after a comma, an aside).
                if cur:
                    cur.extend((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(
                        folded, tok.start(), anonymous.end()))
                tokens = _TOKEN.finditer(folded, anonymous.end(), limit)
                tok = next(tokens, None)
                if tok is not None and tok.group() in "،," and not cur:
                    tok = next(tokens, None)  # the aside's closing comma
                continue
        if tok.start() in cue_starts or t in HARD_STOPS:
            break
        if t in SOFT_STOPS:
            if not described:
                break
            nxt = _TOKEN.match(folded, _skip_space(folded, tok.end(), limit), limit)
            if nxt is not None and head(nxt.group()) in SPEECH_EVENTS:
                break  # الجيش في بيان: the occasion, not the source
        if cur and len(t) > 2 and t[0] in "لب" and not t.startswith("ال") and head(cur[0][2]) in UNNAMED_HEADS:
            break  # مصدر مطلع لنورث برس: the addressee is not the source
        count += 1
        if count > MAX_SOURCE_WORDS:
            cur = []
            break
        if not parts and not cur:
            described = head(t) in TITLE_HEADS
        cur.append((tok.start(), tok.end(), t))
        tok = next(tokens, None)
    complete = bool(connector) or not cur
    if cur:
        parts.append(Words.of(cur))
    if not connector and len(parts) > 1:
        # Without a connector, what follows a comma is not the source — unless it is the
        # name of a title: لخص وزير المياه، سامر الخطيب، خطة وزارته.
        keep = 2 if _is_title_part(parts[0]) and name_like(parts[1].words) else 1  # (a time is no name)
        parts, complete = parts[:keep], True
    return Subject(parts, connector, after, complete)


def _quoted_name(text: str, at: int, limit: int) -> int | None:
    """Where a name in quotation marks opening at ``at`` ends (after its closing mark), if
    it is one: one to three words, closed, and followed by no more than a connector
    or a comma (``صحيفة "الوطن" أن``), not by what was said."""
    close = _QUOTED_NAME.match(text, at, limit)
    if close is None:
        return None
    nxt = _TOKEN.match(text, _skip_space(text, close.end(), limit), limit)
    if nxt is None or not (is_connector(nxt.group()) or nxt.group() in "،,:" or nxt.group() in SOFT_STOPS
                           or nxt.group() in HARD_STOPS):
        return None
    return close.end()


def _skip_space(text: str, i: int, limit: int) -> int:
    while i < limit and text[i].isspace():
        i += 1
    return i


def _is_time_word(word: str) -> bool:
    return word in TIME_WORDS or (word.startswith("ال") and word[2:] in _DAYS)


class Source(NamedTuple):
    """The chosen source span (folded offsets), and its title if one was kept apart."""

    start: int
    end: int
    text: str
    is_name: bool
    title: str = ""


def _title_name_split(words: Sequence[str]) -> int:
    """Where the name starts in ``title name`` without a comma (0: no name found).

    ``وزير الخارجية مايك بومبيو`` → after the title's last ال-word; ``وزير المياه
    سامر الخطيب`` → after the one before, the last word being a family name.
    """
    marks = [k for k, w in enumerate(words) if has_article(w) or w == "باسم"]
    if not marks:
        return 1 if len(words) > 1 and name_like(words[1:]) else 0
    last = marks[-1]
    if last + 1 < len(words) and name_like(words[last + 1:]):
        return last + 1
    if last == len(words) - 1 and not words[last].startswith(("لل", "بال")):
        before = marks[-2] if len(marks) > 1 else 0
        given = words[before + 1] if before + 1 < last else ""
        if given and not has_article(given) and name_like(words[before + 1:]) and (
                given[0] not in "لب" or given in FEMALE_NAMES or given in _GIVEN_LB):
            return before + 1  # not المرصد السوري لحقوق الإنسان: a name seldom starts with ل or ب
    return 0


def choose_source(parts: list[Words], complete: bool = True) -> Source | None:
    """The speaker among a source's parts: the name, with titles kept apart.

    ``المتحدث باسم التحالف، مايلس كاغينس`` → the name part; ``وزير الخارجية مايك
    بومبيو`` (no comma) → the words after the title; a source with no name
    (``مصدر مطلع``, ``مدير المكتب الإعلامي``) → the description.  ``complete``
    is false when the last part may run on into the verb's object (no
    connector after it: ``لخص رامي ناصر موقف البلدية``).
    """
    if not parts:
        return None
    titles = [p for p in parts if _is_title_part(p)]
    title = " ".join(titles[0].words) if titles else ""
    for n, part in enumerate(parts):
        words = part.words
        if not name_like(words):  # (nor a time: ، صباح اليوم،)
            continue
        if complete or n < len(parts) - 1 or not any(w.startswith("ال") for w in words):
            return Source(part.start, part.end, " ".join(words), True, title)
    first = parts[0]
    words = first.words
    if head(words[0]) in TITLE_HEADS and head(words[0]) not in UNNAMED_HEADS:
        k = _title_name_split(words)
        if k:
            name = first.tail(k)
            return Source(name.start, name.end, " ".join(name.words), True, " ".join(words[:k]))
    if head(words[0]) not in TITLE_HEADS:
        # لخص رامي ناصر موقف البلدية: a name, then an object (a noun before an ال-word);
        # قال سامر الخطيب لنورث برس: a name that ends with its family name.
        k = next((k for k, w in enumerate(words) if w.startswith("ال")), len(words))
        for size in ((k - 1, k + 1) if not complete else (k + 1, k - 1)):
            if 1 <= size <= len(words) and name_like(words[:size]):
                name = first.head(size)
                return Source(name.start, name.end, " ".join(name.words), True, title)
    return Source(first.start, first.end, " ".join(words), False)


#: Titles of people (not of bodies), masculine and feminine: what :func:`title_and_name` starts at.
PERSON_TITLE_HEADS = frozenset(_PERSON_TITLES) | FEMININE_TITLES


@lru_cache(maxsize=65536)
def is_person_title(word: str) -> bool:
    """``الوزيرة``, ``ورئيس``, ``المتحدث``: a folded word that is a person's title."""
    return head(word) in PERSON_TITLE_HEADS


def title_and_name(folded: str, at: int, limit: int, cue_starts: frozenset[int]) -> Source | None:
    """A person named after their title, without a comma, where a title starts at ``at``:
    ``الوزير سامر الخطيب``, ``رئيسة بلدية القامشلي ليلى حسن``, ``قائد قوات سوريا
    الديمقراطية مظلوم عبدي`` — the name, with the title kept apart.

    Cautious, since nothing marks where a name ends: the name is one or two given
    names and a family name with the article (``سامر الخطيب``), or two or three
    words followed by punctuation, a preposition, a cue or أن (``ليلى حسن.``);
    anything else (``الوزيرة ليلى حسن تزور المدرسة``) gives nothing.
    """
    chain: list[str] = []
    name: list[tuple[int, int, str]] = []

    def found() -> Source | None:
        given = name[0][2]
        if given[0] in "لب" and given not in FEMALE_NAMES and given not in _GIVEN_LB:
            return None  # لحقوق الإنسان: a preposition, not a name
        return Source(name[0][0], name[-1][1], " ".join(w for _, _, w in name), True, " ".join(chain))

    for tok in _TOKEN.finditer(folded, at, limit):
        t = tok.group()
        if not chain:
            chain.append(t)
            continue
        alpha = t.isalpha()
        if not name and alpha and len(chain) < 8 and (
                has_article(t) or t == "باسم" or t in PLACES or head(t) in TITLE_HEADS):
            chain.append(t)
            continue
        if alpha and len(name) < 3 and tok.start() not in cue_starts and _name_word(t):
            if t.startswith("ال"):
                if name and name[-1][2] not in ("عبد", "ابو"):
                    name.append((tok.start(), tok.end(), t))
                    return found()  # the family name ends it: سامر الخطيب
                if not name:
                    return None
            name.append((tok.start(), tok.end(), t))
            continue
        ends = (not alpha or t in HARD_STOPS or t in SOFT_STOPS or tok.start() in cue_starts or is_connector(t))
        return found() if ends and len(name) >= 2 else None
    return found() if len(name) >= 2 else None


def gender_of(text: str, is_name: bool, title: str = "") -> str:
    """What a source's own words say of its gender and number: ``f``, ``p``, ``m`` or "" (nothing).

    A feminine title (الوزيرة, رئيسة) or a known female given name → ``f``; a
    plural description (السكان, مسؤولون, مصادر) → ``p``; a description headed
    by a feminine noun (الوزارة, البلدية) → ``f``, by another → ``m``.
    """
    words = text.split()
    if not words:
        return ""
    for t in title.split()[:1]:
        h = head(t)
        if h in FEMININE_TITLES:
            return FEMININE
        if h in TITLE_HEADS:
            return MASCULINE
    if is_name:
        return FEMININE if words[0] in FEMALE_NAMES else ""
    h = head(words[0])
    if h in PLURAL_HEADS:
        return PLURAL
    if h.endswith("ه") and h != "نائبه":  # (نائبه: his deputy)
        return FEMININE  # الوزيرة, وزارة الصحة, البلدية, وكالة الأنباء
    return MASCULINE


def agreement(cue_gender: str, person_gender: str) -> int:
    """How well a pronoun-only cue fits a person: 2 agrees, 1 unknown, 0 clashes."""
    if not cue_gender or not person_gender:
        return 1
    if cue_gender == person_gender:
        return 2
    if cue_gender == FEMININE and person_gender == PLURAL:
        return 1  # وأضافت for مصادر: broken plurals take a feminine verb
    return 0


@dataclass(slots=True)
class Person:
    """Someone the article quotes: a full name (or a description) and how else it is written."""

    name: str
    titles: set[str] = field(default_factory=set)
    #: ``m``, ``f``, ``p`` (a group) or "" (unknown)
    gender: str = ""
    #: whether ``gender`` comes from the words themselves (a title, a given name), not a verb
    gender_from_words: bool = False
    #: a name (مايلس كاغينس), not a description (مدير المكتب الإعلامي …): only a name has a surname
    is_name: bool = True

    @property
    def surname(self) -> str:
        words = self.name.split()
        return words[-1] if len(words) > 1 and self.is_name else ""


class People:
    """The people of one article and every place each is mentioned (folded offsets)."""

    def __init__(self) -> None:
        self.by_name: dict[str, Person] = {}
        self._surnames: dict[str, set[str]] = {}
        self._titles: dict[str, str] = {}
        self._mentions: list[tuple[int, int, str]] = []  # (start, end, person name), sorted
        self._starts: list[int] = []
        self._by_person: dict[str, list[tuple[int, int]]] = {}

    def learn(self, name: str, title: str = "", is_name: bool = True) -> Person:
        """Remember a full name (or description), with a title it was given and what its
        words say of its gender (see :func:`gender_of`)."""
        person = self.by_name.get(name)
        if person is None:
            person = self.by_name[name] = Person(name, is_name=is_name)
            if person.surname:
                self._surnames.setdefault(person.surname, set()).add(name)
        elif is_name and not person.is_name:
            person.is_name = True
            if person.surname:
                self._surnames.setdefault(person.surname, set()).add(name)
        if title:
            for t in (title, title.removeprefix("و")):
                person.titles.add(t)
                self._titles.setdefault(t, name)
        said = gender_of(name, is_name, title)
        if said and not person.gender_from_words:
            person.gender, person.gender_from_words = said, True
        return person

    def hear(self, name: str, cue_gender: str) -> None:
        """A verb before or after its subject agrees with it: وقالت ليلى حسن → a woman."""
        person = self.by_name.get(name)
        if person is None or not cue_gender or person.gender_from_words:
            return
        if person.gender == PLURAL or cue_gender == PLURAL and person.gender:
            return
        person.gender = cue_gender

    def gender(self, name: str) -> str:
        person = self.by_name.get(name)
        return person.gender if person else ""

    def index(self, folded: str) -> None:
        """Find every mention of every known person: full name, surname, title.

        Each written form is looked for with ``str.find`` (C speed) and kept where
        it is a whole word, maybe with a clitic (و ف ب ل ك) or the article before
        it; where forms overlap, the one that starts first (then the longest) wins.
        """
        forms: dict[str, str] = {}
        for person in self.by_name.values():
            forms[person.name] = person.name
            for title in person.titles:
                if len(title.split()) >= 2:
                    forms.setdefault(title, person.name)
        for surname, owners in self._surnames.items():
            if len(owners) == 1 and surname not in forms:  # an ambiguous surname says nothing
                forms[surname] = next(iter(owners))
        hits: list[tuple[int, int, int, str]] = []  # (match start, -end, form start, form)
        find, size = folded.find, len(folded)
        for form in forms:
            if not form:
                continue
            n = len(form)
            i = find(form)
            while i != -1:
                j = i + n
                if j >= size or not folded[j].isalpha():
                    at = _word_start(folded, i)
                    if at is not None:
                        hits.append((at, -j, i, form))
                i = find(form, i + 1)
        hits.sort()
        self._mentions = []
        reach = -1
        for at, neg_end, i, form in hits:
            if at < reach:
                continue
            self._mentions.append((i, -neg_end, forms[form]))
            reach = -neg_end
        self._rebuild()

    def _rebuild(self) -> None:
        self._mentions.sort()
        self._starts = [m[0] for m in self._mentions]
        self._by_person = {}
        for s, e, name in self._mentions:
            self._by_person.setdefault(name, []).append((s, e))

    def add_mention(self, start: int, end: int, name: str) -> None:
        """Record a mention found while reading (a description used as a source)."""
        k = bisect_left(self._mentions, (start, end, name))
        if k < len(self._mentions) and self._mentions[k] == (start, end, name):
            return
        self._mentions.insert(k, (start, end, name))
        self._starts.insert(k, start)
        insort(self._by_person.setdefault(name, []), (start, end))

    def resolve(self, text: str) -> str | None:
        """The person a source's text names: a full name, a surname or a title."""
        if text in self.by_name:
            return text
        owners = self._surnames.get(text)
        if owners is not None and len(owners) == 1:
            return next(iter(owners))
        return self._titles.get(text)

    def mentions_of(self, name: str) -> list[tuple[int, int]]:
        """Every mention of ``name`` found so far, in reading order."""
        return self._by_person.get(name, [])

    def nearest(self, name: str, before: int) -> tuple[int, int] | None:
        """The last mention of ``name`` that starts before ``before``."""
        spans = self._by_person.get(name, [])
        k = bisect_left(spans, (before, -1))
        return spans[k - 1] if k else None

    def ordinal(self, rank: int, before: int) -> str | None:
        """الأول (rank 0) / الثاني (rank 1): of the last two people mentioned before ``before``."""
        seen = self.recent(before, 2)
        if len(seen) < 2:
            return None
        later, earlier = seen
        return (earlier, later)[rank]

    def recent(self, before: int, count: int, lookback: int = 60) -> list[str]:
        """Up to ``count`` distinct people mentioned before ``before``, the latest first
        (looking at no more than ``lookback`` mentions)."""
        k = bisect_left(self._starts, before)
        seen: list[str] = []
        stop = max(0, k - lookback)
        while k > stop and len(seen) < count:
            k -= 1
            name = self._mentions[k][2]
            if name not in seen:
                seen.append(name)
        return seen

    def last_before(self, before: int) -> str | None:
        """Whoever was mentioned last before ``before``."""
        k = bisect_left(self._starts, before)
        return self._mentions[k - 1][2] if k else None


def _word_start(text: str, i: int) -> int | None:
    """Where the word holding a form found at ``i`` starts, if only a clitic or the
    article comes before the form (``وكاغينس``, ``لبالي``, ``العلي``); else None."""
    if i == 0 or not text[i - 1].isalpha():
        return i
    if text[i - 1] in "وفبلك" and (i == 1 or not text[i - 2].isalpha()):
        return i - 1
    if text[i - 2:i] == "ال" and (i == 2 or not text[i - 3].isalpha()):
        return i - 2
    return None
