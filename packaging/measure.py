"""Size and start-up time of the bundled annotator against ``python main.py``, for the README.

Run (after packaging/build.sh):  build/venv/bin/python packaging/measure.py [--runs 5]

Start-up is timed as in ``tests/benchmarks/bench_startup.py``: a whole process,
from just before it is spawned to the moment the article view has finished its
first paint (``ANNOTATOR_EXIT_AFTER_FIRST_PAINT=1``), offscreen, on a database
that was already created and seeded by a first launch (the everyday case; the
first launch is shown apart).  The three programs take turns in each round, so
a machine that slows down mid-run slows all of them alike.  ``python main.py``
runs with the Python that runs this script (build/venv: the same versions of
every library as the bundle).  Prints medians, and the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_startup import time_process  # noqa: E402  (timed as that benchmark times it)

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    folder = args.dist / "annotator"
    onefile = next((p for p in args.dist.glob(f"annotator-{VERSION}-*")
                    if p.is_file() and os.access(p, os.X_OK) and not p.name.endswith(".tar.gz")), None)
    programs = {"python main.py": [sys.executable, str(ROOT / "main.py")]}
    if (folder / "annotator").is_file():
        programs["application folder"] = [str(folder / "annotator")]
    if onefile is not None:
        programs["single file"] = [str(onefile)]

    for name, path in (("application folder", folder), ("single file", onefile)):
        if path is not None and path.exists():
            print(f"size of the {name} ({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}): "
                  f"{size(path) / 1e6:.0f} MB")

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"}
    env.pop("ANNOTATOR_DB", None)
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        firsts: dict[str, tuple[float, Path]] = {}
        times: dict[str, list[float]] = {name: [] for name in programs}
        for name, cmd in programs.items():
            db = Path(tmp) / f"{len(firsts)}.db"
            firsts[name] = (time_process([*cmd, "--db", str(db)], env), db)
        for _ in range(args.runs):
            for name, cmd in programs.items():
                times[name].append(time_process([*cmd, "--db", str(firsts[name][1])], env))
    base = statistics.median(times["python main.py"])
    print(f"start-up to the article painted, offscreen, median of {args.runs} (first launch, which creates and "
          "seeds the database, apart):")
    for name, runs in times.items():
        median = statistics.median(runs)
        print(f"  {name:<20} {median * 1000:6.0f} ms  ({median / base:.2f}x python main.py)"
              f"  first launch {firsts[name][0] * 1000:.0f} ms  [runs: {', '.join(f'{t * 1000:.0f}' for t in runs)}]")


if __name__ == "__main__":
    main()
