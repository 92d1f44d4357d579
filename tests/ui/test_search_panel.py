"""The corpus search panel (Ctrl+Shift+F): hits grouped by article, matches marked, snippets of whole words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtTest import QTest

from annotator.core.importers import article_from_text, import_article
from annotator.core.model import Article, Relation
from annotator.core.search import fold_text
from annotator.ui.main_window import MainWindow
from annotator.ui.panels import DirectionRole
from annotator.ui.search_panel import (
    SNIPPET_CONTEXT,
    ArticleIdRole,
    DetailRole,
    HighlightRole,
    HitRole,
    HtmlRole,
    KindRole,
    SearchPanel,
    SourceSpanRole,
)
from tests.ui.conftest import press, select

#: A second article: harakat, tatweel and hamza forms around the words searched for,
#: markup in its title and text, and an English paragraph.
SECOND_TITLE = "تقرير <b>x</b> عن سجون داعش"
SECOND_TEXT = (
    SECOND_TITLE + "\n\n"
    "قالَ المتحدثُ إنّ عناصرَ داعـــش ما زالوا في السجون، وإن المشكلة <b>x</b> <script>alert(1)</script> "
    "تحتاج إلى حل دولي عاجل قبل فوات الأوان، كما أكدت المصادر المحلية في المنطقة الشرقية.\n\n"
    "The coalition said that ISIS (داعش) prisoners held in the camps remain a danger to the whole region "
    "and to the world."
)


def type_into(widget, text: str) -> None:
    """Type ``text`` key by key, each key event carrying its character."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(ch)), ch, Qt.KeyboardModifier.NoModifier)


def tag_span(window: MainWindow, needle: str, tag: str, occurrence: int = 0) -> str:
    """Select the ``occurrence``-th ``needle`` in the open article and tag it; returns the annotation id."""
    select(window, needle, occurrence)
    window.apply_tag(tag)
    current = window.current_annotation()
    assert current is not None and current.text == needle
    return current.id


def add_second_article(window: MainWindow) -> Article:
    article, _ = import_article(window.store, article_from_text(SECOND_TEXT, SECOND_TITLE))
    window.refresh_article_list()
    return article


