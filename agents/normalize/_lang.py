"""Language identification with py3langid on a bounded prefix of the text."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Classification cost grows linearly with length (a Python loop per byte); a few
# hundred characters of news prose are enough to decide reliably.
_PREFIX_CHARS = 200
_MIN_CHARS = 40
_MIN_WORDS = 6
_MIN_PROBABILITY = 0.70


# The commonest English function words. Prose where they make up a fifth of the
# words is English beyond doubt; skipping the model there saves a third of the stage's time.
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "as",
        "by",
        "it",
        "said",
        "at",
        "from",
        "his",
        "an",
        "be",
        "has",
        "have",
        "are",
        "were",
        "not",
        "this",
        "which",
        "but",
        "had",
        "its",
        "their",
        "after",
        "who",
        "been",
        "he",
        "they",
        "will",
        "would",
        "also",
        "than",
    ]
)
_ENGLISH_SHARE = 0.22
_FAST_PATH_MIN_WORDS = 20


def _clearly_english(text: str) -> bool:
    words = text[:600].casefold().split()
    if len(words) < _FAST_PATH_MIN_WORDS:
        return False
    hits = sum(1 for word in words if word in _ENGLISH_FUNCTION_WORDS)
    return hits / len(words) >= _ENGLISH_SHARE


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or the model is unsure."""
    sample = text[:_PREFIX_CHARS]
    if len(text) > _PREFIX_CHARS:
        sample = sample.rsplit(" ", 1)[0]  # no half word at the cut
    if len(sample) < _MIN_CHARS or len(sample.split()) < _MIN_WORDS:
        return None
    if _clearly_english(text):
        return "en"
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= _MIN_PROBABILITY else None
