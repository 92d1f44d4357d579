"""The sample article(s) shipped in ``seeds/`` and opened on first launch."""

from __future__ import annotations

import json
from pathlib import Path

from ..paths import SEEDS_DIR
from .errors import ImportRefused
from .model import Article
from .reading import article_from_text, decode_text, import_article, json_problem
from .store import Store

SEEDED_KEY = "seeded"
_FIELDS = {"title": str, "source": str, "authors": list, "url": str, "published": str, "language": str,
           "dateline": str}


def read_seed(path: Path) -> Article:
    """A seed article: ``NAME.txt`` with its metadata from ``NAME.json`` beside it."""
    text, _ = decode_text(path.read_bytes(), path.name)
    meta: dict[str, object] = {}
    meta_path = path.with_suffix(".json")
    if meta_path.is_file():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ImportRefused("%1: its metadata is not valid JSON (%2).", meta_path.name, json_problem(exc)) from None
        for key, value in meta.items():
            kind = _FIELDS.get(key)
            if kind is None or not (value is None or isinstance(value, kind)):
                raise ImportRefused("%1: '%2' is not a known field of the right type.", meta_path.name, key)
    return article_from_text(text, path.name, **meta)


def seed_files(folder: Path = SEEDS_DIR) -> list[Path]:
    """The seed articles, in file-name order (each ``.txt`` may have a ``.json``)."""
    return sorted(folder.glob("*.txt"))


def ensure_seeded(store: Store, folder: Path = SEEDS_DIR) -> list[Article]:
    """Import the seed articles into a database that has never been seeded.

    Only an empty database that was never seeded gets them, so a reporter who
    deletes the sample does not see it come back.
    """
    if store.get_meta(SEEDED_KEY) is not None:
        return []
    articles: list[Article] = []
    if store.article_count() == 0:
        for path in seed_files(folder):
            article, _ = import_article(store, read_seed(path))
            articles.append(article)
    store.set_meta(SEEDED_KEY, "1")
    return articles
