"""The core and the command line work with PySide6 unavailable."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import annotator.core
from tests.conftest import PROJECT_ROOT

BLOCKER = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is blocked in this test: ' + name)
        return None
sys.meta_path.insert(0, BlockQt())
"""


def core_modules() -> list[str]:
    """Every module of the core, those in its sub-packages (the formats) included."""
    return [m.name for m in pkgutil.walk_packages(annotator.core.__path__, "annotator.core.")]


def test_every_core_module_imports_without_qt() -> None:
    modules = core_modules() + ["annotator.cli", "annotator.paths"]
    assert "annotator.core.store" in modules and "annotator.core.exporters" in modules
    assert "annotator.core.formats.xlsx" in modules
    code = BLOCKER + "\n".join(f"import {m}" for m in modules) + """
assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt was imported'
try:
    import PySide6
except ImportError:
    print('blocked-ok')
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    assert "blocked-ok" in result.stdout


def test_cli_import_and_export_run_without_qt(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("قال بالي: نعم\nسطر ثان", encoding="utf-8")
    db = tmp_path / "a.db"
    code = BLOCKER + f"""
from annotator.cli import main
assert main(['import', {str(article)!r}, '--db', {str(db)!r}]) == 0
assert main(['export', '--db', {str(db)!r}, '--format', 'json', '-o', {str(tmp_path / 'out.json')!r}]) == 0
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert result.returncode == 0, result.stderr
    [exported] = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["articles"]
    assert exported["text"] == "قال بالي: نعم\nسطر ثان"
