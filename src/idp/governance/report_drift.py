"""Drift: per-field mean confidence and automation rate in the window against the evaluation baseline.

A drop (baseline minus observed) beyond the configured limit raises an alert, once at least `min_count`
values were seen: a handful of documents says nothing about a model.
"""

from __future__ import annotations

from idp.governance.report_baseline import Baseline
from idp.governance.report_config import DriftSettings
from idp.governance.report_models import Drift, DriftRow, TypeFigures


def _drop(baseline: float | None, observed: float | None) -> float | None:
    return round(baseline - observed, 4) if baseline is not None and observed is not None else None


def drift_figures(
    by_doc_type: dict[str, TypeFigures], baselines: dict[str, Baseline], limits: DriftSettings
) -> Drift:
    drift = Drift(baselines=[f"{t}: {b.model} ({b.source})" for t, b in sorted(baselines.items())])
    for doc_type, baseline in sorted(baselines.items()):
        figures = by_doc_type.get(doc_type, TypeFigures())
        if baseline.automation_rate is not None:
            row = DriftRow(
                doc_type=doc_type, field="*", model=baseline.model, count=figures.documents,
                automation_rate=figures.automation_rate, baseline_automation_rate=baseline.automation_rate,
                automation_drop=_drop(baseline.automation_rate, figures.automation_rate),
            )  # fmt: skip
            drift.rows.append(row)
        for name, expected in sorted(baseline.fields.items()):
            observed = figures.fields.get(name)
            count = observed.count if observed else 0
            mean = observed.mean_confidence if observed else None
            automation = observed.automation_rate if observed else None
            row = DriftRow(
                doc_type=doc_type, field=name, model=baseline.model, count=count, mean_confidence=mean,
                baseline_mean_confidence=expected.mean_confidence,
                confidence_drop=_drop(expected.mean_confidence, mean), automation_rate=automation,
                baseline_automation_rate=expected.automation_rate,
                automation_drop=_drop(expected.automation_rate, automation),
            )  # fmt: skip
            drift.rows.append(row)
    for row in drift.rows:
        if row.count < limits.min_count:
            continue
        what = f"{row.doc_type} documents" if row.field == "*" else f"{row.doc_type}.{row.field}"
        if row.confidence_drop is not None and row.confidence_drop > limits.max_confidence_drop:
            row.alert = True
            drift.alerts.append(
                f"drift: {what} mean confidence {row.mean_confidence:.3f} is {row.confidence_drop:.3f} below "
                f"the {row.model} baseline {row.baseline_mean_confidence:.3f} "
                f"(limit {limits.max_confidence_drop})"
            )
        if row.automation_drop is not None and row.automation_drop > limits.max_automation_drop:
            row.alert = True
            drift.alerts.append(
                f"drift: {what} automation rate {row.automation_rate:.3f} is {row.automation_drop:.3f} below "
                f"the {row.model} baseline {row.baseline_automation_rate:.3f} "
                f"(limit {limits.max_automation_drop})"
            )
    return drift
