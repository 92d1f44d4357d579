"""Inter-annotator agreement: every figure checked against arithmetic written out here.

Names sort as Python sorts text: Latin before Arabic, so in the pair
("Omar", "هدى") Omar is ``a`` and هدى is ``b``.
"""

from __future__ import annotations

import random
from pathlib import Path

import krippendorff
import numpy as np
import pytest

from annotator.core.agreement import (
    AttributionRow,
    CharacterCounts,
    TagRow,
    agreement,
    disagreement,
    exact_matches,
    match_overlapping,
    uncurated,
)
from annotator.core.errors import NotFound
from annotator.core.model import Annotation, Article, Relation, make_annotation
from annotator.core.store import Store
from tests.conftest import SEED_TEXT

OMAR, HUDA, SAMI = "Omar", "هدى", "سامي"


def textbook_alpha(codes_a: list[int], codes_b: list[int]) -> float:
    """Nominal alpha from the coincidence matrix, unit by unit, as Krippendorff writes it.

    Each unit (character) coded by two coders adds 1/(m_u − 1) = 1 to o[x][y] and o[y][x];
    alpha = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k.
    """
    o = [[0, 0], [0, 0]]
    for x, y in zip(codes_a, codes_b, strict=True):
        o[x][y] += 1
        o[y][x] += 1
    n_c = [o[0][0] + o[0][1], o[1][0] + o[1][1]]
    n = n_c[0] + n_c[1]
    return 1 - (n - 1) * (o[0][1] + o[1][0]) / (n_c[0] * n_c[1] * 2)


def codes(length: int, spans: list[tuple[int, int]]) -> list[int]:
    """1 for each code point inside a span, with sets: independent of the module's numpy vectors."""
    inside = {i for start, end in spans for i in range(start, end)}
    return [int(i in inside) for i in range(length)]


def add(store: Store, article: Article, who: str, tag: str, start: int, end: int) -> Annotation:
    return store.add_annotation(make_annotation(article, tag, start, end, annotator=who))


def link(store: Store, quote: Annotation, source: Annotation) -> None:
    store.add_relation(Relation(quote.article_id, quote.id, source.id))


def rows_by_key(rows: list) -> dict:
    return {(r.a, r.b, r.tag if isinstance(r, TagRow) else None): r for r in rows}


# -- the small Arabic corpus ----------------------------------------------------------------------

#: 80 code points; words at 0–3 قال, 4–8 أحمد, 9–11 إن, 12–17 الوضع, 18–23 هادئ., 24–28 وقال,
#: 29–33 احمد, 34–36 إن, 37–43 الطريق, 44–50 مفتوح., 51–56 وقالت, 57–61 سلمى, 62–64 إن,
#: 65–73 المدنيين, 74–80 عادوا.
TEXT1 = "قال أحمد إن الوضع هادئ. وقال احمد إن الطريق مفتوح. وقالت سلمى إن المدنيين عادوا."
TEXT2 = "قالت سلمى إن المدنيين عادوا."  # 28: 10–12 إن, 13–21 المدنيين, 22–28 عادوا.
TEXT3 = "قال مصدر إن المعبر مغلق."
TEXT4 = "أكد أحمد أن الطريق مفتوح."  # 25: 12–18 الطريق, 19–25 مفتوح.


