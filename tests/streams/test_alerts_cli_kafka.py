"""``claimwatch alerts`` and ``tail`` read real topics, with filters."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import orjson
import pytest

from schemas import Actor, Alert, Evidence
from streams import topics
from streams.settings import Settings
from streams.testing import produce

pytestmark = pytest.mark.kafka

PESKOV = Actor(id="person:dmitry-peskov", name="Dmitry Peskov", kind="person", country="RUS", org="Kremlin")
NLD = Actor(id="gov:NLD", name="Netherlands", kind="government", country="NLD")


def alert(alert_id: str, kind: str, speaker: Actor, when: str) -> bytes:
    record = Alert(
        alert_id=alert_id,
        type=kind,  # type: ignore[arg-type]
        claim_id="clm_1",
        claim="Russian military hackers attacked the port",
        speaker=speaker,
        target=None,
        article_id="art_1",
        event_time=when,
        evidence=Evidence(
            quote="These accusations are groundless.", url="https://wire.example/a", article_id="art_1"
        ),
        severity="high",
    )
    return orjson.dumps(record.model_dump(mode="json"))


async def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it (its own event loop, its own process)."""
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "streams.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_alerts_filters(kafka_settings: Settings) -> None:
    await produce(
        kafka_settings,
        topics.ALERTS,
        [
            alert("alt_1", "new_allegation", NLD, "2025-03-10T09:00:00Z"),
            alert("alt_2", "new_denial", PESKOV, "2025-03-11T08:00:00Z"),
            alert("alt_3", "new_denial", PESKOV, "2025-04-01T08:00:00Z"),
        ],
    )
    base = ["alerts", "--namespace", kafka_settings.namespace, "--idle-timeout", "3", "--json"]

    async def ids(*extra: str) -> list[str]:
        result = await cli(*base, *extra)
        assert result.returncode == 0, result.stderr
        return sorted(orjson.loads(line)["alert_id"] for line in result.stdout.splitlines() if line.strip())

    assert await ids("-b") == ["alt_1", "alt_2", "alt_3"]
    assert await ids("-b", "--type", "new_denial") == ["alt_2", "alt_3"]
    assert await ids("-b", "--actor", "kremlin") == ["alt_2", "alt_3"]
    assert await ids("--since", "2025-03-20") == ["alt_3"]

    pretty = await cli("alerts", "--namespace", kafka_settings.namespace, "-b", "--idle-timeout", "3")
    assert "Dmitry Peskov (Kremlin, RUS) DENIES" in pretty.stdout
    assert "Netherlands (NLD) ALLEGES" in pretty.stdout


async def test_tail_json_and_a_missing_namespace(kafka_settings: Settings) -> None:
    await produce(kafka_settings, topics.RAW, [b'{"text": "hello"}'])
    result = await cli(
        "tail", "articles.raw", "--namespace", kafka_settings.namespace, "-b", "--json", "--idle-timeout", "3"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == '{"text": "hello"}'
    missing = await cli("tail", "alerts", "--namespace", "no-such-ns", "--idle-timeout", "1")
    assert missing.returncode == 1
    assert "does not exist" in missing.stderr
