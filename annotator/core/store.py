"""The SQLite store: schema, migrations and every read and write.

One database file holds articles, annotations, tags and relations.  It is
opened through sqlite-utils in WAL mode with a busy timeout, and every public
method that changes something commits before it returns: there is no Save
button and nothing waits in memory.

The schema is numbered with ``PRAGMA user_version``.  Opening a database
first looks at it read-only: a file that is not SQLite, is damaged, belongs to
another program or to a newer annotator is refused with a clear message and
left byte-for-byte as it was.  An older annotator database is backed up next
to itself and migrated.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from .errors import NotFound, StoreError, os_reason
from .model import (
    ATTRIBUTED_TO,
    BUILTIN_TAGS,
    TAG_NAME,
    TAG_ROLES,
    Annotation,
    Article,
    ArticleSummary,
    HistoryEntry,
    Relation,
    Tag,
    attributes_json,
    attributes_problem,
    inferred_role,
    now_iso,
    parse_attributes,
)
from .search import fold_text

SCHEMA_VERSION = 8
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

# Version 1: the first schema.  Later versions append to MIGRATIONS; a version
# is never edited once released, so old files can always be brought forward.
_SCHEMA_V1 = """
CREATE TABLE tags (
    name      TEXT PRIMARY KEY,
    label     TEXT NOT NULL,
    color     TEXT NOT NULL,
    key       TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    authors      TEXT NOT NULL DEFAULT '[]',   -- JSON array of names
    url          TEXT,
    published    TEXT,
    language     TEXT NOT NULL DEFAULT '',
    dateline     TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,                -- canonical text; offsets point into it
    text_sha256  TEXT NOT NULL,
    created      TEXT NOT NULL,
    updated      TEXT NOT NULL
);
CREATE INDEX articles_text_sha256 ON articles (text_sha256);
CREATE TABLE annotations (
    id          TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL REFERENCES tags (name) ON UPDATE CASCADE,
    start       INTEGER NOT NULL,              -- code points, 0-based
    end         INTEGER NOT NULL,              -- code points, exclusive
    text        TEXT NOT NULL,                 -- == articles.text[start:end]
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    annotator   TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL,
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX annotations_article_start ON annotations (article_id, start, end);
CREATE INDEX annotations_tag ON annotations (tag);
CREATE TABLE relations (
    id          TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    from_id     TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    created     TEXT NOT NULL
);
CREATE INDEX relations_from ON relations (from_id);
CREATE INDEX relations_to ON relations (to_id);
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT
);
CREATE VIEW annotations_with_article AS
SELECT a.id AS annotation_id, a.article_id, ar.title AS article_title, a.tag,
       a.start, a.end, a.text, a.note, a.annotator, a.created, a.updated
FROM annotations a JOIN articles ar ON ar.id = a.article_id;
"""

# SQLite 3.34 brought the trigram tokenizer: substring search, which Arabic
# needs (clitics attach to words: و+بالي).  Older SQLite falls back to a scan.
_TRIGRAM = sqlite3.sqlite_version_info >= (3, 34, 0)
_TOKENIZE = "trigram" if _TRIGRAM else "unicode61"

# Version 2: Arabic-folded full-text search tables (rowids follow the rows of
# articles / annotations), an index for an article's links, and the view
# gains the linked speaker.
_SCHEMA_V2 = f"""
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = '{_TOKENIZE}');
CREATE VIRTUAL TABLE annotations_fts USING fts5(text, note, tokenize = '{_TOKENIZE}');
CREATE INDEX relations_article ON relations (article_id);
DROP VIEW annotations_with_article;
CREATE VIEW annotations_with_article AS
SELECT a.id AS annotation_id, a.article_id, ar.title AS article_title, a.tag,
       a.start, a.end, a.text,
       (SELECT group_concat(s.text, ' | ') FROM relations r JOIN annotations s ON s.id = r.to_id
        WHERE r.from_id = a.id AND r.type = 'attributed_to') AS speaker,
       a.note, a.annotator, a.created, a.updated
FROM annotations a JOIN articles ar ON ar.id = a.article_id;
"""

# Version 3: tags carry a role (source, attributable, plain) that decides what
# their spans can do; existing tags get theirs from their names (see
# model.inferred_role) right after this runs.
_SCHEMA_V3 = """
ALTER TABLE tags ADD COLUMN role TEXT NOT NULL DEFAULT 'plain';
"""

# Version 4: indexes so that what runs at every start costs the same at
# 10,000 articles as at 10.  An article row keeps its long text before
# ``created``, so reading ``created`` from the row walks the text's overflow
# pages: the article list is read in ``created`` order from an index, and
# search joins through a covering (id, created, title) index.  Counting an
# article's spans per tag (``annotator list``) reads an index, not the rows.
_SCHEMA_V4 = """
CREATE INDEX articles_created ON articles (created);
CREATE INDEX articles_id_created_title ON articles (id, created, title);
CREATE INDEX annotations_article_tag ON annotations (article_id, tag);
"""

# Version 5: how many spans each article has of each tag, kept by triggers,
# so that listing 10,000 articles with their counts reads 40,000 small rows
# instead of counting a million spans (``annotator list``, the window's list).
# Triggers keep it right whoever writes (sqlite3, sqlite-utils, Datasette),
# through cascades (a tag renamed, an article deleted) included.
_SCHEMA_V5 = """
CREATE TABLE annotation_counts (
    article_id  TEXT NOT NULL,
    tag         TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag)
) WITHOUT ROWID;
CREATE TRIGGER annotation_counts_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO annotation_counts (article_id, tag, n) VALUES (new.article_id, new.tag, 1)
    ON CONFLICT (article_id, tag) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER annotation_counts_delete AFTER DELETE ON annotations BEGIN
    UPDATE annotation_counts SET n = n - 1 WHERE article_id = old.article_id AND tag = old.tag;
    DELETE FROM annotation_counts WHERE article_id = old.article_id AND tag = old.tag AND n <= 0;
END;
CREATE TRIGGER annotation_counts_update AFTER UPDATE OF article_id, tag ON annotations
WHEN old.article_id IS NOT new.article_id OR old.tag IS NOT new.tag BEGIN
    UPDATE annotation_counts SET n = n - 1 WHERE article_id = old.article_id AND tag = old.tag;
    DELETE FROM annotation_counts WHERE article_id = old.article_id AND tag = old.tag AND n <= 0;
    INSERT INTO annotation_counts (article_id, tag, n) VALUES (new.article_id, new.tag, 1)
    ON CONFLICT (article_id, tag) DO UPDATE SET n = n + 1;
END;
INSERT INTO annotation_counts (article_id, tag, n)
SELECT article_id, tag, count(*) FROM annotations GROUP BY article_id, tag;
"""

# Version 6: a log of what changed — which span, that an article's links or
# details did — appended by triggers, whoever writes.  A window that regains
# focus after another process wrote reads the entries since its last look,
# so its refresh costs what changed, not the size of the open article.  The
# log keeps its last 200,000 entries; a reader that fell further behind
# reloads.  AUTOINCREMENT: a number is never reused, even after pruning.
_SCHEMA_V6 = """
CREATE TABLE changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    item_id     TEXT NOT NULL
);
CREATE TRIGGER changes_annotation_insert AFTER INSERT ON annotations BEGIN
    INSERT INTO changes (article_id, kind, item_id) VALUES (new.article_id, 'annotation', new.id);
END;
CREATE TRIGGER changes_annotation_update AFTER UPDATE ON annotations BEGIN
    INSERT INTO changes (article_id, kind, item_id) VALUES (new.article_id, 'annotation', new.id);
END;
CREATE TRIGGER changes_annotation_delete AFTER DELETE ON annotations BEGIN
    INSERT INTO changes (article_id, kind, item_id) VALUES (old.article_id, 'annotation', old.id);
END;
CREATE TRIGGER changes_relation_insert AFTER INSERT ON relations BEGIN
    INSERT INTO changes (article_id, kind, item_id) VALUES (new.article_id, 'relation', new.id);
END;
CREATE TRIGGER changes_relation_delete AFTER DELETE ON relations BEGIN
    INSERT INTO changes (article_id, kind, item_id) VALUES (old.article_id, 'relation', old.id);
END;
CREATE TRIGGER changes_article_update AFTER UPDATE ON articles BEGIN
    INSERT INTO changes (article_id, kind, item_id) VALUES (new.id, 'article', new.id);
END;
CREATE TRIGGER changes_pruned AFTER INSERT ON changes WHEN new.seq % 1000 = 0 BEGIN
    DELETE FROM changes WHERE seq <= new.seq - 200000;
