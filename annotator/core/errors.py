"""Errors a user can be shown as they are: one clear sentence, no traceback.

Every problem the program can anticipate — a file that is not text, a
database from a newer version, a path that cannot be written — is raised as
an :class:`AnnotatorError`.  The command line prints ``str(error)`` and exits
non-zero; the window shows it in a message box, in the interface's language.

That is why a sentence is written as a template with its variable parts kept
apart — ``ImportRefused("%1 is empty: there is no text to annotate.", name)``
— rather than as an f-string: the window looks the template up in its
translations (context ``"core"``) and puts the parts back, in the order the
translation wants.  The templates must be string literals, so that
``python -m annotator.ui.i18n`` can find them all for the translators.
"""

from __future__ import annotations

import errno
import re

_PLACE = re.compile(r"%(\d)")


def fill(template: str, parts: tuple[object, ...]) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``parts``, in one pass (a part may itself hold
    ``%2`` — an address's percent-encoding — which must not be replaced again)."""
    def part(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(parts[n - 1]) if 0 < n <= len(parts) else m.group(0)

    return _PLACE.sub(part, template)


class Message(str):
    """A sentence for the user: it reads as English, and keeps its template and parts.

    It is a ``str`` — printed, compared and searched as the English sentence —
    so code that only shows it needs nothing else; the window translates
    ``template`` and fills in ``parts`` (numbers in its digits, a part that is
    itself a :class:`Message` translated too).
    """

    template: str
    parts: tuple[object, ...]

    def __new__(cls, template: str, *parts: object) -> Message:
        message = super().__new__(cls, fill(template, parts))
        message.template = template
        message.parts = parts
        return message


def listed(items: list[Message]) -> Message:
    """``items`` as one message, joined by ", " (each translated in its place)."""
    joined = items[0]
    for item in items[1:]:
        joined = Message("%1, %2", joined, item)
    return joined


class AnnotatorError(Exception):
    """Base class: ``str(error)`` is a complete message for the user; ``error.message`` keeps its parts."""

    def __init__(self, template: str, *parts: object) -> None:
        self.message = Message(template, *parts)
        super().__init__(self.message)


class StoreError(AnnotatorError):
    """The database cannot be opened or written."""


class ImportRefused(AnnotatorError):
    """A file could not be imported; nothing was stored."""


class ExportError(AnnotatorError):
    """An export could not be written; no partial file was left behind."""


class NotFound(AnnotatorError):
    """An article, annotation or tag named by the user does not exist."""


#: The operating system's reasons people meet, worded as Linux's C library words them (so the English
#: is what ``strerror`` says there) and translatable like every other sentence.
_OS_REASONS = {
    errno.ENOENT: Message("No such file or directory"),
    errno.EACCES: Message("Permission denied"),
    errno.EPERM: Message("Operation not permitted"),
    errno.ENOTDIR: Message("Not a directory"),
    errno.EISDIR: Message("Is a directory"),
    errno.ENOSPC: Message("No space left on device"),
    errno.EDQUOT: Message("Disk quota exceeded"),
    errno.EROFS: Message("Read-only file system"),
    errno.EEXIST: Message("File exists"),
    errno.ENAMETOOLONG: Message("File name too long"),
    errno.EFBIG: Message("File too large"),
    errno.EIO: Message("Input/output error"),
    errno.EBUSY: Message("Device or resource busy"),
    errno.EMFILE: Message("Too many open files"),
    errno.ELOOP: Message("Too many levels of symbolic links"),
    errno.EINVAL: Message("Invalid argument"),
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, for a sentence's part: a translatable :class:`Message` for the
    reasons people meet (a full disk, a read-only folder, a missing folder), else the system's own words."""
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
