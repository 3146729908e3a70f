"""Set "LA" helpers: the document record, number/date formatting per country, and the HTML renderer used
for the weasyprint and chromium documents.  See outside_lookalikes_la.py for the list of documents.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

CENT = Decimal("0.01")
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def D(x: str | int | Decimal) -> Decimal:
    return Decimal(str(x))


def amt(qty: str | int | Decimal, price: str | int | Decimal) -> Decimal:
    return (D(qty) * D(price)).quantize(CENT, ROUND_HALF_UP)


def pct(base: Decimal, rate: str | int) -> Decimal:
    return (base * D(rate) / 100).quantize(CENT, ROUND_HALF_UP)


def money(x: Decimal | str, loc: str = "en") -> str:
    """1234.5 -> "1,234.50" (en), "1.234,50" (de es it nl), "1 234,50" (fr sv pl)."""
    q = D(x).quantize(CENT, ROUND_HALF_UP)
    s = f"{abs(q):,.2f}"
    if loc in ("de", "es", "it", "nl"):
        s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    elif loc in ("fr", "sv", "pl"):
        s = s.replace(",", " ").replace(".", ",")
    return ("-" if q < 0 else "") + s


def qty(x: str | int | Decimal, loc: str = "en") -> str:
    """3 -> "3", 2.5 -> "2.5"/"2,5", 12000 -> "12,000"/"12.000"/"12 000"."""
    q = D(x)
    if q == q.to_integral():
        return money(q, loc).rsplit(".,"[loc != "en"], 1)[0]
    s = str(q.normalize())
    return s.replace(".", ",") if loc != "en" else s


def total(items: list[tuple], qi: int, pi: int) -> Decimal:
    """Sum of qty x price over item tuples (qty at index qi, price at index pi)."""
    return sum((amt(it[qi], it[pi]) for it in items), Decimal("0.00"))


def key(doc_type: str, kind: str, language: str, country: str, producer: str, **extra: str) -> dict:
    return {
        "doc_type": doc_type,
        "kind": kind,
        "language": language,
        "country": country,
        "producer": producer,
        **extra,
    }


def date(d: dt.date, style: str) -> str:
    """Country date styles: gb d/m/Y, us m/d/Y, de d.m.Y, nl d-m-Y, iso, long_gb, long_us."""
    if style == "gb":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "nl":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "long_gb":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "long_us":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


@dataclass
class Doc:
    """One document: what is printed (letterhead, parties, meta, item table, totals, text) and its key."""

    stem: str
    producer: str  # reportlab | fpdf2 | weasyprint | chromium
    key: dict
    title: str  # printed title, checked in the text layer
    vendor: list[str]  # issuer: name, address lines, id lines
    blocks: list[tuple[str, list[str]]]  # (caption, lines): customer, ship to, supplier ...
    meta: list[tuple[str, str]]  # number, date, reference pairs
    cols: list[tuple[str, float, str]]  # (header, relative width, align L/C/R)
    rows: list[list[str]]
    totals: list[tuple[str, str]]  # the last one is printed bold
    page: str = "A4"  # A4 | Letter
    layout: str = "left"  # left | right | center | band | letter
    title_size: float = 22
    accent: str = "#1f3b5a"
    borders: bool = True  # grid table, else rules between rows only
    font: str = "sans"  # sans | serif | dejavu
    sender_line: str = ""  # small return-address line above the first block (letter windows)
    intro: list[str] = field(default_factory=list)  # paragraphs before the table
    notes: list[str] = field(default_factory=list)  # paragraphs after the totals
    sign: list[str] = field(default_factory=list)  # captions under signature lines
    slip_title: str = ""  # tear-off section at the foot (dashed rule)
    slip: list[tuple[str, str]] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)  # strings --check expects in the text layer
    doc_title: str = ""  # PDF metadata title


def esc(s: str) -> str:
    return html.escape(s, quote=True)


FONTS = {
    "sans": "'Liberation Sans', Arial, Helvetica, sans-serif",
    "serif": "'Liberation Serif', 'Times New Roman', serif",
    "dejavu": "'DejaVu Sans', Verdana, sans-serif",
}


def _vendor_html(d: Doc, align: str, on_band: bool = False) -> str:
    name, rest = d.vendor[0], d.vendor[1:]
    colour = "#fff" if on_band else d.accent
    lines = "<br>".join(esc(x) for x in rest)
    return (
        f'<div style="text-align:{align}"><div class="vname" style="color:{colour}">{esc(name)}</div>'
        f'<div class="vaddr">{lines}</div></div>'
    )


def _title_html(d: Doc, align: str, colour: str | None = None) -> str:
    c = colour or d.accent
    return f'<div class="title" style="text-align:{align};color:{c}">{esc(d.title)}</div>'


def _meta_html(d: Doc) -> str:
    rows = "".join(f'<tr><td class="ml">{esc(k)}</td><td class="mv">{esc(v)}</td></tr>' for k, v in d.meta)
    return f'<table class="meta">{rows}</table>'


def _blocks_html(d: Doc) -> str:
    cells = []
    for i, (cap, lines) in enumerate(d.blocks):
        head = ""
        if i == 0 and d.sender_line:
            head = f'<div class="sender">{esc(d.sender_line)}</div>'
        elif cap:
            head = f'<div class="cap">{esc(cap)}</div>'
        body = "<br>".join(esc(x) for x in lines)
        cells.append(f'<td class="blk">{head}<div>{body}</div></td>')
    return "".join(cells)


def _info_html(d: Doc, mcell: str) -> str:
    return (
        f'<table class="hdr info"><tr>{_blocks_html(d)}<td class="{mcell}">{_meta_html(d)}</td></tr></table>'
    )


def _header_html(d: Doc) -> str:
    mc = "mcell narrow" if len(d.blocks) > 2 else "mcell"
    if d.layout == "band":
        return (
            f'<div class="band" style="background:{d.accent}"><table class="hdr"><tr>'
            f"<td>{_vendor_html(d, 'left', on_band=True)}</td>"
            f'<td style="vertical-align:middle">{_title_html(d, "right", "#fff")}</td></tr></table></div>'
            + _info_html(d, mc)
        )
    if d.layout == "center":
        return f"{_vendor_html(d, 'center')}<hr>{_title_html(d, 'center')}" + _info_html(d, mc)
    if d.layout == "letter":
        return (
            f'<table class="hdr"><tr><td></td><td style="width:48%">{_vendor_html(d, "right")}</td>'
            "</tr></table>" + _info_html(d, mc) + _title_html(d, "left")
        )
    left, right = (_title_html(d, "left"), _vendor_html(d, "right"))
    if d.layout == "right":
        left, right = (_vendor_html(d, "left"), _title_html(d, "right"))
    return f'<table class="hdr"><tr><td>{left}</td><td>{right}</td></tr></table>' + _info_html(d, mc)


def _items_html(d: Doc) -> str:
    tot = sum(w for _, w, _ in d.cols)
    al = {"L": "left", "R": "right", "C": "center"}
    head = "".join(
        f'<th style="width:{100 * w / tot:.1f}%;text-align:{al[a]}">{esc(h)}</th>' for h, w, a in d.cols
    )
    body = ""
    for r in d.rows:
        cells = (
            f'<td style="text-align:{al[a]}">{esc(c)}</td>' for c, (_, _, a) in zip(r, d.cols, strict=True)
        )
        body += "<tr>" + "".join(cells) + "</tr>"
    cls = "items grid" if d.borders else "items lines"
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _totals_html(d: Doc) -> str:
    rows = ""
    for i, (k, v) in enumerate(d.totals):
        cls = ' class="grand"' if i == len(d.totals) - 1 else ""
        rows += f'<tr{cls}><td class="tl">{esc(k)}</td><td class="tv">{esc(v)}</td></tr>'
    return f'<table class="totals">{rows}</table>' if rows else ""


def _tail_html(d: Doc) -> str:
    out = "".join(f'<p class="note">{esc(p)}</p>' for p in d.notes)
    if d.sign:
        cells = "".join(f'<td><div class="sline"></div>{esc(s)}</td>' for s in d.sign)
        out += f'<table class="sign"><tr>{cells}</tr></table>'
    if d.slip_title:
        rows = "".join(
            f'<tr><td class="ml">{esc(k)}</td><td class="mv">{esc(v)}</td></tr>' for k, v in d.slip
        )
        out += (
            f'<div class="slip"><div class="sliptitle">{esc(d.slip_title)}</div>'
            f'<table class="meta">{rows}</table></div>'
        )
    if d.footer:
        out += '<div class="footer">' + "<br>".join(esc(x) for x in d.footer) + "</div>"
    return out


def to_html(d: Doc, engine: str = "weasyprint") -> str:
    # chromium lays a fixed footer out inside the page box only; weasyprint may place it in the margin
    bottom, foot = ("12mm", "0") if engine == "chromium" else ("24mm", "-14mm")
    css = f"""
