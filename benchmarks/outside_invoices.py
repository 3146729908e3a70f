"""Invoices unlike our synthetic generator's: HTML in seven languages rendered to PDF by headless Chromium.

    python benchmarks/outside_invoices.py [--out /tmp/outside_invoices] [--n 15]

Set A (development, seed 101) and set B (held out, seed 202) use *different layout templates*
(A: label:value pairs, labels above values, a right-hand meta table, a multi-page item list; B: a
letter with a reference block, a banner of boxed values, stacked label/value columns with the vendor in
the footer, a VAT summary table), so fixes made on A's errors are measured on layouts they never saw.
Writes ``<out>/{A,B}/pdf/*.pdf``, ``<out>/{A,B}/html/*.html`` and ``<out>/{A,B}/key/*.json`` (invoice_number,
date and due_date ISO, total/subtotal/tax decimal strings, currency ISO 4217, vendor_name; null where not
printed). Score with benchmarks/outside_score.py. Never check the PDFs in.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shutil
import subprocess
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from outside_locale import (
    CURRENCIES,
    DATE_STYLES,
    NUMBER_STYLES,
    amount_words,
    fmt_date,
    fmt_money,
    fmt_number,
    pick,
)

LEGAL = {
    "en": ["Ltd", "Inc.", "LLC", "Limited"],
    "de": ["GmbH", "AG", "GmbH & Co. KG"],
    "fr": ["SARL", "SAS", "S.A."],
    "es": ["S.L.", "S.A."],
    "it": ["S.r.l.", "S.p.A."],
    "nl": ["B.V.", "N.V."],
    "pt": ["Lda.", "S.A.", "Ltda."],
}
STEMS = [
    "Nordlicht",
    "Atelier Moreau",
    "Castellana Servicios",
    "Brightwater Systems",
    "Van Dijk Techniek",
    "Tipografia Rossi",
    "Lusitana Consultoria",
    "Hallmark Logistics",
    "Bergmann Elektro",
    "Kestrel Analytics",
    "Delta Ingeniería",
    "Oranje Print",
    "Studio Bianchi",
    "Montblanc Conseil",
    "Alpenblick Software",
    "Ribeira Distribuição",
    "Greenfield Office Supply",
    "Kaiser Haustechnik",
]
ITEMS = [
    "Consulting services",
    "Software licence (annual)",
    "Installation and setup",
    "Maintenance contract",
    "Printer toner cartridges",
    "Training workshop",
    "Cloud hosting, monthly",
    "Spare parts kit",
    "Translation services",
    "Travel expenses",
    "Project management",
    "Design revisions",
    "Network cabling",
    "Support hours",
]
TOWNS = [
    "1010 Wien",
    "75008 Paris",
    "28001 Madrid",
    "20121 Milano",
    "1012 AB Amsterdam",
    "1100-148 Lisboa",
    "10115 Berlin",
    "London EC1A 1BB",
    "8001 Zürich",
    "Austin, TX 78701",
]
STREETS = [
    "Hauptstraße",
    "Rue de la Paix",
    "Calle Mayor",
    "Via Roma",
    "Keizersgracht",
    "Rua Augusta",
    "High Street",
]
TEMPLATES = {
    "A": ["pairs", "grid", "meta_table", "multipage"],
    "B": ["letter", "banner", "stacked", "vat_summary"],
}
CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:0}
table{border-collapse:collapse}td,th{padding:3px 8px;text-align:left;vertical-align:top}
.items{width:100%;margin-top:18px}.items th{border-bottom:1px solid #333}.r{text-align:right}
.box{border:1px solid #555}.box td{border:1px solid #999}.small{font-size:8pt;color:#444}
.vendor{font-size:17pt;font-weight:bold}.title{font-size:20pt;font-weight:bold;letter-spacing:1px}
.banner td{background:#eef;border:1px solid #99c;padding:6px 12px}.big{font-size:14pt;font-weight:bold}
@page{size:A4;margin:16mm}"""


def _e(text: object) -> str:
    return html.escape(str(text))


def _invoice_number(rng: random.Random, d: date) -> str:
    n = rng.randint(10, 99999)
    return rng.choice(
        [
            f"{d.year}-{n:05d}",
            f"RE-{d.year}-{n % 10000:04d}",
            f"F{d.year}/{n % 1000:03d}",
            f"INV-{n:06d}",
            f"FA{d.strftime('%y')}{n:05d}",
            f"{n + 100000}",
            f"{d.year}/{n % 10000}",
            f"A-{n % 100000:05d}",
        ]
    )


