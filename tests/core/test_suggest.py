"""The suggestion engine and its first suggester: Arabic quotes with their speakers (Qt-free)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import BUILTIN_TAGS, ROLE_ATTRIBUTABLE, ROLE_SOURCE, Article, Tag, make_annotation
from annotator.core.suggest import Suggestion, suggest, tag_for_role
from annotator.core.suggest.quotes import QuoteSuggester, suggest_quotes
from tests.conftest import SEED_TEXT


def only(text: str) -> Suggestion:
    found = suggest_quotes(text)
    assert len(found) == 1, [(s.text, s.why) for s in found]
    return found[0]


def check_offsets(text: str, found: list[Suggestion]) -> None:
    for s in found:
        assert text[s.start:s.end] == s.text
        for span in (s.speaker, s.cue):
            if span is not None:
                assert text[span.start:span.end] == span.text


# --- cues: every form, with clitics, suffixes, harakat and tatweel ---------------------------

CUE_FORMS = [
    ("قال", 'قال سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وقال", 'وقال سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("فقال", 'فقال سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("قالت", 'قالت ليلى حسن: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وقالت", 'وقالت ليلى حسن إن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("يقول", 'يقول سامي يوسف إن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("تقول", 'تقول ليلى حسن: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("أكد", 'أكد سامي يوسف أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وأكدت", 'وأكدت ليلى حسن أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("فأضاف", 'فأضاف سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وأضـافَ", 'وأضـافَ سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("أوضح", 'أوضح سامي يوسف أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وأشارت", 'وأشارت ليلى حسن إلى أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("شدد", 'شدد سامي يوسف على أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("ونوه", 'ونوه سامي يوسف إلى أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وتابع", 'وتابع سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("صرح", 'صرح سامي يوسف بأن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وحذر", 'وحذر سامي يوسف من أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("ورأى", 'ورأى سامي يوسف أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("واعتبر", 'واعتبر سامي يوسف أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("ونفى", 'ونفى سامي يوسف أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("ودعا", 'ودعا سامي يوسف إلى أن "تعود المياه إلى الحي خلال أسبوع".'),
    ("ولفت", 'ولفت سامي يوسف إلى أن "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("واستدرك", 'واستدرك سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("وأردف", 'وأردف سامي يوسف: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("بحسب", '"المياه مقطوعة عن الحي منذ أسبوع"، بحسب سامي يوسف.'),
    ("وفقاً لـ", '"المياه مقطوعة عن الحي منذ أسبوع"، وفقاً لـ سامي يوسف.'),
    ("نقلاً عن", '"المياه مقطوعة عن الحي منذ أسبوع"، نقلاً عن سامي يوسف.'),
    ("جاء في", 'جاء في بيان البلدية: "المياه مقطوعة عن الحي منذ أسبوع".'),
    ("قوله", 'ونقلت الإذاعة عن سامي يوسف قوله إن "المياه مقطوعة عن الحي منذ أسبوع".'),
]


@pytest.mark.parametrize(("written", "text"), CUE_FORMS, ids=[w for w, _ in CUE_FORMS])
def test_each_cue_form_proposes_the_quote_with_its_speaker(written: str, text: str) -> None:
    s = only(text)
    assert s.text.startswith("المياه مقطوعة") or s.text.startswith("تعود المياه")
    assert s.kind == "direct" and s.tag == "quote" and s.suggester == "quotes"
    assert s.cue is not None and written.endswith(s.cue.text) or s.cue is not None and s.cue.text in written
    assert s.speaker is not None
    expected = "بيان البلدية" if written == "جاء في" else "ليلى حسن" if "ليلى" in text else "سامي يوسف"
    assert s.speaker.text == expected
    assert s.speaker_tag == "speaker"
    check_offsets(text, [s])


@pytest.mark.parametrize("participle", ["مضيفاً", "مردفاً", "موضحاً", "مشيراً", "قائلاً", "واصفاً"])
def test_participles_take_the_source_of_their_verb(participle: str) -> None:
    text = f'أكد سامي يوسف أن الحي بلا ماء، {participle} أن "الناس يشترون المياه من الصهاريج بأسعار عالية".'
    found = suggest_quotes(text)
    assert [s.kind for s in found] == ["indirect", "direct"]
    assert found[0].text == "الحي بلا ماء"
    quote = found[1]
    assert quote.cue is not None and quote.cue.text == participle
    assert quote.speaker is not None and quote.speaker.text == "سامي يوسف"


# --- quotation marks ------------------------------------------------------------------------


def test_quote_first_then_speaker() -> None:
    s = only('"لن نغادر بيوتنا مهما حصل"، يقول عمر خالد، وهو من سكان القرية.')
    assert s.text == "لن نغادر بيوتنا مهما حصل" and s.speaker is not None and s.speaker.text == "عمر خالد"
    assert s.cue is not None and s.cue.text == "يقول" and "then the cue" in s.why


def test_quote_first_summed_up_in_these_words() -> None:
    s = only("«الطريق مفتوح أمام الجميع»، بهذه الكلمات لخّص رامي ناصر موقف البلدية.")
    assert s.text == "الطريق مفتوح أمام الجميع" and s.speaker is not None and s.speaker.text == "رامي ناصر"


def test_guillemets_with_inner_quotation_marks() -> None:
    s = only('قال رامي ناصر: «لا نعرف متى تصل "القافلة الثانية" إلى المدينة».')
    assert s.text == 'لا نعرف متى تصل "القافلة الثانية" إلى المدينة'


@pytest.mark.parametrize("text", [
    'وقال رامي ناصر:" الطريق مغلق منذ الصباح".',
    'وقال رامي ناصر ":الطريق مغلق منذ الصباح".',
    'وقال رامي ناصر: “الطريق مغلق منذ الصباح”.',
])
def test_mismatched_and_curly_marks(text: str) -> None:
    s = only(text)
    assert s.text == "الطريق مغلق منذ الصباح" and s.speaker is not None and s.speaker.text == "رامي ناصر"


def test_a_quote_without_a_closing_mark_runs_to_the_paragraph_end() -> None:
    text = 'وقال رامي ناصر: "الطريق مغلق منذ الصباح، ولا نعرف متى يفتح.\n\nوفي سياق آخر، افتتحت البلدية مدرسة.'
    s = only(text)
    assert s.text == "الطريق مغلق منذ الصباح، ولا نعرف متى يفتح"
    assert "\n" not in s.text


def test_quoted_names_are_not_quotes() -> None:
    assert suggest_quotes('وزار مراسل "نورث برس" مقر "الهلال الأحمر" في المدينة.') == []
    assert suggest_quotes('وقال رامي ناصر في حديث لـ"نورث برس" إن الطريق مغلق.')[0].kind == "indirect"


# --- reported speech and sources -------------------------------------------------------------


def test_reported_speech_and_mixed() -> None:
    found = suggest_quotes(
        "وقال رامي ناصر إن البلدية ستفتح الطريق غداً. "
        'وأوضح أن العمال "يعملون ليلاً ونهاراً لإصلاح الجسر".'
    )
    assert [(s.kind, s.text) for s in found] == [
        ("indirect", "البلدية ستفتح الطريق غداً"),
        ("mixed", 'العمال "يعملون ليلاً ونهاراً لإصلاح الجسر"'),
    ]
    assert all(s.speaker is not None and s.speaker.text.endswith("ناصر") for s in found)


@pytest.mark.parametrize(("text", "speaker"), [
    ("قال مصدر مطلع لنورث برس إن القوات انسحبت من القرية ليلاً.", "مصدر مطلع"),
    ("وأكدت مصادر محلية أن القصف استمر حتى الفجر.", "مصادر محلية"),
    ("وقال مسؤول في وزارة الدفاع إن الهجوم فشل.", "مسؤول في وزارة الدفاع"),
])
def test_unnamed_sources(text: str, speaker: str) -> None:
    s = only(text)
    assert s.kind == "indirect" and s.speaker is not None and s.speaker.text == speaker


def test_titles_are_kept_apart_from_the_name() -> None:
    s = only("وقال المتحدث باسم الوزارة، رامي ناصر، إن الطريق سيفتح غداً.")
    assert s.speaker is not None and s.speaker.text == "رامي ناصر"
    s = only("وقال وزير النقل سمير حداد إن الطريق سيفتح غداً.")
    assert s.speaker is not None and s.speaker.text == "سمير حداد"


# --- coreference -----------------------------------------------------------------------------


def test_a_later_surname_resolves_to_the_full_name() -> None:
    text = ("أكد سمير حداد أن الجسر سيفتح غداً.\n\n"
            "وفي المساء زار الوزير المدينة.\n\n"
            'وقال حداد: "لن نترك أحداً بلا مأوى".')
    first, second = suggest_quotes(text)
    assert second.speaker is not None and second.speaker.text == "حداد"
    assert second.speaker.start == text.rindex("حداد")  # the nearest mention
    assert second.entity == "سمير حداد" and first.entity == "سمير حداد"


def test_a_bare_cue_links_to_the_nearest_mention_of_the_last_speaker() -> None:
    text = ("قال سمير حداد إن الجسر سيفتح غداً.\n\n"
            "وجاءت تصريحات حداد خلال زيارة للمدينة.\n\n"
            'وأضاف: "لن نترك أحداً بلا مأوى".\n\n'
            'وتابع: "المساعدات في الطريق".')
    found = suggest_quotes(text)
    assert [s.entity for s in found] == ["سمير حداد"] * 3
    nearest = text.index("حداد خلال")
    assert [s.speaker.start for s in found[1:] if s.speaker] == [nearest, nearest]
    assert "وأضاف" in found[1].why


def test_the_former_and_the_latter() -> None:
    text = ("قال سمير حداد إن البلدية بلا مال. وقالت ليلى حسن إن المدارس تنتظر.\n\n"
            "وفي ختام اللقاء أكد الأول أن الجسر سيفتح غداً، بينما رأت الثانية أن المدارس أولى بالمال.")
    found = suggest_quotes(text)[2:]
    assert [(s.text, s.entity, s.speaker.text if s.speaker else None) for s in found] == [
        ("الجسر سيفتح غداً", "سمير حداد", "سمير حداد"), ("المدارس أولى بالمال", "ليلى حسن", "ليلى حسن")]


# --- the engine ------------------------------------------------------------------------------


def test_the_engine_drops_rejected_and_annotated_and_keeps_reading_order() -> None:
    text = 'قال سمير حداد إن الجسر سيفتح غداً. وأضاف: "لن نترك أحداً بلا مأوى".'
    article = Article(title="t", text=text)
    found = suggest(article, [])
    assert [s.start for s in found] == sorted(s.start for s in found) and len(found) == 2
    done = make_annotation(article, "quote", found[0].start, found[0].end)
    assert suggest(article, [done]) == found[1:]
    assert suggest(article, [], rejected={found[1].key}) == found[:1]
    other_tag = make_annotation(article, "claim", found[0].start, found[0].end)
    assert suggest(article, [other_tag]) == found


def test_tags_are_chosen_by_role_not_name() -> None:
    tags = [Tag("اقتباس", "اقتباس", "#E69F00", "1", 0, ROLE_ATTRIBUTABLE),
            Tag("قائل", "قائل", "#56B4E9", "2", 1, ROLE_SOURCE)]
    article = Article(title="t", text='قال سمير حداد: "لن نترك أحداً بلا مأوى".')
    [s] = suggest(article, [], tags=tags)
    assert s.tag == "اقتباس" and s.speaker_tag == "قائل"
    assert tag_for_role(BUILTIN_TAGS, ROLE_ATTRIBUTABLE, "quote") == "quote"
    assert suggest(article, [], tags=[Tag("place", "Place", "#009E73")]) == []
    assert QuoteSuggester(tags).name == "quotes"


# --- offsets: every span is exactly the article's text ----------------------------------------

FRAGMENTS = [
    "قال", "وقالت", "وأضافَ", "فأضـاف", "مضيفاً", "بحسب", "يقول", "أكد", "أن", "إن", "بأن", "على", "إلى",
    "سمير", "حداد", "ليلى", "حسن", "المتحدث", "باسم", "الوزارة", "مصدر", "مطلع", "الأول", "الثانية",
    "الجسر", "مغلق", "كاغينس", "ـ", "ً", "ُّ", "\u200c", "👍🏽", "M4", "11.5",
    " ", " ", " ", "،", ":", ".", '"', "«", "»", "“", "”", "\n", "\n\n", "؟",
]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join))
def test_every_span_is_the_articles_text(text: str) -> None:
    found = suggest(Article(title="t", text=text), [])
    check_offsets(text, found)
    for s in found:
        assert s.start < s.end and s.kind in ("direct", "indirect", "mixed")


def test_offsets_hold_with_harakat_and_emoji() -> None:
    text = 'وقـالَ سَميرُ حدّادٌ 👍🏽: "الجِسْرُ مُغْلَقٌ منذُ الصباح". وأضافَ أنّ الطريقَ بعيدٌ.'
    found = suggest_quotes(text)
    check_offsets(text, found)
    assert found[0].speaker is not None and found[0].speaker.text == "سَميرُ حدّادٌ"
    assert found[1].kind == "indirect"


# --- the sample article ----------------------------------------------------------------------

#: Known quotes of the sample: (opening words, who).
SAMPLE_QUOTES = [
    ("مهمتنا الأساسية هي القضاء", "مايلس كاغينس"),
    ("نحن نجمع معلومات استخباراتية", "مايلس كاغينس"),
    ("قوات التحالف الدولي تسير", "مايلس كاغينس"),
    ("دوريات التحالف الدولي مستمرة", "مايلس كاغينس"),
    ("كل تحركاتنا يتم تأمينها", "مايلس كاغينس"),
    ("كلما سنحت لنا الفرصة", "مايلس كاغينس"),
    ("مكونات المنطقة من كرد", "مصطفى بالي"),
    ("مهما حصل، نحن متيقنون", "مصطفى بالي"),
    ("لدينا أكثر من 12 ألف", "مصطفى بالي"),
]


def test_the_sample_articles_quotes_come_with_the_right_speaker() -> None:
    found = suggest(Article(title="t", text=SEED_TEXT), [])
    check_offsets(SEED_TEXT, found)
    for opening, who in SAMPLE_QUOTES:
        [s] = [s for s in found if s.text.startswith(opening)]
        assert s.kind == "direct" and s.entity == who, (opening, s.why)
        assert s.speaker is not None and who.endswith(s.speaker.text.split()[-1])
    bali_by_title = [s for s in found if s.text.startswith("هذا")]
    assert bali_by_title and bali_by_title[0].kind == "mixed" and bali_by_title[0].entity == "مصطفى بالي"
    assert not [s for s in found if s.text in ("نورث برس", "الدولة الإسلامية")]
