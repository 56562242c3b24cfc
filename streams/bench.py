"""``make bench``: throughput and memory of every stage, in-process, on this machine.

Figures are printed, never asserted: speed targets are checked by reading them.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from typing import Any

import orjson
import py3langid
from rich.console import Console
from rich.table import Table

from schemas import RawArticle
from streams.settings import PROJECT_ROOT

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


FIXTURES = PROJECT_ROOT / "tests" / "fixtures"


def synthetic_raw_articles(n: int, size: int = 3000) -> list[RawArticle]:
    """``n`` distinct raw articles of about ``size`` bytes, shaped like the normalization corpus.

    Each keeps one corpus article's head and junk, with its body lengthened by
    paragraphs of other corpus articles and one unique line (so no cache helps).
    """
    corpus = sorted((FIXTURES / "normalization").glob("*.txt"))
    raws = [p.read_text(encoding="utf-8").split("\n") for p in corpus]
    paragraphs = [
        para
        for p in corpus
        for para in orjson.loads(p.with_name(p.stem + ".expected.json").read_bytes())["paragraphs"]
    ]
    articles = []
    for i in range(n):
        lines = list(raws[i % len(raws)])
        extra = [f"The figures for item {i} were revised on day {i % 365} of the survey, officials said."]
        j = i * 7
        while sum(len(x) + 1 for x in lines + extra) < size:
            extra.append(paragraphs[j % len(paragraphs)])
            j += 1
        lines[2:2] = extra
        articles.append(RawArticle(text="\n".join(lines), url=f"https://bench.example/{i}"))
    return articles


def bench_normalize(n: int = 4000) -> dict[str, Any]:
    from agents.normalization import normalize_article

    raws = synthetic_raw_articles(n)
    py3langid.classify("warm up")  # load the language model outside the timing
    started = time.perf_counter()
    for raw in raws:
        normalize_article(raw)
    seconds = time.perf_counter() - started
    size = sum(len(r.text or "") for r in raws) / n
    return {"articles": n, "seconds": seconds, "articles_per_s": n / seconds, "bytes_per_article": size}


def _benches() -> list[tuple[str, str, Callable[[], dict[str, Any]]]]:
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
