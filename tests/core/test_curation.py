"""Curation: units where two annotators differ, agreed ones, and the curated layer it builds.

The desk: هدى and Omar annotated the sample article (seeds/).  What each
tagged, and so every unit and its status, is written out here by hand.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.core.curation import (
    AGREED,
    CURATED,
    DIFFERS,
    REJECTED,
    Unit,
    agreed_pending,
    decisions_key,
    plan_accept,
    plan_agreed,
    read_decisions,
    replaced_by,
    units,
    with_decision,
)
from annotator.core.exporters import export
from annotator.core.model import Annotation, Article, Relation, make_annotation
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store

HUDA, OMAR, CURATOR = "هدى", "Omar", "Rana"  # sorted: "Omar" < "هدى" (Latin before Arabic)

Q1_SHORT = "لدينا أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش في سجوننا"
Q1_LONG = Q1_SHORT + "، وألقينا القبض عليهم"
Q2 = "مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."
Q3 = "كلما سنحت لنا الفرصة سنقوم بتسيير دورياتنا مع قوات سوريا الديمقراطية على طريق M4"
Q4A = "قوات التحالف الدولي تسير على الطريق الدولي M4"
Q4B = "لكن الطريق الدولي يُدار من قبل القوات العسكرية التي تسيطر على المنطقة."
Q4 = Q4A + "، " + Q4B
CLAIM = "مشكلة سجناء داعش مشكلة دولية، وحلها حل دولي"
KAGINIS, BALI, BAGHOUZ = "كاغينس", "بالي", "الباغوز"


@dataclass
class Desk:
    """The sample article, as both annotators left it: their spans by a short name."""

    article: Article
    spans: dict[str, Annotation] = field(default_factory=dict)

    def at(self, needle: str, occurrence: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(occurrence + 1):
            start = self.article.text.index(needle, start + 1)
        return start, start + len(needle)


def build_desk(store: Store) -> Desk:
    """هدى and Omar's work on the sample article, in one database."""
    ensure_seeded(store)
    [summary] = store.articles()
    desk = Desk(store.get_article(summary.id))

    def span(name: str, who: str, tag: str, needle: str, occurrence: int = 0) -> Annotation:
        start, end = desk.at(needle, occurrence)
        desk.spans[name] = store.add_annotation(make_annotation(desk.article, tag, start, end, annotator=who))
        return desk.spans[name]

    def link(quote: str, source: str) -> None:
        store.add_relation(Relation(desk.article.id, desk.spans[quote].id, desk.spans[source].id))

    # هدى: Kaginis where he says it (3rd mention), Omar the mention before (2nd): two one-sided units.
    span("huda_kaginis", HUDA, "speaker", KAGINIS, 2)
    span("omar_kaginis", OMAR, "speaker", KAGINIS, 1)
    # The same quote, each linked to another mention of the same name: agreed.
    span("huda_q2", HUDA, "quote", Q2)
    span("omar_q2", OMAR, "quote", Q2)
    link("huda_q2", "huda_kaginis")
    link("omar_q2", "omar_kaginis")
    # هدى cut the M4 quote in two, Omar kept it whole: one unit, two spans of hers.
    span("huda_q4a", HUDA, "quote", Q4A)
    span("huda_q4b", HUDA, "quote", Q4B)
    span("omar_q4", OMAR, "quote", Q4)
    # The same claim, linked by neither: agreed.
    span("huda_claim", HUDA, "claim", CLAIM)
    span("omar_claim", OMAR, "claim", CLAIM)
    # Bali where he is quoted (5th mention), by both: agreed.
    span("huda_bali", HUDA, "speaker", BALI, 4)
    span("omar_bali", OMAR, "speaker", BALI, 4)
    # The same quote, another speaker: differs.
    span("huda_q3", HUDA, "quote", Q3)
    span("omar_q3", OMAR, "quote", Q3)
    link("huda_q3", "huda_kaginis")
    link("omar_q3", "omar_bali")
    # Where the quote ends: differs.  Both linked it to Bali.
    span("huda_q1", HUDA, "quote", Q1_SHORT)
    span("omar_q1", OMAR, "quote", Q1_LONG)
    link("huda_q1", "huda_bali")
    link("omar_q1", "omar_bali")
    # Only هدى tagged the place.
    span("huda_baghouz", HUDA, "location", BAGHOUZ)
    return desk


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def desk(store: Store) -> Desk:
    return build_desk(store)


