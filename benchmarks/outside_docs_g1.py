"""Set G layouts 1-3: US hospital bill, UK garage invoice, Spanish hotel folio."""

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
    mdy,
    money,
    pct,
    plus,
    q,
    render,
    rows,
    source,
)

HOSPITAL = """
#grid(columns: (1fr, auto), column-gutter: 12pt,
  stack(spacing: 3pt, text(size: 13pt, weight: "bold", fill: rgb("#0b4f6c"), @vendor),
    [Patient Financial Services], [2200 Harbor Drive, Duluth, MN 55802], [Billing questions: (218) 555-0142]),
  block(stroke: 0.6pt, inset: 6pt, stack(spacing: 3pt, text(weight: "bold", size: 12pt)[HOSPITAL INVOICE],
    @l_num, @l_date, @l_acct)))
#grid(columns: (1fr, 1fr, 1fr), column-gutter: 10pt,
  stack(spacing: 3pt, strong[Patient], [Jordan A. Whitfield], @mrn, @dob),
  stack(spacing: 3pt, strong[Primary Insurance], [BlueRiver Health Plan], @member, @claim),
  stack(spacing: 3pt, strong[Dates of Service], @admit, @discharge))
#table(columns: (auto, auto, 1fr, auto, auto, auto), align: (left, left, left, left, right, right),
  stroke: (bottom: 0.3pt + gray), @@rows)
#align(right, @@summary)
#v(6pt)
#@pay

#emph[Your insurer has processed this claim. The balance shown is your responsibility.]
"""


def med_us(rng: random.Random) -> Doc:
    vendor = rng.choice(["Lakeview Regional Medical Center, Inc.", "St. Brendan Community Hospital Corp."])
    num, d = "HB" + digits(rng, 7), issue(rng)
    due, adm = plus(d, 30), plus(d, -rng.randint(20, 40))
    pool = [
        ("ROOM & BOARD SEMI-PRIVATE", 1800, 2600),
        ("PHARMACY", 90, 600),
        ("LAB - CHEMISTRY", 120, 480),
        ("RADIOLOGY - DIAGNOSTIC", 300, 900),
        ("CT SCAN - HEAD", 1100, 2400),
        ("EMERGENCY ROOM", 700, 1900),
        ("MED-SURG SUPPLIES", 60, 400),
        ("PHYSICAL THERAPY", 150, 380),
        ("EKG/ECG", 140, 320),
    ]
    lines = items(rng, pool, 6, qmax=2)
    total = sum(i.amount for i in lines)
    ins, adj = q(total * D(str(rng.uniform(0.55, 0.7)))), q(total * D("0.12"))
    paid = D(rng.choice([0, 50, 100]))
    data = [
        [
            mdy(plus(adm, k % 3)),
            f"0{rng.randint(250, 990)}",
            it.desc,
            digits(rng, 5),
            str(it.qty),
            money(it.amount),
        ]
        for k, it in enumerate(lines)
    ]
    v = dict(vendor=vendor, l_num=f"Invoice No. {num}", l_date=f"Invoice Date: {mdy(d)}")
    v |= dict(
        l_acct=f"Patient Account #: {digits(rng, 8)}", mrn=f"MRN {digits(rng, 9)}", admit=f"Admit {mdy(adm)}"
    )
    v |= dict(dob=f"DOB {mdy(plus(d, -rng.randint(9000, 25000)))}", member=f"Member ID XJH{digits(rng, 9)}")
    v |= dict(claim=f"Claim No. {digits(rng, 12)}", discharge=f"Discharge {mdy(plus(adm, 2))}")
    v["rows"] = rows(["Date", "Rev Code", "Description", "CPT/HCPCS", "Units", "Charges"], data)
    v["summary"] = kv(
        [
            ("Total Charges", "$" + money(total)),
            ("Insurance Payments (BlueRiver)", "-$" + money(ins)),
            ("Contractual Adjustment", "-$" + money(adj)),
            ("Patient Payments", "-$" + money(paid)),
            ("AMOUNT DUE FROM PATIENT", "$" + money(total - ins - adj - paid)),
        ],
        bold_last=True,
    )
    v["pay"] = f"Please pay by {mdy(due)}. All amounts in USD. Checks payable to: {vendor}"
    src = source(render(HOSPITAL, v), "Liberation Sans", paper="us-letter")
    pr = {
        "invoice_number": num,
        "date": mdy(d),
        "due_date": mdy(due),
        "total": money(total),
        "currency": "USD",
    }
    return Doc(
        "hospital_us",
        "en",
        src,
        key(num, d, due, total, "USD", vendor, None, None),
        {**pr, "vendor_name": vendor},
    )


