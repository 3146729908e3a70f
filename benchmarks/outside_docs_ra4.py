"""Set RA receipts 10-12: a Nottingham supermarket's till receipt (Ltd, VAT number, a multibuy deal and a
card price saving, 'TOTAL TO PAY £', loyalty points, VAT on the A-coded lines only; photographed turned 270
degrees), a Columbus big-box store's receipt (store and manager lines, UPCs with taxable and food flags,
Ohio sales tax 8.0 %, a long return policy) and a Toronto pharmacy's receipt (Ltd., HST number,
HST-exempt prescription, HST 13 %, cash rounding printed as TOTAL then AMOUNT DUE)."""

from __future__ import annotations

import random
import textwrap
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import ampm, digits, fit, hm, menu, when
from outside_common_ra import amounts, bn_ca, split_vat, vat_gb
from outside_common_s import cols
from outside_common_t import TCase, TRoll, round_to, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra10_gb_supermarket(rng: random.Random) -> TCase:
    k = VKey("GBP", "£")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    zero = menu(
        rng,
        "PF Semi Skimmed Milk 4pt 1.45; Warburtons Toastie 800g 1.55; Free Range Eggs 6pk 1.99; "
        "Bananas Loose 0.85; Cathedral City Cheddar 350g 3.75; Chicken Breast Fillets 650g 5.25; "
        "Broccoli 0.79; Mature Cheddar Pies 4pk 2.50; Basmati Rice 1kg 2.29; Yorkshire Tea 80s 3.20",
        rng.randint(4, 7),
    )
    std = menu(
        rng,
        "Walkers Crisps 6pk 2.15; Coca-Cola Zero 2L 2.29; Cadbury Dairy Milk 180g 2.75; "
        "Fairy Liquid 820ml 3.00; Andrex 9 Roll 6.50; Colgate Total 125ml 3.50; PF Kitchen Roll 2pk 1.99",
        rng.randint(2, 4),
    )
    deal, unit, price2 = rng.choice(
        [("Heinz Beanz 4x415g", "4.50", "7.00"), ("Lurpak Spreadable 500g", "4.75", "8.00")]
    )
    card, card_price, card_save = rng.choice(
        [("Birds Eye Fish Fingers 10", "3.50", "0.75"), ("Mr Kipling Cakes", "2.40", "0.65")]
    )
    r.big(k.company("PENNYFIELD"), face="dmono-b", height=7.5)
    r.center("superstore")
    r.block(k.address("Castle Retail Park, Radford Road", "Nottingham NG7 5FN"), "c")
    r.center(f"Tel: 0115 {digits(rng, 3)} {digits(rng, 4)}")
    r.center(f"VAT No: {vat_gb(rng)}")
    r.rule("-")
    for name, _q, _u, amt in zero:
        r.lr(fit(name, 32), f"£{money(amt)}")
    for name, _q, _u, amt in std:
        r.lr(fit(name, 30), f"£{money(amt)} A")
    r.lr(deal, f"£{unit}")
    r.lr(deal, f"£{unit}")
    save1 = Decimal(unit) * 2 - Decimal(price2)
    r.lr(f"  Multibuy 2 for £{price2}", f"-£{money(save1)}")
    r.lr(card, f"£{card_price}")
    r.lr("  Pennyfield Card Price", f"-£{card_save}")
    sub = amounts(zero) + amounts(std) + Decimal(unit) * 2 + Decimal(card_price)
    savings = save1 + Decimal(card_save)
    total = sub - savings
    n = len(zero) + len(std) + 3
    r.rule("-")
    r.lr(f"{n} ITEMS   SUBTOTAL", f"£{money(sub)}")
    r.lr("SAVINGS", f"-£{money(savings)}")
    r.lr("TOTAL TO PAY", f"£{k.total(total)}", face="dmono-b", hy=2.0)
    r.lr("VISA DEBIT CONTACTLESS", f"£{money(total)}")
    r.rule("-")
    ((_, net, vat, gross),) = split_vat({Decimal(20): amounts(std)})
    cols(r, ["VAT", "RATE", "NET", "VAT", "GROSS"], [6, 6, -10, -9, -11])
    cols(r, ["A", "20%", money(net), money(vat), money(gross)], [6, 6, -10, -9, -11])
    r.rule("-")
    r.center(f"YOU SAVED £{money(savings)} TODAY")
    r.text(f"Pennyfield Card ************{digits(rng, 4)}")
    pts = int(total)
    r.lr("Points this visit", str(pts))
    r.lr("Points balance", f"{rng.randint(300, 4800) + pts:,}")
    r.rule("-")
    till = f"ST:{rng.randint(1000, 6000)} OP:{digits(rng, 3)} TR:{digits(rng, 4)}"
    r.text(f"{k.date(t, '%d/%m/%y')} {hm(t)} {till}")
    r.center("Thank you for shopping at Pennyfield")
    spec = photo(rng, "grey", 4, quality=80, long=2600, rotate=270)
    case = "brand over 'superstore', no legal name, multibuy and card-price savings, 'TOTAL TO PAY £'; turned"
    return TCase("ra10_gb_supermarket", "GB", "en", "UK supermarket", case, r.image(), r.lines, k, spec)


