"""Direction classification and text recognition for the crops of many pages, in few network calls.

The classifier's input is a fixed 48x192, so every crop of every page goes in one call. The
recogniser's is not: RapidOCR sorts a page's crops by aspect ratio, takes them six at a time and
pads each six to the widest, and that padded width changes the text it reads (the network's
global pooling and attention see the padding). So we compute, for every crop, the width RapidOCR
would pad it to, and batch crops of *all* pages that share that width: the same inputs, far fewer
calls. `width_step` > 0 rounds widths up to a multiple of it - fewer calls again, a few texts differ.
Resizing stays in OpenCV on the CPU (bit-identical pixels); normalisation, the networks, softmax
and the CTC argmax run on the device, and only [crops, steps] indices and probabilities come back.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import cv2
import numpy as np
import torch
from rapidocr.ch_ppocr_rec.typings import WordInfo
from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule
from idp.models.ocr.ppocr_torch.transfer import HostBuffers, normalize_crops_bgr

HEIGHT = 48  # rec_img_shape / cls_image_shape height in RapidOCR's config
REC_MIN_WIDTH = 320
CLS_WIDTH = 192
RAPID_GROUP = 6  # RapidOCR's rec_batch_num: crops padded together
CLS_CHUNK = 256
MAX_BATCH_PIXELS_PER_CROP = 640  # a chunk of wide crops holds fewer of them


@dataclass
class _Item:
    """One crop on its way through recognition."""

    page: int
    index: int
    width: int  # padded input width
    resized_w: int
    wh_ratio: float
    max_wh_ratio: float  # RapidOCR's, scaled to `width`: word positions use it


class BatchRecognizer:
    def __init__(
        self,
        rec_model: OnnxModule,
        cls_model: OnnxModule | None,
        buffers: HostBuffers,
        batch_size: int,
        width_step: int = 0,
        cls_thresh: float = 0.9,
    ) -> None:
        self.rec_model, self.cls_model = rec_model, cls_model
        self.buffers, self.device = buffers, buffers.device
        self.batch_size, self.width_step, self.cls_thresh = batch_size, width_step, cls_thresh
        self.decoder = CTCLabelDecode(character=rec_model.metadata["character"].splitlines())
        self.calls = 0  # recognition forward passes so far (for benchmarks)

    def classify(self, crops: list[np.ndarray]) -> np.ndarray:
        """Bool per crop: upside down (label '180' above the threshold), as RapidOCR's classifier."""
        if self.cls_model is None or not crops:
            return np.zeros(len(crops), dtype=bool)
        host = self.buffers.tensor("cls_in", (len(crops), HEIGHT, CLS_WIDTH, 3))
        array = host.numpy()
        array.fill(0)
        widths = np.empty(len(crops), dtype=np.int64)
        for k, crop in enumerate(crops):
            h, w = crop.shape[:2]
            resized_w = min(CLS_WIDTH, math.ceil(HEIGHT * (w / float(h))))
            array[k, :, :resized_w] = cv2.resize(crop, (resized_w, HEIGHT), interpolation=cv2.INTER_LINEAR)
            widths[k] = resized_w
        flips = []
        with torch.inference_mode():
            device_widths = self.buffers.to_device("cls_widths", widths)
            for start in range(0, len(crops), CLS_CHUNK):
                part = slice(start, start + CLS_CHUNK)
                x = normalize_crops_bgr(self.buffers.upload(host[part]), device_widths[part])
                score, label = self.cls_model(x).max(dim=1)
                flips.append((label == 1) & (score > self.cls_thresh))
            flags = self.buffers.download("cls_out", torch.cat(flips))
        self.buffers.sync()
        return flags.copy()

    def recognize(self, pages: list[list[np.ndarray]]) -> list[list[tuple[str, float, WordInfo]]]:
        """Per page, per crop: (text, score, word info) as RapidOCR's TextRecognizer with word boxes."""
        groups: dict[int, list[_Item]] = defaultdict(list)
        for p, crops in enumerate(pages):
            for item in self._plan(p, crops):
                groups[item.width].append(item)
        chunks: list[tuple[list[_Item], int]] = []
        for width in sorted(groups):
            items = groups[width]
            per_call = max(1, min(self.batch_size, self.batch_size * MAX_BATCH_PIXELS_PER_CROP // width))
            chunks += [(items[s : s + per_call], width) for s in range(0, len(items), per_call)]
        if not chunks:
            return [[] for _ in pages]
        arena = self.buffers.tensor("rec_in", (sum(len(c) * width for c, width in chunks) * HEIGHT * 3,))
        widths = np.array([item.resized_w for chunk, _ in chunks for item in chunk], dtype=np.int64)
        outputs, offset, first = [], 0, 0
        with torch.inference_mode():
            device_widths = self.buffers.to_device("rec_widths", widths)
            for chunk, width in chunks:
                host = arena[offset : offset + len(chunk) * HEIGHT * width * 3].view(
                    len(chunk), HEIGHT, width, 3
                )
                offset += host.numel()
                array = host.numpy()
                array.fill(0)
                for k, item in enumerate(chunk):
                    crop = pages[item.page][item.index]
                    array[k, :, : item.resized_w] = cv2.resize(crop, (item.resized_w, HEIGHT))
                x = normalize_crops_bgr(self.buffers.upload(host), device_widths[first : first + len(chunk)])
                first += len(chunk)
                prob, idx = self.rec_model(x).max(dim=2)  # softmax output: best class per time step
                outputs.append((idx, prob))
                self.calls += 1
            steps = [idx.shape[1] for idx, _ in outputs]
            idx_host = self.buffers.download("rec_idx", torch.cat([i.reshape(-1) for i, _ in outputs]).int())
            prob_host = self.buffers.download("rec_prob", torch.cat([p.reshape(-1) for _, p in outputs]))
        self.buffers.sync()
        out: list[list[tuple[str, float, WordInfo]]] = [[("", 0.0, WordInfo())] * len(c) for c in pages]
        offset = 0
        for (chunk, _), t in zip(chunks, steps, strict=True):
            idx = idx_host[offset : offset + len(chunk) * t].reshape(len(chunk), t)
            prob = prob_host[offset : offset + len(chunk) * t].reshape(len(chunk), t)
            offset += len(chunk) * t
            for k, item in enumerate(chunk):
                lines, words = self.decoder.decode(
                    idx[k : k + 1], prob[k : k + 1], True, [item.wh_ratio], item.max_wh_ratio, True
                )
                out[item.page][item.index] = (lines[0][0], lines[0][1], words[0])
        return out

    def _plan(self, page: int, crops: list[np.ndarray]) -> list[_Item]:
        """RapidOCR's batching of one page: sort by aspect ratio, six at a time, pad to the widest."""
        ratios = [c.shape[1] / float(c.shape[0]) for c in crops]
        order = np.argsort(np.array(ratios))
        items = []
        for beg in range(0, len(crops), RAPID_GROUP):
            members = order[beg : beg + RAPID_GROUP]
            max_wh_ratio = max([REC_MIN_WIDTH / HEIGHT] + [ratios[i] for i in members])
            rapid_width = int(HEIGHT * max_wh_ratio)
            width = rapid_width
            if self.width_step:
                width = -(-rapid_width // self.width_step) * self.width_step
            for i in members:
                h, w = crops[i].shape[:2]
                ratio = w / float(h)
                resized_w = (
                    rapid_width if math.ceil(HEIGHT * ratio) > rapid_width else math.ceil(HEIGHT * ratio)
                )
                scaled_max = max_wh_ratio * width / rapid_width
                items.append(_Item(page, int(i), width, resized_w, ratios[i], scaled_max))
        return items
