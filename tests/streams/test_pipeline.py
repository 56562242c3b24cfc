"""The in-process pipeline (``claimwatch analyze``) on the timeline fixture, no broker."""

from __future__ import annotations

from streams.inputs import read_feed
from streams.pipeline import Pipeline
from streams.settings import PROJECT_ROOT, Settings

TIMELINE = PROJECT_ROOT / "tests" / "fixtures" / "timeline" / "feed.jsonl"


def run() -> list[list[dict]]:
    """Every record ``claimwatch analyze`` emits for the timeline, grouped by input article."""
    pipeline = Pipeline(Settings())
    return [[r.model_dump(mode="json") for r in pipeline.process(record)] for record in read_feed([TIMELINE])]


def alerts_per_article(outputs: list[list[dict]]) -> list[list[dict]]:
    return [[r for r in out if r["kind"] == "alert"] for out in outputs]


def check_timeline_alerts(alerts: list[list[dict]]) -> tuple[dict, dict, dict]:
    """The timeline: an allegation, two copies (no alert), a denial linked to the allegation's
    claim, the denial reported again (no alert), a different claim about the same parties."""
    assert [[(a["type"], a["speaker"]["id"]) for a in per] for per in alerts] == [
        [("new_allegation", "gov:NLD")],
        [],
        [],
        [("new_denial", "gov:RUS")],
        [],
        [("new_allegation", "gov:NLD")],
    ]
    allegation, denial, other = (a for per in alerts for a in per)
    assert denial["claim_id"] == denial["responds_to"] == allegation["claim_id"]
    assert other["claim_id"] != allegation["claim_id"]
    return allegation, denial, other


def test_timeline_gives_the_expected_alert_sequence() -> None:
    outputs = run()
    articles = [out[0] for out in outputs]
    assert [a["kind"] for a in articles] == ["article"] * 6
    assert [a["duplicate_of"] is not None for a in articles] == [False, True, True, False, False, False]
    assert articles[1]["duplicate_of"] == articles[2]["duplicate_of"] == articles[0]["article_id"]
    allegation, denial, _ = check_timeline_alerts(alerts_per_article(outputs))
    assert allegation["event_time"] == "2025-03-10T09:00:00Z"  # the article's time, not the clock's
    assert denial["evidence"]["url"] == "https://wire.example/2025/03/11/kremlin-denies"
    # The denying statement in the article carries the same link.
    denying = [s for s in articles[3]["statements"] if s["stance"] == "denial" and s["speaker"] == "gov:RUS"]
    assert denying and denying[0]["responds_to"] == allegation["claim_id"]


def test_a_rerun_gives_identical_ids() -> None:
    first, again = run(), run()
    ids = [[r.get("alert_id") or r.get("article_id") for r in out] for out in first]
    assert ids == [[r.get("alert_id") or r.get("article_id") for r in out] for out in again]


def test_redelivery_in_the_same_process_emits_nothing() -> None:
    pipeline = Pipeline(Settings())
    records = list(read_feed([TIMELINE]))
    for record in records:
        pipeline.process(record)
    assert all(pipeline.process(record) == [] for record in records)
    assert pipeline.counts.redeliveries == len(records)
