"""Set T receipts 16-18: a Colombo-area hardware store's receipt (Rs., VAT 18%, VAT Reg. No.) taped to an
expense sheet with a PAID stamp, a Lisbon pastelaria's fatura simplificada (legal name, NIF, ATCUD, IVA at
two rates, ISO date) scanned at 150 dpi upside down, and a Graz pharmacy's RKSV receipt (UID, prescription
fee, Bankomat, signature QR)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TKey, TRoll, tendered


def t16_lk_hardware(rng: random.Random) -> TCase:
    k = TKey("LKR", "Rs.")
    t = when(rng, 2025, 8, 18)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        'CEMENT 50KG OPC 2350.00; ROOFING NAIL 2.5" 1KG 650.00; PVC PIPE 1/2" 12FT 1150.00; '
        "GI BINDING WIRE 1KG 890.00; PAINT ROLLER 9IN 975.00; WALL PUTTY 5KG 1850.00; "
        'TILE GROUT 1KG 480.00; GATE VALVE 3/4" 2250.00; MASONRY TROWEL 1250.00; SAND PAPER P120 85.00; '
        "ELECTRIC TAPE 20M 160.00; LED BULB 9W 590.00",
        rng.randint(4, 7),
        qmax=5,
    )
    r.center(k.company("NEW LANKA HARDWARE (PVT) LTD"), face="dmono-b", hy=1.8)
    r.block(k.address("No. 245, Galle Road,", "Dehiwala."), "c")
    r.center(f"Tel: 011-27{digits(rng, 5)} / 077-{digits(rng, 7)}")
    r.center(f"VAT Reg. No: {digits(rng, 9)}-7000")
    r.rule("=")
    r.center("TAX INVOICE")
    r.lr(f"Bill No : {digits(rng, 7)}", f"Date: {k.date(t, '%d.%m.%Y')}")
    r.lr(f"Cashier : {rng.choice(['NIROSHA', 'KASUN', 'DILAN'])}", f"Time: {hm(t)}")
    r.rule("-")
    cols(r, ["Item", "Qty", "Price", "Amount"], [18, -4, -9, -11])
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 17), str(qty), money(unit), money(amt)], [18, -4, -9, -11])
    gross = sum((a for *_, a in items), Decimal(0))
    disc = q2(gross * Decimal("0.05")) if gross > 5000 and rng.random() < 0.6 else Decimal(0)
    paid = gross - disc
    net, vat = vat_in(paid, Decimal(18))
    r.rule("-")
    r.lr("Gross Total", money(gross))
    if disc:
        r.lr("Discount 5%", f"({money(disc)})")
    r.lr("Value excl. VAT", money(net))
    r.lr("VAT 18%", money(vat))
    r.lr("NET TOTAL Rs.", k.total(paid), face="dmono-b", hy=1.8)
    cash = tendered(rng, paid, (100, 500, 1000, 5000))
    r.lr("Cash", money(cash))
    r.lr("Balance", money(cash - paid))
    r.rule("-")
    r.center("Goods sold are not returnable.")
    r.center("Thank you, come again!")
    spec = {
        "place": "a4",
        "at": (30, 35),
        "angle": rng.uniform(-1.5, 1.5),
        "tape": True,
        "marks": [
            {"type": "stamp", "lines": ["PAID", "ACCOUNTS"], "at": (150, 80), "angle": 12},
            {"type": "note", "lines": ["site store - Mt Lavinia", "job 2231"], "at": (150, 160), "size": 14},
        ],
        "kind": "scan",
        "dpi": 200,
        "fmt": "pdf",
    }
    case = "(PVT) LTD name in double height, VAT Reg. No -7000, Rs. amounts, discount, VAT 18%; A4 with stamp"
    return TCase(
        "t16_lk_hardware", "LK", "en", "Sri Lankan hardware store", case, r.image(), r.lines, k, spec
    )


def t17_pt_pastelaria(rng: random.Random) -> TCase:
    k = TKey("EUR", "€")
    t = when(rng, 2025, 7, 20)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Pastel de Nata 1.30; Galão 1.60; Café 0.90; Torrada 2.20; Sumo Laranja Natural 2.80; "
        "Tosta Mista 3.50; Bola de Berlim 1.80; Água 0,5L 1.00; Croissant Misto 2.90; Meia de Leite 1.50",
        rng.randint(3, 5),
        qmax=3,
    )
    r.center(k.company("PASTELARIA AVENIDA"), face="lmono-b", wx=1.3, hy=1.8)
    r.center(k.alt("Doçaria Avenida, Lda."))
    r.block(k.address("Av. da República, 48-A", "1050-195 Lisboa"), "c")
    r.center(f"NIF: 5{digits(rng, 8)}  Tel: 21 79{digits(rng, 5)}")
    r.center("Cap. Social 5.000,00 € - C.R.C. Lisboa")
    r.rule("-")
    r.center("FATURA SIMPLIFICADA", face="lmono-b")
    r.text(f"FS {rng.choice(['A', 'B'])}{t.year}/{rng.randint(1000, 40000)}")
    r.text(f"ATCUD: JF{rng.choice('KLMN')}{digits(rng, 2)}PQ-{rng.randint(1000, 40000)}")
    r.text(f"Data: {k.date(t, '%Y-%m-%d')}  Hora: {hm(t)}")
    r.text("Contribuinte: Consumidor final")
    r.rule("-")
    lines = []
    for name, qty, _unit, amt in items:
        rate = 23 if name.startswith(("Sumo", "Água")) else 13
        lines.append((rate, amt))
        r.lr(f"{qty} x {fit(name, 24)}", f"{money(amt, 'eu')} {'B' if rate == 23 else 'C'}")
    total = sum((a for _, a in lines), Decimal(0))
    r.rule("-")
    r.lr("TOTAL EUR", k.total(total, "eu"), face="lmono-b", hy=1.8)
    card = rng.random() < 0.5
    cash = total if card else tendered(rng, total, (1, 5, 10, 20))
    r.lr("Multibanco" if card else "Numerário", money(cash, "eu"))
    r.lr("Troco", money(cash - total, "eu"))
    r.rule("-")
    cols(r, ["Taxa", "Incidência", "IVA", "Total"], [10, -12, -9, -11])
    for code, rate in (("C", 13), ("B", 23)):
        gross = sum((a for rt, a in lines if rt == rate), Decimal(0))
        if gross:
            net, vat = vat_in(gross, Decimal(rate))
            cols(
                r,
                [f"{code} {rate}%", money(net, "eu"), money(vat, "eu"), money(gross, "eu")],
                [10, -12, -9, -11],
            )
    r.rule("-")
    r.center(f"{digits(rng, 4)}-Processado por programa")
    r.center(f"certificado n.º {rng.randint(1000, 2999)}/AT")
    r.center("Obrigado e volte sempre!")
    spec = {
        "place": "glass",
        "lid": (230, 230, 226),
        "margin": (10, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 150,
        "fmt": "jpg",
        "quality": 75,
        "rotate": 180,
    }
    case = "trading name over Lda. legal name, NIF, ATCUD, ISO date, IVA summary; 150 dpi, upside down"
    return TCase("t17_pt_pastelaria", "PT", "pt", "Portuguese pastelaria", case, r.image(), r.lines, k, spec)


def t18_at_pharmacy(rng: random.Random) -> TCase:
    k = TKey("EUR", "EUR")
    t = when(rng, 2024, 8, 18)
    r = TRoll(80, 44, "nmono", pitch=1.3)
    items = menu(
        rng,
        "Aspirin C Brausetabl. 10St 8.95 10; Voltaren Emulgel 100g 14.90 10; Bepanthen Salbe 30g 9.75 10; "
        "Wick MediNait 90ml 13.40 10; Nasenspray Erw. 10ml 6.20 10; Magnesium Verla 50St 11.90 20; "
        "Eucerin UreaRepair 150ml 16.95 20; Sonnencreme LSF 50 200ml 19.90 20; Pflaster Sortiment 4.90 20",
        rng.randint(2, 4),
    )
    r.big(k.company("Apotheke zum Goldenen Hirschen"), face="serif-b", height=4.0)
    r.center(k.alt("Mag. pharm. Anna Gruber KG"))
    r.block(k.address("Hauptplatz 7", "8010 Graz"), "c")
    r.center(f"Tel. 0316 82{digits(rng, 4)}  UID: ATU{digits(rng, 8)}")
    r.rule("-")
    r.lr(f"Beleg-Nr. {rng.randint(10000, 99999)}", f"Kasse {rng.randint(1, 3)}")
    r.lr(f"{k.date(t, '%d.%m.%Y')} {hm(t)}", f"Bed.: {rng.choice(['AG', 'MH', 'SP'])}")
    r.rule("-")
    taxed: dict[int, Decimal] = {10: Decimal(0), 20: Decimal(0)}
    for entry, _qty, rate, _amt in items:  # "name price" and the VAT rate
        name, price = entry.rsplit(" ", 1)
        amt = Decimal(price)
        taxed[int(rate)] += amt
        r.lr(fit(name, 34), f"{money(amt, 'eu')} {'A' if rate == 20 else 'B'}")
    if rng.random() < 0.6:
        fee = Decimal("7.10") if t.year == 2024 else Decimal("7.55")
        r.lr("Rezeptgebühr", f"{money(fee, 'eu')} B")
        taxed[10] += fee
    total = taxed[10] + taxed[20]
    r.rule("-")
    r.lr("SUMME EUR", k.total(total, "eu"), face="nmono-b", hy=1.8)
    r.lr("Bankomat", money(total, "eu"))
    r.rule("-")
    cols(r, ["MwSt", "Netto", "MwSt", "Brutto"], [10, -11, -10, -11])
    for code, rate in (("A", 20), ("B", 10)):
        if taxed[rate]:
            net, vat = vat_in(taxed[rate], Decimal(rate))
            cols(
                r,
                [f"{code} {rate}%", money(net, "eu"), money(vat, "eu"), money(taxed[rate], "eu")],
                [10, -11, -10, -11],
            )
    r.rule("-")
    r.center(f"Kassen-ID: APO-{digits(rng, 4)}-{digits(rng, 2)}")
    r.qr(rng, 22)
    r.center("Gute Besserung!")
    spec = {
        "place": "glass",
        "lid": (244, 244, 240),
        "margin": (12, 12),
        "angle": rng.uniform(-1, 1),
        "kind": "scan",
        "colour": True,
        "dpi": 300,
        "fmt": "png",
    }
    case = "serif pharmacy name, KG legal name, UID, Rezeptgebühr, MwSt 10%/20% summary, Bankomat, RKSV QR"
    return TCase("t18_at_pharmacy", "AT", "de", "Austrian pharmacy", case, r.image(), r.lines, k, spec)


CASES = [t16_lk_hardware, t17_pt_pastelaria, t18_at_pharmacy]
