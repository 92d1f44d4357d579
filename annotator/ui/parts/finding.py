"""Finding: Ctrl+F in the article (with Tag all) and Ctrl+Shift+F across every article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ...core.text import snap_span
from ..commands import AddAnnotations
from ..i18n import fill, plural
from ..search_panel import Hit
from . import Part

#: Matches are marked only on the screen, plus this many UTF-16 units either side.
MARK_MARGIN = 4000


class Finding(Part):
    """The find bar's matches in the view, tagging them all, and opening corpus search hits."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.matches: list = []
        self._starts: list[int] = []  # the matches' starts in UTF-16, for a binary search
        w = window
        # Marks follow the scrolling: only what is on the screen is ever marked.
        w.view.verticalScrollBar().valueChanged.connect(lambda _v: self._mark_visible())
        w.find_bar.matchesChanged.connect(self.show_matches)
        # A search starts where the reader is (the caret, or the match last shown).
        w.view.cursorPositionChanged.connect(self._follow_caret)
        w.find_bar.tagAllRequested.connect(self.tag_all_matches)
        w.find_bar.closed.connect(w.view.setFocus)
        w.search_panel.hitActivated.connect(self.open_hit)

    def open_find(self) -> None:
        """Ctrl+F: the find bar, with the selected words as the query."""
        selected = self.window.view.textCursor().selectedText()
        self.window.find_bar.open_bar(selected if selected and "\u2029" not in selected else "")

    def _follow_caret(self) -> None:
        w = self.window
        w.find_bar.origin = w.doc.offsets.from_utf16(w.view.textCursor().selectionStart())

    def show_matches(self, matches: list, current: int) -> None:
        """Mark the matches on the screen and select the current one.

        Thousands of marks over a long article cost Qt a layout pass each;
        only those in and near the visible part are marked, again as it scrolls.
        """
        view, offsets = self.window.view, self.window.doc.offsets
        if matches is not self.matches:  # stepping through the same matches keeps their starts
            self.matches = matches
            self._starts = [offsets.to_utf16(m.start) for m in matches]
        if 0 <= current < len(matches):
            m = matches[current]
            view.select_utf16(offsets.to_utf16(m.start), offsets.to_utf16(m.end))
        self._mark_visible()

    def _mark_visible(self) -> None:
        view, offsets = self.window.view, self.window.doc.offsets
        if not self.matches:
            if view.extraSelections():
                view.setExtraSelections([])
            return
        top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
        bottom = view.cursorForPosition(view.viewport().rect().bottomRight()).position()
        lo = bisect_left(self._starts, min(top, bottom) - MARK_MARGIN)
        hi = bisect_right(self._starts, max(top, bottom) + MARK_MARGIN)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#FFF59D"))
        fmt.setForeground(QColor("#000000"))
        selections = []
        for match in self.matches[lo:hi]:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(view.document())
            cursor.setPosition(offsets.to_utf16(match.start))
            cursor.setPosition(offsets.to_utf16(match.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        view.setExtraSelections(selections)

    def tag_all_matches(self, tag: str) -> None:
        """Tag every match of the find bar (one undo step)."""
        w = self.window
        w.find_bar.flush()  # the query may have changed within the typing pause
        stack = w.annotating.stack()
        if stack is None or not tag or w.doc.article is None:
            return
        if not w.layers.check_new():
            return
        label = w.tag_label(tag)
        spans = []
        for match in w.find_bar.matches:
            snapped = snap_span(w.doc.text, match.start, match.end)
            if snapped and w.layers.own_span(*snapped, tag) is None:  # a colleague's tag there is theirs
                spans.append(snapped)
        if not spans:
            self.status(fill(self.tr("Every match is already tagged as %1."), label))
            return
        stack.push(AddAnnotations(w.doc, [w.doc.new_annotation(tag, start, end) for start, end in spans], label))
        n = len(spans)
        self.status(fill(plural(self.tr("Tagged %Ln span(s) as %1.", "", n), n), label), 5000)

    def open_search(self) -> None:
        """Ctrl+Shift+F: the search panel, wide enough for its hits."""
        w = self.window
        w.search_dock.show()
        w.search_dock.raise_()
        wanted = int(300 * w.zoom_factor)  # hits need a little more room than titles
        if w.search_dock.width() < wanted:
            w.resizeDocks([w.search_dock], [min(wanted, w.width() // 3)], Qt.Orientation.Horizontal)
        w.search_panel.focus_query()

    def open_hit(self, hit: Hit) -> None:
        """Open a search result: its article, with the span selected."""
        w = self.window
        w.articles.open(hit.article_id)
        if w.doc.article is None or w.doc.article.id != hit.article_id:
            return
        if hit.annotation_id and w.doc.annotation(hit.annotation_id) is not None:
            w.annotating.select(hit.annotation_id, select_text=True)
        else:
            offsets = w.doc.offsets
            w.view.select_utf16(offsets.to_utf16(hit.start), offsets.to_utf16(hit.end))
        w.view.setFocus()
