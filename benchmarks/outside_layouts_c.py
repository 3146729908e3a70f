"""Page layouts of set C (benchmarks/outside_invoices_c.py), drawn at coordinates with fpdf2.

``Doc`` wraps one fpdf2 document with the invoice's own formats (amount mark, number style, date
style, tax name, one of Helvetica/Times/Courier); each layout function draws one invoice's facts.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from fpdf import FPDF
from fpdf.errors import FPDFUnicodeEncodingException

from outside_locale_c import MARKETS, fmt_date, fmt_num, indian_words, pick

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"helvetica": "DejaVuSans", "times": "DejaVuSerif", "courier": "DejaVuSansMono"}


def q(v: Decimal, jpy: bool = False) -> Decimal:
    return v.quantize(Decimal("1") if jpy else Decimal("0.01"), ROUND_HALF_UP)


class Doc:
    """An fpdf2 page with the invoice's own formats; every drawn string is kept for the text-layer check."""

    def __init__(self, rng: random.Random, inv: dict, unicode: bool) -> None:
        self.rng, self.inv, self.lang, p = rng, inv, inv["lang"], inv["p"]
        self.mark, self.nums = rng.choice(p["marks"].split("|")), rng.choice(p["nums"].split("|"))
        self.dstyle, self.taxname = rng.choice(p["dates"].split("|")), rng.choice(p["tax"].split("|"))
        self.pdf = FPDF(format="letter" if p["letter"] else "A4")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_creation_date(datetime(2025, 1, 1, tzinfo=UTC))  # same seed, same bytes
        self.pdf.set_auto_page_break(False)
        self.family, self.base = inv["font"], {"helvetica": 9, "times": 10, "courier": 8}[inv["font"]]
        if unicode:
            font = f"{DEJAVU}{FONTS[self.family]}"
            self.pdf.add_font(self.family + "u", "", f"{font}.ttf")
            self.pdf.add_font(self.family + "u", "B", f"{font}-Bold.ttf")
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

    def item_rows(self) -> list[list[str]]:
        return [[s, str(n), self.num(u), self.num(a)] for s, n, u, a, _ in self.inv["lines"]]

    def totals(self, y: float, rows: list[tuple[str, Decimal | str, bool]], xl: float = 0) -> float:
        xl = xl or self.R - 78
        for label, v, bold in rows:
            size = self.base + 1.5 * bold
            self.t(xl, y, label, size, bold)
            self.t(self.R, y, v if isinstance(v, str) else self.money(v), size, bold, "R")
            y += 5.6 + 1.5 * bold
        return y

    def std_totals(self, y: float, xl: float = 0) -> float:
        i = self.inv
        rows = [(self.w("subtotal"), i["sub"], False)] if i["show_sub"] else []
        rows += [(self.tax_label(r), x, False) for r, _, x in i["taxes"]]
        labels = {"irpf": lambda: self.w("irpf", rate=15), "rounding": lambda: self.w("rounding")}
        rows += [(labels[k](), x, False) for k, x in i["extras"] if k in labels]
        return self.totals(y, [*rows, (self.w("total"), i["total"], True)], xl)

    def address(self, x: float, y: float, name: str, k: int, head: str = "") -> float:
        i = self.inv
        for s, bold in ((head, True), (name, not head), (i["streets"][k], False), (i["towns"][k], False)):
            self.t(x, y, s, bold=bold)
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
    period = f"{d.dt(end - timedelta(days=30))} - {d.dt(end)}"
    rows += [(d.w("util_due"), d.dt(i["due"])), (d.w("period"), period)]
    d.pairs(R - 88, R - 2, 31, rows, "R")
    prev = q(i["total"] * d.rng.randint(80, 120) / 100) + i["paid"]
    d.t(16, 70, d.w("summary"), 11, True)
    pdf.rect(16, 73, R - 13, 36)
    rows = [
        (d.w("prev"), prev, False),
        (d.w("payment"), i["paid"] - prev, False),
        (d.w("fwd"), i["paid"], False),
    ]
    rows += [(d.w("current"), i["total"], False), (d.w("total_due"), i["total"] + i["paid"], True)]
    d.R -= 3
    d.totals(79, rows, 20)
    d.R += 3
    d.t(16, 120, d.w("details"), 11, True)
    dec = d.nums[0] if d.nums[0] in ".," else "."
    rows = [[s, f"{n} kWh", f"{u:.4f}".replace(".", dec), d.num(a)] for s, n, u, a, _ in i["lines"]]
    rows[0][1:3] = ["", ""]  # the fixed charge
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
    meta = [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"])), (d.w("due"), d.dt(i["due"]))]
    d.pairs(R - 75, R, 34, meta, "R")
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
    order_no = f"{i['ref'][:3]}-{i['ref'][3:]}-{i['ref'][::-1][:4]}"
    meta += [(d.w("order"), order_no), (d.w("order_date"), d.dt(order))]
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
    rows = [[str(k), *row] for k, row in enumerate(d.item_rows(), 1)]
    cols = [(16, "L"), (28, "L"), (R - 70, "R"), (R - 38, "R"), (R, "R")]
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
    title = d.w("title")
    d.t(R, 22, title, 18, True, "R")
    meta = [(d.w("number"), i["no"]), (d.w("date"), d.dt(i["date"])), (d.w("due"), d.dt(i["due"]))]
    d.pairs(R - 80, R, 32, [*meta, (d.w("customer"), i["ref"][:6])], "R")
    d.address(16, 50, i["customer"], 1, d.w("bill_to"))
    rows = [[f"{10000 + 37 * k}", *row] for k, row in enumerate(d.item_rows())]
    cols = [(16, "L"), (34, "L"), (R - 62, "R"), (R - 32, "R"), (R, "R")]
    head = ["Art.", d.w("desc"), d.w("qty"), d.w("price"), d.w("amount")]
    carried = d.num(sum((a for *_, a, _ in i["lines"][:32]), Decimal(0)))
    y = d.table(76, cols, head, rows[:32])
    d.totals(y + 3, [(d.w("carried"), carried, True)])
    page = d.w("page", n="{n}", m="{m}")  # one wording on both pages
    d.t(R, d.H - 10, page.format(n=1, m=2), 8, align="R")
    d.pdf.add_page()
    d.t(16, 16, f"{i['vendor']} - {title} {i['no']}", 8)
    y = d.totals(28, [(d.w("brought"), carried, False)])
    y = d.std_totals(d.table(y + 3, cols, head, rows[32:]) + 3)
    d.t(16, y + 6, d.w("terms"))
    d.t(R, d.H - 10, page.format(n=2, m=2), 8, align="R")


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
    cells = [("Invoice No.", i["no"]), ("Dated", d.dt(i["date"])), ("Delivery Note", "")]
    cells += [("Mode/Terms of Payment", "30 Days"), ("Buyer's Order No.", f"PO-{i['ref'][:4]}")]
    cells += [
        ("Dated", d.dt(po_date)),
        ("Dispatched through", "By Road"),
        ("Destination", i["towns"][1].split()[0]),
    ]
    for k, (label, value) in enumerate(cells):
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
    cols = [(12, "L"), (24, "L"), (104, "L"), (146, "R"), (166, "R"), (168, "L"), (198, "R")]
    head = ["Sl No", "Description of Goods", "HSN/SAC", "Quantity", "Rate", "per", "Amount"]
    y = d.table(98, cols, head, rows)
    d.t(12, y + 3, "Amount Chargeable (in words)", 7)
    d.t(198, y + 3, "E. & O.E", 7, align="R")
    d.t(12, y + 8, f"INR {indian_words(int(i['total']))} Only", bold=True)
    half = [(k, a, q(a * r / 200)) for k, (*_, a, _) in enumerate(i["lines"], 1)]
    c = f"{d.pct(r / 2)}%"
    rows = [[f"8{k}{i['ref'][k]}9", d.num(a), c, d.num(h), c, d.num(h), d.num(2 * h)] for k, a, h in half]
    rows.append(["Total", d.num(i["sub"]), "", d.num(tax / 2), "", d.num(tax / 2), d.num(tax)])
    cols = [(12, "L"), (70, "R"), (95, "R"), (120, "R"), (145, "R"), (170, "R"), (198, "R")]
    head = ["HSN/SAC", "Taxable Value", "CGST Rate", "Amount", "SGST Rate", "Amount", "Total Tax"]
    y = d.table(y + 18, cols, head, rows)
    paise = int((tax - int(tax)) * 100)
    words = f"INR {indian_words(int(tax))} and {indian_words(paise)} paise Only"
    d.t(12, y + 4, f"Tax Amount (in words) : {words}")
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
    rows = [[row[0], f"SKU-{i['ref'][k]}{k}{row[1]}", *row[1:]] for k, row in enumerate(d.item_rows())]
    cols = [(16, "L"), (R - 110, "L"), (R - 72, "R"), (R - 36, "R"), (R, "R")]
    price, amount = {"fr": ("Prix TTC", "Total TTC"), "de": ("Preis", "Summe")}.get(
        d.lang, ("Price", "Total")
    )
    y = d.table(92, cols, [d.w("desc"), "SKU", d.w("qty"), price, amount], rows)
    r, _, tax = i["taxes"][0]
    rows = [({"de": "Zwischensumme", "fr": "Sous-total"}.get(d.lang, "Subtotal"), i["sub"], False)]
    rows.append((d.w("shipping"), i["extras"][0][1], False))
    if i["show_sub"]:
        rows.append((d.tax_label(r), tax, False))
    y = d.totals(y + 3, [*rows, (d.w("total"), i["total"], True)])
    if not i["show_sub"]:
        y = d.totals(y, [(d.w("incl", tax=d.taxname, rate=d.pct(r)), tax, False)])
    d.t(16, y + 6, d.w("paid_note"))


RENDER = {f.__name__: f for f in (saas, utility, freelance, vat_multi, european, twopage, gst, shop)}


def render(inv: dict, seed: int) -> Doc:
    """Core fonts when every string fits cp1252, else the same drawing (same seed) in embedded DejaVu."""
    try:
        doc = Doc(random.Random(seed), inv, unicode=False)
        RENDER[inv["t"]](doc)
    except FPDFUnicodeEncodingException:
        doc = Doc(random.Random(seed), inv, unicode=True)
        RENDER[inv["t"]](doc)
    return doc
