"""Sizes and start-up times of the bundled annotator against ``python main.py``, for the README.

Run (after packaging/build.sh):  build/venv/bin/python packaging/measure.py [--runs 5]
                                  [--compare "PyInstaller onefile=build/compare/annotator-onefile"]

Start-up is timed as in ``tests/benchmarks/bench_startup.py``: a whole process,
from just before it is spawned to the moment the article view has finished its
first paint (``ANNOTATOR_EXIT_AFTER_FIRST_PAINT=1``), offscreen, on a database
that was already created and seeded by a first launch (the everyday case; that
launch is shown apart).  The Linux single file is timed twice: its first start
(an empty cache folder each time, so it unpacks) and a later start (unpacked
already).  The programs take turns in each round, so a machine that slows down
mid-run slows all of them alike.  ``python main.py`` runs with the Python that
runs this script (build/venv: the same versions of every library as the
bundle).  ``--compare NAME=PROGRAM`` times another build beside them (an older
one, say).  Prints medians, and the runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_startup import time_process  # noqa: E402  (timed as that benchmark times it)

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=PROGRAM",
                        help="another program to time beside them (repeatable)")
    args = parser.parse_args()
    folder = args.dist / "annotator"
    archive = args.dist / f"annotator-{VERSION}-linux-{os.uname().machine}.tar.gz"
    onefile = next((p for p in sorted(args.dist.glob(f"annotator-{VERSION}-*"))
                    if p.is_file() and os.access(p, os.X_OK) and not p.name.endswith(".tar.gz")), None)
    unpacks = onefile is not None and onefile.read_bytes()[:2] == b"#!"  # packaging/selfextract.sh, Linux

    for name, path in (("application folder", folder), ("application folder as .tar.gz", archive),
                       ("single file", onefile)):
        if path is not None and path.exists():
            print(f"size of the {name} ({shown(path)}): {size(path) / 1e6:.0f} MB")

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"}
    env.pop("ANNOTATOR_DB", None)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env["XDG_CONFIG_HOME"] = str(tmp / "config")
        env["XDG_CACHE_HOME"] = str(tmp / "cache")  # where the single file unpacks for its later starts
        fresh_caches = iter(range(1_000_000))

        def fresh_cache() -> dict[str, str]:
            return {**env, "XDG_CACHE_HOME": str(tmp / f"cache-first-{next(fresh_caches)}")}

        # name → (command, the environment for one run: called before each run)
        programs: dict[str, tuple[list[str], Callable[[], dict[str, str]]]] = {
            "python main.py": ([sys.executable, str(ROOT / "main.py")], lambda: env)}
        if (folder / "annotator").is_file():
            programs["application folder"] = ([str(folder / "annotator")], lambda: env)
        if onefile is not None and unpacks:
            programs["single file, later"] = ([str(onefile)], lambda: env)
            programs["single file, first"] = ([str(onefile)], fresh_cache)
        elif onefile is not None:
            programs["single file"] = ([str(onefile)], lambda: env)
        for spec in args.compare:
            name, _, program = spec.partition("=")
            programs[name] = ([str(Path(program).absolute())], lambda: env)
            print(f"size of {name} ({program}): {size(Path(program)) / 1e6:.0f} MB")

        def timed(name: str, db: Path) -> float:
            cmd, run_env = programs[name]
            this_env = run_env()
            os.sync()  # the last unpack's 220 MB written out first, as on a machine where nothing else just ran
            try:
                return time_process([*cmd, "--db", str(db)], this_env)
            finally:
                if this_env["XDG_CACHE_HOME"] != env["XDG_CACHE_HOME"]:
                    shutil.rmtree(this_env["XDG_CACHE_HOME"], ignore_errors=True)

        firsts: dict[str, tuple[float, Path]] = {}
        for name in programs:
            db = tmp / f"{len(firsts)}.db"
            firsts[name] = (timed(name, db), db)
        if onefile is not None and unpacks:
            unpacked = next((tmp / "cache" / "annotator").iterdir())
            print(f"size of the single file unpacked (~/.cache/annotator/{unpacked.name}): "
                  f"{size(unpacked) / 1e6:.0f} MB")
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name in programs:
                times[name].append(timed(name, firsts[name][1]))
    base = statistics.median(times["python main.py"])
    print(f"start-up to the article painted, offscreen, median of {args.runs} (first launch, which creates and "
          "seeds the database, apart; \"single file, first\" unpacks into an empty cache folder every time):")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"  {name:<20} {median * 1000:6.0f} ms  ({median / base:.2f}x python main.py)"
              f"  first launch {firsts[name][0] * 1000:.0f} ms  [runs: {', '.join(f'{t * 1000:.0f}' for t in runs)}]")


if __name__ == "__main__":
    main()
