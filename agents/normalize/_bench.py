"""Throughput benchmark for normalize_article on ~3 KB synthetic raw articles with junk."""

from __future__ import annotations

import json
import time
from pathlib import Path

from agents.normalize._core import normalize_article
from agents.normalize._data import warm_up
from schemas.models import RawArticle

FIXTURE_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "normalize"
BODY_BYTES = 2600  # plus ~400 bytes of title and junk: ~3 KB per article

_HEAD_JUNK = ["date 2031-05-06 403", "Sorry!!", "Please enable JavaScript to view this page."]
_TAIL_JUNK = [
    "Advertisement",
    "Read more: Officials weigh new rules",
    "Legal Disclaimer:",
    "The provider supplies this information as is, without warranty or responsibility for accuracy.",
    "CommentsNo comment",
]


def _fixture_paragraphs(directory: Path) -> list[tuple[str, list[str]]]:
    articles = []
    for expected_path in sorted(directory.glob("*.expected.json")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        articles.append(
            (expected.get("title") or "Untitled report from the newsroom", expected["paragraphs"])
        )
    return articles


def build_articles(n: int, directory: Path = FIXTURE_DIR) -> list[RawArticle]:
    """n distinct raw articles of ~3 KB: a fixture's title and body padded with other fixtures' paragraphs,
    wrapped in head and tail junk, with one paragraph repeated as a scraper would."""
    sources = _fixture_paragraphs(directory)
    if not sources:
        raise FileNotFoundError(f"no fixtures in {directory}")
    pool = [p for _, paragraphs in sources for p in paragraphs]
    articles = []
    for number in range(n):
        title, paragraphs = sources[number % len(sources)]
        body = list(paragraphs)
        cursor = number
        while sum(len(p) + 1 for p in body) < BODY_BYTES:
            body.append(pool[cursor % len(pool)])
            cursor += 7
        body[0] = f"LONDON (Reuters) - {body[0]}"
        body.append(body[1])  # scraper repetition
        lines = [*_HEAD_JUNK, f"{title} ({number})", *body, *_TAIL_JUNK]
        articles.append(RawArticle(text="\n".join(lines), url=f"https://news.example/{number}"))
    return articles


def bench_normalize(n: int = 2000) -> dict[str, float | int]:
    """Normalize n synthetic ~3 KB articles in this process (one core).

    ``articles_per_s`` is computed from the process CPU time, which is what one core
    delivers even when other processes share the machine; ``wall_seconds`` is the
    elapsed time (equal to ``seconds`` on an idle machine).
    """
    articles = build_articles(n)
    # Steady state of a long-running worker: patterns compiled, language model loaded.
    warm_up()
    normalize_article(articles[0])
    wall_started, cpu_started = time.perf_counter(), time.process_time()
    for raw in articles:
        normalize_article(raw)
    cpu_seconds = time.process_time() - cpu_started
    wall_seconds = time.perf_counter() - wall_started
    return {
        "articles": n,
        "seconds": round(cpu_seconds, 4),
        "wall_seconds": round(wall_seconds, 4),
        "articles_per_s": round(n / cpu_seconds, 1) if cpu_seconds > 0 else float("inf"),
        "mean_bytes": round(sum(len(a.body().encode()) for a in articles) / n),
    }


if __name__ == "__main__":
    print(bench_normalize())
