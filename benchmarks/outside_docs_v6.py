"""Set V receipts 16-18: a Kampala minimart's EFRIS receipt (logo name over URA's sections, legal name,
TIN, fiscal document number, whole shillings), a Kingston jerk centre's order receipt (TRN, GCT 15 %
added, 'Mar 15, 2025', J$) and a Trinidad boutique's sales receipt (BIR and VAT numbers, a promotion,
VAT 12.5 % included, LINX debit)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import ampm, digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey, trn_jm


def v16_ug_minimart(rng: random.Random) -> TCase:
    k = VKey("UGX", "UGX")
    t = when(rng, 2025, 8, 22)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Sugar Kakira 1kg 5500; Rice Super 1kg 4800; Posho 2kg 6000; Cooking Oil Mukwano 1L 9500; "
        "Milk Fresh Dairy 500ml 1800; Bread Hot Loaf 400g 4500; Soda Mirinda 500ml 1500; "
        "Rwenzori Water 1.5L 2000; Blue Band 250g 5200; Omo 500g 6500; Tea Leaves 250g 3000; Eggs Tray 13500",
        rng.randint(4, 7),
        qmax=3,
    )
    r.big(k.company("FRESH MART"), face="lmono-b", height=5.0)
    r.block(k.address("Plot 45 Kira Road, Kamwokya", "Kampala, Uganda"), "c")
    r.center(f"Tel: 0414 {digits(rng, 6)}")
    r.center("EFRIS e-RECEIPT", face="lmono-b")
    r.text("Section A: Seller's Details")
    r.text(f"TIN: 100{digits(rng, 7)}")
    r.text(f"Legal Name: {k.alt('Quality Fresh Mart Limited')}")
    r.text(f"Served by: {rng.choice(['Brenda', 'Ivan', 'Sarah'])}")
    r.text("Section B: URA Information")
    r.text(f"Issued Date: {k.date(t, '%d/%m/%Y')}  Time: {hm(t, True)}")
    r.text(f"Device Number: TCS{digits(rng, 13)}")
    r.text(f"Fiscal Document Number: {digits(rng, 16)}")
    r.text(f"Verification Code: {'-'.join(digits(rng, 4) for _ in range(5))}")
    r.text("Section D: Goods & Services Details")
    cols(r, ["Item", "Qty", "Unit", "Total"], [20, -4, -9, -11])
    for name, qty, unit, amt in items:
        cols(
            r, [fit(name, 19), str(qty), money(unit, "us", 0), money(amt, "us", 0) + " A"], [20, -4, -9, -11]
        )
    total = sum((a for *_, a in items), Decimal(0))
    net = (total / Decimal("1.18")).quantize(Decimal(1))
    r.text("Section E: Tax Details")
    r.lr("A-Standard (18%)", f"Net {money(net, 'us', 0)}  Tax {money(total - net, 'us', 0)}")
    r.text("Section F: Summary")
    r.lr("Net Amount:", money(net, "us", 0))
    r.lr("Tax Amount:", money(total - net, "us", 0))
    r.lr("Gross Amount: UGX", k.total(total, "us", 0), face="lmono-b", hy=1.7)
    r.lr("Payment Mode:", rng.choice(["Cash", "Mobile Money"]))
    r.lr("Number of Items:", str(len(items)))
    r.qr(rng, 24)
    r.center("Thank you for shopping with us")
    spec = {"place": "table", "table": "wood", "angle": rng.uniform(-4, 4), "kind": "photo", "fmt": "jpg"}
    spec |= {"quality": 76, "long": 2800, "fill": 0.9}
    case = "logo name over the EFRIS sections, 'Legal Name:' line, FDN and verification code, whole shillings"
    return TCase("v16_ug_minimart", "UG", "en", "Ugandan minimart", case, r.image(), r.lines, k, spec)


def v17_jm_jerk(rng: random.Random) -> TCase:
    k = VKey("JMD", "J$")
    t = when(rng, 2025, 11, 22)
    r = TRoll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        "1/4 Jerk Chicken 1150.00; 1/2 Jerk Chicken 2100.00; 1/2 lb Jerk Pork 1450.00; Festival 250.00; "
        "Bammy 300.00; Rice & Peas 450.00; Roast Breadfruit 400.00; Ting 350.00; Red Stripe 650.00; "
        "Sorrel Drink 400.00; Pepper Shrimp 1/2 lb 1800.00",
        rng.randint(3, 6),
        qmax=2,
    )
    r.center(k.company("FIRE PIT JERK CENTRE"), face="dmono-b", hy=2.0)
    r.center(k.alt("Fire Pit Foods Limited"))
    r.block(k.address("Shop 4, 112 Constant Spring Road", "Kingston 10, Jamaica"), "c")
    r.center(f"TRN: {trn_jm(rng)}")
    r.rule("-")
    r.lr(f"Order # {rng.randint(100, 999)}", rng.choice(["DINE IN", "TAKE OUT"]))
    r.lr(k.date(t, "%b %d, %Y"), ampm(t))
    r.text(f"Cashier: {rng.choice(['Shanice', 'Dwayne', 'Kemar'])}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 28)}", money(amt))
    sub = sum((a for *_, a in items), Decimal(0))
    gct = q2(sub * Decimal("0.15"))
    total = sub + gct
    r.rule("-")
    r.lr("Subtotal", money(sub))
    r.lr("GCT 15%", money(gct))
    r.lr("TOTAL", f"J${k.total(total)}", face="dmono-b", hy=1.8)
    cash = tendered(rng, total, (100, 500, 1000, 5000))
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.rule("-")
    r.center("Respect! Come back soon")
    spec = {"place": "glass", "lid": (232, 232, 228), "margin": (12, 12), "angle": rng.uniform(-1.2, 1.2)}
    spec |= {"kind": "scan", "dpi": 300, "fmt": "png"}
    case = "Limited legal name, TRN, 'Mar 15, 2025' and 12-hour time, GCT 15 % added, 'J$4,025.00', cash"
    return TCase("v17_jm_jerk", "JM", "en", "Jamaican jerk restaurant", case, r.image(), r.lines, k, spec)


def v18_tt_boutique(rng: random.Random) -> TCase:
    k = VKey("TTD", "TT$")
    t = when(rng, 2025, 10, 20)
    r = TRoll(80, 42, "nmono", pitch=1.3)
    items = menu(
        rng,
        "LINEN SHIRT M WHITE 289.00; DENIM SHORTS 32 249.00; MAXI DRESS FLORAL S 395.00; "
        "CARNIVAL TEE L 149.00; STRAW HAT 119.00; LEATHER SANDALS 40 "
        "349.00; BEACH WRAP 179.00; BELT BROWN 99.00",
        rng.randint(2, 4),
        qmax=2,
    )
    r.center(k.company("ISLAND THREADS"), face="nmono-b", wx=1.5, hy=2.0)
    r.center(k.alt("Island Threads Boutique Ltd."))
    r.block(k.address("Level 1, Trincity Mall", "Trincity, Trinidad W.I."), "c")
    r.center(f"BIR No. {digits(rng, 9)}  VAT Reg. {digits(rng, 6)}")
    r.rule("-")
    r.text(f"SALES RECEIPT  {rng.choice(['TCM', 'POS'])}-{digits(rng, 6)}")
    r.text(f"Date: {k.date(t, '%d/%m/%Y')}  Time: {hm(t)}")
    r.text(f"Associate: {rng.choice(['Keisha', 'Ravi', 'Alana'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  SKU {digits(rng, 7)}  {qty} @ {money(unit)}", money(amt))
    sub = sum((a for *_, a in items), Decimal(0))
    disc = q2(sub * Decimal("0.15")) if rng.random() < 0.6 else Decimal(0)
    total = sub - disc
    r.rule("-")
    r.lr("SUBTOTAL", money(sub))
    if disc:
        r.lr("PROMO 15% OFF", f"-{money(disc)}")
    r.lr("TOTAL TT$", k.total(total), face="nmono-b", hy=1.8)
    r.lr(f"LINX ****{digits(rng, 4)}", money(total))
    r.lr("VAT 12.5% INCLUDED", money(vat_in(total, Decimal("12.5"))[1]))
    r.rule("-")
    r.center("Exchange within 7 days with receipt.")
    r.center("No refunds on sale items.")
    spec = {"paper": ["fold"], "folds": 2, "crumple": 0.1, "place": "glass", "lid": (238, 238, 234)}
    spec |= {"margin": (12, 10), "angle": rng.uniform(-1.5, 1.5), "kind": "scan", "colour": True}
    spec |= {"dpi": 200, "fmt": "jpg", "quality": 80}
    case = (
        "Ltd. legal name, BIR/VAT numbers, SKU lines, promo "
        "discount, 'TOTAL TT$', VAT 12.5 % included; folded"
    )
    return TCase("v18_tt_boutique", "TT", "en", "Trinidad boutique", case, r.image(), r.lines, k, spec)


CASES = [v16_ug_minimart, v17_jm_jerk, v18_tt_boutique]