GARAGE = """
#grid(columns: (1fr, auto),
  stack(spacing: 3pt, text(size: 15pt, weight: "bold", @vendor),
    [Unit 4, Mill Lane Trading Estate, Ashford TN24 8PL], @vatno, @cono),
  stack(spacing: 3pt, text(size: 18pt, weight: "bold")[INVOICE], @l_num, @l_date, @job))
#line(length: 100%)
#block(fill: rgb("#eeeeee"), inset: 6pt, width: 100%, grid(columns: (1fr, 1fr, 1fr), row-gutter: 4pt,
  @reg, @vin, [Make/Model: VW Golf 1.5 TSI], @miles, @first, @mot))
#table(columns: (auto, 1fr, auto, auto, auto), align: (left, left, right, right, right),
  stroke: (bottom: 0.3pt), @@parts)
#align(right, @ptot)
#table(columns: (auto, 1fr, auto, auto, auto), align: (left, left, right, right, right),
  stroke: (bottom: 0.3pt), @@labour)
#align(right, @ltot)
#align(right, @@totals)
Terms: payment due on collection of the vehicle. Parts remain our property until paid in full.
"""


def garage_uk(rng: random.Random) -> Doc:
    vendor = rng.choice(
        ["Ashford Road Motors Ltd", "Kingsmead Autocentre Ltd", "Pennine Vehicle Services Ltd"]
    )
    num, d = "SI-" + digits(rng, 5), issue(rng)
    pool = [
        ("Front brake pads (set)", 38, 70),
        ("Brake disc front", 40, 75),
        ("Oil filter", 7, 14),
        ("Engine oil 5W-30 (litre)", 8, 12),
        ("Wiper blade 600mm", 9, 18),
        ("Air filter", 12, 25),
        ("Pollen filter", 11, 22),
        ("Spark plug", 6, 15),
    ]
    parts = items(rng, pool, 5, qmax=4)
    tasks = rng.sample(
        ["Replace front pads and discs", "Full service", "Diagnostic check", "Fit wiper blades"], 2
    )
    labour = [(t, D(rng.choice(["0.5", "1.2", "1.5", "2.0"]))) for t in tasks]
    pt, lt = sum(i.amount for i in parts), sum(q(h * 72) for _, h in labour)
    net = pt + lt
    vat = pct(net, 20)
    total = net + vat
    first = plus(d, -rng.randint(1500, 2500))
    reg = (
        f"{rng.choice('KLMNY')}{rng.choice('ABXW')}{rng.randint(15, 21)} {rng.choice(['ZTB', 'RDL', 'HPX'])}"
    )
    v = dict(vendor=vendor, vatno=f"VAT Reg No: GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}")
    v |= dict(cono=f"Company No. {digits(rng, 8)}", l_num=f"Invoice No. {num}", l_date=f"Date: {dmy(d, '/')}")
    v |= dict(
        job=f"Job No. J{digits(rng, 5)}",
        reg=f"Registration: {reg}",
        mot=f"MOT due: {dmy(plus(first, 2190), '/')}",
    )
    v |= dict(
        vin=f"VIN: WVWZZZ{digits(rng, 3)}R{digits(rng, 7)}",
        miles=f"Mileage: {rng.randint(20, 98)},{digits(rng, 3)}",
    )
    v |= dict(first=f"First registered: {dmy(first, '/')}", ptot=f"Parts total {money(pt)}")
    v["ltot"] = f"Labour total {money(lt)}"
    data = [[digits(rng, 6), i.desc, str(i.qty), money(i.price), money(i.amount)] for i in parts]
    v["parts"] = rows(["Code", "Parts", "Qty", "Unit", "Net"], data)
    data = [[f"L{k + 1}", t, str(h), "72.00", money(q(h * 72))] for k, (t, h) in enumerate(labour)]
    v["labour"] = rows(["Ref", "Labour", "Hours", "Rate", "Net"], data)
    rows_ = [
        ("Net total", "£" + money(net)),
        ("VAT @ 20%", "£" + money(vat)),
        ("Invoice Total", "£" + money(total)),
    ]
    v["totals"] = kv(rows_, bold_last=True)
    pr = {"invoice_number": num, "date": dmy(d, "/"), "total": "£" + money(total), "currency": "£"}
    pr |= {"vendor_name": vendor, "subtotal": money(net), "tax": money(vat)}
    src = source(render(GARAGE, v), "DejaVu Sans", size="8.5pt")
    return Doc("garage_uk", "en", src, key(num, d, None, total, "GBP", vendor, net, vat), pr)


