"""Inter-annotator agreement: per article and over the corpus, per tag and per pair of annotators.

Every annotation carries its ``annotator`` (``""`` is the unnamed one).  For
each pair of annotators ``a < b`` (sorted) and each tag, over the articles
that *both* touched (at least one annotation each, of any tag):

- ``f1_exact``: spans of the tag with identical ``(start, end)``, matched one
  to one: ``2·matches / (n_a + n_b)``;
- ``f1_overlap``: spans of the tag that overlap, matched one to one so that the
  number of matched pairs is the largest possible (see :func:`match_overlapping`):
  ``2·matches / (n_a + n_b)``; never below ``f1_exact``;
- ``alpha``: Krippendorff's alpha (nominal) over characters, computed by the
  ``krippendorff`` package: each code point of the article is a unit, which
  each annotator coded 1 when it lies inside any of their spans of the tag,
  else 0.  Over the corpus, the characters of all counted articles together;
- ``n_a``, ``n_b``: how many spans of the tag each annotator has there.

Corpus F1 figures are pooled (matches and spans summed over the articles,
then one ratio), not a mean of the articles' figures.

A figure that is undefined is ``None`` (``null`` in JSON): F1 when neither
has a span of the tag, alpha when the characters show no variation at all
(both coded every character 0, or every character 1).

Rows, as :meth:`TagRow.to_json` and :meth:`AttributionRow.to_json` give them
(figures rounded to 4 decimals only there)::

    {"a": "Huda", "b": "Omar", "tag": "quote", "f1_exact": 0.6667, "f1_overlap": 1.0,
     "alpha": 0.8123, "n_a": 4, "n_b": 5}
    {"a": "Huda", "b": "Omar", "tag": null, "attribution": 0.75, "n": 4}

The attribution row (one per pair, after its tag rows): of the spans the two
matched by overlap in tags whose role is *attributable* (quotes, claims —
chosen by :attr:`Tag.role`, never by name), those that both linked to a
source (``n``), and the share of them where the two sources are the same —
the linked spans overlap, or their texts are equal once Arabic-folded
(:func:`annotator.core.search.fold_text`).  ``None`` when ``n`` is 0.

The annotator ``""`` keeps its name in JSON; :data:`UNNAMED` is how it is shown.
Which annotations take part is the caller's ``counted`` (all by default);
:func:`uncurated` leaves the curated layer out, as ``annotator agreement`` does.

Memory and time stay bounded by one article: articles are read one at a
time, each tag's characters become one ``uint8`` vector per annotator, and
only three counts per pair and tag (characters both coded 0, both 1, coded
differently) are kept for the corpus.  The package then gets those counts as
a few units of many coders that give exactly the same coincidence matrix as
the characters one by one (:func:`_value_counts`), so the corpus alpha is the
package's figure for the concatenated characters, without holding them: a
corpus of 30M characters would make the package build about 4 GB of arrays.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

import krippendorff
import numpy as np
import numpy.typing as npt

from .model import ATTRIBUTED_TO, ROLE_ATTRIBUTABLE, Annotation
from .search import fold_text
from .store import Store

#: How the annotator with no name ("") is shown (JSON keeps "").
UNNAMED = "(unnamed)"
#: Figures are rounded to this many decimals in output (JSON, CSV, the table), never in computing.
DECIMALS = 4


def _everything(_annotation: Annotation) -> bool:
    return True


def uncurated(annotation: Annotation) -> bool:
    """A ``counted`` that leaves the curated layer out: the version a curator settled on is no annotator."""
    return not annotation.curated


def shown_name(annotator: str) -> str:
    """An annotator's name for people: :data:`UNNAMED` for ``""``."""
    return annotator if annotator else UNNAMED


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


@dataclass(frozen=True)
class TagRow:
    """Agreement of annotators ``a`` and ``b`` (``a < b``) on one tag."""

    a: str
    b: str
    tag: str
    f1_exact: float | None
    f1_overlap: float | None
    alpha: float | None
    n_a: int
    n_b: int

    def to_json(self) -> dict[str, object]:
        """The row as printed: ``{"a", "b", "tag", "f1_exact", "f1_overlap", "alpha", "n_a", "n_b"}``."""
        return {"a": self.a, "b": self.b, "tag": self.tag, "f1_exact": _rounded(self.f1_exact),
                "f1_overlap": _rounded(self.f1_overlap), "alpha": _rounded(self.alpha),
                "n_a": self.n_a, "n_b": self.n_b}


