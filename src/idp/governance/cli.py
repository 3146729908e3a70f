"""`idp audit show|verify` and `idp retention apply`.

Exit codes: 0 done (verify: every trail intact); 1 verify found a trail that was edited, reordered or cut;
2 a usage, config or storage error. S3 stores read the usual AWS_* variables; IDP_S3_SSE=1 asks for
server-side encryption of everything written (the retention entries appended to audit trails included).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from idp.config import ConfigError
from idp.pipeline.store import Store, StoreError, open_store

console = Console(stderr=True)
StoreOption = Annotated[str, typer.Option("--store", help="file://DIR, DIR or s3://bucket[/prefix]")]

audit_app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="The hash-chained audit trail of every document."
)
retention_app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Delete artifacts that outlived their retention."
)


def _fail(message: str, code: int = 2) -> NoReturn:
    console.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False)
    raise typer.Exit(code)


def _open(uri: str) -> Store:
    try:
        return open_store(uri)
    except StoreError as exc:
        _fail(str(exc))


@audit_app.command("show")
def audit_show(
    document_id: Annotated[str, typer.Argument(help="sha256:<hex> or <hex>")], store: StoreOption
) -> None:
    """Print a document's history as JSON lines, oldest first."""
    from idp.governance.audit import AuditLog
    from idp.governance.audit_verify import normalise_id

    doc = normalise_id(document_id)
    try:
        lines = AuditLog(_open(store)).lines(doc)
    except StoreError as exc:
        _fail(str(exc))
    if not lines:
        _fail(f"no audit trail for {doc} in {store}")
    for line in lines:
        typer.echo(line)


@audit_app.command("verify")
def audit_verify(
    store: StoreOption,
    document_id: Annotated[str | None, typer.Argument(help="only this document (default: all)")] = None,
) -> None:
    """Check every trail's hash chain and head record; exit 1 naming each document whose trail changed."""
    from idp.governance.audit import AuditLog
    from idp.governance.audit_verify import has_records, normalise_id, verify_store

    opened = _open(store)
    try:
        if document_id is not None:
            doc = normalise_id(document_id)
            log = AuditLog(opened)
            if not log.lines(doc) and not log.heads(doc) and not has_records(opened, doc):
                _fail(f"no audit trail and no record of {doc} in {store}")
        report = verify_store(opened, document_id)
    except StoreError as exc:
        _fail(str(exc))
    for doc, problems in report.problems.items():
        typer.echo(f"FAILED {doc}: " + "; ".join(problems))
    intact = report.checked - len(report.problems)
    typer.echo(f"verified {report.checked} audit trails: {intact} intact, {len(report.problems)} failed")
    if report.problems:
        raise typer.Exit(1)


def _parse_now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        _fail(f"--now {value!r} is not an ISO 8601 time (e.g. 2031-01-01 or 2031-01-01T00:00:00Z)")
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


@retention_app.command("apply")
def retention_apply(
    store: StoreOption,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="list what expired, delete nothing")] = False,
    now: Annotated[
        str | None, typer.Option("--now", help="ISO time to judge expiry at (default: now)")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="YAML with a retention: section")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
) -> None:
    """Delete page images, OCR words, results, records and audit trails past their retention (config
    `retention:`, in days), recording each deletion in the document's audit trail."""
    from idp.governance.retention import apply_retention, load_retention_settings

    moment = _parse_now(now)
    try:
        settings = load_retention_settings(config)
    except (ConfigError, ValueError) as exc:
        _fail(str(exc))
    try:
        report = apply_retention(_open(store), settings, moment, dry_run=dry_run)
    except StoreError as exc:
        _fail(str(exc))
    if json_out:
        typer.echo(json.dumps(report.model_dump(mode="json"), indent=2))
        return
    verb = "would delete" if dry_run else "deleted"
    for item in report.expired:
        typer.echo(f"{verb} {item.key} ({item.artifact} of {item.time[:10]}, expired {item.expires_at[:10]})")
    counts = ", ".join(f"{artifact} {n}" for artifact, n in report.counts().items()) or "nothing"
    typer.echo(f"{verb} {len(report.expired)} objects as of {report.as_of}: {counts}")
    if report.kept_audit:
        typer.echo(f"kept {len(report.kept_audit)} expired audit trails of documents that still have records")


governance_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Audit and retention.")
governance_app.add_typer(audit_app, name="audit")
governance_app.add_typer(retention_app, name="retention")

if __name__ == "__main__":  # `python -m idp.governance.cli audit verify ...`, before `idp` registers these
    governance_app()
