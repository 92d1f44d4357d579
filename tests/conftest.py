"""Shared test setup: no display, no touching the user's settings or data."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# Before anything imports Qt: render offscreen, keep QSettings and the default
# database inside a throwaway folder rather than the tester's home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="annotator-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ.pop("ANNOTATOR_DB", None)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (PROJECT_ROOT / "seeds" / "000_858c89a68ec5f748.txt").read_text(encoding="utf-8")

#: A small article mixing everything offsets get wrong: emoji (outside the
#: BMP), a flag, a skin-tone modifier, harakat, tatweel, ZWJ, CRLF and Latin.
TRICKY_TEXT = (
    "قالَ الرئيسُ 👍🏽: «نحن هنا» 🇸🇾\r\n"
    "English line with M4 and 11 km.\r\n"
    "\r\n"
    "مـــرحبا بالعالم 👨‍👩‍👧 في الحسكة."
)


@pytest.fixture
def python_exe() -> str:
    """The interpreter running the tests (for subprocess tests)."""
    return sys.executable


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotator.db"
