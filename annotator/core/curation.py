"""Curation: settle where annotators differ and build the curated layer of an article.

An article annotated by two or more people (every annotation carries its
``annotator``; ``""`` is the unnamed one) is cut into *units*: spans of one
tag that overlap, transitively, across annotators — annotator A's span
overlapping B's, B's overlapping A's next one, and so on, make one unit.
Two spans of the *same* person join only through someone else's span; a
person's span that overlaps nobody else's is a unit of its own.  Each unit
holds each annotator's *version*: their spans in it (usually one) and, for
spans of an attributable tag (quotes, claims: :attr:`Tag.role`, never the
tag's name), the source spans they linked them to.

A unit is **agreed** when every annotator who touched the article (at
least one non-curated span, of any tag) has exactly one span in it, all with
the same extent and, when attributable, linked to the same sources — a
source being the same when its extent is, or its Arabic-folded text
(:func:`annotator.core.search.fold_text`: two mentions of one name).  A unit
only some annotators have is a disagreement, like one where they differ.

The **curated layer** is the annotations marked ``curated`` (their
``annotator`` is the curator).  A unit is **curated** when a curated span of
its tag lies over it (the same extent as a version, or one the curator edited
afterwards: any overlap counts).  Accepting a version
(:func:`plan_accept`) makes curated copies of its spans, of the sources they
are linked to (a curated span of the same tag and extent is reused, never
doubled) and of the links; :func:`plan_agreed` does that for every agreed
unit not yet decided.  Nothing here writes: the plans are stored by the
caller (the window, as one undo step; :meth:`Store.add_linked` elsewhere).

**Rejecting** a unit stores nothing in the curated layer; the decision is
kept so the unit shows as decided, in the ``meta`` table under
:func:`decisions_key` as JSON ``{unit key: "rejected"}`` (see
:func:`read_decisions`, :func:`with_decision`).  A unit's key is its tag and
extent (``quote:120-184``): a unit whose spans change becomes another unit,
undecided again.  The history table does not see meta writes, so a
rejection is not in ``annotator history`` (its removal of curated spans, when
it makes any, is).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import ATTRIBUTED_TO, ROLE_ATTRIBUTABLE, Annotation, Relation, new_id, now_iso, texts_object
from .search import fold_text
from .store import Store

#: What a unit's status can be (see :attr:`Unit.status`).
AGREED, DIFFERS, CURATED, REJECTED = "agreed", "differs", "curated", "rejected"
#: The one decision kept outside the curated layer.
REJECT = "rejected"


def decisions_key(article_id: str) -> str:
    """The ``meta`` key under which an article's curation decisions are kept."""
    return f"curation:{article_id}"


def read_decisions(store: Store, article_id: str) -> dict[str, str]:
    """An article's curation decisions, unit key → ``"rejected"`` ({} when none, or unreadable)."""
    return parse_decisions(store.get_meta(decisions_key(article_id)))


def parse_decisions(stored: str | None) -> dict[str, str]:
    """Decisions from their stored JSON; anything unreadable counts as no decision."""
    return {k: v for k, v in texts_object(stored).items() if v == REJECT}


def with_decision(decisions: dict[str, str], key: str, decision: str | None) -> str | None:
    """The stored JSON once unit ``key`` has ``decision`` (None: undecided); None when nothing is left."""
    changed = dict(decisions)
    if decision is None:
        changed.pop(key, None)
    else:
        changed[key] = decision
    return json.dumps(changed, ensure_ascii=False, sort_keys=True) if changed else None


@dataclass(frozen=True)
class VersionSpan:
    """One span of a version, with the source spans it is linked to (attributable tags only)."""

    annotation: Annotation
    sources: tuple[Annotation, ...] = ()

    @property
    def extent(self) -> tuple[int, int]:
        return self.annotation.start, self.annotation.end


@dataclass(frozen=True)
class Version:
    """What one annotator has in a unit: their spans there, in reading order."""

    annotator: str
    spans: tuple[VersionSpan, ...]

    @property
    def extents(self) -> tuple[tuple[int, int], ...]:
        return tuple(s.extent for s in self.spans)


@dataclass
class Layer:
    """The article's curated layer as it was read: spans by (tag, start, end), and its links."""

    article_id: str
    spans: dict[tuple[str, int, int], Annotation] = field(default_factory=dict)
    links: set[tuple[str, str]] = field(default_factory=set)  # (from_id, to_id)


