"""Every action of the window, declared once, as data.

The menus, the focus scope of single-key shortcuts and the F1 sheet are all
built from :data:`ACTIONS` (the model is napari's ``_qt/_qapp_model/qactions``
and Anki's key table): adding an action is one entry here and, if it is new
behaviour, one method on the window.  The tag actions ("Tag as Quote", …)
are made from the tag set at run time by :func:`tag_action`; they follow the
same rules.

Keys are written as Qt writes them (``"Ctrl+E"``), as the name of a standard
key (``"Open"``: Ctrl+O, or ⌘O on a Mac), or as one letter or digit — a
single key, which also gets the character the same physical key types on an
Arabic keyboard layout (``L`` and ``م``), see :mod:`annotator.ui.keys`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .i18n import fill
from .keys import describe, sequences

#: The action works wherever the focus is.
WINDOW = "window"
#: The action works only while the text or the annotation list has the focus,
#: so a digit typed in a note or a search field never tags anything.
ANNOTATING = "annotating"

MENUS = ("&File", "&Edit", "&Annotate", "&View", "&Help")
#: The translation context of every text in the table (see :mod:`annotator.ui.action_texts`).
CONTEXT = "actions"


def translated(text: str) -> str:
    """A text of the table in the interface language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


@dataclass(frozen=True)
class ActionSpec:
    """One action: what it says, what it does, its keys, where it is offered."""

    id: str
    text: str
    run: Callable[[Any], object] | None = None
    keys: tuple[str, ...] = ()
    tip: str = ""
    menu: str = ""
    section: int = 0
    scope: str = WINDOW
    checkable: bool = False
    #: how the F1 sheet names it and shows its keys, when that differs from the text and the shortcuts
    help: str = ""
    help_keys: str = ""

    @property
    def help_text(self) -> str:
        return self.help or self.text.replace("&", "")


