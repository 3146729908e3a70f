"""Text detection (PP-OCRv6 DB) for many pages per network call, with RapidOCR's exact rules.

Per page, on the CPU: RapidOCR's own resize to the network size (OpenCV, so pixels are identical)
and, after the network, its DB box extraction (contours, unclip, score) - that part is geometry
on a few dozen boxes. On the device: normalisation, one padded forward pass for a group of pages
of similar size (exact thanks to `OnnxModule`'s padding masks), thresholding and the 2x2 dilation.
Two maps per page come back: the probabilities (box scores read them) and the binary mask.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from rapidocr.ch_ppocr_det.main import TextDetector
from rapidocr.ch_ppocr_det.utils import DBPostProcess, DetPreProcess

from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule
from idp.models.ocr.ppocr_torch.transfer import HostBuffers, normalize_bgr

Tensor = torch.Tensor
# Pages join a detection batch only while padding wastes at most this share of its pixels.
MAX_PADDING_SHARE = 0.25


@dataclass(frozen=True)
class DetRules:
    """RapidOCR's `Det` section (config.yaml), read from its config so both engines agree."""

    limit_side_len: int
    limit_type: str
    thresh: float
    box_thresh: float
    max_candidates: int
    unclip_ratio: float
    use_dilation: bool
    score_mode: str

    @classmethod
    def from_rapidocr(cls, det_cfg: object) -> DetRules:
        get = det_cfg.get  # type: ignore[attr-defined]
        return cls(
            limit_side_len=int(get("limit_side_len")),
            limit_type=str(get("limit_type")),
            thresh=float(get("thresh", 0.3)),
            box_thresh=float(get("box_thresh", 0.5)),
            max_candidates=int(get("max_candidates", 1000)),
            unclip_ratio=float(get("unclip_ratio", 1.6)),
            use_dilation=bool(get("use_dilation", True)),
            score_mode=str(get("score_mode", "fast")),
        )


class BatchDetector:
    """`__call__(pages)` -> per page `(boxes float32 [n, 4, 2], scores)` in the page's pixels,
    sorted like RapidOCR's TextDetector; an empty page gives an empty array."""

    def __init__(self, model: OnnxModule, rules: DetRules, buffers: HostBuffers, max_pages: int) -> None:
        self.model = model
        self.rules = rules
        self.buffers = buffers
        self.max_pages = max_pages
        self.device = buffers.device
        self._resize = DetPreProcess(rules.limit_side_len, rules.limit_type)
        self._post = DBPostProcess(
            thresh=rules.thresh,
            box_thresh=rules.box_thresh,
            max_candidates=rules.max_candidates,
            unclip_ratio=rules.unclip_ratio,
            score_mode=rules.score_mode,
            use_dilation=rules.use_dilation,
        )

    def __call__(self, pages: list[np.ndarray]) -> list[tuple[np.ndarray, list[float]]]:
        empty: tuple[np.ndarray, list[float]] = (np.zeros((0, 4, 2), np.float32), [])
        results = [empty] * len(pages)
        inputs: dict[int, np.ndarray] = {}
        for i, page in enumerate(pages):
            resized = self._resize.resize(page)
            if resized is not None:
                inputs[i] = resized
        for group in self._groups({i: x.shape[:2] for i, x in inputs.items()}):
            maps = self._forward([inputs[i] for i in group])
            for i, (pred, bitmap) in zip(group, maps, strict=True):
                results[i] = self._boxes(pred, bitmap, pages[i].shape[:2])
        return results

    def _groups(self, sizes: dict[int, tuple[int, int]]) -> list[list[int]]:
        """Pages in batches of similar size: largest first, a page joins while padding stays small."""
        order = sorted(sizes, key=lambda i: (sizes[i][0] * sizes[i][1], sizes[i]), reverse=True)
        groups: list[list[int]] = []
        area, hmax, wmax = 0, 0, 0
        for i in order:
            h, w = sizes[i]
            if groups and len(groups[-1]) < self.max_pages:
                nh, nw = max(hmax, h), max(wmax, w)
                if (len(groups[-1]) + 1) * nh * nw * (1 - MAX_PADDING_SHARE) <= area + h * w:
                    groups[-1].append(i)
                    area, hmax, wmax = area + h * w, nh, nw
                    continue
            groups.append([i])
            area, hmax, wmax = h * w, h, w
        return groups

    @torch.inference_mode()
    def _forward(self, images: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
        hs, ws = [x.shape[0] for x in images], [x.shape[1] for x in images]
        height, width = max(hs), max(ws)
        host = self.buffers.tensor("det_in", (len(images), height, width, 3))
        array = host.numpy()
        padded = any(h != height or w != width for h, w in zip(hs, ws, strict=True))
        if padded:
            array.fill(0)
        for k, img in enumerate(images):
            array[k, : img.shape[0], : img.shape[1]] = img
        x = normalize_bgr(self.buffers.upload(host))
        valid = None
        if padded:
            valid = self.buffers.to_device("det_valid", np.array([hs, ws], dtype=np.int64).T.copy())
        prob = self.model(x, valid)[:, 0]  # [B, H, W]
        mask = prob > self.rules.thresh
        if self.rules.use_dilation:  # cv2.dilate with a 2x2 kernel: max over the pixel and those up/left
            mask = F.max_pool2d(F.pad(mask[:, None].half(), (1, 0, 1, 0)), 2, stride=1)[:, 0] > 0
        prob_host = self.buffers.download("det_prob", prob)
        mask_host = self.buffers.download("det_mask", mask.to(torch.uint8))
        self.buffers.sync()
        return [
            (prob_host[k, :h, :w], mask_host[k, :h, :w]) for k, (h, w) in enumerate(zip(hs, ws, strict=True))
        ]

    def _boxes(
        self, pred: np.ndarray, bitmap: np.ndarray, page_hw: tuple[int, ...]
    ) -> tuple[np.ndarray, list[float]]:
        src_h, src_w = page_hw[:2]
        boxes, scores = self._post.boxes_from_bitmap(pred, bitmap, src_w, src_h)
        boxes, scores = self._post.filter_det_res(boxes, scores, src_h, src_w)
        if len(boxes) < 1:
            return np.zeros((0, 4, 2), np.float32), []
        # RapidOCR sorts boxes without their scores; the scores are only used by its visualiser.
        return TextDetector.sorted_boxes(boxes), scores
