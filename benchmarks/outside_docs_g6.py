"""Set G layouts 16-18: Estonian arve (monospace ERP print), Israeli tax invoice, Emirati tax invoice."""

from __future__ import annotations

import random
from datetime import date

from outside_common_g import (
    D,
    Doc,
    digits,
    dmy,
    issue,
    items,
    key,
    kv,
    money,
    pct,
    plus,
    q,
    render,
    rows,
    source,
)

ESTONIA = """
#set par(leading: 0.5em)
#grid(columns: (1fr, auto), stack(spacing: 3pt, text(size: 11pt, weight: "bold", @vendor), @regcode, @kmkr,
  [Pärnu mnt 139, 11317 Tallinn]), stack(spacing: 3pt, text(size: 14pt, weight: "bold", @title), @@meta))
#line(length: 100%, stroke: (dash: "dashed"))
#grid(columns: (auto, 1fr), column-gutter: 12pt, row-gutter: 3pt, [Maksja:], [Salva Kindlustuse AS],
  [Aadress:], [Pärnu mnt 16, 10141 Tallinn], [Tellimus:], @order, [Viivis:], [0,05% päevas])
#line(length: 100%, stroke: (dash: "dashed"))
#table(columns: (auto, 1fr, auto, auto, auto, auto), align: (left, left, right, left, right, right),
  stroke: none,
  inset: 3pt, @@rows)
#line(length: 100%, stroke: (dash: "dashed"))
#align(right, @@totals)
#line(length: 100%, stroke: (dash: "dashed"))
Tasumisel palume kasutada viitenumbrit. Summad eurodes (EUR).

#@bank
"""


def arve_ee(rng: random.Random) -> Doc:
    vendor = rng.choice(["Põhjaranniku Ehitus OÜ", "Tartu Tarkvaralabor OÜ", "Läänemere Kalatööstus AS"])
    num, d = f"25-{rng.randint(100, 9999):04d}", issue(rng, (1, 6))  # KM 22 % until 30.06.2025
    due = plus(d, 14)
    pool = [
        ("Tarkvaraarendus (tund)", 55, 85),
        ("Serveri hooldus kuutasu", 190, 420),
        ("Kasutajatugi (tund)", 35, 50),
        ("Ehitusmaterjalid - kipsplaat", 6, 11),
        ("Projektijuhtimine", 400, 1200),
        ("Koolitus 1 päev", 450, 900),
    ]
    lines = items(rng, pool, 5, qmax=16)
    sub = sum(i.amount for i in lines)
    vat = pct(sub, 22)
    total = sub + vat
    v = dict(vendor=vendor, regcode=f"Registrikood {digits(rng, 8)}", kmkr=f"KMKR nr EE10{digits(rng, 7)}")
    v |= dict(title=f"ARVE nr {num}", order=f"TL-2025-{digits(rng, 3)}")
    v |= dict(bank=f"Swedbank EE{digits(rng, 2)} 2200 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")
    v["meta"] = kv(
        [("Kuupäev:", dmy(d)), ("Maksetähtaeg:", dmy(due)), ("Viitenumber:", digits(rng, 7))], gut="8pt"
    )
    data = [
        [f"{k + 1:02d}", i.desc, str(i.qty), "tk", money(i.price, "sp"), money(i.amount, "sp")]
        for k, i in enumerate(lines)
    ]
    v["rows"] = rows(["Nr", "Kirjeldus", "Kogus", "Üh", "Hind", "Summa"], data)
    trows = [("Summa ilma KM-ta", money(sub, "sp")), ("Käibemaks 22%", money(vat, "sp"))]
    v["totals"] = kv([*trows, ("KOKKU TASUDA EUR", money(total, "sp"))], bold_last=True)
    pr = {
        "invoice_number": num,
        "date": dmy(d),
        "due_date": dmy(due),
        "total": money(total, "sp"),
        "currency": "EUR",
    }
    pr |= {"vendor_name": vendor, "subtotal": money(sub, "sp"), "tax": money(vat, "sp")}
    src = source(render(ESTONIA, v), "Liberation Mono", size="8.5pt")
    return Doc("arve_ee", "et", src, key(num, d, due, total, "EUR", vendor, sub, vat), pr)


