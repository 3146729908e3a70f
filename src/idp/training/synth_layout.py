"""Page templates: lay a `DocSpec` out on a `Canvas` in one of several styles (header left, right, centred or
on a coloured band; label:value side by side, stacked in a grid or in a bordered table; ruled, shaded or
gridded line-item tables), so extractors cannot learn one position per field."""

from __future__ import annotations

import random
from dataclasses import dataclass

from idp.training.synth_content import DocSpec, Table
from idp.training.synth_render import A4_PX, BLACK, Canvas, Color, Font, text_width, wrap

GREY: Color = (95, 95, 100)
ACCENTS: tuple[Color, ...] = ((20, 20, 24), (22, 52, 110), (18, 84, 60), (110, 24, 36), (40, 40, 90))


@dataclass(frozen=True)
class Style:
    body: Font
    margin: int
    accent: Color
    header: str  # left | right | centre | band
    meta: str  # side | inline | grid
    table: str  # rules | shaded | grid
    fields: str  # boxes | lines | table
    colon: bool

    @property
    def head(self) -> Font:
        return self.body.with_(size=round(self.body.size * 1.55), bold=True)

    @property
    def bold(self) -> Font:
        return self.body.with_(bold=True)

    @property
    def small(self) -> Font:
        return self.body.with_(size=max(16, round(self.body.size * 0.8)))

    @property
    def line_h(self) -> int:
        return round(self.body.size * 1.45)

    def lab(self, text: str) -> str:
        return f"{text}:" if self.colon else text


def pick_style(rnd: random.Random) -> Style:
    return Style(
        body=Font(rnd.choice(("sans", "sans", "serif", "condensed", "mono")), rnd.randint(21, 26)),
        margin=rnd.randint(80, 115),
        accent=rnd.choice(ACCENTS),
        header=rnd.choice(("left", "right", "centre", "band")),
        meta=rnd.choice(("side", "inline", "grid")),
        table=rnd.choice(("rules", "shaded", "grid")),
        fields=rnd.choice(("boxes", "lines", "table")),
        colon=rnd.random() < 0.7,
    )


def _tint(color: Color, amount: float = 0.85) -> Color:
    r, g, b = color
    return (round(r + (255 - r) * amount), round(g + (255 - g) * amount), round(b + (255 - b) * amount))


def header(c: Canvas, spec: DocSpec, st: Style, rnd: random.Random) -> float:
    """Issuer block and title; returns the y below it."""
    m, right, w = st.margin, c.width - st.margin, c.width
    name = st.body.with_(size=round(st.body.size * rnd.uniform(1.4, 1.8)), bold=True)
    title = st.body.with_(size=round(st.body.size * rnd.uniform(1.8, 2.3)), bold=True)
    details = spec.issuer_lines + spec.contact_lines
    y = float(m)
    if st.header == "band":
        band = m + name.size * 1.6
        c.rect(0, 0, w, band, fill=st.accent, outline=None)
        c.text(m, band - name.size * 0.55, spec.issuer, name, color=(255, 255, 255))
        y = band + st.line_h * 1.2
        if text_width(spec.issuer, name) + text_width(spec.title, name) + 60 < right - m:
            c.text(right, band - name.size * 0.55, spec.title, name, "right", (255, 255, 255))
        else:  # no room in the band: the title goes under it, on the right
            c.text(right, y + name.size * 0.4, spec.title, name, "right", st.accent)
        for line in details:
            c.text(m, y, line, st.small, color=GREY)
            y += st.small.size * 1.35
        return y + st.line_h * 0.6
    if st.header == "centre":
        y += name.size
        c.text(w / 2, y, spec.issuer, name, "center", st.accent)
        for line in [*spec.issuer_lines, "   ".join(spec.contact_lines)]:
            y += st.small.size * 1.4
            c.text(w / 2, y, line, st.small, "center")
        y += title.size * 1.6
        c.text(w / 2, y, spec.title, title, "center")
        c.line(m, y + 16, right, y + 16, 2, st.accent)
        return y + st.line_h * 1.8
    issuer_x, align = (m, "left") if st.header == "left" else (right, "right")
    title_x, title_align = (right, "right") if st.header == "left" else (m, "left")
    if st.header == "left" and rnd.random() < 0.4:  # a logo: initials in a square
        side = name.size * 2
        c.rect(m, y, m + side, y + side, fill=st.accent, outline=None)
        initials = "".join(word[0] for word in spec.issuer.split()[:2] if word[0].isalpha()) or "X"
        c.text(m + side / 2, y + side * 0.68, initials.upper(), name, "center", (255, 255, 255))
        issuer_x += side + 24
    logo = issuer_x - m if st.header == "left" else 0
    room = right - m - logo - text_width(spec.issuer, name) - 60
    title_below = text_width(spec.title, title) > room  # a long name: the title goes under the issuer block
    if not title_below:
        c.text(title_x, y + title.size, spec.title, title, title_align, st.accent)
    y += name.size
    c.text(issuer_x, y, spec.issuer, name, align)
    for line in details:
        y += st.small.size * 1.4
        c.text(issuer_x, y, line, st.small, align)
    if title_below:
        y += title.size * 1.5
        c.text(title_x, y, spec.title, title, title_align, st.accent)
    return y + st.line_h * 1.6


