"""Rule-based Arabic quotes with their speakers: the first suggester.

Direct quotes are words in quotation marks (" “ ” « » „) that a reporting
cue governs — before them (``قال X: "…"``, ``أكد X أن "…"``) or after them
(``"…"، يقول X``).  Real copy's mismatched ``:"`` and ``":`` are read as
openers, and a quote with no closing mark runs to the paragraph's end.
Reported speech is the أن/إن clause after a cue, to the sentence's end or the
next cue; when it carries quoted words it is *mixed*.  Short quoted names
("نورث برس") that no cue introduces are left alone.  In an interview, the
answers (``ج: …``) are the interviewee's words.

The source is the name the cue governs, its title kept apart (``رئيس المجلس
المحلي، أحمد العلي`` → أحمد العلي), also when it comes before the verb
(``أما X فقد قال``, ``وكان X قد أكد``); a bare cue (وأضاف) or a surname
resolves to the person quoted or named before, agreeing in gender and number
(``وأضافت`` → the woman quoted last, ``وأضافوا``/``معتبرين`` → a group), and
the speaker span is that person's nearest mention (see :mod:`.sources`).

Everything is matched on folded text (harakat and tatweel ignored) and mapped
back to exact code points of the article with :func:`annotator.core.search.fold`.
The article is folded once, cues and quotation marks are found once for the
whole text, and each paragraph then reads only its own slice of them.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from ..errors import Message
from ..model import BUILTIN_TAGS, ROLE_ATTRIBUTABLE, ROLE_SOURCE, Annotation, Article, Tag
from ..search import Folded, fold
from ..words import EDGE_PUNCTUATION
from .cues import FEMININE, PARTICIPLE, PLURAL, SAYING, VERB, Cue, find_cues, occurrences, vocabulary
from .sources import (
    DOCUMENT_HEADS,
    ORDINALS,
    QUOTE_MARKS,
    TITLE_HEADS,
    People,
    Source,
    Subject,
    Words,
    agreement,
    choose_source,
    head,
    is_connector,
    is_person_title,
    name_like,
    parse_subject,
    title_and_name,
)
from .suggestion import Span, Suggestion, tag_for_role

NAME = "quotes"
#: A quotation this short with no cue right before it is a name or a term ("نورث برس").
MIN_LOOSE_QUOTE_WORDS = 4
#: How many words before a name are searched for its title (المتحدث باسم … ضد داعش).
MAX_TITLE_WORDS = 14
_PARAGRAPH = regex.compile(r"[^\n]+")
_MARK = re.compile("[" + QUOTE_MARKS + "]")
_SENTENCE_END = regex.compile(r"[!?؟]|[.…](?=\s|$)")
_WORD = re.compile(r"[^\W\d_]+|\d+")
#: At least 2 / at least MIN_LOOSE_QUOTE_WORDS words: matched from the start, stopping as soon as found.
_THREE_WORDS = regex.compile(r"(?:[^\p{L}\p{N}]*+(?:\p{L}++|\p{N}++)){3}")
_TWO_WORDS = regex.compile(r"(?:[^\p{L}\p{N}]*+(?:\p{L}++|\p{N}++)){2}")
_LOOSE_QUOTE_WORDS = regex.compile(r"(?:[^\p{L}\p{N}]*+(?:\p{L}++|\p{N}++)){" + str(MIN_LOOSE_QUOTE_WORDS) + "}")
#: A run of letters, of digits, or one other sign (the standard library's ``re``, twice as fast
#: as ``regex`` on short stretches: ``[^\W\d_]`` are the letters).
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")
_PART_SPLIT_KEEP = re.compile(r"([،,.؛;:!?؟])")
_GAP = regex.compile(r"[\s:،,\-–—]*")
_LEAD_IN = regex.compile(r"[\s،,\-–—]*(?:بهذه\s+(?:الكلمات|العبارات|العباره)\s+)?")
_AN = regex.compile(r"(?<!\p{L})عن(?!\p{L})")
_CLAUSE_TAIL = regex.compile(
    r"(?:[\s،,]|(?<!\p{L})(?:بينما|فيما|حيث|كما|ثم|وقد|اذ|في حين|[وف]?(?:لا|لم|لن))(?!\p{L}))+$")
#: قال X في حديث لـ"نورث برس" إن …: how far past the source a connector may still be the cue's.
LATE_CONNECTOR_WINDOW = 80
LATE_INNA_WINDOW = LATE_CONNECTOR_WINDOW  # the former name
#: …but not the أن of بعد أن, قبل أن, يجب أن: a conjunction, not reported speech.
_LATE_BLOCKERS = frozenset("بعد قبل منذ دون بدون حتي رغم الا لا يجب ينبغي يمكن ما لو كي لكي".split())
_HEADLINE = regex.compile(r"([^.:؟!\"«“”»]{3,80}+):\s*")
#: A cue after these is no one's words: رفض ذكر اسمه (refused to give his name), لم يقل, دون أن يوضح
#: (but ولا يرى أن … is still an opinion reported).
_NOT_SAYING = frozenset(
    [p + v + s for p in ("", "و", "ف") for v in ("رفض", "فضل", "طلب", "اشترط") for s in ("", "ت", "وا")]
    + [p + w for p in ("", "و", "ف") for w in "عدم لم لن دون بدون".split()])
#: An interview: ``س: …؟`` asks, ``ج: …`` answers.
_QUESTION = regex.compile(r"(?:س|سؤال|السؤال)\s*[:\-–—]\s*")
_ANSWER = regex.compile(r"(?:ج|جواب|الجواب)\s*[:\-–—]\s*")
_INTERVIEWED = regex.compile(
    r"(?<!\p{L})(?:مع|حاورت|حاورنا|التقت|التقينا|التقي|استضافت|سالت|سالنا|حوار مع|لقاء مع)\s+")
#: أما X فقد قال / وكان X قد أكد: the subject comes before the verb.
#: (Both searched from the end, ``(?r)``: the last one before the verb.)
_AMMA = regex.compile(r"(?r)(?<!\p{L})[وف]?اما(?!\p{L})")
_KANA = regex.compile(r"(?r)(?<!\p{L})[وف]?(?:كان|كانت|كانوا)(?!\p{L})")
#: A word with the ف that answers أما (فقد, فقالت, فتختم).
_FA_WORD = regex.compile(r"(?<!\p{L})ف\p{L}+")
#: أن X قالوا, لكن X أكدوا: a subject between a connector and its verb (no punctuation in between).
_NOT_IN_SUBJECT = regex.compile(r"(?r)[^\p{L}\s«»\"“”]")
_SUBJECT_FIRST = regex.compile(r"(?<!\p{L})(?:[وفب]?ان|لكن)\s+(?P<x>[\p{L}\s«»\"“”]{2,80}?)\s*$")
#: How far a title and the name after it may reach (رئيسة لجنة التربية في … نسرين العبد الله).
MAX_TITLE_AND_NAME_CHARS = 160
#: How far before the verb a topicalised subject may start.
MAX_TOPIC_CHARS = 200


class Segment(NamedTuple):
    """Quoted words in one paragraph (folded offsets); ``closed`` false: ran to the paragraph end."""

    open: int
    start: int
    end: int
    close_end: int
    closed: bool


def quote_segments(f: str, ps: int, pe: int) -> list[Segment]:
    """The quotations of paragraph ``f[ps:pe]``, reading marks left to right.

    ``«`` waits for ``»`` (quotation marks inside it are inner quotes); the
    others open and close each other, as copy mixes them.  ``":`` opens with
    its colon.  An opener with no closer runs to the paragraph's end.
    """
    return _segments(f, [m.start() for m in _MARK.finditer(f, ps, pe)], pe)


def _segments(f: str, marks: Sequence[int], pe: int) -> list[Segment]:
    """The quotations made by the marks at ``marks`` (positions in one paragraph ending at ``pe``)."""
    segments: list[Segment] = []
    opener = -1
    for pos in marks:
        ch = f[pos]
        if opener < 0:
            if ch != "»":
                opener = pos
            continue
        guillemet = f[opener] == "«"
        if guillemet != (ch == "»") or (not guillemet and ch == "«"):
            continue
        segments.append(_segment(f, opener, pos, pos + 1, True))
        opener = -1
    if opener >= 0:
        segments.append(_segment(f, opener, pe, pe, False))
    return segments


def _segment(f: str, open_: int, end: int, close_end: int, closed: bool) -> Segment:
    start = open_ + 1
    if start < end and f[start] == ":":  # the mismatched ":
        start += 1
    return Segment(open_, start, end, close_end, closed)


def sentence_ends(f: str, ps: int, pe: int, segments: list[Segment]) -> list[int]:
    """Where sentences end in the paragraph: punctuation outside quotations, and a
    quotation that ends its sentence (``…المنطقة." ولفت``)."""
    return _sentence_ends(f, [m.start() for m in _SENTENCE_END.finditer(f, ps, pe)], pe, segments)


def _sentence_ends(f: str, stops: Sequence[int], pe: int, segments: list[Segment]) -> list[int]:
    """:func:`sentence_ends` from the positions of the paragraph's sentence marks (``. ! ? ؟ …``)."""
    opens = [s.open for s in segments]
    ends: list[int] = []
    for start in stops:
        k = bisect_right(opens, start) - 1
        if k >= 0 and start < segments[k].close_end:
            continue
        ends.append(start + 1)
    for s in segments:
        if s.closed and s.end > s.start and f[s.end - 1] in ".!?؟…":
            after = _GAP.match(f, s.close_end, pe)
            nxt = f[after.end()] if after and after.end() < pe else ""
            if nxt not in "،,":
                ends.append(s.close_end)
    ends.sort()
    return ends


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without white space and edge punctuation at either end, nor a
    quotation mark whose partner is not inside (what :func:`annotator.core.words.clean_span`
    trims).  Spans here already start and end on whole letters with their harakat (they
    come from folded matches), so the grapheme snapping of ``clean_span`` — a regex scan
    per end, the slowest part on a long article — is not needed.  ``None`` if nothing is left.
    """
    while start < end:
        a, z = text[start], text[end - 1]
        if a.isspace() or a in EDGE_PUNCTUATION:
            start += 1
        elif z.isspace() or z in EDGE_PUNCTUATION:
            end -= 1
        elif a in QUOTE_MARKS and _MARK.search(text, start + 1, end) is None:
            start += 1
        elif z in QUOTE_MARKS and _MARK.search(text, start, end - 1) is None:
            end -= 1
        else:
            return start, end
    return None


def _positions(f: str, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``f``, in order: ``str.find`` per character (C speed),
    much faster over a long article than a regular expression's matches."""
    found: list[int] = []
    for ch in chars:
        i = f.find(ch)
        while i != -1:
            found.append(i)
            i = f.find(ch, i + 1)
    found.sort()
    return found


def _previous_word(f: str, pos: int, ps: int) -> tuple[int, str]:
    """The word just before ``pos`` (white space between), within the paragraph from
    ``ps``, and where it starts ("" if a sign comes first)."""
    i = pos
    while i > ps and f[i - 1] == " ":
        i -= 1
    j = i
    while j > ps and f[j - 1].isalpha():
        j -= 1
    return j, f[j:i]


def _said_by_no_one(f: str, pos: int, ps: int) -> bool:
    """Whether the cue at ``pos`` is refused or denied: رفض ذكر, لم يقل, دون أن يوضح."""
    word, at = _word_before(f, pos, ps)
    if word == "ان":
        word, at = _word_before(f, at, ps)
    return word in _NOT_SAYING


def _word_before(f: str, pos: int, ps: int) -> tuple[str, int]:
    """The word (what lies between spaces) before ``pos`` in the paragraph from ``ps``, and where it starts."""
    end = pos
    while end > ps and f[end - 1] == " ":
        end -= 1
    start = f.rfind(" ", ps, end) + 1 or ps
    return f[start:end], start


def _last(matches: Iterator[regex.Match[str]]) -> regex.Match[str] | None:
    """The last of some matches (None if there is none)."""
    found = None
    for found in matches:  # noqa: B007 - kept: the last one
        pass
    return found


def _at_least_two_words(f: str, start: int, end: int) -> bool:
    return _TWO_WORDS.match(f, start, end) is not None


def _long_enough(f: str, start: int, end: int) -> bool:
    """At least :data:`MIN_LOOSE_QUOTE_WORDS` words: a quotation, not a quoted name."""
    return _LOOSE_QUOTE_WORDS.match(f, start, end) is not None


#: How a complement was recognised, for a suggestion's ``why`` (made once: a long article finds thousands).
_WHY_CLAUSE = Message("أن/إن clause")
_WHY_CLAUSE_QUOTED = Message("أن/إن clause + quotation marks")
_WHY_QUOTED = Message("quotation marks")
_WHY_AN_QUOTED = Message("أن/إن + quotation marks")
_WHY_QUOTED_LATER = Message("quotation marks later in the sentence")
_WHY_QUOTED_BEFORE = Message("quotation marks, then the cue")
_WHY_ANSWER = Message("an interview's answer")
_WHY_HEADLINE = Message("speaker: words")


@dataclass(slots=True)
class _Said:
    """A complement found for a cue: a span (folded), its kind, and how it was recognised."""

    start: int
    end: int
    kind: str
    why: Message


@dataclass(slots=True)
class _CueInfo:
    cue: Cue
    subject: Subject
    sentence_end: int
    #: the source the cue governs as written (after it, or before it: أما X فقد قال)
    src: Source | None = None
    said: list[_Said] = field(default_factory=list)
    source: Source | None = None
    speaker: tuple[int, int] | None = None
    person: str | None = None
    how: str = ""
    #: رفض ذكر, لم يقل: no one's words follow; the cue only ends the clause before it
    refused: bool = False


@dataclass(slots=True)
class _Paragraph:
    """What the first reading found in one paragraph, for the second."""

    start: int
    end: int
    segments: list[Segment]
    ends: list[int]
    infos: list[_CueInfo]
    #: "q" (an interview's question), "a" (its answer, from ``answer``) or ""
    qa: str = ""
    answer: int = -1
    interviewee: str | None = None
    #: the paragraph that introduces the interview (its last person is the interviewee, if
    #: ``interviewee`` could not be read from it)
    intro: tuple[int, int] = (0, 0)


class _Reader:
    """One article: its folded text, its people, and the quotes found so far."""

    def __init__(self, text: str, tag: str, speaker_tag: str) -> None:
        self.text = text
        self.folded: Folded = fold(text)
        self.tag = tag
        self.speaker_tag = speaker_tag
        self.people = People()
        self.last_person: str | None = None
        #: the people quoted so far, the latest last (each once)
        self.speakers: list[str] = []
        self._displays: dict[str, str] = {}
        self._speakers: dict[tuple[int, int], Span] = {}

    def run(self) -> list[Suggestion]:
        f = self.folded.text
        words = vocabulary(f)
        cues = find_cues(f, words=words)
        titles = [t[0] for t in occurrences(f, [w for w in words if is_person_title(w)])]
        cue_starts = frozenset(c.written_start for c in cues) | frozenset(c.start for c in cues)
        cue_positions = [c.start for c in cues]
        marks = _positions(f, QUOTE_MARKS)
        size = len(f)
        stops = [i for i in _positions(f, "!?؟.…") if f[i] in "!?؟" or i + 1 == size or f[i + 1].isspace()]
        plans: list[_Paragraph] = []
        interviewee: str | None = None
        intro = (0, 0)
        previous_qa = ""
        previous_paragraph = (0, 0)
        for m in _PARAGRAPH.finditer(f):
            ps, pe = m.span()
            c0, c1 = bisect_left(cue_positions, ps), bisect_left(cue_positions, pe)
            k0, k1 = bisect_left(marks, ps), bisect_left(marks, pe)
            qa, answer = self._qa(ps, pe) if f[ps] in "سجا" else ("", -1)
            if qa == "q" and previous_qa == "":
                # The first question after the introduction: who the interview is with.
                interviewee = self._interviewee(*previous_paragraph, cue_starts)
                intro = previous_paragraph
            previous_qa, previous_paragraph = qa, (ps, pe)
            t0, t1 = bisect_left(titles, ps), bisect_left(titles, pe)
            if t0 < t1:
                # People named with their titles: الوزير سامر الخطيب; رئيس المجلس، أحمد العلي،
                for at in titles[t0:t1]:
                    named = title_and_name(f, at, min(pe, at + MAX_TITLE_AND_NAME_CHARS), cue_starts)
                    if named is not None:
                        self.people.learn(named.text, named.title)
                self._learn_appositions(ps, pe)
            if c0 == c1 and k0 == k1 and not qa:
                # No cue, no quotation mark: maybe a headline.
                if f.find(":", ps, min(pe, ps + 84)) != -1 and _HEADLINE.match(f, ps, pe) is not None:
                    plans.append(_Paragraph(ps, pe, [], [], []))
                continue
            segs = _segments(f, marks[k0:k1], pe)
            ends = _sentence_ends(f, stops[bisect_left(stops, ps):bisect_left(stops, pe)], pe, segs)
            opens = [s.open for s in segs]
            infos = []
            for c in cues[c0:c1]:
                k = bisect_right(opens, c.start) - 1
                if k >= 0 and c.start < segs[k].close_end:
                    continue  # a cue inside a quotation is part of what was said
                e = self._sentence_end(ends, c.start, pe)
                if _said_by_no_one(f, c.written_start, ps):
                    # رفض ذكر اسمه, لم يقل, دون أن يوضح: no one says anything here.
                    infos.append(_CueInfo(c, Subject([]), e, refused=True))
                    continue
                info = _CueInfo(c, self._subject(c, ends, ps, e, cue_starts, segs), e)
                info.src = choose_source(info.subject.parts, info.subject.complete)
                if info.src is None and c.kind == VERB:
                    info.src = self._topic(c, ends, ps, cue_starts)
                infos.append(info)
            self._plan(ps, pe, segs, ends, infos)
            plans.append(_Paragraph(ps, pe, segs, ends, infos, qa, answer, interviewee, intro))
            for info in infos:
                src = info.src
                if src and src.is_name and len(src.text.split()) >= 2:
                    self.people.learn(src.text, src.title)
        self.people.index(f)
        out: list[Suggestion] = []
        for plan in plans:
            if plan.qa == "a":
                out.extend(self._answer(plan))
                continue
            ps, pe, ends, infos = plan.start, plan.end, plan.ends, plan.infos
            if plan.qa == "":
                out.extend(self._headline(ps, pe, infos))
            previous: _CueInfo | None = None
            for info in infos:
                if info.refused:
                    continue
                if previous is not None and self._sentence_end(ends, previous.cue.start, pe) != info.sentence_end:
                    previous = None
                self._resolve(info, previous)
                for said in info.said:
                    s = self._suggestion(info, said)
                    if s is not None:
                        out.append(s)
                if info.said and info.person:
                    self._quoted(info.person)
                previous = info
        return out

    def _quoted(self, person: str) -> None:
        self.last_person = person
        if self.speakers and self.speakers[-1] == person:
            return
        if person in self.speakers:
            self.speakers.remove(person)
        self.speakers.append(person)

    @staticmethod
    def _sentence_end(ends: list[int], pos: int, pe: int) -> int:
        k = bisect_right(ends, pos)
        return ends[k] if k < len(ends) else pe

    def _subject(self, c: Cue, ends: list[int], ps: int, e: int, cue_starts: frozenset[int],
                 segs: list[Segment]) -> Subject:
        f = self.folded.text
        subject = parse_subject(f, c.end, e, cue_starts)
        if not subject.connector and c.kind in (VERB, PARTICIPLE):
            self._late_connector(c, subject, e, cue_starts, segs)
        if c.kind == SAYING:
            # نقل موقع … عن المتحدث X قوله: the source is after the last عن.
            k = bisect_right(ends, c.start) - 1
            sentence_start = ends[k] if k >= 0 else ps
            found = list(_AN.finditer(f, sentence_start, c.start))
            if found:
                subject.parts = parse_subject(f, found[-1].end(), c.start, cue_starts).parts
        return subject

    def _late_connector(self, c: Cue, subject: Subject, e: int, cue_starts: frozenset[int],
                        segs: list[Segment]) -> None:
        """قال X في حديث لـ"نورث برس"، الأحد، إن …: circumstances between the source and
        the reported words; the first أن/إن (or colon) within reach is the cue's, unless
        another cue comes first or a word makes it a conjunction (بعد أن, يجب أن)."""
        f = self.folded.text
        start = subject.parts[-1].end if subject.parts else c.end
        stop = min(e, c.end + LATE_CONNECTOR_WINDOW)
        if f.find("ان", start, stop) == -1 and f.find(":", start, stop) == -1:
            return
        by_open = {s.open: s for s in segs}
        prev = ""
        pos = start
        while pos < stop:
            tok = _TOKEN.search(f, pos, stop)
            if tok is None:
                return
            t = tok.group()
            pos = tok.end()
            if tok.start() in cue_starts:
                return
            if t in QUOTE_MARKS:
                seg = by_open.get(tok.start())
                if seg is None or not seg.closed or _long_enough(f, seg.start, seg.end):
                    return  # the quotation itself: not circumstances
                pos = seg.close_end  # لـ"نورث برس": a name in quotation marks
                continue
            if t == ":":
                subject.connector, subject.after = ":", tok.end()
                return
            if is_connector(t):
                if prev in _LATE_BLOCKERS:
                    return
                subject.connector = "an"
                subject.after = tok.end() if t.lstrip("وفب") == "ان" else tok.start()
                return
            prev = t

    def _topic(self, c: Cue, ends: list[int], ps: int, cue_starts: frozenset[int]) -> Source | None:
        """The source written before the verb, in the same sentence:

        * ``أما المهندس كمال يوسف، مدير المحطة، فقد حذّر …`` (also ``أما X فقالت``,
          ``أما X فتختم حديثها بالقول``): between أما and the last word with ف;
        * ``وكان الوزير X قد أكد …``: between كان and قد;
        * ``إلا أن معلمات … قلن إن …``, ``لكن مسؤولين أكدوا …``: between أن/لكن and the verb.
        """
        f = self.folded.text
        ws = c.written_start
        k = bisect_right(ends, ws) - 1
        sentence_start = ends[k] if k >= 0 and ends[k] <= ws else ps
        lo = max(sentence_start, ws - MAX_TOPIC_CHARS)
        start = end = -1
        amma = _AMMA.search(f, lo, ws) if f.find("اما", lo, ws) != -1 else None  # (the last one: reversed)
        if amma is not None:
            fa = _last(_FA_WORD.finditer(f, amma.end(), c.end))
            if fa is not None and fa.start() > amma.end():
                start, end = amma.end(), fa.start()
        if start < 0:
            at, before = _previous_word(f, ws, ps)
            if before == "قد":
                kana = _KANA.search(f, lo, at)
                if kana is not None:
                    start, end = kana.end(), at
        if start < 0:
            # Only letters, spaces and quotation marks between the connector and the verb.
            sign = _NOT_IN_SUBJECT.search(f, lo, ws)
            m = _SUBJECT_FIRST.search(f, sign.end() if sign else lo, ws)
            if m is None:
                return None
            start, end = m.start("x"), m.end("x")
            mark = _MARK.search(f, start, end)
            end = mark.start() if mark else end  # معلمات التقتهن «نورث برس»: the words before the name
            items = [(t.start(), t.end(), t.group()) for t in _WORD.finditer(f, start, end)]
            if not 1 <= len(items) <= 6:
                return None
            src = choose_source([Words.of(items)], True)
            return src if src is not None and (src.is_name or head(items[0][2]) in TITLE_HEADS) else None
        subject = parse_subject(f, start, end, cue_starts)
        if subject.connector:
            return None
        src = choose_source(subject.parts, True)
        if src is None or not (src.is_name or head(src.text.split()[0]) in TITLE_HEADS):
            return None  # أما الوضع الأمني فقد …: a topic, not a speaker
        return src

    def _plan(self, ps: int, pe: int, segs: list[Segment], ends: list[int], infos: list[_CueInfo]) -> None:
        """Give each quotation and each أن/إن clause to the cue that governs it."""
        f = self.folded.text
        starts = [i.cue.start for i in infos]
        used: set[int] = set()
        opens = [s.open for s in segs]
        # Reported speech first, so the quotations it carries become one mixed span.
        for n, info in enumerate(infos):
            sub = info.subject
            if sub.connector != "an":
                continue
            gap = _GAP.match(f, sub.after, pe)
            if gap and gap.end() < pe and f[gap.end()] in QUOTE_MARKS:
                continue  # أن "…": a direct quote, below
            end = info.sentence_end
            m = bisect_right(starts, sub.after, n + 1)  # the next cue after the clause starts
            if m < len(infos) and infos[m].cue.start < end:
                nxt = infos[m].cue
                end = nxt.written_start
                tail = _CLAUSE_TAIL.search(f, sub.after, end)
                if tail is not None:
                    end = tail.start()  # …غداً، بينما رأت: the conjunction belongs to the next clause
            if not _at_least_two_words(f, sub.after, end):
                continue
            first, last = bisect_left(opens, sub.after), bisect_left(opens, end)
            inside = range(first, last)
            for k in inside:
                end = max(end, segs[k].close_end)
                used.add(k)
            kind = "mixed" if inside else "indirect"
            info.said.append(_Said(sub.after, end, kind, _WHY_CLAUSE_QUOTED if inside else _WHY_CLAUSE))
        for k, seg in enumerate(segs):
            if k in used or seg.end <= seg.start:
                continue
            n = bisect_left(starts, seg.open) - 1
            owner = infos[n] if n >= 0 and infos[n].sentence_end > seg.open else None
            if owner is not None and owner.refused:
                continue
            if owner is not None:
                sub = owner.subject
                after = sub.after if sub.after >= 0 else owner.cue.end
                gap = _GAP.match(f, after, seg.open)
                adjacent = sub.connector in (":", "quote", "an") and gap is not None and gap.end() == seg.open
                # قال: "…" is direct; أن "…" reports the words in a clause of the reporter's
                # syntax, and words quoted further on (معتبرين إياه "…") are embedded in
                # reported speech: both are mixed.
                if adjacent and sub.connector != "an":
                    owner.said.append(_Said(seg.start, seg.end, "direct", _WHY_QUOTED))
                elif adjacent:
                    owner.said.append(_Said(seg.start, seg.end, "mixed", _WHY_AN_QUOTED))
                elif _long_enough(f, seg.start, seg.end):
                    owner.said.append(_Said(seg.start, seg.end, "mixed", _WHY_QUOTED_LATER))
                continue
            if not seg.closed:
                continue
            # Quote first: "…"، يقول X / «…»، بهذه الكلمات لخص X
            lead = _LEAD_IN.match(f, seg.close_end, pe)
            at = lead.end() if lead else seg.close_end
            n = bisect_left(starts, at)
            for info in infos[n:n + 1]:
                if info.cue.written_start == at:
                    info.said.append(_Said(seg.start, seg.end, "direct", _WHY_QUOTED_BEFORE))

    def _learn_appositions(self, ps: int, pe: int) -> None:
        """Names given with a title between commas: المتحدث باسم …، مايلس كاغينس، …
        (a title, a comma, a name) and كينو كبرئيل، المتحدث باسم … (a name, a comma, a title).
        Read in paragraphs that have a person's title (:func:`.sources.is_person_title`)."""
        text = self.folded.text[ps:pe]
        if "،" not in text and "," not in text:
            return
        pieces = _PART_SPLIT_KEEP.split(text)  # piece, separator, piece, …
        n = len(pieces)
        for i in range(2, n, 2):
            if pieces[i - 1] not in "،,":
                continue
            b = pieces[i].split()
            if not b:
                continue
            if 2 <= len(b) <= 4 and name_like(b):
                a = pieces[i - 2].split()[-MAX_TITLE_WORDS:]
                t = next((k for k, w in enumerate(a) if head(w) in TITLE_HEADS), None)
                if t is not None:
                    self.people.learn(" ".join(b), " ".join(a[t:]))
            elif head(b[0]) in TITLE_HEADS and not b[0].startswith("و"):
                c = pieces[i + 2].split() if i + 2 < n else []
                if name_like(c):
                    continue
                tail = pieces[i - 2].split()[-3:]
                while tail and tail[0] in ("بحضور", "بمشاركه", "كل", "من", "مع", "عقده", "عقدها"):
                    tail = tail[1:]
                if len(tail) >= 2 and name_like(tail):
                    self.people.learn(" ".join(tail), " ".join(b))

    def _resolve(self, info: _CueInfo, previous: _CueInfo | None) -> None:
        """Who the cue's source is, and which mention the quote links to."""
        src = info.src
        cue = info.cue
        pos = cue.start
        if src is not None and src.text in ORDINALS:
            person = self.people.ordinal(ORDINALS[src.text], pos)
            if person:
                info.person, info.speaker = person, self.people.nearest(person, pos)
                info.how = self._how(info, src=src)
            return
        if src is not None:
            person = self.people.resolve(src.text)
            info.source, info.speaker = src, (src.start, src.end)
            if person is None:
                person = src.text
                self.people.learn(person, src.title, src.is_name)
                self.people.add_mention(src.start, src.end, person)
            if cue.kind in (VERB, SAYING):
                self.people.hear(person, cue.gender)
            info.person = person
            if person != src.text:
                info.how = self._how(info, src=src)
            return
        # A bare cue: a participle takes its verb's source; a verb, the last speaker's —
        # if they agree in gender and number (وأضافت after a man: the woman quoted before).
        if previous is not None and previous.person and (cue.kind == PARTICIPLE or not previous.said):
            if agreement(cue.gender, self.people.gender(previous.person)) > 0:
                info.person, info.speaker = previous.person, previous.speaker
                info.how = self._how(info, previous=previous)
                return
            person = self._antecedent(cue.gender, pos, strict=True)
            if person is None:
                info.person, info.speaker = previous.person, previous.speaker
                info.how = self._how(info, previous=previous)
                return
        else:
            person = self._antecedent(cue.gender, pos)
        if person:
            info.person, info.speaker = person, self.people.nearest(person, pos)
            info.how = self._how(info, bare=True)

    def _how(self, info: _CueInfo, src: Source | None = None, previous: _CueInfo | None = None,
             bare: bool = False) -> str:
        """How the source was found, for ``why`` (only for a cue that proposes something): a :class:`Message`, or ""."""
        if not info.said or info.person is None:
            return ""
        if src is not None:
            return Message("%1 → %2", self._speaker_span((src.start, src.end)).text, self._display(info.person))
        if previous is not None:
            return Message("%1 (as %2)", self._display(info.person), self._written(previous.cue))
        return Message("bare %1 → %2", self._written(info.cue), self._display(info.person)) if bare else ""

    def _antecedent(self, gender: str, pos: int, strict: bool = False) -> str | None:
        """Who a pronoun-only cue refers to: of the people quoted (the latest first), then
        of those mentioned last, the first that agrees with the cue — a woman for
        ``وأضافت``, a group for ``وأضافوا`` — else the latest.  ``strict``: only one that agrees."""
        speakers = self.speakers[::-1][:8]
        mentioned: list[str] | None = None
        gender_of = self.people.gender
        if gender in (FEMININE, PLURAL):
            mentioned = [name for name in self.people.recent(pos, 6) if name not in speakers]
            for name in speakers + mentioned:
                if gender_of(name) == gender:
                    return name
        for name in speakers:
            g = gender_of(name)
            if agreement(gender, g) > 0 and (g or not strict):
                return name
        if mentioned is None:
            mentioned = [name for name in self.people.recent(pos, 6) if name not in speakers]
        for name in mentioned:
            g = gender_of(name)
            if agreement(gender, g) > 0 and (g or not strict):
                return name
        if strict:
            return None
        return speakers[0] if speakers else mentioned[0] if mentioned else None

    def _qa(self, ps: int, pe: int) -> tuple[str, int]:
        """Whether a paragraph is an interview's question or answer (and where the answer starts)."""
        f = self.folded.text
        if f[ps] in "سج" or f.startswith(("سؤال", "السؤال", "جواب", "الجواب"), ps, pe):
            if _QUESTION.match(f, ps, pe) is not None:
                return "q", -1
            m = _ANSWER.match(f, ps, pe)
            if m is not None:
                return "a", m.end()
        return "", -1

    def _interviewee(self, ps: int, pe: int, cue_starts: frozenset[int]) -> str | None:
        """The person an interview is with, from the paragraph before its first question
        (``التقت نورث برس مع وزيرة المياه ليلى حسن …``)."""
        f = self.folded.text
        last = _last(_INTERVIEWED.finditer(f, ps, pe))
        if last is None:
            return None
        src = choose_source(parse_subject(f, last.end(), pe, cue_starts).parts, True)
        if src is None:
            return None
        self.people.learn(src.text, src.title, src.is_name)
        self.people.add_mention(src.start, src.end, src.text)
        return src.text

    def _answer(self, plan: _Paragraph) -> list[Suggestion]:
        """``ج: …``: the interviewee's words."""
        person = plan.interviewee
        if person is None:
            # وفي حوار مع «نورث برس»، تحدثت المديرة …، ريم الصالح، عن …: the last person
            # the introduction names; else the last one quoted.
            last = self.people.last_before(plan.intro[1])
            nearest = self.people.nearest(last, plan.intro[1]) if last else None
            person = last if nearest and nearest[0] >= plan.intro[0] else self.speakers[-1] if self.speakers else None
        if person is None:
            return []
        fake = _CueInfo(Cue(plan.answer, plan.answer, "", "ج:", "ج:"), Subject([]), plan.end)
        fake.person, fake.speaker = person, self.people.nearest(person, plan.start)
        if fake.speaker is None:
            return []
        s = self._suggestion(fake, _Said(plan.answer, plan.end, "direct", _WHY_ANSWER), cue=False)
        return [s] if s else []

    def _headline(self, ps: int, pe: int, infos: list[_CueInfo]) -> list[Suggestion]:
        """``قائد عملية العزم الصلب: مهمتنا …`` — a title or a known name, a colon, the words."""
        f = self.folded.text
        if f.find(":", ps, min(pe, ps + 84)) == -1:
            return []
        m = _HEADLINE.match(f, ps, pe)
        if m is None or (infos and infos[0].cue.start < m.end()):
            return []  # (infos are in reading order)
        items = tuple((w.start(), w.end(), w.group()) for w in _WORD.finditer(f, m.start(1), m.end(1)))
        if not items or len(items) > 8:
            return []
        words = [w for _, _, w in items]
        known = self.people.resolve(" ".join(words))
        if (head(words[0]) not in TITLE_HEADS or head(words[0]) in DOCUMENT_HEADS) and known is None:
            return []  # بيان للجيش: استهداف …: a document's gist, not its words
        src = choose_source([Words.of(items)])
        if src is None or _THREE_WORDS.match(f, m.end(), pe) is None:
            return []
        fake = _CueInfo(Cue(m.end(1), m.end(1), "", ":", ":"), Subject([]), pe)
        fake.source, fake.speaker, fake.person = src, (src.start, src.end), known or src.text
        if known is None:
            self.people.add_mention(src.start, src.end, src.text)
        s = self._suggestion(fake, _Said(m.end(), pe, "direct", _WHY_HEADLINE), cue=False)
        return [s] if s else []

    def _display(self, person: str) -> str:
        """A person as the article writes them (the folded name's first mention)."""
        shown = self._displays.get(person)
        if shown is None:
            f = self.folded.text
            mentions = self.people.mentions_of(person)
            exact = [(s, e) for s, e in mentions[:50] if f[s:e] == person]
            first = exact[0] if exact else mentions[0] if mentions else None
            shown = self._span(*first).text if first else person
            self._displays[person] = shown
        return shown

    def _written(self, cue: Cue) -> str:
        return self._span(cue.written_start, cue.end).text

    def _speaker_span(self, span: tuple[int, int]) -> Span:
        """The speaker's span (many quotes share one mention: made once)."""
        found = self._speakers.get(span)
        if found is None:
            found = self._speakers[span] = self._span(*span)
        return found

    def _span(self, start: int, end: int) -> Span:
        s, e = self.folded.span_to_original(start, end)
        return Span(s, e, self.text[s:e])

    def _suggestion(self, info: _CueInfo, said: _Said, cue: bool = True) -> Suggestion | None:
        s, e = self.folded.span_to_original(said.start, said.end)
        cleaned = trim_span(self.text, s, e)
        if cleaned is None or cleaned[0] >= cleaned[1]:
            return None
        s, e = cleaned
        speaker = self._speaker_span(info.speaker) if info.speaker else None
        cue_span = self._span(info.cue.start, info.cue.end) if cue else None
        why = Message("cue %1 + %2", info.cue.lemma, said.why) if cue else said.why
        if info.how:
            why = Message("%1; %2", why, info.how)
        return Suggestion(
            tag=self.tag, start=s, end=e, text=self.text[s:e], kind=said.kind, speaker=speaker, cue=cue_span,
            suggester=NAME, why=why, speaker_tag=self.speaker_tag if speaker else "",
            entity=self._display(info.person) if info.person else "",
        )


class QuoteSuggester:
    """Quotes (direct, reported, mixed) with their speakers, found by rules.

    Quotes get the tag whose role is *attributable* (``quote`` if there is
    one), speakers the tag whose role is *source* (``speaker`` if there is one).
    """

    name = NAME

    def __init__(self, tags: Sequence[Tag] = BUILTIN_TAGS) -> None:
        self.tag = tag_for_role(tags, ROLE_ATTRIBUTABLE, "quote")
        self.speaker_tag = tag_for_role(tags, ROLE_SOURCE, "speaker") or ""

    def suggest(self, article: Article, annotations: Sequence[Annotation]) -> list[Suggestion]:
        """Every quote the rules find in ``article`` (the engine drops what is annotated)."""
        if self.tag is None:
            return []
        with _collector_paused():
            return _Reader(article.text, self.tag, self.speaker_tag).run()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while one article is read.

    Reading makes many small objects and no reference cycles (reference counting
    frees them all), so the collections their allocations trigger only walk the
    heap — the whole window's, in the application — and free nothing: about a
    tenth of the time on a 1 MB article.  The collector is restored on the way out,
    also after an error; if the caller had paused it, it stays paused.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def suggest_quotes(text: str, tags: Sequence[Tag] = BUILTIN_TAGS) -> list[Suggestion]:
    """Convenience: the quote suggestions for a bare text."""
    return QuoteSuggester(tags).suggest(Article(title="", text=text), [])
