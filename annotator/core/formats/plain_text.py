"""Plain-text articles (.txt, and any file no other format claims)."""

from __future__ import annotations

from pathlib import Path

from ..model import Article
from ..reading import article_from_text, decode_text, read_bytes
from . import Format


def read_text_article(path: str | Path, encoding: str | None = None) -> Article:
    """Read a plain-text article file (see :func:`decode_text`)."""
    path = Path(path)
    text, _ = decode_text(read_bytes(path), path.name, encoding)
    return article_from_text(text, path.name)


TEXT = Format(
    key="text", label="Plain text",
    suffixes=(".txt", ".text", ""),
    read_article=read_text_article,
)