def label_values(
    c: Canvas, x: float, y: float, pairs: list[tuple[str, str]], st: Style, right: float
) -> float:
    """Labels in one column, values in the next, values ending at most at `right`."""
    col = x + max(text_width(st.lab(lbl), st.bold) for lbl, _ in pairs) + 24
    for lbl, value in pairs:
        c.text(x, y, st.lab(lbl), st.bold)
        if col + text_width(value, st.body) <= right:
            c.text(col, y, value, st.body)
        else:  # a long value: flush right instead of running past the column
            c.text(right, y, value, st.body, "right")
        y += st.line_h
    return y


def party_block(c: Canvas, x: float, y: float, spec: DocSpec, st: Style) -> float:
    if spec.party is None:
        return y
    heading, lines = spec.party
    c.text(
        x, y, st.lab(heading).upper() if st.colon else heading.upper(), st.small.with_(bold=True), color=GREY
    )
    for text in lines:
        for line in wrap(text, st.body, c.width - st.margin - x):
            y += st.line_h
            c.text(x, y, line, st.body)
    return y + st.line_h


def meta_block(c: Canvas, y: float, spec: DocSpec, st: Style) -> float:
    m, right, w = st.margin, c.width - st.margin, c.width
    y += st.line_h
    if st.meta == "grid":
        cell = (right - m) / len(spec.meta)
        for i, (lbl, value) in enumerate(spec.meta):
            x0 = m + i * cell
            c.rect(x0, y - st.line_h, x0 + cell, y + st.line_h * 1.4, outline=GREY, width=1.5)
            c.text(
                x0 + 10,
                y - st.line_h * 0.25,
                lbl.upper(),
                st.small.with_(size=max(15, st.small.size - 3)),
                color=GREY,
            )
            c.text(x0 + 10, y + st.line_h * 0.95, value, st.body)
        return party_block(c, m, y + st.line_h * 3.2, spec, st) + st.line_h * 0.5
    left_end = party_block(c, m if st.meta == "side" else w * 0.58, y, spec, st)
    meta_end = label_values(
        c, w * 0.52 if st.meta == "side" else m, y, spec.meta, st, right if st.meta == "side" else w * 0.55
    )
    return max(left_end, meta_end) + st.line_h * 0.6