def search(window: MainWindow, qtbot, query: str) -> SearchPanel:
    """Open the panel with Ctrl+Shift+F, type ``query`` and wait for the hits."""
    press(window.view, Qt.Key.Key_F, "", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = window.search_panel
    assert panel.query.hasFocus()
    type_into(panel.query, query)
    assert panel.query.text() == query
    qtbot.waitUntil(lambda: bool(panel.hits()), timeout=3000)
    return panel


def rows(panel: SearchPanel) -> list[tuple[QModelIndex, list[QModelIndex]]]:
    """(article row, [hit rows]) as the tree shows them."""
    model = panel.results.model()
    out = []
    for g in range(model.rowCount()):
        header = model.index(g, 0)
        out.append((header, [model.index(r, 0, header) for r in range(model.rowCount(header))]))
    return out


def hit_rows(panel: SearchPanel) -> list[QModelIndex]:
    return [child for _header, children in rows(panel) for child in children]


def marked_fragments(source: str) -> list[str]:
    """The runs of text drawn marked (highlight background, bold), from a row's HTML as the delegate renders it."""
    doc = QTextDocument()
    doc.setHtml(source)
    out: list[str] = []
    end = -1
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.background().style() != Qt.BrushStyle.NoBrush and fmt.background().color() == QColor("#FFF59D"):
                assert fmt.fontWeight() >= 600
                if fragment.position() == end:
                    out[-1] += fragment.text()
                else:
                    out.append(fragment.text())
                end = fragment.position() + fragment.length()
            it += 1
        block = block.next()
    return out


def plain(source: str) -> str:
    doc = QTextDocument()
    doc.setHtml(source)
    return doc.toPlainText()


def test_hits_are_grouped_under_one_header_per_article(window: MainWindow, qtbot) -> None:
    quote = tag_span(window, "مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا", "quote")
    first = window.doc.article
    second = add_second_article(window)
    panel = search(window, qtbot, "داعش")
    groups = rows(panel)
    titles = [header.data(Qt.ItemDataRole.DisplayRole) for header, _children in groups]
    assert titles == [first.title, second.title]  # one header per article, each title once
    for header, children in groups:
        assert header.data(KindRole) == "article"
        assert header.data(HitRole) is None
        assert panel.results.isExpanded(header)
        assert children, "an article header with no hits under it"
        article_id = header.data(ArticleIdRole)
        assert {child.data(HitRole).article_id for child in children} == {article_id}
        for child in children:
            # The title is not repeated on the hits (it was "— title" on every row before).
            assert all(header.data(Qt.ItemDataRole.DisplayRole) not in line for line in child.data(DetailRole))
        # The header is bold, in the title's own direction.
        assert "<b>" in header.data(HtmlRole) and header.data(DirectionRole) == "rtl"
    # The annotation is listed first, with its tag as a swatch and label.
    top = groups[0][1][0]
    assert top.data(KindRole) == "annotation" and top.data(HitRole).annotation_id == quote
    assert "■" in plain(top.data(HtmlRole)) and "Quote" in plain(top.data(HtmlRole))
    assert {child.data(KindRole) for child in groups[1][1]} == {"text"}
    places = sum(len(children) for _h, children in groups) - 1
    assert panel.summary.text() == f"1 annotation, {places} places in 2 articles"


def test_the_marked_part_is_the_matched_original_text(window: MainWindow, qtbot) -> None:
    # Annotations whose text and note match only once folded (hamza, ta marbuta, harakat, tatweel).
    quote = tag_span(window, "مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا", "quote")
    speaker = tag_span(window, "مايلس كاغينس", "speaker")
    window.store.add_relation(Relation(window.doc.article.id, quote, speaker))
    window.store.set_note(quote, "المهمّة الأساسيّـة، كما قالها")
    second = add_second_article(window)
    panel = search(window, qtbot, "الاساسيه")
    annotation = next(i for i in hit_rows(panel) if i.data(KindRole) == "annotation")
    display = annotation.data(Qt.ItemDataRole.DisplayRole)
    assert [display[s:e] for s, e in annotation.data(HighlightRole)] == ["الأساسية"]
    # Drawn marked (background and bold), in the span and in the note on the muted line below.
    assert marked_fragments(annotation.data(HtmlRole)) == ["الأساسية", "الأساسيّـة"]
    assert annotation.data(DetailRole) == ["said by مايلس كاغينس", "✎ المهمّة الأساسيّـة، كما قالها"]
    for index in hit_rows(panel):
        hit = index.data(HitRole)
        if index.data(KindRole) != "text":
            continue
        text = window.store.get_article(hit.article_id).text
        display = index.data(Qt.ItemDataRole.DisplayRole)
        marks = index.data(HighlightRole)
        assert [display[s:e] for s, e in marks] == [text[hit.start:hit.end]]
        assert fold_text(text[hit.start:hit.end]) == fold_text("الاساسيه")
        assert marked_fragments(index.data(HtmlRole)) == [text[hit.start:hit.end]]
    # Tatweel and harakat inside the word in the article text: the whole original word is marked.
    panel.query.clear()
    type_into(panel.query, "داعش")
    qtbot.waitUntil(lambda: any(h.article_id == second.id for h in panel.hits()), timeout=3000)
    places = [i for i in hit_rows(panel) if i.data(HitRole).article_id == second.id]
    marked = [i.data(Qt.ItemDataRole.DisplayRole)[s:e] for i in places for s, e in i.data(HighlightRole)]
    assert marked == ["داعش", "داعـــش", "داعش"]  # in the title (its first line), then the text
    header = next(h for h, _c in rows(panel) if h.data(ArticleIdRole) == second.id)
    assert marked_fragments(header.data(HtmlRole)) == ["داعش"]  # the title is marked too


def test_snippets_are_whole_words_on_one_line(window: MainWindow, qtbot) -> None:
    second = add_second_article(window)
    panel = search(window, qtbot, "ال")  # a short query: matches inside words, everywhere
    places = [i for i in hit_rows(panel) if i.data(KindRole) == "text"]
    assert len(places) >= 20
    for index in places:
        hit = index.data(HitRole)
        text = window.store.get_article(hit.article_id).text
        display = index.data(Qt.ItemDataRole.DisplayRole)
        start, end = index.data(SourceSpanRole)
        assert "\n" not in display
        assert start <= hit.start < hit.end <= end
        # Never starts or ends in the middle of a word.
        assert start == 0 or text[start - 1].isspace(), display
        assert end == len(text) or text[end].isspace(), display
        # What is shown is that span on one line, with "…" where the paragraph goes on.
        paragraph_start = text.rfind("\n", 0, hit.start) + 1
        paragraph_end = text.find("\n", hit.end) % (len(text) + 1)
        before = "…" if text[paragraph_start:start].strip() else ""
        after = "…" if text[end:paragraph_end].strip() else ""
        assert display == before + " ".join(text[start:end].split()) + after
        # About SNIPPET_CONTEXT characters of context each side, give or take a word.
        assert hit.start - start <= SNIPPET_CONTEXT + 20
        assert end - hit.end <= SNIPPET_CONTEXT + 20
    assert any(i.data(Qt.ItemDataRole.DisplayRole).startswith("…") for i in places)
    assert any(i.data(Qt.ItemDataRole.DisplayRole).endswith("…") for i in places)
    assert any(i.data(HitRole).article_id == second.id for i in places)


def test_clicking_a_hit_opens_its_article_with_the_span_selected(window: MainWindow, qtbot) -> None:
    quote = tag_span(window, "لدينا أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش في سجوننا", "quote")
    first = window.doc.article.id
    second = add_second_article(window)
    window.open_article(second.id)
    panel = search(window, qtbot, "داعش")
    view = panel.results
    # A place in the first article's text.
    place = next(i for i in hit_rows(panel) if i.data(KindRole) == "text" and i.data(HitRole).article_id == first)
    hit = place.data(HitRole)
    view.scrollTo(place)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(place).center())
    assert window.doc.article.id == first
    cursor = window.view.textCursor()
    offsets = window.doc.offsets
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (offsets.to_utf16(hit.start), offsets.to_utf16(hit.end))
    assert cursor.selectedText() == "داعش"
    assert window.view.hasFocus()
    # An annotation hit in the other direction: back from the second article.
    window.open_article(second.id)
    annotation = next(i for i in hit_rows(panel) if i.data(KindRole) == "annotation")
    view.scrollTo(annotation)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualRect(annotation).center())
    assert window.doc.article.id == first
    assert window.current_annotation().id == quote
    assert window.view.textCursor().selectedText() == "لدينا أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش في سجوننا"


