"""Assisted annotation in the window: suggestions outlined in the text, accepted or rejected by key.

The engine (:mod:`annotator.core.suggest`) runs on a worker thread — a long
article takes about a second — after the article opens and after each
change, on a snapshot of the text and annotations; a result for an older
snapshot is dropped.  Nothing is stored until the user accepts: N and P step
through the annotations and the suggestions together, in reading order, and
select the one they land on; Y or Enter accepts the suggestion at the caret
(its span, speaker and link in one undo step), Shift+Y or Shift+Enter accepts
a quote with another speaker chosen in the link picker, X rejects it
(remembered in the database, never proposed again), and Ctrl+Shift+Y accepts
every quote that has a speaker.  The legend shows how many there are.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from bisect import bisect_left

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap

from ...core.errors import AnnotatorError
from ...core.model import ROLE_ATTRIBUTABLE, ROLE_SOURCE, Annotation, make_annotation
from ...core.search import fold_text
from ...core.suggest import Span, Suggestion, suggest
from ...core.suggest.accept import plan
from ...core.suggest.propagate import propagating_tags
from ...core.text import line_and_column, shorten
from ..commands import AcceptSuggestions
from ..dialogs import LinkDialog
from ..i18n import fill, number, plural, translated
from . import Part

SHOWN_KEY = "view/suggestions"
#: Longer articles get no automatic suggestions (about a second per 1M code points, on every change).
AUTO_MAX_CODE_POINTS = 2_000_000


def _rejected_key(article_id: str) -> str:
    return f"rejected_suggestions:{article_id}"


#: A run of Hebrew or Arabic script (letters, marks, digits, tatweel), words joined by single spaces.
_RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL_RUN = re.compile(f"[{_RTL_LETTERS}]+(?:[ \u00a0][{_RTL_LETTERS}]+)*")


def isolated(text: str) -> str:
    """``text`` with each right-to-left run in a bidi isolate, so an English status line keeps its order.

    Without them "كاغينس → مايلس كاغينس" in a left-to-right line reads as one
    right-to-left run, its two names swapped about the arrow.
    """
    return _RTL_RUN.sub(lambda m: f"\u2068{m.group()}\u2069", text)


def proposed_swatch(color: str, size: int = 14) -> QIcon:
    """A tag's colour as a dashed outline: a span proposed, not tagged yet (as the text shows it)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color).darker(125), 1.6, Qt.PenStyle.DashLine))
    painter.setBrush(QColor("#FFFFFF"))  # seen on a selected row too
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def _order(s: Suggestion) -> tuple[int, int, str]:
    """Reading order, as the annotation list sorts its rows: by start, the longer span first."""
    return (s.start, -s.end, s.tag)


class _Relay(QObject):
    """Carries a worker's result to the UI thread (a queued signal)."""

    done = Signal(int, list)


