"""Claims stage: signatures, links, claim state, alerts, idempotence, partitioning."""

from __future__ import annotations

import copy
import json
import zlib
from typing import Any

import pytest

from agents.claims import (
    ClaimEvent,
    ClaimResolver,
    ClaimsStage,
    ClaimTracker,
    alert_id_of,
    assign_claims,
    signature,
)
from agents.claims.evaluation import (
    FIXTURES_DIR,
    bench_claims,
    evaluate,
    load_actors,
    pair_article,
    run_timeline,
    timeline_articles,
)
from schemas import Actor, Alert, Article, Claim, Statement

ACTORS = load_actors(FIXTURES_DIR)
TIMELINE = timeline_articles(FIXTURES_DIR)


def _labels() -> dict[str, str]:
    """claim label -> claim id, from a run of the timeline."""
    out: dict[str, str] = {}
    for (_, entry), (filled, _) in zip(TIMELINE, run_timeline(FIXTURES_DIR), strict=True):
        by_id = {s.id: s for s in filled.statements}
        for s in entry["statements"]:
            if "label" in s:
                out.setdefault(s["label"], by_id[s["id"]].claim_id)
    return out


def _article(
    article_id: str,
    statements: list[dict[str, Any]],
    *,
    published_at: str | None = "2025-03-01",
    source: str = "Wire",
) -> Article:
    ids: list[str] = []
    for s in statements:
        ids += [i for i in (s["speaker"], s.get("target")) if i]
    return Article(
        article_id=article_id,
        source=source,
        url=f"https://example.test/{article_id}",
        published_at=published_at,
        text=" ".join(s["quote"] for s in statements),
        actors=[ACTORS[i] for i in dict.fromkeys(ids)],
        statements=[
            Statement(
                id=f"s{n}",
                speaker=s["speaker"],
                stance=s["stance"],
                target=s.get("target"),
                claim=s["claim"],
                quote=s["quote"],
                span=(n * 100, n * 100 + 10),
                confidence=0.9,
            )
            for n, s in enumerate(statements, 1)
        ],
    )


# -- the timeline ---------------------------------------------------------------------


def test_timeline_exact_alert_sequence() -> None:
    labels = {v: k for k, v in _labels().items()}
    got = [
        (filled.article_id, a.type, a.speaker.id, labels[a.claim_id], a.severity)
        for filled, alerts in run_timeline(FIXTURES_DIR)
        for a in alerts
    ]
    assert got == [
        ("art_tl_01", "new_allegation", "gov:UKR", "fighters", "high"),
        ("art_tl_03", "new_denial", "person:li-wenjun", "fighters", "high"),
        ("art_tl_05", "new_allegation", "gov:UKR", "weapons", "high"),
        ("art_tl_06", "new_allegation", "person:mark-ellison", "fighters", "medium"),
        ("art_tl_08", "new_denial", "person:li-wenjun", "weapons", "high"),
    ]
    expected = [
        (entry["article_id"], e["type"], e["speaker"], e["label"], e["severity"])
        for _, entry in TIMELINE
        for e in entry["alerts"]
    ]
    assert got == expected


def test_timeline_alert_fields() -> None:
    runs = run_timeline(FIXTURES_DIR)
    denial = runs[2][1][0]
    assert denial.type == "new_denial"
    assert denial.responds_to == denial.claim_id
    assert denial.claim == "Chinese nationals are fighting for Russia"  # the claim's first wording
    assert denial.event_time == "2025-04-09"  # event time keeps the source's precision
    assert denial.evidence.quote == "totally groundless"
    assert denial.evidence.url == "https://easterndispatch.example/a/beijing-rejects"
    assert denial.alert_id == alert_id_of("new_denial", denial.claim_id, "CHN")  # the voice
    first = runs[0][1][0]
    assert first.target is not None and first.target.id == "country:CHN"
    assert first.responds_to is None
    assert first.event_time == "2025-04-08T09:00:00Z"


