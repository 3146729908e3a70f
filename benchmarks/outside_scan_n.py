"""Set N's mail-room effects: pages rendered to pixels, scanned, stamped, annotated by hand, faxed,
photographed or thermal-printed, and put back together as the PDF, TIFF, JPEG or PNG that arrives.

Every random choice comes from the generator a case passes in, so a seed gives the same files.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from outside_html_n import TTF

Rng = np.random.Generator


def render(pdf: bytes, dpi: int, pages: Sequence[int] | None = None) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    numbers = range(len(doc)) if pages is None else pages
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in numbers]
    doc.close()
    return out


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    n = len(doc)
    doc.close()
    return n


def scan(
    img: Image.Image,
    rng: Rng,
    *,
    angle: float = 0.5,
    noise: float = 5.0,
    blur: float = 0.5,
    paper: tuple[int, int, int] = (247, 246, 241),
    gray: bool = True,
    dust: int = 50,
) -> Image.Image:
    """A flatbed scan: paper tint, a small skew, lens blur, sensor noise and a few dust specks."""
    arr = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0 * np.array(paper, dtype=np.float32)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if angle:
        out = out.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=paper)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(out, dtype=np.float32)
    arr += rng.normal(0.0, noise, arr.shape[:2])[..., None]
    h, w = arr.shape[:2]
    for _ in range(dust):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        arr[max(0, y - r) : y + r, max(0, x - r) : x + r] *= 0.35
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return out.convert("L") if gray else out


def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(TTF[name]), px)


def _ink(img: Image.Image, layer: Image.Image, at: tuple[int, int], opacity: float, rng: Rng) -> Image.Image:
    """Multiply an RGBA ink layer onto the page, with the uneven coverage of a real stamp or pen."""
    alpha = np.asarray(layer.getchannel("A"), dtype=np.float32) / 255.0
    alpha *= opacity * rng.uniform(0.55, 1.0, alpha.shape).astype(np.float32)
    ink = np.asarray(layer.convert("RGB"), dtype=np.float32) / 255.0
    base = np.asarray(img.convert("RGB"), dtype=np.float32)
    x, y = at
    h, w = alpha.shape
    region = base[y : y + h, x : x + w]
    a = alpha[: region.shape[0], : region.shape[1], None]
    region[:] = region * (1 - a) + region * ink[: region.shape[0], : region.shape[1]] * a
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


def stamp(
    img: Image.Image,
    lines: Sequence[str],
    at: tuple[int, int],
    rng: Rng,
    *,
    px: int = 34,
    color: tuple[int, int, int] = (40, 60, 170),
    angle: float = -8.0,
) -> Image.Image:
    """A rubber stamp: a double frame round centred lines, rotated, in one ink colour."""
    fonts = [_font("sans-b", px if i == 0 else int(px * 0.75)) for i in range(len(lines))]
    widths = [f.getbbox(t)[2] for f, t in zip(fonts, lines, strict=True)]
    w, h = max(widths) + 2 * px, int(sum(f.size * 1.35 for f in fonts)) + px
    layer = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(layer)
    draw.rounded_rectangle((3, 3, w - 4, h - 4), radius=px // 2, outline=(*color, 255), width=5)
    draw.rounded_rectangle((12, 12, w - 13, h - 13), radius=px // 3, outline=(*color, 255), width=2)
    y = px // 2
    for f, t, tw in zip(fonts, lines, widths, strict=True):
        draw.text(((w - tw) // 2, y), t, font=f, fill=(*color, 255))
        y += int(f.size * 1.35)
    layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    return _ink(img, layer, at, 0.85, rng)


def handwrite(
    img: Image.Image,
    lines: Sequence[str],
    at: tuple[int, int],
    rng: Rng,
    *,
    px: int = 44,
    color: tuple[int, int, int] = (25, 35, 120),
    angle: float = 4.0,
) -> Image.Image:
    """Pen notes in a handwriting font, slightly rotated, each line a little offset."""
    font = _font("hand", px)
    w = max(font.getbbox(t)[2] for t in lines) + px * 2
    h = int(len(lines) * px * 1.4) + px
    layer = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(layer)
    for i, t in enumerate(lines):
        draw.text((int(rng.integers(0, px // 2)), int(i * px * 1.4)), t, font=font, fill=(*color, 255))
    draw.line((px // 2, h - px // 2, w - px, h - px // 3 - 6), fill=(*color, 255), width=3)
    layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    return _ink(img, layer, at, 0.95, rng)


def text_band(img: Image.Image, text: str, *, px: int = 22, font: str = "mono") -> Image.Image:
    """A line of text printed across the top (a fax machine's transmission header)."""
    out = img.convert("RGB").copy()
    ImageDraw.Draw(out).text((40, 8), text, font=_font(font, px), fill=(0, 0, 0))
    return out


def fax(pages: Sequence[Image.Image], header: str, rng: Rng) -> bytes:
    """Fax pages as received: 204 x 98 dpi bilevel, CCITT G3, a header line on every page.

    ``pages`` are 200 dpi renders; each is squeezed to fax resolution and thresholded with noise."""
    frames = []
    for i, img in enumerate(pages, start=1):
        img = text_band(img, header.format(page=i, pages=len(pages)), px=20)
        w, h = img.size
        small = img.convert("L").resize((round(w * 204 / 200), round(h * 98 / 200)), Image.Resampling.BOX)
        arr = np.asarray(small, dtype=np.float32) + rng.normal(0, 22, (small.height, small.width))
        for y in rng.integers(0, small.height, 6):  # scan lines the line noise dropped
            arr[y] = 255
        bits = Image.fromarray(np.where(arr > 150, 255, 0).astype(np.uint8)).convert("1", dither=None)
        frames.append(bits)
    buf = io.BytesIO()
    frames[0].save(
        buf, format="TIFF", save_all=True, append_images=frames[1:], compression="group3", dpi=(204, 98)
    )
    return buf.getvalue()


def photo(img: Image.Image, rng: Rng, size: tuple[int, int] = (1800, 2400)) -> Image.Image:
    """A phone photo of the sheet on a desk: perspective, a warm cast, uneven light and a shadow."""
    w, h = size
    desk = np.zeros((h, w, 3), np.float32) + np.array([104, 82, 62], np.float32)
    desk += rng.normal(0, 9, (h, w, 1)).astype(np.float32)
    desk += (np.sin(np.linspace(0, 40, w))[None, :, None] * 7).astype(np.float32)
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    jitter = rng.uniform(-1, 1, (4, 2)) * np.array([w, h]) * 0.025
    dst = np.float32([[0.11 * w, 0.07 * h], [0.88 * w, 0.09 * h], [0.93 * w, 0.95 * h], [0.05 * w, 0.93 * h]])
    dst = (dst + jitter).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(
        np.asarray(img.convert("RGB"), np.float32),
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderValue=(0, 0, 0),
    )
    mask = cv2.warpPerspective(np.ones((img.height, img.width), np.float32), matrix, (w, h))[..., None]
    out = desk * (1 - mask) + sheet * mask
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * rng.uniform(0.25, 0.45), h * rng.uniform(0.2, 0.4)
    light = 1.08 - 0.45 * np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    edge = 1 / (1 + np.exp(-(xx - w * 0.72) / (w * 0.025)))
    light -= 0.18 * edge * np.clip((yy - h * 0.55) / (h * 0.4), 0, 1)  # a hand's soft shadow
    out = out * light[..., None] * np.array([1.03, 0.98, 0.88], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), 1.1) + rng.normal(0, 4, (h, w, 3))
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def thermal(img: Image.Image, rng: Rng) -> Image.Image:
    """A faded thermal slip scanned grey: weak ink on greyish paper, streaks where the head was worn."""
    gray = np.asarray(img.convert("L"), np.float32)
    h, w = gray.shape
    fade = 0.30 + 0.12 * np.sin(np.linspace(0, 3.1, h))[:, None] + rng.uniform(-0.04, 0.04, (1, w))
    streaks = np.ones((1, w), np.float32)
    for _ in range(5):
        x = int(rng.integers(0, w - 8))
        streaks[0, x : x + int(rng.integers(2, 7))] = 0.45
    ink = (255 - gray) * fade * streaks
    out = 226 - ink + rng.normal(0, 6, (h, w))
    out = cv2.GaussianBlur(out.astype(np.float32), (0, 0), 0.9)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8), mode="L")


