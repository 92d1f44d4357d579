"""The suggestion engine and its first suggester: Arabic quotes with their speakers (Qt-free)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import BUILTIN_TAGS, ROLE_ATTRIBUTABLE, ROLE_SOURCE, Article, Tag, make_annotation
from annotator.core.search import fold_text
from annotator.core.suggest import Suggestion, suggest, tag_for_role
from annotator.core.suggest.cues import find_cues
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
    # Quoted words after a colon are direct; after أن/إن (or a form of قال with إن) the reporter's
    # syntax carries them: mixed, as the gold set marks them.
    assert s.kind == ("mixed" if " أن \"" in text or " إن \"" in text or " بأن \"" in text else "direct")
    assert s.tag == "quote" and s.suggester == "quotes"
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
    assert [s.kind for s in found] == ["indirect", "mixed"]
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


# --- every form of every cue of the issue, with the gender and number of its subject ----------

#: (lemma, masculine, feminine, plural) forms as written, past and present; participles below.
ISSUE_VERBS = [
    ("قال", "قال يقول", "قالت تقول", "قالوا يقولون"),
    ("أكد", "أكّد يؤكد", "أكدت تؤكد", "أكدوا يؤكدون"),
    ("أضاف", "أضاف يضيف", "أضافت تضيف", "أضافوا يضيفون"),
    ("أوضح", "أوضح يوضح", "أوضحت توضح", "أوضحوا يوضحون"),
    ("أشار", "أشار يشير", "أشارت تشير", "أشاروا يشيرون"),
    ("شدد", "شدّد يشدد", "شددت تشدد", "شددوا يشددون"),
    ("نوه", "نوّه ينوه", "نوهت تنوه", "نوهوا ينوهون"),
    ("تابع", "تابع يتابع", "تابعت تتابع", "تابعوا يتابعون"),
    ("صرح", "صرّح يصرح", "صرحت تصرح", "صرحوا يصرحون"),
    ("حذر", "حذّر يحذر", "حذرت تحذر", "حذروا يحذرون"),
    ("رأى", "رأى يرى", "رأت ترى", "رأوا يرون"),
    ("اعتبر", "اعتبر يعتبر", "اعتبرت تعتبر", "اعتبروا يعتبرون"),
    ("نفى", "نفى ينفي", "نفت تنفي", "نفوا ينفون"),
    ("دعا", "دعا يدعو", "دعت تدعو", "دعوا يدعون"),
    ("لفت", "لفت يلفت", "لفتت تلفت", "لفتوا يلفتون"),
    ("استدرك", "استدرك يستدرك", "استدركت تستدرك", "استدركوا يستدركون"),
    ("أردف", "أردف يردف", "أردفت تردف", "أردفوا يردفون"),
]
ISSUE_PARTICIPLES = [("أضاف", "مضيفاً", "مضيفةً", "مضيفين"), ("أردف", "مردفاً", "مردفةً", "مردفين"),
                     ("أوضح", "موضحاً", "موضحةً", "موضحين"), ("أشار", "مشيراً", "مشيرةً", "مشيرين"),
                     ("قال", "قائلاً", "قائلةً", "قائلين"), ("وصف", "واصفاً", "واصفةً", "واصفين"),
                     ("اعتبر", "معتبراً", "معتبرةً", "معتبرين"), ("أكد", "مؤكداً", "مؤكدةً", "مؤكدين")]


def _cue_of(word: str) -> tuple[str, str, str]:
    folded = fold_text(word)
    [cue] = find_cues(folded)
    assert (cue.written_start, cue.end) == (0, len(folded)), word
    return cue.kind, cue.lemma, cue.gender


@pytest.mark.parametrize(("lemma", "masculine", "feminine", "plural"), ISSUE_VERBS, ids=[v[0] for v in ISSUE_VERBS])
def test_every_verb_cue_in_every_form_knows_its_subject(lemma: str, masculine: str, feminine: str,
                                                        plural: str) -> None:
    for forms, gender in ((masculine, "m"), (feminine, "f"), (plural, "p")):
        for form in forms.split():
            for written in (form, "و" + form, "ف" + form, form[0] + "ـ" + form[1:]):
                assert _cue_of(written) == ("verb", lemma, gender), written


@pytest.mark.parametrize(("lemma", "masculine", "feminine", "plural"), ISSUE_PARTICIPLES,
                         ids=[v[1] for v in ISSUE_PARTICIPLES])
def test_every_participle_in_every_form_knows_its_subject(lemma: str, masculine: str, feminine: str,
                                                          plural: str) -> None:
    for form, gender in ((masculine, "m"), (feminine, "f"), (plural, "p")):
        assert _cue_of(form) == ("participle", lemma, gender), form


def test_feminine_plural_forms_are_cues_of_a_group() -> None:
    assert [_cue_of(w) for w in ("قلن", "يؤكدن", "أضفن")] == [
        ("verb", "قال", "p"), ("verb", "أكد", "p"), ("verb", "أضاف", "p")]


def test_saying_forms_know_their_subject() -> None:
    assert [_cue_of(w)[2] for w in ("قوله", "لقولها", "قولهم")] == ["m", "f", "p"]


def test_a_cue_after_a_refusal_or_a_negation_is_nobodys_words() -> None:
    s = only("وقال المتحدث باسم الوزارة، الذي رفض ذكر اسمه، إن الطريق مغلق.")
    assert s.text == "الطريق مغلق" and s.speaker is not None and s.speaker.text == "المتحدث باسم الوزارة"
    assert suggest_quotes("وغادر الوفد دون أن يوضح أن الاتفاق انتهى.") == []
    assert suggest_quotes("ولم يذكر الوزير أن الاتفاق انتهى.") == []
    s = only("وقال الوزير إن الاتفاق انتهى، ولم يذكر أن الحرب ستعود.")  # the denial ends the clause
    assert s.text == "الاتفاق انتهى"


# --- titles kept apart from names ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ('ودعا رئيس المجلس المحلي، أحمد العلي، المنظمات الدولية إلى "التحقيق المستقل في ما جرى".', "أحمد العلي"),
    ("«لن نسمح بانقطاع مياه الشرب»، بهذه الكلمات لخّص وزير المياه في الإدارة المحلية، سامر الخطيب، "
     "خطة وزارته.", "سامر الخطيب"),
    ("وقال رئيس المجلس المحلي، أحمد العلي، إن الطريق سيفتح غداً.", "أحمد العلي"),
    ("وقال وزير المياه سامر الخطيب إن المحطة ستعود إلى العمل.", "سامر الخطيب"),
    ("وأشار مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إلى أن القصف مستمر.", "رامي عبد الرحمن"),
    ("وقال سامر الخطيب لنورث برس إن المحطة ستعود إلى العمل.", "سامر الخطيب"),
    ("من جانبها، قالت رئيسة لجنة التربية، نسرين العبد الله، إن اللجنة أعدّت خطة.", "نسرين العبد الله"),
])
def test_an_apposition_gives_the_name_not_the_title(text: str, speaker: str) -> None:
    s = only(text)
    assert s.speaker is not None and s.speaker.text == speaker and s.entity == speaker
    check_offsets(text, [s])


def test_a_family_name_with_the_article_is_the_persons_surname() -> None:
    text = 'قال أحمد العلي إن الطريق مغلق.\n\nوقال العلي: "سنعيد فتحه قريباً".'
    first, second = suggest_quotes(text)
    assert first.speaker is not None and first.speaker.text == "أحمد العلي"
    assert second.speaker is not None and second.speaker.text == "العلي" and second.entity == "أحمد العلي"


def test_an_institutions_name_is_a_description_not_a_person() -> None:
    s = only("وبحسب المرصد السوري لحقوق الإنسان، فإن القصف أسفر عن إصابة ثلاثة مدنيين.")
    assert s.speaker is not None and s.speaker.text == "المرصد السوري لحقوق الإنسان"


@pytest.mark.parametrize(("text", "speaker"), [
    ('وذكرت صحيفة "الوطن" أن الاتفاق هش.', 'صحيفة "الوطن"'),
    ("وقالت وكالة «سانا» إن الاتفاق هش.", "وكالة «سانا»"),
    ('وقال مراسل "نورث برس" إن الطريق مغلق.', 'مراسل "نورث برس"'),
])
def test_an_outlets_name_in_quotation_marks_is_part_of_the_source(text: str, speaker: str) -> None:
    s = only(text)
    assert s.kind == "indirect" and s.speaker is not None and s.speaker.text == speaker


def test_the_occasion_of_a_statement_is_not_its_source() -> None:
    s = only("أعلن الجيش في بيان، صباح اليوم، أن قواته سيطرت على القرية.")
    assert s.text == "قواته سيطرت على القرية" and s.speaker is not None and s.speaker.text == "الجيش"
    s = only("وأوضح الخطيب خلال زيارته للمحطة أن المضخات تعمل.")
    assert s.text == "المضخات تعمل" and s.speaker is not None and s.speaker.text == "الخطيب"
    assert suggest_quotes("قال سامي يوسف بعد أن التقى الوزير في دمشق.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("قال مسؤول رفض الكشف عن اسمه إن القوات انسحبت من القرية.", "مسؤول رفض الكشف عن اسمه"),
    ("وقال مسؤول، فضّل عدم الكشف عن هويته، إن القوات انسحبت من القرية.", "مسؤول"),
])
def test_an_unnamed_source_who_asked_not_to_be_named(text: str, speaker: str) -> None:
    s = only(text)
    assert s.kind == "indirect" and s.speaker is not None and s.speaker.text == speaker


def test_a_headline_that_names_a_document_is_no_quote() -> None:
    assert suggest_quotes("بيان للجيش: استهداف مستودع أسلحة قرب الحدود\n\nدمشق – وكالات") == []
    s = only("وزير المياه: «لن نسمح بانقطاع مياه الشرب عن المدينة هذا الصيف»")
    assert s.speaker is not None and s.speaker.text == "وزير المياه"
    s = only("معلمات الرقة: «نُدرّس في خيام منذ عامين»")
    assert s.speaker is not None and s.speaker.text == "معلمات الرقة"


# --- a source before its verb ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "speaker"), [
    ("أما المهندس كمال يوسف، مدير محطة الضخ، فقد حذّر من أن «المخزون الحالي لا يكفي لأكثر من عشرين يوماً».",
     "كمال يوسف"),
    ("أما الوزيرة ليلى حسن فقالت إن الخطة جاهزة منذ أسبوع.", "ليلى حسن"),
    ("أما السكان فيقولون إن المياه لم تصل منذ أسبوع.", "السكان"),
    ("وكان وزير المياه سامر الخطيب قد أكد أن المحطة ستعمل خلال أسبوعين.", "سامر الخطيب"),
])
def test_a_topicalised_source_before_its_verb(text: str, speaker: str) -> None:
    before = 'وقال رامي ناصر: "لن نترك أحداً بلا ماء".\n\n'
    found = suggest_quotes(before + text)
    assert len(found) == 2, [(s.text, s.why) for s in found]
    s = found[1]
    assert s.speaker is not None and s.speaker.text == speaker and s.entity == speaker
    check_offsets(before + text, found)


def test_after_amma_the_verb_may_come_later_in_its_clause() -> None:
    text = ('وقال رامي ناصر: "لن نترك أحداً بلا ماء".\n\n'
            "أما المعلمة سلمى الحسين فتختم حديثها بالقول: «سأبقى هنا ما دام هناك طفل يريد أن يتعلم».")
    s = suggest_quotes(text)[1]
    assert s.speaker is not None and s.speaker.text == "سلمى الحسين" and s.cue is not None and s.cue.text == "بالقول"


@pytest.mark.parametrize(("text", "speaker"), [
    ("إلا أن معلمات التقتهن «نورث برس» قلن إن الزيادة «لم تغيّر شيئاً أمام ارتفاع الأسعار».", "معلمات التقتهن"),
    ("لكن مسؤولين في البلدية أكدوا أن الصهاريج ستصل غداً.", "مسؤولين في البلدية"),
])
def test_a_subject_between_a_connector_and_its_verb(text: str, speaker: str) -> None:
    before = 'وقال رامي ناصر: "لن نترك أحداً بلا ماء".\n\n'
    s = suggest_quotes(before + text)[-1]
    assert s.speaker is not None and s.speaker.text == speaker


def test_a_topic_before_the_verb_is_not_a_source() -> None:
    text = 'وقال رامي ناصر: "لن نترك أحداً بلا ماء".\n\nأما الوضع الأمني فقد أكد أنه مستقر تماماً.'
    s = suggest_quotes(text)[1]
    assert s.speaker is not None and s.speaker.text == "رامي ناصر"


# --- pronoun-only cues agree with their antecedent ---------------------------------------------------


def test_a_feminine_cue_goes_to_the_woman_a_masculine_one_to_the_man() -> None:
    text = ("قال سامي يوسف إن الطريق مغلق. وقالت ليلى حسن إن المدارس مغلقة.\n\n"
            "وأضاف أن الجسر سيفتح غداً.\n\n"
            "وأضافت أن المعلمين لم يتقاضوا رواتبهم.\n\n"
            'وتابع: "لن نترك أحداً بلا مأوى".')
    found = suggest_quotes(text)
    assert [s.entity for s in found] == ["سامي يوسف", "ليلى حسن", "سامي يوسف", "ليلى حسن", "سامي يوسف"]
    assert "وأضافت" in found[3].why


def test_a_feminine_participle_does_not_take_a_mans_verb() -> None:
    text = ("قالت ليلى حسن إن المدارس مغلقة.\n\n"
            'وأكد سامي يوسف أن الطريق مغلق، مضيفةً أن "المعلمين لم يتقاضوا رواتبهم منذ أشهر".')
    found = suggest_quotes(text)
    assert [s.entity for s in found] == ["ليلى حسن", "سامي يوسف", "ليلى حسن"]


def test_a_feminine_title_makes_a_woman_of_someone_not_quoted_yet() -> None:
    text = ("قال سامي يوسف إن الطريق مغلق منذ الصباح.\n\n"
            "وتفقدت وزيرة الصحة ريم العلي المستشفى يوم الأحد.\n\n"
            "وقالت إن الأدوية ستصل خلال أيام.")
    found = suggest_quotes(text)
    assert [s.entity for s in found] == ["سامي يوسف", "ريم العلي"]
    assert found[1].speaker is not None and found[1].speaker.text == "ريم العلي"


def test_a_plural_cue_goes_to_a_group() -> None:
    text = ("قال السكان إن المياه مقطوعة منذ أسبوع. وقال رئيس البلدية سامي يوسف إن الصهاريج في الطريق.\n\n"
            "وأضافوا أن الأطفال يمرضون.\n\n"
            'وتابع: "نعمل ليلاً ونهاراً".')
    found = suggest_quotes(text)
    assert [s.entity for s in found] == ["السكان", "سامي يوسف", "السكان", "سامي يوسف"]


def test_a_plural_participle_goes_to_a_group_before_a_single_speaker() -> None:
    text = ("وقال شهود عيان إن الطائرات قصفت السوق.\n\n"
            'وأكد مدير الدفاع المدني سامي يوسف أن فرقه انتشلت الجثث، معتبرين أن "ما جرى مجزرة بحق المدنيين".')
    found = suggest_quotes(text)
    assert [s.entity for s in found] == ["شهود عيان", "سامي يوسف", "شهود عيان"]


def test_a_descriptions_last_word_is_no_surname() -> None:
    text = ("قال مدير مكتب الإعلام إن الطريق مغلق.\n\n"
            "وأصدر مكتب الإعلام بياناً مساء أمس.\n\n"
            "وأضاف أن الجسر سيفتح غداً.")
    s = suggest_quotes(text)[1]
    assert s.speaker is not None and s.speaker.text == "مدير مكتب الإعلام" and s.speaker.start == 4


def test_the_former_and_the_latter_named_with_titles_in_passing() -> None:
    text = ("واجتمع الوزير سامر الخطيب مع رئيسة البلدية ليلى حسن.\n\n"
            "وأكد الأول أن المحطة ستعمل، بينما رأت الثانية أن الصهاريج أولى.")
    found = suggest_quotes(text)
    assert [(s.entity, s.speaker.text if s.speaker else None) for s in found] == [
        ("سامر الخطيب", "سامر الخطيب"), ("ليلى حسن", "ليلى حسن")]


# --- interviews --------------------------------------------------------------------------------------


def test_an_interviews_answers_are_the_interviewees_words() -> None:
    text = ("التقت نورث برس مع وزيرة المياه ليلى حسن، وكان هذا الحوار:\n\n"
            "س: متى تعود المياه إلى الأحياء الشرقية؟\n\n"
            "ج: نعمل على إصلاح المحطة، ونتوقع أن تعود المياه خلال أسبوعين.\n\n"
            "س: وماذا عن الصهاريج؟\n\n"
            "ج: وزعنا أكثر من مئتي خزان على الأحياء.")
    found = suggest_quotes(text)
    assert [s.text for s in found] == ["نعمل على إصلاح المحطة، ونتوقع أن تعود المياه خلال أسبوعين",
                                       "وزعنا أكثر من مئتي خزان على الأحياء"]
    assert all(s.kind == "direct" and s.entity == "ليلى حسن" for s in found)
    assert all(s.speaker is not None and s.speaker.start == text.index("ليلى حسن") for s in found)
    check_offsets(text, found)


def test_the_interviewee_may_be_named_in_an_apposition_of_the_introduction() -> None:
    text = ('قال رامي ناصر: "لن نترك أحداً بلا ماء".\n\n'
            "وفي حوار مع «نورث برس»، تحدثت المديرة التنفيذية لمنظمة «بسمة» للتعليم، ريم الصالح، عن المشاريع:\n\n"
            "س: لماذا انسحبت المنظمات؟\n\n"
            "ج: لم تنسحب كل المنظمات، لكن التمويل الدولي انخفض إلى النصف.")
    answer = suggest_quotes(text)[-1]
    assert answer.text == "لم تنسحب كل المنظمات، لكن التمويل الدولي انخفض إلى النصف"
    assert answer.speaker is not None and answer.speaker.text == "ريم الصالح"


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


def test_reading_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    text = 'قال سمير حداد: "لن نترك أحداً بلا مأوى".'
    assert gc.isenabled()
    assert len(suggest_quotes(text)) == 1 and gc.isenabled()
    gc.disable()
    try:
        assert len(suggest_quotes(text)) == 1 and not gc.isenabled()
    finally:
        gc.enable()


# --- offsets: every span is exactly the article's text ----------------------------------------

FRAGMENTS = [
    "قال", "وقالت", "وأضافَ", "فأضـاف", "مضيفاً", "بحسب", "يقول", "أكد", "أن", "إن", "بأن", "على", "إلى",
    "سمير", "حداد", "ليلى", "حسن", "المتحدث", "باسم", "الوزارة", "مصدر", "مطلع", "الأول", "الثانية",
    "الجسر", "مغلق", "كاغينس", "ـ", "ً", "ُّ", "\u200c", "👍🏽", "M4", "11.5",
    "أما", "فقد", "فقالت", "وكان", "قد", "قلن", "بالقول", "الوزيرة", "رئيسة", "العبد", "الله", "السكان",
    "وأضافوا", "معتبرين", "لكن", "رفض", "ذكر", "اسمه", "صحيفة", "س:", "ج:", "مع", "في بيان",
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

#: Known quotes of the sample: (opening words, who, kind — as the gold set marks them).
SAMPLE_QUOTES = [
    ("مهمتنا الأساسية هي القضاء", "مايلس كاغينس", "direct"),
    ("نحن نجمع معلومات استخباراتية", "مايلس كاغينس", "direct"),
    ("قوات التحالف الدولي تسير", "مايلس كاغينس", "mixed"),  # وأضاف: أن "…"
    ("دوريات التحالف الدولي مستمرة", "مايلس كاغينس", "mixed"),  # أن "…"
    ("كل تحركاتنا يتم تأمينها", "مايلس كاغينس", "mixed"),  # مردفاً أن "…"
    ("كلما سنحت لنا الفرصة", "مايلس كاغينس", "direct"),
    ("مكونات المنطقة من كرد", "مصطفى بالي", "mixed"),  # أن "…"
    ("مهما حصل، نحن متيقنون", "مصطفى بالي", "direct"),
    ("لدينا أكثر من 12 ألف", "مصطفى بالي", "direct"),
]


def test_the_sample_articles_quotes_come_with_the_right_speaker() -> None:
    found = suggest(Article(title="t", text=SEED_TEXT), [])
    check_offsets(SEED_TEXT, found)
    for opening, who, kind in SAMPLE_QUOTES:
        [s] = [s for s in found if s.text.startswith(opening)]
        assert s.kind == kind and s.entity == who, (opening, s.why)
        assert s.speaker is not None and who.endswith(s.speaker.text.split()[-1])
    bali_by_title = [s for s in found if s.text.startswith("هذا")]
    assert bali_by_title and bali_by_title[0].kind == "mixed" and bali_by_title[0].entity == "مصطفى بالي"
    assert not [s for s in found if s.text in ("نورث برس", "الدولة الإسلامية")]
