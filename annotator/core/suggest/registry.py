"""Every suggester, listed once.

:data:`SUGGESTERS` is the one place suggesters are enumerated: the engine
(:func:`annotator.core.suggest.suggest`) and, later, the command line and the
window read it.  Each entry builds a suggester for the user's tags, so tags
are chosen by role, never by name.  Adding one (propagation, a local model) is
one module plus one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Tag
from .quotes import QuoteSuggester
from .suggestion import Suggester

#: Factories ``tags -> Suggester``, run in this order; an earlier one wins a tie.
SUGGESTERS: list[Callable[[Sequence[Tag]], Suggester]] = [
    QuoteSuggester,
]
