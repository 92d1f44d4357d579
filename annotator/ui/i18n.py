"""The interface's language, its direction and its digits, through Qt's own machinery.

Strings are marked where they are written — ``self.tr("…")`` in QObject
subclasses, ``QCoreApplication.translate("context", "…")`` elsewhere — and
the action table's texts are translated where actions are made, in the
context ``"actions"`` (:mod:`annotator.ui.action_texts`, generated from the
table, shows them to ``pyside6-lupdate``).  The translations live in
``resources/translations/annotator_ar.ts`` and are compiled to ``.qm``;
regenerate everything with ``python -m annotator.ui.i18n``.

The language is a setting: the system's on first start, then the user's
choice (View → Language), applied at the next start.  Arabic mirrors the
whole interface (``Qt.RightToLeft``) and uses the bundled Arabic UI face;
numbers follow a second setting, Arabic-Indic (٠١٢) or Western (012) digits.
"""

from __future__ import annotations

import ast
import dataclasses
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from ..core.errors import AnnotatorError, Message
from ..core.errors import fill as fill_parts
from ..core.model import BUILTIN_TAGS, Tag
from ..paths import PROJECT_ROOT, RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
LANGUAGE_KEY = "ui/language"
DIGITS_KEY = "ui/digits"
ARABIC, ENGLISH = "ar", "en"
#: the digits setting's values
INDIC, WESTERN = "indic", "western"

_translators: list[QTranslator] = []
_current: dict[str, str] = {}


def system_language() -> str:
    return ARABIC if QLocale.system().language() == QLocale.Language.Arabic else ENGLISH


