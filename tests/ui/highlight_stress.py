"""Highlight a long article with many spans, many times (run as a subprocess).

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every
``QSyntaxHighlighter.setFormat`` call and the interpreter dies with "Fatal
Python error: none_dealloc" once ``None``'s reference count (about 10,000
here) runs out.  This script makes over 50,000 calls; it must exit 0 and
print the count.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.core.model import BUILTIN_TAGS  # noqa: E402
from annotator.core.spans import Span  # noqa: E402
from annotator.ui.app import application  # noqa: E402
from annotator.ui.article_view import ArticleView  # noqa: E402


def main() -> int:
    app = application()
    paragraph = "قال مصطفى بالي إن لدينا أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش في سجوننا. " * 8
    text = "\n".join([paragraph] * 600)
    view = ArticleView()
    view.highlighter.set_tags(list(BUILTIN_TAGS))
    view.set_article(text, [])
    tags = [t.name for t in BUILTIN_TAGS]
    spans = []
    step = 37
    for i, start in enumerate(range(0, len(text) - 60, step)):
        spans.append(Span(start, start + 25 + (i % 30), tags[i % 4], f"s{i}"))
    calls = 0
    original = view.highlighter.setFormat

    def counting(*args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return original(*args)

    view.highlighter.setFormat = counting  # type: ignore[method-assign]
    view.set_article(text, spans)  # (formats only the first screenful: the rest when seen)
    for _ in range(4):
        view.highlighter.rehighlight()  # every paragraph with its spans
        app.processEvents()
    print(f"setFormat calls: {calls}")
    return 0 if calls > 50_000 else 1


if __name__ == "__main__":
    sys.exit(main())
