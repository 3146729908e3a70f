"""Re-spaced words from the PP-OCR engines on rendered lines (the real recogniser, one thread)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from rapidocr.ch_ppocr_rec.typings import WordInfo

from idp.config import load_config
from idp.models.ocr import build_ocr_engine
from idp.models.ocr.rapid_words import RespacedWordBoxes
from idp.models.ocr.spacing import SPACING_VERSION, SpacingRule
from tests import inputs

MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")


@pytest.fixture(scope="module")
def engine():
    return build_ocr_engine(load_config().ocr.model_copy(update={"respace": True}))


def _check_boxes(words, page: np.ndarray) -> None:
    for a, b in pairwise(words):
        assert a.bbox[2] <= b.bbox[0] + 1, (a, b)  # left to right, not overlapping
    for w in words:
        assert 0 <= w.bbox[0] < w.bbox[2] <= page.shape[1] and 0 <= w.bbox[1] < w.bbox[3] <= page.shape[0]
        assert 0.0 <= w.confidence <= 1.0


def test_rendered_address_line_keeps_its_printed_spaces(engine) -> None:
    page = np.asarray(inputs.text_page(["12, JALAN TAMPOI 7/4"], size=(700, 160), font_size=32))
    words = engine.recognize(page)
    assert [w.text for w in words] == ["12,", "JALAN", "TAMPOI", "7/4"]
    _check_boxes(words, page)
    assert f"+{SPACING_VERSION}" in engine.model_version


@pytest.mark.skipif(not MONO.is_file(), reason="DejaVu Sans Mono not installed")
def test_monospaced_comma_gets_no_space_before_it(engine) -> None:
    """A comma leaves most of its monospaced cell blank: that blank is not a space."""
    image = Image.new("RGB", (700, 160), "white")
    ImageDraw.Draw(image).text(
        (40, 60), "81100 JOHOR BAHRU,JOHOR.", fill="black", font=ImageFont.truetype(MONO, 30)
    )
    page = np.asarray(image)
    words = engine.recognize(page)
    assert [w.text for w in words] == ["81100", "JOHOR", "BAHRU,JOHOR."]
    _check_boxes(words, page)


@pytest.mark.skipif(not MONO.is_file(), reason="DejaVu Sans Mono not installed")
def test_a_space_the_recogniser_missed_is_added_from_the_ink() -> None:
    """The decode says ``53300KL``; the crop shows a blank cell between ``0`` and ``K``."""
    size, printed = 30, "53300 KL"
    face = ImageFont.truetype(MONO, size)
    advance = face.getlength("0")
    crop = Image.new("RGB", (int(advance * (len(printed) + 2)), 44), "white")
    ImageDraw.Draw(crop).text((advance, 4), printed, fill="black", font=face)
    bgr = np.asarray(crop)[:, :, ::-1].copy()
    steps = 40  # recogniser output steps over the crop's width
    step_px = bgr.shape[1] / steps
    centres = [advance * (i + 1.5) for i, ch in enumerate(printed) if ch != " "]
    info = WordInfo(
        words=[list("53300KL")],
        word_cols=[[int(c / step_px) for c in centres]],
        line_txt_len=float(steps),
        confs=[0.9] * 7,
    )
    h, w = bgr.shape[:2]
    box = np.array([[100, 200], [100 + w, 200], [100 + w, 200 + h], [100, 200 + h]], dtype=np.float32)
    out = RespacedWordBoxes(SpacingRule()).line_words("53300KL", info, bgr, bgr, box)
    assert [t for t, _, _ in out] == ["53300", "KL"]
    (_, p0, q0), (_, _, q1) = out
    assert p0 == pytest.approx(0.9)
    assert 100 <= q0[0][0] < q0[1][0] < q1[0][0] < q1[1][0] <= 100 + w  # page coordinates, in order