@pytest.fixture
def small(tmp_path: Path) -> tuple[Store, list[Article]]:
    """Omar and هدى on four short articles, with known differences (see each test's arithmetic)."""
    store = Store.open(tmp_path / "small.db")
    arts = [store.add_article(Article(title=f"مقال {n}", text=t)) for n, t in
            enumerate((TEXT1, TEXT2, TEXT3, TEXT4), 1)]
    a1, a2, a3, a4 = arts
    assert TEXT1[9:23] == "إن الوضع هادئ." and TEXT1[65:80] == "المدنيين عادوا." and TEXT1[73] == " "
    # Article 1, quotes. Omar: 9–23, 24–28, 37–50, 65–80 (4).  هدى: the first three identically, and
    # two short spans 65–73 and 74–80 inside Omar's long 65–80 (5).
    o1, o2, _o3, o4 = (add(store, a1, OMAR, "quote", s, e) for s, e in ((9, 23), (24, 28), (37, 50), (65, 80)))
    h1, h2, _h3, h4, h5 = (add(store, a1, HUDA, "quote", s, e)
                           for s, e in ((9, 23), (24, 28), (37, 50), (65, 73), (74, 80)))
    # Speakers. Omar: أحمد 4–8, سلمى 57–61.  هدى: احمد 29–33 (the other mention), سلمى 57–61.
    o_ahmad, o_salma = add(store, a1, OMAR, "speaker", 4, 8), add(store, a1, OMAR, "speaker", 57, 61)
    h_ahmad, h_salma = add(store, a1, HUDA, "speaker", 29, 33), add(store, a1, HUDA, "speaker", 57, 61)
    # Links. 9–23: Omar → أحمد 4–8, هدى → احمد 29–33: other spans, same text once folded (أ → ا): same.
    # 24–28: Omar → أحمد, هدى → سلمى: different.  37–50: only Omar links it: not counted.
    # 65–80 (matched with 65–73 or 74–80, both linked by هدى to سلمى): same span: same.
    link(store, o1, o_ahmad)
    link(store, h1, h_ahmad)
    link(store, o2, o_ahmad)
    link(store, h2, h_salma)
    link(store, _o3, o_ahmad)
    link(store, o4, o_salma)
    link(store, h4, h_salma)
    link(store, h5, h_salma)
    # Article 2: one identical quote 10–28.
    add(store, a2, OMAR, "quote", 10, 28)
    add(store, a2, HUDA, "quote", 10, 28)
    # Article 3: only Omar touched it, so it counts for no pair.
    add(store, a3, OMAR, "quote", 0, 8)
    # Article 4: both touched it, with different tags: Omar a location 12–18, هدى a quote 12–25.
    add(store, a4, OMAR, "location", 12, 18)
    add(store, a4, HUDA, "quote", 12, 25)
    yield store, arts
    store.close()


def test_article_figures_by_hand(small: tuple[Store, list[Article]]) -> None:
    store, (a1, *_rest) = small
    report = agreement(store, article_id=a1.id)
    rows = rows_by_key(report.corpus)
    assert set(rows) == {(OMAR, HUDA, "quote"), (OMAR, HUDA, "speaker"), (OMAR, HUDA, None)}
    quote = rows[OMAR, HUDA, "quote"]
    assert (quote.n_a, quote.n_b) == (4, 5)
    # exact: 9–23, 24–28, 37–50 → 2·3/(4+5)
    assert quote.f1_exact == pytest.approx(2 * 3 / (4 + 5))
    # overlap: those three, and 65–80 with one of 65–73 / 74–80 (one to one) → 2·4/(4+5)
    assert quote.f1_overlap == pytest.approx(2 * 4 / (4 + 5))
    # alpha over 80 characters. Omar covers 14+4+13+15 = 46, هدى 14+4+13+8+6 = 45, both 45;
    # coded differently: the space at 73 (d = 1); both 0: 80 − 45 − 1 = 34.
    # o00 = 2·34 = 68, o11 = 2·45 = 90, o01 = o10 = 1; n0 = 69, n1 = 91, n = 160.
    # alpha = 1 − (n − 1)·o01 / (n0·n1) = 1 − 159/(69·91) = 1 − 159/6279
    assert quote.alpha == pytest.approx(1 - 159 / 6279)
    assert quote.alpha == pytest.approx(textbook_alpha(codes(80, [(9, 23), (24, 28), (37, 50), (65, 80)]),
                                                       codes(80, [(9, 23), (24, 28), (37, 50), (65, 73), (74, 80)])))
    speaker = rows[OMAR, HUDA, "speaker"]
    # 57–61 on both sides; 4–8 and 29–33 do not overlap → exact = overlap = 2·1/(2+2)
    assert (speaker.n_a, speaker.n_b, speaker.f1_exact, speaker.f1_overlap) == (2, 2, 0.5, 0.5)
    # Omar 8 characters, هدى 8, both 4 → d = 8, both 0: 80 − 4 − 8 = 68.
    # o00 = 136, o11 = 8, o01 = 8; n0 = 144, n1 = 16; alpha = 1 − 159·8/(144·16) = 1 − 1272/2304
    assert speaker.alpha == pytest.approx(1 - 1272 / 2304)
    attribution = rows[OMAR, HUDA, None]
    # matched quotes linked by both: 9–23 (same, folded), 24–28 (different), 65–80 (same) → 2 of 3
    assert isinstance(attribution, AttributionRow)
    assert (attribution.same, attribution.n) == (2, 3)
    assert attribution.attribution == pytest.approx(2 / 3)
    assert attribution.to_json() == {"a": OMAR, "b": HUDA, "tag": None, "attribution": 0.6667, "n": 3}
    [only] = report.articles
    assert only.id == a1.id and only.rows == report.corpus and only.differs


