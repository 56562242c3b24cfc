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