def make_invoice(rng: random.Random, template: str, lang: str) -> dict:
    """One invoice's facts and formats (nothing rendered yet)."""
    d = date(2025, 6, 1) + timedelta(days=rng.randint(0, 520))
    due = d + timedelta(days=rng.choice([14, 30, 45]))
    cur = rng.choice(CURRENCIES[lang])
    number = rng.choice(NUMBER_STYLES[lang])
    if cur == "CHF":
        number = (".", "'")
    style = rng.choice(DATE_STYLES[lang])
    if style == "us" and d.day <= 12 and due.day <= 12:
        due += timedelta(days=13 - due.day)  # a date with a day above 12 tells the reader it is US order
    n_items = rng.randint(42, 55) if template in ("multipage",) else rng.randint(2, 6)
    items = []
    for _ in range(n_items):
        qty = rng.choice([1, 1, 2, 3, 5, 10, 12, 40])
        price = Decimal(rng.randint(500, 250000)) / 100
        if n_items > 20:
            price = Decimal(rng.randint(500, 30000)) / 100
        items.append((rng.choice(ITEMS), qty, price, price * qty))
    subtotal = sum((a for *_, a in items), Decimal("0"))
    rate = rng.choice(
        {"de": [19, 7], "fr": [20, 10], "es": [21], "it": [22], "nl": [21, 9], "pt": [23, 13]}.get(
            lang, [20, 10, 0, 8]
        )
    )
    if cur == "CHF":
        rate = 8.1
    tax = (subtotal * Decimal(str(rate)) / 100).quantize(Decimal("0.01"))
    vendor = f"{rng.choice(STEMS)} {rng.choice(LEGAL[lang])}"
    mark = rng.choice(["symbol", "code", "none", "symbol"])
    return {
        "lang": lang,
        "template": template,
        "date": d,
        "due": due,
        "cur": cur,
        "number": number,
        "style": style,
        "items": items,
        "subtotal": subtotal,
        "rate": rate,
        "tax": tax,
        "total": subtotal + tax,
        "vendor": vendor,
        "mark": mark,
        "no": _invoice_number(rng, d),
        "po": f"PO-{rng.randint(1000, 99999)}",
        "cust_no": f"{rng.randint(10000, 999999)}",
        "iban": f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        "vat_id": f"{rng.choice(['DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'ATU'])}{rng.randint(10**8, 10**9 - 1)}",
        "phone": f"+{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(100, 999)} "
        f"{rng.randint(1000, 9999)}",
        "customer": f"{rng.choice(STEMS)} {rng.choice(LEGAL[lang])}",
        "town": rng.choice(TOWNS),
        "town2": rng.choice(TOWNS),
        "street": f"{rng.choice(STREETS)} {rng.randint(1, 180)}",
    }


def key_of(inv: dict) -> dict:
    taxed = inv["rate"] != 0
    return {
        "invoice_number": inv["no"],
        "date": inv["date"].isoformat(),
        "due_date": inv["due"].isoformat(),
        "total": str(inv["total"]),
        "currency": inv["cur"],
        "vendor_name": inv["vendor"],
        "subtotal": str(inv["subtotal"]) if taxed else None,
        "tax": str(inv["tax"]) if taxed else None,
        "lang": inv["lang"],
        "template": inv["template"],
    }


