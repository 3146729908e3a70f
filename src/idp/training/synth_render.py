"""Drawing for synthetic documents: a page is a list of drawing operations laid out once, in pixels of a
150 dpi page, then rendered either to a raster image (PIL) or to a digital PDF with a real text layer (fpdf2).

Laying out once keeps the scanned and the digital variant of a document identical, and keeps the
templates free of any knowledge of the output format. Text is placed by its left baseline so both
renderers agree on where it goes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DPI = 150
A4_PX = (1240, 1754)  # A4 at 150 dpi
PX_TO_PT = 72.0 / DPI
FIXED_DATE = datetime(2024, 1, 1, tzinfo=UTC)

Color = tuple[int, int, int]
BLACK: Color = (20, 20, 24)
PAPER: Color = (255, 255, 255)

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/liberation"),
)
# family -> (regular, bold) file name candidates, first found wins
_FONT_FILES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sans": (
        ("DejaVuSans.ttf", "LiberationSans-Regular.ttf"),
        ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"),
    ),
    "serif": (
        ("DejaVuSerif.ttf", "LiberationSerif-Regular.ttf"),
        ("DejaVuSerif-Bold.ttf", "LiberationSerif-Bold.ttf"),
    ),
    "mono": (
        ("DejaVuSansMono.ttf", "LiberationMono-Regular.ttf"),
        ("DejaVuSansMono-Bold.ttf", "LiberationMono-Bold.ttf"),
    ),
    "condensed": (
        ("DejaVuSansCondensed.ttf", "LiberationSansNarrow-Regular.ttf", "LiberationSans-Regular.ttf"),
        ("DejaVuSansCondensed-Bold.ttf", "LiberationSansNarrow-Bold.ttf", "LiberationSans-Bold.ttf"),
    ),
}
_PDF_CORE = {"sans": "helvetica", "serif": "times", "mono": "courier", "condensed": "helvetica"}


@dataclass(frozen=True)
class Font:
    family: str = "sans"  # sans | serif | mono | condensed
    size: int = 22  # em size in pixels at 150 dpi
    bold: bool = False

    def with_(self, size: int | None = None, bold: bool | None = None) -> Font:
        return Font(self.family, size or self.size, self.bold if bold is None else bold)


@functools.cache
def font_path(family: str, bold: bool) -> Path | None:
    """The TrueType file for a family, or None when no candidate is installed (rendering then falls back)."""
    names = _FONT_FILES.get(family, _FONT_FILES["sans"])[1 if bold else 0]
    for name in names:
        for folder in FONT_DIRS:
            if (folder / name).is_file():
                return folder / name
    return None


@functools.cache
def pil_font(font: Font) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = font_path(font.family, font.bold)
    if path is not None:
        return ImageFont.truetype(str(path), size=font.size)
    return ImageFont.load_default(size=font.size)


def text_width(text: str, font: Font) -> float:
    return float(pil_font(font).getlength(text))


@dataclass(frozen=True)
class TextOp:
    x: float
    y: float  # baseline
    text: str
    font: Font
    color: Color = BLACK


@dataclass(frozen=True)
class LineOp:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 2.0
    color: Color = BLACK


@dataclass(frozen=True)
class RectOp:
    x0: float
    y0: float
    x1: float
    y1: float
    fill: Color | None = None
    outline: Color | None = BLACK
    width: float = 2.0


Op = TextOp | LineOp | RectOp


@dataclass
class Canvas:
    """Pages of drawing operations; templates write onto the current (last) page."""

    width: int
    height: int
    pages: list[list[Op]] = field(default_factory=lambda: [[]])

    def new_page(self) -> None:
        self.pages.append([])

    def text(
        self, x: float, y: float, text: str, font: Font, align: str = "left", color: Color = BLACK
    ) -> float:
        """Draw text with its baseline at y, x being its left, right or centre edge; returns its width."""
        w = text_width(text, font)
        left = x - w if align == "right" else x - w / 2 if align == "center" else x
        if text:
            self.pages[-1].append(TextOp(left, y, text, font, color))
        return w

    def line(
        self, x0: float, y0: float, x1: float, y1: float, width: float = 2.0, color: Color = BLACK
    ) -> None:
        self.pages[-1].append(LineOp(x0, y0, x1, y1, width, color))

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        fill: Color | None = None,
        outline: Color | None = BLACK,
        width: float = 2.0,
    ) -> None:
        self.pages[-1].append(RectOp(x0, y0, x1, y1, fill, outline, width))


def wrap(text: str, font: Font, max_width: float) -> list[str]:
    """Greedy word wrap by measured width."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and text_width(candidate, font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def render_raster(canvas: Canvas, paper: Color = PAPER) -> list[Image.Image]:
    """One RGB image per page."""
    images = []
    for ops in canvas.pages:
        img = Image.new("RGB", (canvas.width, canvas.height), paper)
        draw = ImageDraw.Draw(img)
        for op in ops:
            if isinstance(op, TextOp):
                draw.text((op.x, op.y), op.text, font=pil_font(op.font), fill=op.color, anchor="ls")
            elif isinstance(op, LineOp):
                draw.line((op.x0, op.y0, op.x1, op.y1), fill=op.color, width=max(1, round(op.width)))
            else:
                draw.rectangle(
                    (op.x0, op.y0, op.x1, op.y1),
                    fill=op.fill,
                    outline=op.outline,
                    width=max(1, round(op.width)) if op.outline else 0,
                )
        images.append(img)
    return images


