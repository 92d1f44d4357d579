"""The gold set resolves: every quote and source is where the files say, in reading order."""

from __future__ import annotations

from tests.gold import articles


def test_every_gold_quote_and_source_is_found_in_its_text() -> None:
    gold = articles()
    assert {g.name for g in gold} >= {"sample", "water", "statement"}
    kinds = set()
    for article in gold:
        starts = [q.start for q in article.quotes]
        assert starts == sorted(starts), article.name  # reading order
        for q in article.quotes:
            assert 0 <= q.start < q.end <= len(article.text)
            kinds.add(q.kind)
            if q.speaker is not None:
                s, e = q.speaker
                assert article.text[s:e].strip() == article.text[s:e]  # a span, not white space
                assert not (s < q.end and q.start < e)  # the source is outside its quote
        for name in article.not_quotes:
            assert name in article.text
    assert kinds == {"direct", "indirect", "mixed"}
    assert sum(len(a.quotes) for a in gold) >= 30
