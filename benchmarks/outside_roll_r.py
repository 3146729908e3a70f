"""The till roll of set R (benchmarks/outside_receipts_r.py): ``Roll`` prints a receipt over PIL at 300 dpi,
fixed-pitch columns the way a receipt printer does (``cols`` characters across the printable width,
ESC/POS-style double width and height, inverse bars, dot-matrix dots) or proportional text the way a
tablet POS does, and remembers every line it prints (the clean text ``--check`` reads). Fonts are the
DejaVu, Liberation, URW base-35 and Latin Modern faces Debian installs (``FACES``).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

from outside_common_k import DPI, mm

SYS = Path("/usr/share/fonts")
LM = Path("/usr/share/texmf/fonts/opentype/public/lm")
URW = SYS / "opentype/urw-base35"
FACES = {
    "dmono": SYS / "truetype/dejavu/DejaVuSansMono.ttf",
    "dmono-b": SYS / "truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "lmono": SYS / "truetype/liberation/LiberationMono-Regular.ttf",
    "lmono-b": SYS / "truetype/liberation/LiberationMono-Bold.ttf",
    "nmono": URW / "NimbusMonoPS-Regular.otf",
    "nmono-b": URW / "NimbusMonoPS-Bold.otf",
    "lmlt": LM / "lmmonolt10-regular.otf",
    "lmlt-b": LM / "lmmonolt10-bold.otf",
    "lmcond": LM / "lmmonoltcond10-regular.otf",
    "sans": SYS / "truetype/dejavu/DejaVuSans.ttf",
    "sans-b": SYS / "truetype/dejavu/DejaVuSans-Bold.ttf",
    "cond": SYS / "truetype/dejavu/DejaVuSansCondensed.ttf",
    "cond-b": SYS / "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "narrow": SYS / "truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-b": SYS / "truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "nnarrow": URW / "NimbusSansNarrow-Regular.otf",
    "nnarrow-b": URW / "NimbusSansNarrow-Bold.otf",
    "arial": SYS / "truetype/liberation/LiberationSans-Regular.ttf",
    "arial-b": SYS / "truetype/liberation/LiberationSans-Bold.ttf",
    "gothic": URW / "URWGothic-Book.otf",
    "gothic-b": URW / "URWGothic-Demi.otf",
    "bookman-b": URW / "URWBookman-Demi.otf",
    "c059-b": URW / "C059-Bold.otf",
    "p052-b": URW / "P052-Bold.otf",
    "serif": SYS / "truetype/dejavu/DejaVuSerif.ttf",
    "serif-b": SYS / "truetype/dejavu/DejaVuSerif-Bold.ttf",
    "serif-bi": SYS / "truetype/dejavu/DejaVuSerif-BoldItalic.ttf",
    "scond-b": SYS / "truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "script": URW / "Z003-MediumItalic.otf",
    "humor": SYS / "truetype/humor-sans/Humor-Sans.ttf",  # ASCII only
}
_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(face: str, px: int) -> ImageFont.FreeTypeFont:
    """A face of ``FACES`` at ``px``; DejaVu (mono or sans, bold kept) where a file is not installed."""
    if (face, px) not in _cache:
        path = FACES[face]
        if not path.exists():
            mono = "Mono" if "mono" in face else ""
            bold = "-Bold" if face.endswith(("-b", "-bi")) else ""
            path = SYS / f"truetype/dejavu/DejaVuSans{mono}{bold}.ttf"
        # basic layout: no ligatures (Nimbus Mono sets "Nr." as one glyph with raqm), same on every machine
        _cache[face, px] = ImageFont.truetype(str(path), px, layout_engine=ImageFont.Layout.BASIC)
    return _cache[face, px]


class Roll:
    """A receipt ``width`` mm wide; ``cols`` characters of ``face`` fill the printable width. Lines are
    drawn as an ink mask top-down from ``self.y`` (pixels at 300 dpi); ``prop`` rolls set text in a
    proportional face whose size is fixed by ``cols`` all the same."""

    def __init__(
        self,
        width: float = 80.0,
        cols: int = 48,
        face: str = "dmono",
        *,
        print_w: float | None = None,
        pitch: float = 1.4,
        prop: bool = False,
        dots: int = 0,
        thermal: bool = True,
        paper: tuple[int, int, int] = (250, 250, 246),
        ink: tuple[int, int, int] = (32, 32, 36),
        top: float = 6.0,
    ) -> None:
        self.width, self.cols, self.face, self.prop = width, cols, face, prop
        self.print_w = print_w or (width - 8.0 if width >= 70 else width - 9.0)
        self.left = mm((width - self.print_w) / 2)
        self.right = mm(width) - self.left
        advance = font(face, 100).getlength("0" if prop else "M") / 100
        self.px = round((self.right - self.left) / cols / advance * (0.92 if prop else 1.0))
        while not prop and font(face, self.px).getlength("M" * cols) > self.right - self.left:
            self.px -= 1  # hinted advances are whole pixels: make sure ``cols`` characters fit
        self.pitch, self.dots, self.thermal = pitch, dots, thermal
        self.paper, self.ink = paper, ink
        self.mask = Image.new("L", (mm(width), mm(900)), 0)
        self.y = mm(top)
        self.lines: list[str] = []

    # ---- text ------------------------------------------------------------------------------------------

    def _tile(self, s: str, face: str, px: int) -> Image.Image:
        f = font(face, px)
        asc, desc = f.getmetrics()
        if self.dots:  # dot-matrix: the glyphs at 1/dots resolution, each pixel one round dot
            k = self.dots
            small = font(face, max(8, px // k))
            a, d = small.getmetrics()
            tile = Image.new("L", (int(small.getlength(s)) + 2, a + d), 0)
            ImageDraw.Draw(tile).text((1, a), s, font=small, fill=255, anchor="ls")
            on = np.asarray(tile) > 110
            yy, xx = np.mgrid[0:k, 0:k]
            disc = ((yy - (k - 1) / 2) ** 2 + (xx - (k - 1) / 2) ** 2) <= (k / 2) ** 2
            return Image.fromarray((np.kron(on, disc) * 255).astype(np.uint8))
        tile = Image.new("L", (int(f.getlength(s)) + 2, asc + desc), 0)
        ImageDraw.Draw(tile).text((1, asc), s, font=f, fill=255, anchor="ls")
        return tile

    def text(
        self,
        s: str,
        align: str = "l",
        *,
        face: str | None = None,
        scale: float = 1.0,
        wx: float = 1.0,
        hy: float = 1.0,
        invert: bool = False,
        advance: bool = True,
        record: bool = True,
        indent: int = 0,
        exact: bool = False,
    ) -> None:
        """One printed line (``align`` l/c/r); ``wx``/``hy`` stretch it like a printer's double width and
        height; ``invert`` prints white on a black bar; ``advance=False`` stays on the line. Another
        ``face`` on a fixed-pitch roll is sized to the roll's pitch unless ``exact``."""
        if record and s.strip():
            self.lines.append(s)
        if not s:
            self.y += round(self.px * self.pitch)
            return
        px = self.px * scale
        if face and face != self.face and not self.prop and not exact:  # a printer keeps the pitch in bold
            px *= font(self.face, 100).getlength("M") / font(face, 100).getlength("M")
        tile = self._tile(s, face or self.face, round(px))
        if wx != 1.0 or hy != 1.0:
            tile = tile.resize((round(tile.width * wx), round(tile.height * hy)), Image.BICUBIC)
        span = self.right - self.left
        if tile.width > span + mm(1.5):
            raise ValueError(f"line too wide for the roll ({tile.width} > {span} px): {s!r}")
        x = {"l": self.left, "c": (self.left + self.right - tile.width) // 2, "r": self.right - tile.width}
        x0 = x[align] + indent * (span // self.cols)
        step = round(self.px * scale * hy * self.pitch)
        top = self.y + max(0, (step - tile.height) // 2)
        if invert:
            bar = (self.left - mm(1), self.y, self.right + mm(1), self.y + step)
            ImageDraw.Draw(self.mask).rectangle(bar, fill=255)
            box = (x0, top, x0 + tile.width, top + tile.height)
            self.mask.paste(ImageChops.subtract(self.mask.crop(box), tile), box)
        else:
            box = (x0, top, x0 + tile.width, top + tile.height)
            self.mask.paste(ImageChops.lighter(self.mask.crop(box), tile), box)
        if advance:
            self.y += step

    def lr(self, left: str, right: str, *, scale: float = 1.0, wx: float = 1.0, **kw: Any) -> None:
        """``left`` flush left and ``right`` flush right on one line (padded with spaces on a mono roll)."""
        if self.prop:
            self.text(left, "l", scale=scale, wx=wx, advance=False, record=False, **kw)
            self.text(right, "r", scale=scale, wx=wx, record=False, **kw)
            self.lines.append(f"{left} {right}")
            return
        n = int((self.right - self.left) / (font(self.face, round(self.px * scale)).getlength("M") * wx))
        self.text(left + " " * max(1, n - len(left) - len(right)) + right, scale=scale, wx=wx, **kw)

    def center(self, s: str, **kw: Any) -> None:
        self.text(s, "c", **kw)

    def block(self, rows: list[str], align: str = "l", **kw: Any) -> None:
        for s in rows:
            self.text(s, align, **kw)

    def big(self, s: str, align: str = "c", *, face: str | None = None, height: float = 6.0, **kw) -> None:
        """A logo-like line ``height`` mm tall (cap height), shrunk to fit the width."""
        f = face or self.face
        px = round(mm(height) / 0.72)
        px = min(px, int(px * (self.right - self.left) / max(1.0, font(f, px).getlength(s) + 4)))
        self.text(s, align, face=f, scale=px / self.px, exact=True, **kw)

    # ---- rules, feeds and pictures ------------------------------------------------------------------------

    def rule(self, ch: str = "-") -> None:
        if self.prop or not ch:
            mid = self.y + round(self.px * self.pitch) // 2
            ImageDraw.Draw(self.mask).line((self.left, mid, self.right, mid), fill=255, width=mm(0.25))
            self.y += round(self.px * self.pitch)
        else:
            self.text(ch * self.cols, record=False)

    def feed(self, lines: float = 1.0) -> None:
        self.y += round(self.px * self.pitch * lines)

    def barcode(self, code: str, height: float = 10.0, digits: bool = True) -> None:
        """Bars drawn from ``code``'s characters (a Code-128-like look), the code printed underneath."""
        d = ImageDraw.Draw(self.mask)
        unit = max(2, mm(0.25))
        bits = (
            "11010010000" + "".join(format((ord(c) * 37 + 11) % 2048, "011b") for c in code) + "1100011101011"
        )
        x = (self.left + self.right - len(bits) * unit) // 2
        for i, b in enumerate(bits):
            if b == "1":
                d.rectangle((x + i * unit, self.y, x + (i + 1) * unit - 1, self.y + mm(height)), fill=255)
        self.y += mm(height) + mm(1)
        if digits:
            self.center(code, scale=0.85)

    def qr(self, rng: random.Random, size: float = 22.0) -> None:
        n = 29
        cell = mm(size) // n
        x0 = (self.left + self.right - n * cell) // 2
        d = ImageDraw.Draw(self.mask)
        grid = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            for j in range(7):
                for i in range(7):
                    ring = max(abs(i - 3), abs(j - 3))
                    grid[fy + j][fx + i] = ring != 2
        for j, row in enumerate(grid):
            for i, on in enumerate(row):
                if on:
                    d.rectangle(
                        (
                            x0 + i * cell,
                            self.y + j * cell,
                            x0 + (i + 1) * cell - 1,
                            self.y + (j + 1) * cell - 1,
                        ),
                        fill=255,
                    )
        self.y += n * cell + mm(2)

    def image(self, bottom: float = 8.0, cut: str = "straight") -> Image.Image:
        """The printed roll as RGBA: paper where alpha is set; ``cut`` straight (auto-cutter) or torn."""
        h = self.y + mm(bottom)
        m = self.mask.crop((0, 0, self.mask.width, h))
        if self.thermal:  # a 203 dpi thermal head: every dot is on or off
            small = m.resize((round(m.width * 203 / DPI), round(h * 203 / DPI)), Image.BOX)
            m = small.point(lambda v: 255 if v > 96 else 0).resize(m.size, Image.BILINEAR)
        rgb = Image.composite(Image.new("RGB", m.size, self.ink), Image.new("RGB", m.size, self.paper), m)
        alpha = Image.new("L", m.size, 255)
        if cut == "torn":  # a tear bar's saw teeth along the bottom edge
            d = ImageDraw.Draw(alpha)
            tooth = mm(2.2)
            for x in range(0, m.width + tooth, tooth):
                d.polygon([(x, h), (x + tooth // 2, h - mm(1.3)), (x + tooth, h), (x + tooth, h + 1)], fill=0)
        out = rgb.convert("RGBA")
        out.putalpha(alpha)
        return out
