"""Propagation: a span the user tagged is proposed at its other occurrences.

Tag الحسكة as a location once and every other الحسكة of the article is
proposed — and of every article, when the caller passes what was tagged in
the corpus (:meth:`annotator.core.store.Store.tagged_texts`).  Which tags
propagate follows their role, never their name: *source* and *plain* tags (a
speaker, a location, a user's own kinds of name) do; *attributable* ones (a
quote, a claim) are said once and do not.

Matching is on folded text, as the find bar folds it (harakat, tatweel,
invisible joiners and the alef forms ignored, Latin letters in any case),
except that ى and ي, and ة and ه, are kept apart: the name علي must not be
found in every على.  A known text matches a whole word, or whole words
separated as the known text separates them (any white space for a space);
never inside another word.  Its first word may carry attached clitics:

- a conjunction و or ف, then a preposition ب, ل or ك, in any combination
  (و, ف, ب, ل, ك, وب, ول, وك, فب, فل, فك): tagging الحسكة proposes the
  الحسكة of وبالحسكة and of كالحسكة;
- ل before the article ال contracts to لل (للحسكة, وللحسكة): the proposal
  then starts at the second ل (لحسكة), what is left of the known word once
  the preposition is taken off — the alef the contraction dropped is not in
  the text to cover;
- the article ال itself is part of the known word, never added to it: a
  name tagged without ال (بالي) is not found in a word that has it (البالي,
  another word), and one tagged with it is not found without it;
- a first word shorter than four letters (ال not counted) takes only the
  conjunction و: with ف, ب, ل or ك a short name is too often part of
  another word (علي in فعلي, عمر in بعمر).

The proposal is the occurrence without its clitics, with code points that map
back exactly to the article's text.  At any position the longest known text
wins, and a proposal never overlaps a span already annotated with its tag, so
بالي is not proposed inside an annotated مصطفى بالي.  Texts of fewer than two
letters, longer than :data:`MAX_CHARS`, or that are one very common word
(في, من, على …) are not propagated.  A text tagged with several tags
propagates with one: the tag it has most often in this article, else the first
the corpus list gives for it (its most used).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress

import regex

from ..errors import Message
from ..model import BUILTIN_TAGS, ROLE_PLAIN, ROLE_SOURCE, Annotation, Article, Tag
from ..search import Folded, fold, fold_text
from .suggestion import Suggestion

NAME = "propagation"
#: The roles whose spans are proposed again where their text recurs.
PROPAGATING_ROLES = (ROLE_SOURCE, ROLE_PLAIN)
#: Longer known texts (folded code points) are not propagated: a name, not a sentence.
MAX_CHARS = 60
#: Fewer letters (or digits, as in M4) than this and a known text is not propagated.
MIN_LETTERS = 2
#: A first word with fewer letters than this (its ال not counted) takes only the clitic و.
MIN_STEM_FOR_CLITICS = 4

#: ى and ة are folded to ي and ه by the find bar; here they are kept apart, as letters of their own
#: (private-use code points, one for one, so offsets map back as they do for ``fold``).
_STRICT = (("\u0649", "\ue000"), ("\u0629", "\ue001"))
_WORD_CHARS = r"\p{L}\p{M}\p{N}_\ue000\ue001"
_WORD = regex.compile(f"[{_WORD_CHARS}]+")
_WORD_SPLIT = regex.compile(f"([{_WORD_CHARS}]+)")
_SEP_WORD = regex.compile(f"([^{_WORD_CHARS}]+)([{_WORD_CHARS}]+)")
_SPACES = regex.compile(r"\s+")
_ARTICLE = "ال"
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
#: (what is attached before the word, contracted: ل + ال written لل) for each kind of first word
_DEFINITE_CLITICS = tuple((c + p, p == "ل") for c in _CONJUNCTIONS for p in _PREPOSITIONS)
_CLITICS = tuple((c + p, False) for c in _CONJUNCTIONS for p in _PREPOSITIONS)
_SHORT_CLITICS = (("", False), ("و", False))


def _strict(text: str) -> str:
    """``text`` with ى and ة made letters of their own, so folding keeps them apart from ي and ه."""
    for letter, kept in _STRICT:
        text = text.replace(letter, kept)
    return text


#: One-word texts never propagated: the commonest function words (a slip of the mouse, not a name).
_COMMON = frozenset(fold_text(_strict(w)) for w in (
    "في من إلى على عن أن إن مع هذا هذه ذلك تلك التي الذي الذين كان كانت قال قد لا ما لم لن هو هي هم"
    " ثم أو بين بعد قبل حتى منذ عند كل غير أي the of and in to").split())


def propagating_tags(tags: Iterable[Tag]) -> list[str]:
    """The names of the tags whose spans propagate (role *source* or *plain*), in the tag bar's order.

    What to ask :meth:`~annotator.core.store.Store.tagged_texts` for.
    """
    return [t.name for t in sorted(tags, key=lambda t: t.position) if t.role in PROPAGATING_ROLES]


@dataclass(frozen=True, slots=True)
class _Known:
    """A text the user tagged, ready for matching."""

    tag: str
    #: folded words (ى and ة kept apart), and the separators between them (white space as one space)
    words: tuple[str, ...]
    seps: tuple[str, ...]
    #: the text as the user tagged it, and whether in this article (for :attr:`why`)
    tagged: str
    here: bool

    @property
    def why(self) -> Message:
        """``you tagged “الحسكة” as location (this article)``: made only for a text that is proposed."""
        if self.here:
            return Message("you tagged “%1” as %2 (this article)", self.tagged, self.tag)
        return Message("you tagged “%1” as %2 (another article)", self.tagged, self.tag)


def _knowns(pairs: Iterable[tuple[str, str]], here: bool) -> Iterator[_Known]:
    """``(tag, text)`` pairs ready for matching, less those not to be propagated (see the module)."""
    pairs = list(pairs)
    texts = [text for _tag, text in pairs]
    joined = "\x00".join(texts)
    if joined.count("\x00") == len(texts) - 1:  # folded in one go: fold_text keeps NUL
        folded = fold_text(_strict(joined)).split("\x00")
    else:
        folded = [fold_text(_strict(text)) for text in texts]
    for (tag, text), f in zip(pairs, folded, strict=True):
        parts = _WORD_SPLIT.split(f)
        words = tuple(parts[1::2])
        if not words:
            continue
        seps = tuple(sep if sep == " " else _SPACES.sub(" ", sep) for sep in parts[2:-1:2])
        characters = sum(map(len, words))
        if characters < MIN_LETTERS or characters + sum(map(len, seps)) > MAX_CHARS:
            continue
        if (len(words) == 1 and words[0] in _COMMON) or not any(ch.isalpha() for w in words for ch in w):
            continue
        yield _Known(tag, words, seps, text.strip(), here)


def _clitics(word: str) -> tuple[tuple[str, bool], ...]:
    """What may be attached before ``word`` (see the module's documentation)."""
    if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE):
        return _DEFINITE_CLITICS
    if sum(ch.isalpha() or ch in "\ue000\ue001" for ch in word) < MIN_STEM_FOR_CLITICS:
        return _SHORT_CLITICS
    return _CLITICS


