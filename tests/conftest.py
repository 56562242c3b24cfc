"""Shared fixtures. Tests marked ``kafka`` run against a real broker (``make test`` starts one)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from streams.admin import delete_namespace_topics, ensure_topics
from streams.settings import PROJECT_ROOT, Settings
from streams.testing import WorkerProcess, broker_available, new_namespace

SEEDS_DIR = PROJECT_ROOT.parent / "shared" / "seeds"
FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def kafka_available() -> Settings:
    settings = Settings()
    if not broker_available(settings):
        pytest.fail(
            f"no Kafka broker at {settings.kafka_bootstrap_servers}: run `make test` (starts one) "
            "or `claimwatch kafka up` first",
            pytrace=False,
        )
    return settings


@pytest.fixture
async def kafka_settings(kafka_available: Settings, tmp_path: Path) -> AsyncIterator[Settings]:
    """A fresh namespace (topics, group, changelogs) with its topics created, deleted afterwards."""
    settings = kafka_available.model_copy(
        update={"namespace": new_namespace(), "partitions": 2, "data_dir": tmp_path / "state"}
    )
    await ensure_topics(settings)
    yield settings
    await delete_namespace_topics(settings)


@pytest.fixture
def start_worker(kafka_settings: Settings, tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start ``claimwatch worker`` subprocesses in the test's namespace; all are stopped at teardown."""
    workers: list[WorkerProcess] = []

    def start(
        name: str = "w1",
        *,
        wait: bool = True,
        data_dir: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> WorkerProcess:
        worker = WorkerProcess(
            kafka_settings,
            data_dir or tmp_path / f"state-{name}",
            log_path=tmp_path / f"worker-{name}.log",
            extra_env=env,
        )
        worker.start()
        workers.append(worker)
        if wait:
            worker.wait_ready()
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS_DIR.is_dir():
        pytest.skip(
            f"the seed articles are not at {SEEDS_DIR} (they live in ../shared/seeds beside the checkout)"
        )
    return SEEDS_DIR
