"""Keystroke trial: annotate the sample article to the gold set by keyboard, with and without suggestions.

    python tests/benchmarks/trial_keystrokes.py [--only with|without]

Opens the real window (offscreen, on a throwaway database and settings) and
replays real key events — each one sent to the focused widget as a keyboard
sends it, through Qt's shortcut matching — until the database holds the
sample's gold annotations (``tests/data/gold/sample.json``): every quote, the
speaker span it is attributed to, and the link between them.

* **Without suggestions** (View → Show suggestions off): every span is reached
  with the text's own keys — arrows, Ctrl+arrows by word, Home/End,
  Ctrl+Home/End — and selected with the same keys held with Shift, then
  tagged (2 for a speaker, 1 for a quote) and linked (L, arrows in the
  picker, Enter).  The route to each span is planned on the view's own
  cursor movements, so it is a short one a practised user could take; every
  key is checked to land where planned (a miss is re-planned, and counted).
* **With suggestions**: N steps to the next suggestion; Y accepts one that
  matches the gold (span, speaker and link in one key), Shift+Y accepts a
  right quote with another speaker picked, X rejects a wrong one, and
  what suggestions miss or get wrong is fixed by hand as above.

Spans are compared as the window stores them: a selection's edges lose white
space, punctuation and unpaired quotation marks (:func:`annotator.core.words.clean_span`),
so a gold quote written with its final full stop is stored without it.  The
quote's kind (direct, indirect, mixed) is reported when the database keeps it,
but not required: typing a span by hand does not set it.

Prints keystrokes and wall time for each trial, then the differences left
between the database and the gold (none, when the trial succeeded).  Asserts
nothing; ``tests/ui/test_trial_keystrokes.py`` runs the replay with
suggestions and checks that the database matches the gold.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # standalone: no display, and nothing of the user's settings or data touched
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _SANDBOX = Path(tempfile.mkdtemp(prefix="annotator-trial-"))
    os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
    os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
    os.environ.pop("ANNOTATOR_DB", None)

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from annotator.core.model import ROLE_ATTRIBUTABLE, ROLE_SOURCE  # noqa: E402
from annotator.core.store import Store  # noqa: E402
from annotator.core.suggest import Suggestion  # noqa: E402
from annotator.core.words import clean_span  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402
from tests.gold import GOLD, load  # noqa: E402

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
Move = QTextCursor.MoveOperation

#: The text's own movement keys: (name, key, modifiers, the cursor movement Qt makes of it).
MOVES: tuple[tuple[str, Qt.Key, Qt.KeyboardModifier, QTextCursor.MoveOperation], ...] = (
    ("Left", Qt.Key.Key_Left, NO, Move.Left),
    ("Right", Qt.Key.Key_Right, NO, Move.Right),
    ("Ctrl+Left", Qt.Key.Key_Left, CTRL, Move.WordLeft),
    ("Ctrl+Right", Qt.Key.Key_Right, CTRL, Move.WordRight),
    ("Up", Qt.Key.Key_Up, NO, Move.Up),
    ("Down", Qt.Key.Key_Down, NO, Move.Down),
    ("Home", Qt.Key.Key_Home, NO, Move.StartOfLine),
    ("End", Qt.Key.Key_End, NO, Move.EndOfLine),
    ("Ctrl+Home", Qt.Key.Key_Home, CTRL, Move.Start),
    ("Ctrl+End", Qt.Key.Key_End, CTRL, Move.End),
)

Extent = tuple[int, int]


# -- the gold, as the window stores it ---------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What the database should hold: quote spans, speaker spans, links (code points)."""

    quotes: dict[Extent, str]                 # quote span -> its gold kind
    speakers: frozenset[Extent]
    links: frozenset[tuple[Extent, Extent]]   # (quote, speaker)
    order: tuple[tuple[Extent, Extent | None], ...]  # quotes in reading order with their speaker


def _cleaned(text: str, start: int, end: int) -> Extent:
    cleaned = clean_span(text, start, end)
    assert cleaned is not None
    return cleaned


def gold_target() -> tuple[str, Target]:
    """The sample's gold, each span as tagging it stores it."""
    gold = load(GOLD / "sample.json")
    quotes: dict[Extent, str] = {}
    speakers: set[Extent] = set()
    links: set[tuple[Extent, Extent]] = set()
    order: list[tuple[Extent, Extent | None]] = []
    for q in gold.quotes:
        quote = _cleaned(gold.text, q.start, q.end)
        quotes[quote] = q.kind
        speaker = _cleaned(gold.text, *q.speaker) if q.speaker else None
        if speaker is not None:
            speakers.add(speaker)
            links.add((quote, speaker))
        order.append((quote, speaker))
    return gold.text, Target(quotes, frozenset(speakers), frozenset(links), tuple(order))


