"""How set K's clean pages become inbound mail (benchmarks/outside_scans_k.py).

A document's ``degrade`` spec says what happened to the paper before it was captured (``marks``: ink
stamps, a handwritten note, a signature, all multiplied onto the page like ink) and how it was captured
(``kind``): ``scan`` (greyscale or colour flatbed at ``dpi`` with ``skew`` degrees), ``copy`` (a photocopy
scanned: low contrast, toner speckle, a dark edge), ``fax`` (bilevel 200 x 100 dpi with streaks and a
sender header; ``square`` doubles the rows back to 200 x 200 as fax-to-mail servers do, otherwise the
TIFF keeps the standard-mode resolution tags), ``photo`` (a phone photo: perspective, uneven light,
blur, JPEG). ``rotate`` turns the captured page (90 = a page fed sideways), ``fmt`` is png/jpg/tif/pdf.
"""

from __future__ import annotations

import io
import random
import time
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from outside_common_k import DPI, font, mm

# ---- marks on the paper ------------------------------------------------------------------------------


def _ink(page: np.ndarray, mask: np.ndarray, color: tuple[int, int, int], rng: random.Random) -> None:
    """Multiplies ink of ``color`` onto ``page`` (float RGB 0..1) where ``mask`` (0..1) is set, with the
    uneven coverage of a rubber stamp or a pen."""
    r = np.random.default_rng(rng.randrange(1 << 30))
    grain = cv2.GaussianBlur(r.random(mask.shape, dtype=np.float32), (0, 0), 2.0)
    grain = np.clip((grain - grain.min()) / (np.ptp(grain) + 1e-6) * 1.6, 0.35, 1.0)
    alpha = (mask * grain * 0.85)[..., None]
    tint = np.array(color, np.float32) / 255.0
    page *= 1.0 - alpha * (1.0 - tint)


def _mask_layer(size: tuple[int, int]) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    layer = Image.new("L", size, 0)
    return layer, ImageDraw.Draw(layer)


def stamp(page: np.ndarray, spec: dict[str, Any], rng: random.Random) -> None:
    """A boxed rubber stamp: ``lines`` of text, centred at ``at`` (mm), turned ``angle`` degrees."""
    lines: list[str] = spec["lines"]
    sizes = spec.get("sizes", [26] + [13] * (len(lines) - 1))
    fonts = [font("sans-b", round(s * DPI / 72)) for s in sizes]
    w = max(f.getlength(t) for f, t in zip(fonts, lines, strict=True)) + mm(10)
    h = sum(f.size * 1.25 for f in fonts) + mm(8)
    layer, d = _mask_layer((int(w), int(h)))
    pad = mm(1.2)
    d.rounded_rectangle((pad, pad, w - pad, h - pad), radius=mm(2.5), outline=255, width=mm(0.9))
    if spec.get("double", True):
        d.rounded_rectangle(
            (pad * 3, pad * 3, w - pad * 3, h - pad * 3), radius=mm(2), outline=255, width=mm(0.4)
        )
    y = mm(4)
    for f, t in zip(fonts, lines, strict=True):
        d.text((w / 2, y), t, font=f, fill=255, anchor="mt")
        y += f.size * 1.25
    layer = layer.rotate(spec.get("angle", 0), expand=True, resample=Image.BICUBIC)
    _place(page, np.asarray(layer, np.float32) / 255.0, spec["at"], spec.get("color", (200, 30, 40)), rng)


def note(page: np.ndarray, spec: dict[str, Any], rng: random.Random) -> None:
    """A handwritten note (``lines``) in pen at ``at`` (mm, centre), turned ``angle`` degrees."""
    f = font("hand", round(spec.get("size", 16) * DPI / 72))
    lines = spec["lines"]
    w = int(max(f.getlength(t) for t in lines)) + mm(6)
    h = int(len(lines) * f.size * 1.3) + mm(6)
    layer, d = _mask_layer((w, h))
    for i, t in enumerate(lines):
        d.text((mm(3) + rng.randint(0, mm(3)), mm(3) + i * f.size * 1.3), t, font=f, fill=255)
    layer = layer.rotate(spec.get("angle", 3), expand=True, resample=Image.BICUBIC)
    _place(page, np.asarray(layer, np.float32) / 255.0, spec["at"], spec.get("color", (30, 50, 150)), rng)


