"""The shape of the core: no import cycles, and one registry of formats.

The import graph is read from the source (``ast``), not from ``sys.modules``,
so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import annotator.core
from annotator.cli import build_parser
from annotator.core import registry
from annotator.core.formats import Format
from annotator.core.store import Store

CORE = Path(annotator.core.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(CORE.parent.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def core_import_graph() -> dict[str, set[str]]:
    """``module -> modules of annotator.core it imports`` (anywhere in its body)."""
    files = {_module_name(p): p for p in CORE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                # ``from . import brat`` imports the module ``brat``; ``from .x import y`` imports ``x``.
                targets = [f"{module}.{alias.name}" if f"{module}.{alias.name}" in files else module
                           for alias in node.names]
            else:
                continue
            edges.update(t for t in targets if t in files and t != name)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as ``[a, b, …, a]``, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_graph_sees_relative_and_late_imports() -> None:
    graph = core_import_graph()
    assert "annotator.core.formats.brat" in graph["annotator.core.registry"]  # ``from .formats import brat``
    assert "annotator.core.formats" in graph["annotator.core.formats.csv"]  # ``from . import Format``
    assert "annotator.core.store" in graph["annotator.core.reading"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_the_core_has_no_import_cycles() -> None:
    cycle = find_cycle(core_import_graph())
    assert cycle is None, "import cycle in annotator.core: " + " -> ".join(cycle or [])


def test_format_modules_use_helpers_never_other_formats() -> None:
    graph = core_import_graph()
    formats = {m for m in graph if m.startswith("annotator.core.formats.")}
    for module in formats:
        assert not graph[module] & (formats - {module}), f"{module} imports another format module"


def test_every_format_is_in_the_registry_once() -> None:
    keys = [f.key for f in registry.FORMATS]
    assert len(keys) == len(set(keys))
    assert registry.export_keys() == ["csv", "xlsx", "json", "jsonl", "w3c", "brat", "spacy", "claimreview"]
    assert registry.find("excel").command_line == "--format csv --excel"
    assert registry.import_suffixes() >= {".txt", ".md", ".html", ".docx", ".json", ".jsonl", ".ann"}
    from annotator.core.importers import SUPPORTED_SUFFIXES

    assert SUPPORTED_SUFFIXES == registry.import_suffixes()


def _write_tsv(store, out, article_id=None, tag=None) -> int:
    out.write(b"made up\n")
    return 0


#: A throw-away format: what a new format module declares.
TSV = Format(key="tsv", label="TSV", for_whom="Tab-separated values (a throw-away test format)",
             extension=".tsv", write=_write_tsv, suffixes=(".tsv",), read_article=lambda path, encoding=None: None)


@pytest.fixture
def with_tsv(monkeypatch: pytest.MonkeyPatch) -> Format:
    """The registry with one more line — and no other module edited."""
    monkeypatch.setattr(registry, "FORMATS", [*registry.FORMATS, TSV])
    return TSV


def test_a_new_format_reaches_the_command_line(with_tsv: Format, db_path: Path, tmp_path: Path) -> None:
    parser = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    [action] = [a for a in export._actions if "--format" in a.option_strings]
    assert "tsv" in action.choices and "tsv" in action.help
    assert "*.tsv" in registry.import_filter()
    from annotator.core.exporters import export_to_file

    with Store.open(db_path) as store:
        assert export_to_file(store, "tsv", tmp_path / "out.tsv") == 0
    assert (tmp_path / "out.tsv").read_bytes() == b"made up\n"


def test_a_new_format_reaches_the_export_dialog(with_tsv: Format, qtbot, tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtWidgets")
    from annotator.ui.export_dialog import ExportDialog, choices

    assert [c.key for c in choices()][-1] == "tsv"
    dialog = ExportDialog([], False, tmp_path, "annotations", choice="tsv")
    qtbot.addWidget(dialog)
    assert dialog.format_buttons["tsv"].isChecked()
    assert dialog.format_buttons["tsv"].text() == TSV.for_whom
    assert dialog.format == "tsv" and not dialog.excel and dialog.path.suffix == ".tsv"