HOTEL = """
#align(center, stack(spacing: 5pt,
  text(size: 16pt, weight: "bold", fill: rgb("#7a4b12"))[HOTEL MIRADOR DEL PUERTO],
  @legal))
#v(8pt)
#grid(columns: (1fr, 1fr),
  stack(spacing: 3pt, strong[Cliente], [Viajes Meridiano, S.A.], [C/ Alcalá 118, 28009 Madrid], @cif2),
  stack(spacing: 3pt, text(size: 11pt, weight: "bold", @title), @fdate, @room, @stay, @booking))
#table(columns: (auto, 1fr, auto, auto), align: (left, left, right, right),
  stroke: (bottom: 0.3pt + gray), @@rows)
#grid(columns: (1fr, auto), column-gutter: 14pt,
  table(columns: 4, align: right, stroke: 0.3pt, @@brk), @@totals)
#v(8pt)
#emph[Precios con IVA incluido. Importes en euros (EUR). Gracias por su estancia.]
"""


def hotel_es(rng: random.Random) -> Doc:
    vendor = rng.choice(["Hoteles Costa Dorada, S.L.", "Explotaciones Hoteleras Albahaca, S.A."])
    num, out = f"F25-{digits(rng, 6)}", issue(rng)
    nights = rng.randint(2, 4)
    arr, room = plus(out, -nights), D(rng.randint(89, 189))
    lines = []
    for k in range(nights):
        lines += [
            (plus(arr, k), "Alojamiento habitación doble", room, 10),
            (plus(arr, k), "Desayuno x2", D(28), 10),
        ]
    lines += [
        (plus(arr, 1), "Minibar", q(D(str(rng.uniform(6, 30)))), 10),
        (out, "Parking", D(18 * nights), 21),
    ]
    bases, taxes = {}, {}
    for r in (10, 21):
        gross = sum(x[2] for x in lines if x[3] == r)
        bases[r] = q(gross / (1 + D(r) / 100))
        taxes[r] = gross - bases[r]
    total, sub, tax = sum(x[2] for x in lines), sum(bases.values()), sum(taxes.values())

    def eu(x: D) -> str:
        return money(x, "eu") + " €"

    v = dict(legal=f"{vendor} · CIF B{digits(rng, 8)} · Paseo Marítimo 21, 03001 Alicante")
    v |= dict(
        cif2=f"CIF A{digits(rng, 8)}", title=f"FACTURA Nº {num}", fdate=f"Fecha factura: {dmy(out, '/')}"
    )
    v |= dict(
        room=f"Habitación: {rng.randint(101, 512)}   Folio: {digits(rng, 5)}",
        booking=f"Reserva: {digits(rng, 7)}",
    )
    v["stay"] = f"Llegada: {dmy(arr, '/')}   Salida: {dmy(out, '/')}"
    v["rows"] = rows(
        ["Fecha", "Concepto", "IVA", "Importe"], [[dmy(a, "/"), b, f"{r} %", eu(c)] for a, b, c, r in lines]
    )
    data = [[f"{r} %", eu(bases[r]), eu(taxes[r]), eu(bases[r] + taxes[r])] for r in (10, 21)]
    v["brk"] = rows(["Tipo IVA", "Base imponible", "Cuota IVA", "Total"], data)
    v["totals"] = kv(
        [
            ("Total base imponible", eu(sub)),
            ("Total cuota IVA", eu(tax)),
            ("TOTAL FACTURA", eu(total)),
            ("Pago tarjeta VISA ****" + digits(rng, 4), "-" + eu(total)),
            ("Saldo pendiente", eu(D(0))),
        ]
    )
    pr = {
        "invoice_number": num,
        "date": dmy(out, "/"),
        "total": eu(total),
        "currency": "€",
        "vendor_name": vendor,
    }
    pr |= {"subtotal": eu(sub), "tax": eu(tax)}
    src = source(render(HOTEL, v), "Liberation Serif", size="9.5pt")
    return Doc("hotel_folio", "es", src, key(num, out, None, total, "EUR", vendor, sub, tax), pr)


BUILDERS = [med_us, garage_uk, hotel_es]