def render_pdf(canvas: Canvas, path: Path) -> None:
    """A digital PDF: vector text (a real, extractable text layer) and rules, no images."""
    from fpdf import FPDF  # imported here: only digital PDFs need it

    pdf = FPDF(unit="pt", format=(canvas.width * PX_TO_PT, canvas.height * PX_TO_PT))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)  # the same bytes for the same seed
    pdf.set_margins(0, 0, 0)
    registered: set[str] = set()

    def use_font(font: Font) -> bool:
        """Select the font; False when it is a core font that only takes latin-1 text."""
        path_ = font_path(font.family, font.bold)
        if path_ is None:
            pdf.set_font(
                _PDF_CORE.get(font.family, "helvetica"), "B" if font.bold else "", font.size * PX_TO_PT
            )
            return False
        name = path_.stem.replace("-", "")
        if name not in registered:
            pdf.add_font(name, "", str(path_))
            registered.add(name)
        pdf.set_font(name, "", font.size * PX_TO_PT)
        return True

    for ops in canvas.pages:
        pdf.add_page()
        for op in ops:
            if isinstance(op, TextOp):
                text = op.text
                if not use_font(op.font):
                    text = text.encode("latin-1", "replace").decode("latin-1")
                pdf.set_text_color(*op.color)
                pdf.text(op.x * PX_TO_PT, op.y * PX_TO_PT, text)
            elif isinstance(op, LineOp):
                pdf.set_draw_color(*op.color)
                pdf.set_line_width(op.width * PX_TO_PT)
                pdf.line(op.x0 * PX_TO_PT, op.y0 * PX_TO_PT, op.x1 * PX_TO_PT, op.y1 * PX_TO_PT)
            else:
                style = ("F" if op.fill else "") + ("D" if op.outline else "")
                if not style:
                    continue
                if op.fill:
                    pdf.set_fill_color(*op.fill)
                if op.outline:
                    pdf.set_draw_color(*op.outline)
                    pdf.set_line_width(op.width * PX_TO_PT)
                pdf.rect(
                    op.x0 * PX_TO_PT,
                    op.y0 * PX_TO_PT,
                    (op.x1 - op.x0) * PX_TO_PT,
                    (op.y1 - op.y0) * PX_TO_PT,
                    style=style,
                )
    pdf.output(str(path))
