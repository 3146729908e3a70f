"""The learned label:value linker of generic forms.

Four small models in a chain, fitted on FUNSD's entities and links (benchmarks/funsd_train_linker.py):

1. **split**: where a line's words start a new entity (:mod:`idp.extractors.form_segments`);
2. **merge**: whether a piece continues the piece above it (multi-line labels and values);
3. **segment**: softmax over question / answer / header / other per segment (:mod:`~.form_pairs`);
4. **pair**: P(label -> value) for the candidate pairs, from geometry, text shape and (3).

Decoding is greedy by probability above a threshold chosen on dev folds: a value links to one label,
a segment is a label or a value but not both, a label takes at most ``max_values`` values. A pair's
``evidence`` is its Platt-calibrated probability (fitted on out-of-fold predictions), so a form field
reported at 0.8 is a right pair about 80% of the time on forms like FUNSD's.

The weights are data: ``idp/models/forms/linker.json`` (a manifest with name, version, training data
and metrics beside the weights), loaded once per process; :func:`using_linker` swaps in another.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from idp.document import Document
from idp.extractors.form_model import Net, platt
from idp.extractors.form_pairs import candidates, pair_features, segment_features
from idp.extractors.form_segments import Pair, Segment, segments

FORMAT = "idp.form-linker/1"


@dataclass
class LinkerModel:
    split: Net
    merge: Net
    segment: Net
    pair: Net
    platt_a: float = 1.0
    platt_b: float = 0.0
    threshold: float = 0.5
    max_values: int = 1
    manifest: dict[str, Any] = field(default_factory=dict)

    def segments(self, doc: Document) -> list[Segment]:
        return segments(doc.lines, self.split.predict, self.merge.predict)

    def scored(self, doc: Document) -> tuple[list[Segment], list[tuple[int, int]], np.ndarray]:
        """The segments, the candidate (label, value) pairs and their raw probabilities."""
        segs = self.segments(doc)
        if not segs:
            return segs, [], np.zeros(0)
        sizes = {p.number: (float(p.width), float(p.height)) for p in doc.pages}
        probs = self.segment.predict(segment_features(segs, sizes))
        cands = candidates(segs)
        if not cands:
            return segs, cands, np.zeros(0)
        return segs, cands, self.pair.predict(pair_features(segs, cands, probs))

    def pairs(self, doc: Document) -> list[Pair]:
        """The linked pairs of ``doc`` (lines built), in reading order of their labels."""
        segs, cands, p = self.scored(doc)
        links = decode(cands, p, self.threshold, self.max_values)
        conf = platt(np.array([p[n] for n in links]), self.platt_a, self.platt_b) if links else []
        out = [
            Pair(segs[cands[n][0]].spans, segs[cands[n][1]].spans, float(c))
            for n, c in zip(links, conf, strict=True)
        ]
        return sorted(out, key=lambda q: (q.label[0].line_index, q.label[0].start))

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.manifest,
            "format": FORMAT,
            "decode": {"threshold": self.threshold, "max_values": self.max_values},
            "calibration": {"kind": "platt", "a": round(self.platt_a, 6), "b": round(self.platt_b, 6)},
            "models": {k: getattr(self, k).to_dict() for k in ("split", "merge", "segment", "pair")},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LinkerModel:
        if d.get("format") != FORMAT:
            raise ValueError(f"not a form linker manifest: format {d.get('format')!r}")
        nets = {k: Net.from_dict(v) for k, v in d["models"].items()}
        manifest = {k: v for k, v in d.items() if k not in ("format", "decode", "calibration", "models")}
        return cls(
            **nets,
            platt_a=d["calibration"]["a"],
            platt_b=d["calibration"]["b"],
            threshold=d["decode"]["threshold"],
            max_values=d["decode"]["max_values"],
            manifest=manifest,
        )


def decode(cands: list[tuple[int, int]], probs: np.ndarray, threshold: float, max_values: int) -> list[int]:
    """Indices of the candidates kept, greedily by probability (see the module docstring)."""
    used_value: set[int] = set()
    used_label: dict[int, int] = {}
    out = []
    for n in np.argsort(-np.asarray(probs), kind="stable"):
        if probs[n] < threshold:
            break
        k, v = cands[n]
        if v in used_value or v in used_label or k in used_value or used_label.get(k, 0) >= max_values:
            continue
        used_value.add(v)
        used_label[k] = used_label.get(k, 0) + 1
        out.append(int(n))
    return out


@lru_cache(maxsize=1)
def packaged_linker() -> LinkerModel | None:
    ref = resources.files("idp.models").joinpath("forms").joinpath("linker.json")
    if not ref.is_file():
        return None
    return LinkerModel.from_dict(json.loads(ref.read_text()))


_ACTIVE: ContextVar[LinkerModel | None] = ContextVar("form_linker", default=None)


def active_linker() -> LinkerModel | None:
    """The linker set by :func:`using_linker`, else the packaged one (None when none is shipped)."""
    return _ACTIVE.get() or packaged_linker()


@contextmanager
def using_linker(model: LinkerModel) -> Iterator[None]:
    token = _ACTIVE.set(model)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def learned_pairs(doc: Document) -> list[Pair] | None:
    """The learned linker's pairs, or None when no model is available (the caller falls back to rules)."""
    model = active_linker()
    return None if model is None else model.pairs(doc)
