from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from streams import kafka_local
from streams.kafka_local import LocalKafka, LocalKafkaError
from streams.settings import Settings
from streams.testing import free_port


def _local(tmp_path: Path, port: int) -> LocalKafka:
    return LocalKafka(Settings(kafka_home=tmp_path, kafka_bootstrap_servers=f"127.0.0.1:{port}"))


def test_config_is_single_node_kraft_on_loopback(tmp_path: Path) -> None:
    kafka = _local(tmp_path, 19999)
    properties = kafka._write_config().read_text().splitlines()
    conf = dict(line.split("=", 1) for line in properties)
    assert conf["process.roles"] == "broker,controller"
    assert conf["controller.quorum.voters"] == "1@127.0.0.1:20000"
    assert conf["listeners"] == "PLAINTEXT://127.0.0.1:19999,CONTROLLER://127.0.0.1:20000"
    assert conf["group.initial.rebalance.delay.ms"] == "0"
    assert conf["log.dirs"] == str(tmp_path / "data-19999")


def test_status_without_a_broker(tmp_path: Path) -> None:
    kafka = _local(tmp_path, free_port())
    assert kafka.running_pid() is None
    assert not kafka.reachable(0.2)
    assert kafka.status().startswith("no broker")
    assert kafka.down(log=lambda _msg: None) is False


def test_missing_tools_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalKafkaError, match="`java` was not found"):
        _local(tmp_path, free_port()).install()


def test_a_cluster_id_never_starts_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    # 16 bytes whose base64 starts with "-" (0xF8...), then ordinary ones: the dash one is drawn again.
    draws = iter([uuid.UUID(bytes=b"\xf8" + b"\x00" * 15), uuid.UUID(bytes=b"\x10" * 16)])
    monkeypatch.setattr(kafka_local.uuid, "uuid4", lambda: next(draws))
    cid = kafka_local._cluster_id()
    assert not cid.startswith("-") and len(cid) == 22
