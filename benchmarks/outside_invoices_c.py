"""Set C of outside-style invoices: text drawn at coordinates by fpdf2, not HTML printed by Chromium.

    python benchmarks/outside_invoices_c.py [--out /tmp/outside_invoices] [--n 24] [--seed 303] [--check]

Sets A and B (benchmarks/outside_invoices.py) are HTML through headless Chromium. Set C is another PDF
producer with another text layer (fpdf2: core Helvetica/Times/Courier in WinAnsi encoding, or embedded
DejaVu subsets when an invoice needs more than cp1252), eight layouts A/B do not use and 15 country
profiles (benchmarks/outside_locale_c.py): saas (meta block top right, "<amount> due <date>" banner,
tax "on" its base, sometimes account credit), utility (account summary box, statement and due dates,
service period, remittance stub), freelance (From / Bill to columns, hours x rate, deposits, Spanish
IRPF withholding, French VAT exemption), vat_multi (marketplace seller invoice with a VAT breakdown
over several rates, order date), european (letter-style comma-decimal invoice, due date sometimes only
in a sentence, Swedish öre rounding, Polish sale date), twopage (totals on page 2, carried-forward sums),
gst (Indian Tally-style grid, CGST+SGST, round off, total in words, lakh grouping), shop (order invoice,
shipping, VAT included or US sales tax added).

Key choices where real invoices are ambiguous:
- ``total`` is the invoice's own total (after rounding lines printed on the invoice and after IRPF
  withholding, which Spanish invoices deduct in the total), never what is left to pay after earlier
  payments: a deposit ("Balance due"), applied account credit ("Amount due") or a utility bill's
  previous balance ("Total amount due") leave the key's total unchanged.
- ``tax`` is the sum of every tax line (several VAT rates, CGST+SGST, US state+city taxes); IRPF is a
  withholding, not a tax added, and is not in it. ``subtotal`` is the net amount before tax; null when the
  invoice prints none (prices including VAT, untaxed invoices without a subtotal line).
- ``due_date`` is null when no due date is printed (paid shop/marketplace orders, Indian invoices); a
  due date printed only in a payment sentence counts. Writes <out>/C/pdf/*.pdf and <out>/C/key/*.json.
``--check`` reads every PDF back with pdfplumber: every drawn character must come back, no ``(cid:n)``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from fpdf import FPDF
from fpdf.errors import FPDFUnicodeEncodingException

from outside_locale_c import (
    FREELANCERS,
    GST_ITEMS,
    ITEMS,
    MARKETS,
    PROFILES,
    SAAS_ITEMS,
    UTIL_ITEMS,
    UTILITIES,
    fmt_date,
    fmt_num,
    indian_words,
    pick,
)

TEMPLATES = {
    "saas": ["en-US", "en-IE", "de-CH", "en-JP", "en-GB"],
    "utility": ["en-US", "de-DE", "sv-SE", "en-GB"],
    "freelance": ["es-ES", "en-US", "fr-FR", "nl-NL", "pt-BR", "en-GB"],
    "vat_multi": ["de-DE", "pl-PL", "it-IT", "fr-FR", "es-ES", "sv-SE"],
    "european": ["pl-PL", "it-IT", "sv-SE", "pt-PT", "nl-NL", "de-DE", "es-ES", "fr-FR", "pt-BR"],
    "twopage": ["de-DE", "en-GB", "pl-PL", "it-IT", "nl-NL", "en-US"],
    "gst": ["en-IN"],
    "shop": ["en-US", "de-DE", "fr-FR", "en-GB"],
}
STREETS = dict(
    en="Market Street|Mill Lane|Church Road",
    de="Hauptstraße|Bahnhofstraße",
    fr="Rue Victor Hugo|Avenue Jean Jaurès",
    es="Calle Mayor|Avenida de la Paz",
    it="Via Garibaldi|Corso Italia",
    nl="Keizersgracht|Dorpsstraat",
    pl="ul. Długa|ul. Słoneczna",
    pt="Rua do Carmo|Avenida da Liberdade",
    sv="Storgatan|Kungsgatan",
)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"helvetica": "DejaVuSans", "times": "DejaVuSerif", "courier": "DejaVuSansMono"}
C2 = Decimal("0.01")


def q(v: Decimal, jpy: bool = False) -> Decimal:
    return v.quantize(Decimal("1") if jpy else C2, ROUND_HALF_UP)


def _number(rng: random.Random, t: str, code: str, d: date) -> str:
    n, y = rng.randint(1, 9999), d.year
    by_country = {
        "pl": [f"FV/{n % 400}/{d.month:02d}/{y}", f"FV {n % 900}/{y}"],
        "it": [f"{n % 500}/{y}", f"FPR {n % 300}/{y % 100}"],
        "pt": [f"FT {y}A1/{n % 900}", f"{n:08d}"],
        "sv": [f"{10000 + n}"],
        "es": [f"{y}/{n:04d}", f"F{y % 100}-{n:04d}"],
        "fr": [f"FA-{y}-{n:04d}", f"{y}{d.month:02d}-{n % 100:03d}"],
        "de": [f"RE-{y}-{n:04d}", f"{y}{n:05d}"],
        "nl": [f"{y}-{n:04d}", f"F{y}{n % 1000:03d}"],
        "en": [f"INV-{n:05d}", f"{n:04d}", f"{y}-{n % 1000:03d}"],
    }
    return rng.choice(
        {
            "saas": [f"{rng.randbytes(4).hex().upper()}-{n % 10000:04d}"],
            "utility": [f"{rng.randint(10**10, 10**11 - 1)}"],
            "vat_multi": [f"{code[-2:]}{y}-{rng.randint(10**6, 10**7 - 1)}", f"INV-{code[-2:]}-{n:06d}"],
            "gst": [f"GST/{y % 100}-{y % 100 + 1}/{n % 1000:04d}", f"KTS/{n % 900}/{y}-{y % 100 + 1}"],
            "shop": [f"INV-{y}-{n:05d}", f"{code[-2:]}{n:06d}"],
        }.get(t, by_country[PROFILES[code]["lang"]])
    )


def make(rng: random.Random, t: str, code: str) -> dict:
    """One invoice's facts; every amount on the page derives from these."""
    p = PROFILES[code]
    lang, jpy = p["lang"], p["cur"] == "JPY"
    d = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    mult = Decimal(150 if jpy else 5 if code == "pt-BR" else 10 if code in ("sv-SE", "en-IN") else 1)

    def cents(lo: int, hi: int) -> Decimal:
        return q(Decimal(rng.randint(lo * 100, hi * 100)) / 100 * mult, jpy)

    if t == "saas":
        items = [
            (s, rng.choice([1, 1, 3, 5, 12, 25]), cents(9, 499)) for s in rng.sample(SAAS_ITEMS.split("|"), 2)
        ]
    elif t == "utility":
        kwh = rng.randint(150, 2400)
        names = UTIL_ITEMS[lang].split("|")
        per_kwh = [Decimal(rng.randint(900, 3500)) / 10000 * mult for _ in range(2)]
        items = [(names[0], 1, cents(8, 25))] + [
            (s, kwh, r) for s, r in zip(names[1:3], per_kwh, strict=True)
        ]
    elif t == "freelance":
        items = [
            (s, rng.randint(2, 60), cents(35, 140))
            for s in rng.sample(ITEMS[lang].split("|"), rng.randint(1, 3))
        ]
    elif t == "twopage":
        items = [
            (rng.choice(ITEMS[lang].split("|")), rng.randint(1, 40), cents(1, 90))
            for _ in range(rng.randint(37, 42))
        ]
    elif t == "gst":
        items = [(s, rng.randint(2, 150), cents(40, 3000)) for s in GST_ITEMS.split("|")[: rng.randint(2, 5)]]
    else:  # goods or services
        hi = {"vat_multi": 150, "shop": 120, "european": 1800}[t]
        items = [
            (s, rng.randint(1, 12), cents(5, hi))
            for s in rng.sample(ITEMS[lang].split("|"), rng.randint(2, 6))
        ]
    rates = p["rates"]
    if t == "utility":
        rates = {"en-GB": [Decimal(5)], "en-US": [Decimal("4.5"), Decimal("2.5")]}.get(code, rates[:1])
    one = rates[0] if t in ("utility", "shop") else rng.choice(rates[:2])
    lines = [(s, n, u, q(u * n, jpy), rng.choice(rates) if t == "vat_multi" else one) for s, n, u in items]
    if t == "vat_multi" and len({r for *_, r in lines}) == 1:  # a marketplace basket mixes rates
        s, n, u, a, _ = lines[0]
        lines[0] = (s, n, u, a, next(r for r in rates if r != lines[1][4]))
    sub = sum((a for _, _, _, a, _ in lines), Decimal(0))
    taxed = not (code in ("en-US", "pt-BR") and t in ("saas", "freelance")) and not (
        code == "fr-FR" and t == "freelance" and rng.random() < 0.6
    )
    if t == "utility" and code == "en-US":
        taxes = [(r, sub, q(sub * r / 100)) for r in rates]
    elif t == "gst":  # CGST and SGST, each half the rate, per line as the HSN table prints them
        taxes = [(one, sub, 2 * sum((q(a * one / 200) for *_, a, _ in lines), Decimal(0)))]
    else:
        bases = Counter()
        for *_, a, r in lines:
            bases[r] += a
        taxes = [(r, b, q(b * r / 100, jpy)) for r, b in sorted(bases.items())]
    if not taxed:
        taxes = []
    tax = sum((x for *_, x in taxes), Decimal(0))
    inv = dict(
        t=t,
        code=code,
        p=p,
        lang=lang,
        jpy=jpy,
        date=d,
        lines=lines,
        sub=sub,
        taxes=taxes,
        tax=tax,
        due=d + timedelta(days=rng.choice([7, 14, 14, 30, 30, 45])),
        no=_number(rng, t, code, d),
        font=rng.choice(["helvetica", "times", "courier"]),
        extras=[],
        show_sub=taxed or t == "saas" or rng.random() < 0.5,
    )
    total = sub + tax
    if t == "freelance" and code == "es-ES":
        inv["extras"].append(("irpf", -q(sub * 15 / 100)))
    if t == "european" and code == "sv-SE" and rng.random() < 0.7:
        inv["extras"].append(("rounding", q(total, True) - total))
    if t == "gst":
        inv["extras"].append(("round", q(total, True) - total))
    if t == "shop":
        inv["extras"].append(("shipping", cents(4, 15)))
    total += sum((x for _, x in inv["extras"]), Decimal(0))
    if t == "shop" and code != "en-US":  # European shops print gross prices and the VAT they include
        r = one
        inv["taxes"] = [(r, total, q(total - total / (1 + r / 100)))]
        inv["tax"], inv["show_sub"] = inv["taxes"][0][2], False
    inv["total"] = total
    inv["paid"] = {
        "freelance": q(total * rng.choice([0, 0, Decimal("0.3"), Decimal("0.5")]), jpy),
        "saas": q(total * rng.choice([0, 0, Decimal("0.2")]), jpy),
        "utility": rng.choice([0, 0, cents(20, 90)]),
    }.get(t, 0)
    if t in ("gst", "shop", "vat_multi") or (t == "european" and rng.random() < 0.15):
        inv["due"] = None

    def names(s: str) -> list[str]:
        return s.split("|")

    pool = {"freelance": FREELANCERS, "utility": UTILITIES}.get(t, {})
    inv["vendor"] = rng.choice(names(pool.get(code, p["vendors"])))
    others = [v for v in names(p["vendors"]) if v != inv["vendor"]]
    inv["customer"] = rng.choice(others if t != "shop" else ["Emily Carter", "Jonas Weber", "Claire Martin"])
    inv["towns"] = rng.sample(names(p["city"]) * 2, 2)
    inv["streets"] = [f"{s} {rng.randint(1, 140)}" for s in rng.sample(names(STREETS[lang]) * 2, 2)]
    inv["ref"] = f"{rng.randint(10**7, 10**8 - 1)}"
    return inv


