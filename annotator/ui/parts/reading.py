"""Reading comfort: zoom of the whole interface, word snapping, room for the article, hiding the panels."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget

from ..fonts import DEFAULT_POINT_SIZE, MAX_ZOOM, MIN_ZOOM, ui_font
from ..i18n import fill, number
from . import Part

#: One zoom step: about 10 % larger.
ZOOM_STEP = 1.1
#: The side panels together never take more of the window than this.
PANELS_SHARE = 0.45


class Reading(Part):
    """The zoom factor and the layout choices that keep the article readable."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.factor = 1.0

    def _docks(self) -> list[QDockWidget]:
        w = self.window
        return [d for d in (w.articles_dock, w.annotations_dock) if d.isVisible() and not d.isFloating()]

    def zoom(self, steps: int) -> None:
        """Zoom the text and the whole interface by about 10 % per step."""
        self.zoom_to(round(self.factor * ZOOM_STEP ** steps, 2))

    def zoom_to(self, factor: float, *, announce: bool = True) -> None:
        """Show text, panels, tables and dialogs at ``factor`` times their normal size."""
        w = self.window
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        ratio, self.factor = factor / self.factor, factor
        if ratio != 1 and w.isVisible():  # the panels grow with their text, within their share
            docks = self._docks()
            w.resizeDocks(docks, [min(int(d.width() * ratio), int(w.width() * PANELS_SHARE)) for d in docks],
                          Qt.Orientation.Horizontal)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setFont(ui_font(factor))  # every widget without a font of its own follows
        w.view.set_point_size(DEFAULT_POINT_SIZE * factor)
        # Widgets take the new font from posted events: measure columns after them.
        QTimer.singleShot(0, w.annotation_table.fit_columns)
        if announce:
            self.status(fill(self.tr("Zoom %1 %"), number(round(factor * 100))), 2000)

    def set_snap_words(self, on: bool) -> None:
        """Whether a drag selects whole words (Alt+drag always selects exact characters)."""
        w = self.window
        w.view.snap_words = bool(on)
        w.action("snap_words_action").setChecked(bool(on))
        w.settings.setValue("view/snapWords", bool(on))

    def show_panels(self, on: bool) -> None:
        """Show or hide the side panels, leaving the whole width to the article."""
        w = self.window
        for dock in (w.articles_dock, w.annotations_dock, w.search_dock):
            if on:
                dock.setVisible(dock.property("wasVisible") is not False)
            else:
                dock.setProperty("wasVisible", dock.isVisible())
                dock.hide()
        w.action("panels_action").setChecked(on)

    def first_layout(self) -> None:
        """First start: the panels share at most 43 % of the window; the article gets the rest."""
        w = self.window
        w.resizeDocks([w.articles_dock, w.annotations_dock],
                      [min(200, int(0.16 * w.width())), min(340, int(0.27 * w.width()))], Qt.Orientation.Horizontal)

    def keep_room(self) -> None:
        """After a resize: the panels shrink so the article keeps most of the width."""
        w = self.window
        docks = self._docks()
        total = sum(d.width() for d in docks)
        limit = PANELS_SHARE * w.width()
        if docks and total > limit:
            w.resizeDocks(docks, [int(d.width() * limit / total) for d in docks], Qt.Orientation.Horizontal)
