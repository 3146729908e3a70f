"""The PP-OCR ONNX graphs as PyTorch modules, without onnx2torch.

Why our own converter: onnx2torch needs torchvision and one module per op; this needs only `onnx`
and `torch`, fuses the exporter's op chains (see `onnx_graph.fuse`), and runs several pages of
different sizes in one padded detection batch *exactly*: given `valid_hw`, every spatial op sees
the padding as zeros, so each page gets the maps it would get alone. Conversion takes ~0.1 s, so
nothing is cached on disk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import onnx
import torch
from torch import nn

from idp.models.ocr.ppocr_torch.onnx_graph import Node, fold_constants, fuse, load_graph
from idp.models.ocr.ppocr_torch.onnx_ops import ELEMENTWISE, WEIGHT_OPS, make_op

Tensor = torch.Tensor


class OnnxModule(nn.Module):
    """One ONNX graph as straight-line torch calls. `forward(x, valid_hw=None)`; `valid_hw` (int
    tensor [B, 2] on the module's device, each page's unpadded height and width, multiples of the
    network stride) turns on exact padded batching."""

    def __init__(self, path: str | Path | onnx.ModelProto) -> None:
        super().__init__()
        graph = load_graph(path)
        self.metadata = graph.metadata
        nodes, self._input, self._output = graph.nodes, graph.input, graph.output
        self._valid: Tensor | None = None
        self._in_hw = (0, 0)
        self._masks: dict[tuple[int, int], tuple[Tensor, Tensor, Tensor]] = {}
        self._consts = graph.consts
        nodes = fold_constants(nodes, self._consts, make_op)
        nodes = fuse(nodes, self._consts, self._output)
        self._build(nodes)

    # ---- execution -------------------------------------------------------------------------
    def _build(self, nodes: list[Node]) -> None:
        """Slots for every value; weights become buffers, shape/scalar constants stay host values."""
        slots: dict[str, int] = {self._input: 0}
        self._host: dict[int, Any] = {}
        self._weight_slots: list[tuple[int, str]] = []
        self._steps: list[tuple[Callable[..., Tensor], tuple[int, ...], int]] = []
        for node in nodes:
            args = []
            for pos, name in enumerate(node.inputs):
                if name == "":
                    name = "__none__"
                    self._consts.setdefault(name, None)  # type: ignore[arg-type]
                if name not in slots:
                    slot = slots[name] = len(slots)
                    value = self._consts[name]
                    if value is None or not value.is_floating_point():  # shapes, indices: host values
                        self._host[slot] = value
                    elif node.op in WEIGHT_OPS and pos > 0:
                        attr = f"w{len(self._weight_slots)}"
                        self.register_buffer(attr, value.float().contiguous())
                        self._weight_slots.append((slot, attr))
                    elif node.op in ELEMENTWISE and value.numel() == 1:
                        self._host[slot] = float(value.reshape(-1)[0])
                    elif node.op in ELEMENTWISE:
                        attr = f"w{len(self._weight_slots)}"
                        self.register_buffer(attr, value.float().contiguous())
                        self._weight_slots.append((slot, attr))
                    else:  # resize scales, clip bounds: read on the host
                        self._host[slot] = value
                args.append(slots[name])
            slots[node.outputs[0]] = len(slots)
            self._steps.append((make_op(node, self.mask), tuple(args), slots[node.outputs[0]]))
        self._nslots = len(slots)
        self._out_slot = slots[self._output]
        del self._consts
        # Free every intermediate after its last use, or a forward pass holds all its activations.
        fixed = set(self._host) | {slot for slot, _ in self._weight_slots} | {self._out_slot}
        last_use = {a: k for k, (_, args, _) in enumerate(self._steps) for a in args if a not in fixed}
        self._free: list[tuple[int, ...]] = [() for _ in self._steps]
        for slot, k in last_use.items():
            self._free[k] += (slot,)

    def forward(self, x: Tensor, valid_hw: Tensor | None = None) -> Tensor:
        env: list[Any] = [None] * self._nslots
        env[0] = x
        for slot, value in self._host.items():
            env[slot] = value
        for slot, attr in self._weight_slots:
            env[slot] = getattr(self, attr)
        self._valid, self._in_hw, self._masks = valid_hw, (x.shape[-2], x.shape[-1]), {}
        try:
            for (fn, args, out), free in zip(self._steps, self._free, strict=True):
                env[out] = fn(*[env[a] for a in args])
                for slot in free:
                    env[slot] = None
        finally:
            self._valid, self._masks = None, {}
        return env[self._out_slot]

    def mask(self, x: Tensor) -> tuple[Tensor, Tensor, Tensor] | None:
        """(mask [B,1,h,w], valid pixel count [B,1,1,1], padding as bool) for a feature map at one of
        the network's strides, or None when the batch is not padded."""
        if self._valid is None:
            return None
        h, w = x.shape[-2:]
        if (h, w) not in self._masks:
            stride = self._in_hw[0] // h
            if stride * h != self._in_hw[0] or stride * w != self._in_hw[1]:
                raise ValueError(f"feature map {h}x{w} is no integer stride of {self._in_hw}")
            vh = (self._valid[:, 0] // stride).view(-1, 1, 1, 1)
            vw = (self._valid[:, 1] // stride).view(-1, 1, 1, 1)
            rows = torch.arange(h, device=x.device).view(1, 1, h, 1)
            cols = torch.arange(w, device=x.device).view(1, 1, 1, w)
            inside = (rows < vh) & (cols < vw)
            self._masks[(h, w)] = (inside.to(x.dtype), (vh * vw).to(x.dtype), ~inside)
        return self._masks[(h, w)]


def op_counts(module: OnnxModule) -> Counter[str]:
    """Calls per forward, by Python function name (for tests and tuning)."""
    return Counter(getattr(fn, "__name__", type(fn).__name__) for fn, _, _ in module._steps)
