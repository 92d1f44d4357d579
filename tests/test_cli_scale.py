"""``annotator list`` at archive scale: what a row costs, and what every command pays to start."""

from __future__ import annotations

import importlib.util
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from annotator.cli import main
from annotator.core import terminal
from annotator.core.model import Article, make_annotation
from annotator.core.store import Store
from tests.conftest import PROJECT_ROOT


def _slow_fit(text: str, width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    """``fit`` with its shortcut turned off: every cluster measured."""
    with monkeypatch.context() as m:
        m.setattr(terminal, "_NOT_SIMPLE", regex.compile(r"[\s\S]"))
        return terminal.fit(text, width)


def test_simple_characters_are_one_column_clusters_of_their_own() -> None:
    simple = regex.compile(f"[{terminal.SIMPLE_CHARACTERS}]")
    for cp in range(0x3000):
        ch = chr(cp)
        if simple.match(ch):
            assert regex.match(r"\p{Grapheme_Cluster_Break=Other}", ch), hex(cp)
            assert terminal.display_width(ch) == 1, hex(cp)
            assert terminal.printable(ch) == ch, hex(cp)


def test_fit_of_a_plain_title_measures_no_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    def measured(_cluster: str) -> int:
        raise AssertionError("a plain title needs no cluster measured")

    monkeypatch.setattr(terminal, "_cluster_width", measured)
    title = "تقرير 12 — قائد عملية العزم الصلب: «مهمتنا» الأساسية هي محاربة داعش"
    assert terminal.fit(title, 44) == title[:43] + "…"
    assert terminal.fit("قصير", 8) == "قصير    "


def test_fit_gives_the_same_with_and_without_its_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    alphabet = "ab ابتثجحخ،؛؟١٢ـًٌَ—…“”«»é\u0301👍🏽中\u200b\u00ad\t"
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        width = rng.randrange(0, 25)
        assert terminal.fit(text, width) == _slow_fit(text, width, monkeypatch), (text, width)


def test_list_counts_every_tag_and_the_total_per_article(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "list.db"
    text = "قال المتحدث إن الوضع هادئ في الحسكة اليوم."
    with Store.open(db) as store:
        made = [store.add_article(Article(title=f"مقال {n}", text=f"{text} {n}",
                                          created=f"2026-01-0{9 - n}T00:00:00.000Z")) for n in range(4)]
        for n, article in enumerate(made):
            for i in range(n):
                store.add_annotation(make_annotation(article, ("quote", "claim")[i % 2], i, i + 3))
        tags = [t.name for t in store.tags()]
    assert main(["list", "--logical", "--db", str(db)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split()[2:] == [t[:8] for t in tags] + ["total"]
    assert [row.split()[1:3] for row in rows] == [["مقال", str(n)] for n in (3, 2, 1, 0)]  # oldest first
    for row, n in zip(rows, (3, 2, 1, 0)):
        cells = dict(zip(tags, map(int, row.split()[-len(tags) - 1:-1])))
        assert cells["quote"] == (n + 1) // 2 and cells["claim"] == n // 2
        assert int(row.split()[-1]) == n


@pytest.mark.skipif(importlib.util.find_spec("numpy") is None, reason="numpy is not installed here")
def test_a_command_never_imports_numpy(tmp_path: Path) -> None:
    """sqlite-utils imports numpy when it can (0.1 s and 35 MB); the command keeps it out."""
    db = tmp_path / "n.db"
    Store.open(db).close()
    probe = ("import atexit, runpy, sys\n"
             "atexit.register(lambda: print('numpy' if sys.modules.get('numpy') else 'none'))\n"
             f"sys.argv = ['annotator', 'list', '--db', {str(db)!r}]\n"
             "runpy.run_module('annotator', run_name='__main__')\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, capture_output=True, text=True,
                         env={**os.environ, "ANNOTATOR_BIDI": "logical"}, timeout=60)
    assert out.stdout.splitlines()[-1] == "none", out.stderr
