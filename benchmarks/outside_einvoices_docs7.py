"""Hybrid e-invoice benchmark, part 7: fpdf2 layouts.

fpdf-classic: header()/footer() on every page, cell-drawn item table that re-prints its column header after a
page break, totals right-aligned, payment block, register data in a four-column footer.
fpdf-table: fpdf2's table() API (boxed meta table, item table with repeated headings, totals table).
"""

from __future__ import annotations

from datetime import UTC, datetime

from fpdf import FPDF, FontFace, XPos, YPos

from outside_einvoices_docs4 import Printed

FONT_DIR = "/usr/share/fonts/truetype"
NEXT = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))


class _Doc(FPDF):
    def __init__(self, p: Printed, family: str):
        super().__init__(format="A4", unit="mm")
        self.p, self.family = p, family
        self.accent = _hex(p.spec.accent)
        faces = {
            "DejaVuCond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
            "Liberation": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
        }[family]
        self.add_font(family, "", f"{FONT_DIR}/{faces[0]}")
        self.add_font(family, "B", f"{FONT_DIR}/{faces[1]}")
        issue = p.spec.issue
        self.set_creation_date(datetime(issue.year, issue.month, issue.day, 9, 30, tzinfo=UTC))
        self.set_title(f"{p.title} {p.spec.number}")
        self.set_author(p.spec.seller.name)
        self.set_auto_page_break(True, margin=38)
        self.set_margins(20, 18, 18)

    def header(self):
        p = self.p
        self.set_font(self.family, "B", 16 if self.page_no() == 1 else 11)
        self.set_text_color(*self.accent)
        self.cell(0, 8, p.spec.seller.name, **NEXT)
        self.set_text_color(0, 0, 0)
        self.set_font(self.family, "", 8)
        if self.page_no() == 1:
            self.cell(0, 4, "  ·  ".join(p.seller_lines + p.contact), **NEXT)
        else:
            self.cell(0, 4, f"{p.title} {p.spec.number}", **NEXT)
        self.set_draw_color(*self.accent)
        self.line(20, self.get_y() + 1.5, 192, self.get_y() + 1.5)
        self.ln(6)

    def footer(self):
        p = self.p
        self.set_y(-34)
        self.set_draw_color(150, 150, 150)
        self.line(20, self.get_y(), 192, self.get_y())
        self.set_font(self.family, "", 6.8)
        width = 172 / max(1, len(p.footer))
        top = self.get_y() + 1.5
        for k, col in enumerate(p.footer):
            for i, text in enumerate(col):
                self.set_font_size(6.8)
                while self.get_string_width(text) > width - 2 and self.font_size_pt > 5:
                    self.set_font_size(self.font_size_pt - 0.25)
                self.set_xy(20 + k * width, top + i * 3.2)
                self.cell(width, 3.2, text)
        self.set_xy(20, -12)
        self.set_font(self.family, "", 7.5)
        self.cell(0, 4, p.L["page"].format(p=self.page_no(), n="{nb}"), align="R")


def _address_and_meta(pdf: _Doc, p: Printed, boxed: bool) -> None:
    y0 = pdf.get_y() + 6
    pdf.set_xy(20, y0)
    pdf.set_font(pdf.family, "", 6.5)
    pdf.cell(85, 4, p.sender_line, border="B" if not boxed else 0, **NEXT)
    pdf.ln(1.5)
    for i, text in enumerate(p.buyer_lines):
        pdf.set_font(pdf.family, "B" if i == 0 else "", 10)
        pdf.cell(85, 5, text, **NEXT)
    y_after = pdf.get_y()
    pdf.set_xy(122, y0)
    if boxed:
        with pdf.table(
            width=70, col_widths=(32, 38), align="RIGHT", first_row_as_headings=False, line_height=5.2
        ) as table:
            pdf.set_font(pdf.family, "", 8.5)
            for label, value in p.meta:
                row = table.row()
                row.cell(label)
                row.cell(value, style=FontFace(emphasis="BOLD"))
    else:
        pdf.set_font(pdf.family, "", 8.5)
        for label, value in p.meta:
            pdf.set_x(122)
            pdf.cell(34, 5, label)
            pdf.set_font(pdf.family, "B", 8.5)
            pdf.cell(36, 5, value, align="R", **NEXT)
            pdf.set_font(pdf.family, "", 8.5)
    pdf.set_y(max(y_after, pdf.get_y()) + 10)
    pdf.set_font(pdf.family, "B", 14)
    pdf.cell(0, 8, f"{p.title} {p.spec.number}", **NEXT)
    pdf.ln(2)


