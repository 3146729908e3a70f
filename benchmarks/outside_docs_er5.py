"""Set ER receipts 13-15: a Swedish charity's gåvokvitto (WeasyPrint: insamlingsstiftelse, org.nr and
90-konto, the donor's name and address, Swish, '3 november 2025', 1 234,00 kr, the tax-reduction note), a
South African courier's waybill payment receipt (ReportLab: (Pty) Ltd name, VAT no., the sender's and the
receiver's addresses, parcel weight, fuel levy, insurance, VAT 15 %, R 1,234.56) and an Italian museum's
online ticket receipt (fpdf2: fondazione name, C.F./P.IVA, tickets for a later visit date, booking fee,
'data acquisto', PayPal)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, fpdf_out, ref, weasy
from outside_common_k import money, q2
from outside_common_r import hm, when
from outside_common_ra import orgnr_se, piva_it, vat_za
from outside_common_t import EReceipt
from outside_common_v import VKey


def er13_se_donation(rng: random.Random) -> ERCase:
    k = VKey("SEK", "kr")
    t = when(rng, 2025, 7, 23)
    gift = Decimal(rng.choice([200, 300, 500, 750, 1000, 1500, 2500]))
    css = (
        "@page{size:A4;margin:22mm 24mm} body{font:10.5pt/1.55 'DejaVu Serif',serif;color:#1f2d3d}"
        ".name{font:bold 17pt 'DejaVu Sans';color:#0b5394} .s{font:8.5pt 'DejaVu Sans';color:#555}"
        "h1{font:bold 15pt 'DejaVu Sans';margin:30px 0 10px} .donor{margin:20px 0 10px}"
        ".lr{font-family:'DejaVu Sans';padding:4px 0;border-bottom:1px dotted #aaa} .b{font-weight:bold}"
        ".sig{margin-top:26px;font-style:italic}"
    )
    h = Html(css, "sv", "Gåvokvitto")
    h.el(k.company("Stiftelsen Rent Vatten Sverige"), "name")
    h.el(
        "Insamlingsstiftelse · 90-konto "
        + f"90 {rng.randint(10, 99)} {rng.randint(10, 99)}-{rng.randint(0, 9)}",
        "s",
    )
    h.raw('<div class="donor">')
    who = rng.choice([("Eva Lindqvist", "Storgatan 14 B", "752 20 Uppsala"),
                      ("Johan Berglund", "Ringvägen 88", "118 60 Stockholm")])  # fmt: skip
    for line in who:
        h.el(line)
    h.raw("</div>")
    h.el("Gåvokvitto", "", "h1")
    h.el(
        f"Tack för din gåva, {who[0].split()[0]}! Din gåva ger rent vatten till familjer i Moçambique och "
        "Malawi."
    )
    h.lr("Kvittonummer", f"GK-{t.year}-{rng.randint(100000, 999999)}")
    h.lr("Gåvodatum", k.date(t, "%-d %B %Y", "sv"))
    h.lr("Givarnummer", str(rng.randint(1000000, 9999999)))
    h.lr("Betalsätt", f"Swish ({rng.randint(10, 99)}:{rng.randint(100000, 999999)})")
    h.lr("Ändamål", rng.choice(["Brunnar i Niassa", "Där behovet är störst", "Julgåva: vattenfilter"]))
    h.lr("Belopp", f"{k.total(gift, 'fr')} kr", "b")
    h.el(
        "Gåvor till godkända gåvomottagare kan ge skattereduktion med 25 % av gåvobeloppet, högst "
        "1 500 kr per år, om du sammanlagt ger minst 2 000 kr under året. Vi rapporterar dina gåvor "
        "till Skatteverket.",
        "s",
    )
    h.el("Med vänlig hälsning, Insamlingsansvarig", "sig")
    h.raw('<div class="s" style="margin-top:40px;border-top:1px solid #ccc;padding-top:8px">')
    for line in k.address("Box 3072", "103 61 Stockholm"):
        h.el(line, "s")
    h.el(f"Org.nr {orgnr_se(rng).replace('559', '802', 1)} · givarservice@rentvatten.se · 08-120 590 00", "s")
    h.raw("</div>")
    out = weasy(h)
    what = (
        "gåvokvitto: stiftelse name, donor's address, Swedish Gåvodatum, Swish, Belopp in kr, address at foot"
    )
    return case("er13_se_donation", "SE", "sv", "Swedish donation receipt", what, k, out)


def er14_za_courier(rng: random.Random) -> ERCase:
    k = VKey("ZAR", "R")
    t = when(rng, 2025, 7, 18)
    kg = Decimal(rng.randint(5, 240)) / 10
    vol = max(kg, Decimal(rng.randint(10, 200)) / 10)
    rate = Decimal(rng.choice(["89.00", "119.00", "149.00"]))
    extra = q2(max(Decimal(0), vol - 2) * Decimal("14.50"))
    fuel = q2((rate + extra) * Decimal("0.226"))
    insure = Decimal(rng.choice(["0", "25.00", "45.00"]))
    sub = rate + extra + fuel + insure
    vat = q2(sub * Decimal("0.15"))
    total = sub + vat
    r = RLReceipt((210, 297), 16, "dejavu")
    r.band((0.95, 0.55, 0.05), 30)
    r.text(k.company("SWIFTLINE COURIERS"), "L", 19, True, 1.2)
    r.text("Door-to-door · Countrywide · Online waybills", "L", 9)
    r.feed(8)
    r.text("PAYMENT RECEIPT - ONLINE WAYBILL", "L", 12, True)
    r.lr(
        f"Waybill no. SWL{rng.randint(100000000, 999999999)}ZA",
        f"Receipt date: {k.date(t, '%Y/%m/%d')} {hm(t)}",
        9,
    )
    r.lr(
        f"Account: CASH-WEB · Ref {ref(rng, 'AA99999')}", f"Collection: {(t + timedelta(days=1)):%Y/%m/%d}", 9
    )
    r.feed(3)
    r.row(["SENDER", "RECEIVER"], [88.0, 88.0], 8.5, True)
    a = rng.choice([("Thandi Mokoena", "17 Jan Smuts Avenue", "Parktown", "Johannesburg 2193"),
                    ("Pieter van Wyk", "5 Kloof Street", "Gardens", "Cape Town 8001")])  # fmt: skip
    b = rng.choice([("Ayesha Patel", "221 Florida Road", "Morningside", "Durban 4001"),
                    ("Sipho Dlamini", "9 Church Street", "Arcadia", "Pretoria 0083")])  # fmt: skip
    for x, y in zip(a, b, strict=True):
        r.row([x, y], [88.0, 88.0], 9)
    r.feed(3)
    r.text(f"1 parcel · actual {money(kg)} kg · volumetric {money(vol)} kg · Economy road (3-5 days)", size=9)
    r.feed(2)
    widths = [140.0, -38.0]
    r.row(["Charge", "Amount"], widths, 9, True)
    r.rule(1)
    r.row(["Base rate (first 2 kg)", f"R {money(rate, 'sp')}"], widths, 9.5)
    r.row(
        [f"Additional weight ({money(max(Decimal(0), vol - 2))} kg x R14.50)", f"R {money(extra, 'sp')}"],
        widths,
        9.5,
    )
    r.row(["Fuel levy (22.6%)", f"R {money(fuel, 'sp')}"], widths, 9.5)
    if insure:
        r.row(["Goods-in-transit cover", f"R {money(insure, 'sp')}"], widths, 9.5)
    r.rule(1)
    r.lr("Subtotal (excl. VAT)", f"R {money(sub, 'sp')}", 9.5)
    r.lr("VAT @ 15%", f"R {money(vat, 'sp')}", 9.5)
    r.lr("TOTAL PAID", f"R {k.total(total, 'sp')}", 12, True)
    r.lr(
        f"Card payment via PayFast · {rng.choice(['Visa', 'Mastercard'])} **** {rng.randint(1000, 9999)}",
        "Approved",
        9,
    )
    r.feed(10)
    r.text(k.alt("Swiftline Couriers (Pty) Ltd") + f" · Reg. 2016/{rng.randint(100000, 999999)}/07", size=8)
    for line in k.address("Unit 4, Montague Business Park", "Montague Gardens, Cape Town 7441"):
        r.text(line, size=8)
    r.text(f"VAT no. {vat_za(rng)} · support@swiftline.co.za · 021 555 0190", size=8)
    out = r.output()
    what = "waybill receipt: sender + receiver addresses, weights, fuel levy, VAT 15 %, TOTAL PAID, Pty Ltd"
    return case("er14_za_courier", "ZA", "en", "South African courier label receipt", what, k, out)


def er15_it_museum(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 7, 23)
    visit = t + timedelta(days=rng.randint(3, 50))
    kinds = [
        ("Intero", Decimal("18.00")),
        ("Ridotto 18-25 anni", Decimal("2.00")),
        ("Gratuito under 18", Decimal(0)),
    ]
    tickets = [(kinds[0], rng.randint(1, 3))]
    if rng.random() < 0.6:
        tickets.append((rng.choice(kinds[1:]), rng.randint(1, 2)))
    fee = Decimal("2.00") * sum(n for (_, p), n in tickets if p)
    audio = Decimal("6.00") if rng.random() < 0.5 else Decimal(0)
    total = sum((p * n for (_, p), n in tickets), Decimal(0)) + fee + audio
    e = EReceipt(148, 12, "dejavu")
    e.text(k.company("Museo delle Arti Decorative di Torino"), "C", 13, True, 7)
    e.text(k.alt("Fondazione Palazzo Carignano-Arti ETS"), "C", 8)
    for line in k.address("Via Accademia delle Scienze 9", "10123 Torino (TO)"):
        e.text(line, "C", 8)
    e.text(f"C.F./P.IVA {piva_it(rng)}", "C", 7.5)
    e.rule(3)
    e.text("RICEVUTA DI ACQUISTO ONLINE", "C", 10.5, True)
    e.lr(f"Ordine n. {ref(rng, 'TO-99999999')}", f"Data acquisto: {k.date(t, '%d/%m/%Y')} {hm(t)}", 8.5)
    e.lr(
        f"Intestatario: {rng.choice(['Giulia Ferraris', 'Marco Bellini', 'Sara Conti'])}", "Canale: web", 8.5
    )
    e.feed(2)
    slot = f"{rng.choice([10, 11, 14, 15, 16])}:{rng.choice(['00', '30'])}"
    e.text(f"Data visita: {visit:%d/%m/%Y} ore {slot}", size=8.5, bold=True)
    e.text("Collezione permanente + mostra temporanea «Il Barocco a Torino»", size=8.5)
    e.feed(2)
    widths = [70.0, -14.0, -20.0, -20.0]
    e.row(["Biglietto", "Q.tà", "Prezzo", "Importo"], widths, 8.5, True)
    e.rule(1)
    for (name, p), n in tickets:
        e.row([name, str(n), f"€ {money(p, 'eu')}", f"€ {money(p * n, 'eu')}"], widths, 8.5)
    if audio:
        e.row(["Audioguida", "1", "€ 6,00", "€ 6,00"], widths, 8.5)
    e.row(["Diritti di prevendita", "", "", f"€ {money(fee, 'eu')}"], widths, 8.5)
    e.rule(1)
    e.lr("TOTALE PAGATO", f"€ {k.total(total, 'eu')}", 11, True)
    e.lr("Pagamento: PayPal", f"ID transazione {ref(rng, '9AA99999AA9999999')}", 7.5)
    e.feed(4)
    e.text("Operazione esente IVA art. 10 DPR 633/72. Presentare il QR code all'ingresso.", size=7)
    e.text("Info e rimborsi: biglietteria@museoartidecorative.it", size=7)
    out = fpdf_out(e)
    what = (
        "A5 online ticket receipt: fondazione, C.F./P.IVA, data acquisto vs later data visita, prevendita fee"
    )
    return case("er15_it_museum", "IT", "it", "Italian museum ticket receipt", what, k, out)


CASES = [er13_se_donation, er14_za_courier, er15_it_museum]
