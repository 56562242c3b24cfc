"""Claims evaluation on hand-made fixtures, and a throughput bench.

Fixtures (``tests/fixtures/claims``): ``actors.json`` (shared actors), ``pairs.jsonl`` (two
statements each, must or must not share a claim id), ``timeline.json`` (hand-tagged
articles in order, each with the alerts it must raise and the claim label of each statement).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from agents.claims._assign import assign_claims
from agents.claims._stage import ClaimsStage
from schemas import Actor, Alert, Article, Statement

FIXTURES_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "claims"


def load_actors(fixtures_dir: Path) -> dict[str, Actor]:
    raw = json.loads((fixtures_dir / "actors.json").read_text(encoding="utf-8"))
    return {k: Actor.model_validate(v) for k, v in raw.items() if not k.startswith("_")}


def _actor(actors: dict[str, Actor], aid: str | None) -> Actor | None:
    return None if aid is None else actors[aid]


def pair_article(side: dict[str, Any], actors: dict[str, Actor], article_id: str) -> Article:
    """A one-statement article, as the tagger would produce it for one side of a pair."""
    ids = [side["speaker"], side.get("target"), *side.get("actors", [])]
    used = [actors[i] for i in dict.fromkeys(i for i in ids if i)]
    text = f"{side['claim']}."
    statement = Statement(
        id="s1",
        speaker=side["speaker"],
        stance=side["stance"],
        target=side.get("target"),
        claim=side["claim"],
        quote=side.get("quote", side["claim"]),
        span=(0, len(text)),
        confidence=0.9,
    )
    return Article(
        article_id=article_id, text=text, published_at="2025-01-01", actors=used, statements=[statement]
    )


def timeline_articles(fixtures_dir: Path) -> list[tuple[Article, dict[str, Any]]]:
    """(article, entry) in timeline order; entry keeps copies/sources hints and expectations."""
    actors = load_actors(fixtures_dir)
    data = json.loads((fixtures_dir / "timeline.json").read_text(encoding="utf-8"))
    out = []
    for entry in data["articles"]:
        text = "\n\n".join(entry["paragraphs"])
        statements = []
        for s in entry["statements"]:
            start = text.find(s["quote"])
            span = (start, start + len(s["quote"])) if start >= 0 else (0, 0)
            statements.append(
                Statement(
                    id=s["id"],
                    speaker=s["speaker"],
                    stance=s["stance"],
                    target=s.get("target"),
                    claim=s["claim"],
                    quote=s["quote"],
                    span=span,
                    confidence=0.9,
                )
            )
        used = [actors[i] for i in entry["actors"]]
        article = Article(
            article_id=entry["article_id"],
            url=entry.get("url"),
            source=entry.get("source"),
            published_at=entry.get("published_at"),
            title=entry.get("title"),
            text=text,
            actors=used,
            statements=statements,
        )
        out.append((article, entry))
    return out


def evaluate_pairs(fixtures_dir: Path) -> dict[str, Any]:
    actors = load_actors(fixtures_dir)
    tp = fp = fn = tn = 0
    errors: list[str] = []
    with open(fixtures_dir / "pairs.jsonl", encoding="utf-8") as fh:
        pairs = [json.loads(line) for line in fh if line.strip()]
    for p in pairs:
        # One article per side, except a denial answering the other side: the same article
        # would link them anyway, so each side stands alone to test the signature itself.
        ids = []
        for name in ("a", "b"):
            _, events = assign_claims(pair_article(p[name], actors, f"art_{p['id']}_{name}"))
            ids.append(events[0].claim_id)
        same = ids[0] is not None and ids[0] == ids[1]
        if same and p["merge"]:
            tp += 1
        elif same:
            fp += 1
            errors.append(f"{p['id']}: merged, should not")
        elif p["merge"]:
            fn += 1
            errors.append(f"{p['id']}: apart, should merge")
        else:
            tn += 1
    return {
        "pairs": len(pairs),
        "merge_precision": tp / (tp + fp) if tp + fp else 1.0,
        "merge_recall": tp / (tp + fn) if tp + fn else 1.0,
        "separate_accuracy": tn / (tn + fp) if tn + fp else 1.0,
        "pair_errors": errors,
    }


def run_timeline(fixtures_dir: Path, stage: ClaimsStage | None = None) -> list[tuple[Article, list[Alert]]]:
    stage = stage or ClaimsStage()
    out = []
    for article, entry in timeline_articles(fixtures_dir):
        filled, alerts, _ = stage.process(
            article, copies=entry.get("copies", 1), sources=entry.get("sources", 1)
        )
        out.append((filled, alerts))
    return out


def evaluate_timeline(fixtures_dir: Path) -> dict[str, Any]:
    entries = timeline_articles(fixtures_dir)
    stage = ClaimsStage()
    label_of: dict[str, str] = {}  # claim_id -> label, from the first statement carrying it
    expected_total = correct = emitted = duplicates = 0
    link_total = link_ok = 0
    seen_alerts: set[str] = set()
    seen_events: set[tuple[str, str, str]] = set()
    errors: list[str] = []
    for article, entry in entries:
        filled, alerts, _ = stage.process(
            article, copies=entry.get("copies", 1), sources=entry.get("sources", 1)
        )
        by_id = {s.id: s for s in filled.statements}
        for s in entry["statements"]:
            label = s.get("label")
            if label is None:
                continue
            cid = by_id[s["id"]].claim_id
            link_total += 1
            if (
                cid is not None
                and label_of.setdefault(cid, label) == label
                and (s["stance"] != "denial" or by_id[s["id"]].responds_to == cid)
            ):
                link_ok += 1
            else:
                errors.append(f"{article.article_id}/{s['id']}: claim {cid} is not '{label}'")
        expected = [(e["type"], e["speaker"], e["label"]) for e in entry.get("alerts", [])]
        got = [(a.type, a.speaker.id, label_of.get(a.claim_id, a.claim_id)) for a in alerts]
        expected_total += len(expected)
        emitted += len(got)
        remaining = list(expected)
        for g, a in zip(got, alerts, strict=True):
            if a.alert_id in seen_alerts or g in seen_events:
                duplicates += 1
            seen_alerts.add(a.alert_id)
            seen_events.add(g)
            if g in remaining:
                remaining.remove(g)
                correct += 1
            else:
                errors.append(f"{article.article_id}: unexpected alert {g}")
        errors += [f"{article.article_id}: missing alert {e}" for e in remaining]
    # Redelivery of the whole timeline: nothing new may come out.
    redelivered = sum(len(stage.process(a, copies=e.get("copies", 1))[1]) for a, e in entries)
    return {
        "timeline_articles": len(entries),
        "alerts_expected": expected_total,
        "alerts_emitted": emitted,
        "alert_precision": correct / emitted if emitted else 1.0,
        "alert_recall": correct / expected_total if expected_total else 1.0,
        "duplicate_alerts": duplicates,
        "alerts_on_redelivery": redelivered,
        "claim_link_accuracy": link_ok / link_total if link_total else 1.0,
        "timeline_errors": errors,
    }


def evaluate(fixtures_dir: str | Path = FIXTURES_DIR) -> dict[str, Any]:
    """Claim-merging precision/recall on the pairs, alert figures on the timeline."""
    fixtures_dir = Path(fixtures_dir)
    return {**evaluate_pairs(fixtures_dir), **evaluate_timeline(fixtures_dir)}


def synthetic_articles(n: int, fixtures_dir: Path = FIXTURES_DIR) -> list[Article]:
    """n articles cycling through the timeline's stories under fresh ids, sources and dates."""
    base = [a for a, _ in timeline_articles(fixtures_dir)]
    out = []
    for i in range(n):
        a = base[i % len(base)]
        day = 1 + (i // len(base)) % 28
        out.append(
            a.model_copy(
                update={
                    "article_id": f"art_bench_{i:06d}",
                    "source": f"outlet-{i % 97}",
                    "published_at": f"2025-05-{day:02d}T{i % 24:02d}:00:00Z",
                }
            )
        )
    return out


def bench_claims(n: int = 2000) -> dict[str, Any]:
    """Throughput of the whole claims stage (assign, resolve, track) in one process."""
    articles = synthetic_articles(n)
    stage = ClaimsStage()
    stage.process(articles[0])  # load the lexicons outside the timing
    stage = ClaimsStage()
    started = time.perf_counter()
    alerts = 0
    for a in articles:
        alerts += len(stage.process(a)[1])
    seconds = time.perf_counter() - started
    statements = sum(len(a.statements) for a in articles)
    return {
        "articles": n,
        "seconds": seconds,
        "articles_per_s": n / seconds,
        "statements": statements,
        "alerts": alerts,
    }


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(evaluate(), indent=1))
    print(json.dumps(bench_claims(), indent=1))
