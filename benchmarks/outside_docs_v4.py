"""Set V receipts 10-12: a Mosta hardware shop's fiscal receipt in English (Ltd legal name, VAT MT, 18 %),
a Limassol kiosk's 58 mm slip (VAT and TIC numbers, 19 % VAT, day-month-year with dashes) and a
Casablanca café-restaurant's ticket in French (SARL, ICE/IF/RC/Patente, TVA 10 %, 245,50 DH)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey, ice_ma


def v10_mt_hardware(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 8, 18)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "WOOD SCREWS 4X40 100PC 4.95; WALL PLUGS 8MM 50PC 2.80; SILICONE CLEAR 280ML 6.45; "
        "MASKING TAPE 48MM 3.20; PAINT BRUSH 50MM 3.95; EMULSION WHITE 5L 32.90; SANDPAPER P120 5PC 2.50; "
        "EXTENSION LEAD 4WAY 3M 14.95; LED BULB E27 9W 3.60; PADLOCK 40MM 8.75; HOSE CONNECTOR 1/2 2.95",
        rng.randint(3, 6),
        qmax=3,
    )
    r.center(k.company("BORG HARDWARE"), face="lmono-b", wx=1.5, hy=2.0)
    r.center(k.alt("J. Borg & Sons Limited"))
    r.block(k.address("42, Triq il-Kbira", "Mosta MST 1016"), "c")
    r.center(f"VAT No. MT{digits(rng, 8)}")
    r.center(f"Tel: 2141 {digits(rng, 4)}")
    r.rule("=")
    r.center("FISCAL RECEIPT")
    r.lr(f"Receipt No: {digits(rng, 6)}", f"Till {rng.randint(1, 3)}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Time: {hm(t)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"    {qty} @ {money(unit)}", f"{money(amt)} A")
    total = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(total, Decimal(18))
    r.rule("-")
    r.lr(f"{len(items)} Items", "")
    r.lr("TOTAL EUR", k.total(total), face="lmono-b", hy=1.8)
    cash = rng.random() < 0.5
    paid = tendered(rng, total, (5, 10, 20, 50)) if cash else total
    r.lr("CASH" if cash else f"CARD ****{digits(rng, 4)}", money(paid))
    if cash:
        r.lr("CHANGE", money(paid - total))
    r.rule("-")
    cols(r, ["VAT", "Rate", "Net", "VAT", "Gross"], [4, -6, -11, -9, -12])
    cols(r, ["A", "18%", money(net), money(vat), money(total)], [4, -6, -11, -9, -12])
    r.rule("-")
    r.center("Goods sold are exchanged within 7 days")
    r.center("on presentation of this receipt.")
    r.center("Grazzi - Thank you!")
    spec = {"place": "glass", "lid": (236, 236, 232), "margin": (12, 10), "angle": rng.uniform(-1.2, 1.2)}
    spec |= {"kind": "scan", "dpi": 200, "fmt": "jpg", "quality": 82, "rotate": 180}
    case = "Limited legal name, VAT MT, '@' unit prices, VAT 18 % table, DD/MM/YYYY; scanned upside down"
    return TCase("v10_mt_hardware", "MT", "en", "Maltese hardware shop", case, r.image(), r.lines, k, spec)


def v11_cy_kiosk(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 7, 23)
    r = TRoll(58, 32, "dmono", pitch=1.3)
    items = menu(
        rng,
        "KEO BEER 500ML 2.20; HALLOUMI SANDWICH 4.50; WATER AGROS 1.5L 1.10; MARLBORO GOLD 5.30; "
        "CHIPS 150G 2.40; FRAPPE 2.50; CHEWING GUM 1.20; PHILENEWS "
        "2.00; ICE CREAM CONE 2.80; COCA-COLA 0.5L 1.60",
        rng.randint(2, 5),
        qmax=2,
    )
    r.center(k.company("KIOSK ANEMOS"), face="dmono-b", hy=2.0)
    r.center(k.alt("Anemos Trading Ltd"))
    r.block(k.address("28 Oktovriou Ave 112", "3035 Limassol"), "c")
    r.center(f"VAT No {rng.choice('13')}{digits(rng, 7)}{rng.choice('XYLTK')}")
    r.center(f"TIC {rng.choice('13')}{digits(rng, 7)}{rng.choice('XYLTK')}")
    r.rule("-")
    r.text(f"{k.date(t, '%d-%m-%Y')}  {hm(t, True)}")
    r.text(f"RECEIPT {digits(rng, 5)}  CASHIER 0{rng.randint(1, 4)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty}x{fit(name, 22)}", money(amt))
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("TOTAL EUR", k.total(total), face="dmono-b", hy=1.8)
    cash = tendered(rng, total, (1, 5, 10, 20))
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - total))
    r.lr("VAT 19% INCL.", money(vat_in(total, Decimal(19))[1]))
    r.rule("-")
    r.center("THANK YOU - EFCHARISTO")
    spec = {"place": "a4", "at": (60, 40), "angle": rng.uniform(-3, 3), "tape": False}
    spec |= {"kind": "scan", "dpi": 200, "fmt": "png"}
    case = (
        "58 mm kiosk slip, Ltd legal name, VAT No and TIC, DD-MM-YYYY, cash and change; lying on an A4 sheet"
    )
    return TCase("v11_cy_kiosk", "CY", "en", "Cypriot kiosk", case, r.image(), r.lines, k, spec)


def v12_ma_cafe(rng: random.Random) -> TCase:
    k = VKey("MAD", "DH")
    t = when(rng, 2025, 9, 23)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Thé à la menthe 18.00; Café noir 15.00; Café crème 18.00; Jus d'orange pressé 22.00; "
        "Msemen au miel 15.00; Tajine poulet citron 75.00; Couscous royal 95.00; Salade marocaine 35.00; "
        "Pastilla au poulet 85.00; Eau minérale 50cl 10.00; Crêpe Nutella 30.00",
        rng.randint(3, 5),
        qmax=3,
    )
    r.center(k.company("CAFÉ LA CORNICHE"), face="dmono-b", hy=2.0)
    r.center(k.alt("SARL La Corniche Gourmande"))
    r.block(k.address("Bd de la Corniche, Aïn Diab", "Casablanca"), "c")
    r.center(f"ICE: {ice_ma(rng)}")
    r.center(f"IF: {digits(rng, 8)}  RC: {digits(rng, 6)}")
    r.center(f"Patente: {digits(rng, 8)}")
    r.rule("-")
    r.lr(f"Table {rng.randint(1, 30)}", f"Serveur: {rng.choice(['Youssef', 'Hamza', 'Salma'])}")
    r.lr(f"Ticket N° {digits(rng, 5)}", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 28)}", money(amt, "fr"))
    total = sum((a for *_, a in items), Decimal(0))
    net = q2(total / Decimal("1.10"))
    r.rule("-")
    r.lr("Total HT", money(net, "fr"))
    r.lr("TVA 10%", money(total - net, "fr"))
    r.lr("Total TTC", f"{k.total(total, 'fr')} DH", face="dmono-b", hy=1.8)
    cash = tendered(rng, total, (10, 20, 50, 100, 200))
    r.lr("Espèces", money(cash, "fr"))
    r.lr("Rendu", money(cash - total, "fr"))
    r.rule("-")
    r.center("Merci de votre visite - Choukran")
    spec = {"place": "table", "table": "wood", "angle": rng.uniform(-5, 5), "kind": "photo", "fmt": "jpg"}
    spec |= {"quality": 78, "long": 2400}
    case = (
        "SARL legal name, ICE/IF/RC/Patente, HT/TVA 10 %/TTC, '245,50 DH', DD/MM/YYYY beside the ticket no."
    )
    return TCase("v12_ma_cafe", "MA", "fr", "Moroccan café-restaurant", case, r.image(), r.lines, k, spec)


CASES = [v10_mt_hardware, v11_cy_kiosk, v12_ma_cafe]
