"""The batched PP-OCR pipeline: RapidOCR's own steps around batched torch networks.

For a list of pages this does what `RapidOCR.__call__` does per page - bounds resize, vertical
padding, detection, cropping, direction classification, recognition, word boxes, score filter -
but each network runs once over many pages. The per-page geometry (bounds resize, padding,
crops, output assembly) is RapidOCR's code, called on an unloaded `RapidOCR` instance, so the two
engines cannot drift apart silently; tests compare them.
"""

from __future__ import annotations

import copy
import logging
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import torch
from rapidocr import RapidOCR
from rapidocr.ch_ppocr_cls import TextClsOutput
from rapidocr.ch_ppocr_det import TextDetOutput
from rapidocr.ch_ppocr_rec import TextRecOutput
from rapidocr.utils.load_image import LoadImage
from rapidocr.utils.output import RapidOCROutput
from rapidocr.utils.process_img import apply_vertical_padding, get_rotate_crop_image

from idp.models.ocr.ppocr_torch.det import BatchDetector, DetRules
from idp.models.ocr.ppocr_torch.onnx_torch import OnnxModule
from idp.models.ocr.ppocr_torch.rec import BatchRecognizer
from idp.models.ocr.ppocr_torch.transfer import HostBuffers
from idp.models.ocr.rapid_words import use_respacing
from idp.models.ocr.rec_delta import REC_MODEL, patched_model, rapidocr_model_dir, resolve_delta
from idp.models.ocr.reread import RereadRule, reread_pages
from idp.models.ocr.turn_check import read_turned_as_detected

DET_MODEL = "PP-OCRv6_det_small.onnx"
CLS_MODEL = "ch_ppocr_mobile_v2.0_cls_mobile.onnx"


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