def test_corpus_pools_the_articles_both_touched(small: tuple[Store, list[Article]]) -> None:
    store, arts = small
    report = agreement(store)
    assert report.annotators == [OMAR, HUDA]
    assert report.shared_articles == {(OMAR, HUDA): 3}  # articles 1, 2 and 4; not 3 (Omar's alone)
    assert [a.id for a in report.articles] == [arts[0].id, arts[1].id, arts[3].id]
    rows = rows_by_key(report.corpus)
    assert list(rows) == [(OMAR, HUDA, "quote"), (OMAR, HUDA, "speaker"), (OMAR, HUDA, "location"),
                          (OMAR, HUDA, None)]  # the store's tag order; claim unused, so no row
    quote = rows[OMAR, HUDA, "quote"]
    # n_a = 4 + 1 + 0 (article 3's quote is not counted), n_b = 5 + 1 + 1
    assert (quote.n_a, quote.n_b) == (5, 7)
    # exact 3 + 1 + 0 = 4 → 2·4/12; overlap 4 + 1 + 0 = 5 → 2·5/12
    assert quote.f1_exact == pytest.approx(8 / 12)
    assert quote.f1_overlap == pytest.approx(10 / 12)
    # characters: article 1 (n00 34, n11 45, d 1), article 2 (28: n00 10, n11 18), article 4 (25: هدى's
    # 13, Omar none → d 13, n00 12) → n00 56, n11 63, d 14; o00 112, o11 126, o01 14; n0 126, n1 140,
    # n 266: alpha = 1 − 265·14/(126·140) = 1 − 3710/17640
    assert quote.alpha == pytest.approx(1 - 3710 / 17640)
    concatenated = (codes(80, [(9, 23), (24, 28), (37, 50), (65, 80)]) + codes(28, [(10, 28)]) + codes(25, []),
                    codes(80, [(9, 23), (24, 28), (37, 50), (65, 73), (74, 80)]) + codes(28, [(10, 28)])
                    + codes(25, [(12, 25)]))
    assert quote.alpha == pytest.approx(textbook_alpha(*concatenated))
    speaker = rows[OMAR, HUDA, "speaker"]
    # only article 1 has speakers; 28 + 25 more characters both coded 0: n00 121, n11 4, d 8;
    # o00 242, o11 8, o01 8; n0 250, n1 16, n 266: alpha = 1 − 265·8/(250·16) = 1 − 2120/4000
    assert (speaker.f1_exact, speaker.f1_overlap) == (0.5, 0.5)
    assert speaker.alpha == pytest.approx(1 - 2120 / 4000)
    location = rows[OMAR, HUDA, "location"]
    # Omar's one location (article 4, 6 characters), none by هدى: F1 2·0/(1+0) = 0;
    # n00 = 133 − 6 = 127, d 6: o00 254, o01 6; n0 260, n1 6, n 266 → 1 − 265·6/(260·6) = 1 − 265/260
    assert (location.n_a, location.n_b, location.f1_exact, location.f1_overlap) == (1, 0, 0.0, 0.0)
    assert location.alpha == pytest.approx(1 - 265 / 260)
    attribution = rows[OMAR, HUDA, None]
    assert (attribution.same, attribution.n) == (2, 3)
    # per article: article 2 agrees on everything; article 4 differs
    by_id = {a.id: a for a in report.articles}
    assert not by_id[arts[1].id].differs and by_id[arts[3].id].differs
    assert by_id[arts[1].id].rows == [TagRow(OMAR, HUDA, "quote", 1.0, 1.0, 1.0, 1, 1),
                                      AttributionRow(OMAR, HUDA, 0, 0)]  # one per pair, as in the corpus


