"""Scoring extracted fields against ground truth, and how far their confidence can be trusted.

- **Scoring** follows the SROIE task-3 convention: a field is right when the extracted string equals the
  key after collapsing whitespace, case-insensitively. ``date`` is compared as printed (the field's
  ``raw``); ``total`` may match the normalised value or the raw text.
- **Calibration**: expected calibration error over equal-width confidence bins and the reliability
  table behind it (per bin: how many fields, their mean confidence, the share that was right).
- **Ranking**: AUROC of confidence for right vs wrong (0.5: confidence says nothing about errors).
- **Automation at a precision**: the share of all fields that can be auto-accepted with a single
  confidence threshold while the accepted ones stay at least that precise.

Pure functions over lists and numpy arrays: the CLI (``idp bench accuracy``), the benchmarks and the
training loop all import them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from idp.document import FieldValue

# SROIE key -> our receipt field, and which FieldValue attributes count as the answer
SROIE_FIELDS: dict[str, str] = {
    "company": "vendor_name",
    "address": "vendor_address",
    "date": "date",
    "total": "total",
}
ANSWER_ATTRS: dict[str, tuple[str, ...]] = {
    "company": ("value",),
    "address": ("value",),
    "date": ("raw",),
    "total": ("value", "raw"),
}


def normalise_answer(text: str | None) -> str:
    """Whitespace collapsed, upper-cased: the SROIE comparison form."""
    return re.sub(r"\s+", " ", text or "").strip().upper()


@dataclass(frozen=True)
class FieldOutcome:
    """One field of one document, scored."""

    doc_id: str
    key: str  # the ground-truth key (``company``, ``total`` ...)
    expected: str
    predicted: str | None  # None: the extractor reported no value
    correct: bool
    confidence: float  # 0.0 for a field not reported


def answers(field: FieldValue | None, attrs: Sequence[str]) -> set[str]:
    if field is None or field.value in (None, ""):
        return set()
    return {normalise_answer(getattr(field, a)) for a in attrs if getattr(field, a)}


def score_document(
    doc_id: str,
    fields: Mapping[str, FieldValue],
    truth: Mapping[str, str | None],
    mapping: Mapping[str, str] = SROIE_FIELDS,
    attrs: Mapping[str, tuple[str, ...]] = ANSWER_ATTRS,
) -> list[FieldOutcome]:
    """Outcomes of one document's fields against its keys (``truth``: key -> expected text).

    A key whose expected text is empty is right when nothing (or an empty value) was extracted."""
    out = []
    for key, field_name in mapping.items():
        expected = normalise_answer(truth.get(key))
        field = fields.get(field_name)
        got = answers(field, attrs.get(key, ("value",)))
        correct = expected in got if got else expected == ""
        predicted = None if not got else normalise_answer(getattr(field, attrs.get(key, ("value",))[0]))
        confidence = field.confidence if field is not None and got else 0.0
        out.append(FieldOutcome(doc_id, key, expected, predicted, correct, confidence))
    return out


def accuracy_by_key(outcomes: Iterable[FieldOutcome]) -> dict[str, float]:
    """Share of right fields per key, plus ``mean`` (the mean over keys)."""
    hits: dict[str, list[bool]] = {}
    for o in outcomes:
        hits.setdefault(o.key, []).append(o.correct)
    acc = {k: float(np.mean(v)) for k, v in hits.items()}
    if acc:
        acc["mean"] = float(np.mean(list(acc.values())))
    return acc


@dataclass(frozen=True)
class ReliabilityBin:
    lo: float
    hi: float
    count: int
    mean_confidence: float | None
    accuracy: float | None


def _arrays(confidence: Sequence[float], correct: Sequence[bool]) -> tuple[np.ndarray, np.ndarray]:
    c = np.clip(np.asarray(confidence, dtype=float), 0.0, 1.0)
    y = np.asarray(correct, dtype=float)
    if c.shape != y.shape:
        raise ValueError("confidence and correct differ in length")
    return c, y


def reliability_table(
    confidence: Sequence[float], correct: Sequence[bool], n_bins: int = 10
) -> list[ReliabilityBin]:
    """Equal-width bins over [0, 1]; the last bin includes 1.0."""
    c, y = _arrays(confidence, correct)
    idx = np.minimum((c * n_bins).astype(int), n_bins - 1)
    out = []
    for b in range(n_bins):
        mask = idx == b
        n = int(mask.sum())
        out.append(
            ReliabilityBin(
                b / n_bins,
                (b + 1) / n_bins,
                n,
                float(c[mask].mean()) if n else None,
                float(y[mask].mean()) if n else None,
            )
        )
    return out


def expected_calibration_error(
    confidence: Sequence[float], correct: Sequence[bool], n_bins: int = 10
) -> float:
    """sum over bins of |accuracy - mean confidence| weighted by the bin's share of fields."""
    c, _ = _arrays(confidence, correct)
    if len(c) == 0:
        return 0.0
    bins = reliability_table(confidence, correct, n_bins)
    return float(sum(b.count * abs(b.accuracy - b.mean_confidence) for b in bins if b.count) / len(c))


