"""``python -m annotator`` is the ``annotator`` command."""

from .cli import entry_point

entry_point()
