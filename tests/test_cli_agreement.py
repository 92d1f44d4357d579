"""``annotator agreement``: the real command, as JSON, CSV and a table, and its refusals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from annotator.core.model import Article, Relation, make_annotation
from annotator.core.store import Store
from tests.test_cli import run_cli

OMAR, HUDA = "Omar", "هدى"
TEXT = "قال أحمد إن الوضع هادئ. وقال احمد إن الطريق مفتوح. وقالت سلمى إن المدنيين عادوا."
SAME = "قالت سلمى إن المدنيين عادوا."


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str, str]:
    """Two articles both annotated: one where Omar and هدى differ, one where they agree; and the unnamed
    annotator on a third article alone.  Returns the path and the two shared articles' ids."""
    path = tmp_path / "agree.db"
    with Store.open(path) as store:
        differ = store.add_article(Article(title="تقرير الحسكة", text=TEXT))
        agree = store.add_article(Article(title="عودة المدنيين", text=SAME))
        alone = store.add_article(Article(title="وحده", text="نص لم يقرأه إلا واحد."))
        spans = {OMAR: [("quote", 9, 23), ("quote", 37, 50), ("speaker", 4, 8)],
                 HUDA: [("quote", 9, 23), ("quote", 37, 43), ("quote", 65, 80), ("speaker", 29, 33)]}
        made = {}
        for who, wanted in spans.items():
            for tag, start, end in wanted:
                made[who, start] = store.add_annotation(make_annotation(differ, tag, start, end, annotator=who))
        # 9–23: Omar → أحمد 4–8, هدى → احمد 29–33: the same name once folded → same source (1 of 1)
        store.add_relation(Relation(differ.id, made[OMAR, 9].id, made[OMAR, 4].id))
        store.add_relation(Relation(differ.id, made[HUDA, 9].id, made[HUDA, 29].id))
        for who in (OMAR, HUDA):
            store.add_annotation(make_annotation(agree, "quote", 10, 28, annotator=who))
        store.add_annotation(make_annotation(alone, "quote", 0, 2, annotator=""))
    return path, differ.id, agree.id


