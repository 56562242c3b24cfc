"""Metadata lines (dates, HTTP status, URLs), URL normalization and the article id."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = (
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_DATE_PATTERNS = [
    re.compile(_ISO),
    re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})", re.IGNORECASE),
    re.compile(_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.IGNORECASE),
]

_LABEL = re.compile(
    r"^(?P<label>date|dated|published|publish date|published on|posted|posted on|first published|"
    r"updated|last updated|modified|last modified|pubdate|date published)\b\s*(?:on|at)?\s*[:=-]?\s*",
    re.IGNORECASE,
)
# What may accompany a date on a metadata line: times, zones, weekdays, an HTTP status.
_DATE_LINE_NOISE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:GMT|UTC|[A-Z]{1,4}T|IST|CET|CEST|EST|EDT|PST|PDT|WIB|MSK)\b"
    r"|[+-]\d{2}:?\d{2}\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\b\.?"
    r"|\b(?:at|on|the|of)\b|\b[1-5]\d\d\b|[|,.·•/()\-–—:]",
    re.IGNORECASE,
)
_STATUS_LINE = re.compile(r"(?:http(?: status)?|status|status code)\s*[:=]?\s*[1-5]\d\d", re.IGNORECASE)
_URL_LINE = re.compile(
    r"(?:(?:url|link|source url|canonical|permalink)\s*[:=]\s*)?(?P<url>(?:https?://|www\.)\S+)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_READING_TIME = re.compile(
    r"(?:reading time|read time)?\s*:?\s*\d{1,3}\s*(?:-|\s)?min(?:ute)?s?(?: read)?", re.IGNORECASE
)


@dataclass(frozen=True)
class MetadataLine:
    published: str | None = None  # ISO date or date-time, if the line gives a publication date
    url: str | None = None


def find_date(text: str) -> str | None:
    """First valid calendar date in ``text`` as ISO (date-time kept only with an explicit zone)."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = _MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["m"])
            try:
                day = dt.date(int(groups["y"]), month, int(groups["d"]))
            except ValueError:
                continue
            if not 1990 <= day.year <= 2100:
                continue
            if groups.get("time") and groups.get("tz"):
                try:
                    stamp = dt.datetime.fromisoformat(match.group(0).replace("Z", "+00:00").replace(" ", "T"))
                except ValueError:
                    return day.isoformat()
                return stamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            return day.isoformat()
    return None


def parse_metadata_line(line: str) -> MetadataLine | None:
    """The line as metadata if it holds nothing but a date / status / URL / reading time."""
    text = line.strip()
    if len(text) > 120 or text.count(" ") > 14:  # metadata lines are short
        return None
    has_year = _YEAR.search(text) is not None
    # Cheap guards first: every metadata form has a URL marker or a digit.
    url_match = _URL_LINE.fullmatch(text) if ("http" in text or "www." in text) else None
    if url_match:
        url = url_match.group("url")
        return MetadataLine(url=url if url.lower().startswith("http") else "https://" + url)
    if not _DIGIT.search(text):
        return None
    if _STATUS_LINE.fullmatch(text) or _READING_TIME.fullmatch(text):
        return MetadataLine()
    if not has_year:  # every date form we read has a four-digit year
        return None
    label_match = _LABEL.match(text)
    label = label_match.group("label").lower() if label_match else ""
    rest = text[label_match.end() :] if label_match else text
    date = find_date(rest)
    if date is None:
        return None
    leftover = rest
    for pattern in _DATE_PATTERNS:
        leftover = pattern.sub(" ", leftover)
    leftover = _DATE_LINE_NOISE.sub(" ", leftover)
    if leftover.strip():
        return None
    # An "updated"/"modified" stamp is not the publication date: do not report it as one.
    is_update = label.startswith(("updated", "last", "modified"))
    return MetadataLine(published=None if is_update else date)


_TRACKING_PARAM = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|guccounter)$", re.IGNORECASE
)


def normalize_url(url: str) -> str:
    """Canonical form for identity: lower-case scheme and host, no fragment, no tracking params."""
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = parts.query and urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAM.match(k)]
    )
    path = parts.path.rstrip("/") or ""
    scheme = parts.scheme.lower()
    if scheme == "http":
        scheme = "https"  # the same page served over http and https is one article
    return urlunsplit((scheme, host, path, query, ""))


def article_id(url: str | None, source: str | None, text: str) -> str:
    """``art_`` + 20 hex chars of blake2b over the publisher identity and the normalized text.

    The identity is the normalized URL, else the source name: the same text under
    another URL/source is a republication and must get its own id.
    """
    if url:
        identity = "url:" + normalize_url(url)
    elif source:
        identity = "source:" + " ".join(source.split()).casefold()
    else:
        identity = "none:"
    digest = hashlib.blake2b(digest_size=10)
    digest.update(identity.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(text.encode("utf-8"))
    return "art_" + digest.hexdigest()
