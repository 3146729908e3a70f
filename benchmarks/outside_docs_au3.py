"""Producers for the set "AU": fpdf2 and ReportLab wrappers (millimetres, y from the top edge), a boxed
grid, and HTML printing by headless Chromium or WeasyPrint."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

from outside_docs_au1 import FIXED_TS

K = 72 / 25.4  # points per millimetre


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


# ---------------------------------------------------------------- HTML producers
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


CSS = """
*{box-sizing:border-box} html,body{margin:0;padding:0}
body{font-size:9.5pt;color:#1c1c1c;line-height:1.35}
table{border-collapse:collapse;width:100%} td,th{padding:3px 5px;vertical-align:top}
.r{text-align:right} .c{text-align:center} .l{text-align:left} .b{font-weight:700} .mu{color:#666}
.ltr{direction:ltr;unicode-bidi:isolate}
.g td,.g th{border:1px solid #777}
"""


def html_page(body: str, *, lang: str, font: str, css: str = "", rtl: bool = False, page: str = "A4") -> str:
    return (
        f'<!doctype html><html lang="{lang}" dir="{"rtl" if rtl else "ltr"}"><head><meta charset="utf-8">'
        f"<title>invoice</title><style>@page{{size:{page};margin:0}}{CSS}"
        f"body{{font-family:{font}}}{css}</style></head><body>{body}</body></html>"
    )


def chromium_pdf(html: str, pdf: Path, work: Path) -> None:
    binary = next(
        (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None
    )
    if binary is None:
        raise RuntimeError("no Chromium binary found")
    work.mkdir(parents=True, exist_ok=True)
    src = work / f"{pdf.stem}.html"
    src.write_text(html, encoding="utf-8")
    pdf.unlink(missing_ok=True)
    cmd = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        f"--user-data-dir={work / 'chrome-profile'}",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        src.as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    if not pdf.exists() or pdf.stat().st_size < 1000:
        raise RuntimeError(f"Chromium wrote no PDF for {pdf.name}")
    # Chromium stamps the wall clock into /CreationDate and /ModDate; replace it by the fixed date, byte
    # for byte the same length, so the xref offsets stay valid and reruns give identical files.
    fixed = FIXED_TS.strftime("D:%Y%m%d%H%M%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate) \()D:\d{14}", lambda m: m.group(1) + fixed, pdf.read_bytes())
    pdf.write_bytes(data)


def weasy_pdf(html: str, pdf: Path, work: Path) -> None:
    import logging

    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    work.mkdir(parents=True, exist_ok=True)
    (work / f"{pdf.stem}.html").write_text(html, encoding="utf-8")
    weasyprint.HTML(string=html, base_url=str(work)).write_pdf(str(pdf))


# ---------------------------------------------------------------- drawing wrappers
class RL:
    """ReportLab canvas in millimetres with y measured from the top edge (text y = baseline)."""

    producer = "reportlab"

    def __init__(self, path: Path, title: str, fonts: dict[str, Path], pagesize=None):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        size = pagesize or A4
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.w, self.h = size[0] / K, size[1] / K
        self.fonts = {}
        for key, fpath in fonts.items():
            name = f"AU-{fpath.stem}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(fpath)))
            self.fonts[key] = name

    def _col(self, color: str, fill: bool = True):
        r, g, b = (v / 255 for v in _rgb(color))
        (self.c.setFillColorRGB if fill else self.c.setStrokeColorRGB)(r, g, b)

    def t(self, x, y, s, size=9.0, bold=False, align="L", color="#1c1c1c", font=None):
        self.c.setFont(self.fonts[font or ("b" if bold else "r")], size)
        self._col(color)
        draw = {"L": self.c.drawString, "R": self.c.drawRightString, "C": self.c.drawCentredString}[align]
        draw(x * K, (self.h - y) * K, s)

    def width(self, s, size, bold=False, font=None) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(s, self.fonts[font or ("b" if bold else "r")], size) / K

    def rect(self, x, y, w, h, color="#333333", fill=None, lw=0.5):
        self.c.setLineWidth(lw)
        if color:
            self._col(color, fill=False)
        if fill:
            self._col(fill)
        self.c.rect(
            x * K, (self.h - y - h) * K, w * K, h * K, stroke=1 if color else 0, fill=1 if fill else 0
        )

    def line(self, x1, y1, x2, y2, color="#333333", lw=0.5, dash=None):
        self.c.setLineWidth(lw)
        self._col(color, fill=False)
        self.c.setDash(dash or [])
        self.c.line(x1 * K, (self.h - y1) * K, x2 * K, (self.h - y2) * K)
        self.c.setDash([])

    def circle(self, cx, cy, r, color="#c62828", lw=1.2):
        self.c.setLineWidth(lw)
        self._col(color, fill=False)
        self.c.circle(cx * K, (self.h - cy) * K, r * K, stroke=1, fill=0)

    def rotated(self, cx, cy, angle, s, size, color, bold=True):
        self.c.saveState()
        self.c.translate(cx * K, (self.h - cy) * K)
        self.c.rotate(angle)
        self.c.setFont(self.fonts["b" if bold else "r"], size)
        self._col(color)
        self.c.drawCentredString(0, 0, s)
        self.c.restoreState()

    def save(self):
        self.c.showPage()
        self.c.save()


class FP:
    """fpdf2 with the same small drawing vocabulary as RL."""

    producer = "fpdf2"

    def __init__(self, title: str, fonts: dict[str, Path], orientation: str = "P"):
        from fpdf import FPDF

        self.pdf = FPDF(orientation=orientation, unit="mm", format="A4")
        self.pdf.set_creation_date(FIXED_TS)
        self.pdf.set_title(title)
        self.pdf.set_auto_page_break(False)
        for key, fpath in fonts.items():
            self.pdf.add_font(f"au{key}", "", str(fpath))
        self.pdf.add_page()
        self.w, self.h = self.pdf.w, self.pdf.h

    def t(self, x, y, s, size=9.0, bold=False, align="L", color="#1c1c1c", font=None):
        p = self.pdf
        p.set_font(f"au{font or ('b' if bold else 'r')}", "", size)
        p.set_text_color(*_rgb(color))
        w = p.get_string_width(s)
        p.text(x - w if align == "R" else x - w / 2 if align == "C" else x, y, s)

    def width(self, s, size, bold=False, font=None) -> float:
        self.pdf.set_font(f"au{font or ('b' if bold else 'r')}", "", size)
        return self.pdf.get_string_width(s)

    def rect(self, x, y, w, h, color="#333333", fill=None, lw=0.3):
        p = self.pdf
        p.set_line_width(lw)
        if color:
            p.set_draw_color(*_rgb(color))
        if fill:
            p.set_fill_color(*_rgb(fill))
        p.rect(x, y, w, h, style=("DF" if color else "F") if fill else "D")

    def line(self, x1, y1, x2, y2, color="#333333", lw=0.3, dash=None):
        p = self.pdf
        p.set_line_width(lw)
        p.set_draw_color(*_rgb(color))
        if dash:
            p.set_dash_pattern(dash=dash[0] / K, gap=dash[1] / K)
        p.line(x1, y1, x2, y2)
        if dash:
            p.set_dash_pattern()

    def circle(self, cx, cy, r, color="#c62828", lw=0.5):
        self.pdf.set_line_width(lw)
        self.pdf.set_draw_color(*_rgb(color))
        self.pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="D")

    def rotated(self, cx, cy, angle, s, size, color, bold=True):
        with self.pdf.rotation(angle, cx, cy):
            self.t(cx, cy, s, size, bold, "C", color)

    def save(self, path: Path):
        self.pdf.output(str(path))


def seal(d, cx, cy, r, ring: str, center: str, color="#c62828", ring_size=6.5, center_size=9.0, span=260):
    """Round company seal: ring text around the top, one or two centre lines."""
    d.circle(cx, cy, r, color=color, lw=1.0)
    d.circle(cx, cy, r - 0.9, color=color, lw=0.3)
    n = len(ring)
    for i, ch in enumerate(ring):
        theta = -span / 2 + i * span / max(n - 1, 1)
        rad = math.radians(theta)
        rr = r - 1.6 - ring_size * 0.18
        x, y = cx + rr * math.sin(rad), cy - rr * math.cos(rad)
        d.rotated(x, y + ring_size * 0.12, -theta, ch, ring_size, color)
    lines = center.split("\n")
    for j, line in enumerate(lines):
        yy = cy + center_size * 0.16 + (j - (len(lines) - 1) / 2) * center_size * 0.42
        d.t(cx, yy, line, center_size, True, "C", color)


def grid(d, x, y, widths, rows, aligns, *, size=8.5, h=7.0, head_fill="#e6e6e6", color="#555555", pad=1.5):
    """Boxed grid; row 0 is a centred bold header.  Returns the y below the grid."""
    for ri, row in enumerate(rows):
        cx = x
        for w, cell, al in zip(widths, row, aligns, strict=True):
            d.rect(cx, y, w, h, color=color, fill=head_fill if ri == 0 and head_fill else None)
            al = "C" if ri == 0 else al
            tx = cx + pad if al == "L" else cx + w - pad if al == "R" else cx + w / 2
            d.t(tx, y + h * 0.66, cell, size, bold=ri == 0, align=al)
            cx += w
        y += h
    return y
