"""The ``annotator`` command: a thin layer over :mod:`annotator.core`.

    annotator [--db PATH]                      open the window
    annotator import FILE|URL... [--db PATH]   one line per article: id<TAB>title
    annotator export [--db PATH] [--format F] [--article ID] [--tag TAG]
                     [--annotator NAME] [--curated] [--excel] [-o FILE]
                                               stdout without -o
    annotator list [--db PATH]                 articles with counts per tag
    annotator show ARTICLE [--db PATH]         an article's annotations
    annotator agreement [--db PATH] [--article ID] [--tag TAG] [--format table|json|csv]
                                               agreement between annotators, per tag and pair
    annotator merge OTHER.db [--db PATH]       bring a colleague's database in (only read)
    annotator history [--db PATH] [--article ID] [--format csv|json]
                                               every change: who, when, what, before and after

Every anticipated problem prints one line to stderr and exits with status 1
(2 for a usage error); nothing prints a traceback.  What ``import``, ``list``
and ``show`` print (and every message) shows control characters as escapes,
so a hostile title cannot drive the terminal.  Standard output that cannot be
written (a full disk, closed) is one such problem; a reader that leaves early
(``annotator export | head``) is not: the output stops quietly, status 0.
"""

from __future__ import annotations

import argparse
import codecs
import os
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


