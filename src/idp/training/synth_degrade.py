"""Make a clean render look scanned: paper tone, slight skew, blur, noise, JPEG artefacts, and sometimes
a page fed the wrong way round. Strengths stay small enough that the text remains legible for OCR."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image


@dataclass(frozen=True)
class ScanParams:
    skew: float  # degrees, counter-clockwise as drawn on screen (PIL's sense)
    rotation: int  # 0/90/180/270: degrees the stored image must be turned clockwise to stand upright
    blur: float
    noise: float
    jpeg_quality: int | None
    gray: bool
    paper: int  # background level, 225..255


def pick_scan(rng: np.random.Generator, rotate_share: float = 0.15) -> ScanParams:
    rotation = int(rng.choice((90, 180, 270))) if rng.random() < rotate_share else 0
    return ScanParams(
        skew=round(float(rng.uniform(-3, 3)), 2) if rng.random() < 0.8 else 0.0,
        rotation=rotation,
        blur=round(float(rng.uniform(0.0, 0.9)), 2),
        noise=round(float(rng.uniform(2, 9)), 1),
        jpeg_quality=int(rng.integers(45, 85)) if rng.random() < 0.6 else None,
        gray=bool(rng.random() < 0.4),
        paper=int(rng.integers(228, 256)),
    )


def degrade(img: Image.Image, scan: ScanParams, rng: np.random.Generator) -> Image.Image:
    """Returns an RGB image (or L when the scan is grayscale). OpenCV does the pixel work: it is several
    times faster than PIL's rotate and blur at this size."""
    arr = np.asarray(img.convert("L") if scan.gray else img.convert("RGB"))
    h, w = arr.shape[:2]
    if scan.skew:
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), scan.skew, 1.0)
        arr = cv2.warpAffine(arr, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    if scan.blur > 0.2:
        arr = cv2.GaussianBlur(arr, (0, 0), scan.blur)
    # paper tone: white goes to the paper level, ink stays dark; a little yellow, as old paper gives
    tone = np.float32(scan.paper / 255.0)
    out = arr.astype(np.float32) * tone
    if not scan.gray:
        out[..., 2] *= np.float32(0.985)
    noise = rng.standard_normal((h, w), dtype=np.float32) * np.float32(scan.noise)
    out += noise if scan.gray else noise[..., None]
    arr = np.clip(out, 0, 255).astype(np.uint8)
    if scan.jpeg_quality is not None:
        bgr = arr if scan.gray else cv2.cvtColor(arr, cv2.COLOR_RGB2BGR)
        ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, scan.jpeg_quality])
        if ok:
            bgr = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
            arr = bgr if scan.gray else cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    if scan.rotation:
        # stored turned counter-clockwise by `rotation`, so a clockwise turn by `rotation` makes it upright
        arr = np.ascontiguousarray(np.rot90(arr, scan.rotation // 90))
    return Image.fromarray(arr)
