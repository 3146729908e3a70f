"""The preprocess stage: lift red stamps, turn a scanned page upright, straighten it, optionally clean
it, before OCR.

Orientation and skew come from text-line geometry (see `idp.pipeline.textlines`) plus the PP-OCR
text direction classifier that ships with rapidocr:

1. Docstrum neighbour links tell horizontal from vertical text: vertical text is turned 90 degrees.
2. The skew of the (now horizontal) lines is measured by projection profiles.
3. Crops of the straightened lines vote 0 vs 180 through the classifier.

All three are measured on a copy of at most 1200 pixels a side; the full page is then turned once
by the quarter turn (lossless) and once by the skew. Pages that carry words already (a PDF text layer,
or OCR output) are never moved, because their boxes are in page pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from idp.config import PreprocessSettings
from idp.document import Page
from idp.models.orientation import TextDirectionClassifier
from idp.pipeline.imaging import denoise, downscale, enhance_contrast, rotate_image, rotate_quadrant, to_gray
from idp.pipeline.stamps import remove_red_stamps
from idp.pipeline.textlines import (
    WORK_SIDE,
    binarize,
    char_boxes,
    horizontal_share,
    line_boxes,
    line_crops,
    skew_from_mask,
)

# Skews smaller than this are left alone: turning resamples every pixel for no OCR gain.
MIN_SKEW_DEGREES = 0.2
# Mean vote (2 * P(180) - 1) over line crops above which a page is turned 180 degrees; a small
# margin above 0 keeps the page as it is when the lines disagree (most scans arrive upright).
FLIP_MARGIN = 0.1
# Lines that vote on 0 vs 180: the widest ones, which carry the most evidence. A receipt has 40-80
# lines; 16 agree as well as 24 did on 1,120 held-out pages, for two thirds of the classifier's time.
MAX_VOTE_LINES = 16
# Light text on a dark ground (a screenshot in dark mode, a negative): a page whose median grey is
# below DARK_PAGE and whose largest light region (Otsu) is under PAPER_SHARE of it. Its grey is inverted
# for the measures, which take ink for dark: the direction classifier read every line of such a page
# as upside down and turned upright pages over. A photo of a slip on a dark table is as dark in the
# median, but its paper is one light region (31% of the frame or more in the outside receipt sets;
# the dark-mode screenshots: 1% or less).
DARK_PAGE = 110
PAPER_SHARE = 0.05


@dataclass(frozen=True)
class PageGeometry:
    """What to do to a page: turn `rotation` degrees clockwise, then straighten by `skew` degrees."""

    rotation: int = 0
    skew: float = 0.0


def detect_orientation(gray: np.ndarray, classifier: TextDirectionClassifier) -> int:
    """Degrees (0, 90, 180, 270) to turn the page clockwise so that its text stands upright."""
    return measure_geometry(gray, classifier, orientation=True, deskew=False).rotation


def measure_geometry(
    gray: np.ndarray,
    classifier: TextDirectionClassifier | None,
    *,
    orientation: bool,
    deskew: bool,
    max_skew_degrees: float = 10.0,
) -> PageGeometry:
    """Rotation and skew of a grey page (any size; it is analysed at `WORK_SIDE`)."""
    small, _ = downscale(gray, WORK_SIDE)
    if dark_ground(small):  # light text on a dark ground (a phone's dark mode): measured as ink
        small = 255 - small
    chars, mask = char_boxes(binarize(small))
    quarter = 0
    if orientation:
        share = horizontal_share(chars)
        if share is None:  # too little text to tell: leave the page as it is
            return PageGeometry()
        if share < 0.5:
            quarter = 90
            small = rotate_quadrant(small, 90)
            chars, mask = char_boxes(binarize(small))
    skew = skew_from_mask(mask, len(chars), max_skew_degrees) if deskew else 0.0
    if abs(skew) < MIN_SKEW_DEGREES:
        skew = 0.0
    flip = 0
    if orientation and classifier is not None:
        if skew:
            small = rotate_image(small, -skew)
            chars, _ = char_boxes(binarize(small))
        crops = line_crops(small, line_boxes(chars, small.shape, max_lines=MAX_VOTE_LINES))
        if crops:
            vote = float(np.mean(2.0 * classifier.upside_down(crops) - 1.0))
            flip = 180 if vote > FLIP_MARGIN else 0
    return PageGeometry(rotation=(quarter + flip) % 360, skew=skew)


def dark_ground(gray: np.ndarray) -> bool:
    """Whether a grey page is light text on a dark ground (see DARK_PAGE)."""
    if float(np.median(gray)) >= DARK_PAGE:
        return False
    _, light = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(light, connectivity=8)
    largest = int(stats[1:, cv2.CC_STAT_AREA].max()) if count > 1 else 0
    return largest < PAPER_SHARE * gray.size


def straighten(image: np.ndarray, geometry: PageGeometry) -> np.ndarray:
    """The page turned by `geometry`: the quarter turn first, then the skew, white corners."""
    image = rotate_quadrant(image, geometry.rotation)
    if geometry.skew:
        image = rotate_image(image, -geometry.skew)
    return image


class PagePreprocessor:
    """Orientation, deskew, denoise and contrast for one page at a time; build once per worker."""

    def __init__(
        self, settings: PreprocessSettings, classifier: TextDirectionClassifier | None = None
    ) -> None:
        self.settings = settings
        self.classifier = classifier
        if settings.orientation and classifier is None:
            self.classifier = TextDirectionClassifier()
        self.model_versions: dict[str, str] = (
            {"orientation": TextDirectionClassifier.model_id} if settings.orientation else {}
        )

    def __call__(self, page: Page) -> Page:
        if page.image is None or page.text_source == "text_layer" or page.words:
            return page
        s = self.settings
        image = page.image
        if s.remove_stamps:  # first: a stamp's strokes also mislead the orientation and skew measures
            image, _ = remove_red_stamps(image)
        geometry = PageGeometry()
        if s.orientation or s.deskew:
            geometry = measure_geometry(
                to_gray(image),
                self.classifier,
                orientation=s.orientation,
                deskew=s.deskew,
                max_skew_degrees=s.max_skew_degrees,
            )
            image = straighten(image, geometry)
        if s.denoise:
            image = denoise(image, method=s.denoise_method)
        if s.contrast:
            image = enhance_contrast(image)
        if image is page.image:
            return page
        height, width = image.shape[:2]
        return page.model_copy(
            update={
                "image": image,
                "width": width,
                "height": height,
                "rotation": (page.rotation + geometry.rotation) % 360,
                "skew_degrees": geometry.skew,
            }
        )