def differences(store_path: Path, article_id: str, target: Target, text: str,
                quote_tag: str, speaker_tag: str) -> list[str]:
    """What the stored article has that the gold does not, and the reverse (read through a second Store)."""
    store = Store.open(store_path)
    try:
        annotations = {a.id: a for a in store.annotations(article_id)}
        relations = store.relations(article_id)
    finally:
        store.close()
    quotes = {(a.start, a.end): a for a in annotations.values() if a.tag == quote_tag}
    speakers = {(a.start, a.end) for a in annotations.values() if a.tag == speaker_tag}
    others = [a for a in annotations.values() if a.tag not in (quote_tag, speaker_tag)]
    links = {((annotations[r.from_id].start, annotations[r.from_id].end),
              (annotations[r.to_id].start, annotations[r.to_id].end))
             for r in relations if r.from_id in annotations and r.to_id in annotations}

    def show(extent: Extent) -> str:
        words = text[extent[0]:extent[1]]
        return f"{extent[0]}–{extent[1]} “{words if len(words) <= 40 else words[:39] + '…'}”"

    out = [f"missing quote {show(q)}" for q in sorted(target.quotes.keys() - quotes.keys())]
    out += [f"extra quote {show(q)}" for q in sorted(quotes.keys() - target.quotes.keys())]
    out += [f"missing speaker {show(s)}" for s in sorted(target.speakers - speakers)]
    out += [f"extra speaker {show(s)}" for s in sorted(speakers - target.speakers)]
    out += [f"missing link {show(q)} → {show(s)}" for q, s in sorted(target.links - links)]
    out += [f"extra link {show(q)} → {show(s)}" for q, s in sorted(links - target.links)]
    out += [f"extra {a.tag} {show((a.start, a.end))}" for a in others]
    return out


def kind_differences(store_path: Path, article_id: str, target: Target, quote_tag: str) -> list[str]:
    """Quotes whose stored kind differs from the gold's (only where the database keeps kinds)."""
    store = Store.open(store_path)
    try:
        annotations = store.annotations(article_id, quote_tag)
    finally:
        store.close()
    out = []
    for a in annotations:
        kind = (getattr(a, "attributes", None) or {}).get("kind")
        wanted = target.quotes.get((a.start, a.end))
        if wanted is not None and kind != wanted:
            out.append(f"{a.start}–{a.end}: kind {kind or '(none)'}, gold {wanted}")
    return out


# -- replaying keys ----------------------------------------------------------------------------


@dataclass
class Figures:
    """What one trial took."""

    name: str
    keys: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0      # the window's time: handling the keys, and waiting for suggestions
    waited: float = 0.0       # of which waiting for suggestions to be computed
    elapsed: float = 0.0      # the whole replay, the trial's own route planning included
    replanned: int = 0        # moves that did not land where planned (re-planned from where they did)
    differences: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