def signature(page: np.ndarray, spec: dict[str, Any], rng: random.Random) -> None:
    """A scribbled signature: a smooth random pen stroke about ``width`` mm wide, centred at ``at``."""
    w, h = mm(spec.get("width", 45)), mm(14)
    layer, d = _mask_layer((w + mm(8), h + mm(8)))
    t = np.linspace(0, 1, 400)
    loops = rng.uniform(4, 7)
    xs = mm(4) + t * w + np.sin(t * np.pi * 2 * loops) * mm(rng.uniform(2, 4))
    ys = mm(4) + h / 2 + np.cos(t * np.pi * 2 * loops * rng.uniform(0.9, 1.3)) * h * 0.4 * (1 - t * 0.5)
    ys += np.sin(t * np.pi * rng.uniform(1, 3)) * mm(2)
    d.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=255, width=mm(0.5), joint="curve")
    d.line((mm(4), h + mm(5), w * 0.8, h + mm(3)), fill=255, width=mm(0.4))
    _place(page, np.asarray(layer, np.float32) / 255.0, spec["at"], spec.get("color", (25, 35, 110)), rng)


def _place(page: np.ndarray, mask: np.ndarray, at: tuple[float, float], color, rng: random.Random) -> None:
    H, W = page.shape[:2]
    h, w = mask.shape
    x0, y0 = mm(at[0]) - w // 2, mm(at[1]) - h // 2
    xa, ya, xb, yb = max(x0, 0), max(y0, 0), min(x0 + w, W), min(y0 + h, H)
    _ink(page[ya:yb, xa:xb], mask[ya - y0 : yb - y0, xa - x0 : xb - x0], color, rng)


MARKS = {"stamp": stamp, "note": note, "signature": signature}

# ---- capture -----------------------------------------------------------------------------------------


def _noise(a: np.ndarray, sigma: float, r: np.random.Generator) -> np.ndarray:
    return np.clip(a + r.normal(0, sigma, a.shape).astype(np.float32), 0, 255)


def _resample(img: Image.Image, dpi_x: float, dpi_y: float | None = None) -> Image.Image:
    w, h = img.size
    return img.resize((round(w * dpi_x / DPI), round(h * (dpi_y or dpi_x) / DPI)), Image.LANCZOS)


def _skew(img: Image.Image, deg: float, fill) -> Image.Image:
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill) if deg else img