def images_pdf(images: Sequence[Image.Image], dpi: int) -> bytes:
    """Image-only PDF pages, as a scanner writes them (each page one JPEG-compressed picture)."""
    buf = io.BytesIO()
    first, *rest = [im.convert("RGB") if im.mode not in ("L", "RGB") else im for im in images]
    first.save(buf, format="PDF", resolution=float(dpi), save_all=True, append_images=rest)
    return buf.getvalue()


def merge(parts: Sequence[bytes], rotate: dict[int, int] | None = None) -> bytes:
    """The pages of several PDFs in order; ``rotate`` sets a page's /Rotate (0-based page number)."""
    out = pdfium.PdfDocument.new()
    for part in parts:
        src = pdfium.PdfDocument(part)
        out.import_pages(src)
    for number, degrees in (rotate or {}).items():
        out[number].set_rotation(degrees)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def select(pdf: bytes, pages: Sequence[int]) -> bytes:
    """Some pages of a PDF (0-based), as a PDF of their own."""
    out = pdfium.PdfDocument.new()
    out.import_pages(pdfium.PdfDocument(pdf), pages=list(pages))
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def tiff(images: Sequence[Image.Image], dpi: int, compression: str = "tiff_lzw") -> bytes:
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=list(images[1:]),
        compression=compression,
        dpi=(dpi, dpi),
    )
    return buf.getvalue()


def encode(img: Image.Image, fmt: str, **kwargs: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kwargs)
    return buf.getvalue()
