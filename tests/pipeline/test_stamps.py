"""Red stamps lifted off colour pages: pixels, red text left alone, and the real recogniser's reading."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from idp.config import PreprocessSettings, load_config
from idp.document import Page
from idp.models.ocr import build_ocr_engine
from idp.pipeline.imaging import to_gray
from idp.pipeline.preprocess import PagePreprocessor
from idp.pipeline.stamps import remove_red_stamps, stamp_mask
from tests import inputs

LINES = ["TEO HENG STATIONERY & BOOKS", "NO. 53, JALAN BESAR, 45600", "BATANG BERJUNTAI SELANGOR"]
STAMP_INK = (215, 30, 70)


def thermal_page(lines: list[str] = LINES, fill: tuple[int, int, int] = (120, 120, 130)) -> np.ndarray:
    """Grey print, as thermal receipts are."""
    page = Image.new("RGB", (760, 300), "white")
    draw = ImageDraw.Draw(page)
    for i, line in enumerate(lines):
        draw.text((60, 60 + 54 * i), line, fill=fill, font=inputs.font(26))
    return np.asarray(page)


def stamped(page: np.ndarray) -> np.ndarray:
    """A framed "PAID" stamp across the lines, inked on top of the print (multiplied, as ink is)."""
    stamp = Image.new("RGB", (page.shape[1], page.shape[0]), "white")
    draw = ImageDraw.Draw(stamp)
    draw.rounded_rectangle((250, 20, 600, 250), radius=40, outline=STAMP_INK, width=14)
    draw.text((290, 70), "PAID", fill=STAMP_INK, font=inputs.font(130), stroke_width=5, stroke_fill=STAMP_INK)
    layer = np.asarray(stamp.rotate(-12, fillcolor="white"), dtype=np.float32)
    return (page.astype(np.float32) * layer / 255.0).astype(np.uint8)


def test_stamp_ink_becomes_paper_and_print_stays_dark() -> None:
    clean = thermal_page()
    page = stamped(clean)
    out, share = remove_red_stamps(page)
    assert share > 0.05
    stamp_only = (to_gray(clean) > 250) & (to_gray(page) < 150)  # stamp strokes over blank paper
    print_px = to_gray(clean) < 140
    assert stamp_only.sum() > 5000
    assert np.median(to_gray(out)[stamp_only]) > 235  # was < 150
    assert np.median(to_gray(out)[print_px]) < 140  # the print under and beside the stamp stays ink


def test_red_text_and_black_pages_are_left_alone() -> None:
    black = thermal_page(fill=(0, 0, 0))
    assert stamp_mask(black) is None
    assert remove_red_stamps(black)[0] is black
    # a two-colour header: red letters of body size are text, not a stamp
    page = np.array(black)
    page[:110] = thermal_page(["FY EAGLE ENTERPRISE", "002065464-X"], fill=(220, 40, 120))[:110]
    assert stamp_mask(page) is None
    out, share = remove_red_stamps(page)
    assert share == 0.0 and np.array_equal(out, page)
    grey = to_gray(stamped(thermal_page()))
    assert remove_red_stamps(grey)[0] is grey


@pytest.fixture(scope="module")
def engine():
    return build_ocr_engine(load_config().ocr)


def test_recogniser_reads_the_line_a_stamp_crossed(engine) -> None:
    clean, page = thermal_page(), stamped(thermal_page())
    expected = " ".join(w.text for w in engine.recognize(clean))
    assert "BESAR, 45600" in expected
    assert " ".join(w.text for w in engine.recognize(page)) != expected  # the stamp costs words
    out, _ = remove_red_stamps(page)
    assert " ".join(w.text for w in engine.recognize(out)) == expected


def test_preprocessor_lifts_stamps_unless_switched_off() -> None:
    page = stamped(thermal_page())
    base = PreprocessSettings(max_skew_degrees=10.0, orientation=False, deskew=False)
    made = Page(number=1, width=page.shape[1], height=page.shape[0], image=page)
    lifted = PagePreprocessor(base)(made)
    assert lifted.image is not None and not np.array_equal(lifted.image, page)
    kept = PagePreprocessor(base.model_copy(update={"remove_stamps": False}))(made)
    assert kept.image is page
