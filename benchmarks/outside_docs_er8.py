"""Set ER receipts 22-24, phone screenshots: a UAE mobile top-up (recharge for a number, VAT 5 % on top,
AED 1,234.50 amounts, '03 Nov 2025', the telecom's PJSC name, no address), a Viennese cinema's ticket
purchase in German (Kaufdatum and the later Vorstellung, seats, ticket and online fees, USt 10 % included,
the cinema's address) and a British river-crossing toll payment (vehicle and crossings, the account holder,
no VAT, the operator's Ltd name, no address)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_shot, ref, status_bar
from outside_common_k import money, q2
from outside_common_r import hm, vat_in, when
from outside_common_ra import uid_at
from outside_common_t import trn_ae
from outside_common_v import VKey


def er22_ae_topup(rng: random.Random) -> ERCase:
    k = VKey("AED", "AED")
    t = when(rng, 2025, 7, 23)
    credit = Decimal(rng.choice([25, 50, 100, 200, 500]))
    vat = q2(credit * Decimal("0.05"))
    total = credit + vat
    css = (
        "body{margin:0;background:#0e1726;font:15px/1.5 'Noto Sans',sans-serif;color:#e8edf5}"
        ".logo{font:800 22px sans-serif;color:#ff3b5c;padding:6px 20px} .ok{margin:20px auto 6px;width:64px;"
        "height:64px;border-radius:50%;background:#18b26b} .c{text-align:center} .big{font:700 34px "
        "sans-serif}"
        ".box{background:#18233a;margin:16px;border-radius:12px;padding:12px 16px} .lr{padding:4px 0}"
        ".mut{color:#8da0bd;font-size:12.5px} .b{font-weight:700}"
    )
    h = Html(css, "en-AE", "Recharge receipt")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(0, 9))), rng.randint(20, 99), dark=True)
    h.el(k.company("Zahra Mobile"), "logo")
    h.raw('<div class="ok"></div>')
    h.el("Recharge successful", "c b")
    h.el(f"AED {money(total)}", "c big")
    h.raw('<div class="box">')
    h.lr("Mobile number", f"+971 5{rng.randint(0, 8)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    h.lr("Plan", f"Prepaid credit AED {money(credit, 'us', 0)}")
    h.lr("Date", f"{k.date(t, '%d %b %Y')}, {hm(t)}")
    h.lr("Transaction ID", ref(rng, "ZM99999999999"))
    h.raw('</div><div class="box">')
    h.lr("Recharge amount", f"AED {money(credit)}")
    h.lr("VAT (5%)", f"AED {money(vat)}")
    h.lr("Total paid", f"AED {k.total(total)}", "b")
    h.lr("Paid with", f"Apple Pay · {rng.choice(['Visa', 'Mastercard'])} {rng.randint(1000, 9999)}")
    h.raw("</div>")
    h.el("New balance will reflect within 5 minutes. Bonus data 2 GB valid 7 days.", "mut c")
    h.el(f"{k.alt('Zahra Telecommunications PJSC')} · TRN {trn_ae(rng)}", "mut c")
    h.el("Need help? Call 155 or chat in the app.", "mut c")
    out = chrome_shot(h, 414, 3, 896)
    what = "dark-mode top-up screenshot: number, credit + VAT 5 % on top, Total paid, PJSC + TRN, no address"
    return case("er22_ae_topup", "AE", "en", "UAE mobile top-up receipt", what, k, out)


def er23_at_cinema(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 8, 22)
    show = (t + timedelta(days=rng.randint(0, 6))).replace(
        hour=rng.choice([17, 18, 20, 21]), minute=rng.choice([0, 15, 30, 45])
    )
    n = rng.randint(1, 4)
    price = Decimal(rng.choice(["12.50", "13.90", "11.00"]))
    fee = Decimal("0.90") * n
    glasses = Decimal("1.50") * n if rng.random() < 0.4 else Decimal(0)
    total = price * n + fee + glasses
    css = (
        "body{margin:0;background:#111;font:15px/1.45 'DejaVu Sans',sans-serif;color:#f2f2f2}"
        ".logo{font:700 21px 'DejaVu Serif',serif;color:#f5c518;padding:8px 20px 0} .film{font:700 20px "
        "sans-serif;"
        "padding:8px 20px 0} .p{padding:2px 20px;color:#bbb;font-size:13px} .t{background:#1e1e1e;"
        "margin:14px 14px;"
        "border-radius:10px;padding:10px 14px} .lr{padding:3px 0} .b{font-weight:700;color:#fff;"
        "font-size:17px}"
        ".seat{font:700 22px sans-serif;color:#f5c518}"
    )
    h = Html(css, "de-AT", "Tickets")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(1, 20))), rng.randint(20, 99), dark=True)
    h.el(k.company("Filmpalast Mariahilf"), "logo")
    film = rng.choice(["Die Rückkehr der Dohlen", "Nachtzug nach Triest", "Sommer am Neusiedler See"])
    h.el(film, "film")
    h.el(f"Vorstellung: {show:%d.%m.%Y} um {hm(show)} Uhr · Saal {rng.randint(1, 7)} · OmU", "p")
    h.raw('<div class="t">')
    row = rng.randint(3, 14)
    h.el(f"Reihe {row} · Platz {', '.join(str(s) for s in range(8, 8 + n))}", "seat")
    h.el(f"Buchungsnummer {ref(rng, 'A9A9A9')}", "p")
    h.raw('</div><div class="t">')
    h.lr(f"{n} × Normalpreis", f"{money(price * n, 'eu')} €")
    if glasses:
        h.lr(f"{n} × 3D-Brille", f"{money(glasses, 'eu')} €")
    h.lr(f"Online-Servicegebühr {n} × 0,90 €", f"{money(fee, 'eu')} €")
    h.lr("Gesamt", f"{k.total(total, 'eu')} €", "b")
    h.el(f"inkl. 10 % USt. {money(vat_in(total, Decimal(10))[1], 'eu')} €", "p")
    h.lr("Kaufdatum", f"{k.date(t, '%d.%m.%Y')} {hm(t)}")
    h.lr("Zahlung", f"{rng.choice(['Google Pay', 'Visa', 'Maestro'])} ****{rng.randint(1000, 9999)}")
    h.raw("</div>")
    h.el(k.alt("Filmpalast Kinobetriebs GmbH"), "p")
    for line in k.address("Mariahilfer Straße 57", "1060 Wien"):
        h.el(line, "p")
    h.el(f"UID {uid_at(rng)} · Ticket beim Einlass vorzeigen", "p")
    out = chrome_shot(h, 390, 3)
    what = "cinema tickets screenshot (German): Kaufdatum vs later Vorstellung, seats, fees, USt 10 % incl."
    return case("er23_at_cinema", "AT", "de", "Austrian cinema ticket receipt", what, k, out)


def er24_gb_toll(rng: random.Random) -> ERCase:
    k = VKey("GBP", "£")
    t = when(rng, 2025, 7, 23)
    crossings = rng.randint(1, 4)
    price = Decimal(rng.choice(["2.50", "3.00", "4.20"]))
    total = price * crossings
    css = (
        "body{margin:0;background:#fff;font:16px/1.5 'Liberation Sans',sans-serif;color:#0b0c0c}"
        ".gov{background:#0b0c0c;color:#fff;padding:10px 16px;font:700 18px sans-serif}"
        ".ok{background:#00703c;color:#fff;margin:16px;padding:16px;text-align:center}"
        ".ok .x{font:700 26px sans-serif} .sec{padding:4px 16px} .lr{padding:6px 0;border-bottom:1px solid "
        "#b1b4b6}"
        ".mut{color:#505a5f;font-size:14px;padding:6px 16px}"
    )
    h = Html(css, "en-GB", "Payment confirmation")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(1, 9))), rng.randint(20, 99))
    h.el(k.company("Wyre Estuary Crossings"), "gov")
    h.raw('<div class="ok">')
    h.el("Payment complete", "x")
    h.el(f"Your reference {ref(rng, 'WEC-99999999')}")
    h.raw('</div><div class="sec">')
    vrn = f"{ref(rng, 'AA99')} {ref(rng, 'AAA')}"
    h.lr("Vehicle registration", vrn)
    h.lr("Vehicle type", "Car (Class 2)")
    days = [t - timedelta(days=i) for i in range(crossings)]
    h.lr("Crossings paid for", ", ".join(d.strftime("%-d %b") for d in reversed(days)))
    h.lr("Charge per crossing", f"£{money(price)}")
    h.lr("Total paid", f"£{k.total(total)}")
    h.lr("Payment date", k.date(t, "%-d %B %Y"))
    h.lr("Card", f"{rng.choice(['Visa Debit', 'Mastercard'])} ending {rng.randint(1000, 9999)}")
    h.lr("Account holder", rng.choice(["Mr Tom Hughes", "Mrs Rachel Doyle", "Ms Amira Khan"]))
    h.raw("</div>")
    h.el("Crossing charges are not subject to VAT. A receipt has been sent to your email address.", "mut")
    h.el("Pay by midnight the day after you cross to avoid a penalty charge notice.", "mut")
    h.el(
        f"Crossings are operated by {k.alt('Wyre Link Crossings Ltd')} on behalf of the Crossings Board.",
        "mut",
    )
    out = chrome_shot(h, 375, 3, 812)
    what = "toll payment confirmation screenshot: VRN, crossings, no VAT, operator Ltd in footer, no address"
    return case("er24_gb_toll", "GB", "en", "UK river-crossing toll receipt", what, k, out)


CASES = [er22_ae_topup, er23_at_cinema, er24_gb_toll]
