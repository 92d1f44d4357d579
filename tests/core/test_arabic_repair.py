"""Arabic pasted from PDFs and old systems: presentation forms and visual order repaired on every
import path, and text that is fine never touched (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from arabic_reshaper import ArabicReshaper
from bidi import get_display
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.arabic_repair import repair, visual_to_logical
from annotator.core.importers import import_paths, read_article
from annotator.core.reading import article_from_text
from annotator.core.store import Store
from tests.conftest import SEED_TEXT, TRICKY_TEXT

#: Letters as presentation forms, the lam-alef ligatures included (harakat kept).
SHAPE = ArabicReshaper(configuration={"delete_harakat": False}).reshape

SENTENCE = "قال الرئيسُ في الحسكةِ إنّ الطريق M4 مغلقٌ منذ عام 2019، وأضاف: «لا تراجعَ عن ذلك» (نورث برس)."


def visual(line: str) -> str:
    """``line`` as a PDF or an old system stores it: displayed order, left to right."""
    return get_display(line, base_dir="R")


# -- presentation forms ---------------------------------------------------------------------------

def test_presentation_forms_become_letters_and_lam_alef_two() -> None:
    shaped = SHAPE(SENTENCE)
    assert re.search("[\ufe70-\ufefc]", shaped) and "\ufefb" in shaped  # the lam-alef ligature is there
    fixed = repair(shaped)
    assert fixed.text == SENTENCE
    assert fixed.forms > 0 and fixed.reversed_lines == 0
    assert fixed.notes == [f"repaired Arabic presentation forms ({fixed.forms} characters mapped to their letters)"]


def test_word_ligatures_typed_on_purpose_stay() -> None:
    text = "قال النبي ﷺ، والحمد ﷲ، بسعر ١٠ ﷼ ﴾آية﴿"
    assert repair(text).text is text


def test_an_isolated_haraka_form_gains_no_space() -> None:
    assert repair("\ufe8e\ufe70").text == "\u0627\u064b"  # alef (final form), fathatan isolated form → اً


# -- visual order ---------------------------------------------------------------------------------

def test_a_visual_line_of_letters_is_put_back() -> None:
    line = "المؤتمر عقده كل من المتحدث باسم عملية العزم الصلب التابعة للتحالف الدولي ضد داعش، مايلس كاغينس"
    fixed = repair(visual(line))
    assert fixed.text == line
    assert fixed.notes == ["reversed visual-order lines (1 line put back in reading order)"]


def test_visual_presentation_forms_with_latin_numbers_and_brackets() -> None:
    fixed = repair(visual(SHAPE(SENTENCE)))
    assert fixed.text == SENTENCE
    assert fixed.reversed_lines == 1 and fixed.forms > 0 and len(fixed.notes) == 2


def test_mirrored_brackets_as_a_pdf_draws_them_are_turned_back() -> None:
    # Left to right as drawn: the logical "(" sits at the right edge, drawn mirrored as ")".
    shown = ["(", "NPA", " ", "س", "ر", "ب", " ", "ث", "ر", "و", "ن", ")"]
    assert visual_to_logical(shown) == "(نورث برس NPA)"
    # As python-bidi and old systems store it, unmirrored, it reads the same.
    assert visual_to_logical([")", "NPA", " ", "س", "ر", "ب", " ", "ث", "ر", "و", "ن", "("]) == "(نورث برس NPA)"


def test_an_english_line_with_an_arabic_name_in_visual_order() -> None:
    assert visual_to_logical(list("Said ") + ["ي", "ل", "ا", "ب"] + list(" today"), rtl=False) == "Said بالي today"


def test_whole_article_in_visual_order() -> None:
    paragraphs = [p for p in SEED_TEXT.split("\n") if p.strip()]
    broken = "\n".join(visual(p) for p in paragraphs)
    fixed = repair(broken)
    assert fixed.text.split("\n") == paragraphs


def test_visual_text_without_evidence_is_left_alone() -> None:
    # No ة or ى opens a word and no presentation form: nothing says it is backwards, so nothing moves.
    broken = visual("قال مايلس كاغينس إن الطريق مغلق")
    assert repair(broken).text is broken


# -- text that is fine ----------------------------------------------------------------------------

VOCABULARY = sorted({w for w in re.findall(r"[\u0621-\u064a\u064b-\u0652\u0640]+", SEED_TEXT + TRICKY_TEXT)})
LATIN = ["NPA", "M4", "Caggins", "SDF", "km", "ISIS"]
NUMBERS = ["11", "2019", "١٢", "3.5", "١٠٠٠"]
PUNCT = ["،", ".", ":", "؟", "!", "\"", "«", "»", "(", ")", "-", "–", "/", "👍🏽", "🇸🇾", "\u200d", "\u200c"]


@st.composite
def logical_arabic(draw: st.DrawFn) -> str:
    tokens = st.one_of(st.sampled_from(VOCABULARY), st.sampled_from(LATIN), st.sampled_from(NUMBERS),
                       st.sampled_from(PUNCT))
    lines = draw(st.lists(st.lists(tokens, min_size=0, max_size=25), min_size=1, max_size=8))
    seps = st.sampled_from([" ", " ", " ", "", "  ", "\t"])
    out = []
    for line in lines:
        out.append("".join(tok + draw(seps) for tok in line))
    return draw(st.sampled_from(["\n", "\r\n", "\n\n"])).join(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(logical_arabic())
def test_logical_arabic_is_never_touched(text: str) -> None:
    if not text.strip():
        return
    fixed = repair(text)
    assert fixed.text is text and not fixed.notes
    article = article_from_text(text, "pasted.txt")
    assert article.text == text.replace("\r\n", "\n")
    assert article.import_notes == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(VOCABULARY),
                          st.sampled_from(["NPA", "SDF", "2019", "M4", "١٢", "3.5", "NPA 2019"]),
                          st.sampled_from(VOCABULARY).map(lambda w: f"({w})")), min_size=1, max_size=20))
def test_visual_to_logical_inverts_the_bidi_algorithm(tokens: list[str]) -> None:
    line = " ".join(tokens)
    if not re.search("[\u0621-\u064a]", line) or re.search("[0-9\u0660-\u0669] +[A-Za-z0-9\u0660-\u0669]", line):
        return  # "11 km" is displayed as "km 11" is: that cannot be told back (see _ltr_runs)
    shown = visual(line)
    clusters: list[str] = []
    pending = ""
    for ch in shown:  # python-bidi reverses code points: a letter's harakat come before it
        if "\u064b" <= ch <= "\u0652":
            pending += ch
        else:
            clusters.append(ch + pending)
            pending = ""
    assert visual_to_logical(clusters) == line


def test_the_seed_article_imports_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED_TEXT.encode("utf-8"))
    assert read_article(path).text == SEED_TEXT
    assert read_article(path).import_notes == []


# -- every import path ----------------------------------------------------------------------------

def _write_docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx"])
def test_every_reader_repairs_and_reports(tmp_path: Path, suffix: str) -> None:
    lines = [
        "المؤتمر عقده كل من المتحدث باسم عملية العزم الصلب التابعة للتحالف الدولي ضد داعش",
        "وقال كاغينس في معرض إجابته على سؤال وجهته مراسلة نورث برس عن التقارير الحقوقية الصادرة",
    ]
    broken = [visual(SHAPE(line)) for line in lines]
    path = tmp_path / f"pasted{suffix}"
    if suffix == ".docx":
        _write_docx(path, broken)
    elif suffix == ".html":
        body = "".join(f"<p>{b}</p>" for b in broken)
        path.write_text(f"<html><head><title>x</title></head><body><article>{body}</article></body></html>",
                        encoding="utf-8")
    else:
        path.write_text("\n\n".join(broken), encoding="utf-8")
    with Store.open(tmp_path / "a.db") as store:
        (outcome,) = list(import_paths(store, [path]))
        assert outcome.ok, outcome.error
        assert outcome.article is not None
        assert [p for p in outcome.article.text.split("\n\n") if p] == lines
        assert any(m.startswith("repaired Arabic presentation forms") for m in outcome.messages)
        assert any(m.startswith("reversed visual-order lines") for m in outcome.messages)
        assert store.get_article(outcome.article.id).text == outcome.article.text


def test_clipboard_text_is_repaired_too() -> None:
    clipboard = pytest.importorskip("annotator.core.clipboard")
    article = clipboard.article_from_clipboard(None, SHAPE(SENTENCE))
    assert article.text == SENTENCE
    assert article.import_notes and article.import_notes[0].startswith("repaired Arabic presentation forms")


def test_brat_text_keeps_its_offsets(tmp_path: Path) -> None:
    shaped = SHAPE("قال الرئيس")
    (tmp_path / "doc.txt").write_text(shaped, encoding="utf-8")
    (tmp_path / "doc.ann").write_text(f"T1\tquote 0 {len(shaped)}\t{shaped}\n", encoding="utf-8")
    with Store.open(tmp_path / "a.db") as store:
        (outcome,) = list(import_paths(store, [tmp_path / "doc.ann"]))
        assert outcome.ok, outcome.error
        assert outcome.article is not None and outcome.article.text == shaped  # annotations point into it
