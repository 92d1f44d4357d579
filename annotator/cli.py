"""The ``annotator`` command: a thin layer over :mod:`annotator.core`.

    annotator [--db PATH]                      open the window
    annotator import FILE... [--db PATH]       one line per article: id<TAB>title
    annotator export [--db PATH] [--format csv|json] [--article ID] [--tag TAG]
                     [--excel] [-o FILE]       stdout without -o

Every anticipated problem prints one line to stderr and exits with status 1
(2 for a usage error); nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .paths import resolve_db_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="database file (default: $ANNOTATOR_DB, else annotator.db in your user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for ``--help`` tests and documentation)."""
    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Annotate news articles (Arabic first): quotes, speakers, locations, claims.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    _add_db(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_import = sub.add_parser("import", help="import article files", description="Import article files.")
    p_import.add_argument(
        "files", nargs="+", metavar="FILE",
        help="article files (.txt) or annotator.v1 JSON exports (.json, imported with their annotations)",
    )
    p_import.add_argument("--encoding", help="force a text encoding (e.g. cp1256) instead of detecting it")
    _add_db(p_import)

    p_export = sub.add_parser(
        "export", help="export annotations as CSV or JSON", description="Export annotations."
    )
    p_export.add_argument("--format", "-f", choices=("csv", "json"), default="csv", help="default: csv")
    p_export.add_argument("--article", metavar="ID", help="only this article (id or unique id prefix)")
    p_export.add_argument("--tag", metavar="TAG", help="only annotations with this tag")
    p_export.add_argument(
        "--excel", action="store_true",
        help="CSV for spreadsheets: UTF-8 BOM, formula-like cells neutralised (not lossless)",
    )
    p_export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    _add_db(p_export)
    return parser


def _fail(message: str) -> int:
    print(f"annotator: {message}", file=sys.stderr)
    return EXIT_FAILED


def _cmd_import(args: argparse.Namespace) -> int:
    from .core.importers import import_paths
    from .core.store import open_store

    status = EXIT_OK
    with open_store(resolve_db_path(getattr(args, "db", None))) as store:
        for outcome in import_paths(store, args.files, encoding=args.encoding):
            if outcome.error:
                status = _fail(outcome.error)
                continue
            assert outcome.article is not None
            suffix = "\t(already imported)" if outcome.existed else ""
            title = " ".join(outcome.article.title.split())  # one line, no stray tabs
            print(f"{outcome.article.id}\t{title}{suffix}", flush=True)
            for message in outcome.messages:
                print(f"annotator: {outcome.path.name}: {message}", file=sys.stderr)
    return status


def _cmd_export(args: argparse.Namespace) -> int:
    from .core.exporters import export, export_to_file
    from .core.store import open_store

    with open_store(resolve_db_path(getattr(args, "db", None)), create=False) as store:
        if args.article:
            args.article = store.get_article(args.article).id  # resolve a prefix, or fail clearly
        if args.output:
            export_to_file(store, args.format, args.output, args.article, args.tag, args.excel)
        else:
            export(store, args.format, sys.stdout.buffer, args.article, args.tag, args.excel)
            sys.stdout.buffer.flush()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        # An Arabic title must never crash a terminal or pipe set to a legacy
        # encoding (the article is already stored by then): replace instead.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    from .core.errors import AnnotatorError

    if args.command is None:
        try:
            db_path = resolve_db_path(getattr(args, "db", None))
        except AnnotatorError as exc:
            return _fail(str(exc))
        from .ui.app import run  # the window: imported only when asked for

        return run(db_path)
    try:
        if args.command == "import":
            return _cmd_import(args)
        if args.command == "export":
            return _cmd_export(args)
    except AnnotatorError as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        # ``annotator export | head``: the reader left; that is not an error.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail("interrupted.")
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE


def entry_point() -> None:
    """Console-script entry point."""
    sys.exit(main())