def by_text(found: list[Unit], tag: str, needle: str) -> Unit:
    [unit] = [u for u in found if u.tag == tag and any(s.annotation.text == needle for v in u.versions
                                                        for s in v.spans)]
    return unit


def test_the_units_of_two_annotators_in_reading_order(store: Store, desk: Desk) -> None:
    found = units(store, desk.article.id)
    s = desk.spans
    expected = [  # (tag, extent, {annotator: [span names]}, status)
        ("speaker", desk.at(KAGINIS, 1), {OMAR: ["omar_kaginis"]}, DIFFERS),
        ("speaker", desk.at(KAGINIS, 2), {HUDA: ["huda_kaginis"]}, DIFFERS),
        ("quote", desk.at(Q2), {OMAR: ["omar_q2"], HUDA: ["huda_q2"]}, AGREED),
        ("quote", desk.at(Q4), {OMAR: ["omar_q4"], HUDA: ["huda_q4a", "huda_q4b"]}, DIFFERS),
        ("claim", desk.at(CLAIM), {OMAR: ["omar_claim"], HUDA: ["huda_claim"]}, AGREED),
        ("quote", desk.at(Q3), {OMAR: ["omar_q3"], HUDA: ["huda_q3"]}, DIFFERS),
        ("speaker", desk.at(BALI, 4), {OMAR: ["omar_bali"], HUDA: ["huda_bali"]}, AGREED),
        ("quote", desk.at(Q1_LONG), {OMAR: ["omar_q1"], HUDA: ["huda_q1"]}, DIFFERS),
        ("location", desk.at(BAGHOUZ), {HUDA: ["huda_baghouz"]}, DIFFERS),
    ]
    assert [(u.tag, (u.start, u.end), {v.annotator: [sp.annotation.id for sp in v.spans] for v in u.versions},
             u.status) for u in found] == [
        (tag, extent, {who: [s[n].id for n in names] for who, names in versions.items()}, status)
        for tag, extent, versions, status in expected]
    assert all(u.annotators == (OMAR, HUDA) for u in found)
    # Versions carry the sources each linked (attributable tags only), with their text.
    q3 = by_text(found, "quote", Q3)
    assert [src.id for src in q3.version(HUDA).spans[0].sources] == [s["huda_kaginis"].id]
    assert [src.text for src in q3.version(OMAR).spans[0].sources] == [BALI]
    assert by_text(found, "speaker", BALI).version(HUDA).spans[0].sources == ()
    assert by_text(found, "quote", Q4).key == f"quote:{desk.at(Q4)[0]}-{desk.at(Q4)[1]}"


def test_one_annotator_is_nothing_to_curate_and_a_curators_copies_are_no_annotator(store: Store) -> None:
    ensure_seeded(store)
    [summary] = store.articles()
    article = store.get_article(summary.id)
    store.add_annotation(make_annotation(article, "speaker", 0, 4, annotator=HUDA))
    assert units(store, article.id) == []
    # A curated span is not a third annotator's work.
    store.add_annotation(make_annotation(article, "speaker", 10, 14, annotator=CURATOR, curated=True))
    assert units(store, article.id) == []


def test_spans_of_one_person_join_only_through_another_persons_span(store: Store) -> None:
    ensure_seeded(store)
    [summary] = store.articles()
    article = store.get_article(summary.id)
    for who, start, end in ((HUDA, 0, 10), (HUDA, 5, 20), (OMAR, 30, 40), (HUDA, 35, 50), (OMAR, 45, 60),
                            (HUDA, 100, 110)):
        store.add_annotation(make_annotation(article, "quote", start, end, annotator=who))
    store.add_annotation(make_annotation(article, "claim", 100, 110, annotator=OMAR))  # another tag: apart
    found = units(store, article.id)
    assert [(u.tag, u.start, u.end, [len(v.spans) for v in u.versions]) for u in found] == [
        ("quote", 0, 10, [1]), ("quote", 5, 20, [1]), ("quote", 30, 60, [2, 1]),
        ("quote", 100, 110, [1]), ("claim", 100, 110, [1])]
    assert not any(u.agreed for u in found)


def test_agreement_needs_every_annotator_one_span_and_the_same_sources(store: Store, desk: Desk) -> None:
    found = units(store, desk.article.id)
    assert [u.tag for u in found if u.agreed] == ["quote", "claim", "speaker"]
    # Linked to other mentions of the same name: the same source (folded text).
    q2 = by_text(found, "quote", Q2)
    assert q2.agreed
    assert (q2.version(HUDA).spans[0].sources[0].start != q2.version(OMAR).spans[0].sources[0].start)
    # A third annotator who tagged nothing there breaks every agreement.
    store.add_annotation(make_annotation(desk.article, "location", *desk.at("الحسكة"), annotator="Sami"))
    assert not any(u.agreed for u in units(store, desk.article.id))


