"""The keystroke trial (tests/benchmarks/trial_keystrokes.py) with suggestions, so it cannot rot unseen.

The replay presses real keys in the window — N through the suggestions, Y to
accept, X to reject, and the text's movement keys, tag keys and L for what
they miss — and the database must then hold the sample's gold annotations.
"""

from __future__ import annotations

from annotator.ui.main_window import MainWindow
from tests.benchmarks.trial_keystrokes import gold_target, run_on


def test_the_trial_with_suggestions_annotates_the_sample_to_the_gold(window: MainWindow) -> None:
    text, target = gold_target()
    assert window.doc.text == text  # the seed open is the gold's sample
    figures = run_on(window, "with", target)
    assert figures.differences == []
    assert figures.by_kind.get("accept", 0) >= 10  # most of it came from suggestions
    assert figures.keys < 150, figures  # the target
