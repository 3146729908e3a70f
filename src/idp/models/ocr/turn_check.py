"""A second reading of the lines the direction classifier turned: shared by both PP-OCR engines.

PP-OCR's 0/180 line classifier turns a line it believes upside down before the recogniser reads
it. On upright receipts it is wrong now and then - 47 of the 2,724 lines of SROIE receipts
000-049 were turned, almost all of them upright lines - and the recogniser then reads the turned
crop as garbage (``DATE: 15/06/2017`` as ``DA/1/6 1201``, ``80300 JOHOR BAHRU`` as ``B03 RHR HRU``)
while the crop as detected reads cleanly at a far higher confidence. Pages are turned upright by
the preprocessing before OCR, so a turned line is as likely the classifier's mistake as a line
printed upside down; rather than trust it, every turned line is also read as detected and the
more confident of the two readings is kept (:func:`idp.models.ocr.reread.keep_better`).

Recognition depends on the batch a crop is read in, so, as for re-reading, both engines read a
page's turned lines together in one recogniser call per page and keep giving the same texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from rapidocr import RapidOCR

from idp.models.ocr.reread import Reading, RecogniseFn, keep_better, page_recogniser


def read_turned_as_detected(
    recognise: RecogniseFn,
    crops: Sequence[Sequence[np.ndarray]],
    flips: Sequence[Sequence[bool]],
    readings: Sequence[list[Reading]],
    upright: Sequence[list[np.ndarray]],
) -> tuple[list[list[Reading]], list[list[np.ndarray]], list[list[bool]]]:
    """Per page: readings, the crops they were read from and the lines still turned, after each
    turned line (`flips`) was read again from its crop as detected (`crops`) and the more confident
    reading kept."""
    out_readings, out_upright = [list(r) for r in readings], [list(u) for u in upright]
    out_flips = [list(f) for f in flips]
    turned = [[i for i, flip in enumerate(page) if flip] for page in flips]
    todo = [k for k, indices in enumerate(turned) if indices]
    second = recognise([[crops[k][i] for i in turned[k]] for k in todo]) if todo else []
    for k, page_second in zip(todo, second, strict=True):
        views = [crops[k][i] for i in turned[k]]
        out_readings[k], out_upright[k] = keep_better(readings[k], upright[k], turned[k], views, page_second)
        for i, (_, score, _) in zip(turned[k], page_second, strict=True):
            out_flips[k][i] = score <= readings[k][i][1]  # keep_better kept the turned reading
    return out_readings, out_upright, out_flips


def use_turn_check(rapid: RapidOCR) -> None:
    """Make `rapid` read each line its classifier turned as detected too (module doc). Install it
    before :func:`idp.models.ocr.reread.use_rereading`: lines read better as detected are marked
    unturned in the classifier's output, which the re-reading consults."""
    run_ocr_steps = rapid.run_ocr_steps
    recognise = page_recogniser(rapid)

    def steps(img: np.ndarray, op_record: dict[str, Any]) -> tuple[Any, Any, Any, Any]:
        det_res, cls_res, rec_res, crops = run_ocr_steps(img, op_record)
        labels = cls_res.cls_res if rapid.use_cls and cls_res.cls_res else []
        if rec_res.txts is None or rec_res.imgs is None or len(labels) != len(rec_res.txts):
            return det_res, cls_res, rec_res, crops
        thresh = float(rapid.cfg.Cls.cls_thresh)
        flips = [("180" in label and score > thresh) for label, score in labels]
        words = rec_res.word_results or [None] * len(rec_res.txts)
        readings = list(zip(rec_res.txts, rec_res.scores, words, strict=True))
        (readings,), (upright,), (still,) = read_turned_as_detected(
            recognise, [crops], [flips], [readings], [list(rec_res.imgs)]
        )
        txts, scores, words = (list(v) for v in zip(*readings, strict=True))
        rec_res.txts, rec_res.scores, rec_res.imgs = tuple(txts), scores, upright
        if rec_res.word_results is not None:
            rec_res.word_results = tuple(words)
        cls_res.cls_res = [
            (label if keep or not flip else "0", score)
            for (label, score), flip, keep in zip(labels, flips, still, strict=True)
        ]
        return det_res, cls_res, rec_res, crops

    rapid.run_ocr_steps = steps  # type: ignore[method-assign]
