"""Render ``resources/icons/annotator.svg`` to the PNG the bundle, the window and the ``.desktop`` entry use.

Run:  QT_QPA_PLATFORM=offscreen python packaging/make_icon.py [--size 256]

The PNG is committed beside the SVG, so a build does not need this script;
run it again after changing the SVG.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: Path, png: Path, size: int) -> None:
    """Draw ``svg`` on a transparent ``size`` × ``size`` image and save it as ``png``."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png)):
        raise SystemExit(f"could not write {png}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=256)
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage and QSvgRenderer need an application
    render(ICONS / "annotator.svg", ICONS / "annotator.png", args.size)
    print(ICONS / "annotator.png")


if __name__ == "__main__":
    main()
