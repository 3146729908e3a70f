"""Set G layouts 4-6: Dutch IT invoice with timesheet, JPY SaaS invoice, UK insurance broker debit note."""

from __future__ import annotations

import random
from datetime import date

from outside_common_g import (
    D,
    Doc,
    digits,
    dmy,
    issue,
    key,
    kv,
    money,
    month_name,
    pct,
    plus,
    q,
    render,
    rows,
    source,
)

TIMESHEET = """
#grid(columns: (auto, 1fr), column-gutter: 10pt,
  block(fill: rgb("#2d6a4f"), inset: 10pt, text(size: 20pt, weight: "bold", fill: white)[KIC]),
  stack(spacing: 4pt, text(size: 12pt, weight: "bold", @vendor), @reg))
#v(8pt)
#grid(columns: (1fr, auto), stack(spacing: 3pt, [Verzekeringsmaatschappij De Waal N.V.],
  [t.a.v. crediteurenadministratie], [Postbus 4410, 3006 AK Rotterdam]), @@meta)
#text(size: 14pt, weight: "bold")[Factuur]
#table(columns: (1fr, auto, auto, auto), align: (left, right, right, right), stroke: (bottom: 0.4pt), @@inv)
#align(right, @@totals)
#text(weight: "bold", @sheet_title)
#table(columns: (auto, 1fr, auto), align: (left, left, right), stroke: (bottom: 0.2pt + gray), inset: 3pt,
  @@sheet)
#align(right, @hours)
#@pay
"""


def timesheet_nl(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Kanaalzicht IT Consultancy B.V.", "Bitvaart Solutions B.V.", "Van Dijk & Molenaar B.V."]
    )
    m = rng.randint(1, 11)
    d = plus(issue(rng, (m + 1, m + 1)).replace(day=1), -1)  # last day of month m
    num, due = f"{d.year}-{digits(rng, 4)}", plus(d, 30)
    tasks = [
        "Migratie datawarehouse",
        "Sprint review en planning",
        "API-koppeling polisadministratie",
        "Code review",
        "Performance-analyse batchverwerking",
        "Overleg met product owner",
    ]
    sheet, hours = [], D(0)
    for day in sorted(rng.sample(range(1, d.day + 1), 12)):
        h = D(rng.choice(["8", "7.5", "8", "6", "4"]))
        hours += h
        sheet.append([dmy(d.replace(day=day), "-"), rng.choice(tasks), money(h, "eu", 1)])
    rate, km = D(rng.choice([85, 92, 95, 105, 110])), D(rng.randint(200, 600))
    fee, travel = q(hours * rate), q(km * D("0.23"))
    sub = fee + travel
    vat = pct(sub, 21)
    total = sub + vat

    def e(x: D) -> str:
        return "€ " + money(x, "eu")

    month = f"{month_name(d, 'nl')} {d.year}"
    v = dict(
        vendor=vendor,
        reg=f"KvK {digits(rng, 8)} · BTW NL{digits(rng, 9)}B01 · IBAN NL{digits(rng, 2)}RABO0123",
    )
    po = f"PO-{digits(rng, 6)}"
    v["meta"] = kv(
        [
            ("Factuurnummer", num),
            ("Factuurdatum", dmy(d, "-")),
            ("Vervaldatum", dmy(due, "-")),
            ("Opdracht", po),
        ]
    )
    data = [[f"Consultancy {month}", money(hours, "eu", 1) + " uur", e(rate), e(fee)]]
    data += [["Reiskosten woon-werk", f"{km} km", e(D("0.23")), e(travel)]]
    v["inv"] = rows(["Omschrijving", "Aantal", "Tarief", "Bedrag"], data)
    v["totals"] = kv(
        [("Subtotaal", e(sub)), ("BTW 21%", e(vat)), ("Totaal te betalen", e(total))], bold_last=True
    )
    v |= dict(
        sheet_title=f"Urenverantwoording {month}", sheet=rows(["Datum", "Werkzaamheden", "Uren"], sheet)
    )
    v["hours"] = f"Totaal uren: {money(hours, 'eu', 1)}"
    v["pay"] = f"Gelieve het totaalbedrag vóór {dmy(due, '-')} over te maken o.v.v. {num}. Bedragen in EUR."
    pr = {
        "invoice_number": num,
        "date": dmy(d, "-"),
        "due_date": dmy(due, "-"),
        "total": e(total),
        "currency": "€",
    }
    pr |= {"vendor_name": vendor, "subtotal": e(sub), "tax": e(vat)}
    src = source(render(TIMESHEET, v), "DejaVu Sans", stretch="87.5%")
    return Doc("timesheet", "nl", src, key(num, d, due, total, "EUR", vendor, sub, vat), pr)


