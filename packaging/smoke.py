"""Smoke test of a bundled annotator: start, paint, import, suggest, merge, export, as a person's machine would.

Run:  python packaging/smoke.py [--quick] dist/annotator/annotator     (or the single file)
      python packaging/smoke.py -- .venv/bin/python main.py     (the same checks against the source)
      python packaging/smoke.py --single-file dist/annotator-VERSION-linux-ARCH [--folder dist/annotator/annotator]

Each program is run as a whole process, offscreen, with a fresh home folder
and no ``ANNOTATOR_DB``, the way a person starts it.  The checks are chosen to
need what the annotator imports lazily — trafilatura and lxml (.html),
python-docx (.docx), pypdfium2 (.pdf), regex (the suggester), openpyxl
(.xlsx), numpy and krippendorff (agreement), arabic_reshaper and python-bidi
(``show --visual``) — and its data files: the fonts (the window reports the
faces it loaded), the sample article (seeded on first start), the Arabic
translations (the window started in an Arabic locale reports its menus and
Qt's own strings).  Where Xvfb is installed, the window is also started on a
real X server through Qt's xcb plugin.  ``--quick`` runs only the window, one
import of each kind and the CSV export (for the single file).
``--single-file`` checks how the Linux single file (packaging/selfextract.sh)
unpacks: once, on the first start, into the cache folder, from a folder with a
space in its name; the second start runs without unpacking; exit codes and
arguments pass through; an older version's folder is removed; two first starts
at once and a killed first start leave no half folder; an unwritable cache
folder falls back to a temporary folder, removed after.

Needs python-docx and PySide6 in the Python that runs it (to write the .docx
and the .pdf); openpyxl, when present, reads the .xlsx back.  Exits non-zero
on the first failure and prints ``smoke: all N checks passed`` at the end.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML_FIXTURE = ROOT / "tests" / "fixtures" / "npa_page.html"
SEED_TITLE = "قائد عملية العزم الصلب"
CSV_COLUMNS = ["article_id", "article_title", "annotation_id", "tag", "start", "end", "text", "note", "annotator",
               "created", "updated"]
READING_FACE = "Noto Naskh Arabic"

TXT_TITLE = "بيان المجلس المحلي في تل تمر"
TXT = (f"{TXT_TITLE}\n\n"
       "قال رئيس المجلس المحلي أحمد العلي إن \"الطريق الدولي M4 سيُفتح أمام المدنيين خلال أسبوع\".\n\n"
       "وأضاف العلي أن المجلس وزّع أكثر من 1,200 سلة غذائية على العائلات النازحة في الحسكة. 👍\n")
DOCX_TITLE = "مؤتمر صحفي في الحسكة"
PDF_TITLE = "تقرير المجلس عن الطريق الدولي"
PDF_PARAGRAPHS = [
    "أعلن المجلس المحلي في الحسكة أن الطريق الدولي سيُفتح خلال أسبوع أمام المدنيين.",
    "وقال المتحدث باسم المجلس إن فرق الصيانة أنهت إصلاح الجسور الثلاثة قرب تل تمر.",
]
# A PDF drawn by Qt (QPdfWriter), in a child process so that this one never starts Qt.
MAKE_PDF = """
import html, sys
from PySide6.QtGui import QFont, QFontDatabase, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication
app = QApplication([])
path, font, title, *paragraphs = sys.argv[1:]
family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(font))[0]
writer = QPdfWriter(path)
writer.setTitle(title)
writer.setResolution(300)
document = QTextDocument()
document.documentLayout().setPaintDevice(writer)
document.setDefaultFont(QFont(family, 12))
document.setHtml("".join(f'<p dir="rtl" align="right">{html.escape(p)}</p>' for p in paragraphs))
document.print_(writer)
"""
DOCX_PARAGRAPHS = [
    "قالت المتحدثة باسم الإدارة الذاتية سلوى يوسف: «لدينا أكثر من 12 ألف محتجز في السجون».",
    "وأكدت يوسف أن \"التحالف الدولي سيواصل دعم قوات سوريا الديمقراطية\" في دير الزور.",
    "The coalition spokesman said the operation near Baghouz would continue.",
]


class SmokeFailed(Exception):
    pass


class Smoke:
    def __init__(self, command: Sequence[str], work: Path) -> None:
        self.command = list(command)
        self.work = work
        self.passed = 0
        home = work / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("ANNOTATOR_", "XDG_", "PYTHON"))}
        self.env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
                        XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                        QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
        self.db = work / "smoke.db"

    def run(self, *args: str, env: dict[str, str] | None = None, timeout: float = 180) -> str:
        cmd = [*self.command, *args]
        started = time.perf_counter()
        try:
            out = subprocess.run(cmd, cwd=self.work, env={**self.env, **(env or {})}, capture_output=True,
                                 timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise SmokeFailed(f"{' '.join(args) or '(window)'}: no exit within {timeout:.0f} s") from None
        stdout = out.stdout.decode("utf-8", "replace")
        stderr = out.stderr.decode("utf-8", "replace")
        if out.returncode != 0 or "Traceback" in stderr:
            raise SmokeFailed(f"{' '.join(cmd)} exited {out.returncode}\n--- stdout\n{stdout[-3000:]}"
                              f"\n--- stderr\n{stderr[-3000:]}")
        shown = " ".join(args).replace(str(self.work), "$TMP") or "(window)"
        print(f"  ok  {shown}  [{time.perf_counter() - started:.2f} s]", flush=True)
        return stdout

    def check(self, condition: bool, what: str) -> None:
        if not condition:
            raise SmokeFailed(what)
        self.passed += 1

    # -- the checks -------------------------------------------------------------------------------

    def window(self, quick: bool = False) -> None:
        """First start: the database is created and seeded, the article painted with the bundled faces."""
        out = self.run("--db", str(self.db), env={"ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"})
        lines = out.splitlines()
        self.check(any(line.startswith("painted ") for line in lines), f"the window reported no paint:\n{out}")
        fonts = next((line for line in lines if line.startswith("fonts ")), "")
        self.check(READING_FACE in fonts, f"the bundled reading face was not loaded: {fonts!r}")
        interface = next((line for line in lines if line.startswith("interface ")), "")
        self.check(interface.startswith("interface en |"), f"a C locale gave no English interface: {interface!r}")
        if quick:
            return  # imports() finds the seeded article among the others
        listing = self.run("list", "--db", str(self.db))
        self.check(SEED_TITLE in listing, f"the sample article was not seeded:\n{listing}")

    def arabic_window(self) -> None:
        """An Arabic system locale on first start: the interface in Arabic, Qt's own strings too (the .qm files)."""
        env = {"ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1", "LANG": "ar_EG.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
               "XDG_CONFIG_HOME": str(self.work / "home/.config-ar")}
        out = self.run("--db", str(self.work / "arabic.db"), env=env)
        interface = next((line for line in out.splitlines() if line.startswith("interface ")), "")
        parts = [part.strip() for part in interface.removeprefix("interface ").split("|")]
        self.check(len(parts) == 3 and parts[0] == "ar", f"an Arabic locale did not give Arabic: {interface!r}")
        self.check(any("\u0600" <= ch <= "\u06ff" for ch in parts[1]) and "File" not in parts[1],
                   f"the menus are not in Arabic (annotator_ar.qm not bundled?): {interface!r}")
        self.check(parts[2] != "Close" and any("\u0600" <= ch <= "\u06ff" for ch in parts[2]),
                   f"Qt's own strings are not in Arabic (qtbase_ar.qm not found): {interface!r}")

    def x11_window(self) -> None:
        """The window on a real X server (Xvfb): Qt's xcb plugin with the X libraries the bundle carries."""
        xvfb = shutil.which("Xvfb")
        if xvfb is None:
            print("  --  X11 window skipped: no Xvfb (apt-get install xvfb)", flush=True)
            return
        # -displayfd: Xvfb picks a free display itself and writes its number to the pipe when it is ready.
        read_end, write_end = os.pipe()
        server = subprocess.Popen([xvfb, "-displayfd", str(write_end), "-screen", "0", "1400x900x24",
                                   "-nolisten", "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        os.close(write_end)
        try:
            with os.fdopen(read_end) as ready:
                waited = select.select([ready], [], [], 30)[0]
                number = ready.readline().strip() if waited else ""  # empty if Xvfb exited without starting
            self.check(number.isdigit(), "Xvfb did not start")
            display = f":{number}"
            env = {"ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            out = self.run("--db", str(self.work / "x11.db"), env=env)
            self.check(any(line.startswith("painted ") for line in out.splitlines()),
                       f"the window reported no paint on X11:\n{out}")
        finally:
            server.terminate()
            server.wait(timeout=10)

    def default_database(self) -> None:
        """Without --db the database goes to the user data folder."""
        self.run("import", str(self.work / "statement.txt"))
        self.check((self.work / "home/.local/share/annotator/annotator.db").is_file(),
                   "no database in the user data folder after `annotator import` without --db")

    def write_inputs(self) -> list[Path]:
        import docx  # python-docx, in the Python that runs this script

        txt = self.work / "statement.txt"
        txt.write_text(TXT, encoding="utf-8")
        document = docx.Document()
        document.core_properties.title = DOCX_TITLE
        document.core_properties.author = "North Press"
        for paragraph in DOCX_PARAGRAPHS:
            document.add_paragraph(paragraph)
        docx_path = self.work / "conference.docx"
        document.save(str(docx_path))
        html = self.work / "npa_page.html"
        shutil.copyfile(HTML_FIXTURE, html)
        pdf = self.work / "council.pdf"
        face = ROOT / "resources" / "fonts" / "NotoSansArabic-Regular.ttf"
        subprocess.run([sys.executable, "-c", MAKE_PDF, str(pdf), str(face), PDF_TITLE, *PDF_PARAGRAPHS],
                       env={**self.env, "QT_QPA_PLATFORM": "offscreen"}, check=True, capture_output=True, timeout=120)
        return [txt, docx_path, html, pdf]

    def imports(self) -> dict:
        """A .txt, a .docx, a saved .html page and a .pdf, imported by the command line."""
        files = self.write_inputs()
        out = self.run("import", *map(str, files), "--db", str(self.db))
        self.check(out.count("\n") >= len(files), f"import reported fewer than {len(files)} articles:\n{out}")
        document = json.loads(self.run("export", "--format", "json", "--db", str(self.db)))
        self.check(document.get("format") == "annotator.v1", "the JSON export is not annotator.v1")
        by_title = {a["title"]: a for a in document["articles"]}
        self.check(len(by_title) == 5, f"expected 5 articles, found {sorted(by_title)}")
        self.check(any(SEED_TITLE in title for title in by_title), "the sample article is not in the database")
        self.check(TXT_TITLE in by_title and "M4" in by_title[TXT_TITLE]["text"]
                   and "👍" in by_title[TXT_TITLE]["text"], "the .txt article is missing or garbled")
        self.check(DOCX_TITLE in by_title, f"the .docx title was not read from its properties: {sorted(by_title)}")
        self.check(all(p in by_title[DOCX_TITLE]["text"] for p in DOCX_PARAGRAPHS), "the .docx text is incomplete")
        self.check(PDF_TITLE in by_title, f"the .pdf title was not read from its metadata: {sorted(by_title)}")
        pdf_words = by_title[PDF_TITLE]["text"].split()
        self.check(all(" ".join(p.split()[:4]) in " ".join(pdf_words) for p in PDF_PARAGRAPHS),
                   f"the .pdf text is not in logical order: {by_title[PDF_TITLE]['text'][:300]!r}")
        npa = [a for a in document["articles"] if a["title"].startswith("بالي")]
        self.check(bool(npa) and "12" in npa[0]["text"] and len(npa[0]["text"]) > 500,
                   "the .html page's article body was not extracted")
        return document

    def suggest_and_export_csv(self, document: dict, quick: bool = False) -> None:
        """Suggestions accepted (the regex-based suggester), then the CSV export checked cell by cell."""
        self.run("suggest", "--apply", "--annotator", "smoke", "--db", str(self.db))
        texts = {a["id"]: a["text"] for a in document["articles"]}  # accepting suggestions changes no text
        out_csv = self.work / "annotations.csv"
        self.run("export", "--format", "csv", "-o", str(out_csv), "--db", str(self.db))
        rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"), newline="")))
        header = next(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
        self.check(header[:len(CSV_COLUMNS)] == CSV_COLUMNS or set(CSV_COLUMNS) <= set(header),
                   f"CSV header lacks the contract's columns: {header}")
        self.check(len(rows) >= 4, f"expected suggested annotations in the CSV, found {len(rows)} rows")
        self.check({"quote", "speaker"} <= {r["tag"] for r in rows}, "no quote or speaker among the rows")
        for row in rows:
            text = texts[row["article_id"]]
            self.check(text[int(row["start"]):int(row["end"])] == row["text"],
                       f"CSV offsets do not point at the text: {row}")
        if quick:
            return
        excel = self.run("export", "--format", "csv", "--excel", "--db", str(self.db))
        self.check(excel.startswith("\ufeff"), "--excel CSV has no byte order mark")

    def export_xlsx(self) -> None:
        path = self.work / "annotations.xlsx"
        self.run("export", "--format", "xlsx", "-o", str(path), "--db", str(self.db))
        self.check(path.read_bytes()[:2] == b"PK", "the .xlsx is not a zip file")
        try:
            import openpyxl
        except ImportError:
            return
        rows = list(openpyxl.load_workbook(path, read_only=True).worksheets[0].iter_rows(values_only=True))
        self.check(len(rows) >= 5 and "tag" in rows[0], f"the .xlsx has no annotation rows: {rows[:2]}")

    def agreement(self) -> None:
        """A colleague's database merged in, then agreement (numpy and krippendorff, imported lazily)."""
        colleague = self.work / "colleague.db"
        self.run("import", str(self.work / "statement.txt"), "--db", str(colleague))
        self.run("suggest", "--apply", "--annotator", "colleague", "--db", str(colleague))
        self.run("merge", str(colleague), "--db", str(self.db))
        result = json.loads(self.run("agreement", "--format", "json", "--db", str(self.db)))
        self.check("smoke" in json.dumps(result, ensure_ascii=False) and "colleague" in json.dumps(result),
                   f"agreement did not compare the two annotators: {str(result)[:500]}")

    def terminal(self) -> None:
        """``show --visual``: Arabic shaped and reordered for terminals (arabic_reshaper, python-bidi)."""
        listing = self.run("list", "--db", str(self.db))
        article = next(line.split()[0] for line in listing.splitlines() if "تل تمر" in line)
        shown = self.run("show", article, "--visual", "--db", str(self.db))
        self.check(any("\ufe70" <= ch <= "\ufeff" for ch in shown), "show --visual printed no shaped Arabic")
        self.check(self.run("--version").strip() != "", "--version printed nothing")


class SingleFile:
    """The Linux single file (packaging/selfextract.sh + the folder's .tar.gz): when and where it unpacks."""

    UNPACKING = "Unpacking annotator (first start only)"

    def __init__(self, program: Path, folder: Path | None, work: Path) -> None:
        self.work = work
        downloads = work / "my downloads"  # a space in the path, as in a person's "My Downloads"
        downloads.mkdir()
        self.program = downloads / program.name
        try:
            os.link(program, self.program)
        except OSError:
            shutil.copy2(program, self.program)
        self.folder = folder
        self.home = work / "home"
        self.home.mkdir()
        (work / "tmp").mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("ANNOTATOR_", "XDG_", "PYTHON"))}
        self.env.update(HOME=str(self.home), XDG_DATA_HOME=str(self.home / ".local/share"),
                        XDG_CONFIG_HOME=str(self.home / ".config"), TMPDIR=str(work / "tmp"),
                        QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
        self.passed = 0

    def check(self, condition: bool, what: str) -> None:
        if not condition:
            raise SmokeFailed(what)
        self.passed += 1

    def run(self, *args: str, cache: Path, env: dict[str, str] | None = None,
            program: Sequence[str] | None = None) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        out = subprocess.run([*(program or [str(self.program)]), *args], cwd=self.work, capture_output=True,
                             env={**self.env, "XDG_CACHE_HOME": str(cache), **(env or {})}, text=True,
                             encoding="utf-8", errors="replace", timeout=300, stdin=subprocess.DEVNULL)
        shown = " ".join(args).replace(str(self.work), "$TMP") or "(window)"
        print(f"  ..  {shown}: exit {out.returncode}  [{time.perf_counter() - started:.2f} s]", flush=True)
        return out

    def window(self, cache: Path, what: str) -> subprocess.CompletedProcess[str]:
        out = self.run("--db", str(self.work / "single.db"), cache=cache,
                       env={"ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"})
        self.check(out.returncode == 0 and any(line.startswith("painted ") for line in out.stdout.splitlines()),
                   f"{what}: the window reported no paint (exit {out.returncode}):\n{out.stdout[-2000:]}"
                   f"\n--- stderr\n{out.stderr[-2000:]}")
        return out

    @staticmethod
    def unpacked(cache: Path) -> list[Path]:
        return sorted(p for p in (cache / "annotator").glob("*") if (p / "annotator").is_file())

    @staticmethod
    def leftovers(cache: Path) -> list[Path]:
        return sorted((cache / "annotator").glob(".unpacking-*"))

    def first_and_later_starts(self) -> None:
        cache = self.home / ".cache"
        older = cache / "annotator" / "0.0.0-000000000000"
        (older / "_internal").mkdir(parents=True)
        shutil.copy2(self.program, older / "annotator")  # an older version's folder: removed after unpacking
        (cache / "annotator" / "notes.txt").write_text("not ours", encoding="utf-8")

        first = self.window(cache, "first start")
        self.check(self.UNPACKING in first.stderr, f"the first start did not say it unpacks: {first.stderr!r}")
        folders = self.unpacked(cache)
        self.check(len(folders) == 1 and folders[0].name != older.name and (folders[0] / "_internal").is_dir(),
                   f"expected one unpacked folder (the older one removed), found {[p.name for p in folders]}")
        self.check((cache / "annotator" / "notes.txt").is_file(), "unpacking removed a file that is not its own")
        self.check(not self.leftovers(cache), f"unpacking left {self.leftovers(cache)}")
        print(f"  ok  first start: unpacked into $TMP/home/.cache/annotator/{folders[0].name}, "
              f"the older version's folder removed", flush=True)
        mtime = folders[0].stat().st_mtime_ns

        later = self.window(cache, "second start")
        self.check(self.UNPACKING not in later.stderr, f"the second start unpacked again: {later.stderr!r}")
        self.check(self.unpacked(cache) == folders and folders[0].stat().st_mtime_ns == mtime,
                   "the second start changed the unpacked folder")
        print("  ok  second start: no unpacking", flush=True)

        # Exit codes and arguments pass through: an unknown option (argparse: 2), a path with spaces.
        wrong = self.run("--no-such-option", cache=cache)
        self.check(wrong.returncode == 2, f"an unknown option gave exit {wrong.returncode}, not 2: {wrong.stderr!r}")
        if self.folder is not None:
            same = self.run("--no-such-option", cache=cache, program=[str(self.folder)])
            self.check(same.returncode == wrong.returncode and same.stderr == wrong.stderr,
                       f"the single file and the folder differ: {wrong.returncode} {wrong.stderr!r} against "
                       f"{same.returncode} {same.stderr!r}")
        text = self.work / "my downloads" / "a statement from «Tal Tamr».txt"
        text.write_text(TXT, encoding="utf-8")
        db = str(self.work / "args.db")
        imported = self.run("import", str(text), "--db", db, cache=cache)
        self.check(imported.returncode == 0, f"import of a path with spaces: exit {imported.returncode}: "
                                             f"{imported.stderr[-2000:]}")
        self.check(TXT_TITLE in self.run("list", "--db", db, cache=cache).stdout, "the imported article is not listed")
        print("  ok  exit codes and arguments with spaces pass through", flush=True)

    def two_first_starts_at_once(self) -> None:
        cache = self.work / "cache-race"
        env = {**self.env, "XDG_CACHE_HOME": str(cache), "ANNOTATOR_EXIT_AFTER_FIRST_PAINT": "1"}
        started = time.perf_counter()
        both = [subprocess.Popen([str(self.program), "--db", str(self.work / f"race{i}.db")], cwd=self.work,
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 stdin=subprocess.DEVNULL)
                for i in (1, 2)]
        outs = [process.communicate(timeout=300) for process in both]
        for process, (stdout, stderr) in zip(both, outs, strict=True):
            self.check(process.returncode == 0 and "painted " in stdout,
                       f"one of two first starts at once failed (exit {process.returncode}): {stderr[-2000:]}")
        self.check(len(self.unpacked(cache)) == 1 and not self.leftovers(cache),
                   f"two first starts at once left {sorted((cache / 'annotator').iterdir())}")
        print(f"  ok  two first starts at once: both painted, one folder  [{time.perf_counter() - started:.2f} s]",
              flush=True)

    def killed_first_start(self) -> None:
        """Killed while unpacking (SIGTERM: cleaned up; SIGKILL, as a power cut: left over), then started again."""
        for signal_name in ("SIGTERM", "SIGKILL"):
            cache = self.work / f"cache-{signal_name}"
            process = subprocess.Popen([str(self.program), "--version"], cwd=self.work,
                                       env={**self.env, "XDG_CACHE_HOME": str(cache)}, start_new_session=True,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while not self.leftovers(cache) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(0.3)
            killed_while_unpacking = process.poll() is None and not self.unpacked(cache)
            if process.poll() is None:
                os.killpg(process.pid, getattr(signal, signal_name))
            process.wait(timeout=60)
            folders = self.unpacked(cache)
            self.check(all((p / "_internal" / "base_library.zip").is_file() for p in folders),
                       f"a first start killed with {signal_name} left a half folder: {folders}")
            if signal_name == "SIGTERM":
                self.check(not self.leftovers(cache), f"a first start stopped by SIGTERM left {self.leftovers(cache)}")
            again = self.window(cache, f"a start after a first start killed with {signal_name}")
            self.check(len(self.unpacked(cache)) == 1, f"after {signal_name}: {self.unpacked(cache)}")
            print(f"  ok  {'killed' if killed_while_unpacking else 'NOT killed (unpacked too fast)'} with "
                  f"{signal_name} while unpacking; the next start "
                  f"{'unpacked afresh' if self.UNPACKING in again.stderr else 'ran'} and painted", flush=True)

    def unwritable_cache(self) -> None:
        """A cache folder that cannot be made (here: under a file): a temporary folder, removed after."""
        blocker = self.work / "a file"
        blocker.write_text("", encoding="utf-8")
        out = self.run("--version", cache=blocker / "cache")
        lines = out.stderr.strip().splitlines()
        self.check(out.returncode == 0 and out.stdout.strip() != "",
                   f"with an unwritable cache folder: exit {out.returncode}, {out.stderr[-2000:]!r}")
        self.check(len(lines) == 1 and "for this start only" in lines[0],
                   f"with an unwritable cache folder, expected one line on stderr: {out.stderr!r}")
        self.check(not any((self.work / "tmp").iterdir()),
                   f"the temporary folder was not removed: {list((self.work / 'tmp').iterdir())}")
        failing = self.run("--no-such-option", cache=blocker / "cache")
        self.check(failing.returncode == 2, f"with an unwritable cache folder, exit {failing.returncode}, not 2")
        print(f"  ok  unwritable cache folder: {lines[0]!r}, exit codes pass through", flush=True)


def single_file(program: Path, folder: Path | None) -> int:
    print(f"smoke: {program} (how the single file unpacks)", flush=True)
    with tempfile.TemporaryDirectory(prefix="annotator-smoke-") as tmp:
        test = SingleFile(program, folder, Path(tmp))
        test.first_and_later_starts()
        test.two_first_starts_at_once()
        test.killed_first_start()
        test.unwritable_cache()
        return test.passed


def smoke(command: Sequence[str], quick: bool) -> int:
    print(f"smoke: {' '.join(command)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="annotator-smoke-") as tmp:
        test = Smoke(command, Path(tmp))
        test.window(quick)
        document = test.imports()
        test.suggest_and_export_csv(document, quick)
        if not quick:
            test.arabic_window()
            test.x11_window()
            test.default_database()
            test.export_xlsx()
            test.agreement()
            test.terminal()
        return test.passed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only the window, the imports and the CSV export")
    parser.add_argument("--single-file", action="store_true",
                        help="check how the Linux single file unpacks (PROGRAM is the single file)")
    parser.add_argument("--folder", type=Path, help="with --single-file: the folder's program, to compare with")
    parser.add_argument("program", nargs="+", help="the bundled executable (or, after --, a command)")
    args = parser.parse_args()
    if args.single_file:
        try:
            passed = single_file(Path(args.program[0]).absolute(), args.folder and args.folder.absolute())
        except SmokeFailed as exc:
            print(f"smoke: FAILED: {exc}", file=sys.stderr, flush=True)
            return 1
        print(f"smoke: all {passed} checks passed", flush=True)
        return 0
    # Every argument that names a file here becomes absolute: the programs run in a temporary folder.
    command = [str(Path(arg).absolute()) if Path(arg).exists() else arg for arg in args.program]
    try:
        passed = smoke(command, args.quick)
    except SmokeFailed as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    print(f"smoke: all {passed} checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