END;
"""

# Version 7: what else is known about a span (a quote's kind, later a claim's
# verdict), as a JSON object in its own column ('' when nothing is): read by
# people in Datasette, written in every export.
_SCHEMA_V7 = f"""
ALTER TABLE annotations ADD COLUMN attributes TEXT NOT NULL DEFAULT '';
DROP VIEW annotations_with_article;
CREATE VIEW annotations_with_article AS
SELECT a.id AS annotation_id, a.article_id, ar.title AS article_title, a.tag,
       a.start, a.end, a.text,
       (SELECT group_concat(s.text, ' | ') FROM relations r JOIN annotations s ON s.id = r.to_id
        WHERE r.from_id = a.id AND r.type = '{ATTRIBUTED_TO}') AS speaker,
       a.note, a.annotator, a.created, a.updated, a.attributes
FROM annotations a JOIN articles ar ON ar.id = a.article_id;
"""

def _row_json(columns: str) -> str:
    """SQL for a row's ``columns`` as a JSON object, ``{r}`` standing for ``new`` or ``old``.

    A blob (a hand-edited cell) is written as its hex: JSON cannot hold one,
    and the history must never refuse a change.
    """
    return "json_object(" + ", ".join(
        f"'{c}', CASE typeof({{r}}.\"{c}\") WHEN 'blob' THEN hex({{r}}.\"{c}\") ELSE {{r}}.\"{c}\" END"
        for c in columns.split()) + ")"


# The rows as the history keeps them (an annotation's prefix and suffix follow from its text, an article's
# text from its hash).
_ANNOTATION_JSON = _row_json("id article_id tag start end text note annotator attributes curated created updated")
_RELATION_JSON = _row_json("id article_id type from_id to_id created")
_TAG_JSON = _row_json("name label color key position role")
_ARTICLE_JSON = _row_json("id title source authors url published language dateline text_sha256")
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_WHO = "(SELECT who FROM history_context WHERE id = 1)"
_STEP = "(SELECT step FROM history_context WHERE id = 1)"


def _history_trigger(name: str, event: str, table: str, action: str, article: str, item: str,
                     before: str | None, after: str | None, when: str = "", who: str = _WHO) -> str:
    """A trigger that appends one history entry for each row ``event`` touches."""
    return (f"CREATE TRIGGER history_{name} AFTER {event} ON {table} {when} BEGIN\n"
            "    INSERT INTO history (at, who, action, article_id, item_id, before, after, step)\n"
            f"    VALUES ({_NOW}, {who}, {action}, {article}, {item}, {before or 'NULL'}, {after or 'NULL'},"
            f" {_STEP});\n"
            "END;\n")


# Version 8: several annotators at one desk.  Curated spans are marked (the
# version a curator settled on; their ``annotator`` is the curator).  Every
# change is appended to ``history`` — who, when, what, the row before and
# after as JSON, and the step the person took ("Undo: Tag … as quote") — by
# triggers, so it lands in the same transaction as the change whoever
# writes.  The store names who acts and the step in ``history_context`` for
# the length of each transaction (and blanks it again before committing).
# A tag renamed carries its spans along by a cascade: that is one tag entry,
# not one retag per span.  A curator's decisions about an article (rejected
# units, kept in ``meta`` as ``curation:<article id>``) are entries too.
_SCHEMA_V8 = f"""
ALTER TABLE annotations ADD COLUMN curated INTEGER NOT NULL DEFAULT 0;
CREATE TABLE history (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    article_id  TEXT,
    item_id     TEXT NOT NULL,
    before      TEXT,
    after       TEXT,
    step        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX annotations_annotator ON annotations (annotator, curated);
CREATE INDEX history_article ON history (article_id, seq);
CREATE INDEX history_item ON history (item_id, seq);
CREATE TABLE history_context (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    who   TEXT NOT NULL DEFAULT '',
    step  TEXT NOT NULL DEFAULT ''
);
INSERT INTO history_context (id) VALUES (1);
{_history_trigger("annotation_insert", "INSERT", "annotations", "'add'", "new.article_id", "new.id", None,
                  _ANNOTATION_JSON.format(r="new"), who=f"coalesce(nullif({_WHO}, ''), new.annotator)")}
{_history_trigger("annotation_update", "UPDATE", "annotations",
                  "CASE WHEN old.tag IS NOT new.tag THEN 'retag' WHEN old.note IS NOT new.note THEN 'note' "
                  "WHEN old.attributes IS NOT new.attributes THEN 'attributes' "
                  "WHEN old.curated IS NOT new.curated THEN 'curate' ELSE 'update' END",
                  "new.article_id", "new.id", _ANNOTATION_JSON.format(r="old"), _ANNOTATION_JSON.format(r="new"),
                  when="WHEN old.tag IS new.tag OR EXISTS (SELECT 1 FROM tags WHERE name = old.tag)")}
{_history_trigger("annotation_delete", "DELETE", "annotations", "'delete'", "old.article_id", "old.id",
                  _ANNOTATION_JSON.format(r="old"), None)}
{_history_trigger("relation_insert", "INSERT", "relations", "'link'", "new.article_id", "new.id", None,
                  _RELATION_JSON.format(r="new"))}
{_history_trigger("relation_delete", "DELETE", "relations", "'unlink'", "old.article_id", "old.id",
                  _RELATION_JSON.format(r="old"), None)}
{_history_trigger("tag_insert", "INSERT", "tags", "'tag_add'", "NULL", "new.name", None, _TAG_JSON.format(r="new"))}
{_history_trigger("tag_update", "UPDATE", "tags", "'tag_edit'", "NULL", "new.name", _TAG_JSON.format(r="old"),
                  _TAG_JSON.format(r="new"))}
{_history_trigger("tag_delete", "DELETE", "tags", "'tag_delete'", "NULL", "old.name", _TAG_JSON.format(r="old"),
                  None)}
{_history_trigger("article_insert", "INSERT", "articles", "'article_add'", "new.id", "new.id", None,
                  _ARTICLE_JSON.format(r="new"))}
{_history_trigger("curation_insert", "INSERT", "meta", "'curation'", "substr(new.key, 10)", "new.key", None,
                  "new.value", when="WHEN new.key LIKE 'curation:%'")}
{_history_trigger("curation_update", "UPDATE", "meta", "'curation'", "substr(new.key, 10)", "new.key", "old.value",
                  "new.value", when="WHEN new.key LIKE 'curation:%'")}
{_history_trigger("curation_delete", "DELETE", "meta", "'curation'", "substr(old.key, 10)", "old.key", "old.value",
                  None, when="WHEN old.key LIKE 'curation:%'")}
{_history_trigger("article_update", "UPDATE", "articles", "'article_edit'", "new.id", "new.id",
                  _ARTICLE_JSON.format(r="old"), _ARTICLE_JSON.format(r="new"))}
"""

MIGRATIONS: dict[int, str] = {
    1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3, 4: _SCHEMA_V4, 5: _SCHEMA_V5, 6: _SCHEMA_V6, 7: _SCHEMA_V7,
    8: _SCHEMA_V8,
}
#: The oldest schema a read-only file (which cannot be migrated) is opened with: version 5 only adds
#: the kept counts, which a version 4 file is counted without.
READ_ONLY_OLDEST = 4

@dataclass
class ArticleChanges:
    """What another writer changed in one article, from the change log (see :meth:`Store.changes_since`)."""

    #: the newest log entry read: ask for changes since this one next time
    seen: int
    #: spans added, changed or deleted (their ids)
    annotations: set[str] = field(default_factory=set)
    #: links added or removed
    relations: bool = False
    #: the article's own details (title, authors, …)
    article: bool = False

    def __bool__(self) -> bool:
        return bool(self.annotations) or self.relations or self.article


#: SQLite's page cache per connection, in KiB (an upper bound: pages are cached as they are used).
CACHE_KIB = 32 * 1024

#: How many article texts a store keeps for checking new annotations (the
#: window has one open; an import or an export passes through a few).
_TEXTS_KEPT = 4

_ANNOTATION_COLUMNS = (
    "id, article_id, tag, start, end, text, prefix, suffix, note, annotator, created, updated, attributes, curated"
)
_ANNOTATION_MARKS = ",".join("?" * len(_ANNOTATION_COLUMNS.split(",")))
_ARTICLE_COLUMNS = (
    "id, title, source, authors, url, published, language, dateline, text, text_sha256, created, updated"
)


#: Files up to this size are ``quick_check``-ed whole at every open (a few milliseconds); larger
#: ones get the cheap structural probe only (see :func:`_probe`).
QUICK_CHECK_MAX_BYTES = 4 * 2**20


def _header_looks_wrong(path: Path, header: bytes, size: int) -> bool:
    """Whether the first 100 bytes disagree with the file: a bad page size, or pages missing.

    Bytes 16–17 hold the page size, 28–31 the page count, valid when the
    change counter (24–27) equals the "version valid for" number (92–95).  A
    file shorter than its page count says, or not a whole number of pages,
    was cut short (a failed copy, a full disk).
    """
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True
    if size % page_size:
        return True
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96] and pages > 0
    return counted and size < pages * page_size


def _probe(path: Path, full_check: bool = False) -> int:
    """Look at an existing file read-only; return its schema version or refuse it.

    Nothing here writes to the file or creates files beside it (``immutable``
    stops SQLite from making ``-wal``/``-shm`` files), so a refused file stays
    byte-for-byte unchanged.

    What is checked, and what it costs — the probe runs at every command and
    every window start, so its cost must not grow with the database:

    - always (bounded: the 100-byte header, the schema on the first pages):
      the SQLite header, the page size and page count against the file's
      size (a truncated file), ``user_version``, and the schema itself
      (reading ``sqlite_master`` fails on a damaged first page);
    - ``PRAGMA quick_check`` over the whole file only when that is cheap
      (files up to :data:`QUICK_CHECK_MAX_BYTES`), when the header looks
      wrong, or when asked (``full_check``, :meth:`Store.check`).

    The trade-off: ``quick_check`` reads every page, 0.85 s for 10,000
    articles, so a large file is not scanned at every start.  Damage in the
    body of a large file (a flipped sector in the middle of a table) is then
    found when those pages are read: SQLite reports the page as malformed,
    that becomes a "damaged" message, and a change that met it is rolled back
    whole — the file is never written on top of a page SQLite could not
    read.  :meth:`Store.check` (``quick_check`` of everything) finds such
    damage up front.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise StoreError("Cannot read the database %1: %2.", path, os_reason(exc)) from exc
    if not header:
        return 0  # an empty file is an empty database
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise StoreError("%1 is not an annotator database (it is not an SQLite file).", path)
    scan = full_check or size <= QUICK_CHECK_MAX_BYTES or _header_looks_wrong(path, header, size)
    # With a -wal file beside it, the newest pages may be there: read through
    # it (its -shm already exists).  Without one, open the file as immutable.
    wal = path.with_name(path.name + "-wal")
    mode = "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
    try:
        uri = path.resolve().as_uri() + mode
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version > SCHEMA_VERSION:
                raise StoreError(
                    "%1 was written by a newer version of annotator (schema %2; this version "
                    "reads up to %3). Update annotator to open it; the file was not changed.",
                    path, version, SCHEMA_VERSION,
                )
            if version == 0 and tables:
                raise StoreError("%1 is an SQLite database of another program, not an annotator database.", path)
            if version > 0 and not {"articles", "annotations", "tags"} <= tables:
                raise StoreError("%1 is damaged: its annotator tables are missing. It was not changed.", path)
            if scan:
                check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                if check != "ok":
                    raise StoreError("The database %1 is damaged (%2); it was not changed.", path, check)
    except sqlite3.Error as exc:
        raise _sqlite_error(path, exc) from exc
    return version


def _writable(path: Path) -> bool:
    """Whether annotator may write the file — and its folder, where WAL keeps its -wal and -shm files."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _sqlite_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """The :class:`StoreError` to raise for SQLite's ``exc`` on the database at ``path``."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError("The database %1 is locked by another program; try again in a moment.", path)
    if "readonly" in text or "read-only" in text:
        return StoreError("The database %1 is read-only; choose a writable copy with --db.", path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError("The database %1 is damaged (%2); it was not changed.", path, text)
    if "unable to open" in text:
        return StoreError("Cannot open the database %1: the folder is missing or not writable.", path)
    if "disk is full" in text or "disk I/O" in text:
        return StoreError("Cannot write to the database %1: %2. The last change was not saved.", path, text)
    return StoreError("Database error in %1: %2.", path, text)


class Store:
    """An open annotator database.

    Use :func:`open_store` (or ``Store.open``) to get one; close it when done
    (it is also a context manager).  Every method turns a database failure
    into a :class:`StoreError` with a sentence for the user.
    """

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        #: True when the file or its folder cannot be written: reads work, changes are refused
        self.read_only = False
        # The texts of the articles this store read or wrote last (id -> text).
        # An article's text never changes, so these are never stale; they let
        # an annotation be checked against its span alone (see _insert_annotation).
        self._texts: dict[str, str] = {}  # oldest first
        #: the change-log entries of this store's last write: (the newest before it, the newest after it);
        #: with the lock held throughout, the entries between are this store's own
        self.last_write = (0, 0)
        self._change_log = True
        #: whether the ``annotation_counts`` table is there (not in a read-only version 4 file)
        self._kept_counts = True
        #: whether the ``history`` table is there (not in a read-only file older than version 8)
        self._history = True
        #: who is acting: the history names them for every change this store writes
        self.who = ""
        # the step being taken ("Undo: Tag … as quote"), for the history (see acting())
        self._step = ""

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, create: bool = True, full_check: bool = False) -> Store:
        """Open the database at ``path``, migrating an older one.

        With ``create=False`` a missing file is an error instead of a new
        database (for commands that only read, where a typo should not
        silently produce an empty result).  ``full_check`` runs
        ``quick_check`` over the whole file first, whatever its size (see
        :func:`_probe` for what is checked otherwise).
        """
        path = Path(path).expanduser().absolute()  # messages then say where the file is
        if path.is_dir():
            raise StoreError("%1 is a folder; give the path of a database file.", path)
        exists = path.exists()
        if not exists and not create:
            raise StoreError("There is no database at %1.", path)
        if exists:
            version = _probe(path, full_check)
            if not _writable(path):
                return cls._open_read_only(path, version)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError("Cannot create the folder %1: %2.", path.parent, os_reason(exc)) from exc
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            if db.journal_mode != "wal":
                db.enable_wal()
            # FULL: a commit is on disk before the call returns, so even a
            # power cut cannot take back a change the window showed as saved.
            db.execute("PRAGMA synchronous = FULL")
            # Each span written runs triggers (counts, change log) whose
            # statement journals SQLite keeps in a temporary file unless told
            # otherwise, and a 200,000-span article's indexes outgrow the 2 MB
            # default cache: both halved what Tag all of 10,000 matches cost.
            db.execute("PRAGMA temp_store = MEMORY")
            db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            store = cls(db, path)
            store._migrate()
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, sqlite3.Error):
                raise _sqlite_error(path, exc) from exc
            raise
        return store

    @classmethod
    def open_for_reading(cls, path: str | Path) -> Store:
        """Open someone else's database only to read it: never written, never migrated (``annotator merge``).

        The same checks as :meth:`open`: a file that is not an annotator
        database, or is damaged or newer, is refused with a clear message.
        """
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise StoreError("%1 is a folder; give the path of a database file.", path)
        if not path.exists():
            raise StoreError("There is no database at %1.", path)
        return cls._open_read_only(path, _probe(path))

    @classmethod
    def _open_read_only(cls, path: Path, version: int) -> Store:
        """A database the user may not change (a read-only file or folder): open it for reading.

        Everything can be read and exported; every change is refused with a
        clear message instead of failing half-way.
        """
        if version < READ_ONLY_OLDEST:
            raise StoreError(
                "%1 was written by an older annotator and cannot be read without upgrading it. "
                "Copy it somewhere writable and open the copy once with annotator.", path,
            )
        wal = path.with_name(path.name + "-wal")
        # With a -wal file its -shm is needed too; without one the file is
        # opened as immutable, which needs nothing beside it.
        mode = "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(path.as_uri() + mode, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.Error as exc:
            raise _sqlite_error(path, exc) from exc
        store = cls(db, path)
        store.read_only = True
        store._change_log = version >= 6
        store._kept_counts = version >= 5
        store._history = version >= 8
        if version < 8:
            # Older files lack later columns, and this one cannot be
            # migrated: a view in memory that shadows the table gives every
            # read the same columns (rowid included; ``INDEXED BY`` names
            # ``main.annotations``, since a view has no indexes).
            missing = ("'' AS attributes, " if version < 7 else "") + "0 AS curated"
            db.execute(f"CREATE TEMP VIEW annotations AS SELECT rowid AS rowid, *, {missing} FROM main.annotations")
        return store

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version:
            _backup(self.path, version)
        with self._writing():
            # Re-read inside the write lock: another process may have
            # created or migrated the file since we looked.
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError("%1 was upgraded by a newer annotator while opening it.", self.path)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                # Statement by statement: executescript() would commit midway.
                for statement in _split_sql(MIGRATIONS[target]):
                    self.db.execute(statement)
            if version == 0:
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO tags (name, label, color, key, position, role) VALUES (?, ?, ?, ?, ?, ?)",
                    [(t.name, t.label, t.color, t.key, t.position, t.role) for t in BUILTIN_TAGS],
                )
            elif version < 3:
                for (name,) in self.db.execute("SELECT name FROM tags").fetchall():
                    self.db.execute("UPDATE tags SET role = ? WHERE name = ?", [inferred_role(name), name])
            if version < 2:
                self._rebuild_search_index()  # folding happens in Python, not in SQL
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        """Close the connection (everything is already committed)."""
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction, taken with ``BEGIN IMMEDIATE``.

        Taking the write lock up front (instead of upgrading a read lock
        later) lets the busy timeout wait for another process's write
        instead of failing at once.  Nested use becomes a savepoint.
        Database errors become a :class:`StoreError`; nothing is half-done.
        """
        if self.read_only:
            raise StoreError("%1 is read-only: this change cannot be saved. "
                             "Copy the database somewhere writable to annotate.", self.path)
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():  # a savepoint inside the open transaction
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            before = self.last_change()
            if self._history and (self.who or self._step):
                conn.execute("UPDATE history_context SET who = ?, step = ? WHERE id = 1", [self.who, self._step])
        except sqlite3.Error as exc:
            raise _sqlite_error(self.path, exc) from exc
        try:
            yield
            after = self.last_change()
            if self._history and (self.who or self._step):
                # Blank again: another program's writes are not this person's.
                conn.execute("UPDATE history_context SET who = '', step = '' WHERE id = 1")
            conn.execute("COMMIT")
            self.last_write = (before, after)
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _sqlite_error(self.path, exc) from exc
            raise

    @contextmanager
    def acting(self, step: str) -> Iterator[None]:
        """Name the step the writes inside take, for the history ("Undo: Tag … as quote")."""
        outer, self._step = self._step, step
        try:
            yield
        finally:
            self._step = outer

    def _query(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:
        """Run a read and fetch every row; a database failure becomes a StoreError."""
        try:
            return self.db.execute(sql, list(params)).fetchall()
        except sqlite3.Error as exc:
            raise _sqlite_error(self.path, exc) from exc

    # -- meta ------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the ``meta`` table (small per-database state)."""
        rows = self._query("SELECT value FROM meta WHERE key = ?", [key])
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: str | None) -> None:
        """Store a value in the ``meta`` table, or remove it when ``None``."""
        with self._writing():
            if value is None:
                self.db.execute("DELETE FROM meta WHERE key = ?", [key])
            else:
                self.db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )

    def last_change(self) -> int:
        """The number of the newest entry in the change log (0 before any, or in a file without a log)."""
        if not self._change_log:
            return 0
        try:
            row = self.db.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").fetchone()
        except sqlite3.OperationalError:  # no log yet: a file being migrated to it
            return 0
        return row[0] if row else 0

    def changes_since(self, seq: int, article_id: str) -> ArticleChanges | None:
        """What changed in ``article_id`` after change-log entry ``seq``.

        ``None`` when the log cannot tell: the file has none, or it no longer
        reaches back that far (then reload the article).  The cost is the
        number of entries since ``seq``, whatever the size of the article.
        """
        if not self._change_log:
            return None
        newest = self.last_change()
        if newest <= seq:
            return ArticleChanges(newest)
        oldest = self._query("SELECT min(seq) FROM changes")[0][0]
        if oldest is None or oldest > seq + 1:
            return None
        changes = ArticleChanges(newest)
        for kind, item_id in self._query(
                "SELECT kind, item_id FROM changes WHERE seq > ? AND seq <= ? AND article_id = ?",
                [seq, newest, article_id]):
            if kind == "annotation":
                changes.annotations.add(item_id)
            elif kind == "relation":
                changes.relations = True
            else:
                changes.article = True
        return changes

    def history(self, article_id: str | None = None, item_id: str | None = None,
                after_seq: int = 0, limit: int | None = None) -> list[HistoryEntry]:
        """History entries, oldest first: of one article, of one item (a span, a link, a tag), or all.

        ``after_seq`` and ``limit`` page through a long history.  A file too
        old to have one (read-only, so not migrated) has none.
        """
        if not self._history:
            return []
        sql = "SELECT seq, at, who, action, article_id, item_id, before, after, step FROM history WHERE seq > ?"
        params: list[object] = [after_seq]
        if article_id is not None:
            sql += " AND article_id = ?"
            params.append(article_id)
        if item_id is not None:
            sql += " AND item_id = ?"
            params.append(item_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [HistoryEntry(seq, at, who, action, art, item, _json_or_none(before), _json_or_none(after), step)
                for seq, at, who, action, art, item, before, after, step in self._query(sql, params)]

    def annotations_by_id(self, annotation_ids: Iterable[str]) -> list[Annotation]:
        """The annotations with these ids that exist (any that were deleted are left out)."""
        ids = list(annotation_ids)
        found: list[Annotation] = []
        for start in range(0, len(ids), 500):  # SQLite limits the number of parameters
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found += [Annotation(*_annotation_args(row)) for row in
                      self._query(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id IN ({marks})", chunk)]
        return found

    def data_version(self) -> int:
        """A number that changes whenever *another* connection commits.

        The window compares it when it regains focus to notice annotations
        made in another window or by the command line.
        """
        return self._query("PRAGMA data_version")[0][0]

    # -- tags ------------------------------------------------------------

    def tags(self) -> list[Tag]:
        """All tags in display order."""
        return [Tag(*row) for row in
                self._query("SELECT name, label, color, key, position, role FROM tags ORDER BY position, name")]

    def tag(self, name: str) -> Tag:
        """The tag called ``name``; raises :class:`NotFound`."""
        tags = self.tags()
        for t in tags:
            if t.name == name:
                return t
        known = ", ".join(t.name for t in tags)
        raise NotFound("There is no tag '%1' (known tags: %2).", name, known)

    def tag_usage(self, name: str) -> int:
        """How many annotations carry this tag, in all articles."""
        return self._query("SELECT count(*) FROM annotations WHERE tag = ?", [name])[0][0]

    def save_tag(self, tag: Tag, old_name: str | None = None) -> Tag:
        """Add a tag, or update the tag called ``old_name`` (renaming it if the name changed).

        Renaming carries every annotation along (``ON UPDATE CASCADE``).
        Names and keys must be unique.
        """
        _check_tag(tag)
        with self._writing():
            taken = self._query("SELECT name FROM tags WHERE key = ? AND key != '' AND name != ?",
                                [tag.key, old_name or tag.name])
            if taken:
                raise StoreError("The key '%1' already belongs to the tag '%2'.", tag.key, taken[0][0])
            if old_name is None:
                if self._query("SELECT 1 FROM tags WHERE name = ?", [tag.name]):
                    raise StoreError("There is already a tag called '%1'.", tag.name)
                self.db.execute(
                    "INSERT INTO tags (name, label, color, key, position, role) VALUES (?, ?, ?, ?, ?, ?)",
                    [tag.name, tag.label, tag.color, tag.key, tag.position, tag.role],
                )
            else:
                if tag.name != old_name and self._query("SELECT 1 FROM tags WHERE name = ?", [tag.name]):
                    raise StoreError("There is already a tag called '%1'.", tag.name)
                cur = self.db.execute(
                    "UPDATE tags SET name = ?, label = ?, color = ?, key = ?, position = ?, role = ? WHERE name = ?",
                    [tag.name, tag.label, tag.color, tag.key, tag.position, tag.role, old_name],
                )
                if cur.rowcount == 0:
                    raise NotFound("There is no tag '%1'.", old_name)
        return tag

    def delete_tag(self, name: str, retag_as: str | None = None) -> tuple[Tag, list[Annotation], list[Relation]]:
        """Delete a tag.  Its annotations are re-tagged as ``retag_as`` or, if
        that is ``None``, deleted with their links.

        Returns the tag, the annotations as they were and the removed links,
        so the deletion can be undone with :meth:`restore_tag`.
        """
        tag = self.tag(name)
        if retag_as is not None:
            self.tag(retag_as)
            if retag_as == name:
                raise StoreError("A tag cannot be re-tagged as itself.")
        affected = self._query(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE tag = ?", [name])
        annotations = [Annotation(*_annotation_args(r)) for r in affected]
        relations: list[Relation] = []
        with self._writing():
            if retag_as is None:
                for ann in annotations:
                    relations.extend(r for r in self.relations_of(ann.id) if r not in relations)
                    self._delete_annotation_rows(ann.id)
            else:
                self.db.execute("UPDATE annotations SET tag = ?, updated = ? WHERE tag = ?",
                                [retag_as, now_iso(), name])
            self.db.execute("DELETE FROM tags WHERE name = ?", [name])
        return tag, annotations, relations

    def restore_tag(self, tag: Tag, annotations: list[Annotation], relations: list[Relation]) -> None:
        """Undo :meth:`delete_tag`: the tag, its annotations (as they were) and their links."""
        with self._writing():
            self.db.execute(
                "INSERT INTO tags (name, label, color, key, position, role) VALUES (?, ?, ?, ?, ?, ?)",
                [tag.name, tag.label, tag.color, tag.key, tag.position, tag.role],
            )
            for ann in annotations:
                if self._query("SELECT 1 FROM annotations WHERE id = ?", [ann.id]):
                    self.db.execute("UPDATE annotations SET tag = ?, updated = ? WHERE id = ?",
                                    [ann.tag, ann.updated, ann.id])
                else:
                    self._insert_annotation(ann)
            for rel in relations:
                self._insert_relation(rel)

    # -- articles --------------------------------------------------------

    def add_article(self, article: Article) -> Article:
        """Store a new article and return it."""
        folded = _folded_article(article)  # before the write lock: folding 20 MB takes a while
        with self._writing():
            self._insert_article(article, folded)
        return article

    def add_article_unless_present(self, article: Article) -> tuple[Article, bool]:
        """Store ``article`` unless an article with the same text (SHA-256) is there.

        Returns ``(stored_article, existed)``.  The look-up and the insert
        happen in one write transaction (``BEGIN IMMEDIATE``): two imports of
        the same file at the same moment, in two processes, make one article.
        Only the look-up by hash (an index) and the insert hold the lock; the
        text is folded for the search index before it is taken.

        Why this and not a ``UNIQUE`` index on ``text_sha256``: databases
        written before this fix may already hold duplicates, which a unique
        index cannot be built over without deleting or merging articles that
        carry annotations.  Under the write lock the check is exact, and the
        old duplicates stay as they were, readable and annotatable.
        """
        folded = _folded_article(article)
        with self._writing():
            existing = self.find_article_by_hash(article.text_sha256)
            if existing is not None:
                return existing, True
            self._insert_article(article, folded)
        return article, False

    def _insert_article(self, article: Article, folded: tuple[str, str] | None = None) -> None:
        title, text = folded or _folded_article(article)
        cur = self.db.execute(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                article.id, article.title, article.source, json.dumps(article.authors, ensure_ascii=False),
                article.url, article.published, article.language, article.dateline, article.text,
                article.text_sha256, article.created, article.updated,
            ],
        )
        self.db.execute(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
            [cur.lastrowid, title, text],
        )
        self._keep_text(article.id, article.text)

    def _keep_text(self, article_id: str, text: str) -> None:
        self._texts.pop(article_id, None)
        self._texts[article_id] = text  # now the newest
        while len(self._texts) > _TEXTS_KEPT:
            del self._texts[next(iter(self._texts))]

    def update_article(self, article_id: str, **fields: object) -> Article:
        """Change an article's metadata (title, source, authors, url, published,
        language, dateline).  The text itself never changes."""
        allowed = {"title", "source", "authors", "url", "published", "language", "dateline"}
        unknown = set(fields) - allowed
        if unknown:
            raise StoreError("Unknown article field(s): %1.", ", ".join(sorted(unknown)))
        if "title" in fields and not str(fields["title"] or "").strip():
            raise StoreError("An article needs a title.")
        if "authors" in fields and not (
            isinstance(fields["authors"], list) and all(isinstance(a, str) for a in fields["authors"])
        ):
            raise StoreError("Authors must be a list of names.")
        self.get_article(article_id)
        with self._writing():
            for key, value in fields.items():
                stored = json.dumps(value, ensure_ascii=False) if key == "authors" else value
                self.db.execute(f"UPDATE articles SET {key} = ?, updated = ? WHERE id = ?",
                                [stored, now_iso(), article_id])
            if "title" in fields:
                self.db.execute(
                    "UPDATE articles_fts SET title = ? WHERE rowid = (SELECT rowid FROM articles WHERE id = ?)",
                    [fold_text(str(fields["title"])), article_id],
                )
        return self.get_article(article_id)

    def find_article_by_hash(self, text_sha256: str) -> Article | None:
        """An article whose canonical text has this SHA-256, if any."""
        rows = self._query(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE text_sha256 = ? ORDER BY created LIMIT 1",
            [text_sha256],
        )
        return _article(rows[0]) if rows else None

    def has_article(self, article_id: str) -> bool:
        """Whether an article with exactly this id exists."""
        return bool(self._query("SELECT 1 FROM articles WHERE id = ?", [article_id]))

    def get_article(self, article_id: str) -> Article:
        """The article with this id (or a unique prefix of it); raises :class:`NotFound`."""
        rows = self._query(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id])
        if not rows and article_id:
            rows = self._query(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2",
                [len(article_id), article_id],
            )
            if len(rows) > 1:
                raise NotFound("More than one article id starts with '%1'; give more of it.", article_id)
        if not rows:
            raise NotFound("There is no article with id '%1'.", article_id)
        article = _article(rows[0])
        self._keep_text(article.id, article.text)
        return article

    def articles(self, limit: int | None = None, offset: int = 0, counts: bool = True) -> list[ArticleSummary]:
        """Every article, oldest first, with its annotation count (no text).

        ``limit`` and ``offset`` give one page of that list.  The order comes
        from the ``articles_created`` index and each count from the kept
        ``annotation_counts`` (a row per tag); only the columns stored before the text are
        read from the rows, so an article's length costs nothing here.  With
        ``counts=False`` nothing is counted and every ``annotation_count`` is
        0 (for a caller that counts all articles at once, as ``list`` does).
        """
        count = self._count_of("ar.id") if counts else "0"
        rows = self._query(
            f"SELECT ar.id, ar.title, ar.language, {count} "
            "FROM articles ar INDEXED BY articles_created ORDER BY ar.created, ar.rowid LIMIT ? OFFSET ?",
            [-1 if limit is None else limit, offset],
        )
        return [ArticleSummary(*row) for row in rows]

    def article_position(self, article_id: str) -> int | None:
        """Where the article stands in :meth:`articles` (0 for the oldest), or None if there is none.

        Read from the indexes alone: the window finds the row of the open
        article without reading the list up to it.
        """
        rows = self._query(
            "SELECT created, rowid FROM articles INDEXED BY articles_id_created_title WHERE id = ?", [article_id]
        )
        if not rows:
            return None
        created, rowid = rows[0]
        return self._query(
            "SELECT count(*) FROM articles INDEXED BY articles_created WHERE (created, rowid) < (?, ?)",
            [created, rowid],
        )[0][0]

    def iter_articles(self, article_id: str | None = None) -> Iterator[Article]:
        """Articles one at a time (memory stays bounded by the largest one)."""
        if article_id is not None:
            yield self.get_article(article_id)
            return
        for (aid,) in self._query("SELECT id FROM articles INDEXED BY articles_created ORDER BY created, rowid"):
            yield self.get_article(aid)

    def tag_counts_by_article(self) -> Iterator[tuple[str, dict[str, int]]]:
        """``(article_id, {tag: count})`` for every article with annotations.

        Read from the ``annotation_counts`` table the triggers keep (a few
        rows per article, in article order), or counted over the
        ``(article_id, tag)`` index in a read-only version 4 file.
        """
        sql = ("SELECT article_id, tag, n FROM annotation_counts" if self._kept_counts else
               "SELECT article_id, tag, count(*) FROM main.annotations INDEXED BY annotations_article_tag "
               "GROUP BY article_id, tag")
        current: str | None = None
        per_tag: dict[str, int] = {}
        for article_id, tag, n in self._query(sql):
            if article_id != current:
                if current is not None:
                    yield current, per_tag
                current, per_tag = article_id, {}
            per_tag[tag] = n
        if current is not None:
            yield current, per_tag

    def _count_of(self, article_id: str) -> str:
        """SQL for how many annotations the article ``article_id`` (an SQL expression) has."""
        if self._kept_counts:
            return f"(SELECT coalesce(sum(n), 0) FROM annotation_counts c WHERE c.article_id = {article_id})"
        return f"(SELECT count(*) FROM annotations a WHERE a.article_id = {article_id})"

    def article_count(self) -> int:
        """How many articles the database holds."""
        return self._query("SELECT count(*) FROM articles")[0][0]

    # -- annotations -----------------------------------------------------

    def annotations(self, article_id: str, tag: str | None = None, *, annotator: str | None = None,
                    curated: bool | None = None) -> list[Annotation]:
        """An article's annotations in reading order (start, then longest first).

        ``annotator`` keeps one person's spans; ``curated`` only the curated
        layer (True) or only the annotators' own spans (False).
        """
        return [Annotation(*_annotation_args(row))
                for row in self.annotation_rows(article_id, tag, annotator=annotator, curated=curated)]

    def annotation_rows(self, article_id: str, tag: str | None = None, columns: str = _ANNOTATION_COLUMNS, *,
                        annotator: str | None = None, curated: bool | None = None) -> list[tuple]:
        """An article's annotation rows, only ``columns``, in reading order (ties as SQLite orders them).

        Exports read plain rows (no object per annotation) through the same
        statement as :meth:`annotations`, so both give tied spans in one order.
        """
        sql = f"SELECT {columns} FROM annotations WHERE article_id = ?"
        params: list[object] = [article_id]
        if tag is not None:
            sql += " AND tag = ?"
            params.append(tag)
        if annotator is not None:
            sql += " AND annotator = ?"
            params.append(annotator)
        if curated is not None:
            sql += " AND curated = ?"
            params.append(int(curated))
        sql += " ORDER BY start, end DESC, created"
        return self._query(sql, params)

    def tagged_texts(self, tags: Iterable[str], limit: int = 5000, max_length: int = 60,
                     recent: int = 50_000) -> list[tuple[str, str]]:
        """What the user has tagged with ``tags``: distinct ``(tag, text)`` pairs, most used first.

        The corpus lexicon of the propagation suggester
        (:mod:`annotator.core.suggest.propagate`).  Bounded, so it costs the same
        however large the database grows: only the ``recent`` newest annotations
        are read (a range of rowids through the tag index, about 60 ms on a
        database of 1M annotations, where counting every span of two tags takes
        over a second), texts of 2 to ``max_length`` code points, at most
        ``limit`` pairs; ties go to the most recently tagged.
        """
        names = list(dict.fromkeys(tags))
        if not names or limit <= 0 or recent <= 0:
            return []
        # main.annotations: a read-only old file shadows the table with a view, which has no rowid.
        sql = ("SELECT tag, text FROM main.annotations "
               "WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM main.annotations) - ? "
               f"AND tag IN ({', '.join('?' * len(names))}) AND length(text) BETWEEN 2 AND ? "
               "GROUP BY tag, text ORDER BY count(*) DESC, max(rowid) DESC LIMIT ?")
        return [(tag, text) for tag, text in self._query(sql, [recent, *names, max_length, limit])]

    def annotators(self, article_id: str | None = None) -> list[str]:
        """Everyone who annotated (in one article, or anywhere), in alphabetical order; "" is the unnamed one.

        Curators count only for what they annotated themselves, not for
        curated spans.
        """
        sql = "SELECT DISTINCT annotator FROM annotations WHERE curated = 0"
        params: list[object] = []
        if article_id is not None:
            sql += " AND article_id = ?"
            params.append(article_id)
        return sorted(row[0] for row in self._query(sql, params))

    def get_annotation(self, annotation_id: str) -> Annotation:
        """One annotation by id; raises :class:`NotFound`."""
        rows = self._query(f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", [annotation_id])
        if not rows:
            raise NotFound("There is no annotation with id '%1'.", annotation_id)
        return Annotation(*_annotation_args(rows[0]))

    def add_annotation(self, annotation: Annotation) -> Annotation:
        """Store a new annotation, after checking it against the article text."""
        with self._writing():
            self._insert_annotation(annotation)
        return annotation

    def add_annotations(self, annotations: list[Annotation]) -> None:
        """Store many new annotations in one transaction: all of them, or none (Tag all).

        Each is checked against its article's text as :meth:`add_annotation`
        checks one; the rows then go in with one ``executemany`` per table:
        10,000 spans are a few statements, not 30,000 round trips.
        """
        if not annotations:
            return
        with self._writing():
            for article_id in {a.article_id for a in annotations}:
                if not self._query("SELECT 1 FROM articles WHERE id = ?", [article_id]):
                    raise NotFound("There is no article with id '%1'.", article_id)
            for ann in annotations:
                self._check_span(ann)
            before = self._query("SELECT max(rowid) FROM annotations")[0][0] or 0
            self.db.conn.executemany(
                f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) VALUES ({_ANNOTATION_MARKS})",
                [(a.id, a.article_id, a.tag, a.start, a.end, a.text, a.prefix, a.suffix, a.note, a.annotator,
                  a.created, a.updated, attributes_json(a.attributes), int(a.curated)) for a in annotations],
            )
            # New rows take the rowids after the largest one (SQLite picks at random only past 2**63).
            rowids = dict(self._query("SELECT id, rowid FROM annotations WHERE rowid > ?", [before]))
            if len(rowids) != len(annotations):
                rowids = {a.id: self._query("SELECT rowid FROM annotations WHERE id = ?", [a.id])[0][0]
                          for a in annotations}
            self.db.conn.executemany(
                "INSERT INTO annotations_fts (rowid, text, note) VALUES (?, ?, ?)",
                [(rowids[a.id], fold_text(a.text), fold_text(a.note)) for a in annotations],
            )

    def delete_annotations(self, annotation_ids: list[str]) -> list[tuple[Annotation, list[Relation]]]:
        """Delete many annotations and their links in one transaction; returns them for undo."""
        removed = []
        with self._writing():
            # A few statements per 500 spans, not three per span: undoing a
            # Tag all of 10,000 matches is as quick as doing it.
            for first in range(0, len(annotation_ids), 500):
                chunk = annotation_ids[first:first + 500]
                marks = ",".join("?" * len(chunk))
                found = {a.id: a for a in self.annotations_by_id(chunk)}
                missing = [i for i in chunk if i not in found]
                if missing:
                    raise NotFound("There is no annotation with id '%1'.", missing[0])
                links: dict[str, list[Relation]] = {i: [] for i in chunk}
                for row in self._query(
                        "SELECT article_id, from_id, to_id, type, id, created FROM relations "
                        f"WHERE from_id IN ({marks}) OR to_id IN ({marks}) ORDER BY created, rowid", chunk + chunk):
                    relation = Relation(*row)
                    for end in {relation.from_id, relation.to_id} & links.keys():
                        links[end].append(relation)
                removed += [(found[i], links[i]) for i in chunk]
                self.db.execute(f"DELETE FROM relations WHERE from_id IN ({marks}) OR to_id IN ({marks})",
                                chunk + chunk)
                self.db.execute("DELETE FROM annotations_fts WHERE rowid IN "
                                f"(SELECT rowid FROM annotations WHERE id IN ({marks}))", chunk)
                self.db.execute(f"DELETE FROM annotations WHERE id IN ({marks})", chunk)
        return removed

    def _insert_annotation(self, ann: Annotation, article_text: str | None = None) -> None:
        """Insert one annotation after checking ``text[start:end] == ann.text``.

        The check compares the span only, so its cost does not grow with the
        article: bulk importers that hold the article's text pass it as
        ``article_text``, and an article this store has read or written
        (the one open in the window) is kept in memory — an article's text
        never changes, so the copy cannot be stale.  Only for an article this
        process has not read does SQLite's ``substr`` (which counts code
        points exactly like Python slicing) check it against what is stored,
        which reads the stored text up to the span.
        """
        if article_text is None:
            article_text = self._texts.get(ann.article_id)
            if article_text is not None and not self._query("SELECT 1 FROM articles WHERE id = ?", [ann.article_id]):
                raise NotFound("There is no article with id '%1'.", ann.article_id)
        self._check_span(ann, article_text)
        cur = self.db.execute(
            f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) VALUES ({_ANNOTATION_MARKS})",
            [ann.id, ann.article_id, ann.tag, ann.start, ann.end, ann.text, ann.prefix,
             ann.suffix, ann.note, ann.annotator, ann.created, ann.updated, attributes_json(ann.attributes),
             int(ann.curated)],
        )
        self.db.execute(
            "INSERT INTO annotations_fts (rowid, text, note) VALUES (?, ?, ?)",
            [cur.lastrowid, fold_text(ann.text), fold_text(ann.note)],
        )

    def _check_span(self, ann: Annotation, article_text: str | None = None) -> None:
        """Refuse ``ann`` unless its article's ``text[start:end]`` is ``ann.text`` (see :meth:`_insert_annotation`)."""
        if article_text is None:
            article_text = self._texts.get(ann.article_id)
        if article_text is not None:
            stored = article_text[ann.start:ann.end] if 0 <= ann.start < ann.end <= len(article_text) else None
        else:
            row = self.db.execute(
                "SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?",
                [ann.start, ann.end, ann.start, ann.article_id],
            ).fetchone()
            if row is None:
                raise NotFound("There is no article with id '%1'.", ann.article_id)
            stored = row[0]
        problem = attributes_problem(ann.attributes)
        if problem is not None:
            raise StoreError("Annotation %1: %2.", ann.id, problem)
        if stored != ann.text:
            raise StoreError(
                "Annotation %1 does not match its article: text[%2:%3] is %4, not %5.",
                ann.id, ann.start, ann.end, repr(stored), repr(ann.text),
            )

    def set_tag(self, annotation_id: str, tag: str) -> Annotation:
        """Re-tag an annotation; returns it as stored."""
        self.tag(tag)
        with self._writing():
            cur = self.db.execute(
                "UPDATE annotations SET tag = ?, updated = ? WHERE id = ?", [tag, now_iso(), annotation_id]
            )
            if cur.rowcount == 0:
                raise NotFound("There is no annotation with id '%1'.", annotation_id)
        return self.get_annotation(annotation_id)

    def set_note(self, annotation_id: str, note: str) -> Annotation:
        """Replace an annotation's note; returns it as stored."""
        with self._writing():
            cur = self.db.execute(
                "UPDATE annotations SET note = ?, updated = ? WHERE id = ?", [note, now_iso(), annotation_id]
            )
            if cur.rowcount == 0:
                raise NotFound("There is no annotation with id '%1'.", annotation_id)
            self.db.execute("UPDATE annotations_fts SET note = ? WHERE rowid = "
                            "(SELECT rowid FROM annotations WHERE id = ?)", [fold_text(note), annotation_id])
        return self.get_annotation(annotation_id)

    def set_attributes(self, annotation_id: str, attributes: dict[str, str]) -> Annotation:
        """Replace an annotation's attributes (``{"kind": "direct"}``); returns it as stored."""
        problem = attributes_problem(attributes)
        if problem is not None:
            raise StoreError("Annotation %1: %2.", annotation_id, problem)
        with self._writing():
            cur = self.db.execute("UPDATE annotations SET attributes = ?, updated = ? WHERE id = ?",
                                  [attributes_json(attributes), now_iso(), annotation_id])
            if cur.rowcount == 0:
                raise NotFound("There is no annotation with id '%1'.", annotation_id)
        return self.get_annotation(annotation_id)

    def delete_annotation(self, annotation_id: str) -> tuple[Annotation, list[Relation]]:
        """Delete an annotation and its links; returns both so it can be restored."""
        with self._writing():  # read what undo needs under the same lock as the delete
            ann = self.get_annotation(annotation_id)
            relations = self.relations_of(annotation_id)
            self._delete_annotation_rows(annotation_id)
        return ann, relations

    def _delete_annotation_rows(self, annotation_id: str) -> None:
        # Relations go by ON DELETE CASCADE; deleting them here too keeps the
        # store correct even on a connection without foreign keys.
        self.db.execute("DELETE FROM relations WHERE from_id = ? OR to_id = ?", [annotation_id, annotation_id])
        self.db.execute("DELETE FROM annotations_fts WHERE rowid = (SELECT rowid FROM annotations WHERE id = ?)",
                        [annotation_id])
        self.db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])

    def restore_annotation(self, annotation: Annotation, relations: Iterable[Relation] = ()) -> None:
        """Put back an annotation (and its links) removed by :meth:`delete_annotation`."""
        with self._writing():
            self._insert_annotation(annotation)
            for rel in relations:
                self._insert_relation(rel)

    def add_linked(self, annotations: list[Annotation], relations: list[Relation]) -> None:
        """Store new annotations and the links between them in one transaction: all, or none.

        What accepting suggestions does: a quote, its speaker and the link
        between them are one step, never a quote without its link.
        """
        with self._writing():
            self.add_annotations(annotations)
            for relation in relations:
                self._insert_relation(relation)

    # -- relations -------------------------------------------------------

    def add_relation(self, relation: Relation) -> Relation:
        """Link two annotations of the same article (e.g. a quote to its speaker)."""
        with self._writing():
            self._insert_relation(relation)
        return relation

    def _insert_relation(self, rel: Relation) -> None:
        ends = self._query("SELECT id, article_id FROM annotations WHERE id IN (?, ?)", [rel.from_id, rel.to_id])
        if rel.from_id == rel.to_id:
            raise StoreError("An annotation cannot be linked to itself.")
        if len(ends) != 2 or any(article != rel.article_id for _, article in ends):
            raise StoreError("A link must join two existing annotations of the same article.")
        self.db.execute(
            "INSERT INTO relations (id, article_id, type, from_id, to_id, created) VALUES (?,?,?,?,?,?)",
            [rel.id, rel.article_id, rel.type, rel.from_id, rel.to_id, rel.created],
        )

    def delete_relation(self, relation_id: str) -> Relation:
        """Remove one link; returns it so it can be restored."""
        rows = self._query("SELECT article_id, from_id, to_id, type, id, created FROM relations WHERE id = ?",
                           [relation_id])
        if not rows:
            raise NotFound("There is no link with id '%1'.", relation_id)
        with self._writing():
            self.db.execute("DELETE FROM relations WHERE id = ?", [relation_id])
        return Relation(*rows[0])

    def relations(self, article_id: str) -> list[Relation]:
        """An article's relations, oldest first."""
        rows = self._query(
            "SELECT article_id, from_id, to_id, type, id, created FROM relations "
            "WHERE article_id = ? ORDER BY created, rowid",
            [article_id],
        )
        return [Relation(*row) for row in rows]

    def attributions(self, article_id: str) -> dict[str, list[str]]:
        """For each annotation in the article, the span texts it is ``attributed_to``."""
        out: dict[str, list[str]] = {}
        for from_id, text in self._query(
            "SELECT r.from_id, s.text FROM relations r JOIN annotations s ON s.id = r.to_id "
            "WHERE r.article_id = ? AND r.type = ? ORDER BY r.created, r.rowid",
            [article_id, ATTRIBUTED_TO],
        ):
            out.setdefault(from_id, []).append(text)
        return out

    def relations_of(self, annotation_id: str) -> list[Relation]:
        """Relations that start or end at this annotation."""
        rows = self._query(
            "SELECT article_id, from_id, to_id, type, id, created FROM relations "
            "WHERE from_id = ? OR to_id = ? ORDER BY created, rowid",
            [annotation_id, annotation_id],
        )
        return [Relation(*row) for row in rows]

    # -- search ----------------------------------------------------------

    def search_annotations(
        self, query: str = "", tag: str | None = None, speaker: str | None = None, limit: int = 500,
        offset: int = 0,
    ) -> list[tuple[Annotation, str]]:
        """A page of annotations whose text or note contains ``query`` (Arabic-folded),
        optionally only with ``tag`` and only those linked to a speaker whose
        span contains ``speaker``.  Returns ``(annotation, article_title)``
        pairs in article and reading order.

        A page is the first ``limit`` hits after ``offset`` in the order the
        annotations were made — the full-text index's own order, which SQLite
        reads as a stream and stops once the page is full — so a page costs
        the same with 500 hits as with 500,000.  Only that page is then sorted
        into article order.  :meth:`search_annotation_page` also says whether
        more follow.
        """
        return self.search_annotation_page(query, tag, speaker, limit, offset)[0]

    def search_annotation_page(
        self, query: str = "", tag: str | None = None, speaker: str | None = None, limit: int = 500,
        offset: int = 0,
    ) -> tuple[list[tuple[Annotation, str]], bool]:
        """:meth:`search_annotations`, and whether there are hits after this page."""
        if limit <= 0:
            return [], False
        page = self._hit_rowids(query, tag, speaker, limit + 1, max(0, offset))
        more = len(page) > limit
        page = page[:limit]  # the extra one is the next page's first, in the order hits are paged
        if not page:
            return [], False
        # Articles are joined through the covering (id, created, title)
        # index: reading ``created`` from an article's row would walk its text.
        marks = ", ".join("?" * len(page))
        rows = self._query(
            f"SELECT {', '.join('a.' + c.strip() for c in _ANNOTATION_COLUMNS.split(','))}, ar.title "
            "FROM annotations a JOIN articles ar INDEXED BY articles_id_created_title ON ar.id = a.article_id "
            f"WHERE a.rowid IN ({marks}) ORDER BY ar.created, ar.rowid, a.start, a.end DESC, a.rowid",
            page,
        )
        return [(Annotation(*_annotation_args(row[:-1])), row[-1]) for row in rows], more

    def _hit_rowids(self, query: str, tag: str | None, speaker: str | None, limit: int, offset: int) -> list[int]:
        """The rowids of one page of :meth:`search_annotations` hits, in the order they were made.

        Every plan starts from a stream in rowid order — the query's or the
        speaker's full-text hits, else the tag's index — joins the rest row by
        row, and is read only as far as the page needs.
        """
        needle = fold_text(query).strip()
        who = fold_text(speaker or "").strip()
        params: list[object] = []
        where: list[str] = []
        if who:
            # "Said by": from the speaker spans the index finds (in the order
            # they were made), through their incoming links, to the spans
            # linked; a span linked to two such speakers comes once.
            source = _fts_source("annotations_fts", "sf", "text", who, params)
            sql = (f"SELECT a.rowid FROM {source} CROSS JOIN annotations s ON s.rowid = sf.rowid "
                   "CROSS JOIN relations r ON r.to_id = s.id CROSS JOIN annotations a ON a.id = r.from_id")
            where.append("r.type = ?")
            params.append(ATTRIBUTED_TO)
            if needle:
                where.append(_fts_row_check("annotations_fts", "{text note}", needle, "a.rowid", params))
            order = "sf.rowid"
        elif needle:
            source = _fts_source("annotations_fts", "f", "{text note}", needle, params)
            sql = f"SELECT a.rowid FROM {source} CROSS JOIN annotations a ON a.rowid = f.rowid"
            order = "f.rowid"
        elif tag:
            sql = "SELECT a.rowid FROM main.annotations a INDEXED BY annotations_tag"
            order = "a.rowid"
        else:
            return []
        if tag:
            where.append("a.tag = ?")
            params.append(tag)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order}"
        skip = offset
        if not who:  # said-by may repeat a span: its page is cut below, after dropping repeats
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
            skip = 0
        page: list[int] = []
        seen: set[int] = set()
        try:
            cursor = self.db.execute(sql, params)
            for (rowid,) in cursor:
                if rowid in seen:
                    continue
                seen.add(rowid)
                if len(seen) > skip:
                    page.append(rowid)
                    if len(page) == limit:
                        break
            cursor.close()
        except sqlite3.Error as exc:
            raise _sqlite_error(self.path, exc) from exc
        return page

    def search_articles(self, query: str, limit: int = 200, offset: int = 0) -> list[ArticleSummary]:
        """A page of articles whose title or text contains ``query`` (Arabic-folded), oldest first.

        As in :meth:`search_annotations`, the page is the first ``limit``
        hits after ``offset`` in the full-text index's order (the order the
        articles were added), then sorted.
        """
        return self.search_article_page(query, limit, offset)[0]

    def search_article_page(self, query: str, limit: int = 200, offset: int = 0) -> tuple[list[ArticleSummary], bool]:
        """:meth:`search_articles`, and whether there are hits after this page."""
        needle = fold_text(query).strip()
        if not needle or limit <= 0:
            return [], False
        params: list[object] = []
        source = _fts_source("articles_fts", "f", "{title text}", needle, params)
        hits = [rowid for (rowid,) in self._query(f"SELECT f.rowid FROM {source} ORDER BY f.rowid LIMIT ? OFFSET ?",
                                                  [*params, limit + 1, max(0, offset)])]
        more = len(hits) > limit
        hits = hits[:limit]
        if not hits:
            return [], False
        rows = self._query(
            f"SELECT ar.id, ar.title, ar.language, {self._count_of('ar.id')} "
            f"FROM articles ar WHERE ar.rowid IN ({', '.join('?' * len(hits))}) ORDER BY "
            # ``created`` from the covering index: in the row it is stored after the text.
            "(SELECT c.created FROM articles c INDEXED BY articles_id_created_title WHERE c.id = ar.id), ar.rowid",
            hits,
        )
        return [ArticleSummary(*row) for row in rows], more

    def rebuild_search_index(self) -> None:
        """Re-fold every article and annotation into the full-text tables, and recount every article's spans."""
        with self._writing():
            self._rebuild_search_index()
            self.db.execute("DELETE FROM annotation_counts")
            self.db.execute("INSERT INTO annotation_counts (article_id, tag, n) "
                            "SELECT article_id, tag, count(*) FROM annotations GROUP BY article_id, tag")

    def _rebuild_search_index(self) -> None:
        self.db.execute("DELETE FROM articles_fts")
        self.db.execute("DELETE FROM annotations_fts")
        for rowid, title, text in self.db.execute("SELECT rowid, title, text FROM articles").fetchall():
            self.db.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                            [rowid, fold_text(title), fold_text(text)])
        rows = self.db.execute("SELECT rowid, text, note FROM annotations").fetchall()
        self.db.conn.executemany(
            "INSERT INTO annotations_fts (rowid, text, note) VALUES (?, ?, ?)",
            [(rowid, fold_text(text), fold_text(note)) for rowid, text, note in rows],
        )

    # -- maintenance -----------------------------------------------------

    def defer_checkpoints(self) -> None:
        """Stop SQLite from checkpointing the WAL inside a commit; call :meth:`checkpoint` instead.

        A checkpoint copies the WAL into the database with fsyncs — tens of
        milliseconds that would land on whichever key press happened to
        cross the threshold.  The window checkpoints when idle instead.
        """
        if not self.read_only:
            self._query("PRAGMA wal_autocheckpoint = 0")

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file (without waiting for readers)."""
        if not self.read_only:
            self._query("PRAGMA wal_checkpoint(PASSIVE)")

    def check(self) -> str:
        """``PRAGMA quick_check`` of the whole file: ``"ok"``, or the first problems found.

        What an explicit ``annotator check`` runs: it reads every page, which
        opening the store does only for small files (see :func:`_probe`).
        """
        rows = self._query("PRAGMA quick_check(20)")
        return "\n".join(r[0] for r in rows)

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check``: ``"ok"`` for a healthy file."""
        return self._query("PRAGMA integrity_check")[0][0]


