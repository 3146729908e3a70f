"""Calibrated field confidence: a raw extractor score mapped to the probability the value is right.

Rule and model scores rank values but are not probabilities: a receipt address reported at 0.8 may be
right half the time. A :class:`Calibrator` holds, per field, a monotone map from raw score to
P(correct), fitted on *out-of-fold* predictions (values the extractor produced for documents it was
not fitted on), so on new documents a field reported at confidence c is right about c of the time.

Two kinds of map. **Platt** (the default): ``sigmoid(a * logit(raw) + b)``, two numbers per field,
shrunk towards the identity when data are few; strictly increasing, so the raw score's ranking of
errors survives, and stable on the hundred-odd samples a field has. **Isotonic** (pool-adjacent-
violators): any monotone shape; blocks of fewer than ``min_block`` samples are pooled with their
neighbours and each block's rate gets ``prior_weight`` pseudo-counts at 0.5 (Laplace's rule: 40 right
answers read 41/42, not a certain 1.0). Fields the calibrator does not know keep their raw confidence.

The fitted maps are data: a small JSON manifest (name, version, what it was fitted on, metrics, and
the per-field map parameters) under ``idp/models/calibration/<name>.json``, loaded once per process;
:func:`using_calibrator` swaps in another (a model registry's version) for a block of code.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

import numpy as np

from idp.document import Document, FieldValue
from idp.extractors.e_invoice import SOURCE as E_INVOICE_SOURCE

MANIFEST_FORMAT = "idp.calibration/1"


def isotonic_fit(x: Sequence[float], y: Sequence[float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pool-adjacent-violators: non-decreasing block means of ``y`` ordered by ``x``.

    Returns per block: the mean ``x``, the mean ``y`` and the count. Equal ``x`` values always share
    a block, so the fit is a function of ``x``."""
    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)
    order = np.argsort(xs, kind="mergesort")
    xs, ys = xs[order], ys[order]
    # start from one block per distinct x
    ux, start = np.unique(xs, return_index=True)
    counts = np.diff(np.append(start, len(xs))).astype(float)
    sums_y = np.add.reduceat(ys, start) if len(xs) else np.array([])
    sums_x = ux * counts
    bx, by, bn = [], [], []  # block sums
    for sx, sy, n in zip(sums_x, sums_y, counts, strict=True):
        bx.append(sx)
        by.append(sy)
        bn.append(n)
        while len(bn) > 1 and by[-2] / bn[-2] > by[-1] / bn[-1]:
            sx2, sy2, n2 = bx.pop(), by.pop(), bn.pop()
            bx[-1] += sx2
            by[-1] += sy2
            bn[-1] += n2
    n_arr = np.asarray(bn)
    return np.asarray(bx) / n_arr, np.asarray(by) / n_arr, n_arr


