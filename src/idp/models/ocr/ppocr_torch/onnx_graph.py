"""Read a PP-OCR ONNX graph into a node list and simplify it for eager PyTorch execution.

Paddle's exporter spells out what torch has as one call: conv then bias add, conv then batch norm,
GELU as div/erf/add/mul/mul, SiLU, LayerNorm as nine ops, hard-swish as four, matmul then bias add.
`fuse` merges those chains, roughly halving the kernels launched per forward pass, which is what
bounds these small models on a GPU. Constant sub-graphs (shape arithmetic, reshaped biases) fold away.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper

Tensor = torch.Tensor


@dataclass
class Node:
    op: str
    inputs: list[str]
    outputs: list[str]
    attrs: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Graph:
    nodes: list[Node]
    consts: dict[str, Tensor]
    input: str
    output: str
    metadata: dict[str, str]


def load_graph(path: str | Path | onnx.ModelProto) -> Graph:
    """Nodes in order, with Identity nodes resolved and Constant nodes turned into constants.
    `path` may also be a model already in memory (e.g. one patched by a fine-tuning delta)."""
    model = path if isinstance(path, onnx.ModelProto) else onnx.load(str(path))
    consts = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    nodes, alias = [], {}
    for n in model.graph.node:
        attrs = {a.name: helper.get_attribute_value(a) for a in n.attribute}
        ins = [alias.get(i, i) for i in n.input]
        if n.op_type == "Constant":
            consts[n.output[0]] = numpy_helper.to_array(attrs["value"])
        elif n.op_type == "Identity":
            alias[n.output[0]] = ins[0]
        else:
            nodes.append(Node(n.op_type, ins, list(n.output), attrs))
    out = model.graph.output[0].name
    return Graph(
        nodes=nodes,
        consts={k: torch.from_numpy(np.array(v)) for k, v in consts.items()},
        input=model.graph.input[0].name,
        output=alias.get(out, out),
        metadata={p.key: p.value for p in model.metadata_props},
    )


def fold_constants(
    nodes: list[Node], consts: dict[str, Tensor], make_op: Callable[[Node], Callable[..., Tensor]]
) -> list[Node]:
    """Evaluate nodes whose inputs are all constants (shape arithmetic, reshaped biases)."""
    kept = []
    for node in nodes:
        if node.inputs and all(i in consts or i == "" for i in node.inputs):
            fn = make_op(node)
            consts[node.outputs[0]] = fn(*[consts[i] for i in node.inputs if i])
        else:
            kept.append(node)
    return kept


def fuse(nodes: list[Node], consts: dict[str, Tensor], output: str) -> list[Node]:
    """Merge the exporter's op chains into single torch calls; nodes are edited in place."""

    def consumers() -> dict[str, list[Node]]:
        uses: dict[str, list[Node]] = {}
        for n in nodes:
            for i in n.inputs:
                uses.setdefault(i, []).append(n)
        return uses

    def only_next(uses: dict[str, list[Node]], name: str, op: str) -> Node | None:
        nxt = uses.get(name, [])
        if name == output or len(nxt) != 1 or nxt[0].op != op:
            return None
        return nxt[0]

    def other(node: Node, name: str) -> str:
        return node.inputs[1] if node.inputs[0] == name else node.inputs[0]

    def scalar(name: str) -> float | None:
        c = consts.get(name)
        return float(c.reshape(-1)[0]) if c is not None and c.numel() == 1 else None

    def new_const(value: Tensor) -> str:
        name = f"__fused{len(consts)}"
        consts[name] = value
        return name

    removed: set[int] = set()
    uses = consumers()
    for n in nodes:
        if id(n) in removed:
            continue
        out = n.outputs[0]
        if n.op in ("Conv", "ConvTranspose"):
            add = only_next(uses, out, "Add")
            bn = only_next(uses, out, "BatchNormalization")
            if len(n.inputs) == 2 and add is not None and other(add, out) in consts:
                bias = consts[other(add, out)]
                if bias.numel() == bias.shape[1 if bias.dim() == 4 else 0]:
                    n.inputs.append(new_const(bias.reshape(-1)))
                    n.outputs, removed = add.outputs, removed | {id(add)}
            elif len(n.inputs) == 2 and bn is not None and n.op == "Conv":
                scale, offset, mean, var = (consts[i].double() for i in bn.inputs[1:])
                k = scale / torch.sqrt(var + bn.attrs.get("epsilon", 1e-5))
                weight = consts[n.inputs[1]].double() * k.view(-1, 1, 1, 1)
                n.inputs = [n.inputs[0], new_const(weight.float()), new_const((offset - mean * k).float())]
                n.outputs, removed = bn.outputs, removed | {id(bn)}
        elif n.op == "MatMul" and n.inputs[1] in consts and consts[n.inputs[1]].dim() == 2:
            add = only_next(uses, out, "Add")
            n.op = "Linear"
            n.inputs = [n.inputs[0], new_const(consts[n.inputs[1]].t().contiguous())]
            if add is not None and other(add, out) in consts:
                n.inputs.append(other(add, out))
                n.outputs, removed = add.outputs, removed | {id(add)}
        elif n.op == "Div" and abs((scalar(n.inputs[1]) or 0) - math.sqrt(2)) < 1e-6:  # GELU
            erf = only_next(uses, out, "Erf")
            add = erf and only_next(uses, erf.outputs[0], "Add")
            mul = add and only_next(uses, add.outputs[0], "Mul")
            half = mul and only_next(uses, mul.outputs[0], "Mul")
            x = n.inputs[0]
            if half and other(mul, add.outputs[0]) == x and scalar(other(half, mul.outputs[0])) == 0.5:
                n.op, n.inputs, n.outputs = "Gelu", [x], half.outputs
                removed |= {id(erf), id(add), id(mul), id(half)}
        elif n.op == "Sigmoid":
            mul = only_next(uses, out, "Mul")
            if mul is not None and other(mul, out) == n.inputs[0]:
                n.op, n.outputs, removed = "Silu", mul.outputs, removed | {id(mul)}
        elif n.op == "ReduceMean" and list(n.attrs.get("axes", [])) == [-1]:  # LayerNorm
            x, sub = n.inputs[0], only_next(uses, out, "Sub")
            d_uses = uses.get(sub.outputs[0], []) if sub else []
            pow_ = next((u for u in d_uses if u.op == "Pow"), None)
            mean2 = pow_ and only_next(uses, pow_.outputs[0], "ReduceMean")
            eps = mean2 and only_next(uses, mean2.outputs[0], "Add")
            sqrt = eps and only_next(uses, eps.outputs[0], "Sqrt")
            div = sqrt and only_next(uses, sqrt.outputs[0], "Div")
            mul = div and only_next(uses, div.outputs[0], "Mul")
            add = mul and only_next(uses, mul.outputs[0], "Add")
            if add and sub.inputs[0] == x and len(d_uses) == 2 and div.inputs[0] == sub.outputs[0]:
                n.op, n.outputs = "LayerNorm", add.outputs
                n.inputs = [x, other(mul, div.outputs[0]), other(add, mul.outputs[0])]
                n.extra["eps"] = scalar(other(eps, mean2.outputs[0]))
                removed |= {id(sub), id(pow_), id(mean2), id(eps), id(sqrt), id(div), id(mul), id(add)}
        elif n.op == "Add" and scalar(n.inputs[1]) == 3.0:  # hard-swish: x * clip(x + 3, 0, 6) / 6
            clip = only_next(uses, out, "Clip")
            mul = clip and only_next(uses, clip.outputs[0], "Mul")
            div = mul and only_next(uses, mul.outputs[0], "Div")
            if div and other(mul, clip.outputs[0]) == n.inputs[0] and scalar(div.inputs[1]) == 6.0:
                n.op, n.inputs, n.outputs = "HardSwish", n.inputs[:1], div.outputs
                removed |= {id(clip), id(mul), id(div)}
    return [n for n in nodes if id(n) not in removed]
