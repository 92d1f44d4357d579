"""Synthetic newsroom-scale data built from the sample article (for the benchmarks)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import regex

from annotator.core.model import Article, Relation, make_annotation
from annotator.core.store import Store
from annotator.core.text import canonicalize

ROOT = Path(__file__).resolve().parents[2]
SEED = canonicalize((ROOT / "seeds" / "000_858c89a68ec5f748.txt").read_text(encoding="utf-8"))
TAGS = ("quote", "speaker", "location", "claim")


def big_text(target_chars: int, salt: str = "") -> str:
    """About ``target_chars`` code points of Arabic news text: the sample's paragraphs, numbered."""
    paragraphs = [p for p in SEED.split("\n") if p.strip()]
    out: list[str] = []
    size = 0
    n = 0
    while size < target_chars:
        p = f"{paragraphs[n % len(paragraphs)]} ({salt}{n})"
        out.append(p)
        size += len(p) + 2
        n += 1
    return "\n\n".join(out)


def random_spans(text: str, count: int, rng: random.Random) -> list[tuple[int, int, str]]:
    """``count`` spans on word boundaries, many overlapping or nested (1–12 words long)."""
    words = [(m.start(), m.end()) for m in regex.finditer(r"\w+", text)]
    spans = []
    for _ in range(count):
        i = rng.randrange(len(words) - 12)
        j = i + rng.randrange(0, 12)
        spans.append((words[i][0], words[j][1], rng.choice(TAGS)))
    return spans


def build_big_article_db(path: Path, chars: int = 1_000_000, annotations: int = 10_000, seed: int = 1) -> str:
    """A database with one ~1 MB article carrying ``annotations`` spans; returns the article id."""
    rng = random.Random(seed)
    with Store.open(path) as store:
        article = Article(title="مقال طويل للقياس — " + SEED.split("\n")[0], text=big_text(chars), language="ar")
        _bulk_insert(store, [article], {article.id: random_spans(article.text, annotations, rng)}, rng)
        store.set_meta("seeded", "1")
        store.set_meta("last_article", article.id)
    return article.id


def build_corpus_db(path: Path, articles: int = 200, per_article: int = 500, chars: int = 8_000,
                    seed: int = 2) -> None:
    """``articles`` articles with ``per_article`` annotations each (100,000 by default)."""
    rng = random.Random(seed)
    with Store.open(path) as store:
        batch = [Article(title=f"تقرير {n} — " + SEED.split("\n")[0][:40], text=big_text(chars, f"{n}-"),
                         language="ar") for n in range(articles)]
        _bulk_insert(store, batch, {a.id: random_spans(a.text, per_article, rng) for a in batch}, rng)
        store.set_meta("seeded", "1")


def _bulk_insert(store: Store, articles: list[Article], spans: dict[str, list[tuple[int, int, str]]],
                 rng: random.Random) -> None:
    with store._writing():
        for article in articles:
            store._insert_article(article)
            made = []
            for start, end, tag in spans[article.id]:
                ann = make_annotation(article, tag, start, end, note="check" if rng.random() < 0.05 else "")
                store._insert_annotation(ann, article.text)
                made.append(ann)
            quotes = [a for a in made if a.tag == "quote"][:50]
            speakers = [a for a in made if a.tag == "speaker"][:50]
            for q, s in zip(quotes, speakers):
                store._insert_relation(Relation(article.id, q.id, s.id))


def write_article_files(folder: Path, count: int = 200, chars: int = 6_000) -> list[Path]:
    """``count`` plain-text article files to import (distinct texts)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"article_{n:03d}.txt"
        path.write_text(big_text(chars, f"file{n}-"), encoding="utf-8")
        paths.append(path)
    return paths


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
