"""``make eval``: quality figures of every stage on the project's labelled fixtures."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from streams.settings import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
console = Console(width=160)


def _pct(value: float) -> str:
    return f"{value:.3f}"


def dedupe_figures() -> None:
    from agents.duplicates_eval import evaluate

    figures = evaluate(FIXTURES)
    table = Table(
        title="dedupe (tests/fixtures/normalization bodies + variants, tests/fixtures/dedupe negatives)"
    )
    for column in ("variants", "recall", "precision", "hard negatives", "hard-negative precision", "target"):
        table.add_column(column)
    table.add_row(
        str(figures["variants"]),
        _pct(figures["recall"]),
        _pct(figures["precision"]),
        str(figures["hard_negatives"]),
        _pct(figures["hard_negative_precision"]),
        "recall ≥ 0.95, hard-negative precision 1.0",
    )
    console.print(table)
    for miss in figures["misses"]:
        console.print(f"  miss: {miss}")


def tagging_figures() -> None:
    from agents.tagging.evaluation import CORPORA, evaluate, load_corpus

    summary = Table(title="tagging — summary (F1; the blind sets were never tuned on)")
    for column in ("set", "split", "articles", "speaker+stance", "+target", "target"):
        summary.add_column(column)
    for path in CORPORA:
        if not path.exists():
            continue
        splits = sorted({row["split"] for row in load_corpus(path)})
        # One table per split, and one for the whole set when it has several.
        for split in [*splits, None] if len(splits) > 1 else splits:
            figures = evaluate(path, split=split)
            name = f"{path.parent.name}/{path.name}"
            _tagging_table(figures, name, split)
            summary.add_row(
                name,
                split or "all",
                str(figures["articles"]),
                _pct(figures["speaker_stance"]["all"]["f1"]),
                _pct(figures["speaker_stance_target"]["all"]["f1"]),
                "≥ 0.85",
            )
    console.print(summary)


def constructions_figures() -> None:
    from agents.tagging.evaluation import evaluate_constructions

    figures = evaluate_constructions()
    table = Table(
        title=f"tagging — construction probes: {figures['passed']} of {figures['items']} exactly right "
        "(the ten weakest constructions)"
    )
    for column in ("construction", "right", "items"):
        table.add_column(column)
    weakest = sorted(figures["by_construction"].items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0]))
    for construction, (right, items) in weakest[:10]:
        table.add_row(construction, str(right), str(items))
    console.print(table)


def _tagging_table(figures: dict[str, Any], corpus: str, split: str | None) -> None:
    table = Table(title=f"tagging — {corpus}, split {split or 'all'} ({figures['articles']} articles)")
    for column in ("level", "stance", "precision", "recall", "F1"):
        table.add_column(column)
    for level in ("speaker_stance", "speaker_stance_target"):
        for stance, score in figures[level].items():
            table.add_row(level, stance, _pct(score["precision"]), _pct(score["recall"]), _pct(score["f1"]))
    console.print(table)


def claims_figures() -> None:
    from agents.claims.evaluation import evaluate

    figures = evaluate(FIXTURES / "claims")
    table = Table(
        title="claims and alerts — tests/fixtures/claims (pairs must / must not merge; a hand-tagged timeline)"
    )
    table.add_column("figure")
    table.add_column("value")
    for key in (
        "pairs", "merge_precision", "merge_recall", "separate_accuracy", "timeline_articles", "alerts_expected",
        "alerts_emitted", "alert_precision", "alert_recall", "duplicate_alerts", "alerts_on_redelivery",
        "claim_link_accuracy",
    ):  # fmt: skip
        value = figures[key]
        table.add_row(key, _pct(value) if isinstance(value, float) else str(value))
    console.print(table)
    for error in figures["pair_errors"] + figures["timeline_errors"]:
        console.print(f"  error: {error}")


def main() -> int:
    console.print("[bold]claimwatch eval[/]")
    dedupe_figures()
    tagging_figures()
    constructions_figures()
    claims_figures()
    return 0
