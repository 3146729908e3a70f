"""Templates for claims and forms (sections of label:value fields) and receipts (narrow, tall, centred)."""

from __future__ import annotations

import random

from idp.training.synth_content import DocSpec
from idp.training.synth_layout import (
    GREY,
    Style,
    _tint,
    header,
    page_footer,
    paragraphs,
    table,
    totals_block,
)
from idp.training.synth_render import A4_PX, Canvas, Color, Font, text_width, wrap

INK: tuple[Color, ...] = ((20, 20, 24), (20, 40, 130), (30, 30, 60))


def _section_heading(c: Canvas, y: float, text: str, st: Style) -> float:
    m, right = st.margin, c.width - st.margin
    if st.fields == "lines":
        c.text(m, y, text.upper(), st.bold, color=st.accent)
        c.line(m, y + 10, right, y + 10, 2, st.accent)
    else:
        c.rect(m, y - st.body.size - 6, right, y + 12, fill=_tint(st.accent, 0.82), outline=None)
        c.text(m + 12, y, text, st.bold)
    return y + st.line_h * 1.5


def _fields(
    c: Canvas, y: float, pairs: list[tuple[str, str]], st: Style, value_font: Font, ink: Color
) -> float:
    """Label:value pairs in boxes (two per row), on underlined lines, or in a bordered two-column table."""
    m, right = st.margin, c.width - st.margin
    half = (right - m) / 2
    col = 0
    label_font = st.small.with_(size=max(15, st.small.size - 2)) if st.fields == "boxes" else st.bold
    label_w = max(text_width(st.lab(lbl), label_font) for lbl, _ in pairs) + 24
    for lbl, value in pairs:
        wide = st.fields != "boxes" or text_width(value, value_font) > half - 30
        if st.fields == "boxes":
            if wide and col == 1:
                col, y = 0, y + st.line_h * 2.4
            x0 = m + col * half
            x1 = right if wide else x0 + half
            lines = wrap(value, value_font, x1 - x0 - 24)
            bottom = y + st.line_h * (1.2 + len(lines)) - st.body.size
            c.rect(x0, y - st.body.size, x1, bottom, outline=GREY, width=1.5)
            c.text(x0 + 10, y + 2, lbl.upper(), label_font, color=GREY)
            for i, line in enumerate(lines):
                c.text(x0 + 12, y + st.line_h * (1.05 + i), line, value_font, color=ink)
            if wide or col == 1:
                col, y = 0, bottom + st.body.size + 14
            else:
                col = 1
            continue
        lines = wrap(value, value_font, right - m - label_w - 20)
        if st.fields == "table":
            bottom = y + st.line_h * (len(lines) - 1) + st.body.size * 0.75
            c.rect(
                m, y - st.body.size * 1.15, m + label_w, bottom, fill=(240, 240, 242), outline=GREY, width=1.5
            )
            c.rect(m + label_w, y - st.body.size * 1.15, right, bottom, outline=GREY, width=1.5)
        c.text(m + 8, y, st.lab(lbl), label_font)
        for i, line in enumerate(lines):
            c.text(m + label_w + 8, y + i * st.line_h, line, value_font, color=ink)
            if st.fields == "lines":
                c.line(m + label_w, y + i * st.line_h + 8, right, y + i * st.line_h + 8, 1, GREY)
        y += st.line_h * (len(lines) + (0.7 if st.fields == "lines" else 0.55))
    if col == 1:
        y += st.line_h * 2.4
    return y + st.line_h * 0.6


