"""Set G layouts 19-21: Saudi Arabic-English tax invoice, Philippine sales invoice, Italian lawyer's bill."""

from __future__ import annotations

import random

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
    month_name,
    pct,
    plus,
    q,
    render,
    rows,
    source,
)

SAUDI = """
#grid(columns: (1fr, auto, 1fr), align: (left, center, right),
  stack(spacing: 3pt, text(size: 12pt, weight: "bold", @vendor), [Riyadh, Kingdom of Saudi Arabia], @cr),
  box(width: 60pt, height: 60pt, stroke: 0.5pt, align(center + horizon, text(size: 7pt)[QR])),
  stack(spacing: 3pt, text(size: 12pt, weight: "bold", @vendor_ar), [الرياض، المملكة العربية السعودية]))
#v(6pt)
#align(center, text(size: 14pt, weight: "bold")[Tax Invoice  فاتورة ضريبية])
#table(columns: (auto, 1fr, auto), stroke: 0.4pt, inset: 5pt, align: (left, center, right), @@meta)
#table(columns: (1fr, auto, auto, auto, auto, auto), align: (left, right, right, right, right, right),
  stroke: 0.4pt, inset: 4pt, fill: (x, y) => if y < 2 { rgb("#e6eef0") }, @@rows)
#table(columns: (auto, auto, auto), stroke: 0.4pt, inset: 5pt, align: (left, right, right), @@totals)
"""


def bilingual_sa(rng: random.Random) -> Doc:
    names = [
        ("Riyadh Precision Engineering Co. Ltd.", "شركة الرياض للهندسة الدقيقة المحدودة"),
        ("Al-Qassim Food Industries Co.", "شركة القصيم للصناعات الغذائية"),
    ]
    vendor, vendor_ar = rng.choice(names)
    num, d = f"INV-25-{rng.randint(100, 9999):04d}", issue(rng)
    due = plus(d, 30)
    pool = [
        ("Hydraulic hose assembly", 180, 420, "خرطوم هيدروليكي"),
        ("CNC machining service (hour)", 220, 380, "خدمة تشغيل"),
        ("Stainless steel flange DN50", 95, 210, "شفة فولاذية"),
        ("Calibration certificate", 450, 900, "شهادة معايرة"),
        ("Packaged dates 5 kg carton", 60, 140, "تمور معبأة"),
    ]
    pick = rng.sample(pool, 4)
    ar = {a: x for a, _, _, x in pick}
    lines = items(rng, [(a, b, c) for a, b, c, _ in pick], 4, qmax=12)
    sub = sum(i.amount for i in lines)
    vat = pct(sub, 15)
    total = sub + vat

    def s(x: D) -> str:
        return money(x) + " SAR"

    hijri = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{1446 if d.month < 6 else 1447} هـ"
    meta = [
        ("Invoice Number", num, "رقم الفاتورة"),
        ("Invoice Issue Date", d.isoformat(), "تاريخ إصدار الفاتورة"),
        ("Hijri Date", hijri, "التاريخ الهجري"),
        ("Due Date", due.isoformat(), "تاريخ الاستحقاق"),
        ("VAT Number", "3" + digits(rng, 13) + "3", "الرقم الضريبي"),
        ("Buyer", "Tawuniya Cooperative Insurance Co.", "المشتري"),
        ("Buyer VAT Number", "3" + digits(rng, 13) + "3", "الرقم الضريبي للمشتري"),
    ]
    data = [
        [
            f"{i.desc} / {ar[i.desc]}",
            str(i.qty),
            money(i.price),
            money(i.amount),
            "15%",
            money(q(i.amount * D("0.15"))),
        ]
        for i in lines
    ]
    head2 = [["البيان", "الكمية", "سعر الوحدة", "المبلغ الخاضع للضريبة", "نسبة الضريبة", "مبلغ الضريبة"]]
    v = dict(vendor=vendor, vendor_ar=vendor_ar, cr=f"CR No. 10{digits(rng, 8)}")
    v["meta"] = rows([], [list(m) for m in meta])
    v["rows"] = rows(
        ["Description", "Qty", "Unit Price", "Taxable Amount", "VAT Rate", "VAT Amount"], head2 + data
    )
    v["totals"] = rows(
        [],
        [
            ["Total (Excluding VAT)", s(sub), "الإجمالي غير شامل ضريبة القيمة المضافة"],
            ["Total VAT 15%", s(vat), "مجموع ضريبة القيمة المضافة"],
            ["Total Amount Due", s(total), "إجمالي المبلغ المستحق"],
        ],
    )
    pr = {
        "invoice_number": num,
        "date": d.isoformat(),
        "due_date": due.isoformat(),
        "total": s(total),
        "currency": "SAR",
    }
    pr |= {"vendor_name": vendor, "subtotal": s(sub), "tax": s(vat)}
    src = source(render(SAUDI, v), "DejaVu Sans", size="8pt", margin="1.4cm")
    return Doc("tax_invoice_sa", "ar", src, key(num, d, due, total, "SAR", vendor, sub, vat), pr)