@dataclass(frozen=True)
class AttributionRow:
    """Agreement of ``a`` and ``b`` on who said it: of ``n`` matched spans linked by both, ``same`` agree."""

    a: str
    b: str
    same: int
    n: int

    @property
    def attribution(self) -> float | None:
        """The share ``same / n``; None when no matched span was linked by both."""
        return self.same / self.n if self.n else None

    def to_json(self) -> dict[str, object]:
        """The row as printed: ``{"a", "b", "tag": null, "attribution", "n"}``."""
        return {"a": self.a, "b": self.b, "tag": None, "attribution": _rounded(self.attribution), "n": self.n}


Row = TagRow | AttributionRow


@dataclass
class ArticleAgreement:
    """The rows of one article (only pairs that both touched it; only tags either used there)."""

    id: str
    title: str
    rows: list[Row]

    @property
    def differs(self) -> bool:
        """Whether the annotators differ anywhere here: a span not matched exactly, or another source."""
        for row in self.rows:
            if isinstance(row, TagRow) and row.f1_exact is not None and row.f1_exact < 1:
                return True
            if isinstance(row, AttributionRow) and row.same < row.n:
                return True
        return False


@dataclass
class AgreementReport:
    """What :func:`agreement` found: the corpus rows, then each counted article's rows."""

    #: every annotator with a counted annotation in the scope, sorted
    annotators: list[str]
    corpus: list[Row]
    articles: list[ArticleAgreement]
    #: for each pair ``(a, b)``, how many articles both touched (those its corpus rows are over)
    shared_articles: dict[tuple[str, str], int] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """``{"annotators", "corpus": [rows], "articles": [{"id", "title", "rows": [rows]}]}``."""
        return {
            "annotators": self.annotators,
            "corpus": [row.to_json() for row in self.corpus],
            "articles": [{"id": art.id, "title": art.title, "rows": [row.to_json() for row in art.rows]}
                         for art in self.articles],
        }


# -- matching ------------------------------------------------------------------------------------

Span = tuple[int, int]


def exact_matches(spans_a: Iterable[Span], spans_b: Iterable[Span]) -> int:
    """How many spans pair up one to one with an identical ``(start, end)`` (duplicates count once each)."""
    counted_b = Counter(spans_b)
    return sum(min(n, counted_b[span]) for span, n in Counter(spans_a).items())


def match_overlapping(spans_a: list[Span], spans_b: list[Span]) -> list[tuple[int, int]]:
    """A largest one-to-one matching of overlapping spans: ``[(index in a, index in b)]``.

    Spans are half-open ``[start, end)``; two overlap when they share a code
    point.  The rule, optimal for intervals: take the span (of either side)
    that ends first; if some unmatched span of the other side overlaps it,
    match it to the one of those that ends first, else drop it.  (Any
    matching that leaves it out or pairs it elsewhere can be changed into one
    that pairs it so, without losing a pair: whatever that partner was
    matched to overlaps the span's old partner.)  Among partners ending
    together, the one starting last — an identical span when there is one
    (all of them overlap it by the same length).  So one long span against
    two short ones inside it matches one of them.  ``O(n log n)``: two sorts
    and a heap per side.
    """
    spans = (spans_a, spans_b)
    # Among spans ending together, the shortest first: those still unmatched after it start no later.
    order = sorted([(end, -start, side, i) for side in (0, 1) for i, (start, end) in enumerate(spans[side])])
    by_start = sorted([(start, -end, side, i) for side in (0, 1) for i, (start, end) in enumerate(spans[side])])
    matched = (bytearray(len(spans_a)), bytearray(len(spans_b)))
    # Per side, the spans already started, by (end, -start); matched ones are skipped when met (lazy deletion).
    open_heaps: tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]] = ([], [])
    pairs: list[tuple[int, int]] = []
    admitted, total = 0, len(by_start)
    for end, _minus_start, side, i in order:
        # Everything starting before this span ends may overlap it (everything left ends at or after it).
        while admitted < total and by_start[admitted][0] < end:
            start, minus_end, its_side, j = by_start[admitted]
            heapq.heappush(open_heaps[its_side], (-minus_end, -start, j))
            admitted += 1
        if matched[side][i]:
            continue
        matched[side][i] = 1  # matched now, or never: it drops out either way
        other = 1 - side
        heap, done = open_heaps[other], matched[other]
        while heap and done[heap[0][2]]:
            heapq.heappop(heap)
        if heap:
            partner = heapq.heappop(heap)[2]
            done[partner] = 1
            pairs.append((i, partner) if side == 0 else (partner, i))
    return pairs


