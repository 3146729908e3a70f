"""Set X receipts 19-21: a Harare supermarket's ZIMRA fiscal tax invoice (Pvt Ltd, TIN, VAT and BP numbers,
VAT 15 %, US dollars with the ZiG rate, fiscal day and verification code), a Gaborone bottle store's
slip ((Pty) Ltd, TIN, liquor licence, VAT 14 %, 'P 245.90'; faded) and a Windhoek grill's bill with the
card slip stapled below (CC, VAT 15 % included, tip added on the terminal, N$)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, stack, vat_in, when
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def x19_zw_supermarket(rng: random.Random) -> TCase:
    k = VKey("USD", "USD")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 44, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Mazoe Orange Crush 2L 4.20; Roller Meal 10kg 7.50; Cooking Oil 2L 4.95; Sugar 2kg 2.60; "
        "Bread Loaf 1.00; Fresh Milk 2L 2.80; Rice 2kg 3.10; Chicken Pieces 2kg 8.90; Eggs 18 4.40; "
        "Tea Tanganda 250g 2.30; Kapenta 500g 4.50; Sunlight Bar 1.20; Colgate 100ml 2.10",
        rng.randint(4, 7),
        qmax=3,
    )
    r.big(k.company("BAOBAB FRESH"), face="lmono-b", height=5.5)
    r.center(k.alt("Baobab Retail (Pvt) Ltd"))
    r.block(k.address("Shop 4, Sam Levy's Village", "Borrowdale, Harare"), "c")
    r.center(f"TIN: 200{digits(rng, 7)}  VAT No: 220{digits(rng, 6)}")
    r.center(f"BP No: 200{digits(rng, 6)}")
    r.rule("=")
    r.center("FISCAL TAX INVOICE", face="lmono-b")
    r.lr(f"Invoice: {digits(rng, 7)}", f"Till {rng.randint(1, 14):02d}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", hm(t, True))
    r.text("Currency: USD")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 44))
        r.lr(f"   {qty} x {money(unit)}", f"{money(amt)} T")
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(15))
    r.rule("-")
    r.lr("Total excl. VAT", money(net))
    r.lr("VAT 15%", money(vat))
    r.lr("TOTAL USD", k.total(total), face="lmono-b", hy=1.8)
    pay = rng.choice(["Cash USD", "Swipe ZiG", "EcoCash USD"])
    paid = tendered(rng, total, (1, 5, 10, 20)) if pay == "Cash USD" else total
    r.lr(pay, money(paid))
    if pay == "Cash USD":
        r.lr("Change", money(paid - total))
    r.text(f"Rate: 1 USD = {rng.choice(['26.80', '26.95', '27.10'])} ZiG")
    r.rule("-")
    r.text(f"Fiscal Day No: {rng.randint(40, 320)}  Receipt: {rng.randint(100, 999)}")
    r.text(f"Device ID: {digits(rng, 5)}")
    r.text(f"Verification code: {uuid.UUID(int=rng.getrandbits(128)).hex[:16].upper()}")
    r.qr(rng, 18)
    r.center("Verify at fdms.zimra.co.zw")
    r.center("Thank you for shopping with us")
    spec = photo(rng, "wood", 4, quality=78, long=2600)
    case = "ZIMRA fiscal tax invoice, (Pvt) Ltd legal name, TIN/VAT/BP, 'TOTAL USD', ZiG rate; phone photo"
    return TCase(
        "x19_zw_supermarket", "ZW", "en", "Zimbabwean supermarket", case, r.image(), r.lines, k, spec
    )


def x20_bw_bottlestore(rng: random.Random) -> TCase:
    k = VKey("BWP", "P")
    t = when(rng, 2025, 10, 20)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "St Louis Lager 440ml 14.50; Castle Lager 6 Pack 89.90; Savanna Dry 330ml 21.00; "
        "Hansa Pilsener 750ml 22.50; Amarula 750ml 219.00; Nederburg Cab Sauv 750ml 119.00; "
        "Klipdrift Brandy 750ml 189.00; Coke 2L 24.50; Ice 2kg 18.00; Black Label Quart 28.00",
        rng.randint(2, 5),
        qmax=3,
    )
    r.center(k.company("KGALE BOTTLE STORE"), face="dmono-b", hy=2.0)
    r.center(k.alt("Kgale Liquors (Pty) Ltd"))
    r.block(k.address("Plot 54366, Kgale Mews", "Gaborone, Botswana"), "c")
    r.center(f"TIN: C0{digits(rng, 7)}")
    r.center(f"Liquor Licence No: {digits(rng, 4)}/{rng.randint(18, 24)}")
    r.rule("-")
    r.lr(f"Slip {digits(rng, 6)}", f"{k.date(t, '%d-%m-%Y')} {hm(t)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} @ P{money(unit)}", f"P{money(amt)}")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("=")
    r.lr("TOTAL", f"P {k.total(total)}", face="dmono-b", hy=1.8)
    cash = rng.random() < 0.5
    paid = tendered(rng, total, (10, 20, 50, 100, 200)) if cash else total
    r.lr("Cash" if cash else f"Card ****{digits(rng, 4)}", f"P{money(paid)}")
    if cash:
        r.lr("Change", f"P{money(paid - total)}")
    r.lr("VAT 14% incl.", f"P{money(vat_in(total, Decimal(14))[1])}")
    r.rule("-")
    r.center("No sale of alcohol to persons under 18")
    r.center("Drink responsibly - Re a leboga")
    spec = scan(rng, 200, "jpg", paper=["fade"], fade=0.5, streaks=4, lid=(238, 238, 234), quality=82)
    case = "(Pty) Ltd legal name, TIN, liquor licence, 'TOTAL P 245.90', VAT 14 % included, DD-MM-YYYY; faded"
    return TCase("x20_bw_bottlestore", "BW", "en", "Botswana bottle store", case, r.image(), r.lines, k, spec)


def x21_na_grill(rng: random.Random) -> TCase:
    k = VKey("NAD", "N$")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Oryx Steak 300g 245.00; Kudu Fillet 265.00; Eisbein 210.00; Kingklip 225.00; "
        "Game Skewer 230.00; Windhoek Lager 38.00; Windhoek Draught 500ml 45.00; Savanna Dry 42.00; "
        "Rock Shandy 48.00; Malva Pudding 75.00; Side Chips 35.00; Greek Salad 85.00",
        rng.randint(3, 6),
        qmax=2,
    )
    r.center(k.company("KLEIN WINDHOEK GRILL"), face="dmono-b", hy=2.0)
    r.center(k.alt("Klein Windhoek Grill CC"))
    r.block(k.address("18 Nelson Mandela Ave", "Klein Windhoek, Windhoek"), "c")
    r.center(f"VAT Reg No {digits(rng, 7)}-01-5")
    r.rule("-")
    r.lr(f"Table {rng.randint(1, 30)}", f"Covers {rng.randint(2, 5)}")
    r.lr(f"Waiter: {rng.choice(['Johanna', 'Petrus', 'Ndapewa'])}", f"Bill {digits(rng, 5)}")
    r.text(f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 28)}", money(amt))
    bill = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL N$", money(bill), face="dmono-b", hy=1.8)
    r.lr("VAT 15% included", money(vat_in(bill, Decimal(15))[1]))
    r.center("Gratuity not included")
    r.center("Thank you - come again!")
    tip = q2(bill * Decimal(rng.choice([10, 10, 12, 15])) / 100).quantize(Decimal(1))
    s = TRoll(58, 26, "lmono", pitch=1.3, top=9)
    pay = t + timedelta(minutes=rng.randint(40, 110))
    s.center(rng.choice(["BANK WINDHOEK", "FNB NAMIBIA", "NEDBANK"]))
    s.text("KLEIN WINDHOEK GRILL")
    s.text(f"MID {digits(rng, 9)}")
    s.text(f"{pay:%d/%m/%Y} {hm(pay)}")
    s.text(f"{rng.choice(['VISA', 'MASTERCARD'])} ****{digits(rng, 4)}")
    s.lr("SALE", f"N${money(bill)}")
    s.lr("TIP", f"N${money(tip)}")
    s.lr("TOTAL", f"N${k.total(bill + tip)}", face="lmono-b")
    s.center("APPROVED 00")
    s.center("CARDHOLDER COPY")
    image = stack(r.image(), s.image(), overlap=6, dx=rng.uniform(6, 16), angle=rng.uniform(-4, 4))
    spec = scan(rng, 300, "jpg", colour=True, lid=(214, 214, 210), quality=82, angle=rng.uniform(-2, 2))
    case = "CC legal name, VAT reg no, 'TOTAL N$' bill, card slip with tip stapled below (key: bill + tip)"
    lines = r.lines + s.lines
    return TCase("x21_na_grill", "NA", "en", "Namibian grill + card slip", case, image, lines, k, spec)


CASES = [x19_zw_supermarket, x20_bw_bottlestore, x21_na_grill]