PHIL = """
#align(center, stack(spacing: 3pt, text(size: 13pt, weight: "bold", @vendor),
  [Business Style: General Merchandise],
  [1123 Rizal Avenue, Sta. Cruz, Manila 1003], @tin))
#v(4pt)
#grid(columns: (1fr, auto), text(size: 14pt, weight: "bold")[SALES INVOICE], text(fill: rgb("#b00000"),
  size: 13pt, @num))
#table(columns: (auto, 1fr, auto, auto), stroke: 0.4pt, inset: 4pt,
  [Sold to:], [Pioneer Assurance Corporation], [Date:], @date,
  [TIN:], @tin2, [Terms:], [30 days],
  [Address:], [Makati Avenue, Makati City], [P.O. No.:], @po)
#table(columns: (auto, auto, 1fr, auto, auto), align: (right, left, left, right, right), stroke: 0.4pt,
  inset: 4pt,
  @@rows)
#grid(columns: (1fr, 1fr), column-gutter: 10pt,
  block(stroke: 0.4pt, inset: 5pt, width: 100%, @@vatbox),
  block(stroke: 0.4pt, inset: 5pt, width: 100%, @@totals))
#v(6pt)
#text(size: 6.5pt, stack(spacing: 2pt, @atp, [Printer: Quiapo Press Inc.,
  Accreditation No. 032MP20190000000012],
  [THIS SALES INVOICE SHALL BE VALID FOR FIVE (5) YEARS FROM THE DATE OF ATP.]))
"""


def sales_invoice_ph(rng: random.Random) -> Doc:
    vendor = rng.choice(["Bayanihan Hardware & Construction Supply Corp.", "Mabuhay Office Solutions Inc."])
    num, d = f"{rng.randint(1000, 99999):07d}", issue(rng)
    pool = [
        ("Portland cement 40 kg", 230, 290),
        ("Deformed bar 10mm x 6m", 160, 240),
        ("Plywood 1/2 marine", 780, 990),
        ("Bond paper A4 (ream)", 210, 280),
        ("Toner cartridge", 2400, 4200),
        ("Office chair", 3200, 6500),
    ]
    lines = items(rng, pool, 4, qmax=25)
    gross = sum(i.amount for i in lines)  # prices are VAT inclusive
    net = q(gross / D("1.12"))
    vat = gross - net

    def p(x: D) -> str:
        return "₱" + money(x)

    data = [[str(i.qty), "pc", i.desc, money(i.price), money(i.amount)] for i in lines]
    v = dict(
        vendor=vendor,
        tin=f"VAT Reg. TIN: {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-00000",
        num=f"No. {num}",
    )
    v |= dict(
        date=f"{month_name(d, 'en')} {d.day}, {d.year}",
        tin2=f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-000",
    )
    v |= dict(
        po=digits(rng, 6),
        atp=f"BIR Authority to Print No. 0AU{digits(rng, 10)} Date Issued: {dmy(plus(d, -400), '/')}",
    )
    v["rows"] = rows(["QTY", "UNIT", "ARTICLES", "UNIT PRICE", "AMOUNT"], data)
    v["vatbox"] = kv(
        [
            ("VATable Sales", money(net)),
            ("VAT-Exempt Sales", "0.00"),
            ("Zero-Rated Sales", "0.00"),
            ("VAT Amount", money(vat)),
        ],
        size="7.5pt",
    )
    v["totals"] = kv(
        [
            ("Total Sales (VAT Inclusive)", money(gross)),
            ("Less: VAT", money(vat)),
            ("Amount: Net of VAT", money(net)),
            ("Less: SC/PWD Discount", "0.00"),
            ("Add: VAT", money(vat)),
            ("TOTAL AMOUNT DUE", p(gross)),
        ],
        bold_last=True,
        size="7.5pt",
    )
    pr = {"invoice_number": num, "date": v["date"], "total": p(gross), "currency": "₱", "vendor_name": vendor}
    pr |= {"subtotal": money(net), "tax": money(vat)}
    src = source(render(PHIL, v), "Liberation Serif", size="8.5pt", paper="a5", margin="1cm")
    return Doc("sales_invoice_ph", "en", src, key(num, d, None, gross, "PHP", vendor, net, vat), pr)