def test_a_tag_filter_and_undefined_figures(small: tuple[Store, list[Article]]) -> None:
    store, arts = small
    # claim: nobody used it. F1 is 0/0 and every character is coded 0: all undefined, but the row is
    # there because it was asked for. Claim is attributable, so its (empty) attribution row too.
    report = agreement(store, tag="claim")
    assert report.corpus == [TagRow(OMAR, HUDA, "claim", None, None, None, 0, 0), AttributionRow(OMAR, HUDA, 0, 0)]
    assert report.corpus[0].to_json() == {"a": OMAR, "b": HUDA, "tag": "claim", "f1_exact": None,
                                          "f1_overlap": None, "alpha": None, "n_a": 0, "n_b": 0}
    assert report.corpus[1].to_json()["attribution"] is None
    assert report.articles == []
    # location is not attributable: no attribution row
    assert [type(r) for r in agreement(store, tag="location").corpus] == [TagRow]
    with pytest.raises(NotFound):
        agreement(store, tag="nope")
    with pytest.raises(NotFound):
        agreement(store, article_id="no-such-article")
    # article 2, identical on the quote: alpha 1; the whole text tagged by both would be 0/0
    whole = store.add_article(Article(title="كله", text="كله اقتباس"))
    add(store, whole, OMAR, "quote", 0, 10)
    add(store, whole, HUDA, "quote", 0, 10)
    [row, _attr] = agreement(store, article_id=whole.id).corpus
    assert row == TagRow(OMAR, HUDA, "quote", 1.0, 1.0, None, 1, 1)


def test_ten_characters_alpha_by_the_coincidence_matrix(tmp_path: Path) -> None:
    text = "مرحبا بكم!"
    assert len(text) == 10
    with Store.open(tmp_path / "ten.db") as store:
        art = store.add_article(Article(title="عشرة", text=text))
        add(store, art, OMAR, "quote", 0, 5)
        add(store, art, HUDA, "quote", 0, 3)
        [row, _] = agreement(store).corpus
    # Omar 1111100000, هدى 1110000000. Characters 0–2 (1,1) add 2 each to o11 → 6; 3–4 (1,0) add 1 to
    # o01 and o10 each → 2, 2; 5–9 (0,0) add 2 each to o00 → 10. n0 = 12, n1 = 8, n = 20.
    # D_o = (2 + 2)/20 = 0.2; D_e = (12·8 + 8·12)/(20·19) = 192/380; alpha = 1 − 0.2·380/192 = 116/192
    assert row.alpha == pytest.approx(116 / 192)
    assert row.alpha == pytest.approx(textbook_alpha([1] * 5 + [0] * 5, [1] * 3 + [0] * 7))
    # exact: 0–5 vs 0–3 → 0; overlap 1 → 2·1/2
    assert (row.f1_exact, row.f1_overlap) == (0.0, 1.0)