SAAS = """
#grid(columns: (1fr, auto), text(size: 16pt, weight: "bold", fill: rgb("#5b2a86"), @vendor),
  text(size: 20pt)[Invoice])
#v(6pt)
#grid(columns: (auto, 1fr, auto, 1fr), column-gutter: 10pt, row-gutter: 4pt,
  text(fill: gray)[Invoice number], @num, text(fill: gray)[Bill to], [Mitsuwa Insurance Services Co., Ltd.],
  text(fill: gray)[Date of issue], @issued, [], [Otemachi 1-5-1, Chiyoda-ku, Tokyo],
  text(fill: gray)[Date due], @due, [], @cust)
#v(4pt)
#@regno
#v(8pt)
#text(size: 14pt, weight: "bold", @headline)
#table(columns: (1fr, auto, auto, auto), align: (left, right, right, right), stroke: (bottom: 0.3pt + gray),
  inset: 6pt, @@rows)
#align(right, @@totals)
#v(10pt)
#text(size: 8pt)[All amounts in JPY. Tax is calculated on the invoice subtotal (10% standard rate).]
"""


def saas_jpy(rng: random.Random) -> Doc:
    vendor = rng.choice(["Kumogata Cloud K.K.", "Hoshizora Systems Co., Ltd.", "Sakuragi Data Inc."])
    num, d = f"INV-JP-{digits(rng, 5)}", issue(rng, (2, 10))
    due = plus(plus(d.replace(day=1), 62).replace(day=1), -1)  # end of next month
    seats, calls = rng.randint(12, 60), rng.randint(3, 40) * 100
    lines = [
        ("Business plan - seats", seats, D(1800)),
        ("API calls over quota (per 1,000)", calls, D(12)),
        ("Additional storage (per 100 GB)", rng.randint(1, 9), D(2500)),
    ]
    sub = sum(n * p for _, n, p in lines)
    tax = (sub / 10).to_integral_value(rounding="ROUND_DOWN")
    total, credit = sub + tax, D(rng.choice([3000, 5000, 10000]))

    def y(x: D) -> str:
        return "¥" + money(x, dp=0)

    def ed(x: date) -> str:
        return f"{month_name(x, 'en')} {x.day}, {x.year}"

    end = plus(d.replace(day=1), -1)
    period = f"{month_name(end, 'en')} 1 - {ed(end)}"
    v = dict(vendor=vendor, num=num, issued=ed(d), due=ed(due), cust=f"Customer ID cus_{digits(rng, 8)}")
    v |= dict(
        regno=f"Registration Number T{digits(rng, 13)}", headline=f"{y(total - credit)} JPY due {ed(due)}"
    )
    data = [[f"{a} ({period})", f"{n:,}", y(p), y(n * p)] for a, n, p in lines]
    v["rows"] = rows(["DESCRIPTION", "QTY", "UNIT PRICE", "AMOUNT"], data)
    v["totals"] = kv(
        [
            ("Subtotal", y(sub)),
            ("Consumption tax (10%)", y(tax)),
            ("Total", y(total)),
            ("Credit applied", "-" + y(credit)),
            ("Amount due", y(total - credit) + " JPY"),
        ],
        bold_last=True,
    )
    pr = {"invoice_number": num, "date": ed(d), "due_date": ed(due), "total": y(total), "currency": "JPY"}
    pr |= {"vendor_name": vendor, "subtotal": y(sub), "tax": y(tax)}
    src = source(render(SAAS, v), "Liberation Sans", margin="2.2cm")
    return Doc("saas_jpy", "en", src, key(num, d, due, total, "JPY", vendor, sub, tax, 0), pr)


