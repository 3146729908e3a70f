"""Words of RapidOCR's lines re-spaced from the characters' positions: shared by both PP-OCR engines.

RapidOCR turns each line's CTC decode (the output step at which every character fires,
`WordInfo.word_cols`) into word boxes in `build_final_output`, through its `cal_rec_boxes`
object: words split at the recogniser's spaces and at wide step gaps, each box a run of
equal-width character cells. `RespacedWordBoxes` takes that object's place on a `RapidOCR`
instance: the characters' positions and the recognised crop go to :mod:`idp.models.ocr.spacing`,
which decides the spaces, and each word's box is its characters' cells shrunk to their ink,
mapped back to the page by RapidOCR's own inverse crop transform. The rapidocr engine and the
ppocr_torch pipeline (which calls the same `build_final_output`) both install it with
:func:`use_respacing`, so the two keep giving the same words.

Each word's confidence is the mean probability of its characters (RapidOCR's own pairing of
words with probabilities counts the recogniser's spaces and drifts after the first one).
A line decoded upside down by the direction classifier is measured on the upright crop the
recogniser read; its boxes, like RapidOCR's, are not mirrored back.
"""

from __future__ import annotations

import copy
from typing import Any

import cv2
import numpy as np
from rapidocr import RapidOCR
from rapidocr.cal_rec_boxes.main import CalRecBoxes
from rapidocr.ch_ppocr_rec.typings import TextRecOutput, WordInfo

from idp.models.ocr.spacing import SpacingRule, char_pitch, line_ink, word_extents, word_spans

WordResult = tuple[str, float, list[list[int]]]


class RespacedWordBoxes(CalRecBoxes):
    """`CalRecBoxes` with words from :func:`idp.models.ocr.spacing.word_spans` (module doc)."""

    def __init__(self, rule: SpacingRule) -> None:
        self.rule = rule

    def __call__(
        self,
        imgs: list[np.ndarray],
        dt_boxes: np.ndarray,
        rec_res: TextRecOutput,
        return_single_char_box: bool = False,
    ) -> TextRecOutput:
        if rec_res.txts is None or rec_res.word_results is None:
            return rec_res
        upright = rec_res.imgs if rec_res.imgs is not None and len(rec_res.imgs) == len(imgs) else imgs
        rec_res.word_results = tuple(
            self.line_words(rec_res.txts[i], rec_res.word_results[i], upright[i], imgs[i], dt_boxes[i])
            for i in range(len(imgs))
        )
        return rec_res

    def line_words(
        self, text: str, info: WordInfo, upright: np.ndarray, crop: np.ndarray, box: Any
    ) -> list[WordResult]:
        """(word, confidence, quad in page pixels) for one line."""
        if crop.size == 0 or upright.size == 0 or not text.strip():
            return []
        chars = [c for c in text if not c.isspace()]
        cols = [c for word in info.word_cols for c in word]
        probs = [p for ch, p in zip(text, info.confs, strict=False) if not ch.isspace()]
        if len(probs) != len(chars):
            probs = [float(np.mean(info.confs or [0.0]))] * len(chars)
        width = upright.shape[1]
        if len(cols) == len(chars) and info.line_txt_len > 0:
            xs = [(c + 0.5) * width / info.line_txt_len for c in cols]
            gray = upright if upright.ndim == 2 else cv2.cvtColor(upright, cv2.COLOR_BGR2GRAY)
            ink = line_ink(gray, self.rule)
            spans = word_spans(text, xs, ink, self.rule)
            extents = word_extents(xs, spans, ink, char_pitch(text, xs))
        else:  # no usable positions: the recogniser's words, cells in proportion to characters
            spans, extents = _proportional(text, width)
        scale = crop.shape[1] / width
        h = crop.shape[0]
        quads = [[[x0 * scale, 0], [x1 * scale, 0], [x1 * scale, h], [x0 * scale, h]] for x0, x1 in extents]
        quads = self.reverse_rotate_crop_image(copy.deepcopy(box), quads, self.get_box_direction(box))
        return [
            ("".join(chars[a:b]), float(np.mean(probs[a:b])), quad)
            for (a, b), quad in zip(spans, quads, strict=True)
        ]


def _proportional(text: str, width: int) -> tuple[list[tuple[int, int]], list[tuple[float, float]]]:
    tokens = text.split()
    total = sum(len(t) for t in tokens) + len(tokens) - 1
    spans, extents, start, pos = [], [], 0, 0
    for token in tokens:
        spans.append((start, start + len(token)))
        extents.append((width * pos / total, width * (pos + len(token)) / total))
        start += len(token)
        pos += len(token) + 1
    return spans, extents


def use_respacing(rapid: RapidOCR, rule: SpacingRule | None = None) -> None:
    """Make `rapid` (built with `Global.return_word_box`) return re-spaced words."""
    if not rapid.return_word_box:
        raise ValueError("use_respacing needs a RapidOCR built with Global.return_word_box")
    rapid.cal_rec_boxes = RespacedWordBoxes(rule or SpacingRule())
