"""Where things live: the shipped seeds and resources, and the user's database."""

from __future__ import annotations

import os
from pathlib import Path

#: The project checkout (``main.py`` sits here next to ``seeds/`` and ``resources/``).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
RESOURCES_DIR = PROJECT_ROOT / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"

#: Environment variable that overrides the default database path.
DB_ENV_VAR = "ANNOTATOR_DB"


def default_db_path() -> Path:
    """The database to use when ``--db`` is not given.

    ``$ANNOTATOR_DB`` wins; otherwise ``annotator.db`` in the platform's user
    data folder (``~/.local/share/annotator`` on Linux, ``~/Library/Application
    Support/annotator`` on macOS, ``%LOCALAPPDATA%\\annotator`` on Windows).
    """
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only needed when no path was given

    return Path(platformdirs.user_data_dir("annotator", appauthor=False)) / "annotator.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` if given, else :func:`default_db_path`.  An empty ``--db`` is an error."""
    if cli_value is None:
        return default_db_path()
    if not str(cli_value).strip():
        from .core.errors import StoreError

        raise StoreError("--db was given an empty path.")
    return Path(cli_value).expanduser()
