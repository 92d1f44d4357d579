"""One module per exchange format; :mod:`annotator.core.registry` lists them.

This package's own module holds only :class:`Format`, what a format module
declares about itself.  A format module may use the shared helpers of the
core (``reading``, ``atomic``, ``selection``, ``annotator_v1``, the model and
the store) but never another format module, and nothing here imports the
format modules — so adding a format is one new module plus one line in
:data:`annotator.core.registry.FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Format:
    """What one format can do: be written, be read, or both.

    ``write(store, out, scope) -> int`` writes the annotations
    :class:`~annotator.core.selection.Scope` selects and returns how many: ``out`` is a binary stream, or a
    folder path when ``folder`` is true.  ``read_article(path, encoding)``
    turns an article file into an unsaved :class:`~annotator.core.model.Article`;
    ``import_file(store, path, encoding)`` imports a file that carries its
    own annotations and returns a list of
    :class:`~annotator.core.reading.ImportOutcome`.
    """

    key: str  #: ``--format KEY`` (and the export dialog's name for it)
    label: str  #: a short name: "CSV", "Word document"
    for_whom: str = ""  #: one line in the export dialog: what it is, and for whom
    extension: str = ""  #: the usual file extension of an export ("" for a folder)
    folder: bool = False  #: writes a folder of files (needs -o FOLDER)
    binary: bool = False  #: not for a terminal: needs -o unless stdout is redirected
    #: a variant of another format, chosen on the command line by a flag:
    #: ``excel`` is ``--format csv --excel``
    variant_of: str | None = None
    write: Callable[..., int] | None = None
    suffixes: tuple[str, ...] = ()  #: file name endings it reads (lower case, with the dot)
    read_article: Callable[..., Any] | None = None
    import_file: Callable[..., list] | None = None

    @property
    def command_line(self) -> str:
        """How the command line asks for it: ``--format csv --excel``."""
        if self.variant_of:
            return f"--format {self.variant_of} --{self.key}"
        return f"--format {self.key}"
