"""`idp train`: correction records (+ SROIE-format folders) -> a new registered version -> maybe promoted.

The data store holds ``corrections/<doc_type>/`` and ``ocr/`` (a results store after review sync); the
registry (by default the same store) gets ``models/<name>/<version>/``. ``base`` names the version the
new one is trained from: its hyperparameters are reused unless given, and it is recorded as the parent.
With ``promote`` the new version goes through the champion/challenger gate at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idp.config import PipelineConfig, load_config
from idp.models.registry import GateDecision, ModelManifest, ModelRegistry, RegistryError, open_registry
from idp.models.registry_load import ModelSettings
from idp.pipeline.store import open_store
from idp.training.examples import Example, load_corrections, load_sroie
from idp.training.gate import champion_bundle, decide, promote
from idp.training.retrain import TrainResult, TrainSettings, register, train_receipt


@dataclass
class TrainReport:
    manifest: ModelManifest
    result: TrainResult
    decision: GateDecision | None  # the gate against the version in service at training time
    promoted: bool
    seconds: float
    examples: int


def sroie_examples(
    folders: Sequence[str | Path], config: PipelineConfig | None, ocr_cache: str | Path | None
) -> list[Example]:
    """Examples of SROIE-format folders, OCR'd by the pipeline's stages (OCR served from the cache)."""
    if not folders:
        return []
    from idp.pipeline.processor import DocumentProcessor
    from idp.training.accuracy import CachedOcrEngine

    processor = DocumentProcessor(config or load_config(), models=ModelSettings())
    if ocr_cache is not None:
        processor.ocr_engine = CachedOcrEngine(processor.ocr_engine, ocr_cache)
    return [e for folder in folders for e in load_sroie(folder, processor)]


def settings_from_base(registry: ModelRegistry, model: str, base: str | None, **given: Any) -> TrainSettings:
    """Hyperparameters: those given, else the base version's, else the defaults."""
    inherited: dict[str, Any] = {}
    if base is not None:
        config = registry.read_json(model, base, "config.json")
        inherited = {k: v for k, v in config.items() if k in TrainSettings.model_fields}
    return TrainSettings(**{**inherited, **{k: v for k, v in given.items() if v is not None}})


def train_from_store(
    data_uri: str,
    registry_uri: str | None = None,
    *,
    doc_type: str = "receipt",
    base: str | None = None,
    sroie: Sequence[str | Path] = (),
    config: PipelineConfig | None = None,
    ocr_cache: str | Path | None = None,
    champion: str | None = None,
    promote_if_better: bool = False,
    created_by: str | None = None,
    log: Callable[[str], None] = lambda _m: None,
    **hyper: Any,
) -> TrainReport:
    """Train, evaluate against the version in service (``champion``: packaged | rules | vN to say what
    serves, by default the registry's promoted version or the packaged models), register, and with
    ``promote_if_better`` promote through the gate. ``hyper``: TrainSettings fields."""
    if doc_type != "receipt":
        raise ValueError(f"only receipt models can be trained so far, not {doc_type!r}")
    t0 = time.perf_counter()
    store = open_store(data_uri)
    registry = open_registry(registry_uri or data_uri)
    name = hyper.pop("name", None) or "receipt"
    settings = settings_from_base(registry, name, base, name=name, **hyper)
    if base is not None:
        base = registry.manifest(settings.name, base).version
    examples = load_corrections(store, doc_type)
    n_corrections = len(examples)
    log(f"{n_corrections} correction records of {doc_type} in {store.uri}")
    extra = sroie_examples(sroie, config, ocr_cache)
    if extra:
        log(f"{len(extra)} receipts of {', '.join(str(f) for f in sroie)}")
    if not n_corrections:
        raise RegistryError(
            f"no correction records under corrections/{doc_type}/ in {store.uri}: nothing to hold out"
        )
    version = registry.next_version(settings.name)
    current = champion_bundle(registry, settings.name, champion)
    fitted_on = f"{n_corrections} correction records of {store.uri}" + (
        f" + {len(extra)} receipts of {', '.join(Path(f).name for f in sroie)}" if extra else ""
    )
    result = train_receipt(examples + extra, settings, version, current, fitted_on)
    decision = None
    if "heldout" in result.metrics:
        decision = decide(
            f"{settings.name}@{version}", current.label, result.metrics["heldout"],
            result.metrics["champion"]["heldout"],
        )  # fmt: skip
    sources = {"corrections": store.uri, "sroie": [str(f) for f in sroie], "ocr_cache": bool(ocr_cache)}
    manifest = register(registry, result, settings, version, base, sources, decision, created_by)
    log(f"registered {manifest.tag} in {registry.uri}")
    promoted = False
    if promote_if_better and decision is not None and decision.passed:
        promote(registry, manifest.version, settings.name, champion=champion, by=created_by)
        promoted = True
    return TrainReport(
        manifest, result, decision, promoted, time.perf_counter() - t0, len(examples) + len(extra)
    )
