"""Hybrid e-invoice benchmark, part 5: WeasyPrint layouts (HTML + CSS paged media).

weasy-din: a DIN 5008 style business letter (letterhead right, return address over the window, info block,
running footer with the company's register data, "page x of y" from CSS counters).
weasy-band: a coloured header band, from/to columns, zebra item table, shaded totals box, payment panel.
"""

from __future__ import annotations

import re
from html import escape

import weasyprint

from outside_einvoices_docs4 import Printed


def _css_page(pattern: str) -> str:
    parts = re.split(r"(\{p\}|\{n\})", pattern)
    tokens = {"{p}": "counter(page)", "{n}": "counter(pages)"}
    return " ".join(tokens.get(part, f'"{part}"') for part in parts if part)


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _items(p: Printed, cols: tuple[str, ...], cls: str) -> str:
    right = {"qty", "price", "vat", "amount"}
    head = "".join(f'<th class="{"r" if c in right else ""}">{_e(p.cols[c])}</th>' for c in cols)
    body = "".join(
        "<tr>" + "".join(f'<td class="{"r" if c in right else ""}">{_e(row[c])}</td>' for c in cols) + "</tr>"
        for row in p.rows
    )
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _totals(p: Printed) -> str:
    rows = "".join(
        f'<tr class="{"strong" if strong else ""}"><td>{_e(label)}</td><td class="r">{_e(value)}</td></tr>'
        for label, value, strong in p.totals
    )
    return f'<table class="totals">{rows}</table>'


def _footer(p: Printed) -> str:
    cells = "".join("<td>" + "<br>".join(_e(x) for x in col) + "</td>" for col in p.footer)
    return f'<div class="footer"><table><tr>{cells}</tr></table></div>'


BASE_CSS = """
@page { size: A4; margin: %(margins)s;
  @bottom-center { content: element(footer); width: 100%%; vertical-align: top; padding-top: 3mm; }
  @top-right { content: %(page)s; font-family: %(font)s; font-size: 7.5pt; color: #555; } }
body { font-family: %(font)s; font-size: 9pt; color: #111; line-height: 1.3; }
.footer { position: running(footer); font-size: 6.8pt; color: #444; border-top: 0.5pt solid #888;
  width: 100%%; }
.footer table { width: 100%%; border-collapse: collapse; }
.footer td { vertical-align: top; padding: 1mm 2mm 0 0; }
.r { text-align: right; white-space: nowrap; } .footer td { white-space: nowrap; }
table { border-collapse: collapse; }
.totals { margin-left: auto; margin-top: 4mm; min-width: 92mm; }
.totals td { padding: 1mm 0 1mm 4mm; } .totals tr.strong td { font-weight: bold; font-size: 10pt; }
.pay { margin-top: 6mm; } .notes { margin-top: 4mm; font-size: 8.5pt; }
"""

DIN_CSS = """
.letterhead { text-align: right; }
.letterhead .name { font-size: 17pt; font-weight: bold; color: %(accent)s; }
.letterhead .addr { font-size: 8pt; color: #444; }
.top { position: relative; height: 70mm; }
.window { position: absolute; left: 0; top: 18mm; width: 85mm; }
.window .sender { font-size: 6.5pt; border-bottom: 0.4pt solid #777; margin-bottom: 2mm; color: #444; }
.info { position: absolute; right: 0; top: 18mm; width: 74mm; font-size: 8.5pt; }
.info td { padding: 0.4mm 0; } .info td.r { font-weight: bold; padding-left: 4mm; }
h1 { font-size: 14pt; margin: 0 0 4mm 0; }
table.items { width: 100%%; }
table.items th { border-bottom: 0.8pt solid #111; text-align: left; padding: 1.2mm 1mm; }
table.items td { border-bottom: 0.3pt solid #bbb; padding: 1.2mm 1mm; vertical-align: top; }
table.items th.r { text-align: right; } .totals tr.strong td { border-top: 0.8pt solid #111; }
"""

