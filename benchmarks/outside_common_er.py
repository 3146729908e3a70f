"""Helpers of set ER (benchmarks/outside_receipts_er.py), digital receipts as a back office receives them.

``ERCase`` is set T's case with the file as received: a born-digital PDF (``pdf``) or a phone screenshot
(``png``), the text its PDF carries (``text``; for a screenshot, the text of the same page printed to PDF,
for the check only), the program that made it (``producer``) and ``addressless`` for a receipt that prints
no merchant address (its key's ``address`` is null). ``write`` is set R's writer plus the screenshots.

Four producers: ``Html`` pages printed by WeasyPrint (``weasy``) or headless Chromium (``chrome_pdf``) or
shot by headless Chromium at a phone's width and device scale (``chrome_shot``), ``RLReceipt`` drawn with
ReportLab's canvas, and set T's ``EReceipt`` drawn with fpdf2 (``fpdf_out``). Each records the lines it
prints the way set R's roll does (``lr`` as "left right"), so set R's check reads them.
"""

from __future__ import annotations

import html
import io
import json
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops

from outside_common_t import FONT, EReceipt, TCase
from outside_scan_n import render

CHROME = "chromium"


@dataclass
class ERCase(TCase):
    """A set-ER receipt: the PDF or the PNG screenshot as received, its text layer and its producer."""

    png: bytes | None = None
    text: str = ""
    producer: str = ""
    addressless: bool = False

    def key_json(self) -> dict[str, Any]:
        extra = {"lang": self.lang, "country": self.country, "template": self.template, "case": self.case}
        shot = "screenshot" if self.png is not None else "pdf"
        return {**self.key.values, **extra, "capture": shot, "producer": self.producer}


@dataclass
class Out:
    """A rendered receipt: the file's bytes, a page image, the printed lines, its text and producer."""

    data: bytes
    shot: bool
    image: Image.Image
    lines: list[str]
    text: str
    producer: str


def case(name: str, country: str, lang: str, template: str, what: str, key: Any, out: Out) -> ERCase:
    """The case of a rendered receipt (``addressless`` when its key has no address)."""
    return ERCase(
        name, country, lang, template, what, out.image, out.lines, key,
        {"place": "digital", "kind": "screenshot" if out.shot else "e-receipt",
         "fmt": "png" if out.shot else "pdf"},
        None if out.shot else out.data, out.data if out.shot else None, out.text, out.producer,
        key.values["address"] is None,
    )  # fmt: skip


def write(cases: list[ERCase], root: Path, seed: int, previews: bool) -> None:
    """Set R's ``write`` for set ER: each case's PDF or PNG as it is, and its key."""
    import outside_receipts_r as set_r

    for sub in ("files", "key", "preview"):
        (root / sub).mkdir(parents=True, exist_ok=True)
        for old in (root / sub).iterdir():
            old.unlink()
    for c in cases:
        data, ext = (c.png, "png") if c.png is not None else (c.pdf, "pdf")
        (root / "files" / f"{c.name}.{ext}").write_bytes(data)
        (root / "key" / f"{c.name}.json").write_text(
            json.dumps(c.key_json(), indent=2, ensure_ascii=False) + "\n"
        )
        if previews:
            set_r.preview(root / "files" / f"{c.name}.{ext}", root / "preview")


def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    out = "\n".join(page.get_textpage().get_text_range() for page in doc)
    doc.close()
    return out


# ---- HTML pages --------------------------------------------------------------------------------------------


