"""Learned rankers for receipt vendor names and addresses: linear scores over candidate features.

Each document offers candidate spans (receipt_features.py); a :class:`LinearRanker` scores them
``w . standardised(features)`` and turns the scores into a softmax over the document's candidates, so
the top candidate's probability says how clearly it won. Fitting maximises the likelihood of the right
candidates per document (a conditional logit) with an L2 penalty, by gradient descent in numpy: a few
dozen features and a few thousand candidates need nothing heavier.

A ranker's ``kind`` names its class in :data:`RANKER_KINDS` (``linear`` here; ``torch``, a small
transformer over the candidates' text, in receipt_torch.py, imported only when a manifest asks for it:
torch is an optional extra). Weights are data: ``idp/models/receipt/ranker.json`` holds both rankers
with a manifest (name, version, what they were fitted on, cross-validated metrics), beside a weights
file per ranker whose kind has one (``ranker-vendor.safetensors``); the packaged ones are loaded once
per process. Training code swaps in other weights for a block of code with :func:`using_models` (a
context variable, so threads and Ray tasks do not see each other's choice).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, ClassVar

import numpy as np

from idp.extractors.receipt_features import Candidate
from idp.extractors.receipt_rankers import Ranker, feature_stats, ranker_class, softmax
from idp.extractors.value_memory import ValueMemory
from idp.extractors.word_lexicon import WordLexicon

MANIFEST_FORMAT = "idp.receipt-ranker/1"


@dataclass
class LinearRanker:
    names: list[str]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    kind: ClassVar[str] = "linear"

    def matrix(self, candidates: Sequence[Candidate]) -> np.ndarray:
        x = np.array([[c.features.get(n, 0.0) for n in self.names] for c in candidates], dtype=float)
        return (x - self.mean) / self.scale

    def scores(self, candidates: Sequence[Candidate]) -> np.ndarray:
        if not candidates:
            return np.zeros(0)
        return self.matrix(candidates) @ self.weights

    def probabilities(self, candidates: Sequence[Candidate]) -> np.ndarray:
        return softmax(self.scores(candidates))

    @classmethod
    def fit(
        cls,
        groups: Sequence[tuple[Sequence[Candidate], Sequence[int]]],
        l2: float = 0.05,
        steps: int = 600,
        lr: float = 0.05,
    ) -> LinearRanker:
        """``groups``: per document, its candidates and the indices of the right ones (at least one).

        Minimises mean over documents of -log P(a right candidate) + l2 * |w|^2 with Adam."""
        groups = [(c, p) for c, p in groups if c and p]
        if not groups:
            raise ValueError("no document has a right candidate to learn from")
        names = sorted({n for cands, _ in groups for c in cands for n in c.features})
        raw = np.array([[c.features.get(n, 0.0) for n in names] for cands, _ in groups for c in cands])
        mean, scale = raw.mean(axis=0), raw.std(axis=0)
        scale[scale < 1e-9] = 1.0
        ranker = cls(names, mean, scale, np.zeros(len(names)))
        # all documents' candidates stacked; softmax per document through reduceat over group starts
        x = np.vstack([ranker.matrix(cands) for cands, _ in groups])
        sizes = np.array([len(cands) for cands, _ in groups])
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        mask = np.zeros(len(x), dtype=bool)
        for start, (_, pos) in zip(starts, groups, strict=True):
            mask[start + np.asarray(list(pos))] = True
        w = np.zeros(len(names))
        m1, m2 = np.zeros_like(w), np.zeros_like(w)
        for t in range(1, steps + 1):
            s = x @ w
            e = np.exp(s - np.repeat(np.maximum.reduceat(s, starts), sizes))
            p = e / np.repeat(np.add.reduceat(e, starts), sizes)
            q = np.where(mask, p, 0.0)
            q /= np.repeat(np.add.reduceat(q, starts), sizes)
            grad = 2 * l2 * w + x.T @ (p - q) / len(groups)
            m1 = 0.9 * m1 + 0.1 * grad
            m2 = 0.999 * m2 + 0.001 * grad**2
            w -= lr * (m1 / (1 - 0.9**t)) / (np.sqrt(m2 / (1 - 0.999**t)) + 1e-8)
        ranker.weights = w
        return ranker

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": {
                n: {"weight": round(float(w), 6), "mean": round(float(m), 6), "scale": round(float(s), 6)}
                for n, w, m, s in zip(self.names, self.weights, self.mean, self.scale, strict=True)
            }
        }

    def weight_bytes(self) -> None:
        return None  # the weights are in the JSON form

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], weights: bytes | None = None) -> LinearRanker:
        names, mean, scale = feature_stats(data["features"])
        return cls(names, mean, scale, np.array([float(data["features"][n]["weight"]) for n in names]))


@dataclass
class LogisticModel:
    """P(value right | features): logistic regression with an L2 penalty (Newton's method)."""

    names: list[str]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def predict(self, features: Mapping[str, float]) -> float:
        x = (np.array([features.get(n, 0.0) for n in self.names]) - self.mean) / self.scale
        # tanh form: no overflow when a feature lies far outside what the model was fitted on
        return float(0.5 * (1.0 + np.tanh(0.5 * (x @ self.weights + self.bias))))

    @classmethod
    def fit(
        cls, rows: Sequence[Mapping[str, float]], labels: Sequence[bool], l2: float = 1.0
    ) -> LogisticModel:
        names = sorted({n for r in rows for n in r})
        raw = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float)
        mean, scale = raw.mean(axis=0), raw.std(axis=0)
        scale[scale < 1e-9] = 1.0
        x = np.hstack([(raw - mean) / scale, np.ones((len(rows), 1))])
        y = np.asarray(labels, dtype=float)
        w = np.zeros(x.shape[1])
        penalty = np.full(x.shape[1], l2)
        penalty[-1] = 0.0  # the bias is not shrunk
        for _ in range(50):
            p = 1.0 / (1.0 + np.exp(-(x @ w)))
            grad = x.T @ (p - y) + penalty * w
            hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
            step = np.linalg.solve(hess, grad)
            w -= step
            if np.abs(step).max() < 1e-8:
                break
        return cls(names, mean, scale, w[:-1], float(w[-1]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "bias": round(self.bias, 6),
            "features": {
                n: {"weight": round(float(w), 6), "mean": round(float(m), 6), "scale": round(float(s), 6)}
                for n, w, m, s in zip(self.names, self.weights, self.mean, self.scale, strict=True)
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LogisticModel:
        feats = data["features"]
        names = sorted(feats)
        get = lambda key: np.array([float(feats[n][key]) for n in names])  # noqa: E731
        return cls(names, get("mean"), get("scale"), get("weight"), float(data["bias"]))


@dataclass
class ReceiptModels:
    """The vendor and address rankers, and per field a model of whether the chosen value is right."""

    vendor: Ranker
    address: Ranker
    vendor_conf: LogisticModel | None = None
    address_conf: LogisticModel | None = None
    name: str = "receipt-ranker"
    version: str = "0"
    fitted_on: str = ""
    metrics: dict[str, Any] = field(default_factory=dict)
    memory: ValueMemory | None = None  # reviewed vendor names and addresses (value_memory.py)
    lexicon: WordLexicon | None = None  # words of reviewed names and addresses (word_lexicon.py)

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    @property
    def kind(self) -> str:
        return self.vendor.kind

    def _ranker_dict(self, field_name: str) -> dict[str, Any]:
        ranker = getattr(self, field_name)
        extra = {"weights": f"ranker-{field_name}.safetensors"} if ranker.weight_bytes() is not None else {}
        return {"kind": ranker.kind, **ranker.to_dict(), **extra}

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "name": self.name,
            "version": self.version,
            "fitted_on": self.fitted_on,
            "metrics": self.metrics,
            "vendor": self._ranker_dict("vendor"),
            "address": self._ranker_dict("address"),
            "vendor_conf": self.vendor_conf.to_dict() if self.vendor_conf else None,
            "address_conf": self.address_conf.to_dict() if self.address_conf else None,
            **({"memory": self.memory.to_dict()} if self.memory is not None else {}),
            **({"lexicon": self.lexicon.to_dict()} if self.lexicon is not None else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], read: Callable[[str], bytes] | None = None) -> ReceiptModels:
        """``read``: the bytes of a file named in ``data`` (weights of ranker kinds that have them)."""
        if data.get("format") != MANIFEST_FORMAT:
            raise ValueError(f"not a receipt ranker manifest (format {data.get('format')!r})")
        conf = {
            k: LogisticModel.from_dict(data[k]) if data.get(k) else None
            for k in ("vendor_conf", "address_conf")
        }
        rankers = {}
        for k in ("vendor", "address"):
            entry, weights = data[k], None
            if entry.get("weights"):
                if read is None:
                    raise ValueError(f"the {k} ranker needs its weights file {entry['weights']}")
                weights = read(entry["weights"])
            rankers[k] = ranker_class(entry.get("kind", "linear")).from_dict(entry, weights)
        return cls(
            rankers["vendor"],
            rankers["address"],
            conf["vendor_conf"],
            conf["address_conf"],
            data["name"],
            data["version"],
            data.get("fitted_on", ""),
            dict(data.get("metrics", {})),
            ValueMemory.from_dict(data["memory"]) if data.get("memory") else None,
            WordLexicon.from_dict(data["lexicon"]) if data.get("lexicon") else None,
        )

    def dumps(self) -> str:
        return json.dumps(self.to_dict(), indent=1) + "\n"

    def files(self, manifest: str = "ranker.json") -> dict[str, bytes]:
        """The manifest and the weights files it names, by file name (a folder or a registry version)."""
        out = {manifest: self.dumps().encode()}
        for k in ("vendor", "address"):
            weights = getattr(self, k).weight_bytes()
            if weights is not None:
                out[self._ranker_dict(k)["weights"]] = weights
        return out


@lru_cache(maxsize=1)
def packaged_models() -> ReceiptModels | None:
    folder = resources.files("idp.models").joinpath("receipt")
    ref = folder.joinpath("ranker.json")
    if not ref.is_file():
        return None
    return ReceiptModels.from_dict(json.loads(ref.read_text()), lambda f: folder.joinpath(f).read_bytes())


_ACTIVE: ContextVar[ReceiptModels | None] = ContextVar("receipt_models", default=None)
_RULES_ONLY = ContextVar("receipt_rules_only", default=False)


def active_models() -> ReceiptModels | None:
    """The models in use: those set by :func:`using_models`, else the packaged ones (None: rules)."""
    if _RULES_ONLY.get():
        return None
    return _ACTIVE.get() or packaged_models()


@contextmanager
def using_models(models: ReceiptModels | None) -> Iterator[None]:
    """Extract receipts with ``models`` inside the block (``None``: the rule extractor)."""
    t1, t2 = _ACTIVE.set(models), _RULES_ONLY.set(models is None)
    try:
        yield
    finally:
        _ACTIVE.reset(t1)
        _RULES_ONLY.reset(t2)