def test_timeline_claim_links() -> None:
    labels = _labels()
    assert labels["fighters"] != labels["weapons"]
    for (_, entry), (filled, _) in zip(TIMELINE, run_timeline(FIXTURES_DIR), strict=True):
        by_id = {s.id: s for s in filled.statements}
        for s in entry["statements"]:
            st = by_id[s["id"]]
            if "label" not in s:
                assert st.claim_id is None and st.responds_to is None
                continue
            assert st.claim_id == labels[s["label"]], (entry["article_id"], s["id"])
            assert st.responds_to == (st.claim_id if st.stance == "denial" else None)


def test_claim_state_after_timeline() -> None:
    stage = ClaimsStage()
    claims: dict[str, Claim] = {}
    for article, entry in TIMELINE:
        _, _, changed = stage.process(article, copies=entry.get("copies", 1), sources=entry.get("sources", 1))
        claims.update({c.claim_id: c for c in changed})
    fighters = claims[_labels()["fighters"]]
    assert fighters.claim == "Chinese nationals are fighting for Russia"
    assert fighters.target is not None and fighters.target.id == "country:CHN"
    assert [a.id for a in fighters.alleged_by] == ["gov:UKR", "person:mark-ellison", "person:olena-marchuk"]
    assert [a.id for a in fighters.denied_by] == ["person:li-wenjun"]
    assert fighters.first_seen == "2025-04-08T09:00:00Z"
    assert fighters.last_seen == "2025-04-11T18:00:00Z"
    # 6 articles, one of them with 3 copies; 4 outlets seen + 1 more from the dedupe hint.
    assert fighters.articles == 8
    assert fighters.sources == 5
    assert fighters.article_ids == [
        "art_tl_01",
        "art_tl_02",
        "art_tl_03",
        "art_tl_04",
        "art_tl_06",
        "art_tl_07",
    ]
    # The store holds JSON-safe values only (a Faust table serialises them).
    for value in stage.tracker.store.values():
        assert json.loads(json.dumps(value)) == value
    for value in stage.resolver.store.values():
        assert json.loads(json.dumps(value)) == value


# -- idempotence and replay ------------------------------------------------------------


def test_redelivery_changes_nothing() -> None:
    stage = ClaimsStage()
    for article, _ in TIMELINE[:5]:
        stage.process(article)
    claims_before = copy.deepcopy(dict(stage.tracker.store))
    parties_before = copy.deepcopy(dict(stage.resolver.store))
    for article, _ in TIMELINE[:5]:
        filled, alerts, claims = stage.process(article)
        assert alerts == [] and claims == []
        assert all(s.claim_id for s in filled.statements)
    assert dict(stage.tracker.store) == claims_before
    assert dict(stage.resolver.store) == parties_before


def test_redelivered_event_applies_once() -> None:
    tracker = ClaimTracker({})
    _, events = assign_claims(TIMELINE[0][0])
    alerts, claim = tracker.apply(events[0])
    assert len(alerts) == 1 and claim is not None
    again = ClaimEvent.from_dict(json.loads(json.dumps(events[0].to_dict())))
    assert tracker.apply(again) == ([], None)


def test_larger_dedupe_hint_updates_counts_without_alert() -> None:
    stage = ClaimsStage()
    article = TIMELINE[0][0]
    stage.process(article)
    _, alerts, claims = stage.process(article, copies=4, sources=3)
    assert alerts == []
    assert [(c.articles, c.sources) for c in claims] == [(4, 3)]
    assert stage.process(article, copies=2, sources=1)[1:] == ([], [])  # smaller hint: a stale copy


def test_replay_in_fresh_stage_gives_identical_alerts() -> None:
    first = [a.model_dump() for _, alerts in run_timeline(FIXTURES_DIR) for a in alerts]
    second = [a.model_dump() for _, alerts in run_timeline(FIXTURES_DIR) for a in alerts]
    assert first == second
    assert len({a["alert_id"] for a in first}) == len(first)