class Lexicon:
    """Known texts indexed by every written form of their first word."""

    def __init__(self, known: Iterable[_Known]) -> None:
        seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
        #: form of a first word -> (known text, length of the clitics before it), for each text
        #: (tuples, not lists: 5,000 texts make some 50,000 forms, and fewer objects index faster)
        self.forms: dict[str, tuple[tuple[_Known, int], ...]] = {}
        forms = self.forms
        for k in known:
            key = (k.words, k.seps)
            if key in seen:
                continue  # the first one given wins
            seen.add(key)
            first = k.words[0]
            entries = ((k, 0), (k, 1), (k, 2), (k, 3))  # by the length of the clitics: 0 to 3 letters
            for prefix, contracted in _clitics(first):
                form = prefix + (first[1:] if contracted else first)  # ل + الحسكة → للحسكة
                entry = entries[len(prefix)]
                found = forms.get(form)
                forms[form] = (entry,) if found is None else (*found, entry)

    def __bool__(self) -> bool:
        return bool(self.forms)


@lru_cache(maxsize=4)
def corpus_lexicon(known: tuple[tuple[str, str], ...], tags: tuple[str, ...]) -> Lexicon:
    """The lexicon of ``(tag, text)`` pairs tagged in the corpus, for the propagating ``tags``.

    Kept for the next call: the window asks again after every change with the
    same corpus list, and indexing 5,000 texts takes some tens of milliseconds.
    """
    wanted = set(tags)
    return Lexicon(_knowns(((tag, text) for tag, text in known if tag in wanted), here=False))


def local_lexicon(annotations: Sequence[Annotation], tags: Sequence[str]) -> Lexicon:
    """The lexicon of this article's spans of the propagating ``tags`` (each text under its commonest tag)."""
    order = {name: i for i, name in enumerate(tags)}
    counts: Counter[tuple[str, str]] = Counter((a.text, a.tag) for a in annotations if a.tag in order)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], order[item[0][1]]))
    return Lexicon(_knowns(((tag, text) for (text, tag), _n in ranked), here=True))