class TorchPPOCR:
    """`__call__(images)` -> one `RapidOCROutput` per image (empty output: no text), as RapidOCR
    with `return_word_box=True` returns for the same image in BGR. Images are RGB uint8 (H, W, 3)
    (grey and 4-channel images are converted as RapidOCR does); the networks get BGR, as trained.
    TF32 and cuDNN autotuning are process-wide torch switches: the constructor sets them.
    `respace=True` re-spaces words from the characters' positions, as the rapidocr engine does;
    `check_turned` reads the lines the classifier turned as detected too, as it does
    (:mod:`idp.models.ocr.turn_check`);
    `reread_below` re-reads weak lines from a second view, as it does (:mod:`idp.models.ocr.reread`)."""

    def __init__(
        self,
        *,
        device: str = "auto",
        model_dir: str | Path | None = None,
        text_score: float = 0.5,
        use_cls: bool = True,
        check_turned: bool = False,
        max_side_len: int = 2000,
        det_batch_pages: int = 8,
        rec_batch_size: int = 64,
        rec_width_step: int = 0,
        allow_tf32: bool = False,
        respace: bool = False,
        reread_below: float | None = None,
        rec_delta: str | None = None,
    ) -> None:
        self.device = resolve_device(device)
        if self.device.type == "cuda":
            # TF32 convolutions/matmuls carry ~1e-3 relative error: enough to move a box edge now
            # and then. Off by default, like RapidOCR's float32 CPU path.
            torch.backends.cudnn.allow_tf32 = allow_tf32
            torch.backends.cuda.matmul.allow_tf32 = allow_tf32
            torch.backends.cudnn.benchmark = False  # shapes change every call
        root = Path(model_dir) if model_dir else rapidocr_model_dir()
        self._rapid = RapidOCR(
            params={
                "Global.log_level": "warning",
                "Global.text_score": text_score,
                "Global.use_cls": use_cls,
                "Global.return_word_box": True,
                "Global.max_side_len": max_side_len,
            }
        )
        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        if respace:
            use_respacing(self._rapid)
        cfg = self._rapid.cfg
        self.buffers = HostBuffers(self.device)
        det = OnnxModule(root / DET_MODEL).eval().to(self.device)
        rec_source = root / REC_MODEL
        if rec_delta:  # the fine-tuned recogniser, exactly as the rapidocr engine patches it
            rec_source = patched_model(str(rec_source), str(resolve_delta(rec_delta)))
        rec = OnnxModule(rec_source).eval().to(self.device)
        cls = OnnxModule(root / CLS_MODEL).eval().to(self.device) if use_cls else None
        self.detector = BatchDetector(det, DetRules.from_rapidocr(cfg.Det), self.buffers, det_batch_pages)
        self.recognizer = BatchRecognizer(
            rec, cls, self.buffers, rec_batch_size, rec_width_step, float(cfg.Cls.cls_thresh)
        )
        self.reread = RereadRule(below=reread_below) if reread_below is not None else None
        self.check_turned = use_cls and check_turned
        self.timings: defaultdict[str, float] = defaultdict(float)  # seconds per stage, and pages
        self._load = LoadImage()

    def __call__(self, images: list[np.ndarray]) -> list[RapidOCROutput]:
        rapid, g = self._rapid, self._rapid.cfg.Global
        clock = _Clock(self.timings)
        prepared = []
        images = [
            i if i.ndim == 3 and i.shape[2] == 3 else self._load.convert_img(i, np.ndarray) for i in images
        ]
        for image in images:
            img, record = rapid.preprocess_img(image)
            if g.use_vertical_padding:
                img, record = apply_vertical_padding(img, record, rapid.width_height_ratio, rapid.min_height)
            else:
                record["padding_1"] = {"top": 0, "left": 0}
            prepared.append((img, record))
        clock("prepare")
        detections = self.detector([img for img, _ in prepared])
        clock("detect")
        crops = [
            [get_rotate_crop_image(img, copy.deepcopy(box)) for box in boxes]
            for (img, _), (boxes, _) in zip(prepared, detections, strict=True)
        ]
        flat = [c for page in crops for c in page]
        clock("crop")
        flips = self.recognizer.classify(flat) if rapid.use_cls else np.zeros(len(flat), bool)
        clock("classify")
        upright, page_flips, k = [], [], 0
        for page in crops:
            page_flips.append([bool(f) for f in flips[k : k + len(page)]])
            upright.append([cv2.rotate(c, 1) if f else c for c, f in zip(page, page_flips[-1], strict=True)])
            k += len(page)
        texts = self.recognizer.recognize(upright)
        clock("recognize")
        if self.check_turned:
            texts, upright, page_flips = read_turned_as_detected(
                self.recognizer.recognize, crops, page_flips, texts, upright
            )
            clock("turn_check")
        if self.reread is not None:
            texts, upright = reread_pages(
                self.recognizer.recognize,
                [img for img, _ in prepared],
                [boxes for boxes, _ in detections],
                page_flips,
                texts,
                upright,
                self.reread,
            )
            clock("reread")
        out = [
            self._assemble(image, img, record, boxes, scores, page_crops, page_upright, page_texts)
            for image, (img, record), (boxes, scores), page_crops, page_upright, page_texts in zip(
                images, prepared, detections, crops, upright, texts, strict=True
            )
        ]
        clock("assemble")
        self.timings["pages"] += len(images)
        return out

    def _assemble(
        self,
        image: np.ndarray,
        img: np.ndarray,
        record: dict[str, Any],
        boxes: np.ndarray,
        scores: list[float],
        crops: list[np.ndarray],
        upright: list[np.ndarray],
        texts: list[tuple[str, float, Any]],
    ) -> RapidOCROutput:
        if len(boxes) == 0:  # RapidOCR: "The text detection result is empty"
            return RapidOCROutput()
        det_res = TextDetOutput(img, boxes, scores)
        cls_res = TextClsOutput(img_list=upright)
        txts, rec_scores, words = (list(v) for v in zip(*texts, strict=True))
        rec_res = TextRecOutput(imgs=upright, txts=tuple(txts), scores=rec_scores, word_results=tuple(words))
        out = self._rapid.build_final_output(image, det_res, cls_res, rec_res, crops, record)
        return out if isinstance(out, RapidOCROutput) else RapidOCROutput()


class _Clock:
    """Adds the seconds since the previous call to `totals[stage]` (stages end with a device sync)."""

    def __init__(self, totals: defaultdict[str, float]) -> None:
        self.totals, self.last = totals, time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.totals[stage] += now - self.last
        self.last = now
