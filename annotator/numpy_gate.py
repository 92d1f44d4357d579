"""Keeping numpy out of processes that do not need it, and letting it in where they do.

annotator's window and most commands never use numpy, but PySide6 and
sqlite-utils import it whenever it is installed (the agreement figures need
it, so it always is), which costs about 0.1 s and 35 MB in every process.
:func:`keep_out` marks it absent at start-up; :func:`let_in` undoes that
just before the one thing that needs it (Krippendorff's alpha) is imported.
"""

from __future__ import annotations

import sys


def keep_out() -> None:
    """Mark numpy absent, unless something imported it already."""
    sys.modules.setdefault("numpy", None)  # type: ignore[arg-type]


def let_in() -> None:
    """Allow numpy to be imported again (after :func:`keep_out`)."""
    if "numpy" in sys.modules and sys.modules["numpy"] is None:
        del sys.modules["numpy"]
