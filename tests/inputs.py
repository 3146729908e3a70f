"""Builders of test inputs: small documents of every kind we ingest, good and bad, made in memory."""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATASETS = REPO_ROOT.parent / "shared" / "datasets"

RECEIPT_LINES = [
    "SUNRISE MART SDN BHD",
    "12 JALAN MERANTI, 50450 KUALA LUMPUR",
    "TEL 03-2145 8890",
    "DATE: 14/03/2019",
    "BREAD 1 x 3.50",
    "MILK 2 x 4.20",
    "TOTAL 11.90",
]


def font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def text_page(lines: list[str], size: tuple[int, int] = (900, 1100), font_size: int = 30) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    face = font(font_size)
    y = 60
    for line in lines:
        draw.text((60, y), line, fill="black", font=face)
        y += int(font_size * 1.8)
    return image


def image_bytes(image: Image.Image, fmt: str, **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **kwargs)
    return buffer.getvalue()


def png_bytes(lines: list[str] = RECEIPT_LINES) -> bytes:
    return image_bytes(text_page(lines), "PNG")


def jpeg_bytes(lines: list[str] = RECEIPT_LINES) -> bytes:
    return image_bytes(text_page(lines), "JPEG", quality=92)


def tiff_bytes(pages: int = 2) -> bytes:
    frames = [text_page([f"PAGE {n} OF {pages}", *RECEIPT_LINES]) for n in range(1, pages + 1)]
    return image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:], compression="tiff_deflate")


def digital_pdf_bytes(lines: list[str] = RECEIPT_LINES, pages: int = 1, password: str | None = None) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=12)
    for _ in range(pages):
        pdf.add_page()
        for index, line in enumerate(lines):
            pdf.text(20, 30 + 9 * index, line)
    if password:
        pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    return bytes(pdf.output())


def scanned_pdf_bytes(pages: int = 1) -> bytes:
    frames = [text_page(RECEIPT_LINES) for _ in range(pages)]
    return image_bytes(frames[0], "PDF", save_all=True, append_images=frames[1:], resolution=100.0)


def bomb_png_bytes() -> bytes:
    """A 15000 x 15000 one-bit PNG: a few hundred kB on disk, 225 megapixels once decoded."""
    return image_bytes(Image.new("1", (15000, 15000), 1), "PNG")


def write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