class Replay:
    """Real key events into the window, counted; a route planner for the text's movement keys."""

    def __init__(self, window: MainWindow, figures: Figures) -> None:
        self.window = window
        self.figures = figures
        self.view = window.view
        self.offsets = window.doc.offsets
        self.text = window.doc.text
        self._landing: dict[tuple[int, int], int] = {}
        self._from: dict[int, dict[int, list[int]]] = {}  # routes from a caret with no selection
        roles = {t.role: t for t in reversed(window.tags)}  # the first tag of each role
        self.quote_tag, self.speaker_tag = roles[ROLE_ATTRIBUTABLE], roles[ROLE_SOURCE]

    # -- keys --------------------------------------------------------------

    def _target(self) -> QWidget:
        dialog = self.window.dialog
        if dialog is not None and dialog.isVisible():
            return dialog.focusWidget() or dialog
        if QApplication.activeWindow() is None:
            # A window manager gives the activation back to the window when a dialog
            # closes; the offscreen platform does not, and shortcuts need it.
            self.window.activateWindow()
            QApplication.processEvents()
        return QApplication.focusWidget() or self.view

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, text: str = "", kind: str = "other") -> None:
        """One keystroke (a chord counts once) to the focused widget, then the window handles what follows."""
        start = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, self._target(), key, text, modifiers)
        QApplication.processEvents()
        self.figures.seconds += time.perf_counter() - start
        self.figures.keys += 1
        self.figures.by_kind[kind] = self.figures.by_kind.get(kind, 0) + 1

    def letter(self, ch: str, modifiers: Qt.KeyboardModifier = NO, kind: str = "other") -> None:
        """A letter or digit key (``"y"``, ``"1"``)."""
        self.key(Qt.Key(ord(ch.upper())), modifiers, ch if modifiers == NO else ch.upper(), kind)

    # -- routes through the text ---------------------------------------------

    def _land(self, position: int, move: int) -> int:
        """Where movement ``move`` takes a caret at ``position`` (UTF-16), as Qt moves it."""
        found = self._landing.get((position, move))
        if found is None:
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(position)
            cursor.setVisualNavigation(True)
            cursor.movePosition(MOVES[move][3])
            found = self._landing[(position, move)] = cursor.position()
        return found

    def _routes(self, sources: dict[int, list[int]]) -> dict[int, list[int]]:
        """Shortest key sequences (move indexes) from any of ``sources`` (position -> moves so far) to anywhere."""
        best = dict(sources)
        queue = deque(sorted(sources, key=lambda p: len(sources[p])))
        while queue:
            here = queue.popleft()
            for move in range(len(MOVES)):
                there = self._land(here, move)
                if there not in best:
                    best[there] = best[here] + [move]
                    queue.append(there)
        return best

    def _routes_from(self, position: int) -> dict[int, list[int]]:
        """Shortest routes from a caret at ``position`` (the movements never change: kept)."""
        found = self._from.get(position)
        if found is None:
            found = self._from[position] = self._routes({position: []})
        return found

    def _from_caret(self) -> dict[int, list[int]]:
        """Where the caret can go from where it is (a selection's first move is Qt's own: one key)."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return self._routes_from(cursor.position())
        first: dict[int, list[int]] = {}
        for move in range(len(MOVES)):
            scratch = QTextCursor(cursor)
            scratch.setVisualNavigation(True)
            scratch.movePosition(MOVES[move][3])
            first.setdefault(scratch.position(), [move])
        return self._routes(first)

    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)`` (code points) with the movement keys, Shift held for the selecting part."""
        wanted = (start, end)
        for _attempt in range(8):
            if self._selection() == wanted:
                return
            plan = self._plan(wanted)
            for move, shift in plan:
                name, key, modifiers, _op = MOVES[move]
                predicted = self._predict(move, shift)
                self.key(key, modifiers | SHIFT if shift else modifiers, kind="navigation")
                cursor = self.view.textCursor()
                if (cursor.anchor(), cursor.position()) != predicted:
                    self.figures.replanned += 1
                    break
        if self._selection() != wanted:
            raise AssertionError(f"could not select {wanted} by keyboard")

    def _selection(self) -> Extent | None:
        start16, end16 = self.view.selection_utf16()
        if start16 == end16:
            return None
        return clean_span(self.text, self.offsets.from_utf16(start16), self.offsets.from_utf16(end16))

    def _predict(self, move: int, shift: bool) -> tuple[int, int]:
        scratch = QTextCursor(self.view.textCursor())
        scratch.setVisualNavigation(True)
        mode = QTextCursor.MoveMode.KeepAnchor if shift else QTextCursor.MoveMode.MoveAnchor
        scratch.movePosition(MOVES[move][3], mode)
        return scratch.anchor(), scratch.position()

    def _plan(self, wanted: Extent) -> list[tuple[int, bool]]:
        """The fewest keys that leave ``wanted`` selected (as tagging cleans a selection)."""
        start, end = wanted
        to16 = self.offsets.to_utf16
        near_start = [p for p in range(max(0, start - 3), start + 1)]
        near_end = [p for p in range(end, min(len(self.text), end + 3) + 1)]
        pairs = [(a, b) for a in near_start for b in near_end if clean_span(self.text, a, b) == wanted]
        caret = self._from_caret()
        best: list[tuple[int, bool]] | None = None
        for a, b in pairs:
            for anchor, other in ((a, b), (b, a)):
                to_anchor = caret.get(to16(anchor))
                if to_anchor is None:
                    continue
                extend = self._routes_from(to16(anchor)).get(to16(other))
                if extend is None:
                    continue
                plan = [(m, False) for m in to_anchor] + [(m, True) for m in extend]
                if best is None or len(plan) < len(best):
                    best = plan
        assert best is not None, f"no keyboard route to {wanted}"
        return best

    # -- annotating ----------------------------------------------------------

    def tag(self, extent: Extent, tag_key: str) -> None:
        """Select a span and press its tag's key."""
        self.select(*extent)
        self.letter(tag_key, kind="tag")
        current = self.window.current_annotation()
        assert current is not None and (current.start, current.end) == extent, (current, extent)

    def pick(self, speaker: Extent) -> None:
        """In the open link picker: arrows to the speaker's row, Enter."""
        dialog = self.window.dialog
        assert dialog is not None and dialog.isVisible() and dialog.objectName() == "linkDialog"
        rows = [dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.list.count())]
        row = next(r for r, a in enumerate(rows) if (a.start, a.end) == speaker)
        current = dialog.list.currentRow()
        for _ in range(abs(row - current)):
            self.key(Qt.Key.Key_Down if row > current else Qt.Key.Key_Up, kind="picker")
        self.key(Qt.Key.Key_Return, text="\r", kind="picker")
        assert not dialog.isVisible()

    def link(self, speaker: Extent) -> None:
        """L on the current quote, then its speaker in the picker."""
        self.letter("l", kind="link")
        self.pick(speaker)

    def annotate_by_hand(self, quote: Extent, speaker: Extent | None) -> None:
        """A quote, its speaker (tagged first, if it is not yet) and the link between them."""
        doc = self.window.doc
        if speaker is not None and doc.find_span(*speaker, self.speaker_tag.name) is None:
            self.tag(speaker, self.speaker_tag.key)
        if doc.find_span(*quote, self.quote_tag.name) is None:
            self.tag(quote, self.quote_tag.key)
        else:
            self.select(*quote)
        if speaker is not None:
            self.link(speaker)


