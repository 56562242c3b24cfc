"""Helpers for testing claimwatch against a real broker: shipped with the package.

A :class:`WorkerProcess` runs ``claimwatch worker`` as a subprocess in its own
namespace (topics, consumer group, changelogs, RocksDB directory), so tests
never share state; :func:`produce` and :func:`collect` talk to the broker
directly.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from streams import topics as catalog
from streams.consume import TopicReader, TopicRecord
from streams.kafka_local import port_open
from streams.settings import Settings

WORKER_READY_TIMEOUT_S = 120.0


def new_namespace(prefix: str = "t") -> str:
    return f"{prefix}{uuid.uuid4().hex[:10]}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def broker_available(settings: Settings) -> bool:
    host, _, port = settings.bootstrap_list[0].rpartition(":")
    return port_open(host or "127.0.0.1", int(port), 2.0)


class WorkerProcess:
    """``claimwatch worker`` in a subprocess, with its own namespace and data dir."""

    def __init__(
        self, settings: Settings, data_dir: Path, *, log_path: Path, extra_env: dict[str, str] | None = None
    ):
        self.settings = settings
        self.data_dir = data_dir
        self.log_path = log_path
        self.web_port = free_port()
        self.extra_env = extra_env or {}
        self.process: subprocess.Popen[bytes] | None = None

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "KAFKA_BOOTSTRAP_SERVERS": self.settings.kafka_bootstrap_servers,
                "CLAIMWATCH_NAMESPACE": self.settings.namespace,
                "CLAIMWATCH_PARTITIONS": str(self.settings.partitions),
                "CLAIMWATCH_DATA_DIR": str(self.data_dir),
                "CLAIMWATCH_WEB_PORT": str(self.web_port),
                "CLAIMWATCH_LOG_LEVEL": "info",
                # Crash tests wait for the dead worker's session to end: keep it short.
                "CLAIMWATCH_SESSION_TIMEOUT_S": "8",
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(self.extra_env)
        return env

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()

    def _get_json(self, path: str, timeout: float) -> Any:
        """A worker page's JSON (also an error status's, such as /health's 503 "stalled"), or None if the
        worker does not answer or answers no JSON."""
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{self.web_port}{path}", timeout=timeout
            ) as response:
                return orjson.loads(response.read())
        except urllib.error.HTTPError as error:
            with error:
                try:
                    return orjson.loads(error.read())
                except (OSError, ValueError):
                    return None
        except (OSError, ValueError):
            return None

    def health(self) -> dict | None:
        return self._get_json("/health", timeout=2)

    def partitions(self) -> list[dict] | None:
        """The worker's view of its assigned partitions (``/partitions``), or None if it does not answer."""
        page = self._get_json("/partitions", timeout=5)
        return page.get("partitions") if isinstance(page, dict) else None

    def metrics(self) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/metrics", timeout=5) as response:
            return response.read().decode()

    def wait_ready(self, timeout: float = WORKER_READY_TIMEOUT_S) -> None:
        """Wait until the worker has partitions assigned (its consumer group is stable)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            health = self.health()
            if health and health.get("assigned_partitions", 0) > 0:
                return
            time.sleep(0.5)
        raise TimeoutError(f"worker not ready after {timeout:.0f}s:\n{self.log_tail()}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        os.killpg(self.process.pid, sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            return self.process.wait(10)

    def kill(self, *, wait_for_session_expiry: bool = True) -> None:
        """SIGKILL: no clean shutdown, no final commit — the crash case.

        By default also waits until the broker has dropped the dead member (its session
        timeout), so the replacement joins a group that has settled: a replacement that
        joins while the dead member is still listed goes through two rebalances, and
        faust-streaming's recovery can stall in the second one.
        """
        self.stop(signal.SIGKILL)
        if wait_for_session_expiry:
            time.sleep(float(self.env()["CLAIMWATCH_SESSION_TIMEOUT_S"]) + 2)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"


async def produce(settings: Settings, spec: catalog.TopicSpec, values: Iterable[bytes]) -> int:
    """Send raw message values to a catalog topic of the namespace; returns the count."""
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_list, acks="all", enable_idempotence=True
    )
    await producer.start()
    count = 0
    try:
        for value in values:
            await producer.send_and_wait(catalog.topic_name(spec, settings.namespace), value)
            count += 1
    finally:
        await producer.stop()
    return count


async def collect(
    settings: Settings, spec: catalog.TopicSpec, *, count: int, timeout: float = 60.0, settle: float = 0.0
) -> list[TopicRecord]:
    """Read a topic from the beginning until ``count`` records arrived (or ``timeout``).

    ``settle`` keeps reading that many seconds past ``count``, to catch unwanted extra records.
    """
    records: list[TopicRecord] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    settle_until: float | None = None
    async with TopicReader(settings, catalog.topic_name(spec, settings.namespace)) as reader:
        while loop.time() < deadline:
            records.extend(await reader.poll(0.3))
            if len(records) >= count:
                settle_until = settle_until or loop.time() + settle
                if loop.time() >= settle_until:
                    break
    return sorted(records, key=lambda r: (r.partition, r.offset))
