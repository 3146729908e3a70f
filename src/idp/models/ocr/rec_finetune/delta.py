"""Fine-tuning deltas: the changed tensors of an ONNX model, keyed by initializer name, in safetensors.

`OnnxModule` fuses the exporter's op chains, so its buffers are not always the ONNX initializers:
linear weights are transposed, conv weights carry their batch norm. `buffer_sources` finds, for every
buffer, the initializers it was computed from (by recomputing each candidate exactly as the converter
does and comparing values), so trained buffers can be written back as initializers and a delta can be
applied both to the ONNX graph (for ONNX Runtime) and to a torch module.

A delta entry is either a whole initializer (`name`) or a slice along its last axis (`name` holds the
values, `name::index` the int64 positions): a recogniser's output layer has one column per character
of a multilingual dictionary, and only the few that were trained need to ship.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from safetensors.numpy import save_file

from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule
from idp.models.ocr.rec_delta import (  # the run-time half, re-exported for training scripts
    FORMAT,
    INDEX_SUFFIX,
    apply_delta,
    delta_metadata,
    load_delta,
    patched_initializers,
)

__all__ = [
    "INDEX_SUFFIX",
    "Source",
    "apply_delta",
    "apply_delta_to_module",
    "buffer_sources",
    "buffer_value",
    "delta_metadata",
    "initializer_values",
    "initializers",
    "load_delta",
    "patched_initializers",
    "save_delta",
]


@dataclass(frozen=True)
class Source:
    """How a module buffer derives from initializers: kind "same" (reshaped), "transpose" (a MatMul
    weight), or "conv_bn_weight"/"conv_bn_bias" (a conv folded with its batch norm; `names` are the conv
    weight then the norm's scale, offset, mean, variance)."""

    kind: str
    names: tuple[str, ...]
    eps: float = 0.0


def initializers(model: onnx.ModelProto) -> dict[str, np.ndarray]:
    return {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}


def _bn_factor(inits: dict[str, np.ndarray], names: tuple[str, ...], eps: float) -> torch.Tensor:
    scale, var = (torch.from_numpy(np.array(inits[n])).double() for n in (names[1], names[4]))
    return scale / torch.sqrt(var + eps)


def buffer_value(source: Source, inits: dict[str, np.ndarray]) -> torch.Tensor:
    """The buffer the converter builds from these initializers (same operations, same precision)."""
    first = torch.from_numpy(np.array(inits[source.names[0]]))
    if source.kind == "same":
        return first.float()
    if source.kind == "transpose":
        return first.t().contiguous().float()
    k = _bn_factor(inits, source.names, source.eps)
    if source.kind == "conv_bn_weight":
        return (first.double() * k.view(-1, 1, 1, 1)).float()
    offset, mean = (torch.from_numpy(np.array(inits[n])).double() for n in source.names[2:4])
    return (offset - mean * k).float()


def initializer_values(
    source: Source, value: torch.Tensor, inits: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """Inverse of `buffer_value`: initializers that reproduce a (trained) buffer value. A folded
    batch norm keeps its statistics and scale; the conv weight and the norm's offset absorb the change."""
    value = value.detach().cpu()
    name = source.names[0]
    if source.kind == "same":
        return {name: value.reshape(inits[name].shape).numpy().astype(np.float32)}
    if source.kind == "transpose":
        return {name: value.t().contiguous().numpy().astype(np.float32)}
    k = _bn_factor(inits, source.names, source.eps)
    if source.kind == "conv_bn_weight":
        return {name: (value.double() / k.view(-1, 1, 1, 1)).float().numpy()}
    mean = torch.from_numpy(np.array(inits[source.names[3]])).double()
    return {source.names[2]: (value.double() + mean * k).float().numpy()}


def _candidates(model: onnx.ModelProto, inits: dict[str, np.ndarray]) -> list[Source]:
    out = [Source("same", (n,)) for n, v in inits.items() if v.dtype == np.float32]
    out += [Source("transpose", (n,)) for n, v in inits.items() if v.dtype == np.float32 and v.ndim == 2]
    alias: dict[str, str] = {}
    producer: dict[str, onnx.NodeProto] = {}
    for node in model.graph.node:
        if node.op_type == "Identity":
            alias[node.output[0]] = alias.get(node.input[0], node.input[0])
        producer[node.output[0]] = node
    for node in model.graph.node:
        if node.op_type != "BatchNormalization":
            continue
        conv = producer.get(alias.get(node.input[0], node.input[0]))
        if conv is None or conv.op_type != "Conv" or len(conv.input) != 2 or conv.input[1] not in inits:
            continue
        eps = next((a.f for a in node.attribute if a.name == "epsilon"), 1e-5)
        names = (conv.input[1], *node.input[1:5])
        if all(n in inits for n in names):
            out += [Source("conv_bn_weight", names, eps), Source("conv_bn_bias", names, eps)]
    return out


def buffer_sources(module: OnnxModule, model: onnx.ModelProto) -> dict[str, Source]:
    """Module buffer name -> its unique source; buffers with none, or with several that give the same
    values (e.g. two all-zero biases), are left out and cannot be shipped in a delta."""
    inits = initializers(model)
    by_value: dict[tuple[tuple[int, ...], bytes], list[Source]] = {}
    for source in _candidates(model, inits):
        value = buffer_value(source, inits)
        by_value.setdefault((tuple(value.shape), value.numpy().tobytes()), []).append(source)
    found = {}
    for attr, buf in [*module.named_buffers(), *module.named_parameters()]:
        flat = buf.detach().cpu().float().contiguous()
        matches = by_value.get((tuple(flat.shape), flat.numpy().tobytes()), [])
        if len(matches) == 1:
            found[attr] = matches[0]
    return found


def save_delta(path: str | Path, tensors: dict[str, np.ndarray], base_sha256: str = "") -> int:
    """Write a delta (initializer name -> values, plus optional `name::index` slices); returns bytes."""
    save_file({k: np.ascontiguousarray(v) for k, v in tensors.items()}, str(path),
              metadata={"format": FORMAT, "base_sha256": base_sha256})  # fmt: skip
    return Path(path).stat().st_size


def apply_delta_to_module(module: OnnxModule, model: onnx.ModelProto, delta: dict[str, np.ndarray]) -> int:
    """Patch, in place, the buffers of a module converted from `model` (the unpatched base); returns
    how many buffers changed. (`OnnxModule(apply_delta(model, delta))` builds a patched one afresh.)"""
    sources = buffer_sources(module, model)
    inits = initializers(model)
    inits.update(patched_initializers(model, delta))
    changed = 0
    with torch.no_grad():
        for attr, source in sources.items():
            if set(source.names) & set(delta):
                target = getattr(module, attr)
                target.copy_(buffer_value(source, inits).to(target.device))
                changed += 1
    return changed