# -- the two trials ----------------------------------------------------------------------------


def replay_without_suggestions(window: MainWindow, target: Target) -> Figures:
    """Every quote, speaker and link by hand, in reading order."""
    figures = Figures("without suggestions")
    replay = Replay(window, figures)
    start = time.perf_counter()
    for quote, speaker in target.order:
        replay.annotate_by_hand(quote, speaker)
    figures.elapsed = time.perf_counter() - start
    return figures


def _wait_for_suggestions(window: MainWindow, figures: Figures, timeout: float = 20.0) -> None:
    """Let the window finish computing suggestions (what a reader sees before pressing N)."""
    start = time.perf_counter()
    while window.suggesting.busy() and time.perf_counter() - start < timeout:
        QTest.qWait(5)
    waited = time.perf_counter() - start
    figures.waited += waited
    figures.seconds += waited


def _nearer_way(window: MainWindow) -> str:
    """N or P: whichever reaches a suggestion in fewer presses (the reader sees where the outlines are)."""
    doc, view = window.doc, window.view
    items = sorted([(a.start, -a.end, 0) for a in doc.all_annotations()]
                   + [(s.start, -s.end, 1) for s in window.suggesting.suggestions])
    start16, end16 = view.selection_utf16()
    start, end = doc.offsets.from_utf16(start16), doc.offsets.from_utf16(end16)
    current = window.current_annotation()
    here: float
    if current is not None:
        here = items.index((current.start, -current.end, 0))
    elif start != end and (start, -end, 1) in items:
        here = items.index((start, -end, 1))
    else:  # a caret, or a selection that is no item: N goes to the first item from it, P to the last before it
        here = next((i for i, item in enumerate(items) if item[0] >= start), len(items)) - 0.5
    n = len(items)
    ahead = min((i - here) % n or n for i, item in enumerate(items) if item[2] == 1)
    behind = min((here - i) % n or n for i, item in enumerate(items) if item[2] == 1)
    return "p" if behind < ahead else "n"