def test_alpha_equals_the_package_on_every_character(tmp_path: Path) -> None:
    """A bigger case: random spans on copies of the sample, against krippendorff.alpha on the concatenation."""
    rng = random.Random(5)
    per_annotator: dict[str, list[list[int]]] = {OMAR: [], HUDA: []}
    with Store.open(tmp_path / "big.db") as store:
        for n in range(6):
            art = store.add_article(Article(title=f"نسخة {n}", text=f"{SEED_TEXT}\n{n}"))
            # Omar's spans at random; هدى's are his, some shifted, some dropped, plus a few of her own.
            omar = []
            for _ in range(rng.randrange(1, 25)):
                start = rng.randrange(0, len(art.text) - 200)
                omar.append((start, start + rng.randrange(1, 200)))
            huda = [(s + rng.randrange(0, 5), e + rng.randrange(0, 5)) for s, e in omar if rng.random() < 0.8]
            huda += [(s, s + rng.randrange(1, 100)) for s in (rng.randrange(0, len(art.text) - 100) for _ in range(3))]
            for who, spans in ((OMAR, omar), (HUDA, huda)):
                for start, end in spans:
                    add(store, art, who, "claim", start, end)
                per_annotator[who].append(codes(len(art.text), spans))
        report = agreement(store, tag="claim")
        by_article = {a.title: a for a in report.articles}
    corpus_row = report.corpus[0]
    data = np.array([sum(per_annotator[OMAR], []), sum(per_annotator[HUDA], [])], dtype=np.uint8)
    assert data.shape[1] > 17_000
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert corpus_row.alpha == pytest.approx(expected, abs=1e-12)
    assert 0.3 < corpus_row.alpha < 0.95  # much agreement, not all
    for n in range(6):
        one = np.array([per_annotator[OMAR][n], per_annotator[HUDA][n]], dtype=np.uint8)
        row = by_article[f"نسخة {n}"].rows[0]
        assert row.alpha == pytest.approx(krippendorff.alpha(reliability_data=one, level_of_measurement="nominal"),
                                          abs=1e-12)


@pytest.mark.parametrize("seed", range(40))
def test_character_counts_give_the_package_figure(seed: int) -> None:
    """The few units the counts become give the package's own figure for the characters one by one,
    also when disagreement outweighs agreement (some units stay [1, 1])."""
    rng = np.random.default_rng(seed)
    length = int(rng.integers(2, 400))
    a = (rng.random(length) < rng.random()).astype(np.uint8)
    b = np.where(rng.random(length) < rng.random(), a, 1 - a).astype(np.uint8)
    counts = CharacterCounts()
    counts.add(a, b)
    values = set(a.tolist()) | set(b.tolist())
    if len(values) < 2:
        assert counts.alpha() is None
        return
    expected = krippendorff.alpha(reliability_data=np.stack([a, b]), level_of_measurement="nominal")
    assert counts.alpha() == pytest.approx(expected, abs=1e-12)
    assert counts.alpha() == pytest.approx(textbook_alpha(a.tolist(), b.tolist()), abs=1e-12)


# -- matching ----------------------------------------------------------------------------------------

def test_one_long_span_against_two_short_ones_matches_once() -> None:
    assert len(match_overlapping([(0, 10)], [(0, 4), (5, 10)])) == 1
    assert len(match_overlapping([(0, 4), (5, 10)], [(0, 10)])) == 1
    # two long against two short inside the first: both long ones can still be matched
    assert sorted(match_overlapping([(0, 10), (8, 20)], [(1, 3), (4, 9)])) == [(0, 0), (1, 1)]


def test_largest_overlap_first_would_lose_a_pair() -> None:
    # a0 = 0–10 overlaps b0 = 2–10 by 8 and b1 = 0–3 by 3; a1 = 8–12 overlaps only b0.  Pairing by largest
    # overlap takes (a0, b0) and leaves one pair; the largest matching has two: (a0, b1), (a1, b0).
    assert sorted(match_overlapping([(0, 10), (8, 12)], [(2, 10), (0, 3)])) == [(0, 1), (1, 0)]


def test_identical_spans_pair_with_each_other_first() -> None:
    assert match_overlapping([(5, 10)], [(0, 10), (5, 10)]) == [(0, 1)]
    assert exact_matches([(0, 2), (0, 2), (3, 4)], [(0, 2), (3, 4), (3, 4)]) == 2
    assert match_overlapping([(0, 2)], [(2, 4)]) == []  # end-exclusive: touching is not overlapping


