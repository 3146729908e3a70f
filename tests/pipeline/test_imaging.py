"""Pure image helpers: scaling with box round-trips, lossless quarter turns, skew turns, cleaning."""

from __future__ import annotations

import numpy as np
import pytest

from idp.pipeline.imaging import (
    denoise,
    downscale,
    enhance_contrast,
    rotate_image,
    rotate_quadrant,
    scale_bbox,
    to_gray,
)


def test_downscale_caps_the_longest_side() -> None:
    image = np.zeros((3000, 1500, 3), np.uint8)
    small, factor = downscale(image, 2000)
    assert small.shape == (2000, 1000, 3)
    assert factor == pytest.approx(2000 / 3000)


def test_downscale_never_enlarges() -> None:
    image = np.zeros((400, 300, 3), np.uint8)
    small, factor = downscale(image, 2000)
    assert small is image and factor == 1.0


def test_downscale_rejects_a_bad_side() -> None:
    with pytest.raises(ValueError):
        downscale(np.zeros((10, 10), np.uint8), 0)


def test_box_found_on_the_small_page_maps_back() -> None:
    image = np.full((2480, 3508, 3), 255, np.uint8)
    image[1000:1100, 2000:2600] = 0
    small, factor = downscale(image, 1000)
    ys, xs = np.nonzero(to_gray(small) < 128)
    found = (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1))
    x0, y0, x1, y1 = scale_bbox(found, 1 / factor)
    assert (x0, y0, x1, y1) == pytest.approx((2000, 1000, 2600, 1100), abs=1 / factor + 1)


def test_scale_bbox_round_trip() -> None:
    box = (12.5, 40.0, 300.25, 88.0)
    assert scale_bbox(scale_bbox(box, 0.37), 1 / 0.37) == pytest.approx(box)


@pytest.mark.parametrize("degrees", [0, 90, 180, 270, 360, -90])
def test_quarter_turns_are_clockwise_and_lossless(degrees: int) -> None:
    image = np.arange(6 * 4 * 3, dtype=np.uint8).reshape(6, 4, 3)
    turned = rotate_quadrant(image, degrees)
    assert np.array_equal(turned, np.rot90(image, k=-(degrees // 90)))
    assert np.array_equal(rotate_quadrant(turned, -degrees), image)


def test_quarter_turn_rejects_other_angles() -> None:
    with pytest.raises(ValueError):
        rotate_quadrant(np.zeros((4, 4), np.uint8), 45)


def test_rotate_image_keeps_every_pixel_and_fills_white() -> None:
    image = np.zeros((200, 400, 3), np.uint8)  # all ink: any white must come from the fill
    turned = rotate_image(image, 10.0)
    assert turned.shape[0] > 200 and turned.shape[1] > 400
    assert (turned[0, 0] == 255).all() and (turned[-1, -1] == 255).all()
    centre = turned[turned.shape[0] // 2, turned.shape[1] // 2]
    assert (centre == 0).all()
    assert rotate_image(image, 0.0) is image


def test_rotate_image_turns_counter_clockwise() -> None:
    image = np.full((300, 300), 255, np.uint8)
    image[148:152, 50:250] = 0  # a horizontal bar
    turned = rotate_image(image, 20.0)
    ys, xs = np.nonzero(turned < 128)
    # counter-clockwise on screen: the bar's right end rises (smaller y)
    assert ys[xs.argmax()] < ys[xs.argmin()]


def test_contrast_and_denoise_keep_shape_and_type() -> None:
    rng = np.random.default_rng(0)
    image = rng.integers(90, 160, (120, 160, 3), dtype=np.uint8)
    for out in (
        enhance_contrast(image),
        denoise(image),
        enhance_contrast(to_gray(image)),
        denoise(to_gray(image)),
    ):
        assert out.dtype == np.uint8 and out.shape[:2] == image.shape[:2]
    assert enhance_contrast(image).std() > image.std()  # CLAHE spreads the grey levels
    assert denoise(image).std() < image.std()
