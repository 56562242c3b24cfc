"""Reading claimwatch's topics: for ``tail``, ``alerts`` and tests.

A reader assigns itself every partition of the topic (no consumer group, so
it never disturbs the worker's offsets) and yields records.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

from streams.settings import Settings

ASSIGN_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class TopicRecord:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None

    def json(self) -> Any:
        return orjson.loads(self.value) if self.value else None


class TopicReader:
    """All partitions of one topic, from the beginning, the end, or a timestamp."""

    def __init__(
        self, settings: Settings, topic: str, *, from_beginning: bool = True, since_ms: int | None = None
    ) -> None:
        self.settings = settings
        self.topic = topic
        self.from_beginning = from_beginning
        self.since_ms = since_ms
        self.consumer = AIOKafkaConsumer(
            bootstrap_servers=settings.bootstrap_list,
            client_id=f"{settings.namespace}-reader",
            enable_auto_commit=False,
            group_id=None,
            auto_offset_reset="earliest" if from_beginning else "latest",
        )
        self.assignment: list[TopicPartition] = []

    async def __aenter__(self) -> TopicReader:
        await self.consumer.start()
        try:
            await self._assign()
        except BaseException:
            await self.consumer.stop()
            raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.consumer.stop()

    async def _assign(self) -> None:
        if self.topic not in await self.consumer.topics():
            raise LookupError(f"topic {self.topic} does not exist at {self.settings.kafka_bootstrap_servers}")
        # Without a group, subscribe() assigns every partition once metadata arrives.
        self.consumer.subscribe([self.topic])
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ASSIGN_TIMEOUT_S
        while not self.consumer.assignment():
            if loop.time() > deadline:
                raise LookupError(f"no partitions of {self.topic} could be assigned")
            await asyncio.sleep(0.05)
        self.assignment = sorted(self.consumer.assignment(), key=lambda tp: tp.partition)
        if self.since_ms is not None:
            found = await self.consumer.offsets_for_times({tp: self.since_ms for tp in self.assignment})
            ends = await self.consumer.end_offsets(self.assignment)
            for tp in self.assignment:
                stamp = found.get(tp)
                self.consumer.seek(tp, stamp.offset if stamp is not None else ends[tp])
        elif self.from_beginning:
            await self.consumer.seek_to_beginning(*self.assignment)
        else:
            await self.consumer.seek_to_end(*self.assignment)

    async def poll(self, timeout: float = 1.0, max_records: int = 500) -> list[TopicRecord]:
        batch = await self.consumer.getmany(timeout_ms=int(timeout * 1000), max_records=max_records)
        records = []
        for tp, messages in sorted(batch.items(), key=lambda item: item[0].partition):
            records.extend(
                TopicRecord(tp.topic, tp.partition, m.offset, m.timestamp, m.key, m.value) for m in messages
            )
        return records


async def read_topic(
    settings: Settings,
    topic: str,
    *,
    from_beginning: bool = True,
    since_ms: int | None = None,
    idle_timeout: float | None = None,
) -> AsyncIterator[TopicRecord]:
    """Yield a topic's records; with ``idle_timeout``, stop after that many quiet seconds."""
    async with TopicReader(settings, topic, from_beginning=from_beginning, since_ms=since_ms) as reader:
        while True:
            records = await reader.poll(idle_timeout or 1.0)
            if not records and idle_timeout is not None:
                return
            for record in records:
                yield record