ITALY = """
#align(center, stack(spacing: 3pt, text(size: 15pt, tracking: 1pt, @vendor),
  [Via Fatebenefratelli 14 - 20121 Milano],
  @piva, [PEC: studio-legale (at) pec.it]))
#v(14pt)
#grid(columns: (1fr, 1fr), stack(spacing: 3pt, text(weight: "bold", @title), @date, @pratica),
  stack(spacing: 3pt, [Spett.le], strong[Compagnia Assicuratrice Lombarda S.p.A.], [Corso Venezia 8,
  20121 Milano],
    [P.IVA 08123450963]))
#v(10pt)
Oggetto: #@oggetto

#table(columns: (1fr, auto), align: (left, right), stroke: none, inset: 4pt, @@rows)
#v(6pt)
#@pay

#text(size: 8pt)[Importi in euro (EUR). Fattura emessa anche in formato elettronico tramite SdI.]
"""


def parcella_it(rng: random.Random) -> Doc:
    vendor = rng.choice(
        [
            "Bernardi & Partners S.t.A. S.r.l.",
            "Studio Legale Associato Ricci Galli",
            "Lombardo Avvocati S.t.A.",
        ]
    )
    num, d = f"{rng.randint(12, 180)}/2025", issue(rng)
    due = plus(d, 30)
    fee = D(rng.randint(18, 90) * 50)
    sg = pct(fee, 15)
    cpa = pct(fee + sg, 4)
    imp = fee + sg + cpa
    iva = pct(imp, 22)
    esenti = D(rng.choice(["98.00", "237.00", "518.00", "27.00"]))
    total = imp + iva + esenti
    rit = pct(fee + sg, 20)

    def e(x: D) -> str:
        return "€ " + money(x, "eu")

    data = [
        ["Onorari per attività professionale", e(fee)],
        ["Spese generali 15%", e(sg)],
        ["Cassa Avvocati (C.P.A.) 4%", e(cpa)],
        ["Imponibile", e(imp)],
        ["IVA 22% su imponibile", e(iva)],
        ["Spese esenti art. 15 DPR 633/72 (contributo unificato, marche)", e(esenti)],
        ["Totale documento", e(total)],
        ["Ritenuta d'acconto 20% su onorari e spese generali", "-" + e(rit)],
        ["Netto a pagare", e(total - rit)],
    ]
    v = dict(
        vendor=vendor,
        piva=f"C.F. e P.IVA {digits(rng, 11)}",
        title=f"Fattura n. {num}",
        date=f"del {dmy(d, '/')}",
    )
    v |= dict(pratica=f"Pratica n. 2024/{digits(rng, 3)} - R.G. {digits(rng, 5)}/2024 Tribunale di Milano")
    v["oggetto"] = (
        f"assistenza nel giudizio di opposizione, udienza del {dmy(plus(d, -rng.randint(20, 60)), '/')}"
    )
    v["rows"] = rows(["Descrizione", "Importo"], data)
    v["pay"] = (
        f"Scadenza pagamento: {dmy(due, '/')} - bonifico IBAN IT{digits(rng, 2)} X 03069 "
        f"{digits(rng, 5)} 1000000{digits(rng, 5)}"
    )
    pr = {
        "invoice_number": num,
        "date": dmy(d, "/"),
        "due_date": dmy(due, "/"),
        "total": e(total),
        "currency": "€",
    }
    pr |= {"vendor_name": vendor, "subtotal": e(imp), "tax": e(iva)}
    src = source(render(ITALY, v), "Liberation Serif", size="10pt", margin="2.4cm")
    return Doc("parcella_it", "it", src, key(num, d, due, total, "EUR", vendor, imp, iva), pr)


BUILDERS = [bilingual_sa, sales_invoice_ph, parcella_it]