POLICY = (
    "RETURN POLICY: Most new, unopened items sold by MegaValue may be returned within 90 days of purchase "
    "with this receipt for a refund to the original form of payment. Electronics, cell phones and "
    "computers must be returned within 30 days. Opened or damaged items, seasonal merchandise, gift cards "
    "and prepaid phone cards are not returnable. Without a receipt, the return may be refused or refunded "
    "as store credit at the lowest selling price in the last 90 days; a valid photo ID is required and "
    "returns without a receipt are limited to three in any 45-day period. See the customer service desk "
    "or www.megavalue.example/returns for the full policy and state-specific exceptions."
)


def ra11_us_bigbox(rng: random.Random) -> TCase:
    k = VKey("USD", "$")
    t = when(rng, 2025, 9, 22)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    food = menu(
        rng,
        "GV WHOLE MILK GAL 3.28; BANANAS 1.28; GV WHITE BREAD 1.42; CHEERIOS 18OZ 4.98; PEANUT BUTTER 2.68; "
        "GROUND BEEF 1LB 5.47; LARGE EGGS 18CT 4.12; FROZEN PIZZA 4.48; BABY CARROTS 1.98; CHEDDAR 8OZ 2.34",
        rng.randint(3, 6),
    )
    goods = menu(
        rng,
        "PAPER TOWELS 6PK 8.97; LAUNDRY DET 92OZ 12.97; HDMI CABLE 6FT 7.88; PHONE CHARGER 9.96; "
        "SHAMPOO 2IN1 4.97; AA BATTERIES 8PK 6.97; STORAGE BIN 3.47; BATH TOWEL 5.00; DOG FOOD 15LB 16.98; "
        "MOTOR OIL 5QT 24.97; SCOTCH TAPE 3PK 4.47; NOTEBOOK 5PK 3.97",
        rng.randint(3, 6),
    )
    r.center(k.company("MegaValue Supercenter"), face="lmono-b", wx=1.0, hy=2.0)
    r.center(
        f"Store #{rng.randint(1000, 5999)}  Mgr: {rng.choice(['DANA PRICE', 'KEVIN OKAFOR', 'LISA TRAN'])}"
    )
    r.block(k.address("4100 W Broad St", "Columbus, OH 43228"), "c")
    r.center(f"( 614 ) {digits(rng, 3)} - {digits(rng, 4)}")
    r.text(
        f"ST# {rng.randint(1000, 5999)} OP# {digits(rng, 6)} TE# {rng.randint(10, 60)} TR# {digits(rng, 5)}"
    )
    lines = [(i, "N") for i in food] + [(g, "T") for g in goods]
    rng.shuffle(lines)
    for (name, _q, _u, amt), flag in lines:
        r.text(f"{fit(name, 17):<17} {digits(rng, 12)}  {money(amt):>7} {flag}")
    sub = amounts(food) + amounts(goods)
    tax = q2(amounts(goods) * Decimal("0.08"))
    total = sub + tax
    r.lr("", "SUBTOTAL      " + money(sub))
    r.lr("", f"TAX 1  8.000 %  {money(tax)}")
    r.lr("", "TOTAL     $" + k.total(total), face="lmono-b")
    card = rng.random() < 0.7
    paid = total if card else tendered(rng, total, (1, 5, 10, 20, 50, 100))
    r.lr("", f"{'VISA TEND' if card else 'CASH TEND'}      {money(paid)}")
    r.lr("", f"CHANGE DUE      {money(paid - total)}")
    if card:
        r.text(f"VISA  **** **** **** {digits(rng, 4)}  I 0")
        r.text(f"APPROVAL # {code6(rng)}  REF # {digits(rng, 12)}")
    r.center(f"# ITEMS SOLD {len(lines)}")
    r.text(f"TC# {' '.join(digits(rng, 4) for _ in range(5))}")
    r.barcode(digits(rng, 20), height=8, digits=False)
    r.center(f"{k.date(t, '%m/%d/%y')}  {hm(t, True)}")
    r.feed(0.5)
    r.block(textwrap.wrap(POLICY, 42))
    r.feed(0.5)
    r.center("Tell us about your visit today")
    r.center(f"Survey code: {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}")
    spec = photo(rng, "wood", 3, quality=80, long=3000, fill=0.9)
    case = "store/manager line, UPC lines flagged N/T, Ohio tax 8 % on T only, 'TOTAL', long return policy"
    return TCase("ra11_us_bigbox", "US", "en", "US big-box store", case, r.image(), r.lines, k, spec)


