"""Set T receipts 7-9: a Seoul barbecue restaurant's receipt in romanized Korean and English with its card
approval (won, VAT included), a Dubai fashion store's e-mailed PDF tax invoice (AED, TRN, 5% VAT) and a
Riyadh hypermarket's simplified tax invoice (SAR, 15% VAT, QR code), faded."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import EReceipt, TCase, TKey, TRoll, trn_ae


def t07_kr_restaurant(rng: random.Random) -> TCase:
    k = TKey("KRW", "₩")
    t = when(rng, 2025, 11, 23)
    r = TRoll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        "Samgyeopsal 200g 17000; Moksal 200g 18000; Yangnyeom Galbi 250g 26000; Doenjang Jjigae 8000; "
        "Gyeran-jjim 5000; Naengmyeon 9000; Gonggibap 1000; Soju 5000; Cass Beer 5000; Cider 2000",
        rng.randint(4, 6),
        qmax=3,
    )
    r.center(k.company("Hanok Garden BBQ"), face="dmono-b", wx=1.5, hy=2.0)
    r.center("[ RECEIPT ]")
    r.feed(0.5)
    r.text(f"Biz No: {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}  CEO: Kim Min-jun")
    r.block(k.address("12, Teheran-ro 8-gil, Gangnam-gu,", "Seoul 06236"))
    r.text(f"Tel   : 02-{rng.randint(500, 599)}-{digits(rng, 4)}")
    r.rule("-")
    r.lr(f"Table {rng.randint(1, 24)}  Guests {rng.randint(2, 5)}", f"No. {digits(rng, 4)}")
    r.text(f"Date  : {k.date(t, '%Y-%m-%d')} {hm(t, True)}")
    r.rule("-")
    cols(r, ["Menu", "Qty", "Price", "Amount"], [18, -4, -9, -11])
    r.rule("-")
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 17), str(qty), money(unit, "us", 0), money(amt, "us", 0)], [18, -4, -9, -11])
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(10))
    r.rule("-")
    r.lr("Taxable amount", money(net.quantize(Decimal(1)), "us", 0))
    r.lr("VAT", money(vat.quantize(Decimal(1)), "us", 0))
    r.lr("TOTAL", "₩" + k.total(total, "us", 0), face="dmono-b", hy=1.8)
    r.rule("=")
    r.center("*** CARD APPROVAL ***")
    r.lr("Card", rng.choice(["SHINHAN", "KB KOOKMIN", "HYUNDAI", "SAMSUNG"]))
    r.lr("Card No.", f"{digits(rng, 4)}-{digits(rng, 2)}**-****-{digits(rng, 4)}")
    r.lr("Installment", "Lump sum")
    r.lr("Approval No.", digits(rng, 8))
    r.lr("Approved amount", f"{money(total, 'us', 0)} won")
    r.lr("Merchant No.", digits(rng, 9))
    r.rule("-")
    r.center("Thank you. Gamsahamnida!")
    spec = {
        "place": "table",
        "table": "grey",
        "angle": rng.uniform(-3, 3),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 80,
        "long": 2400,
    }
    case = "double-size name, romanized menu, won without cents, VAT 10% included, card approval"
    return TCase("t07_kr_restaurant", "KR", "en", "Korean restaurant", case, r.image(), r.lines, k, spec)


def t08_ae_fashion_email(rng: random.Random) -> TCase:
    k = TKey("AED", "AED")
    t = when(rng, 2025, 10, 22)
    items = menu(
        rng,
        "Linen Shirt Regular Fit 189.00; Slim Chino Trousers 229.00; Cotton T-Shirt 2-Pack 99.00; "
        "Denim Jacket 349.00; Leather Belt 119.00; Summer Dress 279.00; Canvas Sneakers 259.00; "
        "Straw Hat 89.00; Silk Scarf 149.00",
        rng.randint(2, 4),
        qmax=2,
    )
    e = EReceipt(210, 20, "liberation")
    e.bar(k.company("URBAN THREADS"))
    e.text(k.alt("Urban Threads Fashion Trading L.L.C."), bold=True)
    for line in k.address("Shop G-114, Ground Floor, Dubai Hills Mall", "Al Khail Road, Dubai, UAE"):
        e.text(line)
    e.text(f"TRN: {trn_ae(rng)}")
    e.feed(4)
    e.text("TAX INVOICE", size=13, bold=True)
    e.lr(f"Invoice No.: UT-DHM-{digits(rng, 7)}", f"Date: {k.date(t, '%d %b %Y')}")
    e.lr("Order type: In-store, e-receipt", f"Time: {hm(t)}")
    e.lr(f"Customer: {rng.choice(['A. Rahman', 'S. Mehta', 'L. Haddad'])}", f"Staff: {digits(rng, 4)}")
    e.feed(3)
    widths = [80.0, -15.0, -25.0, -25.0, -25.0]
    e.row(["Description", "Qty", "Unit (excl.)", "VAT 5%", "Amount"], widths, bold=True)
    e.rule(1)
    gross = Decimal(0)
    for name, qty, unit, amt in items:
        unit_net = q2(unit / Decimal("1.05"))
        e.row([name, str(qty), money(unit_net), money(amt - q2(amt / Decimal("1.05"))), money(amt)], widths)
        gross += amt
    e.rule(2)
    net, vat = q2(gross / Decimal("1.05")), gross - q2(gross / Decimal("1.05"))
    e.lr("Total excl. VAT (AED)", money(net))
    e.lr("VAT 5% (AED)", money(vat))
    e.lr("Total incl. VAT (AED)", k.total(gross), bold=True, size=11)
    e.lr("Paid by", f"Apple Pay (Mastercard **{digits(rng, 4)})")
    e.feed(8)
    e.text("Exchange within 14 days with this receipt; sale items are not refundable.", size=8)
    e.text("Thank you for shopping with Urban Threads.", size=8)
    data, image = e.output()
    spec = {"place": "email", "kind": "e-receipt", "fmt": "pdf"}
    case = "born-digital A4 PDF, white name on a blue band, legal name and TRN, VAT columns, date 15 Mar 2025"
    return TCase(
        "t08_ae_fashion_email", "AE", "en", "UAE fashion store e-receipt", case, image, e.lines, k, spec, data
    )


def t09_sa_hypermarket(rng: random.Random) -> TCase:
    k = TKey("SAR", "SAR")
    t = when(rng, 2025, 9, 23)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "ALMARAI FRESH MILK 2L 11.50; BASMATI RICE 5KG 42.95; SUNBULAH FLOUR 1KG 6.25; "
        "CHICKEN WHOLE 1KG 17.95; DATES SUKKARI 1KG 34.00; LABAN 1L 6.50; ARABIC BREAD 5PC 2.00; "
        "TOMATO KG 4.75; CUCUMBER KG 5.25; "
        "TEA BAGS 100S 14.95; SUGAR 2KG 9.95; DETERGENT 3KG 29.95; MINERAL WATER 12X330 9.50",
        rng.randint(5, 8),
        qmax=3,
    )
    r.big(k.company("AL WAHA HYPERMARKET"), face="dmono-b", height=4.5)
    r.center(k.alt("Al Waha Trading Company"))
    r.block(k.address("King Fahd Road, Al Olaya District", "Riyadh 12214, Saudi Arabia"), "c")
    r.center(f"VAT No: 3{digits(rng, 13)}3")
    r.center(f"C.R. No: 1010{digits(rng, 6)}")
    r.rule("=")
    r.center("SIMPLIFIED TAX INVOICE")
    r.rule("=")
    r.lr(f"Invoice: {digits(rng, 3)}-{digits(rng, 8)}", f"POS {rng.randint(1, 30):02d}")
    r.lr(f"Date: {k.date(t, '%Y-%m-%d')}", f"Time: {hm(t, True)}")
    r.text(f"Cashier: {rng.choice(['MOHAMMED A.', 'FAISAL K.', 'NOURA S.'])}")
    r.rule("-")
    cols(r, ["DESCRIPTION", "QTY", "PRICE", "TOTAL"], [22, -5, -8, -9])
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 21), str(qty), f"{unit}", f"{amt}"], [22, -5, -8, -9])
    total = sum((a for *_, a in items), Decimal(0))
    save = q2(total * Decimal("0.05")) if rng.random() < 0.4 else Decimal(0)
    paid = total - save
    net, vat = vat_in(paid, Decimal(15))
    r.rule("-")
    r.lr(f"ITEMS: {len(items)}", "")
    if save:
        r.lr("Promotion discount", f"-{save}")
    r.lr("Total excl. VAT", f"{net}")
    r.lr("VAT 15%", f"{vat}")
    r.lr("TOTAL (SAR)", k.total(paid), face="lmono-b", hy=1.8)
    r.lr("mada", f"{paid}")
    r.lr("Card", f"{digits(rng, 6)}******{digits(rng, 4)}")
    r.rule("-")
    r.qr(rng, 24)
    r.center("Thank you for shopping with us")
    spec = {
        "paper": ["grey"],
        "place": "glass",
        "lid": (234, 234, 230),
        "margin": (12, 10),
        "angle": rng.uniform(-1.5, 1.5),
        "kind": "scan",
        "dpi": 200,
        "fmt": "jpg",
        "quality": 78,
    }
    case = "big name, trading company under it, VAT No, C.R., ISO date, VAT 15% incl., mada card, QR; faded"
    return TCase("t09_sa_hypermarket", "SA", "en", "Saudi hypermarket", case, r.image(), r.lines, k, spec)


CASES = [t07_kr_restaurant, t08_ae_fashion_email, t09_sa_hypermarket]
