"""Host<->device traffic for the batched PP-OCR pipeline: reused pinned staging buffers and the
normalisation RapidOCR applies to every network input, done on the device.

Inputs travel as uint8 (4x less than float32) and are normalised there. Pinned (page-locked)
host memory makes the copies asynchronous and fast, and avoids the implicit stream synchronisation
of copies from pageable memory; a buffer is rewritten only after the stream that read it was
synchronised, which every stage does before it returns.
"""

from __future__ import annotations

import math

import numpy as np
import torch

Tensor = torch.Tensor


class HostBuffers:
    """Named, growing staging buffers: pinned when the device is a GPU, plain memory otherwise."""

    def __init__(self, device: torch.device) -> None:
        self.device = device
        self._pinned = device.type == "cuda"
        self._buffers: dict[str, Tensor] = {}

    def tensor(self, name: str, shape: tuple[int, ...], dtype: torch.dtype = torch.uint8) -> Tensor:
        """A host tensor of `shape` on buffer `name` (contents undefined; valid until the next call)."""
        nbytes = math.prod(shape) * torch.empty((), dtype=dtype).element_size()
        buf = self._buffers.get(name)
        if buf is None or buf.numel() < nbytes:
            size = max(nbytes, int(1.5 * (0 if buf is None else buf.numel())), 1 << 16)
            buf = torch.empty(size, dtype=torch.uint8, pin_memory=self._pinned)
            self._buffers[name] = buf
        return buf[:nbytes].view(dtype).view(shape)

    def upload(self, host: Tensor) -> Tensor:
        """A device copy of `host` (a view from `tensor`); asynchronous, since the memory is pinned."""
        return host if self.device.type == "cpu" else host.to(self.device, non_blocking=True)

    def to_device(self, name: str, values: np.ndarray) -> Tensor:
        """Small arrays (widths, sizes) through buffer `name`: a plain `.to(device)` from pageable
        memory would wait for all queued device work."""
        host = self.tensor(name, values.shape, torch.from_numpy(values).dtype)
        host.numpy()[...] = values
        return self.upload(host)

    def download(self, name: str, tensor: Tensor) -> np.ndarray:
        """`tensor` copied into host buffer `name`, as numpy; call `sync` before reading it."""
        host = self.tensor(name, tuple(tensor.shape), tensor.dtype)
        host.copy_(tensor, non_blocking=self._pinned)
        return host.numpy()

    def sync(self) -> None:
        if self.device.type == "cuda":
            torch.cuda.current_stream(self.device).synchronize()


def normalize_bgr(u8_nhwc: Tensor) -> Tensor:
    """RapidOCR's `(x / 255 - 0.5) / 0.5` in float32 on an RGB uint8 batch, as BGR NCHW (the models
    were trained on OpenCV's channel order). The same float32 operations in the same order as its
    numpy code, so the values are bit-identical."""
    x = u8_nhwc.permute(0, 3, 1, 2).flip(1).float()
    return (x * (1 / 255.0) - 0.5) / 0.5


def normalize_crops_bgr(u8_nhwc: Tensor, widths: Tensor) -> Tensor:
    """Recognition/classifier inputs: `x / 255`, `-= 0.5`, `/= 0.5`, then columns past each crop's
    resized width set to 0, as RapidOCR's zero-initialised padding."""
    x = u8_nhwc.permute(0, 3, 1, 2).flip(1).float()
    x = (x / 255 - 0.5) / 0.5
    cols = torch.arange(x.shape[-1], device=x.device).view(1, 1, 1, -1)
    return x.masked_fill(cols >= widths.view(-1, 1, 1, 1), 0.0)
