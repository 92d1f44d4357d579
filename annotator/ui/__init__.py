"""The PySide6 window on top of :mod:`annotator.core` (the only place Qt is used)."""