def auroc(confidence: Sequence[float], correct: Sequence[bool]) -> float | None:
    """P(a right field has higher confidence than a wrong one), ties counted half; None without both."""
    c, y = _arrays(confidence, correct)
    pos, neg = c[y == 1], c[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        return None
    # Mann-Whitney U from average ranks (ties share their mean rank)
    order = np.argsort(c, kind="mergesort")
    ranks = np.empty(len(c))
    sorted_c = c[order]
    i = 0
    while i < len(c):
        j = i
        while j + 1 < len(c) and sorted_c[j + 1] == sorted_c[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    u = ranks[y == 1].sum() - len(pos) * (len(pos) + 1) / 2
    return float(u / (len(pos) * len(neg)))


@dataclass(frozen=True)
class Automation:
    precision_target: float
    threshold: float | None  # auto-accept fields with confidence >= threshold; None: none can be
    rate: float  # share of all fields auto-accepted
    precision: float | None  # precision of the accepted ones
    accepted: int
    total: int


def automation_at_precision(
    confidence: Sequence[float], correct: Sequence[bool], precision: float = 0.99
) -> Automation:
    """The lowest threshold whose accepted fields (confidence >= threshold, and > 0) are at least
    ``precision`` right, and the share of all fields it accepts. Measured on the data given: on a
    held-out set this is the automation the threshold would have achieved, not a guarantee."""
    c, y = _arrays(confidence, correct)
    best = Automation(precision, None, 0.0, None, 0, len(c))
    for t in np.unique(c[c > 0])[::-1]:  # high to low: accepted sets grow
        mask = c >= t
        p = float(y[mask].mean())
        if p >= precision:
            best = Automation(precision, float(t), float(mask.sum()) / len(c), p, int(mask.sum()), len(c))
    return best


@dataclass(frozen=True)
class CalibrationReport:
    ece: float
    auroc: float | None
    automation: Automation
    reliability: list[ReliabilityBin]
    n: int


def calibration_report(
    outcomes: Sequence[FieldOutcome], precision: float = 0.99, n_bins: int = 10
) -> CalibrationReport:
    """ECE, AUROC and reliability over the fields that were reported; automation over all fields
    (a field not reported is never auto-accepted)."""
    reported = [o for o in outcomes if o.predicted is not None]
    conf = [o.confidence for o in reported]
    ok = [o.correct for o in reported]
    return CalibrationReport(
        ece=expected_calibration_error(conf, ok, n_bins),
        auroc=auroc(conf, ok),
        automation=automation_at_precision(
            [o.confidence for o in outcomes], [o.correct for o in outcomes], precision
        ),
        reliability=reliability_table(conf, ok, n_bins),
        n=len(reported),
    )


def format_report(outcomes: Sequence[FieldOutcome], precision: float = 0.99, title: str = "") -> str:
    """A plain-text report: accuracy per key and mean, then calibration (pooled and per key)."""
    acc = accuracy_by_key(outcomes)
    n_docs = len({o.doc_id for o in outcomes})
    heading = f"{title}: " if title else ""
    lines = [f"{heading}{n_docs} documents, {len(outcomes)} fields"] if title or outcomes else []
    for key, value in acc.items():
        n = sum(1 for o in outcomes if o.key == key)
        right = sum(1 for o in outcomes if o.key == key and o.correct)
        lines.append(f"  {key:8s} {value:.3f}" + (f"  ({right}/{n})" if key != "mean" else ""))
    rep = calibration_report(outcomes, precision)
    a = rep.automation
    thr = f"{a.threshold:.3f}" if a.threshold is not None else "-"
    au = f"{rep.auroc:.3f}" if rep.auroc is not None else "-"
    lines.append(f"calibration over {rep.n} reported fields: ECE {rep.ece:.3f}, AUROC {au}")
    lines.append(
        f"automation at {precision:.0%} precision: {a.rate:.3f} of fields ({a.accepted}/{a.total}), "
        f"threshold {thr}"
    )
    for key in sorted({o.key for o in outcomes}):
        sub = [o for o in outcomes if o.key == key]
        r = calibration_report(sub, precision)
        au = f"{r.auroc:.3f}" if r.auroc is not None else "-"
        lines.append(f"  {key:8s} ECE {r.ece:.3f}  AUROC {au}  automation {r.automation.rate:.3f}")
    lines.append("reliability (confidence bin: fields, mean confidence, accuracy)")
    for b in rep.reliability:
        if b.count:
            lines.append(
                f"  [{b.lo:.1f}, {b.hi:.1f}{']' if b.hi >= 1 else ')'}  {b.count:4d}  "
                f"{b.mean_confidence:.3f}  {b.accuracy:.3f}"
            )
    return "\n".join(lines)