def code6(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(6))


def ra12_ca_pharmacy(rng: random.Random) -> TCase:
    k = VKey("CAD", "$")
    t = when(rng, 2025, 9, 21)
    r = TRoll(80, 40, "dmono", pitch=1.35)
    otc = menu(
        rng,
        "ADVIL LIQUI-GELS 24 9.99; TYLENOL EX STR 50 11.49; REACTINE 10MG 12 17.99; BAND-AID ASST 30 5.49; "
        "NEO CITRAN 10 SACH 13.99; VITAMIN D 1000IU 90 8.99; LISTERINE 1L 8.49; SUNSCREEN SPF50 12.99",
        rng.randint(1, 3),
    )
    rx = [(f"RX {digits(rng, 7)} DISPENSING FEE", 1, Decimal("12.99"), Decimal("12.99"))]
    r.center(k.company("MAPLEGROVE PHARMACY"), face="dmono-b", hy=2.0)
    r.center(k.alt("Maplegrove Pharmacy Ltd."))
    r.block(k.address("1280 Bloor St W", "Toronto ON M6H 1N9"), "c")
    r.center(f"(416) {digits(rng, 3)}-{digits(rng, 4)}")
    r.center(f"HST# {bn_ca(rng)}")
    r.rule("=")
    r.lr(k.date(t, "%Y/%m/%d"), ampm(t))
    r.lr(f"REG {rng.randint(1, 4)}  CASHIER {rng.choice(['PRIYA', 'MARC', 'JEN'])}", f"#{digits(rng, 5)}")
    r.rule("-")
    for name, _q, _u, amt in rx:
        r.lr(fit(name, 30), money(amt))
    for name, _q, _u, amt in otc:
        r.lr(fit(name, 30), f"{money(amt)} H")
    taxable = amounts(otc)
    sub = taxable + amounts(rx)
    hst = q2(taxable * Decimal("0.13"))
    total = sub + hst
    due = round_to(total, Decimal("0.05"))
    r.rule("-")
    r.lr("SUBTOTAL", money(sub))
    r.lr("HST 13%", money(hst))
    r.lr("TOTAL", money(total), face="dmono-b")
    r.lr("CASH ROUNDING", f"{'+' if due >= total else '-'}{money(abs(due - total))}")
    r.lr("AMOUNT DUE", f"${k.total(due)}", face="dmono-b", hy=1.8)
    paid = tendered(rng, due, (5, 10, 20, 50))
    r.lr("CASH", money(paid))
    r.lr("CHANGE", money(paid - due))
    r.rule("-")
    r.text("H = HST APPLIED  RX = HST EXEMPT")
    r.center("Ask about our free prescription delivery")
    r.center("Thank you / Merci!")
    spec = scan(rng, 300, "jpg", quality=84, lid=(230, 230, 226), angle=rng.uniform(-2.5, 2.5))
    case = "Ltd. name, HST# RT0001, exempt Rx fee, HST 13 %, TOTAL, CASH ROUNDING, 'AMOUNT DUE' (key)"
    return TCase(
        "ra12_ca_pharmacy", "CA", "en", "Ontario pharmacy (cash rounding)", case, r.image(), r.lines, k, spec
    )


CASES = [ra10_gb_supermarket, ra11_us_bigbox, ra12_ca_pharmacy]
