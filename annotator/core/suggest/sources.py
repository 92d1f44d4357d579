"""Who said it: the source a cue governs, titles kept apart from names, and
within-article coreference (a later surname, a bare وأضاف, الأول/الثاني).

Works on folded text (see :mod:`.cues`); positions are folded offsets, which
the quote suggester maps back to the article's code points.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field

import regex

from .cues import is_cue_word

#: Words that head a title or a description rather than a name (folded, without ال).
TITLE_HEADS = frozenset(
    "متحدث ناطق مدير مديره رئيس رئيسه وزير وزيره نائب قائد مسؤول مسؤوله مسؤولون مسؤولين مصدر مصادر "
    "عضو عضوه مستشار سفير امين منسق ممثل مندوب محافظ شاهد شهود ساكن سكان ناشط ناشطون ناشطين مراسل "
    "خبير محلل بيان تقرير قيادي زعيم عميد لواء عقيد جنرال شيخ دكتور مواطن مواطنون اهالي وكاله "
    "صحيفه موقع وزاره قوات جيش حكومه منظمه هيئه مجلس".split()
)
#: Heads of unnamed sources (مصدر مطلع): the description stops at a preposition (لنورث برس).
UNNAMED_HEADS = frozenset("مصدر مصادر مسؤول مسؤوله مسؤولون مسؤولين شاهد شهود ساكن سكان ناشط ناشطون "
                          "ناشطين مواطن مواطنون اهالي".split())
#: The source ends before these words, whatever came before.
HARD_STOPS = frozenset(
    "خلال عبر امام اليوم امس ايضا كذلك حيث بعد قبل عن علي الي مع اياه اياها اياهم اياهما له لها "
    "لهم لنا ثم حين عندما بينما الذي التي الذين لكن قد لقد هو هي هم انه انها انهم و او".split()
)
#: …and before these unless the source is a description (مسؤول في وزارة الدفاع).
SOFT_STOPS = frozenset("في من".split())
#: The former / the latter (masculine and feminine).
ORDINALS = {"الاول": 0, "الاولي": 0, "الثاني": 1, "الثانيه": 1}
#: Words that start a name but are not one (مشاركة كل من X).
_NAME_LEAD = frozenset("بحضور بمشاركه كل من مع عقده عقدها".split())
QUOTE_MARKS = "\"“”«»„"
_CONNECTOR = regex.compile(r"[وف]?ب?ان(?:ه|ها|هم|هما|نا|ني|هن)?")
_TOKEN = regex.compile(r"\p{L}+|\p{N}+|\S")
MAX_SOURCE_WORDS = 14


def head(word: str) -> str:
    """A word without its proclitics (و ف) and article (ال): ``والمتحدث`` → ``متحدث``."""
    if len(word) > 3 and word[0] in "وف" and (word[1:] in TITLE_HEADS or word[1:].startswith("ال")):
        word = word[1:]
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return word


def is_connector(word: str) -> bool:
    """أن / إن / بأن / فإن / أنهم …: the start of reported speech."""
    return _CONNECTOR.fullmatch(word) is not None


def name_like(words: list[str]) -> bool:
    """Could these folded words be a person's name? (1–4 words, no article, no title.)"""
    if not 1 <= len(words) <= 4:
        return False
    for i, w in enumerate(words):
        after_abd = i > 0 and words[i - 1] in ("عبد", "ابو")  # عبد القادر, أبو العلا
        if (w.startswith("ال") and not after_abd) or head(w) in TITLE_HEADS or w in HARD_STOPS \
                or w in SOFT_STOPS or w in ORDINALS or is_cue_word(w) or is_connector(w) or not w.isalpha():
            return False
    return True


@dataclass(frozen=True)
class Words:
    """Folded words ``[(start, end, word)]`` of one part of a source (between commas)."""

    items: tuple[tuple[int, int, str], ...]

    @property
    def words(self) -> list[str]:
        return [w for _, _, w in self.items]

    @property
    def start(self) -> int:
        return self.items[0][0]

    @property
    def end(self) -> int:
        return self.items[-1][1]

    def tail(self, k: int) -> Words:
        return Words(self.items[k:])


@dataclass
class Subject:
    """What follows a cue: the source's parts, and how the reported words begin."""

    parts: list[Words]
    #: ``":"``, ``"quote"`` (a quotation mark), ``"an"`` (أن/إن), or ``""``
    connector: str = ""
    #: folded offset where the reported words start (after the connector)
    after: int = -1


