"""Words and clean span ends: what a selection becomes before it is stored."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.text import grapheme_bounds, snap_span
from annotator.core.words import EDGE_PUNCTUATION, WORD_WINDOW, clean_span, snap_to_words, word_bounds
from tests.conftest import SEED_TEXT
from tests.core.test_text import PIECES, clusters

WORDY = PIECES + ["بالي", "وبالحسكة", "،", ":", "؛", "(", ")", "“", "”", "‹", "›", "'", "!", "?", "11.5", "-", "%"]
texts = st.lists(st.sampled_from(WORDY), max_size=50).map("".join)


def cleaned(text: str, needle: str, *, words: bool = False, start_at: int = 0) -> str | None:
    start = text.index(needle, start_at)
    span = clean_span(text, start, start + len(needle), words=words)
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(("selected", "stored"), [
    ("بالي،", "بالي"),
    ("مصطفى بالي، ", "مصطفى بالي"),
    ('"مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا."',
     "مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا"),
    ("(داعش)", "داعش"),
    ("الحسكة – ", "الحسكة"),
    ('كاغينس: "', "كاغينس"),
])
def test_punctuation_and_quotation_marks_are_trimmed_from_the_seed(selected: str, stored: str) -> None:
    assert cleaned(SEED_TEXT, selected) == stored


@pytest.mark.parametrize(("text", "stored"), [
    ("«نحن هنا»", "نحن هنا"),
    ("«نحن» هنا", "«نحن» هنا"),         # the partner is inside: trimming would not enter the span
    ('"a" b "c"', '"a" b "c"'),
    ('He said "yes".', 'He said "yes"'),
    (':"مهمتنا":', "مهمتنا"),            # mismatched marks of real copy
    ("‹x›, ", "x"),
    ("U.S.", "U.S."),                   # an abbreviation keeps its point
    ("the U.S.", "the U.S."),
    ("in 2019.", "in 2019"),
    ("11.5%", "11.5%"),                 # a percent sign is part of a figure
    ("...", "..."),                     # only punctuation: kept, never emptied
    ("«", "«"),
    ("👍🏽!", "👍🏽"),
])
def test_trimming_rules(text: str, stored: str) -> None:
    assert cleaned(text, text) == stored


def test_white_space_only_is_nothing() -> None:
    assert clean_span(" \n\t ", 0, 4) is None


def test_words_keep_attached_clitics_figures_and_hyphens() -> None:
    text = "وقال إن وبالحسكة 11.5 و1,000 al-Hasakah Caggins's M4 👍🏽 داعش،"
    for word in ("وبالحسكة", "11.5", "و1,000", "al-Hasakah", "Caggins's", "M4"):
        start = text.index(word)
        for inside in range(start, start + len(word)):
            assert word_bounds(text, inside) == (start, start + len(word)), (word, inside)
    emoji = text.index("👍🏽")
    assert word_bounds(text, emoji + 1) == (emoji, emoji + 2)  # not a word: its own cluster
    comma = text.rindex("،")
    assert word_bounds(text, comma) == (comma, comma + 1)
    assert word_bounds(text, len(text)) == (len(text), len(text))


def test_word_snapping_widens_a_partial_selection() -> None:
    text = SEED_TEXT
    start = text.index("الحسكة وتل تمر")
    # From inside الحسكة to inside تمر: both words whole.
    assert cleaned(text, "سكة وتل ت", words=True, start_at=start) == "الحسكة وتل تمر"
    one = text.index("كاغينس")
    assert clean_span(text, one + 2, one + 3, words=True) == (one, one + 6)


def test_a_huge_word_is_followed_only_within_the_window() -> None:
    text = "ب" * 100_000
    start, end = word_bounds(text, 50_000)
    assert start <= 50_000 < end and end - start <= 2 * WORD_WINDOW + 2


@given(texts, st.integers(0, 200), st.integers(0, 200), st.booleans())
def test_clean_span_properties(text: str, a: int, b: int, words: bool) -> None:
    a, b = a % (len(text) + 1), b % (len(text) + 1)
    span = clean_span(text, a, b, words=words)
    snapped = snap_span(text, a, b)
    if snapped is None:
        assert span is None
        return
    if span is None:
        # Only white space once widened to words is impossible; so is it without.
        raise AssertionError((text, a, b))
    start, end = span
    assert 0 <= start < end <= len(text)
    assert start in clusters(text) and end in clusters(text)
    piece = text[start:end]
    first, last = text[start:grapheme_bounds(text, start)[1]], text[grapheme_bounds(text, end - 1)[0]:end]
    assert not first.isspace() and not last.isspace()
    # Trimming stays inside what was selected (widened to words when asked).
    outer = snap_to_words(text, *snapped) if words else snapped
    assert outer[0] <= start and end <= outer[1]
    # Cleaning twice changes nothing.
    assert clean_span(text, start, end, words=words) == span
    # An edge mark survives only when the span is nothing but marks and spaces.
    if first in EDGE_PUNCTUATION or last in EDGE_PUNCTUATION:
        assert all(ch in EDGE_PUNCTUATION or ch.isspace() or not ch.isalnum() for ch in piece), piece
    if words:
        assert word_bounds(text, start)[0] == start
        assert word_bounds(text, end - 1)[1] == end


@given(texts, st.integers(0, 200))
def test_word_bounds_contain_the_position(text: str, pos: int) -> None:
    pos = pos % (len(text) + 1)
    start, end = word_bounds(text, pos)
    if pos == len(text):
        assert start == end == len(text)
    else:
        assert start <= pos < end
        assert start in clusters(text) and end in clusters(text)


def test_shortened_text_is_cut_between_words() -> None:
    from annotator.core.text import shorten

    title = SEED_TEXT.split("\n", 1)[0]
    short = shorten(title, 60)
    assert short.endswith("…") and len(short) <= 60
    kept = short[:-1]
    assert title.startswith(kept) and title[len(kept)] == " "  # the next character starts a new word
    assert shorten("كلمة " * 3, 60) == "كلمة كلمة كلمة"
    assert shorten("ب" * 100, 10) == "ب" * 9 + "…"


@pytest.mark.parametrize("hostile", ["“" * 32000, "«" * 20000 + " نص", "." * 20000, " " * 8000 + "x" + " " * 8000,
                                     "« " * 20000])
def test_cleaning_a_hostile_selection_is_bounded(hostile: str) -> None:
    import time

    began = time.perf_counter()
    span = clean_span(hostile, 0, len(hostile), words=True)
    elapsed = time.perf_counter() - began
    assert span is not None and hostile[span[0]:span[1]].strip()
    # Bounded work, not a timing target: a scan per mark took 10 s here.
    assert elapsed < 2.0
