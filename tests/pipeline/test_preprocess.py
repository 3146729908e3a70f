"""The preprocess stage on synthetic pages turned and skewed by known angles, and on a real receipt."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from idp.config import PreprocessSettings
from idp.document import Page, Word
from idp.models.orientation import TextDirectionClassifier
from idp.pipeline.imaging import rotate_image, to_gray
from idp.pipeline.preprocess import PagePreprocessor, dark_ground, detect_orientation
from idp.pipeline.textlines import detect_skew
from tests import inputs

INVOICE_LINES = [
    "NORTHWIND TRADING COMPANY LIMITED",
    "Invoice number 2024-00417  Date 14 March 2024",
    "Bill to: Contoso Insurance, 18 Harbour Street",
    "Description                Qty     Amount",
    "Office chairs, black        4     480.00",
    "Standing desk frame         2     610.00",
    "Cable trays and clamps     10      95.50",
    "Delivery and installation   1     120.00",
    "Subtotal                        1305.50",
    "Sales tax 8%                     104.44",
    "Total due                       1409.94",
    "Payment within thirty days of invoice date.",
    "Please quote the invoice number with payment.",
    "Thank you for your business with us this year.",
]


def settings(**changes: object) -> PreprocessSettings:
    return PreprocessSettings(max_skew_degrees=10.0).model_copy(update=changes)


def make_page(image: np.ndarray, **fields: object) -> Page:
    return Page(number=1, width=image.shape[1], height=image.shape[0], image=image, **fields)


@pytest.fixture(scope="module")
def upright() -> np.ndarray:
    return np.asarray(inputs.text_page(INVOICE_LINES, size=(1000, 1300), font_size=26))


@pytest.fixture(scope="module")
def classifier() -> TextDirectionClassifier:
    return TextDirectionClassifier()


@pytest.fixture(scope="module")
def preprocessor(classifier: TextDirectionClassifier) -> PagePreprocessor:
    return PagePreprocessor(settings(), classifier=classifier)


def turned_ccw(image: np.ndarray, degrees: int) -> np.ndarray:
    """The page turned counter-clockwise: it needs `degrees` clockwise to stand upright again."""
    return np.ascontiguousarray(np.rot90(image, k=degrees // 90))


def test_upright_straight_page_is_returned_as_is(preprocessor: PagePreprocessor, upright: np.ndarray) -> None:
    page = make_page(upright)
    out = preprocessor(page)
    assert out is page
    assert out.rotation == 0 and out.skew_degrees == 0.0


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_turned_page_comes_back_upright(
    preprocessor: PagePreprocessor, upright: np.ndarray, degrees: int
) -> None:
    page = make_page(turned_ccw(upright, degrees))
    out = preprocessor(page)
    assert out.rotation == degrees
    assert out.skew_degrees == 0.0
    assert (out.width, out.height) == (upright.shape[1], upright.shape[0])
    assert out.image is not None and np.array_equal(out.image, upright)  # quarter turns are lossless
    assert page.image is not None and page.rotation == 0  # the input page is not modified


@pytest.mark.parametrize("skew", [4.0, -4.0, 7.5])
def test_skewed_page_is_straightened(
    preprocessor: PagePreprocessor, upright: np.ndarray, skew: float
) -> None:
    out = preprocessor(make_page(rotate_image(upright, skew)))
    assert out.rotation == 0
    assert out.skew_degrees == pytest.approx(skew, abs=0.5)
    assert out.image is not None
    assert abs(detect_skew(to_gray(out.image))) < 0.5
    assert (out.height, out.width) == out.image.shape[:2]


@pytest.mark.parametrize(("degrees", "skew"), [(90, 4.0), (180, -3.0), (270, 6.0)])
def test_turned_and_skewed_page(
    preprocessor: PagePreprocessor, upright: np.ndarray, degrees: int, skew: float
) -> None:
    out = preprocessor(make_page(turned_ccw(rotate_image(upright, skew), degrees)))
    assert out.rotation == degrees
    assert out.skew_degrees == pytest.approx(skew, abs=0.5)
    assert out.image is not None and abs(detect_skew(to_gray(out.image))) < 0.5


def test_rotation_adds_to_a_rotation_already_recorded(
    preprocessor: PagePreprocessor, upright: np.ndarray
) -> None:
    out = preprocessor(make_page(turned_ccw(upright, 90), rotation=180))
    assert out.rotation == 270


def test_text_layer_page_passes_through(preprocessor: PagePreprocessor, upright: np.ndarray) -> None:
    words = [Word(text="Total", bbox=(10, 10, 60, 30), confidence=1.0)]
    page = make_page(turned_ccw(upright, 90), text_source="text_layer", words=words)
    assert preprocessor(page) is page


def test_page_with_ocr_words_passes_through(preprocessor: PagePreprocessor, upright: np.ndarray) -> None:
    words = [Word(text="Total", bbox=(10, 10, 60, 30), confidence=0.9)]
    page = make_page(rotate_image(upright, 5.0), text_source="ocr", words=words)
    assert preprocessor(page) is page


def test_page_without_image_passes_through(preprocessor: PagePreprocessor) -> None:
    page = Page(number=1, width=100, height=100)
    assert preprocessor(page) is page


def test_blank_page_is_left_alone(preprocessor: PagePreprocessor) -> None:
    page = make_page(np.full((800, 600, 3), 255, np.uint8))
    assert preprocessor(page) is page


def test_disabled_steps_pass_through(classifier: TextDirectionClassifier, upright: np.ndarray) -> None:
    off = PagePreprocessor(settings(orientation=False, deskew=False), classifier=classifier)
    page = make_page(turned_ccw(rotate_image(upright, 5.0), 90))
    assert off(page) is page


def test_disabled_orientation_loads_no_model() -> None:
    pre = PagePreprocessor(settings(orientation=False))
    assert pre.classifier is None and pre.model_versions == {}


def test_orientation_only_does_not_deskew(classifier: TextDirectionClassifier, upright: np.ndarray) -> None:
    pre = PagePreprocessor(settings(deskew=False), classifier=classifier)
    out = pre(make_page(turned_ccw(rotate_image(upright, 4.0), 180)))
    assert out.rotation == 180 and out.skew_degrees == 0.0


def test_deskew_only_does_not_turn(classifier: TextDirectionClassifier, upright: np.ndarray) -> None:
    pre = PagePreprocessor(settings(orientation=False), classifier=classifier)
    out = pre(make_page(turned_ccw(rotate_image(upright, -4.0), 180)))
    assert out.rotation == 0
    assert out.skew_degrees == pytest.approx(-4.0, abs=0.5)


def test_skew_search_stays_within_the_limit(classifier: TextDirectionClassifier, upright: np.ndarray) -> None:
    pre = PagePreprocessor(settings(orientation=False, max_skew_degrees=3.0), classifier=classifier)
    assert pre(make_page(rotate_image(upright, 2.0))).skew_degrees == pytest.approx(2.0, abs=0.5)
    assert abs(pre(make_page(rotate_image(upright, 8.0))).skew_degrees) <= 3.0


@pytest.mark.parametrize("step", ["denoise", "contrast"])
def test_cleaning_steps_keep_the_page_geometry(
    classifier: TextDirectionClassifier, upright: np.ndarray, step: str
) -> None:
    pre = PagePreprocessor(settings(orientation=False, deskew=False, **{step: True}), classifier=classifier)
    noisy = upright.astype(np.int16) + np.random.default_rng(0).normal(0, 25, upright.shape).astype(np.int16)
    page = make_page(np.clip(noisy, 0, 255).astype(np.uint8))
    out = pre(page)
    assert out is not page and out.image is not None
    assert out.image.shape == upright.shape and out.image.dtype == np.uint8
    assert (out.rotation, out.skew_degrees, out.width, out.height) == (0, 0.0, page.width, page.height)
    assert not np.array_equal(out.image, page.image)


def test_detect_orientation_function(classifier: TextDirectionClassifier, upright: np.ndarray) -> None:
    assert detect_orientation(to_gray(turned_ccw(upright, 270)), classifier) == 270


@pytest.mark.needs_dataset
def test_real_receipt_turned_and_skewed(preprocessor: PagePreprocessor) -> None:
    path = inputs.SHARED_DATASETS / "sroie-100" / "img" / "000.jpg"
    if not path.is_file():
        pytest.skip(f"SROIE receipts not found at {path} (../shared/datasets is absent)")
    receipt = np.asarray(Image.open(path).convert("RGB"))
    own_skew = detect_skew(to_gray(receipt))  # scanned receipts are seldom perfectly straight
    for degrees, skew in ((90, 3.0), (180, -5.0), (270, 0.0)):
        page = make_page(turned_ccw(rotate_image(receipt, skew) if skew else receipt, degrees))
        out = preprocessor(page)
        assert out.rotation == degrees
        expected = own_skew + skew
        assert out.skew_degrees == pytest.approx(expected if abs(expected) >= 0.2 else 0.0, abs=0.5)


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_light_text_on_a_dark_ground_is_turned_as_dark_text_is(
    preprocessor: PagePreprocessor, upright: np.ndarray, degrees: int
) -> None:
    """A screenshot in dark mode: the direction classifier took every line of it for upside down."""
    dark = np.ascontiguousarray(255 - upright)
    assert dark_ground(to_gray(dark))
    out = preprocessor(make_page(turned_ccw(dark, degrees)))
    assert out.rotation == degrees


@pytest.mark.parametrize("degrees", [0, 180])
def test_a_slip_photographed_on_a_dark_table_is_no_dark_ground(
    preprocessor: PagePreprocessor, upright: np.ndarray, degrees: int
) -> None:
    """As dark in the median as a dark-mode page, but its paper is one light region: not inverted."""
    h, w = upright.shape[:2]
    table = np.full((int(h * 1.5), int(w * 1.6), 3), 40, dtype=np.uint8)
    table[h // 4 : h // 4 + h, w // 3 : w // 3 + w] = upright
    assert np.median(to_gray(table)) < 110 and not dark_ground(to_gray(table))
    out = preprocessor(make_page(turned_ccw(table, degrees)))
    assert out.rotation == degrees