def layout_fields(spec: DocSpec, st: Style, rnd: random.Random) -> Canvas:
    """Claims and forms."""
    c = Canvas(*A4_PX)
    value_font = st.body.with_(bold=False) if rnd.random() < 0.6 else Font("mono", st.body.size)
    ink = rnd.choice(INK)
    y = header(c, spec, st, rnd) + st.line_h * 0.5
    for heading, pairs in spec.sections:
        if pairs:
            y = _fields(c, _section_heading(c, y, heading, st), pairs, st, value_font, ink)
    paragraphs(c, max(y, c.height - st.margin - 4 * st.line_h), spec.notes, st, st.body)
    if spec.pages == 2:
        page_footer(c, st, "Page 1 of 2")
        c.new_page()
        y = st.margin + st.line_h
        c.text(st.margin, y, spec.issuer, st.bold, color=st.accent)
        c.text(st.margin, y + st.line_h, f"{spec.title} (continued)", st.body)
        y += st.line_h * 3
        if spec.page2_table is not None:
            y = _section_heading(c, y, "Itemised Expenses", st)
            y = table(c, y - st.line_h * 0.8, spec.page2_table, spec.page2_table.rows, st)
        for heading, pairs in spec.page2_sections:
            y = _fields(c, _section_heading(c, y, heading, st), pairs, st, value_font, ink)
        paragraphs(c, y + st.line_h, spec.page2_notes, st, st.body)
        page_footer(c, st, "Page 2 of 2")
    return c


def layout_receipt(spec: DocSpec, rnd: random.Random) -> Canvas:
    """A till receipt: about 600 px wide, as tall as its content."""
    width = rnd.randint(560, 640)
    body = Font(rnd.choice(("mono", "mono", "sans", "condensed")), rnd.randint(20, 23))
    st = Style(
        body, rnd.randint(26, 40), (20, 20, 24), "centre", "inline", "rules", "lines", rnd.random() < 0.7
    )
    c = Canvas(width, 4000)
    m, right, mid = st.margin, width - st.margin, width / 2
    lh = st.line_h
    y = m + body.size * 1.6
    name = body.with_(size=round(body.size * 1.3), bold=True)
    for line in wrap(spec.issuer, name, right - m):
        c.text(mid, y, line, name, "center")
        y += name.size * 1.3
    for text in spec.issuer_lines + spec.contact_lines:
        for line in wrap(text, body, right - m):
            c.text(mid, y, line, body, "center")
            y += lh
    rule = "-" * int((right - m) / text_width("-", body))
    if spec.title:
        y += lh * 0.4
        c.text(mid, y, spec.title, st.bold, "center")
        y += lh
    c.text(m, y, rule, body)
    y += lh
    meta = dict(spec.meta)
    date_label = next(iter(meta))
    if rnd.random() < 0.6 and "Time" in meta:  # date and time on one line
        c.text(m, y, f"{st.lab(date_label)} {meta.pop(date_label)}", body)
        c.text(right, y, f"{st.lab('Time')} {meta.pop('Time')}", body, "right")
        y += lh
    for lbl, value in meta.items():
        c.text(m, y, f"{st.lab(lbl)} {value}", body)
        y += lh
    c.text(m, y, rule, body)
    y += lh
    assert spec.table is not None
    rows, cols = spec.table.rows, spec.table.columns
    gap = text_width("  ", body)

    def col_w(i: int) -> float:
        return max(text_width(cols[i], st.bold), *(text_width(row[i], body) for row in rows))

    price_x = right - col_w(3) - gap  # right edges of the qty and price columns
    qty_x = price_x - col_w(2) - gap
    desc_room = qty_x - col_w(1) - gap - m
    two_line = rnd.random() < 0.4 or any(text_width(row[0], body) > desc_room for row in rows)
    c.text(m, y, cols[0], st.bold)
    c.text(right, y, cols[3], st.bold, "right")
    if not two_line:
        c.text(qty_x, y, cols[1], st.bold, "right")
        c.text(price_x, y, cols[2], st.bold, "right")
    y += lh
    for desc, qty, unit, amount in rows:
        c.text(m, y, desc, body)
        if two_line:
            y += lh
            c.text(m + 30, y, f"{qty} x {unit}", body)
        else:
            c.text(qty_x, y, qty, body, "right")
            c.text(price_x, y, unit, body, "right")
        c.text(right, y, amount, body, "right")
        y += lh
    c.text(m, y, rule, body)
    y = totals_block(c, y + lh, spec, st)
    y = paragraphs(c, y + lh * 0.5, [n for n in spec.notes if n], st, body)
    c.height = round(y + m + rnd.randint(0, 120))
    return c
