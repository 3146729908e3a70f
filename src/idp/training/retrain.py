"""Retraining the receipt models from examples: split, fit, calibrate out of fold, evaluate, register.

1. **Split.** A share of the *correction* examples is held out, chosen by a hash of the document key and
   the seed, so a document stays on its side as corrections accumulate. Other sources (SROIE-format and
   synthetic folders) only ever train.
2. **Fit.** The vendor/address rankers and value models (:func:`fit_receipt_models`) on the training
   side, ranker positives from the aligned OCR spans, correctness from the reviewed values.
3. **Calibrate.** k-fold within the training side: models fitted on k-1 folds extract the k-th through
   the real extraction stage; their raw confidences and whether each value matched the review
   (confirmed = right, corrected = wrong) fit the per-field calibrator. Nothing held out is used.
4. **Evaluate** the new bundle, and the one in service (the champion), on the held-out documents:
   per-field accuracy, ECE, AUROC, automation at 99% precision.
5. **Register** ``ranker.json``, ``calibration.json``, ``config.json``, ``metrics.json`` and
   ``data.json`` (every example: where it came from, its sha256s, its side of the split).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from idp.document import Document, utc_now
from idp.extractors.calibration import Calibrator, calibrate, load_calibrator
from idp.extractors.receipt_model import ReceiptModels
from idp.extractors.receipt_rankers import RANKER_KINDS
from idp.extractors.value_memory import ValueMemory
from idp.models.registry import GateDecision, ModelManifest, ModelRegistry
from idp.models.registry_load import RECEIPT, ReceiptBundle, bundle_files
from idp.training.evaluate import (
    SROIE_FIELDS,
    FieldOutcome,
    accuracy_by_key,
    calibration_report,
    score_document,
)
from idp.training.examples import Example
from idp.training.receipt_train import (
    SpanCache,
    calibration_data,
    extract_receipt_doc,
    fit_receipt_models,
    make_folds,
    recalibrated,
)

MEMORY_KEYS = ("company", "address")  # the SROIE keys whose reviewed values are remembered
MEMORY_FIELDS = {k: SROIE_FIELDS[k] for k in MEMORY_KEYS}


class TrainSettings(BaseModel):
    """How a version was trained (``config.json`` of the version)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc_type: Literal["receipt"] = "receipt"
    name: str = RECEIPT
    holdout: float = Field(default=0.2, gt=0, lt=1, description="share of correction records held out")
    folds: int = Field(default=5, ge=2, description="k for the out-of-fold calibration data")
    seed: int = 0
    ranker: str = Field(default="linear", description="ranker kind: linear | torch (receipt_rankers.py)")
    l2: float = Field(default=0.05, ge=0, description="ranker L2 penalty")
    conf_l2: float = Field(default=1.0, ge=0, description="value-model L2 penalty")
    calibration: Literal["platt", "isotonic"] = "platt"
    precision: float = Field(default=0.99, gt=0, le=1, description="precision for the automation rate")
    memory: bool = Field(default=True, description="remember reviewed vendor names and addresses")
    lexicon: bool = Field(default=True, description="mend misread words by reviewed values' words")
    memory_max_distance: float = Field(
        default=0.12, ge=0, lt=1, description="normalised edit distance within which a reading snaps"
    )

    @field_validator("ranker")
    @classmethod
    def _known_kind(cls, kind: str) -> str:
        if kind not in RANKER_KINDS:
            raise ValueError(f"unknown ranker kind {kind!r} (known: {', '.join(RANKER_KINDS)})")
        return kind


def heldout_side(name: str, share: float, seed: int) -> bool:
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def split(examples: Sequence[Example], share: float, seed: int) -> tuple[list[Example], list[Example]]:
    """(train, held out): correction examples by hash; at least one of them on each side when possible."""
    held = [e for e in examples if e.source == "corrections" and heldout_side(e.name, share, seed)]
    corrections = [e for e in examples if e.source == "corrections"]
    if not held and len(corrections) >= 2:  # tiny sets: hold out the one the hash likes most
        held = [min(corrections, key=lambda e: hashlib.sha256(f"{seed}:{e.name}".encode()).digest())]
    if len(held) == len(corrections) and len(held) > 1:
        held = held[:-1]
    names = {e.name for e in held}
    return [e for e in examples if e.name not in names or e.source != "corrections"], held


def score(example: Example, doc: Document) -> list[FieldOutcome]:
    """Outcomes of the known keys of ``example``."""
    mapping = {k: v for k, v in SROIE_FIELDS.items() if k in example.truth}
    return score_document(example.name, doc.fields, example.truth, mapping, example.attrs)


def bundle_outcomes(bundle: ReceiptBundle, examples: Sequence[Example]) -> list[FieldOutcome]:
    """Extract each example with ``bundle`` (the real extraction stage) and score it, calibrated."""
    out: list[FieldOutcome] = []
    for example in examples:
        doc = extract_receipt_doc(example.document, bundle.models)
        kind = str(doc.doc_type.value)
        out += score(example, calibrate(doc, bundle.calibrator if kind == RECEIPT else load_calibrator(kind)))
    return out


def summarise(outcomes: Sequence[FieldOutcome], precision: float = 0.99) -> dict[str, Any]:
    rep = calibration_report(outcomes, precision)
    return {
        "documents": len({o.doc_id for o in outcomes}),
        "fields": len(outcomes),
        "accuracy": {k: round(v, 4) for k, v in accuracy_by_key(outcomes).items()},
        "ece_10_bins": round(rep.ece, 4),
        "auroc": None if rep.auroc is None else round(rep.auroc, 4),
        "automation": round(rep.automation.rate, 4),
        "automation_threshold": rep.automation.threshold,
        "precision": precision,
    }


