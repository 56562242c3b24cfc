"""The worker on a real broker: normalization and dead letters."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable

import orjson
import pytest

from streams import topics
from streams.settings import Settings
from streams.testing import WorkerProcess, collect, produce

pytestmark = pytest.mark.kafka

GOOD = [
    {
        "text": f"Headline number {i} about the harbour strike\n"
        f"PORTSMOUTH (Wire) — Dock workers in port {i} walked out on Monday over pay, the union said.\n"
        "The employers' federation said talks would resume on Friday and called the stoppage premature.\n"
        "Comments are closed.",
        "url": f"https://news.example/{i}",
        "published_at": f"2025-03-0{i + 1}",
    }
    for i in range(5)
]
BAD: list[tuple[bytes, str]] = [
    (b"{not json", "invalid_json"),
    (b'{"text": "caf\xe9 au lait"}', "invalid_utf8"),
    (b"\x00\x01\x02\x03binary", "binary"),
    (b'{"url": "https://news.example/none"}', "missing_text"),
    (b'{"text": ""}', "empty_text"),
    (orjson.dumps({"text": "x " * 40_000}), "too_large"),
    (b'{"text": ["a", "list"]}', "invalid_field"),
]


async def test_mixed_stream_every_good_article_out_every_bad_one_dead_lettered(
    kafka_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    worker = start_worker(env={"CLAIMWATCH_MAX_TEXT_BYTES": "50000", "CLAIMWATCH_LAG_CHECK_S": "1"})
    values: list[bytes] = []
    for i, good in enumerate(GOOD):
        values.append(orjson.dumps(good))
        if i < len(BAD):
            values.append(BAD[i][0])
    values.extend(bad for bad, _ in BAD[len(GOOD) :])
    await produce(kafka_settings, topics.RAW, values)

    normalized = await collect(kafka_settings, topics.NORMALIZED, count=len(GOOD), timeout=90, settle=3)
    rejected = await collect(kafka_settings, topics.REJECTED, count=len(BAD), timeout=30, settle=1)

    articles = [r.json() for r in normalized]
    assert sorted(a["url"] for a in articles) == sorted(g["url"] for g in GOOD), worker.log_tail()
    for record, article in zip(normalized, articles, strict=True):
        assert record.key == article["article_id"].encode()
        assert article["kind"] == "article" and article["schema_version"] == 1
        assert "Comments are closed" not in article["text"]
        assert "walked out on Monday" in article["text"]

    dead = [r.json() for r in rejected]
    assert sorted(d["error"] for d in dead) == sorted(error for _, error in BAD)
    raw_topic = topics.topic_name(topics.RAW, kafka_settings.namespace)
    by_original = {base64.b64decode(d["original"]): d for d in dead}
    assert set(by_original) == {bad for bad, _ in BAD}
    for bad, error in BAD:
        letter = by_original[bad]
        assert letter["error"] == error
        assert letter["source"]["topic"] == raw_topic
        assert letter["source"]["partition"] in (0, 1)
        assert letter["source"]["offset"] >= 0
        assert letter["message"]

    metrics = worker.metrics()
    assert 'claimwatch_rejected_total{error="invalid_json"} 1.0' in metrics
    health = worker.health()
    assert health is not None and health["status"] == "ok"
    assert health["lag"] is None or health["lag"] >= 0
    assert health["idle_s"] >= 0 and health["recovering"] is False
    # The broker's view: once the worker has committed what it took, nothing waits.
    for _ in range(60):
        health = worker.health()
        if health is not None and health["committed_lag"] == 0:
            break
        await asyncio.sleep(0.5)
    assert health is not None and health["committed_lag"] == 0, health
    # /partitions: the raw partitions this worker consumed have a position past what it read.
    states = {(p["topic"], p["partition"]): p for p in worker.partitions() or []}
    raw_states = [states[(raw_topic, n)] for n in range(kafka_settings.partitions)]
    assert all(not p["paused"] for p in raw_states)
    assert sum(p["read"] + 1 for p in raw_states if p["read"] is not None) == len(GOOD) + len(BAD)
    assert all(p["position"] > p["read"] for p in raw_states if p["read"] is not None)


async def test_sample_feed_flows_to_tagged_articles(
    kafka_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    from streams.inputs import expand_paths
    from streams.replay import replay
    from streams.settings import PROJECT_ROOT

    start_worker()
    result = await replay(kafka_settings, expand_paths([PROJECT_ROOT / "streams" / "sample"]))
    assert result.sent == 12
    tagged = [r.json() for r in await collect(kafka_settings, topics.TAGGED, count=9, timeout=120, settle=3)]
    duplicates = [r.json() for r in await collect(kafka_settings, topics.DUPLICATES, count=1, timeout=10)]
    rejected = await collect(kafka_settings, topics.REJECTED, count=2, timeout=10)
    assert len(tagged) == 9 and len(duplicates) == 1 and len(rejected) == 2
    # The two port stories are exact copies sent together: whichever reached the exact-text
    # key first is the canonical copy, the other links to it.
    port = {
        "https://dailyharbour.example/news/cyber-outage-port",
        "https://wire.example/2025/03/03/port-cyber",
    }
    assert duplicates[0]["url"] in port
    canonical = next(a for a in tagged if a["url"] in port - {duplicates[0]["url"]})
    assert duplicates[0]["duplicate_of"] == canonical["article_id"]
    denial = next(a for a in tagged if a["url"] == "https://wire.example/2025/03/04/kremlin-port")
    assert any(a["id"] == "person:dmitry-peskov" for a in denial["actors"])
    assert any(s["stance"] == "denial" for s in denial["statements"])


async def test_junk_on_an_internal_topic_is_dead_lettered_and_the_stream_goes_on(
    kafka_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    start_worker()
    await produce(kafka_settings, topics.NORMALIZED, [b'{"not": "an article"}'])
    await produce(kafka_settings, topics.RAW, [orjson.dumps(GOOD[0])])
    (letter,) = [
        r.json() for r in await collect(kafka_settings, topics.REJECTED, count=1, timeout=60, settle=2)
    ]
    assert (letter["error"], letter["stage"]) == ("processing_error", "dedupe")
    assert base64.b64decode(letter["original"]) == b'{"not": "an article"}'
    unique = await collect(kafka_settings, topics.UNIQUE, count=1, timeout=60)
    assert [r.json()["url"] for r in unique] == [GOOD[0]["url"]]


async def test_a_very_long_article_is_tagged_while_the_worker_stays_responsive(
    kafka_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    from agents.tagging.evaluation import long_text

    worker = start_worker()
    long = {"text": long_text(1_000_000), "url": "https://news.example/long", "published_at": "2025-03-01"}
    # The short one first: the worker's first article also loads the normalizer's patterns.
    await produce(kafka_settings, topics.RAW, [orjson.dumps(GOOD[0]), orjson.dumps(long)])

    answers: list[dict | None] = []

    async def poll_health() -> None:
        while True:
            answers.append(await asyncio.to_thread(worker.health))
            await asyncio.sleep(0.5)

    poller = asyncio.create_task(poll_health())
    try:
        tagged = await collect(kafka_settings, topics.TAGGED, count=2, timeout=120, settle=1)
    finally:
        poller.cancel()
    by_url = {a["url"]: a for a in (r.json() for r in tagged)}
    assert set(by_url) == {GOOD[0]["url"], long["url"]}, worker.log_tail()
    article = by_url[long["url"]]
    assert len(article["statements"]) > 2000
    assert all(s["quote"] == article["text"][s["span"][0] : s["span"][1]] for s in article["statements"])
    # The worker answered every health check while it tagged (tagging runs off its event loop).
    assert len(answers) >= 3 and all(a is not None for a in answers), answers


async def test_a_tagged_article_too_large_for_a_message_is_dead_lettered_and_the_stream_goes_on(
    kafka_settings: Settings, start_worker: Callable[..., WorkerProcess]
) -> None:
    from agents.tagging.evaluation import long_text

    limit = 1024 * 1024
    worker = start_worker(
        env={"CLAIMWATCH_MAX_MESSAGE_BYTES": str(limit), "CLAIMWATCH_MAX_TEXT_BYTES": str(limit // 2)}
    )
    # ~300 KB of text: its tagged article (statements quote the text) is over 1 MiB
    long = {"text": long_text(300_000), "url": "https://news.example/long", "published_at": "2025-03-01"}
    await produce(kafka_settings, topics.RAW, [orjson.dumps(long), orjson.dumps(GOOD[1])])

    tagged = await collect(kafka_settings, topics.TAGGED, count=1, timeout=90, settle=2)
    rejected = await collect(kafka_settings, topics.REJECTED, count=1, timeout=30)
    assert [r.json()["url"] for r in tagged] == [GOOD[1]["url"]], worker.log_tail()
    letter = rejected[0].json()
    assert letter["error"] == "output_too_large" and "CLAIMWATCH_MAX_MESSAGE_BYTES" in letter["message"]
    assert letter["source"]["topic"] == topics.topic_name(topics.UNIQUE, kafka_settings.namespace)
    assert orjson.loads(base64.b64decode(letter["original"]))["url"] == long["url"]
