"""brat standoff: ``.txt`` + ``.ann`` pairs, the format brat and INCEpTION read.

Export writes one pair per article into a folder, plus ``annotation.conf``
and ``visual.conf`` so brat shows the tags in their colours.  Offsets are
code points into the ``.txt``, which holds the canonical text unchanged —
brat counts characters the same way.  A span across a line break is written
as fragments (brat spans cannot contain a newline); links are ``R`` lines,
notes are ``#`` AnnotatorNotes lines, attributes (a quote's kind) ``A``
lines, declared in ``annotation.conf`` with the values used.

Import reads such a pair back: ``T`` lines become annotations, ``R`` lines
links, ``AnnotatorNotes`` notes, ``A`` lines attributes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import atomic_file
from ..errors import ExportError, ImportRefused, Message, os_reason
from ..model import (
    ATTRIBUTED_TO,
    DEFAULT_COLOR,
    MAX_ATTRIBUTES,
    PALETTE,
    TAG_NAME,
    Annotation,
    Relation,
    Tag,
    inferred_role,
    make_annotation,
)
from ..reading import ImportOutcome, article_from_text_as_is, decode_text, import_article, read_bytes
from ..selection import EVERYTHING, Scope, selected
from ..store import Store
from ..text import canonicalize
from . import Format


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks into the pieces brat can show."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        if line:
            pieces.append((pos, pos + len(line)))
        pos += len(line) + 1
    return pieces


def _flat(value: str) -> str:
    return " ".join(value.split("\n")).replace("\t", " ")


def _token(value: str) -> str:
    """An attribute name or value as brat can hold it: one word (white space becomes ``_``)."""
    return "_".join(value.split()) or "_"


def ann_lines(text: str, annotations: list[Annotation], relations: list[Relation]) -> list[str]:
    """The ``.ann`` file of one article."""
    lines: list[str] = []
    t_ids: dict[str, str] = {}
    notes = attributes = 0
    for n, ann in enumerate(annotations, start=1):
        t_id = f"T{n}"
        t_ids[ann.id] = t_id
        pieces = fragments(text, ann.start, ann.end)
        spans = ";".join(f"{s} {e}" for s, e in pieces)
        shown = " ".join(text[s:e] for s, e in pieces)
        lines.append(f"{t_id}\t{ann.tag} {spans}\t{_flat(shown)}")
        if ann.note:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes {t_id}\t{_flat(ann.note)}")
        for name, value in sorted(ann.attributes.items()):
            attributes += 1
            lines.append(f"A{attributes}\t{_token(name)} {t_id} {_token(value)}")
    for n, rel in enumerate((r for r in relations if r.from_id in t_ids and r.to_id in t_ids), start=1):
        lines.append(f"R{n}\t{rel.type} Arg1:{t_ids[rel.from_id]} Arg2:{t_ids[rel.to_id]}")
    return lines


#: What an article id may contribute to a file name (anything else becomes ``_``).
_SAFE_NAME = re.compile(r"[^0-9A-Za-z_-]")


def export_brat(store: Store, folder: str | Path, scope: Scope = EVERYTHING) -> int:
    """Write ``NNN_id.txt``/``.ann`` pairs and the brat configuration into ``folder``.

    Returns the number of annotations written.  Each file is written
    atomically; other files in the folder are left alone.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("%1 is a file; brat export writes a folder of .txt/.ann pairs.", str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError("Cannot create the folder %1: %2.", str(folder), os_reason(exc)) from None
    tags = store.tags()
    count = 0
    values: dict[str, set[str]] = {}  # attribute -> the values used, for annotation.conf
    for n, item in enumerate(selected(store, scope), start=1):
        base = f"{n:03d}_{_SAFE_NAME.sub('_', item.article.id[:8])}"
        with atomic_file(folder / f"{base}.txt") as fh:
            fh.write(item.article.text.encode("utf-8"))
        with atomic_file(folder / f"{base}.ann") as fh:
            lines = ann_lines(item.article.text, item.annotations, item.relations)
            fh.write(("\n".join(lines) + ("\n" if lines else "")).encode("utf-8"))
        count += len(item.annotations)
        for ann in item.annotations:
            for name, value in ann.attributes.items():
                values.setdefault(_token(name), set()).add(_token(value))
    names = [t.name for t in tags]
    conf = ["[entities]", *names, "", "[relations]", f"{ATTRIBUTED_TO}\tArg1:<ENTITY>, Arg2:<ENTITY>",
            "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "", "[attributes]",
            *(f"{name}\tArg:<ENTITY>, Value:{'|'.join(sorted(used))}" for name, used in sorted(values.items())), ""]
    visual = ["[labels]", *(f"{t.name} | {t.label}" for t in tags), f"{ATTRIBUTED_TO} | attributed to", "",
              "[drawing]", *(f"{t.name}\tbgColor:{t.color}" for t in tags), ""]
    with atomic_file(folder / "annotation.conf") as fh:
        fh.write("\n".join(conf).encode("utf-8"))
    with atomic_file(folder / "visual.conf") as fh:
        fh.write("\n".join(visual).encode("utf-8"))
    return count


# -- import --------------------------------------------------------------------

_T_LINE = re.compile(r"^(T[0-9]{1,12})\t([^\s]+) ([0-9]{1,12} [0-9]{1,12}(?:;[0-9]{1,12} [0-9]{1,12})*)\t(.*)$")
_R_LINE = re.compile(r"^(R[0-9]{1,12})\t([^\s]+) Arg1:(T[0-9]{1,12}) Arg2:(T[0-9]{1,12})\s*$")
_NOTE_LINE = re.compile(r"^#[0-9]{1,12}\tAnnotatorNotes (T[0-9]{1,12})\t(.*)$")
# brat's attributes: "A1<TAB>Kind T1 direct", or a binary one without a value (read as "true").
_A_LINE = re.compile(r"^(A[0-9]{1,12})\t([^\s]{1,200}) (T[0-9]{1,12})(?: ([^\s]{1,1000}))?\s*$")


@dataclass
class BratReport:
    """What a brat import did, and what it left out (with reasons)."""

    added: int = 0
    links: int = 0
    skipped: list[str] = field(default_factory=list)

    new_tags: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        made = [Message("new tag '%1' created for brat's label of that name", t) for t in self.new_tags]
        return [self._head(), *made, *self.skipped]

    def _head(self) -> Message:
        added, links = self.added, self.links
        if added == 1 and links == 1:
            return Message("1 annotation and 1 link imported from brat")
        if added == 1:
            return Message("1 annotation and %1 links imported from brat", links)
        if links == 1:
            return Message("%1 annotations and 1 link imported from brat", added)
        return Message("%1 annotations and %2 links imported from brat", added, links)


def _raw_to_canonical(raw: str) -> list[int]:
    """Offset in the raw ``.txt`` → offset in its canonical text (``\r\n`` became ``\n``)."""
    mapping = []
    canonical = 0
    for i, ch in enumerate(raw):
        mapping.append(canonical)
        if ch == "\r" and raw[i + 1:i + 2] == "\n" or i == 0 and ch == "\ufeff":  # \r\n is one \n; a BOM goes
            continue
        canonical += 1
    mapping.append(canonical)
    return mapping


def import_brat(store: Store, ann_path: Path) -> tuple[object, bool, BratReport]:
    """Import ``X.ann`` with its ``X.txt``; returns ``(article, existed, report)``.

    Everything is checked first and stored in one transaction: a malformed
    line or a span whose text does not match refuses the whole file.
    """
    txt_path = ann_path.with_suffix(".txt")
    ann_text, _ = decode_text(read_bytes(ann_path), ann_path.name)
    if not txt_path.exists():
        raise ImportRefused("%1: its text file %2 is not beside it.", ann_path.name, txt_path.name)
    raw, _ = decode_text(read_bytes(txt_path), txt_path.name)  # the same checks and size limit as any file
    mapping = _raw_to_canonical(raw)
    article = article_from_text_as_is(raw, txt_path.name)  # the spans point into this text as it is
    text = article.text
    report = BratReport()
    spans: dict[str, tuple[str, int, int]] = {}
    notes: dict[str, str] = {}
    attributes: dict[str, dict[str, str]] = {}  # T id -> name -> value
    links: list[tuple[str, str, str]] = []
    seen: set[str] = set()  # T and R ids: each defined once
    for number, line in enumerate(canonicalize(ann_text).split("\n"), start=1):
        if not line.strip():
            continue
        where = Message("%1, line %2", ann_path.name, number)
        if line.startswith("T"):
            m = _T_LINE.match(line)
            if not m:
                raise ImportRefused("%1: not a brat text-bound annotation.", where)
            t_id, kind, frag_text, shown = m.groups()
            if t_id in spans or t_id in seen:
                raise ImportRefused("%1: %2 is defined twice.", where, t_id)
            seen.add(t_id)
            frags = [(int(s), int(e)) for s, e in (f.split() for f in frag_text.split(";"))]
            if any(not 0 <= s < e <= len(raw) for s, e in frags):
                raise ImportRefused("%1: offsets outside %2 (length %3).", where, txt_path.name, len(raw))
            if any(0 < x < len(raw) and raw[x - 1] == "\r" and raw[x] == "\n" for f in frags for x in f):
                raise ImportRefused("%1: an offset falls between the \\r and \\n of a line break in %2.",
                                    where, txt_path.name)
            pieces = sorted((mapping[s], mapping[e]) for s, e in frags)
            if any(s >= e for s, e in pieces):
                raise ImportRefused("%1: a fragment holds only a line break or a byte-order mark.", where)
            if any(b_start < a_end for (_, a_end), (b_start, _) in zip(pieces, pieces[1:])):
                raise ImportRefused("%1: its fragments overlap.", where)
            if _flat(" ".join(text[s:e] for s, e in pieces)) != _flat(shown):
                raise ImportRefused("%1: the text after the offsets is not what %2 holds there.", where,
                                    txt_path.name)
            start, end = pieces[0][0], pieces[-1][1]
            gaps = [text[a_end:b_start] for (_, a_end), (b_start, _) in zip(pieces, pieces[1:])]
            if any(gap.strip() for gap in gaps):
                report.skipped.append(Message("%1 skipped: a discontinuous span (annotator spans are continuous)",
                                              t_id))
                continue
            if not TAG_NAME.fullmatch(kind):
                raise ImportRefused("%1: '%2' is not a usable tag name.", where, kind)
            spans[t_id] = (kind, start, end)
        elif line.startswith("R"):
            m = _R_LINE.match(line)
            if not m:
                raise ImportRefused("%1: not a brat relation.", where)
            r_id, kind, a, b = m.group(1, 2, 3, 4)
            if r_id in seen:
                raise ImportRefused("%1: %2 is defined twice.", where, r_id)
            seen.add(r_id)
            links.append((kind, a, b))
        elif line.startswith("A") and (m := _A_LINE.match(line)):
            a_id, name, t_ref, value = m.groups()
            if a_id in seen:
                raise ImportRefused("%1: %2 is defined twice.", where, a_id)
            seen.add(a_id)
            held = attributes.setdefault(t_ref, {})
            if len(held) < MAX_ATTRIBUTES:
                held[name] = value or "true"
            else:
                report.skipped.append(Message("line %1 skipped: %2 has more than %3 attributes", number, t_ref,
                                              MAX_ATTRIBUTES))
        elif line.startswith("#"):
            m = _NOTE_LINE.match(line)
            if m:
                notes[m.group(1)] = m.group(2)
            else:
                report.skipped.append(Message("line %1 skipped: only AnnotatorNotes comments are read", number))
        else:
            report.skipped.append(Message("line %1 skipped: %2 lines (events, normalisations) have no place in "
                                          "annotator", number, line.split(chr(9))[0][:1]))
    with store._writing():
        stored, existed = import_article(store, article)
        tags = store.tags()  # read once: a file with thousands of labels stays linear
        known = {t.name for t in tags}
        position = max((t.position for t in tags), default=0)
        free = iter([c for c in PALETTE if c not in {t.color for t in tags}])
        for kind in sorted({k for k, _, _ in spans.values()} - known):
            position += 1
            color = next(free, DEFAULT_COLOR)
            store.save_tag(Tag(kind, kind.replace("_", " ").capitalize(), color, "", position, inferred_role(kind)))
            report.new_tags.append(kind)
        existing = {(a.tag, a.start, a.end): a.id for a in store.annotations(stored.id)}
        ids: dict[str, str] = {}
        for t_id, (kind, start, end) in spans.items():
            key = (kind, start, end)
            if key in existing:
                ids[t_id] = existing[key]
                continue
            ann = make_annotation(stored, kind, start, end, attributes=attributes.get(t_id), note=notes.get(t_id, ""))
            store._insert_annotation(ann, stored.text)
            ids[t_id] = ann.id
            report.added += 1
        for kind, a, b in links:
            if a not in ids or b not in ids:
                report.skipped.append(Message("link %1→%2 skipped: an end was not imported", a, b))
                continue
            if any(r.from_id == ids[a] and r.to_id == ids[b] for r in store.relations_of(ids[a])):
                continue
            store._insert_relation(Relation(stored.id, ids[a], ids[b], kind))
            report.links += 1
    return stored, existed, report


def _import_ann(store: Store, path: Path, encoding: str | None = None) -> list[ImportOutcome]:
    article, existed, report = import_brat(store, path)
    return [ImportOutcome(path, article=article, existed=existed, messages=report.lines())]  # type: ignore[arg-type]


BRAT = Format(
    key="brat", label="brat standoff",
    for_whom="brat / INCEpTION standoff (a folder of .txt + .ann)",
    folder=True, write=export_brat,
    suffixes=(".ann",), import_file=_import_ann,
)