def _keys(examples: Sequence[Example]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    keys = [dict(e.truth) for e in examples]
    rank = [
        {**{k: v for k, v in e.truth.items() if k not in ("company", "address")}, **e.rank_keys}
        for e in examples
    ]
    return keys, rank


def fit_models(
    examples: Sequence[Example],
    settings: TrainSettings,
    version: str,
    fitted_on: str,
    cache: SpanCache | None = None,
) -> ReceiptModels:
    keys, rank = _keys(examples)
    docs = [e.document for e in examples]
    inner = min(5, max(2, len(examples) // 4))
    models = fit_receipt_models(
        docs,
        keys,
        version,
        fitted_on,
        l2=settings.l2,
        inner_folds=inner,
        cache=cache,
        conf_l2=settings.conf_l2,
        rank_keys=rank,
        ranker=settings.ranker,
        lexicon=settings.lexicon,
    )
    if settings.memory:
        models.memory = ValueMemory.build(keys, MEMORY_FIELDS, max_distance=settings.memory_max_distance)
    return models


def out_of_fold(
    examples: Sequence[Example], settings: TrainSettings, cache: SpanCache | None = None
) -> list[FieldOutcome]:
    """Raw-confidence outcomes of models that did not see the document (k-fold within ``examples``)."""
    by_name = {e.name: e for e in examples}
    outcomes: list[FieldOutcome] = []
    for test in make_folds(list(by_name), min(settings.folds, len(by_name)), settings.seed):
        train = [e for n, e in by_name.items() if n not in set(test)]
        models = fit_models(train, settings, "oof", "", cache)
        for n in test:
            outcomes += score(by_name[n], extract_receipt_doc(by_name[n].document, models))
    return outcomes


@dataclass
class TrainResult:
    models: ReceiptModels
    calibrator: Calibrator
    metrics: dict[str, Any]  # metrics.json
    data: dict[str, Any]  # data.json
    train: list[Example]
    heldout: list[Example]

    def bundle(self, label: str) -> ReceiptBundle:
        return ReceiptBundle(label, self.models, self.calibrator)


def train_receipt(
    examples: Sequence[Example],
    settings: TrainSettings,
    version: str,
    champion: ReceiptBundle,
    fitted_on: str = "",
) -> TrainResult:
    """Fit, calibrate and evaluate a new version against ``champion`` (see the module docstring)."""
    t0 = time.perf_counter()
    train, heldout = split(examples, settings.holdout, settings.seed)
    if len(train) < settings.folds or not any(e.rank_keys for e in train):
        raise ValueError(
            f"{len(train)} training documents ({sum(bool(e.rank_keys) for e in train)} with a vendor or "
            f"address found in their OCR): too few to train (at least {settings.folds})"
        )
    cache = SpanCache()
    oof = out_of_fold(train, settings, cache)
    models = fit_models(train, settings, version, fitted_on, cache)
    t_fit = time.perf_counter() - t0
    calibrator = Calibrator.fit(
        RECEIPT, version, calibration_data(oof), fitted_on=f"out-of-fold predictions on {fitted_on}",
        method=settings.calibration,
    )  # fmt: skip
    metrics: dict[str, Any] = {"out_of_fold": summarise(recalibrated(oof, calibrator), settings.precision)}
    if heldout:
        challenger = summarise(
            bundle_outcomes(ReceiptBundle(version, models, calibrator), heldout), settings.precision
        )
        metrics["heldout"] = challenger
        metrics["champion"] = {
            "label": champion.label,
            "heldout": summarise(bundle_outcomes(champion, heldout), settings.precision),
        }
    metrics["timing_s"] = {"fit": round(t_fit, 2), "total": round(time.perf_counter() - t0, 2)}
    models.metrics = calibrator.metrics = {k: v for k, v in metrics.items() if k != "timing_s"}
    held = {e.name for e in heldout}
    data = {
        "created_at": utc_now(),
        "doc_type": settings.doc_type,
        "examples": [
            {
                "name": e.name,
                "source": e.source,
                "split": "heldout" if e.name in held else "train",
                "keys": sorted(e.truth),
                **e.ref,
            }
            for e in examples
        ],
    }
    return TrainResult(models, calibrator, metrics, data, train, heldout)


def register(
    registry: ModelRegistry,
    result: TrainResult,
    settings: TrainSettings,
    version: str,
    base: str | None,
    sources: dict[str, Any],
    decision: GateDecision | None,
    created_by: str | None = None,
) -> ModelManifest:
    """Store a trained version (not in service until promoted)."""
    files = bundle_files(result.models, result.calibrator)
    gate = decision.model_dump(mode="json", include={"passed", "reason", "champion"}) if decision else None
    metrics = {**result.metrics, "gate_at_training": gate}
    files["metrics.json"] = (json.dumps(metrics, indent=1) + "\n").encode()
    config = {**settings.model_dump(mode="json"), "base": base, "sources": sources}
    files["config.json"] = (json.dumps(config, indent=1) + "\n").encode()
    files["data.json"] = (json.dumps(result.data, indent=1) + "\n").encode()
    held = result.metrics.get("heldout", {})
    summary = {
        "train_documents": len(result.train),
        "heldout_documents": len(result.heldout),
        "heldout_mean_accuracy": held.get("accuracy", {}).get("mean"),
        "heldout_automation": held.get("automation"),
        "heldout_ece": held.get("ece_10_bins"),
    }
    return registry.register(
        settings.name, files, version=version, base=base, fitted_on=result.models.fitted_on,
        summary=summary, created_by=created_by,
    )  # fmt: skip
