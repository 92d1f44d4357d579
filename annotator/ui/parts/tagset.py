"""The tag set: the tag actions, menu, legend and colours, and the Tags dialog."""

from __future__ import annotations

from PySide6.QtGui import QAction

from ...core.model import Tag
from ..actions import ActionSpec, fill_menu, scope_to, tag_action
from ..commands import DeleteTag, SaveTag
from ..i18n import shown_tags
from ..panels import swatch
from ..tag_dialog import TagDialog
from . import Part


class TagSet(Part):
    """Everything that depends on which tags exist, rebuilt whenever they change."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        self.entries: list[tuple[ActionSpec, QAction]] = []
        window.doc.tagsChanged.connect(self.apply)

    def apply(self) -> None:
        """(Re)build the tag actions, the Annotate menu, the legend, colours and filters."""
        w = self.window
        w.tags = shown_tags(w.store.tags())  # built-in labels in the interface language
        for action in self.actions.values():
            for widget in (w.view, w.annotation_table):
                widget.removeAction(action)
            action.deleteLater()
        self.actions, self.entries = {}, []
        for tag in w.tags:
            spec, action = tag_action(tag, w, swatch(tag.color))
            self.actions[tag.name] = action
            self.entries.append((spec, action))
        w.annotate_menu.clear()
        fill_menu(w.annotate_menu, self.entries + [(s, a) for s, a in w.actions_table if s.menu == "&Annotate"])
        w.view.context_actions = [*self.actions.values(), None,
                                  *(w.action(i) for i in ("link_action", "note_action", "delete_action"))]
        scope_to(self.entries, (w.view, w.annotation_table))
        w.tag_bar.set_tags(w.tags, self.actions)
        w.view.set_tags(w.tags)
        w.annotation_model.set_tags(w.tags)
        w.annotation_table.fit_columns()
        w.find_bar.set_tags(w.tags)
        w.search_panel.set_tags(w.tags)
        w.annotating.update_counts()
        w.details_part.show_current()

    def edit_tags(self) -> None:
        """Ctrl+T: the Tags dialog; every change in it is one undoable step."""
        w = self.window
        stack = w.annotating.stack()
        if stack is None:
            self.status(self.tr("Open an article first."))
            return

        def save(tag: Tag, old: Tag | None) -> None:
            stack.push(SaveTag(w.doc, tag, old))

        def delete(tag: Tag, retag_as: str | None) -> None:
            stack.push(DeleteTag(w.doc, tag, retag_as))

        dialog = TagDialog(w.store.tags, w.store.tag_usage, save, delete, w)
        w.dialog = dialog
        dialog.open()