def _largest_matching(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """By augmenting paths (Kuhn), for comparison."""
    partner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, (s, e) in enumerate(b):
            if j in seen or not (a[i][0] < e and s < a[i][1]):
                continue
            seen.add(j)
            if j not in partner or augment(partner[j], seen):
                partner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(a)))


@pytest.mark.parametrize("seed", range(200))
def test_overlap_matching_is_as_large_as_possible(seed: int) -> None:
    rng = random.Random(seed)

    def spans() -> list[tuple[int, int]]:
        out = []
        for _ in range(rng.randrange(0, 9)):
            start = rng.randrange(0, 40)
            out.append((start, start + rng.randrange(1, 12)))
        return out

    a, b = spans(), spans()
    pairs = match_overlapping(a, b)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)  # one to one
    assert all(a[i][0] < b[j][1] and b[j][0] < a[i][1] for i, j in pairs)  # each pair overlaps
    assert len(pairs) == _largest_matching(a, b)
    assert len(pairs) >= exact_matches(a, b)


def test_ten_thousand_shifted_spans_all_match() -> None:
    """Each span of b overlaps its own span of a (shifted by up to 3), so all 10,000 pair up."""
    rng = random.Random(1)
    a = [(s, s + rng.randrange(1, 60)) for s in (rng.randrange(3, 500_000) for _ in range(10_000))]
    b = [(min(s + rng.randrange(-3, 4), e - 1), e + rng.randrange(0, 3)) for s, e in a]
    pairs = match_overlapping(a, b)
    assert len(pairs) == 10_000


# -- three annotators, the sample article, the hook ---------------------------------------------------

def test_three_annotators_each_pair_over_its_own_articles(small: tuple[Store, list[Article]]) -> None:
    store, arts = small
    # سامي tags article 3 (which only Omar had touched) and article 2, identically to both there.
    add(store, arts[2], SAMI, "quote", 0, 8)  # the same span as Omar's
    add(store, arts[1], SAMI, "quote", 10, 28)
    report = agreement(store, tag="quote")
    assert report.annotators == [OMAR, SAMI, HUDA]  # "سامي" < "هدى"
    assert report.shared_articles == {(OMAR, HUDA): 3, (OMAR, SAMI): 2, (SAMI, HUDA): 1}
    rows = rows_by_key(report.corpus)
    assert list(rows) == [(OMAR, SAMI, "quote"), (OMAR, SAMI, None), (OMAR, HUDA, "quote"), (OMAR, HUDA, None),
                          (SAMI, HUDA, "quote"), (SAMI, HUDA, None)]
    # Omar & سامي: articles 2 and 3, both spans identical → 2·2/(2+2)
    assert rows[OMAR, SAMI, "quote"] == TagRow(OMAR, SAMI, "quote", 1.0, 1.0, 1.0, 2, 2)
    # سامي & هدى: only article 2 (هدى never touched 3): identical → 1.0
    assert rows[SAMI, HUDA, "quote"] == TagRow(SAMI, HUDA, "quote", 1.0, 1.0, 1.0, 1, 1)
    # Omar & هدى: unchanged by سامي
    assert (rows[OMAR, HUDA, "quote"].n_a, rows[OMAR, HUDA, "quote"].n_b) == (5, 7)
    assert rows[OMAR, SAMI, None] == AttributionRow(OMAR, SAMI, 0, 0)


def _span(text: str, context: str, word: str) -> tuple[int, int]:
    """Where ``word`` is inside the only occurrence of ``context``."""
    assert text.count(context) == 1, context
    start = text.index(context) + context.index(word)
    return start, start + len(word)


def _between(text: str, first: str, last: str) -> tuple[int, int]:
    """From the only ``first`` to the end of the next ``last``."""
    assert text.count(first) == 1, first
    start = text.index(first)
    return start, text.index(last, start) + len(last)


