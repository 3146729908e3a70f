"""Set G layouts 22-24: two-page Danish faktura with "Transport", US industrial invoice, Romanian factură."""

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
    mdy,
    money,
    month_name,
    pct,
    plus,
    q,
    render,
    rows,
    source,
)

DENMARK = """
#set page(footer: context align(center, text(size: 7.5pt)[Side #counter(page).display() af 2]))
#grid(columns: (1fr, auto), stack(spacing: 3pt, text(size: 16pt, weight: "bold", @vendor),
  [Industrivej 14, 9220 Aalborg Øst], @cvr), stack(spacing: 3pt, text(size: 14pt)[FAKTURA], @@meta))
#v(6pt)
#grid(columns: (1fr, 1fr), stack(spacing: 3pt, [Alm. Brand Forsikring A/S], [Att.: Kreditorbogholderiet],
  [Midtermolen 7, 2100 København Ø]), stack(spacing: 3pt, @order, @note, @deliv))
#table(columns: (auto, 1fr, auto, auto, auto), align: (left, left, right, right, right), stroke: none,
  inset: 2.5pt,
  fill: (x, y) => if calc.even(y) { rgb("#f4f4f4") }, @@rows1)
#align(right, text(weight: "bold", @carry1))
#pagebreak()
#grid(columns: (1fr, auto), @vendor, @cont)
#line(length: 100%)
#align(right, text(weight: "bold", @carry2))
#table(columns: (auto, 1fr, auto, auto, auto), align: (left, left, right, right, right), stroke: none,
  inset: 2.5pt,
  @@rows2)
#line(length: 100%)
#align(right, @@totals)
#v(8pt)
#@terms

#text(size: 7.5pt, font: "DejaVu Sans Mono", @fik)
"""


def faktura_dk(rng: random.Random) -> Doc:
    vendor = rng.choice(["Nordjysk Værktøj ApS", "Fynske Elektrogrossister A/S", "Østjysk VVS-Engros ApS"])
    num, d = str(rng.randint(100000, 199999)), issue(rng)
    due = plus(d, 30)
    kinds = [
        "Skruer rustfri A2",
        "Bor HSS",
        "Kabelbinder sort",
        "Slange PVC",
        "Fittings messing",
        "Handsker nitril",
        "Tape sølv",
        "Dyvler nylon",
        "Møtrikker M8",
        "Spændebånd",
    ]
    pool = [(f"{k} {s}", 8, 240) for k in kinds for s in ("str. S", "str. M", "str. L", "pk. 100")]
    lines = items(rng, pool, 38, qmax=20)
    p1, p2 = lines[:30], lines[30:]
    carry = sum(i.amount for i in p1)
    goods = carry + sum(i.amount for i in p2)
    freight = D(rng.choice(["145.00", "195.00", "250.00"]))
    sub = goods + freight
    moms = pct(sub, 25)
    total = sub + moms

    def k(x: D) -> str:
        return money(x, "eu")

    def ld(x: date) -> str:
        return f"{x.day}. {month_name(x, 'da')} {x.year}"

    def table(part: list) -> str:
        data = [[f"{digits(rng, 6)}", i.desc, str(i.qty), k(i.price), k(i.amount)] for i in part]
        return rows(["Varenr.", "Tekst", "Antal", "Stk.pris", "Beløb"], data)

    v = dict(vendor=vendor, cvr=f"CVR-nr. {digits(rng, 8)}", order=f"Ordre nr. {digits(rng, 6)}")
    v |= dict(note=f"Følgeseddel nr. {digits(rng, 6)}", deliv=f"Leveringsdato: {ld(plus(d, -2))}")
    v["meta"] = kv([("Fakturanr.", num), ("Fakturadato", ld(d)), ("Kundenr.", digits(rng, 5))], gut="8pt")
    v |= dict(rows1=table(p1), rows2=table(p2), carry1=f"Transport til side 2: {k(carry)}")
    v |= dict(cont=f"Faktura {num} - fortsat", carry2=f"Transport fra side 1: {k(carry)}")
    v["totals"] = kv(
        [
            ("Varer i alt", k(goods)),
            ("Fragt", k(freight)),
            ("Momsgrundlag", k(sub)),
            ("Moms 25 %", k(moms)),
            ("Total DKK", k(total)),
        ],
        bold_last=True,
    )
    v["terms"] = (
        f"Betalingsbetingelser: Netto 30 dage. Sidste rettidige betalingsdag: {dmy(due)}. Beløb i DKK."
    )
    v["fik"] = f"+71< {digits(rng, 15)} +{digits(rng, 8)}<"
    pr = {"invoice_number": num, "date": ld(d), "due_date": dmy(due), "total": k(total), "currency": "DKK"}
    pr |= {"vendor_name": vendor, "subtotal": k(sub), "tax": k(moms)}
    src = source(render(DENMARK, v), "Liberation Sans", size="8pt", margin="1.6cm")
    return Doc("faktura_dk_2p", "da", src, key(num, d, due, total, "DKK", vendor, sub, moms), pr)