@page {{ size: {d.page}; margin: 15mm 16mm {bottom} 16mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }}
body {{ font-family: {FONTS[d.font]}; font-size: 9.4pt; color: #222; margin: 0; line-height: 1.32; }}
table {{ border-collapse: collapse; }}
.hdr {{ width: 100%; }} .hdr td {{ vertical-align: top; padding: 0; }}
.band {{ padding: 5mm 6mm; margin-bottom: 6mm; }}
.vname {{ font-size: 14pt; font-weight: bold; margin-bottom: 1mm; }}
.vaddr {{ font-size: 8.6pt; color: #444; }} .band .vaddr {{ color: #eef; }}
.title {{ font-size: {d.title_size}pt; font-weight: bold; letter-spacing: 0.5px; margin: 2mm 0 5mm 0; }}
.info {{ margin: 7mm 0 6mm 0; }} .info td.blk {{ padding-right: 6mm; }}
.cap {{ font-size: 7.8pt; text-transform: uppercase; color: #666; letter-spacing: 0.6px;
  margin-bottom: 1mm; }}
.sender {{ font-size: 6.8pt; color: #555; text-decoration: underline; margin-bottom: 1.5mm; }}
.mcell {{ width: 40%; }} .mcell.narrow {{ width: 31%; }} .meta {{ margin-left: auto; }}
.meta td {{ padding: 0.6mm 0 0.6mm 4mm; }} .ml {{ color: #555; }}
.mv {{ text-align: right; font-weight: bold; }}
.items {{ width: 100%; margin-top: 3mm; }}
.items th {{ background: {d.accent}; color: #fff; padding: 1.8mm 2mm; font-size: 8.6pt; }}
.items td {{ padding: 1.6mm 2mm; vertical-align: top; }}
.grid th, .grid td {{ border: 0.6pt solid #888; }}
.lines th {{ background: none; color: {d.accent}; border-bottom: 1.2pt solid {d.accent}; }}
.lines td {{ border-bottom: 0.4pt solid #ccc; }}
.totals {{ margin: 4mm 0 0 auto; min-width: 45%; }}
.totals td {{ padding: 1mm 2mm; }} .tv {{ text-align: right; }}
.totals tr.grand td {{ font-weight: bold; font-size: 10.5pt; border-top: 1pt solid #333;
  padding-top: 1.6mm; }}
.note {{ margin: 3mm 0 0 0; }} p {{ margin: 0 0 2.5mm 0; }}
.sign {{ width: 100%; margin-top: 14mm; }} .sign td {{ width: 50%; padding-right: 12mm; font-size: 8.4pt; }}
.sline {{ border-top: 0.8pt solid #333; margin-bottom: 1mm; }}
.slip {{ border-top: 1pt dashed #777; margin-top: 10mm; padding-top: 4mm; }}
.sliptitle {{ font-weight: bold; margin-bottom: 2mm; }} .slip .meta {{ margin-left: 0; }}
.footer {{ position: fixed; bottom: {foot}; left: 0; right: 0; text-align: center; font-size: 7.4pt;
  color: #666; border-top: 0.4pt solid #bbb; padding-top: 1.5mm; }}
hr {{ border: none; border-top: 0.8pt solid {d.accent}; margin: 3mm 0; }}
"""
    intro = "".join(f"<p>{esc(p)}</p>" for p in d.intro)
    title = esc(d.doc_title or d.title)
    body = _header_html(d) + intro + _items_html(d) + _totals_html(d) + _tail_html(d)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="author" content="{esc(d.vendor[0])}"><style>{css}</style></head>'
        f"<body>{body}</body></html>"
    )


def render_weasyprint(d: Doc, path: Path) -> None:
    from weasyprint import HTML

    HTML(string=to_html(d)).write_pdf(str(path))


def render_chromium(d: Doc, path: Path) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise RuntimeError("chromium not found")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{d.stem}.html"
        src.write_text(to_html(d, "chromium"), encoding="utf-8")
        cmd = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp}/profile",
            "--no-pdf-header-footer",
            f"--print-to-pdf={path}",
            src.as_uri(),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    if not path.exists():
        raise RuntimeError(f"chromium wrote no PDF for {d.stem}")
