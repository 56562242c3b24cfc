from __future__ import annotations

import pytest

from streams import topics
from streams.settings import Settings


def test_every_name_is_prefixed_by_the_namespace() -> None:
    names = {topics.topic_name(spec, "sandbox1") for spec in topics.CATALOG}
    assert all(name.startswith("sandbox1.") for name in names)
    assert len(names) == len(topics.CATALOG)


def test_compacted_topics_have_no_time_retention() -> None:
    config = topics.CLAIMS.config(Settings())
    assert (config["cleanup.policy"], config["retention.ms"]) == ("compact", "-1")


def test_every_topic_takes_records_up_to_the_configured_size() -> None:
    settings = Settings(max_message_bytes=8 * 1024 * 1024)
    for spec in topics.CATALOG:
        assert spec.config(settings)["max.message.bytes"] == str(8 * 1024 * 1024)


def test_a_message_limit_too_small_for_the_largest_raw_article_is_refused() -> None:
    with pytest.raises(ValueError, match="at least twice"):
        Settings(max_text_bytes=4_000_000, max_message_bytes=4_000_000)


def test_retention_comes_from_settings() -> None:
    config = topics.RAW.config(Settings(raw_retention_days=2))
    assert config["retention.ms"] == str(2 * topics.DAY_MS)


def test_lookup_by_relative_or_full_name() -> None:
    assert topics.by_name("alerts") is topics.ALERTS
    assert topics.by_name("claimwatch.articles.rejected") is topics.REJECTED
    with pytest.raises(KeyError, match="known topics"):
        topics.by_name("nope")


def test_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "10.0.0.1:9000,10.0.0.2:9000")
    monkeypatch.setenv("CLAIMWATCH_NAMESPACE", "replay-2024")
    monkeypatch.setenv("CLAIMWATCH_PARTITIONS", "8")
    settings = Settings()
    assert settings.bootstrap_list == ["10.0.0.1:9000", "10.0.0.2:9000"]
    assert settings.namespace == "replay-2024"
    assert settings.partitions == 8


def test_bad_namespace_is_refused() -> None:
    with pytest.raises(ValueError, match="namespace"):
        Settings(namespace="has space")


def test_a_namespace_never_claims_another_namespaces_topics() -> None:
    live = topics.namespace_topic_names("claimwatch")
    sandbox = topics.namespace_topic_names("claimwatch-2024")
    assert not live & sandbox
    assert "claimwatch-claims-changelog" in live