def test_accepting_a_quote_copies_it_with_its_speaker_and_the_link(store: Store, desk: Desk) -> None:
    found = units(store, desk.article.id)
    q1 = by_text(found, "quote", Q1_LONG)
    annotations, relations = plan_accept(q1, q1.version(OMAR), CURATOR)
    quote, speaker = annotations
    assert (quote.tag, quote.start, quote.end, quote.text) == ("quote", *desk.at(Q1_LONG), Q1_LONG)
    assert (speaker.tag, (speaker.start, speaker.end)) == ("speaker", desk.at(BALI, 4))
    for made in annotations:
        assert made.curated and made.annotator == CURATOR
        assert made.id not in {a.id for a in desk.spans.values()}
    assert quote.prefix == desk.spans["omar_q1"].prefix and quote.suffix == desk.spans["omar_q1"].suffix
    assert [(r.from_id, r.to_id, r.type) for r in relations] == [(quote.id, speaker.id, "attributed_to")]
    store.add_linked(annotations, relations)
    # Now curated; the speaker's unit too.  Accepting again adds nothing; هدى's version replaces Omar's span.
    again = units(store, desk.article.id)
    q1 = by_text(again, "quote", Q1_LONG)
    assert q1.status == CURATED and [c.id for c in q1.curated] == [quote.id]
    assert by_text(again, "speaker", BALI).status == CURATED
    assert plan_accept(q1, q1.version(OMAR), CURATOR) == ([], [])
    assert replaced_by(q1, q1.version(OMAR)) == []
    hers, her_links = plan_accept(q1, q1.version(HUDA), CURATOR)
    assert [(a.start, a.end) for a in hers] == [desk.at(Q1_SHORT)]  # the curated speaker is reused
    assert [(r.from_id, r.to_id) for r in her_links] == [(hers[0].id, speaker.id)]
    assert [c.id for c in replaced_by(q1, q1.version(HUDA))] == [quote.id]


def test_accepting_a_split_version_copies_each_of_its_spans(store: Store, desk: Desk) -> None:
    q4 = by_text(units(store, desk.article.id), "quote", Q4)
    annotations, relations = plan_accept(q4, q4.version(HUDA), CURATOR)
    assert [a.text for a in annotations] == [Q4A, Q4B] and relations == []


def test_accept_all_agreed_copies_each_agreed_unit_once(store: Store, desk: Desk) -> None:
    found = units(store, desk.article.id)
    assert [u.tag for u in agreed_pending(found)] == ["quote", "claim", "speaker"]
    annotations, relations = plan_agreed(found, CURATOR)
    # The first version is taken (Omar's: names sort Latin first): Q2 with Omar's Kaginis, the claim, Bali.
    assert [(a.tag, (a.start, a.end)) for a in annotations] == [
        ("quote", desk.at(Q2)), ("speaker", desk.at(KAGINIS, 1)), ("claim", desk.at(CLAIM)),
        ("speaker", desk.at(BALI, 4))]
    assert [(r.from_id, r.to_id) for r in relations] == [(annotations[0].id, annotations[1].id)]
    store.add_linked(annotations, relations)
    after = units(store, desk.article.id)
    assert agreed_pending(after) == [] and plan_agreed(after, CURATOR) == ([], [])
    # Omar's Kaginis came in as Q2's speaker: that one-sided unit is settled too.
    assert [u.status for u in after] == [CURATED, DIFFERS, CURATED, DIFFERS, CURATED, DIFFERS, CURATED,
                                         DIFFERS, DIFFERS]


def test_a_rejection_is_kept_in_meta_and_skipped_by_accept_all(store: Store, desk: Desk) -> None:
    found = units(store, desk.article.id)
    claim = by_text(found, "claim", CLAIM)
    store.set_meta(decisions_key(desk.article.id), with_decision({}, claim.key, "rejected"))
    assert read_decisions(store, desk.article.id) == {claim.key: "rejected"}
    after = units(store, desk.article.id)
    assert by_text(after, "claim", CLAIM).status == REJECTED
    assert [u.tag for u in agreed_pending(after)] == ["quote", "speaker"]
    assert with_decision({claim.key: "rejected"}, claim.key, None) is None
    store.set_meta(decisions_key(desk.article.id), "not json")
    assert read_decisions(store, desk.article.id) == {}


