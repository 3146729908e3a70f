"""`idp review push|sync|status` and `idp serve-webhook`: the Label Studio review loop on the command line.

The main CLI registers them (``app.add_typer(review_app, name="review")`` and
``app.command("serve-webhook")(serve_webhook)``); ``python -m idp.annotation.cli`` runs them on their own.
Label Studio is reached through LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (see idp.annotation.client).
Exit code 2 for a usage, store or Label Studio error, as `idp process`.
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import timedelta
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from idp.annotation.client import LabelStudioClient, LabelStudioError, LabelStudioSettings
from idp.pipeline.store import Store, StoreError, open_store

review_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Human review in Label Studio: tasks out, corrections in.",
)
console = Console(stderr=True)
StoreOption = Annotated[
    str, typer.Option("--store", help="result store: file://DIR, DIR or s3://bucket[/prefix]")
]


def _fail(message: str) -> None:
    console.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False, markup=True)
    raise typer.Exit(2)


def _open(store_uri: str, need_label_studio: bool = True) -> tuple[Store, LabelStudioClient | None]:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        store = open_store(store_uri)
        client = LabelStudioClient(LabelStudioSettings.from_env()) if need_label_studio else None
        if client is not None:
            client.whoami()  # a wrong URL or key fails here, before any work
    except (StoreError, LabelStudioError) as exc:
        _fail(str(exc))
    return store, client


@review_app.command("push")
def push_command(
    store: StoreOption,
    doc_type: Annotated[str | None, typer.Option("--doc-type", help="only documents of this type")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="push at most this many")] = None,
) -> None:
    """Push every document that waits for review (and has no task yet) to Label Studio."""
    from idp.annotation.push import push_reviews

    out, client = _open(store)
    assert client is not None
    try:
        report = push_reviews(out, client, doc_type=doc_type, limit=limit)
    except (StoreError, LabelStudioError) as exc:
        _fail(str(exc))
    for error in report.errors:
        console.print(f"[yellow]not pushed:[/] {error}", highlight=False)
    projects = ", ".join(f"{t}={p}" for t, p in sorted(report.projects.items())) or "none"
    Console().print(
        f"pushed {len(report.pushed)} documents ({report.already_pushed} had a task already); "
        f"projects: {projects}"
    )


@review_app.command("sync")
def sync_command(store: StoreOption) -> None:
    """Merge finished Label Studio annotations into new, reviewed result versions."""
    from idp.annotation.sync import sync_reviews

    out, client = _open(store)
    assert client is not None
    try:
        report = sync_reviews(out, client)
    except (StoreError, LabelStudioError) as exc:
        _fail(str(exc))
    Console().print(
        f"merged {len(report.merged)} reviews; {report.unchanged} merged before; "
        f"{report.waiting} tasks waiting"
    )


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


@review_app.command("status")
def status_command(
    store: StoreOption,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """The review queue, reviews per day, corrected share and the QA-measured error rate (store only)."""
    from idp.annotation.status import review_status

    out, _ = _open(store, need_label_studio=False)
    try:
        status = review_status(out)
    except StoreError as exc:
        _fail(str(exc))
    if as_json:
        print(json.dumps({**status.model_dump(mode="json"), "queue": status.queue}, indent=2))
        return
    table = Table(title="review", show_header=False)
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    oldest = (
        "n/a" if status.oldest_waiting_s is None else str(timedelta(seconds=int(status.oldest_waiting_s)))
    )
    rows = [
        ("results", status.results),
        *((f"  {name}", count) for name, count in status.by_status.items()),
        (
            "queue (not pushed / in Label Studio)",
            f"{status.queue_not_pushed} / {status.queue_in_label_studio}",
        ),
        ("oldest waiting", oldest),
        *((f"  reviewed on {day}", count) for day, count in status.reviewed_per_day.items()),
        (
            "fields corrected",
            f"{status.fields_corrected} of {status.fields_reviewed} ({_share(status.corrected_share)})",
        ),
        (
            "QA error rate (auto-accepted)",
            f"{_share(status.qa_error_rate)} ({status.qa_fields_corrected} of {status.qa_fields} fields, "
            f"{status.qa_documents} documents)",
        ),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    Console().print(table)


def serve_webhook(
    store: StoreOption,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535)] = 8765,
    url: Annotated[
        str | None, typer.Option("--url", help="the URL Label Studio posts to (default http://HOST:PORT/)")
    ] = None,
    register: Annotated[
        bool, typer.Option("--register/--no-register", help="register the webhook in Label Studio")
    ] = True,
) -> None:
    """Receive Label Studio webhooks and merge each submitted annotation at once (as `idp review sync`).

    Set IDP_WEBHOOK_TOKEN to require it in the X-Idp-Webhook-Token header (registered with the webhook)."""
    from idp.annotation.webhook import ReviewWebhook, announce_webhook, webhook_token

    out, client = _open(store)
    assert client is not None
    try:
        hook = ReviewWebhook(out, client, host, port, webhook_token())
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    bound_host, bound_port = hook.address
    target = url or f"http://{bound_host}:{bound_port}/"
    projects: list[int] = []
    if register:
        try:
            projects = announce_webhook(out, client, target)
        except (LabelStudioError, StoreError) as exc:
            hook.close()
            _fail(str(exc))
    console.print(
        f"listening on {bound_host}:{bound_port}; Label Studio posts to {target} "
        f"(registered on projects {projects or 'none yet: push registers new ones'})",
        highlight=False,
    )
    with contextlib.suppress(KeyboardInterrupt):
        hook.serve_forever()


def standalone_app() -> typer.Typer:
    """review + serve-webhook as their own app (python -m idp.annotation.cli, tests)."""
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    app.add_typer(review_app, name="review")
    app.command("serve-webhook")(serve_webhook)
    return app


if __name__ == "__main__":  # pragma: no cover
    standalone_app()()
