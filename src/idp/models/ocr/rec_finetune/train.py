"""Fine-tune the tail of a PP-OCR recogniser with a case-insensitive CTC loss, on CPU.

The backbone stays frozen, so its features are computed once per crop (ONNX Runtime) and only the
neck (SVTR encoder) and the output columns of the characters in the targets are trained: a small
delta, fast epochs. Targets are compared without case: the CTC loss scores a label by the summed
probability of its upper- and lower-case forms, so upper-case ground truth (SROIE's) does not teach
the model to read lower-case text as upper-case.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import onnx
import onnxruntime as ort
import torch
import torch.nn.functional as F
from onnx.utils import Extractor
from torch import nn

from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule

HEIGHT = 48
MIN_WIDTH = 320
# The PP-OCRv6 rec graph: the backbone ends at the last average pool; the head's logits precede softmax.
BACKBONE_OUT = "p2o.pd_op.pool2d.1.0"
LOGITS = "p2o.pd_op.add.79.0"
HEAD_WEIGHT = "linear_8.w_0"
HEAD_BIAS = "linear_8.b_0"


def split_model(model: onnx.ModelProto, cut: str = BACKBONE_OUT, logits: str = LOGITS):
    """(backbone x -> cut, tail cut -> logits) as ONNX models sharing the original initializer names."""
    ex = Extractor(model)
    inp = model.graph.input[0].name
    backbone, tail = ex.extract_model([inp], [cut]), ex.extract_model([cut], [logits])
    for part in (backbone, tail):
        part.metadata_props.extend(model.metadata_props)
    return backbone, tail


def rec_width(crop: np.ndarray, width: int | None = None) -> tuple[int, int]:
    """(resized width, padded width) as RapidOCR's recogniser for a crop alone (or padded to `width`)."""
    h, w = crop.shape[:2]
    ratio = w / float(h)
    padded = width or int(HEIGHT * max(MIN_WIDTH / HEIGHT, ratio))
    return min(padded, math.ceil(HEIGHT * ratio)), padded


def normalize(crop_bgr: np.ndarray, width: int | None = None) -> np.ndarray:
    """RapidOCR's `resize_norm_img`: [3, 48, width] float32 in [-1, 1], zero (grey) padding."""
    resized_w, padded = rec_width(crop_bgr, width)
    img = cv2.resize(crop_bgr, (resized_w, HEIGHT)).astype(np.float32).transpose(2, 0, 1) / 255
    out = np.zeros((3, HEIGHT, padded), dtype=np.float32)
    out[:, :, :resized_w] = (img - 0.5) / 0.5
    return out


@dataclass
class CaselessAlphabet:
    """Target symbols and, per symbol, the model's classes that spell it: both cases of a letter
    when `caseless` (upper-case ground truth), exactly one class otherwise (exact synthetic text)."""

    symbols: list[str]
    classes: list[list[int]] = field(default_factory=list)
    caseless: bool = True

    @classmethod
    def build(cls, texts: Sequence[str], character: list[str], caseless: bool = True) -> CaselessAlphabet:
        """`character`: the decoder's list (blank first). Symbols absent from it are dropped."""
        index = {c: i for i, c in enumerate(character) if i > 0}
        if not caseless:
            symbols = sorted({c for t in texts for c in t if c in index})
            return cls(symbols, [[index[s]] for s in symbols], caseless=False)
        symbols = sorted({c.upper() for t in texts for c in t if c.upper() in index or c.lower() in index})
        classes = [sorted({index[v] for v in {s, s.lower(), s.upper()} if v in index}) for s in symbols]
        return cls(symbols, classes)

    def encode(self, text: str) -> list[int]:
        pos = {s: k + 1 for k, s in enumerate(self.symbols)}
        return [pos[c] for c in (text.upper() if self.caseless else text) if c in pos]

    def all_classes(self) -> list[int]:
        return sorted({c for group in self.classes for c in group})


def caseless_log_probs(logits: torch.Tensor, alphabet: CaselessAlphabet) -> torch.Tensor:
    """[B, T, C] logits -> [T, B, 1 + symbols] log probabilities: blank, then each symbol's classes summed.
    (One gather for all symbols: indexing per symbol makes the backward pass write a full-size
    gradient per symbol, 5x slower.)"""
    logp = F.log_softmax(logits, dim=-1)
    width = max(len(c) for c in alphabet.classes)
    index = torch.tensor([[0] + [0] * (width - 1)] + [c + [-1] * (width - len(c)) for c in alphabet.classes])
    picked = logp.index_select(-1, index.clamp(min=0).reshape(-1)).reshape(*logp.shape[:2], *index.shape)
    picked = picked.masked_fill(index < 0, float("-inf"))
    picked[..., 0, 1:] = float("-inf")
    return torch.logsumexp(picked, dim=-1).permute(1, 0, 2)


def ctc_loss(logits: torch.Tensor, targets: list[list[int]], alphabet: CaselessAlphabet) -> torch.Tensor:
    logp = caseless_log_probs(logits, alphabet)
    flat = torch.tensor([t for seq in targets for t in seq], dtype=torch.long)
    lengths = torch.tensor([len(t) for t in targets], dtype=torch.long)
    steps = torch.full((logits.shape[0],), logits.shape[1], dtype=torch.long)
    return F.ctc_loss(logp, flat, steps, lengths, blank=0, reduction="mean", zero_infinity=True)


def make_trainable(
    module: OnnxModule, attrs: Sequence[str], column_mask: dict[str, torch.Tensor]
) -> list[nn.Parameter]:
    """Turn buffers into parameters. `column_mask[attr]` (bool over dim 0 of the buffer, e.g. the output
    classes of the head) limits training to those rows: the other rows get zero gradient."""
    params = []
    for attr in attrs:
        value = module._buffers.pop(attr)
        param = nn.Parameter(value.detach().clone())
        setattr(module, attr, param)
        if attr in column_mask:
            keep = column_mask[attr].to(value.dtype).view(-1, *([1] * (value.dim() - 1)))
            param.register_hook(lambda g, keep=keep: g * keep)
        params.append(param)
    return params


class BackboneFeatures:
    """Frozen-backbone features of crops with ONNX Runtime (one thread)."""

    def __init__(self, backbone: onnx.ModelProto, threads: int = 1) -> None:
        opts = ort.SessionOptions()
        opts.intra_op_num_threads, opts.inter_op_num_threads = threads, 1
        self.session = ort.InferenceSession(
            backbone.SerializeToString(), opts, providers=["CPUExecutionProvider"]
        )
        self.input = self.session.get_inputs()[0].name

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        return self.session.run(None, {self.input: batch})[0]


def bucket_width(crop: np.ndarray, step: int = 64) -> int:
    """Padded width for training: RapidOCR's own width, rounded up so crops can share batches (the
    network sees padding at inference too, where six crops are padded to the widest)."""
    _, padded = rec_width(crop)
    return max(MIN_WIDTH, -(-padded // step) * step)


def shuffled_batches(
    buckets: dict[int, int], batch_size: int, rng: random.Random
) -> list[tuple[int, list[int]]]:
    """(bucket, item positions) batches over every item once, in random order."""
    out = []
    for key, n in buckets.items():
        order = list(range(n))
        rng.shuffle(order)
        out += [(key, order[s : s + batch_size]) for s in range(0, n, batch_size)]
    rng.shuffle(out)
    return out
