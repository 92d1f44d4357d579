#!/bin/sh
# Annotator @VERSION@ for Linux, as one file: this short script, then the application folder as a .tar.gz.
#
# The first start unpacks the folder, once, into
#     ${XDG_CACHE_HOME:-$HOME/.cache}/annotator/@KEY@/
# and every start runs the annotator from there, with the arguments given: the window, or the command line
# (`./THIS-FILE import report.pdf`).  After a new version is unpacked, the folders of other versions are
# removed (unless one is running).  Unpacking by hand:  tail -c +@OFFSET@ THIS-FILE | tar -xzf -
#
# Made by packaging/build.sh from packaging/selfextract.sh (see packaging/README.md).
key=@KEY@
offset=@OFFSET@
size=@SIZE@
self=$0

say() { printf 'annotator: %s\n' "$*" >&2; }

cache=${XDG_CACHE_HOME:-}
case $cache in
    /*) ;;
    *) cache=${HOME:-}/.cache ;;  # unset, empty or relative: the XDG default
esac
base=$cache/annotator

# Every start after the first: straight on.
if [ -x "$base/$key/annotator" ]; then
    exec "$base/$key/annotator" "$@"
fi

# unpack DIR MESSAGE: unpacks into DIR/.unpacking-KEY.XXXXXX, then renames the folder to DIR/KEY.  A second
# start at the same moment unpacks into a folder of its own, and one of the two renames wins; an
# interrupted unpack leaves no DIR/KEY.  Returns non-zero when DIR cannot be written or unpacking failed.
unpack() {
    mkdir -p "$1" 2>/dev/null || return 1
    tmp=$(mktemp -d "$1/.unpacking-$key.XXXXXX" 2>/dev/null) || return 1
    printf '%s\n' "$2" >&2
    trap 'rm -rf "$tmp"; exit 129' HUP
    trap 'rm -rf "$tmp"; exit 130' INT
    trap 'rm -rf "$tmp"; exit 143' TERM
    if tail -c +"$offset" "$self" | tar -xzf - -C "$tmp" && [ -x "$tmp/annotator/annotator" ]; then
        # mv -T renames onto DIR/KEY or fails if it is there; plain mv would move into it.
        mv -T "$tmp/annotator" "$1/$key" 2>/dev/null \
            || { [ ! -e "$1/$key" ] && mv "$tmp/annotator" "$1/$key"; } 2>/dev/null
    fi
    rm -rf "$tmp"
    trap - HUP INT TERM
    [ -x "$1/$key/annotator" ]
}

# in_use FOLDER: whether a running program was started from FOLDER.
in_use() {
    # shellcheck disable=SC2012  # ls -l is the one-process way to read every /proc/PID/exe link
    ls -l /proc/[0-9]*/exe 2>/dev/null | grep -q -F -- "-> $1/"
}

# Other versions' folders (and unpacks interrupted more than an hour ago), unless a program runs from one.
remove_old() {
    for old in "$base"/*; do
        [ "$old" != "$base/$key" ] && [ -x "$old/annotator" ] && [ -d "$old/_internal" ] && ! in_use "$old" \
            && rm -rf "$old"
    done
    find "$base" -maxdepth 1 -name '.unpacking-*' -mmin +60 -exec rm -rf {} + 2>/dev/null
}

# The first start checks that the whole file arrived: a cut download is the likeliest damage.
actual=$(wc -c < "$self" | tr -d ' ')
if [ "$actual" != $((offset - 1 + size)) ]; then
    say "$self is incomplete or damaged ($actual bytes, not $((offset - 1 + size))): download it again"
    exit 1
fi

# Started from a file manager, nobody sees stderr: a desktop notification says why the window takes a while.
if [ ! -t 2 ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v notify-send >/dev/null 2>&1; then
    notify-send --app-name=Annotator --icon=annotator "Annotator" "Unpacking (first start only)…" \
        </dev/null >/dev/null 2>&1 &
fi
if unpack "$base" "Unpacking annotator (first start only)…"; then
    remove_old
    exec "$base/$key/annotator" "$@"
fi

# The cache folder cannot be written (or is full): a temporary folder, for this start only.
help="free some space, or set XDG_CACHE_HOME to a folder you can write"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/annotator.XXXXXX" 2>/dev/null) || scratch=
if [ -z "$scratch" ]; then
    say "cannot unpack into $base nor into ${TMPDIR:-/tmp}: $help"
    exit 1
fi
trap 'rm -rf "$scratch"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
if ! unpack "$scratch" "annotator: cannot write to $base; unpacking into $scratch for this start only…"; then
    say "cannot unpack into $base nor into $scratch: $help"
    exit 1
fi
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
"$scratch/$key/annotator" "$@"
exit  # with the annotator's exit status; the EXIT trap removes the temporary folder
