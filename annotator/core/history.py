"""The history of every change, for people: one line per entry.

The entries themselves are written by the database (see the version 8
schema in :mod:`annotator.core.store`) and read with
:meth:`~annotator.core.store.Store.history`; this module says what each one
means, for the details panel and ``annotator history``'s table.
"""

from __future__ import annotations

from collections.abc import Mapping

from .errors import Message, listed
from .factcheck import VERDICT
from .model import KIND, HistoryEntry, parse_attributes
from .text import shorten

#: The columns of ``annotator history --format csv``, in order (before and after as JSON).
HISTORY_COLUMNS = ("seq", "at", "who", "action", "article_id", "item_id", "step", "before", "after")


def _label(tags: Mapping[str, str], name: object) -> str:
    return _isolated(tags.get(str(name), str(name)))


#: The attributes and values the program itself writes, named in words the window can translate
#: (a desk's own verdicts are shown as written).
_ATTRIBUTES = {KIND: Message("kind"), VERDICT: Message("verdict")}
_VALUES = {"direct": Message("direct"), "indirect": Message("indirect"), "mixed": Message("mixed")}


def _isolated(text: str) -> str:
    """``text`` in a bidi isolate: an Arabic name or span keeps its order inside an English sentence."""
    return f"\u2068{text}\u2069"


def _short(value: object, limit: int) -> str:
    """A span, title or note for a sentence that quotes it (“…”): shortened, bidi-isolated."""
    return _isolated(shorten(str(value), limit))


def describe(entry: HistoryEntry, tags: Mapping[str, str] | None = None) -> Message:
    """What ``entry`` did, in a few words: ``re-tagged Quote → Claim``.

    ``tags`` maps tag names to the labels the user sees.  Undo and redo say
    so first, since the step is what the person did.  Names, spans and
    labels are bidi-isolated, so Arabic keeps its order in the sentence.
    The sentence is a :class:`Message`, for the window to translate.
    """
    tags = tags or {}
    before, after = entry.before or {}, entry.after or {}
    action = entry.action
    what: Message
    if action == "add":
        text, label = _short(after.get("text", ""), 30), _label(tags, after.get("tag"))
        what = (Message("tagged “%1” as %2 (curated)", text, label) if after.get("curated")
                else Message("tagged “%1” as %2", text, label))
    elif action == "delete":
        what = Message("deleted the %1 “%2”", _label(tags, before.get("tag")), _short(before.get("text", ""), 30))
    elif action == "retag":
        what = Message("re-tagged %1 → %2", _label(tags, before.get("tag")), _label(tags, after.get("tag")))
    elif action == "note":
        note = str(after.get("note", ""))
        what = Message("note: “%1”", _short(note, 40)) if note else Message("removed the note")
    elif action == "attributes":
        now = parse_attributes(str(after.get("attributes", "")))
        pairs = [Message("%1: %2", _ATTRIBUTES.get(k, k), _VALUES.get(v, _isolated(v))) for k, v in sorted(now.items())]
        what = listed(pairs) if pairs else Message("cleared its attributes")
    elif action == "curate":
        what = Message("marked curated") if after.get("curated") else Message("unmarked as curated")
    elif action == "link":
        what = Message("linked to a source")
    elif action == "unlink":
        what = Message("removed a link")
    elif action in ("tag_add", "tag_edit", "tag_delete"):
        label = _isolated(str((after or before).get("label", entry.item_id)))
        what = (Message("added the tag %1", label) if action == "tag_add"
                else Message("changed the tag %1", label) if action == "tag_edit"
                else Message("deleted the tag %1", label))
    elif action == "article_add":
        what = Message("imported “%1”", _short(after.get("title", ""), 40))
    elif action == "article_edit":
        what = Message("edited the article's details")
    elif action == "curation":
        what = Message("changed the curation decisions")
    else:
        what = Message("%1", action)  # an action this version does not know: its name
    if entry.step.startswith("Undo: "):
        return Message("undo: %1", what)
    if entry.step.startswith("Redo: "):
        return Message("redo: %1", what)
    return what


def history_row(entry: HistoryEntry) -> dict[str, object]:
    """One entry as ``annotator history`` writes it (JSON; CSV writes before/after as JSON text)."""
    return {"seq": entry.seq, "at": entry.at, "who": entry.who, "action": entry.action,
            "article_id": entry.article_id, "item_id": entry.item_id, "step": entry.step,
            "before": entry.before, "after": entry.after}
