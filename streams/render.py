"""Human-readable rendering of records for ``tail`` and ``alerts``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.markup import escape
from rich.text import Text

from streams.consume import TopicRecord

_STANCE_STYLE = {"new_allegation": "bold red", "new_denial": "bold cyan"}


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "?"
    extra = ", ".join(str(x) for x in (actor.get("org"), actor.get("country")) if x)
    return f"{actor.get('name', actor.get('id', '?'))}" + (f" ({extra})" if extra else "")


def render_record(record: TopicRecord, value: Any) -> Text | str:
    where = f"[dim]{record.topic}[{record.partition}]@{record.offset}[/]"
    if not isinstance(value, dict):
        return f"{where} [red]undecodable value[/] {escape(repr((record.value or b'')[:80]))}"
    kind = value.get("kind")
    if kind == "alert":
        return render_alert(value)
    if kind == "article":
        flags = []
        if value.get("duplicate_of"):
            flags.append(f"duplicate of {value['duplicate_of']} ({value.get('similarity') or 0:.2f})")
        if value.get("statements"):
            flags.append(f"{len(value['statements'])} statement(s)")
        title = value.get("title") or " ".join((value.get("text") or "")[:80].split())
        return (
            f"{where} [bold]{escape(value['article_id'])}[/] {escape(value.get('source') or '-')} "
            f"{escape(value.get('published_at') or '-')} [italic]{escape(title)}[/] "
            f"{escape('; '.join(flags))}"
        )
    if kind == "rejected":
        return (
            f"{where} [yellow]rejected[/] {escape(value.get('error', '?'))}: {escape(value.get('message', ''))} "
            f"(from {escape(str(value.get('source', {}).get('topic')))}"
            f"[{value.get('source', {}).get('partition')}]@{value.get('source', {}).get('offset')})"
        )
    if kind == "claim":
        return (
            f"{where} [bold]{escape(value['claim_id'])}[/] {escape(value.get('claim', ''))} — "
            f"alleged by {len(value.get('alleged_by', []))}, denied by {len(value.get('denied_by', []))}, "
            f"{value.get('sources', 0)} source(s), {value.get('articles', 0)} article(s)"
        )
    return f"{where} {escape(str(value)[:200])}"


def render_alert(alert: dict[str, Any]) -> Text:
    when = alert.get("event_time", "?")
    try:
        stamp = dt.datetime.fromisoformat(when.replace("Z", "+00:00"))
        when = stamp.strftime("%Y-%m-%d %H:%M") if len(alert["event_time"]) > 10 else alert["event_time"]
    except (ValueError, AttributeError):
        pass
    kind = alert.get("type", "?")
    verb = "ALLEGES" if kind == "new_allegation" else "DENIES"
    text = Text()
    text.append(f"{when}  ", style="dim")
    text.append(
        f"{alert.get('severity', '?').upper():6} ", style="bold" if alert.get("severity") == "high" else ""
    )
    text.append(f"{_actor(alert.get('speaker'))} ", style="bold")
    text.append(f"{verb} ", style=_STANCE_STYLE.get(kind, ""))
    text.append(f"“{alert.get('claim', '')}”")
    if alert.get("target"):
        text.append(f"  against {_actor(alert['target'])}")
    evidence = alert.get("evidence") or {}
    text.append(f"\n    “{(evidence.get('quote') or '')[:160]}”", style="italic")
    text.append(f"  {evidence.get('url') or alert.get('article_id')}", style="dim")
    return text