def merge_small_blocks(
    x: np.ndarray, y: np.ndarray, n: np.ndarray, min_count: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Adjacent blocks pooled left to right until each holds ``min_count`` samples (a short last run
    joins the block before it). Pooling neighbours of a monotone sequence keeps it monotone."""
    out: list[list[float]] = []  # [sum x, sum y, count]
    acc = [0.0, 0.0, 0.0]
    for xi, yi, ni in zip(x, y, n, strict=True):
        acc = [acc[0] + xi * ni, acc[1] + yi * ni, acc[2] + ni]
        if acc[2] >= min_count:
            out.append(acc)
            acc = [0.0, 0.0, 0.0]
    if acc[2]:
        if out:
            out[-1] = [a + b for a, b in zip(out[-1], acc, strict=True)]
        else:
            out.append(acc)
    arr = np.asarray(out)
    return arr[:, 0] / arr[:, 2], arr[:, 1] / arr[:, 2], arr[:, 2]


def _logit(score: float | np.ndarray) -> float | np.ndarray:
    p = np.clip(score, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


@dataclass
class FieldMap:
    """One field's monotone map from raw score to probability, and how many samples fitted it.

    ``platt``: ``sigmoid(a * logit(score) + b)``, two numbers, strictly increasing (keeps the raw
    ranking). ``isotonic``: knots ``x -> y`` interpolated linearly (any monotone shape, coarser)."""

    kind: Literal["platt", "isotonic"]
    n: int
    a: float = 1.0
    b: float = 0.0
    x: list[float] = field(default_factory=list)
    y: list[float] = field(default_factory=list)

    def __call__(self, score: float) -> float:
        if self.kind == "platt":
            return float(1.0 / (1.0 + np.exp(-(self.a * _logit(score) + self.b))))
        return float(np.interp(score, self.x, self.y)) if self.x else score

    @classmethod
    def fit_isotonic(
        cls, scores: Sequence[float], correct: Sequence[bool], prior_weight: float = 2.0, min_block: int = 10
    ) -> FieldMap:
        if len(scores) == 0:
            return cls("isotonic", 0)
        bx, by, bn = merge_small_blocks(*isotonic_fit(scores, [float(c) for c in correct]), min_block)
        shrunk = (by * bn + prior_weight * 0.5) / (bn + prior_weight)
        shrunk = np.maximum.accumulate(shrunk)  # shrinking must not undo monotonicity
        x = [round(float(v), 6) for v in bx]
        return cls("isotonic", len(scores), x=x, y=[round(float(v), 6) for v in shrunk])

    @classmethod
    def fit_platt(cls, scores: Sequence[float], correct: Sequence[bool], l2: float = 1.0) -> FieldMap:
        """Logistic regression of correctness on logit(score) (Newton), shrunk towards the identity
        map (a=1, b=0) so that a field with few samples keeps its raw confidence; a >= 0."""
        z = np.asarray(_logit(np.asarray(scores, dtype=float)))
        y = np.asarray(correct, dtype=float)
        design = np.c_[z, np.ones_like(z)]
        prior = np.array([1.0, 0.0])

        def loss(w: np.ndarray) -> float:  # penalised negative log-likelihood
            s = design @ w
            return float(np.sum(np.logaddexp(0.0, s) - y * s) + 0.5 * l2 * np.sum((w - prior) ** 2))

        w = prior.copy()
        for _ in range(100):
            p = 1.0 / (1.0 + np.exp(-(design @ w)))
            grad = design.T @ (p - y) + l2 * (w - prior)
            hess = (design * (p * (1 - p))[:, None]).T @ design + l2 * np.eye(2)
            step = np.linalg.solve(hess, grad)
            # damped: a full Newton step can overshoot and diverge when scores barely predict correctness
            current, t = loss(w), 1.0
            while t > 1e-6 and loss(w - t * step) > current:
                t *= 0.5
            w -= t * step
            if np.abs(t * step).max() < 1e-9:
                break
        return cls("platt", len(z), a=round(max(float(w[0]), 0.0), 6), b=round(float(w[1]), 6))

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "platt":
            return {"kind": "platt", "a": self.a, "b": self.b, "n": self.n}
        return {"kind": "isotonic", "x": self.x, "y": self.y, "n": self.n}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FieldMap:
        if data.get("kind") == "platt":
            return cls("platt", int(data["n"]), a=float(data["a"]), b=float(data["b"]))
        if data.get("kind") != "isotonic":
            raise ValueError(f"unknown calibration map kind {data.get('kind')!r}")
        fmap = cls("isotonic", int(data["n"]), x=list(data["x"]), y=list(data["y"]))
        if len(fmap.x) != len(fmap.y) or any(b < a for a, b in pairwise(fmap.x)):
            raise ValueError("isotonic calibration map is malformed")
        return fmap


@dataclass
class Calibrator:
    """Per-field confidence maps with their provenance (the manifest)."""

    name: str
    version: str
    fields: dict[str, FieldMap] = field(default_factory=dict)
    fitted_on: str = ""
    method: str = "platt"
    metrics: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def fit(
        cls,
        name: str,
        version: str,
        data: Mapping[str, tuple[Sequence[float], Sequence[bool]]],
        fitted_on: str = "",
        metrics: Mapping[str, Any] | None = None,
        method: Literal["platt", "isotonic"] = "platt",
    ) -> Calibrator:
        """``data``: field name -> (raw confidences, whether each value was right), out of fold."""
        fit = FieldMap.fit_platt if method == "platt" else FieldMap.fit_isotonic
        maps = {f: fit(s, c) for f, (s, c) in data.items() if len(s)}
        return cls(name, version, maps, fitted_on, method, dict(metrics or {}))

    def confidence(self, field_name: str, raw: float) -> float:
        fmap = self.fields.get(field_name)
        return raw if fmap is None else min(max(fmap(raw), 0.0), 1.0)

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "name": self.name,
            "version": self.version,
            "method": self.method,
            "fitted_on": self.fitted_on,
            "metrics": self.metrics,
            "fields": {f: m.to_dict() for f, m in sorted(self.fields.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Calibrator:
        if data.get("format") != MANIFEST_FORMAT:
            raise ValueError(f"not a calibration manifest (format {data.get('format')!r})")
        maps = {f: FieldMap.from_dict(m) for f, m in data["fields"].items()}
        return cls(
            data["name"], data["version"], maps, data.get("fitted_on", ""), data.get("method", ""),
            dict(data.get("metrics", {})),
        )  # fmt: skip

    def save(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(self.to_dict(), indent=1) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> Calibrator:
        return cls.from_dict(json.loads(Path(path).read_text()))


_RAW = ContextVar("raw_confidence", default=False)


@contextmanager
def raw_confidence() -> Iterator[None]:
    """Inside the block :func:`calibrate` leaves documents alone: training and benchmarks need the
    extractor's raw scores to fit and assess calibrators."""
    token = _RAW.set(True)
    try:
        yield
    finally:
        _RAW.reset(token)


def calibrate(doc: Document, calibrator: Calibrator | None) -> Document:
    """``doc`` with each known field's confidence replaced by its calibrated probability of being right.

    Values read from an attached e-invoice's XML keep theirs: they are no extractor's guesses.

    Records the calibrator in ``doc.models["calibration"]``; a document already calibrated by it, a
    ``None`` calibrator, or a call inside :func:`raw_confidence` returns ``doc`` unchanged."""
    if calibrator is None or _RAW.get() or doc.models.get("calibration") == calibrator.tag:
        return doc
    fields: dict[str, FieldValue] = {
        name: fv.model_copy(update={"confidence": round(calibrator.confidence(name, fv.confidence), 4)})
        if name in calibrator.fields and not fv.source.startswith(E_INVOICE_SOURCE)
        else fv
        for name, fv in doc.fields.items()
    }
    return doc.model_copy(update={"fields": fields, "models": {**doc.models, "calibration": calibrator.tag}})


@lru_cache(maxsize=16)
def packaged_calibrator(name: str) -> Calibrator | None:
    """The packaged calibrator ``idp/models/calibration/<name>.json`` (e.g. ``receipt``), or None."""
    ref = resources.files("idp.models").joinpath("calibration", f"{name}.json")
    if not ref.is_file():
        return None
    return Calibrator.from_dict(json.loads(ref.read_text()))


_OVERRIDES: ContextVar[tuple[tuple[str, Calibrator | None], ...]] = ContextVar("calibrators", default=())


def load_calibrator(name: str) -> Calibrator | None:
    """The calibrator of document type ``name`` in use: one set by :func:`using_calibrator` (a model
    registry version), else the packaged one, else None."""
    for key, calibrator in reversed(_OVERRIDES.get()):
        if key == name:
            return calibrator
    return packaged_calibrator(name)


@contextmanager
def using_calibrator(name: str, calibrator: Calibrator | None) -> Iterator[None]:
    """Calibrate documents of type ``name`` with ``calibrator`` inside the block (None: leave raw)."""
    token = _OVERRIDES.set((*_OVERRIDES.get(), (name, calibrator)))
    try:
        yield
    finally:
        _OVERRIDES.reset(token)