def _route_split(events: list[ClaimEvent], parts: int) -> list[Alert]:
    """Resolver partitions by party, tracker partitions by claim id: crc32(key) % parts."""
    resolvers = [ClaimResolver({}) for _ in range(parts)]
    trackers = [ClaimTracker({}) for _ in range(parts)]
    out: list[Alert] = []
    for ev in events:
        ev = resolvers[zlib.crc32(ev.party.encode()) % parts].route(ev)
        assert ev.claim_id is not None
        out += trackers[zlib.crc32(ev.claim_id.encode()) % parts].apply(ev)[0]
    return out


def test_partition_split_gives_the_same_alerts() -> None:
    events = [ev for article, e in TIMELINE for ev in assign_claims(article, copies=e.get("copies", 1))[1]]
    # Through the JSON codec, as on Kafka.
    events = [ClaimEvent.from_dict(json.loads(json.dumps(ev.to_dict()))) for ev in events]
    one = _route_split(events, 1)
    two = _route_split(events, 2)
    assert [a.model_dump() for a in two] == [a.model_dump() for a in one]
    assert {zlib.crc32(a.claim_id.encode()) % 2 for a in one} == {0, 1}  # both partitions in use
    # Partitions progress independently: only the order within a partition is kept.
    resolver = ClaimResolver({})
    routed = [resolver.route(ev) for ev in events]
    trackers = [ClaimTracker({}), ClaimTracker({})]
    shuffled: list[Alert] = []
    for part in (1, 0):
        for ev in routed:
            assert ev.claim_id is not None
            if zlib.crc32(ev.claim_id.encode()) % 2 == part:
                shuffled += trackers[part].apply(ev)[0]
    assert sorted(a.model_dump_json() for a in shuffled) == sorted(a.model_dump_json() for a in one)
    assert [(a.type, a.speaker.id) for a in one] == [
        ("new_allegation", "gov:UKR"),
        ("new_denial", "person:li-wenjun"),
        ("new_allegation", "gov:UKR"),
        ("new_allegation", "person:mark-ellison"),
        ("new_denial", "person:li-wenjun"),
    ]


# -- assign_claims ------------------------------------------------------------------------


def test_assign_is_stateless_and_pure() -> None:
    article = TIMELINE[2][0]
    snapshot = article.model_dump()
    a1, e1 = assign_claims(article)
    a2, e2 = assign_claims(article)
    assert article.model_dump() == snapshot
    assert a1 == a2 and [e.to_dict() for e in e1] == [e.to_dict() for e in e2]
    assert [e.key for e in e1] == [e1[0].claim_id, e1[0].claim_id]
    assert e1[1].responds_to == e1[0].claim_id


def test_unresolved_denial_is_keyed_by_party() -> None:
    article, _ = TIMELINE[3]  # a denial alone, without a proposition of its own
    filled, events = assign_claims(article)
    assert filled.statements[0].claim_id is None
    assert events[0].key == "party:CHN" and not events[0].resolved
    with pytest.raises(ValueError, match="unresolved"):
        ClaimTracker({}).apply(events[0])


def test_denial_links_to_the_allegation_it_answers_in_the_article() -> None:
    article = _article(
        "art_x1",
        [
            {"speaker": "org:greyfin-research", "stance": "allegation", "target": "org:nordvik-batteries",
             "claim": "Nordvik inflated its order book", "quote": "inflated"},
            {"speaker": "gov:UKR", "stance": "allegation", "target": "country:CHN",
             "claim": "China supplies weapons to Russia", "quote": "weapons"},
            {"speaker": "org:nordvik-batteries", "stance": "denial", "target": "org:greyfin-research",
             "claim": "the report contains numerous factual errors", "quote": "errors"},
        ],
    )  # fmt: skip
    filled, events = assign_claims(article)
    assert filled.statements[2].claim_id == filled.statements[0].claim_id
    assert filled.statements[2].responds_to == filled.statements[0].claim_id
    assert events[2].accused.id == "org:nordvik-batteries"


