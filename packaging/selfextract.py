"""Make the Linux single-file download: packaging/selfextract.sh followed by the application folder's .tar.gz.

Run (packaging/build.sh does):

    python packaging/selfextract.py dist/annotator-VERSION-linux-ARCH.tar.gz dist/annotator-VERSION-linux-ARCH

The archive must hold the application folder as ``annotator/`` (``annotator/annotator`` the program), as
the folder download does, so one compressed copy serves both downloads.  The script fills in the
version, a hash of the archive (the name of the folder the first start unpacks into, so that a rebuild
of the same version is unpacked afresh), the archive's byte offset in the file and its size (checked
before unpacking: a cut download says so instead of half unpacking).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import stat
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STUB = HERE / "selfextract.sh"


def render(version: str, key: str, size: int) -> bytes:
    template = STUB.read_text(encoding="utf-8")
    offset = 0
    # The offset is the stub's own length plus one (tail -c +N counts from 1), and the stub holds the offset.
    while True:
        stub = (template.replace("@VERSION@", version).replace("@KEY@", key).replace("@SIZE@", str(size))
                .replace("@OFFSET@", str(offset))).encode("utf-8")
        if len(stub) + 1 == offset:
            return stub
        offset = len(stub) + 1


def check_archive(archive: Path) -> None:
    with tarfile.open(archive, "r:gz") as tar:
        first = tar.next()
        if first is None or first.name.split("/")[0] != "annotator":
            raise SystemExit(f"{archive}: the archive must hold the folder annotator/ (found {first and first.name!r})")
    # Only the first member is read: reading the whole archive would add seconds to the build for nothing.


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path, help="the application folder as a .tar.gz holding annotator/")
    parser.add_argument("output", type=Path, help="the single file to write")
    parser.add_argument("--version", help="default: the VERSION in the output's name (annotator-VERSION-linux-ARCH)")
    args = parser.parse_args()
    version = args.version
    if version is None:
        match = re.match(r"annotator-(.+)-linux-[^-]+$", args.output.name)
        if not match:
            raise SystemExit(f"cannot tell the version from {args.output.name}: give --version")
        version = match[1]
    if not re.fullmatch(r"[0-9A-Za-z.+_]+", version):
        raise SystemExit(f"{version!r}: a version of letters, digits, dots, + and _ only (it names a folder)")
    check_archive(args.archive)

    digest = hashlib.sha256()
    with args.archive.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    size = args.archive.stat().st_size
    key = f"{version}-{digest.hexdigest()[:12]}"
    stub = render(version, key, size)

    partial = args.output.with_name(args.output.name + ".partial")
    with partial.open("wb") as out, args.archive.open("rb") as source:
        out.write(stub)
        for block in iter(lambda: source.read(1 << 20), b""):
            out.write(block)
    partial.chmod(partial.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    os.replace(partial, args.output)
    print(f"selfextract.py: {args.output} ({args.output.stat().st_size / 1e6:.0f} MB; {len(stub)}-byte script, "
          f"unpacks into ~/.cache/annotator/{key})")


if __name__ == "__main__":
    main()
