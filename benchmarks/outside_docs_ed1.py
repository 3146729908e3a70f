"""Set ED receipts 1-3: a Norwegian online grocer's order receipt (WeasyPrint: weighed items, pant on
bottles, a member discount, a refunded missing item, delivery and picking fees, MVA 15 % / 25 %, the
customer's delivery address, 'Bestilt' a day or two before the 'Levert' and 'Belastet' date, the AS name
and address at the foot), a Korean coffee chain's mobile receipt in its app (a phone screenshot: the
branch on the name line, 사업자번호, 대표, the store address, a coupon, whole won, 결제금액 and a points
balance) and a Taiwanese convenience store's e-invoice proof in its member app (a phone screenshot:
電子發票證明聯, the ROC invoice period, 隨機碼, 賣方 統編, whole NT$, a stored-value card's balance)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_shot, ref, status_bar, weasy
from outside_common_k import money, q2
from outside_common_r import digits, hm, menu, vat_in, when
from outside_common_v import VKey


def ed01_no_grocery(rng: random.Random) -> ERCase:
    k = VKey("NOK", "kr")
    t = when(rng, 2025, 7, 22)
    paid = t + timedelta(days=rng.randint(1, 2), hours=rng.randint(0, 2))
    food = menu(
        rng,
        "Lettmelk 1,75 l 27.90; Grovbrød Fjellkneip 42.50; Norvegia 26 % 1 kg 129.00; Egg 12 stk frittgående "
        "64.90; Laksefilet 4 stk 119.00; Epler Pink Lady 4 pk 39.90; Havregryn 1 kg 24.90; Kaffe filtermalt "
        "79.90; Bananer ca. 1 kg 24.90; Kyllingfilet 700 g 109.00; Tomater på stilk 34.90; Yoghurt naturell "
        "22.50; Brunost 500 g 89.90",
        rng.randint(6, 9),
        qmax=3,
    )
    drinks = [("Farris naturell 1,5 l", rng.randint(2, 6), Decimal("21.90"), Decimal("3.00"))]
    if rng.random() < 0.7:
        drinks.append(("Cola uten sukker 0,5 l", rng.randint(2, 8), Decimal("24.90"), Decimal("2.00")))
    soap = ("Oppvaskmiddel 500 ml", 1, Decimal("34.90"), Decimal("34.90"))
    food_sum = sum((a for *_, a in food), Decimal(0))
    drink_sum = sum((q * (p + pant) for _, q, p, pant in drinks), Decimal(0))
    member = q2(food_sum * Decimal(rng.choice(["0.05", "0.08"])))
    missing_name, _, _, missing = food[-1]
    delivery = Decimal(rng.choice(["49.00", "69.00", "89.00"]))
    picking = Decimal("29.00")
    total = food_sum + drink_sum + soap[3] - member - missing + delivery + picking
    css = (
        "@page{size:A4;margin:16mm 18mm} body{font:9.5pt/1.45 'DejaVu Sans',sans-serif;color:#21322b}"
        ".top{display:flex;align-items:center;gap:10px} .mark{width:34px;height:34px;border-radius:50%;"
        "background:#1f7a4d} .brand{font:bold 20pt 'DejaVu Sans';color:#1f7a4d} h1{font-size:13pt;"
        "margin:14px 0 4px}"
        ".grid{display:flex;gap:30px;margin:8px 0} .grid>div{flex:1} .s{font-size:8pt;color:#5b6b63}"
        "table{width:100%;border-collapse:collapse;margin-top:8px} td,th{padding:3px 2px;text-align:left}"
        "th{border-bottom:1.5px solid #1f7a4d;font-size:8.5pt} td{border-bottom:1px solid #e6ece9}"
        ".sum{margin-left:45%} .lr{padding:2px 0} .tot{font-weight:bold;font-size:12pt;border-top:2px solid "
        "#21322b;"
        "margin-top:4px;padding-top:5px} .foot{margin-top:24px;border-top:1px solid #ccc;padding-top:6px}"
    )
    h = Html(css, "nb", "Kvittering")
    h.raw('<div class="top"><div class="mark"></div>')
    h.el(k.company("Fjordkassen"), "brand")
    h.raw("</div>")
    h.el("Kvittering for din bestilling", "", "h1")
    h.raw('<div class="grid"><div>')
    h.lr("Ordrenummer", f"FK-{rng.randint(10000000, 99999999)}")
    h.lr("Bestilt", f"{t:%d.%m.%Y} kl. {hm(t)}")
    h.lr("Levert", f"{paid:%d.%m.%Y} kl. {paid.hour:02d}:00-{paid.hour + 1:02d}:00")
    h.lr("Belastet", k.date(paid, "%-d. %B %Y", "no"))
    h.raw("</div><div>")
    h.el("Leveringsadresse", "s")
    who = rng.choice(
        [
            ("Ingrid Solberg", "Thereses gate 41", "0354 Oslo"),
            ("Kristian Haugen", "Kirkeveien 112 B", "0361 Oslo"),
            ("Amira Nilsen", "Tåsenveien 9", "0873 Oslo"),
        ]
    )
    for line in who:
        h.el(line)
    h.raw("</div></div>")
    rows = [[name, str(q), money(u, "fr"), money(a, "fr")] for name, q, u, a in food]
    for name, q, p, pant in drinks:
        rows.append([name, str(q), money(p, "fr"), money(p * q, "fr")])
        rows.append([f"  Pant {money(pant, 'fr')}", str(q), money(pant, "fr"), money(pant * q, "fr")])
    rows.append([soap[0], "1", money(soap[2], "fr"), money(soap[3], "fr")])
    h.table(rows, "", ["Vare", "Antall>", "Pris>", "Beløp>"])
    h.raw('<div class="sum">')
    h.lr("Sum varer", f"{money(food_sum + drink_sum + soap[3], 'fr')} kr")
    h.lr("Medlemsrabatt", f"-{money(member, 'fr')} kr")
    h.lr(f"Refusjon: {missing_name} (ikke levert)", f"-{money(missing, 'fr')} kr")
    h.lr("Levering", f"{money(delivery, 'fr')} kr")
    h.lr("Plukk- og pakkegebyr", f"{money(picking, 'fr')} kr")
    h.lr("Totalt belastet", f"{k.total(total, 'fr')} kr", "tot")
    h.lr(
        f"Betalt med {rng.choice(['Visa', 'Mastercard'])} **** {rng.randint(1000, 9999)}",
        f"{money(total, 'fr')} kr",
    )
    reduced = food_sum + drink_sum - member - missing
    h.lr("herav MVA 15 %", f"{money(vat_in(reduced, Decimal(15))[1], 'fr')} kr", "s")
    full = soap[3] + delivery + picking
    h.lr("herav MVA 25 %", f"{money(vat_in(full, Decimal(25))[1], 'fr')} kr", "s")
    h.raw("</div>")
    h.el(
        "Pant refunderes når du leverer flaskene til sjåføren ved neste levering. Reklamasjon innen 48 "
        "timer i "
        "appen.",
        "s",
    )
    h.raw('<div class="foot s">')
    h.el(k.alt("Fjordkassen AS"), "s")
    for line in k.address("Sandakerveien 24 C", "0473 Oslo"):
        h.el(line, "s")
    h.el(
        f"Org.nr. {rng.randint(912, 931)} {digits(rng, 3)} {digits(rng, 3)} MVA · "
        "kundeservice@fjordkassen.no",
        "s",
    )
    h.raw("</div>")
    out = weasy(h)
    what = (
        "grocery order receipt: pant, member discount, refunded item, fees, Bestilt vs Belastet, AS at foot"
    )
    return case("ed01_no_grocery", "NO", "no", "Norwegian online grocery order receipt", what, k, out)


def ed02_kr_coffee(rng: random.Random) -> ERCase:
    k = VKey("KRW", "원")
    t = when(rng, 2025, 7, 21)
    items = menu(
        rng,
        "아이스 아메리카노 4500; 카페라떼 5000; 바닐라빈 라떼 5800; 콜드브루 5300; 자몽 허니 블랙티 5700; "
        "말차 라떼 6100; 크로플 4300; 티라미수 케이크 6900; 햄 치즈 샌드위치 6500",
        rng.randint(2, 4),
        qmax=2,
    )
    sizeup = Decimal(500) * rng.randint(0, 2)
    sub = sum((a for *_, a in items), Decimal(0)) + sizeup
    coupon = Decimal(rng.choice([0, 1000, 2000]))
    total = sub - coupon
    vat = (total / 11).quantize(Decimal(1))
    css = (
        "body{margin:0;background:#f4f1ec;font:14px/1.5 'Noto Sans CJK KR',sans-serif;color:#2b2118}"
        ".bar{display:flex;align-items:center;padding:6px 16px;font-weight:700;font-size:17px}"
        ".card{background:#fff;margin:10px 12px;border-radius:14px;padding:14px 16px;"
        "box-shadow:0 1px 3px rgba(0,0,0,.08)} .shop{font-size:18px;font-weight:700}"
        ".m{color:#8a7f74;font-size:12px} .lr{padding:3px 0} .hr{border-top:1px dashed #cbbfb2;margin:8px 0}"
        ".b{font-weight:700;font-size:17px;color:#00704a} .pt{background:#eaf5ef;border-radius:10px;"
        "padding:8px 12px;margin-top:8px;font-size:13px}"
    )
    h = Html(css, "ko", "모바일 영수증")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(2, 40))), rng.randint(18, 97))
    h.raw('<div class="bar"><span style="margin-right:12px">&#8592;</span>')
    h.el("모바일 영수증", "")
    h.raw('</div><div class="card">')
    branch = rng.choice(["역삼점", "성수역점", "판교테크노밸리점", "서면점"])
    h.el(k.company(f"하루빈커피 {branch}"), "shop")
    h.el(k.alt("(주)하루빈에프앤비"), "m")
    h.el(
        f"대표 {rng.choice(['김서연', '이도현', '박지훈'])} · "
        f"사업자번호 {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}",
        "m",
    )
    place = {
        "역삼점": ("서울특별시 강남구 테헤란로 152", "강남파이낸스센터 1층"),
        "성수역점": ("서울특별시 성동구 아차산로 110", "1층 101호"),
        "판교테크노밸리점": ("경기도 성남시 분당구 판교역로 235", "에이치스퀘어 N동 1층"),
        "서면점": ("부산광역시 부산진구 중앙대로 692", "삼보빌딩 1층"),
    }[branch]
    for line in k.address(*place):
        h.el(line, "m")
    h.el(f"TEL 0{rng.choice([2, 31, 51])}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}", "m")
    h.raw('<div class="hr"></div>')
    h.lr("주문일시", f"{k.date(t, '%Y-%m-%d')} {hm(t, True)}")
    h.lr("주문번호", f"A-{rng.randint(100, 999)} (앱 주문)")
    h.raw('<div class="hr"></div>')
    for name, q, _, a in items:
        h.lr(f"{name} x{q}", f"{money(a, 'us', 0)}원")
    if sizeup:
        h.lr(f"사이즈 업 x{sizeup // 500}", f"{money(sizeup, 'us', 0)}원")
    h.raw('<div class="hr"></div>')
    h.lr("주문금액", f"{money(sub, 'us', 0)}원")
    if coupon:
        h.lr("쿠폰 할인 (생일 쿠폰)", f"-{money(coupon, 'us', 0)}원")
    h.lr("과세물품가액", f"{money(total - vat, 'us', 0)}원", "m")
    h.lr("부가세", f"{money(vat, 'us', 0)}원", "m")
    h.lr("결제금액", f"{k.total(total, 'us', 0)}원", "b")
    h.lr(
        f"{rng.choice(['신한카드', '현대카드', '국민카드'])} (일시불)",
        f"{digits(rng, 4)}-****-****-{digits(rng, 4)}",
        "m",
    )
    h.lr("승인번호", digits(rng, 8), "m")
    h.raw('<div class="pt">')
    stamps = rng.randint(1, 11)
    h.lr("적립 스탬프", f"+{len(items)}개 (누적 {stamps}개)")
    h.lr("잔여 포인트", f"{money(Decimal(rng.randint(0, 90) * 50), 'us', 0)}P")
    h.raw("</div></div>")
    out = chrome_shot(h, 360, 3, 780)
    what = (
        "coffee app mobile receipt screenshot: branch name line, 사업자번호, address, coupon, 결제금액 in won"
    )
    return case("ed02_kr_coffee", "KR", "ko", "Korean coffee chain app receipt", what, k, out)


def ed03_tw_convenience(rng: random.Random) -> ERCase:
    k = VKey("TWD", "NT$")
    t = when(rng, 2025, 7, 23)
    items = menu(
        rng,
        "御飯糰 鮪魚 35; 茶葉蛋 13; 國民便當 79; 鮮乳坊 全脂鮮乳 65; 無糖綠茶 600ml 25; 大杯美式咖啡 50; "
        "經典拿鐵 65; 蘇打餅乾 39; 衛生紙 隨手包 29; 關東煮 組合 58; 冰淇淋 雙色 45; 三明治 火腿起司 42",
        rng.randint(3, 6),
        qmax=2,
    )
    sub = sum((a for *_, a in items), Decimal(0))
    promo = Decimal(rng.choice([0, 10, 15, 20]))
    total = sub - promo
    roc = t.year - 1911
    period = f"{roc}年{(t.month - 1) // 2 * 2 + 1:02d}-{(t.month - 1) // 2 * 2 + 2:02d}月"
    css = (
        "body{margin:0;background:#eef3f7;font:14px/1.5 'Noto Sans CJK TC',sans-serif;color:#1d2730}"
        ".app{background:#e4007f;color:#fff;padding:10px 16px;font-weight:700;font-size:17px}"
        ".inv{background:#fff;margin:12px 24px;padding:14px 18px;text-align:center;border-radius:4px;"
        "box-shadow:0 1px 4px rgba(0,0,0,.12)} .shop{font-size:19px;font-weight:700}"
        ".t{font-size:17px;font-weight:700;margin:4px 0} .no{font:700 22px 'DejaVu Sans Mono',monospace}"
        ".m{color:#6a7580;font-size:12.5px} .lr{padding:2px 0;text-align:left}"
        ".bc{height:34px;margin:8px 0;background:repeating-linear-gradient(90deg,#111 0 2px,#fff 2px 4px,"
        "#111 4px 5px,#fff 5px 8px)} .qr{display:flex;justify-content:space-around;margin:6px 0}"
        ".qr div{width:86px;height:86px;background:repeating-conic-gradient(#111 0 25%,#fff 0 50%) 0 0/12px "
        "12px}"
        ".det{background:#fff;margin:0 24px 12px;padding:10px 18px;border-radius:4px} .b{font-weight:700}"
    )
    h = Html(css, "zh-TW", "電子發票")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(1, 30))), rng.randint(20, 99))
    h.el("會員中心 ‧ 我的發票", "app")
    h.raw('<div class="inv">')
    branch = rng.choice(["信義松仁門市", "台中文心門市", "高雄美術館門市"])
    h.el(k.company(f"日安超商 {branch}"), "shop")
    h.el("電子發票證明聯", "t")
    h.el(period, "t")
    h.el(f"{ref(rng, 'AA')}-{digits(rng, 8)}", "no")
    h.lr(f"{k.date(t, '%Y-%m-%d')} {hm(t, True)}", "格式 25")
    h.lr(f"隨機碼 {digits(rng, 4)}", f"總計 {money(total, 'us', 0)}")
    seller = f"{rng.randint(2, 9)}{digits(rng, 7)}"
    h.lr(f"賣方 {seller}", "")
    h.raw('<div class="bc"></div><div class="qr"><div></div><div></div></div>')
    h.el(k.alt("日安零售股份有限公司"), "m")
    place = {
        "信義松仁門市": ("台北市信義區松仁路100號1樓",),
        "台中文心門市": ("台中市南屯區文心路一段218號",),
        "高雄美術館門市": ("高雄市鼓山區美術東二路56號",),
    }[branch]
    for line in k.address(*place):
        h.el(line, "m")
    h.raw('</div><div class="det">')
    h.el("交易明細", "b")
    for name, q, u, a in items:
        h.lr(f"{name} {money(u, 'us', 0)} x{q}", f"{money(a, 'us', 0)}TX")
    if promo:
        h.lr("第二件6折 折扣", f"-{money(promo, 'us', 0)}TX")
    h.lr("合計", f"NT${k.total(total, 'us', 0)}", "b")
    h.lr("應稅銷售額", f"{money(total, 'us', 0)}", "m")
    h.lr("電子票證 付款", f"{money(total, 'us', 0)}")
    h.lr("卡片餘額", f"{money(Decimal(rng.randint(40, 900)), 'us', 0)}", "m")
    h.lr("載具", f"/{ref(rng, 'AA9A9AA')}", "m")
    h.raw("</div>")
    out = chrome_shot(h, 393, 3)
    what = (
        "convenience-store e-invoice proof in app (screenshot): ROC period, 隨機碼, 賣方, NT$, card balance"
    )
    return case("ed03_tw_convenience", "TW", "zh", "Taiwanese convenience store e-receipt", what, k, out)


CASES = [ed01_no_grocery, ed02_kr_coffee, ed03_tw_convenience]
