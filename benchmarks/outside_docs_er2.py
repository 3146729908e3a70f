"""Set ER receipts 4-6: a German long-distance rail operator's Buchungsbestätigung und Rechnung (fpdf2:
GmbH name, Auftragsnummer, Buchungsdatum and a later Reisedatum, BahnCard discount, seat reservation,
MwSt 7 % included, PayPal), a Dublin hotel's folio marked paid (WeasyPrint: the guest's home address,
nightly room charges, breakfast and bar, VAT 13.5 % / 23 %, a card payment and a zero balance) and a
Spanish car-rental factura simplificada (ReportLab: S.L. name, CIF, contract number, rental days, cover,
refuelling, airport fee, base imponible and IVA 21 %, '7 de noviembre de 2025', a released deposit hold)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, fpdf_out, ref, weasy
from outside_common_k import money, q2
from outside_common_r import hm, vat_in, when
from outside_common_ra import nif_es, ust_de
from outside_common_t import EReceipt
from outside_common_v import VKey


def er04_de_rail(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 6, 23)
    travel = t + timedelta(days=rng.randint(2, 40))
    start, end = rng.sample(
        ["Stuttgart Hbf", "Karlsruhe Hbf", "Mannheim Hbf", "Ulm Hbf", "Freiburg(Brsg) Hbf"], 2
    )
    fare = Decimal(rng.choice(["49.90", "62.90", "37.99", "78.50", "29.99"]))
    bc = q2(fare * Decimal("0.25")) if rng.random() < 0.6 else Decimal(0)
    seat = Decimal("5.20") if rng.random() < 0.7 else Decimal(0)
    total = fare - bc + seat
    _net, mwst = vat_in(total, Decimal(7))
    e = EReceipt(210, 20, "dejavu")
    e.bar(k.company("Südwest Express"), (176, 18, 40))
    e.text(k.alt("SWX Südwest Express GmbH"), size=8.5)
    for line in k.address("Bahnhofplatz 3", "70173 Stuttgart"):
        e.text(line, size=8.5)
    e.feed(4)
    e.text("Buchungsbestätigung und Rechnung", size=14, bold=True, h=8)
    order = ref(rng, "A99AAA")
    e.lr(f"Auftragsnummer: {order}", f"Rechnungsnummer: {rng.randint(2025000000, 2025999999)}")
    e.lr(
        f"Buchungsdatum: {k.date(t, '%d.%m.%Y')} {hm(t)}", f"Kundennummer: {rng.randint(10000000, 99999999)}"
    )
    who = rng.choice(["Herr Jonas Becker", "Frau Mira Schäfer", "Herr Tobias Wagner", "Frau Lea Hoffmann"])
    e.text(f"Reisender: {who}")
    e.feed(3)
    e.text("Ihre Reise", size=11, bold=True)
    e.rule(1)
    widths = [30.0, 62.0, 20.0, 20.0, -38.0]
    e.row(["Reisedatum", "Strecke", "Ab", "An", "Zug"], widths, 8.5, True)
    dep = travel.replace(hour=rng.randint(6, 19), minute=rng.choice([4, 19, 34, 49]))
    arr = dep + timedelta(minutes=rng.randint(40, 150))
    row = [travel.strftime("%d.%m.%Y"), f"{start} → {end}", hm(dep), hm(arr), f"SWX {rng.randint(100, 999)}"]
    e.row(row, widths, 9)
    e.text(
        f"Wagen {rng.randint(1, 12)}, Platz {rng.randint(11, 118)} · 2. Klasse · Zugbindung aufgehoben",
        size=8,
    )
    e.feed(3)
    e.text("Rechnungsbetrag", size=11, bold=True)
    e.rule(1)
    e.lr(f"Flexpreis, 1 Erwachsener, 2. Klasse, {start} - {end}", f"{money(fare, 'eu')} €")
    if bc:
        e.lr("BahnCard-Rabatt 25 %", f"-{money(bc, 'eu')} €")
    if seat:
        e.lr("Sitzplatzreservierung", f"{money(seat, 'eu')} €")
    e.rule(1)
    e.lr("Gesamtpreis", f"{k.total(total, 'eu')} €", 11, True)
    e.lr("enthaltene MwSt. 7 %", f"{money(mwst, 'eu')} €", 8.5)
    e.lr(f"Zahlungsart: PayPal ({rng.choice(['j.becker', 'mira.s', 't.wagner'])}@web.de)", "bezahlt", 8.5)
    e.feed(5)
    e.text(
        "Das Ticket gilt nur mit einem amtlichen Lichtbildausweis. Fahrgastrechte: swx.de/fahrgastrechte",
        size=7.5,
    )
    e.text(f"USt-IdNr. {ust_de(rng)} · Amtsgericht Stuttgart HRB {rng.randint(700000, 799999)}", size=7.5)
    out = fpdf_out(e)
    what = "Buchungsbestätigung/Rechnung: GmbH, Buchungsdatum vs Reisedatum, BahnCard, MwSt 7 % incl., PayPal"
    return case("er04_de_rail", "DE", "de", "German rail booking invoice", what, k, out)


def er05_ie_hotel(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    arrive = when(rng, 2025, 14, 20)
    nights = rng.randint(2, 4)
    depart = (arrive + timedelta(days=nights)).replace(hour=rng.randint(8, 11), minute=rng.randint(0, 59))
    rate = Decimal(rng.choice(["189.00", "215.00", "244.00", "172.50"]))
    rows: list[tuple[str, str, Decimal, Decimal]] = []
    for i in range(nights):
        d = arrive + timedelta(days=i)
        rows.append((d.strftime("%d/%m/%Y"), "Accommodation - Deluxe King", rate, Decimal("13.5")))
        if i:
            rows.append((d.strftime("%d/%m/%Y"), "Breakfast x2", Decimal("39.00"), Decimal("13.5")))
        if rng.random() < 0.5:
            bar = Decimal(rng.choice(["14.50", "22.80", "31.40"]))
            rows.append((d.strftime("%d/%m/%Y"), "The Quay Bar - Room charge", bar, Decimal(23)))
    total = sum((r[2] for r in rows), Decimal(0))
    css = (
        "@page{size:A4;margin:16mm 18mm} body{font:9.5pt/1.4 'Liberation Serif',serif;color:#222}"
        ".name{font-size:20pt;letter-spacing:2px;text-align:center} .c{text-align:center;font-size:8.5pt}"
        ".meta{display:flex;justify-content:space-between;margin:14px 0} .meta div{font-size:9pt}"
        "table{width:100%;border-collapse:collapse;margin-top:8px;font-family:'Liberation Sans'}"
        "th{border-bottom:1.5px solid #333;text-align:left;padding:4px} td{padding:3px 4px;font-size:9pt}"
        ".lr{font-family:'Liberation Sans';padding:2px 4px} .b{font-weight:bold} .paid{color:#1a7f37;"
        "font:bold 14pt 'Liberation Sans';border:2px solid #1a7f37;display:inline-block;padding:2px 10px}"
    )
    h = Html(css, "en", "Guest folio")
    h.el(k.company("THE LIFFEY QUARTER HOTEL"), "name")
    for line in k.address("23-25 Ormond Quay Upper", "Dublin 7, D07 FX21", "Ireland"):
        h.el(line, "c")
    h.el(f"T +353 1 {rng.randint(400, 899)} {rng.randint(1000, 9999)} · reservations@liffeyquarter.ie", "c")
    h.el("GUEST FOLIO / INVOICE", "c b")
    h.raw('<div class="meta"><div>')
    guest = rng.choice([("Mr Daniel Reeves", "14 Ashfield Road", "Manchester M20 6XL", "United Kingdom"),
                        ("Ms Karin Vogt", "Lindenstraße 8", "50674 Köln", "Germany")])  # fmt: skip
    for line in guest:
        h.el(line)
    h.raw("</div><div>")
    h.el(f"Folio No. {rng.randint(300000, 399999)}   Room {rng.randint(2, 6)}{rng.randint(10, 40)}")
    h.el(f"Arrival {arrive:%d/%m/%Y}   Departure {depart:%d/%m/%Y}")
    h.el(f"Invoice date {k.date(depart, '%d/%m/%Y')}   Cashier {rng.choice(['AOB', 'SMK', 'DMC'])}")
    h.raw("</div></div>")
    h.table([[d, s, f"{r}%", money(v)] for d, s, v, r in rows], "", ["Date", "Description", "VAT>", "EUR>"])
    h.raw('<div style="margin-top:10px">')
    h.lr("Total charges", f"€{k.total(total)}", "b")
    for rate in (Decimal("13.5"), Decimal(23)):
        part = sum((r[2] for r in rows if r[3] == rate), Decimal(0))
        if part:
            net, vat = vat_in(part, rate)
            h.lr(f"   incl. VAT {rate}% on €{money(part)} (net €{money(net)})", f"€{money(vat)}")
    last4 = rng.randint(1000, 9999)
    h.lr(f"{depart:%d/%m/%Y} Payment - Visa XXXX{last4} {hm(depart)}", f"-€{money(total)}")
    h.lr("Balance due", "€0.00", "b")
    h.raw("</div>")
    h.el("PAID", "paid")
    h.el("Thank you for staying with us. We hope to welcome you back to the Liffey Quarter.", "c")
    h.el(k.alt("Liffey Quarter Hospitality Limited"), "c")
    h.el(
        f"Registered in Ireland No. {rng.randint(500000, 699999)} · VAT No. IE{rng.randint(3000000, 9999999)}"
        "W",
        "c",
    )
    out = weasy(h)
    what = (
        "hotel folio: guest's home address, nights, breakfast, bar, VAT 13.5/23, card payment, zero balance"
    )
    return case("er05_ie_hotel", "IE", "en", "Irish hotel folio, paid", what, k, out)


def er06_es_carrental(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    start = when(rng, 2025, 9, 20)
    days = rng.randint(3, 8)
    back = (start + timedelta(days=days)).replace(hour=rng.randint(8, 20))
    day_rate = Decimal(rng.choice(["31.90", "42.50", "27.75", "55.00"]))
    lines = [
        (f"Alquiler grupo {rng.choice('BCDE')} - {days} días x {money(day_rate, 'eu')} €", day_rate * days)
    ]
    lines.append((f"Cobertura total sin franquicia - {days} días", Decimal("17.95") * days))
    if rng.random() < 0.5:
        lines.append((f"Silla infantil - {days} días", Decimal("8.00") * days))
    lines.append(("Servicio aeropuerto", Decimal("39.00")))
    if rng.random() < 0.5:
        lines.append(("Repostaje (depósito no devuelto lleno)", Decimal("64.30")))
    base = sum((v for _, v in lines), Decimal(0))
    iva = q2(base * Decimal("0.21"))
    total = base + iva
    r = RLReceipt((210, 297), 20, "dejavu")
    r.colour((0.1, 0.5, 0.25))
    r.text(k.company("RUTAVERDE Rent a Car"), "L", 18, True)
    r.colour((0, 0, 0))
    r.text(k.alt("Rutaverde Movilidad, S.L.") + f" · CIF {nif_es(rng)}", size=8.5)
    for line in k.address("Avda. de Velázquez 212", "29004 Málaga"):
        r.text(line, size=8.5)
    r.feed(6)
    r.text(f"FACTURA SIMPLIFICADA Nº RV-{back.year}-{rng.randint(10000, 99999)}", "R", 11, True)
    r.text(f"Fecha de emisión: {k.date(back, '%-d de %B de %Y', 'es')}", "R", 9)
    r.feed(3)
    r.lr(
        f"Contrato nº {rng.randint(4000000, 4999999)}",
        f"Cliente: {rng.choice(['Laura Gil Soto', 'Marc Puig'])}",
        9,
    )
    r.lr(
        f"Recogida: Aeropuerto de Málaga, {start:%d/%m/%Y} {hm(start)}",
        f"Matrícula {ref(rng, '9999 AAA')}",
        9,
    )
    r.lr(f"Devolución: Aeropuerto de Málaga, {back:%d/%m/%Y} {hm(back)}", f"Km: {rng.randint(300, 1900)}", 9)
    r.feed(4)
    r.row(["Concepto", "Importe"], [140.0, -30.0], 9, True)
    r.rule(1.5)
    for s, v in lines:
        r.row([s, f"{money(v, 'eu')} €"], [140.0, -30.0], 9)
    r.rule(1.5)
    r.lr("Base imponible", f"{money(base, 'eu')} €", 9.5)
    r.lr("IVA 21 %", f"{money(iva, 'eu')} €", 9.5)
    r.lr("TOTAL", f"{k.total(total, 'eu')} €", 12, True)
    r.feed(2)
    r.lr(f"Pagado con tarjeta Mastercard **** {rng.randint(1000, 9999)}", f"{money(total, 'eu')} €", 9)
    r.lr("Fianza retenida en la recogida (liberada)", "300,00 €", 9)
    r.feed(8)
    r.text("Atención al cliente: clientes@rutaverde.es · www.rutaverde.es", size=8)
    r.text("Inscrita en el Registro Mercantil de Málaga, Tomo 5123, Folio 88, Hoja MA-118204", size=7)
    out = r.output()
    what = (
        "factura simplificada: S.L., CIF, days x rate, cover, airport fee, base + IVA 21 %, released deposit"
    )
    return case("er06_es_carrental", "ES", "es", "Spanish car-rental invoice", what, k, out)


CASES = [er04_de_rail, er05_ie_hotel, er06_es_carrental]
