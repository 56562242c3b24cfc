"""The worker's health decision, without a broker (the endpoint itself is exercised in test_worker_kafka)."""

from __future__ import annotations

import pytest

from streams.app import Progress, health_status


@pytest.mark.parametrize(
    ("lag", "idle_s", "status"),
    [
        (0, 1_000.0, "ok"),  # nothing waiting: an idle worker is healthy
        (None, 1_000.0, "ok"),  # lag unknown (not fetched yet, rebalancing): never a stall
        (5, 10.0, "ok"),  # records waiting, but one was taken recently
        (5, 180.0, "stalled"),  # records waiting and nothing taken for the whole window
    ],
)
def test_health_status(lag: int | None, idle_s: float, status: str) -> None:
    assert health_status(lag, idle_s, stall_after_s=180.0) == status


def test_progress_resets_when_a_record_is_taken() -> None:
    progress = Progress()
    first = progress.idle_s()
    progress.taken()
    assert 0 <= progress.idle_s() <= first + 1
