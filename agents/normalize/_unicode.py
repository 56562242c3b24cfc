"""Character-level cleanup: mojibake, NFC, spaces, dashes, quotes, invisible characters.

Quote rule: typographic quotes are KEPT as the source wrote them (’ ‘ “ ” « »), and
so are ASCII quotes; only look-alike variants (reversed, full-width, prime marks
used as quotes, doubled backticks) are mapped onto the standard curly forms. This
keeps the text byte-identical to well-formed sources, which later stages quote
verbatim, while removing rare code points that break matching.
Dash rule: en/em dashes are kept; hyphen/dash look-alikes become "-", "–" or "—".
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy

# Byte sequences UTF-8 text shows after a wrong Latin-1/cp1252 decode. Checking for
# them first keeps ftfy (slow) off clean text, i.e. almost all articles.
_MOJIBAKE_HINT = re.compile(
    "[ÃÂ][\x80-\xbf\u0152-\u2122]|â€|Ã[ \xa0]|â€™|Ð[\x80-\xbf]|Ñ[\x80-\xbf]|ï»¿|Å[\x80-\xbf\u0152-\u2122]"
)

_ENTITY_HINT = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")

_TRANSLATE = {
    # spaces
    **dict.fromkeys(
        [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x0009, 0x000B, 0x000C],
        " ",
    ),
    0x2028: "\n",
    0x2029: "\n",
    0x0085: "\n",
    # invisible characters (ZWJ/ZWNJ are handled separately: they matter in some scripts)
    **dict.fromkeys(
        [
            0x200B,
            0x2060,
            0xFEFF,
            0x00AD,
            0x200E,
            0x200F,
            0x202A,
            0x202B,
            0x202C,
            0x202D,
            0x202E,
            0x2066,
            0x2067,
            0x2068,
            0x2069,
            0x180E,
            0x034F,
        ],
        None,
    ),
    # dashes
    0x2010: "-",
    0x2011: "-",
    0x2012: "–",
    0x2015: "—",
    0xFE58: "—",
    0xFE63: "-",
    0xFF0D: "-",
    # quote look-alikes -> standard curly forms
    0x201B: "‘",  # ‛ reversed
    0x201F: "“",  # ‟ reversed
    0xFF02: '"',
    0xFF07: "'",
    0x301D: "“",
    0x301E: "”",
}
# C0/C1 control characters other than newline disappear.
_TRANSLATE.update(
    {c: None for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)]}
)
_TRANSLATE[0x0D] = "\n"
_TRANSLATE[0x0A] = "\n"

# str.translate is slow on long text; most articles need none of it, so look first (C-speed scan).
_NEEDS_TRANSLATE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE) if c not in (0x0A,)) + "]"
)

_BACKTICK_QUOTES = re.compile(r"``(.+?)''")
# ZWJ/ZWNJ are kept only between two non-ASCII letters (Persian, Indic scripts, emoji).
_ZW_JOINER = re.compile(r"(?<![^\W\d_\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?![^\W\d_\x00-\x7f])")
_SPACES = re.compile(r"[ ]{2,}")
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")
_MANY_NEWLINES = re.compile(r"\n{3,}")


_MOJIBAKE_LEADS = "ÃÂâÐÑïÅ"  # first characters of the hints: `in` scans are far cheaper than a regex


def looks_like_mojibake(text: str) -> bool:
    return any(lead in text for lead in _MOJIBAKE_LEADS) and _MOJIBAKE_HINT.search(text) is not None


def clean_text(text: str) -> str:
    """Repair and normalize characters; keeps line structure (single and blank lines)."""
    if looks_like_mojibake(text):
        # A closing curly quote double-encoded through cp1252 ends in byte 0x9d, which cp1252
        # lacks: scrapers show it as U+FFFD. Put the byte back so ftfy can repair the quote.
        text = text.replace("â€\ufffd", "â€\x9d")
        # One call over the whole text: ftfy costs ~1 ms per KB, per-line calls add overhead.
        text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_character_width=False)
    if _ENTITY_HINT.search(text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n")
    if _NEEDS_TRANSLATE.search(text):
        text = text.translate(_TRANSLATE)
    if "\u200c" in text or "\u200d" in text:
        text = _ZW_JOINER.sub("", text)
    if "``" in text:
        text = _BACKTICK_QUOTES.sub(r"“\1”", text)
    # Substitutions only when needed: the substring tests are far cheaper than a regex pass.
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


# Quote and dash variants dropped for comparison (replace() chains run at C speed,
# unlike a regex or translate pass over every paragraph).
_KEY_DROP = ("\u2019", "\u2018", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", '"', "'", "`")
_KEY_DASHES = ("\u2014", "\u2013")


def comparison_key(text: str) -> str:
    """Text for duplicate detection: case, quotes, dashes and spacing ignored."""
    key = text.casefold()
    for char in _KEY_DROP:
        if char in key:
            key = key.replace(char, "")
    for char in _KEY_DASHES:
        if char in key:
            key = key.replace(char, "-")
    # Lines come out of clean_text with single spaces; only dropped quotes can leave doubles.
    return " ".join(key.split()) if "  " in key or key[:1] == " " or key[-1:] == " " else key
