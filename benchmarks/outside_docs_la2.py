"""Set "LA" ReportLab renderer (platypus): the same Doc record as the HTML renderer, drawn with the standard
Helvetica/Times fonts, title/letterhead layouts left, right, center, band and letter.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from outside_docs_la1 import Doc

BAND_H = 30 * mm


def _fonts(d: Doc) -> tuple[str, str]:
    return ("Times-Roman", "Times-Bold") if d.font == "serif" else ("Helvetica", "Helvetica-Bold")


def _st(d: Doc, size: float = 9, bold: bool = False, align: int = TA_LEFT, colour=colors.black, lead=None):
    reg, bld = _fonts(d)
    return ParagraphStyle(
        "s",
        fontName=bld if bold else reg,
        fontSize=size,
        leading=lead or size * 1.3,
        alignment=align,
        textColor=colour,
    )


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _vendor(d: Doc, align: int, on_band: bool = False) -> list:
    accent = colors.HexColor(d.accent)
    name_c = colors.white if on_band else accent
    addr_c = colors.HexColor("#e8ecf4") if on_band else colors.HexColor("#444444")
    return [
        _p(d.vendor[0], _st(d, 13.5, True, align, name_c, 17)),
        _p("\n".join(d.vendor[1:]), _st(d, 8.3, False, align, addr_c, 10.6)),
    ]


def _title(d: Doc, align: int, colour=None) -> Paragraph:
    c = colour or colors.HexColor(d.accent)
    return _p(d.title, _st(d, d.title_size, True, align, c, d.title_size * 1.15))


def _info(d: Doc, width: float) -> Table:
    cells, widths = [], []
    nb = len(d.blocks)
    bw = (width * 0.6) / max(nb, 1)
    for i, (cap, lines) in enumerate(d.blocks):
        parts = []
        if i == 0 and d.sender_line:
            parts.append(_p(d.sender_line, _st(d, 6.6, colour=colors.HexColor("#555555"))))
            parts.append(Spacer(1, 1.5 * mm))
        elif cap:
            parts.append(_p(cap.upper(), _st(d, 7.4, colour=colors.HexColor("#666666"))))
        parts.append(_p("\n".join(lines), _st(d, 9.2, lead=12)))
        cells.append(parts)
        widths.append(bw)
    meta = Table(
        [
            [_p(k, _st(d, 8.8, colour=colors.HexColor("#555555"))), _p(v, _st(d, 8.8, True, TA_RIGHT))]
            for k, v in d.meta
        ],
        colWidths=[width * 0.2, width * 0.2],
    )
    meta.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    cells.append(meta)
    widths.append(width * 0.4)
    t = Table([cells], colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-2, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def _header(d: Doc, width: float) -> list:
    flow: list = []
    two = [width * 0.5, width * 0.5]
    pad0 = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    if d.layout == "band":
        flow.append(Spacer(1, BAND_H - 13 * mm))
    elif d.layout == "center":
        flow += [*_vendor(d, TA_CENTER), Spacer(1, 4 * mm), _title(d, TA_CENTER)]
    elif d.layout == "letter":
        t = Table([["", _vendor(d, TA_RIGHT)]], colWidths=two)
        t.setStyle(pad0)
        flow.append(t)
    else:
        left, right = [_title(d, TA_LEFT)], _vendor(d, TA_RIGHT)
        if d.layout == "right":
            left, right = _vendor(d, TA_LEFT), [_title(d, TA_RIGHT)]
        t = Table([[left, right]], colWidths=two)
        t.setStyle(pad0)
        flow.append(t)
    flow += [Spacer(1, 7 * mm), _info(d, width), Spacer(1, 6 * mm)]
    if d.layout == "letter":
        flow += [_title(d, TA_LEFT), Spacer(1, 3 * mm)]
    return flow


def _items(d: Doc, width: float) -> Table:
    reg, _ = _fonts(d)
    tot = sum(w for _, w, _ in d.cols)
    widths = [width * w / tot for _, w, _ in d.cols]
    al = {"L": TA_LEFT, "R": TA_RIGHT, "C": TA_CENTER}
    accent = colors.HexColor(d.accent)
    hc = colors.white if d.borders else accent
    data = [[_p(h, _st(d, 8.4, True, al[a], hc)) for h, _, a in d.cols]]
    for r in d.rows:
        data.append([_p(c, _st(d, 8.8, False, al[a])) for c, (_, _, a) in zip(r, d.cols, strict=True)])
    t = Table(data, colWidths=widths, repeatRows=1)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), reg)]
    if d.borders:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), accent), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
    else:
        cmds += [
            ("LINEBELOW", (0, 0), (-1, 0), 1.1, accent),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#cccccc")),
        ]
    t.setStyle(TableStyle(cmds))
    return t


def _totals(d: Doc, width: float) -> Table:
    data, n = [], len(d.totals)
    for i, (k, v) in enumerate(d.totals):
        b = i == n - 1
        data.append([_p(k, _st(d, 10 if b else 9, b)), _p(v, _st(d, 10 if b else 9, b, TA_RIGHT))])
    t = Table(data, colWidths=[width * 0.3, width * 0.17], hAlign="RIGHT")
    t.setStyle(TableStyle([("LINEABOVE", (0, n - 1), (-1, n - 1), 1, colors.black)]))
    return t


def _tail(d: Doc, width: float) -> list:
    flow: list = []
    for p in d.notes:
        flow += [Spacer(1, 2.5 * mm), _p(p, _st(d, 8.8, lead=11.5))]
    if d.sign:
        gap, n = 12 * mm, len(d.sign)
        sw = (width - gap * (n - 1)) / n
        cells, widths, cmds = [], [], [("LEFTPADDING", (0, 0), (-1, -1), 0)]
        for i, s in enumerate(d.sign):
            if i:
                cells.append("")
                widths.append(gap)
            cmds.append(("LINEABOVE", (len(cells), 0), (len(cells), 0), 0.8, colors.black))
            cells.append(_p(s, _st(d, 8.2)))
            widths.append(sw)
        t = Table([cells], colWidths=widths)
        t.setStyle(TableStyle(cmds))
        flow += [Spacer(1, 16 * mm), t]
    if d.slip_title:
        rows = [[_p(d.slip_title, _st(d, 10, True)), ""]]
        rows += [[_p(k, _st(d, 9)), _p(v, _st(d, 9, True))] for k, v in d.slip]
        t = Table(rows, colWidths=[width * 0.35, width * 0.65])
        t.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 0.9, colors.grey, None, (3, 3)),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flow += [Spacer(1, 10 * mm), t]
    return flow


def render_reportlab(d: Doc, path: Path) -> None:
    size = LETTER if d.page == "Letter" else A4
    pw, ph = size
    margin = 16 * mm
    width = pw - 2 * margin
    reg, bld = _fonts(d)

    def on_page(canv, _doc) -> None:
        canv.saveState()
        if d.layout == "band":
            canv.setFillColor(colors.HexColor(d.accent))
            canv.rect(0, ph - BAND_H, pw, BAND_H, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(bld, 15)
            canv.drawString(margin, ph - 13 * mm, d.vendor[0])
            canv.setFont(reg, 8)
            for i, line in enumerate(d.vendor[1:4]):
                canv.drawString(margin, ph - (18.5 + 3.6 * i) * mm, line)
            canv.setFont(bld, d.title_size)
            canv.drawRightString(pw - margin, ph - 17 * mm, d.title)
        if d.footer:
            canv.setStrokeColor(colors.HexColor("#bbbbbb"))
            canv.setLineWidth(0.4)
            canv.line(margin, 17 * mm, pw - margin, 17 * mm)
            canv.setFillColor(colors.HexColor("#666666"))
            canv.setFont(reg, 7)
            for i, line in enumerate(d.footer):
                canv.drawCentredString(pw / 2, (13.5 - 3.2 * i) * mm, line)
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=15 * mm,
        bottomMargin=24 * mm,
        title=d.doc_title or d.title,
        author=d.vendor[0],
    )
    story = _header(d, width)
    for p in d.intro:
        story += [_p(p, _st(d, 9.2, lead=12.5)), Spacer(1, 2.5 * mm)]
    story += [_items(d, width), Spacer(1, 3 * mm)]
    if d.totals:
        story.append(_totals(d, width))
    story += _tail(d, width)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