BAND_CSS = """
.band { background: %(accent)s; color: white; padding: 6mm 7mm; margin: -4mm -4mm 6mm -4mm; }
.band .name { font-size: 16pt; font-weight: bold; }
.band .title { float: right; font-size: 20pt; letter-spacing: 1pt; }
.band .addr { font-size: 8pt; opacity: 0.9; }
.parties { width: 100%%; margin-bottom: 5mm; }
.parties td { vertical-align: top; width: 50%%; padding-right: 6mm; }
.meta { width: 100%%; margin-bottom: 6mm; background: #f2f4f7; }
.meta td { padding: 2mm 3mm; vertical-align: top; font-size: 8.5pt; }
.meta b { display: block; font-size: 9.5pt; }
table.items { width: 100%%; } table.items th { background: %(accent)s; color: white; padding: 1.6mm 1.5mm;
  text-align: left; font-weight: normal; } table.items th.r { text-align: right; }
table.items td { padding: 1.4mm 1.5mm; } table.items tbody tr:nth-child(even) { background: #eef1f5; }
.totals { background: #f2f4f7; } .totals td { padding: 1.2mm 3mm; }
.totals tr.strong td { background: %(accent)s; color: white; }
.pay { border: 0.6pt solid %(accent)s; padding: 3mm 4mm; width: 110mm; }
"""


def render_weasy(p: Printed, style: str) -> bytes:
    s = p.spec
    seller = s.seller
    vars_ = {
        "page": _css_page(p.L["page"]),
        "font": '"DejaVu Sans", sans-serif'
        if style == "din"
        else '"Liberation Sans", "DejaVu Sans", sans-serif',
        "margins": "16mm 16mm 34mm 24mm" if style == "din" else "14mm 14mm 32mm 14mm",
        "accent": s.accent,
    }
    css = (BASE_CSS + (DIN_CSS if style == "din" else BAND_CSS)) % vars_
    if style == "din":
        cols = ("pos", "desc", "qty", "unit", "price", "vat", "amount")
        info = "".join(f'<tr><td>{_e(k)}</td><td class="r">{_e(v)}</td></tr>' for k, v in p.meta)
        head = f"""
<div class="letterhead"><div class="name">{_e(seller.name)}</div>
<div class="addr">{_e(" · ".join(p.seller_lines))}</div></div>
<div class="top"><div class="window"><div class="sender">{_e(p.sender_line)}</div>
{"<br>".join(_e(x) for x in p.buyer_lines)}</div>
<div class="info"><table>{info}</table></div></div>
<h1>{_e(p.title)} {_e(s.number)}</h1>"""
    else:
        cols = ("pos", "desc", "qty", "price", "vat", "amount")
        meta = "".join(f"<td>{_e(k)}<b>{_e(v)}</b></td>" for k, v in p.meta)
        head = f"""
<div class="band"><span class="title">{_e(p.title.upper())}</span><div class="name">{_e(seller.name)}</div>
<div class="addr">{_e(", ".join(p.seller_lines))}</div></div>
<table class="parties"><tr><td><b>{_e(p.buyer_lines[0])}</b><br>
{"<br>".join(_e(x) for x in p.buyer_lines[1:])}</td>
<td>{"<br>".join(_e(x) for x in p.contact)}</td></tr></table>
<table class="meta"><tr>{meta}</tr></table>"""
    pay = '<div class="pay">' + "<br>".join(_e(x) for x in p.pay) + "</div>" if p.pay else ""
    notes = '<div class="notes">' + "<br>".join(_e(x) for x in p.notes) + "</div>" if p.notes else ""
    html = f"""<!doctype html><html lang="{s.fmt.lang}"><head><meta charset="utf-8">
<title>{_e(p.title)} {_e(s.number)}</title><style>{css}</style></head><body>
{_footer(p)}{head}{_items(p, cols, "items")}{_totals(p)}{pay}{notes}
<p class="notes">{_e(p.L["thanks"])}</p></body></html>"""
    return weasyprint.HTML(string=html).write_pdf()
