"""Tag roles: what a tag's spans can do is stored with the tag, never read from its name."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.core.annotator_v1 import import_document
from annotator.core.errors import AnnotatorError
from annotator.core.exporters import export
from annotator.core.model import (
    ATTRIBUTED_TO,
    BUILTIN_TAGS,
    ROLE_ATTRIBUTABLE,
    ROLE_PLAIN,
    ROLE_SOURCE,
    Article,
    Tag,
    inferred_role,
)
from annotator.core.store import Store
from tests.conftest import PROJECT_ROOT, SEED_TEXT


def test_built_in_tags_have_their_roles(db_path: Path) -> None:
    with Store.open(db_path) as store:
        roles = {t.name: t.role for t in store.tags()}
    assert roles == {"quote": ROLE_ATTRIBUTABLE, "speaker": ROLE_SOURCE, "location": ROLE_PLAIN,
                     "claim": ROLE_ATTRIBUTABLE}
    assert {t.name: t.role for t in BUILTIN_TAGS} == roles


def test_an_older_database_gets_roles_from_its_tag_names(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(PROJECT_ROOT / "tests" / "fixtures" / "schema_v1.db", path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO tags (name, label, color, key, position) "
                 "VALUES ('organisation', 'Org', '#0072B2', '', 9)")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        roles = {t.name: t.role for t in store.tags()}
    # A custom tag could be linked to before roles existed: it stays a source.
    assert roles["speaker"] == ROLE_SOURCE and roles["quote"] == ROLE_ATTRIBUTABLE
    assert roles["location"] == ROLE_PLAIN and roles["organisation"] == ROLE_SOURCE


def test_renaming_a_tag_keeps_its_role_and_a_bad_role_is_refused(db_path: Path) -> None:
    with Store.open(db_path) as store:
        speaker = store.tag("speaker")
        store.save_tag(Tag("person", "Person", speaker.color, speaker.key, speaker.position, speaker.role), "speaker")
        assert store.tag("person").role == ROLE_SOURCE
        with pytest.raises(AnnotatorError, match="role"):
            store.save_tag(Tag("odd", "Odd", "#999999", "", 9, "boss"))


def test_roles_travel_in_annotator_v1_and_older_files_are_inferred(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save_tag(Tag("organisation", "Organisation", "#0072B2", "5", 5, ROLE_SOURCE))
        store.add_article(Article(title="t", text=SEED_TEXT))
        out = io.BytesIO()
        export(store, "json", out)
        doc = json.loads(out.getvalue())
    assert {t["name"]: t["role"] for t in doc["tags"]}["organisation"] == ROLE_SOURCE
    # An export from before roles: no "role" keys; a new custom tag in it.
    for t in doc["tags"]:
        del t["role"]
    doc["tags"].append({"name": "witness", "label": "Witness", "color": "#D55E00", "key": ""})
    old_file = tmp_path / "old.json"
    old_file.write_text(json.dumps(doc), encoding="utf-8")
    with Store.open(tmp_path / "other.db") as other:
        import_document(other, old_file.read_bytes(), old_file.name)
        roles = {t.name: t.role for t in other.tags()}
    assert roles["witness"] == inferred_role("witness") == ROLE_SOURCE
    assert roles["quote"] == ROLE_ATTRIBUTABLE
    doc["tags"][-1]["role"] = "boss"
    old_file.write_text(json.dumps(doc), encoding="utf-8")
    with Store.open(tmp_path / "third.db") as third, pytest.raises(AnnotatorError, match="role"):
        import_document(third, old_file.read_bytes(), old_file.name)


def test_the_relation_type_is_one_constant() -> None:
    """No module but model.py spells the relation type out (the released v2 migration aside)."""
    import re

    import annotator

    literal = re.compile(r"""["']attributed_to["']""")
    spelled = []
    for path in Path(annotator.__file__).parent.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line) and path.name != "model.py":
                spelled.append(f"{path.name}:{n}")
    # Only inside _SCHEMA_V2, which is never edited once released.
    from annotator.core import store

    v2 = {line for line in store._SCHEMA_V2.splitlines() if literal.search(line)}
    source = Path(store.__file__).read_text(encoding="utf-8").splitlines()
    assert [s.split(":")[0] for s in spelled] == ["store.py"], spelled
    assert source[int(spelled[0].split(":")[1]) - 1] in v2
    assert ATTRIBUTED_TO == "attributed_to"
