"""Make a current database look as an older annotator wrote it, to test migrations and old read-only files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.store import _SCHEMA_V2, _split_sql


def _drop_triggers(conn: sqlite3.Connection, prefix: str) -> None:
    pattern = prefix.replace("_", "\\_") + "%"
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\'",
                                [pattern]).fetchall():
        conn.execute(f"DROP TRIGGER {name}")


def as_version(db: Path, version: int) -> None:
    """Take away what schema versions after ``version`` (4 or later) added, and say it is ``version``."""
    conn = sqlite3.connect(db)
    with conn:
        if version < 8:  # the history and the curated mark
            _drop_triggers(conn, "history_")
            conn.execute("DROP TABLE history")
            conn.execute("DROP TABLE history_context")
            conn.execute("DROP INDEX annotations_annotator")
            conn.execute("ALTER TABLE annotations DROP COLUMN curated")
        if version < 7:  # attributes, and the view that shows them
            conn.execute("DROP VIEW annotations_with_article")
            conn.execute("ALTER TABLE annotations DROP COLUMN attributes")
            for statement in _split_sql(_SCHEMA_V2):
                if "VIEW annotations_with_article AS" in statement:
                    conn.execute(statement)
        if version < 6:  # the change log
            _drop_triggers(conn, "changes_")
            conn.execute("DROP TABLE changes")
        if version < 5:  # the kept counts
            _drop_triggers(conn, "annotation_counts_")
            conn.execute("DROP TABLE annotation_counts")
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