class Suggesting(Part):
    """The open article's suggestions: computed off the UI thread, drawn, stepped through, accepted, rejected."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.suggestions: list[Suggestion] = []
        self._ordered: list[Suggestion] = []  # the same, in reading order (see _order)
        self._keys: list[tuple[int, int, str]] = []
        #: the suggestion N/P landed on last (it stays "the one at the caret" while its span is selected)
        self._landed: tuple[str, int, int] | None = None
        self._announced = False
        self.shown = window.settings.value(SHOWN_KEY, True, type=bool)
        window.action("suggestions_action").setChecked(self.shown)
        self._generation = 0
        self._running = False
        self._known: list[tuple[str, str]] | None = None  # the corpus lexicon (see _start)
        self._known_tags: list = []
        self._relay = _Relay()
        self._relay.done.connect(self._arrived)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(250)  # after a burst of changes, once
        self._later.timeout.connect(self._start)
        doc = window.doc
        doc.reset.connect(self._article_opened)
        for signal in (doc.annotationAdded, doc.annotationRemoved, doc.annotationChanged, doc.annotationsReplaced):
            signal.connect(lambda *_args: self.schedule())
        # Enter and Shift+Enter act on a suggestion at the caret, and only then (see eventFilter).
        window.view.installEventFilter(self)

    # -- computing -----------------------------------------------------

    def schedule(self) -> None:
        """Compute the suggestions again soon (the current ones stay shown meanwhile)."""
        self._generation += 1
        if self.window.doc.article is not None:
            self._later.start()

    def busy(self) -> bool:
        """Whether newer suggestions are on their way (a change is waiting or being computed)."""
        return self._later.isActive() or self._running

    def _article_opened(self) -> None:
        """Another article: the last one's suggestions go at once (their offsets mean nothing here)."""
        self._set([])
        self._landed = None
        self._announced = False
        self._known = None  # what was tagged elsewhere may have grown since the last article
        self.draw()
        self.schedule()

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
                self._set([])
                self.draw()
            self.status(fill(self.tr("Suggestions are off for articles over %1 characters."),
                             number(AUTO_MAX_CODE_POINTS)), 6000)
            return
        generation = self._generation
        # From your spans only: what a colleague tagged is still to do in your layer.
        article, annotations = doc.article, self.window.layers.own(doc.all_annotations())
        try:
            rejected = self._rejected(article.id)
        except AnnotatorError:
            return  # the database went away (the window is closing): nothing to suggest for
        tags = list(self.window.tags)
        if self._known is None or self._known_tags != tags:
            # What was tagged across the corpus, for propagation: read here (the connection is this
            # thread's), once per article and tag set, and the same list handed over each time so
            # the engine reuses its index of it.
            try:
                self._known = self.window.store.tagged_texts(propagating_tags(tags))
            except AnnotatorError:
                self._known = []
            self._known_tags = tags
        known = self._known
        relay = self._relay

        def work() -> None:
            try:
                found = suggest(article, annotations, rejected, tags=tags, known=known)
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
        self._set(found)
        self.draw()

    def _set(self, found: list[Suggestion]) -> None:
        self.suggestions = found
        self._ordered = sorted(found, key=_order)
        self._keys = [_order(s) for s in self._ordered]

    # -- showing -------------------------------------------------------

    def draw(self) -> None:
        """Outline the suggestions in the text and count them in the legend (or neither, when hidden)."""
        w = self.window
        to16 = w.doc.offsets.to_utf16
        colors = {t.name: QColor(t.color) for t in w.tags}
        w.view.set_suggestions([(to16(s.start), to16(s.end), colors.get(s.tag, QColor("#888888")))
                                for s in self.suggestions] if self.active() else [])
        counts: dict[str, int] = {}
        for s in self.suggestions:
            counts[s.tag] = counts.get(s.tag, 0) + 1
        w.tag_bar.set_suggested(counts if self.active() else None)
        if self.active() and self.suggestions and not self._announced:
            # Once per article: after that the legend keeps count, and the status
            # bar keeps saying what N landed on.
            self._announced = True
            n = len(self.suggestions)
            self.status(plural(self.tr("%Ln suggestion(s) — N steps to the next, Y or Enter accepts it, "
                                       "X rejects it", "", n), n), 6000)

    def active(self) -> bool:
        """Whether suggestions are shown now: turned on, and the layer shown takes your new spans."""
        return self.shown and self.window.layers.takes_new()

    def set_shown(self, shown: bool) -> None:
        """View → Show suggestions (remembered)."""
        self.shown = shown
        self.window.settings.setValue(SHOWN_KEY, shown)
        self.draw()

    def describe(self, s: Suggestion) -> str:
        """What the status bar says of a suggestion: its tag, speaker, why, and the keys that act on it."""
        w = self.window
        # The names and words quoted are isolated, not the sentence around them (which may be Arabic).
        parts = [fill(self.tr("Suggested %1"), isolated(w.tag_label(s.tag).lower()))]
        if s.speaker is not None:
            parts.append(fill(self.tr("speaker %1"), isolated(s.speaker.text)))
        if s.why:
            parts.append(isolated(translated(s.why)))
        if s.speaker is not None and w.tag_role(s.tag) == ROLE_ATTRIBUTABLE:
            parts.append(self.tr("Y/Enter accepts, Shift+Y another speaker, X rejects"))
        else:
            parts.append(self.tr("Y/Enter accepts, X rejects"))
        return " — ".join(parts)

    def _selected(self) -> tuple[int, int] | None:
        """The view's selection in code points (``None`` when it is only a caret)."""
        w = self.window
        start16, end16 = w.view.selection_utf16()
        if start16 == end16:
            return None
        return w.doc.offsets.from_utf16(start16), w.doc.offsets.from_utf16(end16)

    def _exactly_selected(self) -> Suggestion | None:
        """The suggestion whose span is exactly the selection (the one N landed on, first)."""
        selected = self._selected()
        if selected is None:
            return None
        i = bisect_left(self._keys, (selected[0], -selected[1]))
        same = []
        while i < len(self._ordered) and (self._ordered[i].start, self._ordered[i].end) == selected:
            same.append(self._ordered[i])
            i += 1
        if not same:
            return None
        landed = next((s for s in same if s.key == self._landed), None)
        return landed or next((s for s in same if s.kind), same[0])

    def at_caret(self, *, strict: bool = False) -> Suggestion | None:
        """The suggestion selected (as N selects it) or under the caret; else, unless ``strict``, the next one."""
        w = self.window
        if not self.active() or not self.suggestions:
            return None
        exact = self._exactly_selected()
        if exact is not None:
            return exact
        caret = w.doc.offsets.from_utf16(w.view.textCursor().selectionStart())
        under = [s for s in self.suggestions if s.start <= caret < s.end]
        if under:
            return min(under, key=lambda s: s.end - s.start)
        if strict:
            return None
        return next((s for s in self.suggestions if s.start >= caret), None)

    # -- stepping --------------------------------------------------------

    def step(self, delta: int) -> None:
        """N / P: the next (or previous) annotation or suggestion in reading order, selected.

        Annotations and suggestions are merged by ``(start, -end)``; at the same
        extent the annotation comes first.  Both lists are kept in that order,
        so this is two binary searches, not a sort per key press.
        """
        w = self.window
        if not self.active() or not self._ordered:
            self._landed = None
            w.annotating.step(delta)
            return
        model = w.annotation_model
        rows = model.rowCount()
        # Where the reader is: the suggestion N landed on, the current annotation, or the caret.
        here_row: int | None = None
        here_index: int | None = None
        landed = self._exactly_selected()
        current = w.annotating.current()
        if landed is not None and (landed.key == self._landed or current is None):
            here_index = bisect_left(self._keys, _order(landed))
            start, neg_end = landed.start, -landed.end
        elif current is not None and model.row_of(current.id) is not None:
            here_row = model.row_of(current.id)
            start, neg_end = current.start, -current.end
        else:
            start, neg_end = w.doc.offsets.from_utf16(w.view.textCursor().selectionStart()), -(1 << 62)
        # The first annotation row and the first suggestion after "here" (annotations first at one extent).
        if here_row is not None:
            row = here_row + 1 if delta > 0 else here_row - 1
            index = bisect_left(self._keys, (start, neg_end))
        else:
            row = model.first_row_after(start, neg_end)
            if here_index is not None:
                index = here_index + 1 if delta > 0 else here_index - 1
            else:
                index = bisect_left(self._keys, (start, neg_end))
        if delta < 0 and here_row is None:
            row -= 1
        if delta < 0 and here_index is None:
            index -= 1

        def row_key(r: int) -> tuple[int, int, int, int] | None:
            a = model.annotation_at(r) if 0 <= r < rows else None
            return (a.start, -a.end, 0, r) if a is not None else None

        def index_key(i: int) -> tuple[int, int, int, int] | None:
            s = self._ordered[i] if 0 <= i < len(self._ordered) else None
            return (s.start, -s.end, 1, i) if s is not None else None

        found = [k for k in (row_key(row), index_key(index)) if k is not None]
        if not found:  # round the end: the first (or last) of either list
            found = [k for k in (row_key(0 if delta > 0 else rows - 1),
                                 index_key(0 if delta > 0 else len(self._ordered) - 1)) if k is not None]
        target = min(found) if delta > 0 else max(found)
        if target[2] == 0:
            annotation = model.annotation_at(target[3])
            self._landed = None
            if annotation is not None:
                w.annotating.select(annotation.id, select_text=True)
        else:
            self.land(self._ordered[target[3]])
        w.view.setFocus()

    def land(self, s: Suggestion) -> None:
        """Select a suggestion's span (shown with its speaker, when both fit) and say what it is."""
        w = self.window
        to16 = w.doc.offsets.to_utf16
        self._landed = s.key
        w.view.select_utf16(to16(s.start), to16(s.end), scroll=False)
        start, end = s.start, s.end
        if s.speaker is not None:
            both = min(start, s.speaker.start), max(end, s.speaker.end)
            if w.view.fits(to16(both[0]), to16(both[1])):
                start, end = both
        w.view.reveal(to16(start), to16(end))
        self.status(self.describe(s), 15000)

    # -- acting --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter accepts the suggestion at the caret, Shift+Enter with another speaker; otherwise Enter is Qt's."""
        if watched is self.window.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                chosen = self.at_caret(strict=True)
                if chosen is not None and modifiers == Qt.KeyboardModifier.NoModifier:
                    self.accept(chosen)
                    return True
                if chosen is not None and modifiers == Qt.KeyboardModifier.ShiftModifier:
                    self.accept_with_speaker(chosen)
                    return True
        return super().eventFilter(watched, event)

    def accept_current(self) -> None:
        """Y: accept the suggestion at the caret — span, speaker and link, one undo step."""
        chosen = self.at_caret()
        if chosen is None:
            self.status(self.tr("No suggestion at the caret."))
            return
        self.accept(chosen)

    def accept(self, chosen: Suggestion) -> None:
        """Accept one suggestion (one undo step) and make what it stored the current annotation."""
        self._accept([chosen], fill(QCoreApplication.translate("commands", "Accept “%1”"), shorten(chosen.text, 30)))
        w = self.window
        made = w.layers.own_span(chosen.start, chosen.end, chosen.tag)
        if made is not None:
            w.annotating.select(made.id, select_text=True, scroll=False)

    def accept_quotes(self) -> None:
        """Accept every quote with a speaker in this article (one undo step)."""
        chosen = [s for s in self.suggestions if s.kind and s.speaker is not None] if self.active() else []
        if not chosen:
            self.status(self.tr("No quote with a speaker to accept."))
            return
        n = len(chosen)
        # In this context, not "commands": lupdate sees plural forms only in tr().
        said = self.tr("Accept %Ln quote(s) with their speakers", "", n)
        self._accept(chosen, plural(said, n))

    def _accept(self, chosen: list[Suggestion], text: str) -> None:
        w = self.window
        stack = w.annotating.stack()
        if stack is None or w.doc.article is None:
            return
        made = plan(w.doc.article, w.layers.own(w.doc.all_annotations()), w.doc.relations(), chosen,
                    annotator=w.doc.annotator)
        taken = {s.key for s in chosen}
        self._set([s for s in self.suggestions if s.key not in taken])
        self.draw()
        stack.push(AcceptSuggestions(w.doc, made.annotations, made.relations, text))
        spans, links = len(made.annotations), len(made.relations)
        self.status(fill(self.tr("Stored %1 and %2."), plural(self.tr("%Ln span(s)", "", spans), spans),
                         plural(self.tr("%Ln link(s)", "", links), links)))

    def speaker_choices(self, chosen: Suggestion) -> tuple[list[Annotation], set[str]]:
        """Who a suggested quote can be accepted as said by: the article's speaker spans and the
        speakers suggestions propose (not stored; their ids are returned apart)."""
        w = self.window
        doc = w.doc
        assert doc.article is not None
        spans = [a for a in w.layers.own(doc.annotations()) if w.tag_role(a.tag) == ROLE_SOURCE]
        have = {(a.tag, a.start, a.end) for a in spans}
        proposed: list[Annotation] = []
        for s in self.suggestions:
            for tag, span in ((s.speaker_tag, s.speaker), (s.tag, Span(s.start, s.end, s.text))):
                if span is None or not tag or w.tag_role(tag) != ROLE_SOURCE or (tag, span.start, span.end) in have:
                    continue
                have.add((tag, span.start, span.end))
                proposed.append(make_annotation(doc.article, tag, span.start, span.end, annotator=doc.annotator))
        return spans + proposed, {a.id for a in proposed}

    def accept_with_speaker(self, chosen: Suggestion | None = None) -> None:
        """Shift+Y / Shift+Enter: accept the quote at the caret with a speaker picked in the link picker.

        The picker lists the speaker spans of the article and the speakers
        suggestions propose (dashed swatches); the suggestion's own speaker is
        listed too, but the best-ranked other one is preselected.  The quote,
        a new speaker span if one is needed, and the link are one undo step.
        """
        w = self.window
        chosen = chosen or self.at_caret()
        if chosen is None or w.doc.article is None or w.annotating.stack() is None:
            self.status(self.tr("No suggestion at the caret."))
            return
        if w.tag_role(chosen.tag) != ROLE_ATTRIBUTABLE:
            self.status(fill(self.tr("A suggested %1 has no speaker: Y or Enter accepts it."),
                             w.tag_label(chosen.tag)))
            return
        candidates, proposed = self.speaker_choices(chosen)
        if not candidates:
            self.status(self.tr("No speaker to choose from: tag the speaker first, then accept."), 5000)
            return
        article = w.doc.article
        quote = make_annotation(article, chosen.tag, chosen.start, chosen.end)
        starts = w.articles.paragraphs
        dialog = LinkDialog(quote, candidates, {t.name: t for t in w.tags},
                            lambda offset: line_and_column(starts, offset)[0], w, w.doc.text)
        dialog.setWindowTitle(self.tr("Accept with speaker"))
        own = (chosen.speaker.start, chosen.speaker.end) if chosen.speaker is not None else None
        # Words of the proposed speaker's name: a candidate sharing one is the same person.
        same = {w_ for w_ in fold_text(f"{chosen.speaker.text if chosen.speaker else ''} {chosen.entity}").split()
                if len(w_) >= 3}
        other_span = other_person = None
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            cand: Annotation = item.data(Qt.ItemDataRole.UserRole)
            tag = w.tag(cand.tag)
            if cand.id in proposed:
                item.setIcon(proposed_swatch(tag.color if tag else "#888888"))
                item.setToolTip(self.tr("Proposed by a suggestion: accepting tags it as a speaker too"))
            if (cand.start, cand.end) == own:
                item.setToolTip(self.tr("The speaker the suggestion proposes"))
                continue
            other_span = row if other_span is None else other_span
            if other_person is None and not same & set(fold_text(cand.text).split()):
                other_person = row
        # "Another speaker": the likeliest other person, else another mention.
        preselected = other_person if other_person is not None else other_span
        if preselected is not None:
            dialog.list.setCurrentRow(preselected)
        w.dialog = dialog

        def done() -> None:
            target = dialog.chosen()
            if target is None or w.doc.article is None or w.doc.article.id != article.id:
                return
            speaker = Span(target.start, target.end, target.text)
            accepted = dataclasses.replace(chosen, speaker=speaker, speaker_tag=target.tag, entity="")
            w.view.setFocus()
            said = fill(QCoreApplication.translate("commands", "Accept “%1” said by “%2”"),
                        shorten(chosen.text, 30), shorten(target.text, 30))
            self._accept([accepted], said)
            made = w.layers.own_span(chosen.start, chosen.end, chosen.tag)
            if made is not None:
                w.annotating.select(made.id, select_text=True, scroll=False)

        dialog.accepted.connect(done)
        dialog.rejected.connect(w.view.setFocus)
        dialog.open()

    def reject_current(self) -> None:
        """X: reject the suggestion at the caret; it is not proposed again."""
        w = self.window
        chosen = self.at_caret()
        if chosen is None or w.doc.article is None:
            self.status(self.tr("No suggestion at the caret."))
            return
        rejected = self._rejected(w.doc.article.id) | {chosen.key}
        w.store.set_meta(_rejected_key(w.doc.article.id), json.dumps(sorted(rejected), ensure_ascii=False))
        self._set([s for s in self.suggestions if s.key != chosen.key])
        self.draw()
        self.status(fill(self.tr("Rejected “%1”: it will not be proposed again."), shorten(chosen.text, 30)))