def test_denial_arriving_before_the_allegation() -> None:
    stage = ClaimsStage()
    denial = _article(
        "art_d",
        [{"speaker": "person:reza-karimi", "stance": "denial", "target": "gov:UKR",
          "claim": "Tehran has not delivered any drones to Moscow", "quote": "no drones"}],
        published_at="2025-02-02",
    )  # fmt: skip
    allegation = _article(
        "art_a",
        [{"speaker": "gov:UKR", "stance": "allegation", "target": "country:IRN",
          "claim": "Iran supplies drones to Russia", "quote": "drones"}],
        published_at="2025-02-01",
    )  # fmt: skip
    _, a1, _ = stage.process(denial)
    _, a2, c2 = stage.process(allegation)
    assert [a.type for a in a1 + a2] == ["new_denial", "new_allegation"]
    assert a1[0].claim_id == a2[0].claim_id
    # The wording is the earliest allegation's, whatever the processing order.
    assert c2[0].claim == "Iran supplies drones to Russia"
    assert c2[0].first_seen == "2025-02-01" and c2[0].last_seen == "2025-02-02"
    assert c2[0].target is not None and c2[0].target.id == "country:IRN"


def test_denial_about_an_unknown_claim_gets_a_claim_of_its_own() -> None:
    article = _article(
        "art_u",
        [{"speaker": "person:pavel-orlov", "stance": "denial", "target": "gov:MDA",
          "claim": "these accusations are absurd", "quote": "absurd"}],
    )  # fmt: skip
    filled, alerts, claims = ClaimsStage().process(article)
    assert [a.type for a in alerts] == ["new_denial"]
    assert filled.statements[0].claim_id == alerts[0].claim_id == claims[0].claim_id
    assert claims[0].target is not None and claims[0].target.id == "country:RUS"
    assert claims[0].alleged_by == [] and [a.id for a in claims[0].denied_by] == ["person:pavel-orlov"]


def test_one_voice_one_alert_and_quotes_join_the_allegation() -> None:
    article = _article(
        "art_v",
        [
            {"speaker": "gov:MLI", "stance": "allegation", "target": "country:DZA",
             "claim": "Algeria shot down a Malian drone", "quote": "shot down"},
            {"speaker": "gov:MLI", "stance": "allegation", "target": "country:DZA",
             "claim": "this is a hostile act planned in advance", "quote": "hostile"},
            {"speaker": "gov:DZA", "stance": "denial", "target": "gov:MLI",
             "claim": "the accusations are baseless", "quote": "baseless"},
            {"speaker": "person:reza-karimi", "stance": "denial", "target": "gov:MLI",
             "claim": "the accusations are baseless", "quote": "baseless"},
        ],
    )  # fmt: skip
    article.actors.append(ACTORS["gov:DZA"].model_copy(update={"id": "gov:DZA:foreign-ministry"}))
    article.statements[3] = article.statements[3].model_copy(update={"speaker": "gov:DZA:foreign-ministry"})
    filled, alerts, claims = ClaimsStage().process(article)
    assert len({s.claim_id for s in filled.statements}) == 1  # the quote elaborates the allegation
    assert [(a.type, a.speaker.id) for a in alerts] == [
        ("new_allegation", "gov:MLI"),
        ("new_denial", "gov:DZA"),
    ]
    assert [a.id for a in claims[0].denied_by] == ["gov:DZA", "gov:DZA:foreign-ministry"]


def test_new_accuser_alerts_can_be_turned_off() -> None:
    stage = ClaimsStage(new_accuser_alerts=False)
    types = [(a.type, a.speaker.id) for article, _ in TIMELINE for a in stage.process(article)[1]]
    assert ("new_allegation", "person:mark-ellison") not in types
    assert len(types) == 4


