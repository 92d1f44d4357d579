"""Layers: whose spans the window shows — everyone's, yours, a colleague's, the curated ones — and who may edit them.

Every annotation carries its annotator (``""`` is the unnamed one) and
whether it is curated.  Your spans are the ones made under the window's name
(Edit → Your name): your own layer, and the curated spans you curated (the
curation dialog's E selects one to work on).  Only those can be changed
here, and :meth:`Layers.check_edit` is where every change asks.  Anyone
else's span (a colleague's, imported or merged; a span someone else curated)
is drawn tinted with a dotted bar instead of filled, names its annotator in
the tooltip, the annotation list and the details panel, and is read-only:
re-tagging, deleting, notes, attributes and links from it are refused with a
message that says whose it is.  A link stays within one person's layer: a
quote of yours can be attributed only to a speaker span of yours (the picker
lists your sources; a curated quote, your curated sources), so each
annotator's attributions stay theirs, as agreement counts them.

The selector beside the legend shows one layer at a time or all of them;
it is hidden in an article where every span is yours.  The choice is kept
per database; in an article without that layer, everyone's spans are shown.
New spans — tag keys, Tag all, accepted suggestions — are always yours, so
they are made only while the shown layer includes yours (Everyone or Mine);
the suggestions are worked out from your spans and shown only then.  N/P
step through the shown layer's spans, as the annotation list lists them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...core.errors import AnnotatorError
from ...core.model import Annotation
from ..i18n import fill, plural
from . import Part

EVERYONE = "everyone"
MINE = "mine"
CURATED = "curated"
#: a colleague's layer is ``PERSON + name``
PERSON = "person:"


def _isolated(name: str) -> str:
    """A name in a bidi isolate: an Arabic name keeps its place in an English line."""
    return f"\u2068{name}\u2069"


class LayerBox(QWidget):
    """The layer selector: "Layer:" and a combo box (the window places it beside the legend).

    A click does not take the focus from the text (tag keys keep working);
    Alt+L does, the arrow keys then choose, and Enter or Esc go back to the text.
    """

    #: Enter or Esc in the box: the keyboard user is done choosing
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerSelector")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 0, 0, 0)
        row.setSpacing(6)
        self.label = QLabel(self.tr("&Layer:"))
        self.combo = QComboBox()
        self.combo.setObjectName("layerBox")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.combo.installEventFilter(self)
        self.combo.setToolTip(self.tr("Whose spans are shown: everyone's, yours, a colleague's or the curated "
                                      "ones (Ctrl+Shift+L: the next one). Only yours can be changed."))
        self.label.setBuddy(self.combo)  # Alt+L
        row.addWidget(self.label)
        row.addWidget(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.combo and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self.finished.emit()
                return True
        return super().eventFilter(watched, event)

    def entries(self) -> list[str]:
        """What the box offers, as shown."""
        return [self.combo.itemText(i) for i in range(self.combo.count())]


class Layers(Part):
    """Which layer is shown, which spans are yours, and the one check every edit goes through."""

    def __init__(self, window) -> None:
        super().__init__(window)
        path = str(window.store.path.resolve())
        self._key = f"layers/{hashlib.sha1(path.encode('utf-8')).hexdigest()[:16]}"
        #: the layer chosen (kept per database), and the one shown in the open article
        self.chosen = str(window.settings.value(self._key, EVERYONE) or EVERYONE)
        self.layer = EVERYONE
        self._entries: list[str] = [EVERYONE]
        self._owners: set[tuple[str, bool]] = set()
        #: whether the open article has anyone's spans but yours (then the selector is shown)
        self.several = False
        self._forget_gone()
        self.box: LayerBox = window.layer_box
        self.box.combo.activated.connect(lambda index: self.choose(self.box.combo.itemData(index)))
        self.box.finished.connect(window.view.setFocus)
        window.annotation_model.owner = self.owner  # rows of someone else's spans: tinted swatch, named

    # -- whose span ------------------------------------------------------

    def can_edit(self, a: Annotation) -> bool:
        """Whether ``a`` is yours: made under the window's name (in your layer, or curated by you)."""
        return a.annotator == self.window.doc.annotator

    def owner(self, a: Annotation) -> str:
        """Whose span ``a`` is, for people: "" when it is yours."""
        if a.annotator == self.window.doc.annotator:
            return ""
        if a.curated:
            return fill(self.tr("curated by %1"), _isolated(a.annotator)) if a.annotator else self.tr("curated")
        return fill(self.tr("by %1"), _isolated(a.annotator)) if a.annotator else self.tr("by an unnamed annotator")

    def check_edit(self, a: Annotation) -> bool:
        """Every change to an existing span asks here: True if it is yours, else say whose it is."""
        if self.can_edit(a):
            return True
        if a.curated:
            self.status(fill(self.tr("This span is in the curated layer (%1); curate the article to change it."),
                             self.owner(a)), 6000)
        elif a.annotator:
            self.status(fill(self.tr("This span is %1's; switch to your layer or curate to change it."),
                             _isolated(a.annotator)), 6000)
        else:
            self.status(self.tr("This span is an unnamed annotator's; switch to your layer or curate to change it."),
                        6000)
        return False

    def takes_new(self) -> bool:
        """Whether the layer shown includes your new spans (Everyone or Mine)."""
        return self.layer in (EVERYONE, MINE)

    def check_new(self) -> bool:
        """Whether new spans (yours) can be made now: only while the layer shown includes yours."""
        if self.takes_new():
            return True
        self.status(fill(self.tr("You are looking at %1: your new spans would not show here. "
                                 "Switch to Everyone or Mine (Ctrl+Shift+L) to tag."), self.describe(self.layer)), 6000)
        return False

    def own(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """The spans of your own layer among ``annotations`` (not the curated ones)."""
        me = self.window.doc.annotator
        return [a for a in annotations if not a.curated and a.annotator == me]

    def own_span(self, start: int, end: int, tag: str | None = None) -> Annotation | None:
        """Your own layer's annotation of exactly this extent (and tag, if given)."""
        return next((a for a in self.own(self.window.doc.at_extent(start, end)) if tag is None or a.tag == tag),
                    None)

    def at_extent(self, start: int, end: int) -> Annotation | None:
        """The shown annotation of exactly this extent: your own layer's first, then one you curated, else
        someone else's."""
        shown = [a for a in self.window.doc.at_extent(start, end) if self.shows(a)]
        mine = self.own(shown)
        return mine[0] if mine else next((a for a in shown if self.can_edit(a)), shown[0] if shown else None)

    # -- what the layer shows ----------------------------------------------

    def shows(self, a: Annotation) -> bool:
        """Whether the layer shown includes ``a``."""
        layer = self.layer
        if layer == EVERYONE:
            return True
        if layer == MINE:
            return not a.curated and a.annotator == self.window.doc.annotator
        if layer == CURATED:
            return a.curated
        return not a.curated and PERSON + a.annotator == layer

    def shown(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        return [a for a in annotations if self.shows(a)] if self.layer != EVERYONE else list(annotations)

    def others(self, annotations: Iterable[Annotation]) -> set[str]:
        """The ids of the annotations that are not yours (drawn as someone else's)."""
        me = self.window.doc.annotator
        return {a.id for a in annotations if a.annotator != me}

    def _shows_owner(self, who: str, curated: bool) -> bool:
        layer = self.layer
        if layer == EVERYONE:
            return True
        if layer == MINE:
            return not curated and who == self.window.doc.annotator
        if layer == CURATED:
            return curated
        return not curated and PERSON + who == layer

    def counts(self) -> dict[str, int]:
        """The shown layer's spans per tag (the legend's counts)."""
        doc = self.window.doc
        return doc.counts() if self.layer == EVERYONE else doc.counts(self._shows_owner)

    def describe(self, layer: str) -> str:
        """A layer as the status bar names it."""
        if layer == EVERYONE:
            return self.tr("everyone's spans")
        if layer == MINE:
            return self.tr("your spans")
        if layer == CURATED:
            return self.tr("the curated layer")
        name = layer[len(PERSON):]
        return fill(self.tr("%1's layer"), _isolated(name)) if name else self.tr("the unnamed annotator's layer")

    # -- the selector --------------------------------------------------------

    def _forget_gone(self) -> None:
        """A chosen colleague who no longer annotates anywhere in this database: back to Everyone."""
        if self.chosen.startswith(PERSON):
            name = self.chosen[len(PERSON):]
            if name == self.window.doc.annotator:
                self.chosen = MINE
                return
            try:
                gone = name not in self.window.store.annotators()
            except AnnotatorError:
                return  # the file is busy: the choice stands, the article shows what it has
            if gone:
                self.chosen = EVERYONE
                self.window.settings.setValue(self._key, EVERYONE)

    def article_opened(self) -> None:
        """A new (or reloaded) article: its layers, and the chosen one if it has it."""
        self._owners = set()
        self._refresh_box(reset=True)

    def update_entries(self) -> None:
        """After a change: if someone's spans came or went, the selector follows (cheap when nobody did)."""
        if self.window.doc.owners() != self._owners:
            self._refresh_box(reset=False)

    def _refresh_box(self, reset: bool) -> None:
        w = self.window
        me = w.doc.annotator
        owners = w.doc.owners()
        self._owners = owners
        people = sorted({who for who, curated in owners if not curated and who != me})
        entries = [EVERYONE, MINE] + [PERSON + who for who in people]
        if any(curated for _who, curated in owners):
            entries.append(CURATED)
        self._entries = entries
        several = self.several = bool(owners - {(me, False)})
        combo = self.box.combo
        combo.blockSignals(True)
        combo.clear()
        for layer in entries:
            combo.addItem(self._entry_text(layer), layer)
        combo.blockSignals(False)
        self.box.setVisible(several)
        if reset:
            self.layer = self.chosen if several and self.chosen in entries else EVERYONE
        elif self.layer not in entries or not several:
            self.layer = EVERYONE  # the layer shown is gone from the article (a refresh, an undo)
            self.redraw()
        combo.setCurrentIndex(entries.index(self.layer))

    def _entry_text(self, layer: str) -> str:
        if layer == EVERYONE:
            return self.tr("Everyone")
        if layer == MINE:
            me = self.window.doc.annotator
            return fill(self.tr("Mine (%1)"), _isolated(me)) if me else self.tr("Mine (unnamed)")
        if layer == CURATED:
            return self.tr("Curated")
        return layer[len(PERSON):] or self.tr("(unnamed)")

    def choose(self, layer: str) -> None:
        """Show this layer (and remember it for this database)."""
        w = self.window
        self.chosen = layer
        w.settings.setValue(self._key, layer)
        self._switch(layer)
        n = sum(self.counts().values())
        if layer in (EVERYONE, MINE):
            said = self.tr("Showing %1: %Ln span(s).", "", n)
        else:
            said = self.tr("Showing %1: %Ln span(s) — read-only.", "", n)
        self.status(fill(plural(said, n), self.describe(layer)), 5000)

    def show_everyone(self) -> None:
        """Show every layer for now (a span another layer hides was asked for); the choice is kept."""
        self._switch(EVERYONE)

    def _switch(self, layer: str) -> None:
        if layer in self._entries and layer != self.layer:
            self.layer = layer
            self.box.combo.setCurrentIndex(self._entries.index(layer))
            self.redraw()

    def cycle(self) -> None:
        """Ctrl+Shift+L: the next layer of the selector."""
        if not self.several:
            self.status(self.tr("Every span in this article is yours: there is only one layer."))
            return
        entries = self._entries
        self.choose(entries[(entries.index(self.layer) + 1) % len(entries)])

    def name_changed(self) -> None:
        """Edit → Your name: which spans are yours changed, so does everything drawn."""
        self._forget_gone()
        self._refresh_box(reset=True)
        self.redraw()
        self.window.suggesting.schedule()

    def redraw(self) -> None:
        """Show the layer: the text's spans, the list, the legend, the suggestions, the selection."""
        w = self.window
        doc = w.doc
        if doc.article is None:
            return
        ordered = doc.annotations()
        shown = self.shown(ordered)
        w.view.set_spans(w.annotating.spans(shown), self.others(shown))
        w.annotation_model.set_annotations(shown, w.articles.paragraphs)
        current = w.annotating.current()
        if current is not None and not self.shows(current):
            w.annotating.select(None)
        else:
            w.annotating.select(w.annotating.current_id)
        w.annotating.update_counts()
        w.suggesting.draw()

    def tooltip_line(self, a: Annotation) -> str:
        """The tooltip's line saying whose a span is ("" for yours)."""
        owner = self.owner(a)
        return "    " + fill(self.tr("%1 — read-only"), owner) if owner else ""
