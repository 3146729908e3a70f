"""`idp report` and `idp dashboard`: operations figures from a store's rollups, as JSON, HTML or a live page.

The main CLI registers them with ``app.command("report")(report_command)`` and
``app.command("dashboard")(dashboard_command)``; ``python -m idp.governance.report_cli`` runs them on their
own. Exit code 2 for a usage, config or store error, as `idp process`.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer
from rich.console import Console
from rich.markup import escape

from idp.config import ConfigError
from idp.pipeline.store import Store, StoreError, open_store

if TYPE_CHECKING:
    from idp.governance.report_baseline import Baseline
    from idp.governance.report_config import ReportSettings
    from idp.governance.report_models import OpsReport

console = Console(stderr=True)
StoreOption = Annotated[
    str, typer.Option("--store", help="result store: file://DIR, DIR or s3://bucket[/prefix]")
]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", help="first day (YYYY-MM-DD, UTC) of the figures; the queue is always now"),
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="YAML with a report: section (SLAs, drift)")
]
BaselineOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--baseline",
        help="model manifest(s) whose metrics are the drift baseline (default: the models in service)",
    ),
]
RebuildOption = Annotated[
    bool,
    typer.Option("--rebuild", help="first write missing rollups from results and corrections (old stores)"),
]


class Format(StrEnum):
    json = "json"
    html = "html"


def _fail(message: str) -> None:
    console.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True, highlight=False)
    raise typer.Exit(2)


class _Prepared(NamedTuple):
    store: Store
    settings: ReportSettings
    since: date | None
    baselines: dict[str, Baseline] | None  # None: the models in service (packaged, or promoted in the store)


def _prepare(
    store_uri: str, since: str | None, config: Path | None, baseline: list[Path] | None, rebuild: bool
) -> _Prepared:
    from idp.governance.report_baseline import load_baselines
    from idp.governance.report_config import load_report_settings
    from idp.governance.rollup_rebuild import rebuild_rollups

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        first_day = date.fromisoformat(since) if since else None
    except ValueError:
        _fail(f"--since {since!r} is not a date (YYYY-MM-DD)")
    try:
        settings = load_report_settings(config)
        baselines = load_baselines(baseline) if baseline else None
        store: Store = open_store(store_uri)
        if rebuild:
            done = rebuild_rollups(store)
            console.print(f"rebuilt {done.runs} run and {done.reviews} review rollups", highlight=False)
    except (ConfigError, StoreError, OSError, ValueError) as exc:
        _fail(str(exc))
    return _Prepared(store, settings, first_day, baselines)


def report_command(
    store: StoreOption,
    since: SinceOption = None,
    format: Annotated[
        Format, typer.Option("--format", help="json or html (one self-contained file)")
    ] = Format.json,
    out: Annotated[
        Path | None, typer.Option("--out", help="file to write (default: standard output)")
    ] = None,
    config: ConfigOption = None,
    baseline: BaselineOption = None,
    rebuild: RebuildOption = False,
) -> None:
    """Volume, automation, QA error rate, corrections, review queue and SLA, throughput, drift of a store."""
    from idp.governance.dashboard import render_html
    from idp.governance.report import build_report

    opened, settings, first_day, baselines = _prepare(store, since, config, baseline, rebuild)
    try:
        report = build_report(opened, settings, since=first_day, baselines=baselines)
    except StoreError as exc:
        _fail(str(exc))
    if not report.rollups.get("runs") and not report.rollups.get("reviews"):
        console.print(
            f"[yellow]warning:[/] no rollups under {escape(opened.uri)}/reports/rollups/: an empty store, "
            "or one written before rollups existed (add --rebuild)",
            highlight=False,
        )
    if format == Format.json:
        text = json.dumps(report.model_dump(mode="json"), indent=2) + "\n"
    else:
        text = render_html(report)
    if out is None:
        sys.stdout.write(text)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    console.print(
        f"{report.documents} documents, automation {report.automation_rate}, queue {report.queue.size} "
        f"({report.queue.sla_breaches} past SLA), {len(report.alerts)} alerts -> {out}",
        highlight=False,
    )


def dashboard_command(
    store: StoreOption,
    since: SinceOption = None,
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="port on 127.0.0.1; 0 picks one")
    ] = 8050,
    days: Annotated[
        int | None,
        typer.Option("--days", min=1, help="a rolling window, the last N days (instead of --since)"),
    ] = None,
    refresh: Annotated[
        float | None,
        typer.Option("--refresh", min=1, help="seconds between rebuilds (default from config: 30)"),
    ] = None,
    config: ConfigOption = None,
    baseline: BaselineOption = None,
    rebuild: RebuildOption = False,
) -> None:
    """Serve the dashboard on 127.0.0.1, rebuilt from the rollups every --refresh seconds (Ctrl-C stops)."""
    from idp.governance.dashboard import DashboardServer
    from idp.governance.report import build_report

    if days is not None and since is not None:
        _fail("give --since or --days, not both")
    opened, settings, first_day, baselines = _prepare(store, since, config, baseline, rebuild)

    def build() -> OpsReport:
        window = datetime.now(UTC).date() - timedelta(days=days - 1) if days is not None else first_day
        return build_report(opened, settings, since=window, baselines=baselines)

    try:
        server = DashboardServer(
            build,
            port=port,
            refresh_s=refresh or settings.dashboard_refresh_s,
        )
    except OSError as exc:
        _fail(f"cannot listen on 127.0.0.1:{port}: {exc}")
    Console().print(
        f"dashboard on {server.url} (JSON at {server.url}report.json); Ctrl-C stops", highlight=False
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server.server_close()


app = typer.Typer(add_completion=False, no_args_is_help=True, help="Operations reports and dashboard.")
app.command("report")(report_command)
app.command("dashboard")(dashboard_command)

if __name__ == "__main__":  # pragma: no cover
    app()
