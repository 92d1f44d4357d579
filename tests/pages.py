"""A local web server for the link-import tests: news pages and every way a fetch can go wrong.

It listens on 127.0.0.1 on a free port, in a thread of the test process (the
command-line tests reach it from their subprocess).  Paths:

``/npa``          the North Press Agency page of the fixtures (Windows-1256, named by its <meta charset>)
``/npa-utf8``     the same page re-encoded as UTF-8, said by the Content-Type header (the <meta> still lies)
``/redirect``     302 to ``/npa``
``/loop``         302 to itself
``/to-ftp``       302 to an ftp:// address
``/plain``        an Arabic article as text/plain
``/menu``         a page with menus and no article
``/pdf``          a PDF document
``/missing``      404
``/broken``       500
``/slow``         answers nothing for ``SLOW_SECONDS``
``/trickle``      sends a byte every tenth of a second, for ever
``/huge``         HTML without a length, 64 KiB pieces for ever
``/huge-declared`` a Content-Length of 50 MB
"""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from tests.conftest import PROJECT_ROOT

NPA_PAGE = (PROJECT_ROOT / "tests" / "fixtures" / "npa_page.html").read_bytes()
NPA_TITLE = "بالي: لدينا أكثر من 12 ألف جهادي في سجوننا"
PLAIN = "تقرير من الحسكة\r\nقال مصطفى بالي إن الوضع مستقر في المنطقة.\r\n\r\nوأضاف أن قواته تحرس السجون."
SLOW_SECONDS = 8.0


@dataclass
class PageServer:
    base: str
    sent: dict[str, int] = field(default_factory=dict)  # bytes written per path
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(server: PageServer, stop: threading.Event) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # quiet
            pass

        def _send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            path = self.path
            server.requests.append(path)
            try:
                if path == "/npa":
                    self._send(200, NPA_PAGE, "text/html")
                elif path == "/npa-utf8":
                    self._send(200, NPA_PAGE.decode("cp1256").encode("utf-8"), "text/html; charset=UTF-8")
                elif path == "/redirect":
                    self.send_response(302)
                    self.send_header("Location", "/npa")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif path in ("/loop", "/to-ftp"):
                    self.send_response(302)
                    self.send_header("Location", "/loop" if path == "/loop" else "ftp://127.0.0.1/npa")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                elif path == "/plain":
                    self._send(200, PLAIN.encode("utf-8"), "text/plain; charset=utf-8")
                elif path == "/menu":
                    self._send(200, b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
                                    b"<a href='/news'>News</a></nav></body></html>", "text/html; charset=utf-8")
                elif path == "/pdf":
                    self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
                elif path == "/broken":
                    self._send(500, b"<h1>Internal Server Error</h1>", "text/html")
                elif path == "/slow":
                    stop.wait(SLOW_SECONDS)
                    self._send(200, NPA_PAGE, "text/html")
                elif path == "/trickle":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    while not stop.wait(0.1):
                        self.wfile.write(b" ")
                        self.wfile.flush()
                        server.sent[path] = server.sent.get(path, 0) + 1
                elif path == "/huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    piece = b"<p>" + "نص طويل جدا ".encode() * 5000 + b"</p>\n"
                    while not stop.is_set():
                        self.wfile.write(piece)
                        server.sent[path] = server.sent.get(path, 0) + len(piece)
                elif path == "/huge-declared":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(50 * 2**20))
                    self.end_headers()
                    self.wfile.write(b"<html>")
                else:
                    self._send(404, b"<h1>Not Found</h1>", "text/html")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading: that is what the limits are for

    return Handler


@contextmanager
def serve_pages() -> Iterator[PageServer]:
    """Run the server for the duration of a ``with`` block."""
    stop = threading.Event()
    server = PageServer("")
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(server, stop))
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, name="test-pages", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def refused_url() -> str:
    """An address on 127.0.0.1 where nothing listens: the connection is refused, as when offline."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"
