"""Agreement in the window: the figures of ``annotator agreement`` in a dialog, articles by disagreement."""

from __future__ import annotations

from ..agreement_dialog import AgreementDialog
from . import Part


class Agreeing(Part):
    """Annotate → Agreement between annotators."""

    def show_agreement(self) -> None:
        """Open the agreement dialog; choosing an article there opens it in the window."""
        w = self.window
        dialog = AgreementDialog(w.store.path, w)
        w.dialog = dialog
        dialog.openArticle.connect(w.open_article)
        dialog.open()
