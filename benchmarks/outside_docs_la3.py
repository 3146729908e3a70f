"""Set "LA" fpdf2 renderer: the Doc record drawn with fpdf2 (Liberation/DejaVu TrueType fonts, fpdf2's
table() for the items), plus the narrow 80 mm till-receipt renderer.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from outside_docs_la1 import Doc

FONT_DIR = Path("/usr/share/fonts/truetype")
FONT_FILES = {
    "sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
}


def _rgb(hexcol: str) -> tuple[int, int, int]:
    h = hexcol.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


class _Pdf(FPDF):
    fam = "F"

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.footer_lines: list[str] = []

    def footer(self) -> None:
        if not self.footer_lines:
            return
        y = self.h - 20
        self.set_draw_color(187, 187, 187)
        self.set_line_width(0.15)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_font(self.fam, "", 7)
        self.set_text_color(102, 102, 102)
        self.set_y(y + 1.5)
        for line in self.footer_lines:
            self.cell(0, 3.3, line, align="C", new_x="LMARGIN", new_y="NEXT")


def _new_pdf(d: Doc, fmt) -> _Pdf:
    pdf = _Pdf(unit="mm", format=fmt)
    reg, bold = FONT_FILES[d.font]
    pdf.add_font("F", "", str(FONT_DIR / reg))
    pdf.add_font("F", "B", str(FONT_DIR / bold))
    pdf.footer_lines = list(d.footer)
    pdf.set_title(d.doc_title or d.title)
    pdf.set_author(d.vendor[0])
    pdf.set_creator("fpdf2")
    return pdf


def _vendor(pdf: _Pdf, d: Doc, x: float, y: float, w: float, align: str, white: bool = False) -> float:
    pdf.set_xy(x, y)
    pdf.set_font("F", "B", 13.5)
    pdf.set_text_color(*((255, 255, 255) if white else _rgb(d.accent)))
    pdf.multi_cell(w, 6, d.vendor[0], align=align, new_x="LEFT", new_y="NEXT")
    pdf.set_font("F", "", 8.3)
    pdf.set_text_color(*((235, 238, 245) if white else (68, 68, 68)))
    for line in d.vendor[1:]:
        pdf.set_x(x)
        pdf.cell(w, 3.8, line, align=align, new_x="LEFT", new_y="NEXT")
    return pdf.get_y()


def _title(pdf: _Pdf, d: Doc, x: float, y: float, w: float, align: str, white: bool = False) -> float:
    pdf.set_xy(x, y)
    pdf.set_font("F", "B", d.title_size)
    pdf.set_text_color(*((255, 255, 255) if white else _rgb(d.accent)))
    h = d.title_size * 0.45
    pdf.cell(w, h, d.title, align=align, new_x="LEFT", new_y="NEXT")
    return y + h


def _info(pdf: _Pdf, d: Doc, y: float) -> float:
    lm, width = pdf.l_margin, pdf.epw
    nb = max(len(d.blocks), 1)
    bw = width * 0.6 / nb
    bottom = y
    for i, (cap, lines) in enumerate(d.blocks):
        x = lm + i * bw
        pdf.set_xy(x, y)
        pdf.set_text_color(90, 90, 90)
        if i == 0 and d.sender_line:
            pdf.set_font("F", "U", 6.6)
            pdf.cell(bw - 4, 3.2, d.sender_line, new_x="LEFT", new_y="NEXT")
            pdf.set_y(pdf.get_y() + 1.5)
        elif cap:
            pdf.set_font("F", "", 7.3)
            pdf.cell(bw - 4, 3.6, cap.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(34, 34, 34)
        pdf.set_font("F", "", 9.2)
        for line in lines:
            pdf.set_x(x)
            pdf.cell(bw - 4, 4.3, line, new_x="LEFT", new_y="NEXT")
        bottom = max(bottom, pdf.get_y())
    mx = lm + width * 0.6
    pdf.set_xy(mx, y)
    for k, v in d.meta:
        pdf.set_x(mx)
        pdf.set_font("F", "", 8.8)
        pdf.set_text_color(85, 85, 85)
        pdf.cell(width * 0.2, 4.6, k)
        pdf.set_font("F", "B", 8.8)
        pdf.set_text_color(34, 34, 34)
        pdf.cell(width * 0.2, 4.6, v, align="R", new_x="LMARGIN", new_y="NEXT")
    return max(bottom, pdf.get_y())


def render_fpdf2(d: Doc, path: Path) -> None:
    pdf = _new_pdf(d, "Letter" if d.page == "Letter" else "A4")
    pdf.set_margins(16, 15, 16)
    pdf.set_auto_page_break(True, margin=24)
    pdf.add_page()
    lm, width = pdf.l_margin, pdf.epw
    if d.layout == "band":
        pdf.set_fill_color(*_rgb(d.accent))
        pdf.rect(0, 0, pdf.w, 32, style="F")
        _vendor(pdf, d, lm, 7, width * 0.55, "L", white=True)
        _title(pdf, d, lm + width * 0.4, 12, width * 0.6, "R", white=True)
        pdf.set_fill_color(255, 255, 255)
        y = 40
    elif d.layout == "center":
        y = _vendor(pdf, d, lm, 15, width, "C")
        pdf.set_draw_color(*_rgb(d.accent))
        pdf.line(lm, y + 3, lm + width, y + 3)
        y = _title(pdf, d, lm, y + 6, width, "C") + 6
    elif d.layout == "letter":
        y = _vendor(pdf, d, lm + width * 0.5, 15, width * 0.5, "R") + 8
    else:
        if d.layout == "right":
            y1 = _vendor(pdf, d, lm, 15, width * 0.55, "L")
            y2 = _title(pdf, d, lm + width * 0.45, 15, width * 0.55, "R")
        else:
            y2 = _title(pdf, d, lm, 15, width * 0.5, "L")
            y1 = _vendor(pdf, d, lm + width * 0.5, 15, width * 0.5, "R")
        y = max(y1, y2) + 8
    y = _info(pdf, d, y) + 7
    if d.layout == "letter":
        y = _title(pdf, d, lm, y, width, "L") + 4
    pdf.set_xy(lm, y)
    pdf.set_text_color(34, 34, 34)
    pdf.set_font("F", "", 9.2)
    for p in d.intro:
        pdf.multi_cell(width, 4.6, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    _items(pdf, d)
    _totals(pdf, d)
    _tail(pdf, d)
    pdf.output(str(path))


def _items(pdf: _Pdf, d: Doc) -> None:
    accent = _rgb(d.accent)
    tot = sum(w for _, w, _ in d.cols)
    widths = tuple(pdf.epw * w / tot for _, w, _ in d.cols)
    aligns = tuple({"L": "LEFT", "R": "RIGHT", "C": "CENTER"}[a] for _, _, a in d.cols)
    if d.borders:
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=accent)
        layout, lc = "ALL", (136, 136, 136)
    else:
        head = FontFace(emphasis="BOLD", color=accent)
        layout, lc = "HORIZONTAL_LINES", (190, 190, 190)
    pdf.set_font("F", "", 8.8)
    pdf.set_draw_color(*lc)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=widths,
        text_align=aligns,
        headings_style=head,
        borders_layout=layout,
        line_height=4.6,
        padding=1.4,
        first_row_as_headings=True,
    ) as table:
        table.row([h for h, _, _ in d.cols])
        for r in d.rows:
            table.row(r)
    pdf.ln(3)


def _totals(pdf: _Pdf, d: Doc) -> None:
    x = pdf.l_margin + pdf.epw * 0.5
    n = len(d.totals)
    for i, (k, v) in enumerate(d.totals):
        grand = i == n - 1
        if grand:
            pdf.set_draw_color(34, 34, 34)
            pdf.set_line_width(0.35)
            pdf.line(x, pdf.get_y() + 0.5, pdf.l_margin + pdf.epw, pdf.get_y() + 0.5)
            pdf.ln(1.2)
        pdf.set_x(x)
        pdf.set_font("F", "B" if grand else "", 10 if grand else 9)
        pdf.cell(pdf.epw * 0.32, 5.4, k)
        pdf.cell(pdf.epw * 0.18, 5.4, v, align="R", new_x="LMARGIN", new_y="NEXT")


def _tail(pdf: _Pdf, d: Doc) -> None:
    lm, width = pdf.l_margin, pdf.epw
    pdf.set_font("F", "", 8.8)
    for p in d.notes:
        pdf.ln(2.5)
        pdf.multi_cell(width, 4.3, p, new_x="LMARGIN", new_y="NEXT")
    if d.sign:
        pdf.ln(18)
        y = pdf.get_y()
        sw = width / len(d.sign)
        pdf.set_draw_color(34, 34, 34)
        pdf.set_font("F", "", 8.2)
        for i, s in enumerate(d.sign):
            x = lm + i * sw
            pdf.line(x, y, x + sw - 12, y)
            pdf.set_xy(x, y + 1)
            pdf.cell(sw - 12, 4, s)
        pdf.set_y(y + 6)
    if d.slip_title:
        pdf.ln(10)
        y = pdf.get_y()
        pdf.set_draw_color(120, 120, 120)
        with pdf.local_context():
            pdf.set_dash_pattern(dash=1.5, gap=1.5)
            pdf.line(lm, y, lm + width, y)
        pdf.set_xy(lm, y + 4)
        pdf.set_font("F", "B", 10)
        pdf.cell(width, 5, d.slip_title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for k, v in d.slip:
            pdf.set_font("F", "", 9)
            pdf.cell(width * 0.35, 4.8, k)
            pdf.set_font("F", "B", 9)
            pdf.cell(width * 0.65, 4.8, v, new_x="LMARGIN", new_y="NEXT")


def render_receipt(d: Doc, path: Path) -> None:
    """Till receipt on an 80 mm roll as long as its content: vendor centred, meta, items, totals, notes."""
    probe = _receipt(d, 400)
    _receipt(d, round(probe + 10)).output(str(path))


def _receipt(d: Doc, height: float):
    pdf = _new_pdf(d, (80, height))
    pdf.footer_lines = []
    pdf.set_margins(5, 6, 5)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("F", "B", 12)
    pdf.cell(w, 6, d.vendor[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 7.6)
    for line in d.vendor[1:]:
        pdf.cell(w, 3.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("F", "B", 10)
    pdf.cell(w, 5, d.title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 7.6)

    def rule() -> None:
        pdf.cell(w, 3.6, "-" * 44, align="C", new_x="LMARGIN", new_y="NEXT")

    rule()
    for k, v in d.meta:
        pdf.cell(w * 0.45, 3.6, k)
        pdf.cell(w * 0.55, 3.6, v, align="R", new_x="LMARGIN", new_y="NEXT")
    rule()
    for r in d.rows:  # [description, "2 x 4.99", amount]
        pdf.cell(w, 3.6, r[0], new_x="LMARGIN", new_y="NEXT")
        pdf.cell(w * 0.6, 3.6, "   " + r[1])
        pdf.cell(w * 0.4, 3.6, r[2], align="R", new_x="LMARGIN", new_y="NEXT")
    rule()
    for k, v in d.totals:
        big = k.upper().startswith("TOTAL")
        pdf.set_font("F", "B" if big else "", 10 if big else 7.6)
        h = 5 if big else 3.6
        pdf.cell(w * 0.6, h, k)
        pdf.cell(w * 0.4, h, v, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("F", "", 7.6)
    rule()
    for p in d.notes:
        pdf.multi_cell(w, 3.5, p, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for line in d.footer:
        pdf.cell(w, 3.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    if height >= 400:
        return pdf.get_y()
    return pdf