def _fts_source(table: str, alias: str, columns: str, needle: str, params: list[object]) -> str:
    """``table`` as ``alias``, limited to the rows whose ``columns`` contain ``needle``.

    The result is a FROM item that reads in rowid order.  The trigram index
    finds substrings of three characters or more; a shorter needle (a
    two-letter word) is looked for with ``instr`` over the rows, in order.
    """
    if len(needle) >= 3 and _TRIGRAM:
        params.append(f'{columns} : "' + needle.replace('"', '""') + '"')
        return f"(SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid) {alias}"
    cols = columns.strip("{}").split()
    params.extend([needle] * len(cols))
    return (f"(SELECT rowid FROM {table} WHERE " + " OR ".join(f"instr({c}, ?) > 0" for c in cols)
            + f" ORDER BY rowid) {alias}")


def _fts_row_check(table: str, columns: str, needle: str, rowid: str, params: list[object]) -> str:
    """A condition: the row ``rowid`` of ``table`` has ``needle`` in ``columns``.

    Checked on that row's folded text alone (a lookup by rowid and ``instr``):
    a ``MATCH`` limited to one rowid still walks the needle's whole posting
    lists, a millisecond per row at a million spans.
    """
    cols = columns.strip("{}").split()
    params.extend([needle] * len(cols))
    return (f"EXISTS (SELECT 1 FROM {table} WHERE rowid = {rowid} AND ("
            + " OR ".join(f"instr({c}, ?) > 0" for c in cols) + "))")


