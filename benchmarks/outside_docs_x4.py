"""Set X receipts 10-12: a Yerevan restaurant's fiscal receipt in English (LLC, TIN, HDM numbers, 10 %
service added, whole drams as 18,700), a Mauritius airport duty-free slip (Ltd, BRN and VAT numbers, Rs and
US dollars both printed, boarding data) and a Seychelles hotel bar's bill (VAT 15 % and 10 % service
added, SR, room number; photo on a white table)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import ampm, digits, fit, hm, menu, when
from outside_common_t import TCase, TRoll
from outside_common_v import VKey
from outside_common_x import brn_mu, photo, scan


def x10_am_restaurant(rng: random.Random) -> TCase:
    k = VKey("AMD", "AMD")
    t = when(rng, 2025, 12, 23)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Khorovats pork 4200; Khorovats lamb 4800; Dolma with yogurt 3200; Khash 3500; Lavash 300; "
        "Armenian salad 1900; Jingalov hats 1600; Ararat 5* 50ml 1800; Areni red glass 2200; "
        "Jermuk 0.5L 700; Tan 0.5L 800; Gata 1200; Armenian coffee 600",
        rng.randint(3, 6),
        qmax=3,
    )
    r.center(k.company("TAVERN AYGI"), face="dmono-b", wx=1.4, hy=2.0)
    r.center(k.alt("Aygi Gastro LLC"))
    r.block(k.address("21 Abovyan St", "Yerevan 0001, Armenia"), "c")
    r.center(f"TIN {digits(rng, 8)}")
    r.rule("-")
    r.lr(f"Table {rng.randint(1, 24)}", f"Guests {rng.randint(2, 6)}")
    r.lr(f"Waiter: {rng.choice(['Armen', 'Lilit', 'Davit'])}", f"Check {rng.randint(1000, 9999)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} x {fit(name, 26)}", money(amt, "us", 0))
    food = sum((a for *_, a in items), Decimal(0))
    service = q2(food / 10, 0)
    total = food + service
    r.rule("-")
    r.lr("Subtotal", money(food, "us", 0))
    r.lr("Service 10%", money(service, "us", 0))
    r.lr("TOTAL AMD", k.total(total, "us", 0), face="dmono-b", hy=1.8)
    r.lr(rng.choice(["Card (ArCa)", "Visa", "Cash"]), money(total, "us", 0))
    r.text("incl. VAT 20%")
    r.rule("-")
    r.text(f"HDM reg. No {digits(rng, 8)}")
    r.text(f"Fiscal No {digits(rng, 8)}  Receipt {digits(rng, 5)}")
    r.text(f"{k.date(t, '%d.%m.%Y')} {hm(t, True)}")
    r.qr(rng, 18)
    r.center("Shnorhakalutyun! Thank you!")
    spec = photo(rng, "marble", 5, quality=82, long=2400)
    case = (
        "English HDM receipt, LLC legal name, TIN, service 10 % added, whole drams '18,700', date at the foot"
    )
    return TCase("x10_am_restaurant", "AM", "en", "Armenian restaurant", case, r.image(), r.lines, k, spec)


def x11_mu_dutyfree(rng: random.Random) -> TCase:
    k = VKey("MUR", "Rs")
    t = when(rng, 2025, 6, 23)
    usd = Decimal(rng.choice(["45.20", "45.85", "46.10"]))
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "New Grove Rum 70cl 1450.00; Green Island Rum 1L 890.00; Vanilla Tea Bois Cheri 250g 325.00; "
        "Dodo Keyring 290.00; Model Ship Kit 2950.00; Chamarel Rum Gift Set 3650.00; "
        "Toblerone 360g 520.00; Marlboro Red 200 2150.00; Dior Sauvage EDT 60ml 4800.00; "
        "Sea Salt 250g 180.00",
        rng.randint(2, 4),
        qmax=2,
    )
    r.big(k.company("ISLAND DUTY FREE"), face="lmono-b", height=4.5)
    r.center(k.alt("Island Duty Free Shops Ltd"))
    r.block(k.address("SSR International Airport", "Departure Lounge", "Plaine Magnien, Mauritius"), "c")
    r.center(f"BRN: {brn_mu(rng)}  VAT: VAT2{digits(rng, 7)}")
    r.rule("=")
    r.lr(f"Inv No: DF{digits(rng, 7)}", f"POS {rng.randint(1, 6)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t)}")
    r.lr(
        f"Flight: {rng.choice(['MK015', 'EK704', 'AF475', 'MK042'])}",
        f"Dest: {rng.choice(['CDG', 'DXB', 'JNB'])}",
    )
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} @ {money(unit)}", money(amt))
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL MUR", f"Rs {k.total(total)}", face="lmono-b", hy=1.8)
    r.lr(f"Equiv. USD (1 USD = {usd} MUR)", money(q2(total / usd)))
    r.lr(f"MCB VISA ****{digits(rng, 4)}", money(total))
    r.text("Zero rated - export sale (VAT 0%)")
    r.rule("-")
    r.center("Retain this receipt for customs")
    r.center("Merci - Thank you - Bon voyage!")
    spec = scan(rng, 200, "png", margin=(12, 12), lid=(232, 232, 228))
    case = "Ltd legal name, BRN/VAT numbers, three address lines, 'Rs 4,850.00' with USD equivalent, flight"
    return TCase(
        "x11_mu_dutyfree", "MU", "en", "Mauritian airport duty-free", case, r.image(), r.lines, k, spec
    )


def x12_sc_hotelbar(rng: random.Random) -> TCase:
    k = VKey("SCR", "SR")
    t = when(rng, 2025, 14, 23)
    r = TRoll(80, 42, "narrow", prop=True, pitch=1.35)
    items = menu(
        rng,
        "SeyBrew Lager 95.00; Eku Beer 90.00; Takamaka Rum Punch 210.00; Coco Mojito 230.00; "
        "Fresh Coconut 120.00; Passion Fruit Juice 110.00; Pina Colada 240.00; Club Sandwich 320.00; "
        "Octopus Salad 360.00; Fish Fingers 280.00; Espresso 80.00; Mineral Water 1L 85.00",
        rng.randint(2, 5),
        qmax=3,
    )
    r.big(k.company("Sunset Deck Bar"), face="serif-b", height=5.0)
    r.center(k.alt("Anse Royale Beach Hotel (Pty) Ltd"))
    r.block(k.address("Anse Royale, Mahé", "Seychelles"), "c")
    r.center(f"TIN: 7{digits(rng, 8)}   VAT Reg: 7{digits(rng, 8)}")
    r.rule()
    r.lr(f"Check #{digits(rng, 5)}", f"Room {rng.randint(101, 348)}")
    r.lr(f"Server: {rng.choice(['Marie', 'Jean-Paul', 'Stella'])}", f"{k.date(t, '%d-%b-%Y')} {ampm(t)}")
    r.rule()
    for name, qty, _unit, amt in items:
        r.lr(f"{qty}  {name}", money(amt))
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub / 10)
    vat = q2((sub + svc) * Decimal("0.15"))
    total = sub + svc + vat
    r.rule()
    r.lr("Subtotal", money(sub))
    r.lr("Service Charge 10%", money(svc))
    r.lr("VAT 15%", money(vat))
    r.lr("TOTAL SR", k.total(total), face="narrow-b", scale=1.3)
    r.lr(rng.choice(["Visa", "Mastercard", "Cash SCR"]), money(total))
    r.rule()
    r.center("Guest signature ______________________")
    r.center("Thank you for visiting Sunset Deck")
    spec = photo(rng, "white", 5, quality=80, long=2400)
    case = "proportional bill, (Pty) Ltd legal name, service 10 % + VAT 15 % added, 'TOTAL SR', 15-Mar-2025"
    return TCase("x12_sc_hotelbar", "SC", "en", "Seychelles hotel bar", case, r.image(), r.lines, k, spec)


CASES = [x10_am_restaurant, x11_mu_dutyfree, x12_sc_hotelbar]
