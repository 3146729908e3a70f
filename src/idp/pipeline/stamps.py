"""Red rubber stamps ("PAID", "RECEIVED", a date stamp) and red pen marks lifted off a colour page.

Back offices stamp what they receive, often across the vendor's name or the address; the
recogniser then reads the stamp's strokes into the letters under them (``BOOKS`` -> ``BOBKS``) or
loses a line. Stamp ink is red or magenta, printed text is black or blue: in the red channel a red
stroke is nearly as light as the paper while black and blue ink stay dark. So every pixel near a
stamp's red strokes takes its grey level from the red channel, stretched so that paper is white.

What counts as a stamp is measured, not assumed: a red mark at least ``STAMP_TEXT_HEIGHTS`` times
the page's median text height (a stamp's outline letters or frame). Red *text* (a two-colour
dot-matrix header, a red heading of body size) is made of letter-sized marks and is left alone;
so is a page with hardly any red. Everything inside the area of a stamp (its date, its small print)
goes with it. Grey pages and pages without red are returned as they are, at the cost of one HSV
conversion of a copy at a quarter of the size (about 2 ms for an A4 page at 300 dpi).
"""

from __future__ import annotations

import cv2
import numpy as np

# red or magenta ink: OpenCV hue (0-179) up to RED_HUE or from MAGENTA_HUE, saturated and not dark
RED_HUE = 10
MAGENTA_HUE = 160
MIN_SATURATION = 60
MIN_VALUE = 70
MIN_RED_SHARE = 0.0005  # pages with less red than this are not looked at further
STAMP_TEXT_HEIGHTS = 3.0  # a red mark this many text heights wide or tall is (part of) a stamp
PAPER_SHARE = 0.8  # red-channel levels above this share of the paper's level become white


def red_ink(rgb: np.ndarray) -> np.ndarray:
    """Mask (H, W) of saturated red or magenta pixels of an RGB page."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    return ((hue <= RED_HUE) | (hue >= MAGENTA_HUE)) & (sat >= MIN_SATURATION) & (val >= MIN_VALUE)


def text_height(rgb: np.ndarray, red: np.ndarray) -> float:
    """Median height of the page's dark, non-red marks (its letters), in pixels."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    dark = ((gray < 140) & ~red).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT][(stats[1:, cv2.CC_STAT_AREA] >= 10) & (stats[1:, 3] >= 5)]
    return float(np.median(heights)) if len(heights) else 20.0


def stamp_mask(rgb: np.ndarray) -> np.ndarray | None:
    """Pixels to take from the red channel: red ink within the areas of stamp-sized red marks, and
    its anti-aliased rim; None when the page has no stamp."""
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        return None
    small = cv2.resize(rgb, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    if red_ink(small).mean() < MIN_RED_SHARE:  # most pages: a look at a quarter of the pixels says no
        return None
    red = red_ink(rgb)
    if red.mean() < MIN_RED_SHARE:
        return None
    height = text_height(rgb, red)
    closed = cv2.morphologyEx(red.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    area = np.zeros(red.shape, dtype=bool)
    margin = round(height)
    for x, y, w, h, _ in stats[1:count]:
        if max(w, h) >= STAMP_TEXT_HEIGHTS * height:
            area[max(0, y - margin) : y + h + margin, max(0, x - margin) : x + w + margin] = True
    if not area.any():
        return None
    rim = cv2.dilate(red.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    return rim & area


def remove_red_stamps(rgb: np.ndarray) -> tuple[np.ndarray, float]:
    """The page with its red stamps lifted (module doc), and the share of its pixels changed."""
    mask = stamp_mask(rgb)
    if mask is None:
        return rgb, 0.0
    red_channel = rgb[..., 0].astype(np.float32)
    paper = max(float(np.percentile(red_channel, 90)), 1.0)
    lifted = np.clip(red_channel * (255.0 / (PAPER_SHARE * paper)), 0, 255).astype(np.uint8)
    out = rgb.copy()
    out[mask] = lifted[mask][:, None]
    return out, float(mask.mean())