def replay_with_suggestions(window: MainWindow, target: Target) -> Figures:
    """N through the suggestions: Y what is right, Shift+Y a right quote with a wrong speaker, X the rest;
    then by hand what no suggestion gave."""
    figures = Figures("with suggestions")
    replay = Replay(window, figures)
    suggesting = window.suggesting
    speaker_of = dict(target.order)
    start = time.perf_counter()
    _wait_for_suggestions(window, figures)
    for _step in range(500):
        _wait_for_suggestions(window, figures)
        if not suggesting.suggestions:
            break
        replay.letter(_nearer_way(window), kind="step")
        if window.current_annotation() is not None:
            continue  # an annotation, already right: on to the next
        landed: Suggestion | None = suggesting.at_caret(strict=True)
        assert landed is not None
        extent = (landed.start, landed.end)
        speaker = (landed.speaker.start, landed.speaker.end) if landed.speaker is not None else None
        if landed.tag == replay.quote_tag.name and extent in target.quotes:
            wanted = speaker_of[extent]
            if speaker == wanted or (wanted is None and speaker is None):
                replay.letter("y", kind="accept")
            elif wanted is not None:
                replay.letter("y", SHIFT, kind="accept")
                replay.pick(wanted)
            else:  # the gold names no speaker: the span alone
                replay.letter("x", kind="reject")
                replay.annotate_by_hand(extent, None)
            continue
        if landed.tag == replay.speaker_tag.name and extent in target.speakers:
            # A speaker a right quote further on will bring with it: N passes it by.
            coming = any(s.speaker is not None and (s.speaker.start, s.speaker.end) == extent
                         and speaker_of.get((s.start, s.end), ()) == extent for s in suggesting.suggestions)
            if not coming:
                replay.letter("y", kind="accept")
            continue
        replay.letter("x", kind="reject")
        # The gold quote this suggestion got wrong, fixed by hand at once (the reader is there).
        overlapping = [(q, s) for q, s in target.order
                       if q[0] < landed.end and landed.start < q[1]
                       and window.doc.find_span(*q, replay.quote_tag.name) is None]
        for quote, quote_speaker in overlapping:
            replay.annotate_by_hand(quote, quote_speaker)
    # What no suggestion proposed, or left unlinked.
    doc = window.doc
    for quote, speaker in target.order:
        stored = doc.find_span(*quote, replay.quote_tag.name)
        linked = stored is not None and (speaker is None or any(
            (a.start, a.end) == speaker for a in doc.links_from(stored.id)))
        if not linked:
            replay.annotate_by_hand(quote, speaker)
    figures.elapsed = time.perf_counter() - start
    return figures


# -- running a trial in its own window -------------------------------------------------------------


def run_trial(name: str, work_dir: Path) -> Figures:
    """Open a fresh window on a fresh database, replay one trial, compare the database with the gold."""
    from annotator.ui.app import application, open_window

    text, target = gold_target()
    application()
    settings = QSettings()
    settings.clear()
    settings.setValue("view/suggestions", name == "with")
    store = Store.open(work_dir / f"trial-{name}.db")
    window = open_window(store)
    try:
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        window.view.setFocus()
        assert window.doc.text == text, "the open article is not the gold's sample"
        figures = run_on(window, name, target)
    finally:
        window.close()
        store.close()
    return figures


def run_on(window: MainWindow, name: str, target: Target | None = None) -> Figures:
    """Replay trial ``name`` ("with" or "without" suggestions) on an open window and compare with the gold."""
    text, gold = gold_target()
    target = target or gold
    replay: Callable[[MainWindow, Target], Figures] = (
        replay_with_suggestions if name == "with" else replay_without_suggestions)
    figures = replay(window, target)
    assert window.doc.article is not None
    article_id = window.doc.article.id
    quote_tag = next(t.name for t in window.tags if t.role == ROLE_ATTRIBUTABLE)
    speaker_tag = next(t.name for t in window.tags if t.role == ROLE_SOURCE)
    figures.differences = differences(window.store.path, article_id, target, text, quote_tag, speaker_tag)
    figures.kinds = kind_differences(window.store.path, article_id, target, quote_tag)
    return figures


def report(figures: Figures) -> None:
    parts = ", ".join(f"{kind} {n}" for kind, n in sorted(figures.by_kind.items(), key=lambda kv: -kv[1]))
    print(f"{figures.name}: {figures.keys} keystrokes ({parts}); the window's time {figures.seconds:.1f} s"
          + (f" (of which {figures.waited:.1f} s waiting for suggestions)" if figures.waited else "")
          + f"; the replay {figures.elapsed:.1f} s with its route planning"
          + (f"; {figures.replanned} moves re-planned" if figures.replanned else ""))
    if figures.differences:
        print("  differences from the gold:")
        for line in figures.differences:
            print(f"    {line}")
    else:
        print("  the database matches the gold (quotes, speakers, links)")
    unset = [line for line in figures.kinds if "kind (none)" in line]
    wrong = [line for line in figures.kinds if "kind (none)" not in line]
    if unset:
        print(f"  {len(unset)} quotes have no kind (typed by hand: a kind is set in the details panel, not counted)")
    if wrong:
        print(f"  {len(wrong)} quotes whose suggested kind differs from the gold's:")
        for line in wrong:
            print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("with", "without"), help="run one trial")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="annotator-trial-") as work:
        for name in ("without", "with"):
            if args.only in (None, name):
                report(run_trial(name, Path(work)))


if __name__ == "__main__":
    main()