ACTIONS: tuple[ActionSpec, ...] = (
    # -- annotating (the tag actions come first; see tag_action) ---------------
    ActionSpec("select_help", "Select text", help_keys="drag (whole words); Alt+drag (exact characters); "
               "double-click a word; Shift+arrows, Ctrl+Shift+arrows by word"),
    ActionSpec("link_action", "&Link to speaker…", lambda w: w.link_current(), ("l",),
               "Attribute the selected quote or claim to a speaker", "&Annotate", 1, ANNOTATING,
               help="Link quote to speaker"),
    ActionSpec("note_action", "Edit &note", lambda w: w.edit_note(), ("e", "F2"),
               "Write a note on the selected annotation", "&Annotate", 1, ANNOTATING,
               help_keys=f"{describe('e')} / F2 (Ctrl+Enter saves, Esc discards)"),
    ActionSpec("delete_action", "&Delete annotation", lambda w: w.delete_current(), ("Delete", "Backspace"),
               "Delete the selected annotation", "&Annotate", 1, ANNOTATING, help_keys="Delete / Backspace"),
    ActionSpec("next_action", "&Next annotation or suggestion", lambda w: w.step_item(1), ("n", "Alt+Down"),
               "Select the next annotation or suggestion in reading order", "&Annotate", 2, ANNOTATING,
               help="Next / previous annotation or suggestion",
               help_keys=f"{describe('n')} or Alt+Down  /  {describe('p')} or Alt+Up"),
    ActionSpec("prev_action", "&Previous annotation or suggestion", lambda w: w.step_item(-1), ("p", "Alt+Up"),
               "Select the previous annotation or suggestion in reading order", "&Annotate", 2, ANNOTATING,
               help="-"),
    ActionSpec("accept_suggestion_action", "&Accept suggestion", lambda w: w.accept_suggestion(), ("y",),
               "Accept the suggestion at the caret: its span, speaker and link (Enter in the text does too)",
               "&Annotate", 3, ANNOTATING, help_keys=f"{describe('y')} or Enter (in the text)"),
    ActionSpec("accept_speaker_action", "Accept with another &speaker…",
               lambda w: w.accept_suggestion_with_speaker(), ("Shift+Y",),
               "Accept the suggested quote at the caret with a speaker chosen in the link picker (one undo step)",
               "&Annotate", 3, ANNOTATING, help_keys="Shift+Y or Shift+Enter (in the text)"),
    ActionSpec("reject_suggestion_action", "&Reject suggestion", lambda w: w.reject_suggestion(), ("x",),
               "Reject the suggestion at the caret; it is not proposed again", "&Annotate", 3, ANNOTATING),
    ActionSpec("accept_quotes_action", "Accept all &quotes with a speaker", lambda w: w.accept_suggested_quotes(),
               ("Ctrl+Shift+Y",), "Accept every suggested quote that has a speaker (one undo step)",
               "&Annotate", 3),
    ActionSpec("curate_action", "&Curate this article…", lambda w: w.curate(), ("Ctrl+Shift+K",),
               "Compare the annotators' versions of this article side by side; accept, reject, or accept "
               "all they agree on, into a curated layer under your name", "&Annotate", 4),
    ActionSpec("agreement_action", "A&greement between annotators…", lambda w: w.show_agreement(),
               ("Ctrl+Shift+G",), "F1, alpha and attribution for every pair of annotators, and the articles "
               "where they disagree most", "&Annotate", 4),
    # -- editing -----------------------------------------------------------------
    ActionSpec("undo_action", "&Undo", None, ("Undo",), menu="&Edit", section=0, help="Undo / redo",
               help_keys="Ctrl+Z  /  Ctrl+Shift+Z or Ctrl+Y"),
    ActionSpec("redo_action", "&Redo", None, ("Ctrl+Shift+Z", "Ctrl+Y"), menu="&Edit", section=0, help="-"),
    ActionSpec("paste_article_action", "New article from clip&board", lambda w: w.new_from_clipboard(),
               ("Ctrl+Shift+V",), "A new article from the copied text: a web page's article, or the text as it is "
               "(opened instead if it is already imported)", "&Edit", 0),
    ActionSpec("find_action", "&Find in article…", lambda w: w.open_find(), ("Find",),
               "Find words in this article (harakat and letter forms ignored)", "&Edit", 1),
    ActionSpec("search_action", "&Search all articles…", lambda w: w.open_search(), ("Ctrl+Shift+F",),
               "Search every article and annotation", "&Edit", 1),
    ActionSpec("tags_action", "&Tags…", lambda w: w.edit_tags(), ("Ctrl+T",),
               "Add, rename, recolour, re-key tags and set their roles", "&Edit", 2),
    ActionSpec("name_action", "Your &name…", lambda w: w.ask_name(), (),
               "The name stored with your annotations", "&Edit", 2),
    ActionSpec("factcheck_action", "&Fact-check settings…", lambda w: w.edit_factcheck_settings(), (),
               "Your organisation, its web address and the verdicts claims can get (for ClaimReview export)",
               "&Edit", 2),
    # -- files -------------------------------------------------------------------
    ActionSpec("article_info_action", "Article &details…", lambda w: w.edit_article(), ("Ctrl+I",),
               "Title, source, authors, date, URL, language", "&File", 1),
    ActionSpec("import_action", "&Import articles…", lambda w: w.import_dialog(), ("Open",),
               "Import articles: text, Markdown, web pages, Word, or annotator JSON (also by dropping files here)",
               "&File", 0),
    ActionSpec("open_link_action", "Open &link…", lambda w: w.open_link(), ("Ctrl+L",),
               "Import a news page by its web address: its article, title, authors, date and site",
               "&File", 0),
    ActionSpec("export_action", "&Export annotations…", lambda w: w.export_dialog(), ("Ctrl+E",),
               "Export CSV, JSON, a workbook and more", "&File", 0),
    ActionSpec("quit_action", "&Quit", lambda w: w.close(), ("Quit",), menu="&File", section=2, help="-"),
    # -- view ----------------------------------------------------------------------
    ActionSpec("zoom_in_action", "Zoom &in", lambda w: w.zoom(1), ("ZoomIn", "Ctrl+="),
               "Larger text and interface", "&View", 0, help="Zoom in / out / actual size",
               help_keys="Ctrl++ or Ctrl+=  /  Ctrl+-  /  Ctrl+0"),
    ActionSpec("zoom_out_action", "Zoom &out", lambda w: w.zoom(-1), ("ZoomOut",),
               "Smaller text and interface", "&View", 0, help="-"),
    ActionSpec("zoom_reset_action", "&Actual size", lambda w: w.zoom_to(1.0), ("Ctrl+0",), menu="&View", section=0,
               help="-"),
    ActionSpec("snap_words_action", "&Select whole words", lambda w: w.set_snap_words(w.snap_words_action.isChecked()),
               (), "A drag selects whole words; hold Alt while dragging for exact characters", "&View", 1,
               checkable=True, help="-"),
    ActionSpec("suggestions_action", "Show s&uggestions",
               lambda w: w.show_suggestions(w.suggestions_action.isChecked()), (),
               "Outline proposed quotes and speakers (nothing is stored until accepted)", "&View", 1,
               checkable=True, help="-"),
    ActionSpec("layer_action", "Next &layer", lambda w: w.cycle_layer(), ("Ctrl+Shift+L",),
               "Show the next layer: everyone's spans, yours, each colleague's, the curated ones "
               "(also the Layer box beside the legend, Alt+L)", "&View", 1, help="Show another annotator's layer"),
    ActionSpec("panels_action", "Side &panels", lambda w: w.show_panels(w.panels_action.isChecked()), ("Ctrl+\\",),
               "Show or hide the article list and the annotation panel", "&View", 2, checkable=True),
    ActionSpec("refresh_action", "&Refresh", lambda w: w.refresh_from_database(), ("Refresh",),
               "Show changes made in another window or by the command line", "&View", 2),
    ActionSpec("next_pane_action", "Next &pane", lambda w: w.cycle_pane(1), ("F6",),
               "Move the focus: articles → text → annotations → search", "&View", 3,
               help="Move between panes", help_keys="F6 / Shift+F6 (Tab moves between controls)"),
    ActionSpec("prev_pane_action", "Previous pane", lambda w: w.cycle_pane(-1), ("Shift+F6",),
               menu="&View", section=3, help="-"),
    # -- help ----------------------------------------------------------------------
    ActionSpec("shortcuts_action", "&Keyboard shortcuts", lambda w: w.show_shortcuts(), ("F1", "?"),
               menu="&Help"),
)