INDUSTRIAL = """
#grid(columns: (1fr, auto), stack(spacing: 3pt, text(size: 14pt, weight: "bold", fill: rgb("#8a1c1c"),
  @vendor),
  [4410 W. Industrial Pkwy, Toledo, OH 43615], [Remit to: P.O. Box 77120, Detroit, MI 48277]),
  block(fill: rgb("#8a1c1c"), inset: 8pt, text(fill: white, size: 16pt, weight: "bold")[INVOICE]))
#v(6pt)
#table(columns: (1fr, 1fr, 1fr, 1fr), stroke: 0.4pt, inset: 4pt, @@meta)
#grid(columns: (1fr, 1fr), column-gutter: 10pt, stack(spacing: 3pt, strong[Bill To],
  [Midwest Mutual Insurance Co.],
  [Accounts Payable, 200 Commerce St], [Columbus, OH 43215]), stack(spacing: 3pt, strong[Ship To],
  [Midwest Mutual - Facilities], [Dock 3, 1800 Harmon Ave], [Columbus, OH 43223]))
#v(4pt)
#table(columns: (auto, 6.2cm, auto, auto, auto, 1fr), align: (left, left, right, left, right, right),
  stroke: (x, y) => (bottom: 0.3pt + gray), inset: 4pt, @@rows)
#align(right, @@totals)
#v(6pt)
#text(size: 7.5pt)[A service charge of 1.5% per month applies to past due balances. All prices in US dollars.]
"""


PARTS = """
380|620|HYDRAULIC GEAR PUMP, 11 GPM @ 1800 RPM, SAE A 2-BOLT MOUNT, 7/8 IN 13T SPLINE SHAFT; PART 25504-RSE
240|410|PRESSURE TRANSDUCER 0-5000 PSI, 4-20 MA OUTPUT, 1/4 NPT MALE, IP67; CALIBRATION CERTIFICATE INCLUDED
45|90|HOSE ASSEMBLY 1/2 IN 2-WIRE, 48 IN OAL, JIC FEMALE SWIVEL BOTH ENDS, CRIMPED AND TESTED TO 4000 PSI
160|290|SOLENOID DIRECTIONAL VALVE D03, 4-WAY 3-POSITION, 24 VDC COILS, TANDEM CENTER, MANUAL OVERRIDE
95|180|FILTER ELEMENT 10 MICRON GLASS FIBER, BETA 200, VITON SEALS; REPLACES OEM 937398Q; BOX OF 6
"""


def industrial_us(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Great Lakes Fluid Power, Inc.",
            "Tri-County Industrial Supply LLC",
            "Red Mesa Instrumentation Corp.",
        ]
    )
    num, d = f"71-{rng.randint(1000, 99999):06d}", issue(rng)
    due = plus(d, 30)
    pool = [(c, int(a), int(b)) for a, b, c in (ln.split("|", 2) for ln in PARTS.strip().splitlines())]
    lines = items(rng, pool, 4, qmax=6)
    merch = sum(i.amount for i in lines)
    disc = pct(merch, 2)
    ship = D(rng.choice(["38.50", "64.75", "112.00"]))
    sub = merch - disc + ship
    tax = pct(sub, "7.25")
    total = sub + tax
    paid = q(total * D("0.25"), 0)

    def u(x: D) -> str:
        return "USD " + money(x)

    v = {"vendor": vendor}
    v["meta"] = rows(
        [],
        [
            [f"Invoice No. {num}", f"Invoice Date: {mdy(d)}", f"Due Date: {mdy(due)}", "Terms: Net 30"],
            [
                f"Customer PO: 4500{digits(rng, 6)}",
                f"Sales Order: SO-{digits(rng, 5)}",
                f"Ship Date: {mdy(plus(d, -3))}",
                "Ship Via: UPS Ground",
            ],
        ],
    )
    data = [[str(k + 1), i.desc, str(i.qty), "EA", u(i.price), u(i.amount)] for k, i in enumerate(lines)]
    v["rows"] = rows(["Line", "Description", "Qty", "UOM", "Unit Price", "Extended"], data)
    v["totals"] = kv(
        [
            ("Merchandise", u(merch)),
            ("Discount (2% volume)", "-" + u(disc)),
            ("Shipping & Handling", u(ship)),
            ("Subtotal", u(sub)),
            ("Sales Tax (7.25%)", u(tax)),
            ("Total", u(total)),
            ("Less: Payment Received", "-" + u(paid)),
            ("Balance Due", u(total - paid)),
        ],
        bold_last=True,
    )
    pr = {"invoice_number": num, "date": mdy(d), "due_date": mdy(due), "total": u(total), "currency": "USD"}
    pr |= {"vendor_name": vendor, "subtotal": u(sub), "tax": u(tax)}
    src = source(render(INDUSTRIAL, v), "DejaVu Sans", size="8pt", stretch="87.5%")
    return Doc("industrial_us", "en", src, key(num, d, due, total, "USD", vendor, sub, tax), pr)


