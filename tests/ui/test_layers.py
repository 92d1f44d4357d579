"""Layers: one annotator's spans at a time or everyone's; other people's spans drawn apart and read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QScrollArea

from annotator.core.exporters import export_to_file
from annotator.core.model import ATTRIBUTED_TO, Relation, make_annotation
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store
from annotator.ui.app import application, open_window
from annotator.ui.article_view import BACKGROUND_ALPHA, OTHER_ALPHA
from annotator.ui.main_window import MainWindow
from annotator.ui.parts.layers import CURATED, EVERYONE, PERSON
from tests.ui.conftest import CTRL, QUOTE, SHIFT, click_at, db_rows, drag_select, press, tag, undo

ME = "Ali"
SAM = "Sam"
SPEAKER = "مايلس كاغينس"
PLACE = "الحسكة"
SHORT = "كاغينس"


def _plain(text: str) -> str:
    """A message without its bidi isolates (invisible on the screen)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _open(qtbot, db_path: Path) -> MainWindow:
    win = open_window(Store.open(db_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.view.setFocus()
    return win


def _close(win: MainWindow) -> None:
    store = win.store
    win.close()
    store.close()


def _span(article, needle: str, tag_name: str, who: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(needle, start + 1)
    return make_annotation(article, tag_name, start, start + len(needle), annotator=who)


@pytest.fixture
def desk(qtbot, db_path: Path) -> Iterator[MainWindow]:
    """The sample article with Ali's spans (the window's name) and Sam's, Sam's quote linked to his speaker."""
    application()
    QSettings().clear()
    QSettings().setValue("annotator/name", ME)
    QSettings().setValue("annotator/asked", True)
    store = Store.open(db_path)
    ensure_seeded(store)
    article = store.get_article(store.articles(limit=1)[0].id)
    quote = QUOTE.strip('".')  # as tagging stores it: no quotation marks, no full stop
    mine = [_span(article, quote, "quote", ME), _span(article, SHORT, "speaker", ME, 2)]
    sams = [_span(article, quote, "quote", SAM), _span(article, SPEAKER, "speaker", SAM),
            _span(article, PLACE, "location", SAM, 1)]
    store.add_annotations(mine + sams)
    store.add_relation(Relation(article.id, sams[0].id, sams[1].id, ATTRIBUTED_TO))
    store.close()
    win = _open(qtbot, db_path)
    yield win
    _close(win)


def _ids(win: MainWindow, who: str) -> set[str]:
    return {a.id for a in win.doc.annotations() if a.annotator == who}


def _rows(win: MainWindow) -> list[tuple[str, str]]:
    model = win.annotation_model
    return [(a.annotator, a.tag) for a in (model.annotation_at(r) for r in range(model.rowCount())) if a]


def _background_at(win: MainWindow, offset: int) -> QColor:
    """The highlight behind the character at ``offset`` (code points), as the view formats it."""
    view = win.view
    pos = win.doc.offsets.to_utf16(offset)
    block = view.document().findBlock(pos)
    view.highlighter.rehighlightBlock(block)
    for fr in block.layout().formats():
        if fr.start <= pos - block.position() < fr.start + fr.length:
            return fr.format.background().color()
    return QColor()


def _stored(win: MainWindow) -> list[tuple]:
    return db_rows(win, "SELECT id, tag, annotator, note, attributes FROM annotations ORDER BY id")


def test_the_selector_lists_the_layers_and_draws_other_peoples_spans_apart(desk: MainWindow) -> None:
    box = desk.layer_box
    assert box.isVisible()
    assert [_plain(t) for t in box.entries()] == ["Everyone", f"Mine ({ME})", SAM]
    assert box.combo.currentText() == "Everyone"
    # Everyone: every span drawn and listed; Sam's are "others", tinted rather than filled.
    assert len(desk.view.index) == 5 and desk.annotation_model.rowCount() == 5
    assert desk.view.others == _ids(desk, SAM)
    place = next(a for a in desk.doc.annotations() if a.tag == "location")
    speaker = next(a for a in desk.doc.annotations() if a.annotator == ME and a.tag == "speaker")
    assert _background_at(desk, place.start + 1).alpha() == OTHER_ALPHA
    assert _background_at(desk, speaker.start + 1).alpha() == BACKGROUND_ALPHA
    tip = _plain(desk.tooltip_for([desk.view.index.get(place.id)]))
    assert f"by {SAM} — read-only" in tip
    assert "read-only" not in desk.tooltip_for([desk.view.index.get(speaker.id)])
    # The legend counts the layer shown.
    assert desk.tag_bar.count_text("speaker").startswith("Speaker  2")


def test_choosing_sams_layer_shows_only_his_spans(desk: MainWindow) -> None:
    view = desk.view
    press(view, Qt.Key.Key_L, "", CTRL | SHIFT)  # Everyone → Mine
    assert _plain(desk.layer_box.combo.currentText()) == f"Mine ({ME})"
    assert {who for who, _tag in _rows(desk)} == {ME} and not view.others
    press(view, Qt.Key.Key_L, "", CTRL | SHIFT)  # → Sam
    assert desk.layers.layer == PERSON + SAM and desk.layer_box.combo.currentText() == SAM
    assert sorted(_rows(desk)) == [(SAM, "location"), (SAM, "quote"), (SAM, "speaker")]
    assert {s.key for s in view.index._spans.values()} == _ids(desk, SAM) == view.others
    assert "read-only" in desk.statusBar().currentMessage()
    assert desk.tag_bar.count_text("speaker").startswith("Speaker  1")
    assert desk.tag_bar.count_text("location").startswith("Location  1")
    # Drawn: his spans' bars on the screen, each one of his.
    view.verticalScrollBar().setValue(0)
    assert {span.key for span, _rect in view.span_bars()} <= _ids(desk, SAM)
    # N steps through the shown layer only.
    seen = set()
    for _ in range(4):
        press(view, Qt.Key.Key_N, "n")
        seen.add(desk.current_annotation().annotator)
    assert seen == {SAM}
    press(view, Qt.Key.Key_L, "", CTRL | SHIFT)  # and round to Everyone
    assert desk.layers.layer == EVERYONE and len(view.index) == 5


def test_the_combo_box_is_reachable_from_the_keyboard(desk: MainWindow, qtbot) -> None:
    combo = desk.layer_box.combo
    press(desk, Qt.Key.Key_L, "", Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    qtbot.waitUntil(combo.hasFocus)
    press(combo, Qt.Key.Key_Down)
    assert combo.hasFocus()  # still choosing
    press(combo, Qt.Key.Key_Down)
    assert desk.layers.layer == PERSON + SAM
    assert {who for who, _tag in _rows(desk)} == {SAM}
    press(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.view.hasFocus)  # back to the text
    # A click on the box leaves the focus in the text, where the tag keys work.
    assert combo.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_sams_spans_are_read_only(desk: MainWindow) -> None:
    view = desk.view
    before = _stored(desk)
    message = f"This span is {SAM}'s; switch to your layer or curate to change it."
    place = next(a for a in desk.doc.annotations() if a.tag == "location")
    for layer in (EVERYONE, PERSON + SAM):
        desk.layers.choose(layer)
        click_at(desk, place.start + 2)
        assert desk.current_annotation().id == place.id
        assert "read-only" in desk.details.heading_tag.text() and desk.details.note.isReadOnly()
        for key, text in ((Qt.Key.Key_Delete, ""), (Qt.Key.Key_2, "2"), (Qt.Key.Key_E, "e")):
            desk.statusBar().clearMessage()
            press(view, key, text)
            assert _plain(desk.statusBar().currentMessage()) == message
        desk.statusBar().clearMessage()
        press(view, Qt.Key.Key_L, "l")  # a link from his quote's speaker: refused too
        assert _plain(desk.statusBar().currentMessage()) == message
        assert _stored(desk) == before and desk.undo_stack.count() == 0
    # His quote: no link, no kind, no note from here.
    sams_quote = next(a for a in desk.doc.annotations() if a.annotator == SAM and a.tag == "quote")
    desk.select_annotation(sams_quote.id, select_text=True)
    press(view, Qt.Key.Key_L, "l")
    assert desk.dialog is None or not desk.dialog.isVisible()
    assert not desk.details.unlink_button.isEnabled() and not desk.details.kind.isEnabled()
    desk.details.attributeChosen.emit(sams_quote.id, "kind", "direct")  # even if a box were used
    desk.details.noteEdited.emit(sams_quote.id, "not mine")
    assert _stored(desk) == before
    # On his layer nothing new can be tagged either (it would be yours, and not shown).
    start = desk.doc.text.index("قاعدة قصرك")
    drag_select(desk, start, start + len("قاعدة قصرك"))
    press(view, Qt.Key.Key_3, "3")
    assert "Switch to Everyone or Mine" in desk.statusBar().currentMessage()
    assert _stored(desk) == before


def test_your_own_spans_still_edit_and_undo(desk: MainWindow) -> None:
    view = desk.view
    mine = next(a for a in desk.doc.annotations() if a.annotator == ME and a.tag == "speaker")
    click_at(desk, mine.start + 2)
    assert desk.current_annotation().id == mine.id and not desk.details.note.isReadOnly()
    press(view, Qt.Key.Key_3, "3")  # re-tag as location
    assert db_rows(desk, "SELECT tag FROM annotations WHERE id = ?", (mine.id,)) == [("location",)]
    undo(desk)
    assert db_rows(desk, "SELECT tag FROM annotations WHERE id = ?", (mine.id,)) == [("speaker",)]
    click_at(desk, mine.start + 2)
    press(view, Qt.Key.Key_Delete)
    assert db_rows(desk, "SELECT count(*) FROM annotations WHERE id = ?", (mine.id,)) == [(0,)]
    undo(desk)
    assert db_rows(desk, "SELECT count(*) FROM annotations WHERE id = ?", (mine.id,)) == [(1,)]
    # Selecting the quote both tagged picks yours: the tag key re-tags your quote, not his.
    quote = QUOTE.strip('".')
    start = desk.doc.text.index(quote)
    drag_select(desk, start, start + len(quote))
    assert desk.current_annotation().annotator == ME
    press(view, Qt.Key.Key_4, "4")
    assert sorted(db_rows(desk, "SELECT annotator, tag FROM annotations WHERE start = ?", (start,))) == [
        (ME, "claim"), (SAM, "quote")]
    # A new span is yours, drawn filled.
    made = tag(desk, "قاعدة قصرك", "3")
    assert desk.doc.annotation(made).annotator == ME and not view.is_other(made)


def test_curated_spans_are_their_curators(desk: MainWindow) -> None:
    """Spans curated elsewhere arrive on refresh: Lina's are read-only, the ones you curated are yours to edit."""
    store = Store.open(desk.store.path)
    article = store.get_article(desk.doc.article.id)
    place, town = article.text.index(PLACE, 1), article.text.index("تل تمر")
    linas = make_annotation(article, "location", place, place + len(PLACE), annotator="Lina", curated=True)
    yours = make_annotation(article, "location", town, town + len("تل تمر"), annotator=ME, curated=True)
    store.add_annotations([linas, yours])
    store.close()
    desk.refresh_from_database()
    assert [_plain(t) for t in desk.layer_box.entries()] == ["Everyone", f"Mine ({ME})", SAM, "Curated"]
    assert desk.view.is_other(linas.id) and not desk.view.is_other(yours.id)
    desk.layers.choose(CURATED)
    assert sorted(_rows(desk)) == [(ME, "location"), ("Lina", "location")]
    before = _stored(desk)
    desk.select_annotation(linas.id, select_text=True)
    press(desk.view, Qt.Key.Key_Delete)
    assert _plain(desk.statusBar().currentMessage()) == (
        "This span is in the curated layer (curated by Lina); curate the article to change it.")
    assert _stored(desk) == before
    desk.select_annotation(yours.id, select_text=True)
    press(desk.view, Qt.Key.Key_2, "2")
    assert db_rows(desk, "SELECT tag, curated FROM annotations WHERE id = ?", (yours.id,)) == [("speaker", 1)]


def test_the_link_picker_lists_your_sources_only(desk: MainWindow) -> None:
    quote = next(a for a in desk.doc.annotations() if a.annotator == ME and a.tag == "quote")
    assert [a.annotator for a in desk.link_candidates(quote)] == [ME]
    desk.select_annotation(quote.id, select_text=True)
    press(desk.view, Qt.Key.Key_L, "l")
    picker = desk.dialog
    assert picker.list.count() == 1
    picker.reject()


def test_tag_all_adds_yours_beside_a_colleagues(desk: MainWindow) -> None:
    desk.open_find()
    desk.find_bar.query.setText(PLACE)
    desk.find_bar.flush()
    matches = len(desk.find_bar.matches)
    desk.tag_all_matches("location")
    assert db_rows(desk, "SELECT count(*) FROM annotations WHERE tag = 'location' AND annotator = ?", (ME,)) == [
        (matches,)]
    assert db_rows(desk, "SELECT count(*) FROM annotations WHERE annotator = ?", (SAM,)) == [(3,)]


def test_the_choice_persists_and_resets_when_the_annotator_is_gone(desk: MainWindow, qtbot) -> None:
    desk.layers.choose(PERSON + SAM)
    path = desk.store.path
    _close(desk)
    again = _open(qtbot, path)
    assert again.layers.layer == PERSON + SAM and again.layer_box.combo.currentText() == SAM
    assert {who for who, _tag in _rows(again)} == {SAM}
    _close(again)
    # Sam's work is removed (by the command line, say): the next launch shows everyone.
    store = Store.open(path)
    store.delete_annotations([a.id for a in store.annotations(store.articles(limit=1)[0].id, annotator=SAM)])
    store.close()
    third = _open(qtbot, path)
    assert third.layers.layer == EVERYONE and third.layers.chosen == EVERYONE
    assert not third.layer_box.isVisible()  # only Ali's spans are left
    _close(third)


def test_one_annotator_sees_no_selector(window: MainWindow) -> None:
    tag(window, "قاعدة قصرك", "3")
    assert not window.layer_box.isVisible()
    press(window.view, Qt.Key.Key_L, "", CTRL | SHIFT)
    assert "only one layer" in window.statusBar().currentMessage()
    assert len(window.view.index) == 1 and not window.view.others


def test_a_colleagues_export_imported_brings_his_layer(window: MainWindow, tmp_path: Path) -> None:
    mine = tag(window, "قاعدة قصرك", "3")
    colleague = Store.open(tmp_path / "sam.db")
    ensure_seeded(colleague)
    article = colleague.get_article(colleague.articles(limit=1)[0].id)
    colleague.add_annotation(_span(article, SPEAKER, "speaker", SAM))
    export = tmp_path / "sam.json"
    export_to_file(colleague, "json", export)
    colleague.close()
    window.import_files([export])
    assert window.layer_box.isVisible()
    assert [_plain(t) for t in window.layer_box.entries()] == ["Everyone", "Mine (unnamed)", SAM]
    theirs = _ids(window, SAM)
    assert len(theirs) == 1 and window.view.others == theirs and not window.view.is_other(mine)
    # Naming yourself Sam makes his spans yours (and yours the unnamed one's).
    window.set_annotator(SAM)
    assert window.view.others == {mine}
    assert [_plain(t) for t in window.layer_box.entries()] == ["Everyone", f"Mine ({SAM})", "(unnamed)"]


def _legend_is_whole(win: MainWindow) -> None:
    """Every legend button is on screen at its full size, its label and count readable."""
    strip = win.findChild(QScrollArea, "tagStrip")
    assert strip is not None
    for name, button in win.tag_bar._buttons.items():
        assert button.isVisible(), name
        hint = button.sizeHint()
        assert hint.height() >= button.fontMetrics().height() and hint.width() > 40, name
        assert button.height() == hint.height() and button.width() >= hint.width(), name
        assert button.text().startswith(win.tag_bar._tags[name].label), name
        # Not clipped by the strip around the legend: the whole button height shows.
        shown = button.visibleRegion().boundingRect()
        assert shown.height() == button.height(), (name, shown, strip.geometry())
    assert strip.height() >= max(b.height() for b in win.tag_bar._buttons.values())


def test_the_legend_stays_whole_after_importing_a_colleagues_json(desk: MainWindow, qtbot,
                                                                   tmp_path: Path) -> None:
    """Importing an annotator.v1 file rebuilds the legend while it is on screen (the layer box showing):
    its new buttons keep their size and text instead of being squeezed into an 8-pixel strip."""
    assert desk.layer_box.isVisible()
    _legend_is_whole(desk)
    colleague = Store.open(tmp_path / "rana.db")
    ensure_seeded(colleague)
    article = colleague.get_article(colleague.articles(limit=1)[0].id)
    colleague.add_annotation(_span(article, PLACE, "location", "Rana"))
    export = tmp_path / "rana.json"
    export_to_file(colleague, "json", export)
    colleague.close()
    desk.import_files([export])
    said = desk.statusBar().currentMessage()
    assert said.count("rana.json: ") == 2 and "; rana.json: " in said, said  # two notes, kept apart
    qtbot.wait(50)  # the queued events of the rebuilt legend
    _legend_is_whole(desk)
    assert "Rana" in desk.layer_box.entries()
    press(desk.view, Qt.Key.Key_L, "", CTRL | SHIFT)  # another layer: still whole
    qtbot.wait(50)
    _legend_is_whole(desk)