def test_keyboard_moves_through_hits_and_enter_opens_one(window: MainWindow, qtbot) -> None:
    first = window.doc.article.id
    second = add_second_article(window)
    panel = search(window, qtbot, "داعش")
    opened = []
    panel.hitActivated.connect(opened.append)
    view = panel.results
    # Down from the search field: the first hit.
    press(panel.query, Qt.Key.Key_Down)
    assert view.hasFocus()
    assert view.currentIndex().data(HitRole) == panel.hits()[0]
    press(view, Qt.Key.Key_Down)
    assert view.currentIndex().data(HitRole) == panel.hits()[1]
    press(view, Qt.Key.Key_Return)
    assert opened == [panel.hits()[1]]
    assert window.doc.article.id == first
    # Up and Down cross the article headers; Enter on a header opens the article's first hit.
    panel.results.setFocus()
    second_header = rows(panel)[1][0]
    view.setCurrentIndex(second_header)
    press(view, Qt.Key.Key_Up)
    assert view.currentIndex() == rows(panel)[0][1][-1]
    press(view, Qt.Key.Key_Down)
    assert view.currentIndex() == second_header
    press(view, Qt.Key.Key_Enter)
    assert opened[-1] == rows(panel)[1][1][0].data(HitRole)
    assert window.doc.article.id == second.id


def test_markup_in_titles_and_text_is_shown_literally(window: MainWindow, qtbot) -> None:
    second = add_second_article(window)
    panel = search(window, qtbot, "<b>x</b>")
    header, children = next((h, c) for h, c in rows(panel) if h.data(ArticleIdRole) == second.id)
    assert plain(header.data(HtmlRole)).startswith(SECOND_TITLE)
    assert marked_fragments(header.data(HtmlRole)) == ["<b>x</b>"]
    shown = [plain(c.data(HtmlRole)) for c in children]
    assert any("<b>x</b> <script>alert(1)</script>" in s for s in shown)
    for child in children:
        assert marked_fragments(child.data(HtmlRole)) == ["<b>x</b>"]
        assert "<script>" not in child.data(HtmlRole)


def test_rows_follow_their_texts_direction_and_are_never_clipped(window: MainWindow, qtbot) -> None:
    tag_span(window, "مهمتنا الأساسية هي القضاء على داعش ومن حقنا حماية أنفسنا", "quote")
    second = add_second_article(window)
    window.resize(1400, 880)
    panel = search(window, qtbot, "داعش")
    window.resizeDocks([window.search_dock], [270], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.search_dock.width() <= 300, timeout=2000)
    qtbot.wait(50)
    view = panel.results
    # The fields do not force the panel wider than a narrow dock.
    assert panel.minimumSizeHint().width() <= 260
    assert panel.width() <= 300
    assert not view.horizontalScrollBar().isVisible()
    english = next(i for i in hit_rows(panel) if i.data(HitRole).article_id == second.id
                   and i.data(Qt.ItemDataRole.DisplayRole).startswith("The coalition"))
    assert english.data(DirectionRole) == "ltr"
    delegate = view.itemDelegate()
    for index in [h for h, _c in rows(panel)] + hit_rows(panel):
        doc = delegate.document(index)
        block = doc.firstBlock()
        rtl = index.data(DirectionRole) == "rtl"
        assert block.blockFormat().layoutDirection() == (
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        assert bool(block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight) == rtl
        # Wrapped to the view, and the row is as tall as what it draws.
        assert doc.textWidth() <= view.viewport().width()
        view.scrollTo(index)
        assert view.visualRect(index).height() >= doc.size().height() + 2 * delegate.PAD_Y
        # Documents are kept, not rebuilt for every paint.
        assert delegate.document(index) is doc
    # Zooming changes the interface font: rows are laid out again in it, taller.
    index = hit_rows(panel)[0]
    view.scrollTo(index)
    height = view.visualRect(index).height()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > height * 1.2, timeout=2000)
    assert delegate.document(index).defaultFont().pointSizeF() == font.pointSizeF()
