"""Set ER receipts 16-18: a Singapore restaurant's e-receipt after QR ordering (Chromium print: Pte. Ltd.
name, GST reg. no., table and pax, items, 10 % service charge and 9 % GST on top, S$ amounts, '03 Nov
2025'), a Toronto coffee shop's e-mailed receipt in Square's manner seen in a phone's mail app (a
screenshot: the sender line, big amount, items, HST 13 %, tip, Total, card, the shop's address at the
bottom, 'Powered by Square', amounts in CAD) and a Japanese app store's purchase receipt (a screenshot in
Japanese: 領収書, the Apple ID's e-mail, an in-app purchase and a subscription with its renewal date,
合計 in whole yen, 内消費税等, the store's 合同会社 name and Tokyo address)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_pdf, chrome_shot, ref, status_bar
from outside_common_k import money, q2
from outside_common_r import ampm, hm, menu, when
from outside_common_v import VKey


def er16_sg_restaurant(rng: random.Random) -> ERCase:
    k = VKey("SGD", "S$")
    t = when(rng, 2025, 12, 22)
    items = menu(
        rng,
        "Ayam Buah Keluak 24.80; Beef Rendang 22.00; Chap Chye 14.50; Sambal Sotong 21.80; Kueh Pie Tee (6) "
        "13.80; "
        "Ngoh Hiang 15.50; Blue Pea Rice 3.00; Chendol 7.80; Lime Juice 5.50; Tiger Draught 13.00; Teh "
        "Tarik 4.20",
        rng.randint(4, 7),
        qmax=3,
    )
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub * Decimal("0.10"))
    gst = q2((sub + svc) * Decimal("0.09"))
    total = sub + svc + gst
    css = (
        "@page{size:A4;margin:14mm} body{font:10pt/1.45 'Noto Sans',sans-serif;color:#333}"
        ".card{width:118mm;margin:0 auto;border:1px solid #e6e0d5;padding:8mm} .name{font:700 17pt 'Noto "
        "Serif',"
        "serif;text-align:center;color:#7a2e1d} .c{text-align:center;font-size:8.5pt} hr{border:0;"
        "border-top:1px dashed #bbb;margin:8px 0} table{width:100%;border-collapse:collapse} td{padding:2px "
        "0}"
        "th{text-align:left;font-size:8.5pt;color:#777} .lr{padding:1px 0} .b{font-weight:700;font-size:12pt}"
    )
    h = Html(css, "en-SG", "E-Receipt")
    h.raw('<div class="card">')
    h.el(k.company("Kampong Spice"), "name")
    h.el("Nyonya Kitchen & Bar", "c")
    h.el(k.alt("Kampong Spice Pte. Ltd."), "c")
    for line in k.address("30 Seah Street #01-02", "Singapore 188386"):
        h.el(line, "c")
    h.el(f"GST Reg No: 2019{rng.randint(10000, 99999)}K", "c")
    h.raw("<hr>")
    h.lr(
        f"Table {rng.choice('ABC')}{rng.randint(1, 18)} · Pax {rng.randint(2, 6)}",
        f"Bill No: {rng.randint(10000, 99999)}",
    )
    h.lr(f"Date: {k.date(t, '%d %b %Y')}", f"Time: {hm(t)}")
    h.lr(f"Server: {rng.choice(['Mei Ling', 'Hafiz', 'Joanne'])}", "Ordered via QR")
    h.raw("<hr>")
    h.table([[f"{q} {name}", money(a)] for name, q, _, a in items], "", ["Item", "S$>"])
    h.raw("<hr>")
    h.lr("Subtotal", money(sub))
    h.lr("Service Charge 10%", money(svc))
    h.lr("GST 9%", money(gst))
    h.lr("TOTAL", f"S${k.total(total)}", "b")
    h.lr(
        f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} ************{rng.randint(1000, 9999)}",
        f"S${money(total)}",
    )
    h.raw("<hr>")
    h.el("Thank you! Prices are subject to 10% service charge and prevailing GST.", "c")
    h.el("Reservations: hello@kampongspice.sg · +65 6338 2147", "c")
    h.raw("</div>")
    out = chrome_pdf(h)
    what = "e-receipt card: Pte. Ltd., GST reg. no., table/pax, service charge 10 % + GST 9 % on top, S$"
    return case("er16_sg_restaurant", "SG", "en", "Singapore restaurant e-receipt", what, k, out)


def er17_ca_coffee_square(rng: random.Random) -> ERCase:
    k = VKey("CAD", "CAD")
    t = when(rng, 2025, 7, 17)
    items = menu(
        rng,
        "Oat Latte 6.25; Flat White 5.45; Cortado 4.75; London Fog 5.95; Butter Croissant 4.25; "
        "Maple Pecan Scone 4.50; Avocado Toast 12.95; Drip Coffee (L) 3.65; Cold Brew 5.25; Almond "
        "Croissant 5.50",
        rng.randint(2, 4),
        qmax=2,
    )
    sub = sum((a for *_, a in items), Decimal(0))
    hst = q2(sub * Decimal("0.13"))
    tip = q2((sub + hst) * Decimal(rng.choice(["0.15", "0.18", "0.20"])))
    total = sub + hst + tip
    css = (
        "body{margin:0;background:#fff;font:15px/1.45 'Noto Sans',sans-serif;color:#1a1a1a}"
        ".nav{display:flex;justify-content:space-between;padding:4px 16px 10px;color:#0a7aff;font-size:16px}"
        ".from{padding:6px 16px 12px;border-bottom:1px solid #e5e5ea;font-size:13px;color:#666}"
        ".from b{color:#111;font-size:15px} .mail{padding:18px 26px} .logo{width:64px;height:64px;"
        "border-radius:50%;background:#3b2a20;margin:8px auto 10px} .shop{text-align:center;font:700 19px "
        "sans-serif}"
        ".amt{text-align:center;font:300 40px sans-serif;margin:10px 0 18px} .lr{padding:4px 0;"
        "font-size:14px}"
        ".mut{color:#777;font-size:13px} .sep{border-top:1px solid #e6e6e6;margin:10px 0}"
        ".b{font-weight:700} .c{text-align:center}"
    )
    h = Html(css, "en-CA", "Receipt")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(2, 50))), rng.randint(20, 95))
    h.raw('<div class="nav"><span>‹ Inbox</span><span>⌃ ⌄</span></div><div class="from">')
    h.el("Maple & Ember Coffee", "", "b")
    h.el("To: me · receipts@messaging.squareup.com")
    h.el(f"Receipt from Maple & Ember Coffee · {t:%b} {t.day}, {t.year}")
    h.raw('</div><div class="mail"><div class="logo"></div>')
    h.el(k.company("Maple & Ember Coffee"), "shop")
    h.el(f"${money(total)}", "amt")
    for name, q, _unit, a in items:
        h.lr(f"{name}" + (f" × {q}" if q > 1 else ""), f"${money(a)}")
    h.raw('<div class="sep"></div>')
    h.lr("Subtotal", f"${money(sub)}")
    h.lr("HST (13%)", f"${money(hst)}")
    h.lr("Tip", f"${money(tip)}")
    h.lr("Total", f"${k.total(total)}", "b")
    h.raw('<div class="sep"></div>')
    h.lr(
        f"{rng.choice(['Visa', 'Mastercard', 'Interac'])} {rng.randint(1000, 9999)} (Tap)", f"${money(total)}"
    )
    h.el(f"{k.date(t, '%b %-d %Y')} at {ampm(t)}", "mut")
    h.el(f"#{ref(rng, 'A9AA')}", "mut")
    h.raw('<div class="sep"></div>')
    h.el("All amounts in CAD", "mut c")
    h.el("Maple & Ember Coffee", "c b")
    for line in k.address("1084 Queen St W", "Toronto, ON M6J 1H8"):
        h.el(line, "mut c")
    h.el("(416) 555-0147 · mapleandember.ca", "mut c")
    h.el(f"HST # {rng.randint(700000000, 799999999)} RT0001", "mut c")
    h.el("Powered by Square · © 2025 Block, Inc.", "mut c")
    h.raw("</div>")
    out = chrome_shot(h, 393, 3)
    what = (
        "Square-style e-mail in a mail app (screenshot): big amount, HST 13 %, tip, Total, address at bottom"
    )
    return case("er17_ca_coffee_square", "CA", "en", "Canadian coffee shop Square receipt", what, k, out)


def er18_jp_appstore(rng: random.Random) -> ERCase:
    k = VKey("JPY", "¥")
    t = when(rng, 2025, 7, 23)
    buys = [("パズル王国 – ジェム 1,200個", "アプリ内課金", Decimal(rng.choice([1500, 1200, 980])))]
    if rng.random() < 0.7:
        buys.append(("ミュージックプラス 個人（月額）", "サブスクリプション", Decimal(1080)))
    buys.append((rng.choice(["写真編集プロ", "ことば手帳"]), "App", Decimal(rng.choice([370, 610, 800]))))
    total = sum((p for *_, p in buys), Decimal(0))
    tax = (total * 10 / 110).quantize(Decimal(1))
    css = (
        "body{margin:0;background:#f2f2f7;font:14px/1.5 'Noto Sans CJK JP',sans-serif;color:#1c1c1e}"
        ".hd{padding:8px 18px 4px;font:700 26px 'Noto Sans CJK JP'} .logo{font:700 15px sans-serif;"
        "color:#5856d6;"
        "padding:0 18px} .box{background:#fff;margin:12px 14px;border-radius:12px;padding:12px 16px}"
        ".mut{color:#8e8e93;font-size:12px} .lr{padding:4px 0} .b{font-weight:700;font-size:16px}"
        ".it{padding:8px 0;border-bottom:1px solid #eee} .it:last-child{border:0} .ft{padding:10px 20px;"
        "font-size:11px;color:#8e8e93}"
    )
    h = Html(css, "ja", "領収書")
    status_bar(h, hm(t + timedelta(hours=rng.randint(0, 3))), rng.randint(15, 99))
    h.el(k.company("Kumo Store"), "logo")
    h.el("領収書", "hd")
    h.raw('<div class="box">')
    h.lr("ご注文日", k.date(t, "%Y年%-m月%-d日"))
    h.lr("注文番号", ref(rng, "AA9AA9AAAA"))
    h.lr("書類番号", str(rng.randint(100000000000, 199999999999)))
    h.lr("アカウント", rng.choice(["yuki.tanaka", "h.sato", "kenji.m"]) + "@icloud.com")
    h.raw('</div><div class="box">')
    for name, kind, p in buys:
        h.raw('<div class="it">')
        h.lr(name, f"¥{money(p, 'us', 0)}")
        h.el(
            kind if kind != "サブスクリプション" else f"{kind} · {(t + timedelta(days=30)):%Y/%m/%d} に更新",
            "mut",
        )
        h.raw("</div>")
    h.raw('</div><div class="box">')
    h.lr("小計", f"¥{money(total, 'us', 0)}")
    h.lr("（内消費税等 10%）", f"¥{money(tax, 'us', 0)}")
    h.lr("合計", f"¥{k.total(total, 'us', 0)}", "b")
    h.lr("お支払い方法", f"{rng.choice(['Visa', 'JCB', 'Mastercard'])} •••• {rng.randint(1000, 9999)}")
    h.raw('</div><div class="ft">')
    h.el("ご購入に関するお問い合わせは support.kumostore.jp まで。")
    h.el(k.alt("クモ・デジタル合同会社"))
    for line in k.address("〒150-0002", "東京都渋谷区渋谷2-21-1"):
        h.el(line)
    h.el(f"登録番号 T{rng.randint(1000000000000, 9999999999999)}")
    h.raw("</div>")
    out = chrome_shot(h, 375, 2)
    what = "app-store 領収書 screenshot: ご注文日, in-app + subscription, 内消費税, 合同会社 address"
    return case("er18_jp_appstore", "JP", "ja", "Japanese app-store receipt", what, k, out)


CASES = [er16_sg_restaurant, er17_ca_coffee_square, er18_jp_appstore]