def key_of(inv: dict) -> dict:
    return {
        "invoice_number": inv["no"],
        "date": inv["date"].isoformat(),
        "due_date": inv["due"].isoformat() if inv["due"] else None,
        "total": str(inv["total"]),
        "currency": inv["p"]["cur"],
        "vendor_name": inv["vendor"],
        "subtotal": str(inv["sub"]) if inv["show_sub"] else None,
        "tax": str(inv["tax"]) if inv["taxes"] else None,
        "lang": inv["code"],
        "template": inv["t"],
    }


class Doc:
    """An fpdf2 page with the invoice's own formats; every drawn string is kept for the text-layer check."""

    def __init__(self, rng: random.Random, inv: dict, unicode: bool) -> None:
        self.rng, self.inv, self.lang, p = rng, inv, inv["lang"], inv["p"]
        self.mark, self.nums = rng.choice(p["marks"].split("|")), rng.choice(p["nums"].split("|"))
        self.dstyle, self.taxname = rng.choice(p["dates"].split("|")), rng.choice(p["tax"].split("|"))
        self.pdf = FPDF(format="letter" if p["letter"] else "A4")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_auto_page_break(False)
        self.family, self.base = inv["font"], {"helvetica": 9, "times": 10, "courier": 8}[inv["font"]]
        if unicode:
            for style in ("", "B"):
                self.pdf.add_font(
                    self.family + "u", style, f"{DEJAVU}{FONTS[self.family]}{'-Bold' * bool(style)}.ttf"
                )
            self.family += "u"
        self.W, self.H, self.R = self.pdf.w, self.pdf.h, self.pdf.w - 16
        self.drawn: list[str] = []
        self.pdf.add_page()

    def w(self, key: str, **kw: object) -> str:
        return pick(self.rng, self.lang, key, **kw)

    def num(self, v: Decimal) -> str:
        return ("-" if v < 0 else "") + fmt_num(abs(v), self.nums)

    def money(self, v: Decimal) -> str:
        return ("-" if v < 0 else "") + self.mark.format(n=fmt_num(abs(v), self.nums))

    def dt(self, d: date) -> str:
        return fmt_date(d, self.dstyle, self.lang)

    def pct(self, r: Decimal) -> str:
        return f"{r.normalize():f}".replace(".", self.nums[0] if self.nums[0] in ".," else ".")

    def tax_label(self, r: Decimal) -> str:
        return self.w("tax", tax=self.taxname, rate=self.pct(r))

    def t(self, x: float, y: float, s: str, size: float = 0, bold: bool = False, align: str = "L") -> None:
        if not s:
            return
        self.pdf.set_font(self.family, "B" if bold else "", size or self.base)
        width = self.pdf.get_string_width(s)
        self.pdf.text(x - {"L": 0, "R": width, "C": width / 2}[align], y, s)
        self.drawn.append(s)

    def line(self, y: float, x0: float = 16, x1: float | None = None) -> None:
        self.pdf.line(x0, y, x1 or self.R, y)

    def pairs(self, xl: float, xv: float, y: float, rows: list, align: str = "L", step: float = 5.2) -> float:
        for label, value in rows:
            self.t(xl, y, label)
            self.t(xv, y, value, bold=True, align=align)
            y += step
        return y

    def table(self, y: float, cols: list[tuple[float, str]], head: list[str], rows: list[list[str]]) -> float:
        for (x, a), h in zip(cols, head, strict=True):
            self.t(x, y, h, bold=True, align=a)
        self.line(y + 1.6)
        y += 6.5
        for row in rows:
            for (x, a), cell in zip(cols, row, strict=True):
                self.t(x, y, cell, align=a)
            y += 5.4
        self.line(y - 3.4)
        return y + 2

    def item_rows(self, with_unit: bool = True) -> list[list[str]]:
        return [
            [s, str(n), self.num(u), self.num(a)] if with_unit else [s, str(n), self.num(a)]
            for s, n, u, a, _ in self.inv["lines"]
        ]

    def totals(self, y: float, rows: list[tuple[str, Decimal | str, bool]], xl: float = 0) -> float:
        xl = xl or self.R - 78
        for label, v, bold in rows:
            self.t(xl, y, label, bold=bold, size=self.base + 1.5 * bold)
            self.t(
                self.R,
                y,
                v if isinstance(v, str) else self.money(v),
                bold=bold,
                size=self.base + 1.5 * bold,
                align="R",
            )
            y += 5.6 + 1.5 * bold
        return y

    def std_totals(self, y: float, xl: float = 0) -> float:
        i = self.inv
        rows = [(self.w("subtotal"), i["sub"], False)] if i["show_sub"] else []
        rows += [(self.tax_label(r), x, False) for r, _, x in i["taxes"]]
        labels = {"irpf": lambda: self.w("irpf", rate=15), "rounding": lambda: self.w("rounding")}
        rows += [(labels[k](), x, False) for k, x in i["extras"] if k in labels]
        return self.totals(y, [*rows, (self.w("total"), i["total"], True)], xl)

    def address(self, x: float, y: float, name: str, k: int, head: str = "", align: str = "L") -> float:
        i = self.inv
        for s, bold in ((head, True), (name, not head), (i["streets"][k], False), (i["towns"][k], False)):
            self.t(x, y, s, bold=bold, align=align)
            y += 4.6 if s else 0
        return y


