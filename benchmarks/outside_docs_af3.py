"""Template families for the held-out set "AF": four ways a downloadable invoice template lays out its
printed labels and its fill-in fields (classic, banded, grid, minimal).  Each takes a `Form` (the
template's wording and which fields it has) and returns a `Sheet` (outside_docs_af1.py).
"""

from __future__ import annotations

from outside_docs_af1 import Form, Sheet

GREY = (0.45, 0.45, 0.45)
WHITE = (1, 1, 1)
NUMERIC = {"qty", "price", "amt", "vat", "unit_price"}


def _hdr_align(key: str) -> str:
    return "r" if key in NUMERIC else "l"


def _table(s: Sheet, fm: Form, x0, x1, ytop, first, count, page, style) -> float:
    """Item table: header + `count` rows starting at row number `first`.  Returns the bottom y."""
    rh, hh = 16, 16
    total_w = sum(w for _, _, w in fm.cols)
    xs = [x0]
    for _, _, w in fm.cols:
        xs.append(xs[-1] + (x1 - x0) * w / total_w)
    light = tuple(0.88 + 0.12 * c for c in fm.accent)
    if style == "band":
        s.rect(x0, ytop - hh, x1 - x0, hh, fill=fm.accent, stroke=None, page=page)
    elif style == "grid":
        s.rect(x0, ytop - hh, x1 - x0, hh, fill=light, stroke=GREY, page=page)
    hcol = WHITE if style == "band" else (0, 0, 0)
    for (head, key, _), a, b in zip(fm.cols, xs, xs[1:], strict=False):
        tx = b - 4 if _hdr_align(key) == "r" else a + 4
        s.text(tx, ytop - 11, head, size=7.5, bold=True, align=_hdr_align(key), color=hcol, page=page)
    if style == "rules":
        s.line(x0, ytop - hh, x1, ytop - hh, color=(0, 0, 0), lw=0.8, page=page)
    y = ytop - hh
    for r in range(count):
        i = first + r
        for (_, key, _), a, b in zip(fm.cols, xs, xs[1:], strict=False):
            s.field(
                f"{key}{i}",
                a + 2,
                y - rh + 2,
                b - a - 4,
                rh - 4,
                page=page,
                size=8,
                q=2 if key in NUMERIC else 0,
            )
        y -= rh
        if style == "band":
            s.line(x0, y, x1, y, color=(0.8, 0.8, 0.8), page=page)
    if style == "grid":
        s.rect(x0, y, x1 - x0, ytop - y, fill=None, stroke=GREY, page=page)
        for a in xs[1:-1]:
            s.line(a, y, a, ytop, color=GREY, page=page)
        for r in range(1, count):
            s.line(x0, ytop - hh - r * rh, x1, ytop - hh - r * rh, color=(0.8, 0.8, 0.8), page=page)
    if style == "rules":
        s.line(x0, y, x1, y, color=(0, 0, 0), lw=0.8, page=page)
    return y


def _totals(s: Sheet, fm: Form, xl, xf0, xf1, ytop, page, band=False) -> float:
    y = ytop
    for label, name in fm.totals:
        big = label.startswith("!")
        y -= 18 if big else 16
        if big:
            if band:
                s.rect(
                    xl - 90,
                    y - 3,
                    xf1 - xl + 90,
                    18,
                    fill=tuple(0.85 + 0.15 * c for c in fm.accent),
                    stroke=None,
                    page=page,
                )
            else:
                s.line(xl - 80, y + 15, xf1, y + 15, color=(0, 0, 0), lw=0.8, page=page)
        s.text(xl, y + 2, label.lstrip("!"), size=9 if big else 8, bold=big, align="r", page=page)
        s.field(name, xf0, y - 1, xf1 - xf0, 14, page=page, size=10 if big else 8, q=2)
    return y


def _captioned(s: Sheet, caption, name, x, ytop, w, lines, page=0, color=(0, 0, 0), size=8) -> float:
    s.text(x, ytop - 9, caption, size=7.5, bold=True, color=color, page=page)
    h = lines * 11 + 4
    s.field(name, x, ytop - 12 - h, w, h, page=page, size=size, kind="multi" if lines > 1 else "text")
    return ytop - 12 - h


def _vendor_block(s: Sheet, fm: Form, x, ytop, w, align="l", color=(0, 0, 0)) -> float:
    y = ytop
    if fm.vendor_print:
        name, *rest = fm.vendor_print
        y -= 15
        s.text(x if align == "l" else x + w, y, name, size=13, bold=True, align=align, color=color)
        for ln in rest:
            y -= 10
            s.text(x if align == "l" else x + w, y, ln, size=7.5, align=align, color=color)
        return y - 4
    for name, lines in fm.vendor_fields:
        h = 18 if lines == 1 else lines * 11 + 4
        y -= h + 2
        s.field(
            name,
            x,
            y,
            w,
            h,
            size=12 if lines == 1 else 8,
            kind="multi" if lines > 1 else "text",
            q=2 if align == "r" else 0,
        )
    return y - 4


