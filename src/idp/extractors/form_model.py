"""Small numpy models of the form linker: standardised features -> logistic regression or a tiny MLP.

Fitting is full-batch and deterministic (Newton steps for the logistic regression, Adam from a seeded
start for the MLP), so the same data give the same weights on any machine; inference is a few matrix
products, so the linker needs nothing beyond numpy at run time. A :class:`Net` is data: a dict of
feature names, means, scales and layers that round-trips through JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -35, 35)))


@dataclass
class Net:
    """``x`` -> ``(x - mean) / scale`` -> layers (tanh between) -> sigmoid (one output) or softmax."""

    features: list[str]
    mean: np.ndarray
    scale: np.ndarray
    layers: list[tuple[np.ndarray, np.ndarray]]  # (W: in x out, b: out)
    classes: list[str] | None = None  # softmax over these; None: one sigmoid output

    def logits(self, x: np.ndarray) -> np.ndarray:
        h = (np.asarray(x, dtype=float).reshape(-1, len(self.features)) - self.mean) / self.scale
        for k, (w, b) in enumerate(self.layers):
            h = h @ w + b
            if k < len(self.layers) - 1:
                h = np.tanh(h)
        return h

    def predict(self, x: np.ndarray) -> np.ndarray:
        """P(positive) per row (sigmoid), or class probabilities per row (softmax)."""
        z = self.logits(x)
        if self.classes is None:
            return sigmoid(z[:, 0])
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": self.features,
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "layers": [
                {"w": [[round(float(v), 6) for v in row] for row in w], "b": [round(float(v), 6) for v in b]}
                for w, b in self.layers
            ],
            "classes": self.classes,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Net:
        return cls(
            features=list(d["features"]),
            mean=np.asarray(d["mean"], dtype=float),
            scale=np.asarray(d["scale"], dtype=float),
            layers=[(np.asarray(L["w"], dtype=float), np.asarray(L["b"], dtype=float)) for L in d["layers"]],
            classes=d.get("classes"),
        )


def _stats(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    return mean, np.where(scale > 1e-9, scale, 1.0)


def fit_logistic(
    x: np.ndarray, y: np.ndarray, features: Sequence[str], l2: float = 1.0, iters: int = 30
) -> Net:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    mean, scale = _stats(x)
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], l2)
    pen[-1] = 0.0
    for _ in range(iters):
        p = sigmoid(z @ w)
        grad = z.T @ (p - y) + pen * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(pen + 1e-8)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return Net(list(features), mean, scale, [(w[:-1, None], w[-1:])])


def fit_softmax(
    x: np.ndarray, y: np.ndarray, classes: Sequence[str], features: Sequence[str], l2: float = 1.0
) -> Net:
    """Multinomial logistic regression (``y``: class indices) by gradient descent with Adam."""
    n_cls = len(classes)
    onehot = np.eye(n_cls)[np.asarray(y, dtype=int)]
    net = _adam(np.asarray(x, dtype=float), onehot, features, hidden=0, l2=l2, epochs=400, seed=0)
    net.classes = list(classes)
    return net


def fit_mlp(
    x: np.ndarray, y: np.ndarray, features: Sequence[str], hidden: int = 16, l2: float = 1.0,
    epochs: int = 600, seed: int = 0,
) -> Net:  # fmt: skip
    """One hidden tanh layer, sigmoid output, full-batch Adam from a seeded start."""
    return _adam(
        np.asarray(x, dtype=float), np.asarray(y, dtype=float)[:, None], features, hidden, l2, epochs, seed
    )


def _adam(
    x: np.ndarray, t: np.ndarray, features: Sequence[str], hidden: int, l2: float, epochs: int, seed: int
) -> Net:
    """Cross-entropy (sigmoid for one output column, softmax for several) with L2 on the weights."""
    rng = np.random.default_rng(seed)
    mean, scale = _stats(x)
    z = (x - mean) / scale
    n, d = z.shape
    sizes = [d, hidden, t.shape[1]] if hidden else [d, t.shape[1]]
    params = []
    for a, b in pairwise(sizes):
        params += [rng.normal(0, 1 / np.sqrt(a), (a, b)) if hidden else np.zeros((a, b)), np.zeros(b)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, b1, b2 = 0.05, 0.9, 0.999
    for step in range(1, epochs + 1):
        acts = [z]
        for k in range(0, len(params), 2):
            h = acts[-1] @ params[k] + params[k + 1]
            acts.append(np.tanh(h) if k + 2 < len(params) else h)
        out = acts[-1]
        if t.shape[1] == 1:
            delta = (sigmoid(out) - t) / n
        else:
            e = np.exp(out - out.max(axis=1, keepdims=True))
            delta = (e / e.sum(axis=1, keepdims=True) - t) / n
        grads: list[np.ndarray] = [np.empty(0)] * len(params)
        for k in range(len(params) - 2, -1, -2):
            grads[k] = acts[k // 2].T @ delta + (l2 / n) * params[k]
            grads[k + 1] = delta.sum(axis=0)
            if k:
                delta = (delta @ params[k].T) * (1 - acts[k // 2] ** 2)
        for i, g in enumerate(grads):
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            params[i] -= lr * (m[i] / (1 - b1**step)) / (np.sqrt(v[i] / (1 - b2**step)) + 1e-8)
    layers = [(params[k], params[k + 1]) for k in range(0, len(params), 2)]
    return Net(list(features), mean, scale, layers)


def fit_platt(scores: np.ndarray, correct: np.ndarray) -> tuple[float, float]:
    """``P(correct) = sigmoid(a * logit(score) + b)`` fitted on out-of-fold scores (a, b)."""
    s = np.clip(np.asarray(scores, dtype=float), 1e-6, 1 - 1e-6)
    x = np.log(s / (1 - s))[:, None]
    net = fit_logistic(x, np.asarray(correct, dtype=float), ["logit"], l2=1e-3)
    a = float(net.layers[0][0][0, 0] / net.scale[0])
    b = float(net.layers[0][1][0] - a * net.mean[0])
    return a, b


def platt(score: np.ndarray | float, a: float, b: float) -> np.ndarray:
    s = np.clip(np.asarray(score, dtype=float), 1e-6, 1 - 1e-6)
    return sigmoid(a * np.log(s / (1 - s)) + b)
