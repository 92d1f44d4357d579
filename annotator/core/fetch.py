"""Articles from the web: fetch a news page by its address and import its article.

The page is downloaded here, with a time limit for the whole download (not
per network read: a server that sends one byte a second is stopped too), a
size limit (reading stops past it) and only ``http``/``https`` addresses;
every way it can fail — offline, an unknown site, a refused connection, an
HTTP error, a page without an article — is one sentence for the user.  The
article is then extracted from the page exactly as from a saved page
(:func:`annotator.core.formats.html.article_from_html`, trafilatura), with
its title, authors, date and site, and the address it was read from is stored
as the article's URL.

Why not ``trafilatura.fetch_url``: it returns ``None`` for every failure
alike (offline, 404, a timeout), so it cannot say which one happened; its
timeout applies to each network read rather than to the download; it retries
server errors with back-off sleeps of up to 30 s, too long for someone
waiting at a dialog; and its protection for servers (refusing private
addresses) would refuse a newsroom's intranet.  The download uses urllib3,
trafilatura's own HTTP client, so nothing new is installed.

Nothing heavy is imported until a page is fetched (urllib3, trafilatura):
start-up time matters.
"""

from __future__ import annotations

import errno
import os
import re
import threading
import time
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .errors import AnnotatorError, ImportRefused, Message
from .model import Article
from .reading import ImportOutcome, decode_text, import_article
from .store import Store

#: Seconds the whole download may take (connecting, waiting, reading), unless
#: the environment variable ``ANNOTATOR_FETCH_TIMEOUT`` says otherwise.
TIMEOUT = 20.0
#: A page larger than this is refused; reading stops as soon as it is passed
#: (``ANNOTATOR_FETCH_MAX_MB`` overrides it).  News pages are well under 2 MB.
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 10
#: How a URL is recognised on the command line: a scheme followed by ``://``.
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")
#: A URL as typed in a dialog, without its scheme: ``npasyria.com/ar/12345``.
_BARE_HOST = re.compile(r"[^\s/:@]+\.[^\s/:@.]{2,}(:\d+)?(/\S*)?")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_USER_AGENT = "Mozilla/5.0 (compatible; annotator; +https://pypi.org/project/trafilatura/)"


class Cancelled(ImportRefused):
    """The user stopped the download; nothing was stored."""


def is_url(value: str) -> bool:
    """Whether a command-line argument names a web address (``scheme://…``) rather than a file."""
    return _URL.match(value) is not None


def complete_url(value: str) -> str:
    """A URL as typed in a dialog: trimmed, and ``https://`` added to a bare ``site.com/page``."""
    value = value.strip()
    if not is_url(value) and _BARE_HOST.fullmatch(value):
        return "https://" + value
    return value


def shown_url(url: str, limit: int = 100) -> str:
    """``url`` for a message: control characters as escapes, cut short."""
    out = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in url[:limit])
    return out + "…" if len(url) > limit else out


def check_url(url: str) -> str:
    """Refuse anything but an ``http``/``https`` address with a site name; return it trimmed."""
    url = url.strip()
    where = shown_url(url)
    if not url:
        raise ImportRefused("No web address was given.")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        if is_url(url):
            raise ImportRefused("%1: only web addresses (http:// or https://) can be opened; '%2:' addresses "
                                "are not.", where, parts.scheme)
        raise ImportRefused("%1: only web addresses (http:// or https://) can be opened; this is not.", where)
    try:
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise ImportRefused("%1: the port in this address is not a number.", where) from None
    if not parts.hostname:
        raise ImportRefused("%1: this address names no site.", where)
    return url


