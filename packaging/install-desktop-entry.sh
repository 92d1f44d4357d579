#!/bin/sh
# Put the annotator in your desktop's application menu (Linux, for you only; no root needed).
#
#   ./install-desktop-entry.sh                  from the application folder: the annotator beside this script
#   ./install-desktop-entry.sh PATH/TO/PROGRAM  any other copy, e.g. the single-file download
#
# Writes ~/.local/share/applications/annotator.desktop and the icon; remove both to undo.
set -eu
HERE=$(dirname "$(readlink -f "$0")")
PROGRAM=$(readlink -f "${1:-$HERE/annotator}")
if [ ! -x "$PROGRAM" ]; then
    echo "install-desktop-entry.sh: $PROGRAM is not an executable program (chmod +x it first?)" >&2
    exit 1
fi
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$DATA/applications" "$DATA/icons/hicolor/256x256/apps"
if [ -f "$HERE/annotator.png" ]; then
    cp "$HERE/annotator.png" "$DATA/icons/hicolor/256x256/apps/annotator.png"
fi
if [ -f "$HERE/annotator.desktop" ]; then
    sed "s|^Exec=.*|Exec=\"$PROGRAM\"|" "$HERE/annotator.desktop" > "$DATA/applications/annotator.desktop"
else
    printf '[Desktop Entry]\nType=Application\nName=Annotator\nName[ar]=توسيم الأخبار\nExec="%s"\nIcon=annotator\nTerminal=false\nCategories=Office;\n' \
        "$PROGRAM" > "$DATA/applications/annotator.desktop"
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
echo "Added Annotator (توسيم الأخبار) to the application menu: $DATA/applications/annotator.desktop"