def f1(matches: int, n_a: int, n_b: int) -> float | None:
    """``2·matches / (n_a + n_b)``; None when neither has a span."""
    return 2 * matches / (n_a + n_b) if n_a + n_b else None


# -- alpha ---------------------------------------------------------------------------------------

def coverage(length: int, spans: Iterable[Span]) -> npt.NDArray[np.uint8]:
    """One ``uint8`` per code point of an article of ``length``: 1 inside any of ``spans``, else 0."""
    vector = np.zeros(length, dtype=np.uint8)
    for start, end in spans:
        vector[start:end] = 1
    return vector


@dataclass
class CharacterCounts:
    """Characters both annotators coded 0 (``n00``), both coded 1 (``n11``), and coded differently (``d``)."""

    n00: int = 0
    n11: int = 0
    d: int = 0

    def add(self, coded_a: npt.NDArray[np.uint8], coded_b: npt.NDArray[np.uint8]) -> None:
        """Count one article's characters, as each annotator coded them."""
        both = int(np.count_nonzero(coded_a & coded_b))
        differ = int(np.count_nonzero(coded_a ^ coded_b))
        self.n11 += both
        self.d += differ
        self.n00 += len(coded_a) - both - differ

    def add_counts(self, other: CharacterCounts) -> None:
        """Add another scope's counts (an article's to the corpus)."""
        self.n00 += other.n00
        self.n11 += other.n11
        self.d += other.d

    def alpha(self) -> float | None:
        """Krippendorff's alpha (nominal) of these characters, by the ``krippendorff`` package; None if undefined."""
        zeros, ones = 2 * self.n00 + self.d, 2 * self.n11 + self.d  # values coded 0, values coded 1
        if not zeros or not ones:
            return None  # a single value throughout: no variation, alpha is 0/0
        return float(krippendorff.alpha(value_counts=_value_counts(self.n00, self.n11, self.d),
                                         level_of_measurement="nominal"))


def _value_counts(n00: int, n11: int, d: int) -> npt.NDArray[np.int64]:
    """Units (rows ``[coded 0, coded 1]``) with the same coincidence matrix as the characters themselves.

    Krippendorff's alpha depends on the data only through the coincidence
    matrix ``o``, a sum over units of ``(n_uc·n_uk − [c = k]·n_uc) / (m_u − 1)``
    (``m_u`` coders of the unit).  Character by character, ``n00`` units
    ``[2, 0]`` give ``o00 = 2·n00``, ``n11`` units ``[0, 2]`` give ``o11 = 2·n11``,
    and ``d`` units ``[1, 1]`` give ``o01 = o10 = d``.  The same matrix, in a
    few rows: one unit ``[x, 0]`` (x ≥ 2) gives ``o00 = x``; one unit
    ``[2j − 1, 2j]`` gives ``o00 = j − 1, o11 = j, o01 = j`` — all integers, so
    the package's float arithmetic is exact.  The disagreement a big unit
    cannot take (when too few characters agree to balance it) stays as
    ``[1, 1]`` units.  Tests check the result against the package run on the
    characters one by one.
    """
    # The largest j whose unit leaves what agreement remains representable: 0, or at least 2 values.
    j = min(d, 2 * n00 + 1, 2 * n11)
    while j > 0 and (2 * n00 - (j - 1) == 1 or 2 * n11 - j == 1):
        j -= 1
    rows: list[list[int]] = []
    zeros, ones = 2 * n00, 2 * n11
    if j:
        rows.append([2 * j - 1, 2 * j])
        zeros -= j - 1
        ones -= j
    rows.extend([1, 1] for _ in range(d - j))
    if zeros:
        rows.append([zeros, 0])
    if ones:
        rows.append([0, ones])
    return np.array(rows, dtype=np.int64)


# -- one article ---------------------------------------------------------------------------------

@dataclass
class _PairTagCounts:
    """What the corpus keeps for one pair and tag: sums over the articles."""

    exact: int = 0
    overlap: int = 0
    n_a: int = 0
    n_b: int = 0
    chars: CharacterCounts = field(default_factory=CharacterCounts)


