"""Reading article files: encodings, line ends, and clear refusals."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from annotator.core.errors import ImportRefused
from annotator.core.importers import decode_text, import_paths, read_text_article
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store
from annotator.core.text import canonicalize
from tests.conftest import PROJECT_ROOT, SEED_TEXT

ARABIC = "قال مصطفى بالي: «لدينا أكثر من 12 ألف جهادي».\r\nالحسكة – NPA\r\n"


@pytest.mark.parametrize(
    "encoded, codec",
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16"),
        (ARABIC.encode("cp1256"), "cp1256"),
    ],
)
def test_encodings_decode_to_the_same_canonical_text(tmp_path: Path, encoded: bytes, codec: str) -> None:
    text, used = decode_text(encoded)
    assert used == codec
    path = tmp_path / "article.txt"
    path.write_bytes(encoded)
    article = read_text_article(path)
    assert article.text == canonicalize(ARABIC)
    assert "\r" not in article.text and not article.text.startswith("\ufeff")
    assert article.title == "قال مصطفى بالي: «لدينا أكثر من 12 ألف جهادي»."
    assert article.language == "ar"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"  \r\n\t \n", "empty"),
        (codecs.BOM_UTF8 + b"\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text file"),
        ("café crème brûlée".encode("latin-1"), "encoding annotator cannot recognise"),
        ("日本語のテキストです".encode("shift_jis"), "encoding annotator cannot recognise"),
        ("قال بالي".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
        (codecs.BOM_UTF8 + b"ok \xff\xfe broken", "not valid UTF-8"),
        (b"text with a \x1b\x01\x02\x03 control run" * 1, "not a text file"),
    ],
)
def test_bad_files_are_refused_clearly_and_change_nothing(
    tmp_path: Path, db_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with Store.open(db_path) as store:
        rows = store.db.execute("SELECT * FROM articles")
        before = hashlib.sha256(b"".join(str(r).encode() for r in rows)).hexdigest()
        [outcome] = list(import_paths(store, [path]))
        assert not outcome.ok
        assert message in outcome.error
        assert "\n" not in outcome.error  # one line
        assert store.article_count() == 0
        rows = store.db.execute("SELECT * FROM articles")
        after = hashlib.sha256(b"".join(str(r).encode() for r in rows)).hexdigest()
        assert before == after


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="does not exist"):
        read_text_article(tmp_path / "nope.txt")
    with pytest.raises(ImportRefused, match="folder"):
        read_text_article(tmp_path)


def test_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("نص".encode("cp1256"))
    assert read_text_article(path, encoding="cp1256").text == "نص"
    with pytest.raises(ImportRefused, match="not an encoding"):
        read_text_article(path, encoding="klingon")


def test_reimporting_the_same_text_does_not_duplicate(tmp_path: Path, db_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(ARABIC, encoding="utf-8")
    b.write_bytes(codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"))  # same text, other encoding
    with Store.open(db_path) as store:
        first, second = list(import_paths(store, [a, b]))
        assert first.ok and not first.existed
        assert second.ok and second.existed and second.article.id == first.article.id
        assert store.article_count() == 1


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path, db_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("English article\nbody", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with Store.open(db_path) as store:
        outcomes = list(import_paths(store, [bad, good]))
        assert [o.ok for o in outcomes] == [False, True]
        assert outcomes[1].article.language == "en"
        assert store.article_count() == 1


def test_seed_article_ships_with_its_metadata(db_path: Path) -> None:
    with Store.open(db_path) as store:
        [article] = ensure_seeded(store)
        assert article.text == SEED_TEXT.replace("\r\n", "\n")
        assert article.title == SEED_TEXT.splitlines()[0].strip()
        assert article.source == "North Press Agency"
        assert article.authors == ["جيندار عبد القادر", "أفين شيخموس"]
        assert article.dateline == "الحسكة"
        assert article.language == "ar"
        # Seeding happens once: deleting the sample does not bring it back.
        assert ensure_seeded(store) == []
    # The shipped copy is byte-for-byte the sample we were given.
    shipped = (PROJECT_ROOT / "seeds" / "000_858c89a68ec5f748.txt").read_bytes()
    assert hashlib.sha256(shipped).hexdigest().startswith("927418a881ff5c63")
