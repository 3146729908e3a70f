"""Set V receipts 13-15: a Tunis supermarket's ticket in French (matricule fiscal, dinars with three
decimals 23,450 DT, TVA 7/19 %), an Accra pharmacy's receipt (GH₵, TIN, medicines exempt and NHIL, GETFund
and VAT added on the rest, mobile money) and a Dar es Salaam electronics shop's TRA EFD legal receipt
(TIN, VRN, Z number, verification code)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import ampm, digits, fit, hm, menu, when
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey, m3, mf_tn, q3, tin_gh, tin_tz


def v13_tn_supermarket(rng: random.Random) -> TCase:
    k = VKey("TND", "DT")
    t = when(rng, 2025, 8, 21)
    r = TRoll(80, 40, "lmono", pitch=1.3)
    items = menu(
        rng,
        "LAIT DELICE 1L 1.350; YAOURT NATURE 0.450; HUILE VEGETALE 1L 3.900; COUSCOUS FIN 1KG 1.250; "
        "HARISSA SICAM 380G 2.150; THON EL MAZRAA 160G 3.450; EAU SAFIA 1.5L 0.750; SUCRE 1KG 1.400; "
        "CAFE BON 250G 6.800; PATES SPAGHETTI 500G 0.980; FROMAGE VACHE QUI RIT 2.950; BISCUITS SAIDA 0.600",
        rng.randint(5, 8),
        qmax=4,
    )
    r.center(k.company("SUPERMARCHE EL WAFA"), face="lmono-b", hy=2.0)
    r.center(k.alt("Société El Wafa de Distribution SARL"))
    r.block(k.address("45, Rue de Marseille", "1000 Tunis"), "c")
    r.center(f"MF: {mf_tn(rng)}")
    r.rule("-")
    r.lr(f"Ticket: {digits(rng, 6)}", f"Caisse: {rng.randint(1, 8):02d}")
    r.lr(f"Date: {k.date(t, '%d/%m/%Y')}", f"Heure: {hm(t)}")
    r.rule("-")
    g7 = g19 = Decimal(0)
    for i, (name, qty, unit, amt) in enumerate(items):
        rate = 19 if i % 3 == 2 else 7
        r.text(fit(name, 40))
        r.lr(f"   {qty} x {m3(unit, 'fr')}", f"{m3(amt, 'fr')} {'B' if rate == 19 else 'A'}")
        g7 += amt if rate == 7 else 0
        g19 += amt if rate == 19 else 0
    total = g7 + g19
    r.rule("-")
    r.lr(f"NB ARTICLES: {sum(q for _, q, _, _ in items)}", "")
    r.lr("TOTAL TTC", f"{k.total(total, 'fr', 3)} DT", face="lmono-b", hy=1.8)
    cash = tendered(rng, total, (1, 5, 10, 20, 50))
    r.lr("ESPECES", m3(cash, "fr"))
    r.lr("RENDU", m3(cash - total, "fr"))
    r.rule("-")
    for code, rate, g in (("A", 7, g7), ("B", 19, g19)):
        tva = q3(g * rate / (100 + rate))
        r.lr(f"TVA {code} {rate}%  HT {m3(g - tva, 'fr')}", f"TVA {m3(tva, 'fr')}")
    r.rule("-")
    r.center("MERCI DE VOTRE VISITE")
    spec = {"place": "glass", "lid": (240, 240, 238), "margin": (10, 10), "angle": rng.uniform(-1.5, 1.5)}
    spec |= {"kind": "bilevel", "threshold": 155, "dpi": 300, "fmt": "tif"}
    case = (
        "SARL legal name, matricule fiscal, three-decimal dinars "
        "'23,450 DT', TVA 7/19 %, cash; 1-bit tif scan"
    )
    return TCase("v13_tn_supermarket", "TN", "fr", "Tunisian supermarket", case, r.image(), r.lines, k, spec)


def v14_gh_pharmacy(rng: random.Random) -> TCase:
    k = VKey("GHS", "GH₵")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    meds = menu(
        rng,
        "PARACETAMOL 500MG 24S 12.00; AMOXICILLIN 500MG 21S 45.00; ARTEMETHER/LUME 20/120 65.00; "
        "ORS SACHETS X5 15.00; VITAMIN C 1000MG 30S 38.50; "
        "CIPROFLOXACIN 500MG 10S 52.00; IBUPROFEN 400MG 9.50",
        rng.randint(2, 3),
        qmax=2,
    )
    other = menu(rng, "SHEA BUTTER LOTION 250ML 48.00; TOOTHPASTE 100G 22.00; MOSQUITO REPELLENT 35.00", 1)
    r.center(k.company("GREENLEAF PHARMACY"), face="dmono-b", hy=2.0)
    r.center(k.alt("Greenleaf Healthcare Ltd"))
    r.block(k.address("14 Lagos Avenue, East Legon", "Accra, Ghana"), "c")
    r.center(f"TIN: {tin_gh(rng)}")
    r.center(f"Tel: 030 2{digits(rng, 6)}")
    r.rule("-")
    r.lr(f"Receipt No: PH{digits(rng, 6)}", f"Till {rng.randint(1, 3)}")
    r.text(f"Date: {k.date(t, '%d/%m/%Y')} {ampm(t)}")
    r.rule("-")
    exempt = sum((a for *_, a in meds), Decimal(0))
    taxable = sum((a for *_, a in other), Decimal(0))
    for name, qty, unit, amt in meds + other:
        r.text(fit(name, 42))
        r.lr(f"   {qty} x {money(unit)}", f"{money(amt)} {'E' if (name, qty, unit, amt) in meds else 'T'}")
    nhil, getf = q2(taxable * Decimal("0.025")), q2(taxable * Decimal("0.025"))
    vat = q2((taxable + nhil + getf) * Decimal("0.15"))
    total = exempt + taxable + nhil + getf + vat
    r.rule("-")
    r.lr("Exempt (E)", money(exempt))
    r.lr("Taxable (T)", money(taxable))
    r.lr("NHIL 2.5%", money(nhil))
    r.lr("GETFund 2.5%", money(getf))
    r.lr("VAT 15%", money(vat))
    r.lr("TOTAL GH₵", k.total(total), face="dmono-b", hy=1.8)
    r.lr("MTN MoMo", money(total))
    r.text(f"MoMo Ref: {digits(rng, 11)}")
    r.rule("-")
    r.text(f"GRA E-VAT SDC ID: SDC-{digits(rng, 6)}")
    r.text(f"Invoice No: {digits(rng, 3)}-{digits(rng, 8)}")
    r.center("Get well soon!")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.13,
        "place": "table",
        "table": "white",
        "angle": rng.uniform(-4, 4),
    }
    spec |= {"kind": "photo", "fmt": "jpg", "quality": 76, "long": 2400}
    case = "Ltd legal name, TIN, exempt medicines, NHIL/GETFund/VAT added on taxable goods, 'TOTAL GH₵', MoMo"
    return TCase("v14_gh_pharmacy", "GH", "en", "Ghanaian pharmacy", case, r.image(), r.lines, k, spec)


def v15_tz_electronics(rng: random.Random) -> TCase:
    k = VKey("TZS", "TZS")
    t = when(rng, 2025, 9, 19)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    items = menu(
        rng,
        "SAMSUNG CHARGER 25W 35000; USB-C CABLE 1M 8000; TECNO SPARK "
        "20 64GB 289000; POWER BANK 10000MAH 45000; "
        "EARPHONES WIRED 12000; SCREEN PROTECTOR 5000; PHONE COVER 10000; MEMORY CARD 32GB 18000; "
        "BLUETOOTH SPEAKER 65000; EXTENSION CABLE 4WAY 25000",
        rng.randint(2, 4),
        qmax=2,
    )
    r.center("*** START OF LEGAL RECEIPT ***")
    r.center(k.company("KARIAKOO DIGITAL LIMITED"), face="dmono-b")
    r.block(k.address("PLOT 12, UHURU STREET", "KARIAKOO, DAR ES SALAAM"), "c")
    r.center(f"MOBILE: 0754 {digits(rng, 3)} {digits(rng, 3)}")
    r.center(f"TIN: {tin_tz(rng)}")
    r.center(f"VRN: 40-{digits(rng, 6)}-{rng.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}")
    r.center(f"SERIAL NO: 10TZ{digits(rng, 6)}")
    r.center("TAX OFFICE: Kariakoo")
    r.rule("-")
    r.text("CUSTOMER NAME:")
    r.text("CUSTOMER ID TYPE: NIL")
    r.text(f"RECEIPT NO: {rng.randint(100, 9999)}")
    r.text(f"Z NUMBER: {rng.randint(100, 999)}/{t:%Y%m%d}")
    r.text(f"RECEIPT DATE: {k.date(t, '%d/%m/%Y')}  TIME: {hm(t, True)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 42))
        r.lr(f"  {qty} x {money(unit)}", f"{money(amt)} A")
    total = sum((a for *_, a in items), Decimal(0))
    net = q2(total / Decimal("1.18"))
    r.rule("-")
    r.lr("TOTAL EXCL OF TAX:", money(net))
    r.lr("TAX A-18.00%", money(total - net))
    r.lr("TOTAL TAX:", money(total - net))
    r.lr("TOTAL INCL OF TAX TZS:", k.total(total), face="dmono-b")
    r.rule("-")
    r.center("RECEIPT VERIFICATION CODE")
    r.center("".join(rng.choice("ABCDEF0123456789") for _ in range(10)))
    r.qr(rng, 24)
    r.center("*** END OF LEGAL RECEIPT ***")
    spec = {"paper": ["fold"], "folds": 2, "crumple": 0.08, "place": "glass", "lid": (236, 236, 232)}
    spec |= {"margin": (12, 10), "angle": rng.uniform(-1.5, 1.5), "kind": "scan", "dpi": 200, "fmt": "png"}
    case = (
        "TRA EFD legal receipt: name only, TIN/VRN/serial, Z number, "
        "DD/MM/YYYY, 'TOTAL INCL OF TAX', 18 % VAT"
    )
    return TCase(
        "v15_tz_electronics", "TZ", "en", "Tanzanian electronics shop", case, r.image(), r.lines, k, spec
    )


CASES = [v13_tn_supermarket, v14_gh_pharmacy, v15_tz_electronics]
