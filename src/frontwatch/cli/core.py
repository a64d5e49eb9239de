"""Core commands: extract, segment, ingest, events, show.

Thin adapters: reading inputs is `frontwatch.ingest`, extraction is
`frontwatch.pipeline`, storage is `frontwatch.store`, output is
`frontwatch.export`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from ..errors import BadDate, FrontwatchError
from ..ingest.dates import parse_date
from ..models import Document
from ..store import DEFAULT_URL, EventFilter, Store


class ErrorLog:
    """Collects per-input problems: one line each on stderr, counted for the exit code."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, exc: FrontwatchError) -> None:
        self.count += 1
        click.echo(f"frontwatch: {exc}", err=True)


def _date_option(value: str | None, what: str) -> dt.date | None:
    if not value:
        return None
    try:
        return parse_date(value, what, field=what)
    except BadDate as exc:
        raise click.BadParameter(exc.message, param_hint=f"'{what}'") from None


db_option = click.option(
    "--db",
    "db",
    default=DEFAULT_URL,
    show_default=True,
    envvar="FRONTWATCH_DB",
    help="Database: a SQLAlchemy URL (sqlite:///path.db, postgresql://...) or an SQLite file path.",
)
jobs_option = click.option(
    "-j",
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for extraction (use 2 or more on large inputs).",
)


def _published(value: str | None) -> dt.date | None:
    return _date_option(value, "--published")


def _progress(enabled: bool, unit: str = "doc") -> Any:
    from tqdm import tqdm

    # a bar only where someone watches: not in logs and pipes
    return tqdm(disable=not enabled or not sys.stderr.isatty(), unit=unit, file=sys.stderr,
                dynamic_ncols=True, leave=False, desc="ingest")


@click.command()
@click.argument("path", required=False, default="-", metavar="[PATH|-]")
@click.option("--published", metavar="DATE",
              help="Publication date (YYYY-MM-DD) for inputs that carry none; relative dates "
                   "such as 'yesterday' resolve against it.")
@jobs_option
def extract(path: str, published: str | None, jobs: int) -> None:
    """Print the events in PATH as JSON Lines (one event per line); touches no database.

    PATH is a .txt, .html, RSS/Atom, .warc[.gz] or .jsonl file, or a folder of them;
    '-' (the default) reads JSON Lines documents from stdin, one per line, with
    fields id, text or html, url, title, published, source.

    \b
    Example:
      frontwatch extract samples/reports/hajin.txt --published 2024-03-02
      echo '{"text": "Gunmen abducted 5 farmers near Kaduna yesterday."}' | frontwatch extract -
    """
    from ..ingest import iter_documents
    from ..pipeline import Pipeline

    pub = _published(published)
    log = ErrorLog()
    pipeline = Pipeline()
    docs = iter_documents([path], published=pub, on_error=log)
    out = sys.stdout
    for result in pipeline.process(docs, n_process=jobs):
        for ev in result.events:
            out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    if log.count:
        sys.exit(1)  # some input could not be read (each was named on stderr)


@click.command()
@click.argument("path")
@click.option("--published", metavar="DATE", help="Publication date for inputs that carry none.")
def segment(path: str, published: str | None) -> None:
    """Print where the article ends and the reader comments begin, as JSON per document.

    Output: {"doc_id", "article": {"text", "start", "end"}, "comments": [{"index", "text",
    "start", "end"}]}; offsets are characters of the document text.
    """
    from ..ingest import iter_documents
    from ..segment import segment as split

    log = ErrorLog()
    for doc in iter_documents([path], published=_published(published), on_error=log):
        click.echo(json.dumps(split(doc).to_dict(), ensure_ascii=False))
    if log.count:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--published", metavar="DATE", help="Publication date for inputs that carry none.")
@click.option("--replace", is_flag=True,
              help="Extract documents that are already stored again and replace their events.")