def table(c: Canvas, y: float, tab: Table, rows: list[list[str]], st: Style) -> float:
    """Header and rows; returns the y below the last row."""
    m, right = st.margin, c.width - st.margin
    span = right - m
    pad = 10
    # numeric columns as wide as their widest cell (at least their share), the first column takes the rest
    widths = [
        max(
            span * frac / sum(tab.widths),
            text_width(tab.columns[i], st.bold) + 3 * pad,
            *(text_width(row[i], st.body) + 3 * pad for row in tab.rows),
        )
        for i, frac in enumerate(tab.widths)
    ]
    widths[0] = span - sum(widths[1:])
    edges = [m]
    for width in widths:
        edges.append(edges[-1] + width)
    row_h = round(st.body.size * 1.75)

    def cells(top: float, values: list[str], font: Font) -> None:
        for i, value in enumerate(values):
            align = tab.align[i]
            x = edges[i] + pad if align == "left" else edges[i + 1] - pad
            c.text(x, top + row_h * 0.68, value, font, align)

    if st.table == "shaded":
        c.rect(m, y, right, y + row_h, fill=_tint(st.accent, 0.8), outline=None)
    c.line(m, y, right, y, 2, st.accent)
    cells(y, tab.columns, st.bold)
    top = y + row_h
    c.line(m, top, right, top, 2, st.accent)
    for r, row in enumerate(rows):
        if st.table == "shaded" and r % 2 == 1:
            c.rect(m, top, right, top + row_h, fill=(244, 244, 246), outline=None)
        cells(top, row, st.body)
        top += row_h
        if st.table == "grid":
            c.line(m, top, right, top, 1, GREY)
    if st.table == "grid":
        for x in edges:
            c.line(x, y, x, top, 1, GREY)
    c.line(m, top, right, top, 2, st.accent)
    return top + st.line_h


def totals_block(c: Canvas, y: float, spec: DocSpec, st: Style, value_x: float | None = None) -> float:
    right = value_x or c.width - st.margin
    value_w = max(text_width(v, st.bold) for _, v in spec.totals)
    label_x = right - value_w - 40
    for lbl, value in spec.totals:
        strong = lbl == spec.total_label
        font = st.bold.with_(size=st.body.size + 2) if strong else st.body
        if strong:
            y += st.line_h * 0.3
            rule_y = y - font.size - st.line_h * 0.3
            c.line(label_x - text_width(st.lab(lbl), font), rule_y, right, rule_y, 2)
        c.text(label_x, y, st.lab(lbl), font, "right")
        c.text(right, y, value, font, "right")
        y += st.line_h * (1.25 if strong else 1.0)
    return y + st.line_h


def paragraphs(c: Canvas, y: float, lines: list[str], st: Style, font: Font | None = None) -> float:
    font = font or st.small
    for text in lines:
        for line in wrap(text, font, c.width - 2 * st.margin):
            c.text(st.margin, y, line, font, color=BLACK)
            y += font.size * 1.4
    return y


def page_footer(c: Canvas, st: Style, text: str) -> None:
    c.text(c.width / 2, c.height - st.margin * 0.6, text, st.small, "center", GREY)


def layout_invoice(spec: DocSpec, st: Style, rnd: random.Random) -> Canvas:
    c = Canvas(*A4_PX)
    y = meta_block(c, header(c, spec, st, rnd), spec, st)
    assert spec.table is not None
    rows = spec.table.rows
    if spec.pages == 2:
        room = int((c.height - st.margin - 3 * st.line_h - y) // round(st.body.size * 1.75)) - 2
        split = max(1, min(len(rows) - 2, room - rnd.randint(0, 3)))
        y = table(c, y, spec.table, rows[:split], st)
        c.text(c.width - st.margin, y, "Continued on next page", st.small, "right", GREY)
        page_footer(c, st, "Page 1 of 2")
        c.new_page()
        y = st.margin + st.line_h
        number = next((v for k, v in spec.meta if "Inv" in k), "")
        c.text(st.margin, y, spec.issuer, st.bold)
        c.text(st.margin, y + st.line_h, f"{spec.title} {number} (continued)", st.body)
        rows = rows[split:]
        y += st.line_h * 2.5
    y = table(c, y, spec.table, rows, st)
    y = totals_block(c, y, spec, st)
    paragraphs(c, max(y + st.line_h, c.height - st.margin - 3 * st.small.size * 1.4 - 30), spec.notes, st)
    if spec.pages == 2:
        page_footer(c, st, "Page 2 of 2")
    return c
