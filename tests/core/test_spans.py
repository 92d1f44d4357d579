"""The span index: adding and removing many spans at once answers like adding them one by one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.spans import Span, SpanIndex

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40), st.sampled_from(["quote", "claim"])),
                 max_size=40).map(lambda xs: [Span(s, s + n, t, f"k{i}") for i, (s, n, t) in enumerate(xs)])


@given(spans, spans, st.data())
def test_bulk_changes_equal_one_by_one(first: list[Span], second: list[Span], data) -> None:
    second = [Span(s.start, s.end, s.tag, "n" + s.key) for s in second]
    removed = data.draw(st.lists(st.sampled_from([s.key for s in first] or ["none"]), max_size=10))
    bulk, single = SpanIndex(first), SpanIndex(first)
    bulk.remove_many(removed)
    bulk.add_many(second)
    for key in removed:
        single.remove(key)
    for span in second:
        single.add(span)
    assert len(bulk) == len(single)
    for lo in range(0, 260, 13):
        assert bulk.overlapping(lo, lo + 20) == single.overlapping(lo, lo + 20)
        assert bulk.segments(lo, lo + 20) == single.segments(lo, lo + 20)
