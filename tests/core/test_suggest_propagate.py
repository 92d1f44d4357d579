"""Propagation: what the user tagged is proposed where its text recurs (Qt-free)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import (
    BUILTIN_TAGS,
    ROLE_ATTRIBUTABLE,
    ROLE_PLAIN,
    ROLE_SOURCE,
    Annotation,
    Article,
    Tag,
    make_annotation,
)
from annotator.core.search import fold_text
from annotator.core.suggest import Suggestion, suggest
from annotator.core.suggest.propagate import NAME, PropagationSuggester, propagating_tags
from tests.conftest import SEED_TEXT

FIRST = "زار الوفد الحسكة أمس. "


def tagged(text: str, tag: str, word: str, nth: int = 0, article: Article | None = None) -> Annotation:
    """An annotation of the ``nth`` occurrence of ``word`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return make_annotation(article or Article(title="t", text=text), tag, start, start + len(word))


def propagated(text: str, annotations: list[Annotation] = (), known: list[tuple[str, str]] = (),  # type: ignore[assignment]
               tags: list[Tag] | tuple[Tag, ...] = BUILTIN_TAGS) -> list[Suggestion]:
    article = Article(title="t", text=text, id=annotations[0].article_id if annotations else "a")
    found = [s for s in suggest(article, annotations, tags=tags, known=known) if s.suggester == NAME]
    for s in found:
        assert text[s.start:s.end] == s.text and s.kind == "" and s.speaker is None
    return found


def texts(found: list[Suggestion]) -> list[tuple[str, str]]:
    return [(s.tag, s.text) for s in found]


# --- clitics: every attached form, the proposal without them ---------------------------------

DEFINITE_FORMS = [
    ("الحسكة", "الحسكة"), ("والحسكة", "الحسكة"), ("فالحسكة", "الحسكة"), ("بالحسكة", "الحسكة"),
    ("كالحسكة", "الحسكة"), ("وبالحسكة", "الحسكة"), ("فبالحسكة", "الحسكة"), ("وكالحسكة", "الحسكة"),
    ("فكالحسكة", "الحسكة"),
    # ل + ال contracts to لل: the proposal starts at the second ل
    ("للحسكة", "لحسكة"), ("وللحسكة", "لحسكة"), ("فللحسكة", "لحسكة"),
]


@pytest.mark.parametrize(("written", "proposed"), DEFINITE_FORMS, ids=[w for w, _ in DEFINITE_FORMS])
def test_each_clitic_form_of_a_definite_name(written: str, proposed: str) -> None:
    text = FIRST + f"ووصلت المساعدات {written} ليلاً."
    [s] = propagated(text, [tagged(text, "location", "الحسكة")])
    assert (s.tag, s.text) == ("location", proposed)
    assert s.end == text.rindex(written) + len(written)  # the whole rest of the word, nothing after it
    assert s.why == "you tagged “الحسكة” as location (this article)"


NAME_FORMS = [("بالي", ""), ("وبالي", "و"), ("فبالي", "ف"), ("ببالي", "ب"), ("لبالي", "ل"), ("كبالي", "ك"),
              ("وببالي", "وب"), ("ولبالي", "ول"), ("فلبالي", "فل"), ("وكبالي", "وك")]


@pytest.mark.parametrize(("written", "clitics"), NAME_FORMS, ids=[w for w, _ in NAME_FORMS])
def test_each_clitic_form_of_a_name_without_the_article(written: str, clitics: str) -> None:
    text = f"قال بالي إن الطريق مفتوح، وشكر الحضور {written}، ثم غادر."
    [s] = propagated(text, [tagged(text, "speaker", "بالي")])
    assert s.text == "بالي" and s.start == text.rindex(written) + len(clitics) and s.tag == "speaker"


@pytest.mark.parametrize("word", [
    "بالية", "البالي", "وبالية", "بباليه", "مبالي", "بالين", "بالي_",  # known بالي: letters before or after
    "الحسكاوي", "والحسكاوية", "حسكة", "بحسكة", "مالحسكة", "لالحسكة", "الالحسكة",  # known الحسكة
])
def test_never_inside_another_word(word: str) -> None:
    text = FIRST + f"وقال بالي إن {word} هادئة."
    found = propagated(text, [tagged(text, "location", "الحسكة"), tagged(text, "speaker", "بالي")])
    assert found == []


def test_short_names_take_only_the_conjunction_and_ya_is_not_alef_maqsura() -> None:
    text = "قال علي إن الأمر فعلي وإن بعلي ولعلي كلاماً، وعلي موافق، ورد على السؤال وإلى اللقاء."
    found = propagated(text, [tagged(text, "speaker", "علي")])
    assert texts(found) == [("speaker", "علي")]
    assert found[0].start == text.index("وعلي") + 1


def test_ta_marbuta_is_not_ha() -> None:
    text = FIRST + "وفي الحسكه أيضاً."
    assert propagated(text, [tagged(text, "location", "الحسكة")]) == []


# --- folding: harakat, tatweel, alef forms, spacing ------------------------------------------


@pytest.mark.parametrize("written", ["الحَسَكَة", "الحسكـــة", "وَبِالْحَسَكَةِ", "الحسكة\u200f", "الـحـسـكـة"])
def test_harakat_tatweel_and_marks_are_ignored(written: str) -> None:
    text = FIRST + f"ثم {written}، وبعدها القامشلي."
    [s] = propagated(text, [tagged(text, "location", "الحسكة")])
    assert fold_text(s.text).endswith("الحسكه") and s.text[-1] not in "\u200f\u0640"
    if written == "وَبِالْحَسَكَةِ":
        assert s.text == "الْحَسَكَةِ"  # from the alef, with the last letter's kasra


def test_alef_forms_and_multi_word_names_across_spaces() -> None:
    text = "قال مصطفى بالي إن إدلب بعيدة. وأضاف مصطفى  بالي أن ادلب وأدلب ومصطفى\nبالي هنا."
    found = propagated(text, [tagged(text, "speaker", "مصطفى بالي"), tagged(text, "location", "إدلب")])
    assert texts(found) == [("speaker", "مصطفى  بالي"), ("location", "ادلب"), ("location", "أدلب"),
                            ("speaker", "مصطفى\nبالي")]
    # Punctuation between the words is not a space.
    assert propagated("قال مصطفى بالي إن مصطفى، بالي هنا.", [tagged("قال مصطفى بالي إن مصطفى، بالي هنا.",
                                                                        "speaker", "مصطفى بالي")]) == []


# --- precision --------------------------------------------------------------------------------


def test_the_longest_known_text_wins_and_nothing_inside_a_longer_span_of_its_tag() -> None:
    text = "في مدينة الحسكة وفي الحسكة، قال مصطفى بالي إن بالي غادر."
    found = propagated(text, known=[("location", "الحسكة"), ("location", "مدينة الحسكة"), ("speaker", "بالي")])
    assert texts(found) == [("location", "مدينة الحسكة"), ("location", "الحسكة"), ("speaker", "بالي"),
                            ("speaker", "بالي")]
    # بالي inside an annotated "مصطفى بالي" is not proposed; the bare one still is.
    article = Article(title="t", text=text)
    found = propagated(text, [tagged(text, "speaker", "مصطفى بالي", article=article)], known=[("speaker", "بالي")])
    assert [(s.text, s.start) for s in found] == [("بالي", text.rindex("بالي"))]


def test_no_overlap_with_a_span_of_the_same_tag_but_other_tags_do_not_matter() -> None:
    text = "وقال إن الحسكة تنتظر. وصلت القافلة إلى الحسكة أمس."
    article = Article(title="t", text=text)
    quote = make_annotation(article, "quote", 8, 20)
    claim = make_annotation(article, "claim", text.index("وصلت"), len(text) - 1)
    location = make_annotation(article, "location", text.index("إلى الحسكة"), text.index("إلى الحسكة") + 10)
    found = propagated(text, [quote, claim, location], known=[("location", "الحسكة")])
    assert [(s.text, s.start) for s in found] == [("الحسكة", 8)]  # inside a quote: fine


def test_nothing_inside_a_span_of_its_tag_even_one_too_long_to_propagate() -> None:
    region = "ريف الحسكة الشمالي الممتد من رأس العين غرباً حتى المالكية شرقاً"
    text = f"في الحسكة قرى كثيرة. وفي {region} قرى أكثر."
    article = Article(title="t", text=text)
    touching = make_annotation(article, "location", 0, 3)  # "في ", ending where الحسكة starts
    found = propagated(text, [tagged(text, "location", region, article=article), touching],
                       known=[("location", "الحسكة")])
    assert len(region) > 60 and [s.start for s in found] == [3]


def test_too_short_too_long_and_common_words_do_not_propagate() -> None:
    long_name = "مجلس " * 13 + "المدينة"
    text = f"في الحسكة ب و M4 {long_name} في من، وعلى طريق M4 ب {long_name}"
    found = propagated(text, known=[("location", "ب"), ("location", "في"), ("location", "M4"),
                                    ("location", long_name), ("location", "من")])
    assert texts(found) == [("location", "M4"), ("location", "M4")]


def test_a_text_tagged_here_keeps_its_tag_over_the_corpus() -> None:
    text = "قال مصدر في قسد إن قسد انسحبت."
    article = Article(title="t", text=text)
    found = propagated(text, [tagged(text, "speaker", "قسد", article=article)], known=[("location", "قسد")])
    assert [(s.tag, s.why) for s in found] == [("speaker", "you tagged “قسد” as speaker (this article)")]


# --- sources: this article, the corpus; rejections; roles -------------------------------------


def test_corpus_sourced_proposals_say_so() -> None:
    found = propagated(SEED_TEXT, known=[("location", "الحسكة"), ("speaker", "مصطفى بالي"), ("quote", "الحسكة")])
    assert [(s.tag, s.start) for s in found if s.tag == "location"] == [("location", 105), ("location", 267),
                                                                        ("location", 1569)]
    assert all(s.why.endswith("(another article)") for s in found)
    assert "speaker" in {s.tag for s in found} and "quote" not in {s.tag for s in found}


def test_tagged_once_in_the_sample_proposes_its_other_occurrences() -> None:
    article = Article(title="t", text=SEED_TEXT)
    first = tagged(SEED_TEXT, "location", "الحسكة", article=article)
    found = propagated(SEED_TEXT, [first])
    assert [s.start for s in found if s.tag == "location"] == [267, 1569]
    bali = tagged(SEED_TEXT, "speaker", "بالي", 2, article=article)
    assert "وبالي" in SEED_TEXT and any(s.start == SEED_TEXT.index("وبالي") + 1 for s in propagated(SEED_TEXT, [bali]))


def test_a_rejected_proposal_is_not_proposed_again() -> None:
    text = FIRST + "وفي الحسكة مدارس، وفي بالحسكة أسواق."
    article = Article(title="t", text=text)
    annotations = [tagged(text, "location", "الحسكة", article=article)]
    first, second = [s for s in suggest(article, annotations) if s.suggester == NAME]
    again = [s for s in suggest(article, annotations, rejected={first.key}) if s.suggester == NAME]
    assert again == [second]


def test_roles_decide_never_names() -> None:
    place = Tag("مكان", "مكان", "#009E73", "3", 0, ROLE_PLAIN)
    who = Tag("قائل", "قائل", "#56B4E9", "2", 1, ROLE_SOURCE)
    said = Tag("location", "Quote", "#E69F00", "1", 2, ROLE_ATTRIBUTABLE)  # named location, but a quote
    tags = [place, who, said]
    assert propagating_tags(tags) == ["مكان", "قائل"]
    text = FIRST + "ثم الحسكة، وقال بالي ثم بالي."
    article = Article(title="t", text=text)
    anns = [tagged(text, "مكان", "الحسكة", article=article), tagged(text, "قائل", "بالي", article=article)]
    assert texts(propagated(text, anns, tags=tags)) == [("مكان", "الحسكة"), ("قائل", "بالي")]
    quote = [tagged(text, "location", "الحسكة", article=article)]
    assert propagated(text, quote, tags=tags) == []
    assert propagated(text, known=[("location", "الحسكة")], tags=tags) == []
    assert PropagationSuggester(tags).name == NAME


# --- offsets: every proposal is exactly the article's text ------------------------------------

KNOWN = ["الحسكة", "بالي", "مصطفى بالي", "إدلب", "M4", "تل تمر"]
FRAGMENTS = [
    "الحسكة", "الحَسَكَة", "الحسكـة", "بالي", "بالية", "مصطفى", "مصطفي", "إدلب", "ادلب", "M4", "m4", "تل", "تمر",
    "و", "ف", "ب", "ل", "ك", "ال", "لل", "م", "ـ", "َ", "ّ", "\u200c", "\u200f", "👍🏽", "11",
    " ", " ", " ", "  ", "\n", "،", ".", '"', "(", ")",
]


#: What may be attached before a proposal: a conjunction, a preposition, both (ل before a
#: contracted ال is the last letter of these).
CLITICS = {c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")}


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
       st.lists(st.sampled_from(KNOWN), min_size=1, max_size=4, unique=True))
def test_every_proposal_is_the_articles_text_at_a_word_boundary(text: str, known: list[str]) -> None:
    found = propagated(text, known=[("location", k) for k in known])
    folded_known = {fold_text(k) for k in known}
    last_end = -1
    for s in found:
        assert s.start < s.end and s.start >= last_end  # in order, never overlapping
        last_end = s.end
        core = fold_text(s.text)
        assert core in folded_known or "ا" + core in folded_known  # لحسكة: the contracted الحسكة
        after = fold_text(text[s.end:])
        assert not after or not _word_char(after[0])  # nothing attached after it
        before = fold_text(text[:s.start])
        word_start = len(before)
        while word_start and _word_char(before[word_start - 1]):
            word_start -= 1
        attached = before[word_start:]  # what is attached before it: only clitics
        short = core.split()[0] in ("m4", "تل")  # under four letters: only و
        assert attached in ({"", "و"} if short else CLITICS), (attached, s.text)