def test_json_rows_for_the_corpus_and_each_article(db: tuple[Path, str, str]) -> None:
    path, differ, agree = db
    result = run_cli("agreement", "--db", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["annotators"] == ["", OMAR, HUDA]
    # the unnamed annotator shares no article with anyone: only Omar & هدى have rows
    quote, speaker, attribution = data["corpus"]
    # quotes: Omar 9–23, 37–50, 10–28 (3); هدى 9–23, 37–43, 65–80, 10–28 (4); exact 2, overlap 3
    assert quote == {"a": OMAR, "b": HUDA, "tag": "quote", "f1_exact": round(2 * 2 / 7, 4),
                     "f1_overlap": round(2 * 3 / 7, 4), "alpha": quote["alpha"], "n_a": 3, "n_b": 4}
    assert speaker == {"a": OMAR, "b": HUDA, "tag": "speaker", "f1_exact": 0.0, "f1_overlap": 0.0,
                       "alpha": speaker["alpha"], "n_a": 1, "n_b": 1}
    # speakers: 4 characters each, none shared, over 80 + 28: d = 8, n00 = 100; o00 200, o01 8; n0 208,
    # n1 8, n 216 → 1 − 215·8/(208·8) = 1 − 215/208
    assert speaker["alpha"] == round(1 - 215 / 208, 4)
    assert attribution == {"a": OMAR, "b": HUDA, "tag": None, "attribution": 1.0, "n": 1}
    assert [(a["id"], a["title"]) for a in data["articles"]] == [(differ, "تقرير الحسكة"), (agree, "عودة المدنيين")]
    assert data["articles"][1]["rows"] == [
        {"a": OMAR, "b": HUDA, "tag": "quote", "f1_exact": 1.0, "f1_overlap": 1.0, "alpha": 1.0, "n_a": 1, "n_b": 1},
        {"a": OMAR, "b": HUDA, "tag": None, "attribution": None, "n": 0},
    ]


def test_csv_one_row_per_scope_and_row(db: tuple[Path, str, str]) -> None:
    path, differ, agree = db
    result = run_cli("agreement", "--db", str(path), "--format", "csv", "--tag", "quote")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert list(rows[0]) == ["scope", "a", "b", "tag", "f1_exact", "f1_overlap", "alpha", "n_a", "n_b",
                             "attribution", "n"]
    assert [(r["scope"], r["tag"]) for r in rows] == [("corpus", "quote"), ("corpus", ""), (differ, "quote"),
                                                      (differ, ""), (agree, "quote"), (agree, "")]
    corpus_quote, corpus_attribution = rows[0], rows[1]
    assert (corpus_quote["a"], corpus_quote["b"], corpus_quote["n_a"], corpus_quote["n_b"]) == (OMAR, HUDA, "3", "4")
    assert float(corpus_quote["f1_exact"]) == round(4 / 7, 4)
    assert corpus_quote["attribution"] == corpus_quote["n"] == ""  # not a column of a tag row
    assert corpus_attribution["f1_exact"] == "" and corpus_attribution["attribution"] == "1.0"
    assert rows[5]["attribution"] == "" and rows[5]["n"] == "0"  # none linked: undefined, not 0


def test_table_corpus_first_then_articles_that_differ(db: tuple[Path, str, str]) -> None:
    path, differ, agree = db
    result = run_cli("agreement", "--db", str(path), env={"ANNOTATOR_BIDI": "logical"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0] == f"Corpus — articles both annotated: {OMAR} & {HUDA} 2"
    assert lines[1].split() == ["a", "b", "tag", "exact", "F1", "overlap", "alpha", "n_a", "n_b"]
    assert lines[2].split()[:3] == [OMAR, HUDA, "quote"] and lines[2].split()[3:5] == ["0.5714", "0.8571"]
    assert lines[4].split()[:4] == [OMAR, HUDA, "attribution", "1.0000"]
    assert "1 of 2 articles differ:" in lines
    assert any(line.startswith(differ[:8]) and "تقرير الحسكة" in line for line in lines)
    assert not any(line.startswith(agree[:8]) for line in lines)  # they agree there: not listed
    # columns line up whatever the script of the name: "tag" starts at the same column on every row
    rows = [line for line in lines[1:5]]
    assert len({line.index("quote") if "quote" in line else None for line in rows} - {None}) == 1


def test_table_shows_undefined_as_a_dash_and_the_unnamed_annotator(tmp_path: Path) -> None:
    path = tmp_path / "u.db"
    with Store.open(path) as store:
        art = store.add_article(Article(title="كله", text="كله اقتباس"))
        for who in ("", OMAR):
            store.add_annotation(make_annotation(art, "quote", 0, 10, annotator=who))
    result = run_cli("agreement", "--db", str(path), "--article", art.id[:6], env={"ANNOTATOR_BIDI": "logical"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith(art.id[:8]) and "كله" in lines[0]
    # the whole text tagged by both: F1 1, alpha 0/0 (no variation) → —
    assert lines[2].split() == ["(unnamed)", OMAR, "quote", "1.0000", "1.0000", "—", "1", "1"]
    data = json.loads(run_cli("agreement", "--db", str(path), "-f", "json").stdout)
    assert data["corpus"][0]["a"] == "" and data["corpus"][0]["alpha"] is None


def test_fewer_than_two_annotators_says_so(tmp_path: Path) -> None:
    path = tmp_path / "one.db"
    with Store.open(path) as store:
        art = store.add_article(Article(title="مقال", text=SAME))
        store.add_annotation(make_annotation(art, "quote", 0, 4, annotator=HUDA))
        # a curated layer is no annotator: its curator does not make a second one
        store.add_annotation(make_annotation(art, "quote", 0, 9, annotator=OMAR, curated=True))
    table = run_cli("agreement", "--db", str(path), env={"ANNOTATOR_BIDI": "logical"})
    assert table.returncode == 0
    assert table.stdout.decode("utf-8").strip() == (
        f"Agreement needs two annotators; this database has annotations by 1 ({HUDA}): nothing to compare.")
    as_json = run_cli("agreement", "--db", str(path), "--format", "json")
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout) == {"annotators": [HUDA], "corpus": [], "articles": []}
    assert "needs two annotators" in as_json.stderr.decode("utf-8")
    as_csv = run_cli("agreement", "--db", str(path), "--format", "csv")
    header = "scope,a,b,tag,f1_exact,f1_overlap,alpha,n_a,n_b,attribution,n"
    assert as_csv.stdout.decode("utf-8").splitlines() == [header]


@pytest.mark.parametrize(("args", "status", "message"), [
    (["--article", "no-such-id"], 1, "There is no article with id 'no-such-id'."),
    (["--tag", "nope"], 1, "There is no tag 'nope'"),
    (["--format", "xml"], 2, "invalid choice: 'xml'"),
])
def test_unknown_article_tag_or_format_is_one_line(db: tuple[Path, str, str], args: list[str], status: int,
                                                   message: str) -> None:
    path, _differ, _agree = db
    result = run_cli("agreement", "--db", str(path), *args)
    assert result.returncode == status
    assert result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert message in err and "Traceback" not in err
    if status == 1:
        assert len(err.splitlines()) == 1


def test_a_missing_database_is_an_error_not_an_empty_report(tmp_path: Path) -> None:
    result = run_cli("agreement", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 1 and not (tmp_path / "missing.db").exists()
