"""Store.tagged_texts: the corpus lexicon that propagation reads (what was tagged, most used first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core import store as store_module
from annotator.core.model import Article, make_annotation
from annotator.core.store import Store
from tests.core.test_store_counts import _as_version_4


def _tag(store: Store, article: Article, tag: str, word: str, nth: int = 0) -> None:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(word, start + 1)
    store.add_annotation(make_annotation(article, tag, start, start + len(word)))


def test_distinct_pairs_of_the_given_tags_most_used_first(db_path: Path) -> None:
    text = "زار الوفد الحسكة ثم الحسكة ثم القامشلي. وقال مصطفى بالي إن ب و الحسكة " + "ط" * 70
    with Store.open(db_path) as store:
        a = store.add_article(Article(title="a", text=text))
        b = store.add_article(Article(title="b", text=text))
        _tag(store, a, "location", "الحسكة")
        _tag(store, b, "location", "الحسكة", 1)
        _tag(store, a, "location", "القامشلي")
        _tag(store, a, "speaker", "مصطفى بالي")
        _tag(store, a, "quote", "وقال")          # not one of the tags asked for
        _tag(store, a, "location", "ب")            # one code point: never
        _tag(store, a, "location", "ط" * 70)       # too long
        assert store.tagged_texts(["location", "speaker"]) == [
            ("location", "الحسكة"), ("speaker", "مصطفى بالي"), ("location", "القامشلي")]
        assert store.tagged_texts(["speaker"]) == [("speaker", "مصطفى بالي")]
        assert store.tagged_texts(["location", "speaker"], limit=1) == [("location", "الحسكة")]
        assert store.tagged_texts([]) == []
        # Only the newest annotations are read: the bound that keeps it fast on a large database.
        assert store.tagged_texts(["location", "speaker"], recent=4) == [("speaker", "مصطفى بالي")]


def test_a_read_only_old_file_answers_too(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db_path) as store:
        a = store.add_article(Article(title="a", text="في الحسكة"))
        _tag(store, a, "location", "الحسكة")
    _as_version_4(db_path)
    monkeypatch.setattr(store_module, "_writable", lambda _path: False)
    with Store.open(db_path) as store:
        assert store.read_only
        assert store.tagged_texts(["location"]) == [("location", "الحسكة")]
