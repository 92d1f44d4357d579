"""The desk workflow end to end, through the real command: each annotates and exports, one imports all,
reads agreement (every figure computed by hand here), curates, exports the curated set, reads the history."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from annotator.core.curation import plan_accept, plan_agreed, units
from annotator.core.model import Relation, make_annotation
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store
from tests.test_cli import run_cli

QUOTE = "لدينا أكثر من 12 ألف جهادي"
QUOTE_LONG = "لدينا أكثر من 12 ألف جهادي من مقاتلي تنظيم داعش"
SPEAKER = "مصطفى بالي"


def _annotate(path: Path, who: str, quote: str, place: str) -> None:
    """One person's own database: the sample article, a quote linked to بالي, and a place."""
    with Store.open(path) as store:
        store.who = who
        ensure_seeded(store)
        [summary] = store.articles()
        article = store.get_article(summary.id)
        spans = []
        for tag, needle in (("quote", quote), ("speaker", SPEAKER), ("location", place)):
            start = article.text.index(needle)
            spans.append(store.add_annotation(make_annotation(article, tag, start, start + len(needle),
                                                              annotator=who)))
        store.add_relation(Relation(article.id, spans[0].id, spans[1].id))


def _alpha(n: int, both: int, one: int, n1_chars: int) -> float:
    """Krippendorff's nominal alpha for two coders over ``n`` binary units, by the coincidence matrix:
    ``both`` units coded 1 by both, ``one`` coded differently; the rest coded 0 by both.
    alpha = 1 − (2n − 1)·o₀₁ / (n₀·n₁), with o₀₁ = ``one``, n₁ = 2·both + one, n₀ = 2n − n₁."""
    assert n1_chars == 2 * both + one
    n1 = 2 * both + one
    n0 = 2 * n - n1
    return 1 - (2 * n - 1) * one / (n0 * n1)