ISRAEL = """
#grid(columns: (1fr, auto), stack(spacing: 3pt, text(size: 14pt, weight: "bold", @vendor), @cono, @osek,
  [12 HaBarzel St., Tel Aviv 6971005]), align(right, stack(spacing: 4pt, text(size: 16pt)[חשבונית מס],
  text(size: 12pt, weight: "bold", @title), [מקור / Original])))
#v(8pt)
#block(fill: rgb("#eef3fb"), inset: 8pt, width: 100%, grid(columns: (1fr, 1fr), row-gutter: 4pt,
  [Customer: Menora Insurance Agencies Ltd.], @date, [Customer No. 40233], @terms, @alloc, @due))
#v(6pt)
#table(columns: (auto, 1fr, auto, auto, auto), align: (left, left, right, right, right),
  stroke: (x, y) => if y == 0 { (bottom: 1pt + rgb("#1d4e89")) } else { (bottom: 0.2pt + gray) }, @@rows)
#grid(columns: (1fr, auto), column-gutter: 16pt, text(size: 8pt)[All amounts in ILS (New Israeli Shekel).
  Bank Leumi, branch 800, account 12-34567/89.], @@totals)
#v(14pt)
#text(size: 7.5pt)[Document produced by computer. חשבונית זו הופקה על ידי מערכת ממוחשבת]
"""


def tax_invoice_il(rng: random.Random) -> Doc:
    vendor = rng.choice(["Carmel Analytics Ltd.", "Negev Solar Systems Ltd.", "Yarkon Print & Media Ltd."])
    num, d = str(rng.randint(20000, 29999)), issue(rng)
    nxt = plus(d.replace(day=1), 40).replace(day=1)
    due = plus(plus(nxt, 40).replace(day=1), -1)  # "current + 30": end of the month after next
    pool = [
        ("Data analytics retainer - monthly", 12000, 26000),
        ("Dashboard development (hours)", 320, 480),
        ("Solar panel inspection visit", 1800, 3200),
        ("Printed brochures 2,000 pcs", 4200, 7800),
        ("Cloud hosting - quarterly", 2400, 5200),
        ("On-site workshop", 3500, 6000),
    ]
    lines = items(rng, pool, 4, qmax=3)
    sub = sum(i.amount for i in lines)
    vat = pct(sub, 18)
    total = sub + vat
    v = dict(
        vendor=vendor,
        cono=f"Company No. 51-{digits(rng, 6)}-{rng.randint(1, 9)}",
        title=f"Tax Invoice No. {num}",
    )
    v |= dict(
        osek=f"VAT Reg. (Osek Murshe) {digits(rng, 9)}",
        date=f"Date: {dmy(d, '/')}",
        terms="Terms: Current + 30",
    )
    v |= dict(alloc=f"Allocation No. {digits(rng, 9)}", due=f"Due date: {dmy(due, '/')}")
    data = [
        [str(k + 1), i.desc, str(i.qty), "₪ " + money(i.price), "₪ " + money(i.amount)]
        for k, i in enumerate(lines)
    ]
    v["rows"] = rows(["#", "Description", "Qty", "Unit price", "Amount"], data)
    rows_ = [
        ("Total before VAT", "₪ " + money(sub)),
        ("VAT 18%", "₪ " + money(vat)),
        ("Total incl. VAT", "₪ " + money(total)),
    ]
    v["totals"] = kv(rows_, bold_last=True)
    pr = {
        "invoice_number": num,
        "date": dmy(d, "/"),
        "due_date": dmy(due, "/"),
        "total": money(total),
        "currency": "ILS",
    }
    pr |= {"vendor_name": vendor, "subtotal": money(sub), "tax": money(vat)}
    src = source(render(ISRAEL, v), "DejaVu Sans", size="8.5pt")
    return Doc("tax_invoice_il", "en", src, key(num, d, due, total, "ILS", vendor, sub, vat), pr)


