"""Which learned receipt models the pipeline uses: the packaged ones, the rules, or a registry version.

A registry version of the ``receipt`` model holds ``ranker.json`` (the vendor/address rankers and value
models, :class:`~idp.extractors.receipt_model.ReceiptModels`; a ranker kind with a weights file names
it, e.g. ``ranker-vendor.safetensors``, stored and sha256-checked beside it) and ``calibration.json``
(the per-field confidence calibrator). :class:`ModelSettings` (the ``models:`` section of the pipeline
config) names the registry and the version; :func:`load_receipt_bundle` resolves them once, when a
worker builds its processor, so a promotion takes effect on the next run. ``ReceiptBundle.active()``
switches the extractors to the bundle for a block of code (context variables: threads and tasks do not
mix).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from idp.config import ModelSettings
from idp.extractors.calibration import Calibrator, packaged_calibrator, using_calibrator
from idp.extractors.receipt_model import ReceiptModels, packaged_models, using_models
from idp.models.registry import ModelRegistry, RegistryError, open_registry, parse_version

RECEIPT = "receipt"  # the registry name of the receipt extractor models, and their document type
RANKER_FILE = "ranker.json"
CALIBRATION_FILE = "calibration.json"
SPECIAL = ("promoted", "packaged", "rules")


@dataclass(frozen=True)
class ReceiptBundle:
    """The receipt rankers (None: the layout rules) and the receipt calibrator, with where they came from."""

    label: str  # "packaged:receipt-ranker@1", "rules" or a registry version such as "receipt@v3"
    models: ReceiptModels | None
    calibrator: Calibrator | None

    @property
    def ranker_tag(self) -> str:
        return self.models.tag if self.models is not None else "rules"

    @contextmanager
    def active(self) -> Iterator[None]:
        """Extract and calibrate receipts with this bundle inside the block."""
        with using_models(self.models), using_calibrator(RECEIPT, self.calibrator):
            yield


def packaged_bundle() -> ReceiptBundle:
    models = packaged_models()
    return ReceiptBundle(
        f"packaged:{models.tag if models else 'rules'}", models, packaged_calibrator(RECEIPT)
    )


def rules_bundle() -> ReceiptBundle:
    """The layout rules for vendor and address; confidence calibrated by the packaged calibrator."""
    return ReceiptBundle("rules", None, packaged_calibrator(RECEIPT))


def bundle_files(models: ReceiptModels, calibrator: Calibrator) -> dict[str, bytes]:
    """The weight files of a registry version."""
    return {
        **models.files(RANKER_FILE),
        CALIBRATION_FILE: (json.dumps(calibrator.to_dict(), indent=1) + "\n").encode(),
    }


def bundle_from_registry(registry: ModelRegistry, version: str, name: str = RECEIPT) -> ReceiptBundle:
    version = parse_version(version)
    models = ReceiptModels.from_dict(
        registry.read_json(name, version, RANKER_FILE), lambda file: registry.read(name, version, file)
    )
    calibrator = Calibrator.from_dict(registry.read_json(name, version, CALIBRATION_FILE))
    return ReceiptBundle(f"{name}@{version}", models, calibrator)


def in_service(registry: ModelRegistry | None, name: str = RECEIPT) -> ReceiptBundle:
    """The promoted version, or the packaged models when nothing is promoted (or no registry)."""
    promotion = registry.promoted(name) if registry is not None else None
    if promotion is None:
        return packaged_bundle()
    return bundle_from_registry(registry, promotion.version, name)


def resolve_bundle(spec: str, registry: ModelRegistry | None, name: str = RECEIPT) -> ReceiptBundle:
    """``promoted`` | ``packaged`` | ``rules`` | a version (``v3`` or ``3``) of ``registry``."""
    if spec == "packaged":
        return packaged_bundle()
    if spec == "rules":
        return rules_bundle()
    if spec == "promoted":
        return in_service(registry, name)
    if registry is None:
        raise RegistryError(f"model version {spec!r} asked for, but no registry is configured")
    return bundle_from_registry(registry, spec, name)


def load_receipt_bundle(settings: ModelSettings | None) -> ReceiptBundle:
    """The bundle a processor extracts receipts with (packaged without settings or registry)."""
    if settings is None:
        return packaged_bundle()
    registry = open_registry(settings.registry) if settings.registry else None
    return resolve_bundle(settings.receipt, registry)
