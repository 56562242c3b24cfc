"""Replay archived feeds into ``articles.raw`` of a namespace.

Records stream from disk one at a time (constant memory), are sent with an
idempotent producer, and carry their event time (``published_at``) as the
Kafka timestamp, so consumer offsets can later be reset "to a point in time".
Re-running a replay creates no second copies downstream: article ids derive
from content and the dedupe stage drops redeliveries.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaProducer

from schemas import parse_timestamp
from streams import topics as catalog
from streams.admin import ensure_topics
from streams.inputs import InputRecord, read_feed
from streams.settings import Settings

ProgressCallback = Callable[[InputRecord], None]


@dataclass
class ReplayResult:
    sent: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.sent / self.seconds if self.seconds > 0 else 0.0


class RateLimiter:
    """Spaces sends to at most ``rate`` per second (None: unlimited)."""

    def __init__(self, rate: float | None) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.next_at = 0.0

    async def wait(self) -> None:
        if not self.interval:
            return
        now = time.monotonic()
        if self.next_at > now:
            await asyncio.sleep(self.next_at - now)
            now = self.next_at
        self.next_at = max(now, self.next_at) + self.interval


def _timestamp_ms(record: InputRecord) -> int | None:
    stamp = record.published_at
    if stamp is None:
        return None
    try:
        return int(parse_timestamp(stamp).timestamp() * 1000)
    except ValueError:
        return None


async def replay(
    settings: Settings,
    files: Iterable[Path],
    *,
    rate: float | None = None,
    on_record: ProgressCallback | None = None,
) -> ReplayResult:
    """Send every record of ``files`` to the namespace's raw topic; returns counts."""
    await ensure_topics(settings)
    topic = catalog.topic_name(catalog.RAW, settings.namespace)
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_list,
        client_id=f"{settings.namespace}-replay",
        acks="all",
        enable_idempotence=True,
        linger_ms=20,
        max_batch_size=1 << 20,
        max_request_size=settings.max_message_bytes,
        compression_type="lz4" if _has_lz4() else None,
    )
    await producer.start()
    limiter = RateLimiter(rate)
    started = time.monotonic()
    sent = 0
    pending: list[asyncio.Future] = []
    try:
        for record in read_feed(files):
            await limiter.wait()
            pending.append(await producer.send(topic, record.data, timestamp_ms=_timestamp_ms(record)))
            sent += 1
            if on_record is not None:
                on_record(record)
            if len(pending) >= 1000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
        await producer.flush()
    finally:
        await producer.stop()
    return ReplayResult(sent=sent, seconds=time.monotonic() - started)


def _has_lz4() -> bool:
    try:
        import lz4  # noqa: F401
    except ImportError:
        return False
    return True
