#!/usr/bin/env bash
# Smoke-test what packaging/build.sh built: the application folder in full; the single file briefly, and how
# it unpacks (once, on the first start).
#
#   packaging/smoke.sh            (PYTHON=… to run the checks with another Python than build/venv's)
#
# The checks are in packaging/smoke.py; they need python-docx in that Python (build/venv has it).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-build/venv/bin/python}
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ran=0
if [[ -x dist/annotator/annotator ]]; then
    "$PYTHON" packaging/smoke.py dist/annotator/annotator
    ran=1
fi
for onefile in dist/annotator-"$VERSION"-linux-*; do
    if [[ -x "$onefile" && "$onefile" != *.tar.gz ]]; then
        if [[ $(head -c 2 "$onefile") == "#!" ]]; then
            # The single file build.sh makes (packaging/selfextract.sh): unpacked once, into the cache folder.
            # Started several times, from a folder with a space, in a home of its own (HOME, XDG_CACHE_HOME).
            folder=()
            [[ -x dist/annotator/annotator ]] && folder=(--folder dist/annotator/annotator)
            "$PYTHON" packaging/smoke.py --single-file "${folder[@]}" "$onefile"
        fi
        "$PYTHON" packaging/smoke.py --quick "$onefile"
        ran=1
    fi
done
if [[ $ran == 0 ]]; then
    echo "smoke.sh: nothing to test in dist/: run packaging/build.sh first" >&2
    exit 1
fi