def scan(img: Image.Image, spec: dict[str, Any], rng: random.Random) -> Image.Image:
    r = np.random.default_rng(rng.randrange(1 << 30))
    colour = spec.get("colour", False)
    img = img if colour else img.convert("L")
    img = _resample(img.filter(ImageFilter.GaussianBlur(1.0)), spec.get("dpi", 300))
    a = np.asarray(img, np.float32) * spec.get("paper", 0.96) + 4
    img = Image.fromarray(_noise(a, spec.get("noise", 4.0), r).astype(np.uint8))
    fill = (238, 238, 236) if colour else 238
    img = _skew(img, spec.get("skew", 0.0), fill)
    if spec.get("edge"):  # the shadow of the scanner lid along one side
        a = np.asarray(img, np.float32).copy()
        band = max(4, img.size[0] // 90)
        ramp = np.linspace(0.35, 1.0, band, dtype=np.float32)
        a[:, :band] *= ramp[None, :, None] if colour else ramp[None, :]
        img = Image.fromarray(a.astype(np.uint8))
    return img


def photocopy(img: Image.Image, spec: dict[str, Any], rng: random.Random) -> Image.Image:
    r = np.random.default_rng(rng.randrange(1 << 30))
    img = _resample(img.convert("L").filter(ImageFilter.GaussianBlur(1.4)), spec.get("dpi", 200))
    a = np.asarray(img, np.float32)
    a = 70 + (a / 255.0) ** 1.25 * 150  # toner never quite black, paper never white
    H, W = a.shape
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a *= 1.0 - 0.08 * (xx / W) - 0.05 * np.sin(yy / H * np.pi)  # uneven fuser heat
    specks = r.random(a.shape) < spec.get("speckle", 0.0015)
    a[cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0] = 60
    a[:, : max(3, W // 120)] = 40  # the copier's dark edge
    img = Image.fromarray(_noise(a, 6.0, r).astype(np.uint8))
    return _skew(img, spec.get("skew", 0.8), 200)


def fax(img: Image.Image, spec: dict[str, Any], rng: random.Random) -> Image.Image:
    r = np.random.default_rng(rng.randrange(1 << 30))
    img = _resample(img.convert("L").filter(ImageFilter.GaussianBlur(0.8)), 200, 100)
    img = _skew(img, spec.get("skew", 0.6), 255)
    a = _noise(np.asarray(img, np.float32), 28, r)
    bw = a > spec.get("threshold", 150)
    for _ in range(spec.get("streaks", 4)):  # dropped scan lines and a dirty-glass column
        y = r.integers(40, bw.shape[0] - 2)
        x0 = r.integers(0, bw.shape[1] // 2)
        bw[y, x0 : x0 + r.integers(200, bw.shape[1] // 2)] = bool(r.integers(0, 2))
    col = r.integers(bw.shape[1] // 5, bw.shape[1] * 4 // 5)
    bw[:, col] = False
    bw &= r.random(bw.shape) > 0.0008
    out = Image.fromarray((bw * 255).astype(np.uint8))
    head = Image.new("L", (out.size[0], 30), 255)  # the sender's header line, drawn at 200 x 100 too
    ImageDraw.Draw(head).text((24, 3), spec["header"], font=font("dmono", 22), fill=0)
    out.paste(head.resize((out.size[0], 15), Image.LANCZOS).point(lambda v: 255 if v > 140 else 0), (0, 0))
    if spec.get("square"):
        out = out.resize((out.size[0], out.size[1] * 2), Image.NEAREST)
    return out.convert("1")


def photo(img: Image.Image, spec: dict[str, Any], rng: random.Random) -> Image.Image:
    r = np.random.default_rng(rng.randrange(1 << 30))
    page = np.asarray(_resample(img, spec.get("dpi", 230)), np.float32)
    ph, pw = page.shape[:2]
    fw, fh = int(pw * spec.get("frame", 1.22)), int(ph * spec.get("frame", 1.22) * 0.97)

    def j(s: float) -> float:
        return rng.uniform(-s, s) * pw

    cx, cy = (fw - pw) / 2, (fh - ph) / 2
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    k = spec.get("warp", 0.04)
    dst = np.float32(
        [
            [cx + j(k), cy + j(k)],
            [cx + pw + j(k), cy + j(k)],
            [cx + pw + j(k), cy + ph + j(k)],
            [cx + j(k), cy + ph],
        ]
    )
    m = cv2.getPerspectiveTransform(src, dst)
    desk = np.array(spec.get("desk", (120, 100, 80)), np.float32)
    out = cv2.warpPerspective(page, m, (fw, fh), flags=cv2.INTER_LINEAR, borderValue=desk.tolist())
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * fw, rng.uniform(0.1, 0.5) * fh
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(fw, fh)
    light = 1.05 - spec.get("falloff", 0.45) * dist  # a lamp off to one side
    sx, sy = rng.uniform(0.6, 1.0) * fw, rng.uniform(0.6, 1.0) * fh  # the phone's shadow
    light *= 1.0 - 0.22 * np.exp(-(((xx - sx) / (0.3 * fw)) ** 2 + ((yy - sy) / (0.25 * fh)) ** 2))
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    out = cv2.GaussianBlur(out, (0, 0), spec.get("blur", 1.1))
    out = _noise(out, 5.0, r)
    return Image.fromarray(out.astype(np.uint8))


CAPTURE = {"scan": scan, "copy": photocopy, "fax": fax, "photo": photo}


def degrade(pages: list[Image.Image], spec: dict[str, Any], rng: random.Random) -> list[Image.Image]:
    """The captured images of a document's clean pages (marks go on ``spec['mark_page']``, default 0)."""
    out = []
    for i, img in enumerate(pages):
        if spec.get("marks") and i == spec.get("mark_page", 0):
            a = np.asarray(img, np.float32) / 255.0
            for m in spec["marks"]:
                MARKS[m["type"]](a, m, rng)
            img = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))
        cap = CAPTURE[spec["kind"]](
            img, {**spec, "skew": spec.get("skews", [spec.get("skew", 0)] * 9)[i]}, rng
        )
        rot = spec.get("rotate", 0)
        out.append(cap.rotate(rot, expand=True) if rot else cap)
    return out


def encode(images: list[Image.Image], spec: dict[str, Any]) -> tuple[bytes, str]:
    """The file a mail room would store: bytes and extension."""
    fmt = spec["fmt"]
    dpi = (200, 100) if spec["kind"] == "fax" and not spec.get("square") else (spec.get("dpi", 200),) * 2
    buf = io.BytesIO()
    first, rest = images[0], images[1:]
    if fmt == "png":
        first.save(buf, format="PNG", dpi=dpi)
    elif fmt == "jpg":
        first.convert("RGB").save(buf, format="JPEG", quality=spec.get("quality", 75), dpi=dpi)
    elif fmt == "tif":
        comp = "group4" if first.mode == "1" else "tiff_lzw"
        first.save(buf, format="TIFF", save_all=True, append_images=rest, compression=comp, dpi=dpi)
    elif fmt == "pdf":
        stamp = time.gmtime(1764547200)  # fixed dates keep the file identical for a seed
        first.save(
            buf,
            format="PDF",
            save_all=True,
            append_images=rest,
            resolution=float(dpi[0]),
            creationDate=stamp,
            modDate=stamp,
        )
    else:
        raise ValueError(fmt)
    return buf.getvalue(), fmt
