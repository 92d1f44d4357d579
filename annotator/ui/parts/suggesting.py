"""Assisted annotation in the window: suggestions outlined in the text, accepted or rejected by key.

The engine (:mod:`annotator.core.suggest`) runs on a worker thread — a long
article takes about a second — after the article opens and after each
change, on a snapshot of the text and annotations; a result for an older
snapshot is dropped.  Nothing is stored until the user accepts: Y accepts
the suggestion at the caret (its span, speaker and link in one undo step),
X rejects it (remembered in the database, never proposed again), and
Ctrl+Shift+Y accepts every quote that has a speaker.
"""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor

from ...core.errors import AnnotatorError
from ...core.suggest import Suggestion, suggest
from ...core.suggest.accept import plan
from ...core.text import shorten
from ..commands import AcceptSuggestions
from . import Part

SHOWN_KEY = "view/suggestions"
#: Longer articles get no automatic suggestions (about a second per 1M code points, on every change).
AUTO_MAX_CODE_POINTS = 2_000_000


def _rejected_key(article_id: str) -> str:
    return f"rejected_suggestions:{article_id}"


class _Relay(QObject):
    """Carries a worker's result to the UI thread (a queued signal)."""

    done = Signal(int, list)


class Suggesting(Part):
    """The open article's suggestions: computed off the UI thread, drawn, accepted, rejected."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.suggestions: list[Suggestion] = []
        self.shown = window.settings.value(SHOWN_KEY, True, type=bool)
        window.action("suggestions_action").setChecked(self.shown)
        self._generation = 0
        self._running = False
        self._relay = _Relay()
        self._relay.done.connect(self._arrived)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(250)  # after a burst of changes, once
        self._later.timeout.connect(self._start)
        doc = window.doc
        doc.reset.connect(self.schedule)
        for signal in (doc.annotationAdded, doc.annotationRemoved, doc.annotationChanged, doc.annotationsReplaced):
            signal.connect(lambda *_args: self.schedule())

    # -- computing -----------------------------------------------------

    def schedule(self) -> None:
        """Compute the suggestions again soon (the current ones stay shown meanwhile)."""
        self._generation += 1
        if self.window.doc.article is not None:
            self._later.start()

    def _rejected(self, article_id: str) -> set[tuple[str, int, int]]:
        stored = self.window.store.get_meta(_rejected_key(article_id))
        return {(str(t), int(s), int(e)) for t, s, e in json.loads(stored)} if stored else set()

    def _start(self) -> None:
        doc = self.window.doc
        if doc.article is None or self._running:
            return  # one computation at a time: a change made meanwhile starts the next when it ends
        if len(doc.text) > AUTO_MAX_CODE_POINTS:
            # Rules in Python hold the interpreter: seconds of them beside every
            # key press in a very long article would slow the window down.
            if self.suggestions:
                self.suggestions = []
                self.draw()
            self.status(f"Suggestions are off for articles over {AUTO_MAX_CODE_POINTS:,} characters.", 6000)
            return
        generation = self._generation
        article, annotations = doc.article, list(doc.all_annotations())
        try:
            rejected = self._rejected(article.id)
        except AnnotatorError:
            return  # the database went away (the window is closing): nothing to suggest for
        tags = list(self.window.tags)
        relay = self._relay

        def work() -> None:
            try:
                found = suggest(article, annotations, rejected, tags=tags)
            except Exception:  # a bug in a rule must not take the window down
                found = []
            relay.done.emit(generation, found)

        self._running = True
        threading.Thread(target=work, name="suggest", daemon=True).start()

    def _arrived(self, generation: int, found: list) -> None:
        self._running = False
        if not self.window.isVisible():
            return  # the window has closed
        if generation != self._generation:
            self._later.start()  # computed for an older state of the article: once more, for this one
            return
        self.suggestions = found
        self.draw()

    # -- showing -------------------------------------------------------

    def draw(self) -> None:
        """Outline the suggestions in the text (or nothing, when hidden)."""
        w = self.window
        to16 = w.doc.offsets.to_utf16
        colors = {t.name: QColor(t.color) for t in w.tags}
        w.view.set_suggestions([(to16(s.start), to16(s.end), colors.get(s.tag, QColor("#888888")))
                                for s in self.suggestions] if self.shown else [])
        if self.shown and self.suggestions:
            self.status(f"{len(self.suggestions)} suggestions — Y accepts the one at the caret, X rejects it", 6000)

    def set_shown(self, shown: bool) -> None:
        """View → Show suggestions (remembered)."""
        self.shown = shown
        self.window.settings.setValue(SHOWN_KEY, shown)
        self.draw()

    def at_caret(self) -> Suggestion | None:
        """The suggestion under the caret, else the next one after it."""
        w = self.window
        if not self.shown or not self.suggestions:
            return None
        caret = w.doc.offsets.from_utf16(w.view.textCursor().selectionStart())
        under = [s for s in self.suggestions if s.start <= caret < s.end]
        if under:
            return min(under, key=lambda s: s.end - s.start)
        return next((s for s in self.suggestions if s.start >= caret), None)

    # -- acting --------------------------------------------------------

    def accept_current(self) -> None:
        """Y: accept the suggestion at the caret — span, speaker and link, one undo step."""
        chosen = self.at_caret()
        if chosen is None:
            self.status("No suggestion at the caret.")
            return
        self._accept([chosen], f"Accept “{shorten(chosen.text, 30)}”")

    def accept_quotes(self) -> None:
        """Accept every quote with a speaker in this article (one undo step)."""
        chosen = [s for s in self.suggestions if s.kind and s.speaker is not None] if self.shown else []
        if not chosen:
            self.status("No quote with a speaker to accept.")
            return
        self._accept(chosen, f"Accept {len(chosen)} quotes with their speakers")

    def _accept(self, chosen: list[Suggestion], text: str) -> None:
        w = self.window
        stack = w.annotating.stack()
        if stack is None or w.doc.article is None:
            return
        made = plan(w.doc.article, list(w.doc.all_annotations()), w.doc.relations(), chosen, annotator=w.doc.annotator)
        taken = {s.key for s in chosen}
        self.suggestions = [s for s in self.suggestions if s.key not in taken]
        self.draw()
        stack.push(AcceptSuggestions(w.doc, made.annotations, made.relations, text))
        self.status(f"Stored {len(made.annotations)} spans and {len(made.relations)} links.")

    def reject_current(self) -> None:
        """X: reject the suggestion at the caret; it is not proposed again."""
        w = self.window
        chosen = self.at_caret()
        if chosen is None or w.doc.article is None:
            self.status("No suggestion at the caret.")
            return
        rejected = self._rejected(w.doc.article.id) | {chosen.key}
        w.store.set_meta(_rejected_key(w.doc.article.id), json.dumps(sorted(rejected), ensure_ascii=False))
        self.suggestions = [s for s in self.suggestions if s.key != chosen.key]
        self.draw()
        self.status(f"Rejected “{shorten(chosen.text, 30)}”: it will not be proposed again.")