KEYS = ("pos", "desc", "qty", "unit", "price", "vat", "amount")
WIDTHS = (10, 72, 14, 14, 22, 14, 26)
RIGHT = {"qty", "price", "vat", "amount"}


def _classic_table(pdf: _Doc, p: Printed) -> None:
    def head():
        pdf.set_font(pdf.family, "B", 8.5)
        pdf.set_fill_color(*pdf.accent)
        pdf.set_text_color(255, 255, 255)
        for key, w in zip(KEYS, WIDTHS, strict=True):
            pdf.cell(w, 6.5, p.cols[key], fill=True, align="R" if key in RIGHT else "L")
        pdf.ln(6.5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(pdf.family, "", 8.5)

    head()
    for row in p.rows:
        if pdf.will_page_break(6):
            pdf.add_page()
            head()
        for key, w in zip(KEYS, WIDTHS, strict=True):
            text = row[key]
            while pdf.get_string_width(text) > w - 2 and pdf.font_size_pt > 5.5:
                pdf.set_font_size(pdf.font_size_pt - 0.5)
            pdf.cell(w, 6, text, border="B", align="R" if key in RIGHT else "L")
            pdf.set_font_size(8.5)
        pdf.ln(6)


def _totals_and_pay(pdf: _Doc, p: Printed, boxed: bool) -> None:
    pdf.ln(4)
    if pdf.will_page_break(8 * len(p.totals) + 20):
        pdf.add_page()
    if boxed:
        pdf.set_font(pdf.family, "", 9)
        with pdf.table(width=100, col_widths=(66, 34), align="RIGHT", first_row_as_headings=False) as table:
            for label, value, strong in p.totals:
                style = FontFace(emphasis="BOLD", fill_color=(230, 234, 240)) if strong else None
                row = table.row(style=style)
                row.cell(label)
                row.cell(value, align="RIGHT")
    else:
        for label, value, strong in p.totals:
            pdf.set_font(pdf.family, "B" if strong else "", 10 if strong else 9)
            pdf.set_x(92)
            pdf.cell(66, 6, label, border="T" if strong else 0)
            pdf.cell(34, 6, value, border="T" if strong else 0, align="R", **NEXT)
    pdf.ln(6)
    pdf.set_font(pdf.family, "", 9)
    for text in p.pay:
        pdf.cell(0, 5, text, **NEXT)
    if p.notes:
        pdf.ln(3)
        pdf.set_font(pdf.family, "", 8)
        for text in p.notes:
            pdf.multi_cell(0, 4, text, **NEXT)
    pdf.ln(3)
    pdf.set_font(pdf.family, "", 9)
    pdf.cell(0, 5, p.L["thanks"], **NEXT)


def render_fpdf(p: Printed, style: str) -> bytes:
    boxed = style == "table"
    pdf = _Doc(p, "Liberation" if boxed else "DejaVuCond")
    pdf.add_page()
    _address_and_meta(pdf, p, boxed)
    if boxed:
        pdf.set_font(pdf.family, "", 8.5)
        head = FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
        align = tuple("RIGHT" if k in RIGHT else "LEFT" for k in KEYS)
        with pdf.table(
            col_widths=WIDTHS, text_align=align, headings_style=head, line_height=5, repeat_headings=1
        ) as table:
            row = table.row()
            for key in KEYS:
                row.cell(p.cols[key])
            for item in p.rows:
                row = table.row()
                for key in KEYS:
                    row.cell(item[key])
    else:
        _classic_table(pdf, p)
    _totals_and_pay(pdf, p, boxed)
    return bytes(pdf.output())
