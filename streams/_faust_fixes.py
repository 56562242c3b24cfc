"""Work-arounds for two faust-streaming bugs that lose records when a worker ends a recovery.

Seen in faust-streaming 0.15.3 with aiokafka 0.14, on every worker that joins or rebalances
while records arrive. Both lose records and then commit their offsets, so the loss is silent.
We saw raw articles that were never normalized. We also saw dedupe probes that were never
answered, and their article then waited for ever.
``tests/streams/test_dedupe_kafka.py`` keeps records arriving through a restart.

1. **An empty partition set means "all partitions".** The fetcher gives the consumer thread
   faust's own set of active partitions, not a copy, and aiokafka reads an empty set as "every
   partition". Table recovery reads the changelogs, then pauses them before it resumes the
   stream partitions. If a fetch is waiting at that moment, the set turns empty under it, and
   the fetch drains the records of *every* partition. aiokafka moves their positions on, and
   faust drops each record whose partition is not active. Fix: the consumer thread fetches
   from a snapshot of the set, and fetches nothing when the set is empty.

2. **Records fetched while a recovery ends are cleared.** ``Recovery.on_recovery_completed``
   works in three steps: it resumes the stream partitions, it seeks them to their committed
   offsets, and it resumes flow control. Resuming flow control clears every stream's queue.
   Records fetched after the seek but before that clear are thrown away, and the seek does not
   bring them back. Fix: the stream partitions stay paused until flow control runs again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import faust
from faust.tables import TableManager
from faust.tables.recovery import Recovery
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    async def _fetch_records(
        self,
        consumer: Any,
        active_partitions: Any,
        timeout: float | None = None,
        max_records: int | None = None,
    ) -> Any:
        if active_partitions is not None:
            active_partitions = set(active_partitions)  # a snapshot: the caller's set changes under us
            if not active_partitions:
                return {}  # aiokafka would read an empty set as "all partitions"
        return await super()._fetch_records(
            consumer, active_partitions, timeout=timeout, max_records=max_records
        )


class _Consumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _Transport(faust_aiokafka.Transport):
    Consumer = _Consumer


class _Recovery(Recovery):
    async def on_recovery_completed(self, generation_id: int = 0) -> None:
        consumer = self.app.consumer
        resume = consumer.resume_partitions
        held: set[TP] = set()

        def hold_stream_partitions(tps: Iterable[TP]) -> None:
            tps = set(tps)
            streams = {tp for tp in tps if not self._is_changelog_tp(tp)}
            held.update(streams)
            if changelogs := tps - streams:
                resume(changelogs)

        # An instance attribute shadows the method for this one call (faust calls it once there).
        consumer.resume_partitions = hold_stream_partitions  # type: ignore[method-assign]
        try:
            await super().on_recovery_completed(generation_id)
        finally:
            del consumer.resume_partitions
        # After a newer rebalance these may not be ours any more: that one resumes its own.
        if held and self.app.consumer_generation_id == generation_id:
            resume(held & consumer.assignment())


class _TableManager(TableManager):
    @property
    def recovery(self) -> Recovery:
        if self._recovery is None:
            self._recovery = _Recovery(self.app, self, beacon=self.beacon, loop=self.loop)
        return self._recovery


class App(faust.App):
    """``faust.App`` with both fixes (pass no ``TableManager`` of your own)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, TableManager=_TableManager, **kwargs)

    def _new_transport(self) -> Any:
        return _Transport(self.conf.broker_consumer, self)
