"""Arabic-aware find: folding, and matches that map back to the original exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.search import find_in_text, fold, fold_text
from tests.conftest import SEED_TEXT

PIECES = ["ب", "ا", "ل", "ي", "أ", "إ", "آ", "ى", "ة", "ه", "َ", "ُ", "ّ", "ْ", "ـ", "\u200c", " ", "\n",
          "A", "b", "M4", "👍🏽", "🇸🇾", "İ", "،"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def test_folding_rules() -> None:
    assert fold_text("أإآٱا") == "ااااا"
    assert fold_text("مصطفى") == "مصطفي"
    assert fold_text("مدينةُ") == "مدينه"
    assert fold_text("مُحَمَّدٌ") == "محمد"
    assert fold_text("مـــرحبا") == "مرحبا"
    assert fold_text("Bali M4") == "bali m4"
    assert fold_text("می\u200cخواهم") == "میخواهم"


def test_find_ignores_harakat_hamza_and_maqsura_at_true_positions() -> None:
    text = "قالَ مُصطَفى بالي: إنّ «الدولة الإسلامية» مشكلةٌ دولية."
    [m] = find_in_text(text, "مصطفي")
    assert text[m.start:m.end] == "مُصطَفى"
    [m] = find_in_text(text, "ان")
    assert text[m.start:m.end] == "إنّ"
    matches = find_in_text(text, "دوليه")
    assert [text[x.start:x.end] for x in matches] == ["دولية"]
    assert [text[x.start:x.end] for x in find_in_text(text, "الدوله")] == ["الدولة"]


def test_find_in_the_sample_article() -> None:
    hits = find_in_text(SEED_TEXT, "بالي")
    assert len(hits) >= 5
    assert all(SEED_TEXT[h.start:h.end] == "بالي" for h in hits)
    assert find_in_text(SEED_TEXT, "اكثر")  # written أكثر
    whole = find_in_text(SEED_TEXT, "داعش", whole_words=True)
    assert whole and all(not SEED_TEXT[h.end].isalpha() for h in whole if h.end < len(SEED_TEXT))


@settings(max_examples=300)
@given(texts, st.integers(0, 80), st.integers(1, 12))
def test_every_substring_is_found_where_it_is(text: str, start: int, length: int) -> None:
    if not text:
        return
    start %= len(text)
    end = min(len(text), start + length)
    needle = fold_text(text[start:end]).strip()
    if not needle:
        return
    matches = find_in_text(text, text[start:end])
    for m in matches:
        # Each match, folded, is exactly the folded query: it maps back exactly.
        assert 0 <= m.start < m.end <= len(text)
        assert fold_text(text[m.start:m.end]) == needle
    # The occurrence the query was cut from is found, or overlaps a match
    # found before it (matches never overlap each other).
    assert any(m.start < end and start < m.end for m in matches)


@given(texts)
def test_to_original_is_monotonic_and_lands_on_kept_characters(text: str) -> None:
    folded = fold(text)
    previous = -1
    for i in range(len(folded.text)):
        o = folded.to_original(i)
        assert o > previous
        assert fold_text(text[o]) == folded.text[i]
        previous = o
    assert folded.to_original(len(folded.text)) == len(text)


@given(st.lists(st.sampled_from(["ق", "ا", "أ", "إ", "ى", "ة", "ـ", "َ", "ّ", "ٰ", "\u200c", "\u200f", " ", "A", "b",
                                 "İ", "👍"]), max_size=80).map("".join))
def test_fast_folding_matches_the_character_by_character_definition(text: str) -> None:
    """The regex-and-replace folding equals folding each character, and maps back exactly."""
    from annotator.core.search import _REMOVED, _REPLACED, fold, fold_text

    reference = "".join(_REPLACED.get(ch, ch) for ch in text if ch not in _REMOVED)
    lowered = reference.lower()
    if len(lowered) == len(reference):
        reference = lowered
    else:
        reference = "".join(c.lower() if len(c.lower()) == 1 else c for c in reference)
    assert fold_text(text) == reference
    folded = fold(text)
    for i, ch in enumerate(folded.text):
        assert fold_text(text[folded.to_original(i)]) == ch
