"""The ``claimwatch`` command line."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from streams import topics as catalog
from streams.settings import Settings, get_settings

stderr = Console(stderr=True, soft_wrap=True, highlight=False)
stdout = Console()

app = typer.Typer(
    name="claimwatch",
    help="Event-driven stream processor for news: normalize, deduplicate, tag actors and stance, "
    "track claims and alert on new allegations and denials.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
kafka_app = typer.Typer(help="A local single-node Kafka broker (KRaft) on 127.0.0.1.", no_args_is_help=True)
topics_app = typer.Typer(help="The namespace's topics.", no_args_is_help=True)
schemas_app = typer.Typer(help="JSON Schemas of the records.", no_args_is_help=True)
app.add_typer(kafka_app, name="kafka")
app.add_typer(topics_app, name="topics")
app.add_typer(schemas_app, name="schemas")

NamespaceOption = Annotated[
    str | None,
    typer.Option(
        "--namespace", "-n", help="Topic namespace (default: $CLAIMWATCH_NAMESPACE or 'claimwatch')."
    ),
]


def _settings(namespace: str | None = None) -> Settings:
    settings = get_settings()
    if namespace:
        settings = settings.model_copy(update={"namespace": Settings(namespace=namespace).namespace})
    return settings


def _fail(message: str, code: int = 1) -> typer.Exit:
    stderr.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False)
    return typer.Exit(code)


def _run(coro: Any) -> Any:
    from streams.admin import BrokerUnavailable

    try:
        return asyncio.run(coro)
    except BrokerUnavailable as exc:
        raise _fail(str(exc)) from None
    except LookupError as exc:
        raise _fail(str(exc.args[0] if exc.args else exc)) from None


def _feed_files(paths: list[Path]) -> list[Path]:
    from streams.inputs import FeedError, expand_paths

    try:
        files = expand_paths(paths)
    except FeedError as exc:
        raise _fail(str(exc), 2) from None
    if not files:
        raise _fail("no .txt, .jsonl or .html files found in the given paths", 2)
    return files


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        TextColumn("{task.fields[rate]:>8.0f}/s"),
        TimeElapsedColumn(),
        console=stderr,
        disable=not enabled,
        transient=False,
    )


# -- kafka ---------------------------------------------------------------------


def _local_kafka():
    from streams.kafka_local import LocalKafka

    return LocalKafka(get_settings())


@kafka_app.command("up")
def kafka_up() -> None:
    """Fetch the broker jars (Maven, first time only), format storage and start the broker; waits until ready."""
    from streams.kafka_local import LocalKafkaError

    try:
        _local_kafka().up(log=lambda msg: stderr.print(msg))
    except LocalKafkaError as exc:
        raise _fail(str(exc)) from None


@kafka_app.command("down")
def kafka_down() -> None:
    """Stop the broker started by `claimwatch kafka up` (its data is kept)."""
    _local_kafka().down(log=lambda msg: stderr.print(msg))


@kafka_app.command("status")
def kafka_status() -> None:
    """Say whether a broker answers on the configured port; exit 1 if none does."""
    kafka = _local_kafka()
    stdout.print(kafka.status())
    if not kafka.reachable():
        raise typer.Exit(1)


@kafka_app.command("reset")
def kafka_reset() -> None:
    """Delete the local broker's data and the worker's table state (the broker must be stopped)."""
    from streams.kafka_local import LocalKafkaError

    try:
        _local_kafka().reset()
    except LocalKafkaError as exc:
        raise _fail(str(exc)) from None
    # The tables' RocksDB state mirrors changelog topics that are gone now: a worker that found it
    # would refuse to start (faust: "persisted offset ... higher than the last offset").
    state = get_settings().data_dir
    shutil.rmtree(state, ignore_errors=True)
    stderr.print(f"local Kafka data and worker state ({state}) deleted")


# -- topics --------------------------------------------------------------------


@topics_app.command("create")
def topics_create(namespace: NamespaceOption = None) -> None:
    """Create the namespace's topics (the worker and replay do this too)."""
    from streams.admin import ensure_topics

    settings = _settings(namespace)
    created = _run(ensure_topics(settings))
    stderr.print(f"created {len(created)} topic(s) in namespace {settings.namespace}")
    for name in created:
        stdout.print(name)


@topics_app.command("list")
def topics_list(namespace: NamespaceOption = None) -> None:
    """List the catalog: every topic, its key, schema and purpose."""
    from rich.table import Table

    settings = _settings(namespace)
    table = Table("topic", "key", "schema", "retention", "purpose")
    for spec in catalog.CATALOG:
        table.add_row(
            catalog.topic_name(spec, settings.namespace),
            spec.key,
            spec.schema or "internal",
            spec.retention.value,
            spec.description,
        )
    stdout.print(table)


