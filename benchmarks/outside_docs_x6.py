"""Set X receipts 16-18: a Douala fuel station's ticket (SA, NIU, RC, litres at the pump price, TVA
19,25 %, 10 000 FCFA; photo turned 270 degrees), a Kigali café's EBM receipt (Ltd, TIN, TOTAL B-18 %, SDC
information, receipt signature, MRC, FRw) and a Lusaka hardware shop's ZRA smart invoice (Limited,
TPIN, VAT 16 %, 'K 1,234.50', verification code; folded)."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import niu_cm, photo, scan, tpin_zm


def x16_cm_fuel(rng: random.Random) -> TCase:
    k = VKey("XAF", "FCFA")
    t = when(rng, 2025, 6, 22)
    r = TRoll(80, 40, "lmono", pitch=1.3)
    fuel, price = rng.choice([("SUPER", Decimal(840)), ("GASOIL", Decimal(828)), ("PETROLE", Decimal(650))])
    amount = Decimal(rng.choice([5000, 10000, 15000, 20000, 25000]))
    litres = (amount / price).quantize(Decimal("0.01"))
    r.center(k.company("NOVAPETRO AKWA"), face="lmono-b", wx=1.4, hy=2.0)
    r.center(k.alt("NOVAPETRO CAMEROUN SA"))
    r.block(k.address("Boulevard de la Liberté, Akwa", "BP 4127 Douala - Cameroun"), "c")
    r.center(f"NIU: {niu_cm(rng)}")
    r.center(f"RC/DLA/{rng.randint(2005, 2020)}/B/{digits(rng, 4)}")
    r.rule("-")
    r.text(f"TICKET N° {digits(rng, 7)}")
    r.text(f"DATE: {k.date(t, '%d/%m/%Y')}  HEURE: {hm(t, True)}")
    r.text(f"POMPE: {rng.randint(1, 8)}  POMPISTE: {rng.choice(['ATANGANA', 'NGO BISSE', 'FOTSO'])}")
    r.rule("-")
    r.lr("PRODUIT", fuel)
    r.lr("VOLUME", f"{money(litres, 'fr')} L")
    r.lr("PRIX UNITAIRE", f"{money(price, 'fr', 0)} FCFA/L")
    r.rule("-")
    r.lr("MONTANT TTC", f"{k.total(amount, 'fr', 0)} FCFA", face="lmono-b", hy=1.8)
    r.lr("dont TVA 19,25%", money(q2(amount * Decimal("19.25") / Decimal("119.25"), 0), "fr", 0))
    r.lr("MODE DE PAIEMENT", rng.choice(["ESPECES", "ORANGE MONEY", "MTN MOMO", "BON CARBURANT"]))
    r.rule("-")
    r.text(f"IMMATRICULATION: LT {digits(rng, 3)} {rng.choice(['AB', 'CD', 'HJ'])}")
    r.center("MERCI ET BONNE ROUTE")
    spec = photo(rng, "slate", 3, quality=80, long=2600, rotate=270)
    case = (
        "SA legal name, NIU/RC, litres x pump price, 'MONTANT TTC 10 000 FCFA', TVA 19,25 %; photo turned 270"
    )
    return TCase("x16_cm_fuel", "CM", "fr", "Cameroonian fuel station", case, r.image(), r.lines, k, spec)


def x17_rw_cafe(rng: random.Random) -> TCase:
    k = VKey("RWF", "FRw")
    t = when(rng, 2025, 7, 21)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Cappuccino 2500; Cafe Latte 2800; Americano 2000; African Tea 1500; Passion Juice 2500; "
        "Chicken Brochette 4500; Goat Brochette 5000; Isombe with rice 4000; Avocado Toast 5500; "
        "Samosa x2 1500; Carrot Cake 3000; Water Inyange 1L 1000",
        rng.randint(2, 5),
        qmax=2,
    )
    r.center(k.company("UMUSOZI COFFEE HOUSE"), face="dmono-b", hy=2.0)
    r.center(k.alt("Umusozi Ltd"))
    r.block(k.address("KG 7 Ave, Kacyiru", "Kigali, Rwanda"), "c")
    tin = f"1{digits(rng, 8)}"
    r.center(f"TIN: {tin}")
    r.center("Welcome! Prices in FRw")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {money(unit)} x {qty}.00", f"{money(amt)} B")
    total = sum((a for *_, a in items), Decimal(0))
    tax = vat_in(total, Decimal(18))[1]
    r.rule("-")
    r.lr("TOTAL", k.total(total), face="dmono-b", hy=1.8)
    r.lr("TOTAL A-EX", "0.00")
    r.lr("TOTAL B-18.00%", money(total))
    r.lr("TOTAL TAX B", money(tax))
    r.lr("TOTAL TAX", money(tax))
    r.rule("-")
    pay = rng.choice(["CASH", "MOBILE MONEY", "CREDIT CARD"])
    paid = tendered(rng, total, (1000, 2000, 5000, 10000)) if pay == "CASH" else total
    r.lr(pay, money(paid))
    r.lr("ITEMS NUMBER", str(len(items)))
    r.rule("-")
    r.center("SDC INFORMATION")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t, True)}")
    r.lr("SDC ID:", f"SDC0{digits(rng, 8)}")
    n = rng.randint(200, 9000)
    r.lr("RECEIPT NUMBER:", f"{n}/{n + rng.randint(0, 40)} NS")
    sig = uuid.UUID(int=rng.getrandbits(128)).hex.upper()
    r.text("Internal Data:")
    r.text("-".join(sig[i : i + 4] for i in range(0, 24, 4)))
    sig = uuid.UUID(int=rng.getrandbits(128)).hex.upper()
    r.text("Receipt Signature:")
    r.text("-".join(sig[i : i + 4] for i in range(0, 16, 4)))
    r.rule("-")
    r.lr("RECEIPT NUMBER:", str(n))
    r.lr(f"DATE: {t:%d/%m/%Y}", f"TIME: {hm(t, True)}")
    r.lr("MRC:", f"WIS00{digits(rng, 6)}")
    r.center("THANK YOU - MURAKOZE")
    r.center("EBM v2")
    spec = scan(rng, 200, "jpg", quality=80, margin=(12, 12))
    case = (
        "EBM layout: Ltd legal name, TIN, TOTAL A-EX / B-18 %, SDC block with signature and MRC, 'FRw' once"
    )
    return TCase("x17_rw_cafe", "RW", "en", "Rwandan café (EBM)", case, r.image(), r.lines, k, spec)


def x18_zm_hardware(rng: random.Random) -> TCase:
    k = VKey("ZMW", "K")
    t = when(rng, 2025, 8, 17)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Cement Dangote 42.5N 50kg 185.00; Roofing Nails 1kg 65.00; IBR Sheet 0.4mm 3m 310.00; "
        "Wire Nails 75mm 1kg 48.00; PVC Pipe 110mm 6m 395.00; Door Hinge 100mm pair 42.50; "
        "Padlock Solex 50mm 189.00; Paint Plascon White 5L 620.00; Binding Wire 1kg 58.00; "
        "Wheelbarrow Heavy Duty 1150.00; Shovel Round Nose 145.00; Brick Force 50m 210.00",
        rng.randint(3, 6),
        qmax=4,
    )
    r.center(k.company("MWANGO HARDWARE"), face="lmono-b", wx=1.4, hy=2.0)
    r.center(k.alt("Mwango Building Supplies Limited"))
    r.block(k.address("Plot 4312, Cairo Road", "Lusaka, Zambia"), "c")
    r.center(f"TPIN: {tpin_zm(rng)}")
    r.rule("=")
    r.center("TAX INVOICE", face="lmono-b")
    r.lr(f"Invoice No: {digits(rng, 8)}", f"Till {rng.randint(1, 4)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", hm(t, True))
    r.text("Buyer TPIN: 0000000000  Name: CASH SALE")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 44))
        r.lr(f"   {qty} x K {money(unit)}", f"{money(amt)} A")
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(16))
    r.rule("-")
    r.lr("Total excl. VAT", money(net))
    r.lr("VAT A 16%", money(vat))
    r.lr("TOTAL", f"K {k.total(total)}", face="lmono-b", hy=1.8)
    pay = rng.choice(["Cash", "Airtel Money", "MTN MoMo", "Visa"])
    paid = tendered(rng, total, (50, 100, 500)) if pay == "Cash" else total
    r.lr(pay, money(paid))
    if pay == "Cash":
        r.lr("Change", money(paid - total))
    r.rule("-")
    r.text(f"SDC ID: ZRA{digits(rng, 9)}")
    r.text(f"Receipt No: {rng.randint(100, 9999)}/{rng.randint(10000, 99999)} NS")
    r.text(f"Verification: {uuid.UUID(int=rng.getrandbits(128)).hex[:16].upper()}")
    r.qr(rng, 18)
    r.center("Goods once sold are not returnable")
    spec = scan(rng, 200, "png", paper=["fold"], folds=2, crumple=0.1, lid=(238, 238, 234))
    case = "ZRA smart invoice, Limited legal name, TPIN, 'TOTAL K 1,234.50', VAT 16 %, mobile money; folded"
    return TCase("x18_zm_hardware", "ZM", "en", "Zambian hardware shop", case, r.image(), r.lines, k, spec)


CASES = [x16_cm_fuel, x17_rw_cafe, x18_zm_hardware]
