"""Files written atomically: every export, so a failure never leaves half a file.

A temporary file beside the target, flushed to disk, then renamed over it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import ExportError, os_reason


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; put it back at once
    os.umask(mask)
    return mask


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success, rename it over ``path``.

    If anything fails — a full disk, a crash in the writer — the temporary
    file is removed and any existing file at ``path`` is left untouched.  A
    symbolic link is followed (the file it points to is replaced, the link
    stays); a device or pipe (``/dev/stdout``, a FIFO) is written to directly,
    since renaming over it would replace it.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError("%1 is a folder; choose a file name to export to.", path)
    if path.exists() and not path.is_file():  # follows links: /dev/stdout -> a pipe or a terminal
        yield from _write_directly(path)
        return
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points to; the link stays
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except FileNotFoundError:
        if not folder.exists():
            raise ExportError("Cannot write %1: the folder %2 does not exist.", path, folder) from None
        raise ExportError("Cannot write %1: the folder %2 does not accept new files.", path, folder) from None
    except PermissionError:
        raise ExportError("Cannot write %1: the folder %2 is not writable.", path, folder) from None
    except OSError as exc:
        raise ExportError("Cannot write %1: %2.", path, os_reason(exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            # mkstemp makes the file private (0600); give the export the mode a
            # newly created file would get under the user's umask, or keep the
            # mode of the file it replaces.
            if hasattr(os, "fchmod"):  # not on Windows, where 0600 does not apply
                os.fchmod(fh.fileno(), path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError("Cannot write %1: %2. Nothing was written.", path, os_reason(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_directly(path: Path) -> Iterator[BinaryIO]:
    try:
        with path.open("wb") as fh:
            yield fh
            fh.flush()
    except OSError as exc:
        raise ExportError("Cannot write %1: %2.", path, os_reason(exc)) from None
