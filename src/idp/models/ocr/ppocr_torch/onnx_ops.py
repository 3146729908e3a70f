"""Torch implementations of the ONNX ops (opset 11) in the PP-OCR graphs, as closures per node.

`mask` is the padded-batch hook of `OnnxModule`: for a feature map it returns None (no padding) or
(float mask, valid-pixel count, padding as bool). Spatial ops zero the padding first, so a page in a
padded batch sees exactly what it would see alone.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import torch
import torch.nn.functional as F

from idp.models.ocr.ppocr_torch.onnx_graph import Node

Tensor = torch.Tensor
MaskFn = Callable[[Tensor], "tuple[Tensor, Tensor, Tensor] | None"]
WEIGHT_OPS = {"Conv", "ConvTranspose", "Linear", "LayerNorm", "BatchNormalization", "MatMul"}
ELEMENTWISE = {"Add", "Sub", "Mul", "Div", "Pow"}


def _no_mask(x: Tensor) -> None:
    return None


def _pads(node: Node) -> list[int]:
    """ONNX pads (begin..., end...) with SAME_UPPER resolved (stride-1 kernels only here)."""
    auto = node.attrs.get("auto_pad", b"NOTSET")
    k = node.attrs["kernel_shape"]
    if auto in (b"SAME_UPPER", b"SAME_LOWER"):
        if any(s != 1 for s in node.attrs.get("strides", [1, 1])):
            raise NotImplementedError("SAME padding with stride > 1")
        total = [kk - 1 for kk in k]
        begin = [t // 2 if auto == b"SAME_UPPER" else t - t // 2 for t in total]
        return begin + [t - b for t, b in zip(total, begin, strict=True)]
    return list(node.attrs.get("pads", [0] * 2 * len(k)))


def make_op(node: Node, mask: MaskFn = _no_mask) -> Callable[..., Tensor]:
    op, a = node.op, node.attrs
    if op in ("Conv", "ConvTranspose"):
        pads = _pads(node)
        sym = pads[:2] == pads[2:]
        stride, dil, groups = a.get("strides", [1, 1]), a.get("dilations", [1, 1]), a.get("group", 1)
        spatial = op == "Conv" and max(a["kernel_shape"]) > 1

        def conv(x: Tensor, w: Tensor, b: Tensor | None = None) -> Tensor:
            if spatial:
                m = mask(x)
                if m is not None:
                    x = x * m[0]
            if op == "ConvTranspose":
                return F.conv_transpose2d(x, w, b, stride, pads[:2], 0, groups, dil)
            if not sym:
                x = F.pad(x, (pads[1], pads[3], pads[0], pads[2]))
            return F.conv2d(x, w, b, stride, pads[:2] if sym else 0, dil, groups)

        return conv
    if op == "MaxPool":
        pads, k, s = _pads(node), a["kernel_shape"], a.get("strides", [1, 1])

        def maxpool(x: Tensor) -> Tensor:
            m = mask(x)
            if m is not None:  # padding must not win a max, and must read as zeros again after
                x = x.masked_fill(m[2], float("-inf"))
            if any(pads):
                x = F.pad(x, (pads[1], pads[3], pads[0], pads[2]), value=float("-inf"))
            y = F.max_pool2d(x, k, s)
            m = mask(y) if m is not None else None
            return y if m is None else y.masked_fill(m[2], 0.0)

        return maxpool
    if op == "GlobalAveragePool" or (op == "ReduceMean" and sorted(a.get("axes", [])) == [2, 3]):

        def spatial_mean(x: Tensor) -> Tensor:
            m = mask(x)
            if m is None:
                return x.mean((2, 3), keepdim=True)
            return (x * m[0]).sum((2, 3), keepdim=True) / m[1]

        return spatial_mean
    if op == "Linear":
        return F.linear
    if op == "LayerNorm":
        eps = float(node.extra["eps"])
        return lambda x, w, b: F.layer_norm(x, (x.shape[-1],), w, b, eps)
    simple: dict[str, Callable[..., Tensor]] = {
        "Add": operator.add, "Sub": operator.sub, "Mul": operator.mul, "Div": operator.truediv,
        "Pow": operator.pow, "MatMul": torch.matmul,
        "Relu": F.relu, "Sigmoid": torch.sigmoid, "Erf": torch.erf, "Sqrt": torch.sqrt,
        "Gelu": F.gelu, "Silu": F.silu, "HardSwish": F.hardswish,
    }  # fmt: skip
    if op in simple:
        return simple[op]
    if op == "HardSigmoid":
        alpha, beta = a.get("alpha", 0.2), a.get("beta", 0.5)
        return lambda x: (x * alpha + beta).clamp_(0.0, 1.0)
    if op == "Clip":
        return lambda x, lo=None, hi=None: x.clamp(_num(lo), _num(hi))
    if op == "Softmax":
        axis = a.get("axis", 1)
        return lambda x: torch.softmax(x, dim=axis) if axis in (-1, x.dim() - 1) else _bad(node)
    if op == "AveragePool":
        if any(a.get("pads", [0])):
            raise NotImplementedError("padded AveragePool")
        ceil = bool(a.get("ceil_mode", 0))
        return lambda x: F.avg_pool2d(x, a["kernel_shape"], a["strides"], ceil_mode=ceil)
    if op == "BatchNormalization":
        eps = a.get("epsilon", 1e-5)
        return lambda x, s, b, m, v: F.batch_norm(x, m, v, s, b, False, 0.0, eps)
    if op == "Resize":
        if a.get("mode") != b"nearest" or a.get("coordinate_transformation_mode") != b"asymmetric":
            raise NotImplementedError(f"Resize {a}")
        return lambda x, roi, scales: F.interpolate(x, scale_factor=scales[2:].tolist(), mode="nearest")
    if op == "Concat":
        return lambda *xs: torch.cat(xs, dim=a["axis"])
    if op == "Transpose":
        return lambda x: x.permute(*a["perm"])
    if op == "Shape":
        return lambda x: torch.tensor(x.shape, dtype=torch.int64)
    if op == "Cast":
        return lambda x: x.to({1: torch.float32, 6: torch.int32, 7: torch.int64}[a["to"]])
    if op == "Squeeze":
        return lambda x: x.squeeze(tuple(a["axes"])) if x.dim() else x
    if op == "Unsqueeze":
        return lambda x: _unsqueeze(x, a["axes"])
    if op == "Reshape":
        return lambda x, shape: x.reshape([x.shape[i] if s == 0 else s for i, s in enumerate(shape.tolist())])
    if op == "Slice":
        return _slice
    return _bad(node)


def _unsqueeze(x: Tensor, axes: list[int]) -> Tensor:
    for ax in sorted(axes):
        x = x.unsqueeze(ax)
    return x


def _num(value: Tensor | None) -> float | None:
    return None if value is None else float(value)


def _slice(
    x: Tensor, starts: Tensor, ends: Tensor, axes: Tensor | None = None, steps: Tensor | None = None
) -> Tensor:
    index: list[slice] = [slice(None)] * x.dim()
    ax_list = list(range(len(starts))) if axes is None else axes.tolist()
    st_list = [1] * len(ax_list) if steps is None else steps.tolist()
    for ax, s, e, st in zip(ax_list, starts.tolist(), ends.tolist(), st_list, strict=True):
        index[ax] = slice(s, min(e, x.shape[ax]), st)
    return x[tuple(index)]


def _bad(node: Node) -> Any:
    raise NotImplementedError(f"ONNX op {node.op} {node.attrs} is not supported")
