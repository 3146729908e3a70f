"""Champion/challenger: a new version goes into service only when it beats the one in service.

Both are evaluated on the *challenger's* held-out documents (correction records it never trained on):
the challenger passes when its mean field accuracy is higher, or equal with a higher automation rate
at 99% precision. Training records that comparison against the version then in service; promotion
reuses it when the same version is still in service, and otherwise evaluates both again on the held-out
records named in the challenger's ``data.json`` (read from the store they came from, sha256-checked).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from idp.models.registry import GateDecision, ModelRegistry, Promotion, RegistryError
from idp.models.registry_load import RECEIPT, ReceiptBundle, bundle_from_registry, in_service, resolve_bundle
from idp.pipeline.store import open_store
from idp.training.examples import Example, correction_example
from idp.training.retrain import bundle_outcomes, summarise

EPS = 1e-9


def _figures(metrics: Mapping[str, Any]) -> tuple[float, float]:
    return float(metrics.get("accuracy", {}).get("mean", 0.0)), float(metrics.get("automation", 0.0))


def decide(
    challenger: str,
    champion: str,
    challenger_metrics: Mapping[str, Any],
    champion_metrics: Mapping[str, Any],
    min_gain: float = 0.0,
) -> GateDecision:
    """Whether ``challenger`` beats ``champion`` on the same held-out documents (see the module doc)."""
    c_acc, c_auto = _figures(challenger_metrics)
    k_acc, k_auto = _figures(champion_metrics)
    n = int(challenger_metrics.get("documents", 0))
    where = f" on {n} held-out documents"
    if challenger == champion:
        passed, reason, where = False, f"{challenger} is already in service", ""
    elif n == 0:
        passed, reason = False, "no held-out documents to compare on"
    elif c_acc > k_acc + min_gain + EPS:
        passed, reason = True, f"mean field accuracy {c_acc:.4f} > {k_acc:.4f} of {champion}"
    elif abs(c_acc - k_acc) <= EPS and min_gain <= 0 and c_auto > k_auto + EPS:
        passed = True
        reason = f"mean field accuracy equal ({c_acc:.4f}), automation at 99% {c_auto:.4f} > {k_auto:.4f}"
    else:
        passed = False
        reason = (
            f"mean field accuracy {c_acc:.4f} vs {k_acc:.4f} of {champion}, automation {c_auto:.4f} vs "
            f"{k_auto:.4f}" + (f" (needs +{min_gain:.4f})" if min_gain > 0 else "")
        )
    return GateDecision(
        passed=passed, reason=reason + where, challenger=challenger,
        champion=champion, documents=n, challenger_metrics=dict(challenger_metrics),
        champion_metrics=dict(champion_metrics),
    )  # fmt: skip


def heldout_examples(
    registry: ModelRegistry, name: str, version: str, data_uri: str | None = None
) -> list[Example]:
    """The challenger's held-out correction examples, from the store each record was read from (or
    ``data_uri``); a record that changed since (a newer review) or is gone is an error."""
    data = registry.read_json(name, version, "data.json")
    out = []
    for entry in (e for e in data["examples"] if e["split"] == "heldout"):
        uri = data_uri or entry.get("store")
        if not uri:
            raise RegistryError(f"{name}@{version}: held-out record {entry['record']} names no store")
        store = open_store(uri)
        example = correction_example(store, entry["record"])
        if example is None or example.ref.get("record_sha256") != entry.get("record_sha256"):
            raise RegistryError(
                f"held-out record {entry['record']} in {uri} is gone or changed since training"
            )
        out.append(example)
    return out


def champion_bundle(registry: ModelRegistry, name: str, champion: str | None) -> ReceiptBundle:
    """What serves now: ``champion`` when given (packaged | rules | vN), else the promoted version
    (the packaged models when none is)."""
    if champion is not None:
        return resolve_bundle(champion, registry, name)
    return in_service(registry, name)


def evaluate_gate(
    registry: ModelRegistry,
    version: str,
    name: str = RECEIPT,
    champion: str | None = None,
    data_uri: str | None = None,
    min_gain: float = 0.0,
) -> GateDecision:
    """The champion/challenger decision for ``version`` against what serves now."""
    metrics = registry.read_json(name, version, "metrics.json")
    current = champion_bundle(registry, name, champion)
    challenger = f"{name}@{registry.manifest(name, version).version}"
    stored = metrics.get("champion") or {}
    if "heldout" not in metrics or current.label == challenger:
        return decide(challenger, current.label, {}, {}, min_gain)
    if stored.get("label") == current.label:
        return decide(challenger, current.label, metrics["heldout"], stored["heldout"], min_gain)
    examples = heldout_examples(registry, name, version, data_uri)
    precision = float(metrics["heldout"].get("precision", 0.99))
    mine = summarise(bundle_outcomes(bundle_from_registry(registry, version, name), examples), precision)
    theirs = summarise(bundle_outcomes(current, examples), precision)
    return decide(challenger, current.label, mine, theirs, min_gain)


def promote(
    registry: ModelRegistry,
    version: str,
    name: str = RECEIPT,
    force: bool = False,
    champion: str | None = None,
    data_uri: str | None = None,
    by: str | None = None,
    min_gain: float = 0.0,
) -> tuple[Promotion, GateDecision | None]:
    """Promote ``version`` if it passes the gate (or ``force``); raises PromotionRefused otherwise.

    With ``force`` the gate is still evaluated and recorded when it can be (a refusal is kept in the
    promotion record); when it cannot (held-out records gone), the promotion says so."""
    try:
        decision: GateDecision | None = evaluate_gate(registry, version, name, champion, data_uri, min_gain)
    except (RegistryError, KeyError, OSError) as exc:
        if not force:
            raise RegistryError(
                f"cannot evaluate {name}@{version} against the version in service: {exc}"
            ) from exc
        decision = None
    return registry.promote(name, version, decision, force=force, by=by), decision