def key_sequences(keys: Iterable[str]) -> list[QKeySequence]:
    """Qt key sequences for an action's keys (a single key also in its Arabic-layout form)."""
    out: list[QKeySequence] = []
    for key in keys:
        standard = getattr(QKeySequence.StandardKey, key, None)
        if standard is not None:
            out.append(QKeySequence(standard))
        elif len(key) == 1 and key.isalnum():
            out.extend(sequences(key))
        else:
            out.append(QKeySequence(key))
    return out


def describe_keys(spec: ActionSpec) -> str:
    """How the F1 sheet shows an action's keys, as the user's platform and keyboard write them."""
    if spec.help_keys:
        return translated(spec.help_keys)
    shown = []
    for key in spec.keys:
        if len(key) == 1 and key.isalnum():
            shown.append(describe(key))
        else:
            shown.extend(s.toString(QKeySequence.SequenceFormat.NativeText) for s in key_sequences([key])[:1])
    return " / ".join(shown[:2])


def make_action(spec: ActionSpec, window: Any, parent: QObject, action: QAction | None = None) -> QAction:
    """The QAction for ``spec`` (or set up ``action``, made elsewhere, e.g. by the undo stack)."""
    if action is None:
        action = QAction(translated(spec.text), parent)
    action.setObjectName(spec.id)
    if spec.keys:
        action.setShortcuts(key_sequences(spec.keys))
    if spec.tip:
        action.setStatusTip(translated(spec.tip))
    if spec.checkable:
        action.setCheckable(True)
        action.setChecked(True)
    if spec.run is not None:
        run = spec.run
        action.triggered.connect(lambda _checked=False: run(window))
    return action


def tag_action(tag: Any, window: Any, icon: QIcon) -> tuple[ActionSpec, QAction]:
    """The "Tag as …" action of one tag (a single key, annotating scope)."""
    name = tag.name

    def run(w: Any) -> object:
        return w.apply_tag(name)

    text = fill(QCoreApplication.translate("actions", "Tag as %1"), tag.label)
    tip = fill(QCoreApplication.translate("actions", "Tag the selection as %1"), tag.label)
    # Already in the interface language: translated() of it finds nothing and leaves it as it is.
    spec = ActionSpec(f"tagAction_{tag.name}", text, run, (tag.key,) if tag.key else (), tip,
                      "&Annotate", 0, ANNOTATING)
    action = make_action(spec, window, window)
    action.setIcon(icon)
    return spec, action


def scope_to(actions: Iterable[tuple[ActionSpec, QAction]], widgets: Iterable[QWidget]) -> None:
    """Give annotating actions to the widgets where annotating happens, and only there."""
    widgets = list(widgets)
    for spec, action in actions:
        if spec.scope != ANNOTATING:
            continue
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for widget in widgets:
            if action not in widget.actions():
                widget.addAction(action)


def fill_menu(menu: QMenu, entries: Iterable[tuple[ActionSpec, QAction]]) -> None:
    """Add actions to a menu in table order, a separator between sections."""
    section = None
    for spec, action in entries:
        if section is not None and spec.section != section:
            menu.addSeparator()
        section = spec.section
        menu.addAction(action)


def help_rows(entries: Iterable[tuple[ActionSpec, QAction | None]]) -> list[tuple[str, str]]:
    """(what, keys) rows of the F1 sheet: every action that has keys or help, in table order."""
    rows = []
    for spec, _action in entries:
        if spec.help == "-":
            continue  # folded into another row ("Next / previous annotation")
        keys = describe_keys(spec)
        if keys:
            rows.append((translated(spec.help) if spec.help else translated(spec.text).replace("&", ""), keys))
    return rows
