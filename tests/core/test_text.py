"""The text model: canonical text, offset maps, grapheme snapping, re-anchoring."""

from __future__ import annotations

import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotator.core.text import (
    OffsetMap,
    QuoteSelector,
    canonicalize,
    dominant_direction,
    grapheme_bounds,
    quote_selector,
    reanchor,
    snap_span,
)
from tests.conftest import TRICKY_TEXT

# Pieces that break naive offset code, mixed at random by the strategies.
PIECES = [
    "ق", "ا", "ل", "َ", "ُ", "ّ", "ـ", "\u200c", "\u200d", " ", "\n", "\r\n", "\r", "\u2028", "\u2029",
    "a", "M4", "11", "«", "»", "\"", ".", "👍", "🏽", "👍🏽", "🇸🇾", "👨‍👩‍👧", "𝔸", "é", "e\u0301", "\t",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def clusters(text: str) -> set[int]:
    """Every grapheme-cluster boundary of ``text``."""
    bounds = {0, len(text)}
    for m in regex.finditer(r"\X", text, flags=regex.DOTALL):
        bounds.add(m.end())
    return bounds


def test_canonicalize_line_breaks_and_bom() -> None:
    assert canonicalize("\ufeffa\r\nb\rc\u2028d\u2029e\n") == "a\nb\nc\nd\ne\n"
    # Nothing else changes: harakat, tatweel, ZWNJ and a BOM *inside* the text stay.
    kept = "مُحَمَّد مـــرحبا می\u200cخواهم x\ufeffy"
    assert canonicalize(kept) == kept


@given(texts)
def test_canonicalize_is_idempotent_and_leaves_no_carriage_return(text: str) -> None:
    once = canonicalize(text)
    assert canonicalize(once) == once
    assert "\r" not in once and "\u2028" not in once and "\u2029" not in once


@given(texts)
def test_offset_map_round_trips_every_position(text: str) -> None:
    text = canonicalize(text)
    m = OffsetMap(text)
    assert m.length_utf16 == len(text.encode("utf-16-le")) // 2
    for i in range(len(text) + 1):
        u = m.to_utf16(i)
        assert u == len(text[:i].encode("utf-16-le")) // 2
        assert m.from_utf16(u) == i


def test_offset_map_inside_a_surrogate_pair_maps_to_the_character_start() -> None:
    text = "a👍b"
    m = OffsetMap(text)
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert m.from_utf16(2) == 1  # between the halves of 👍


def test_offset_map_rejects_out_of_range() -> None:
    m = OffsetMap("abc")
    for bad in (-1, 4):
        try:
            m.to_utf16(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad} accepted")


@given(texts, st.integers(0, 200), st.integers(0, 200))
def test_snap_span_lands_on_clusters_and_trims_space(text: str, a: int, b: int) -> None:
    text = canonicalize(text)
    assume(text)
    a, b = a % (len(text) + 1), b % (len(text) + 1)
    result = snap_span(text, a, b)
    if result is None:
        lo, hi = min(a, b), max(a, b)
        # Only white space (or nothing) was selected.
        assert text[lo:hi].strip() == "" or hi == lo
        return
    start, end = result
    bounds = clusters(text)
    assert start in bounds and end in bounds
    assert 0 <= start < end <= len(text)
    # Neither end is a cluster of white space (a space carrying a haraka is
    # one cluster, not white space).
    first = text[start:grapheme_bounds(text, start)[1]]
    last = text[grapheme_bounds(text, end - 1)[0]:end]
    assert not first.isspace() and not last.isspace()
    # Everything that was selected and is not white space is still inside.
    lo, hi = min(a, b), max(a, b)
    inner = [i for i in range(lo, hi) if not text[i].isspace()]
    assert all(start <= i < end for i in inner)


def test_snap_keeps_harakat_and_emoji_modifiers_whole() -> None:
    text = "قالَ 👍🏽!"
    # Selecting the letter without its fatha, or the thumb without its tone.
    assert snap_span(text, 0, 3) == (0, 4)
    thumb = text.index("👍")
    assert snap_span(text, thumb, thumb + 1) == (thumb, thumb + 2)
    assert snap_span(text, 0, 2) == (0, 2)  # "قا" is two whole clusters
    assert snap_span(text, 4, 5) is None  # a lone space


def test_grapheme_bounds_of_a_family_emoji() -> None:
    text = "x👨‍👩‍👧y"
    assert grapheme_bounds(text, 3) == (1, 6)


def test_quote_selector_context() -> None:
    text = "0123456789" * 10
    sel = quote_selector(text, 40, 45)
    assert sel == QuoteSelector("01234", text[8:40], text[45:77])


def test_reanchor_refuses_a_match_without_context_or_inside_a_cluster() -> None:
    sel = quote_selector("قال بالي أمس", 4, 8)  # "بالي" with context on both sides
    assert reanchor("نص آخر تماماً فيه بالي فقط", sel) is None  # no context agrees
    assert reanchor("وقال بالي أمس", sel) == (5, 9)
    # "ا" inside "اَ" (alef with fatha) would cut a cluster in two.
    assert reanchor("اَ", QuoteSelector("ا", "", "")) is None


def test_reanchor_prefers_context_and_refuses_to_guess() -> None:
    old = "Bali said yes. Later Bali said no."
    sel = quote_selector(old, 21, 25)  # the second "Bali"
    new = "Intro. " + old
    assert reanchor(new, sel) == (28, 32)
    assert reanchor("nothing here", sel) is None
    # Two equally good places and no hint: ambiguous, so no guess.
    assert reanchor("Bali Bali", QuoteSelector("Bali", "", "")) is None
    # Without any stored context even a hint does not decide it: that would be a guess.
    assert reanchor("Bali Bali", QuoteSelector("Bali", "", ""), hint=5) is None
    # With context that agrees equally at both places, the old position decides.
    assert reanchor("x Bali y x Bali y", QuoteSelector("Bali", "x ", " y"), hint=10) == (11, 15)


@settings(max_examples=200)
@given(texts, st.integers(0, 100), st.integers(1, 20), texts)
def test_reanchor_finds_a_span_after_text_is_prepended(text: str, start: int, length: int, extra: str) -> None:
    text, extra = canonicalize(text), canonicalize(extra)
    assume(len(text) > 1)
    start = start % (len(text) - 1)
    span = snap_span(text, start, min(len(text), start + length))  # stored spans are snapped
    assume(span is not None)
    start, end = span
    sel = quote_selector(text, start, end)
    new = extra + text
    at = start + len(extra)
    found = reanchor(new, sel, hint=at)
    if found is None:
        # Only allowed when the prepended text glued onto the span's first
        # cluster (a combining mark at the old start), so it is no longer
        # whole — or when no context was stored and the span occurs twice.
        places = [i for i in range(len(new)) if new.startswith(sel.exact, i)]  # overlapping ones too
        ambiguous = not (sel.prefix or sel.suffix) and len(places) > 1
        assert grapheme_bounds(new, at)[0] != at or ambiguous
        return
    s, e = found
    assert (extra + text)[s:e] == sel.exact


def test_dominant_direction() -> None:
    assert dominant_direction("«نحن» hello") == "rtl"
    assert dominant_direction("M4 الطريق") == "ltr"
    assert dominant_direction("123 ...") == "ltr"


def test_tricky_text_fixture_has_what_it_claims() -> None:
    assert "\r\n" in TRICKY_TEXT and "🇸🇾" in TRICKY_TEXT and "َ" in TRICKY_TEXT
    assert OffsetMap(canonicalize(TRICKY_TEXT)).length_utf16 > len(canonicalize(TRICKY_TEXT))


def test_paragraph_numbers_skip_blank_lines() -> None:
    from annotator.core.text import line_and_column, paragraph_starts

    text = "Title\n\nDateline\n\n\nBody here"
    starts = paragraph_starts(text)
    assert [line_and_column(starts, text.index(w))[0] for w in ("Title", "Dateline", "Body")] == [1, 2, 3]
