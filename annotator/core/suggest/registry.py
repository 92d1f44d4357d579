"""Every suggester, listed once.

:data:`SUGGESTERS` is the one place suggesters are enumerated: the engine
(:func:`annotator.core.suggest.suggest`), and through it the command line and
the window, read it.  Each entry builds a suggester from a
:class:`~.suggestion.Context` (the user's tags, so tags are chosen by role,
never by name, and what the user tagged across the corpus).  Adding one (a
local model, say) is one module plus one line here.
"""

from __future__ import annotations

from collections.abc import Callable

from .propagate import PropagationSuggester
from .quotes import QuoteSuggester
from .suggestion import Context, Suggester


def quotes(context: Context) -> Suggester:
    """Quotes with their speakers, by rules (:mod:`.quotes`)."""
    return QuoteSuggester(context.tags)


def propagation(context: Context) -> Suggester:
    """What the user tagged, proposed where its text recurs (:mod:`.propagate`)."""
    return PropagationSuggester(context.tags, context.known)


#: Factories ``Context -> Suggester``, run in this order; an earlier one wins a tie.
SUGGESTERS: list[Callable[[Context], Suggester]] = [
    quotes,
    propagation,
]