def _footer(s: Sheet, fm: Form, page, y0=34) -> None:
    for k, ln in enumerate(reversed(fm.lines)):
        s.text(s.W / 2, y0 + 10 * k, ln, size=7, align="c", color=GREY, page=page)


def _notes(s: Sheet, fm: Form, x, ytop, w, page) -> float:
    y = ytop
    for cap, name, lines in fm.notes:
        y = _captioned(s, cap, name, x, y, w, lines, page=page) - 4
    return y


def _checks(s: Sheet, fm: Form, x, y, page) -> None:
    for label, name in fm.checks:
        s.field(name, x, y, 40, 11, page=page, kind="check")
        s.text(x + 15, y + 2, label, size=8, bold=True, page=page)
        y -= 16


def classic(fm: Form, pagesize, **kw) -> Sheet:
    s = Sheet(pagesize, pages=2 if fm.page2_rows else 1, **kw)
    W, H, m = s.W, s.H, 40
    vb = _vendor_block(s, fm, m, H - 40, 250)
    s.text(W - m, H - 62, fm.title, size=24, bold=True, align="r", color=fm.accent)
    y = H - 80
    for label, name in fm.meta:
        y -= 16
        s.text(W - m - 136, y + 3, label, size=8, bold=True, align="r")
        s.field(name, W - m - 130, y, 130, 13, size=8.5)
    y = min(y, vb) - 14
    half = (W - 2 * m) / max(1, len(fm.parties))
    low = y
    for k, (cap, name, lines) in enumerate(fm.parties):
        low = min(low, _captioned(s, cap, name, m + k * half, y, half - 14, lines, color=fm.accent))
    yb = _table(s, fm, m, W - m, low - 14, 1, fm.rows, 0, "band")
    page = 0
    if fm.page2_rows:
        s.text(W - m, yb - 14, fm.cont, size=7.5, align="r", color=GREY)
        _footer(s, fm, 0)
        page = 1
        if fm.vendor_print:
            s.text(m, H - 50, fm.vendor_print[0], size=11, bold=True, page=1)
        title, label, pg = fm.page2_head
        s.text(W - m, H - 50, title, size=14, bold=True, align="r", color=fm.accent, page=1)
        s.text(W - m - 136, H - 73, label, size=8, bold=True, align="r", page=1)
        s.field("inv_no__p2", W - m - 130, H - 76, 130, 13, page=1, size=8.5, kid="inv_no")
        s.text(W - m, H - 92, pg, size=7.5, align="r", color=GREY, page=1)
        yb = _table(s, fm, m, W - m, H - 110, fm.rows + 1, fm.page2_rows, 1, "band")
    yt = _totals(s, fm, W - m - 116, W - m - 110, W - m, yb - 6, page)
    _checks(s, fm, m, yb - 24, page)
    _notes(
        s,
        fm,
        m,
        min(yb - 18 - 16 * len(fm.checks), yt - 6) if fm.checks else yb - 10,
        (W - 2 * m) * 0.5,
        page,
    )
    _footer(s, fm, page)
    return s


def banded(fm: Form, pagesize, **kw) -> Sheet:
    s = Sheet(pagesize, **kw)
    W, H, m = s.W, s.H, 36
    s.rect(0, H - 84, W, 84, fill=fm.accent, stroke=None)
    s.text(m, H - 52, fm.title, size=26, bold=True, color=WHITE)
    if fm.vendor_print:
        _vendor_block(s, fm, W - m - 260, H - 14, 260, align="r", color=WHITE)
    y = H - 96
    bw = (W - 2 * m) / len(fm.meta)
    for k, (label, name) in enumerate(fm.meta):
        x = m + k * bw
        s.rect(x, y - 30, bw, 30, stroke=(0.75, 0.75, 0.75))
        s.text(x + 4, y - 9, label, size=6.5, color=GREY)
        s.field(name, x + 3, y - 28, bw - 6, 15, size=9)
    y -= 44
    parties = list(fm.parties)
    if not fm.vendor_print:
        parties.insert(0, (fm.vendor_caption, "vendor_block", 4))
    pw = (W - 2 * m) / len(parties)
    low = y
    for k, (cap, name, lines) in enumerate(parties):
        x = m + k * pw
        b = _captioned(s, cap, name, x + 5, y, pw - 14, lines, color=fm.accent)
        s.rect(x, b - 4, pw - 4, y - b + 4, stroke=(0.75, 0.75, 0.75))
        low = min(low, b - 4)
    yb = _table(s, fm, m, W - m, low - 14, 1, fm.rows, 0, "grid")
    _totals(s, fm, W - m - 106, W - m - 100, W - m, yb - 4, 0, band=True)
    _checks(s, fm, m, yb - 22, 0)
    s.rect(0, 0, W, 110, fill=(0.95, 0.95, 0.95), stroke=None)
    _notes(s, fm, m, 108, (W - 2 * m) * 0.55, 0)  # payment details in the grey footer band
    _footer(s, fm, 0, y0=14)
    return s


