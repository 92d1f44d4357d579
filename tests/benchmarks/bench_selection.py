"""Benchmark: the cost of exact hit testing and mouse selection, at 1x, 5x and 20x the article.

    python tests/benchmarks/bench_selection.py

For each size it opens the sample article repeated (paragraphs, so lines
stay ordinary) in the reading view, scrolls to the middle and measures, over
200 points spread across the viewport:

* ``hit``: our hit test of one point (the line's cells rebuilt every time,
  as on the first move over a line);
* ``hit (cached line)``: the same point again, as mouse moves along a line do;
* ``drag step``: one mouse-move event of a drag, end to end (hit test, word
  snapping, trimming, selection shown);
* the baseline, measured in the same run: Qt's own ``cursorForPosition`` on a
  bare ``QPlainTextEdit`` with the same text.

A last row is a hostile single paragraph of 20x the sample's length with no
line break.  It prints figures; nothing is asserted.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

POINTS = 200


def _median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6


def measure(text: str) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from annotator.ui.app import application
    from annotator.ui.article_view import ArticleView

    app = application()
    view = ArticleView()
    view.resize(900, 800)
    view.show()
    view.set_article(text, [])
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    bare = QPlainTextEdit()
    bare.resize(900, 800)
    bare.setPlainText(text)
    bare.show()
    bare.verticalScrollBar().setValue(bare.verticalScrollBar().maximum() // 2)
    app.processEvents()

    width, height = view.viewport().width(), view.viewport().height()
    points = [QPoint(40 + (i * 37) % (width - 80), 20 + (i * 53) % (height - 40)) for i in range(POINTS)]
    cold, warm, qt, drag = [], [], [], []
    for p in points:
        view._cells.clear()  # every line measured afresh
        t = time.perf_counter()
        view.hit(p)
        cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        view.hit(p)
        warm.append(time.perf_counter() - t)
        t = time.perf_counter()
        bare.cursorForPosition(p)
        qt.append(time.perf_counter() - t)
    viewport = view.viewport()
    start = QPointF(points[0])
    press = QMouseEvent(QEvent.Type.MouseButtonPress, start, viewport.mapToGlobal(start), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, press)
    for p in points[1:]:
        pos = QPointF(p)
        move = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        t = time.perf_counter()
        QApplication.sendEvent(viewport, move)
        drag.append(time.perf_counter() - t)
    release = QMouseEvent(QEvent.Type.MouseButtonRelease, start, viewport.mapToGlobal(start), Qt.MouseButton.LeftButton,
                          Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, release)
    view.close()
    bare.close()
    return {"hit": _median_us(cold), "hit_cached": _median_us(warm), "drag": _median_us(drag),
            "qt": _median_us(qt), "drag_max": max(drag) * 1e6}


def main() -> None:
    seed = (ROOT / "seeds" / "000_858c89a68ec5f748.txt").read_text(encoding="utf-8")
    print("| Article | Code points | Hit test (line measured) | Same line again | Drag step (move → selection shown) "
          "| Qt `cursorForPosition`, bare view |")
    print("| --- | --- | --- | --- | --- | --- |")
    cases = [(f"sample x{n}", "\n".join([seed] * n)) for n in (1, 5, 20)]
    cases.append(("one paragraph, sample x20, no line break", " ".join(seed.split()) * 20))
    for name, text in cases:
        r = measure(text)
        print(f"| {name} | {len(text):,} | {r['hit']:.0f} µs | {r['hit_cached']:.0f} µs | "
              f"{r['drag']:.0f} µs (max {r['drag_max'] / 1000:.1f} ms) | {r['qt']:.0f} µs |")


if __name__ == "__main__":
    main()