def _same_source(sources_a: list[Annotation], sources_b: list[Annotation]) -> bool:
    """Whether two quotes' linked sources are one: spans that overlap, or the same folded text."""
    for sa in sources_a:
        for sb in sources_b:
            if sa.start < sb.end and sb.start < sa.end:
                return True
            if " ".join(fold_text(sa.text).split()) == " ".join(fold_text(sb.text).split()):
                return True
    return False


class _Scan:
    """Reads the chosen articles one at a time and keeps the corpus sums."""

    def __init__(self, store: Store, tags: list[str], attributable: set[str],
                 counted: Callable[[Annotation], bool], with_alpha: bool) -> None:
        self.store = store
        self.tags = tags
        self.attributable = attributable
        self.counted = counted
        self.with_alpha = with_alpha
        self.annotators: set[str] = set()
        self.pair_tag: dict[tuple[str, str, str], _PairTagCounts] = {}
        self.pair_attribution: dict[tuple[str, str], list[int]] = {}  # [same, n]
        self.shared: Counter[tuple[str, str]] = Counter()

    def article(self, article_id: str, title: str, length: int) -> ArticleAgreement:
        """The rows of one article; adds its counts to the corpus sums."""
        by_annotator: dict[str, list[Annotation]] = defaultdict(list)
        everything = self.store.annotations(article_id)
        for ann in everything:
            if self.counted(ann):
                by_annotator[ann.annotator].append(ann)
        self.annotators.update(by_annotator)
        rows: list[Row] = []
        if len(by_annotator) < 2:
            return ArticleAgreement(article_id, title, rows)
        names = sorted(by_annotator)
        spans: dict[tuple[str, str], list[Annotation]] = defaultdict(list)  # (annotator, tag) -> spans
        for name in names:
            for ann in by_annotator[name]:
                spans[name, ann.tag].append(ann)
        links: dict[str, list[Annotation]] | None = None
        for a, b in combinations(names, 2):
            self.shared[a, b] += 1
            same = linked = 0
            first_row = len(rows)
            for tag in self.tags:
                spans_a, spans_b = spans.get((a, tag), []), spans.get((b, tag), [])
                counts = self.pair_tag.setdefault((a, b, tag), _PairTagCounts())
                chars = CharacterCounts()
                if spans_a or spans_b:
                    if self.with_alpha:
                        chars.add(coverage(length, ((s.start, s.end) for s in spans_a)),
                                  coverage(length, ((s.start, s.end) for s in spans_b)))
                else:
                    chars.n00 = length  # neither tagged: every character agrees on 0
                if self.with_alpha:
                    counts.chars.add_counts(chars)
                if not (spans_a or spans_b):
                    continue
                plain_a = [(s.start, s.end) for s in spans_a]
                plain_b = [(s.start, s.end) for s in spans_b]
                exact = exact_matches(plain_a, plain_b)
                pairs = match_overlapping(plain_a, plain_b)
                counts.exact += exact
                counts.overlap += len(pairs)
                counts.n_a += len(spans_a)
                counts.n_b += len(spans_b)
                rows.append(TagRow(a, b, tag, f1(exact, len(spans_a), len(spans_b)),
                                   f1(len(pairs), len(spans_a), len(spans_b)),
                                   chars.alpha() if self.with_alpha else None, len(spans_a), len(spans_b)))
                if tag in self.attributable and pairs:
                    if links is None:
                        links = self._links(article_id, everything)
                    for i, j in pairs:
                        sources_a, sources_b = links.get(spans_a[i].id), links.get(spans_b[j].id)
                        if sources_a and sources_b:
                            linked += 1
                            same += _same_source(sources_a, sources_b)
            if self.attributable:
                total = self.pair_attribution.setdefault((a, b), [0, 0])
                total[0] += same
                total[1] += linked
                if len(rows) > first_row:  # one per pair that has tag rows here, as in the corpus
                    rows.append(AttributionRow(a, b, same, linked))
        return ArticleAgreement(article_id, title, rows)

    def _links(self, article_id: str, annotations: list[Annotation]) -> dict[str, list[Annotation]]:
        """For each span of the article, the spans it is ``attributed_to``."""
        by_id = {ann.id: ann for ann in annotations}
        out: dict[str, list[Annotation]] = defaultdict(list)
        for relation in self.store.relations(article_id):
            target = by_id.get(relation.to_id)
            if relation.type == ATTRIBUTED_TO and target is not None:
                out[relation.from_id].append(target)
        return out

    def corpus_rows(self, keep_empty: bool) -> list[Row]:
        """The corpus rows, pair by pair (sorted), tags in the store's order, then the attribution row."""
        rows: list[Row] = []
        for a, b in sorted(self.shared):
            for tag in self.tags:
                counts = self.pair_tag.get((a, b, tag))
                if counts is None or not (keep_empty or counts.n_a or counts.n_b):
                    continue
                rows.append(TagRow(a, b, tag, f1(counts.exact, counts.n_a, counts.n_b),
                                   f1(counts.overlap, counts.n_a, counts.n_b),
                                   counts.chars.alpha() if self.with_alpha else None, counts.n_a, counts.n_b))
            if (a, b) in self.pair_attribution:
                same, n = self.pair_attribution[a, b]
                rows.append(AttributionRow(a, b, same, n))
        return rows


