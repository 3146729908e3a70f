"""The evaluation baseline drift is measured against: from the metrics of the model manifests in service.

A manifest's ``metrics`` may carry an explicit baseline, measured on the held-out evaluation set with the
configured review thresholds (what the training loop should write when it promotes a model)::

    "baseline": {"doc_type": "receipt", "automation_rate": 0.41,
                 "fields": {"total": {"mean_confidence": 0.93, "automation_rate": 0.88}, ...}}

Without one, per-field accuracy (``metrics.accuracy``, SROIE keys mapped to our field names) stands in for
the mean confidence: for a calibrated model the expected confidence equals the accuracy, so a calibrated
manifest's accuracy is the mean confidence it should show on data like its evaluation set.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from idp.pipeline.store import Store
from idp.training.evaluate import SROIE_FIELDS

logger = logging.getLogger(__name__)


class FieldBaseline(BaseModel):
    mean_confidence: float | None = None
    automation_rate: float | None = None


class Baseline(BaseModel):
    doc_type: str
    model: str = Field(description="name@version of the manifest")
    source: str = Field(description="where the manifest was read")
    automation_rate: float | None = None
    fields: dict[str, FieldBaseline] = Field(default_factory=dict)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def baseline_from_manifest(
    manifest: Mapping[str, Any], source: str = "", doc_type: str | None = None
) -> Baseline | None:
    """The baseline a manifest's metrics give, or None when they give none."""
    metrics = manifest.get("metrics") or {}
    # a registry version's metrics hold held-out (else out-of-fold) figures: the evaluation it was promoted on
    metrics = metrics.get("heldout") or metrics.get("out_of_fold") or metrics
    explicit = metrics.get("baseline") or {}
    fields: dict[str, FieldBaseline] = {}
    for key, accuracy in (metrics.get("accuracy") or {}).items():
        name = SROIE_FIELDS.get(key, key if key != "mean" else None)
        if name and _number(accuracy) is not None:
            fields[name] = FieldBaseline(mean_confidence=_number(accuracy))
    for name, values in (explicit.get("fields") or {}).items():
        fields[name] = FieldBaseline(
            mean_confidence=_number(values.get("mean_confidence")),
            automation_rate=_number(values.get("automation_rate")),
        )
    automation = _number(explicit.get("automation_rate"))
    if not fields and automation is None:
        return None
    name = str(manifest.get("name", "model"))
    return Baseline(
        doc_type=str(explicit.get("doc_type") or manifest.get("doc_type") or doc_type or name.split("-")[0]),
        model=f"{name}@{manifest.get('version', '?')}",
        source=source,
        automation_rate=automation,
        fields=fields,
    )


def baselines_from_manifests(manifests: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, Baseline]:
    """Doc type -> baseline from (source, manifest) pairs; a later manifest of a type wins."""
    out: dict[str, Baseline] = {}
    for source, manifest in manifests:
        baseline = baseline_from_manifest(manifest, source)
        if baseline is not None:
            out[baseline.doc_type] = baseline
    return out


def packaged_baselines() -> dict[str, Baseline]:
    """Baselines of the calibration manifests shipped in ``idp/models/calibration`` (the models in service):
    calibration turns the extractor's scores into the confidences the report averages."""
    folder = resources.files("idp.models").joinpath("calibration")
    pairs = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            manifest = json.loads(entry.read_text())
            manifest.setdefault("doc_type", entry.name[:-5])
            pairs.append((f"idp/models/calibration/{entry.name}", manifest))
    return baselines_from_manifests(pairs)


def store_baselines(store: Store) -> dict[str, Baseline]:
    """Baselines of the versions promoted in the store's model registry (``models/<name>/promoted.json``):
    the registry name is the document type (e.g. ``receipt``). {} without a registry."""
    from idp.models.registry import ModelRegistry, RegistryError

    registry = ModelRegistry(store)
    pairs = []
    try:
        for name in registry.names():
            promotion = registry.promoted(name)
            if promotion is None:
                continue
            metrics = registry.read_json(name, promotion.version, "metrics.json")
            manifest = {"name": name, "version": promotion.version, "doc_type": name, "metrics": metrics}
            pairs.append((f"models/{name}/{promotion.version}/metrics.json", manifest))
    except (RegistryError, KeyError, ValueError) as exc:
        logger.warning("model registry of %s unreadable, packaged baselines used: %s", store.uri, exc)
        return {}
    return baselines_from_manifests(pairs)


def baselines_in_service(store: Store) -> dict[str, Baseline]:
    """The packaged baselines, replaced per document type by the store's promoted versions."""
    return {**packaged_baselines(), **store_baselines(store)}


def load_baselines(paths: Iterable[str | Path]) -> dict[str, Baseline]:
    """Baselines from model manifest files (``--baseline``), e.g. a registry version's calibration.json."""
    return baselines_from_manifests((str(p), json.loads(Path(p).read_text())) for p in paths)