class Html:
    """An HTML receipt (an e-mail or an app's page) that records the lines it prints."""

    def __init__(self, css: str, lang: str = "en", title: str = "Receipt") -> None:
        self.css, self.lang, self.title = css, lang, title
        self.parts: list[str] = []
        self.lines: list[str] = []

    def raw(self, s: str) -> None:
        """Markup that prints nothing of its own (a wrapper, a rule, an icon)."""
        self.parts.append(s)

    def el(self, s: str, cls: str = "", tag: str = "div") -> str:
        self.parts.append(f'<{tag} class="{cls}">{html.escape(s)}</{tag}>')
        if s.strip():
            self.lines.append(s)
        return s

    def lr(self, left: str, right: str, cls: str = "") -> None:
        self.parts.append(
            f'<div class="lr {cls}"><span>{html.escape(left)}</span><span>{html.escape(right)}</span></div>'
        )
        self.lines.append(f"{left} {right}")

    def table(self, rows: list[list[str]], cls: str = "", head: list[str] | None = None) -> None:
        """A table; cells of a column whose header ends in ">" are right-aligned."""
        out = [f'<table class="{cls}">']
        right = [bool(h.endswith(">")) for h in head] if head else []
        if head:
            head = [h.rstrip(">") for h in head]
            ths = [
                f"<th{' class=r' if r else ''}>{html.escape(h)}</th>"
                for h, r in zip(head, right, strict=True)
            ]
            out.append("<tr>" + "".join(ths) + "</tr>")
            self.lines.append(" ".join(h for h in head if h))
        for row in rows:
            cells = [
                f"<td{' class=r' if right and right[i] else ''}>{html.escape(s)}</td>"
                for i, s in enumerate(row)
            ]
            out.append("<tr>" + "".join(cells) + "</tr>")
            self.lines.append(" ".join(s for s in row if s))
        self.parts.append("".join(out) + "</table>")

    def page(self) -> str:
        head = f'<meta charset="utf-8"><title>{html.escape(self.title)}</title>'
        head += '<meta name="dcterms.created" content="2025-12-01T09:00:00Z">'
        base = ".lr{display:flex;justify-content:space-between;gap:12px} td.r,th.r{text-align:right}"
        return (
            f'<!DOCTYPE html><html lang="{self.lang}"><head>{head}<style>{base}\n{self.css}</style></head>'
            f"<body>{''.join(self.parts)}</body></html>"
        )


def _first_page(data: bytes) -> Image.Image:
    return render(data, 300, [0])[0].convert("RGBA")


def weasy(h: Html) -> Out:
    import weasyprint

    data = weasyprint.HTML(string=h.page()).write_pdf()
    return Out(
        data, False, _first_page(data), h.lines, pdf_text(data), f"WeasyPrint {weasyprint.__version__}"
    )