BROKER = """
#align(right, stack(spacing: 3pt, text(size: 14pt, weight: "bold", @vendor), [14 Cornhill, London EC3V 3ND],
  text(size: 7.5pt, @fca)))
#v(12pt)
#text(size: 13pt, weight: "bold")[DEBIT NOTE / INVOICE]
#line(length: 100%, stroke: 1pt)
#grid(columns: (auto, 1fr, auto, 1fr), column-gutter: 10pt, row-gutter: 4pt,
  [Invoice No.], @num, [Insured], [Brightwater Dental Group Ltd], [Date], @issued, [Policy No.], @policy,
  [Client ref.], @client, [Insurer], @insurer, [Transaction], [Renewal], [Period of cover], @cover)
#v(8pt)
#table(columns: (1fr, auto), align: (left, right), stroke: (bottom: 0.3pt + gray), inset: 5pt, @@rows)
#v(6pt)
#@pay

#@instal

#@quote
"""


def broker_uk(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Harrowgate Insurance Brokers Ltd", "Thameside Risk Partners LLP", "Caldwell & Pike Ltd"]
    )
    num, d = f"DN-25-{digits(rng, 5)}", issue(rng)
    due, start = plus(d, 14), plus(d, rng.randint(18, 40)).replace(day=1)
    prem = q(D(str(rng.uniform(1400, 9800))))
    terr, fee = q(prem * D("0.04")), D(rng.choice([35, 50, 75]))
    ipt = pct(prem + terr, 12)
    sub = prem + terr + fee
    total = sub + ipt

    def ld(x: date) -> str:
        return f"{x.day} {month_name(x, 'en')} {x.year}"

    data = [
        ["Commercial Combined - annual premium", "£" + money(prem)],
        ["Terrorism cover (Pool Re)", "£" + money(terr)],
        ["Broker administration fee (exempt)", "£" + money(fee)],
        ["Subtotal", "£" + money(sub)],
        ["Insurance Premium Tax @ 12%", "£" + money(ipt)],
        ["Total payable", "£" + money(total)],
    ]
    v = dict(
        vendor=vendor,
        fca=f"Authorised and regulated by the Financial Conduct Authority, FRN {digits(rng, 6)}",
    )
    v |= dict(
        num=num, issued=ld(d), policy=f"POL/CC/{d.year}/{digits(rng, 6)}", client=f"BRI{digits(rng, 4)}"
    )
    v |= dict(
        insurer=f"Meridian Underwriting (Lloyd's Syndicate {digits(rng, 4)})", rows=rows(["", ""], data)
    )
    v["cover"] = f"{dmy(start, '/')} to {dmy(plus(start, 364), '/')}"
    v["pay"] = f"Payment due by {ld(due)}. Cover is conditional on payment of the premium by this date."
    v["instal"] = f"Instalment option: deposit £{money(q(total / 10))} followed by 9 monthly payments."
    v["quote"] = (
        f"Amounts in GBP. Please quote {num} with your payment. Sort code 20-{digits(rng, 2)}-"
        f"{digits(rng, 2)}"
    )
    pr = {
        "invoice_number": num,
        "date": ld(d),
        "due_date": ld(due),
        "total": "£" + money(total),
        "currency": "GBP",
    }
    pr |= {"vendor_name": vendor, "subtotal": money(sub), "tax": money(ipt)}
    src = source(render(BROKER, v), "Libertinus Serif", size="10pt")
    return Doc("broker_debit_note", "en", src, key(num, d, due, total, "GBP", vendor, sub, ipt), pr)


BUILDERS = [timesheet_nl, saas_jpy, broker_uk]
