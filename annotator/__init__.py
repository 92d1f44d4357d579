"""annotator: annotate news articles (Arabic first) by hand.

``annotator.core`` is the Qt-free library (text model, storage, import,
export); ``annotator.ui`` is the PySide6 window on top of it; ``annotator.cli``
is the command line.  The core never imports Qt.
"""

__version__ = "0.1.0"
