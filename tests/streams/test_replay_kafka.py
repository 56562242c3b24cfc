"""``claimwatch replay`` against a real broker."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from schemas import parse_timestamp
from streams import topics
from streams.inputs import expand_paths
from streams.replay import replay
from streams.settings import Settings
from streams.testing import collect

pytestmark = pytest.mark.kafka


async def test_replay_sends_every_record_with_its_event_time(
    kafka_settings: Settings, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [{"text": f"article {i}", "published_at": f"2024-02-{i + 1:02d}T06:00:00Z"} for i in range(20)]
    feed.write_text("\n".join(orjson.dumps(line).decode() for line in lines) + "\n{broken\n")
    (tmp_path / "one.txt").write_text("A single scraped article.")

    seen = []
    result = await replay(kafka_settings, expand_paths([feed, tmp_path / "one.txt"]), on_record=seen.append)

    assert result.sent == 22 == len(seen)
    records = await collect(kafka_settings, topics.RAW, count=22, timeout=30, settle=1)
    assert len(records) == 22
    values = {r.value: r for r in records}
    for i, line in enumerate(lines):
        sent = orjson.dumps({**line, "input": f"{feed}:{i + 1}"})
        assert sent in values
        expected_ms = int(parse_timestamp(line["published_at"]).timestamp() * 1000)
        assert values[sent].timestamp_ms == expected_ms
    assert b"{broken" in values  # bad lines travel unchanged, for the worker to dead-letter


async def test_replay_rate_limit(kafka_settings: Settings, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(f'{{"text": "a{i}"}}\n' for i in range(6)))
    result = await replay(kafka_settings, [feed], rate=10)
    # 6 records at 10/s: the limiter spaces them by 0.1 s.
    assert result.sent == 6
    assert result.seconds >= 0.45


async def test_replay_into_a_sandbox_never_touches_live_topics(
    kafka_settings: Settings, tmp_path: Path
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "sandboxed"}\n')
    sandbox = kafka_settings.model_copy(update={"namespace": kafka_settings.namespace + "-sbx"})
    try:
        await replay(sandbox, [feed])
        assert len(await collect(sandbox, topics.RAW, count=1, timeout=20)) == 1
        assert await collect(kafka_settings, topics.RAW, count=1, timeout=3) == []
    finally:
        from streams.admin import delete_namespace_topics

        await delete_namespace_topics(sandbox)
