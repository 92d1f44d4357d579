"""Open the annotator window: ``python main.py [--db PATH]``.

The same as the ``annotator`` command; sub-commands (``import``, ``export``)
work here too.
"""

from annotator.cli import entry_point

if __name__ == "__main__":
    entry_point()
