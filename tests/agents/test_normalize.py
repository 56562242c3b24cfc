"""Tests for the normalization stage (agents.normalize)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from agents.errors import RejectedInput
from agents.normalize import normalize_article
from agents.normalize._bench import bench_normalize, build_articles
from agents.normalize._unicode import clean_text
from schemas.models import Article, RawArticle

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DIR = REPO_ROOT / "tests" / "fixtures" / "normalize"
SEEDS_DIR = REPO_ROOT / ".." / "shared" / "seeds"
ID_PATTERN = re.compile(r"art_[0-9a-f]{20}")


# --- fixture corpus ------------------------------------------------------------------


def _fixture_names() -> list[str]:
    return sorted(p.name.removesuffix(".expected.json") for p in FIXTURE_DIR.glob("*.expected.json"))


def _load_fixture(name: str) -> tuple[RawArticle, dict]:
    expected = json.loads((FIXTURE_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))
    meta_path = FIXTURE_DIR / f"{name}.meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    html_path = FIXTURE_DIR / f"{name}.html"
    if html_path.exists():
        raw = RawArticle(html=html_path.read_text(encoding="utf-8"), input=str(html_path), **meta)
    else:
        text_path = FIXTURE_DIR / f"{name}.txt"
        raw = RawArticle(text=text_path.read_text(encoding="utf-8"), input=str(text_path), **meta)
    return raw, expected


def _tokens(text: str) -> Counter[str]:
    return Counter(text.split())


def test_fixture_corpus_is_large_and_varied() -> None:
    names = _fixture_names()
    assert len(names) >= 30
    languages = {json.loads((FIXTURE_DIR / f"{n}.expected.json").read_text())["language"] for n in names}
    assert {"en", "fr", "es"} <= languages
    assert any((FIXTURE_DIR / f"{n}.html").exists() for n in names)
    assert any((FIXTURE_DIR / f"{n}.meta.json").exists() for n in names)


@pytest.mark.parametrize("name", _fixture_names())
def test_fixture(name: str) -> None:
    raw, expected = _load_fixture(name)
    article = normalize_article(raw)

    assert article.paragraphs() == expected["paragraphs"]
    assert article.text == "\n\n".join(expected["paragraphs"])
    assert article.title == expected["title"]
    assert article.source == expected["source"]
    assert article.dateline == expected["dateline"]
    assert article.published_at == expected["published_at"]
    assert article.language == expected["language"]
    assert article.url == expected["url"]
    assert article.input == raw.input
    assert ID_PATTERN.fullmatch(article.article_id)

    kinds = {part.kind for part in article.removed}
    missing = set(expected["removed_kinds"]) - kinds
    assert not missing, f"removed kinds missing: {missing}; got {sorted(kinds)}"
    for part in article.removed:
        assert part.text.strip(), part
        # Removed text never leaks back into the body (titles are allowed to be quoted there).
        if part.kind not in ("dateline", "duplicate_paragraph", "caption") and len(part.text) > 20:
            assert part.text not in expected["paragraphs"], part


@pytest.mark.parametrize("name", [n for n in _fixture_names() if (FIXTURE_DIR / f"{n}.txt").exists()])
def test_fixture_nothing_disappears_unexplained(name: str) -> None:
    """Every word of the (character-cleaned) input is in the text or in a removed part."""
    raw, _ = _load_fixture(name)
    article = normalize_article(raw)
    kept = _tokens(article.text) + _tokens(" ".join(part.text for part in article.removed))
    assert kept == _tokens(clean_text(raw.body()))


# --- the two real seed articles ----------------------------------------------------------

KREMLIN_PARAGRAPH_STARTS = [
    "The Kremlin has rejected Ukrainian President Vladimir Zelensky’s assertion",
    "Peskov emphasized that Beijing remains a neutral party",
    "Beijing firmly denied the accusations.",
    "Criticism also came from within Ukraine.",
    "Ukraine has previously accused Iran and North Korea",
]


def _seed(name: str) -> str:
    path = SEEDS_DIR / name
    if not path.exists():
        pytest.skip(f"seed articles not available: {SEEDS_DIR.resolve()} has no {name}")
    return path.read_text(encoding="utf-8")


def test_seed_000_menafn_error_page_repeats_and_disclaimer() -> None:
    raw_text = _seed("000_db598f0dae3c7851.txt")
    article = normalize_article(RawArticle(text=raw_text))

    assert article.title == "Kremlin reacts to allegations of Chinese involvement in Ukraine war"
    assert article.published_at == "2025-05-06"
    assert article.source == "MENAFN"
    assert article.dateline is None
    assert article.language == "en"
    paragraphs = article.paragraphs()
    assert len(paragraphs) == 5
    for paragraph, start in zip(paragraphs, KREMLIN_PARAGRAPH_STARTS, strict=True):
        assert paragraph.startswith(start)
    # Each body paragraph is exactly one line of the raw file (the first without "(MENAFN) ").
    raw_lines = [line.strip() for line in raw_text.splitlines()]
    assert paragraphs[0] == raw_lines[4].removeprefix("(MENAFN) ")
    assert paragraphs[1:] == raw_lines[5:9]

    junk = [
        "Sorry!!",
        "page you were looking for",
        "Legal Disclaimer",
        "without warranty",
        "CommentsNo comment",
        "403",
    ]
    for phrase in junk:
        assert phrase not in article.text
        assert any(phrase in part.text for part in article.removed), phrase
    kinds = [part.kind for part in article.removed]
    assert kinds.count("duplicate_paragraph") == 4
    assert {"metadata", "error_page", "title", "dateline", "disclaimer", "comments"} <= set(kinds)
    assert {"kind": "dateline", "text": "(MENAFN)"} in [p.model_dump() for p in article.removed]


def test_seed_004_afp_dateline() -> None:
    raw_text = _seed("004_959ebf8c56348d7f.txt")
    article = normalize_article(RawArticle(text=raw_text))

    assert article.source == "AFP"
    assert article.dateline == "KYIV"
    assert article.title is None
    assert article.language == "en"
    raw_lines = [line.strip() for line in raw_text.splitlines() if line.strip()]
    assert len(raw_lines) == 17
    expected = [raw_lines[0].removeprefix("KYIV (AFP) — "), *raw_lines[1:]]
    assert article.paragraphs() == expected
    assert [p.model_dump() for p in article.removed] == [{"kind": "dateline", "text": "KYIV (AFP) —"}]


# --- identity -----------------------------------------------------------------------------

BODY = (
    "The port authority said on Monday that container traffic rose by a fifth in the first quarter.\n"
    "Officials credited new cranes installed last year for the faster turnaround of ships."
)


def test_same_input_same_id() -> None:
    raw = RawArticle(text=BODY, url="https://a.example/story")
    assert normalize_article(raw).article_id == normalize_article(raw.model_copy()).article_id
    # Redelivery with another fetch time or input position is the same article.
    later = RawArticle(
        text=BODY, url="https://a.example/story", fetched_at="2031-01-02T00:00:00Z", input="x:9"
    )
    assert normalize_article(later).article_id == normalize_article(raw).article_id


def test_same_text_other_url_or_source_gets_other_id() -> None:
    ids = {
        normalize_article(RawArticle(text=BODY, url="https://a.example/story")).article_id,
        normalize_article(RawArticle(text=BODY, url="https://b.example/story")).article_id,
        normalize_article(RawArticle(text=BODY, source="Outlet A")).article_id,
        normalize_article(RawArticle(text=BODY, source="Outlet B")).article_id,
        normalize_article(RawArticle(text=BODY)).article_id,
    }
    assert len(ids) == 5
    assert all(ID_PATTERN.fullmatch(i) for i in ids)


def test_url_normalization_for_id() -> None:
    base = normalize_article(RawArticle(text=BODY, url="https://a.example/story")).article_id
    for variant in (
        "https://www.A.example/story/",
        "http://a.example/story#comments",
        "https://a.example/story?utm_source=x&utm_medium=y",
    ):
        assert normalize_article(RawArticle(text=BODY, url=variant)).article_id == base, variant
    other = normalize_article(RawArticle(text=BODY, url="https://a.example/story?page=2")).article_id
    assert other != base


def test_different_text_different_id() -> None:
    first = normalize_article(RawArticle(text=BODY, url="https://a.example/story"))
    second = normalize_article(RawArticle(text=BODY + " It was a record.", url="https://a.example/story"))
    assert first.article_id != second.article_id


def test_junk_does_not_change_id() -> None:
    clean = normalize_article(RawArticle(text=BODY, url="https://a.example/s"))
    noisy = normalize_article(
        RawArticle(text="Advertisement\n" + BODY + "\nCommentsNo comment", url="https://a.example/s")
    )
    assert noisy.text == clean.text
    assert noisy.article_id == clean.article_id


def test_input_argument_and_output_validates() -> None:
    article = normalize_article(RawArticle(text=BODY, input="feed.jsonl:3"), input="override.jsonl:7")
    assert article.input == "override.jsonl:7"
    assert normalize_article(RawArticle(text=BODY, input="feed.jsonl:3")).input == "feed.jsonl:3"
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article


# --- metadata -------------------------------------------------------------------------------


def test_published_at_precedence() -> None:
    text = "date 2031-03-04 200\n" + BODY
    assert normalize_article(RawArticle(text=text)).published_at == "2031-03-04"
    given = RawArticle(text=text, published_at="2031-05-06T07:08:09Z")
    assert normalize_article(given).published_at == "2031-05-06T07:08:09Z"
    # An update stamp is not a publication date; nothing is invented.
    assert normalize_article(RawArticle(text="Updated: 2031-03-04\n" + BODY)).published_at is None
    assert normalize_article(RawArticle(text=BODY)).published_at is None


def test_url_first_line_does_not_override_raw_url() -> None:
    text = "https://mirror.example/copy\n" + BODY
    assert normalize_article(RawArticle(text=text)).url == "https://mirror.example/copy"
    article = normalize_article(RawArticle(text=text, url="https://origin.example/story"))
    assert article.url == "https://origin.example/story"
    assert {"kind": "metadata", "text": "https://mirror.example/copy"} in [
        p.model_dump() for p in article.removed
    ]


@pytest.mark.parametrize(
    ("opening", "dateline", "source"),
    [
        ("WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"),
        ("LONDON, March 3 (Reuters) - ", "LONDON", "Reuters"),
        ("NEW DELHI: ", "NEW DELHI", None),
        ("KYIV (AFP) — ", "KYIV", "AFP"),
        ("(MENAFN) ", None, "MENAFN"),
        ("SAN JUAN, Puerto Rico (AP) — ", "SAN JUAN, Puerto Rico", "AP"),
        ("PARIS — ", "PARIS", None),
        ("MOSCOW, May 6. /TASS/. ", "MOSCOW", "TASS"),
        ("New Delhi, May 6 (PTI) ", "New Delhi", "PTI"),
        ("Tehran, IRNA -- ", "Tehran", "IRNA"),
        ("WASHINGTON, D.C. — ", "WASHINGTON, D.C.", None),
        ("ABUJA, Nigeria, May 6 (NAN) – ", "ABUJA, Nigeria", "NAN"),
    ],
)
def test_dateline_forms(opening: str, dateline: str | None, source: str | None) -> None:
    first = "Officials said on Tuesday that the talks would resume next week in the capital."
    article = normalize_article(RawArticle(text=opening + first + "\n" + BODY))
    assert article.dateline == dateline
    assert article.source == source
    assert article.paragraphs()[0] == first
    assert article.removed[0].kind == "dateline"
    assert article.removed[0].text == opening.strip()


def test_labels_are_not_datelines() -> None:
    text = (
        "BREAKING: Officials said on Tuesday that the talks would resume next week in the capital.\n" + BODY
    )
    article = normalize_article(RawArticle(text=text))
    assert article.dateline is None
    assert article.paragraphs()[0].startswith("BREAKING: ")


def test_raw_source_wins_over_detected_agency() -> None:
    text = "KYIV (AFP) — Officials said on Tuesday that the talks would resume next week.\n" + BODY
    assert normalize_article(RawArticle(text=text, source="Kyiv Daily")).source == "Kyiv Daily"
    assert normalize_article(RawArticle(text=text)).source == "AFP"


def test_byline_agency() -> None:
    article = normalize_article(RawArticle(text="By Jane Doe, Associated Press\n" + BODY))
    assert article.source == "AP"
    assert article.removed[0].model_dump() == {"kind": "byline", "text": "By Jane Doe, Associated Press"}
    # A name that spells an agency abbreviation in lower case is not an agency.
    assert normalize_article(RawArticle(text="By Nan Li\n" + BODY)).source is None


# --- conservative: body text that mentions junk words survives ------------------------------


def test_body_mentioning_junk_words_survives() -> None:
    paragraphs = [
        "Comments made by the minister during the debate drew criticism from opposition parties on Monday.",
        "The court ruled that the copyright on the song had expired, all rights reserved by the estate notwithstanding.",
        "Share prices fell sharply after the announcement, and analysts said the disclaimer in the filing was unusual.",
        "Readers who subscribe to the theory that the error was deliberate were not convinced by the explanation.",
        "Research by Oxford University found that most patients recovered within weeks.",
        "Access denied to journalists, the group said the event was closed to the press.",
        "Register voters now, the commission urged citizens in a statement on Monday.",
        "The views expressed by the minister were widely criticised by opposition parties.",
        "(c) the minister shall publish the list of approved suppliers.",
        "Video — shot on a phone by a bystander — showed the officer striking the man.",
        "Something went wrong at the plant, the operator said, and workers were evacuated.",
        "Try again, the coach told his players after the defeat on Sunday evening.",
    ]
    article = normalize_article(RawArticle(text="\n".join(paragraphs)))
    assert article.paragraphs() == paragraphs
    assert article.removed == []


# --- rejection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        RawArticle(text=""),
        RawArticle(text="   \n\t \n"),
        RawArticle(),
        RawArticle(text="Sorry!!\n404 Not Found\nPlease enable JavaScript to continue.\nCommentsNo comment"),
        RawArticle(text="Access denied\nAdvertisement\nShare\n© 2031 Example Media. All rights reserved."),
        RawArticle(html="<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>"),
        RawArticle(text="\u200b\u200b\ufeff\n\u00a0"),
    ],
)
def test_rejects_empty_or_junk_only(raw: RawArticle) -> None:
    with pytest.raises(RejectedInput) as caught:
        normalize_article(raw)
    assert caught.value.error == "empty_text"
    assert caught.value.message


# --- unicode ---------------------------------------------------------------------------------


def test_unicode_cleanup() -> None:
    decomposed = unicodedata.normalize(
        "NFD", "Le café de la gare a rouvert ses portes après des travaux de rénovation."
    )
    text = (
        decomposed
        + "\nThe\u00a0mayor\u200b said\u2009the  project\u00ad cost \u201cless than expected\u201d\x07 and isn’t finished \u2015 yet."
    )
    article = normalize_article(RawArticle(text=text))
    first, second = article.paragraphs()
    assert first == "Le café de la gare a rouvert ses portes après des travaux de rénovation."
    assert unicodedata.is_normalized("NFC", article.text)
    # Curly quotes and apostrophes are kept; look-alike dashes become standard ones.
    assert second == "The mayor said the project cost “less than expected” and isn’t finished — yet."


def test_straight_quotes_are_kept() -> None:
    line = 'The minister said "we will not give up" and left, officials said on Friday evening.'
    assert normalize_article(RawArticle(text=line)).text == line


def test_mojibake_is_repaired() -> None:
    broken = "The councilâ€™s â€œemergencyâ€\x9d budget was approved on Tuesday after a long debate in the chamber."
    article = normalize_article(RawArticle(text=broken))
    assert (
        article.text
        == "The council’s “emergency” budget was approved on Tuesday after a long debate in the chamber."
    )


def test_zero_width_joiner_kept_inside_persian_words() -> None:
    text = "وزارت امور خارجه روز سه\u200cشنبه اعلام کرد که گفت\u200cوگوها هفته آینده در پایتخت ادامه خواهد یافت و هیئت\u200cها آماده هستند."
    article = normalize_article(RawArticle(text=text))
    assert "\u200c" in article.text
    assert article.text == text
    assert article.language == "fa"


def test_html_entities_in_text_are_decoded() -> None:
    article = normalize_article(
        RawArticle(
            text="Profits at Smith &amp; Sons rose 5% &ndash; the best year since 2019, the company said."
        )
    )
    assert article.text == "Profits at Smith & Sons rose 5% – the best year since 2019, the company said."


# --- language --------------------------------------------------------------------------------


def test_language_none_for_short_text() -> None:
    article = normalize_article(RawArticle(text="Talks resume."))
    assert article.language is None
    assert article.text == "Talks resume."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El gobierno anunció el martes un nuevo plan para reducir las emisiones de las centrales eléctricas.",
            "es",
        ),
        (
            "Le gouvernement a annoncé mardi un nouveau plan pour réduire les émissions des centrales électriques.",
            "fr",
        ),
        (
            "Die Regierung kündigte am Dienstag einen neuen Plan zur Senkung der Emissionen von Kraftwerken an.",
            "de",
        ),
        (
            "The government announced a new plan on Tuesday to cut emissions from power stations across the country.",
            "en",
        ),
    ],
)
def test_language_identification(text: str, language: str) -> None:
    assert normalize_article(RawArticle(text=text)).language == language


# --- repeated paragraphs and captions ---------------------------------------------------------


def test_duplicate_detection_ignores_quotes_and_spacing() -> None:
    first = "He said the plan was “unworkable” and   would be withdrawn by the end of the month."
    again = 'He said the plan was "unworkable" and would be withdrawn by the end of the month.'
    article = normalize_article(RawArticle(text=f"{first}\n{BODY}\n{again}"))
    assert (
        article.paragraphs()[0]
        == "He said the plan was “unworkable” and would be withdrawn by the end of the month."
    )
    assert len(article.paragraphs()) == 3
    assert article.removed[-1].model_dump() == {"kind": "duplicate_paragraph", "text": again}


# --- benchmark helper ---------------------------------------------------------------------------


def test_bench_helper_runs() -> None:
    articles = build_articles(40)
    assert len(articles) == 40
    assert all(2500 <= len(a.body()) <= 6000 for a in articles)
    result = bench_normalize(40)
    assert result["articles"] == 40
    assert result["seconds"] > 0
    assert result["articles_per_s"] > 0


def test_dateline_after_standfirst_and_byline() -> None:
    text = (
        "Storm batters coast\n"
        "Thousands without power as winds reach 150 km/h\n"
        "By Ana Ruiz\n"
        "LISBON (Reuters) - A powerful storm battered the coast on Tuesday, leaving thousands of homes "
        "without power and uprooting trees.\n"
        "Officials said schools would stay closed on Wednesday in the worst-hit districts."
    )
    article = normalize_article(RawArticle(text=text))
    assert article.title == "Storm batters coast"
    assert (article.dateline, article.source) == ("LISBON", "Reuters")
    assert article.paragraphs() == [
        "Thousands without power as winds reach 150 km/h",
        "A powerful storm battered the coast on Tuesday, leaving thousands of homes without power "
        "and uprooting trees.",
        "Officials said schools would stay closed on Wednesday in the worst-hit districts.",
    ]
    assert [p.kind for p in article.removed] == ["title", "byline", "dateline"]


def test_html_with_mojibake_is_repaired_once() -> None:
    page = (
        "<html><body><h1>Minister\u00e2\u20ac\u2122s plan</h1>"
        "<p>The minister\u00e2\u20ac\u2122s plan was approved on Monday after a long debate in parliament.</p>"
        "</body></html>"
    )
    article = normalize_article(RawArticle(html=page))
    assert article.title == "Minister’s plan"
    assert article.text == "The minister’s plan was approved on Monday after a long debate in parliament."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("All rights reserved.", "copyright"),
        ("Example Media Ltd. All rights reserved.", "copyright"),
        ("Advertisement - Scroll to continue", "advertisement"),
        ("Read more: Ministers meet to discuss the budget", "related_links"),
        ("Sign up for our morning newsletter", "promo"),
        ("Follow us on Twitter and Facebook", "promo"),
        ("(Photo by Jane Doe/Getty Images)", "credit"),
        ("Police officers stand guard outside the court on Monday. REUTERS/John Smith", "caption"),
        ("Leave a Reply", "comments"),
        ("404 Not Found", "error_page"),
        ("Please enable JavaScript in your browser to continue.", "error_page"),
        ("We use cookies to personalise content and ads.", "cookie_notice"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Editing by Jane Doe", "credit"),
    ],
)
def test_junk_line_kinds(line: str, kind: str) -> None:
    article = normalize_article(RawArticle(text=f"{BODY}\n{line}\n{BODY}"))
    assert article.paragraphs() == BODY.split("\n")
    assert [p.kind for p in article.removed if p.text == line] == [kind]
