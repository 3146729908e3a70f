"""Set RA receipts 25-27: a Geneva car park's 58 mm quittance (SA, IDE/TVA number, entry and exit times,
duration and tariff, TVA 8,1 % included, CHF; a faded 300 dpi scan), a New Orleans restaurant's customer
copy printed after the tip was entered (LLC, sales tax 9.45 %, suggested gratuities, Amount + Tip = Total)
and a Dublin homeware shop's receipt with a voided line and a refund for an earlier purchase (Ltd, VAT
number, the original receipt's date printed too, VAT 23 % included)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_CEILING, Decimal

from outside_common_k import money, q2
from outside_common_r import ampm, digits, fit, hm, menu, when
from outside_common_ra import amounts, split_vat, uid_ch, vat_ie
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra25_ch_parking(rng: random.Random) -> TCase:
    k = VKey("CHF", "CHF")
    t_in = when(rng, 2025, 6, 12)
    stay = rng.randint(35, 480)
    t = t_in + timedelta(minutes=stay)
    extra = max(0, -(-(stay - 60) // 20))
    fee = Decimal("3.50") + Decimal("1.20") * extra
    r = TRoll(58, 30, "lmono", pitch=1.4)
    r.center(k.company("PARKING DES BASTIONS"), face="lmono-b")
    r.center(k.alt("Parkings Léman SA"))
    r.block(k.address("Rue de la Croix-Rouge 14", "1204 Genève"), "c")
    r.center(f"IDE {uid_ch(rng)} TVA")
    r.rule("-")
    r.center("QUITTANCE", face="lmono-b")
    r.text(f"Ticket n° {digits(rng, 4)} {digits(rng, 4)}")
    r.text(f"Caisse auto. {rng.randint(1, 4)}  Niveau -{rng.randint(1, 3)}")
    r.lr("Entrée", f"{t_in:%d.%m.%Y} {hm(t_in)}")
    r.lr("Sortie", f"{k.date(t, '%d.%m.%Y')} {hm(t)}")
    r.lr("Durée", f"{stay // 60} h {stay % 60:02d} min")
    r.text("Tarif: 1re heure 3.50")
    r.text("puis 1.20 par 20 min entamées")
    r.rule("-")
    r.lr("Montant CHF", k.total(fee), face="lmono-b", hy=1.8)
    ((_, _net, tva, _),) = split_vat({Decimal("8.1"): fee})
    r.lr("TVA 8,1% incl.", money(tva))
    if rng.random() < 0.5:
        paid = tendered(rng, fee, (1, 2, 5, 10, 20))
        r.lr("Espèces reçu", money(paid))
        r.lr("Rendu", money(paid - fee))
    else:
        r.lr(rng.choice(["Maestro", "Visa", "TWINT"]), money(fee))
    r.rule("-")
    r.center("Sortie dans les 15 minutes")
    r.center("Merci de votre visite")
    spec = scan(rng, 300, "tif", paper=["fade"], fade=0.4, streaks=2, margin=(12, 12), lid=(240, 240, 236))
    case = "58 mm car park quittance, SA name, IDE TVA, entry/exit times, tariff, 'Montant CHF'; faded"
    return TCase("ra25_ch_parking", "CH", "fr", "Swiss car park quittance", case, r.image(), r.lines, k, spec)


def ra26_us_restaurant_tip(rng: random.Random) -> TCase:
    k = VKey("USD", "$")
    t = when(rng, 2025, 17, 23)
    r = TRoll(80, 42, "dmono", pitch=1.35)
    items = menu(
        rng,
        "Seafood Gumbo Cup 9.00; Shrimp Po-Boy 17.50; Chicken Jambalaya 19.00; Red Beans & Rice 15.00; "
        "Blackened Catfish 24.00; Crawfish Etouffee 23.50; Beignets (3) 6.50; Abita Amber 7.00; "
        "Sweet Tea 4.00; Hurricane 14.00; Bread Pudding 9.50; Chargrilled Oysters 1/2 dz 18.00",
        rng.randint(3, 6),
        qmax=2,
    )
    r.center(k.company("BAYOU BELLE CAFE"), face="dmono-b", wx=1.2, hy=2.0)
    r.center(k.alt("Bayou Belle Hospitality LLC"))
    r.block(k.address("812 Frenchmen St", "New Orleans, LA 70116"), "c")
    r.center(f"(504) {digits(rng, 3)}-{digits(rng, 4)}")
    r.rule("-")
    r.lr(f"Server: {rng.choice(['Tasha', 'Andre', 'Colette'])}", f"Table {rng.randint(1, 40)}")
    r.lr(f"Check #{rng.randint(1000, 9999)}", f"Guests {rng.randint(2, 6)}")
    r.text(f"{k.date(t, '%m/%d/%Y')} {ampm(t)}")
    r.rule("-")
    for name, qty, _unit, amt in items:
        r.lr(f"{qty} {fit(name, 30)}", money(amt))
    sub = amounts(items)
    tax = q2(sub * Decimal("0.0945"))
    amount = sub + tax
    r.rule("-")
    r.lr("Subtotal", money(sub))
    r.lr("Tax 9.45%", money(tax))
    r.lr("Amount", money(amount), face="dmono-b")
    r.rule("-")
    r.center("CUSTOMER COPY", face="dmono-b")
    r.text(f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} ************{digits(rng, 4)}  Chip")
    r.text(f"Auth: {digits(rng, 6)}  Ref: {digits(rng, 8)}")
    pct = Decimal(rng.choice([18, 20, 20, 22, 25]))
    tip = (sub * pct / 100).quantize(Decimal(1), ROUND_CEILING)
    r.lr("Amount:", f"${money(amount)}")
    r.lr("+ Tip:", f"${money(tip)}")
    r.lr("= Total:", f"${k.total(amount + tip)}", face="dmono-b", hy=1.8)
    r.feed(0.5)
    r.text("Suggested gratuity (before tax):")
    r.text("  ".join(f"{p}%=${money(q2(sub * p / 100))}" for p in (18, 20, 22)))
    r.feed(1.5)
    r.text("x_______________________________")
    r.center("I agree to pay the above total")
    r.center("Laissez les bons temps rouler!")
    spec = photo(rng, "wood", 4, paper=["fold"], folds=1, crumple=0.08, quality=80, long=2400)
    case = "LLC name, tax 9.45 %, 'Amount' then '+ Tip' and '= Total:' (key: amount + tip), suggested tips"
    return TCase(
        "ra26_us_restaurant_tip", "US", "en", "US restaurant with tip line", case, r.image(), r.lines, k, spec
    )


def ra27_ie_homeware_refund(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 10, 18)
    r = TRoll(80, 42, "nmono", pitch=1.3)
    items = menu(
        rng,
        "Linen Napkins Set of 4 24.00; Wool Throw Donegal 89.00; Scented Candle Large 32.50; "
        "Stoneware Mug 14.00; Oak Serving Board 45.00; Cotton Bath Towel 29.00; Ceramic Vase 38.00; "
        "Tea Towel Set 12.50; Beeswax Wraps 3pk 16.00",
        rng.randint(3, 5),
    )
    void = rng.choice(items)
    left = amounts(items) - void[3]
    refunds = [("Cushion Cover Linen", Decimal("29.95")), ("Table Runner", Decimal("22.00"))]
    refund = rng.choice([f for f in refunds if f[1] < left - 3])
    orig = t - timedelta(days=rng.randint(5, 27))
    r.center(k.company("THE LINEN PRESS"), face="nmono-b", wx=1.2, hy=2.0)
    r.center(k.alt("Linen Press Homewares Ltd"))
    r.block(k.address("45 South William Street", "Dublin 2, D02 XY45"), "c")
    r.center(f"VAT No. {vat_ie(rng)}")
    r.rule("-")
    r.text(
        f"Till {rng.randint(1, 3)}  Trans {digits(rng, 5)}  Staff {rng.choice(['Aoife', 'Cian', 'Niamh'])}"
    )
    r.rule("-")
    for name, _q, _u, amt in items:
        r.lr(fit(name, 32), money(amt))
        if name == void[0]:
            r.lr(f"VOID {fit(name, 27)}", f"-{money(amt)}")
    r.lr(f"REFUND {refund[0]}", f"-{money(refund[1])}")
    r.text(f"  Orig. receipt {rng.randint(1, 3)}-{digits(rng, 5)} of {orig:%d/%m/%Y}")
    r.text("  Reason: changed mind")
    total = amounts(items) - void[3] - refund[1]
    ((_, net, vat, _),) = split_vat({Decimal(23): total})
    r.rule("-")
    r.lr(f"{len(items)} SALE  1 VOID  1 REFUND", "")
    r.lr("TOTAL EUR", k.total(total), face="nmono-b", hy=1.8)
    r.lr(rng.choice(["VISA DEBIT", "MASTERCARD", "CASH"]), money(total))
    r.lr("VAT @ 23% included", money(vat))
    r.lr("Net of VAT", money(net))
    r.rule("-")
    r.text(f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.center("Exchange or refund within 28 days")
    r.center("with receipt. Go raibh maith agat!")
    spec = scan(rng, 200, "png", paper=["crumple"], crumple=0.1, lid=(234, 234, 230))
    case = (
        "Ltd name, VAT no, a VOID line and a REFUND for an earlier receipt (its date printed too), VAT 23 %"
    )
    return TCase(
        "ra27_ie_homeware_refund",
        "IE",
        "en",
        "Irish homeware shop, void + refund",
        case,
        r.image(),
        r.lines,
        k,
        spec,
    )


CASES = [ra25_ch_parking, ra26_us_restaurant_tip, ra27_ie_homeware_refund]