def grid(fm: Form, pagesize, **kw) -> Sheet:
    s = Sheet(pagesize, **kw)
    W, H, m = s.W, s.H, 34
    s.text(W / 2, H - 48, fm.title, size=18, bold=True, align="c", color=fm.accent)
    top, half = H - 62, (W - 2 * m) / 2
    s.rect(m, top - 110, half, 110, stroke=GREY)
    s.text(m + 4, top - 9, fm.vendor_caption, size=6.5, color=GREY)
    if fm.vendor_print:
        _vendor_block(s, fm, m + 6, top - 8, half - 12)
    else:
        _vendor_block(s, fm, m + 4, top - 10, half - 8)
    rows = (len(fm.meta) + 1) // 2
    ch = 110 / rows
    for k, (label, name) in enumerate(fm.meta):
        x = m + half + (k % 2) * half / 2
        y = top - (k // 2 + 1) * ch
        s.rect(x, y, half / 2, ch, stroke=GREY)
        s.text(x + 4, y + ch - 9, label, size=6.5, color=GREY)
        s.field(name, x + 3, y + 3, half / 2 - 6, min(15, ch - 12), size=9)
    y = top - 110
    pw = (W - 2 * m) / len(fm.parties)
    low = y
    for k, (cap, name, lines) in enumerate(fm.parties):
        h = lines * 11 + 18
        s.rect(m + k * pw, y - h, pw, h, stroke=GREY)
        s.text(m + k * pw + 4, y - 9, cap, size=6.5, color=GREY)
        s.field(
            name,
            m + k * pw + 4,
            y - h + 3,
            pw - 8,
            lines * 11 + 2,
            size=8,
            kind="multi" if lines > 1 else "text",
        )
        low = min(low, y - h)
    yb = _table(s, fm, m, W - m, low - 10, 1, fm.rows, 0, "grid")
    y = yb
    for label, name in fm.totals:
        big = label.startswith("!")
        s.rect(W - m - 220, y - 18, 220, 18, stroke=GREY, fill=(0.92, 0.92, 0.92) if big else None)
        s.text(W - m - 216, y - 12, label.lstrip("!"), size=8, bold=big)
        s.field(name, W - m - 104, y - 16, 100, 14, size=10 if big else 8.5, q=2)
        y -= 18
    _checks(s, fm, m, yb - 16, 0)
    yn = yb - 8 - 16 * len(fm.checks)
    for cap, name, lines in fm.notes:
        h = lines * 11 + 16
        s.rect(m, yn - h, W - 2 * m - 230, h, stroke=GREY)
        s.text(m + 4, yn - 9, cap, size=6.5, color=GREY)
        s.field(
            name,
            m + 4,
            yn - h + 2,
            W - 2 * m - 238,
            lines * 11 + 2,
            size=8,
            kind="multi" if lines > 1 else "text",
        )
        yn -= h
    _footer(s, fm, 0)
    return s


def minimal(fm: Form, pagesize, **kw) -> Sheet:
    s = Sheet(pagesize, **kw)
    W, H, m = s.W, s.H, 48
    s.text(m, H - 76, fm.title, size=28, bold=True, color=fm.accent)
    y = H - 92
    for label, name in fm.meta:
        y -= 15
        s.text(m, y + 3, label, size=8, color=GREY)
        s.field(name, m + 96, y, 150, 13, size=8.5)
    vb = _vendor_block(s, fm, W - m - 220, H - 50, 220, align="r")
    y = min(y, vb) - 16
    half = (W - 2 * m) / max(1, len(fm.parties))
    low = y
    for k, (cap, name, lines) in enumerate(fm.parties):
        low = min(low, _captioned(s, cap, name, m + k * half, y, half - 16, lines, color=GREY))
    yb = _table(s, fm, m, W - m, low - 16, 1, fm.rows, 0, "rules")
    yt = _totals(s, fm, W - m - 116, W - m - 110, W - m, yb - 6, 0)
    _checks(s, fm, m, yb - 22, 0)
    _notes(s, fm, m, min(yb - 14 - 16 * len(fm.checks), yt + 20), (W - 2 * m) * 0.48, 0)
    _footer(s, fm, 0)
    return s
