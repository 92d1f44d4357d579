"""Finding in an article piece by piece gives what one search over the whole text gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.find import PieceFinder, piece_starts
from annotator.core.search import find_in_text

# Letters the folding merges or removes, line breaks, spaces and a Latin word.
ALPHABET = st.sampled_from(list("اأإآبةهىيـَُِّ \n") + ["قال", "Said", "\u200d"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=120).map("".join), st.sampled_from(["ا", "قال", "اه", "ب ا", "said", "َ"]),
       st.booleans(), st.integers(1, 12))
def test_pieces_find_what_the_whole_text_finds(text: str, query: str, whole: bool, size: int) -> None:
    finder = PieceFinder(text, size)
    assert finder.find_all(query, whole) == find_in_text(text, query, whole)


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join), st.integers(1, 10), st.integers(0, 90))
def test_a_search_from_any_piece_covers_every_piece_once(text: str, size: int, origin: int) -> None:
    finder = PieceFinder(text, size)
    pieces = [k for k, _found in finder.search("ا", first=finder.piece_of(min(origin, len(text))))]
    assert sorted(pieces) == list(range(len(finder)))
    assert pieces[0] == finder.piece_of(min(origin, len(text)))


def test_pieces_start_after_line_breaks_and_a_long_paragraph_stays_whole() -> None:
    text = "سطر أول\n" + "كلمة " * 50 + "\nآخر\n"
    starts = piece_starts(text, 4)
    assert starts == [0, 8, 259]
    assert all(text[s - 1] == "\n" for s in starts[1:])


def test_folding_is_done_once_per_piece_and_idle_folding_finishes() -> None:
    finder = PieceFinder("أ\n" * 40, 2)
    assert finder.fold_some(5) is True
    while finder.fold_some(7):
        pass
    assert all(finder.folded(k) is finder.folded(k) for k in range(len(finder)))
    assert len(finder.find_all("ا")) == 40