@dataclass(frozen=True)
class Unit:
    """Same-tag spans that overlap across annotators, with each annotator's version."""

    article_id: str
    tag: str
    role: str
    start: int  #: the extent of all its spans together
    end: int
    #: one per annotator with spans here, in the order of :attr:`annotators`
    versions: tuple[Version, ...]
    #: everyone who touched the article (non-curated spans), sorted: the columns of a curation table
    annotators: tuple[str, ...]
    agreed: bool
    #: the curated spans of this tag over the unit (the curator's choice, possibly edited since)
    curated: tuple[Annotation, ...]
    rejected: bool
    layer: Layer = field(repr=False, compare=False)

    @property
    def key(self) -> str:
        """What the unit is remembered by (a rejection): its tag and extent, ``quote:120-184``."""
        return unit_key(self.tag, self.start, self.end)

    @property
    def status(self) -> str:
        """:data:`CURATED`, :data:`REJECTED`, :data:`AGREED` or :data:`DIFFERS` (the first that holds)."""
        if self.curated:
            return CURATED
        if self.rejected:
            return REJECTED
        return AGREED if self.agreed else DIFFERS

    @property
    def decided(self) -> bool:
        return bool(self.curated) or self.rejected

    def version(self, annotator: str) -> Version | None:
        """This annotator's version, or None when they have nothing here."""
        return next((v for v in self.versions if v.annotator == annotator), None)


def unit_key(tag: str, start: int, end: int) -> str:
    """A unit's key: its tag and extent."""
    return f"{tag}:{start}-{end}"


def _same_source(a: Annotation, b: Annotation) -> bool:
    return (a.start, a.end) == (b.start, b.end) or fold_text(a.text).strip() == fold_text(b.text).strip()


def _same_sources(a: tuple[Annotation, ...], b: tuple[Annotation, ...]) -> bool:
    """Whether two spans were linked to the same sources, one to one (extent or folded text)."""
    if len(a) != len(b):
        return False
    left = list(b)
    for source in a:
        match = next((i for i, other in enumerate(left) if _same_source(source, other)), None)
        if match is None:
            return False
        left.pop(match)
    return True


def _is_agreed(versions: list[Version], annotators: tuple[str, ...], attributable: bool) -> bool:
    if len(versions) != len(annotators) or any(len(v.spans) != 1 for v in versions):
        return False
    first = versions[0].spans[0]
    return all(v.spans[0].extent == first.extent
               and (not attributable or _same_sources(first.sources, v.spans[0].sources)) for v in versions[1:])


def _groups(spans: list[Annotation]) -> list[list[Annotation]]:
    """Spans (of one tag) joined when they overlap across annotators, transitively; in reading order."""
    ordered = sorted(spans, key=lambda a: (a.start, -a.end, a.annotator, a.id))
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    active: list[int] = []  # spans started, perhaps not yet ended
    for i, a in enumerate(ordered):
        active = [j for j in active if ordered[j].end > a.start]
        for j in active:
            if ordered[j].annotator != a.annotator:
                parent[root(i)] = root(j)
        active.append(i)
    groups: dict[int, list[Annotation]] = {}
    for i, a in enumerate(ordered):
        groups.setdefault(root(i), []).append(a)
    return list(groups.values())


def units(store: Store, article_id: str) -> list[Unit]:
    """The article's curation units in reading order ([] when fewer than two people annotated it)."""
    annotators = tuple(store.annotators(article_id))
    if len(annotators) < 2:
        return []
    roles = {t.name: t.role for t in store.tags()}
    positions = {t.name: t.position for t in store.tags()}
    everything = store.annotations(article_id)
    by_id = {a.id: a for a in everything}
    sources: dict[str, list[Annotation]] = {}
    layer = Layer(article_id)
    for relation in store.relations(article_id):
        if relation.type != ATTRIBUTED_TO or relation.to_id not in by_id:
            continue
        sources.setdefault(relation.from_id, []).append(by_id[relation.to_id])
        origin = by_id.get(relation.from_id)
        if origin is not None and origin.curated and by_id[relation.to_id].curated:
            layer.links.add((relation.from_id, relation.to_id))
    own: dict[str, list[Annotation]] = {}
    curated: dict[str, list[Annotation]] = {}
    for a in everything:
        if a.curated:
            curated.setdefault(a.tag, []).append(a)
            layer.spans.setdefault((a.tag, a.start, a.end), a)
        else:
            own.setdefault(a.tag, []).append(a)
    decisions = read_decisions(store, article_id)
    out: list[Unit] = []
    for tag, spans in own.items():
        role = roles.get(tag, "")
        attributable = role == ROLE_ATTRIBUTABLE
        for group in _groups(spans):
            start, end = min(a.start for a in group), max(a.end for a in group)
            versions = []
            for name in annotators:
                mine = [a for a in group if a.annotator == name]
                if mine:
                    versions.append(Version(name, tuple(
                        VersionSpan(a, tuple(sources.get(a.id, ())) if attributable else ()) for a in mine)))
            over = tuple(c for c in curated.get(tag, ()) if c.start < end and start < c.end)
            out.append(Unit(article_id, tag, role, start, end, tuple(versions), annotators,
                            _is_agreed(versions, annotators, attributable), over,
                            decisions.get(unit_key(tag, start, end)) == REJECT, layer))
    out.sort(key=lambda u: (u.start, -u.end, positions.get(u.tag, 0), u.tag))
    return out


