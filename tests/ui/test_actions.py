"""One action table: menus, shortcut scope and the F1 sheet all come from ui/actions.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from annotator.ui.actions import ACTIONS, ANNOTATING, describe_keys, key_sequences
from annotator.ui.main_window import MainWindow
from tests.ui.conftest import press


def test_every_declared_action_is_built_with_its_keys_menu_and_scope(window: MainWindow) -> None:
    menus = {m.title(): m for m in window.menus.values()}
    built = 0
    for spec in ACTIONS:
        action = getattr(window, spec.id, None)
        if spec.run is None and action is None:
            continue  # a row of the F1 sheet only
        built += 1
        assert action is not None, spec.id
        assert [k.toString() for k in action.shortcuts()] == [k.toString() for k in key_sequences(spec.keys)]
        if spec.menu:
            assert action in menus[spec.menu].actions(), spec.id
        if spec.scope == ANNOTATING:
            assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
            assert action in window.view.actions() and action in window.annotation_table.actions()
            assert action not in window.article_list.actions()
    assert built >= 20


def test_single_keys_also_answer_on_an_arabic_layout() -> None:
    assert QKeySequence("م") in key_sequences(["l"]) and QKeySequence("L") in key_sequences(["l"])
    assert QKeySequence("١") in key_sequences(["1"])
    link = next(s for s in ACTIONS if s.id == "link_action")
    assert describe_keys(link) == "L / م"


def test_the_f1_sheet_is_the_table(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_F1)
    sheet = window.dialog
    rows = [(sheet.table.item(r, 0).text(), sheet.table.item(r, 1).text()) for r in range(sheet.table.rowCount())]
    assert rows == window.shortcut_rows()
    names = [name for name, _keys in rows]
    # Tag rows first, then the table's rows in order; folded rows ("-") are not repeated.
    assert names[:4] == ["Tag as Quote", "Tag as Speaker", "Tag as Location", "Tag as Claim"]
    assert "Next / previous annotation or suggestion" in names and "Previous annotation or suggestion" not in names
    assert dict(rows)["Accept suggestion"] == "Y / غ or Enter (in the text)"
    assert dict(rows)["Accept with another speaker…"] == "Shift+Y or Shift+Enter (in the text)"
    assert dict(rows)["Export annotations…"] == "Ctrl+E"
    sheet.close()
