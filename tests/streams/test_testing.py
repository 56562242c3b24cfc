"""The test harness itself: what WorkerProcess reads from a worker's pages."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.settings import Settings
from streams.testing import WorkerProcess


class _Stalled(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"status": "stalled", "lag": 3}' if self.path == "/health" else b"not json"
        self.send_response(503 if self.path == "/health" else 500)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stalled_port() -> Iterator[int]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Stalled)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_health_returns_the_body_of_a_stalled_answer(stalled_port: int, tmp_path: Path) -> None:
    worker = WorkerProcess(Settings(), tmp_path, log_path=tmp_path / "w.log")
    worker.web_port = stalled_port
    assert worker.health() == {"status": "stalled", "lag": 3}
    assert worker.partitions() is None  # an error page that is no JSON
