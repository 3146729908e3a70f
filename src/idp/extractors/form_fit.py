"""Fitting the form linker's four models from annotated forms (FUNSD-style entities and links).

:func:`fit_linker` is the core of benchmarks/funsd_train_linker.py: each stage is fitted on the output
of the stages before it (the merge model on the split model's pieces, and so on), so it learns from
the mistakes it will see. The segment classifier's probabilities that the pair model learns from are
out-of-fold (cross-fitted over the training forms), as they will be on new forms.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from idp.document import Document, Word
from idp.extractors.form_linker import LinkerModel
from idp.extractors.form_model import Net, fit_logistic, fit_mlp, fit_softmax
from idp.extractors.form_pairs import (
    CLASSES,
    PAIR_FEATURES,
    SEGMENT_FEATURES,
    candidates,
    pair_features,
    segment_features,
)
from idp.extractors.form_segments import (
    MERGE_FEATURES,
    SPLIT_FEATURES,
    Segment,
    line_pieces,
    merge_candidates,
    segments,
    split_features,
)


@dataclass
class FormTruth:
    """A form (lines built) with its entities: word box -> entity id, labels, question->answer links."""

    doc: Document
    word_entity: dict[tuple[float, ...], int]
    labels: dict[int, str]
    links: set[tuple[int, int]] = field(default_factory=set)

    def entity(self, w: Word) -> int | None:
        e = self.word_entity.get(tuple(w.bbox))
        if e is None:  # a word the layout re-joined: the entity of a word inside it
            x0, y0, x1, y1 = w.bbox
            e = next(
                (
                    i
                    for b, i in self.word_entity.items()
                    if b[0] >= x0 and b[2] <= x1 and b[1] >= y0 - 1 and b[3] <= y1 + 1
                ),
                None,
            )
        return e

    def segment_entity(self, seg: Segment) -> int | None:
        ids = [e for w in seg.words if (e := self.entity(w)) is not None]
        return Counter(ids).most_common(1)[0][0] if ids else None

    def sizes(self) -> dict[int, tuple[float, float]]:
        return {p.number: (float(p.width), float(p.height)) for p in self.doc.pages}


def split_rows(t: FormTruth) -> tuple[list[list[float]], list[int]]:
    x, y = [], []
    for line in t.doc.lines:
        for k in range(len(line.words) - 1):
            x.append(split_features(line.words, k))
            y.append(int(t.entity(line.words[k]) != t.entity(line.words[k + 1])))
    return x, y


def merge_rows(t: FormTruth, split: Net) -> tuple[list[list[float]], list[int]]:
    lines = t.doc.lines
    pieces = [Segment([s]) for i in range(len(lines)) for s in line_pieces(lines, i, split.predict)]
    x, y = [], []
    for i, j, f in merge_candidates(pieces):
        a, b = t.segment_entity(pieces[i]), t.segment_entity(pieces[j])
        x.append(f)
        y.append(int(a is not None and a == b))
    return x, y


def segment_rows(t: FormTruth, segs: list[Segment]) -> tuple[np.ndarray, list[int]]:
    y = [
        CLASSES.index(t.labels.get(e, "other")) if (e := t.segment_entity(s)) is not None else 3 for s in segs
    ]
    return segment_features(segs, t.sizes()), y


def pair_rows(t: FormTruth, segs: list[Segment], seg_probs: np.ndarray) -> tuple[np.ndarray, list[int], list]:
    cands = candidates(segs)
    ents = [t.segment_entity(s) for s in segs]
    y = [int((ents[k], ents[v]) in t.links) for k, v in cands]
    return pair_features(segs, cands, seg_probs), y, cands


def _stack(parts: list[np.ndarray], width: int) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.vstack(parts) if parts else np.zeros((0, width))


def fit_linker(
    truths: list[FormTruth], pair_kind: str = "logistic", l2: float = 1.0, hidden: int = 16,
    folds: int = 5, seed: int = 0,
) -> LinkerModel:  # fmt: skip
    """The four models fitted on ``truths`` (decoding threshold and calibration left at their defaults)."""
    xs, ys = zip(*(split_rows(t) for t in truths), strict=True)
    split = fit_logistic(
        np.array(list(chain.from_iterable(xs)), dtype=float).reshape(-1, len(SPLIT_FEATURES)),
        np.array(list(chain.from_iterable(ys))),
        SPLIT_FEATURES,
        l2,
    )
    xm, ym = zip(*(merge_rows(t, split) for t in truths), strict=True)
    merge = fit_logistic(
        np.array(list(chain.from_iterable(xm)), dtype=float).reshape(-1, len(MERGE_FEATURES)),
        np.array(list(chain.from_iterable(ym))),
        MERGE_FEATURES,
        l2,
    )
    segs = [segments(t.doc.lines, split.predict, merge.predict) for t in truths]
    seg_data = [segment_rows(t, s) for t, s in zip(truths, segs, strict=True)]
    seg_x = [d[0] for d in seg_data]
    seg_y = [np.array(d[1], dtype=int) for d in seg_data]

    def fit_seg(idx: list[int]) -> Net:
        x = _stack([seg_x[i] for i in idx], len(SEGMENT_FEATURES))
        y = np.concatenate([seg_y[i] for i in idx]) if idx else np.zeros(0, dtype=int)
        return fit_softmax(x, y, CLASSES, SEGMENT_FEATURES, l2)

    segment = fit_seg(list(range(len(truths))))
    oof: list[np.ndarray] = [np.zeros((0, len(CLASSES)))] * len(truths)
    k = min(folds, len(truths))
    for f in range(k):
        held = [i for i in range(len(truths)) if i % k == f]
        net = fit_seg([i for i in range(len(truths)) if i % k != f]) if k > 1 else segment
        for i in held:
            oof[i] = net.predict(seg_x[i]) if len(seg_x[i]) else np.zeros((0, len(CLASSES)))
    px, py = [], []
    for t, s, p in zip(truths, segs, oof, strict=True):
        x, y, _ = pair_rows(t, s, p)
        px.append(x)
        py += y
    x_pair, y_pair = _stack(px, len(PAIR_FEATURES)), np.array(py, dtype=float)
    if pair_kind == "mlp":
        pair = fit_mlp(x_pair, y_pair, PAIR_FEATURES, hidden=hidden, l2=l2, seed=seed)
    else:
        pair = fit_logistic(x_pair, y_pair, PAIR_FEATURES, l2)
    return LinkerModel(split=split, merge=merge, segment=segment, pair=pair)
