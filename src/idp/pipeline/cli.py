"""The `idp` command line."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from idp.annotation.cli import review_app, serve_webhook
from idp.config import ConfigError, load_config
from idp.governance.cli import audit_app, retention_app
from idp.governance.report_cli import dashboard_command, report_command
from idp.pipeline.store import StoreError
from idp.training.cli import learning_loop_command, models_app, train_command

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Intelligent document processing pipeline."
)
console = Console(stderr=True)


def _fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False)
    raise typer.Exit(code)


@app.command()
def process(
    source: Annotated[str, typer.Argument(help="folder, file or s3://bucket/prefix of inputs")],
    out: Annotated[str, typer.Option("--out", help="result store: file://DIR, DIR or s3://bucket[/prefix]")],
    config: Annotated[
        Path | None, typer.Option("--config", help="YAML merged over configs/default.yaml")
    ] = None,
    ray_address: Annotated[str | None, typer.Option("--ray-address", help="join this Ray cluster")] = None,
    workers: Annotated[int | None, typer.Option("--workers", min=0, help="OCR workers; 0: no Ray")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="reprocess documents that already have a result")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", help="no progress bar")] = False,
) -> None:
    """Process every file under SOURCE into result JSON, page images, OCR words and a run report."""
    from idp.pipeline.runner import process_batch

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_config(config)
    except ConfigError as exc:
        _fail(str(exc))
    source_path = Path(source)
    if "://" not in source and not source_path.exists():
        _fail(f"input {source} does not exist")
    progress = Progress(
        TextColumn("[bold]processing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=console,
        disable=quiet,
    )
    task = progress.add_task("process", total=None, last="")
    try:
        with progress:
            report = process_batch(
                source,
                out,
                settings,
                workers=workers,
                ray_address=ray_address,
                force=force,
                on_start=lambda n: progress.update(task, total=n),
                on_outcome=lambda o: progress.update(task, advance=1, last=f"{o.outcome}: {o.name}"),
            )
    except (StoreError, ConfigError) as exc:
        _fail(str(exc))
    print_summary(report)


def print_summary(report: object) -> None:
    from idp.pipeline.runner import RunReport

    assert isinstance(report, RunReport)
    c = report.counts
    table = Table(title=f"run {report.run_id}", show_header=False)
    table.add_column("what", style="bold")
    table.add_column("value", justify="right")
    rows = [
        ("files", c.files),
        ("pages", f"{c.pages} ({c.ocr_pages} OCR, {c.text_layer_pages} text layer)"),
        ("processed", c.processed),
        ("  auto-accepted / needs review", f"{c.auto_accepted} / {c.needs_review} ({c.qa_sample} QA sample)"),
        ("skipped (already done)", c.skipped),
        ("quarantined", c.quarantined),
        ("pages/s", f"{report.pages_per_s:.2f}"),
        ("wall time", f"{report.duration_s:.1f} s on {report.workers or 'no'} Ray workers"),
    ]
    for reason, count in sorted(report.quarantine_reasons.items()):
        rows.append((f"  quarantined: {reason}", count))
    queue = report.review.get("queue") or {}
    if queue:
        oldest = queue.get("oldest_age_s")
        age = f", oldest {oldest / 3600:.1f} h" if oldest else ""
        rows.append(("review queue (whole store)", f"{queue.get('size', 0)}{age}"))
    for reason, count in list(report.review_reasons.items())[:6]:
        rows.append((f"  review: {reason}", count))
    for stage, ms in report.stage_ms_per_page.items():
        rows.append((f"  {stage} ms/page", f"{ms:.0f}"))
    for label, value in rows:
        table.add_row(label, str(value))
    Console().print(table)
    Console().print(
        f"results in {report.out}/results/, run report runs/{report.run_id}.json",
        soft_wrap=True,
        highlight=False,
    )


@app.command()
def synth(
    out_dir: Annotated[Path, typer.Argument(help="folder to write documents/ and truth/ into")],
    count: Annotated[int, typer.Option("--count", min=1)] = 12,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    kinds: Annotated[str, typer.Option("--kinds", help="comma-separated")] = "invoice,receipt,claim,form",
    formats: Annotated[
        str | None, typer.Option("--formats", help="comma-separated: png,jpeg,tiff,pdf_scan,pdf_digital")
    ] = None,
    sroie: Annotated[
        bool, typer.Option("--sroie", help="also write receipts in SROIE layout (img/, key/)")
    ] = False,
) -> None:
    """Write synthetic invoices, receipts, claims and forms with their ground truth."""
    from idp.training.synth import generate_dataset

    def _split(value: str) -> list[str]:
        return [v.strip() for v in value.split(",") if v.strip()]

    try:
        documents = generate_dataset(
            out_dir,
            count,
            seed=seed,
            kinds=_split(kinds),
            formats=_split(formats) if formats else None,
            sroie=sroie,
        )
    except ValueError as exc:
        _fail(str(exc))
    Console().print(
        f"wrote {len(documents)} documents to {out_dir / 'documents'} (ground truth in {out_dir / 'truth'})",
        soft_wrap=True,
        highlight=False,
    )


bench_app = typer.Typer(no_args_is_help=True, help="Benchmarks that print figures.")
app.add_typer(bench_app, name="bench")
app.add_typer(review_app, name="review")
app.add_typer(audit_app, name="audit")
app.add_typer(retention_app, name="retention")
app.command("report")(report_command)
app.command("dashboard")(dashboard_command)
app.command("train")(train_command)
app.add_typer(models_app, name="models")
bench_app.command("learning-loop")(learning_loop_command)
app.command("serve-webhook")(serve_webhook)


@bench_app.command("accuracy")
def bench_accuracy_command(
    dataset: Annotated[Path, typer.Option("--dataset", help="SROIE-format folder: img/ and key/")],
    names: Annotated[str | None, typer.Option("--names", help="e.g. 070-099: only these documents")] = None,
    ocr_cache: Annotated[Path | None, typer.Option("--ocr-cache", help="folder caching OCR words")] = None,
    raw: Annotated[bool, typer.Option("--raw", help="report raw, uncalibrated confidences")] = False,
    precision: Annotated[float, typer.Option("--precision", help="precision for the automation rate")] = 0.99,
    config: Annotated[Path | None, typer.Option("--config")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="also write the figures as JSON")] = None,
) -> None:
    """Per-field accuracy (SROIE task 3 convention), calibration error and automation at a precision."""
    from idp.training.accuracy import parse_names, run_accuracy

    if not (dataset / "img").is_dir() or not (dataset / "key").is_dir():
        _fail(f"{dataset} is not a SROIE-format folder (img/ and key/)")
    result = run_accuracy(
        dataset,
        config=load_config(config),
        ocr_cache=ocr_cache,
        names=parse_names(names) if names else None,
        calibrated=not raw,
        precision=precision,
    )
    if json_out:
        json_out.write_text(json.dumps(result.summary(), indent=2, default=str))
    print(result.report(f"accuracy on {dataset}"))


@bench_app.command("throughput")
def bench_throughput_command(
    input_dir: Annotated[str, typer.Option("--input", help="folder of scans (pages that need OCR)")],
    workers: Annotated[str, typer.Option("--workers", help="comma-separated worker counts")] = "1,2",
    config: Annotated[Path | None, typer.Option("--config")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="also write the rows as JSON")] = None,
    rounds: Annotated[int, typer.Option("--rounds", help="alternating passes of each; the best counts")] = 2,
) -> None:
    """Pages/s of the bare OCR engine and of the whole pipeline, on the same pages and worker counts."""
    from idp.pipeline.bench import bench_throughput, summary_line

    counts = [int(w) for w in workers.split(",") if w.strip()]
    rows = bench_throughput(input_dir, counts, load_config(config), rounds)
    table = Table(title="throughput (pages/s)")
    for column in (
        "workers",
        "pages",
        "bare OCR",
        "pipeline",
        "pipeline/OCR",
        "peak RSS/worker MB",
        "ms/page",
    ):
        table.add_column(column, justify="right")
    for r in rows:
        stages = " ".join(f"{k}={v:.0f}" for k, v in r.pipeline_stage_ms_per_page.items())
        table.add_row(
            str(r.workers),
            str(r.pages),
            f"{r.ocr_pages_per_s:.2f}",
            f"{r.pipeline_pages_per_s:.2f}",
            f"{r.ratio:.3f}",
            f"{r.peak_rss_mb_per_worker:.0f}",
            stages,
        )
    Console().print(table)
    if json_out:
        json_out.write_text(json.dumps([r.model_dump() for r in rows], indent=2))
    print(summary_line(rows))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the result contract."""
    from idp.document import result_json_schema

    json.dump(result_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")


def main() -> None:  # pragma: no cover
    app()
