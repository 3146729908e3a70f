"""Is a PDF page's text layer worth using, or should the page be OCRed?

A text layer can hold plenty of words and still be useless:
- ``unmapped_glyphs``: fonts without a ToUnicode map; pdfminer writes each glyph as ``(cid:N)``;
- ``garbled_text``: the glyphs map to private-use, control or replacement characters, or to symbol soup;
- ``turned_text``: most words run sideways (a portrait page shown turned by /Rotate 90, or text drawn
  turned), or the page is shown upside down (/Rotate 180): the OCR path turns the page upright first;
- ``image_page_with_overlay``: a scanned page image with a small digital overlay (a stamp, a fax header,
  a "Page 1 of 2" footer): the words cover a sliver of the page while the image holds the content.
  A scan with an OCR text layer (OCRmyPDF, Tesseract, scanner software) covers the page's text with
  its words and stays digital.

Character classes come from Unicode categories, so every script counts as text: Chinese, Arabic,
Cyrillic, Greek and accented Latin are letters like ASCII ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_CID = re.compile(r"\(cid:\d+\)")
_GOOD_CATEGORIES = ("L", "N", "M", "P")  # letters, digits, combining marks, punctuation
_BAD_CATEGORIES = {"Co", "Cc", "Cs", "Cn"}  # private use, control, surrogate, unassigned
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class TextLayerThresholds:
    """Limits past which a page's text layer is dropped and the page OCRed (shares are in [0, 1])."""

    max_unmapped_share: float = 0.25  # glyphs written as (cid:N)
    max_bad_char_share: float = 0.2  # private-use, control, unassigned characters and U+FFFD
    min_good_char_share: float = 0.6  # letters, digits, marks, punctuation and currency signs in any script
    max_sideways_share: float = 0.5  # characters in words that run up or down the page
    image_page_min_share: float = 0.5  # images cover at least this share of the page...
    overlay_max_text_share: float = 0.02  # ...and the word boxes less than this: an overlay on a scan


DEFAULT_THRESHOLDS = TextLayerThresholds()


@dataclass(frozen=True)
class TextLayerVerdict:
    usable: bool
    reason: str  # "ok", "unmapped_glyphs", "garbled_text", "turned_text" or "image_page_with_overlay"
    detail: str = ""  # the figures behind the verdict, for the log


def judge_text_layer(
    words: Sequence[Mapping[str, Any]],
    page_bbox: tuple[float, float, float, float],
    images: Sequence[Mapping[str, Any]] = (),
    thresholds: TextLayerThresholds = DEFAULT_THRESHOLDS,
    rotation: int = 0,
) -> TextLayerVerdict:
    """The verdict on one page's text layer.

    `words` and `images` are pdfplumber dicts (``text``, ``upright`` and ``x0``, ``top``, ``x1``,
    ``bottom`` in points; ``page.extract_words()`` and ``page.images``); `page_bbox` is ``page.bbox``;
    `rotation` is the page's /Rotate (``page.rotation``).
    """
    texts = [str(w["text"]) for w in words]
    unmapped = sum(len(_CID.findall(t)) for t in texts)
    chars = "".join(_CID.sub("", t) for t in texts)
    # box-drawing and block characters are rulings (line-printer tables), neither text nor garbage
    chars = "".join(c for c in chars if not c.isspace() and not "\u2500" <= c <= "\u259f")
    glyphs = unmapped + len(chars)
    if glyphs == 0:
        return TextLayerVerdict(True, "ok", "no glyphs")
    unmapped_share = unmapped / glyphs
    if unmapped_share > thresholds.max_unmapped_share:
        return TextLayerVerdict(
            False, "unmapped_glyphs", f"{unmapped_share:.0%} of {glyphs} glyphs are (cid:N)"
        )

    if chars:
        bad = sum(1 for c in chars if c == _REPLACEMENT or unicodedata.category(c) in _BAD_CATEGORIES)
        good = sum(1 for c in chars if _is_good(c))
        bad_share, good_share = bad / len(chars), good / len(chars)
        if bad_share > thresholds.max_bad_char_share or good_share < thresholds.min_good_char_share:
            return TextLayerVerdict(
                False,
                "garbled_text",
                f"{bad_share:.0%} private-use/control/U+FFFD and {good_share:.0%} letters, digits or "
                f"punctuation of {len(chars)} characters",
            )

    turned = _turned(words, rotation, thresholds.max_sideways_share)
    if turned:
        return TextLayerVerdict(False, "turned_text", turned)

    page_area = _area(page_bbox, page_bbox)
    if page_area > 0 and images:
        image_share = min(sum(_area(_box(i), page_bbox) for i in images) / page_area, 1.0)
        text_share = min(sum(_area(_box(w), page_bbox) for w in words) / page_area, 1.0)
        if image_share >= thresholds.image_page_min_share and text_share < thresholds.overlay_max_text_share:
            return TextLayerVerdict(
                False,
                "image_page_with_overlay",
                f"images cover {image_share:.0%} of the page, the {len(words)} words {text_share:.1%}",
            )
    return TextLayerVerdict(True, "ok")


def _turned(words: Sequence[Mapping[str, Any]], rotation: int, max_sideways: float) -> str:
    """Why the page's words do not read left to right, top down on the page as shown ('' if they do).
    pdfplumber gives words in the shown page's coordinates: under /Rotate 180 upright characters
    are upside down and each word comes out reversed."""
    lengths = [(len(str(w["text"])), bool(w.get("upright", True))) for w in words]
    total = sum(n for n, _ in lengths)
    sideways = sum(n for n, upright in lengths if not upright) / total if total else 0.0
    if sideways > max_sideways:
        return f"{sideways:.0%} of the characters run sideways (page /Rotate {rotation})"
    if rotation % 360 == 180 and sideways < 1 - max_sideways:
        return "the page is shown upside down (/Rotate 180)"
    return ""


def _is_good(char: str) -> bool:
    category = unicodedata.category(char)
    if category[0] in _GOOD_CATEGORIES or category == "Sc":
        return True
    return char.isascii() and char.isprintable()  # + < = > | ~ ^ ` count as text, not as symbol soup


def _box(item: Mapping[str, Any]) -> tuple[float, float, float, float]:
    return float(item["x0"]), float(item["top"]), float(item["x1"]), float(item["bottom"])


def _area(box: tuple[float, float, float, float], clip: tuple[float, float, float, float]) -> float:
    """The area of `box` inside `clip` (images often overhang the page)."""
    width = min(box[2], clip[2]) - max(box[0], clip[0])
    height = min(box[3], clip[3]) - max(box[1], clip[1])
    return max(width, 0.0) * max(height, 0.0)
