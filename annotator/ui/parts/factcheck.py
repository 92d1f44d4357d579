"""Fact-checking in the window: the desk's settings (the verdict box lives in the details panel)."""

from __future__ import annotations

from ...core.errors import AnnotatorError
from ...core.factcheck import save_settings, settings
from ...core.model import ROLE_SOURCE
from ..factcheck_dialog import FactCheckDialog
from ..i18n import translated
from . import Part


class FactCheck(Part):
    """Edit → Fact-check settings: organisation, web address, verdicts, organisation sources."""

    def edit_settings(self) -> None:
        """Open the settings form; saving stores them in the database and refreshes the Verdict box."""
        w = self.window
        dialog = FactCheckDialog(settings(w.store), [t for t in w.tags if t.role == ROLE_SOURCE], w)
        w.dialog = dialog

        def save() -> None:
            try:
                save_settings(w.store, dialog.values())
            except AnnotatorError as exc:
                w.show_message(self.tr("Fact-check settings not saved"), translated(exc), error=True)
                return
            w.details_part.load_verdicts()
            w.details_part.show_current()
            self.status(self.tr("Fact-check settings saved in this database."))

        dialog.accepted.connect(save)
        dialog.open()
