"""Set RA receipts 13-15: a Perth outdoor store's tax invoice from a tablet POS in a proportional face
(Pty Ltd, ABN, member discount, card surcharge, 'GST included in total'), a São Paulo greengrocer's DANFE
NFC-e (Ltda, CNPJ and IE, produce by the kilo, 'Valor a pagar R$', access key, the customer's CPF, Lei
12.741 taxes line) and a Mexico City stationer's ticket (S.A. de C.V., RFC and régimen fiscal, IVA 16 %
broken out, invoicing footer; taped to an A4 sheet with a stamp and a note)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, when
from outside_common_ra import abn, amounts, chave_nfce, cnpj, cpf, on_a4, rfc_mx, split_vat, weighed
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import photo, scan


def ra13_au_outdoors(rng: random.Random) -> TCase:
    k = VKey("AUD", "$")
    t = when(rng, 2025, 9, 19)
    r = TRoll(80, 44, "sans", prop=True, pitch=1.45)
    items = menu(
        rng,
        "Merino Beanie 39.95; Head Torch 200lm 49.95; Gas Canister 230g 8.95; Dry Bag 20L 34.95; "
        "Hiking Socks 2pk 29.95; Insulated Bottle 1L 44.95; Insect Repellent 14.95; Enamel Camp Mug 12.95; "
        "Freeze-Dried Meal 15.95; First Aid Kit 39.95; Trekking Poles 89.95; Rain Poncho 24.95",
        rng.randint(2, 5),
        qmax=2,
    )
    r.center(k.company("RIDGETOP OUTDOORS"), face="sans-b", scale=1.5)
    r.center(k.alt("Ridgetop Outdoors Pty Ltd"))
    r.block(k.address("212 Hay Street", "Subiaco WA 6008"), "c")
    r.center(f"ABN {abn(rng)}")
    r.center(f"Ph (08) 9{digits(rng, 3)} {digits(rng, 4)}")
    r.rule()
    r.center("TAX INVOICE", face="sans-b")
    r.lr(f"Invoice {rng.choice('SW')}{digits(rng, 6)}", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    r.lr(f"Served by {rng.choice(['Jess', 'Mitch', 'Aroha'])}", f"Register {rng.randint(1, 3)}")
    r.rule()
    for name, qty, unit, amt in items:
        r.lr(name if qty == 1 else f"{name}  {qty} @ ${money(unit)}", f"${money(amt)}")
    sub = amounts(items)
    member = rng.random() < 0.5
    disc = q2(sub / 10) if member else Decimal(0)
    credit = rng.random() < 0.6
    surcharge = q2((sub - disc) * Decimal("0.012")) if credit else Decimal(0)
    total = sub - disc + surcharge
    r.rule()
    r.lr("Subtotal", f"${money(sub)}")
    if member:
        r.lr(f"Ridgetop Club 10% (member {digits(rng, 6)})", f"-${money(disc)}")
    if credit:
        r.lr("Card surcharge 1.2% (Visa Credit)", f"${money(surcharge)}")
    r.lr("TOTAL", f"${k.total(total)}", face="sans-b", scale=1.3)
    r.lr("GST included in total", f"${money(q2(total / 11))}")
    r.lr("Visa Credit" if credit else "EFTPOS Savings", f"${money(total)}")
    r.rule()
    r.center("Change of mind returns within 30 days")
    r.center("with proof of purchase. Thanks for visiting!")
    spec = photo(rng, "white", 5, quality=80, long=2400)
    case = (
        "tablet POS in a proportional face, Pty Ltd name, ABN, 'TAX INVOICE', member discount, card surcharge"
    )
    return TCase(
        "ra13_au_outdoors",
        "AU",
        "en",
        "Australian outdoor store tax invoice",
        case,
        r.image(),
        r.lines,
        k,
        spec,
    )


def ra14_br_hortifruti(rng: random.Random) -> TCase:
    k = VKey("BRL", "R$")
    t = when(rng, 2025, 7, 20)
    r = TRoll(80, 48, "dmono", pitch=1.25)
    kilo = weighed(
        rng,
        "BANANA PRATA 6.99; TOMATE ITALIANO 8.99; BATATA INGLESA 5.49; CEBOLA 4.99; MACA GALA 11.90; "
        "LARANJA PERA 4.49; MAMAO FORMOSA 7.99; CENOURA 4.79; ABOBRINHA 6.49; MANGA PALMER 8.49",
        rng.randint(3, 5),
        350,
        2200,
    )
    units = menu(
        rng,
        "ALFACE CRESPA UN 3.49; COENTRO MACO 2.99; OVOS BRANCOS DZ 12.90; QUEIJO MINAS FRESCAL 500G 24.90; "
        "POLPA ACEROLA 1KG 14.90; PAO DE QUEIJO 1KG 29.90",
        rng.randint(1, 3),
        qmax=2,
    )
    r.big(k.company("HORTIFRUTI BOA COLHEITA"), face="dmono-b", height=4.5)
    r.center(k.alt("Boa Colheita Comércio de Hortifrutigranjeiros Ltda"))
    r.block(k.address("Rua Augusta, 1520 - Consolação", "São Paulo - SP - CEP 01304-001"), "c")
    r.center(f"CNPJ: {cnpj(rng)}  IE: {digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}")
    r.rule("-")
    r.center("Documento Auxiliar da Nota Fiscal de")
    r.center("Consumidor Eletrônica")
    r.rule("-")
    r.text("# CÓDIGO  DESCRIÇÃO        QTD UN  VL UN  VL TOTAL")
    n = 0
    for name, kg, unit, amt in kilo:
        n += 1
        r.text(f"{n:03d} {digits(rng, 6)} {fit(name, 30)}")
        r.lr(f"     {money(kg, 'eu', 3)} KG x {money(unit, 'eu')}", money(amt, "eu"))
    for name, qty, unit, amt in units:
        n += 1
        r.text(f"{n:03d} {digits(rng, 6)} {fit(name, 30)}")
        r.lr(f"     {qty} UN x {money(unit, 'eu')}", money(amt, "eu"))
    total = amounts(kilo) + amounts(units)
    r.rule("-")
    r.lr("Qtde. total de itens", str(n))
    r.lr("Valor total R$", money(total, "eu"))
    r.lr("Desconto R$", "0,00")
    r.lr("Valor a Pagar R$", k.total(total, "eu"), face="dmono-b")
    r.lr("FORMA PAGAMENTO", "VALOR PAGO R$")
    pay = rng.choice(["Cartão de Débito", "PIX", "Dinheiro"])
    paid = tendered(rng, total, (10, 20, 50, 100)) if pay == "Dinheiro" else total
    r.lr(pay, money(paid, "eu"))
    r.lr("Troco R$", money(paid - total, "eu"))
    r.rule("-")
    r.center("Consulte pela Chave de Acesso em")
    r.center("www.nfce.fazenda.sp.gov.br/consulta")
    chave = chave_nfce(rng, "35", t.strftime("%y%m"))
    r.center(chave[:29])
    r.center(chave[30:])
    r.rule("-")
    r.center(f"CONSUMIDOR - CPF {cpf(rng)}")
    r.center(f"NFC-e nº {digits(rng, 9)}  Série 001")
    r.center(f"Emissão: {k.date(t, '%d/%m/%Y')} {hm(t, True)}")
    r.center(f"Protocolo de autorização: 1352{digits(rng, 11)}")
    r.qr(rng, 22)
    r.center("Tributos Totais Incidentes")
    r.center(f"(Lei Federal 12.741/2012): R$ {money(q2(total * Decimal('0.041')), 'eu')}")
    spec = scan(rng, 200, "jpg", paper=["fold"], folds=2, crumple=0.08, quality=80, lid=(236, 236, 232))
    case = "brand over Ltda name, CNPJ/IE, produce by the kilo, 'Valor a Pagar R$', access key, CPF; folded"
    return TCase(
        "ra14_br_hortifruti", "BR", "pt", "Brazilian greengrocer NFC-e", case, r.image(), r.lines, k, spec
    )


def ra15_mx_papeleria(rng: random.Random) -> TCase:
    k = VKey("MXN", "$")
    t = when(rng, 2025, 9, 20)
    r = TRoll(80, 42, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Cuaderno profesional 100h 48.50; Bolígrafo BIC azul 12pz 89.00; Lápiz Mirado No.2 6pz 42.00; "
        "Paquete hojas carta 500 129.00; Folder manila 25pz 76.00; Engrapadora Pilot 135.00; "
        "Marcatextos 4 colores 68.00; Cinta Diurex 6pz 54.50; Tijeras escolares 35.00; "
        "Pegamento Pritt 40g 49.90; Calculadora científica 289.00; Carpeta argollas 1in 65.00",
        rng.randint(3, 6),
        qmax=3,
    )
    r.center(k.company("PAPELERÍA LA PLUMA DE ORO"), face="lmono-b", hy=2.0)
    r.center(k.alt("Comercializadora La Pluma, S.A. de C.V."))
    r.center(f"RFC: {rfc_mx(rng, 'CPL')}")
    r.center("Régimen: 601 General de Ley P. Morales")
    r.block(k.address("Av. Insurgentes Sur 1432, Col. Actipan", "Benito Juárez, C.P. 03230, CDMX"), "c")
    r.center(f"Tel. 55 {digits(rng, 4)} {digits(rng, 4)}")
    r.rule("-")
    r.lr(f"TICKET: A-{digits(rng, 6)}", f"CAJA {rng.randint(1, 4)}")
    r.lr(f"FECHA: {k.date(t, '%d/%m/%Y')}", f"HORA: {hm(t)}")
    r.text(f"LE ATENDIÓ: {rng.choice(['GUADALUPE', 'JORGE', 'MARISOL'])}")
    r.rule("-")
    widths = [5, 27, -10]
    cols(r, ["CANT", "DESCRIPCIÓN", "IMPORTE"], widths)
    for name, qty, unit, amt in items:
        cols(r, [str(qty), fit(name, 26), money(amt)], widths)
        if qty > 1:
            r.text(f"     @ ${money(unit)}")
    total = amounts(items)
    ((_, net, iva, _),) = split_vat({Decimal(16): total})
    r.rule("-")
    r.lr("SUBTOTAL", f"${money(net)}")
    r.lr("IVA 16%", f"${money(iva)}")
    r.lr("TOTAL", f"${k.total(total)}", face="lmono-b", hy=1.8)
    cash = rng.random() < 0.6
    paid = tendered(rng, total, (20, 50, 100, 200, 500)) if cash else total
    r.lr("EFECTIVO" if cash else "TARJETA DÉBITO", f"${money(paid)}")
    r.lr("CAMBIO", f"${money(paid - total)}")
    r.text(f"ARTÍCULOS: {sum(q for _, q, *_ in items)}")
    r.rule("-")
    r.center("¿Requiere factura? Ingrese a")
    r.center("facturacion.laplumadeoro.com.mx")
    r.center("con su número de ticket, dentro del mes.")
    r.center("¡GRACIAS POR SU COMPRA!")
    marks = [
        {"type": "stamp", "lines": ["PAGADO", "CAJA CHICA"], "at": (150, 60), "angle": -9},
        {"type": "note", "lines": ["material oficina - Depto. RH"], "at": (112, 255), "size": 14},
    ]
    spec = on_a4(rng, (30, 28), marks)
    case = (
        "S.A. de C.V. name, RFC and régimen, address under them, IVA 16 % broken out, invoicing footer; on A4"
    )
    return TCase(
        "ra15_mx_papeleria", "MX", "es", "Mexican stationer ticket", case, r.image(), r.lines, k, spec
    )


CASES = [ra13_au_outdoors, ra14_br_hortifruti, ra15_mx_papeleria]
