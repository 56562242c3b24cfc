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
from rich.console import Console
from rich.table import Table

from schemas import Article, RawArticle
from streams.settings import PROJECT_ROOT

console = Console(width=160)


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
    from agents.normalize import normalize_article

    raws = synthetic_raw_articles(n)
    # Load the language model and compile the patterns outside the timing.
    for raw in [
        *raws[:50],
        RawArticle(text="Le ministre a déclaré que les négociations reprendraient la semaine prochaine."),
    ]:
        normalize_article(raw)
    started = time.perf_counter()
    for raw in raws:
        normalize_article(raw)
    seconds = time.perf_counter() - started
    size = sum(len(r.text or "") for r in raws) / n
    return {"articles": n, "seconds": seconds, "articles_per_s": n / seconds, "bytes_per_article": size}


def _normalized_articles(n: int) -> list[Article]:
    from agents.normalize import normalize_article

    return [normalize_article(raw) for raw in synthetic_raw_articles(n)]


def bench_dedupe(n: int = 4000, index_size: int = 100_000) -> dict[str, Any]:
    """Dedupe ``n`` articles against an index already holding ``index_size`` articles."""
    import random
    import tracemalloc

    from agents.duplicates import EXACT_BAND, DedupeConfig, Deduplicator

    config = DedupeConfig()
    rng = random.Random(1)
    articles = []
    for i, article in enumerate(_normalized_articles(n)):
        if i % 10 == 9:  # every tenth article republishes an earlier one
            copy = articles[i - 5]
            articles.append(copy.model_copy(update={"article_id": f"copy_{i}", "source": "other"}))
            continue
        # Distinct stories: the corpus words, shuffled within each paragraph.
        paragraphs = []
        for paragraph in article.paragraphs():
            words = paragraph.split()
            rng.shuffle(words)
            paragraphs.append(" ".join(words))
        articles.append(article.model_copy(update={"text": "\n\n".join(paragraphs)}))
    tracemalloc.start()
    dedupe = Deduplicator(config)
    # Pre-fill with signatures of other articles: random band keys, as distinct texts give.
    for i in range(index_size):
        entry = {"id": f"art_{i:020x}", "t": "2025-01-01T00:00:00Z"}
        for band in [EXACT_BAND, *range(config.bands)]:
            dedupe.bands[f"{band}:{rng.getrandbits(64):016x}"] = [entry]
        dedupe.seen[entry["id"]] = {"duplicate_of": None, "t": entry["t"]}
    memory = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    started = time.perf_counter()
    for article in articles:
        dedupe.process(article)
    seconds = time.perf_counter() - started
    return {
        "articles": n,
        "seconds": seconds,
        "articles_per_s": n / seconds,
        "index_articles": index_size,
        "bytes_per_indexed_article": memory / index_size,
    }


def _benches() -> list[tuple[str, str, Callable[[], dict[str, Any]]]]:
    return [
        ("normalize", "≥ 2,000 articles/s, one core, 3 KB articles", bench_normalize),
        ("dedupe", "≥ 2,000 articles/s per core, 100k-article index", bench_dedupe),
        ("tagging", "≥ 1,000 articles/s per core, 3 KB articles", bench_tagging),
        (
            "tagging (long-form)",
            "the same, on the 20 long-form dev articles (~3 KB of real-shaped copy)",
            bench_tagging_longform,
        ),
        ("claims", "assign, resolve and track, one core", bench_claims),
        (
            "one 1 MB article",
            "tag + assign claims; seconds grow with the length, not its square",
            bench_long_article,
        ),
    ]


def bench_tagging() -> dict[str, Any]:
    from agents.tagging.evaluation import bench_tagging as run

    return run(2000)


def bench_tagging_longform() -> dict[str, Any]:
    from agents.tagging.evaluation import LONGFORM, load_corpus
    from agents.tagging.evaluation import bench_tagging as run

    pool = [Article(article_id=row["id"], text=row["text"]) for row in load_corpus(LONGFORM)]
    return run(1000, pool)


def bench_long_article() -> dict[str, Any]:
    from agents.tagging.evaluation import bench_long_article as run

    return run()


def bench_claims() -> dict[str, Any]:
    from agents.claims.evaluation import bench_claims as run

    return run(2000)


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
            f"{figures['articles_per_s']:,.0f}"
            if figures["articles_per_s"] >= 10
            else f"{figures['articles_per_s']:.2f}",
            other,
            target,
        )
    console.print(table)
    return 0
