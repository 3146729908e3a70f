"""Set ER receipts 7-9: a Dutch EV-charging operator's laadsessie receipt (fpdf2: B.V. name, the charger's
location, start and end, kWh at a price per kWh, start fee, idle fee, BTW 21 % included, '03-11-2025'),
a US SaaS receipt in Stripe's manner (Chromium print of the e-mail: Receipt #, Invoice number, Date paid,
Amount paid, payment method, seats, discount, sales tax, the next charge date, the customer's billing
address, no merchant address) and a Zürich co-working space's Quittung (ReportLab: AG name, MWST-Nr.,
day pass, meeting room, prints, MWST 8.1 % included, TWINT, CHF 1'234.50 amounts)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, chrome_pdf, fpdf_out, ref
from outside_common_k import money, q2
from outside_common_r import hm, vat_in, when
from outside_common_ra import btw_nl, uid_ch
from outside_common_t import EReceipt
from outside_common_v import VKey


def er07_nl_evcharging(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 7, 21)
    kwh = Decimal(rng.randint(8000, 61000)) / 1000
    price = Decimal(rng.choice(["0.59", "0.69", "0.74"]))
    energy = q2(kwh * price)
    start_fee = Decimal("0.35")
    minutes = int(kwh * Decimal(rng.choice(["0.8", "1.1", "1.4"]))) + 6
    idle = Decimal(rng.choice(["0", "0", "2.40", "4.80"]))
    total = energy + start_fee + idle
    net, btw = vat_in(total, Decimal(21))
    e = EReceipt(210, 22, "liberation")
    e.text(k.company("VoltHaven"), size=22, bold=True, h=10)
    e.text("Betalingsbewijs laadsessie", size=11)
    e.feed(6)
    session = ref(rng, "NL-VHN-99999999")
    e.lr(f"Sessie-ID: {session}", f"Datum: {k.date(t, '%d-%m-%Y')}")
    e.lr(f"Laadpas / app-account: {rng.choice(['r.dekker', 'sanne.b', 'm.bakker'])}@gmail.com", "Betaald")
    e.feed(3)
    e.text("Laadlocatie", bold=True)
    site = rng.choice([("Snellaadplein A28 Hoogeveen", "Mr. Jac. Jansenweg 2, 7906 AA Hoogeveen"),
                       ("P+R Kralingse Zoom", "Abram van Rijckevorselweg 2, 3063 AA Rotterdam")])  # fmt: skip
    for line in site:
        e.text(line)
    e.text(f"Laadpunt {ref(rng, 'NL*VHN*E99999*9')} · 300 kW DC (CCS)")
    e.lr(f"Start {hm(t)}", f"Einde {hm(t + timedelta(minutes=minutes))} ({minutes} min)")
    e.feed(3)
    widths = [80.0, -30.0, -30.0, -26.0]
    e.row(["Omschrijving", "Hoeveelheid", "Tarief", "Bedrag"], widths, 9, True)
    e.rule(1)
    kwh_s = money(kwh, "eu", 3)
    e.row(
        ["Geladen energie", f"{kwh_s} kWh", f"€ {money(price, 'eu')}/kWh", f"€ {money(energy, 'eu')}"],
        widths,
        9.5,
    )
    e.row(["Starttarief", "1", f"€ {money(start_fee, 'eu')}", f"€ {money(start_fee, 'eu')}"], widths, 9.5)
    if idle:
        n = int(idle / Decimal("0.20"))
        e.row(
            ["Blokkeertarief (na 45 min vol)", f"{n} min", "€ 0,20/min", f"€ {money(idle, 'eu')}"],
            widths,
            9.5,
        )
    e.rule(1)
    e.lr("Subtotaal excl. btw", f"€ {money(net, 'eu')}")
    e.lr("Btw 21%", f"€ {money(btw, 'eu')}")
    e.lr("Totaal incl. btw", f"€ {k.total(total, 'eu')}", 12, True)
    e.lr(f"Betaald met {rng.choice(['Apple Pay (Visa)', 'Mastercard', 'iDEAL'])}", f"€ {money(total, 'eu')}")
    e.feed(8)
    e.text("Vragen over deze sessie? support@volthaven.nl · +31 10 808 42 42 (24/7)", size=8)
    e.feed(2)
    e.text(k.alt("VoltHaven Charging B.V."), size=8, bold=True)
    for line in k.address("Stationsplein 45", "3013 AK Rotterdam"):
        e.text(line, size=8)
    e.text(f"KvK {rng.randint(60000000, 89999999)} · btw-id {btw_nl(rng)}", size=8)
    out = fpdf_out(e)
    what = (
        "laadsessie: B.V., charger location (not the merchant), kWh x €/kWh, start + idle fee, btw 21 % incl."
    )
    return case("er07_nl_evcharging", "NL", "nl", "Dutch EV-charging session receipt", what, k, out)


def er08_us_saas_stripe(rng: random.Random) -> ERCase:
    k = VKey("USD", "$")
    t = when(rng, 2025, 0, 23)
    seats = rng.randint(3, 12)
    unit = Decimal(rng.choice(["12.00", "15.00", "19.00"]))
    sub = unit * seats
    disc = q2(sub * Decimal("0.20")) if rng.random() < 0.5 else Decimal(0)
    tax = q2((sub - disc) * Decimal("0.08875"))
    total = sub - disc + tax
    nxt = t + timedelta(days=30)
    css = (
        "@page{size:letter;margin:0} body{margin:0;background:#f6f9fc;font:14px/1.5 -apple-system,"
        "'Liberation Sans',sans-serif;color:#414552} .wrap{width:560px;margin:40px auto;background:#fff;"
        "border-radius:8px;padding:36px 40px;box-shadow:0 1px 3px #ccd} .logo{font:700 20px sans-serif;"
        "color:#635bff} .h{font-size:22px;color:#1a1b25;margin:18px 0 4px} .amt{font:600 30px sans-serif;"
        "color:#1a1b25} .mut{color:#687385;font-size:12px;text-transform:none} .grid{display:flex;gap:28px;"
        "margin:18px 0} .grid>div{flex:1} .tbl{border-top:1px solid #ebeef1;margin-top:14px;padding-top:8px}"
        ".lr{padding:5px 0} .b{font-weight:600;color:#1a1b25} .ft{font-size:12px;color:#687385;"
        "margin-top:24px}"
    )
    h = Html(css, "en", "Your receipt from Tallyfold, Inc.")
    h.raw('<div class="wrap">')
    h.el(k.company("Tallyfold"), "logo")
    h.el(f"Receipt from {k.alt('Tallyfold, Inc.')}", "h")
    h.el(f"Receipt #{rng.randint(1000, 2999)}-{rng.randint(1000, 9999)}", "mut")
    h.el(f"${money(total)}", "amt")
    h.el(f"Paid {k.date(t, '%B %-d, %Y')}", "mut")
    h.raw('<div class="grid"><div>')
    h.el("AMOUNT PAID", "mut")
    h.el(f"${k.total(total)}", "b")
    h.raw("</div><div>")
    h.el("DATE PAID", "mut")
    h.el(k.printed["date"], "b")
    h.raw("</div><div>")
    h.el("PAYMENT METHOD", "mut")
    h.el(f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} - {rng.randint(1000, 9999)}", "b")
    h.raw("</div></div>")
    h.el(f"Invoice number {ref(rng, 'AAxx9x9x')}-{rng.randint(1, 40):04d}", "mut")
    h.raw('<div class="tbl">')
    h.el("SUMMARY", "mut")
    h.el(f"{t:%b %-d, %Y} – {nxt:%b %-d, %Y}".replace(" 0", " "), "mut")
    h.lr(f"Tallyfold Team (per seat) × {seats}", f"${money(sub)}")
    h.el(f"${money(unit)} each", "mut")
    h.lr("Subtotal", f"${money(sub)}")
    if disc:
        h.lr("ANNUAL20 (20% off)", f"-${money(disc)}")
    h.lr("Sales tax - New York (8.875%)", f"${money(tax)}")
    h.lr("Total", f"${money(total)}", "b")
    h.lr("Amount paid", f"${money(total)}", "b")
    h.raw("</div>")
    h.raw('<div class="tbl">')
    h.el("BILLED TO", "mut")
    cust = rng.choice([("Harbor & Pine Studio LLC", "311 W 43rd St, Suite 1204", "New York, NY 10036"),
                       ("Kestrel Analytics Inc.", "55 Water St, Floor 9", "Brooklyn, NY 11201")])  # fmt: skip
    for line in cust:
        h.el(line)
    h.el(f"{rng.choice(['ops', 'finance', 'ap'])}@{cust[0].split()[0].lower()}.com", "mut")
    h.raw("</div>")
    h.el(f"Your next charge of ${money(total)} will be on {nxt:%B} {nxt.day}, {nxt.year}.", "ft")
    h.el("If you have any questions, contact Tallyfold, Inc. at billing@tallyfold.com.", "ft")
    h.el("Something wrong with the email? View it in your browser.", "ft")
    h.el("You're receiving this email because you made a purchase at Tallyfold, Inc., which partners with "
         "Stripe to provide invoicing and payment processing.", "ft")  # fmt: skip
    h.raw("</div>")
    out = chrome_pdf(h)
    what = (
        "Stripe-style receipt: Receipt #, Invoice number, Date paid, Amount paid, next charge date, billed-to"
    )
    return case("er08_us_saas_stripe", "US", "en", "US SaaS subscription receipt", what, k, out)


def er09_ch_coworking(rng: random.Random) -> ERCase:
    k = VKey("CHF", "CHF")
    t = when(rng, 2025, 8, 19)
    items = [("Tagespass Flex Desk", 1, Decimal("38.00"))]
    hours = rng.randint(1, 4)
    items.append((f"Sitzungszimmer «Limmat» ({hours} Std.)", hours, Decimal("28.00")))
    if rng.random() < 0.6:
        items.append(("Kaffee & Tee Flatrate", 1, Decimal("6.50")))
    pages = rng.randint(10, 90)
    items.append((f"Drucke A4 s/w ({pages} Seiten)", pages, Decimal("0.20")))
    total = sum((q2(q * p) for _, q, p in items), Decimal(0))
    _net, mwst = vat_in(total, Decimal("8.1"))
    r = RLReceipt((210, 297), 22, "liberation")
    r.text(k.company("WERKRAUM KREIS 5"), "L", 17, True)
    r.text("Coworking · Meeting · Events", size=9)
    r.feed(2)
    r.text(k.alt("Werkraum Zürich AG"), "R", 8.5)
    for line in k.address("Hardstrasse 219", "8005 Zürich"):
        r.text(line, "R", 8.5)
    r.text(f"MWST-Nr. {uid_ch(rng)} MWST", "R", 8.5)
    r.feed(8)
    cust = rng.choice(
        ["Brunner Consulting GmbH, Seestrasse 12, 8700 Küsnacht", "Nina Keller, Bahnhofweg 4, 6300 Zug"]
    )
    r.text(f"Kunde: {cust}", size=9)
    r.feed(3)
    r.text(f"Quittung Nr. Q-{rng.randint(20000, 29999)}", size=13, bold=True)
    r.lr(f"Datum: {k.date(t, '%d.%m.%Y')}", f"Zeit: {hm(t)}", 9.5)
    r.feed(4)
    widths = [100.0, -20.0, -22.0, -24.0]
    r.row(["Leistung", "Menge", "Preis", "Betrag"], widths, 9, True)
    r.rule(1.5)
    for name, q, p in items:
        r.row([name, str(q), money(p, "ch"), money(q2(q * p), "ch")], widths, 9.5)
    r.rule(1.5)
    r.lr("Total CHF", k.total(total, "ch"), 12, True)
    r.lr("inkl. MWST 8.1%", money(mwst, "ch"), 9)
    r.lr(f"Bezahlt mit TWINT am {k.printed['date']}", f"CHF {money(total, 'ch')}", 9)
    r.feed(10)
    r.text("Danke für deinen Besuch! WLAN: werkraum-guest · hallo@werkraum5.ch · werkraum5.ch", size=8)
    out = r.output()
    what = (
        "Quittung: AG name right-aligned, MWST-Nr., day pass + meeting room + prints, MWST 8.1 % incl., TWINT"
    )
    return case("er09_ch_coworking", "CH", "de", "Swiss co-working day pass receipt", what, k, out)


CASES = [er07_nl_evcharging, er08_us_saas_stripe, er09_ch_coworking]
