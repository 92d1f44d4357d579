"""Bringing a colleague's whole database in: ``annotator merge OTHER.db``.

Each article of the other file goes through exactly what importing its
annotator.v1 export does (:func:`~annotator.core.annotator_v1.import_object`):
the same checks, articles matched by id or text, spans re-anchored when the
text differs, ids kept so that merging twice adds nothing, and everyone's
spans staying theirs.  The other file is opened read-only and never changed
(not even migrated); the merge is one transaction, all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .annotator_v1 import FORMAT_NAME, JsonImportReport, article_record, import_object
from .errors import Message, StoreError
from .store import Store


@dataclass
class MergeReport:
    """What a merge brought in."""

    articles_new: int = 0
    articles_existing: int = 0
    added: int = 0
    already_present: int = 0
    by_annotator: dict[str, int] = field(default_factory=dict)
    #: the notable facts of each article's import (re-anchored spans, new tags, …)
    notes: list[str] = field(default_factory=list)

    def take(self, report: JsonImportReport) -> None:
        """Add one article's import to the totals."""
        for _article, how in report.articles:
            if how == "new":
                self.articles_new += 1
            else:
                self.articles_existing += 1
        self.added += report.added
        self.already_present += report.already_present
        for name, n in report.by_annotator.items():
            self.by_annotator[name] = self.by_annotator.get(name, 0) + n
        self.notes += report.lines()[1:]  # the first line is the counts, summed here

    def lines(self) -> list[str]:
        """The report, one fact per line: each a :class:`Message` (the imports' notes as they come)."""
        merged = (Message("%1 annotation merged", self.added) if self.added == 1
                  else Message("%1 annotations merged", self.added))
        if self.already_present:
            merged = Message("%1, %2 already present", merged, self.already_present)
        articles = (Message("%1 new article", self.articles_new) if self.articles_new == 1
                    else Message("%1 new articles", self.articles_new))
        out: list[str] = [Message("%1; %2, %3 already here", merged, articles, self.articles_existing)]
        out += [Message("  %1: %2", name or Message("(unnamed)"), n) for name, n in sorted(self.by_annotator.items())]
        return out + [line for line in self.notes if not line.startswith("by ")]


def merge(store: Store, other_path: str | Path) -> MergeReport:
    """Bring every article and annotation of the database at ``other_path`` into ``store``."""
    path = Path(other_path).expanduser().absolute()
    if path == store.path:
        raise StoreError("%1 is the database you are merging into; give a colleague's file.", path)
    other = Store.open_for_reading(path)
    report = MergeReport()
    try:
        tags = [{"name": t.name, "label": t.label, "color": t.color, "key": t.key, "role": t.role}
                for t in other.tags()]
        with store._writing():
            for article in other.iter_articles():
                record = article_record(article, other.annotations(article.id), other.relations(article.id))
                doc = {"format": FORMAT_NAME, "tags": tags, "articles": [record]}
                report.take(import_object(store, doc, path.name))
    finally:
        other.close()
    return report
