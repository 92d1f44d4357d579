"""Articles from links: fetched from a local web server (127.0.0.1), limits, messages, the URL stored."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.errors import ImportRefused
from annotator.core.fetch import complete_url, fetch_article, import_sources, import_url, is_url
from annotator.core.importers import read_article
from annotator.core.store import Store
from tests.pages import NPA_TITLE, PageServer, refused_url, serve_pages

FIXTURE = Path(__file__).parent.parent / "fixtures" / "npa_page.html"


@pytest.fixture(scope="module")
def pages() -> Iterator[PageServer]:
    with serve_pages() as server:
        yield server


def test_a_news_page_is_fetched_with_its_metadata_and_its_url(pages: PageServer) -> None:
    article = fetch_article(pages.url("/npa"))
    assert article.title == NPA_TITLE
    assert article.url == pages.url("/npa")  # where it was read, not the address the page claims
    assert article.source == "North Press Agency"
    assert article.authors == ["جيندار عبد القادر", "أفين شيخموس"]
    assert article.published == "2019-11-11"
    assert article.language == "ar"
    # The same text as the saved page gives: logical order, paragraphs, no menus — so the hash de-duplicates.
    saved = read_article(FIXTURE)
    assert article.text == saved.text and article.text_sha256 == saved.text_sha256
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == NPA_TITLE and paragraphs[2].startswith("قال مدير المكتب الإعلامي")
    assert "\r" not in article.text and "الرئيسية" not in article.text


def test_the_servers_charset_beats_a_wrong_meta_and_redirects_store_the_final_address(pages: PageServer) -> None:
    utf8 = fetch_article(pages.url("/npa-utf8"))
    assert utf8.title == NPA_TITLE and utf8.text == read_article(FIXTURE).text
    moved = fetch_article(pages.url("/redirect"))
    assert moved.url == pages.url("/npa") and moved.title == NPA_TITLE


def test_plain_text_is_taken_as_it_is(pages: PageServer) -> None:
    article = fetch_article(pages.url("/plain"))
    assert article.title == "تقرير من الحسكة"
    assert article.text == "تقرير من الحسكة\nقال مصطفى بالي إن الوضع مستقر في المنطقة.\n\nوأضاف أن قواته تحرس السجون."
    assert article.url == pages.url("/plain") and article.source == "127.0.0.1"


def test_the_time_limit_covers_a_silent_server_and_a_trickling_one(pages: PageServer) -> None:
    for path in ("/slow", "/trickle"):
        started = time.monotonic()
        with pytest.raises(ImportRefused, match=r"did not arrive within 1\.5 s") as caught:
            fetch_article(pages.url(path), timeout=1.5)
        elapsed = time.monotonic() - started
        assert 1.4 < elapsed < 3.5, (path, elapsed)
        assert "\n" not in str(caught.value)


def test_the_time_limit_comes_from_the_environment(pages: PageServer, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_FETCH_TIMEOUT", "0.5")
    started = time.monotonic()
    with pytest.raises(ImportRefused, match=r"within 0\.5 s"):
        fetch_article(pages.url("/slow"))
    assert time.monotonic() - started < 2.5


def test_reading_stops_at_the_size_limit(pages: PageServer) -> None:
    started = time.monotonic()
    with pytest.raises(ImportRefused, match="larger than 1 MB"):
        fetch_article(pages.url("/huge"), max_bytes=2**20)
    assert time.monotonic() - started < 5
    with pytest.raises(ImportRefused, match="larger than 10 MB"):  # the default, refused from the header alone
        fetch_article(pages.url("/huge-declared"))


def test_http_errors_and_pages_without_an_article_say_so_in_one_line(pages: PageServer) -> None:
    cases = {
        "/missing": "the site answered 404 Not Found — check the address.",
        "/broken": "the site answered 500 Internal Server Error — the site has a problem; try again later.",
        "/menu": "no article text was found in this page",
        "/pdf": "is a PDF document, not a web page; download it and import the file.",
        "/loop": "the site redirects too many times (more than 10).",
        "/to-ftp": "sends the browser on to ftp://127.0.0.1/npa; only web addresses (http:// or https://) can be",
    }
    for path, message in cases.items():
        with pytest.raises(ImportRefused) as caught:
            fetch_article(pages.url(path))
        text = str(caught.value)
        assert text.startswith(pages.url(path)) and message in text and "\n" not in text, text


@pytest.mark.parametrize("url", ["ftp://example.org/a.html", "file:///etc/passwd", "javascript:alert(1)",
                                 "data:text/html,<p>x</p>", "https://", "example.org/news"])
def test_only_http_and_https_addresses_are_fetched(url: str) -> None:
    with pytest.raises(ImportRefused, match="only web addresses|names no site"):
        fetch_article(url)


def test_offline_refused_and_unknown_sites_are_explained() -> None:
    with pytest.raises(ImportRefused, match="refused the connection .* offline"):
        fetch_article(refused_url(), timeout=5)
    with pytest.raises(ImportRefused, match="could not be found — check the address, or whether this computer "
                                            "is online"):
        fetch_article("http://no-such-site.invalid/news/1", timeout=5)


def test_a_cancelled_download_stops_quickly(pages: PageServer) -> None:
    from annotator.core.fetch import Cancelled

    cancelled = threading.Event()
    threading.Timer(0.3, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        fetch_article(pages.url("/trickle"), timeout=10, cancelled=cancelled)
    assert time.monotonic() - started < 1.5


def test_importing_a_link_twice_stores_it_once(pages: PageServer, tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        first = import_url(store, pages.url("/npa"))
        again = import_url(store, pages.url("/redirect"))
        saved = list(import_sources(store, [str(FIXTURE)]))
        assert first.ok and not first.existed and first.article is not None
        assert again.existed and again.article is not None and again.article.id == first.article.id
        assert saved[0].existed  # the page saved from the browser is the same text: not a duplicate
        [summary] = store.articles()
        stored = store.get_article(summary.id)
        assert stored.url == pages.url("/npa") and stored.title == NPA_TITLE
        failed = import_url(store, pages.url("/missing"))
        assert not failed.ok and "404" in (failed.error or "") and len(store.articles()) == 1


def test_urls_are_told_from_files_by_their_scheme() -> None:
    assert is_url("https://npasyria.com/ar/1") and is_url("ftp://x") and is_url("HTTP://X.ORG")
    assert not is_url("report.html") and not is_url("C:\\news\\a.txt") and not is_url("/tmp/https:/x")
    assert complete_url("  npasyria.com/ar/12345 ") == "https://npasyria.com/ar/12345"
    assert complete_url("http://x.org") == "http://x.org"
    assert complete_url("not a url") == "not a url"
