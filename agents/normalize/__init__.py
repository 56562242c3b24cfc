"""Normalization stage: scraped text or HTML -> a clean :class:`schemas.Article`.

Public API: :func:`normalize_article` (pure, synchronous, deterministic).

What it does, in order:

1. **Markup** - HTML (detected by its tags) is reduced to one line per block
   element with the stdlib parser; script/style/nav/aside/footer/form content and
   the ``<title>`` are set aside as removed parts; ``<h1>`` is the title,
   ``<figcaption>`` a caption; ``og:url``/canonical and ``article:published_time``
   fill url/published_at when the producer did not.
2. **Characters** - mojibake repaired with ftfy (only when a cheap check finds
   its traces), HTML entities decoded, NFC, exotic spaces -> space, zero-width and
   control characters removed (ZWJ/ZWNJ kept between letters of scripts that need
   them), whitespace collapsed. Quote rule: typographic and ASCII quotes are kept
   as written; only look-alikes (reversed, full-width, ``...''``) become ‘ ’ “ ”.
   Dashes: – and — kept, look-alikes mapped to - – —.
3. **Lines** - one paragraph per line; blocks hard-wrapped at a fixed width (with
   blank lines between paragraphs) are re-joined.
4. **Junk** - each whole line is matched against the patterns in
   ``agents/data/normalize/line_patterns.txt`` (error pages, cookie notices,
   disclaimers, comment widgets, related-link lists, promos, share prompts,
   adverts, copyright, captions, credits, navigation). Block headers (``Legal
   Disclaimer:``, ``Leave a Reply``, ``Recommended``) take the lines of their
   block; "edge" patterns apply only before the first / after the last body
   paragraph. Metadata lines (a date, an HTTP status, a URL) are read and removed.
5. **Title, byline, dateline** - a short unpunctuated first line followed by body
   text is the title; ``By ...`` lines are bylines; a dateline/agency prefix on the
   first body paragraph (``KYIV (AFP) —``, ``LONDON, March 3 (Reuters) -``,
   ``(MENAFN)``, ``NEW DELHI:``) is cut off and gives ``dateline`` and the agency.
6. **Repeats** - a paragraph seen before (ignoring case, quotes, dashes, spacing)
   is a ``duplicate_paragraph``; a short line repeated back to back is a caption.

Every removed piece is listed in ``Article.removed`` with its kind, in document
order, so nothing disappears unexplained. ``source`` is ``raw.source`` if given,
else the detected agency (canonical names from ``agencies.json``: AP, AFP,
Reuters, ...), else the HTML site name. ``published_at`` is ``raw.published_at``,
else a publication date from a metadata line or HTML meta, else None ("updated"
stamps are not used). ``language`` is py3langid's ISO 639-1 code for the first
200 characters, None when the text is too short or the model is unsure.
``article_id`` = ``art_`` + blake2b-80 over the normalized URL (else the source)
and the text: the same text under another URL/source gets another id.

An input with no body left raises ``RejectedInput("empty_text", ...)``.
"""

from agents.normalize._core import normalize_article

__all__ = ["normalize_article"]
