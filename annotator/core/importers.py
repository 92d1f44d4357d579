"""Importing files: each one read by the format that claims its ending.

Article files (plain text, Markdown, a saved web page, Word) become new
articles; annotator.v1 JSON / JSON Lines and brat ``.ann`` files bring their
annotations with them.  The readers are modules of
:mod:`annotator.core.formats`, listed in :mod:`annotator.core.registry`;
decoding and refusing bad files is shared, in :mod:`annotator.core.reading`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import AnnotatorError, Message
from .formats.plain_text import read_text_article
from .model import Article
from .reading import ImportOutcome, article_from_text, decode_text, import_article
from .registry import import_suffixes, reader_for
from .store import Store

__all__ = ["SUPPORTED_SUFFIXES", "ImportOutcome", "article_from_text", "decode_text", "import_article",
           "import_paths", "read_article", "read_text_article"]

#: What File → Import offers (derived from the registry; kept for the window).
SUPPORTED_SUFFIXES = import_suffixes()


def read_article(path: str | Path, encoding: str | None = None) -> Article:
    """Read any supported article file into an (unsaved) :class:`Article`.

    Plain text (.txt and anything unrecognised), Markdown (.md), a saved web
    page (.html), a Word document (.docx) or a PDF.  What reading did to the
    text (repaired Arabic, dropped page numbers) is in ``import_notes``.
    """
    path = Path(path)
    reader = reader_for(path.suffix)
    read = reader.read_article or reader_for("").read_article  # an annotation file read as an article: its text
    assert read is not None  # the plain-text reader reads anything
    return read(path, encoding)


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    encoding: str | None = None,
    progress: Callable[[int, Path], None] | None = None,
) -> Iterator[ImportOutcome]:
    """Import files one by one, yielding an outcome for each.

    A refused file leaves the database as it was; the others still import.
    ``progress(i, path)`` is called before file ``i`` (0-based) is read.
    """
    for i, raw in enumerate(paths):
        path = Path(raw)
        if progress is not None:
            progress(i, path)
        try:
            reader = reader_for(path.suffix)
            if reader.import_file is not None:
                outcomes = reader.import_file(store, path, encoding)
            else:
                read = read_article(path, encoding)
                article, existed = import_article(store, read)
                outcomes = [ImportOutcome(path, article=article, existed=existed, messages=list(read.import_notes))]
        except AnnotatorError as exc:
            yield ImportOutcome(path, error=exc.message)
            continue
        except Exception as exc:  # noqa: BLE001
            # A parser of a third-party format (HTML, Word, Markdown) failing
            # on a damaged or hostile file — or a bug: refuse that file, keep
            # going with the others, and leave the trace for a bug report.
            traceback.print_exc()
            yield ImportOutcome(path, error=Message("%1 could not be read (%2: %3).", path.name, type(exc).__name__,
                                                    str(exc)))
            continue
        yield from outcomes

