"""Claims and alerts end to end on a real broker: the timeline, a crash mid-feed, a replay."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from streams import topics
from streams.admin import delete_namespace_topics, ensure_topics
from streams.inputs import InputRecord, read_feed
from streams.settings import Settings
from streams.testing import WorkerProcess, collect, new_namespace, produce
from tests.streams.test_pipeline import TIMELINE, alerts_per_article, check_timeline_alerts, run

pytestmark = pytest.mark.kafka


def timeline() -> list[InputRecord]:
    return list(read_feed([TIMELINE]))


async def feed_one_by_one(
    settings: Settings, records: list[InputRecord], *, after: Callable[[int], None] | None = None
) -> None:
    """Send articles like a live feed: each after the previous one has gone through every stage."""
    for i, record in enumerate(records):
        await produce(settings, topics.RAW, [record.data])
        await _wait_for_articles(settings, i + 1)
        await asyncio.sleep(2.0)  # let claim and cluster hops settle
        if after is not None:
            after(i)


async def _count(settings: Settings, spec: topics.TopicSpec) -> int:
    return len(await collect(settings, spec, count=10**6, timeout=0.6))


async def _wait_for_articles(settings: Settings, n: int, timeout: float = 90.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if await _count(settings, topics.TAGGED) + await _count(settings, topics.DUPLICATES) >= n:
            return
        await asyncio.sleep(0.3)
    raise TimeoutError(f"{n} articles did not come out")


async def read_alerts(settings: Settings, expected: int) -> list[dict]:
    return [r.json() for r in await collect(settings, topics.ALERTS, count=expected, timeout=60, settle=3)]


async def test_timeline_alerts_crash_and_replay(
    kafka_settings: Settings, start_worker: Callable[..., WorkerProcess], tmp_path: Path
) -> None:
    records = timeline()
    expected_per_article = alerts_per_article(run())
    check_timeline_alerts(expected_per_article)
    expected = [a for per in expected_per_article for a in per]

    workers = [start_worker("before-crash")]

    def crash_after_third(i: int) -> None:
        if i == 2:
            workers[0].kill()  # SIGKILL: no clean shutdown, no final commit
            # Restarted on the same host: its RocksDB state is kept, the rest comes from the
            # changelogs (recovery into an empty state dir: test_dedupe_kafka).
            workers.append(start_worker("after-crash", data_dir=workers[0].data_dir))

    await feed_one_by_one(kafka_settings, records, after=crash_after_third)
    alerts = await read_alerts(kafka_settings, len(expected))

    # Alerts spread over partitions: compare as sets of records, each exactly once.
    assert sorted(a["alert_id"] for a in alerts) == sorted(a["alert_id"] for a in expected), workers[
        -1
    ].log_tail()
    by_id = {a["alert_id"]: a for a in expected}
    for alert in alerts:
        assert alert == by_id[alert["alert_id"]]  # the same record as `claimwatch analyze`, field for field
    tagged = await collect(kafka_settings, topics.TAGGED, count=4, timeout=10, settle=1)
    duplicates = await collect(kafka_settings, topics.DUPLICATES, count=2, timeout=10, settle=1)
    assert (len(tagged), len(duplicates)) == (4, 2)  # no lost article, none twice

    claims = {
        r.key: r.json() for r in await collect(kafka_settings, topics.CLAIMS, count=1, timeout=10, settle=2)
    }
    first_claim = claims[expected[0]["claim_id"].encode()]
    assert first_claim["articles"] >= 3  # the allegation and its two copies
    assert first_claim["alleged_by"][0]["id"] == expected[0]["speaker"]["id"]

    # Replay the same feed into a fresh namespace: the same alert ids.
    sandbox = kafka_settings.model_copy(update={"namespace": new_namespace("replay")})
    await ensure_topics(sandbox)
    try:
        replay_worker = WorkerProcess(sandbox, tmp_path / "replay-state", log_path=tmp_path / "replay.log")
        replay_worker.start()
        try:
            replay_worker.wait_ready()
            await feed_one_by_one(sandbox, records)
            replayed = await read_alerts(sandbox, len(expected))
        finally:
            replay_worker.stop()
        assert sorted(a["alert_id"] for a in replayed) == sorted(a["alert_id"] for a in expected)
        # The live namespace saw nothing of the sandbox.
        assert len(await collect(kafka_settings, topics.RAW, count=10**6, timeout=2)) == len(records)
    finally:
        await delete_namespace_topics(sandbox)
