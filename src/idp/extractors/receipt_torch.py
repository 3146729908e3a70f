"""A learned receipt ranker that reads the candidates' text: a tiny transformer trained from scratch here.

:class:`TorchRanker` scores a candidate span as ``w . x + head([x, text])``: ``x`` its standardised
hand-made features (as :class:`~idp.extractors.receipt_model.LinearRanker`), ``text`` a byte-level
encoding of its lines and of the lines just before and after it by a small BERT encoder built from a
config (``transformers.BertModel``, random init, no downloaded weights). Scores become a softmax over the
document's candidates and the loss is the same conditional logit as the linear ranker's, so
probabilities stay comparable and the value models and calibration downstream work unchanged.

``w`` is ``LinearRanker.fit``'s solution and stays fixed; the head starts at zero (its output layer) and
learns a correction from the text and the features together, so the ranker starts as the linear one
(letting ``w`` move as well was worse out of fold on sroie-100 000-069: it drifts on mini-batches).
Lines are encoded once per distinct text and pooled per candidate (mean, first and last line, and the
two neighbours); training runs on mini-batches of documents, on a GPU when one is present, with one
CPU thread otherwise. Weights travel as safetensors
bytes beside a JSON config (the caller decides the file name). Importing this module imports torch:
the ranker registry in receipt_model.py loads it only for ``kind: torch``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import torch
from safetensors.torch import load as load_tensors
from safetensors.torch import save as save_tensors
from torch import nn
from transformers import BertConfig, BertModel

from idp.extractors.receipt_features import Candidate
from idp.extractors.receipt_model import LinearRanker, feature_stats, softmax

PAD, CLS, OFFSET = 0, 1, 2  # token ids: padding, start, then byte value + OFFSET
PARTS = 5  # text vectors per candidate: mean of its lines, first line, last line, line before, after
DEFAULTS: dict[str, Any] = {
    "hidden": 32,  # encoder width
    "layers": 1,
    "heads": 2,
    "max_chars": 40,  # per line, head and tail kept when longer
    "head_hidden": 32,
    "dropout": 0.1,
    "steps": 80,
    "batch_docs": 16,
    "lr": 1e-3,
    "weight_decay": 0.01,
    "seed": 0,
}


def encode_bytes(text: str, max_chars: int) -> list[int]:
    data = text.encode("utf-8", errors="replace")
    if len(data) > max_chars:  # the start and the end of a long line say most (name, postcode)
        data = data[: max_chars // 2] + data[-(max_chars - max_chars // 2) :]
    return [CLS, *(b + OFFSET for b in data)]


class _Net(nn.Module):
    def __init__(self, n_features: int, cfg: Mapping[str, Any]) -> None:
        super().__init__()
        h = int(cfg["hidden"])
        self.bert_config = BertConfig(
            vocab_size=256 + OFFSET, hidden_size=h, num_hidden_layers=int(cfg["layers"]),
            num_attention_heads=int(cfg["heads"]), intermediate_size=2 * h,
            max_position_embeddings=int(cfg["max_chars"]) + 1, type_vocab_size=1, pad_token_id=PAD,
            hidden_dropout_prob=float(cfg["dropout"]), attention_probs_dropout_prob=float(cfg["dropout"]),
        )  # fmt: skip
        self.encoder = BertModel(self.bert_config, add_pooling_layer=False)
        self.linear = nn.Linear(n_features, 1, bias=False)
        self.head = nn.Sequential(
            nn.Linear(n_features + PARTS * h, int(cfg["head_hidden"])),
            nn.GELU(),
            nn.Dropout(float(cfg["dropout"])),
            nn.Linear(int(cfg["head_hidden"]), 1),
        )
        nn.init.zeros_(self.head[-1].weight)
        nn.init.zeros_(self.head[-1].bias)

    def forward(
        self, x: torch.Tensor, ids: torch.Tensor, parts: torch.Tensor, n: torch.Tensor
    ) -> torch.Tensor:
        """``ids``: (texts, length) token ids; ``parts``: (candidates, 2 + max lines) indices into the
        texts, -1 for none (line before, line after, then the candidate's lines); ``n``: lines per row."""
        mask = (ids != PAD).to(x.dtype)
        hidden = self.encoder(input_ids=ids, attention_mask=mask.long()).last_hidden_state
        vecs = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        vecs = torch.cat([vecs, torch.zeros_like(vecs[:1])])  # row -1: no text
        lines = vecs[parts[:, 2:]]  # (candidates, max lines, hidden); padding rows are zero
        rows = torch.arange(len(parts), device=parts.device)
        first, last = lines[:, 0], lines[rows, n - 1]
        text = [lines.sum(1) / n[:, None], first, last, vecs[parts[:, 0]], vecs[parts[:, 1]]]
        return self.linear(x).squeeze(-1) + self.head(torch.cat([x, *text], dim=1)).squeeze(-1)


def _texts(cand: Candidate) -> tuple[str, ...]:
    """Line before, line after, then the candidate's lines (its text when it has no line texts)."""
    return (*cand.context, *(cand.line_texts or (cand.text,)))


def _batch(
    cands: Sequence[Candidate], max_chars: int, device: torch.device
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Token ids of the distinct texts of ``cands``, and per candidate its text indices and line count."""
    index: dict[str, int] = {}
    rows = []
    for c in cands:
        texts = _texts(c)
        rows.append([index.setdefault(t, len(index)) if t else -1 for t in texts])
    width = max(len(r) for r in rows)
    parts = torch.full((len(rows), width), -1, dtype=torch.long)
    for i, r in enumerate(rows):
        parts[i, : len(r)] = torch.tensor(r)
    tokens = [encode_bytes(t, max_chars) for t in index] or [[CLS]]
    ids = torch.zeros((len(tokens), max(map(len, tokens))), dtype=torch.long)
    for i, t in enumerate(tokens):
        ids[i, : len(t)] = torch.tensor(t)
    n = torch.tensor([len(r) - 2 for r in rows], dtype=torch.long)
    return ids.to(device), parts.to(device), n.to(device)


@dataclass
class TorchRanker:
    names: list[str]
    mean: np.ndarray
    scale: np.ndarray
    config: dict[str, Any]
    net: _Net

    kind: ClassVar[str] = "torch"

    def matrix(self, candidates: Sequence[Candidate]) -> np.ndarray:
        x = np.array([[c.features.get(n, 0.0) for n in self.names] for c in candidates], dtype=float)
        return (x - self.mean) / self.scale

    def _scores(self, candidates: Sequence[Candidate], device: torch.device) -> torch.Tensor:
        x = torch.tensor(self.matrix(candidates), dtype=torch.float32, device=device)
        return self.net(x, *_batch(candidates, int(self.config["max_chars"]), device))

    def scores(self, candidates: Sequence[Candidate]) -> np.ndarray:
        if not candidates:
            return np.zeros(0)
        self.net.eval()
        with torch.inference_mode():
            return self._scores(candidates, torch.device("cpu")).double().numpy()

    def probabilities(self, candidates: Sequence[Candidate]) -> np.ndarray:
        return softmax(self.scores(candidates))

    @classmethod
    def fit(
        cls,
        groups: Sequence[tuple[Sequence[Candidate], Sequence[int]]],
        l2: float = 0.05,
        **options: Any,
    ) -> TorchRanker:
        """``groups`` as for ``LinearRanker.fit``; ``options`` override :data:`DEFAULTS`.

        ``w`` is the linear ranker's (L2 penalty ``l2``); the encoder and head then minimise the mean over
        a batch of documents of -log P(a right candidate) with AdamW (weight decay)."""
        unknown = set(options) - set(DEFAULTS)
        if unknown:
            raise ValueError(f"unknown TorchRanker options: {sorted(unknown)} (known: {sorted(DEFAULTS)})")
        cfg = {**DEFAULTS, **options, "l2": l2}
        groups = [(list(c), sorted(set(p))) for c, p in groups if c and p]
        if not groups:
            raise ValueError("no document has a right candidate to learn from")
        linear = LinearRanker.fit(groups, l2=l2)  # the starting point, and the feature scaling
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
                torch.manual_seed(int(cfg["seed"]))
                net = _Net(len(linear.names), cfg)
                with torch.no_grad():
                    net.linear.weight.copy_(torch.tensor(linear.weights, dtype=torch.float32)[None])
                net.linear.weight.requires_grad_(False)
                ranker = cls(linear.names, linear.mean, linear.scale, cfg, net.to(device))
                ranker._train(groups, device)
        finally:
            torch.set_num_threads(threads)
        ranker.net.cpu().eval()
        return ranker

    def _train(self, groups: list[tuple[list[Candidate], list[int]]], device: torch.device) -> None:
        cfg = self.config
        params = [p for p in self.net.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(params, lr=float(cfg["lr"]), weight_decay=float(cfg["weight_decay"]))
        order = list(range(len(groups)))
        rnd = random.Random(int(cfg["seed"]))
        size = max(1, min(int(cfg["batch_docs"]), len(groups)))
        self.net.train()
        for step in range(int(cfg["steps"])):
            if step * size % len(groups) < size:
                rnd.shuffle(order)
            start = step * size % len(groups)
            batch = [groups[order[(start + i) % len(groups)]] for i in range(size)]
            scores = self._scores([c for cands, _ in batch for c in cands], device)
            loss = scores.new_zeros(())
            offset = 0
            for cands, pos in batch:
                s = scores[offset : offset + len(cands)]
                loss = loss + torch.logsumexp(s, 0) - torch.logsumexp(s[pos], 0)
                offset += len(cands)
            loss = loss / len(batch)
            opt.zero_grad()
            loss.backward()
            opt.step()

    def to_dict(self) -> dict[str, Any]:
        """Config and feature scaling as JSON; the weights are :meth:`weight_bytes`."""
        return {
            "config": dict(self.config),
            "features": {
                n: {"mean": float(m), "scale": float(s)}  # unrounded: loaded scores equal the fitted
                for n, m, s in zip(self.names, self.mean, self.scale, strict=True)
            },
        }

    def weight_bytes(self) -> bytes:
        return save_tensors({k: v.contiguous() for k, v in self.net.state_dict().items()})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], weights: bytes | None = None) -> TorchRanker:
        if weights is None:
            raise ValueError("a torch ranker needs its weights file")
        names, mean, scale = feature_stats(data["features"])
        config = {**DEFAULTS, **data["config"]}
        net = _Net(len(names), config)
        net.load_state_dict(load_tensors(weights))
        return cls(names, mean, scale, config, net.eval())