def _env_number(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    try:
        number = float(value) if value else default
    except ValueError:
        return default
    return number if number > 0 else default


def limits() -> tuple[float, int]:
    """``(seconds, bytes)``: the time and size limits of a download, from the environment or the defaults."""
    timeout = _env_number("ANNOTATOR_FETCH_TIMEOUT", TIMEOUT)
    return timeout, int(_env_number("ANNOTATOR_FETCH_MAX_MB", MAX_BYTES / 2**20) * 2**20)


def fetch_article(url: str, *, timeout: float | None = None, max_bytes: int | None = None,
                  cancelled: threading.Event | None = None) -> Article:
    """Download the page at ``url`` and return its article (not stored), with its URL.

    ``timeout`` (seconds) bounds the whole download; ``max_bytes`` the
    page's size after decompression.  Setting ``cancelled`` stops the
    download (within a tenth of a second once the page is arriving) and
    raises :class:`Cancelled`.  Every failure raises :class:`ImportRefused`
    with one sentence for the user.
    """
    url = check_url(url)
    default_timeout, default_bytes = limits()
    timeout = default_timeout if timeout is None else timeout
    max_bytes = default_bytes if max_bytes is None else max_bytes
    data, final_url, content_type, charset = _download(url, timeout, max_bytes, cancelled)
    if cancelled is not None and cancelled.is_set():
        raise Cancelled("%1: stopped.", shown_url(url))
    return article_from_page(data, final_url, content_type, charset)


def article_from_page(data: bytes, url: str, content_type: str = "text/html", charset: str | None = None) -> Article:
    """The article in a downloaded page: HTML through the saved-page extraction, plain text as it is."""
    from .formats.html import article_from_html
    from .reading import article_from_text

    where = shown_url(url)
    host = urlsplit(url).hostname or ""
    if content_type == "text/plain":
        text, _ = decode_text(data, where, charset)
        return article_from_text(text, where, url=url, source=host)
    if content_type and content_type not in _HTML_TYPES:
        if content_type == "application/pdf":
            raise ImportRefused("%1 is a PDF document, not a web page; download it and import the file.", where)
        raise ImportRefused("%1 is a file of type %2, not a web page; download it and import the file.",
                            where, content_type)
    page: bytes | str = data
    if charset:  # what the server says beats what the page guesses (the HTML standard's order)
        try:
            page = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            page = data  # a wrong label: let the page's own <meta charset> decide
    article = article_from_html(page, where, url=url)
    if not article.source:
        article.source = host
    return article


def _download(url: str, timeout: float, max_bytes: int,
              cancelled: threading.Event | None) -> tuple[bytes, str, str, str | None]:
    """``(body, final URL, content type, charset)``: the page after redirects, within the limits.

    Redirects are followed here, not by urllib3, so that every hop is
    checked (http/https only) and the time limit covers them all.
    """
    import urllib3
    from urllib3.exceptions import HTTPError, MaxRetryError

    where = shown_url(url)
    deadline = time.monotonic() + timeout
    seconds = _number(timeout)
    headers = urllib3.util.make_headers(accept_encoding=True)
    headers.update({"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                    "Accept-Language": "ar,en;q=0.8"})
    for _hop in range(MAX_REDIRECTS + 1):
        host = urlsplit(url).hostname or where
        left = deadline - time.monotonic()
        if left <= 0:
            raise _late(where, seconds)
        pool = _pool(url)
        try:
            # ``total``: connecting and waiting for the answer share what is left of the limit
            response = pool.request("GET", url, headers=headers, redirect=False, preload_content=False,
                                    retries=urllib3.Retry(total=0, connect=0, read=0, redirect=0),
                                    timeout=urllib3.Timeout(total=left))
        except MaxRetryError as exc:
            pool.clear()
            raise _why(exc.reason, where, host, seconds) from None
        except HTTPError as exc:
            pool.clear()
            raise _why(exc, where, host, seconds) from None
        except (ValueError, UnicodeError) as exc:  # an address urllib3 cannot parse or encode
            pool.clear()
            raise ImportRefused("%1 is not a usable web address (%2).", where, exc) from None
        try:
            location = response.headers.get("Location", "")
            if response.status in (301, 302, 303, 307, 308) and location:
                target = urljoin(url, location)
                if urlsplit(target).scheme.lower() not in ("http", "https"):
                    raise ImportRefused("%1: the site sends the browser on to %2; only web addresses (http:// or "
                                        "https://) can be opened.", where, shown_url(target))
                url = check_url(target)
                continue
            if not 200 <= response.status < 300:
                raise _status_message(where, response.status)
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise _too_large(where, max_bytes)
            kind, charset = _content_type(response.headers.get("Content-Type", ""))
            return _read_body(response, deadline, max_bytes, cancelled, where, seconds), url, kind, charset
        finally:
            response.release_conn()
            pool.clear()  # this hop's connection is closed now, not when the garbage collector gets to it
    raise ImportRefused("%1: the site redirects too many times (more than %2).", where, MAX_REDIRECTS)


def _number(value: float) -> int | str:
    """``value`` as ``{value:g}`` writes it: a whole number as an int (in the interface's digits), else the text."""
    text = f"{value:g}"
    return int(text) if text.isdigit() else text


def _late(where: str, seconds: int | str) -> ImportRefused:
    return ImportRefused("%1: the page did not arrive within %2 s; the site is slow or the connection poor.",
                         where, seconds)


def _pool(url: str):
    """A connection pool, through the proxy the environment names (``https_proxy``, ``no_proxy``) if any."""
    import urllib.request

    import urllib3

    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme.lower())
    if proxy and not urllib.request.proxy_bypass(parts.hostname or ""):
        return urllib3.ProxyManager(proxy)
    return urllib3.PoolManager()


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return kind.strip().lower(), charset


def _read_body(response, deadline: float, max_bytes: int, cancelled: threading.Event | None,
               where: str, seconds: int | str) -> bytes:
    """Read the body in pieces, stopping at the deadline, the size limit or a cancel."""
    from urllib3.exceptions import HTTPError

    stopped: list[str] = []
    done = threading.Event()

    def watch() -> None:  # a blocked read is interrupted from here
        while not done.wait(0.1):
            if cancelled is not None and cancelled.is_set():
                stopped.append("cancelled")
            elif time.monotonic() >= deadline:
                stopped.append("deadline")
            else:
                continue
            response.shutdown()
            return

    watcher = threading.Thread(target=watch, name="fetch-watch", daemon=True)
    watcher.start()
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            try:
                chunk = response.read1(1 << 16)
            except (HTTPError, OSError) as exc:
                if stopped:
                    break
                raise _why(exc, where, where, seconds) from None
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(where, max_bytes)
            chunks.append(chunk)
    finally:
        done.set()
    if stopped and stopped[0] == "cancelled":
        raise Cancelled("%1: stopped.", where)
    if stopped:
        raise _late(where, seconds)
    return b"".join(chunks)


def _too_large(where: str, max_bytes: int) -> ImportRefused:
    return ImportRefused("%1: the page is larger than %2 MB; pages that large are refused.",
                         where, _number(max_bytes / 2**20))


def _status_message(where: str, status: int) -> ImportRefused:
    """What an HTTP error means: ``%2`` is the status, ``%3`` its phrase (`` Not Found``, or nothing)."""
    from http import HTTPStatus

    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    said = f" {phrase}" if phrase else ""
    code = str(status)  # a code, written as the site sent it (404), not a number for the interface's digits
    if status in (401, 403):
        return ImportRefused("%1: the site answered %2%3 — the page needs a login or refuses automatic readers; "
                             "save it from the browser and import the file.", where, code, said)
    if status in (404, 410):
        return ImportRefused("%1: the site answered %2%3 — check the address.", where, code, said)
    if status >= 500:
        return ImportRefused("%1: the site answered %2%3 — the site has a problem; try again later.",
                             where, code, said)
    return ImportRefused("%1: the site answered %2%3 — the page was not sent.", where, code, said)


def _why(reason: BaseException | None, where: str, host: str, seconds: int | str) -> ImportRefused:
    """One sentence for a failed connection or read (urllib3's exception, or what it wraps)."""
    from urllib3.exceptions import (
        ConnectTimeoutError,
        NameResolutionError,
        NewConnectionError,
        ProtocolError,
        ProxyError,
        ReadTimeoutError,
        SSLError,
    )

    if isinstance(reason, NameResolutionError):
        return ImportRefused("%1: the site '%2' could not be found — check the address, or whether this "
                             "computer is online.", where, host)
    # urllib3's NewConnectionError is a ConnectTimeoutError too: ask it first.
    if isinstance(reason, NewConnectionError):
        code = _errno(reason)
        if code in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
            return ImportRefused("%1: the network cannot be reached — this computer seems to be offline.", where)
        if code == errno.ECONNREFUSED:
            return ImportRefused("%1: '%2' refused the connection — the site is down or the address is wrong "
                                 "(or this computer is offline).", where, host)
        return ImportRefused("%1: could not connect to '%2' — check that this computer is online.", where, host)
    if isinstance(reason, ConnectTimeoutError):
        return ImportRefused("%1: no answer from '%2' within %3 s — this computer may be offline, or the site "
                             "is down.", where, host, seconds)
    if isinstance(reason, ReadTimeoutError | TimeoutError):
        return _late(where, seconds)
    if isinstance(reason, SSLError):
        return ImportRefused("%1: the secure connection to '%2' failed (its certificate could not be checked).",
                             where, host)
    if isinstance(reason, ProxyError):
        return ImportRefused("%1: the proxy server did not let the request through.", where)
    if isinstance(reason, ProtocolError):
        return ImportRefused("%1: the connection broke while the page was being read; try again.", where)
    return ImportRefused("%1: the page could not be fetched (%2).", where, type(reason).__name__)


def _errno(exc: BaseException) -> int | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno:
            return seen.errno
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    if "Connection refused" in text:
        return errno.ECONNREFUSED
    if "Network is unreachable" in text:
        return errno.ENETUNREACH
    return None


def import_url(store: Store, url: str, **options: object) -> ImportOutcome:
    """Fetch ``url`` and store its article unless the same text is there; never raises for a bad page.

    The outcome's ``path`` is the URL (its ``name`` the last part of the
    address); ``existed`` says the article was already in the database.
    """
    path = Path(url)
    try:
        article = fetch_article(url, **options)  # type: ignore[arg-type]
        stored, existed = import_article(store, article)
    except AnnotatorError as exc:
        return ImportOutcome(path, error=exc.message)
    except Exception as exc:  # noqa: BLE001  — a parser bug on a hostile page: refuse it, keep going
        traceback.print_exc()
        return ImportOutcome(path, error=Message("%1 could not be read (%2: %3).", shown_url(url),
                                                 type(exc).__name__, exc))
    # What reading did to the text (repaired Arabic, …), reported as a file import's notes are.
    return ImportOutcome(path, article=stored, existed=existed, messages=list(getattr(article, "import_notes", ())))


def import_sources(store: Store, sources: Iterable[str], encoding: str | None = None) -> Iterator[ImportOutcome]:
    """Import files and web addresses in the order given (``annotator import FILE|URL...``).

    A web address is recognised by its scheme (``https://…``); anything
    else is a file, read by :func:`annotator.core.importers.import_paths`.
    """
    from .importers import import_paths

    for source in sources:
        if is_url(source):
            yield import_url(store, source)
        else:
            yield from import_paths(store, [source], encoding=encoding)
