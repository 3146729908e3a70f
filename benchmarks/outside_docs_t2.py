"""Set T receipts 4-6: a Saigon café bill in Vietnamese (dong written 45.000, "VNĐ"), a Hong Kong taxi
meter's dot-matrix receipt (HK$, tunnel toll and luggage) and a Taipei electronics shop's receipt in English
(NT$ without cents, year-first date), folded and scanned upside down."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TKey, TRoll, tendered, whole


def t04_vn_cafe(rng: random.Random) -> TCase:
    k = TKey("VND", "VNĐ")
    t = when(rng, 2025, 7, 22)
    r = TRoll(80, 44, "sans", prop=True, pitch=1.45)
    items = menu(
        rng,
        "Cà phê sữa đá 35000; Cà phê đen đá 29000; Bạc xỉu 39000; Trà đào cam sả 49000; "
        "Cà phê muối 45000; Sinh tố bơ 55000; Nước ép cam 45000; Bánh mì chả lụa 30000; "
        "Bánh flan 25000; Croissant bơ 35000; Trà sen vàng 49000",
        rng.randint(3, 5),
        qmax=3,
    )
    r.big(k.company("MỘC LAN COFFEE"), face="serif-b", height=5.5)
    r.block(k.address("45 Nguyễn Huệ, P. Bến Nghé, Quận 1", "TP. Hồ Chí Minh"), "c", scale=0.95)
    r.center(f"ĐT: 028 38{digits(rng, 2)} {digits(rng, 4)}", scale=0.95)
    r.feed(0.5)
    r.center("HÓA ĐƠN THANH TOÁN", face="sans-b", scale=1.1)
    r.lr(f"Số HĐ: {digits(rng, 6)}", f"Bàn: {rng.randint(1, 30)}")
    r.lr(f"Ngày: {k.date(t, '%d/%m/%Y')}", f"Giờ vào: {hm(t)}")
    r.lr(f"Thu ngân: {rng.choice(['Lan', 'Tuấn', 'Hương'])}", f"Giờ ra: {hm(t + timedelta(minutes=48))}")
    r.rule()
    r.lr("Tên món   SL   Đơn giá", "Thành tiền", face="sans-b")
    for name, qty, unit, amt in items:
        r.lr(f"{name}   {qty}   {money(unit, 'eu', 0)}", money(amt, "eu", 0))
    r.rule()
    total = sum((a for *_, a in items), Decimal(0))
    disc = whole(total * Decimal("0.1"), 1000) if rng.random() < 0.35 else Decimal(0)
    paid = total - disc
    r.lr("Tổng tiền hàng:", money(total, "eu", 0))
    if disc:
        r.lr("Giảm giá (10%):", money(disc, "eu", 0))
    r.lr("Tổng thanh toán:", f"{k.total(paid, 'eu', 0)} VNĐ", face="sans-b", scale=1.15)
    cash = tendered(rng, paid, (50000, 100000, 200000, 500000))
    r.lr("Tiền khách đưa:", money(cash, "eu", 0))
    r.lr("Tiền thối lại:", money(cash - paid, "eu", 0))
    r.center("(Giá đã bao gồm thuế GTGT)", scale=0.9)
    r.rule()
    r.center("Cảm ơn quý khách! Hẹn gặp lại!")
    r.center(f"Wifi: moclan{digits(rng, 4)}", scale=0.9)
    spec = {
        "paper": ["crumple"],
        "crumple": 0.14,
        "place": "table",
        "table": "white",
        "angle": rng.uniform(-6, 6),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 76,
        "long": 2200,
    }
    case = (
        "tablet-POS bill in Vietnamese, serif logo name, dong 35.000 without cents, discount; crumpled photo"
    )
    return TCase("t04_vn_cafe", "VN", "vi", "Vietnamese café", case, r.image(cut="torn"), r.lines, k, spec)


def t05_hk_taxi(rng: random.Random) -> TCase:
    k = TKey("HKD", "HK$")
    t = when(rng, 2024, 6, 23)
    r = TRoll(58, 24, "nmono-b", dots=3, thermal=False, ink=(60, 40, 90), paper=(246, 244, 236), pitch=1.55)
    km = Decimal(rng.randint(30, 180)) / 10
    fare = q2(Decimal("29.00") + max(Decimal(0), (km - 2) * 5 * Decimal("2.10")).quantize(Decimal("0.1")))
    toll = Decimal(rng.choice(["0", "8.00", "25.00", "20.00"]))
    bags = rng.randint(0, 2)
    total = fare + toll + Decimal(6) * bags
    end = t + timedelta(minutes=rng.randint(10, 40))
    k.company("GOLDEN BAUHINIA TAXI CO. LTD.")
    r.center("GOLDEN BAUHINIA TAXI")
    r.center("CO. LTD.")
    r.block(k.address("G/F, 18 CANAL ROAD EAST", "CAUSEWAY BAY, HK"), "c")
    r.center(f"HOTLINE {digits(rng, 4)} {digits(rng, 4)}")
    r.rule("-")
    r.center("TAXI RECEIPT")
    r.lr("TAXI NO", f"{rng.choice(['RX', 'UV', 'TH', 'NL'])}{rng.randint(1000, 9999)}")
    r.lr("DATE", k.date(t, "%d/%m/%Y"))
    r.lr("ON", hm(t))
    r.lr("OFF", hm(end))
    r.lr("KM", f"{km}")
    r.lr("WAIT MIN", str(rng.randint(0, 6)))
    r.rule("-")
    r.lr("FARE", f"HK${fare}")
    r.lr("TUNNEL", f"HK${toll:.2f}")
    if bags:
        r.lr(f"LUGGAGE x{bags}", f"HK${Decimal(6 * bags):.2f}")
    r.lr("TOTAL", f"HK${k.total(total)}")
    r.rule("-")
    r.text("PAID: " + rng.choice(["CASH", "OCTOPUS", "CASH"]))
    r.center("THANK YOU")
    r.center("COMPLAINTS 2889 9999")
    spec = {
        "place": "glass",
        "lid": (228, 228, 224),
        "margin": (10, 8),
        "angle": rng.uniform(-2.5, 2.5),
        "kind": "scan",
        "dpi": 300,
        "fmt": "png",
    }
    case = (
        "58 mm dot-matrix meter receipt, operator name over two lines, HK$ amounts, tunnel toll and luggage"
    )
    return TCase(
        "t05_hk_taxi", "HK", "en", "Hong Kong taxi meter receipt", case, r.image(cut="torn"), r.lines, k, spec
    )


def t06_tw_electronics(rng: random.Random) -> TCase:
    k = TKey("TWD", "NT$")
    t = when(rng, 2025, 11, 22)
    r = TRoll(80, 42, "lmono", pitch=1.35)
    items = menu(
        rng,
        "USB-C CABLE 1M 390; POWER BANK 10000MAH 990; WIRELESS EARBUDS 2490; SD CARD 128GB 690; "
        "HDMI CABLE 2M 450; WIRELESS MOUSE 790; BT SPEAKER MINI 1290; SCREEN PROTECTOR 490; "
        "PHONE CASE CLEAR 590; GAN CHARGER 65W 1490; KEYBOARD BT 1690",
        rng.randint(2, 4),
        qmax=2,
    )
    r.text(k.company("TAIPEI DIGITAL PLAZA"), face="lmono-b", hy=2.0, wx=1.3)
    r.text(k.alt("Guanghua Digital Trading Co., Ltd."))
    r.block(k.address("No. 8, Sec. 3, Civic Blvd.", "Zhongzheng Dist., Taipei City 100"))
    r.text(f"Seller GUI No.: {digits(rng, 8)}   Tel: 02-23{digits(rng, 6)}")
    r.rule("=")
    r.center("TRANSACTION DETAILS / RECEIPT", face="lmono-b")
    r.text(f"Invoice No.: {rng.choice(['AB', 'KQ', 'ZX', 'MT'])}-{digits(rng, 8)}")
    r.text(f"{k.date(t, '%Y/%m/%d')} {hm(t, True)}   POS 0{rng.randint(1, 6)}")
    r.text(f"Sales: {rng.choice(['Chen Y.', 'Lin W.', 'Huang P.'])}")
    r.rule("-")
    cols(r, ["Item", "Qty", "Price", "Amount"], [20, -5, -8, -9])
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 19), str(qty), money(unit, "us", 0), money(amt, "us", 0)], [20, -5, -8, -9])
    total = sum((a for *_, a in items), Decimal(0))
    disc = Decimal(rng.choice([0, 100, 200])) if total > 1500 else Decimal(0)
    paid = total - disc
    r.rule("-")
    r.lr("Subtotal", money(total, "us", 0))
    if disc:
        r.lr("Member discount", f"-{money(disc, 'us', 0)}")
    r.lr("TOTAL NT$", k.total(paid, "us", 0), face="lmono-b", hy=1.6)
    tax = vat_in(paid, Decimal(5))[1].quantize(Decimal(1))
    r.lr("(Business tax 5% incl.)", money(tax, "us", 0))
    r.lr("Credit card", money(paid, "us", 0))
    r.lr("Card No.", f"4{digits(rng, 3)}-****-****-{digits(rng, 4)}")
    r.rule("-")
    r.text("Returns within 7 days with invoice.")
    r.text(f"Carrier: /{rng.choice('ABCDEFGH')}{digits(rng, 2)}.{rng.choice('KLMN')}Q+X")
    r.center("Thank you / Xie xie")
    spec = {
        "paper": ["fold"],
        "folds": 2,
        "crumple": 0.1,
        "place": "glass",
        "lid": (240, 240, 236),
        "margin": (12, 12),
        "angle": rng.uniform(-1, 1),
        "kind": "scan",
        "colour": True,
        "dpi": 200,
        "fmt": "jpg",
        "quality": 80,
        "rotate": 180,
    }
    case = "name left, legal name under it, year-first date, NT$ without cents, discount; folded, upside down"
    return TCase(
        "t06_tw_electronics", "TW", "en", "Taiwanese electronics shop", case, r.image(), r.lines, k, spec
    )


CASES = [t04_vn_cafe, t05_hk_taxi, t06_tw_electronics]