class Page:
    """Builds one invoice's HTML with the invoice's own wording and formats."""

    def __init__(self, rng: random.Random, inv: dict) -> None:
        self.rng, self.inv, self.lang = rng, inv, inv["lang"]

    def w(self, key: str, **kw: object) -> str:
        return _e(pick(self.rng, self.lang, key, **kw))

    def money(self, v: Decimal, mark: str | None = None) -> str:
        i = self.inv
        return _e(fmt_money(v, i["cur"], i["number"], mark or i["mark"], self.lang))

    def dt(self, d: date) -> str:
        return _e(fmt_date(d, self.inv["style"], self.lang))

    def vendor_block(self, align: str = "left") -> str:
        i = self.inv
        return (
            f'<div style="text-align:{align}"><div class="vendor">{_e(i["vendor"])}</div>'
            f"<div>{_e(i['street'])}<br>{_e(i['town'])}<br>{self.w('phone')} {_e(i['phone'])}<br>"
            f"{self.w('vat_id')} {_e(i['vat_id'])}</div></div>"
        )

    def bill_to(self) -> str:
        i = self.inv
        return (
            f'<div style="margin-top:14px"><b>{self.w("bill_to")}</b><br>{_e(i["customer"])}<br>'
            f"{_e(i['town2'])}<br>{self.w('customer_no')}: {_e(i['cust_no'])}</div>"
        )

    def items(self, money_cols: bool = True) -> str:
        i = self.inv
        head = (
            f'<thead><tr><th>#</th><th>{self.w("desc")}</th><th class="r">{self.w("qty")}</th>'
            f'<th class="r">{self.w("price")}</th><th class="r">{self.w("amount")}</th></tr></thead>'
        )
        rows = "".join(
            f'<tr><td>{k}</td><td>{_e(d)}</td><td class="r">{q}</td>'
            f'<td class="r">{_e(fmt_number(p, *i["number"]))}</td>'
            f'<td class="r">{self.money(a, "none") if money_cols else ""}</td></tr>'
            for k, (d, q, p, a) in enumerate(i["items"], start=1)
        )
        return f'<table class="items">{head}<tbody>{rows}</tbody></table>'

    def totals(self, words: bool = False) -> str:
        i = self.inv
        rows = []
        if i["rate"]:
            rows.append((self.w("subtotal"), self.money(i["subtotal"])))
            rows.append(
                (self.w("tax", rate=str(i["rate"]).replace(".", i["number"][0])), self.money(i["tax"]))
            )
        rows.append((f"<b>{self.w('total', cur=i['cur'])}</b>", f"<b>{self.money(i['total'])}</b>"))
        body = "".join(f'<tr><td>{a}</td><td class="r">{b}</td></tr>' for a, b in rows)
        out = f'<table style="margin:14px 0 0 auto" class="box">{body}</table>'
        if words:
            out += f"<p>{self.w('words')} {_e(amount_words(i['total']))} {_e(i['cur'])}</p>"
        return out

    def footer(self) -> str:
        i = self.inv
        return (
            f'<p class="small" style="margin-top:20px">{self.w("terms")}<br>IBAN {_e(i["iban"])} · BIC '
            f"COBADEFFXXX · {self.w('po')}: {_e(i['po'])}</p>"
        )

    def meta(self) -> list[tuple[str, str]]:
        i = self.inv
        rows = [
            (self.w("number"), _e(i["no"])),
            (self.w("date"), self.dt(i["date"])),
            (self.w("due"), self.dt(i["due"])),
            (self.w("customer_no"), _e(i["cust_no"])),
        ]
        if self.rng.random() < 0.5:
            rows.insert(2, (self.w("po"), _e(i["po"])))
        if i["mark"] == "none":  # amounts print no currency: the header names it
            rows.append((self.w("currency"), _e(i["cur"])))
        return rows