UAE = """
#align(center, stack(spacing: 4pt, text(size: 15pt, weight: "bold", @vendor), [Office 1204, Al Moosa Tower 2,
  Sheikh Zayed Road, Dubai, U.A.E.], @trn))
#v(6pt)
#align(center, block(stroke: 1pt, inset: 6pt, text(size: 13pt, weight: "bold")[TAX INVOICE]))
#table(columns: (1fr, 1fr), stroke: 0.5pt, inset: 6pt,
  stack(spacing: 3pt, strong[Bill To:], [Emirates Shield Insurance PJSC], [P.O. Box 11223, Abu Dhabi], @trn2),
  @@meta)
#table(columns: (auto, 1fr, auto, auto, auto, auto, auto, auto), align: (center, left, right, right, right,
  right,
  right, right), stroke: 0.5pt, inset: 4pt, fill: (x, y) => if y == 0 { rgb("#dcdcdc") }, @@rows)
#align(right, block(stroke: 0.5pt, inset: 6pt, @@totals))
#v(4pt)
#@words

#v(16pt)
#grid(columns: (1fr, 1fr), [Received by: ...................], align(right)[For #@vendor])
"""

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def tax_invoice_ae(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Al Noor Facilities Management L.L.C.", "Desert Pearl Trading FZ-LLC", "Gulf Horizon Technical LLC"]
    )
    num, d = f"DXB/25/{rng.randint(100, 9999):04d}", issue(rng)
    due = plus(d, 30)
    pool = [
        ("HVAC preventive maintenance - monthly", 2800, 6500),
        ("Chiller water treatment", 900, 2200),
        ("Pest control service", 350, 800),
        ("Deep cleaning - office floor", 1500, 3800),
        ("Replacement of LED panels", 120, 260),
        ("Security guard services (per shift)", 240, 380),
    ]
    lines = items(rng, pool, 4, qmax=6)
    sub = sum(i.amount for i in lines)
    vat = sum(q(i.amount * D("0.05")) for i in lines)
    total = sub + vat

    def ed(x: date) -> str:
        return f"{x.day:02d}-{x.strftime('%b')}-{x.year}"

    v = dict(vendor=vendor, trn=f"TRN: 100{digits(rng, 12)}", trn2=f"TRN: 100{digits(rng, 12)}")
    v["meta"] = kv(
        [
            ("Invoice No:", num),
            ("Invoice Date:", ed(d)),
            ("Due Date:", ed(due)),
            ("LPO No:", "4500" + digits(rng, 6)),
            ("Delivery Note:", f"DN-{digits(rng, 4)} dated {ed(plus(d, -2))}"),
        ]
    )
    data = [
        [
            str(k + 1),
            i.desc,
            str(i.qty),
            money(i.price),
            money(i.amount),
            "5%",
            money(q(i.amount * D("0.05"))),
            money(i.amount + q(i.amount * D("0.05"))),
        ]
        for k, i in enumerate(lines)
    ]
    v["rows"] = rows(
        ["S.No", "Description", "Qty", "Rate", "Taxable Amount", "VAT %", "VAT Amount", "Total"], data
    )
    trows = [("Total (Excl. VAT) AED", money(sub)), ("VAT @ 5% AED", money(vat))]
    v["totals"] = kv([*trows, ("Total Amount Payable (AED)", money(total))], bold_last=True)
    fils = int((total - int(total)) * 100)
    v["words"] = f"Amount in words: UAE Dirhams {words(int(total)).title()} and {fils:02d}/100 only"
    pr = {"invoice_number": num, "date": ed(d), "due_date": ed(due), "total": money(total), "currency": "AED"}
    pr |= {"vendor_name": vendor, "subtotal": money(sub), "tax": money(vat)}
    src = source(render(UAE, v), "Liberation Serif", size="9pt")
    return Doc("tax_invoice_ae", "en", src, key(num, d, due, total, "AED", vendor, sub, vat), pr)


BUILDERS = [arve_ee, tax_invoice_il, tax_invoice_ae]
