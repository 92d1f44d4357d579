"""Errors a user can be shown as they are: one clear sentence, no traceback.

Every problem the program can anticipate — a file that is not text, a
database from a newer version, a path that cannot be written — is raised as
an :class:`AnnotatorError`.  The command line prints ``str(error)`` and exits
non-zero; the window shows it in a message box.  Anything else is a bug.
"""


class AnnotatorError(Exception):
    """Base class: ``str(error)`` is a complete message for the user."""


class StoreError(AnnotatorError):
    """The database cannot be opened or written."""


class ImportRefused(AnnotatorError):
    """A file could not be imported; nothing was stored."""


class ExportError(AnnotatorError):
    """An export could not be written; no partial file was left behind."""


class NotFound(AnnotatorError):
    """An article, annotation or tag named by the user does not exist."""
