"""Curating: settle an article's differences between annotators into its curated layer.

Annotate → Curate this article… (Ctrl+Shift+K) opens the curation dialog
(:mod:`annotator.ui.curation_dialog`) on the open article: its units
(:mod:`annotator.core.curation`), one row each.  Every decision — accept a
version, reject a unit, accept all agreed units — is one ``Curate`` step of
the window's undo history (Ctrl+Z here or in the dialog), recorded in the
history table as "Curate: …".  The curated layer carries the curator's name,
so curating needs one: without it, the name is asked for first.

Rejections are kept in the database's meta table (see
:func:`annotator.core.curation.decisions_key`), which the history table
does not record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from ...core.curation import (
    REJECT,
    Unit,
    agreed_pending,
    decisions_key,
    parse_decisions,
    plan_accept,
    plan_agreed,
    replaced_by,
    units,
    with_decision,
)
from ...core.model import Annotation
from ...core.text import shorten
from ..commands import Curate
from ..curation_dialog import CurationDialog
from ..i18n import fill, plural
from . import Part


class Curating(Part):
    """The curation dialog and the undoable decisions taken in it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.dialog: CurationDialog | None = None
        self.units: list[Unit] = []
        # Undo and redo (here or in the main window) and another article: the table follows at once.
        window.undo_stack.indexChanged.connect(self.refresh)
        window.doc.reset.connect(self.refresh)
        # Changes read from another process: once they are all in.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        window.doc.annotationsReplaced.connect(self._later.start)
        window.doc.relationsChanged.connect(self._later.start)
        window.installEventFilter(self)  # the dialog closes with the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.dialog is not None:
            self._later.stop()
            self.dialog.close()
        return False

    # -- opening -----------------------------------------------------------

    def open(self) -> None:
        """Annotate → Curate this article…: the dialog (after asking for a name, if there is none)."""
        w = self.window
        if w.doc.article is None:
            self.status(self.tr("Open an article first."))
            return
        if not w.doc.annotator:
            w.ask_name()
            asked = w.dialog
            if asked is not None and hasattr(asked, "textValueSelected"):
                asked.textValueSelected.connect(lambda _name: self._named())  # after the name is set
            self.status(self.tr("Curating needs your name: the curated layer carries it."), 6000)
            return
        if self.dialog is None:
            self.dialog = self._make_dialog()
        w.dialog = self.dialog
        self.dialog.show()
        self.refresh()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.table.setFocus()

    def _named(self) -> None:
        if self.window.doc.annotator:
            self.open()
        else:
            self.status(self.tr("Not curating: the curated layer needs a curator's name."), 6000)

    def _make_dialog(self) -> CurationDialog:
        w = self.window
        dialog = CurationDialog(w)
        dialog.acceptRequested.connect(self.accept)
        dialog.editRequested.connect(lambda unit, annotator: self.accept(unit, annotator, edit=True))
        dialog.rejectRequested.connect(self.reject)
        dialog.acceptAgreedRequested.connect(self.accept_agreed)
        dialog.unitShown.connect(self.show)
        # Ctrl+Z and Ctrl+Shift+Z work in the dialog too: the window's own actions.
        dialog.addAction(w.action("undo_action"))
        dialog.addAction(w.action("redo_action"))
        return dialog

    def refresh(self) -> None:
        """Read the units again (after a decision, an undo, another article, a change from elsewhere)."""
        dialog, w = self.dialog, self.window
        if dialog is None or not dialog.isVisible() or not w.isVisible() or w.doc.article is None:
            return
        self.units = units(w.store, w.doc.article.id)
        dialog.set_units(w.doc.article.title, w.doc.annotator, self.units, w.tags)

    # -- deciding ------------------------------------------------------------

    def accept(self, unit: Unit, annotator: str, *, edit: bool = False) -> None:
        """Accept ``annotator``'s version of ``unit`` (one undo step); with ``edit``, then select it to work on."""
        w = self.window
        stack = w.annotating.stack()
        version = unit.version(annotator)
        if stack is None or w.doc.article is None or version is None:
            self.status(fill(self.tr("%1 tagged nothing here: there is no version of theirs to accept."),
                             self._name(annotator)))
            return
        annotations, relations = plan_accept(unit, version, w.doc.annotator)
        removed = replaced_by(unit, version)
        decision = self._decision(unit, None)
        if annotations or relations or removed or decision:
            text = shorten(version.spans[0].annotation.text, 30)
            said = fill(QCoreApplication.translate("commands", "Curate: accept %1's “%2”"),
                        self._name(annotator), text)
            stack.push(Curate(w.doc, said, annotations, relations, removed, decision))
        else:
            self.status(fill(self.tr("Already curated as %1's version."), self._name(annotator)))
        if edit:
            self._select_curated(unit, version.spans[0].annotation)
        elif self.dialog is not None:
            self.dialog.select_next(unit.key)

    def reject(self, unit: Unit) -> None:
        """Reject ``unit``: nothing of it in the curated layer (what was curated there goes), kept as decided."""
        w = self.window
        stack = w.annotating.stack()
        if stack is None or w.doc.article is None:
            return
        decision = self._decision(unit, REJECT)
        if decision or unit.curated:
            first = unit.versions[0].spans[0].annotation.text
            said = fill(QCoreApplication.translate("commands", "Curate: reject “%1”"), shorten(first, 30))
            stack.push(Curate(w.doc, said, [], [], list(unit.curated), decision))
        else:
            self.status(self.tr("Already rejected."))
        if self.dialog is not None:
            self.dialog.select_next(unit.key)

    def accept_agreed(self) -> None:
        """Accept every agreed unit not decided yet, as one undo step."""
        w = self.window
        stack = w.annotating.stack()
        pending = agreed_pending(self.units)
        if stack is None or not pending:
            self.status(self.tr("No agreed unit is left to accept."))
            return
        annotations, relations = plan_agreed(pending, w.doc.annotator)
        n = len(pending)
        # In this context, not "commands": lupdate sees plural forms only in tr().
        said = self.tr("Curate: accept %Ln agreed unit(s)", "", n)
        stack.push(Curate(w.doc, plural(said, n), annotations, relations))
        spans, links = len(annotations), len(relations)
        self.status(fill(self.tr("Accepted %1: %2, %3."), plural(self.tr("%Ln agreed unit(s)", "", n), n),
                         plural(self.tr("%Ln curated span(s)", "", spans), spans),
                         plural(self.tr("%Ln link(s)", "", links), links)))

    def _name(self, annotator: str) -> str:
        """An annotator as the messages name them (the unnamed one too)."""
        return annotator or self.tr("(unnamed)")

    def _decision(self, unit: Unit, value: str | None) -> tuple[str, str | None, str | None] | None:
        """(meta key, before, after) when ``unit``'s decision changes to ``value``, else None."""
        w = self.window
        key = decisions_key(unit.article_id)
        stored = w.store.get_meta(key)
        decisions = parse_decisions(stored)
        if decisions.get(unit.key) == value:
            return None
        return key, stored, with_decision(decisions, unit.key, value)

    # -- showing -------------------------------------------------------------

    def show(self, unit: Unit, annotator: str | None) -> None:
        """The current unit's span in the main window: the current column's version, else the curated one."""
        version = unit.version(annotator) if annotator is not None else None
        if version is not None:
            chosen = version.spans[0].annotation
        elif unit.curated:
            chosen = unit.curated[0]
        else:
            chosen = unit.versions[0].spans[0].annotation
        w = self.window
        if w.doc.annotation(chosen.id) is not None:
            w.annotating.select(chosen.id, select_text=True)

    def _select_curated(self, unit: Unit, like: Annotation) -> None:
        """Select the curated copy of ``like`` in the main window and give it the keyboard (E)."""
        w = self.window
        made = next((a for a in w.doc.annotations()
                     if a.curated and a.tag == unit.tag and (a.start, a.end) == (like.start, like.end)), None)
        if made is None:
            return
        w.annotating.select(made.id, select_text=True)
        w.activateWindow()
        w.raise_()
        w.view.setFocus()
        self.status(self.tr("Accepted; the curated span is selected in the text."))
