"""`idp train`, `idp models list|show|promote` and `idp bench learning-loop` on the command line.

The main CLI registers them: ``app.command("train")(train_command)``, ``app.add_typer(models_app,
name="models")`` and ``bench_app.command("learning-loop")(learning_loop_command)``. Exit code 2 for a
usage, store or registry error (as `idp process`), 1 when a promotion is refused by the gate.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from idp.config import ConfigError, load_config
from idp.models.registry import PromotionRefused, RegistryError, open_registry
from idp.pipeline.store import StoreError

if TYPE_CHECKING:
    from idp.training.learning_loop import LoopReport

console = Console(stderr=True)
models_app = typer.Typer(add_completion=False, no_args_is_help=True, help="The model registry.")
RegistryOption = Annotated[
    str, typer.Option("--registry", help="model registry: file://DIR, DIR or s3://bucket")
]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="YAML merged over configs/default.yaml")]
OcrCacheOption = Annotated[Path | None, typer.Option("--ocr-cache", help="folder caching OCR words")]


def _fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}", soft_wrap=True, highlight=False, markup=True)
    raise typer.Exit(code)


def _log(message: str) -> None:
    console.print(message, highlight=False, markup=False)


def train_command(
    data: Annotated[str, typer.Option("--data", help="store with corrections/ and ocr/ (a results store)")],
    doc_type: Annotated[str, typer.Option("--doc-type", help="document type to train")] = "receipt",
    base: Annotated[str | None, typer.Option("--base", help="version to start from (its settings)")] = None,
    registry: Annotated[
        str | None, typer.Option("--registry", help="model registry (default: --data)")
    ] = None,
    sroie: Annotated[
        list[Path] | None, typer.Option("--sroie", help="SROIE-format folder to train on too")
    ] = None,
    ocr_cache: OcrCacheOption = None,
    holdout: Annotated[float | None, typer.Option("--holdout", help="share of corrections held out")] = None,
    seed: Annotated[int | None, typer.Option("--seed")] = None,
    ranker: Annotated[
        str | None, typer.Option("--ranker", help="ranker kind: linear | torch (default: the base's)")
    ] = None,
    promote: Annotated[
        bool, typer.Option("--promote", help="promote if it beats the version in service")
    ] = False,
    memory: Annotated[
        bool | None,
        typer.Option("--memory/--no-memory", help="remember reviewed vendor names and addresses"),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Train a new model version from correction records, evaluate it on held-out records, register it."""
    from idp.training.train_job import train_from_store

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        report = train_from_store(
            data, registry, doc_type=doc_type, base=base, sroie=sroie or [], config=load_config(config),
            ocr_cache=ocr_cache, promote_if_better=promote, log=_log, holdout=holdout, seed=seed,
            ranker=ranker, memory=memory,
        )  # fmt: skip
    except (StoreError, RegistryError, ConfigError, ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
    metrics = report.result.metrics
    print(json.dumps({k: metrics[k] for k in ("heldout", "champion") if k in metrics}, indent=1))
    if report.decision is not None:
        print(f"gate: {'passed' if report.decision.passed else 'refused'}: {report.decision.reason}")
    held = metrics.get("heldout", {})
    print(
        f"registered {report.manifest.tag} train_docs={len(report.result.train)} "
        f"heldout_docs={len(report.result.heldout)} heldout_mean={held.get('accuracy', {}).get('mean')} "
        f"promoted={'yes' if report.promoted else 'no'} train_s={report.seconds:.1f}"
    )


@models_app.command("list")
def list_command(
    registry: RegistryOption,
    name: Annotated[str | None, typer.Option("--name", help="only this model")] = None,
) -> None:
    """Every registered version, its held-out figures, and which one is in service (``*``)."""
    columns = ("model", "version", "created", "base", "train", "heldout", "mean_acc", "automation", "ece")
    rows = [columns]
    try:
        reg = open_registry(registry)
        for n in [name] if name else reg.names():
            promoted = reg.promoted(n)
            for m in reg.versions(n):
                s = m.summary
                mark = "*" if promoted is not None and promoted.version == m.version else ""
                figures = (
                    "train_documents",
                    "heldout_documents",
                    "heldout_mean_accuracy",
                    "heldout_automation",
                )
                values = [str(s.get(k, "-")) for k in (*figures, "heldout_ece")]
                rows.append((n, m.version + mark, m.created_at[:16], m.base or "-", *values))
    except (StoreError, RegistryError) as exc:
        _fail(str(exc))
    widths = [max(len(r[i]) for r in rows) for i in range(len(columns))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if len(rows) == 1:
        print(f"(no model versions in {registry})")


@models_app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(help="model name, e.g. receipt")],
    version: Annotated[str, typer.Argument(help="version (v3 or 3), or 'promoted'")],
    registry: RegistryOption,
) -> None:
    """A version's manifest and metrics as JSON."""
    try:
        reg = open_registry(registry)
        if version == "promoted":
            promotion = reg.promoted(name)
            if promotion is None:
                _fail(f"no version of {name!r} is promoted in {reg.uri}: the packaged models serve")
            version = promotion.version
        manifest = reg.manifest(name, version)
        out = {"manifest": manifest.model_dump(mode="json")}
        for file in ("metrics.json", "config.json"):
            if file in manifest.files:
                out[file.removesuffix(".json")] = reg.read_json(name, manifest.version, file)
        promotion = reg.promoted(name)
        out["in_service"] = promotion is not None and promotion.version == manifest.version
    except (StoreError, RegistryError) as exc:
        _fail(str(exc))
    print(json.dumps(out, indent=1))


