"""Set ER receipts 1-3: a US ride-hailing app's trip receipt (a phone screenshot: fare breakdown, booking
fee, tip, Total, pickup and drop-off addresses, the Inc. name in the footer, no merchant address), a
British food-delivery order e-mail (WeasyPrint: the restaurant's name, items, delivery fee, service fee,
promo code, the customer's delivery address, the platform's Ltd address in the footer) and a French
airline's e-ticket receipt (ReportLab: PNR, ticket number, base fare, taxes and YQ surcharge, date of issue
and the later flight date, amount charged to the card)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, chrome_shot, ref, status_bar, weasy
from outside_common_k import money, q2
from outside_common_r import ampm, hm, menu, when
from outside_common_v import VKey


def er01_us_rideshare(rng: random.Random) -> ERCase:
    k = VKey("USD", "$")
    t = when(rng, 2025, 6, 23)
    miles = Decimal(rng.randint(28, 190)) / 10
    minutes = rng.randint(9, 48)
    base = Decimal("2.35")
    dist = q2(miles * Decimal("1.18"))
    time_ = q2(minutes * Decimal("0.31"))
    fee = Decimal(rng.choice(["2.95", "3.45", "3.85"]))
    airport = Decimal("5.00") if rng.random() < 0.5 else Decimal(0)
    sub = base + dist + time_
    tip = Decimal(rng.choice([2, 3, 4, 5]))
    total = sub + fee + airport + tip
    css = (
        "body{margin:0;background:#fff;font:15px/1.4 'Liberation Sans',sans-serif;color:#161616}"
        ".hd{padding:6px 22px 14px} .logo{font:800 24px sans-serif;letter-spacing:-1px}"
        ".big{font:700 34px sans-serif;margin:12px 0 2px} .muted{color:#6b6b6b;font-size:13px}"
        ".sec{padding:10px 22px;border-top:8px solid #f3f3f3} .lr{padding:5px 0}"
        ".tot{font-weight:700;font-size:17px;border-top:1px solid #ddd;margin-top:6px;padding-top:10px}"
        ".pin{font-size:13px;padding:4px 0 4px 18px;border-left:2px solid #111;margin-left:4px}"
        ".ft{padding:16px 22px 30px;color:#6b6b6b;font-size:12px}"
    )
    h = Html(css, "en", "Your trip receipt")
    status_bar(h, ampm(t + timedelta(hours=rng.randint(1, 5))).replace(" PM", "").replace(" AM", ""), 64)
    h.raw('<div class="hd">')
    h.el(k.company("Lumo"), "logo")
    h.el(f"{k.date(t, '%b %-d, %Y')} · {ampm(t)}", "muted")
    h.el(f"Thanks for riding, {rng.choice(['Dana', 'Marcus', 'Priya', 'Kevin', 'Alicia'])}", "")
    h.el(f"${k.total(total)}", "big")
    h.el("Total", "muted")
    h.raw('</div><div class="sec">')
    h.lr("Trip fare", f"${money(sub)}")
    h.lr("   Base fare", f"${money(base)}", "muted")
    h.lr(f"   Distance ({miles} mi)", f"${money(dist)}", "muted")
    h.lr(f"   Time ({minutes} min)", f"${money(time_)}", "muted")
    h.lr("Subtotal", f"${money(sub)}")
    h.lr("Booking fee", f"${money(fee)}")
    if airport:
        h.lr("Airport surcharge", f"${money(airport)}")
    h.lr("Tip", f"${money(tip)}")
    h.lr("Total", f"${money(total)}", "tot")
    h.raw('</div><div class="sec">')
    h.el("Payments", "")
    last4 = rng.randint(1000, 9999)
    h.lr(f"Visa ••••{last4}", f"${money(total)}")
    h.el(f"{k.printed['date']} {ampm(t)}", "muted")
    h.raw('</div><div class="sec">')
    driver = rng.choice(["Samuel", "Luis", "Tamika", "Wei", "Omar"])
    h.el(f"You rode with {driver} · Lumo Comfort · {miles} mi, {minutes} min", "muted")
    start, end = rng.sample(
        [
            "1450 Market St, San Francisco, CA 94103",
            "San Francisco International Airport (SFO), Terminal 2",
            "2290 Mission St, San Francisco, CA 94110",
            "500 Castro St, Mountain View, CA 94041",
            "88 King St, San Francisco, CA 94107",
        ],
        2,
    )
    h.el(f"{ampm(t)}  {start}", "pin")
    h.el(f"{ampm(t + timedelta(minutes=minutes))}  {end}", "pin")
    h.raw('</div><div class="ft">')
    h.el("Fares include applicable local fees. Questions? help.lumo.app", "")
    h.el(f"Trip ID {ref(rng, 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')}", "")
    h.el(k.alt("Lumo Rides, Inc."), "")
    h.raw("</div>")
    out = chrome_shot(h, 390, 3)
    what = "app trip receipt screenshot: fare breakdown, booking fee, tip, Total; pickup/drop-off; no address"
    return case("er01_us_rideshare", "US", "en", "US ride-hailing trip receipt", what, k, out)


def er02_gb_fooddelivery(rng: random.Random) -> ERCase:
    k = VKey("GBP", "£")
    t = when(rng, 2025, 11, 22)
    items = menu(
        rng,
        "Chicken Kathi Roll 8.50; Lamb Biryani 13.95; Paneer Tikka Masala 11.50; Garlic Naan 3.45; "
        "Tarka Dal 6.95; Samosa Chaat 6.25; Mango Lassi 3.95; Bombay Aloo 5.95; Pilau Rice 3.75",
        rng.randint(3, 5),
        qmax=2,
    )
    sub = sum((a for *_, a in items), Decimal(0))
    delivery = Decimal(rng.choice(["1.99", "2.49", "2.99"]))
    service = min(q2(sub * Decimal("0.10")), Decimal("3.99"))
    promo = Decimal(rng.choice(["5.00", "4.00", "7.50"]))
    rider = Decimal(rng.choice(["0", "1.00", "2.00"]))
    total = sub + delivery + service - promo + rider
    css = (
        "@page{size:A4;margin:14mm 16mm} body{font:10pt/1.45 'DejaVu Sans',sans-serif;color:#2e3333}"
        ".brand{font:bold 22pt 'DejaVu Sans';color:#00a082} h1{font-size:15pt;margin:10px 0 2px}"
        ".box{border:1px solid #e2e5e5;border-radius:6px;padding:10px 14px;margin:12px 0}"
        "table{width:100%;border-collapse:collapse} td,th{padding:4px 2px;text-align:left}"
        "th{border-bottom:1px solid #ccc;font-size:9pt;color:#585c5c} .tot{font-weight:bold;font-size:12pt}"
        ".small{font-size:8pt;color:#585c5c} .lr{padding:2px 0}"
    )
    h = Html(css, "en", "Your Dishdash order receipt")
    h.el(k.company("Dishdash"), "brand")
    h.el("Your order receipt", "", "h1")
    restaurant = rng.choice(["Kolkata Social", "Spice Lane Kitchen", "Masala Yard"])
    h.el(f"Thanks for ordering from {restaurant} - {rng.choice(['Hackney', 'Islington', 'Brixton'])}", "")
    h.el(f"Order #{rng.randint(1000, 9999)} · Placed {k.date(t, '%-d %B %Y')} at {hm(t)}", "small")
    h.raw('<div class="box">')
    rows = [[f"{q}x", name, f"£{money(a)}"] for name, q, _, a in items]
    h.table(rows, "", ["Qty", "Item", "Price>"])
    h.raw("</div><div class='box'>")
    h.lr("Subtotal", f"£{money(sub)}")
    h.lr("Delivery fee", f"£{money(delivery)}")
    h.lr("Service fee", f"£{money(service)}")
    h.lr(f"Promo {rng.choice(['WELCOME5', 'FEAST', 'TREATYOURSELF'])}", f"-£{money(promo)}")
    if rider:
        h.lr("Rider tip", f"£{money(rider)}")
    h.lr("Total", f"£{k.total(total)}", "tot")
    h.lr(f"Paid with Mastercard ending {rng.randint(1000, 9999)}", f"£{money(total)}")
    h.raw("</div><div class='box'>")
    h.el("Delivered to", "small")
    name = rng.choice(["Hannah Okafor", "James Whitfield", "Sophie Tran"])
    h.el(name, "")
    h.el(f"Flat {rng.randint(2, 40)}, {rng.choice(['Wilton Way', 'Mare Street', 'Navarino Road'])}", "")
    h.el(f"London E8 {rng.randint(1, 4)}{rng.choice('ABDHJ')}{rng.choice('LNPQT')}", "")
    h.raw("</div>")
    h.el("Food prepared by the restaurant. Allergies? Contact the restaurant before ordering.", "small")
    h.el("Need help with this order? support@dishdash.co.uk", "small")
    h.raw("<div style='margin-top:18px'>")
    h.el(k.alt("Dishdash Technologies Ltd"), "small")
    for line in k.address("4th Floor, 71 Leonard Street", "London EC2A 4QS"):
        h.el(line, "small")
    h.el(f"Registered in England and Wales No. {rng.randint(8000000, 9999999)}", "small")
    h.el(f"VAT No. GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}", "small")
    h.raw("</div>")
    out = weasy(h)
    what = "order e-mail: restaurant named, delivery + service fee, promo, rider tip, delivery address; Ltd"
    return case("er02_gb_fooddelivery", "GB", "en", "UK food-delivery order receipt", what, k, out)


def er03_fr_airline(rng: random.Random) -> ERCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 7, 23)
    fly = t + timedelta(days=rng.randint(6, 60))
    base = Decimal(rng.randint(39, 260))
    taxes = [
        ("FR", "Taxe de l'aviation civile", Decimal("4.63")),
        ("QX", "Redevance passagers aéroport", Decimal(rng.choice(["12.54", "13.12"]))),
        ("IZ", "Taxe de solidarité", Decimal(rng.choice(["2.63", "7.40"]))),
    ]
    yq = Decimal(rng.choice(["18.00", "25.00", "32.00"]))
    total = base + sum((v for *_, v in taxes), Decimal(0)) + yq
    r = RLReceipt((210, 297), 18, "liberation")
    r.band((0.05, 0.16, 0.36), 34)
    r.colour((1, 1, 1))
    r.text(k.company("AÉROLIS"), "L", 20, True, 1.0)
    r.text("Reçu de billet électronique / Electronic ticket receipt", "L", 9.5)
    r.colour((0, 0, 0))
    r.feed(10)
    pnr = ref(rng, "A9AA9A")
    r.lr(
        f"Référence de réservation / Booking reference : {pnr}",
        f"Date d'émission : {k.date(t, '%d/%m/%Y')}",
        9,
    )
    ticket = f"{rng.randint(500, 599)}-{rng.randint(2400000000, 2499999999)}"
    r.lr(f"Numéro de billet / Ticket number : {ticket}", f"Agence : AEROLIS.COM {hm(t)}", 9)
    name = rng.choice(["MARTIN/CLAIRE MME", "DUBOIS/THOMAS M", "NGUYEN/LINH MME", "PETIT/JULIEN M"])
    r.text(f"Passager / Passenger : {name}", size=9)
    r.feed(3)
    r.text("Itinéraire / Itinerary", size=11, bold=True)
    r.rule(2)
    w = [18.0, 22.0, 60.0, 30.0, 20.0, 24.0]
    r.row(["Vol", "Date", "De / À", "Départ", "Classe", "Bagage"], w, 8.5, True)
    dest = rng.choice(["LISBONNE (LIS)", "ROME FIUMICINO (FCO)", "MARRAKECH (RAK)", "COPENHAGUE (CPH)"])
    row = [f"AL {rng.randint(100, 999)}", fly.strftime("%d%b").upper(), f"PARIS CDG - {dest}"]
    r.row([*row, f"{rng.randint(6, 20):02d}:{rng.choice(['05', '25', '40', '55'])}", "Y/LIGHT", "1PC"], w, 9)
    r.rule(2)
    r.feed(3)
    r.text("Détail du tarif / Fare details", size=11, bold=True)
    r.rule(2)
    r.lr("Tarif de base / Base fare", f"EUR {money(base, 'eu')}", 9.5)
    for code, label, v in taxes:
        r.lr(f"Taxe / Tax {code} - {label}", f"EUR {money(v, 'eu')}", 9.5)
    r.lr("Surcharge transporteur / Carrier-imposed surcharge (YQ)", f"EUR {money(yq, 'eu')}", 9.5)
    r.rule(2)
    r.lr("Total / Grand total", f"EUR {k.total(total, 'eu')}", 11, True)
    last4 = rng.randint(1000, 9999)
    r.lr(f"Forme de paiement / Form of payment : CC VI XXXXXXXXXXXX{last4}", f"EUR {money(total, 'eu')}", 9)
    r.text(f"Montant débité sur votre carte le {k.printed['date']}", size=9)
    r.feed(8)
    r.text(
        "Ce reçu ne constitue pas une carte d'embarquement. Enregistrement en ligne 30 h avant le départ.",
        size=8,
    )
    r.text("Conditions de transport : aerolis.com/conditions - Service client : +33 1 84 88 40 40", size=8)
    r.feed(4)
    r.text(k.alt("Aérolis S.A."), size=8, bold=True)
    for line in k.address("12 rue de la Pépinière", "75008 Paris", "France"):
        r.text(line, size=8)
    r.text(f"RCS Paris {rng.randint(300, 899)} {rng.randint(100, 999)} {rng.randint(100, 999)}", size=8)
    out = r.output()
    what = "e-ticket receipt: PNR, ticket no., base fare, FR/QX/IZ taxes, YQ, issue date vs flight date"
    return case("er03_fr_airline", "FR", "fr", "French airline e-ticket receipt", what, k, out)


CASES = [er01_us_rideshare, er02_gb_fooddelivery, er03_fr_airline]
