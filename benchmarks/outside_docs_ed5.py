"""Set ED receipts 13-15: a Hong Kong electronics shop's sales receipt on a narrow PDF page (fpdf2: the
shop's name, the Limited name and a Mong Kok arcade address, serial numbers, a trade-in credit, an
extended warranty, no tax, cash tendered and change, '03/11/2025'), an Israeli online bookshop's
חשבונית מס / קבלה in Hebrew, right to left (WeasyPrint: the בע"מ name and ח.פ., the bookshop's address, the
customer's address, מספר הקצאה, a club discount, delivery, מע"מ 18 %, 'סה"כ לתשלום', instalments) and a
Bangkok spa's receipt opened in a phone (a screenshot: Thai and English, the Thai company name and head
office address, the tax ID, a booking made days before the 'Paid' date, service charge 10 %, VAT 7 % and a
therapist tip added, ฿)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_shot, fpdf_out, ref, status_bar, weasy
from outside_common_k import fdate, money, q2
from outside_common_r import ampm, digits, hm, menu, vat_in, when
from outside_common_t import EReceipt, tendered
from outside_common_v import VKey


def ed13_hk_electronics(rng: random.Random) -> ERCase:
    k = VKey("HKD", "HK$")
    t = when(rng, 2025, 11, 22)
    catalogue = [
        ("Wireless earbuds TW-500 (Black)", Decimal("699.00"), True),
        ("Smartphone 256GB Midnight", Decimal("3899.00"), True),
        ("Tablet 11in Wi-Fi 128GB", Decimal("2599.00"), True),
        ("65W GaN charger 3-port", Decimal("329.00"), False),
        ("Tempered glass screen protector", Decimal("128.00"), False),
        ("Silicone case", Decimal("168.00"), False),
        ("USB-C cable 2m braided", Decimal("89.00"), False),
    ]
    main = rng.choice([c for c in catalogue if c[2]])
    extras = rng.sample([c for c in catalogue if not c[2]], rng.randint(1, 3))
    warranty = Decimal("280.00") if rng.random() < 0.6 else Decimal(0)
    trade = Decimal(rng.choice([0, 300, 500, 800])) if main[1] > 1000 else Decimal(0)
    sub = main[1] + sum((p for _, p, _ in extras), Decimal(0)) + warranty
    less = q2(sub * Decimal("0.05")) if rng.random() < 0.4 else Decimal(0)
    total = sub - trade - less
    cash = tendered(rng, total, (100, 500, 1000))
    e = EReceipt(100, 8, "liberation")
    e.text(k.company("HARBOUR DIGITAL"), "C", 15, True, 8)
    e.text(k.alt("Harbour Digital Trading Limited"), "C", 8)
    for line in k.address("Shop 312, 3/F, Golden Crown Arcade", "611 Nathan Road", "Mong Kok, Kowloon"):
        e.text(line, "C", 8)
    e.text(f"Tel: 2{digits(rng, 3)} {digits(rng, 4)} · WhatsApp 9{digits(rng, 3)} {digits(rng, 4)}", "C", 8)
    e.rule(3)
    e.text("SALES RECEIPT", "C", 11, True)
    e.lr(f"No. HD-{t:%y}-{rng.randint(10000, 99999)}", f"{k.date(t, '%d/%m/%Y')} {hm(t)}", 8)
    e.lr(
        f"Salesman: {rng.randint(1, 40):03d} {rng.choice(['Ken', 'Winnie', 'Jason', 'Mandy'])}",
        "Counter 2",
        8,
    )
    e.rule(2)
    w = [58.0, -26.0]
    e.row([main[0], f"HK${money(main[1])}"], w, 8.5)
    e.text(f"  S/N: {ref(rng, 'AA9AAA99AA9A')}", "L", 7.5, h=4)
    for name, p, _ in extras:
        e.row([name, f"HK${money(p)}"], w, 8.5)
    if warranty:
        e.row(["Extended warranty 12 months", f"HK${money(warranty)}"], w, 8.5)
    e.rule(2)
    e.lr("Subtotal", f"HK${money(sub)}", 8.5)
    if less:
        e.lr("Member discount 5%", f"-HK${money(less)}", 8.5)
    if trade:
        e.lr("Trade-in credit (old device)", f"-HK${money(trade)}", 8.5)
    e.lr("TOTAL", f"HK${k.total(total)}", 11, True)
    e.lr("Cash", f"HK${money(cash)}", 8.5)
    e.lr("Change", f"HK${money(cash - total)}", 8.5)
    e.rule(2)
    e.text("Goods sold are not returnable. Warranty per", "C", 7)
    e.text("manufacturer's terms; keep this receipt.", "C", 7)
    e.text("Thank you! harbourdigital.hk", "C", 7.5, True)
    out = fpdf_out(e)
    what = "narrow PDF sales receipt: Limited name + arcade address, S/N, trade-in credit, cash and change"
    return case("ed13_hk_electronics", "HK", "en", "Hong Kong electronics shop receipt", what, k, out)


def ed14_il_bookshop(rng: random.Random) -> ERCase:
    k = VKey("ILS", "₪")
    t = when(rng, 2025, 8, 23)
    books = menu(
        rng,
        "בית על שפת הים 89.00; הגנן מיפו 79.90; מפות של אור 98.00; ספר הציפורים לילדים 69.90; "
        "שנה בגליל - מתכונים 119.00; הבלשית מרחוב שינקין 84.90; הסוד של סבתא רחל 74.00",
        rng.randint(2, 4),
        qmax=2,
    )
    sub = sum((a for *_, a in books), Decimal(0))
    club = q2(sub * Decimal("0.10")) if rng.random() < 0.6 else Decimal(0)
    ship = Decimal("29.90") if sub - club < 199 else Decimal(0)
    total = sub - club + ship
    base, vat = vat_in(total, Decimal(18))
    css = (
        "@page{size:A4;margin:16mm} body{font:10pt/1.5 'DejaVu Sans',sans-serif;color:#222;direction:rtl}"
        ".hd{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:2px solid "
        "#7b1e3a;"
        "padding-bottom:8px} .name{font:bold 21pt 'DejaVu Sans';color:#7b1e3a} .s{font-size:8.5pt;color:#555}"
        "h1{font-size:13pt;margin:14px 0 4px} .cust{border:1px solid #ccc;padding:6px 10px;margin:8px 0;"
        "width:45%} table{width:100%;border-collapse:collapse;margin-top:8px} th{background:#f3e8ec;"
        "padding:4px;"
        "text-align:right} td{padding:4px;border-bottom:1px solid #eee} td.r,th.r{text-align:left}"
        ".sum{width:60%;margin-top:8px} .lr{padding:2px 0} .tot{font-weight:bold;font-size:12pt;"
        "border-top:2px solid #222;padding-top:4px}"
    )
    h = Html(css, "he", "חשבונית מס / קבלה")
    h.raw('<div dir="rtl"><div class="hd"><div>')
    h.el(k.company("ספרי הגפן"), "name")
    h.el(k.alt('הגפן הוצאה לאור והפצה בע"מ'), "s")
    for line in k.address("רחוב אלנבי 58", "תל אביב-יפו 6578702"):
        h.el(line, "s")
    h.el(
        f"ח.פ. 51-{digits(rng, 6)}-{rng.randint(0, 9)} · טלפון 03-{rng.randint(500, 799)}-{digits(rng, 4)}",
        "s",
    )
    h.raw("</div><div>")
    h.el("מקור", "s")
    h.raw("</div></div>")
    n = rng.randint(40000, 49999)
    h.el(f"חשבונית מס / קבלה מס' {n}", "", "h1")
    h.lr(f"תאריך: {k.date(t, '%d/%m/%Y')}", f"הזמנה באתר #{rng.randint(100000, 999999)}")
    h.lr(f"מספר הקצאה: {digits(rng, 9)}", f"שעה: {hm(t)}", "s")
    h.raw('<div class="cust">')
    h.el("לכבוד", "s")
    who = rng.choice(
        [
            ("נועה לוי", "רחוב הרצל 15 דירה 4", "חיפה 3303415"),
            ("דניאל כהן", "שדרות ירושלים 102", "רמת גן 5250110"),
            ("מאיה פרץ", "רחוב הנביאים 33", "ירושלים 9514222"),
        ]
    )
    for line in who:
        h.el(line)
    h.raw("</div>")
    h.table(
        [[name, str(q), money(u), money(a)] for name, q, u, a in books],
        "",
        ["פריט", "כמות", "מחיר>", 'סה"כ>'],
    )
    h.raw('<div class="sum">')
    h.lr("סכום ביניים", f"₪ {money(sub)}")
    if club:
        h.lr("הנחת מועדון 10%", f"₪ -{money(club)}")
    h.lr("משלוח עד הבית", f"₪ {money(ship)}" if ship else "חינם")
    h.lr('סה"כ לפני מע"מ', f"₪ {money(base)}", "s")
    h.lr('מע"מ 18%', f"₪ {money(vat)}", "s")
    h.lr('סה"כ לתשלום', f"₪ {k.total(total)}", "tot")
    pays = rng.choice([1, 2, 3])
    h.lr(
        f"כרטיס אשראי ויזה ****{rng.randint(1000, 9999)}" + (f", {pays} תשלומים" if pays > 1 else ""),
        f"₪ {money(total)}",
    )
    h.raw("</div>")
    h.el("המסמך הופק ונחתם דיגיטלית. החזרות תוך 14 יום בהצגת חשבונית זו.", "s")
    h.raw("</div>")
    out = weasy(h)
    what = 'Hebrew RTL tax invoice-receipt: בע"מ + address, customer box, club discount, מע"מ 18 %, ₪'
    return case("ed14_il_bookshop", "IL", "he", "Israeli online bookshop receipt", what, k, out)


def ed15_th_spa(rng: random.Random) -> ERCase:
    k = VKey("THB", "฿")
    t = when(rng, 2025, 12, 21)
    booked = t - timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 5))
    treat = menu(
        rng,
        "Traditional Thai massage 120 min 1200.00; Aromatherapy oil massage 90 min 1500.00; "
        "Foot reflexology 60 min 600.00; Herbal compress add-on 300.00; Coconut body scrub 60 min 1100.00; "
        "Office syndrome relief 90 min 1350.00",
        rng.randint(1, 3),
        qmax=2,
    )
    sub = sum((a for *_, a in treat), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    vat = q2((sub + svc) * Decimal("0.07"))
    tip = Decimal(rng.choice([0, 100, 200, 300]))
    total = sub + svc + vat + tip
    css = (
        "body{margin:0;background:#f6f3ee;font:14px/1.5 'DejaVu Sans','Loma',sans-serif;color:#2f2a24}"
        ".hd{display:flex;align-items:center;gap:12px;padding:10px 18px} .leaf{width:40px;height:40px;"
        "border-radius:0 22px;background:#5b7f4a;flex:none} .name{font:700 20px 'DejaVu Serif',serif;"
        "color:#3f5c33}"
        ".card{background:#fff;margin:10px 12px;border-radius:12px;padding:12px 16px} .m{color:#7b7368;"
        "font-size:12px} .t{font-weight:700;font-size:16px;text-align:center;margin-bottom:6px} "
        ".lr{padding:3px 0}"
        ".b{font-weight:700;font-size:17px;color:#3f5c33} .hr{border-top:1px solid #eee3d6;margin:6px 0}"
    )
    h = Html(css, "th", "Receipt")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(5, 50))), rng.randint(10, 95))
    h.raw('<div class="hd"><div class="leaf"></div><div>')
    h.el(k.company("Baan Suan Spa"), "name")
    h.el("Thai massage & wellness", "m")
    h.raw('</div></div><div class="card">')
    h.el("ใบเสร็จรับเงิน / RECEIPT", "t")
    h.el(k.alt("บริษัท บ้านสวน เวลเนส จำกัด (สำนักงานใหญ่)"), "m")
    branch = rng.choice(
        [
            ("88/12 ซอยสุขุมวิท 31 ถนนสุขุมวิท", "แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110"),
            ("19 ถนนประมวญ", "แขวงสีลม เขตบางรัก กรุงเทพฯ 10500"),
        ]
    )
    for line in k.address(*branch):
        h.el(line, "m")
    h.el(f"เลขประจำตัวผู้เสียภาษี 0{digits(rng, 12)}", "m")
    h.raw('<div class="hr"></div>')
    h.lr("Receipt no.", f"BS{t:%y%m}-{rng.randint(1000, 9999)}")
    h.lr("Booked", f"{fdate(booked, '%-d %b %Y')} {ampm(booked)} (online)")
    h.lr("Paid", f"{k.date(t, '%-d %b %Y')} {ampm(t)}")
    h.lr("Therapist", rng.choice(["Khun Noi", "Khun Lek", "Khun Ploy", "Khun Som"]))
    h.raw('<div class="hr"></div>')
    for name, q, _, a in treat:
        h.lr(f"{q} x {name}", f"฿{money(a)}")
    h.raw('<div class="hr"></div>')
    h.lr("Subtotal", f"฿{money(sub)}")
    h.lr("Service charge 10%", f"฿{money(svc)}")
    h.lr("VAT 7%", f"฿{money(vat)}")
    if tip:
        h.lr("Tip for therapist / ทิป", f"฿{money(tip)}")
    h.lr("Total paid / ยอดชำระ", f"฿{k.total(total)}", "b")
    h.lr("PromptPay QR", f"Ref {ref(rng, '9999AA99999')}", "m")
    h.raw("</div>")
    out = chrome_shot(h, 375, 2)
    what = "spa receipt screenshot: Thai company + address, tax ID, Booked vs Paid, service charge, VAT, tip"
    return case("ed15_th_spa", "TH", "th", "Thai spa receipt", what, k, out)


CASES = [ed13_hk_electronics, ed14_il_bookshop, ed15_th_spa]