def _folded_article(article: Article) -> tuple[str, str]:
    """An article's title and text as the search index stores them."""
    return fold_text(article.title), fold_text(article.text)


def _check_tag(tag: Tag) -> None:
    if not TAG_NAME.fullmatch(tag.name):
        raise StoreError("A tag name uses letters, digits, '-' and '_' only (not '%1').", tag.name)
    if not tag.label.strip():
        raise StoreError("A tag needs a label.")
    if not (len(tag.color) == 7 and tag.color.startswith("#")):
        raise StoreError("A tag colour is written #RRGGBB (not '%1').", tag.color)
    if len(tag.key) > 1 or (tag.key and not tag.key.isalnum()):
        raise StoreError("A tag key is one letter or digit (or none).")
    if tag.role not in TAG_ROLES:
        raise StoreError("A tag's role is one of %1 (not '%2').", ", ".join(TAG_ROLES), tag.role)


def open_store(path: str | Path, create: bool = True) -> Store:
    """Open the annotator database at ``path`` (see :meth:`Store.open`)."""
    return Store.open(path, create=create)


def _split_sql(script: str) -> list[str]:
    """Split a schema script into complete statements (comments may hold ``;``)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in schema: {buffer.strip()[:60]}")
    return statements


def _backup(path: Path, version: int) -> Path:
    """Copy an old database aside before migrating it; returns the copy's path."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.v{version}.{n}.bak")
    try:
        with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as src, closing(
            sqlite3.connect(str(target))
        ) as dst:
            src.backup(dst)  # consistent even with a -wal file beside it
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError("Could not back up %1 before upgrading it: %2. The file was not changed.", path, exc) from exc
    return target


def _article(row: tuple) -> Article:
    (aid, title, source, authors, url, published, language, dateline, text, sha, created, updated) = row
    return Article(
        id=aid, title=title, source=source, authors=json.loads(authors or "[]"), url=url,
        published=published, language=language, dateline=dateline, text=text,
        text_sha256=sha, created=created, updated=updated,
    )


def _json_or_none(text: str | None) -> dict | None:
    return None if text is None else json.loads(text)


def _annotation_args(row: tuple) -> tuple:
    (aid, article_id, tag, start, end, text, prefix, suffix, note, annotator, created, updated, attributes,
     curated) = row
    return (article_id, tag, start, end, text, prefix, suffix, note, annotator, aid, created, updated,
            parse_attributes(attributes), bool(curated))