def _add_bidi(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--visual", dest="bidi", action="store_const", const="visual",
                       help="print Arabic shaped and in display order (for terminals without bidi)")
    group.add_argument("--logical", dest="bidi", action="store_const", const="logical",
                       help="print text as stored (for terminals that do bidi themselves)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for ``--help`` tests and documentation)."""
    # Imported here, not at the top: the registry brings in the store and
    # sqlite-utils, which must come after entry_point() has kept numpy out.
    from .core import registry

    parser = argparse.ArgumentParser(
        prog="annotator",
        description="Annotate news articles (Arabic first): quotes, speakers, locations, claims.",
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    _add_db(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_import = sub.add_parser("import", help="import article files or web pages",
                              description="Import article files, or news pages by their web address.")
    p_import.add_argument(
        "files", nargs="+", metavar="FILE|URL",
        help="articles (.txt, .md, .html, .docx), annotator.v1 exports (.json, .jsonl), brat .ann files, "
             "or the address of a news page (http:// or https://; fetched within ANNOTATOR_FETCH_TIMEOUT "
             "seconds, 20 by default, and at most 10 MB)",
    )
    p_import.add_argument("--encoding", help="force a text encoding (e.g. cp1256) instead of detecting it")
    _add_db(p_import)

    p_export = sub.add_parser(
        "export", help="export annotations", description="Export annotations (offsets are code points)."
    )
    p_export.add_argument("--format", "-f", choices=registry.export_keys(), default=registry.DEFAULT_EXPORT,
                          help=registry.export_help())
    p_export.add_argument("--article", metavar="ID", help="only this article (id or unique id prefix)")
    p_export.add_argument("--tag", metavar="TAG", help="only annotations with this tag")
    p_export.add_argument("--annotator", metavar="NAME",
                          help="only this person's annotations (\"\" for the unnamed annotator)")
    p_export.add_argument("--curated", action="store_true",
                          help="only the curated layer (what curators settled on)")
    p_export.add_argument(
        "--excel", action="store_true",
        help="CSV for spreadsheets: UTF-8 BOM, formula-like cells neutralised (not lossless)",
    )
    p_export.add_argument("-o", "--output", metavar="FILE",
                          help="write to FILE (atomically) instead of stdout; a folder for brat")
    _add_db(p_export)

    p_reindex = sub.add_parser(
        "reindex", help="rebuild the search index",
        description="Rebuild the Arabic-folded full-text index (after editing the database with other tools).",
    )
    _add_db(p_reindex)

    p_merge = sub.add_parser(
        "merge", help="bring a colleague's database in (it is only read)",
        description="Bring every article and annotation of another annotator database into this one, by the "
                    "rules of importing its JSON export: everyone's spans stay theirs, merging twice adds "
                    "nothing. The other file is only read (never written or upgraded); all or nothing.",
    )
    p_merge.add_argument("other", metavar="OTHER.db", help="the database to bring in")
    _add_bidi(p_merge)
    _add_db(p_merge)

    p_history = sub.add_parser(
        "history", help="every change: who, when, what, before and after",
        description="Write the history of changes (oldest first): who, when, what, the step taken "
                    "(\"Undo: …\" included), and the row before and after as JSON.",
    )
    p_history.add_argument("--article", metavar="ID", help="only this article (id or unique id prefix)")
    p_history.add_argument("--format", "-f", choices=("csv", "json"), default="csv", help="output format")
    _add_db(p_history)

    p_list = sub.add_parser("list", help="list articles with counts per tag", description="List articles.")
    _add_bidi(p_list)
    _add_db(p_list)

    p_suggest = sub.add_parser(
        "suggest", help="propose quotes with their speakers, and what was tagged where it recurs "
                        "(nothing stored unless --apply)",
        description="Propose quotes with their speakers and cues, and spans tagged in any article (a "
                    "speaker, a location) where their text recurs (offsets are code points). Nothing is "
                    "stored unless --apply is given.",
    )
    p_suggest.add_argument("--article", metavar="ID", help="only this article (id or unique id prefix)")
    p_suggest.add_argument("--format", "-f", choices=("json", "csv"), default="json", help="output format")
    p_suggest.add_argument("--apply", action="store_true",
                           help="accept every suggestion, and what the accepted spans propagate to (spans, "
                                "speakers and links, one transaction per article), and print what was stored")
    p_suggest.add_argument("--annotator", metavar="NAME", default="",
                           help="the name stored with what --apply accepts")
    _add_db(p_suggest)

    p_agreement = sub.add_parser(
        "agreement", help="agreement between annotators: F1 (exact, overlap), alpha, attribution",
        description="Agreement between every pair of annotators, over the corpus and per article, per tag: "
                    "F1 with exact boundaries and with overlap, Krippendorff's alpha over characters, and "
                    "how often matched quotes were linked to the same source. Only articles both touched count.",
    )
    p_agreement.add_argument("--article", metavar="ID", help="only this article (id or unique id prefix)")
    p_agreement.add_argument("--tag", metavar="TAG", help="only this tag")
    p_agreement.add_argument("--format", "-f", choices=("table", "json", "csv"), default="table",
                             help="output format (table: the corpus, then the articles where annotators differ)")
    _add_bidi(p_agreement)
    _add_db(p_agreement)

    p_show = sub.add_parser("show", help="print an article's annotations",
                            description="Print an article's annotations: tag, span, speaker, note.")
    p_show.add_argument("article", metavar="ARTICLE", help="article id (or unique prefix)")
    p_show.add_argument("--tag", metavar="TAG", help="only annotations with this tag")
    _add_bidi(p_show)
    _add_db(p_show)
    return parser


class StdoutFailed(Exception):
    """Standard output could not be written (a full disk, a closed stream); ``str()`` says why."""


def _say(message: str) -> None:
    """One line on stderr, control characters shown as escapes (a file name can hold any)."""
    from .core.terminal import printable

    if sys.stderr is None:  # stderr closed: there is nowhere to say it
        return
    try:
        print(f"annotator: {printable(message)}", file=sys.stderr, flush=True)
    except OSError:
        pass  # stderr itself is full or gone: nothing better to do


def _fail(message: str, status: int = EXIT_FAILED) -> int:
    _say(message)
    return status


def _emit(line: str) -> None:
    """Print one line to stdout; a failure to write raises :class:`StdoutFailed`.

    :class:`BrokenPipeError` (the reader left) passes through as it is.
    """
    if sys.stdout is None:
        raise StdoutFailed("standard output is closed")
    try:
        sys.stdout.write(line + "\n")
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StdoutFailed(f"cannot write to standard output: {exc.strerror or exc}") from None


def _flush_stdout() -> None:
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise StdoutFailed(f"cannot write to standard output: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    """After stdout failed: send what is still buffered to /dev/null, so exiting is quiet."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _guard_standard_fds() -> None:
    """Hold file descriptors 0–2 open on /dev/null when they were closed.

    Otherwise the next file opened (the database, a temporary export) would
    get number 1 or 2, and anything written "to stdout" would land in it.
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                held = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if held != fd:  # a lower one was free after all: keep the numbers as they were
                os.close(held)


def _check_text_arguments(args: argparse.Namespace) -> str | None:
    """A usage error for an option that is not valid text (bytes the locale cannot decode), or None.

    File and database paths may hold any bytes and are left alone.
    """
    for name in ("article", "tag", "encoding"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                from .core.terminal import printable

                option = "ARTICLE" if name == "article" and args.command == "show" else f"--{name}"
                return f"{option} {printable(value)} is not valid text (undecodable bytes in the argument)."
    return None


def _check_encoding(name: str | None) -> str | None:
    """Why ``--encoding name`` cannot decode text, or None when it can."""
    if name is None:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return f"--encoding: '{name}' is not an encoding Python knows (try utf-8, cp1256, utf-16)."
    if not getattr(info, "_is_text_encoding", True):
        return f"--encoding: '{name}' is not a text encoding (try utf-8, cp1256, utf-16)."
    try:
        b"a".decode(name)
    except UnicodeDecodeError:
        pass  # decodes text, just not this byte on its own (utf-16)
    except (LookupError, UnicodeError):
        return f"--encoding: '{name}' cannot decode text (try utf-8, cp1256, utf-16)."
    return None


def _db(args: argparse.Namespace):
    return resolve_db_path(getattr(args, "db", None))


def _cmd_import(args: argparse.Namespace) -> int:
    from .core.fetch import import_sources
    from .core.store import open_store
    from .core.terminal import printable

    problem = _check_encoding(args.encoding)
    if problem:
        return _fail(problem, EXIT_USAGE)
    status = EXIT_OK
    # The report is one line per article; the import itself matters more.  A
    # report that cannot be written (a full disk, stdout closed or its reader
    # gone) never stops the batch: every file is still imported and committed.
    report_failed: str | None = None
    reader_left = False
    with open_store(_db(args)) as store:
        for outcome in import_sources(store, args.files, encoding=args.encoding):
            if outcome.error:
                status = _fail(outcome.error)
                continue
            assert outcome.article is not None
            if not (report_failed or reader_left):
                suffix = "\t(already imported)" if outcome.existed else ""
                try:
                    _emit(f"{outcome.article.id}\t{printable(outcome.article.title)}{suffix}")
                    _flush_stdout()
                except BrokenPipeError:
                    reader_left = True
                    _silence_stdout()
                except StdoutFailed as exc:
                    report_failed = str(exc)
                    _silence_stdout()
            for message in outcome.messages:
                _say(f"{outcome.path.name}: {message}")
    if report_failed:
        return _fail(f"{report_failed}; the import itself completed, but its report (id and title) was not printed.")
    return status


def _cmd_export(args: argparse.Namespace) -> int:
    from .core import registry
    from .core.exporters import export, export_to_file
    from .core.store import open_store

    with open_store(_db(args), create=False) as store:
        if args.article:
            args.article = store.get_article(args.article).id  # resolve a prefix, or fail clearly
        chosen = registry.find(args.format)
        notices: list[str] = []  # what the export wants said (cells cut to Excel's limit)
        who = {"annotator": args.annotator, "curated": args.curated}
        if args.output:
            export_to_file(store, args.format, args.output, args.article, args.tag, args.excel, notices, **who)
        elif chosen.folder:
            return _fail(f"the {args.format} format writes a folder of files: add -o FOLDER.")
        elif chosen.binary and sys.stdout.isatty():
            return _fail(f"the {args.format} format is binary and would garble the terminal: "
                         f"add -o FILE{chosen.extension}.")
        else:
            if sys.stdout is None:
                return _fail("standard output is closed: nothing to export to (add -o FILE).")
            try:
                export(store, args.format, sys.stdout.buffer, args.article, args.tag, args.excel, notices, **who)
                sys.stdout.buffer.flush()
            except BrokenPipeError:
                raise
            except OSError as exc:
                raise StdoutFailed(f"cannot write to standard output: {exc.strerror or exc}") from None
    for notice in notices:
        _say(notice)
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    """Merge another database in and say what came, per annotator."""
    from .core.merge import merge
    from .core.store import open_store

    show = _printer(args)  # annotator names are data: escapes, and Arabic in visual order where needed
    with open_store(_db(args), create=False) as store:
        report = merge(store, args.other)
    for line in report.lines():
        _emit(show(line))
    return EXIT_OK


#: History entries read at a time: memory stays bounded however long the history is.
_HISTORY_PAGE = 5000


def _cmd_history(args: argparse.Namespace) -> int:
    """Write the history as CSV (before/after as JSON text) or one JSON document, streamed page by page."""
    import csv
    import json

    from .core.history import HISTORY_COLUMNS, history_row
    from .core.store import open_store

    with open_store(_db(args), create=False) as store:
        article_id = store.get_article(args.article).id if args.article else None
        out = sys.stdout
        writer = csv.writer(out, lineterminator="\r\n")
        if args.format == "csv":
            writer.writerow(HISTORY_COLUMNS)
        else:
            out.write('{"history": [')
        seq, first = 0, True
        while True:
            page = store.history(article_id, after_seq=seq, limit=_HISTORY_PAGE)
            for entry in page:
                row = history_row(entry)
                if args.format == "csv":
                    writer.writerow(["" if row[c] is None else json.dumps(row[c], ensure_ascii=False)
                                     if c in ("before", "after") else row[c] for c in HISTORY_COLUMNS])
                else:
                    out.write(("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False))
                    first = False
            if len(page) < _HISTORY_PAGE:
                break
            seq = page[-1].seq
        if args.format == "json":
            out.write("\n]}\n")
    return EXIT_OK


def _cmd_reindex(args: argparse.Namespace) -> int:
    from .core.store import open_store

    with open_store(_db(args), create=False) as store:
        store.rebuild_search_index()
        _emit(f"search index rebuilt: {store.article_count()} articles")
    return EXIT_OK


def _printer(args: argparse.Namespace):
    """``show(text, width=None)``: the text as this terminal should get it, padded to ``width``.

    Control characters (escape sequences, bidi overrides, tabs, line breaks)
    are shown as escapes first: they are data, not instructions to the terminal.
    """
    from .core.terminal import fit, printable, use_visual_order, visual

    if not use_visual_order(sys.stdout, args.bidi):
        def logical(text: str, width: int | None = None) -> str:
            text = printable(text)
            return text if width is None else fit(text, width)

        return logical

    def show(text: str, width: int | None = None) -> str:
        text = printable(text)
        if width is None:
            return visual(text)
        # Cut the logical text, then reorder, then pad: shaping can merge
        # letters (لا), so the width is measured on what is printed.
        return fit(visual(fit(text, width).rstrip()), width)

    return show


def _cmd_list(args: argparse.Namespace) -> int:
    """Every article, oldest first: id, title, spans per tag and in all.

    The counts come from the ``annotation_counts`` table the store keeps (a
    row per article and tag, not a count of every span) and the rows from the
    ``created`` index; a row costs a dictionary lookup and one format, so
    10,000 articles list in well under a second.
    """
    from .core.store import open_store
    from .core.terminal import display_width, fit

    show = _printer(args)
    with open_store(_db(args), create=False) as store:
        tags = [t.name for t in store.tags()]
        counts = dict(store.tag_counts_by_article())
        names = [show(name[:8]) for name in tags]
        header = (f"{'id':8}  {fit('title', 44)}  " + "  ".join(" " * (8 - display_width(n)) + n for n in names)
                  + f"  {'total':>6}")
        _emit(header)
        row = "{:.8}  {}  " + "".join("{:>8}  " for _ in tags) + "{:>6}"
        nothing: dict[str, int] = {}
        for article in store.articles(counts=False):
            per_tag = counts.get(article.id, nothing)
            _emit(row.format(article.id, show(article.title, 44), *[per_tag.get(name, 0) for name in tags],
                             sum(per_tag.values())))
    return EXIT_OK


#: ``suggest --apply``: how many times what was just accepted is propagated again (once is enough
#: but for a text first proposed in a new form, as لحسكة from للحسكة).
APPLY_ROUNDS = 3


def _cmd_suggest(args: argparse.Namespace) -> int:
    """Print what the suggesters propose, as JSON or CSV; with ``--apply``, store it and say what."""
    import csv
    import io
    import json

    from .core.store import open_store
    from .core.suggest import Span, suggest
    from .core.suggest.accept import plan
    from .core.suggest.propagate import propagating_tags

    def span(s: Span | None) -> dict | None:
        return None if s is None else {"start": s.start, "end": s.end, "text": s.text}

    with open_store(_db(args), create=False) as store:
        tags = store.tags()
        ids = [store.get_article(args.article).id] if args.article else [a.id for a in store.articles(counts=False)]
        # What was tagged across the corpus, read once before anything is applied: propagation's lexicon.
        known = store.tagged_texts(propagating_tags(tags))
        out: list[dict] = []
        for article_id in ids:
            article = store.get_article(article_id)
            existing = store.annotations(article_id)
            found = suggest(article, existing, tags=tags, known=known)
            if args.apply:
                links = store.relations(article_id)
                annotator = " ".join(args.annotator.split())
                made = plan(article, existing, links, found, annotator=annotator)
                for _round in range(APPLY_ROUNDS):
                    # What the spans just accepted propagate to (a speaker's other mentions), so that
                    # running --apply again finds nothing more.
                    more = suggest(article, existing + made.annotations, tags=tags, known=known)
                    if not more:
                        break
                    extra = plan(article, existing + made.annotations, links + made.relations, more,
                                 annotator=annotator)
                    made.annotations += extra.annotations
                    made.relations += extra.relations
                    found = sorted(found + more, key=lambda s: (s.start, s.end, s.tag))
                store.add_linked(made.annotations, made.relations)
                _say(f"{article_id[:8]}: stored {len(made.annotations)} spans and {len(made.relations)} links "
                     f"from {len(found)} suggestions.")
            out.append({"id": article_id, "suggestions": [
                {"tag": s.tag, "start": s.start, "end": s.end, "text": s.text, "kind": s.kind,
                 "speaker": span(s.speaker), "cue": span(s.cue), "suggester": s.suggester, "why": s.why}
                for s in found]})
    if args.format == "json":
        _emit(json.dumps({"articles": out}, ensure_ascii=False, indent=1))
        return EXIT_OK
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["article_id", "tag", "start", "end", "text", "kind", "speaker_start", "speaker_end",
                     "speaker", "cue", "suggester", "why"])
    for listed in out:
        for s in listed["suggestions"]:
            who = s["speaker"] or {"start": "", "end": "", "text": ""}
            writer.writerow([listed["id"], s["tag"], s["start"], s["end"], s["text"], s["kind"], who["start"],
                             who["end"], who["text"], (s["cue"] or {}).get("text", ""), s["suggester"], s["why"]])
    _emit(buffer.getvalue().rstrip("\n"))
    return EXIT_OK


def _cmd_agreement(args: argparse.Namespace) -> int:
    """Print :func:`annotator.core.agreement.agreement` as a table, JSON or CSV."""
    import csv
    import io
    import json

    from . import numpy_gate

    numpy_gate.let_in()  # entry_point() kept it out; the krippendorff package needs it
    from .core.agreement import AgreementReport, AttributionRow, TagRow, agreement, shown_name, uncurated
    from .core.store import open_store

    with open_store(_db(args), create=False) as store:
        report: AgreementReport = agreement(store, args.article, args.tag, counted=uncurated)
        one = store.get_article(args.article) if args.article else None
    few = None
    if len(report.annotators) < 2:
        who = f" ({shown_name(report.annotators[0])})" if report.annotators else ""
        scope = "this article" if args.article else "this database"
        few = (f"Agreement needs two annotators; {scope} has annotations by {len(report.annotators)}{who}: "
               "nothing to compare.")
        if args.format != "table":
            _say(few)  # stdout stays valid JSON or CSV (empty lists, a header)
    if args.format == "json":
        _emit(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
        return EXIT_OK
    if args.format == "csv":
        columns = ["scope", "a", "b", "tag", "f1_exact", "f1_overlap", "alpha", "n_a", "n_b", "attribution", "n"]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, columns, lineterminator="\n")
        writer.writeheader()
        scopes = [("corpus", report.corpus)] + [(art.id, art.rows) for art in report.articles]
        for scope_name, rows in scopes:
            for row in rows:
                cells = {k: ("" if v is None else v) for k, v in row.to_json().items()}
                writer.writerow({"scope": scope_name, **cells})
        _emit(buffer.getvalue().rstrip("\n"))
        return EXIT_OK
    show = _printer(args)
    if few:
        _emit(show(few))
        return EXIT_OK

    def figure(value: float | None) -> str:
        return "—" if value is None else f"{value:.4f}"

    def table(rows: list[TagRow | AttributionRow]) -> None:
        _emit(f"{'a':14}  {'b':14}  {'tag':12}  {'exact F1':>8}  {'overlap':>8}  {'alpha':>8}  {'n_a':>5}  {'n_b':>5}")
        for row in rows:
            names = f"{show(shown_name(row.a), 14)}  {show(shown_name(row.b), 14)}"
            if isinstance(row, TagRow):
                _emit(f"{names}  {show(row.tag, 12)}  {figure(row.f1_exact):>8}  {figure(row.f1_overlap):>8}  "
                      f"{figure(row.alpha):>8}  {row.n_a:>5}  {row.n_b:>5}")
            else:
                said = (f"same source for {row.same} of {row.n} matched spans linked by both" if row.n else
                        "no matched span linked by both")
                _emit(f"{names}  {'attribution':12}  {figure(row.attribution):>8}  {said}")

    if not report.corpus:
        _emit("No article was annotated by two annotators: nothing to compare.")
        return EXIT_OK
    if one is not None:  # the corpus is this one article
        _emit(f"{one.id[:8]}  {show(one.title)}")
        table(report.corpus)
        return EXIT_OK
    pairs = sorted(report.shared_articles.items())
    _emit("Corpus — articles both annotated: "
          + ", ".join(f"{show(shown_name(a))} & {show(shown_name(b))} {n}" for (a, b), n in pairs))
    table(report.corpus)
    differing = [art for art in report.articles if art.differs]
    _emit("")
    _emit(f"{len(differing)} of {len(report.articles)} articles differ" + (":" if differing else "."))
    for art in differing:
        _emit("")
        _emit(f"{art.id[:8]}  {show(art.title)}")
        table(art.rows)
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from .core.store import open_store
    from .core.terminal import fit

    show = _printer(args)
    with open_store(_db(args), create=False) as store:
        article = store.get_article(args.article)
        if args.tag:
            store.tag(args.tag)
        _emit(show(article.title))
        details = [article.source, "، ".join(article.authors), article.dateline, article.published or ""]
        _emit(" · ".join(show(d) for d in details if d))
        _emit(f"id {article.id}")
        _emit("")
        speakers = store.attributions(article.id)
        _emit(f"{'tag':10}  {fit('span', 60)}  {fit('speaker', 20)}  note")
        for a in store.annotations(article.id, args.tag):
            speaker = " | ".join(speakers.get(a.id, ()))
            _emit(f"{show(a.tag, 10)}  {show(a.text, 60)}  {show(speaker, 20)}  {show(a.note)}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _guard_standard_fds()
    parser = build_parser()
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        # An Arabic title must never crash a terminal or pipe set to a legacy
        # encoding (the article is already stored by then): replace instead.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    from .core.errors import AnnotatorError

    problem = _check_text_arguments(args)
    if problem:
        return _fail(problem, EXIT_USAGE)

    if args.command is None:
        try:
            db_path = resolve_db_path(getattr(args, "db", None))
        except AnnotatorError as exc:
            return _fail(str(exc))
        from .ui.app import run  # the window: imported only when asked for

        return run(db_path)
    commands = {"import": _cmd_import, "export": _cmd_export, "list": _cmd_list, "show": _cmd_show,
                "reindex": _cmd_reindex, "suggest": _cmd_suggest, "agreement": _cmd_agreement,
                "merge": _cmd_merge, "history": _cmd_history}
    try:
        status = commands[args.command](args)
        _flush_stdout()  # a full disk shows here, not as noise when Python exits
        return status
    except AnnotatorError as exc:
        return _fail(str(exc))
    except StdoutFailed as exc:
        _silence_stdout()
        return _fail(f"{exc}.")
    except BrokenPipeError:
        # ``annotator export | head``: the reader left; that is not an error
        # (status 0, as the reader chose to stop).  Whatever is still buffered
        # goes to /dev/null so that exiting does not complain either.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail("interrupted.")


def entry_point() -> None:
    """Console-script entry point (also ``python main.py`` and ``python -m annotator``)."""
    from . import numpy_gate

    numpy_gate.keep_out()  # only agreement needs numpy: see numpy_gate
    sys.exit(main())