def test_the_sample_article_with_known_differences(tmp_path: Path) -> None:
    text = SEED_TEXT
    q1 = _between(text, "مهمتنا الأساسية", "حماية أنفسنا.")
    q2 = _between(text, "نحن نجمع معلومات", "داعش شرقي سوريا.")
    q3 = _between(text, "مهما حصل،", "ينتهي وجود التنظيم.")
    q3_short = _between(text, "نحن متيقنون", "والفكر الجهادي")  # inside q3
    q4 = _between(text, "لدينا أكثر من 12 ألف جهادي", "ليسوا في سجون رسمية")
    q5 = _between(text, "كلما سنحت لنا الفرصة", "بمكان وجود التحالف.")
    assert q3[0] < q3_short[0] < q3_short[1] < q3[1]
    caggins_first = _span(text, "وقال كاغينس في", "كاغينس")
    caggins_said = _span(text, "قال كاغينس:", "كاغينس")
    bali_went_on = _span(text, "وتابع بالي:", "بالي")
    bali_pointed = _span(text, "كما أشار بالي", "بالي")
    mustafa_intro = _span(text, "مصطفى بالي، بحضور", "مصطفى بالي")
    with Store.open(tmp_path / "seed.db") as store:
        art = store.add_article(Article(title="قائد عملية العزم الصلب", text=text))
        # هدى: four quotes, each linked; three speakers.
        h = [add(store, art, HUDA, "quote", *q) for q in (q1, q2, q3, q4)]
        hs = {name: add(store, art, HUDA, "speaker", *s)
              for name, s in (("caggins", caggins_said), ("bali", bali_went_on), ("bali2", bali_pointed))}
        for quote, source in zip(h, ("caggins", "caggins", "bali", "bali2")):
            link(store, quote, hs[source])
        # Omar: q1, q2 and q4 identically, q3 shorter (inside هدى's), and q5 that هدى left out.
        o = [add(store, art, OMAR, "quote", *q) for q in (q1, q2, q3_short, q4, q5)]
        os_ = {name: add(store, art, OMAR, "speaker", *s)
               for name, s in (("caggins", caggins_first), ("bali", bali_went_on), ("mustafa", mustafa_intro))}
        link(store, o[0], os_["caggins"])  # another mention of كاغينس than هدى's: same text → same source
        # o[1] (q2) has no link: not counted for attribution
        link(store, o[2], os_["bali"])  # the very span هدى linked → same
        link(store, o[3], os_["mustafa"])  # مصطفى بالي in the introduction ≠ بالي later, no overlap → different
        link(store, o[4], os_["caggins"])  # q5: matched with nothing
        rows = rows_by_key(agreement(store).corpus)
    quote = rows[OMAR, HUDA, "quote"]
    assert (quote.n_a, quote.n_b) == (5, 4)
    assert quote.f1_exact == pytest.approx(2 * 3 / (5 + 4))  # q1, q2, q4
    assert quote.f1_overlap == pytest.approx(2 * 4 / (5 + 4))  # and q3 with its shorter version
    assert quote.alpha == pytest.approx(textbook_alpha(codes(len(text), [q1, q2, q3_short, q4, q5]),
                                                       codes(len(text), [q1, q2, q3, q4])))
    speaker = rows[OMAR, HUDA, "speaker"]
    assert (speaker.n_a, speaker.n_b) == (3, 3)
    assert speaker.f1_exact == speaker.f1_overlap == pytest.approx(2 * 1 / (3 + 3))  # only بالي after وتابع
    assert speaker.alpha == pytest.approx(textbook_alpha(codes(len(text), [caggins_first, bali_went_on, mustafa_intro]),
                                                         codes(len(text), [caggins_said, bali_went_on, bali_pointed])))
    assert rows[OMAR, HUDA, None] == AttributionRow(OMAR, HUDA, same=2, n=3)  # q1 and q3 of q1, q3, q4