@topics_app.command("delete")
def topics_delete(
    namespace: Annotated[str, typer.Option("--namespace", "-n", help="Namespace to delete (required).")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
) -> None:
    """Delete every topic of a namespace, changelogs included (for sandboxes)."""
    from streams.admin import delete_namespace_topics

    if not yes and not typer.confirm(f"delete all topics of namespace {namespace!r}?"):
        raise typer.Exit(1)
    deleted = _run(delete_namespace_topics(_settings(namespace)))
    stderr.print(f"deleted {len(deleted)} topic(s)")


# -- schemas -------------------------------------------------------------------


@schemas_app.command("export")
def schemas_export(
    directory: Annotated[Path, typer.Argument(help="Where to write the JSON Schema files.")] = Path(
        "schemas/json"
    ),
) -> None:
    """Write one JSON Schema file per record type."""
    from schemas.export import export

    for path in export(directory):
        stdout.print(str(path))


# -- worker --------------------------------------------------------------------


@app.command()
def worker(namespace: NamespaceOption = None) -> None:
    """Run the Faust worker (all agents). Creates the namespace's topics first."""
    import faust

    from streams.admin import ensure_topics
    from streams.app import create_app

    settings = _settings(namespace)
    created = _run(ensure_topics(settings))
    if created:
        stderr.print(f"created {len(created)} topic(s)")
    faust_app = create_app(settings)
    faust_worker = faust.Worker(faust_app, loglevel=settings.log_level.upper(), quiet=True)
    faust_worker.execute_from_commandline()


# -- replay --------------------------------------------------------------------


@app.command()
def replay(
    paths: Annotated[list[Path], typer.Argument(help="Feed files (.txt, .jsonl, .html) or directories.")],
    namespace: NamespaceOption = None,
    rate: Annotated[
        float | None, typer.Option("--rate", min=0.001, help="Limit to N articles per second.")
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
    ] = True,
) -> None:
    """Feed archived articles into the raw topic of a namespace (a sandbox with --namespace)."""
    from streams.replay import replay as run_replay

    settings = _settings(namespace)
    files = _feed_files(paths)
    with _progress(progress and stderr.is_terminal) as bar:
        task = bar.add_task(f"replay → {settings.namespace}", total=None, rate=0.0)
        counter = _RateCounter(bar, task)
        result = _run(run_replay(settings, files, rate=rate, on_record=counter))
    stderr.print(
        f"replayed {result.sent} article(s) into {catalog.topic_name(catalog.RAW, settings.namespace)} "
        f"in {result.seconds:.1f}s ({result.rate:.0f}/s)"
    )


class _RateCounter:
    """Advances a progress task per record; shows records/s."""

    def __init__(self, bar: Progress, task: Any) -> None:
        self.bar, self.task, self.count = bar, task, 0
        self.started = time.monotonic()

    def __call__(self, record: Any) -> None:
        self.count += 1
        if self.count % 50 == 0 or self.count < 50:
            elapsed = time.monotonic() - self.started or 1e-9
            self.bar.update(self.task, completed=self.count, rate=self.count / elapsed)


# -- analyze -------------------------------------------------------------------


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="Feed files (.txt, .jsonl, .html) or directories.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write JSON Lines here instead of stdout.")
    ] = None,
    rejected: Annotated[
        bool,
        typer.Option("--rejected/--no-rejected", help="Also print dead letters as kind 'rejected' lines."),
    ] = False,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
    ] = True,
) -> None:
    """Run every stage in-process (no broker) and print JSON Lines: articles, each followed by its alerts."""
    files = _feed_files(paths)
    from streams.pipeline import Pipeline

    pipeline = Pipeline(get_settings())
    sink = output.open("wb") if output else sys.stdout.buffer
    try:
        with _progress(progress and stderr.is_terminal) as bar:
            task = bar.add_task("analyze", total=None, rate=0.0)
            counter = _RateCounter(bar, task)
            for record in _iter_feed(files):
                for out in pipeline.process(record):
                    if out.kind == "rejected":  # type: ignore[attr-defined]
                        stderr.print(
                            f"[yellow]rejected[/] {escape(f'{out.input}: {out.error}: {out.message}')}"
                        )  # type: ignore[attr-defined]
                        if not rejected:
                            continue
                    sink.write(orjson.dumps(out.model_dump(mode="json")) + b"\n")
                counter(record)
            sink.flush()
    finally:
        if output:
            sink.close()
    counts = pipeline.counts
    stderr.print(
        f"{counts.articles} article(s), {counts.duplicates} duplicate(s), {counts.alerts} alert(s), "
        f"{counts.rejected} rejected"
    )


