"""Rule-based Arabic quotes with their speakers: the first suggester.

Direct quotes are words in quotation marks (" “ ” « » „) that a reporting
cue governs — before them (``قال X: "…"``, ``أكد X أن "…"``) or after them
(``"…"، يقول X``).  Real copy's mismatched ``:"`` and ``":`` are read as
openers, and a quote with no closing mark runs to the paragraph's end.
Reported speech is the أن/إن clause after a cue, to the sentence's end or the
next cue; when it carries quoted words it is *mixed*.  Short quoted names
("نورث برس") that no cue introduces are left alone.

The source is the name the cue governs, its title kept apart; a bare cue
(وأضاف) or a surname resolves to the person quoted or named before, and the
speaker span is that person's nearest mention (see :mod:`.sources`).

Everything is matched on folded text (harakat and tatweel ignored) and mapped
back to exact code points of the article with :func:`annotator.core.search.fold`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..model import BUILTIN_TAGS, ROLE_ATTRIBUTABLE, ROLE_SOURCE, Annotation, Article, Tag
from ..search import Folded, fold
from ..words import EDGE_PUNCTUATION
from .cues import PARTICIPLE, SAYING, Cue, find_cues
from .sources import (
    ORDINALS,
    QUOTE_MARKS,
    TITLE_HEADS,
    People,
    Source,
    Subject,
    Words,
    choose_source,
    head,
    name_like,
    parse_subject,
)
from .suggestion import Span, Suggestion, tag_for_role

NAME = "quotes"
#: A quotation this short with no cue right before it is a name or a term ("نورث برس").
MIN_LOOSE_QUOTE_WORDS = 4
#: How many words before a name are searched for its title (المتحدث باسم … ضد داعش).
MAX_TITLE_WORDS = 14
_PARAGRAPH = regex.compile(r"[^\n]+")
_MARK = regex.compile("[" + QUOTE_MARKS + "]")
_SENTENCE_END = regex.compile(r"[!?؟]|[.…](?=\s|$)")
_WORD = regex.compile(r"\p{L}+|\p{N}+")
_PART_SPLIT = regex.compile(r"[،,.؛;:!?؟]")
_GAP = regex.compile(r"[\s:،,\-–—]*")
_LEAD_IN = regex.compile(r"[\s،,\-–—]*(?:بهذه\s+(?:الكلمات|العبارات|العباره)\s+)?")
_AN = regex.compile(r"(?<!\p{L})عن(?!\p{L})")
_CLAUSE_TAIL = regex.compile(r"(?:[\s،,]|(?<!\p{L})(?:بينما|فيما|حيث|كما|ثم|وقد|اذ|في حين)(?!\p{L}))+$")
#: قال X في حديث لـ"نورث برس" إن …: how far past the source an إن may still be the cue's.
_LATE_INNA = regex.compile(r"(?<!\p{L})إن(?!\p{L})")
LATE_INNA_WINDOW = 60
_HEADLINE = regex.compile(r"([^.:؟!\"«“”»]{3,80}):\s*")


@dataclass(frozen=True)
class Segment:
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
    segments: list[Segment] = []
    opener: regex.Match[str] | None = None
    for m in _MARK.finditer(f, ps, pe):
        ch = m.group()
        if opener is None:
            if ch == "»":
                continue
            opener = m
            continue
        if (opener.group() == "«") != (ch == "»") or (opener.group() != "«" and ch == "«"):
            continue
        segments.append(_segment(f, opener.start(), m.start(), m.end(), True))
        opener = None
    if opener is not None:
        segments.append(_segment(f, opener.start(), pe, pe, False))
    return segments


def _segment(f: str, open_: int, end: int, close_end: int, closed: bool) -> Segment:
    start = open_ + 1
    if start < end and f[start] == ":":  # the mismatched ":
        start += 1
    return Segment(open_, start, end, close_end, closed)


def sentence_ends(f: str, ps: int, pe: int, segments: list[Segment]) -> list[int]:
    """Where sentences end in the paragraph: punctuation outside quotations, and a
    quotation that ends its sentence (``…المنطقة." ولفت``)."""
    opens = [s.open for s in segments]
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(f, ps, pe):
        k = bisect_right(opens, m.start()) - 1
        if k >= 0 and m.start() < segments[k].close_end:
            continue
        ends.append(m.end())
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


def _words(f: str, start: int, end: int) -> int:
    return sum(1 for _ in _WORD.finditer(f, start, end))


@dataclass
class _Said:
    """A complement found for a cue: a span (folded) and its kind."""

    start: int
    end: int
    kind: str
    why: str


@dataclass
class _CueInfo:
    cue: Cue
    subject: Subject
    sentence_end: int
    said: list[_Said] = field(default_factory=list)
    source: Source | None = None
    speaker: tuple[int, int] | None = None
    person: str | None = None
    how: str = ""


class _Reader:
    """One article: its folded text, its people, and the quotes found so far."""

    def __init__(self, text: str, tag: str, speaker_tag: str) -> None:
        self.text = text
        self.folded: Folded = fold(text)
        self.tag = tag
        self.speaker_tag = speaker_tag
        self.people = People()
        self.last_person: str | None = None

    def run(self) -> list[Suggestion]:
        f = self.folded.text
        cues = find_cues(f)
        cue_starts = frozenset(c.start - (len(c.written) - len(f[c.start:c.end])) for c in cues) | frozenset(
            c.start for c in cues)
        cue_positions = [c.start for c in cues]
        plans = []
        for m in _PARAGRAPH.finditer(f):
            ps, pe = m.span()
            segs = quote_segments(f, ps, pe)
            ends = sentence_ends(f, ps, pe, segs)
            opens = [s.open for s in segs]
            infos = []
            for c in cues[bisect_left(cue_positions, ps):bisect_left(cue_positions, pe)]:
                k = bisect_right(opens, c.start) - 1
                if k >= 0 and c.start < segs[k].close_end:
                    continue  # a cue inside a quotation is part of what was said
                e = self._sentence_end(ends, c.start, pe)
                infos.append(_CueInfo(c, self._subject(c, ends, ps, e, cue_starts), e))
            self._plan(ps, pe, segs, ends, infos)
            plans.append((ps, pe, segs, ends, infos))
            self._learn_appositions(ps, pe)
            for info in infos:
                src = choose_source(info.subject.parts)
                if src and src.is_name and len(src.text.split()) >= 2:
                    self.people.learn(src.text, src.title)
        self.people.index(f)
        out: list[Suggestion] = []
        for ps, pe, _segs, ends, infos in plans:
            out.extend(self._headline(ps, pe, infos))
            previous: _CueInfo | None = None
            for info in infos:
                if previous is not None and self._sentence_end(ends, previous.cue.start, pe) != info.sentence_end:
                    previous = None
                self._resolve(info, previous)
                for said in info.said:
                    s = self._suggestion(info, said)
                    if s is not None:
                        out.append(s)
                if info.said and info.person:
                    self.last_person = info.person
                previous = info
        return out

    @staticmethod
    def _sentence_end(ends: list[int], pos: int, pe: int) -> int:
        k = bisect_right(ends, pos)
        return ends[k] if k < len(ends) else pe

    def _subject(self, c: Cue, ends: list[int], ps: int, e: int, cue_starts: frozenset[int]) -> Subject:
        f = self.folded.text
        subject = parse_subject(f, c.end, e, cue_starts)
        if not subject.connector and c.lemma == "قال":
            # The source may be followed by circumstances before إن; only a written
            # إن (hamza below) counts here, since folding merges it with أن.
            stop = min(e, c.end + LATE_INNA_WINDOW)
            lo, hi = self.folded.span_to_original(c.end, stop)
            m = _LATE_INNA.search(self.text, lo, hi)
            if m is not None:
                after = self._to_folded(m.end())
                if not any(s.start <= after < s.end for s in find_cues(f, c.end, after)):
                    subject.connector, subject.after = "an", after
        if c.kind == SAYING:
            # نقل موقع … عن المتحدث X قوله: the source is after the last عن.
            k = bisect_right(ends, c.start) - 1
            sentence_start = ends[k] if k >= 0 else ps
            found = list(_AN.finditer(f, sentence_start, c.start))
            if found:
                subject.parts = parse_subject(f, found[-1].end(), c.start, cue_starts).parts
        return subject

    def _plan(self, ps: int, pe: int, segs: list[Segment], ends: list[int], infos: list[_CueInfo]) -> None:
        """Give each quotation and each أن/إن clause to the cue that governs it."""
        f = self.folded.text
        starts = [i.cue.start for i in infos]
        used: set[int] = set()
        # Reported speech first, so the quotations it carries become one mixed span.
        for n, info in enumerate(infos):
            sub = info.subject
            if sub.connector != "an":
                continue
            gap = _GAP.match(f, sub.after, pe)
            if gap and gap.end() < pe and f[gap.end()] in QUOTE_MARKS:
                continue  # أن "…": a direct quote, below
            end = info.sentence_end
            if n + 1 < len(infos) and infos[n + 1].cue.start < end:
                nxt = infos[n + 1].cue
                end = nxt.start - (len(nxt.written) - (nxt.end - nxt.start))
                tail = _CLAUSE_TAIL.search(f, sub.after, end)
                if tail is not None:
                    end = tail.start()  # …غداً، بينما رأت: the conjunction belongs to the next clause
            if _words(f, sub.after, end) < 2:
                continue
            inside = [k for k, s in enumerate(segs) if sub.after <= s.open < end]
            for k in inside:
                end = max(end, segs[k].close_end)
                used.add(k)
            kind = "mixed" if inside else "indirect"
            info.said.append(_Said(sub.after, end, kind, "أن/إن clause" + (" + quotation marks" if inside else "")))
        for k, seg in enumerate(segs):
            if k in used or seg.end <= seg.start:
                continue
            n = bisect_left(starts, seg.open) - 1
            owner = infos[n] if n >= 0 and infos[n].sentence_end > seg.open else None
            if owner is not None:
                sub = owner.subject
                after = sub.after if sub.after >= 0 else owner.cue.end
                gap = _GAP.match(f, after, seg.open)
                adjacent = sub.connector in (":", "quote", "an") and gap is not None and gap.end() == seg.open
                if adjacent:
                    owner.said.append(_Said(seg.start, seg.end, "direct", "quotation marks"))
                elif _words(f, seg.start, seg.end) >= MIN_LOOSE_QUOTE_WORDS:
                    owner.said.append(_Said(seg.start, seg.end, "direct", "quotation marks later in the sentence"))
                continue
            if not seg.closed:
                continue
            # Quote first: "…"، يقول X / «…»، بهذه الكلمات لخص X
            lead = _LEAD_IN.match(f, seg.close_end, pe)
            at = lead.end() if lead else seg.close_end
            for info in infos:
                written_start = info.cue.start - (len(info.cue.written) - (info.cue.end - info.cue.start))
                if written_start == at:
                    info.said.append(_Said(seg.start, seg.end, "direct", "quotation marks, then the cue"))
                    break

    def _learn_appositions(self, ps: int, pe: int) -> None:
        """Names given with a title between commas: المتحدث باسم …، مايلس كاغينس، …"""
        f = self.folded.text
        pieces = _PART_SPLIT.split(f[ps:pe])
        if len(pieces) < 2:
            return
        parts = [p.split() for p in pieces]
        parts = [p for p in parts if p]
        for a, b, c in zip(parts, parts[1:], parts[2:] + [[]]):
            if 2 <= len(b) <= 4 and name_like(b):
                t = next((i for i, w in enumerate(a[-MAX_TITLE_WORDS:]) if head(w) in TITLE_HEADS), None)
                if t is not None:
                    self.people.learn(" ".join(b), " ".join(a[-MAX_TITLE_WORDS:][t:]))
            elif head(b[0]) in TITLE_HEADS and not b[0].startswith("و") and not name_like(c):
                tail = a[-3:]
                while tail and tail[0] in ("بحضور", "بمشاركه", "كل", "من", "مع", "عقده", "عقدها"):
                    tail = tail[1:]
                if len(tail) >= 2 and name_like(tail):
                    self.people.learn(" ".join(tail), " ".join(b))

    def _resolve(self, info: _CueInfo, previous: _CueInfo | None) -> None:
        """Who the cue's source is, and which mention the quote links to."""
        src = choose_source(info.subject.parts)
        pos = info.cue.start
        if src is not None and src.text in ORDINALS:
            person = self.people.ordinal(ORDINALS[src.text], pos)
            if person:
                info.person, info.speaker = person, self.people.nearest(person, pos)
                info.how = f"{self._span(src.start, src.end).text} → {self._display(person)}"
            return
        if src is not None:
            person = self.people.resolve(src.text)
            info.source, info.speaker = src, (src.start, src.end)
            if person is None:
                person = src.text
                self.people.learn(person)
                self.people.add_mention(src.start, src.end, person)
            info.person = person
            if person != src.text:
                info.how = f"{self._span(src.start, src.end).text} → {self._display(person)}"
            return
        # A bare cue: a participle takes its verb's source; a verb, the last speaker's.
        if previous is not None and previous.person and (info.cue.kind == PARTICIPLE or not previous.said):
            info.person, info.speaker = previous.person, previous.speaker
            info.how = f"{self._display(previous.person)} (as {self._written(previous.cue)})"
            return
        person = self.last_person or self.people.last_before(pos)
        if person:
            info.person, info.speaker = person, self.people.nearest(person, pos)
            info.how = f"bare {self._written(info.cue)} → {self._display(person)}"

    def _headline(self, ps: int, pe: int, infos: list[_CueInfo]) -> list[Suggestion]:
        """``قائد عملية العزم الصلب: مهمتنا …`` — a title or a known name, a colon, the words."""
        f = self.folded.text
        m = _HEADLINE.match(f, ps, pe)
        if m is None or any(i.cue.start < m.end() for i in infos):
            return []
        items = tuple((w.start(), w.end(), w.group()) for w in _WORD.finditer(f, m.start(1), m.end(1)))
        if not items or len(items) > 8:
            return []
        words = [w for _, _, w in items]
        known = self.people.resolve(" ".join(words))
        if head(words[0]) not in TITLE_HEADS and known is None:
            return []
        src = choose_source([Words(items)])
        if src is None or _words(f, m.end(), pe) < 3:
            return []
        fake = _CueInfo(Cue(m.end(1), m.end(1), "", ":", ":"), Subject([]), pe)
        fake.source, fake.speaker, fake.person = src, (src.start, src.end), known or src.text
        if known is None:
            self.people.add_mention(src.start, src.end, src.text)
        s = self._suggestion(fake, _Said(m.end(), pe, "direct", "speaker: words"), cue=False)
        return [s] if s else []

    def _to_folded(self, original: int) -> int:
        """The folded offset of an original offset that falls on a kept character (or the end)."""
        # Folding only removes characters: the folded offset lies within that many of the original one.
        lo = max(0, original - (self.folded.original_length - len(self.folded.text)))
        hi = min(original, len(self.folded.text))
        while lo < hi:
            mid = (lo + hi) // 2
            if self.folded.to_original(mid) < original:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _display(self, person: str) -> str:
        """A person as the article writes them (the folded name's first mention)."""
        f = self.folded.text
        for s, e in self.people.mentions_of(person):
            if f[s:e] == person:
                return self._span(s, e).text
        return person

    def _written(self, cue: Cue) -> str:
        return self._span(cue.start - (len(cue.written) - (cue.end - cue.start)), cue.end).text

    def _span(self, start: int, end: int) -> Span:
        s, e = self.folded.span_to_original(start, end)
        return Span(s, e, self.text[s:e])

    def _suggestion(self, info: _CueInfo, said: _Said, cue: bool = True) -> Suggestion | None:
        s, e = self.folded.span_to_original(said.start, said.end)
        cleaned = trim_span(self.text, s, e)
        if cleaned is None or cleaned[0] >= cleaned[1]:
            return None
        s, e = cleaned
        speaker = self._span(*info.speaker) if info.speaker else None
        cue_span = self._span(info.cue.start, info.cue.end) if cue else None
        why = f"cue {info.cue.lemma} + {said.why}" if cue else said.why
        if info.how:
            why += f"; {info.how}"
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
        return _Reader(article.text, self.tag, self.speaker_tag).run()


def suggest_quotes(text: str, tags: Sequence[Tag] = BUILTIN_TAGS) -> list[Suggestion]:
    """Convenience: the quote suggestions for a bare text."""
    return QuoteSuggester(tags).suggest(Article(title="", text=text), [])