def render_html(rng: random.Random, inv: dict) -> str:
    p, t, i = Page(rng, inv), inv["template"], inv
    title = f'<div class="title">{p.w("title")}</div>'
    if t == "pairs":
        pairs = "".join(f"<div>{a}: {b}</div>" for a, b in p.meta())
        body = (
            f'<table style="width:100%"><tr><td>{p.vendor_block()}</td><td style="width:45%">{title}'
            f"{pairs}</td></tr></table>{p.bill_to()}{p.items()}{p.totals()}{p.footer()}"
        )
    elif t == "grid":
        meta = p.meta()
        heads = "".join(f"<th>{a}</th>" for a, _ in meta)
        vals = "".join(f"<td>{b}</td>" for _, b in meta)
        body = (
            f'{p.vendor_block("right")}{title}{p.bill_to()}<table class="box" style="margin-top:12px">'
            f"<tr>{heads}</tr><tr>{vals}</tr></table>{p.items()}{p.totals(words=True)}{p.footer()}"
        )
    elif t == "meta_table":
        rows = "".join(f'<tr><td>{a}</td><td class="r">{b}</td></tr>' for a, b in p.meta())
        body = (
            f'<table style="width:100%"><tr><td>{p.vendor_block()}{p.bill_to()}</td><td style="width:42%">'
            f'{title}<table class="box" style="width:100%">{rows}</table></td></tr></table>'
            f"{p.items()}{p.totals(words=rng.random() < 0.5)}{p.footer()}"
        )
    elif t == "multipage":
        pairs = "".join(f"<div>{a}: {b}</div>" for a, b in p.meta()[:3])
        body = (
            f'<table style="width:100%"><tr><td>{p.vendor_block()}</td><td>{title}{pairs}</td></tr></table>'
            f"{p.bill_to()}{p.items()}{p.totals()}{p.footer()}"
        )
    elif t == "letter":
        sender = f'<div class="small"><u>{_e(i["vendor"])} · {_e(i["street"])} · {_e(i["town"])}</u></div>'
        ref = "".join(f'<tr><td class="small">{a}</td><td>{b}</td></tr>' for a, b in p.meta())
        body = (
            f'<div class="vendor" style="text-align:right">{_e(i["vendor"])}</div>{sender}'
            f'<table style="width:100%;margin-top:10px"><tr><td>{_e(i["customer"])}<br>{_e(i["street"])}<br>'
            f'{_e(i["town2"])}</td><td style="width:40%"><table>{ref}</table></td></tr></table>'
            f'<p class="big">{p.w("title")} {_e(i["no"])}</p>{p.items()}{p.totals(words=True)}{p.footer()}'
        )
    elif t == "banner":
        cells = [
            (p.w("number"), _e(i["no"])),
            (p.w("date"), p.dt(i["date"])),
            (p.w("due"), p.dt(i["due"])),
            (p.w("total", cur=i["cur"]), p.money(i["total"])),
        ]
        banner = "".join(f'<td><div class="small">{a}</div><div class="big">{b}</div></td>' for a, b in cells)
        body = (
            f'{title}{p.vendor_block()}<table class="banner" style="margin-top:12px;width:100%"><tr>'
            f"{banner}</tr></table>{p.bill_to()}{p.items()}{p.totals()}{p.footer()}"
        )
    elif t == "stacked":
        cols = "".join(
            f'<td style="padding-right:22px"><div class="small">{a}</div><div>{b}</div></td>'
            for a, b in p.meta()
        )
        body = (
            f'<div class="small" style="text-align:right">{_e(i["vendor"])}</div>{title}<table><tr>{cols}'
            f"</tr></table>{p.bill_to()}{p.items()}{p.totals()}{p.footer()}"
            f'<hr><div style="text-align:center">{p.vendor_block("center")}</div>'
        )
    else:  # vat_summary: many items over pages, a VAT table (rate, net, VAT, gross) and the total below it
        pairs = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in p.meta())
        i["items"] = i["items"] + [(rng.choice(ITEMS), 1, Decimal("12.50"), Decimal("12.50"))] * 30
        i["subtotal"] = sum((a for *_, a in i["items"]), Decimal("0"))
        i["tax"] = (i["subtotal"] * Decimal(str(i["rate"])) / 100).quantize(Decimal("0.01"))
        i["total"] = i["subtotal"] + i["tax"]
        summary = (
            f'<table class="box" style="margin-top:12px"><tr><th>%</th><th>{p.w("subtotal")}</th>'
            f"<th>{p.w('tax', rate='')}</th><th>{p.w('total', cur=i['cur'])}</th></tr>"
            f"<tr><td>{i['rate']}</td>"
            f"<td>{p.money(i['subtotal'], 'none')}</td><td>{p.money(i['tax'], 'none')}</td>"
            f"<td>{p.money(i['total'], 'none')}</td></tr></table>"
        )
        body = (
            f"{p.vendor_block()}{title}<table>{pairs}</table>{p.bill_to()}{p.items()}{summary}"
            f'<p class="big">{p.w("total", cur=i["cur"])}: {p.money(i["total"], "code")}</p>{p.footer()}'
        )
    head = f'<!doctype html><html lang="{inv["lang"]}"><meta charset="utf-8"><style>{CSS}</style>'
    return f"{head}<body>{body}</body></html>"


def to_pdf(html_path: Path, pdf_path: Path, profile: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is not installed (Debian: apt-get install -y chromium)")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pdf-header-footer",
        f"--user-data-dir={profile}",
        f"--print-to-pdf={pdf_path}",
    ]
    subprocess.run([chromium, *flags, html_path.as_uri()], capture_output=True, timeout=120, check=True)


def build(out: Path, name: str, seed: int, n: int) -> None:
    rng = random.Random(seed)
    langs = ["en", "de", "fr", "es", "it", "nl", "pt"]
    for sub in ("pdf", "html", "key"):
        (out / name / sub).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        for k in range(n):
            template = TEMPLATES[name][k % len(TEMPLATES[name])]
            inv = make_invoice(rng, template, langs[(k * 3 + seed) % len(langs)])
            doc = render_html(rng, inv)
            stem = f"{name}{k:02d}_{inv['lang']}_{template}"
            (out / name / "html" / f"{stem}.html").write_text(doc)
            to_pdf(out / name / "html" / f"{stem}.html", out / name / "pdf" / f"{stem}.pdf", Path(profile))
            (out / name / "key" / f"{stem}.json").write_text(json.dumps(key_of(inv), indent=1) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=15)
    args = ap.parse_args()
    build(args.out, "A", 101, args.n)
    build(args.out, "B", 202, args.n)
    print(f"wrote {2 * args.n} invoices under {args.out}")


if __name__ == "__main__":
    main()
