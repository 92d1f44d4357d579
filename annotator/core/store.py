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
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import sqlite_utils

from .errors import NotFound, StoreError
from .model import BUILTIN_TAGS, Annotation, Article, ArticleSummary, Relation, Tag, now_iso

SCHEMA_VERSION = 1
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

MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1}

_ANNOTATION_COLUMNS = (
    "id, article_id, tag, start, end, text, prefix, suffix, note, annotator, created, updated"
)
_ARTICLE_COLUMNS = (
    "id, title, source, authors, url, published, language, dateline, text, text_sha256, created, updated"
)


def _probe(path: Path) -> int:
    """Look at an existing file read-only; return its schema version or refuse it.

    Nothing here writes to the file, so a refused file stays byte-for-byte
    unchanged.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Cannot read the database {path}: {exc.strerror or exc}.") from exc
    if not header:
        return 0  # an empty file is an empty database
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not an annotator database (it is not an SQLite file).")
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(_describe_sqlite_error(path, exc)) from exc
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer version of annotator (schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update annotator to open it; the file was not changed."
        )
    if version == 0 and tables:
        raise StoreError(f"{path} is an SQLite database of another program, not an annotator database.")
    if version > 0 and not {"articles", "annotations", "tags"} <= tables:
        raise StoreError(f"{path} is damaged: its annotator tables are missing.")
    return version


def _describe_sqlite_error(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"The database {path} is locked by another program; try again in a moment."
    if "readonly" in text or "read-only" in text:
        return f"The database {path} is read-only; choose a writable copy with --db."
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"The database {path} is damaged ({text}); it was not changed."
    if "unable to open" in text:
        return f"Cannot open the database {path}: the folder is missing or not writable."
    return f"Database error in {path}: {text}."


class Store:
    """An open annotator database.

    Use :func:`open_store` (or ``Store.open``) to get one; close it when done
    (it is also a context manager).
    """

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path

    # -- opening ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating or migrating if needed) the database at ``path``."""
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path} is a folder; give the path of a database file.")
        exists = path.exists()
        version = _probe(path) if exists else 0
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror or exc}.") from exc
        if version and version < SCHEMA_VERSION:
            _backup(path, version)
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA foreign_keys = ON")
            if db.journal_mode != "wal":
                db.enable_wal()
            db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a crash loses no commit
            store = cls(db, path)
            store._migrate(version)
        except sqlite3.Error as exc:
            raise StoreError(_describe_sqlite_error(path, exc)) from exc
        return store

    def _migrate(self, version: int) -> None:
        if version == SCHEMA_VERSION:
            return
        with self.db.atomic():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                # Statement by statement: executescript() would commit midway.
                for statement in _split_sql(MIGRATIONS[target]):
                    self.db.execute(statement)
            if version == 0:
                self.db["tags"].insert_all(
                    [vars(t) for t in BUILTIN_TAGS], replace=True
                )
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
        """One transaction; a database error becomes a clear StoreError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise StoreError(_describe_sqlite_error(self.path, exc)) from exc

    # -- meta ------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the ``meta`` table (small per-database state)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

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

    # -- tags ------------------------------------------------------------

    def tags(self) -> list[Tag]:
        """All tags in display order."""
        rows = self.db.execute("SELECT name, label, color, key, position FROM tags ORDER BY position, name")
        return [Tag(*row) for row in rows]

    def tag(self, name: str) -> Tag:
        """The tag called ``name``; raises :class:`NotFound`."""
        for t in self.tags():
            if t.name == name:
                return t
        known = ", ".join(t.name for t in self.tags())
        raise NotFound(f"There is no tag '{name}' (known tags: {known}).")

    # -- articles --------------------------------------------------------

    def add_article(self, article: Article) -> Article:
        """Store a new article and return it."""
        with self._writing():
            self._insert_article(article)
        return article

    def _insert_article(self, article: Article) -> None:
        self.db.execute(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                article.id, article.title, article.source, json.dumps(article.authors, ensure_ascii=False),
                article.url, article.published, article.language, article.dateline, article.text,
                article.text_sha256, article.created, article.updated,
            ],
        )

    def find_article_by_hash(self, text_sha256: str) -> Article | None:
        """An article whose canonical text has this SHA-256, if any."""
        row = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE text_sha256 = ? ORDER BY created LIMIT 1",
            [text_sha256],
        ).fetchone()
        return _article(row) if row else None

    def get_article(self, article_id: str) -> Article:
        """The article with this id (or unique id prefix); raises :class:`NotFound`."""
        row = self.db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None and article_id and len(article_id) >= 4:
            rows = self.db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? || '%' LIMIT 2", [article_id]
            ).fetchall()
            if len(rows) == 1:
                row = rows[0]
        if row is None:
            raise NotFound(f"There is no article with id '{article_id}'.")
        return _article(row)

    def articles(self) -> list[ArticleSummary]:
        """Every article, oldest first, with its annotation count (no text)."""
        rows = self.db.execute(
            "SELECT ar.id, ar.title, ar.language, "
            "(SELECT count(*) FROM annotations a WHERE a.article_id = ar.id) "
            "FROM articles ar ORDER BY ar.created, ar.rowid"
        )
        return [ArticleSummary(*row) for row in rows]

    def iter_articles(self, article_id: str | None = None) -> Iterator[Article]:
        """Articles one at a time (memory stays bounded by the largest one)."""
        if article_id is not None:
            yield self.get_article(article_id)
            return
        ids = [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY created, rowid")]
        for aid in ids:
            yield self.get_article(aid)

    def article_count(self) -> int:
        """How many articles the database holds."""
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- annotations -----------------------------------------------------

    def annotations(self, article_id: str, tag: str | None = None) -> list[Annotation]:
        """An article's annotations in reading order (start, then longest first)."""
        sql = f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE article_id = ?"
        params: list[object] = [article_id]
        if tag is not None:
            sql += " AND tag = ?"
            params.append(tag)
        sql += " ORDER BY start, end DESC, created"
        return [Annotation(*_annotation_args(row)) for row in self.db.execute(sql, params)]

    def get_annotation(self, annotation_id: str) -> Annotation:
        """One annotation by id; raises :class:`NotFound`."""
        row = self.db.execute(
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", [annotation_id]
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no annotation with id '{annotation_id}'.")
        return Annotation(*_annotation_args(row))

    def add_annotation(self, annotation: Annotation) -> Annotation:
        """Store a new annotation, after checking it against the article text."""
        with self._writing():
            self._insert_annotations([annotation], check=True)
        return annotation

    def _insert_annotations(self, annotations: Iterable[Annotation], check: bool) -> None:
        for ann in annotations:
            if check:
                # SQLite's substr counts characters (code points) in text,
                # exactly like Python slicing, so the invariant is checked
                # against what is stored, not against a copy in memory.
                row = self.db.execute(
                    "SELECT substr(text, ? + 1, ? - ?) FROM articles WHERE id = ?",
                    [ann.start, ann.end, ann.start, ann.article_id],
                ).fetchone()
                if row is None:
                    raise NotFound(f"There is no article with id '{ann.article_id}'.")
                if row[0] != ann.text:
                    raise StoreError(
                        f"Annotation {ann.id} does not match its article: text[{ann.start}:{ann.end}] "
                        f"is {row[0]!r}, not {ann.text!r}."
                    )
            self.db.execute(
                f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [ann.id, ann.article_id, ann.tag, ann.start, ann.end, ann.text, ann.prefix,
                 ann.suffix, ann.note, ann.annotator, ann.created, ann.updated],
            )

    def set_tag(self, annotation_id: str, tag: str) -> Annotation:
        """Re-tag an annotation; returns it as stored."""
        self.tag(tag)
        with self._writing():
            cur = self.db.execute(
                "UPDATE annotations SET tag = ?, updated = ? WHERE id = ?", [tag, now_iso(), annotation_id]
            )
            if cur.rowcount == 0:
                raise NotFound(f"There is no annotation with id '{annotation_id}'.")
        return self.get_annotation(annotation_id)

    def delete_annotation(self, annotation_id: str) -> tuple[Annotation, list[Relation]]:
        """Delete an annotation and its links; returns both so it can be restored."""
        ann = self.get_annotation(annotation_id)
        relations = self.relations_of(annotation_id)
        with self._writing():
            # Relations go by ON DELETE CASCADE; deleting them here too keeps
            # the store correct even on a connection without foreign keys.
            self.db.execute("DELETE FROM relations WHERE from_id = ? OR to_id = ?", [annotation_id, annotation_id])
            self.db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])
        return ann, relations

    def restore_annotation(self, annotation: Annotation, relations: Iterable[Relation] = ()) -> None:
        """Put back an annotation (and its links) removed by :meth:`delete_annotation`."""
        with self._writing():
            self._insert_annotations([annotation], check=True)
            for rel in relations:
                self._insert_relation(rel)

    def count_by_tag(self, article_id: str) -> dict[str, int]:
        """Number of annotations per tag in one article."""
        rows = self.db.execute(
            "SELECT tag, count(*) FROM annotations WHERE article_id = ? GROUP BY tag", [article_id]
        )
        return {tag: n for tag, n in rows}

    # -- relations -------------------------------------------------------

    def _insert_relation(self, rel: Relation) -> None:
        self.db.execute(
            "INSERT INTO relations (id, article_id, type, from_id, to_id, created) VALUES (?,?,?,?,?,?)",
            [rel.id, rel.article_id, rel.type, rel.from_id, rel.to_id, rel.created],
        )

    def relations(self, article_id: str) -> list[Relation]:
        """An article's relations, oldest first."""
        rows = self.db.execute(
            "SELECT article_id, from_id, to_id, type, id, created FROM relations "
            "WHERE article_id = ? ORDER BY created, rowid",
            [article_id],
        )
        return [Relation(*row) for row in rows]

    def relations_of(self, annotation_id: str) -> list[Relation]:
        """Relations that start or end at this annotation."""
        rows = self.db.execute(
            "SELECT article_id, from_id, to_id, type, id, created FROM relations "
            "WHERE from_id = ? OR to_id = ? ORDER BY created, rowid",
            [annotation_id, annotation_id],
        )
        return [Relation(*row) for row in rows]

    # -- maintenance -----------------------------------------------------

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check``: ``"ok"`` for a healthy file."""
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


def open_store(path: str | Path) -> Store:
    """Open the annotator database at ``path`` (see :meth:`Store.open`)."""
    return Store.open(path)


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
        raise StoreError(f"Could not back up {path} before upgrading it: {exc}. The file was not changed.") from exc
    return target


def _article(row: tuple) -> Article:
    (aid, title, source, authors, url, published, language, dateline, text, sha, created, updated) = row
    return Article(
        id=aid, title=title, source=source, authors=json.loads(authors or "[]"), url=url,
        published=published, language=language, dateline=dateline, text=text,
        text_sha256=sha, created=created, updated=updated,
    )


def _annotation_args(row: tuple) -> tuple:
    (aid, article_id, tag, start, end, text, prefix, suffix, note, annotator, created, updated) = row
    return (article_id, tag, start, end, text, prefix, suffix, note, annotator, aid, created, updated)


