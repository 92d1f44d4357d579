#!/usr/bin/env bash
# Build the annotator as an application: a self-contained folder and a single-file download (Linux).
#
#   packaging/build.sh                 the folder, the single file and the AppDir (see packaging/README.md)
#   ANNOTATOR_BUNDLE=onedir packaging/build.sh     only the folder, its .tar.gz and the AppDir
#   ANNOTATOR_BUNDLE=onefile packaging/build.sh    only PyInstaller's own single file (unpacks on every start)
#   PYTHON=/path/to/python packaging/build.sh      build with that environment instead of build/venv
#
# Results in dist/:
#   annotator/                           the application folder: run annotator/annotator
#   annotator-VERSION-linux-ARCH.tar.gz  the folder as one download
#   annotator-VERSION-linux-ARCH         the single file: a sh script and the .tar.gz, unpacked once into
#                                        ~/.cache/annotator/VERSION-HASH on the first start (selfextract.sh)
#   Annotator.AppDir/                    the folder laid out as an AppDir (AppRun, .desktop, icon)
#   Annotator-VERSION-ARCH.AppImage      only when appimagetool is on PATH (or $APPIMAGETOOL names it):
#                                        neither PyPI nor Debian has it, so it is not built here or in CI
#
# The build environment is a venv of its own (build/venv) with only the app's dependencies and
# PyInstaller, made on first use and reused after, so nothing from the test environment (spaCy, pytest)
# can end up in the bundle.  Windows and macOS: see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)

if [[ -z "${PYTHON:-}" ]]; then
    if [[ ! -x build/venv/bin/python ]]; then
        echo "build.sh: creating the build environment build/venv"
        python3 -m venv build/venv
    fi
    PYTHON=$ROOT/build/venv/bin/python
    # Installs what pyproject.toml lists (a dependency added there is picked up here and, through the
    # spec, in the bundle).  Quick when everything is already there.
    "$PYTHON" -m pip install -q --disable-pip-version-check -e ".[bundle]"
fi
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
installed=$(date +%s)

rm -rf dist/annotator dist/annotator-*-linux-* dist/Annotator.AppDir dist/Annotator-*.AppImage
echo "build.sh: PyInstaller ($("$PYTHON" -m PyInstaller --version)) with $("$PYTHON" --version)"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/annotator.spec
built=$(date +%s)

if [[ -d dist/annotator ]]; then
    # For people who take the folder: the desktop entry, its icon and a script that adds both to the menu.
    cp packaging/annotator.desktop resources/icons/annotator.png dist/annotator/
    cp packaging/install-desktop-entry.sh dist/annotator/
    chmod +x dist/annotator/install-desktop-entry.sh

    # The same folder laid out as an AppDir (hard links: no second copy on disk).
    appdir=dist/Annotator.AppDir
    rm -rf "$appdir"
    mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" \
        "$appdir/usr/share/icons/hicolor/256x256/apps" "$appdir/usr/share/icons/hicolor/scalable/apps"
    cp -al dist/annotator "$appdir/usr/lib/annotator"
    cp packaging/annotator.desktop "$appdir/annotator.desktop"
    cp packaging/annotator.desktop "$appdir/usr/share/applications/annotator.desktop"
    cp resources/icons/annotator.png "$appdir/annotator.png"
    cp resources/icons/annotator.png "$appdir/usr/share/icons/hicolor/256x256/apps/annotator.png"
    cp resources/icons/annotator.svg "$appdir/usr/share/icons/hicolor/scalable/apps/annotator.svg"
    ln -s annotator.png "$appdir/.DirIcon"
    cat > "$appdir/AppRun" <<'EOF'
#!/bin/sh
# The AppImage's entry: the bundled annotator, with the arguments given (the command line works too).
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/annotator/annotator" "$@"
EOF
    chmod +x "$appdir/AppRun"

    # The folder as one download that starts fastest (people unpack it and double-click annotator/annotator),
    # and the payload of the single file: a sh script that unpacks it once into ~/.cache/annotator/ (only
    # sh, tail, tar and gzip are needed on the person's machine).  gzip rather than xz: xz makes it 30 %
    # smaller but takes 2.5 times as long to unpack on the first start, and ten times as long to compress.
    tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -cf - annotator \
        | gzip -n > "dist/annotator-$VERSION-linux-$ARCH.tar.gz"
    if [[ "${ANNOTATOR_BUNDLE:-both}" == both ]]; then
        "$PYTHON" packaging/selfextract.py "dist/annotator-$VERSION-linux-$ARCH.tar.gz" \
            "dist/annotator-$VERSION-linux-$ARCH"
    fi

    tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
    if [[ -n "$tool" ]]; then
        ARCH=$ARCH "$tool" --no-appstream "$appdir" "dist/Annotator-$VERSION-$ARCH.AppImage"
    else
        echo "build.sh: no appimagetool on PATH: the AppDir is ready, the AppImage is not built" \
             "(APPIMAGETOOL=/path/to/appimagetool to build it)"
    fi
fi

echo "build.sh: done in $(( $(date +%s) - started )) s" \
     "(environment $(( installed - started )) s, PyInstaller $(( built - installed )) s)"
for result in dist/annotator dist/annotator-"$VERSION"-linux-"$ARCH".tar.gz dist/annotator-"$VERSION"-linux-"$ARCH" \
              dist/Annotator-"$VERSION"-"$ARCH".AppImage; do
    if [[ -e "$result" ]]; then
        printf '  %-45s %s\n' "$result" "$(du -sh "$result" | cut -f1)"
    fi
done