def language(settings: QSettings | None = None) -> str:
    """The interface language the settings ask for: the user's choice, else the system's."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "")
    return value if value in (ARABIC, ENGLISH) else system_language()


def digits(settings: QSettings | None = None) -> str:
    """Arabic-Indic or Western digits: the user's choice, else those of the system's locale."""
    value = str((settings or QSettings()).value(DIGITS_KEY, "") or "")
    if value in (INDIC, WESTERN):
        return value
    system = QLocale.system()
    if system.language() == QLocale.Language.Arabic:
        return INDIC if system.zeroDigit() != "0" else WESTERN
    return INDIC


def current_language() -> str:
    """The language installed by :func:`install` (English before it ran)."""
    return _current.get("language", ENGLISH)


def number_locale() -> QLocale:
    """The locale numbers are written in: Arabic with the chosen digits, or English."""
    if current_language() != ARABIC:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    # Egypt's Arabic writes ٠١٢, the Emirates' 012 (both with Arabic separators where they differ).
    return QLocale("ar_EG") if _current.get("digits") == INDIC else QLocale("ar_AE")


def number(value: int | float, *, grouping: bool = True) -> str:
    """``value`` as the interface writes numbers (``1,234`` or ``١٬٢٣٤``; ``1234`` without grouping)."""
    locale = number_locale()
    if not grouping:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)


def digits_in(text: str) -> str:
    """``text`` with its ASCII digits written as the interface writes them (for numbers already formatted)."""
    zero = number_locale().zeroDigit()
    if zero == "0":
        return text
    base = ord(zero)
    return re.sub(r"[0-9]", lambda m: chr(base + int(m.group())), text)


def plural(text: str, n: int) -> str:
    """``self.tr("%Ln thing(s)", "", n)`` without a translation (English): "1 thing", "2 things"."""
    return text.replace("(s)", "" if n == 1 else "s")


def install(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """Load the translators the settings ask for, set the direction and the number locale.

    Returns the language installed.  Safe to call again (the tests do, switching language).
    """
    settings = settings or QSettings()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    lang, digit_style = language(settings), digits(settings)
    _current.update(language=lang, digits=digit_style)
    if lang == ARABIC:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        # Qt asks the translator installed last first: ours, after Qt's own, may reword a Qt text.
        for path in (qt_dir / "qtbase_ar.qm", TRANSLATIONS_DIR / "annotator_ar.qm"):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _translators.append(translator)
    QLocale.setDefault(number_locale())
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == ARABIC
                               else Qt.LayoutDirection.LeftToRight)
    return lang


def translated(message: object) -> str:
    """A core sentence — a :class:`~annotator.core.errors.Message` or an
    :class:`~annotator.core.errors.AnnotatorError` — in the interface's language (context ``"core"``).

    The template is looked up and its parts put back in the translation's
    order: numbers in the interface's digits, a part that is itself a message
    translated too.  Anything else (an unexpected error) is shown as it is.
    """
    if isinstance(message, AnnotatorError):
        message = message.message
    if not isinstance(message, Message):
        return str(message)
    return _fill(QCoreApplication.translate("core", message.template), tuple(_part(p) for p in message.parts))


def _part(part: object) -> str:
    if isinstance(part, (Message, AnnotatorError)):
        return translated(part)
    if isinstance(part, (int, float)) and not isinstance(part, bool):
        return number(part, grouping=False)
    return str(part)


def fill(template: str, *parts: str | None) -> str:
    """``template`` (already translated) with ``%1``, ``%2``… replaced by ``parts``, in one pass."""
    return _fill(template, parts)


def _fill(template: str, parts: tuple[str | None, ...]) -> str:
    return fill_parts(template, tuple("" if p is None else p for p in parts))


# -- the built-in tags' labels ------------------------------------------------------

#: The built-in tags' default labels, as lupdate sees them (context "tags").
#: The default verdicts (core.factcheck.DEFAULT_VERDICTS), as lupdate sees them (context "verdicts"): shown
#: in the interface's language, stored and exported as they are.
DEFAULT_VERDICT_LABELS = (QT_TRANSLATE_NOOP("verdicts", "true"), QT_TRANSLATE_NOOP("verdicts", "mostly true"),
                          QT_TRANSLATE_NOOP("verdicts", "misleading"), QT_TRANSLATE_NOOP("verdicts", "false"),
                          QT_TRANSLATE_NOOP("verdicts", "unproven"))


def shown_verdict(verdict: str) -> str:
    """A verdict as the Verdict box shows it: a default one in the interface's language, the desk's own as written."""
    return QCoreApplication.translate("verdicts", verdict) if verdict in DEFAULT_VERDICT_LABELS else verdict


#: Qt's own button texts, reworded: Qt's Arabic says «ألغِ» (an order) where a newsroom's programs say «إلغاء».
QT_TEXTS = (QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),)


BUILTIN_LABELS = (QT_TRANSLATE_NOOP("tags", "Quote"), QT_TRANSLATE_NOOP("tags", "Speaker"),
                  QT_TRANSLATE_NOOP("tags", "Location"), QT_TRANSLATE_NOOP("tags", "Claim"))


def shown_tag(tag: Tag) -> Tag:
    """``tag`` as the interface shows it: a built-in tag still under its default label speaks the
    interface language; a renamed label is shown as written.  The stored name never changes."""
    default = next((t.label for t in BUILTIN_TAGS if t.name == tag.name), None)
    if default is None or tag.label != default:
        return tag
    return dataclasses.replace(tag, label=QCoreApplication.translate("tags", default))


def shown_tags(tags: list[Tag]) -> list[Tag]:
    return [shown_tag(t) for t in tags]


# -- regenerating the sources and the translations -------------------------------

ACTION_TEXTS = Path(__file__).with_name("action_texts.py")


def action_texts_source() -> str:
    """The source of :mod:`annotator.ui.action_texts`: every text of the action table (context
    "actions") and what the export dialog says of each format (context "formats"), for lupdate."""
    from ..core import registry
    from .actions import ACTIONS, MENUS

    texts: list[str] = list(MENUS)
    for spec in ACTIONS:
        for text in (spec.text, spec.tip, spec.help, spec.help_keys):
            if text and text != "-" and text not in texts:
                texts.append(text)
    formats: list[str] = []
    for offered in registry.export_formats():
        for text in (offered.label, offered.for_whom):
            if text and text not in formats:
                formats.append(text)
    return _generated_module(
        "from the action table",
        ["The texts of :data:`annotator.ui.actions.ACTIONS`, shown to ``pyside6-lupdate``: the",
         'table keeps its English, and ``make_action`` translates it in the context "actions".'],
        [(None, "TEXTS", "actions", texts),
         ("The export formats' names and what each is for (the core's registry; the dialog translates them).",
          "FORMATS", "formats", formats)])


CORE_TEXTS = Path(__file__).with_name("core_texts.py")
CORE_DIR = Path(__file__).parent.parent / "core"


def core_templates() -> tuple[list[str], list[str]]:
    """Every template of a core :class:`~annotator.core.errors.Message` or error, in source order, and
    where a message is built from something other than a string literal (which lupdate could not see).

    Found by reading the core's sources: a call of ``Message`` or of any subclass of ``AnnotatorError``.
    """
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(CORE_DIR.rglob("*.py"))}
    names = {"Message", "AnnotatorError"}
    grew = True
    while grew:  # the error classes, wherever they are declared: subclasses of subclasses too
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (isinstance(node, ast.ClassDef) and node.name not in names
                        and any(isinstance(b, ast.Name) and b.id in names for b in node.bases)):
                    names.add(node.name)
                    grew = True
    templates: list[str] = []
    unseen: list[str] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names):
                continue
            first = node.args[0] if node.args else None
            if path.name == "errors.py" and not isinstance(first, ast.Constant):
                continue  # where Message and the errors are defined, from their templates
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if first.value not in templates:
                    templates.append(first.value)
            else:
                unseen.append(f"{path.relative_to(CORE_DIR.parent.parent)}:{node.lineno}")
    return templates, unseen


def core_texts_source() -> str:
    """The source of :mod:`annotator.ui.core_texts`: the core's sentences (context "core"), for lupdate."""
    templates, _ = core_templates()
    return _generated_module(
        "from the sources of the core",
        ["The templates of the messages and errors of the core (:class:`annotator.core.errors.Message`), shown to",
         '``pyside6-lupdate``: :func:`annotator.ui.i18n.translated` looks them up in the context "core".'],
        [(None, "TEXTS", "core", templates)])


