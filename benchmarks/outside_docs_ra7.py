"""Set RA receipts 19-21: a Nairobi grill's eTIMS receipt (Ltd, KRA PIN, B-16 % codes, M-PESA reference,
SCU information with CU invoice number, internal data and receipt signature), a Mumbai restaurant's bill
(Pvt. Ltd., GSTIN and FSSAI, CGST 2.5 % + SGST 2.5 %, round off, 'Grand Total Rs.', date as 14-Mar-25;
a faded scan) and a Singapore bakery's 58 mm receipt with its NETS block (Pte. Ltd., UEN as GST
registration, three address lines, GST 9 % included)."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, when
from outside_common_ra import amounts, code, gstin, split_vat
from outside_common_s import uen
from outside_common_t import TCase, TRoll, kra_pin
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra19_ke_grill(rng: random.Random) -> TCase:
    k = VKey("KES", "KSH")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Mbuzi choma 1kg 1400.00; Kuku choma half 850.00; Ugali 150.00; Kachumbari 100.00; "
        "Tusker lager 300.00; Soda 500ml 100.00; Chips masala 300.00; Sukuma wiki 150.00; Mutura 250.00; "
        "White Cap 300.00; "
        "Dawa cocktail 450.00; Tilapia fry 900.00",
        rng.randint(3, 6),
        qmax=3,
    )
    r.big(k.company("KARIBU NYAMA CHOMA GRILL"), face="dmono-b", height=4.5)
    r.center(k.alt("Karibu Grill Enterprises Ltd"))
    r.block(k.address("Ngong Road, Adams Arcade", "Nairobi"), "c")
    r.center(f"Tel: 0722 {digits(rng, 3)} {digits(rng, 3)}")
    r.center(f"PIN: {kra_pin(rng)}")
    r.rule("-")
    r.center("TAX INVOICE", face="dmono-b")
    r.lr(f"Table {rng.randint(1, 20)}", f"Waiter: {rng.choice(['Otieno', 'Wanjiku', 'Kiprop'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} x {money(unit)}", f"{money(amt)} B")
    total = amounts(items)
    ((_, _net, vat, _),) = split_vat({Decimal(16): total})
    r.rule("-")
    r.lr("TOTAL", f"KSH {k.total(total)}", face="dmono-b", hy=1.8)
    r.lr("TOTAL B-16%", money(total))
    r.lr("TOTAL TAX B", money(vat))
    r.lr("TOTAL TAX", money(vat))
    r.lr("M-PESA", money(total))
    r.text(f"M-PESA Ref: {code(rng, 10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}")
    r.lr("ITEMS NUMBER", str(len(items)))
    r.rule("-")
    r.center("SCU INFORMATION", face="dmono-b")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t, True)}")
    scu = f"KRACU0{digits(rng, 9)}"
    r.text(f"SCU ID: {scu}")
    r.text(f"CU INVOICE NO.: {scu}/{rng.randint(100, 9999)}")
    r.text("Internal Data:")
    r.text("-".join(code(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(7)))
    r.text(f"Receipt Signature: {'-'.join(code(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ234567') for _ in range(4))}")
    r.qr(rng, 20)
    r.text(f"RECEIPT NUMBER: {rng.randint(100, 9999)}/{rng.randint(100, 9999)} NS")
    r.text(f"MRC NO: KRAMW0{digits(rng, 11)}")
    r.center("THANK YOU - KARIBU TENA!")
    spec = photo(rng, "wood", 5, paper=["crumple"], crumple=0.1, quality=78, long=2500)
    case = (
        "Ltd name, KRA PIN, B-16 % lines, 'TOTAL KSH 3,250.00', M-PESA, SCU/CU invoice block; crumpled photo"
    )
    return TCase("ra19_ke_grill", "KE", "en", "Kenyan grill eTIMS receipt", case, r.image(), r.lines, k, spec)


def ra20_in_restaurant(rng: random.Random) -> TCase:
    k = VKey("INR", "Rs.")
    t = when(rng, 2025, 12, 23)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Masala Dosa 180.00; Paneer Butter Masala 320.00; Butter Naan 70.00; Veg Biryani 290.00; "
        "Dal Tadka 240.00; Jeera Rice 190.00; Filter Coffee 80.00; Sweet Lassi 120.00; "
        "Gulab Jamun 2pc 110.00; Pav Bhaji 210.00; Chole Bhature 230.00; Fresh Lime Soda 90.00",
        rng.randint(3, 6),
        qmax=3,
    )
    r.center(k.company("SHREE SAGAR PURE VEG"), face="lmono-b", hy=2.0)
    r.center(k.alt("Shree Sagar Hospitality Pvt. Ltd."))
    r.block(k.address("Shop 3, Linking Road, Bandra West", "Mumbai - 400050"), "c")
    r.center(f"GSTIN: {gstin(rng, '27')}")
    r.center(f"FSSAI Lic. No. 115{digits(rng, 11)}")
    r.rule("=")
    r.center("TAX INVOICE")
    r.lr(f"Bill No: {rng.randint(1000, 99999)}", f"Table: {rng.randint(1, 30)}")
    r.lr(f"Date: {k.date(t, '%d-%b-%y')}", f"Time: {hm(t)}")
    r.lr(f"Steward: {rng.choice(['Ramesh', 'Sunil', 'Anita'])}", f"Covers: {rng.randint(2, 5)}")
    r.rule("-")
    r.text(f"{'Item':<22}{'Qty':>4}{'Rate':>8}{'Amount':>8}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(f"{fit(name, 21):<22}{qty:>4}{money(unit, 'in'):>8}{money(amt, 'in'):>8}")
    sub = amounts(items)
    cgst = q2(sub * Decimal("0.025"))
    total_raw = sub + 2 * cgst
    total = total_raw.quantize(Decimal(1), ROUND_HALF_UP)
    r.rule("-")
    r.lr("Sub Total", money(sub, "in"))
    r.lr("CGST @ 2.5%", money(cgst, "in"))
    r.lr("SGST @ 2.5%", money(cgst, "in"))
    r.lr("Round Off", f"{'+' if total >= total_raw else '-'}{money(abs(total - total_raw), 'in')}")
    r.rule("-")
    r.lr("Grand Total Rs.", k.total(total, "in"), face="lmono-b", hy=1.8)
    r.rule("-")
    r.text(f"Paid by: {rng.choice(['UPI', 'Cash', 'Card'])}")
    r.text("HSN/SAC: 996331  Restaurant service")
    r.center("Thank you! Visit again")
    spec = scan(rng, 200, "jpg", paper=["fade"], fade=0.5, streaks=4, lid=(238, 238, 234), quality=80)
    case = "Pvt. Ltd. name, GSTIN/FSSAI, CGST + SGST 2.5 %, round off, 'Grand Total Rs.', DD-Mon-YY; faded"
    return TCase(
        "ra20_in_restaurant", "IN", "en", "Indian restaurant GST bill", case, r.image(), r.lines, k, spec
    )


def ra21_sg_bakery(rng: random.Random) -> TCase:
    k = VKey("SGD", "S$")
    t = when(rng, 2025, 7, 20)
    r = TRoll(58, 32, "dmono", pitch=1.35)
    items = menu(
        rng,
        "Kaya Toast Set 5.20; Pandan Chiffon Whole 14.80; Butter Croissant 3.60; Kopi-O Kosong 1.90; "
        "Teh Tarik 2.20; Curry Puff 2.40; Egg Tart 6pc 9.60; Sourdough Loaf 9.50; Ondeh Ondeh Cake 6.80; "
        "Kueh Lapis Slice 3.20",
        rng.randint(2, 5),
        qmax=3,
    )
    u = uen(rng)
    r.center(k.company("PANDAN & CO. BAKEHOUSE"), face="dmono-b")
    r.center(k.alt("Pandan and Co. Pte. Ltd."))
    r.block(k.address("#01-23 Tiong Bahru Market", "30 Seng Poh Road", "Singapore 168898"), "c")
    r.center(f"GST Reg No: {u}")
    r.rule("-")
    r.text(f"Rcpt: {rng.choice('ABC')}{digits(rng, 6)}")
    r.text(f"{k.date(t, '%d/%m/%Y')} {hm(t)}  POS 01")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 32))
        r.lr(f"  {qty} @ {money(unit)}", money(amt))
    total = amounts(items)
    ((_, _net, gst, _),) = split_vat({Decimal(9): total})
    r.rule("-")
    r.lr("TOTAL S$", k.total(total), face="dmono-b", hy=1.8)
    r.lr("NETS", money(total))
    r.lr("GST 9% incl.", money(gst))
    r.rule("-")
    r.center("NETS PURCHASE", face="dmono-b")
    r.text(f"MID: 11137{digits(rng, 5)}")
    r.text(f"TID: 6{digits(rng, 7)}")
    r.text(f"CARD: ************{digits(rng, 4)}")
    r.text(f"STAN: {digits(rng, 6)}  APPR: {digits(rng, 6)}")
    r.lr("AMOUNT", f"S${money(total)}")
    r.center("NO SIGNATURE REQUIRED")
    r.rule("-")
    r.center("Thank you! See you again")
    spec = scan(rng, 300, "png", margin=(14, 12), lid=(60, 60, 64))
    case = "58 mm, Pte. Ltd. name, three address lines, UEN as GST reg, 'TOTAL S$', NETS block; black lid"
    return TCase(
        "ra21_sg_bakery", "SG", "en", "Singapore bakery NETS receipt", case, r.image(), r.lines, k, spec
    )


CASES = [ra19_ke_grill, ra20_in_restaurant, ra21_sg_bakery]
