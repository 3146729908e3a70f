"""`idp bench learning-loop`: does retraining on reviewed documents make the pipeline better?

1. **Before**: the pipeline with the models in service (``base``: packaged | rules | a registry version)
   is measured on ``--eval`` (SROIE-format: mean field accuracy, automation at 99% precision).
2. **Review**: every ``--train`` document goes through the pipeline into the store (results, OCR words),
   and a simulated reviewer turns its key into a correction record through the merge code path of
   ``idp review sync`` (:mod:`idp.training.review_sim`).
3. **Retrain** from those correction records (:func:`idp.training.train_job.train_from_store`), register
   the version, and promote it when it beats ``base`` on its held-out records.
4. **After**: the pipeline with what serves now (the new version if promoted, else still ``base``) is
   measured on ``--eval`` again; the challenger is measured too, promoted or not. The OCR cache makes the
   measurements after the first cost only extraction.

``extra``: SROIE-format folders (e.g. synthetic receipts from ``idp synth --sroie``) that only ever
train: they are not reviewed, never held out, never scored. The last line printed reads
``before=<mean accuracy> after=<mean accuracy> ...``; :mod:`idp.training.loop_rotation` rotates the
loop over the folds of one folder.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idp.config import PipelineConfig, load_config
from idp.models.registry_load import ModelSettings
from idp.pipeline.results import result_key
from idp.pipeline.store import Store, open_store
from idp.training.accuracy import AccuracyResult, CachedOcrEngine, dataset_items, run_accuracy
from idp.training.review_sim import simulate_review
from idp.training.train_job import TrainReport, train_from_store


@dataclass
class LoopReport:
    before: dict[str, Any]
    challenger: dict[str, Any]
    after: dict[str, Any]
    train: TrainReport
    reviewed: int
    corrected_fields: int
    seconds: dict[str, float]  # wall time per step, and ``train_cpu`` (CPU time of this process)
    measured: dict[str, AccuracyResult] = field(default_factory=dict)  # before, challenger: per field

    def line(self) -> str:
        acc = lambda s: s["accuracy"].get("mean", 0.0)  # noqa: E731
        auto = lambda s: s["automation_at_0.99_precision"]  # noqa: E731
        return (
            f"before={acc(self.before):.4f} after={acc(self.after):.4f} "
            f"challenger={acc(self.challenger):.4f} "
            f"automation_before={auto(self.before):.4f} automation_after={auto(self.after):.4f} "
            f"version={self.train.manifest.version} promoted={'yes' if self.train.promoted else 'no'} "
            f"train_docs={len(self.train.result.train)} heldout_docs={len(self.train.result.heldout)} "
            f"train_s={self.seconds['train']:.1f}"
        )


def _reviewed_before(store: Store, document_id: str) -> bool:
    return store.get_json(result_key(document_id)).get("status") == "reviewed"


def review_folder(
    folder: Path,
    store_uri: str,
    config: PipelineConfig,
    models: ModelSettings,
    ocr_cache: str | Path | None,
    log: Callable[[str], None],
) -> tuple[int, int]:
    """Process every image of an SROIE-format folder into the store and review it against its key.
    Returns (documents reviewed, fields corrected)."""
    from idp.pipeline.job import DocumentJob, InputItem
    from idp.pipeline.processor import DocumentProcessor
    from idp.pipeline.runner import new_run_id

    # images may be symbolic links out of the folder: read them by their resolved path
    job = DocumentJob(config, "file:///", store_uri, new_run_id())
    job.processor = DocumentProcessor(config, models)
    if ocr_cache is not None:
        job.processor.ocr_engine = CachedOcrEngine(job.processor.ocr_engine, ocr_cache)
    store = open_store(store_uri)
    reviewed = corrected = 0
    for name, image, key_path in dataset_items(folder):
        path = image.resolve()
        item = InputItem(key=str(path).lstrip("/"), name=f"img/{image.name}", uri=path.as_uri())
        outcome = job.run(item)
        if outcome.document_id is None or outcome.outcome == "quarantined":
            log(f"{name}: {outcome.outcome} ({outcome.reason})")
            continue
        if outcome.outcome == "skipped" and _reviewed_before(store, outcome.document_id):
            reviewed += 1  # a rerun on the same store: its correction record is there already
            continue
        record = simulate_review(store, outcome.document_id, json.loads(key_path.read_text()))
        reviewed += 1
        corrected += sum(1 for c in record.fields.values() if c.changed)
    return reviewed, corrected


def learning_loop(
    train_dir: str | Path,
    eval_dir: str | Path,
    store_uri: str,
    registry_uri: str | None = None,
    *,
    base: str = "packaged",
    config: PipelineConfig | None = None,
    ocr_cache: str | Path | None = None,
    extra: Sequence[str | Path] = (),
    log: Callable[[str], None] = lambda _m: None,
    **hyper: Any,
) -> LoopReport:
    """Measure, review, retrain, gate, measure again (see the module docstring)."""
    config = config or load_config()
    registry_uri = registry_uri or store_uri
    serving = ModelSettings(registry=registry_uri, receipt=base)
    seconds: dict[str, float] = {}
    t = time.perf_counter()
    measured = {"before": run_accuracy(eval_dir, config, ocr_cache, models=serving)}
    before = measured["before"].summary()
    seconds["before"] = time.perf_counter() - t
    log(f"before ({base}): mean accuracy {before['accuracy'].get('mean', 0):.4f}")
    t = time.perf_counter()
    reviewed, corrected = review_folder(Path(train_dir), store_uri, config, serving, ocr_cache, log)
    seconds["review"] = time.perf_counter() - t
    log(f"reviewed {reviewed} documents, {corrected} fields corrected")
    t, cpu = time.perf_counter(), time.process_time()
    lineage = None if base in ("packaged", "rules", "promoted") else base
    report = train_from_store(
        store_uri, registry_uri, base=lineage, sroie=extra, config=config, ocr_cache=ocr_cache,
        champion=base, promote_if_better=True, created_by="bench:learning-loop", log=log, **hyper,
    )  # fmt: skip
    seconds["train"] = time.perf_counter() - t
    seconds["train_cpu"] = time.process_time() - cpu
    if report.decision is not None:
        log(f"gate: {'passed' if report.decision.passed else 'refused'}: {report.decision.reason}")
    t = time.perf_counter()
    version = ModelSettings(registry=registry_uri, receipt=report.manifest.version)
    measured["challenger"] = run_accuracy(eval_dir, config, ocr_cache, models=version)
    challenger = measured["challenger"].summary()
    after = challenger if report.promoted else before
    seconds["after"] = time.perf_counter() - t
    return LoopReport(before, challenger, after, report, reviewed, corrected, seconds, measured)
