"""Hybrid e-invoice benchmark, part 6: ReportLab layouts.

rl-flow: platypus story (flows over pages; the item table repeats its header), letterhead and footer drawn
on every page, "page x of y" from a two-pass numbered canvas.
rl-canvas: a one-page form drawn with the canvas API: boxed header fields, ruled item grid, totals box.
"""

from __future__ import annotations

from io import BytesIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from outside_einvoices_docs4 import Printed

rl_config.invariant = 1  # no creation date / random id: reruns give the same bytes
FONT_DIR = "/usr/share/fonts/truetype"
_FONTS = {
    "DejaVu": f"{FONT_DIR}/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf",
    "LibSerif": f"{FONT_DIR}/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": f"{FONT_DIR}/liberation/LiberationSerif-Bold.ttf",
}


def _fonts() -> None:
    for name, path in _FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def _numbered_canvas(page_pattern: str, draw_page):
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for state in self._saved:
                self.__dict__.update(state)
                draw_page(self, self._pageNumber, len(self._saved), page_pattern)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw(
    c, x: float, y: float, text: str, font: str, size: float, width: float, right: bool = False
) -> None:
    """Draw one line, shrinking the font until it fits `width` (as templates with fixed fields do)."""
    while size > 5.5 and c.stringWidth(text, font, size) > width:
        size -= 0.25
    c.setFont(font, size)
    (c.drawRightString if right else c.drawString)(x, y, text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_rl_flow(p: Printed) -> bytes:
    _fonts()
    s, f_reg, f_bold = p.spec, "LibSerif", "LibSerif-Bold"
    accent = colors.HexColor(s.accent)
    st = ParagraphStyle("n", fontName=f_reg, fontSize=9.5, leading=12)
    small = ParagraphStyle("s", parent=st, fontSize=7, leading=9, textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("c", parent=st, fontSize=9, leading=11)
    title = ParagraphStyle("t", parent=st, fontName=f_bold, fontSize=15, leading=19, spaceAfter=3 * mm)

    def draw_page(c, number, count, pattern):
        c.saveState()
        c.setFont(f_bold, 15 if number == 1 else 10)
        c.setFillColor(accent)
        c.drawString(22 * mm, 280 * mm, s.seller.name)
        c.setFillColor(colors.black)
        c.setFont(f_reg, 8)
        if number == 1:
            c.drawString(22 * mm, 275 * mm, " | ".join(p.seller_lines + p.contact))
        c.drawRightString(190 * mm, 280 * mm, pattern.format(p=number, n=count))
        c.setStrokeColor(accent)
        c.line(22 * mm, 273 * mm, 190 * mm, 273 * mm)
        c.line(22 * mm, 26 * mm, 190 * mm, 26 * mm)
        c.setFont(f_reg, 6.8)
        x = 22 * mm
        width = (168 * mm) / max(1, len(p.footer))
        for col in p.footer:
            for i, text in enumerate(col):
                _draw(c, x, 22 * mm - i * 3.2 * mm, text, f_reg, 6.8, width - 2 * mm)
            x += width
        c.restoreState()

    out = BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=30 * mm, bottomMargin=36 * mm
    )
    story = [Spacer(1, 8 * mm)]
    address = Paragraph(
        f'<font size="6.5">{_esc(p.sender_line)}</font><br/><br/>'
        + "<br/>".join(_esc(x) for x in p.buyer_lines),
        st,
    )
    meta = Table(
        [[Paragraph(_esc(k), cell), Paragraph(f"<b>{_esc(v)}</b>", cell)] for k, v in p.meta],
        colWidths=[34 * mm, 36 * mm],
    )
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), f_reg), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    top = Table([[address, meta]], colWidths=[98 * mm, 70 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [top, Spacer(1, 10 * mm), Paragraph(f"{_esc(p.title)} {_esc(s.number)}", title)]
    keys = ("pos", "desc", "qty", "unit", "price", "vat", "amount")
    data = [[p.cols[k] for k in keys]]
    data += [[r["pos"], Paragraph(_esc(r["desc"]), cell), *(r[k] for k in keys[2:])] for r in p.rows]
    items = LongTable(
        data, colWidths=[10 * mm, 70 * mm, 15 * mm, 15 * mm, 21 * mm, 14 * mm, 23 * mm], repeatRows=1
    )
    items.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), f_bold, 9),
                ("FONT", (0, 1), (-1, -1), f_reg, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(items)
    tot = Table(
        [[label, value] for label, value, _ in p.totals], colWidths=[70 * mm, 30 * mm], hAlign="RIGHT"
    )
    style = [("FONT", (0, 0), (-1, -1), f_reg, 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT")]
    for i, (_, _, strong) in enumerate(p.totals):
        if strong:
            style += [
                ("FONT", (0, i), (-1, i), f_bold, 10.5),
                ("LINEABOVE", (0, i), (-1, i), 0.8, colors.black),
            ]
    tot.setStyle(TableStyle(style))
    story += [Spacer(1, 4 * mm), tot, Spacer(1, 8 * mm)]
    story += [Paragraph(_esc(x), st) for x in p.pay]
    story += [Spacer(1, 4 * mm)] + [Paragraph(_esc(x), small) for x in p.notes]
    story += [Spacer(1, 3 * mm), Paragraph(_esc(p.L["thanks"]), st)]
    doc.build(story, canvasmaker=_numbered_canvas(p.L["page"], draw_page))
    return out.getvalue()


def render_rl_canvas(p: Printed) -> bytes:
    _fonts()
    s, reg, bold = p.spec, "DejaVu", "DejaVu-Bold"
    accent = colors.HexColor(s.accent)
    out = BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(f"{p.title} {s.number}")
    width, _ = A4
    left, right = 18 * mm, width - 18 * mm
    c.setFillColor(accent)
    c.rect(left, 268 * mm, 6 * mm, 14 * mm, stroke=0, fill=1)
    title_w = c.stringWidth(p.title.upper(), bold, 20)
    _draw(c, left + 9 * mm, 276 * mm, s.seller.name, bold, 16, right - left - 15 * mm - title_w)
    c.setFillColor(colors.black)
    c.setFont(reg, 8)
    c.drawString(left + 9 * mm, 271 * mm, ", ".join(p.seller_lines))
    c.drawString(left + 9 * mm, 267 * mm, "  ".join(p.contact))
    c.setFont(bold, 20)
    c.drawRightString(right, 274 * mm, p.title.upper())
    # address box
    c.setLineWidth(0.6)
    c.rect(left, 212 * mm, 86 * mm, 44 * mm)
    _draw(c, left + 3 * mm, 251 * mm, p.sender_line, reg, 6.5, 80 * mm)
    for i, text in enumerate(p.buyer_lines):
        _draw(c, left + 3 * mm, 244 * mm - i * 5 * mm, text, bold if i == 0 else reg, 10, 80 * mm)
    # boxed header fields
    box_w, box_h, x0, y = 42 * mm, 11 * mm, right - 84 * mm, 245 * mm
    for i, (label, value) in enumerate(p.meta):
        x, yy = x0 + (i % 2) * box_w, y - (i // 2) * box_h
        c.rect(x, yy, box_w, box_h)
        c.setFont(reg, 6.5)
        c.drawString(x + 2 * mm, yy + box_h - 3.5 * mm, label)
        _draw(c, x + 2 * mm, yy + 2.5 * mm, value, bold, 9.5, box_w - 4 * mm)
    # item grid
    keys = ("pos", "desc", "qty", "unit", "price", "vat", "amount")
    widths = [10, 72, 16, 14, 22, 14, 26]
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w * mm)
    top, row_h = 200 * mm, 7 * mm
    c.setFillColor(colors.HexColor("#e6e9ef"))
    c.rect(left, top - row_h, xs[-1] - left, row_h, stroke=1, fill=1)
    c.setFillColor(colors.black)
    for row_index, row in enumerate([p.cols, *p.rows]):
        yy = top - (row_index + 1) * row_h + 2.3 * mm
        c.setFont(bold if row_index == 0 else reg, 8.5)
        for k, key in enumerate(keys):
            text = row[key]
            size = 8.5
            while c.stringWidth(text, reg, size) > widths[k] * mm - 3 * mm and size > 5.5:
                size -= 0.25
            c.setFont(bold if row_index == 0 else reg, size)
            if key in ("qty", "price", "vat", "amount"):
                c.drawRightString(xs[k + 1] - 1.5 * mm, yy, text)
            else:
                c.drawString(xs[k] + 1.5 * mm, yy, text)
        c.line(left, top - (row_index + 1) * row_h, xs[-1], top - (row_index + 1) * row_h)
    bottom = top - (len(p.rows) + 1) * row_h
    for x in xs:
        c.line(x, top, x, bottom)
    c.line(left, top, xs[-1], top)
    # totals box
    y = bottom - 8 * mm
    box_top = y + 5 * mm
    for label, value, strong in p.totals:
        _draw(c, right - 98 * mm, y, label, bold if strong else reg, 10 if strong else 9, 62 * mm)
        _draw(c, right - 2 * mm, y, value, bold if strong else reg, 10 if strong else 9, 32 * mm, right=True)
        y -= 6 * mm
    c.rect(right - 100 * mm, y + 2 * mm, 100 * mm, box_top - y - 2 * mm)
    # payment and notes
    y -= 6 * mm
    c.setFont(reg, 9)
    for text in [*p.pay, "", *p.notes]:
        for part in simpleSplit(text, reg, 9, right - left) or [""]:
            c.drawString(left, y, part)
            y -= 4.6 * mm
    # footer
    c.setStrokeColor(accent)
    c.line(left, 24 * mm, right, 24 * mm)
    c.setFont(reg, 6.8)
    col_w = (right - left) / max(1, len(p.footer))
    for k, col in enumerate(p.footer):
        for i, text in enumerate(col):
            _draw(c, left + k * col_w, 20 * mm - i * 3.2 * mm, text, reg, 6.8, col_w - 2 * mm)
    c.drawRightString(right, 8 * mm, p.L["page"].format(p=1, n=1))
    c.showPage()
    c.save()
    return out.getvalue()