def _iter_feed(files: list[Path]):
    from streams.inputs import FeedError, read_feed

    try:
        yield from read_feed(files)
    except FeedError as exc:
        raise _fail(str(exc), 2) from None


# -- tail / alerts -------------------------------------------------------------


@app.command()
def tail(
    topic: Annotated[
        str, typer.Argument(help="Topic, by catalog name (alerts, articles.normalized, ...) or full name.")
    ],
    namespace: NamespaceOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print raw JSON records, one a line.")] = False,
    from_beginning: Annotated[
        bool, typer.Option("--from-beginning", "-b", help="Start at the oldest record.")
    ] = False,
    max_records: Annotated[int | None, typer.Option("--max", help="Stop after N records.")] = None,
    idle_timeout: Annotated[
        float | None, typer.Option("--idle-timeout", help="Stop after S seconds without a record.")
    ] = None,
) -> None:
    """Follow a topic: pretty by default, --json for machines."""
    settings = _settings(namespace)
    try:
        spec = catalog.by_name(topic)
    except KeyError as exc:
        raise _fail(str(exc.args[0]), 2) from None
    _follow(
        settings,
        catalog.topic_name(spec, settings.namespace),
        lambda value: True,
        json_output=json_output,
        from_beginning=from_beginning,
        max_records=max_records,
        idle_timeout=idle_timeout,
    )


@app.command()
def alerts(
    namespace: NamespaceOption = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Only alerts whose speaker or target matches.")
    ] = None,
    alert_type: Annotated[str | None, typer.Option("--type", help="new_allegation or new_denial.")] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Only alerts whose event time is at or after this ISO date/time."),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print raw JSON records.")] = False,
    from_beginning: Annotated[
        bool, typer.Option("--from-beginning", "-b", help="Start at the oldest alert.")
    ] = False,
    max_records: Annotated[int | None, typer.Option("--max", help="Stop after N alerts.")] = None,
    idle_timeout: Annotated[
        float | None, typer.Option("--idle-timeout", help="Stop after S seconds without an alert.")
    ] = None,
) -> None:
    """Follow the alert topic, human-readable: who, stance, claim, source, time."""
    from schemas import parse_timestamp

    settings = _settings(namespace)
    if alert_type not in (None, "new_allegation", "new_denial"):
        raise _fail("--type is new_allegation or new_denial", 2)
    since_dt = None
    if since:
        try:
            since_dt = parse_timestamp(since)
        except ValueError:
            raise _fail(f"--since {since!r} is not an ISO-8601 date or date-time", 2) from None
    needle = actor.casefold() if actor else None

    def keep(value: dict[str, Any]) -> bool:
        if alert_type and value.get("type") != alert_type:
            return False
        if since_dt and parse_timestamp(value["event_time"]) < since_dt:
            return False
        if needle:
            people = [value.get("speaker") or {}, value.get("target") or {}]
            text = " ".join(str(p.get(k) or "") for p in people for k in ("id", "name", "org", "country"))
            return needle in text.casefold()
        return True

    _follow(
        settings,
        catalog.topic_name(catalog.ALERTS, settings.namespace),
        keep,
        json_output=json_output,
        from_beginning=from_beginning or since is not None,
        max_records=max_records,
        idle_timeout=idle_timeout,
    )


def _follow(
    settings: Settings,
    topic: str,
    keep: Callable[[Any], bool],
    *,
    json_output: bool,
    from_beginning: bool,
    max_records: int | None,
    idle_timeout: float | None,
) -> None:
    from streams.consume import read_topic
    from streams.render import render_record

    async def run() -> None:
        seen = 0
        async for record in read_topic(
            settings, topic, from_beginning=from_beginning, idle_timeout=idle_timeout
        ):
            try:
                value = record.json()
            except orjson.JSONDecodeError:
                value = None
            if value is not None and not keep(value):
                continue
            if json_output:
                sys.stdout.buffer.write((record.value or b"null") + b"\n")
                sys.stdout.flush()
            else:
                stdout.print(render_record(record, value))
            seen += 1
            if max_records is not None and seen >= max_records:
                return

    with contextlib.suppress(KeyboardInterrupt):
        _run(run())


# -- eval / bench --------------------------------------------------------------


@app.command("eval")
def evaluate() -> None:
    """Print quality figures of every stage on the project's labelled fixtures."""
    from streams.evaluate import main as run_eval

    raise typer.Exit(run_eval())


@app.command()
def bench() -> None:
    """Print throughput and memory figures of every stage (no broker)."""
    from streams.bench import main as run_bench

    raise typer.Exit(run_bench())


def main() -> None:
    os.environ.setdefault("PYTHONHASHSEED", "0")
    app()


if __name__ == "__main__":
    main()