ROMANIA = """
#grid(columns: (1fr, auto, 1fr), column-gutter: 10pt,
  stack(spacing: 3pt, text(size: 7pt)[Furnizor], text(weight: "bold", @vendor), @regcom, @cif, @capital,
    [Str. Memorandumului 28, Cluj-Napoca], @iban),
  align(center, stack(spacing: 4pt, text(size: 18pt, weight: "bold")[FACTURĂ], @serie, @@meta)),
  stack(spacing: 3pt, text(size: 7pt)[Cumpărător], text(weight: "bold")[Asigurarea Românească S.A.],
    [Nr. Reg. Com.: J40/304/1991], [CIF: RO1234567], [Str. Smârdan 5, București]))
#v(8pt)
#table(columns: (auto, 1fr, auto, auto, auto, auto, auto), align: (center, left, center, right, right,
  right, right),
  stroke: 0.5pt, inset: 4pt, @@rows)
#align(right, @@totals)
#v(6pt)
#@aviz

#text(size: 7.5pt)[Factura circulă fără semnătură și ștampilă conform art. 319 alin. (29) din Codul fiscal.]
"""


def factura_ro(rng: random.Random) -> Doc:
    vendor = rng.choice(["Carpați Distribuție S.R.L.", "Transilvania Agro S.A.", "Dobrogea Construct S.R.L."])
    serie, n = rng.choice(["CDX", "TAG", "DBC"]), rng.randint(100, 9999)
    num, d = f"{serie}{n:04d}", issue(rng, (1, 7))  # TVA 19 % until 31.07.2025
    due = plus(d, 30)
    pool = [
        ("Hârtie copiator A4 80 g/mp", 18, 28),
        ("Servicii de mentenanță IT", 850, 2400),
        ("Cartuș toner", 220, 480),
        ("Transport marfă Cluj - București", 900, 1600),
        ("Monitor 27 inch", 780, 1300),
        ("Cablu UTP Cat6 (rolă)", 350, 620),
    ]
    lines = items(rng, pool, 5, qmax=10)
    vats = [q(i.amount * D("0.19")) for i in lines]
    sub, tva = sum(i.amount for i in lines), sum(vats)
    total = sub + tva

    def r(x: D) -> str:
        return money(x, "eu") + " RON"

    data = [
        [str(k + 1), i.desc, "buc", str(i.qty), r(i.price), r(i.amount), r(t)]
        for k, (i, t) in enumerate(zip(lines, vats, strict=True))
    ]
    v = dict(
        vendor=vendor, regcom=f"Nr. Reg. Com.: J12/{digits(rng, 4)}/2015", cif=f"CIF: RO{digits(rng, 8)}"
    )
    v |= dict(capital="Capital social: 200 RON", iban=f"IBAN: RO{digits(rng, 2)}BTRL{digits(rng, 16)}")
    v |= dict(
        serie=f"Seria {serie} nr. {n:04d}",
        aviz=f"Aviz de însoțire nr. {digits(rng, 4)} din {dmy(plus(d, -2))}",
    )
    v["meta"] = kv(
        [
            ("Număr factură:", num),
            ("Data emiterii:", dmy(d)),
            ("Data scadenței:", dmy(due)),
            ("Cota TVA:", "19%"),
        ],
        gut="8pt",
    )
    v["rows"] = rows(
        [
            "Nr.",
            "Denumirea produselor sau a serviciilor",
            "U.M.",
            "Cant.",
            "Preț unitar (fără TVA)",
            "Valoarea",
            "Valoarea TVA",
        ],
        data,
    )
    v["totals"] = kv(
        [("Total fără TVA", r(sub)), ("TVA 19%", r(tva)), ("Total de plată", r(total))], bold_last=True
    )
    pr = {"invoice_number": num, "date": dmy(d), "due_date": dmy(due), "total": r(total), "currency": "RON"}
    pr |= {"vendor_name": vendor, "subtotal": r(sub), "tax": r(tva)}
    src = source(render(ROMANIA, v), "DejaVu Sans", size="8pt", margin="1.4cm")
    return Doc("factura_ro", "ro", src, key(num, d, due, total, "RON", vendor, sub, tva), pr)


BUILDERS = [faktura_dk, industrial_us, factura_ro]
