"""Articles: the list, opening one, showing it, and its details (Ctrl+I)."""

from __future__ import annotations

import gc

from ...core.errors import AnnotatorError
from ...core.text import paragraph_starts
from ..commands import EditArticle
from ..dialogs import ArticleDialog
from ..i18n import fill, translated
from . import Part

LAST_ARTICLE_KEY = "last_article"


class Articles(Part):
    """Which article is open, and everything that is redrawn when it changes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        #: where each paragraph starts (code points): the ¶ numbers of the panel and the picker
        self.paragraphs: list[int] = [0]
        window.article_list.articleChosen.connect(self.open)
        window.doc.reset.connect(self._reset)
        window.doc.articleChanged.connect(self._changed)

    def refresh_list(self) -> None:
        """Re-read the article list (titles and counts): the count now, the rows as they are shown."""
        w = self.window
        w.article_model.set_source(w.store)
        if w.doc.article is not None:
            w.article_list.show_current(w.doc.article.id)

    def open_initial(self) -> None:
        """Open the article that was open last time, else the first one."""
        store = self.window.store
        last = store.get_meta(LAST_ARTICLE_KEY)
        if last and store.has_article(last):
            self.open(last)
        else:
            first = store.articles(limit=1)
            if first:
                self.open(first[0].id)

    def open(self, article_id: str) -> None:
        """Show an article (and remember it for the next launch)."""
        w = self.window
        if w.doc.article is not None and w.doc.article.id == article_id:
            return
        w.details.commit_pending()  # save a note being typed first
        try:
            w.doc.load(article_id)
        except AnnotatorError as exc:
            w.show_message(self.tr("Cannot open the article"), translated(exc), error=True)
            return
        w.article_list.show_current(article_id)
        if w.store.read_only:
            return
        try:
            w.store.set_meta(LAST_ARTICLE_KEY, article_id)
        except AnnotatorError as exc:  # only "reopen this next time" is lost
            self.status(translated(exc), 8000)

    def update_title(self) -> None:
        """The window title and the details line under the tag bar."""
        w = self.window
        article = w.doc.article
        w.setWindowTitle(fill(self.tr("%1 — annotator"), article.title) if article else self.tr("annotator"))
        if article is None:
            w.info_label.setText("")
            return
        parts = [article.source, "، ".join(article.authors), article.dateline, article.published or ""]
        # Each part in a bidi isolate (FSI … PDI): an Arabic name must not pull
        # the date after it into right-to-left order (2019-11-11 → 11-11-2019).
        shown = "  ·  ".join(f"\u2068{p}\u2069" for p in parts if p)
        w.info_label.setText(shown or self.tr("No details yet — Ctrl+I to add them"))

    def edit_details(self) -> None:
        """Ctrl+I: the article's title, source, authors, date, dateline, URL, language."""
        w = self.window
        article = w.doc.article
        stack = w.annotating.stack()
        if article is None or stack is None:
            return
        dialog = ArticleDialog(article, w)
        w.dialog = dialog

        def save() -> None:
            new = dialog.values()
            old = {k: getattr(article, k) for k in new}
            changed = {k: v for k, v in new.items() if v != old[k]}
            if changed:
                stack.push(EditArticle(w.doc, {k: old[k] for k in changed}, changed))

        dialog.accepted.connect(save)
        dialog.open()

    def _reset(self) -> None:
        w = self.window
        doc = w.doc
        w.annotating.reset()
        if doc.article is not None:
            w.article_list.show_current(doc.article.id)  # also when undo opened it
        w.layers.article_opened()  # whose spans are here, and which of them are shown
        shown = w.layers.shown(doc.annotations())
        w.view.set_article(doc.text, w.annotating.spans(shown), doc.offsets, heading=doc.has_headline(),
                           others=w.layers.others(shown))
        self.paragraphs = paragraph_starts(doc.text)
        w.annotation_model.set_annotations(shown, self.paragraphs)
        w.annotation_model.set_links(w.linking.link_texts())
        w.find_bar.set_text(doc.text)
        w.annotating.update_counts()
        self.update_title()
        w.details_part.show_current()
        w.linking.update_lines()
        # Everything just loaded lives as long as the article is open: keep it
        # out of Python's cyclic collector, whose full passes over 10,000
        # annotations would otherwise land on some key press (~20 ms).
        gc.freeze()

    def _changed(self, _article) -> None:
        self.update_title()
        self.refresh_list()
