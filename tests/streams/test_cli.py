from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from streams.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["kafka"],
        ["kafka", "up"],
        ["worker"],
        ["replay"],
        ["analyze"],
        ["tail"],
        ["alerts"],
        ["topics"],
        ["schemas"],
    ],
)
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_analyze_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output


def test_analyze_empty_directory_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == 2
    assert "no .txt, .jsonl or .html files" in result.output


def test_topics_list_shows_the_catalog() -> None:
    result = runner.invoke(app, ["topics", "list", "--namespace", "sbx"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "sbx.articles.raw" in result.output
    assert "sbx.alerts" in result.output


def test_tail_unknown_topic() -> None:
    result = runner.invoke(app, ["tail", "nope"])
    assert result.exit_code == 2
    assert "unknown topic" in result.output


def test_analyze_seeds_prints_the_contract(seeds_dir: Path) -> None:
    import orjson

    result = runner.invoke(app, ["analyze", "--no-progress", str(seeds_dir)])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    articles = [line for line in lines if line["kind"] == "article"]
    assert len(articles) == 2
    first, second = articles
    assert first["input"].endswith("000_db598f0dae3c7851.txt")
    assert first["title"] == "Kremlin reacts to allegations of Chinese involvement in Ukraine war"
    assert (first["published_at"], first["source"]) == ("2025-05-06", "MENAFN")
    assert len(first["text"].split("\n\n")) == 5
    assert (second["source"], second["dateline"]) == ("AFP", "KYIV")
    assert len(second["text"].split("\n\n")) == 17
    expected_keys = {
        "kind", "schema_version", "article_id", "input", "url", "source", "published_at", "title", "dateline",
        "language", "text", "removed", "duplicate_of", "cluster_id", "similarity", "actors", "statements",
    }  # fmt: skip
    assert set(first) == expected_keys


def test_analyze_reports_and_skips_a_bad_article(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "LONDON (Reuters) - Shares rose on Monday after the central bank held rates."}\n{oops\n'
    )
    result = runner.invoke(app, ["analyze", "--no-progress", str(feed)])
    assert result.exit_code == 0
    assert result.stdout.count('"kind":"article"') == 1
    assert f"{feed}:2: invalid_json" in result.stderr


def test_kafka_reset_also_deletes_the_worker_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # State left from deleted changelogs makes faust refuse to start, so a reset takes both.
    from streams import cli
    from streams.settings import Settings

    settings = Settings(data_dir=tmp_path / "state", kafka_home=tmp_path / "kafka")
    table_file = settings.data_dir / "claimwatch" / "tables" / "dedupe-seen.db"
    table_file.parent.mkdir(parents=True)
    table_file.write_bytes(b"rocksdb")
    broker_data = tmp_path / "kafka" / "data-9092" / "meta.properties"
    broker_data.parent.mkdir(parents=True)
    broker_data.write_text("cluster.id=x")
    monkeypatch.setattr(cli, "get_settings", lambda: settings)

    result = runner.invoke(app, ["kafka", "reset"])

    assert result.exit_code == 0, result.output
    assert not settings.data_dir.exists()
    assert not broker_data.exists()
    assert "worker state" in result.output
