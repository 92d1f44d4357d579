"""``annotator suggest``: quotes proposed with their speakers, printed, and stored only with --apply."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from annotator.core.model import ATTRIBUTED_TO, Article, make_annotation
from annotator.core.seeds import ensure_seeded
from annotator.core.store import Store
from tests.test_cli import run_cli


def _seeded(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "s.db"
    with Store.open(db) as store:
        ensure_seeded(store)
        [article] = store.articles()
    return db, article.id


def test_suggest_prints_quotes_with_speakers_and_stores_nothing(tmp_path: Path) -> None:
    db, article_id = _seeded(tmp_path)
    result = run_cli("suggest", "--db", str(db))
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)["articles"]
    assert article["id"] == article_id
    with Store.open(db) as store:
        text = store.get_article(article_id).text
        assert store.annotations(article_id) == []  # nothing stored
    quotes = article["suggestions"]
    for s in quotes:
        assert set(s) == {"tag", "start", "end", "text", "kind", "speaker", "cue", "suggester", "why"}
        assert text[s["start"]:s["end"]] == s["text"]  # code points, as in every export
        for part in ("speaker", "cue"):
            if s[part] is not None:
                assert text[s[part]["start"]:s[part]["end"]] == s[part]["text"]
    bali = next(s for s in quotes if s["text"].startswith("مهما حصل، نحن متيقنون"))
    assert bali["tag"] == "quote" and bali["kind"] == "direct" and "بالي" in bali["speaker"]["text"]
    assert bali["cue"]["text"] in {"تابع", "وتابع"} and bali["why"]
    rows = list(csv.reader(io.StringIO(run_cli("suggest", "--db", str(db), "-f", "csv").stdout.decode())))
    assert rows[0][:6] == ["article_id", "tag", "start", "end", "text", "kind"]
    assert len(rows) == len(quotes) + 1


def test_apply_stores_spans_speakers_and_links_once(tmp_path: Path) -> None:
    db, article_id = _seeded(tmp_path)
    result = run_cli("suggest", "--db", str(db), "--apply", "--annotator", "  محررة  الديسك ")
    assert result.returncode == 0, result.stderr
    proposed = json.loads(result.stdout)["articles"][0]["suggestions"]
    with Store.open(db) as store:
        stored = store.annotations(article_id)
        links = store.relations(article_id)
    quotes = [a for a in stored if a.tag == "quote"]
    assert len(quotes) == len([s for s in proposed if s["tag"] == "quote"])
    assert {a.annotator for a in stored} == {"محررة الديسك"}
    by_id = {a.id: a for a in stored}
    said = {by_id[r.from_id].text: by_id[r.to_id].text for r in links if r.type == ATTRIBUTED_TO}
    assert "بالي" in said["مهما حصل، نحن متيقنون أن أكبر خطر يهدد العالم هو خطر داعش والفكر الجهادي، ونعد مجدداً "
                        "مع حلفائنا بأننا سنستمر في حربنا ضد داعش حتى ينتهي وجود التنظيم"]
    # A speaker named several times is one span per mention, never doubled.
    speakers = [(a.start, a.end) for a in stored if a.tag == "speaker"]
    assert len(speakers) == len(set(speakers))
    assert f"stored {len(stored)} spans and {len(links)} links" in result.stderr.decode()
    # Again: everything is already there; nothing is added and nothing is proposed.
    again = run_cli("suggest", "--db", str(db), "--apply")
    assert again.returncode == 0 and json.loads(again.stdout)["articles"][0]["suggestions"] == []
    with Store.open(db) as store:
        assert len(store.annotations(article_id)) == len(stored) and len(store.relations(article_id)) == len(links)


def test_an_unknown_article_is_one_clear_line(tmp_path: Path) -> None:
    db, _ = _seeded(tmp_path)
    result = run_cli("suggest", "--db", str(db), "--article", "no-such-article")
    assert result.returncode != 0 and result.stdout == b""
    assert len(result.stderr.decode().strip().splitlines()) == 1 and "no-such-article" in result.stderr.decode()


def test_what_was_tagged_in_one_article_is_proposed_in_another_and_applied(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    first = "زار الوفد الحسكة أمس، وقال مصطفى بالي إن الطريق مفتوح."
    second = "وصلت المساعدات إلى الحسكة ثم وبالحسكة وُزّعت، وللحسكة حصة. الحسكاوي ليس هنا."
    with Store.open(db) as store:
        a = store.add_article(Article(title="a", text=first))
        b = store.add_article(Article(title="b", text=second))
        for tag, word in (("location", "الحسكة"), ("quote", "الطريق مفتوح")):
            start = first.index(word)
            store.add_annotation(make_annotation(a, tag, start, start + len(word)))
    result = run_cli("suggest", "--db", str(db), "--article", b.id)
    assert result.returncode == 0, result.stderr
    [listed] = json.loads(result.stdout)["articles"]
    spread = [s for s in listed["suggestions"] if s["suggester"] == "propagation"]
    assert [(s["tag"], s["text"], s["start"]) for s in spread] == [
        ("location", "الحسكة", second.index("الحسكة")), ("location", "الحسكة", second.index("وبالحسكة") + 2),
        ("location", "لحسكة", second.index("وللحسكة") + 2)]
    for s in spread:
        assert set(s) == {"tag", "start", "end", "text", "kind", "speaker", "cue", "suggester", "why"}
        assert second[s["start"]:s["end"]] == s["text"] and s["kind"] == "" and s["speaker"] is None
        assert s["why"] == "you tagged “الحسكة” as location (another article)"
    applied = run_cli("suggest", "--db", str(db), "--article", b.id, "--apply")
    assert applied.returncode == 0, applied.stderr
    with Store.open(db) as store:
        stored = {(x.tag, x.start, x.text) for x in store.annotations(b.id)}
    assert {(s["tag"], s["start"], s["text"]) for s in spread} <= stored
    again = json.loads(run_cli("suggest", "--db", str(db), "--article", b.id).stdout)["articles"][0]
    assert again["suggestions"] == []
