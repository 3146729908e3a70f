"""Ranker kinds for receipt vendor names and addresses, chosen by name.

A receipt model's manifest names each ranker's ``kind``; :func:`ranker_class` maps it to a class in
:data:`RANKER_KINDS` and imports that class's module only then, so loading linear rankers never imports
torch (an optional extra). A new kind is one entry here and a class with the :class:`Ranker` interface.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Protocol

import numpy as np

from idp.extractors.receipt_features import Candidate

RANKER_KINDS = {  # kind -> "module:class", imported on first use
    "linear": "idp.extractors.receipt_model:LinearRanker",
    "torch": "idp.extractors.receipt_torch:TorchRanker",
}


class Ranker(Protocol):
    """What a ranker kind offers: scores and a softmax over one document's candidates, fitting on
    (candidates, right indices) per document, and a JSON form plus optional weight bytes."""

    kind: ClassVar[str]

    def scores(self, candidates: Sequence[Candidate]) -> np.ndarray: ...
    def probabilities(self, candidates: Sequence[Candidate]) -> np.ndarray: ...
    def to_dict(self) -> dict[str, Any]: ...
    def weight_bytes(self) -> bytes | None: ...


def ranker_class(kind: str) -> Any:
    """The class of ranker ``kind`` (its module is imported now, not before)."""
    if kind not in RANKER_KINDS:
        raise ValueError(f"unknown ranker kind {kind!r} (known: {', '.join(RANKER_KINDS)})")
    module, name = RANKER_KINDS[kind].split(":")
    return getattr(importlib.import_module(module), name)


def softmax(s: np.ndarray) -> np.ndarray:
    if len(s) == 0:
        return s
    e = np.exp(s - s.max())
    return e / e.sum()


def feature_stats(feats: Mapping[str, Mapping[str, Any]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Names, means and scales of a ``features`` section of a ranker's JSON form."""
    names = sorted(feats)
    return names, *(np.array([float(feats[n][k]) for n in names]) for k in ("mean", "scale"))
