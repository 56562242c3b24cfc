"""Deduplication stage: decisions, idempotence, retention, partitioned equivalence, quality floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.duplicates import BandIndex, DedupeConfig, Deduplicator, Signer, cluster_id_for, decide
from agents.duplicates_eval import evaluate, evaluate_cases
from schemas import Article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

STORY = (
    "The Rotterdam port authority on Monday accused a hacking group of crippling its cargo tracking system "
    "for three days, leaving more than 400 containers stranded on the quays.\n\n"
    "Port chief executive Maarten de Vries said investigators had found evidence pointing to a group linked "
    "to a foreign intelligence service.\n\n"
    "Dutch police said they had opened an investigation and were working with the national cyber security "
    "centre to restore the system.\n\n"
    "Ships bound for Hamburg and Antwerp were delayed by up to two days, shipping lines said."
)
INDEPENDENT = (
    "Hackers knocked out the cargo tracking software at Europe's biggest port for three days, officials in "
    "Rotterdam said, blaming a group with ties to foreign spies.\n\n"
    "Maarten de Vries, who runs the port authority, told reporters hundreds of containers had been stuck.\n\n"
    "Police and the national cyber security centre are investigating the incident."
)


def art(article_id: str, text: str, when: str, source: str = "wire") -> Article:
    return Article(article_id=article_id, text=text, published_at=when, source=source)


def test_exact_copy_under_another_source_is_a_duplicate() -> None:
    dedupe = Deduplicator()
    first = dedupe.process(art("art_a", STORY, "2025-03-03T09:00:00Z"))
    copy = dedupe.process(art("art_b", STORY, "2025-03-03T11:00:00Z", "daily"))
    assert first is not None and first.unique and first.article.cluster_id == cluster_id_for("art_a")
    assert copy is not None and not copy.unique
    assert (copy.article.duplicate_of, copy.article.similarity) == ("art_a", 1.0)
    assert copy.article.cluster_id == cluster_id_for("art_a")
    assert copy.cluster["copies"] == 2 and copy.cluster["sources"] == ["wire", "daily"]


def test_near_copy_with_a_paragraph_cut_and_curly_quotes_is_a_duplicate() -> None:
    dedupe = Deduplicator()
    dedupe.process(art("art_a", STORY, "2025-03-03T09:00:00Z"))
    edited = "\n\n".join(STORY.split("\n\n")[:3]).replace("Port chief", "The port's chief")
    outcome = dedupe.process(art("art_b", edited, "2025-03-03T12:00:00Z"))
    assert outcome is not None and outcome.article.duplicate_of == "art_a"
    assert 0.5 <= outcome.article.similarity < 1.0


def test_independent_write_up_of_the_same_event_is_not_a_duplicate() -> None:
    dedupe = Deduplicator()
    dedupe.process(art("art_a", STORY, "2025-03-03T09:00:00Z"))
    outcome = dedupe.process(art("art_b", INDEPENDENT, "2025-03-03T10:00:00Z"))
    assert outcome is not None and outcome.unique and outcome.article.duplicate_of is None


def test_redelivery_is_dropped_without_output() -> None:
    dedupe = Deduplicator()
    article = art("art_a", STORY, "2025-03-03T09:00:00Z")
    assert dedupe.process(article) is not None
    assert dedupe.process(article) is None
    assert dedupe.clusters[cluster_id_for("art_a")]["copies"] == 1


def test_copies_outside_the_retention_window_are_not_linked() -> None:
    dedupe = Deduplicator(DedupeConfig(retention_days=30))
    dedupe.process(art("art_a", STORY, "2025-01-01T00:00:00Z"))
    late = dedupe.process(art("art_b", STORY, "2025-03-01T00:00:00Z"))
    assert late is not None and late.unique


def test_expire_drops_old_entries() -> None:
    config = DedupeConfig(retention_days=30)
    store: dict = {}
    index = BandIndex(store, config)
    sig = Signer(config).signature(art("art_a", STORY, "2025-01-01T00:00:00Z"))
    for key in sig.keys:
        assert index.probe_and_add(key, sig) == []
        assert index.probe_and_add(key, sig) == []  # idempotent
    assert all(not index.expire(key, "2025-01-15T00:00:00Z") for key in sig.keys)
    assert all(index.expire(key, "2025-03-01T00:00:00Z") for key in sig.keys)
    assert store == {}


def test_only_an_earlier_near_copy_can_be_canonical() -> None:
    config = DedupeConfig()
    signer = Signer(config)
    early = signer.signature(art("art_a", STORY, "2025-03-03T09:00:00Z"))
    near = "\n\n".join(STORY.split("\n\n")[:3])
    late = signer.signature(art("art_b", near, "2025-03-03T10:00:00Z"))
    band_keys = [k for k in early.keys if k in late.keys and not k.startswith("x:")]
    assert len(band_keys) >= config.min_band_votes
    # Each saw the other under shared band keys (a race across partitions): only the later one links.
    assert decide(early, {k: [late.entry()] for k in band_keys}, config).unique
    assert decide(late, {k: [early.entry()] for k in band_keys}, config).duplicate_of == "art_a"


def test_exact_copies_link_in_arrival_order_at_the_exact_key() -> None:
    config = DedupeConfig()
    signer = Signer(config)
    later_dated = signer.signature(art("art_b", STORY, "2025-03-03T10:00:00Z"))
    earlier_dated = signer.signature(art("art_a", STORY, "2025-03-03T09:00:00Z"))
    # The later-dated copy arrived first: the earlier-dated one sees it and links to it.
    decision = decide(earlier_dated, {k: [later_dated.entry()] for k in earlier_dated.keys}, config)
    assert (decision.duplicate_of, decision.similarity) == ("art_b", 1.0)
    # And the later-dated one, first at the exact key, stays unique even though it met the
    # earlier-dated copy under band keys that reached their partitions first.
    band_only = {k: [earlier_dated.entry()] for k in later_dated.keys if not k.startswith("x:")}
    assert decide(later_dated, {**band_only, later_dated.keys[0]: []}, config).unique


def test_signatures_are_deterministic() -> None:
    config = DedupeConfig()
    article = art("art_a", STORY, "2025-03-03T09:00:00Z")
    assert Signer(config).signature(article) == Signer(config).signature(article)


def test_split_index_gives_the_same_decisions() -> None:
    """Band keys spread over two stores (two partitions) decide exactly as one store."""
    config = DedupeConfig()
    signer = Signer(config)
    articles = [
        art("art_a", STORY, "2025-03-03T09:00:00Z"),
        art("art_b", INDEPENDENT, "2025-03-03T10:00:00Z"),
        art("art_c", STORY, "2025-03-03T11:00:00Z"),
        art("art_d", "\n\n".join(STORY.split("\n\n")[1:]), "2025-03-03T12:00:00Z"),
    ]
    single = Deduplicator(config)
    expected = [single.process(a).article.duplicate_of for a in articles]  # type: ignore[union-attr]

    partitions = [BandIndex({}, config), BandIndex({}, config)]

    def owner(key: str) -> BandIndex:
        return partitions[sum(key.encode()) % 2]

    got = []
    for article in articles:
        sig = signer.signature(article)
        decision = decide(sig, {key: owner(key).probe_and_add(key, sig) for key in sig.keys}, config)
        got.append(decision.duplicate_of)
    assert got == expected == [None, None, "art_a", "art_a"]


def test_threshold_setting_maps_to_band_votes() -> None:
    assert DedupeConfig.for_threshold(0.5).min_band_votes == 2
    assert DedupeConfig.for_threshold(0.7).min_band_votes == 8


@pytest.fixture(scope="module")
def figures() -> dict:
    return evaluate(FIXTURES)


def test_eval_recall_on_republished_variants(figures: dict) -> None:
    assert figures["variants"] >= 150
    assert figures["recall"] >= 0.95, figures["misses"]


def test_eval_precision_on_hard_negatives(figures: dict) -> None:
    assert figures["hard_negatives"] >= 10
    assert figures["hard_negative_precision"] == 1.0, figures["misses"]
    assert figures["originals_kept_unique"] == 1.0, figures["misses"]


def test_second_case_set_written_apart() -> None:
    figures = evaluate_cases(FIXTURES / "dedupe" / "cases.jsonl")
    assert figures["variants"] >= 100
    assert figures["recall"] >= 0.95, figures["misses"]
    assert figures["precision"] == 1.0
    assert figures["hard_negative_precision"] == 1.0