def _print(h: Html) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "r.pdf"
        page = Path(tmp) / "r.html"
        page.write_text(h.page(), encoding="utf-8")
        subprocess.run(
            [CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={target}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return target.read_bytes()


def chrome_pdf(h: Html) -> Out:
    """The page printed to PDF by headless Chromium (as an e-mail client's "Save as PDF")."""
    data = _print(h)
    return Out(data, False, _first_page(data), h.lines, pdf_text(data), "Chromium (Skia/PDF)")


def chrome_shot(h: Html, width: int = 390, scale: int = 3, min_height: int = 844) -> Out:
    """A phone screenshot: the page at ``width`` CSS px and device ``scale``, cut below its last content
    (at least ``min_height`` CSS px, the phone's screen)."""
    with tempfile.TemporaryDirectory() as tmp:
        page, shot = Path(tmp) / "r.html", Path(tmp) / "r.png"
        page.write_text(h.page(), encoding="utf-8")
        subprocess.run(
            [CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--user-data-dir={tmp}/profile", f"--force-device-scale-factor={scale}",
             f"--window-size={width},2600", f"--screenshot={shot}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        img = Image.open(shot).convert("RGB")
    bg = Image.new("RGB", img.size, img.getpixel((img.width // 2, img.height - 1)))
    box = ImageChops.difference(img, bg).getbbox() or (0, 0, img.width, img.height)
    bottom = min(img.height, max(box[3] + 28 * scale, min_height * scale))
    img = img.crop((0, 0, img.width, bottom))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    data = buf.getvalue()
    text = pdf_text(_print(h))
    return Out(data, True, img.convert("RGBA"), h.lines, text, f"Chromium screenshot {width}px @{scale}x")


def status_bar(h: Html, clock: str, battery: int, dark: bool = False) -> None:
    """A phone's status bar: the clock, signal and battery (printed, so recorded)."""
    colour = "#fff" if dark else "#111"
    h.raw(
        f'<div style="display:flex;justify-content:space-between;align-items:center;padding:14px 26px 8px;'
        f'font:600 15px/1 sans-serif;color:{colour}"><span>{clock}</span>'
        f'<span style="font-size:12px">&#9679;&#9679;&#9679;&#9675; 5G &nbsp;{battery}%'
        f' <span style="display:inline-block;width:22px;height:10px;border:1.5px solid {colour};'
        f'border-radius:3px;vertical-align:middle"></span></span></div>'
    )
    h.lines.append(f"{clock} 5G {battery}%")


# ---- ReportLab and fpdf2 -----------------------------------------------------------------------------------


class RLReceipt:
    """A born-digital receipt drawn with ReportLab's canvas (A4 or ``size`` in mm), recording its lines."""

    def __init__(
        self, size: tuple[float, float] = (210, 297), margin: float = 18, family: str = "liberation"
    ):
        from reportlab.lib.units import mm
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        files = {
            "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
            "liberation": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
            "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
        }[family]
        pdfmetrics.registerFont(TTFont(f"{family}-r", str(FONT / files[0])))
        pdfmetrics.registerFont(TTFont(f"{family}-b", str(FONT / files[1])))
        self.mm, self.family = mm, family
        self.w, self.h = size[0] * mm, size[1] * mm
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(self.w, self.h), invariant=1)
        self.margin = margin * mm
        self.y = self.h - 16 * mm
        self.lines: list[str] = []

    def _font(self, size: float, bold: bool) -> None:
        self.c.setFont(f"{self.family}-{'b' if bold else 'r'}", size)

    def text(
        self, s: str, align: str = "L", size: float = 9.5, bold: bool = False, lead: float = 1.45
    ) -> None:
        self._font(size, bold)
        self.y -= size * lead
        if align == "C":
            self.c.drawCentredString(self.w / 2, self.y, s)
        elif align == "R":
            self.c.drawRightString(self.w - self.margin, self.y, s)
        else:
            self.c.drawString(self.margin, self.y, s)
        if s.strip():
            self.lines.append(s)

    def lr(self, left: str, right: str, size: float = 9.5, bold: bool = False, indent: float = 0) -> None:
        self._font(size, bold)
        self.y -= size * 1.45
        self.c.drawString(self.margin + indent * self.mm, self.y, left)
        self.c.drawRightString(self.w - self.margin, self.y, right)
        self.lines.append(f"{left} {right}")

    def row(self, cells: list[str], widths: list[float], size: float = 9.0, bold: bool = False) -> None:
        """Cells in columns ``widths`` mm from the margin (a negative width right-aligns in its column)."""
        self._font(size, bold)
        self.y -= size * 1.45
        x = self.margin
        for s, w in zip(cells, widths, strict=True):
            if w < 0:
                self.c.drawRightString(x + abs(w) * self.mm, self.y, s)
            else:
                self.c.drawString(x, self.y, s)
            x += abs(w) * self.mm
        self.lines.append(" ".join(s for s in cells if s))

    def rule(self, gap: float = 2.0, grey: float = 0.6, width: float = 0.5) -> None:
        self.y -= gap * self.mm / 2
        self.c.setStrokeGray(grey)
        self.c.setLineWidth(width)
        self.c.line(self.margin, self.y, self.w - self.margin, self.y)
        self.y -= gap * self.mm / 2

    def feed(self, mm_: float = 3.0) -> None:
        self.y -= mm_ * self.mm

    def band(self, rgb: tuple[float, float, float], height: float = 24) -> None:
        """A coloured band across the top of the page."""
        self.c.setFillColorRGB(*rgb)
        self.c.rect(0, self.h - height * self.mm, self.w, height * self.mm, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def colour(self, rgb: tuple[float, float, float]) -> None:
        self.c.setFillColorRGB(*rgb)

    def output(self) -> Out:
        import reportlab

        self.c.setTitle("Receipt")
        self.c.showPage()
        self.c.save()
        data = self.buf.getvalue()
        return Out(
            data, False, _first_page(data), self.lines, pdf_text(data), f"ReportLab {reportlab.Version}"
        )


def fpdf_out(e: EReceipt) -> Out:
    import fpdf

    data, image = e.output()
    return Out(data, False, image, e.lines, pdf_text(data), f"fpdf2 {fpdf.__version__}")


# ---- values ----------------------------------------------------------------------------------------------


def card(rng: random.Random, brands: tuple[str, ...] = ("Visa", "Mastercard", "Amex")) -> str:
    brand = rng.choice(brands)
    return f"{brand} •••• {rng.randint(1000, 9999)}"


def ref(rng: random.Random, pattern: str) -> str:
    """A reference from ``pattern``: 9 a digit, A a capital letter, x a lowercase hex digit."""
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
        elif ch == "x":
            out.append(rng.choice("0123456789abcdef"))
        else:
            out.append(ch)
    return "".join(out)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()