def test_roles_not_names_decide_what_is_attributable(small: tuple[Store, list[Article]]) -> None:
    store, _arts = small
    quote = store.tag("quote")
    quote.role = "plain"
    store.save_tag(quote, "quote")
    assert [type(r) for r in agreement(store).corpus].count(AttributionRow) == 1  # claim is still attributable
    assert agreement(store).corpus[-1] == AttributionRow(OMAR, HUDA, 0, 0)  # but no quote counts now


def test_the_counted_hook_leaves_a_layer_out(small: tuple[Store, list[Article]]) -> None:
    store, _arts = small
    report = agreement(store, counted=lambda ann: ann.annotator != HUDA)
    assert report.annotators == [OMAR] and report.corpus == [] and report.articles == []
    # هدى's quotes ending by 28 left out: that is all she has in articles 2 and 4, which then
    # count for nobody (she did not touch them); in article 1 her 37–50, 65–73 and 74–80 remain.
    report = agreement(store, tag="quote", counted=lambda ann: not (ann.annotator == HUDA and ann.end <= 28
                                                                     and ann.tag == "quote"))
    assert report.shared_articles == {(OMAR, HUDA): 1}
    quote = rows_by_key(report.corpus)[OMAR, HUDA, "quote"]
    assert (quote.n_a, quote.n_b) == (4, 3)
    # exact: 37–50 → 2·1/(4+3); overlap: 37–50, and 65–80 with one of the two short ones → 2·2/(4+3)
    assert quote.f1_exact == pytest.approx(2 / 7) and quote.f1_overlap == pytest.approx(4 / 7)


def test_uncurated_leaves_the_curated_layer_out(small: tuple[Store, list[Article]]) -> None:
    store, arts = small
    store.add_annotation(make_annotation(arts[1], "quote", 10, 28, annotator="curator", curated=True))
    assert agreement(store, tag="quote").annotators == [OMAR, "curator", HUDA]  # by default, all count
    report = agreement(store, tag="quote", counted=uncurated)
    assert report.annotators == [OMAR, HUDA] and report.shared_articles == {(OMAR, HUDA): 3}


def test_disagreement_sorts_the_article_list(small: tuple[Store, list[Article]]) -> None:
    store, arts = small
    scores = disagreement(store)
    assert set(scores) == {arts[0].id, arts[1].id, arts[3].id}  # article 3: only one annotator
    assert scores[arts[1].id] == 0.0  # identical
    # Exact boundaries and sources: article 1: 1 − mean(quote exact 2·3/9, speaker exact 2·1/4,
    # attribution 2/3) = 1 − 11/18; article 4: 1 − mean(quote 0, location 0) = 1 (no attribution to count).
    assert scores[arts[0].id] == pytest.approx(1 - (2 / 3 + 1 / 2 + 2 / 3) / 3)
    assert scores[arts[3].id] == 1.0


def test_report_json_shape_and_rounding(small: tuple[Store, list[Article]]) -> None:
    store, arts = small
    data = agreement(store).to_json()
    assert set(data) == {"annotators", "corpus", "articles"}
    for row in data["corpus"]:
        keys = {"a", "b", "tag", "attribution", "n"} if row["tag"] is None else \
            {"a", "b", "tag", "f1_exact", "f1_overlap", "alpha", "n_a", "n_b"}
        assert set(row) == keys
    quote = data["corpus"][0]
    assert quote["f1_exact"] == 0.6667 and quote["f1_overlap"] == 0.8333
    assert quote["alpha"] == round(1 - 3710 / 17640, 4) == 0.7897
    assert [a["id"] for a in data["articles"]] == [arts[0].id, arts[1].id, arts[3].id]
    assert data["articles"][0]["title"] == "مقال 1"


def test_the_unnamed_annotator_keeps_its_empty_name(tmp_path: Path) -> None:
    with Store.open(tmp_path / "u.db") as store:
        art = store.add_article(Article(title="t", text="مرحبا بكم!"))
        add(store, art, "", "quote", 0, 5)
        add(store, art, OMAR, "quote", 0, 5)
        report = agreement(store)
    assert report.annotators == ["", OMAR]
    assert report.corpus[0].to_json()["a"] == ""