@click.option("--batch", default=32, show_default=True, type=click.IntRange(1, 10000),
              help="Documents written per transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@jobs_option
def ingest(paths: tuple[str, ...], db: str, published: str | None, replace: bool, batch: int,
           quiet: bool, jobs: int) -> None:
    """Read inputs, extract their events and store them (default: frontwatch.db here).

    Re-ingesting the same input adds nothing: documents are keyed by content hash.
    Each batch is written in one transaction, so an interruption leaves no
    half-written document. Bad inputs are reported one line each and skipped.

    \b
    Example:
      frontwatch ingest samples/ --db sqlite:///conflict.db
    """
    from ..ingest import iter_documents
    from ..pipeline import Pipeline

    pub = _published(published)
    store = Store(db)
    log = ErrorLog()
    pipeline = Pipeline()
    seen = added = n_events = 0
    pending: list[Any] = []

    def flush() -> None:
        nonlocal added, n_events
        if not pending:
            return
        flags = store.add_many(
            [(r.document, r.segmentation, r.events, r.toponyms) for r in pending], replace=replace
        )
        for r, new in zip(pending, flags, strict=True):
            if new:
                added += 1
                n_events += len(r.events)
        pending.clear()

    docs: Iterable[Document] = iter_documents(list(paths), published=pub, on_error=log)
    if not replace:
        docs = _skip_stored(docs, store)
    with _progress(not quiet) as bar:
        for result in pipeline.process(docs, n_process=jobs):
            seen += 1
            pending.append(result)
            bar.update(1)
            if len(pending) >= batch:
                flush()
        flush()
    skipped = seen - added + getattr(docs, "skipped", 0)
    click.echo(
        f"ingested {added} new document{'s' if added != 1 else ''} with {n_events} "
        f"event{'s' if n_events != 1 else ''}; {skipped} already stored; "
        f"{log.count} input error{'s' if log.count != 1 else ''}; store {store.url}",
        err=True,
    )
    if log.count:
        sys.exit(1)


class _skip_stored:
    """Drop documents already in the store before the (costly) extraction."""

    def __init__(self, docs: Any, store: Store) -> None:
        self.docs = docs
        self.store = store
        self.skipped = 0

    CHUNK = 256  # documents looked up in the store at once

    def __iter__(self) -> Any:
        chunk: list[Any] = []
        for d in self.docs:
            chunk.append(d)
            if len(chunk) >= self.CHUNK:
                yield from self._new(chunk)
                chunk = []
        yield from self._new(chunk)

    def _new(self, chunk: list[Any]) -> Any:
        stored = self.store.stored_ids(d.doc_id for d in chunk) if chunk else set()
        for d in chunk:
            if d.doc_id in stored:
                self.skipped += 1
            else:
                yield d


def _filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(
        [
            click.option("--since", metavar="DATE", help="Events on or after DATE (YYYY-MM-DD)."),
            click.option("--until", metavar="DATE", help="Events on or before DATE (YYYY-MM-DD)."),
            click.option("--type", "event_type", metavar="T",
                         help="ACLED event type, e.g. Battles, Protests, 'Explosions/Remote violence'."),
            click.option("--sub-type", "sub_event_type", metavar="S",
                         help="ACLED sub-event type, e.g. 'Armed clash'."),
            click.option("--actor", metavar="A", help="Actor name contains A (case-insensitive)."),
            click.option("--country", metavar="C", help="Country name, e.g. Syria."),
            click.option("--origin", type=click.Choice(["article", "comment"]),
                         help="Events from the article or from reader comments."),
            click.option("--certainty", type=click.Choice(["reported", "claimed", "unconfirmed", "denied"])),
            click.option("--limit", type=click.IntRange(0), help="At most this many events."),
        ]
    ):
        f = opt(f)
    return f


@click.command()
@db_option
@_filter_options
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "jsonl", "geojson"]),
              help="table for reading; csv with ACLED's column names; jsonl; geojson (RFC 7946).")
def events(db: str, since: str | None, until: str | None, event_type: str | None,
           sub_event_type: str | None, actor: str | None, country: str | None, origin: str | None,
           certainty: str | None, limit: int | None, fmt: str) -> None:
    """Query the stored events.

    \b
    Examples:
      frontwatch events --type Battles --since 2024-03-01
      frontwatch events --actor ISIS --format csv > isis.csv
      frontwatch events --origin comment --format jsonl
      frontwatch events --format geojson > events.geojson
    """
    from ..export import renderers

    flt = EventFilter(
        since=_date_option(since, "--since"),
        until=_date_option(until, "--until"),
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor=actor,
        country=country,
        origin=origin,
        certainty=certainty,
        limit=limit,
    )
    store = Store(db)
    renderers()[fmt](store.iter_events(flt), sys.stdout)


@click.command()
@click.argument("doc_id")
@db_option
@click.option("--color/--no-color", default=None, help="Highlight evidence with colour (default: on a terminal).")
def show(doc_id: str, db: str, color: bool | None) -> None:
    """Print a stored document with each event's evidence highlighted, and the events' fields.

    Evidence is marked [[like this]] (and in colour on a terminal), followed by the
    event number it supports.
    """
    from ..errors import NotFound
    from ..render import render_document

    store = Store(db)
    doc = store.get_document(doc_id)
    if doc is None:
        raise NotFound("no such document in the store (list them with `frontwatch events --format jsonl`)",
                       source=doc_id)
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(render_document(doc, color=use_color))


def register(cli: click.Group) -> None:
    for cmd in (extract, segment, ingest, events, show):
        cli.add_command(cmd)