def saas(d: Doc) -> None:
    i, R = d.inv, d.R
    d.t(16, 22, i["vendor"], 14, True)
    d.t(16, 36, d.w("title"), 20, True)
    meta = [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"])), (d.w("due"), d.dt(i["due"]))]
    d.pairs(R - 80, R, 20, meta, "R")
    d.address(16, 50, i["vendor"], 0)
    d.address(95, 50, i["customer"], 1, d.w("bill_to"))
    owed, when = i["total"] - i["paid"], d.dt(i["due"])
    d.t(16, 80, d.w("due_phrase", amt=d.money(owed), date=when), 15, True)
    d.t(16, 87, f"{d.w('pay_online')}: https://pay.example/i/{i['ref']}")
    rows = d.item_rows()
    rows.insert(1, [f"{d.dt(i['date'])} - {d.dt(i['date'] + timedelta(days=30))}", "", "", ""])
    cols = [(16, "L"), (R - 75, "R"), (R - 38, "R"), (R, "R")]
    y = d.table(100, cols, [d.w("desc"), d.w("qty"), d.w("price"), d.w("amount")], rows)
    rows = [(d.w("subtotal"), i["sub"], False)]
    for r, base, x in i["taxes"]:
        on = {"en": "on", "de": "auf"}[d.lang]
        rows.append((f"{d.taxname} ({d.pct(r)}% {on} {d.money(base)})", x, False))
    rows.append((d.w("total"), i["total"], False))
    if i["paid"]:
        rows.append((d.w("credit"), -i["paid"], False))
    d.totals(y + 4, [*rows, (d.w("due_amt"), owed, True)], d.R - 100)
    d.t(16, d.H - 14, f"{i['no']} - {d.w('due_phrase', amt=d.money(owed), date=when)}", 7)
    d.t(R, d.H - 14, d.w("page", n=1, m=1), 7, align="R")


def utility(d: Doc) -> None:
    i, R, pdf = d.inv, d.R, d.pdf
    d.t(16, 20, i["vendor"], 14, True)
    d.t(R, 20, d.w("util_title"), 12, True, "R")
    d.address(16, 36, i["customer"], 1)
    end = i["date"] - timedelta(days=d.rng.randint(2, 6))
    pdf.rect(R - 90, 26, 90, 31)
    rows = [(d.w("account"), i["ref"]), (d.w("number"), i["no"]), (d.w("statement"), d.dt(i["date"]))]
    rows += [
        (d.w("util_due"), d.dt(i["due"])),
        (d.w("period"), f"{d.dt(end - timedelta(days=30))} - {d.dt(end)}"),
    ]
    d.pairs(R - 88, R - 2, 31, rows, "R")
    prev = q(i["total"] * d.rng.randint(80, 120) / 100) + i["paid"]
    d.t(16, 70, d.w("summary"), 11, True)
    pdf.rect(16, 73, R - 16, 36)
    rows = [
        (d.w("prev"), prev, False),
        (d.w("payment"), i["paid"] - prev, False),
        (d.w("fwd"), i["paid"], False),
    ]
    rows += [(d.w("current"), i["total"], False), (d.w("total_due"), i["total"] + i["paid"], True)]
    d.totals(79, rows, 20)
    d.t(16, 120, d.w("details"), 11, True)
    dec = d.nums[0] if d.nums[0] in ".," else "."
    rows = [
        [s, f"{n} kWh" if n > 1 else "", f"{u:.4f}".replace(".", dec) if n > 1 else "", d.num(a)]
        for s, n, u, a, _ in i["lines"]
    ]
    y = d.table(127, [(16, "L"), (R - 80, "R"), (R - 45, "R"), (R, "R")], ["", "", "", ""], rows)
    us = ["State sales tax", "City utility tax"] if i["code"] == "en-US" else []
    rows = [(d.w("subtotal"), i["sub"], False)]
    rows += [
        (f"{us[k]} ({d.pct(r)}%)" if us else d.tax_label(r), x, False)
        for k, (r, _, x) in enumerate(i["taxes"])
    ]
    d.totals(y + 2, [*rows, (d.w("total_current"), i["total"], True)])
    pdf.set_dash_pattern(dash=1.5, gap=1.5)
    d.line(d.H - 62)
    pdf.set_dash_pattern()
    d.t(16, d.H - 55, d.w("stub"), 8)
    rows = [(d.w("account"), i["ref"]), (d.w("util_due"), d.dt(i["due"]))]
    rows += [(d.w("total_due"), d.money(i["total"] + i["paid"])), (d.w("enclosed"), "____________")]
    d.pairs(R - 90, R, d.H - 47, rows, "R", 6.5)
    d.address(16, d.H - 40, i["vendor"], 0)


def freelance(d: Doc) -> None:
    i, R = d.inv, d.R
    d.t(R, 24, d.w("title"), 22, True, "R")
    d.pairs(
        R - 75,
        R,
        34,
        [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"])), (d.w("due"), d.dt(i["due"]))],
        "R",
    )
    y = d.address(16, 62, i["vendor"], 0, d.w("sender"))
    d.t(16, y, f"{i['vendor'].split()[0].lower()}@mail.example")
    d.address(105, 62, i["customer"], 1, d.w("bill_to"))
    cols = [(16, "L"), (R - 70, "R"), (R - 38, "R"), (R, "R")]
    y = d.table(95, cols, [d.w("desc"), d.w("hours"), d.w("rate"), d.w("amount")], d.item_rows())
    y = d.std_totals(y + 3)
    if i["paid"]:
        y = d.totals(y, [(d.w("paid"), -i["paid"], False), (d.w("balance"), i["total"] - i["paid"], True)])
    if d.lang == "fr" and not i["taxes"]:
        d.t(16, y + 4, d.w("exempt"))
    d.t(16, y + 12, f"IBAN {i['code'][-2:]}{i['ref'][:2]} 1000 {i['ref'][2:6]} {i['ref'][4:8]} 00")


def vat_multi(d: Doc) -> None:
    i, R = d.inv, d.R
    d.t(16, 14, d.rng.choice(MARKETS.split("|")), 8)
    d.t(16, 27, d.w("title"), 18, True)
    d.t(16, 36, d.w("sold_by") + ":")
    y = d.address(16, 41, i["vendor"], 0)
    d.t(16, y, f"VAT ID {i['code'][-2:]}{i['ref']}{i['ref'][:1]}")
    order = i["date"] - timedelta(days=d.rng.randint(1, 6))
    meta = [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"]))]
    meta += [
        (d.w("order"), f"{i['ref'][:3]}-{i['ref'][3:]}-{i['ref'][::-1][:4]}"),
        (d.w("order_date"), d.dt(order)),
    ]
    d.pairs(R - 88, R, 27, meta, "R")
    d.address(16, 68, i["customer"], 1, d.w("bill_to"))
    d.address(105, 68, i["customer"], 1, d.w("ship_to"))
    rows = [[s, str(n), d.num(u), f"{d.pct(r)}%", d.num(a)] for s, n, u, a, r in i["lines"]]
    cols = [(16, "L"), (R - 95, "R"), (R - 65, "R"), (R - 35, "R"), (R, "R")]
    y = d.table(95, cols, [d.w("desc"), d.w("qty"), d.w("price"), d.w("rate_col"), d.w("amount")], rows)
    d.t(16, y + 5, d.w("vat_summary"), bold=True)
    rows = [[f"{d.pct(r)}%", d.num(b), d.num(x), d.num(b + x)] for r, b, x in i["taxes"]]
    if d.rng.random() < 0.6:
        rows.append([d.w("total"), d.num(i["sub"]), d.num(i["tax"]), d.num(i["total"])])
    head = [d.w("rate_col"), d.w("net_col"), d.w("vat_col", tax=d.taxname), d.w("gross_col")]
    y = d.table(y + 12, [(16, "L"), (R - 105, "R"), (R - 65, "R"), (R - 25, "R")], head, rows)
    rows = [(d.w("subtotal"), i["sub"], False)]
    if d.rng.random() < 0.5:
        rows.append((d.w("total_tax", tax=d.taxname), i["tax"], False))
    y = d.totals(y + 4, [*rows, (d.w("total"), i["total"], True)])
    d.t(16, y + 6, d.w("paid_note"))


def _ids(d: Doc) -> list[str]:
    r = d.inv["ref"]
    return {
        "de": [f"USt-IdNr. DE{r}4", f"HRB {r[:5]} Amtsgericht"],
        "fr": [f"SIRET {r[:3]} {r[3:6]} {r[5:8]} 00012"],
        "es": [f"CIF B{r}"],
        "it": [f"P.IVA 0{r}12", f"C.F. 0{r}12"],
        "nl": [f"KvK {r}", f"btw-id NL{r}9B01"],
        "pl": [f"NIP {r[:3]}-{r[3:6]}-{r[6:]}-{r[:2]}"],
        "sv": [f"Org.nr 556{r[:3]}-{r[3:7]}", "Godkänd för F-skatt"],
        "pt": [f"NIF 5{r}", f"ATCUD: JJ{r[:4]}-{r[4:]}"]
        if d.inv["code"] == "pt-PT"
        else [f"CNPJ {r[:2]}.{r[2:5]}.{r[5:]}/0001-90"],
    }[d.lang]


def european(d: Doc) -> None:
    i, R, pl = d.inv, d.R, d.lang == "pl"
    d.t(R, 20, i["vendor"], 14, True, "R")
    d.t(R, 25, f"{i['streets'][0]} · {i['towns'][0]}", 8, align="R")
    meta = [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"])), (d.w("customer"), i["ref"][:5])]
    if pl:
        meta.insert(2, (d.w("sale_date"), d.dt(i["date"] - timedelta(days=d.rng.choice([0, 2, 5])))))
    due_meta = i["due"] is not None and d.rng.random() < 0.5
    if due_meta:
        meta.append((d.w("due"), d.dt(i["due"])))
    if d.lang == "sv":
        meta.append(("OCR", f"{i['ref']}{len(i['ref'])}"))
    if pl:
        d.pairs(16, 62, 36, meta)
        y = d.address(16, 66, i["vendor"], 0, d.w("sender"))
        d.address(110, 66, i["customer"], 1, d.w("bill_to"))
        d.t(16, y, _ids(d)[0])
    else:
        d.t(16, 45, f"{i['vendor']} · {i['streets'][0]} · {i['towns'][0]}", 6.5)
        d.address(16, 52, i["customer"], 1)
        d.pairs(R - 82, R, 48, meta, "R")
    d.t(16, 95, f"{d.w('title')}{' nr' if pl else ''} {i['no']}", 13, True)
    d.t(16, 102, d.w("intro"))
    rows = [[str(k), s, str(n), d.num(u), d.num(a)] for k, (s, n, u, a, _) in enumerate(i["lines"], 1)]
    cols = [(16, "L"), (24, "L"), (R - 70, "R"), (R - 38, "R"), (R, "R")]
    y = d.table(110, cols, ["Pos.", d.w("desc"), d.w("qty"), d.w("price"), d.w("amount")], rows)
    y = d.std_totals(y + 3)
    d.t(16, y + 6, d.w("terms_due", date=d.dt(i["due"])) if i["due"] and not due_meta else d.w("terms"))
    d.line(d.H - 28)
    d.address(16, d.H - 23, i["vendor"], 0)
    d.t(80, d.H - 23, f"IBAN {i['code'][-2:]}{i['ref'][:2]} {i['ref'][2:6]} {i['ref'][4:]} 0001", 7)
    for k, s in enumerate(_ids(d)):
        d.t(145, d.H - 23 + 4.6 * k, s, 7)


def twopage(d: Doc) -> None:
    i, R = d.inv, d.R
    d.address(16, 20, i["vendor"], 0)
    d.t(R, 22, d.w("title"), 18, True, "R")
    meta = [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"])), (d.w("due"), d.dt(i["due"]))]
    d.pairs(R - 80, R, 32, [*meta, (d.w("customer"), i["ref"][:6])], "R")
    d.address(16, 50, i["customer"], 1, d.w("bill_to"))
    rows = [
        [f"{10000 + 37 * k}", s, str(n), d.num(u), d.num(a)] for k, (s, n, u, a, _) in enumerate(i["lines"])
    ]
    cols = [(16, "L"), (34, "L"), (R - 62, "R"), (R - 32, "R"), (R, "R")]
    head = ["Art.", d.w("desc"), d.w("qty"), d.w("price"), d.w("amount")]
    carried = d.num(sum((a for *_, a, _ in i["lines"][:32]), Decimal(0)))
    y = d.table(76, cols, head, rows[:32])
    d.totals(y + 3, [(d.w("carried"), carried, True)])
    d.t(R, d.H - 10, d.w("page", n=1, m=2), 8, align="R")
    d.pdf.add_page()
    d.t(16, 16, f"{i['vendor']} - {d.w('title')} {i['no']}", 8)
    y = d.totals(28, [(d.w("brought"), carried, False)])
    y = d.std_totals(d.table(y + 3, cols, head, rows[32:]) + 3)
    d.t(16, y + 6, d.w("terms"))
    d.t(R, d.H - 10, d.w("page", n=2, m=2), 8, align="R")


def gst(d: Doc) -> None:
    i, pdf = d.inv, d.pdf
    d.R = 198
    d.t(105, 14, "Tax Invoice", 12, True, "C")
    d.t(200, 14, "(ORIGINAL FOR RECIPIENT)", 7, align="R")
    pdf.rect(10, 17, 190, 268)
    gstin = f"29AABC{i['vendor'][0]}{i['ref'][:4]}F1Z5"
    y = d.address(12, 22, i["vendor"], 0)
    d.t(12, y, f"GSTIN/UIN: {gstin}")
    d.t(12, y + 4.6, "State Name : Karnataka, Code : 29")
    pdf.line(105, 17, 105, 92)
    pdf.line(10, 56, 200, 56)
    po_date = i["date"] - timedelta(days=d.rng.randint(3, 20))
    cells = [
        ("Invoice No.", i["no"]),
        ("Dated", d.dt(i["date"])),
        ("Delivery Note", ""),
        ("Mode/Terms of Payment", "30 Days"),
    ]
    cells += [
        ("Buyer's Order No.", f"PO-{i['ref'][:4]}"),
        ("Dated", d.dt(po_date)),
        ("Dispatched through", "By Road"),
    ]
    for k, (label, value) in enumerate([*cells, ("Destination", i["towns"][1].split()[0])]):
        x, y = 106 + (k % 2) * 47.5, 17 + (k // 2) * 9.75
        d.t(x, y + 3.5, label, 7)
        d.t(x, y + 8, value, bold=True)
        pdf.line(105, y + 9.75, 200, y + 9.75)
    pdf.line(152.5, 17, 152.5, 56)
    y = d.address(12, 62, i["customer"], 1, "Buyer (Bill to)")
    d.t(12, y, f"GSTIN/UIN: 29AAFC{i['ref'][4:8]}K1Z{i['ref'][-1]}")
    d.t(106, 62, "Terms of Delivery", 7)
    pdf.line(10, 92, 200, 92)
    r, _, tax = i["taxes"][0]
    rows = [
        [str(k), s, f"8{k}{i['ref'][k]}9", f"{n} Nos", d.num(u), "Nos", d.num(a)]
        for k, (s, n, u, a, _) in enumerate(i["lines"], 1)
    ]
    rows += [
        ["", f"Output {c}GST @ {d.pct(r / 2)}%", "", "", d.pct(r / 2), "%", d.num(tax / 2)] for c in "CS"
    ]
    rows += [["", "Round Off", "", "", "", "", d.num(i["extras"][0][1])]]
    rows += [["", "Total", "", f"{sum(n for _, n, *_ in i['lines'])} Nos", "", "", d.money(i["total"])]]
    cols = [(12, "L"), (22, "L"), (108, "L"), (142, "R"), (162, "R"), (165, "L"), (198, "R")]
    y = d.table(
        98, cols, ["Sl No", "Description of Goods", "HSN/SAC", "Quantity", "Rate", "per", "Amount"], rows
    )
    d.t(12, y + 3, "Amount Chargeable (in words)", 7)
    d.t(198, y + 3, "E. & O.E", 7, align="R")
    d.t(12, y + 8, f"INR {indian_words(int(i['total']))} Only", bold=True)
    half = [q(a * r / 200) for *_, a, _ in i["lines"]]
    rows = [
        [
            f"8{k}{i['ref'][k]}9",
            d.num(a),
            f"{d.pct(r / 2)}%",
            d.num(h),
            f"{d.pct(r / 2)}%",
            d.num(h),
            d.num(2 * h),
        ]
        for k, ((*_, a, _), h) in enumerate(zip(i["lines"], half, strict=True), 1)
    ]
    rows.append(["Total", d.num(i["sub"]), "", d.num(tax / 2), "", d.num(tax / 2), d.num(tax)])
    cols = [(12, "L"), (70, "R"), (95, "R"), (120, "R"), (145, "R"), (170, "R"), (198, "R")]
    head = ["HSN/SAC", "Taxable Value", "CGST Rate", "Amount", "SGST Rate", "Amount", "Total Tax"]
    y = d.table(y + 18, cols, head, rows)
    paise = int((tax - int(tax)) * 100)
    d.t(
        12,
        y + 4,
        f"Tax Amount (in words) : INR {indian_words(int(tax))} and {indian_words(paise)} paise Only",
    )
    d.t(12, y + 16, "Declaration", 7, True)
    d.t(12, y + 20, "We declare that this invoice shows the actual price of the goods described", 7)
    d.t(12, y + 23.5, "and that all particulars are true and correct.", 7)
    d.t(198, y + 16, f"for {i['vendor']}", bold=True, align="R")
    d.t(198, y + 30, "Authorised Signatory", 7, align="R")
    d.t(105, 290, "This is a Computer Generated Invoice", 7, align="C")


def shop(d: Doc) -> None:
    i, R = d.inv, d.R
    slug = i["vendor"].split()[0].lower().replace(",", "")
    d.t(d.W / 2, 20, i["vendor"], 16, True, "C")
    d.t(d.W / 2, 26, f"www.{slug}.example  |  support@{slug}.example", 8, align="C")
    d.t(16, 42, d.w("title"), 16, True)
    order = i["date"] - timedelta(days=d.rng.randint(0, 3))
    meta = [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"]))]
    d.pairs(R - 80, R, 38, [*meta, (d.w("order"), f"#{i['ref'][:5]}"), (d.w("order_date"), d.dt(order))], "R")
    d.address(16, 66, i["customer"], 1, d.w("bill_to"))
    d.address(105, 66, i["customer"], 1, d.w("ship_to"))
    rows = [
        [s, f"SKU-{i['ref'][k]}{k}{n}", str(n), d.num(u), d.num(a)]
        for k, (s, n, u, a, _) in enumerate(i["lines"])
    ]
    cols = [(16, "L"), (R - 100, "L"), (R - 60, "R"), (R - 32, "R"), (R, "R")]
    y = d.table(92, cols, [d.w("desc"), "SKU", d.w("qty"), d.w("price"), d.w("amount")], rows)
    r, _, tax = i["taxes"][0]
    rows = [({"de": "Zwischensumme", "fr": "Sous-total"}.get(d.lang, "Subtotal"), i["sub"], False)]
    rows.append((d.w("shipping"), i["extras"][0][1], False))
    if i["show_sub"]:
        rows.append((d.tax_label(r), tax, False))
    y = d.totals(y + 3, [*rows, (d.w("total"), i["total"], True)])
    if not i["show_sub"]:
        y = d.totals(y, [(d.w("incl", tax=d.taxname, rate=d.pct(r)), tax, False)])
    d.t(16, y + 6, d.w("paid_note"))


RENDER = dict(
    saas=saas,
    utility=utility,
    freelance=freelance,
    vat_multi=vat_multi,
    european=european,
    twopage=twopage,
    gst=gst,
    shop=shop,
)


def render(inv: dict, seed: int) -> Doc:
    """Core fonts when every string fits cp1252, else the same drawing (same seed) in embedded DejaVu."""
    try:
        doc = Doc(random.Random(seed), inv, unicode=False)
        RENDER[inv["t"]](doc)
    except FPDFUnicodeEncodingException:
        doc = Doc(random.Random(seed), inv, unicode=True)
        RENDER[inv["t"]](doc)
    return doc


def check(path: Path, drawn: list[str]) -> list[str]:
    """What of the drawn text does not come back from the text layer (characters), and glued/split words."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]
    want, got = Counter("".join("".join(s.split()) for s in drawn)), Counter("".join(words))
    problems = [f"missing {dict(want - got)}"] if want - got else []
    problems += [f"extra {dict(got - want)}"] if got - want else []
    odd = Counter(x for s in drawn for x in s.split()) - Counter(words)
    return problems + ([f"{sum(odd.values())} drawn words not found as words"] if odd else [])


def build(out: Path, seed: int, n: int, verify: bool) -> None:
    rng = random.Random(seed)
    for sub in ("pdf", "key"):
        (out / "C" / sub).mkdir(parents=True, exist_ok=True)
    names = list(TEMPLATES)
    for k in range(n):
        t = names[k % len(names)]
        code = TEMPLATES[t][(k // len(names) + seed) % len(TEMPLATES[t])]
        inv = make(rng, t, code)
        doc = render(inv, rng.randrange(2**32))
        stem = f"C{k:02d}_{code}_{t}"
        path = out / "C" / "pdf" / f"{stem}.pdf"
        doc.pdf.output(str(path))
        (out / "C" / "key" / f"{stem}.json").write_text(
            json.dumps(key_of(inv), indent=1, ensure_ascii=False) + "\n"
        )
        if verify:
            print(f"{stem:28s} {doc.family:12s} {'; '.join(check(path, doc.drawn)) or 'text layer ok'}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=303)
    ap.add_argument("--check", action="store_true", help="read every PDF back with pdfplumber")
    args = ap.parse_args()
    build(args.out, args.seed, args.n, args.check)
    print(f"wrote {args.n} invoices under {args.out / 'C'}")


if __name__ == "__main__":
    main()
