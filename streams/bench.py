"""``make bench``: throughput and memory of every stage, in-process, on this machine.

Figures are printed, never asserted: speed targets are checked by reading them.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table

console = Console()


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _benches() -> list[tuple[str, str, Callable[[], dict[str, Any]]]]:
    from agents.normalize._bench import bench_normalize

    return [
        ("normalize", "≥ 2,000 articles/s, one core, 3 KB articles", bench_normalize),
    ]


def main() -> int:
    console.print(f"[bold]claimwatch bench[/] — {_machine()}")
    table = Table("stage", "articles", "seconds", "articles/s", "other", "target")
    for name, target, bench in _benches():
        with console.status(f"benchmarking {name}…"):
            figures = bench()
        other = ", ".join(
            f"{k}={v:,.0f}" if isinstance(v, (int, float)) else f"{k}={v}"
            for k, v in figures.items()
            if k not in ("articles", "seconds", "articles_per_s")
        )
        table.add_row(
            name,
            f"{figures['articles']:,}",
            f"{figures['seconds']:.2f}",
            f"{figures['articles_per_s']:,.0f}",
            other,
            target,
        )
    console.print(table)
    return 0
