"""The history of every change, for people: one line per entry.

The entries themselves are written by the database (see the version 8
schema in :mod:`annotator.core.store`) and read with
:meth:`~annotator.core.store.Store.history`; this module says what each one
means, for the details panel and ``annotator history``'s table.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import HistoryEntry, parse_attributes
from .text import shorten

#: The columns of ``annotator history --format csv``, in order (before and after as JSON).
HISTORY_COLUMNS = ("seq", "at", "who", "action", "article_id", "item_id", "step", "before", "after")


def _label(tags: Mapping[str, str], name: object) -> str:
    return _isolated(tags.get(str(name), str(name)))


def _isolated(text: str) -> str:
    """``text`` in a bidi isolate: an Arabic name or span keeps its order inside an English sentence."""
    return f"\u2068{text}\u2069"


def _quoted(value: object, limit: int) -> str:
    return f"“{_isolated(shorten(str(value), limit))}”"


def describe(entry: HistoryEntry, tags: Mapping[str, str] | None = None) -> str:
    """What ``entry`` did, in a few words: ``re-tagged Quote → Claim``.

    ``tags`` maps tag names to the labels the user sees.  Undo and redo say
    so first, since the step is what the person did.  Names, spans and
    labels are bidi-isolated, so Arabic keeps its order in the sentence.
    """
    tags = tags or {}
    before, after = entry.before or {}, entry.after or {}
    action = entry.action
    if action == "add":
        what = f"tagged {_quoted(after.get('text', ''), 30)} as {_label(tags, after.get('tag'))}"
        if after.get("curated"):
            what += " (curated)"
    elif action == "delete":
        what = f"deleted the {_label(tags, before.get('tag'))} {_quoted(before.get('text', ''), 30)}"
    elif action == "retag":
        what = f"re-tagged {_label(tags, before.get('tag'))} → {_label(tags, after.get('tag'))}"
    elif action == "note":
        note = str(after.get("note", ""))
        what = f"note: {_quoted(note, 40)}" if note else "removed the note"
    elif action == "attributes":
        now = parse_attributes(str(after.get("attributes", "")))
        what = ", ".join(f"{k}: {_isolated(v)}" for k, v in sorted(now.items())) or "cleared its attributes"
    elif action == "curate":
        what = "marked curated" if after.get("curated") else "unmarked as curated"
    elif action == "link":
        what = "linked to a source"
    elif action == "unlink":
        what = "removed a link"
    elif action in ("tag_add", "tag_edit", "tag_delete"):
        verb = {"tag_add": "added", "tag_edit": "changed", "tag_delete": "deleted"}[action]
        what = f"{verb} the tag {_isolated(str((after or before).get('label', entry.item_id)))}"
    elif action == "article_add":
        what = f"imported {_quoted(after.get('title', ''), 40)}"
    elif action == "article_edit":
        what = "edited the article's details"
    elif action == "curation":
        what = "changed the curation decisions"
    else:
        what = action
    if entry.step.startswith(("Undo: ", "Redo: ")):
        what = f"{entry.step.split(':', 1)[0].lower()}: {what}"
    return what


def history_row(entry: HistoryEntry) -> dict[str, object]:
    """One entry as ``annotator history`` writes it (JSON; CSV writes before/after as JSON text)."""
    return {"seq": entry.seq, "at": entry.at, "who": entry.who, "action": entry.action,
            "article_id": entry.article_id, "item_id": entry.item_id, "step": entry.step,
            "before": entry.before, "after": entry.after}