class _Taken:
    """The spans of one tag already annotated: does a new one overlap any?"""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _e in ordered]
        self.reach = list(accumulate((e for _s, e in ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1  # the spans that start before ``end``
        return k >= 0 and self.reach[k] > start


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` without the invisible characters folding skipped after the last letter (tatweel, RLM …).

    Harakat stay: they belong to the letter before them.
    """
    while end > start and (text[end - 1] == "\u0640" or unicodedata.category(text[end - 1]) == "Cf"):
        end -= 1
    return end


def _rest_end(f: str, end: int, known: _Known) -> int | None:
    """Where the known text ends if its words after the first follow at ``end`` in ``f``; else None."""
    for sep, word in zip(known.seps, known.words[1:], strict=True):
        m = _SEP_WORD.match(f, end)
        if m is None or m.group(2) != word or _SPACES.sub(" ", m.group(1)) != sep:
            return None
        end = m.end()
    return end


@lru_cache(maxsize=1)
def _read(text: str) -> tuple[Folded, list[str], list[int], frozenset[str]]:
    """``text`` folded (ى and ة kept apart), its pieces between spaces, where each starts, the distinct ones.

    Kept for the next call: the window suggests again after every change to
    the annotations of the same text, and this is half the work on a long one.
    """
    folded = fold(_strict(text))
    pieces = folded.text.split(" ")
    starts = list(accumulate(map(len, pieces), lambda at, size: at + size + 1, initial=0))
    return folded, pieces, starts, frozenset(pieces)


def _hits(distinct: Iterable[str], tables: Sequence[Mapping[str, tuple[tuple[_Known, int], ...]]]
          ) -> dict[str, list[tuple[int, str]]]:
    """For each distinct piece that holds a known form: (offset, form) of each one in it."""
    known: Callable[[str], bool]
    if len(tables) == 1:
        known = tables[0].__contains__
    else:
        def known(word: str) -> bool:
            return any(word in table for table in tables)
    hits: dict[str, list[tuple[int, str]]] = {}
    whole = _WORD.fullmatch
    for piece in distinct:
        if known(piece):
            hits[piece] = [(0, piece)]
        elif piece and not piece.isalnum() and not whole(piece):  # punctuation, a line break: look inside
            inside = [(m.start(), m.group()) for m in _WORD.finditer(piece) if known(m.group())]
            if inside:
                hits[piece] = inside
    return hits


def propagate(text: str, lexicons: Sequence[Lexicon], annotations: Sequence[Annotation]) -> list[Suggestion]:
    """Every occurrence in ``text`` of a text of ``lexicons`` (an earlier lexicon wins a tie).

    The folded text is split at spaces and each distinct piece looked up
    once: only the pieces that hold a known form are walked in Python.  On a
    1M-code-point article reading the text takes some 65 ms (kept for the next
    call), looking its pieces up some 20 ms whatever the size of the lexicon,
    and each proposal a few microseconds (python tests/benchmarks/bench_suggest.py).
    """
    tables = [lex.forms for lex in lexicons if lex]
    if not tables:
        return []
    folded, pieces, starts, distinct = _read(text)
    f = folded.text
    hits = _hits(distinct, tables)
    if not hits:
        return []
    by_tag: dict[str, list[tuple[int, int]]] = {}
    for a in annotations:
        by_tag.setdefault(a.tag, []).append((a.start, a.end))
    taken: dict[str, _Taken] = {}

    made: list[Suggestion] = []
    covered = 0  # folded offset up to which a longer match took the words
    for index in compress(range(len(pieces)), map(hits.__contains__, pieces)):
        for offset, word in hits[pieces[index]]:
            at = starts[index] + offset
            if at < covered:
                continue
            best: tuple[int, int, _Known] | None = None
            for table in tables:  # only a longer match replaces one found earlier: ties go to this article
                for known, drop in table.get(word, ()):
                    end = at + len(word) if len(known.words) == 1 else _rest_end(f, at + len(word), known)
                    if end is not None and (best is None or end - at - drop > best[1] - best[0]):
                        best = (at + drop, end, known)
            if best is None:
                continue
            start, end, known = best
            covered = end
            s, e = folded.span_to_original(start, end)
            if e - s != end - start:  # folding skipped something inside or after it
                e = _trim_end(text, s, e)
            spans = taken.get(known.tag)
            if spans is None:
                spans = taken[known.tag] = _Taken(by_tag.get(known.tag, ()))
            if spans.overlaps(s, e):
                continue
            made.append(Suggestion(tag=known.tag, start=s, end=e, text=text[s:e], suggester=NAME, why=known.why))
    return made


class PropagationSuggester:
    """Spans the user tagged (here, or in the corpus) proposed where their text recurs.

    ``known`` are ``(tag, text)`` pairs tagged in other articles, most used
    first, as :meth:`~annotator.core.store.Store.tagged_texts` gives them;
    pairs of tags that do not propagate are ignored.
    """

    name = NAME

    def __init__(self, tags: Sequence[Tag] = BUILTIN_TAGS, known: Sequence[tuple[str, str]] = ()) -> None:
        self.tags = propagating_tags(tags)
        self.known = tuple(known)

    def suggest(self, article: Article, annotations: Sequence[Annotation]) -> list[Suggestion]:
        """Every other occurrence of what is tagged (the engine drops what is rejected)."""
        if not self.tags:
            return []
        lexicons = [local_lexicon(annotations, self.tags)]
        if self.known:
            lexicons.append(corpus_lexicon(self.known, tuple(self.tags)))
        return propagate(article.text, lexicons, annotations)
