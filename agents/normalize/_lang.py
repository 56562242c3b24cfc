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
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= _MIN_PROBABILITY else None