def _generated_module(origin: str, about: list[str],
                      tuples: list[tuple[str | None, str, str, list[str]]]) -> str:
    """A generated module of ``QT_TRANSLATE_NOOP`` tuples: (comment, name, context, texts) each."""
    lines = ["# ruff: noqa: E501", f'"""Generated by ``python -m annotator.ui.i18n`` {origin} — do not edit.', "",
             *about, '"""', "", "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for comment, name, context, texts in tuples:
        if comment:
            lines.append(f"# {comment}")
        lines += [f"{name} = (", *(f'    QT_TRANSLATE_NOOP("{context}", {_quoted(t)}),' for t in texts), ")", ""]
    return "\n".join(lines)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ui_sources() -> list[Path]:
    ui = Path(__file__).parent
    return sorted([*ui.glob("*.py"), *ui.glob("parts/*.py")])


def lupdate(ts_file: Path) -> None:
    """Update ``ts_file`` with the strings marked in the interface's sources."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), *map(str, ui_sources()), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", "ar", "-ts", str(ts_file)],
                   check=True, capture_output=True, cwd=PROJECT_ROOT)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, cwd=PROJECT_ROOT)


def main() -> None:
    """Regenerate the action texts, update the .ts, compile the .qm."""
    ACTION_TEXTS.write_text(action_texts_source(), encoding="utf-8")
    CORE_TEXTS.write_text(core_texts_source(), encoding="utf-8")
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    ts = TRANSLATIONS_DIR / "annotator_ar.ts"
    lupdate(ts)
    lrelease(ts, TRANSLATIONS_DIR / "annotator_ar.qm")
    print(f"updated {ACTION_TEXTS.name}, {CORE_TEXTS.name}, {ts.name} and annotator_ar.qm")


if __name__ == "__main__":
    main()
