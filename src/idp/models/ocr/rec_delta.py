"""A fine-tuned text recogniser as a *delta*: the tensors fine-tuning changed, applied at load time to
the PP-OCRv6 recognition model that ships in the rapidocr wheel. numpy, onnx and safetensors only:
the default (ONNX Runtime) engine needs no torch to use one.

A delta is a safetensors file keyed by ONNX initializer names. An entry is a whole initializer
(``name``) or a slice along its last axis (``name`` holds the values, ``name::index`` the positions):
the recogniser's output layer has a column per character of an 18,710-character dictionary, and only
the few that were trained ship. Its metadata names the format and the sha256 of the base model file;
a delta is refused on any other base. ``ocr.rec_delta`` picks one: a packaged name (``receipts``,
fitted by ``benchmarks/rec_finetune.py`` on SROIE receipts 000-069, see
:mod:`idp.models.ocr.rec_finetune`) or a path.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import numpy as np
import onnx
from onnx import numpy_helper
from safetensors import safe_open
from safetensors.numpy import load_file

INDEX_SUFFIX = "::index"
FORMAT = "idp-onnx-delta/1"
PACKAGED = {"receipts": "rec-receipts-v1.safetensors"}
REC_MODEL = "PP-OCRv6_rec_small.onnx"


def rapidocr_model_dir() -> Path:
    """The ONNX files inside the installed rapidocr wheel (found without importing it)."""
    spec = find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("rapidocr is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "models"


def resolve_delta(spec: str) -> Path:
    """The file of a packaged delta name, or ``spec`` as a path."""
    if spec in PACKAGED:
        return Path(str(resources.files("idp.models.ocr").joinpath("deltas", PACKAGED[spec])))
    path = Path(spec).expanduser()
    if not path.is_file():
        known = ", ".join(PACKAGED)
        raise FileNotFoundError(f"recogniser delta {spec!r}: no such file and no packaged delta ({known})")
    return path


def load_delta(path: str | Path) -> dict[str, np.ndarray]:
    return load_file(str(path))


def delta_metadata(path: str | Path) -> dict[str, str]:
    """``format`` and ``base_sha256`` (of the ONNX file the delta applies to)."""
    with safe_open(str(path), framework="numpy") as f:
        return dict(f.metadata() or {})


def delta_tag(path: str | Path) -> str:
    """A short content hash naming the delta in model versions."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def patched_initializers(model: onnx.ModelProto, delta: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The initializers the delta changes, at full size."""
    inits = {i.name: i for i in model.graph.initializer}
    out = {}
    for name, values in delta.items():
        if name.endswith(INDEX_SUFFIX):
            continue
        if name not in inits:
            raise KeyError(f"delta tensor {name!r} is no initializer of this model")
        index = delta.get(name + INDEX_SUFFIX)
        if index is None:
            full = values.astype(np.float32)
        else:
            full = numpy_helper.to_array(inits[name]).copy()
            full[..., index] = values
        if full.shape != tuple(inits[name].dims):
            raise ValueError(f"delta tensor {name!r}: shape {full.shape} != {tuple(inits[name].dims)}")
        out[name] = full
    return out


def apply_delta(model: onnx.ModelProto, delta: dict[str, np.ndarray]) -> onnx.ModelProto:
    """A copy of ``model`` with the delta's initializers replaced (ONNX Runtime loads it from bytes)."""
    patched = onnx.ModelProto()
    patched.CopyFrom(model)
    new = patched_initializers(model, delta)
    for init in patched.graph.initializer:
        if init.name in new:
            init.CopyFrom(numpy_helper.from_array(new[init.name], init.name))
    entry = patched.metadata_props.add()
    entry.key, entry.value = "idp_delta", ",".join(sorted(new))
    return patched


@lru_cache(maxsize=2)
def patched_model(base: str, delta: str) -> onnx.ModelProto:
    """The base ONNX file with the delta file applied, after checking the delta was made for it.
    (Cached: several engines in one process share it; treat the result as read-only.)"""
    meta = delta_metadata(delta)
    if meta.get("format") != FORMAT:
        raise ValueError(f"{delta} is not a recogniser delta (format {meta.get('format')!r})")
    data = Path(base).read_bytes()
    if meta.get("base_sha256") and hashlib.sha256(data).hexdigest() != meta["base_sha256"]:
        raise ValueError(f"{delta} was fitted on another recognition model than {base}")
    return apply_delta(onnx.load_from_string(data), load_delta(delta))
