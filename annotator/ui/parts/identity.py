"""Who is annotating: the name stored with every annotation, asked once."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from ..i18n import fill
from . import Part

NAME_KEY = "annotator/name"
NAME_ASKED_KEY = "annotator/asked"


class Identity(Part):
    """The annotator's name: in the settings, in the status bar, on every new annotation."""

    def __init__(self, window) -> None:
        super().__init__(window)
        window.doc.annotator = str(window.settings.value(NAME_KEY, "") or "")
        self.show()

    def ask_once(self) -> None:
        """On first use, ask for the name stored with each annotation (once)."""
        w = self.window
        if w.isVisible() and not w.doc.annotator and not w.settings.value(NAME_ASKED_KEY, False, type=bool):
            self.ask()

    def ask(self) -> None:
        """Edit → Your name."""
        w = self.window
        dialog = QInputDialog(w)
        dialog.setObjectName("nameDialog")
        dialog.setWindowTitle(self.tr("Your name"))
        dialog.setLabelText(
            self.tr("Your name, stored with every annotation you make\n(leave empty to stay anonymous):"))
        dialog.setTextValue(w.doc.annotator)
        w.settings.setValue(NAME_ASKED_KEY, True)
        w.dialog = dialog
        dialog.textValueSelected.connect(self.set)
        dialog.open()

    def set(self, name: str) -> None:
        """Annotate as ``name`` from now on (white space tidied)."""
        w = self.window
        w.doc.annotator = " ".join(name.split())
        w.settings.setValue(NAME_KEY, w.doc.annotator)
        w.settings.setValue(NAME_ASKED_KEY, True)
        self.show()
        w.layers.name_changed()  # which spans are yours changed with the name

    def show(self) -> None:
        name = self.window.doc.annotator
        shown = fill(self.tr("Annotating as %1"), name) if name else self.tr("Anonymous")
        self.window.name_label.setText(shown)
