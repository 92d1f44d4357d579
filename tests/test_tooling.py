"""Ruff and mypy, configured in pyproject.toml, run clean — the test suite runs them so CI enforces it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PROJECT_ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=600)


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", "annotator", "tests", "main.py", "packaging")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run("mypy")  # files and options from [tool.mypy]
    assert result.returncode == 0, result.stdout + result.stderr
