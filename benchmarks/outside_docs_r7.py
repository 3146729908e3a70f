"""Set R receipts 19-21: a Vancouver home store (GST + PST), a Singapore kopitiam with service charge,
GST and cash rounding, and an Indian restaurant bill (GSTIN, CGST + SGST, round off, amount in words)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from outside_common_k import q2
from outside_common_r import Case, Key, ampm, digits, fit, hm, menu, when
from outside_roll_r import Roll

ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
)
ONES += "seventeen eighteen nineteen"
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety"


def words(n: int) -> str:
    """An amount in English words, as Indian bills print it (up to 99,999)."""
    ones, tens = ONES.split(), TENS.split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])
    if n < 1000:
        return ones[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


def r19_ca_bc_store(rng: random.Random) -> Case:
    k = Key("CAD", "$")
    t = when(rng, lo=10, hi=20)
    r = Roll(80, 44, "dmono", pitch=1.35)
    items = menu(
        rng,
        "LINEN NAPKINS SET/4 24.00; CERAMIC MUG 14.50; BEESWAX CANDLE 18.00; OLIVE WOOD BOARD 39.99; "
        "WOOL THROW 89.00; GLASS CARAFE 22.00; TEA TOWEL 9.50; PLANTER SMALL 16.75; CEDAR SACHET 3PK 12.00",
        rng.randint(3, 5),
        qmax=2,
    )
    r.big(k.company("CEDAR & PINE HOME"), face="bookman-b", height=5)
    r.block(k.address("1885 W 4th Ave", "Vancouver, BC V6J 1M4"), "c")
    r.center("604-555-0178")
    r.center("GST Reg #: 77412 9083 RT0001")
    r.center("PST # PST-1044-8812")
    r.rule("-")
    r.lr(f"SALE   Trans: {rng.randint(10000, 99999)}", f"Clerk: {rng.choice(['Morgan', 'Kai', 'Jess'])}")
    r.lr(k.date(t, "%Y/%m/%d"), ampm(t))
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(f"SKU {digits(rng, 8)}")
        r.lr(f"  {name}" if qty == 1 else f"  {qty} @ {unit} {fit(name, 20)}", f"{amt} GP")
    sub = sum((a for *_, a in items), Decimal(0))
    gst, pst = q2(sub * Decimal("0.05")), q2(sub * Decimal("0.07"))
    total = sub + gst + pst
    r.rule("-")
    r.lr("SUBTOTAL", f"{sub}")
    r.lr("GST 5%", f"{gst}")
    r.lr("PST 7%", f"{pst}")
    r.lr("TOTAL", f"${k.total(total)}", face="dmono-b", hy=2.0)
    r.lr("INTERAC", f"{total}")
    r.feed()
    r.text(f"Card #: ************{digits(rng, 4)}   Acct: CHEQUING")
    r.text(f"Auth #: {digits(rng, 6)}   Ref #: {digits(rng, 10)}")
    r.text("01 APPROVED - THANK YOU")
    r.feed()
    r.center(f"Returns within 30 days: by {(t + timedelta(days=30)):%Y/%m/%d}")
    r.center("Gift receipts available at the till")
    r.center("cedarandpinehome.ca")
    spec = {
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 75,
        "long": 2400,
    }
    case = "GST and PST lines; SKU lines between items; return-by date in the same ISO-like form"
    return Case("r19_ca_bc_store", "CA", "en", "Canadian store GST+PST", case, r.image(), r.lines, k, spec)


def r20_sg_kopitiam(rng: random.Random) -> Case:
    k = Key("SGD", "$")
    t = when(rng, lo=7, hi=21)
    r = Roll(58, 32, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Kaya Toast Set 5.80; Kopi C 1.90; Teh Tarik 2.20; Soft Boiled Eggs 2.00; Laksa 7.50; "
        "Nasi Lemak 6.80; Mee Siam 6.50; Milo Dinosaur 3.80; Chicken Curry Bun 4.20",
        rng.randint(3, 5),
        qmax=2,
    )
    r.big(k.company("KOPI & KAYA HOUSE"), face="lmono-b", height=3.8)
    r.center(k.alt("Kaya Heritage Pte Ltd"))
    r.center("GST Reg No: 201934412K")
    r.block(k.address("Blk 261 Waterloo Street", "#01-32", "Singapore 180261"), "c")
    r.center("Tel: 6555 3012")
    r.rule("-")
    r.text(f"Receipt: {digits(rng, 9)}")
    r.lr(f"Table: {rng.randint(1, 30)}", f"Pax: {rng.randint(1, 4)}")
    r.text(f"{k.date(t, '%d %b %Y')} {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {name}", f"{amt}")
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    gst = q2((sub + svc) * Decimal("0.09"))
    gross = sub + svc + gst
    net = (gross * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20
    net = q2(net)
    cash = Decimal(50) if net < 50 else Decimal(100)
    r.rule("-")
    r.lr("Sub-Total", f"{sub}")
    r.lr("Svc Chg 10%", f"{svc}")
    r.lr("GST 9%", f"{gst}")
    r.lr("Total", f"{gross}")
    r.lr("Rounding", f"{net - gross:+.2f}")
    r.lr("NET TOTAL", f"${k.total(net)}", face="lmono-b")
    r.lr("CASH", f"{cash:.2f}")
    r.lr("CHANGE", f"{cash - net:.2f}")
    r.rule("-")
    r.center("Thank You! Please Come Again")
    r.center("Prices are subject to 10% svc chg")
    r.center("& prevailing GST")
    spec = {
        "paper": ["fade"],
        "fade": 0.3,
        "place": "glass",
        "lid": (235, 235, 235),
        "margin": (12, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "service charge and GST on top, then cash rounding: the paid NET TOTAL differs from Total"
    return Case(
        "r20_sg_kopitiam", "SG", "en", "Singapore kopitiam", case, r.image(cut="torn"), r.lines, k, spec
    )


def r21_in_restaurant(rng: random.Random) -> Case:
    k = Key("INR", "Rs.")
    t = when(rng, lo=12, hi=23)
    r = Roll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Masala Dosa 120.00; Idli Vada 90.00; Ghee Roast 160.00; Veg Biryani 240.00; "
        "Paneer Butter Masala 280.00; Butter Naan 60.00; Filter Coffee 45.00; Sweet Lassi 80.00; "
        "Chettinad Curry 260.00; Curd Rice 110.00",
        rng.randint(4, 6),
        qmax=3,
    )
    r.big(k.company("MADRAS SPICE KITCHEN"), face="serif-b", height=4.5)
    r.center(f"(A Unit of {k.alt('Spice Route Hospitality Pvt Ltd')})")
    r.block(k.address("No. 14, 100 Feet Road, Indiranagar", "Bengaluru - 560038"), "c")
    r.center("Ph: 080-4555 1290")
    r.center("GSTIN: 29AAKCS4471M1Z5")
    r.center("FSSAI Lic No: 11223345000678")
    r.center("TAX INVOICE", face="lmono-b")
    r.lr(f"Bill No: {rng.randint(1000, 9999)}", f"Table: T{rng.randint(1, 25)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t)}")
    r.text(f"Steward: {rng.choice(['Ravi', 'Suresh', 'Anil'])}   Covers: {rng.randint(1, 6)}")
    r.rule("-")
    r.text(f"{'Item':<22}{'Qty':>4}{'Rate':>8}{'Amount':>10}")
    for name, qty, unit, amt in items:
        r.text(f"{fit(name, 21):<22}{qty:>4}{unit:>8}{amt:>10}")
    sub = sum((a for *_, a in items), Decimal(0))
    cgst = sgst = q2(sub * Decimal("0.025"))
    gross = sub + cgst + sgst
    net = gross.quantize(Decimal(1), ROUND_HALF_UP)
    r.rule("-")
    r.lr("Sub Total", f"{sub}")
    r.lr("CGST @2.5%", f"{cgst}")
    r.lr("SGST @2.5%", f"{sgst}")
    r.lr("Round Off", f"{net - gross:+.2f}")
    r.lr("Net Amount Rs.", k.total(net, "in"), face="lmono-b", hy=2.0)
    r.text(f"Rupees {words(int(net)).title()} Only")
    r.rule("-")
    r.text(f"Paid by UPI   Txn ID: {digits(rng, 12)}")
    r.center("Thank You! Visit Again")
    r.center("Goods once sold will not be taken back", scale=0.9)
    spec = {
        "place": "table",
        "table": "slate",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 60,
        "long": 2400,
    }
    case = (
        "legal name inside '(A Unit of ...)'; CGST + SGST; round off; amount in words; dark table, JPEG q60"
    )
    return Case("r21_in_restaurant", "IN", "en", "Indian restaurant bill", case, r.image(), r.lines, k, spec)


CASES = [r19_ca_bc_store, r20_sg_kopitiam, r21_in_restaurant]