class _Planner:
    """Curated copies, reusing curated spans and links that exist or were planned already."""

    def __init__(self, layer: Layer, curator: str) -> None:
        self.layer = layer
        self.curator = curator
        self.annotations: list[Annotation] = []
        self.relations: list[Relation] = []
        self._planned: dict[tuple[str, int, int], Annotation] = {}
        self._linked: set[tuple[str, str]] = set()

    def copy(self, a: Annotation) -> Annotation:
        """The curated span of ``a``'s tag and extent: the existing one, else a new copy."""
        key = (a.tag, a.start, a.end)
        found = self.layer.spans.get(key) or self._planned.get(key)
        if found is not None:
            return found
        made = dataclasses.replace(a, id=new_id(), annotator=self.curator, curated=True, note="",
                                   created=now_iso(), updated="", attributes=dict(a.attributes))
        self._planned[key] = made
        self.annotations.append(made)
        return made

    def link(self, quote_id: str, source_id: str) -> None:
        pair = (quote_id, source_id)
        if pair in self.layer.links or pair in self._linked:
            return
        self._linked.add(pair)
        self.relations.append(Relation(self.layer.article_id, quote_id, source_id, ATTRIBUTED_TO))

    def accept(self, unit: Unit, version: Version) -> None:
        copies = []
        for span in version.spans:
            made = self.copy(span.annotation)
            copies.append(made)
            for source in span.sources:
                self.link(made.id, self.copy(source).id)
        # A curated source this version replaces keeps its quotes: they are linked to the new one.
        for old in replaced_by(unit, version):
            for from_id, to_id in sorted(self.layer.links):
                if to_id == old.id:
                    self.link(from_id, copies[0].id)


def plan_accept(unit: Unit, version: Version, curator: str) -> tuple[list[Annotation], list[Relation]]:
    """What accepting ``version`` of ``unit`` adds to the curated layer: spans, then links.

    Each of the version's spans is copied (``curated=True``, ``annotator`` the
    curator, its attributes kept, its note not); for an attributable span,
    each linked source span is copied too and the copy linked to it.  A
    curated span of the same tag and extent that exists already is reused,
    and a link that exists already is not made again: accepting what is
    curated adds nothing.  Curated spans of the unit that this version does
    not have are not removed here (see :func:`replaced_by`: the caller
    removes them); the curated quotes linked to one are linked to the
    version's first span instead (another extent of the same speaker).
    """
    planner = _Planner(unit.layer, curator)
    planner.accept(unit, version)
    return planner.annotations, planner.relations


def replaced_by(unit: Unit, version: Version) -> list[Annotation]:
    """The unit's curated spans that accepting ``version`` replaces: those not of one of its extents."""
    keep = set(version.extents)
    return [c for c in unit.curated if (c.start, c.end) not in keep]


def plan_agreed(all_units: Iterable[Unit], curator: str) -> tuple[list[Annotation], list[Relation]]:
    """:func:`plan_accept` for every agreed unit that is neither curated nor rejected, as one plan.

    Sources shared by several quotes are copied once.  Each unit's first
    version is taken (in an agreed unit all have the same extent; their
    sources may be other mentions of the same name).
    """
    chosen = agreed_pending(all_units)
    if not chosen:
        return [], []
    planner = _Planner(chosen[0].layer, curator)
    for unit in chosen:
        planner.accept(unit, unit.versions[0])
    return planner.annotations, planner.relations


def agreed_pending(all_units: Iterable[Unit]) -> list[Unit]:
    """The agreed units not decided yet: what "accept all agreed" takes."""
    return [u for u in all_units if u.agreed and not u.decided]
