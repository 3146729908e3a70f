"""Re-reading weak lines from a taller crop (idp.models.ocr.reread): the geometry, the choice, and the
rapidocr engine with it on (the real recogniser, one thread)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import ImageFilter

from idp.config import load_config
from idp.models.ocr import build_ocr_engine
from idp.models.ocr.reread import RereadRule, grown_box, keep_better, use_rereading, weak_line_views
from tests import inputs


def test_grown_box_moves_top_and_bottom_out_along_the_box() -> None:
    box = np.array([[10, 20], [110, 20], [110, 40], [10, 40]], dtype=np.float32)
    assert np.allclose(grown_box(box, 0.25), [[10, 15], [110, 15], [110, 45], [10, 45]])
    turned = np.array([[0, 0], [0, 100], [-20, 100], [-20, 0]], dtype=np.float32)  # a line turned 90 degrees
    assert np.allclose(grown_box(turned, 0.5), [[10, 0], [10, 100], [-30, 100], [-30, 0]])


def test_only_weak_lines_get_a_second_view_upright_like_the_first() -> None:
    page = np.full((100, 200, 3), 255, np.uint8)
    page[30:40, 20:60] = 0  # ink in the top half of the first box only
    boxes = [np.array([[10, 20], [110, 20], [110, 40], [10, 40]], np.float32)] * 3
    indices, views = weak_line_views(
        page, boxes, [False, True, False], [0.5, 0.7, 0.99], RereadRule(0.98, 0.25)
    )
    assert indices == [0, 1]
    assert views[0].shape[:2] == (30, 100)  # 20 px tall box grown by 5 px above and below
    assert np.array_equal(views[1], views[0][::-1, ::-1])  # the flipped line is turned like its first crop


def test_the_more_confident_reading_and_its_crop_are_kept() -> None:
    crops = [np.zeros((2, 2, 3), np.uint8), np.ones((2, 2, 3), np.uint8)]
    views = [np.full((4, 2, 3), 7, np.uint8), np.full((4, 2, 3), 9, np.uint8)]
    readings, upright = keep_better(
        [("TOTAL", 0.9, None), ("RM 9.00", 0.6, None)],
        crops,
        [0, 1],
        views,
        [("TOTAI", 0.8, None), ("RM 9,00", 0.7, None)],
    )
    assert readings == [("TOTAL", 0.9, None), ("RM 9,00", 0.7, None)]
    assert upright[0] is crops[0] and upright[1] is views[1]


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    lines = inputs.RECEIPT_LINES[:6]
    return np.asarray(
        inputs.text_page(lines, size=(760, 420), font_size=24).filter(ImageFilter.GaussianBlur(1.2))
    )


def test_every_reread_line_is_read_at_least_as_confidently(page: np.ndarray) -> None:
    settings = load_config().ocr
    base = build_ocr_engine(settings).rapid  # type: ignore[attr-defined]
    engine = build_ocr_engine(settings.model_copy(update={"reread_below": 1.0}))
    assert engine.model_version.endswith("+reread1")
    bgr = np.ascontiguousarray(page[:, :, ::-1])
    want, got = base(bgr), engine.rapid(bgr)  # type: ignore[attr-defined]
    assert len(got.txts) == len(want.txts) >= 4
    assert all(g >= w - 1e-6 for g, w in zip(got.scores, want.scores, strict=True))
    assert [w.text for w in engine.recognize(page)]


def test_a_threshold_of_zero_changes_nothing(page: np.ndarray) -> None:
    settings = load_config().ocr
    off = build_ocr_engine(settings).recognize(page)
    never = build_ocr_engine(settings.model_copy(update={"reread_below": 0.0}))
    assert never.recognize(page) == off


def test_rereading_needs_nothing_but_a_rapidocr_instance() -> None:
    from rapidocr import RapidOCR

    rapid = RapidOCR(
        params={"Global.log_level": "warning", "EngineConfig.onnxruntime.intra_op_num_threads": 1}
    )
    use_rereading(rapid, RereadRule(below=1.0))
    page = np.asarray(inputs.text_page(["TOTAL RM 9.00"], size=(500, 120), font_size=30))
    out = rapid(np.ascontiguousarray(page[:, :, ::-1]))
    assert out.txts and "9.00" in "".join(out.txts)