def test_curating_to_a_known_result_exports_exactly_the_curated_layer(store: Store, desk: Desk) -> None:
    """Accept all agreed, Omar's long Q1, هدى's split M4 quote and her Q3 (with her Kaginis); reject the place."""
    with store.acting("Curate: accept 3 agreed units"):
        store.add_linked(*plan_agreed(units(store, desk.article.id), CURATOR))
    for tag, needle, who in (("quote", Q1_LONG, OMAR), ("quote", Q4, HUDA), ("quote", Q3, HUDA)):
        unit = by_text(units(store, desk.article.id), tag, needle)
        with store.acting(f"Curate: accept {who}'s version"):
            store.add_linked(*plan_accept(unit, unit.version(who), CURATOR))
    place = by_text(units(store, desk.article.id), "location", BAGHOUZ)
    store.set_meta(decisions_key(desk.article.id), with_decision({}, place.key, "rejected"))
    assert [u.status for u in units(store, desk.article.id)] == [
        CURATED, CURATED, CURATED, CURATED, CURATED, CURATED, CURATED, CURATED, REJECTED]

    out = io.BytesIO()
    assert export(store, "json", out, curated=True) == 9
    [article] = json.loads(out.getvalue())["articles"]
    spans = {a["id"]: a for a in article["annotations"]}
    assert sorted((a["tag"], a["start"], a["end"]) for a in spans.values()) == sorted([
        ("quote", *desk.at(Q2)), ("speaker", *desk.at(KAGINIS, 1)), ("claim", *desk.at(CLAIM)),
        ("speaker", *desk.at(BALI, 4)), ("quote", *desk.at(Q1_LONG)), ("quote", *desk.at(Q4A)),
        ("quote", *desk.at(Q4B)), ("quote", *desk.at(Q3)), ("speaker", *desk.at(KAGINIS, 2))])
    assert {(a["annotator"], a.get("curated")) for a in spans.values()} == {(CURATOR, True)}
    links = sorted((spans[r["from"]]["text"], spans[r["to"]]["start"]) for r in article["relations"])
    assert links == sorted([(Q2, desk.at(KAGINIS, 1)[0]), (Q1_LONG, desk.at(BALI, 4)[0]),
                            (Q3, desk.at(KAGINIS, 2)[0])])
    # The curated spans and links are in the history, named by the step.
    steps = {(e.action, e.step) for e in store.history(desk.article.id)}
    assert ("add", "Curate: accept 3 agreed units") in steps and ("link", "Curate: accept هدى's version") in steps


def test_another_version_of_a_curated_speaker_keeps_the_curated_quotes_linked(store: Store) -> None:
    ensure_seeded(store)
    [summary] = store.articles()
    desk = Desk(store.get_article(summary.id))
    made = {}
    for name, who, tag, needle, occurrence in (("omar_q", OMAR, "quote", Q1_SHORT, 0),
                                               ("omar_bali", OMAR, "speaker", BALI, 4),
                                               ("huda_q", HUDA, "quote", Q1_SHORT, 0),
                                               ("huda_bali", HUDA, "speaker", "أشار بالي", 0)):
        start, end = desk.at(needle, occurrence)
        made[name] = store.add_annotation(make_annotation(desk.article, tag, start, end, annotator=who))
    store.add_relation(Relation(desk.article.id, made["omar_q"].id, made["omar_bali"].id))
    store.add_relation(Relation(desk.article.id, made["huda_q"].id, made["huda_bali"].id))
    quote = by_text(units(store, desk.article.id), "quote", Q1_SHORT)
    assert quote.status == DIFFERS  # "بالي" and "أشار بالي" are not the same text
    store.add_linked(*plan_accept(quote, quote.version(OMAR), CURATOR))
    speaker = by_text(units(store, desk.article.id), "speaker", BALI)
    assert speaker.status == CURATED and [c.text for c in speaker.curated] == [BALI]
    curated_quote = by_text(units(store, desk.article.id), "quote", Q1_SHORT).curated[0]
    annotations, relations = plan_accept(speaker, speaker.version(HUDA), CURATOR)
    assert [a.text for a in annotations] == ["أشار بالي"]
    assert [c.text for c in replaced_by(speaker, speaker.version(HUDA))] == [BALI]
    assert [(r.from_id, r.to_id) for r in relations] == [(curated_quote.id, annotations[0].id)]
