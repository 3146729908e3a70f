"""Set R receipts 22-24: a Japanese convenience store receipt in English and romaji (yen, no decimals,
tax included at two rates), a Mexico City taquería ticket and a Brazilian CUPOM FISCAL (SAT)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import Case, Key, digits, fit, hm, menu, vat_in, when
from outside_roll_r import Roll


def r22_jp_conbini(rng: random.Random) -> Case:
    k = Key("JPY", "¥")
    t = when(rng, lo=7, hi=23)
    r = Roll(58, 32, "dmono", pitch=1.35)
    food = menu(
        rng,
        "Onigiri Sake 160; Onigiri Tuna Mayo 150; Sandwich Tamago 298; Karaage-kun 238; "
        "Bento Makunouchi 598; Green Tea 500ml 148; Melon Pan 140; Pudding 198; Oden Daikon 120",
        rng.randint(3, 5),
        qmax=2,
    )
    other = menu(rng, "Umbrella Vinyl 660; Phone Charger 1480; Toothbrush 220; Batteries AA 2P 398", 1)
    r.big(k.company("SUNNY MART"), face="arial-b", height=5)
    r.center("Shibuya Dogenzaka-ten")
    r.block(k.address("2-10-7 Dogenzaka, Shibuya-ku", "Tokyo 150-0043"), "c")
    r.center("TEL 03-5555-0128")
    r.center("Registration No.")
    r.center(f"T{digits(rng, 13)}")
    r.center("RYOSHUSHO (RECEIPT)", face="dmono-b", hy=1.8)
    r.text(f"{k.date(t, '%Y/%m/%d')}({t:%a}) {hm(t)}")
    r.text(f"Reg #2   Staff No.{digits(rng, 4)}")
    r.rule("-")
    g8 = g10 = Decimal(0)
    for name, qty, unit, amt in food:
        r.lr(f"{name} *", f"¥{money(amt, 'us', 0)}")
        if qty > 1:
            r.text(f"  ({qty} x @{money(unit, 'us', 0)})")
        g8 += amt
    for name, _qty, _unit, amt in other:
        r.lr(name, f"¥{money(amt, 'us', 0)}")
        g10 += amt
    total = g8 + g10
    cash = Decimal(1000) * (int(total) // 1000 + 1)
    r.rule("-")
    r.lr("Shokei (Subtotal)", f"¥{money(total, 'us', 0)}")
    r.lr("Goukei (Total)", f"¥{k.total(total, 'us', 0)}", face="dmono-b", hy=1.8)
    for rate, gross in ((8, g8), (10, g10)):
        tax = (gross * rate / (100 + rate)).quantize(Decimal(1))
        r.text(f"({rate}% taisho ¥{money(gross, 'us', 0)} zei ¥{money(tax, 'us', 0)})")
    r.lr("Oazukari (Cash)", f"¥{money(cash, 'us', 0)}")
    r.lr("Otsuri (Change)", f"¥{money(cash - total, 'us', 0)}")
    r.rule("-")
    r.text("* = reduced tax rate (8%) item")
    r.text(f"Point card ****{digits(rng, 4)}  +{int(total) // 200}P")
    r.center("Arigatou gozaimashita")
    spec = {
        "place": "glass",
        "lid": (242, 242, 240),
        "margin": (10, 10),
        "angle": rng.uniform(-2, 2),
        "kind": "scan",
        "colour": True,
        "dpi": 200,
        "fmt": "tif",
    }
    case = "yen amounts without decimals; romaji labels; Shokei then Goukei; tax-included lines by rate"
    return Case(
        "r22_jp_conbini", "JP", "ja-Latn", "Japanese convenience store", case, r.image(), r.lines, k, spec
    )


def r23_mx_taqueria(rng: random.Random) -> Case:
    k = Key("MXN", "M.N.")
    t = when(rng, lo=12, hi=23)
    r = Roll(80, 42, "nmono-b", pitch=1.3)
    items = menu(
        rng,
        "TACO AL PASTOR 22.00; TACO SUADERO 24.00; GRINGA PASTOR 58.00; QUESADILLA 45.00; "
        "AGUA HORCHATA 35.00; REFRESCO 30.00; CERVEZA 45.00; ORDEN CEBOLLITAS 40.00; VOLCAN 38.00",
        rng.randint(3, 5),
        qmax=4,
    )
    r.big(k.company("TAQUERÍA EL PASTORCITO"), face="arial-b", height=4.5)
    r.center(k.alt("Comercializadora Pastorcito S.A. de C.V."))
    r.center("RFC: CPA180412HN5")
    r.block(
        k.address(
            "Av. Insurgentes Sur 1602",
            "Col. Crédito Constructor",
            "Benito Juárez, C.P. 03940",
            "Ciudad de México, CDMX",
        ),
        "c",
    )
    r.center("Tel. 55 5555 8120")
    r.rule("-")
    r.lr(f"TICKET: {rng.randint(100, 99999):05d}", f"MESA {rng.randint(1, 20)}")
    r.lr(f"FECHA: {k.date(t, '%d/%m/%Y')}", f"HORA: {hm(t)}")
    r.text(f"MESERO: {rng.choice(['LUIS', 'ROSA', 'MEMO'])}")
    r.rule("-")
    r.text(f"{'CANT':<5}{'DESCRIPCION':<20}{'P.U.':>8}{'IMPORTE':>9}")
    for name, qty, unit, amt in items:
        r.text(f"{qty:<5}{fit(name, 19):<20}{unit:>8}{amt:>9}")
    total = sum((a for *_, a in items), Decimal(0))
    net, iva = vat_in(total, Decimal(16))
    cash = Decimal(500) if total <= 500 else Decimal(1000)
    r.rule("-")
    r.lr("SUBTOTAL", f"${net}")
    r.lr("IVA 16%", f"${iva}")
    r.lr("TOTAL", f"${k.total(total)}", face="nmono-b", hy=2.0)
    r.center("*** PRECIOS EN M.N. IVA INCLUIDO ***")
    r.lr("EFECTIVO", f"${cash:.2f}")
    r.lr("CAMBIO", f"${cash - total:.2f}")
    r.feed()
    r.center(f"PROPINA SUGERIDA 10%: ${q2(total / 10)}")
    r.center("LA PROPINA NO ESTA INCLUIDA")
    r.center("Facture en www.elpastorcito.mx")
    end = (t.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    r.center(f"antes del {end:%d/%m/%Y}")
    spec = {
        "paper": ["crumple"],
        "crumple": 0.12,
        "place": "table",
        "table": "wood",
        "angle": rng.uniform(-2, 2),
        "kind": "photo",
        "fmt": "jpg",
        "quality": 70,
        "long": 2400,
    }
    case = "four address lines; suggested tip not added; invoicing deadline date; cash and CAMBIO; crumpled"
    return Case(
        "r23_mx_taqueria", "MX", "es", "Mexican taquería ticket", case, r.image(cut="torn"), r.lines, k, spec
    )


def r24_br_cupom(rng: random.Random) -> Case:
    k = Key("BRL", "R$")
    t = when(rng, lo=6, hi=20)
    r = Roll(80, 48, "lmcond", pitch=1.25)
    weighed = menu(
        rng, "PÃO FRANCÊS 16.90; PÃO DE QUEIJO 39.90; MORTADELA FAT. 34.90; QUEIJO PRATO FAT. 49.90", 2
    )
    units = menu(
        rng,
        "LEITE INTEGRAL 1L 5.49; CAFÉ TORRADO 500G 21.90; MANTEIGA 200G 13.50; SUCO LARANJA 1L 9.90; "
        "BOLO FUBÁ FATIA 6.50; COXINHA 7.00; REFRIGERANTE 2L 10.90",
        rng.randint(2, 4),
        qmax=3,
    )
    r.big(k.company("PADARIA ESTRELA DO SUL"), face="nnarrow-b", height=5)
    r.center(k.alt("Panificadora Estrela do Sul Ltda"))
    r.block(k.address("Rua Augusta, 1508 - Consolação", "São Paulo - SP", "CEP 01304-001"), "c")
    r.center("CNPJ: 14.552.871/0001-63  IE: 114.882.301.117")
    r.rule("-")
    r.center(f"Extrato No. {digits(rng, 6)}")
    r.center("CUPOM FISCAL ELETRÔNICO - SAT", face="lmlt-b", hy=1.5)
    r.rule("-")
    r.text("#|COD|DESC|QTD|UN|VL UN R$|(VL TR)*|VL ITEM R$")
    total = Decimal(0)
    rows = [(n, Decimal(rng.randint(150, 900)) / 1000, u, "KG") for n, _q, u, _a in weighed]
    rows += [(n, Decimal(q), u, "UN") for n, q, u, _a in units]
    for i, (name, qty, unit, un) in enumerate(rows, start=1):
        amt = q2(qty * unit)
        total += amt
        shown = f"{qty:.3f}".replace(".", ",") if un == "KG" else str(qty)
        r.text(f"{i:03d} {digits(rng, 7)} {name}")
        r.lr(
            f"    {shown} {un} X {money(unit, 'eu')} ({money(q2(amt * Decimal('0.14')), 'eu')})",
            money(amt, "eu"),
        )
    disc = Decimal(rng.choice(["0.50", "1.00", "2.00"]))
    paid = total - disc
    cash = Decimal(50) * (int(paid) // 50 + 1)
    r.rule("-")
    r.lr("Total bruto de itens", money(total, "eu"))
    r.lr("Desconto sobre subtotal", f"-{money(disc, 'eu')}")
    r.lr("TOTAL R$", k.total(paid, "eu"), face="lmlt-b", scale=1.3)
    r.lr("Dinheiro", money(cash, "eu"))
    r.lr("Troco R$", money(cash - paid, "eu"))
    r.rule("-")
    r.text("OBSERVAÇÕES DO CONTRIBUINTE")
    r.text("*Valor aproximado dos tributos deste cupom")
    r.lr("(Conforme Lei Fed. 12.741/2012) R$", money(q2(paid * Decimal("0.14")), "eu"))
    r.text("CPF/CNPJ do consumidor: não informado")
    r.rule("-")
    r.center(f"SAT No. {digits(rng, 9)}")
    r.center(f"{k.date(t, '%d/%m/%Y')} - {hm(t, True)}")
    key = " ".join(digits(rng, 4) for _ in range(11))
    r.center(key[:29])
    r.center(key[30:])
    r.qr(rng, 24)
    r.center("Consulte o QR Code pelo aplicativo")
    spec = {
        "place": "a4",
        "at": (62, 12),
        "angle": rng.uniform(-1, 1),
        "kind": "scan",
        "dpi": 200,
        "fmt": "pdf",
        "marks": [{"type": "note", "lines": ["café equipe - reembolso"], "at": (105, 282), "size": 14}],
    }
    case = "dense condensed SAT layout; weighed items; discount on subtotal; access key and QR; A4 PDF"
    return Case("r24_br_cupom", "BR", "pt", "Brazilian CUPOM FISCAL SAT", case, r.image(), r.lines, k, spec)


CASES = [r22_jp_conbini, r23_mx_taqueria, r24_br_cupom]
