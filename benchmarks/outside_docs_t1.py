"""Set T receipts 1-3: a Jakarta minimarket's 58 mm struk (rupiah in thousands, PPN included, NPWP), a
Quezon City drugstore's sales invoice (VAT-exempt senior-citizen discount, month-first date) and a
Bangkok-area fuel station's abbreviated tax invoice in English."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TKey, TRoll, npwp, ph_tin, tendered


def t01_id_minimarket(rng: random.Random) -> TCase:
    k = TKey("IDR", "Rp")
    t = when(rng, 2025, 7, 23)
    r = TRoll(58, 32, "dmono", pitch=1.3)
    items = menu(
        rng,
        "INDOMIE GRG SPESIAL 3100; AQUA BTL 600ML 3500; TEH BOTOL SOSRO 4500; ROTI SARI COKLAT 5500; "
        "CHITATO SAPI BBQ 68G 11900; SUSU ULTRA COKLAT 250 6900; KOPI KAPAL API SPC 1500; "
        "TISU PASEO 250S 14900; SABUN LIFEBUOY 75G 4200; PASTA GIGI PEPSODENT 12500; GULA PASIR 1KG 17900; "
        "BERAS SETRA RAMOS 5KG 74900; TELUR AYAM 10BTR 28500; MINYAK GORENG 2L 36900",
        rng.randint(4, 7),
        qmax=4,
    )
    r.center(k.company("SAHABATMART"), face="dmono-b", hy=2.0)
    r.center(k.alt("PT SUMBER SAHABAT RITELINDO"))
    r.center(f"NPWP: {npwp(rng)}")
    r.block(k.address("JL. KEBAYORAN LAMA NO. 17", "JAKARTA SELATAN"), "c")
    r.feed(0.5)
    shop = f"S{rng.randint(100, 999)}"
    r.text(f"{k.date(t, '%d.%m.%y')}-{hm(t)} {shop}/{digits(rng, 4)}/{rng.choice(['ANI', 'DEDI', 'RINA'])}")
    r.rule("=")
    for name, qty, unit, amt in items:
        r.text(fit(name, 32))
        cols(r, ["", str(qty), money(unit, "eu", 0), money(amt, "eu", 0)], [6, -6, -10, -10])
    total = sum((a for *_, a in items), Decimal(0))
    disc = Decimal(rng.choice([0, 0, 500, 1000, 2000]))
    paid = total - disc
    cash = tendered(rng, paid, (1000, 5000, 10000, 50000, 100000))
    r.rule("-")
    r.lr("HARGA JUAL   :", money(total, "eu", 0))
    if disc:
        r.lr("TOTAL DISC.  :", f"({money(disc, 'eu', 0)})")
    r.lr("TOTAL Rp     :", k.total(paid, "eu", 0), face="dmono-b")
    r.lr("TUNAI        :", money(cash, "eu", 0))
    r.lr("KEMBALIAN    :", money(cash - paid, "eu", 0))
    dpp, ppn = vat_in(paid, Decimal(11))
    r.text(
        f"PPN: DPP={money(dpp.quantize(Decimal(1)), 'eu', 0)} PPN={money(ppn.quantize(Decimal(1)), 'eu', 0)}"
    )
    r.rule("-")
    r.center("TERIMA KASIH, SELAMAT BELANJA")
    r.center("KRITIK & SARAN: 1500-" + digits(rng, 3))
    r.center("SMS/WA 0811-" + digits(rng, 4) + "-" + digits(rng, 4))
    spec = {
        "paper": ["crumple"],
        "crumple": 0.1,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-5, 5),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 80,
        "long": 2400,
    }
    case = (
        "58 mm struk, trading name over the PT legal name, rupiah 12.500 without cents, date 15.03.25-14:22"
    )
    return TCase("t01_id_minimarket", "ID", "id", "Indonesian minimarket", case, r.image(), r.lines, k, spec)


def t02_ph_pharmacy(rng: random.Random) -> TCase:
    k = TKey("PHP", "PHP")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "BIOGESIC 500MG TAB 5.75; NEOZEP FORTE TAB 7.50; AMLODIPINE 5MG TAB 12.00; "
        "LOSARTAN 50MG TAB 18.50; METFORMIN 500MG TAB 6.25; ASCORBIC ACID 500MG 4.50; "
        "LAGUNDI SYRUP 60ML 89.75; ALAXAN FR CAP 9.25; CETIRIZINE 10MG TAB 14.00; SOLMUX 500MG CAP 12.50",
        rng.randint(3, 5),
    )
    items = [(n, q, u, q2(u * q)) for n, _, u, _ in items for q in [rng.choice([4, 10, 20, 30])]]
    r.center(k.company("CARESTONE DRUG"), face="lmono-b", wx=1.6, hy=1.8)
    r.center("Owned & Operated by:")
    r.center(k.alt("MEDIRAMA PHARMA CORPORATION"))
    r.block(k.address("123 Aurora Blvd., Brgy. Kaunlaran,", "Cubao, Quezon City 1111"), "c")
    r.center(f"VAT REG TIN: {ph_tin(rng)}")
    r.center(f"MIN: {digits(rng, 14)}  SN: KC{digits(rng, 7)}")
    r.feed(0.5)
    r.center("SALES INVOICE", face="lmono-b")
    r.text(f"SI No.: {digits(rng, 10)}")
    r.text(f"Date: {k.date(t, '%m/%d/%Y')}  {t:%I:%M:%S %p}")
    r.text(f"Cashier: {rng.choice(['JOY M.', 'ARNEL C.', 'MARICEL D.'])}  Term: 0{rng.randint(1, 4)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(name)
        r.lr(f"  {qty} @ {unit}", f"{money(amt)} V")
    gross = sum((a for *_, a in items), Decimal(0))
    net, vat = vat_in(gross, Decimal(12))
    senior = rng.random() < 0.6
    r.rule("-")
    r.lr(f"{sum(q for _, q, _, _ in items)} Item(s)", "")
    r.lr("Subtotal", money(gross))
    if senior:
        disc = q2(net * Decimal("0.2"))
        paid = net - disc
        r.lr("Less: VAT (12%)", f"-{money(vat)}")
        r.lr("Less: SC Discount 20%", f"-{money(disc)}")
    else:
        paid = gross
    r.lr("TOTAL AMOUNT DUE PHP", k.total(paid), face="lmono-b")
    cash = tendered(rng, paid, (20, 50, 100, 500, 1000))
    r.lr("CASH", money(cash))
    r.lr("CHANGE", money(cash - paid))
    r.rule("-")
    r.lr("VATable Sales", money(Decimal(0) if senior else net))
    r.lr("VAT-Exempt Sales", money(net if senior else Decimal(0)))
    r.lr("Zero-Rated Sales", "0.00")
    r.lr("VAT Amount (12%)", money(Decimal(0) if senior else vat))
    if senior:
        r.text(f"SC/PWD ID No.: {digits(rng, 5)}")
        r.text("Name: ____________________________")
        r.text("Signature: _______________________")
    r.rule("-")
    r.text("POS Provider: RXSOFT SYSTEMS INC.")
    r.text(f"Accred. No.: {digits(rng, 3)}-{digits(rng, 9)}-{digits(rng, 6)}")
    r.text(f"PTU No.: FP{digits(rng, 6)}-{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 5)}")
    r.center("THIS SERVES AS YOUR SALES INVOICE")
    spec = {
        "paper": ["fade"],
        "fade": 0.4,
        "place": "glass",
        "lid": (236, 236, 232),
        "margin": (12, 10),
        "angle": rng.uniform(-1.2, 1.2),
        "kind": "scan",
        "dpi": 200,
        "fmt": "png",
    }
    case = "trading name, 'Owned & Operated by' legal name; MM/DD/YYYY; senior-citizen VAT-exempt discount"
    return TCase("t02_ph_pharmacy", "PH", "en", "Philippine drugstore", case, r.image(), r.lines, k, spec)


def t03_th_fuel(rng: random.Random) -> TCase:
    k = TKey("THB", "THB")
    t = when(rng, 2024, 6, 23)
    r = TRoll(80, 40, "dmono", pitch=1.35)
    fuel, price = rng.choice([("GASOHOL 95", "36.45"), ("GASOHOL 91", "36.08"), ("DIESEL B7", "32.94")])
    amount = Decimal(rng.choice([300, 500, 700, 1000, 1200]))
    litres = (amount / Decimal(price)).quantize(Decimal("0.001"))
    shop = []
    if rng.random() < 0.5:
        shop = menu(rng, "DRINKING WATER 600ML 10.00; ENERGY DRINK 150ML 12.00; CAR WASH 120.00", 1)
    total = amount + sum((a for *_, a in shop), Decimal(0))
    net, vat = vat_in(total, Decimal(7))
    r.center(k.company("SIAM PETRO STATION"), face="dmono-b", hy=1.8)
    r.center(k.alt("SIAM PETRO RETAIL CO., LTD."))
    r.block(k.address("88/8 MOO 3 PHAHOLYOTHIN RD.", "KHLONG NUENG, KHLONG LUANG", "PATHUM THANI 12120"), "c")
    r.center(f"TAX ID: 0105{digits(rng, 9)}  BRANCH: 00{digits(rng, 3)}")
    r.center(f"POS# E0{digits(rng, 8)}")
    r.rule("-")
    r.center("TAX INVOICE (ABB)")
    r.lr(f"NO. {digits(rng, 4)}{t:%m}{digits(rng, 6)}", f"PUMP {rng.randint(1, 12):02d}")
    r.rule("-")
    r.text(fuel)
    r.lr(f"  {litres} L @ {price}", money(amount))
    for name, _q, _u, amt in shop:
        r.lr(name, money(amt))
    r.rule("-")
    r.lr("TOTAL THB", k.total(total), hy=1.6, face="dmono-b")
    card = rng.random() < 0.5
    r.lr("VISA **** " + digits(rng, 4) if card else "CASH", money(total))
    r.lr("VALUE EXCL. VAT", money(net))
    r.lr("VAT 7%", money(vat))
    r.rule("-")
    r.text(f"DATE {k.date(t, '%d/%m/%Y')} TIME {hm(t, True)}")
    r.text(f"CASHIER {rng.randint(10000, 99999)}  VAT INCLUDED")
    r.text(f"PLATE NO. {rng.choice(['1KG', '7NB', '2AZ'])}-{digits(rng, 4)} BKK")
    r.feed()
    r.center("THANK YOU / KHOB KHUN KRAP")
    spec = {
        "place": "table",
        "table": "slate",
        "angle": rng.uniform(-3, 3),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 82,
        "long": 2600,
        "rotate": 90,
    }
    case = (
        "ABB tax invoice, legal name under the station name, litres @ price, VAT 7% included, date at the end"
    )
    return TCase("t03_th_fuel", "TH", "en", "Thai fuel station", case, r.image(), r.lines, k, spec)


CASES = [t01_id_minimarket, t02_ph_pharmacy, t03_th_fuel]