def _chosen_articles(store: Store, article_id: str | None) -> Iterator[tuple[str, str, int]]:
    """``(id, title, length)`` of the articles to read: the one asked for, or every one with annotations."""
    if article_id is not None:
        article = store.get_article(article_id)
        yield article.id, article.title, len(article.text)
        return
    annotated = {aid for aid, _counts in store.tag_counts_by_article()}
    for summary in store.articles(counts=False):
        if summary.id in annotated:
            # One text at a time: only its length is kept.
            yield summary.id, summary.title, len(store.get_article(summary.id).text)


def _scan(store: Store, article_id: str | None, tag: str | None, counted: Callable[[Annotation], bool],
          with_alpha: bool) -> tuple[_Scan, list[ArticleAgreement]]:
    tags = store.tags()
    if tag is not None:
        tags = [store.tag(tag)]  # NotFound for an unknown tag, with the known ones named
    scan = _Scan(store, [t.name for t in tags], {t.name for t in tags if t.role == ROLE_ATTRIBUTABLE},
                 counted, with_alpha)
    articles = []
    for aid, title, length in _chosen_articles(store, article_id):
        result = scan.article(aid, title, length)
        if result.rows:
            articles.append(result)
    return scan, articles


def agreement(store: Store, article_id: str | None = None, tag: str | None = None,
              counted: Callable[[Annotation], bool] = _everything) -> AgreementReport:
    """Agreement between every pair of annotators, over the corpus and in each article (see the module doc).

    ``article_id`` (an id or a unique prefix) limits everything to one
    article, ``tag`` to one tag (the attribution row then only if that tag is
    attributable); either raises :class:`NotFound` when there is none.
    ``counted`` says which annotations take part (all by default): a curated
    layer, which is no annotator, is left out this way.  Articles are read
    one at a time; only articles that some pair both touched are listed, each
    with the tags either of that pair used there.
    """
    scan, articles = _scan(store, article_id, tag, counted, with_alpha=True)
    return AgreementReport(sorted(scan.annotators), scan.corpus_rows(keep_empty=tag is not None), articles,
                           dict(scan.shared))


def article_disagreement(rows: Iterable[Row]) -> float | None:
    """How much a curator has to settle in an article: 1 − the mean of its pairs' ``f1_exact`` per tag and
    attribution shares (None when it has no figure).

    Exact boundaries, not overlap: two spans that overlap but end differently
    still need a decision.  0.0: the same spans and the same sources; 1.0:
    not one span in common.
    """
    figures: list[float] = []
    for row in rows:
        value = row.f1_exact if isinstance(row, TagRow) else row.attribution
        if value is not None:
            figures.append(value)
    return 1 - sum(figures) / len(figures) if figures else None


def disagreement(store: Store, counted: Callable[[Annotation], bool] = _everything) -> dict[str, float]:
    """For sorting articles: ``{article id: article_disagreement}`` (see :func:`article_disagreement`).

    Only articles that at least two annotators touched are in it.  Alpha is
    not computed here, which makes it the cheaper of the two.
    """
    _, articles = _scan(store, None, None, counted, with_alpha=False)
    out: dict[str, float] = {}
    for art in articles:
        score = article_disagreement(art.rows)
        if score is not None:
            out[art.id] = score
    return out