def test_same_government_repeating_is_not_a_new_accuser() -> None:
    stage = ClaimsStage()
    base = {
        "stance": "allegation",
        "target": "country:CHN",
        "claim": "China supplies weapons to Russia",
        "quote": "q",
    }
    a1 = stage.process(_article("art_g1", [{**base, "speaker": "gov:UKR"}]))[1]
    a2 = stage.process(_article("art_g2", [{**base, "speaker": "person:olena-marchuk"}]))[1]
    a3 = stage.process(_article("art_g3", [{**base, "speaker": "media:northern-herald"}]))[1]
    assert [a.severity for a in a1] == ["high"]
    assert a2 == []
    assert [(a.speaker.id, a.severity) for a in a3] == [("media:northern-herald", "low")]


def test_event_time_fallback() -> None:
    article = _article(
        "art_t",
        [{"speaker": "gov:UKR", "stance": "allegation", "target": "country:CHN",
          "claim": "China supplies weapons to Russia", "quote": "q"}],
        published_at=None,
    )  # fmt: skip
    assert (
        assign_claims(article, fallback_time="2025-06-01T12:00:00+02:00")[1][0].event_time
        == "2025-06-01T10:00:00Z"
    )
    assert assign_claims(article)[1][0].event_time == "1970-01-01"  # never processing time
    _, alerts, _ = ClaimsStage().process(article, fallback_time="2025-06-01")
    assert alerts[0].event_time == "2025-06-01"


def test_other_stances_make_no_events() -> None:
    article, _ = TIMELINE[-1]
    filled, events = assign_claims(article)
    assert events == [] and filled.statements[0].claim_id is None
    assert ClaimsStage().process(article)[1:] == ([], [])


# -- signatures ----------------------------------------------------------------------------


def _pairs() -> list[Any]:
    with open(FIXTURES_DIR / "pairs.jsonl", encoding="utf-8") as fh:
        pairs = [json.loads(line) for line in fh if line.strip()]
    return [
        pytest.param(
            p, id=p["id"], marks=[pytest.mark.xfail(strict=True, reason=p["note"])] if "note" in p else []
        )
        for p in pairs
    ]


@pytest.mark.parametrize("pair", _pairs())
def test_merging_pairs(pair: dict[str, Any]) -> None:
    ids = [assign_claims(pair_article(pair[n], ACTORS, f"art_{n}"))[1][0].claim_id for n in ("a", "b")]
    assert (ids[0] == ids[1]) is pair["merge"], ids


def test_signature_examples() -> None:
    ukr, chn = ACTORS["gov:UKR"], ACTORS["country:CHN"]
    sig = signature("allegation", "155 Chinese were fighting with the Russian army", ukr, chn, {})
    assert sig.text() == "CHN|military_involvement|war:RUS-UKR"
    sig = signature("allegation", "China supplies weapons to Russia", ukr, chn, {})
    assert sig.text() == "CHN|arms_supply|RUS"
    sig = signature("denial", "these accusations are baseless", ACTORS["person:li-wenjun"], ukr, {})
    assert sig.contentless and sig.partial and sig.party == "CHN"
    # Unknown propositions fall back to a class named after their head word.
    unknown = Actor(id="person:x", name="X", kind="person")
    sig = signature("allegation", "Nordvik polluted the river", unknown, ACTORS["org:nordvik-batteries"], {})
    assert sig.predicate == "generic:pollut"
    assert sig.claim_id.startswith("clm_") and len(sig.claim_id) == 20


# -- evaluation and bench -------------------------------------------------------------------


def test_evaluation_figures() -> None:
    r = evaluate(FIXTURES_DIR)
    assert r["pairs"] >= 30
    assert r["merge_precision"] >= 0.9 and r["merge_recall"] >= 0.9
    assert r["alert_precision"] == 1.0 and r["alert_recall"] == 1.0
    assert r["duplicate_alerts"] == 0 and r["alerts_on_redelivery"] == 0
    assert r["claim_link_accuracy"] == 1.0
    assert r["timeline_errors"] == []


def test_bench_runs() -> None:
    r = bench_claims(n=60)
    assert r["articles"] == 60 and r["articles_per_s"] > 0 and r["alerts"] > 0
