"""Real article files: Markdown, saved web pages, Word documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import ImportRefused
from annotator.core.importers import import_paths, read_article
from annotator.core.store import Store
from tests.conftest import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


def test_html_news_page_body_and_metadata() -> None:
    article = read_article(FIXTURES / "npa_page.html")  # saved as Windows-1256
    assert article.title == "بالي: لدينا أكثر من 12 ألف جهادي في سجوننا"
    assert article.source == "North Press Agency"
    assert article.authors == ["جيندار عبد القادر", "أفين شيخموس"]
    assert article.published == "2019-11-11"
    assert article.url == "https://npasyria.com/ar/12345/"
    assert article.language == "ar"
    assert "مصطفى بالي" in article.text and "مايلس كاغينس" in article.text
    # Menus, adverts, scripts, related links and the footer are not the article.
    for noise in ("الرئيسية", "إعلان", "tracking", "لا يجب", "اقرأ أيضاً", "جميع الحقوق"):
        assert noise not in article.text


def test_html_without_an_article_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>",
                    encoding="utf-8")
    with pytest.raises(ImportRefused, match="no article text"):
        read_article(page)


def test_markdown_front_matter_and_rendered_text(tmp_path: Path) -> None:
    md = tmp_path / "report.md"
    md.write_text(
        "---\ntitle: مؤتمر صحفي في قاعدة قصرك\nauthor: جيندار عبد القادر, أفين شيخموس\ndate: 2019-11-11\n"
        "source: North Press Agency\n---\n\n# مؤتمر صحفي\n\nقال **مصطفى بالي** إن [التحالف](https://example.org) "
        "*مستمر*.\r\n\r\n- الحسكة\n- تل تمر\n\n> «مهمتنا الأساسية هي القضاء على داعش»\n",
        encoding="utf-8",
    )
    article = read_article(md)
    assert article.title == "مؤتمر صحفي في قاعدة قصرك"
    assert article.authors == ["جيندار عبد القادر", "أفين شيخموس"]
    assert article.published == "2019-11-11" and article.source == "North Press Agency"
    assert article.text == (
        "مؤتمر صحفي\n\nقال مصطفى بالي إن التحالف مستمر.\n\nالحسكة\n\nتل تمر\n\n«مهمتنا الأساسية هي القضاء على داعش»"
    )
    assert "**" not in article.text and "https://" not in article.text


def test_markdown_title_falls_back_to_first_heading(tmp_path: Path) -> None:
    md = tmp_path / "plain.md"
    md.write_text("Intro line\n\n## The heading\n\nBody.", encoding="utf-8")
    assert read_article(md).title == "The heading"


def test_docx_paragraphs_and_properties(tmp_path: Path) -> None:
    import datetime

    import docx

    document = docx.Document()
    document.core_properties.title = "تقرير من دير الزور"
    document.core_properties.author = "أفين شيخموس"
    document.core_properties.created = datetime.datetime(2019, 11, 12, 9, 0)
    document.add_heading("تقرير من دير الزور", level=1)
    document.add_paragraph("قال كينو كبرئيل إن العمليات مستمرة في دير الزور.")
    document.add_paragraph("")
    document.add_paragraph("Second paragraph in English with M4.")
    path = tmp_path / "report.docx"
    document.save(path)
    article = read_article(path)
    assert article.title == "تقرير من دير الزور"
    assert article.authors == ["أفين شيخموس"]
    assert article.published == "2019-11-12"
    assert article.text == (
        "تقرير من دير الزور\n\nقال كينو كبرئيل إن العمليات مستمرة في دير الزور.\n\nSecond paragraph in English with M4."
    )


def test_damaged_docx_is_refused_and_changes_nothing(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip file" * 10)
    with Store.open(db_path) as store:
        [outcome] = list(import_paths(store, [bad]))
        assert not outcome.ok and "Word" in outcome.error
        assert store.article_count() == 0


def test_several_formats_at_once(tmp_path: Path, db_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("# عنوان\n\nنص المقال.", encoding="utf-8")
    txt = tmp_path / "b.txt"
    txt.write_text("Plain article\nBody", encoding="utf-8")
    with Store.open(db_path) as store:
        seen = []
        outcomes = list(import_paths(store, [md, FIXTURES / "npa_page.html", txt],
                                     progress=lambda i, p: seen.append((i, p.name))))
        assert [o.ok for o in outcomes] == [True, True, True]
        assert seen == [(0, "a.md"), (1, "npa_page.html"), (2, "b.txt")]
        assert [a.title for a in store.articles()] == ["عنوان", "بالي: لدينا أكثر من 12 ألف جهادي في سجوننا",
                                                       "Plain article"]


def test_bylines_keep_names_that_start_with_waw(tmp_path: Path) -> None:
    from annotator.core.reading import split_authors as _split_authors

    assert _split_authors("محمد وليد الحسن") == ["محمد وليد الحسن"]
    assert _split_authors("سامر وسام") == ["سامر وسام"]
    assert _split_authors("جيندار عبد القادر و أفين شيخموس") == ["جيندار عبد القادر", "أفين شيخموس"]
    assert _split_authors("A. Smith and B. Jones; وفاء علي، Sara Lee") == ["A. Smith", "B. Jones", "وفاء علي",
                                                                          "Sara Lee"]
    md = tmp_path / "list.md"
    md.write_text("---\ntitle: t\nauthors:\n  - أحمد علي\n  - Sara Lee\n---\n\nنص | جدول\n--- | ---\nخلية | cell\n",
                  encoding="utf-8")
    article = read_article(md)
    assert article.authors == ["أحمد علي", "Sara Lee"]
    assert "خلية | cell" in article.text and "---" not in article.text


def test_a_short_real_page_is_read_and_a_menu_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "short.html"
    page.write_text("<html><body><p>قال مصطفى بالي إن لدى قواته أكثر من 12 ألف جهادي في سجونها.</p>"
                    "</body></html>", encoding="utf-8")
    assert "مصطفى بالي" in read_article(page).text
    menu = tmp_path / "menu.html"
    menu.write_text("<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(ImportRefused, match="no article text"):
        read_article(menu)


def test_an_old_doc_file_is_refused_with_advice(tmp_path: Path) -> None:
    old = tmp_path / "report.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ImportRefused, match="save it as .docx"):
        read_article(old)
