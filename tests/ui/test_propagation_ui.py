"""Propagation in the window: a place tagged in one article is proposed in the next one opened, and accepted by key."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import Article
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import click_at, db_rows, press, tag

OTHER = "وصلت الشاحنات أمس إلى مخيم الهول وبالباغوز تجمع السكان أمام المستشفى."


def test_a_place_tagged_in_one_article_is_proposed_in_another_and_y_accepts_it(window: MainWindow, qtbot) -> None:
    tag(window, "الباغوز", "3")  # a location in the sample article
    other = window.store.add_article(Article(title="قافلة", text=OTHER))
    window.open_article(other.id)
    qtbot.waitUntil(lambda: any(s.suggester == "propagation" for s in window.suggesting.suggestions),
                    timeout=20_000)
    [proposed] = [s for s in window.suggesting.suggestions if s.suggester == "propagation"]
    # وبالباغوز: the clitics و and ب stay outside the proposed span.
    assert (proposed.tag, proposed.text, proposed.start) == ("location", "الباغوز", OTHER.index("الباغوز"))
    assert "another article" in proposed.why
    click_at(window, proposed.start + 2)
    press(window.view, Qt.Key.Key_Y, "y")
    assert db_rows(window, "SELECT tag, text FROM annotations WHERE article_id = ?", (other.id,)) == [
        ("location", "الباغوز")]