def test_each_annotates_one_imports_all_reads_agreement_curates_and_exports(tmp_path: Path) -> None:
    _annotate(tmp_path / "rana.db", "Rana", QUOTE, "الباغوز")
    _annotate(tmp_path / "sam.db", "سام", QUOTE_LONG, "الحسكة")
    for who in ("rana", "sam"):
        result = run_cli("export", "--db", str(tmp_path / f"{who}.db"), "--format", "json",
                         "-o", str(tmp_path / f"{who}.json"))
        assert result.returncode == 0, result.stderr
    desk = tmp_path / "desk.db"
    result = run_cli("import", "--db", str(desk), str(tmp_path / "rana.json"), str(tmp_path / "sam.json"))
    assert result.returncode == 0, result.stderr
    said = result.stdout.decode() + result.stderr.decode()
    assert "Rana: 3" in said and "سام: 3" in said
    again = run_cli("import", "--db", str(desk), str(tmp_path / "sam.json"))
    assert "0 annotations imported, 3 already present" in again.stdout.decode() + again.stderr.decode()

    result = run_cli("agreement", "--db", str(desk), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    with Store.open(desk) as store:
        [summary] = store.articles()
        text = store.get_article(summary.id).text
    n = len(text)
    rows = {row["tag"]: row for row in report["corpus"]}
    assert {(r["a"], r["b"]) for r in report["corpus"]} == {("Rana", "سام")}  # sorted: Latin before Arabic
    # Quote: Rana's span lies inside Sam's — no exact match, one overlap: F1 0 and 2·1/(1+1).
    quote = rows["quote"]
    assert (quote["f1_exact"], quote["f1_overlap"], quote["n_a"], quote["n_b"]) == (0.0, 1.0, 1, 1)
    inside, extra = len(QUOTE), len(QUOTE_LONG) - len(QUOTE)
    assert quote["alpha"] == round(_alpha(n, inside, extra, 2 * inside + extra), 4)
    # Speaker: the same span — F1 1 both ways, alpha 1.
    assert (rows["speaker"]["f1_exact"], rows["speaker"]["f1_overlap"], rows["speaker"]["alpha"]) == (1.0, 1.0, 1.0)
    # Location: two different places — nothing matches; alpha below zero.
    place = rows["location"]
    assert (place["f1_exact"], place["f1_overlap"]) == (0.0, 0.0)
    assert place["alpha"] == round(_alpha(n, 0, 7 + 6, 13), 4) < 0
    # Attribution: the one matched quote, linked by both to the same بالي.
    [attribution] = [r for r in report["corpus"] if r["tag"] is None]
    assert (attribution["attribution"], attribution["n"]) == (1.0, 1)
    [article] = report["articles"]
    assert {r["tag"]: r["f1_overlap"] for r in article["rows"] if r["tag"]} == {
        "quote": 1.0, "speaker": 1.0, "location": 0.0}

    # Curate: the agreed speaker in one step, Sam's longer quote (with its speaker and link), Rana's place.
    with Store.open(desk) as store:
        store.who = "Editor"
        all_units = units(store, summary.id)
        spans, links = plan_agreed(all_units, "Editor")
        store.add_linked(spans, links)
        all_units = units(store, summary.id)
        quote_unit = next(u for u in all_units if u.tag == "quote")
        place_unit = next(u for u in all_units if u.tag == "location" and u.version("Rana") is not None)
        for unit, who in ((quote_unit, "سام"), (place_unit, "Rana")):
            version = unit.version(who)
            assert version is not None
            spans, links = plan_accept(unit, version, "Editor")
            store.add_linked(spans, links)
    result = run_cli("export", "--db", str(desk), "--format", "json", "--curated")
    assert result.returncode == 0, result.stderr
    [curated] = json.loads(result.stdout)["articles"]
    got = sorted((a["tag"], a["text"], a["annotator"], a["curated"]) for a in curated["annotations"])
    assert got == sorted([("quote", QUOTE_LONG, "Editor", True), ("speaker", SPEAKER, "Editor", True),
                          ("location", "الباغوز", "Editor", True)])
    by_id = {a["id"]: a["text"] for a in curated["annotations"]}
    assert [(by_id[r["from"]], by_id[r["to"]]) for r in curated["relations"]] == [(QUOTE_LONG, SPEAKER)]
    # The default export keeps everyone's spans; --annotator keeps one person's.
    everyone = list(csv.DictReader(io.StringIO(run_cli("export", "--db", str(desk)).stdout.decode(), newline="")))
    assert len(everyone) == 9
    rana = run_cli("export", "--db", str(desk), "--annotator", "Rana").stdout.decode()
    assert {r["annotator"] for r in csv.DictReader(io.StringIO(rana, newline=""))} == {"Rana"}
    unknown = run_cli("export", "--db", str(desk), "--annotator", "Nobody")
    assert unknown.returncode == 1 and b"Nobody" in unknown.stderr and len(unknown.stderr.splitlines()) == 1

    # The history: the imports (who made the spans) and the curation (the editor), oldest first.
    result = run_cli("history", "--db", str(desk), "--article", summary.id[:8], "--format", "csv")
    assert result.returncode == 0, result.stderr
    entries = list(csv.DictReader(io.StringIO(result.stdout.decode(), newline="")))
    adds = [(e["who"], json.loads(e["after"])["tag"]) for e in entries if e["action"] == "add"]
    people = ("quote", "speaker", "location")
    assert sorted(adds[:3]) == sorted(("Rana", t) for t in people)  # in the file's (reading) order
    assert sorted(adds[3:6]) == sorted(("سام", t) for t in people)
    assert sorted(adds[6:]) == sorted([("Editor", "speaker"), ("Editor", "quote"), ("Editor", "location")])
    history = json.loads(run_cli("history", "--db", str(desk), "--format", "json").stdout)["history"]
    assert [e["seq"] for e in history] == sorted(e["seq"] for e in history)
    assert {e["action"] for e in history} >= {"tag_add", "article_add", "add", "link"}


def test_merge_brings_a_database_in_and_reports_per_person(tmp_path: Path) -> None:
    _annotate(tmp_path / "rana.db", "Rana", QUOTE, "الباغوز")
    _annotate(tmp_path / "sam.db", "سام", QUOTE_LONG, "الحسكة")
    before = (tmp_path / "sam.db").read_bytes()
    result = run_cli("merge", "--db", str(tmp_path / "rana.db"), str(tmp_path / "sam.db"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "3 annotations merged; 0 new articles, 1 already here" and "سام: 3" in lines[1]
    assert (tmp_path / "sam.db").read_bytes() == before
    again = run_cli("merge", "--db", str(tmp_path / "rana.db"), str(tmp_path / "sam.db"))
    assert again.stdout.decode().splitlines()[0] == "0 annotations merged, 3 already present; 0 new articles, " \
                                                     "1 already here"
    bad = run_cli("merge", "--db", str(tmp_path / "rana.db"), str(tmp_path / "nothing.db"))
    assert bad.returncode == 1 and b"There is no database" in bad.stderr
