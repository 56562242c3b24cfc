"""The normalization stage against a second corpus, written apart from the one in test_normalize.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agents.errors import RejectedInput
from agents.normalize import normalize_article
from schemas import RawArticle

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "normalization"
CASES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html"))


# This corpus was labelled with coarser kinds than the normalizer's own vocabulary.
KIND_ALIASES = {
    "byline": {"byline", "credit"},
    "caption": {"caption", "credit"},
    "error_page": {"error_page", "cookie_notice"},
    "promo": {"promo", "share"},
    "metadata": {"metadata", "url", "published", "time"},
}


def _raw(path: Path) -> RawArticle:
    meta_path = path.with_suffix(".meta.json")
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
    field = "html" if path.suffix == ".html" else "text"
    return RawArticle(**{field: path.read_text(encoding="utf-8")}, **meta)


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 25
    languages = {json.loads(p.with_name(p.stem + ".expected.json").read_text())["language"] for p in CASES}
    assert {"en", "fr", "es"} <= languages


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_corpus_article(path: Path) -> None:
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text())
    article = normalize_article(_raw(path))

    assert article.paragraphs() == expected["paragraphs"]
    assert article.title == expected["title"]
    assert article.source == expected["source"]
    assert article.dateline == expected["dateline"]
    assert article.published_at == expected["published_at"]
    assert article.language == expected["language"]
    if "url" in expected:
        assert article.url == expected["url"]
    kinds = {part.kind for part in article.removed}
    for kind in expected["removed_kinds"]:
        accepted = KIND_ALIASES.get(kind, {kind})
        assert accepted & kinds, f"no removed part of kind {kind} (or {sorted(accepted)}): {sorted(kinds)}"
    # Nothing removed may leak back into the text.
    for part in article.removed:
        if part.kind not in ("duplicate_paragraph", "title", "markup") and len(part.text) > 12:
            assert part.text not in article.text, part


def test_seed_000_aggregator_with_error_page_repeats_and_disclaimer(seeds_dir: Path) -> None:
    raw = RawArticle(text=(seeds_dir / "000_db598f0dae3c7851.txt").read_text(encoding="utf-8"))
    article = normalize_article(raw)
    assert article.title == "Kremlin reacts to allegations of Chinese involvement in Ukraine war"
    assert article.published_at == "2025-05-06"
    assert article.source == "MENAFN"
    assert article.language == "en"
    paragraphs = article.paragraphs()
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith(
        "The Kremlin has rejected Ukrainian President Vladimir Zelensky’s assertion"
    )
    assert paragraphs[1].startswith("Peskov emphasized that Beijing remains a neutral party")
    assert paragraphs[4].startswith("Ukraine has previously accused Iran and North Korea")
    assert len(set(paragraphs)) == 5
    for junk in ("Sorry!!", "Error!", "Legal Disclaimer", "MENAFN provides", "CommentsNo comment", "403"):
        assert junk not in article.text
    removed = {(p.kind, p.text) for p in article.removed}
    assert ("error_page", "Sorry!!") in removed
    assert ("comments", "CommentsNo comment") in removed
    assert sum(1 for kind, _ in removed if kind == "duplicate_paragraph") == 4
    assert any(kind == "disclaimer" and text.startswith("MENAFN provides") for kind, text in removed)


def test_seed_004_wire_dateline(seeds_dir: Path) -> None:
    raw = RawArticle(text=(seeds_dir / "004_959ebf8c56348d7f.txt").read_text(encoding="utf-8"))
    article = normalize_article(raw)
    assert article.source == "AFP"
    assert article.dateline == "KYIV"
    paragraphs = article.paragraphs()
    assert len(paragraphs) == 17
    assert paragraphs[0].startswith("Ukraine’s foreign ministry called in China’s ambassador")
    assert paragraphs[-1].startswith("Kyiv and its European allies")
    assert ("dateline", "KYIV (AFP) —") in {(p.kind, p.text) for p in article.removed}


def test_raw_metadata_wins_over_what_the_text_says() -> None:
    raw = RawArticle(
        text=" date 2024-01-01 200\nLONDON (Reuters) - Markets fell sharply on Monday as investors sold bank shares.",
        source="Wire Service",
        published_at="2024-01-02T10:00:00Z",
    )
    article = normalize_article(raw)
    assert article.source == "Wire Service"
    assert article.published_at == "2024-01-02T10:00:00Z"
    assert article.dateline == "LONDON"


@pytest.mark.parametrize(
    "text",
    [
        "Sorry!!\nError! We're sorry, but the page you were looking for doesn't exist.",
        "Advertisement\nComments are closed.",
        " date 2025-05-06 404",
    ],
)
def test_only_junk_is_rejected_as_empty(text: str) -> None:
    with pytest.raises(RejectedInput) as info:
        normalize_article(RawArticle(text=text))
    assert info.value.error == "empty_text"


def test_content_that_mentions_junk_words_survives() -> None:
    text = (
        "Senators debate copyright reform\n"
        "The committee heard comments from publishers who said the copyright bill would hurt small outlets.\n"
        "Related cases are pending in two federal courts, lawyers said on Thursday."
    )
    article = normalize_article(RawArticle(text=text))
    assert len(article.paragraphs()) == 2
