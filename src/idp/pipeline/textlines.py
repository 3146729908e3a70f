"""Text-line geometry from OpenCV: character blobs, line direction, line boxes and skew.

These cues drive page orientation and deskew without a detection model:

- Characters are connected components of the binarised page, filtered by size.
- Docstrum (O'Gorman, 1993): a character's nearest neighbour sits beside it on its line, because
  letters are set closer than lines. The share of neighbour links that run horizontally tells
  horizontal text (page at 0 or 180 degrees) from vertical text (90 or 270).
- Lines are character boxes merged by a horizontal closing; their crops feed the PP-OCR text direction
  classifier (0 vs 180).
- Skew is the angle whose projection profile of ink is sharpest (Postl's method), searched coarse to fine.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# Working resolution: pages are analysed with their longest side at most this many pixels.
WORK_SIDE = 1200
_MIN_CHARS = 12  # fewer character blobs than this: no reliable evidence, leave the page alone
_MAX_NEIGHBOUR_POINTS = 2000
_MAX_SKEW_POINTS = 20_000


@dataclass(frozen=True)
class CharBoxes:
    """Character-sized blobs: (N, 4) int boxes x, y, w, h and their (N, 2) float centres."""

    boxes: np.ndarray
    centres: np.ndarray

    def __len__(self) -> int:
        return len(self.boxes)

    @property
    def median_height(self) -> float:
        return float(np.median(self.boxes[:, 3])) if len(self.boxes) else 0.0


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0, by a local mean threshold (copes with shadows and uneven thermal paper)."""
    block = max(15, (min(gray.shape[:2]) // 40) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)


def char_boxes(ink: np.ndarray) -> tuple[CharBoxes, np.ndarray]:
    """Character-sized components of a binarised page, and a mask of their pixels."""
    _, labels, stats, centres = cv2.connectedComponentsWithStats(ink, connectivity=8)
    x, y, w, h, area = (stats[:, i] for i in range(5))
    limit = 0.08 * min(ink.shape[:2])
    keep = (h >= 4) & (w >= 2) & (area >= 6) & (h <= limit) & (w <= limit)
    keep[0] = False  # background
    mask = (keep[labels]).astype(np.uint8) * 255
    boxes = np.stack([x, y, w, h], axis=1)[keep]
    return CharBoxes(boxes=boxes, centres=centres[keep]), mask


def horizontal_share(chars: CharBoxes) -> float | None:
    """Share of nearest-neighbour links within 30 degrees of horizontal; None without enough characters.

    Above 0.5 the text runs horizontally, below it vertically. Only single-character-like blobs
    vote: fragments, punctuation, rules and letters merged into words (common in small bold print)
    would link across lines. The filter looks at the longer and shorter side, not width and
    height, so it treats a page and the same page turned 90 degrees alike.
    """
    boxes, centres = chars.boxes, chars.centres
    if len(boxes) < _MIN_CHARS:
        return None
    longer = np.maximum(boxes[:, 2], boxes[:, 3])
    shorter = np.minimum(boxes[:, 2], boxes[:, 3])
    size = float(np.median(longer))
    single = (longer >= 0.6 * size) & (longer <= 2.0 * size) & (longer <= 2 * shorter)
    centres = centres[single]
    if len(centres) < _MIN_CHARS:
        return None
    if len(centres) > _MAX_NEIGHBOUR_POINTS:
        pick = np.random.default_rng(0).choice(len(centres), _MAX_NEIGHBOUR_POINTS, replace=False)
        centres = centres[pick]
    squares = (centres**2).sum(axis=1)
    dist = squares[:, None] + squares[None, :] - 2.0 * centres @ centres.T  # (N, N), no (N, N, 2) temporary
    np.fill_diagonal(dist, np.inf)
    link = centres[np.argmin(dist, axis=1)] - centres
    angle = np.abs(np.arctan2(link[:, 1], link[:, 0]))
    angle = np.minimum(angle, np.pi - angle)
    horizontal = int((angle < np.pi / 6).sum())
    vertical = int((angle > np.pi / 3).sum())
    if horizontal + vertical == 0:
        return None
    return horizontal / (horizontal + vertical)


def line_boxes(
    chars: CharBoxes, shape: tuple[int, ...], max_lines: int = 24
) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of horizontal text lines, longest first."""
    if len(chars) == 0:
        return []
    height = chars.median_height
    mask = np.zeros(shape[:2], np.uint8)
    for x, y, w, h in chars.boxes:
        mask[y : y + h, x : x + w] = 255
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, round(height * 1.2)), 1))
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    _, _, stats, _ = cv2.connectedComponentsWithStats(closed)
    lines = [
        (int(x), int(y), int(w), int(h))
        for x, y, w, h, _ in stats[1:]
        if w >= 3 * h and 0.6 * height <= h <= 2.5 * height
    ]
    lines.sort(key=lambda b: -b[2])
    return lines[:max_lines]


def line_crops(gray: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> list[np.ndarray]:
    """Grey crops of line boxes with a little margin, as the direction classifier expects."""
    crops = []
    for x, y, w, h in boxes:
        pad = max(2, h // 4)
        crops.append(gray[max(0, y - pad) : y + h + pad, max(0, x - pad) : x + w + pad])
    return crops


def _profile_sharpness(xs: np.ndarray, ys: np.ndarray, degrees: np.ndarray, bins: int) -> np.ndarray:
    """Postl's criterion per candidate angle: sum of squared differences of the ink row profile."""
    scores = np.empty(len(degrees))
    for i, deg in enumerate(degrees):
        rad = np.deg2rad(deg)
        # a line rising to the right at `deg` (counter-clockwise) keeps y*cos + x*sin constant
        rows = (ys * np.cos(rad) + xs * np.sin(rad)).astype(np.int64)
        profile = np.bincount(rows - rows.min(), minlength=bins).astype(np.float64)
        scores[i] = float((np.diff(profile) ** 2).sum())
    return scores


def detect_skew(gray: np.ndarray, max_degrees: float = 10.0) -> float:
    """Skew of the text lines in degrees, counter-clockwise positive (lines rising to the right).

    Searches [-max_degrees, +max_degrees]; returns 0.0 on pages with too little text to tell.
    Straighten with ``rotate_image(image, -skew)``. Expects text roughly horizontal (orientation first).
    """
    small = gray
    scale = WORK_SIDE / max(gray.shape[:2])
    if scale < 1:
        small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    chars, mask = char_boxes(binarize(small))
    return skew_from_mask(mask, len(chars), max_degrees)


def skew_from_mask(mask: np.ndarray, n_chars: int, max_degrees: float) -> float:
    """`detect_skew` on an already binarised mask of character pixels."""
    if n_chars < _MIN_CHARS:
        return 0.0
    ys, xs = np.nonzero(mask)
    if len(xs) > _MAX_SKEW_POINTS:
        pick = np.random.default_rng(0).choice(len(xs), _MAX_SKEW_POINTS, replace=False)
        xs, ys = xs[pick], ys[pick]
    xs, ys = xs.astype(np.float64), ys.astype(np.float64)
    bins = int(np.hypot(*mask.shape)) + 2
    # coarse to fine: 0.5 degree steps over the range, then 0.05 and 0.01 around the best
    best, fine_scores = 0.0, np.zeros(1)
    for step, half in ((0.5, max_degrees), (0.05, 0.5), (0.01, 0.05)):
        fine = np.clip(np.arange(best - half, best + half + 1e-9, step), -max_degrees, max_degrees)
        fine_scores = _profile_sharpness(xs, ys, fine, bins)
        best = float(fine[int(np.argmax(fine_scores))])
    angle = best
    level = _profile_sharpness(xs, ys, np.array([0.0]), bins)[0]
    if fine_scores.max() <= level * 1.02:  # flat profile: no line structure worth turning for
        return 0.0
    return round(angle, 2)
