"""Dedupe quality on fixtures of our own: republished variants must link, independent write-ups must not.

Originals are the bodies of the normalization corpus. Variants are derived
from them deterministically, the way outlets republish wire copy: another
source, other quotes, a paragraph cut or added, a sentence reworded, a typo,
a truncated copy, a header and footer. Hard negatives are hand-written
independent reports of the same events (``tests/fixtures/dedupe``) and stories
sharing one outlet's template.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agents.duplicates import DedupeConfig, Deduplicator
from agents.normalize._meta import article_id
from schemas import Article

Variant = Callable[[list[str]], list[str] | None]


def _exact(paragraphs: list[str]) -> list[str]:
    return list(paragraphs)


def _quotes(paragraphs: list[str]) -> list[str]:
    def swap(text: str) -> str:
        if "“" in text or "’" in text:
            return text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
        return re.sub(r'"([^"]*)"', r"“\1”", text).replace("'", "’")

    return [swap(p) for p in paragraphs]


def _drop_paragraph(paragraphs: list[str]) -> list[str] | None:
    if len(paragraphs) < 3:
        return None
    middle = len(paragraphs) // 2
    return paragraphs[:middle] + paragraphs[middle + 1 :]


def _add_paragraph(paragraphs: list[str]) -> list[str]:
    return [
        *paragraphs,
        "This article was updated to add comments from officials and details of the timeline.",
    ]


_REWORD = (("said", "stated"), (" on ", " during "), ("would", "will"), ("the ", "that "))


def _reword(paragraphs: list[str]) -> list[str]:
    out = list(paragraphs)
    target = len(out) // 2
    for old, new in _REWORD:
        if old in out[target]:
            out[target] = out[target].replace(old, new, 1)
    return out


def _typo(paragraphs: list[str]) -> list[str]:
    out = list(paragraphs)
    words = out[0].split(" ")
    index = min(5, len(words) - 1)
    words[index] = words[index][::-1]
    out[0] = " ".join(words)
    return out


def _truncate(paragraphs: list[str]) -> list[str]:
    text = "\n\n".join(paragraphs)
    cut = text[: int(len(text) * 0.65)]
    return cut.rsplit(" ", 1)[0].split("\n\n")


def _header_footer(paragraphs: list[str]) -> list[str]:
    return ["UPDATED 10:42 GMT", *paragraphs, "(Editing by the world desk)"]


VARIANTS: dict[str, Variant] = {
    "exact_other_source": _exact,
    "quote_style": _quotes,
    "paragraph_dropped": _drop_paragraph,
    "paragraph_added": _add_paragraph,
    "sentence_reworded": _reword,
    "typo": _typo,
    "truncated_65": _truncate,
    "header_footer": _header_footer,
}


@dataclass
class Case:
    kind: str  # original | variant | negative
    name: str
    article: Article
    expect_duplicate_of: str | None


def _article(name: str, paragraphs: list[str], day: int, source: str) -> Article:
    text = "\n\n".join(paragraphs)
    return Article(
        article_id=article_id(f"https://{source}.example/{name}", source, text),
        source=source,
        url=f"https://{source}.example/{name}",
        published_at=f"2025-01-{day:02d}T{(len(name) % 24):02d}:00:00Z",
        text=text,
    )


def cases(fixtures: Path) -> Iterator[Case]:
    originals: dict[str, Article] = {}
    expected = sorted((fixtures / "normalization").glob("*.expected.json"))
    for path in expected:
        data = json.loads(path.read_text())
        if data["language"] != "en":
            continue
        name = path.name.removesuffix(".expected.json")
        article = _article(name, data["paragraphs"], 1, "origin")
        originals[name] = article
        yield Case("original", name, article, None)
    for variant, make in VARIANTS.items():
        for name, original in originals.items():
            paragraphs = make(original.paragraphs())
            if paragraphs is None:
                continue
            yield Case(
                "variant", f"{name}/{variant}", _article(name, paragraphs, 2, variant), original.article_id
            )
    for line in (fixtures / "dedupe" / "negatives.jsonl").read_text().splitlines():
        data = json.loads(line)
        yield Case(
            "negative",
            f"independent/{data['independent_of']}",
            _article(data["independent_of"], data["text"].split("\n\n"), 3, "independent"),
            None,
        )
    for i, line in enumerate((fixtures / "dedupe" / "templates.jsonl").read_text().splitlines()):
        data = json.loads(line)
        yield Case(
            "negative",
            f"template/{i}",
            _article(f"template-{i}", data["text"].split("\n\n"), 4, "gazette"),
            None,
        )


def evaluate(fixtures: Path, config: DedupeConfig | None = None) -> dict[str, float]:
    """Run every case through one deduplicator in order; score links."""
    dedupe = Deduplicator(config or DedupeConfig())
    found = {"original": [0, 0], "variant": [0, 0], "negative": [0, 0]}  # [correct, total]
    misses: list[str] = []
    for case in cases(fixtures):
        outcome = dedupe.process(case.article)
        assert outcome is not None
        linked = outcome.article.duplicate_of
        correct = linked == case.expect_duplicate_of
        found[case.kind][0] += int(correct)
        found[case.kind][1] += 1
        if not correct:
            misses.append(f"{case.kind} {case.name}: linked to {linked}")
    variant_ok, variants = found["variant"]
    negatives_ok, negatives = found["negative"]
    originals_ok, originals = found["original"]
    false_links = (negatives - negatives_ok) + (originals - originals_ok)
    predicted_links = variant_ok + false_links
    return {
        "variants": variants,
        "recall": variant_ok / variants,
        "precision": variant_ok / predicted_links if predicted_links else 1.0,
        "hard_negatives": negatives,
        "hard_negative_precision": negatives_ok / negatives,
        "originals_kept_unique": originals_ok / originals,
        "misses": misses,  # type: ignore[dict-item]
    }


def evaluate_cases(path: Path, config: DedupeConfig | None = None) -> dict[str, Any]:
    """A second, independently written case set (``tests/fixtures/dedupe/cases.jsonl``).

    Rows are processed in order; a variant must join its original's cluster, a hard
    negative (``independent``, ``template``) must stay unique.
    """
    dedupe = Deduplicator(config or DedupeConfig())
    group_of_cluster: dict[str, str] = {}
    linked = variants = negatives = negatives_unique = false_links = 0
    misses: list[str] = []
    for line in path.read_text().splitlines():
        row = json.loads(line)
        article = Article(
            article_id=row["article_id"],
            text=row["text"],
            source=row["source"],
            url=row["url"],
            published_at=row["published_at"],
        )
        outcome = dedupe.process(article)
        assert outcome is not None, row["id"]
        cluster = outcome.article.cluster_id or ""
        if outcome.unique:
            group_of_cluster[cluster] = row["group"]
        elif group_of_cluster.get(cluster) != row["group"]:
            false_links += 1
        if row["expect"] == "duplicate":
            variants += 1
            if not outcome.unique and group_of_cluster.get(cluster) == row["group"]:
                linked += 1
            else:
                misses.append(f"{row['id']}: similarity {outcome.article.similarity}")
        elif row["variant"] in ("independent", "template"):
            negatives += 1
            negatives_unique += outcome.unique
    return {
        "variants": variants,
        "recall": linked / variants,
        "precision": linked / (linked + false_links) if linked + false_links else 1.0,
        "hard_negatives": negatives,
        "hard_negative_precision": negatives_unique / negatives,
        "misses": misses,
    }
