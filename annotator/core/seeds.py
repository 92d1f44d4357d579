"""The sample article(s) shipped in ``seeds/`` and opened on first launch."""

from __future__ import annotations

from pathlib import Path

from ..paths import SEEDS_DIR
from .importers import import_article, read_text_article
from .model import Article
from .store import Store

SEEDED_KEY = "seeded"


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
            article, _ = import_article(store, read_text_article(path))
            articles.append(article)
    store.set_meta(SEEDED_KEY, "1")
    return articles
