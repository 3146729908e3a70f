"""Set X receipts 7-9: a Baku supermarket's e-kassa satış çeki (MMC in quotes, VÖEN, ƏDV 18 %, fiscal ID,
AZN; photographed turned 90 degrees), a Tashkent kiosk's online-KKM chek in Uzbek Latin (STIR, QQS 12 %
included, so'm as 45 000.00, fiskal belgi) and a Tbilisi bookshop's slip in English (LLC, ID code, VAT 18 %
included, GEL)."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan, stir_uz, voen_az


def x07_az_supermarket(rng: random.Random) -> TCase:
    k = VKey("AZN", "AZN")
    t = when(rng, 2025, 8, 23)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Çörək Zavod 0.60; Süd 3.2% 1L 2.15; Yumurta 10 əd 2.90; Pendir Şirvan 400q 6.45; "
        "Kərə yağı 200q 3.80; Düyü Basmati 1kq 4.70; Çay Azerçay 250q 3.95; "
        "Pomidor kq 2.40; Xiyar kq 1.90; Qatıq 500q 1.35; "
        "Sirab 1.5L 0.85; Şəkər 1kq 1.75",
        rng.randint(4, 7),
        qmax=3,
    )
    r.center(k.company("SƏBƏT MARKET"), face="dmono-b", wx=1.4, hy=2.0)
    r.center(k.alt('"Səbət Ticarət" MMC'))
    r.block(k.address("Nizami küç. 87", "Bakı şəhəri, AZ1010"), "c")
    r.center(f"VÖEN: {voen_az(rng)}")
    r.rule("-")
    r.center("SATIŞ ÇEKİ", face="dmono-b")
    r.lr(f"Çek № {rng.randint(100, 9999)}", f"Kassir: {rng.choice(['Aysel', 'Rəşad', 'Nigar'])}")
    r.text(f"Tarix: {k.date(t, '%d.%m.%Y')} {hm(t, True)}")
    r.rule("-")
    cols(r, ["Mal", "Say", "Qiymət", "Məbləğ"], [20, -5, -8, -9])
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 19), str(qty), money(unit), money(amt)], [20, -5, -8, -9])
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("-")
    r.lr("CƏMİ", f"{k.total(total)} AZN", face="dmono-b", hy=1.8)
    cash = rng.random() < 0.5
    paid = tendered(rng, total, (1, 5, 10, 20, 50)) if cash else total
    r.lr("Nağd" if cash else "Nağdsız", money(paid))
    if cash:
        r.lr("Qalıq", money(paid - total))
    r.lr("ƏDV 18%", money(vat_in(total, Decimal(18))[1]))
    r.lr("ƏDV-dən azad", "0.00")
    r.rule("-")
    r.text(f"NKA modeli: NBA-{digits(rng, 4)}")
    r.text(f"NKA-nın zavod nömrəsi: {digits(rng, 10)}")
    r.text(f"Fiskal ID: {uuid.UUID(int=rng.getrandbits(128)).hex[:12].upper()}")
    r.qr(rng, 20)
    r.center("Bizi seçdiyiniz üçün təşəkkür edirik!")
    spec = photo(rng, "grey", 3, quality=82, long=2600, rotate=90)
    case = "brand over \"...\" MMC legal name, VÖEN, columns, 'CƏMİ 12.45 AZN', ƏDV 18 %; photo turned 90"
    return TCase(
        "x07_az_supermarket", "AZ", "az", "Azerbaijani supermarket", case, r.image(), r.lines, k, spec
    )


def x08_uz_kiosk(rng: random.Random) -> TCase:
    k = VKey("UZS", "so'm")
    t = when(rng, 2025, 7, 23)
    r = TRoll(58, 32, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Non 4000; Coca-Cola 1L 12000; Suv Hydrolife 1.5L 5000; Choy Ahmad 100g 22000; Sigaret Kent 24000; "
        "Shokolad Alpen Gold 14000; Sharbat Bliss 1L 15000; Saqich Orbit 6000; Pechene Yubileynoe 9000; "
        "Qurt 5000; Semechka 8000",
        rng.randint(2, 5),
        qmax=2,
    )
    r.center(k.company("NAVRO'Z SAVDO"), face="dmono-b", hy=2.0)
    r.center(k.alt('"NAVRO\'Z SAVDO" MCHJ'))
    r.block(k.address("Amir Temur ko'chasi 41", "Toshkent sh."), "c")
    r.center(f"STIR: {stir_uz(rng)}")
    r.rule("-")
    r.text(f"Chek № {rng.randint(1000, 99999)}")
    r.text(f"Sana: {k.date(t, '%d.%m.%Y')} {hm(t, True)}")
    r.text(f"Kassir: {rng.choice(['Dilnoza', 'Jasur', 'Malika'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 32))
        r.lr(f" {qty} x {money(unit, 'sp')}", money(amt, "sp"))
        r.text(f" MXIK: 0{digits(rng, 16)}")
    total = sum((a for *_, a in items), Decimal(0))
    r.rule("=")
    r.lr("Jami to'lov:", k.total(total, "sp"), face="dmono-b", hy=1.6)
    r.lr("shu jumladan QQS 12%:", money(vat_in(total, Decimal(12))[1], "sp"))
    r.lr("Naqd" if rng.random() < 0.5 else "Humo/Uzcard", money(total, "sp"))
    r.text("Valyuta: so'm")
    r.rule("-")
    r.text(f"FM raqami: UZ{digits(rng, 12)}")
    r.text(f"Fiskal belgi: {digits(rng, 12)}")
    r.qr(rng, 18)
    r.center("Xaridingiz uchun rahmat!")
    spec = scan(rng, 200, "jpg", paper=["grey"], lid=(232, 232, 228), quality=76)
    case = (
        "58 mm online-KKM chek, MCHJ legal name, STIR, MXIK codes, 'Jami to'lov: 45 000.00', QQS 12 %; grey"
    )
    return TCase("x08_uz_kiosk", "UZ", "uz", "Uzbek kiosk", case, r.image(), r.lines, k, spec)


def x09_ge_bookshop(rng: random.Random) -> TCase:
    k = VKey("GEL", "GEL")
    t = when(rng, 2025, 10, 21)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "The Knight in the Panther's Skin 34.90; Georgian Cookbook 45.00; Tbilisi City Guide 28.50; "
        "Data Tutashkhia (EN) 39.00; Notebook A5 Lined 12.00; Postcards Set of 10 15.00; "
        "Georgian Alphabet Poster 18.00; Wine Regions Map 22.00; Bookmark Leather 9.50; "
        "Children's Atlas 31.00",
        rng.randint(2, 4),
    )
    r.center(k.company("LITERA BOOKS"), face="lmono-b", wx=1.5, hy=2.0)
    r.center(k.alt("Litera LLC"))
    r.block(k.address("14 Shota Rustaveli Ave", "Tbilisi 0108, Georgia"), "c")
    r.center(f"ID code: 40{digits(rng, 7)}")
    r.center(f"Tel: +995 32 2{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}")
    r.rule("-")
    r.lr(f"Receipt #{digits(rng, 6)}", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.text(f"Cashier: {rng.choice(['Nino', 'Giorgi', 'Tamar'])}")
    r.rule("-")
    for name, _qty, _unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  ISBN 978{digits(rng, 10)}", money(amt))
    sub = sum((a for *_, a in items), Decimal(0))
    disc = q2(sub / 10) if rng.random() < 0.5 else Decimal(0)
    if disc:
        r.lr("Student discount 10%", f"-{money(disc)}")
    total = sub - disc
    r.rule("-")
    r.lr("TOTAL GEL", k.total(total), face="lmono-b", hy=1.8)
    r.lr(rng.choice(["TBC Bank card", "Bank of Georgia card"]), money(total))
    r.lr("incl. VAT 18%", money(vat_in(total, Decimal(18))[1]))
    r.rule("-")
    r.text(f"Cash register {digits(rng, 8)}  Z {rng.randint(100, 999)}")
    r.center("Books are exchanged within 14 days")
    r.center("Thank you - Gmadlobt!")
    spec = scan(rng, 300, "jpg", colour=True, lid=(216, 216, 212), quality=84)
    case = "English slip, LLC legal name, ID code, ISBN lines, student discount, VAT 18 % included, GEL"
    return TCase("x09_ge_bookshop", "GE", "en", "Georgian bookshop", case, r.image(), r.lines, k, spec)


CASES = [x07_az_supermarket, x08_uz_kiosk, x09_ge_bookshop]