@models_app.command("promote")
def promote_command(
    name: Annotated[str, typer.Argument(help="model name, e.g. receipt")],
    version: Annotated[str, typer.Argument(help="version to put in service (v3 or 3)")],
    registry: RegistryOption,
    force: Annotated[
        bool, typer.Option("--force", help="promote even if it does not beat the champion")
    ] = False,
    champion: Annotated[
        str | None,
        typer.Option("--champion", help="what serves now if not the promoted version: packaged|rules"),
    ] = None,
    data: Annotated[
        str | None, typer.Option("--data", help="store of the held-out records, if moved")
    ] = None,
    min_gain: Annotated[
        float, typer.Option("--min-gain", help="mean accuracy the challenger must gain")
    ] = 0.0,
) -> None:
    """Put a version in service if it beats the one in service on its held-out records (or --force)."""
    from idp.training.gate import promote

    try:
        promotion, decision = promote(
            open_registry(registry),
            version,
            name,
            force=force,
            champion=champion,
            data_uri=data,
            min_gain=min_gain,
        )
    except PromotionRefused as exc:
        _fail(str(exc), code=1)
    except (StoreError, RegistryError) as exc:
        _fail(str(exc))
    if decision is not None:
        print(f"gate: {'passed' if decision.passed else 'refused'}: {decision.reason}")
    forced = " (forced)" if promotion.forced else ""
    print(
        f"promoted {name}@{promotion.version}{forced}; previously {promotion.previous or 'packaged models'}"
    )


def learning_loop_command(
    train: Annotated[Path, typer.Option("--train", help="SROIE-format folder reviewers correct")],
    store: Annotated[str, typer.Option("--store", help="results store for the reviewed documents")],
    eval_dir: Annotated[
        Path | None, typer.Option("--eval", help="SROIE-format folder to measure on (not with --folds)")
    ] = None,
    folds: Annotated[
        int | None, typer.Option("--folds", help="rotate over K folds of --train, each measured once")
    ] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="fold and training seed")] = None,
    extra: Annotated[
        list[Path] | None, typer.Option("--extra", help="SROIE-format folder that only trains (synthetic)")
    ] = None,
    registry: Annotated[
        str | None, typer.Option("--registry", help="model registry (default: --store)")
    ] = None,
    base: Annotated[
        str, typer.Option("--base", help="models in service first: packaged|rules|vN (rules with --folds)")
    ] = "packaged",
    ocr_cache: OcrCacheOption = None,
    holdout: Annotated[float | None, typer.Option("--holdout", help="share of corrections held out")] = None,
    ranker: Annotated[str | None, typer.Option("--ranker", help="ranker kind: linear | torch")] = None,
    memory: Annotated[
        bool | None,
        typer.Option("--memory/--no-memory", help="remember reviewed vendor names and addresses"),
    ] = None,
    config: ConfigOption = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="also write the figures as JSON")] = None,
) -> None:
    """Measure on --eval, review --train into corrections, retrain, gate, measure again (or, with
    --folds, do so once per fold of --train and pool the figures over every receipt)."""
    from idp.training.learning_loop import learning_loop
    from idp.training.loop_rotation import rotate_learning_loop

    if (eval_dir is None) == (folds is None):
        _fail("give either --eval or --folds")
    for folder in (train, *([eval_dir] if eval_dir else []), *(extra or [])):
        if not (folder / "img").is_dir() or not (folder / "key").is_dir():
            _fail(f"{folder} is not a SROIE-format folder (img/ and key/)")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    common = dict(config=load_config(config), ocr_cache=ocr_cache, extra=extra or [], log=_log)
    try:
        if folds is not None:
            if registry is not None:
                _fail("--folds keeps one registry per fold in --store; --registry does not apply")
            rotation = rotate_learning_loop(
                train, store, folds=folds, seed=seed or 0, base=base, holdout=holdout, ranker=ranker,
                memory=memory, **common,
            )  # fmt: skip
            pooled = ("before", "challenger", "after", "paired")
            figures: dict = {k: getattr(rotation, k) for k in pooled}
            figures["folds"] = [_loop_figures(r) for r in rotation.folds]
            figures["outcomes"] = {k: [asdict(o) for o in v] for k, v in rotation.outcomes.items()}
            line = rotation.line()
        else:
            assert eval_dir is not None
            report = learning_loop(
                train, eval_dir, store, registry, base=base, holdout=holdout, ranker=ranker, seed=seed,
                memory=memory, **common,
            )  # fmt: skip
            figures, line = _loop_figures(report), report.line()
    except (StoreError, RegistryError, ConfigError, ValueError) as exc:
        _fail(str(exc))
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2, default=str))
    print(line)


def _loop_figures(report: LoopReport) -> dict:
    return {
        "before": report.before, "challenger": report.challenger, "after": report.after,
        "reviewed": report.reviewed, "corrected_fields": report.corrected_fields,
        "version": report.train.manifest.version, "promoted": report.train.promoted,
        "train_docs": len(report.train.result.train), "heldout_docs": len(report.train.result.heldout),
        "gate": report.train.decision.model_dump(mode="json") if report.train.decision else None,
        "seconds": {k: round(v, 1) for k, v in report.seconds.items()},
    }  # fmt: skip


if __name__ == "__main__":  # pragma: no cover
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    app.command("train")(train_command)
    app.add_typer(models_app, name="models")
    app.command("learning-loop")(learning_loop_command)
    app()