def parse_subject(folded: str, start: int, limit: int, cue_starts: frozenset[int]) -> Subject:
    """Read the source after a cue at ``start`` up to ``limit`` (the sentence end).

    Stops at ``:``, a quotation mark, أن/إن (also على أن, إلى أن), another
    cue, sentence punctuation or a word that cannot be part of a source
    (في معرض, خلال …).  Commas split the source into parts (title, name).
    """
    parts: list[Words] = []
    cur: list[tuple[int, int, str]] = []
    connector, after = "", -1
    tokens = list(_TOKEN.finditer(folded, start, limit))
    count = 0

    def described() -> bool:
        first = (parts[0].items[0] if parts else cur[0] if cur else None)
        return first is not None and head(first[2]) in TITLE_HEADS

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.group()
        if t in QUOTE_MARKS:
            connector, after = "quote", tok.start()
            break
        if t == ":":
            connector, after = ":", tok.end()
            # قال: أن "…" — a colon then the connector.
            if i + 1 < len(tokens) and is_connector(tokens[i + 1].group()):
                connector, after = "an", tokens[i + 1].end()
            break
        if t in "،,":
            if cur:
                parts.append(Words(tuple(cur)))
                cur = []
            i += 1
            continue
        if not t.isalpha():
            break
        if is_connector(t):
            connector, after = "an", tok.end()
            # أنهم يودون: the suffix is the subject of the clause; keep the word.
            if t.lstrip("وفب") not in ("ان",):
                after = tok.start()
            break
        if t in ("علي", "الي") and i + 1 < len(tokens) and is_connector(tokens[i + 1].group()):
            nxt = tokens[i + 1]
            connector, after = "an", nxt.end() if nxt.group().lstrip("وفب") == "ان" else nxt.start()
            break
        if tok.start() in cue_starts or t in HARD_STOPS or (t in SOFT_STOPS and not described()):
            break
        if cur and cur[0][2] and head(cur[0][2]) in UNNAMED_HEADS and len(t) > 2 and t[0] in "لب" \
                and not t.startswith("ال"):
            break  # مصدر مطلع لنورث برس: the addressee is not the source
        count += 1
        if count > MAX_SOURCE_WORDS:
            cur = []
            break
        cur.append((tok.start(), tok.end(), t))
        i += 1
    if cur:
        parts.append(Words(tuple(cur)))
    if not connector and len(parts) > 1:
        parts = parts[:1]  # without a connector, what follows a comma is not the source
    return Subject(parts, connector, after)


@dataclass(frozen=True)
class Source:
    """The chosen source span (folded offsets), and its title if one was kept apart."""

    start: int
    end: int
    text: str
    is_name: bool
    title: str = ""


def choose_source(parts: list[Words]) -> Source | None:
    """The speaker among a source's parts: the name, with titles kept apart.

    ``المتحدث باسم التحالف، مايلس كاغينس`` → the name part; ``وزير الخارجية مايك
    بومبيو`` (no comma) → the words after the title's last ال-word; a source
    with no name (``مصدر مطلع``, ``مدير المكتب الإعلامي``) → the description.
    """
    if not parts:
        return None
    title = ""
    for part in parts:
        if name_like(part.words):
            titles = [p for p in parts if p is not part and head(p.words[0]) in TITLE_HEADS]
            title = " ".join(titles[0].words) if titles else ""
            return Source(part.start, part.end, " ".join(part.words), True, title)
    first = parts[0]
    words = first.words
    if head(words[0]) in TITLE_HEADS and head(words[0]) not in UNNAMED_HEADS:
        last_article = max((k for k, w in enumerate(words) if w.startswith("ال") or w.startswith("بال")
                            or w.startswith("لل") or w == "باسم"), default=-1)
        name = first.tail(last_article + 1) if last_article >= 0 else first.tail(1)
        if name.items and name_like(name.words):
            title = " ".join(words[: len(words) - len(name.items)])
            return Source(name.start, name.end, " ".join(name.words), True, title)
    if head(words[0]) not in TITLE_HEADS:
        # لخص رامي ناصر موقف البلدية: a name, then an object (a noun before an ال-word).
        k = next((k for k, w in enumerate(words) if w.startswith("ال")), len(words))
        if k >= 2 and name_like(words[: k - 1]):
            name = Words(first.items[: k - 1])
            return Source(name.start, name.end, " ".join(name.words), True)
    return Source(first.start, first.end, " ".join(words), False)


@dataclass
class Person:
    """Someone the article quotes: a full name (or a description) and how else it is written."""

    name: str
    titles: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        words = self.name.split()
        return words[-1] if len(words) > 1 else ""


class People:
    """The people of one article and every place each is mentioned (folded offsets)."""

    def __init__(self) -> None:
        self.by_name: dict[str, Person] = {}
        self._mentions: list[tuple[int, int, str]] = []  # (start, end, person name), sorted
        self._starts: list[int] = []
        self._by_person: dict[str, list[tuple[int, int]]] = {}

    def learn(self, name: str, title: str = "") -> Person:
        """Remember a full name (or description), with a title it was given."""
        person = self.by_name.setdefault(name, Person(name))
        if title:
            person.titles.add(title)
            person.titles.add(title.removeprefix("و"))
        return person

    def index(self, folded: str) -> None:
        """Find every mention of every known person: full name, surname, title."""
        forms: dict[str, str] = {}
        surnames: dict[str, set[str]] = {}
        for person in self.by_name.values():
            forms[person.name] = person.name
            for title in person.titles:
                if len(title.split()) >= 2:
                    forms.setdefault(title, person.name)
            if person.surname:
                surnames.setdefault(person.surname, set()).add(person.name)
        for surname, owners in surnames.items():
            if len(owners) == 1 and surname not in forms:  # an ambiguous surname says nothing
                forms[surname] = next(iter(owners))
        self._mentions = []
        if forms:
            alternation = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
            pattern = regex.compile(rf"(?<!\p{{L}})(?:[وفبلك]|ال)?(?P<m>{alternation})(?!\p{{L}})")
            self._mentions = [(m.start("m"), m.end("m"), forms[m.group("m")]) for m in pattern.finditer(folded)]
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
        owners = [p.name for p in self.by_name.values() if p.surname == text]
        if len(owners) == 1:
            return owners[0]
        for person in self.by_name.values():
            if text in person.titles:
                return person.name
        return None

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
        k = bisect_left(self._starts, before)
        seen: list[str] = []
        while k > 0 and len(seen) < 2:
            k -= 1
            name = self._mentions[k][2]
            if name not in seen:
                seen.append(name)
        if len(seen) < 2:
            return None
        later, earlier = seen
        return (earlier, later)[rank]

    def last_before(self, before: int) -> str | None:
        """Whoever was mentioned last before ``before``."""
        k = bisect_left(self._starts, before)
        return self._mentions[k - 1][2] if k else None
