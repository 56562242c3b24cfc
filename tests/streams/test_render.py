from __future__ import annotations

from streams.consume import TopicRecord
from streams.render import render_alert, render_record

ALERT = {
    "kind": "alert",
    "type": "new_denial",
    "severity": "high",
    "event_time": "2025-03-04T08:05:00Z",
    "claim": "Russian military hackers attacked the port of Rotterdam",
    "speaker": {"id": "person:dmitry-peskov", "name": "Dmitry Peskov", "org": "Kremlin", "country": "RUS"},
    "target": {"id": "gov:NLD", "name": "Netherlands", "country": "NLD"},
    "evidence": {"quote": "These accusations are absolutely groundless.", "url": "https://wire.example/a"},
    "article_id": "art_1",
}


def test_alert_reads_as_who_stance_claim_source_time() -> None:
    text = render_alert(ALERT).plain
    assert text.startswith("2025-03-04 08:05")
    assert (
        "Dmitry Peskov (Kremlin, RUS) DENIES “Russian military hackers attacked the port of Rotterdam”"
        in text
    )
    assert "against Netherlands (NLD)" in text
    assert "https://wire.example/a" in text


def test_undecodable_record_is_shown_not_raised() -> None:
    record = TopicRecord("t", 0, 5, 0, None, b"\xff\x00")
    assert "undecodable" in render_record(record, None)
