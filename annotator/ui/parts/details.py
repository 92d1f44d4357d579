"""Notes and details: the selected annotation's links and note, below the annotation list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt

from ...core.factcheck import VERDICT, settings
from ...core.history import describe
from ...core.model import KIND
from ...core.text import shorten
from ..commands import EditAttributes, EditNote
from ..i18n import fill, shown_verdict, translated
from . import Part

#: The attributes as an undo step names them (context "commands", as the other steps).
ATTRIBUTE_NAMES: dict[str, str] = {KIND: str(QT_TRANSLATE_NOOP("commands", "Kind")),
                                   VERDICT: str(QT_TRANSLATE_NOOP("commands", "Verdict"))}
#: How a quote was reported, as an undo step names it (the stored values, core.model.QUOTE_KINDS).
KIND_NAMES: dict[str, str] = {"direct": str(QT_TRANSLATE_NOOP("commands", "direct")),
                              "indirect": str(QT_TRANSLATE_NOOP("commands", "indirect")),
                              "mixed": str(QT_TRANSLATE_NOOP("commands", "mixed"))}


def _when(at: str) -> str:
    """An entry's time in the user's time zone, short: "26 Nov 14:05"."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODateWithMs).toLocalTime()
    return QLocale().toString(moment, "d MMM HH:mm")


class Details(Part):
    """Shows the current annotation in the details panel and stores its note as an undoable step."""

    def __init__(self, window) -> None:
        super().__init__(window)
        window.details.noteEdited.connect(self.note_edited)
        window.details.attributeChosen.connect(self.attribute_chosen)
        self.load_verdicts()
        window.details.finished.connect(window.view.setFocus)

    def show_current(self) -> None:
        """Show the current annotation (or none) with what it is attributed to and what points at it."""
        w = self.window
        w.details.commit_pending()  # may re-enter through the note's undo command
        a = w.annotating.current()
        tags = {t.name: t for t in w.tags}
        if a is None:
            w.details.show_annotation(None, [], [], tags)
            w.details.show_history([])
            return
        linked = [(r, target) for r in w.doc.relations()
                  if r.from_id == a.id and (target := w.doc.annotation(r.to_id)) is not None]
        w.details.show_annotation(a, linked, w.doc.links_to(a.id), tags)
        w.details.set_owner(w.layers.owner(a))  # someone else's span: shown, not editable
        labels = {t.name: t.label for t in w.tags}
        said, someone = self.tr("%1 %2"), self.tr("someone")  # who, what they did
        w.details.show_history([(_when(e.at), fill(said, f"\u2068{e.who or someone}\u2069",
                                                   translated(describe(e, labels))))
                                for e in w.store.history(item_id=a.id, limit=200)])
        w.action("link_action").setEnabled(True)

    def edit_note(self) -> None:
        """E / F2: write a note on the selected annotation."""
        current = self.window.annotating.current()
        if current is None:
            self.status(self.tr("Select an annotation first, then press E to write a note."))
            return
        if not self.window.layers.check_edit(current):
            return
        self.window.annotations_dock.show()
        self.window.details.focus_note()

    def load_verdicts(self) -> None:
        """Offer the verdicts the desk set (Edit → Fact-check settings)."""
        self.window.details.set_verdicts(settings(self.window.store).verdicts)

    def attribute_chosen(self, annotation_id: str, name: str, value: str) -> None:
        """Store how a quote was reported, or a claim's verdict (one undo step)."""
        doc = self.window.doc
        annotation = doc.annotation(annotation_id)
        stack = self.window.annotating.stack()
        if annotation is None or stack is None or not self.window.layers.check_edit(annotation):
            return
        attributes = {k: v for k, v in annotation.attributes.items() if k != name}
        if value:
            attributes[name] = value
        what = QCoreApplication.translate("commands", ATTRIBUTE_NAMES[name]) if name in ATTRIBUTE_NAMES else name
        if not value:
            shown = QCoreApplication.translate("commands", "none")
        elif name == KIND and value in KIND_NAMES:
            shown = QCoreApplication.translate("commands", KIND_NAMES[value])
        else:
            shown = shown_verdict(value) if name == VERDICT else value
        text = fill(QCoreApplication.translate("commands", "%1 of “%2”: %3"), what, shorten(annotation.text, 30), shown)
        stack.push(EditAttributes(doc, annotation, attributes, text))

    def note_edited(self, annotation_id: str, note: str) -> None:
        """Store a note (one undo step), unless it is unchanged."""
        doc = self.window.doc
        annotation = doc.annotation(annotation_id)
        stack = self.window.annotating.stack()
        if (annotation is not None and stack is not None and annotation.note != note
                and self.window.layers.check_edit(annotation)):
            stack.push(EditNote(doc, annotation, note))
