"""Drawing helpers for the Asia / Middle East invoice set: fpdf2 / ReportLab wrappers in millimetres
with y measured from the top, a boxed-grid helper and the headless-Chromium printer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from outside_docs_at1 import FIXED_TS, qr_draw


def fpdf_new(fonts: dict[str, tuple[Path, Path]], title: str, orientation: str = "P"):
    """fpdf2 document with each family registered as (regular, bold) and a fixed creation date."""
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.set_creation_date(FIXED_TS)
    pdf.set_title(title)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12, 15)
    for fam, (reg, bold) in fonts.items():
        pdf.add_font(fam, "", str(reg))
        pdf.add_font(fam, "B", str(bold))
    pdf.add_page()
    return pdf


def rl_register(name: str, path: Path) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def rl_canvas(path: Path, title: str, pagesize=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=pagesize or A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    return c


# ---------------------------------------------------------------- Chromium
def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome", "headless_shell"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("no Chromium binary found")


BASE_CSS = """
*{box-sizing:border-box} html,body{margin:0;padding:0}
body{font-size:9.5pt;color:#1b1b1b;line-height:1.35}
table{border-collapse:collapse;width:100%} td,th{padding:3px 5px;vertical-align:top}
.r{text-align:right} .c{text-align:center} .b{font-weight:700} .muted{color:#666}
.ltr{direction:ltr;unicode-bidi:isolate;font-family:"Noto Sans","DejaVu Sans",sans-serif}
.grid td,.grid th{border:1px solid #777}
.stamp{display:inline-flex;align-items:center;justify-content:center;text-align:center;border-radius:50%;
 border:2px solid #c62828;color:#c62828;font-weight:700;transform:rotate(-12deg);opacity:.85}
"""


def html_page(body: str, *, lang: str, rtl: bool = False, font: str, css: str = "", page: str = "A4") -> str:
    direction = "rtl" if rtl else "ltr"
    return (
        f'<!doctype html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f"<style>@page{{size:{page};margin:0}}{BASE_CSS}"
        f"body{{font-family:{font}}}{css}</style></head><body>{body}</body></html>"
    )


def chromium_pdf(html: str, pdf: Path, work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    src = work / (pdf.stem + ".html")
    src.write_text(html, encoding="utf-8")
    if pdf.exists():
        pdf.unlink()
    cmd = [
        chromium_binary(),
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


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- drawing wrappers (mm, y from the top)
def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


class RL:
    """ReportLab canvas in millimetres with y measured from the top edge (text y = baseline)."""

    def __init__(self, path: Path, title: str, regular: str, bold: str, pagesize=None):
        from reportlab.lib.pagesizes import A4

        self.c = rl_canvas(path, title, pagesize or A4)
        self.w, self.h = (pagesize or A4)[0] / 2.8346457, (pagesize or A4)[1] / 2.8346457
        self.fonts = {"r": regular, "b": bold}

    def _col(self, color: str, fill: bool = True):
        r, g, b = (v / 255 for v in _rgb(color))
        (self.c.setFillColorRGB if fill else self.c.setStrokeColorRGB)(r, g, b)

    def t(self, x, y, s, size=9.0, bold=False, align="L", color="#1b1b1b", font=None):
        k = 2.8346457
        self.c.setFont(font or self.fonts["b" if bold else "r"], size)
        self._col(color)
        draw = {"L": self.c.drawString, "R": self.c.drawRightString, "C": self.c.drawCentredString}[align]
        draw(x * k, (self.h - y) * k, s)

    def width(self, s, size, bold=False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(s, self.fonts["b" if bold else "r"], size) / 2.8346457

    def rect(self, x, y, w, h, color="#333333", fill=None, lw=0.5):
        k = 2.8346457
        self.c.setLineWidth(lw)
        if color:
            self._col(color, fill=False)
        if fill:
            self._col(fill)
        self.c.rect(
            x * k, (self.h - y - h) * k, w * k, h * k, stroke=1 if color else 0, fill=1 if fill else 0
        )

    def line(self, x1, y1, x2, y2, color="#333333", lw=0.5):
        k = 2.8346457
        self.c.setLineWidth(lw)
        self._col(color, fill=False)
        self.c.line(x1 * k, (self.h - y1) * k, x2 * k, (self.h - y2) * k)

    def circle(self, cx, cy, r, color="#c62828", lw=1.2):
        k = 2.8346457
        self.c.setLineWidth(lw)
        self._col(color, fill=False)
        self.c.circle(cx * k, (self.h - cy) * k, r * k, stroke=1, fill=0)

    def qr(self, x, y, size, seed):
        self._col("#000000")
        k = 2.8346457
        qr_draw(
            lambda a, b, s: self.c.rect(a * k, (self.h - b - s) * k, s * k + 0.2, s * k + 0.2, 0, 1),
            x,
            y,
            size,
            seed,
        )

    def seal(self, cx, cy, r, ring, center="★", color="#c62828", ring_size=7.0, center_size=12.0, span=250):
        """Round company seal: ring text along the top arc, a star or word in the middle."""
        k = 2.8346457
        self.circle(cx, cy, r, color=color, lw=1.4)
        self._col(color)
        self.c.setFont(self.fonts["b"], ring_size)
        n = len(ring)
        for i, ch in enumerate(ring):
            theta = -span / 2 + i * span / max(n - 1, 1)
            self.c.saveState()
            self.c.translate(cx * k, (self.h - cy) * k)
            self.c.rotate(-theta)
            self.c.drawCentredString(0, (r - 1.2) * k - ring_size, ch)
            self.c.restoreState()
        for j, line in enumerate(center.split("\n")):
            self.t(cx, cy + center_size * 0.17 + j * center_size * 0.4, line, center_size, True, "C", color)

    def save(self):
        self.c.showPage()
        self.c.save()


class FP:
    """fpdf2 with the same small drawing vocabulary as RL."""

    def __init__(self, title: str, fonts: dict[str, tuple[Path, Path]], main: str):
        self.pdf = fpdf_new(fonts, title)
        self.main = main

    def t(self, x, y, s, size=9.0, bold=False, align="L", color="#1b1b1b", font=None):
        p = self.pdf
        p.set_font(font or self.main, "B" if bold else "", size)
        p.set_text_color(*_rgb(color))
        w = p.get_string_width(s)
        x0 = x - w if align == "R" else x - w / 2 if align == "C" else x
        p.text(x0, y, s)

    def width(self, s, size, bold=False) -> float:
        self.pdf.set_font(self.main, "B" if bold else "", size)
        return self.pdf.get_string_width(s)

    def rect(self, x, y, w, h, color="#333333", fill=None, lw=0.3):
        p = self.pdf
        p.set_line_width(lw)
        if color:
            p.set_draw_color(*_rgb(color))
        if fill:
            p.set_fill_color(*_rgb(fill))
        p.rect(x, y, w, h, style=("DF" if color else "F") if fill else "D")

    def line(self, x1, y1, x2, y2, color="#333333", lw=0.3):
        self.pdf.set_line_width(lw)
        self.pdf.set_draw_color(*_rgb(color))
        self.pdf.line(x1, y1, x2, y2)

    def circle(self, cx, cy, r, color="#c62828", lw=0.5):
        self.pdf.set_line_width(lw)
        self.pdf.set_draw_color(*_rgb(color))
        self.pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r, style="D")

    def qr(self, x, y, size, seed):
        self.pdf.set_fill_color(0, 0, 0)
        qr_draw(lambda a, b, s: self.pdf.rect(a, b, s + 0.05, s + 0.05, style="F"), x, y, size, seed)

    def seal(self, cx, cy, r, ring, center="★", color="#c62828", ring_size=7.0, center_size=12.0, span=250):
        self.circle(cx, cy, r, color=color, lw=0.7)
        n = len(ring)
        for i, ch in enumerate(ring):
            theta = -span / 2 + i * span / max(n - 1, 1)
            with self.pdf.rotation(-theta, cx, cy):
                self.t(cx, cy - r + 1.2 + ring_size * 0.3, ch, ring_size, True, "C", color)
        for j, line in enumerate(center.split("\n")):
            self.t(cx, cy + center_size * 0.17 + j * center_size * 0.4, line, center_size, True, "C", color)

    def save(self, path: Path):
        self.pdf.output(str(path))


def table_rows(
    d,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    aligns: str,
    *,
    size=8.5,
    h=7.0,
    header_fill="#e8e8e8",
    color="#555555",
    bold_first=True,
    pad=1.6,
    center_rows=(0,),
):
    """Boxed grid; the first row is the header.  Returns the y below the grid."""
    for ri, row in enumerate(rows):
        cx = x
        for ci, (w, cell) in enumerate(zip(widths, row, strict=True)):
            d.rect(cx, y, w, h, color=color, fill=header_fill if ri == 0 and header_fill else None)
            al = "C" if ri in center_rows else aligns[ci]
            tx = cx + pad if al == "L" else cx + w - pad if al == "R" else cx + w / 2
            d.t(tx, y + h * 0.68, cell, size, bold=ri == 0 and bold_first, align=al)
            cx += w
        y += h
    return y
