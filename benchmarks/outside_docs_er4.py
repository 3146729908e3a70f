"""Set ER receipts 10-12: an Indian online pharmacy's order invoice (WeasyPrint: Pvt. Ltd. name, GSTIN,
drug licence, MRP and discount per line, GST 5 % / 12 % included, delivery charge, the customer's
delivery address, ₹1,23,456.00 amounts, '03/11/2025'), a Polish online marketplace's order confirmation
(fpdf2: the seller's sp. z o.o. name and address, several items, dostawa, VAT 23 % included, BLIK,
1 234,56 zł, the buyer's address) and an Australian conference's registration payment receipt (Chromium
print: Tax Invoice / Receipt, Pty Ltd name, ABN, early-bird registration and workshop, GST included, the
event dates after the payment date)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_pdf, fpdf_out, ref, weasy
from outside_common_k import money, q2
from outside_common_r import hm, vat_in, when
from outside_common_ra import abn, gstin, nip_pl
from outside_common_t import EReceipt
from outside_common_v import VKey


def er10_in_pharmacy(rng: random.Random) -> ERCase:
    k = VKey("INR", "₹")
    t = when(rng, 2025, 8, 22)
    cat = (
        "Dolo 650 Tablet 15's 33.50 12; Pan 40 Tablet 15's 186.00 12; Shelcal 500 Tablet 15's 128.00 12; "
        "Cetirizine 10mg Tablet 10's 22.00 12; Volini Gel 75g 249.00 12; Liveasy Hand Sanitizer 500ml "
        "199.00 5; "
        "Ensure Vanilla Powder 400g 725.00 5; Becosules Capsule 20's 52.40 12; Accu-Chek Active Strips 50's "
        "1249.00 12"
    )
    rows = []
    for entry in rng.sample(cat.split("; "), rng.randint(3, 5)):
        name, mrp, rate = entry.rsplit(" ", 2)
        qty = rng.choice([1, 1, 2, 3])
        disc = rng.choice([Decimal(10), Decimal(15), Decimal(18)])
        amt = q2(Decimal(mrp) * qty * (100 - disc) / 100)
        rows.append((name, qty, Decimal(mrp), disc, Decimal(rate), amt))
    items = sum((r[5] for r in rows), Decimal(0))
    mrp_total = sum((r[2] * r[1] for r in rows), Decimal(0))
    delivery = Decimal("49.00") if items < 500 else Decimal(0)
    total = items + delivery
    css = (
        "@page{size:A4;margin:12mm 14mm} body{font:8.6pt/1.4 'DejaVu Sans',sans-serif;color:#222}"
        ".top{display:flex;justify-content:space-between;border-bottom:2px solid #10847e;padding-bottom:6px}"
        ".brand{font:bold 19pt 'DejaVu Sans';color:#10847e} .s{font-size:7.6pt;color:#555}"
        "h2{font-size:11pt;margin:10px 0 4px} .two{display:flex;gap:30px} .two>div{flex:1}"
        "table{width:100%;border-collapse:collapse;margin-top:8px} th{background:#eef6f5;text-align:left}"
        "td,th{padding:4px;border-bottom:1px solid #e3e3e3} .lr{padding:2px 0} .t{font-weight:bold;"
        "font-size:11pt}"
    )
    h = Html(css, "en", "Tax Invoice")
    h.raw('<div class="top"><div>')
    h.el(k.company("MediKart"), "brand")
    h.el("Online pharmacy · medikart.in", "s")
    h.raw('</div><div style="text-align:right">')
    h.el(k.alt("MediKart Healthcare Pvt. Ltd."), "")
    for line in k.address("Plot 14, 2nd Floor, Sector 44", "Gurugram, Haryana 122003"):
        h.el(line, "s")
    h.el(f"GSTIN: {gstin(rng, '06')}", "s")
    h.el(f"DL No.: HR-GGN-{rng.randint(100000, 999999)} / 21B", "s")
    h.raw("</div></div>")
    h.el("TAX INVOICE", "", "h2")
    h.raw('<div class="two"><div>')
    h.el(f"Invoice No.: MK/{t.year % 100}-{t.year % 100 + 1}/{rng.randint(100000, 999999)}")
    h.el(f"Order ID: {ref(rng, 'MK99999999999')}")
    h.el(f"Invoice Date: {k.date(t, '%d/%m/%Y')} {hm(t)}")
    h.el(f"Payment: UPI ({rng.choice(['PhonePe', 'GPay', 'Paytm'])}) - Paid")
    h.raw("</div><div>")
    h.el("Ship to:", "s")
    who = rng.choice([("Ananya Iyer", "B-1203, Prestige Lakeside", "Whitefield, Bengaluru 560066"),
                      ("Rohit Malhotra", "H.No. 221, Sector 15A", "Faridabad, Haryana 121007")])  # fmt: skip
    for line in who:
        h.el(line)
    h.el(f"Prescription ref: RX-{rng.randint(10000, 99999)} (Dr. {rng.choice(['S. Rao', 'P. Mehta'])})", "s")
    h.raw("</div></div>")
    table = [[name, str(q), money(m, "in"), f"{d}%", f"{r}%", money(a, "in")] for name, q, m, d, r, a in rows]
    h.table(table, "", ["Item", "Qty>", "MRP>", "Disc.>", "GST>", "Amount (₹)>"])
    h.raw('<div style="width:55%;margin-left:45%;margin-top:8px">')
    h.lr("Total MRP", f"₹{money(mrp_total, 'in')}")
    h.lr("Discount on MRP", f"-₹{money(mrp_total - items, 'in')}")
    h.lr("Delivery charges", f"₹{money(delivery, 'in')}" if delivery else "FREE")
    for rate in (Decimal(5), Decimal(12)):
        part = sum((r[5] for r in rows if r[4] == rate), Decimal(0))
        if part:
            gst = vat_in(part, rate)[1]
            h.lr(f"incl. CGST {rate / 2}% + SGST {rate / 2}%", f"₹{money(gst, 'in')}")
    h.lr("Amount Paid", f"₹{k.total(total, 'in')}", "t")
    h.raw("</div>")
    h.el(f"You saved ₹{money(mrp_total - items, 'in')} on this order!", "s")
    h.el("Medicines once sold are returnable only as per our return policy. Support: care@medikart.in", "s")
    h.el("This is a computer generated invoice and does not require a signature.", "s")
    out = weasy(h)
    what = (
        "pharmacy tax invoice: Pvt. Ltd., GSTIN, MRP/discount per line, GST incl., delivery, ship-to address"
    )
    return case("er10_in_pharmacy", "IN", "en", "Indian online pharmacy invoice", what, k, out)


def er11_pl_marketplace(rng: random.Random) -> ERCase:
    k = VKey("PLN", "zł")
    t = when(rng, 2025, 7, 23)
    cat = (
        "Słuchawki bezprzewodowe TWS Bluetooth 5.3 129.99; Kabel USB-C 2m oplot 24.90; Powerbank 20000 mAh "
        "149.00; "
        "Etui silikonowe iPhone 15 39.99; Ładowarka sieciowa 65W GaN 119.00; Uchwyt samochodowy magnetyczny "
        "49.50; "
        "Mysz bezprzewodowa cicha 79.99; Podkładka pod mysz XXL 59.00"
    )
    items = []
    for entry in rng.sample(cat.split("; "), rng.randint(2, 4)):
        name, _, p = entry.rpartition(" ")
        q = rng.choice([1, 1, 2])
        items.append((name, q, Decimal(p), Decimal(p) * q))
    ship = Decimal(rng.choice(["9.99", "12.99", "0.00"]))
    total = sum((a for *_, a in items), Decimal(0)) + ship
    vat = vat_in(total, Decimal(23))[1]
    e = EReceipt(210, 16, "dejavu")
    e.text("Kupiono na Targo.pl", size=8)
    e.text(k.company("GadżetPol"), size=18, bold=True, h=9)
    e.text(k.alt("GadżetPol sp. z o.o."), size=9)
    for line in k.address("ul. Wrocławska 118", "61-838 Poznań"):
        e.text(line, size=9)
    e.text(f"NIP: {nip_pl(rng)}", size=9)
    e.feed(5)
    e.text("Potwierdzenie zamówienia i zapłaty", size=13, bold=True, h=7)
    e.lr(f"Zamówienie nr {ref(rng, '9999999999-AAAA')}", f"Data zakupu: {k.date(t, '%d.%m.%Y')} {hm(t)}")
    e.lr(f"Płatność: BLIK · {rng.randint(100000, 999999)}", f"Data płatności: {k.printed['date']}")
    e.feed(3)
    widths = [100.0, -14.0, -30.0, -34.0]
    e.row(["Produkt", "Ilość", "Cena", "Wartość"], widths, 9, True)
    e.rule(1)
    for name, q, p, a in items:
        e.row([name, str(q), f"{money(p, 'fr')} zł", f"{money(a, 'fr')} zł"], widths, 9)
    e.rule(1)
    e.lr(
        f"Dostawa: {rng.choice(['Paczkomat InPost', 'Kurier DPD', 'Orlen Paczka'])}",
        f"{money(ship, 'fr')} zł",
    )
    e.lr("Razem do zapłaty", f"{k.total(total, 'fr')} zł", 12, True)
    e.lr("w tym VAT 23%", f"{money(vat, 'fr')} zł", 8.5)
    e.lr("Zapłacono", f"{money(total, 'fr')} zł", 9)
    e.feed(4)
    e.text("Adres dostawy:", bold=True, size=9)
    who = rng.choice([("Katarzyna Nowak", "ul. Długa 17/4", "31-147 Kraków"),
                      ("Piotr Zieliński", "os. Tysiąclecia 42/15", "40-871 Katowice")])  # fmt: skip
    for line in who:
        e.text(line, size=9)
    e.feed(5)
    e.text("Faktura VAT zostanie wystawiona przez sprzedającego na życzenie kupującego.", size=7.5)
    e.text(
        "Pytania do sprzedającego: sklep@gadzetpol.pl · Targo.pl nie jest stroną umowy sprzedaży.", size=7.5
    )
    out = fpdf_out(e)
    what = "marketplace order: 'Kupiono na Targo.pl', seller sp. z o.o. + NIP, items, dostawa, VAT 23 %, BLIK"
    return case("er11_pl_marketplace", "PL", "pl", "Polish marketplace order confirmation", what, k, out)


def er12_au_conference(rng: random.Random) -> ERCase:
    k = VKey("AUD", "A$")
    t = when(rng, 2025, 8, 22)
    event = t + timedelta(days=rng.randint(30, 120))
    event = event.replace(day=min(event.day, 27))
    reg = Decimal(rng.choice(["695.00", "845.00", "1195.00"]))
    lines = [(f"Full conference pass (Early Bird) - {rng.choice(['Member', 'Non-member'])}", reg)]
    if rng.random() < 0.6:
        lines.append(("Pre-conference workshop: Applied Data Governance", Decimal("295.00")))
    if rng.random() < 0.5:
        lines.append(("Conference dinner - Doltone House", Decimal("145.00")))
    total = sum((v for _, v in lines), Decimal(0))
    gst = vat_in(total, Decimal(10))[1]
    css = (
        "@page{size:A4;margin:18mm} body{font:10pt/1.5 'Noto Sans',sans-serif;color:#1d2733}"
        ".hd{display:flex;justify-content:space-between;align-items:flex-start} .name{font:700 18pt 'Noto "
        "Sans';"
        "color:#c8102e} .r{text-align:right;font-size:8.5pt} h1{font-size:14pt;margin:22px 0 6px}"
        "table{width:100%;border-collapse:collapse;margin:10px 0} th{border-bottom:2px solid #1d2733;"
        "text-align:left}"
        "td,th{padding:5px 3px} td{border-bottom:1px solid #dde} .lr{padding:3px 0;width:60%;margin-left:40%}"
        ".b{font-weight:700;font-size:11.5pt} .small{font-size:8.5pt;color:#555} .box{background:#f3f5f8;"
        "padding:8px}"
    )
    h = Html(css, "en-AU", "Tax Invoice / Receipt")
    h.raw('<div class="hd"><div>')
    h.el(f"DataSummit Australia {event.year}", "name")
    h.el(f"{event:%-d}-{(event + timedelta(days=1)):%-d %B %Y} · ICC Sydney", "small")
    h.raw('</div><div class="r">')
    h.el(k.company("Southern Events Collective"), "b")
    for line in k.address("Level 5, 66 Hunter Street", "Sydney NSW 2000"):
        h.el(line)
    h.el(f"{k.alt('Southern Events Collective Pty Ltd')} · ABN {abn(rng)}")
    h.raw("</div></div>")
    h.el("Tax Invoice / Receipt", "", "h1")
    h.lr(f"Receipt no. DSA26-{rng.randint(10000, 99999)}", f"Payment date: {k.date(t, '%d/%m/%Y')}")
    h.lr(
        f"Registration ID {ref(rng, 'AA9999')}",
        f"Paid by {rng.choice(['Visa', 'Mastercard'])} xxxx {rng.randint(1000, 9999)}",
    )
    h.raw('<div class="box">')
    who = rng.choice(
        [
            ("Dr Emily Tran", "Monash Health", "246 Clayton Road, Clayton VIC 3168"),
            ("Liam O'Connor", "Westbank Credit Union", "12 Ann Street, Brisbane QLD 4000"),
        ]
    )
    h.el("Attendee / Bill to", "small")
    for line in who:
        h.el(line)
    h.raw("</div>")
    h.table([[s, money(v)] for s, v in lines], "", ["Description", "Amount (AUD)>"])
    h.lr("Total (incl. GST)", f"A${k.total(total)}", "b")
    h.lr("GST included", f"A${money(gst)}")
    h.lr("Amount paid", f"A${money(total)}")
    h.lr("Balance owing", "A$0.00")
    h.el(
        f"Cancellations received before {(event - timedelta(days=28)):%-d %B %Y} are refunded less a $75 "
        "fee.",
        "small",
    )
    h.el("Enquiries: registrations@datasummit.com.au · +61 2 8004 1190", "small")
    out = chrome_pdf(h)
    what = "Tax Invoice / Receipt: organiser, Pty Ltd + ABN, event name as heading, later event dates, GST"
    return case("er12_au_conference", "AU", "en", "Australian conference registration receipt", what, k, out)


CASES = [er10_in_pharmacy, er11_pl_marketplace, er12_au_conference]
