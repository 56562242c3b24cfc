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


@pytest.mark.parametrize(
    ("lag", "committed_lag", "recovering", "status"),
    [
        (0, 7, False, "stalled"),  # the broker sees records the consumer never fetched
        (None, 7, False, "stalled"),
        (0, 0, False, "ok"),
        (0, None, False, "ok"),  # not measured (yet, or the broker did not answer)
        (5, 7, True, "ok"),  # a table recovery takes its time: restarting would only begin it again
    ],
)
def test_health_status_counts_what_the_broker_sees_waiting(
    lag: int | None, committed_lag: int | None, recovering: bool, status: str
) -> None:
    assert health_status(lag, 1_000.0, 180.0, committed_lag, recovering) == status


def test_progress_resets_when_a_record_is_taken() -> None:
    progress = Progress()
    first = progress.idle_s()
    progress.taken()
    assert 0 <= progress.idle_s() <= first + 1
