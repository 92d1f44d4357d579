"""Where things live: the shipped seeds and resources, and the user's database."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _data_root() -> Path:
    """The folder holding ``seeds/`` and ``resources/``.

    From source, the project checkout (``main.py`` sits there beside them).  In
    the bundled application built by ``packaging/build.sh`` (PyInstaller), the
    folder the bundle carries its data in: ``sys._MEIPASS`` — the ``_internal``
    folder of the application folder, or the temporary folder the single-file
    download unpacks itself into.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


#: The project checkout, or the bundle's data folder when running as the packaged app.
PROJECT_ROOT = _data_root()
SEEDS_DIR = PROJECT_ROOT / "seeds"
RESOURCES_DIR = PROJECT_ROOT / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
#: The application's icon (drawn in ``annotator.svg`` beside it; see ``packaging/make_icon.py``).
ICON_FILE = RESOURCES_DIR / "icons" / "annotator.png"

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
