"""Set X receipts 22-24: a Maputo pastry shop's venda a dinheiro (Lda, NUIT, IVA 16 % included, 1.234,00 MT;
photo on a grey desk), a Luanda supermarket's factura-recibo (Lda, NIF, AGT software certificate line,
IVA 14 %, 12.345,00 Kz; scanned turned 90 degrees) and an Addis Ababa café's fiscal receipt in English (PLC,
TIN, FS No., service 10 % and VAT 15 % added, '*1,234.50' amounts, Br; crumpled photo)."""

from __future__ import annotations

import random
from decimal import Decimal

from outside_common_k import money, q2
from outside_common_r import digits, fit, hm, menu, vat_in, when
from outside_common_s import cols
from outside_common_t import TCase, TRoll, tendered
from outside_common_v import VKey
from outside_common_x import nif_ao, nuit_mz, photo, scan


def x22_mz_pastry(rng: random.Random) -> TCase:
    k = VKey("MZN", "MT")
    t = when(rng, 2025, 7, 20)
    r = TRoll(80, 40, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Pão de forma 85.00; Pastel de nata 60.00; Bolo de coco fatia 120.00; Galinha à zambeziana 450.00; "
        "Rissóis de camarão x4 180.00; Chamuças x4 160.00; Galão 110.00; Bica 70.00; "
        "Sumo de maracujá 120.00; Água 0.5L 50.00; 2M cerveja 90.00; Prego no pão 220.00",
        rng.randint(2, 5),
        qmax=3,
    )
    r.center(k.company("PASTELARIA PRIMAVERA"), face="lmono-b", hy=2.0)
    r.center(k.alt("Primavera Comercial, Lda"))
    r.block(k.address("Av. 24 de Julho, n.º 1520", "Maputo - Moçambique"), "c")
    r.center(f"NUIT: {nuit_mz(rng)}")
    r.rule("-")
    r.center("VENDA A DINHEIRO", face="lmono-b")
    r.lr(f"VD {t.year}/{digits(rng, 5)}", f"{k.date(t, '%d-%m-%Y')} {hm(t)}")
    r.text(f"Operador: {rng.choice(['Célia', 'Armando', 'Luísa'])}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 40))
        r.lr(f"  {qty} x {money(unit, 'eu')}", money(amt, "eu"))
    total = sum((a for *_, a in items), Decimal(0))
    net, iva = vat_in(total, Decimal(16))
    r.rule("-")
    r.lr("Incidência", money(net, "eu"))
    r.lr("IVA 16%", money(iva, "eu"))
    r.lr("TOTAL", f"{k.total(total, 'eu')} MT", face="lmono-b", hy=1.8)
    pay = rng.choice(["Numerário", "M-Pesa", "POS BCI"])
    paid = tendered(rng, total, (50, 100, 200, 500, 1000)) if pay == "Numerário" else total
    r.lr(pay, money(paid, "eu"))
    r.lr("Troco", money(paid - total, "eu"))
    r.rule("-")
    r.center("Processado por computador")
    r.center("Obrigado pela preferência!")
    spec = photo(rng, "grey", 4, quality=80, long=2400)
    case = "Lda legal name, NUIT, 'VENDA A DINHEIRO', IVA 16 % included, 'TOTAL 1.234,00 MT', DD-MM-YYYY"
    return TCase("x22_mz_pastry", "MZ", "pt", "Mozambican pastry shop", case, r.image(), r.lines, k, spec)


def x23_ao_supermarket(rng: random.Random) -> TCase:
    k = VKey("AOA", "Kz")
    t = when(rng, 2025, 8, 20)
    r = TRoll(80, 44, "dmono", pitch=1.3)
    items = menu(
        rng,
        "Arroz Tio Lucas 5kg 6850.00; Óleo Fula 1L 2150.00; Açúcar 1kg 1290.00; Fuba de milho 5kg 3900.00; "
        "Feijão manteiga 1kg 1850.00; Leite Nido 400g 5400.00; Massa esparguete 500g 890.00; "
        "Cuca lata 330ml 450.00; Água Pura 1.5L 380.00; Peixe carapau kg 2600.00; Sabão azul 650.00; "
        "Frango congelado kg 3200.00",
        rng.randint(3, 7),
        qmax=3,
    )
    r.big(k.company("KIANDA SUPERMERCADO"), face="dmono-b", height=4.5)
    r.center(k.alt("Kianda Comércio Geral, Lda"))
    r.block(k.address("Rua Rainha Ginga, n.º 45", "Ingombota, Luanda"), "c")
    r.center(f"NIF: {nif_ao(rng)}")
    r.rule("-")
    r.text(f"FACTURA-RECIBO FR {t.year}/{rng.randint(1, 9)}{digits(rng, 4)}")
    r.text(f"Data: {k.date(t, '%Y-%m-%d')}  Hora: {hm(t, True)}")
    r.text("Cliente: Consumidor Final  NIF: 999999999")
    r.rule("-")
    cols(r, ["Descrição", "Qtd", "Preço", "Total"], [20, -4, -10, -10])
    for name, qty, unit, amt in items:
        cols(r, [fit(name, 19), str(qty), money(unit, "eu"), money(amt, "eu")], [20, -4, -10, -10])
    total = sum((a for *_, a in items), Decimal(0))
    net, iva = vat_in(total, Decimal(14))
    r.rule("-")
    r.lr("Total Ilíquido", money(net, "eu"))
    r.lr("IVA 14%", money(iva, "eu"))
    r.lr("TOTAL A PAGAR", f"{k.total(total, 'eu')} Kz", face="dmono-b", hy=1.8)
    pay = rng.choice(["Numerário", "Multicaixa"])
    paid = tendered(rng, total, (500, 1000, 2000, 5000)) if pay == "Numerário" else total
    r.lr(pay, money(paid, "eu"))
    r.lr("Troco", money(paid - total, "eu"))
    r.rule("-")
    r.text(f"{digits(rng, 1)}{rng.choice('ABCDEFGH')}{rng.choice('ijkl')}{rng.choice('MNOP')}-Processado por")
    r.text(f"programa validado n.º {rng.randint(10, 399)}/AGT/{rng.randint(2019, 2023)}")
    r.center("Os bens foram colocados à disposição")
    r.center("do adquirente na data do documento")
    spec = scan(rng, 300, "png", rotate=90, lid=(240, 240, 236))
    case = "Lda legal name, NIF, factura-recibo, IVA 14 %, 'TOTAL A PAGAR 12.345,00 Kz', ISO date; turned 90"
    return TCase("x23_ao_supermarket", "AO", "pt", "Angolan supermarket", case, r.image(), r.lines, k, spec)


def x24_et_cafe(rng: random.Random) -> TCase:
    k = VKey("ETB", "Br")
    t = when(rng, 2025, 7, 21)
    r = TRoll(80, 40, "lmono", pitch=1.3)
    items = menu(
        rng,
        "Macchiato 45.00; Buna (Ethiopian coffee) 40.00; Spris 70.00; Avocado Juice 120.00; "
        "Chechebsa 180.00; Ful Medames 160.00; Special Firfir 220.00; Tibs Beef 380.00; "
        "Shiro Tegabino 250.00; Pastry (Donut) 60.00; Ambo Water 0.5L 35.00; Cake Slice 90.00",
        rng.randint(2, 5),
        qmax=3,
    )
    r.center(k.company("SHEGER CAFE & PASTRY"), face="lmono-b", hy=2.0)
    r.center(k.alt("Sheger Cafe PLC"))
    r.block(k.address("Bole Road, Friendship Bldg", "Addis Ababa, Ethiopia"), "c")
    r.center(f"TIN: 00{digits(rng, 8)}")
    r.center(f"VAT Reg. No: {digits(rng, 8)}")
    r.rule("-")
    r.text(f"FS No. {digits(rng, 8)}")
    r.text(f"{k.date(t, '%d/%m/%Y')}   {hm(t)}")
    r.text(f"Waiter: {rng.choice(['Selam', 'Dawit', 'Hana'])}  Table {rng.randint(1, 20)}")
    r.rule("-")
    for name, qty, unit, amt in items:
        r.text(fit(name, 40))
        r.lr(f"  {qty} x *{money(unit)}", f"*{money(amt)}")
    sub = sum((a for *_, a in items), Decimal(0))
    svc = q2(sub / 10)
    vat = q2((sub + svc) * Decimal("0.15"))
    total = sub + svc + vat
    r.rule("-")
    r.lr("TXBL1", f"*{money(sub + svc)}")
    r.lr("SERVICE CHARGE 10%", f"*{money(svc)}")
    r.lr("TAX1 15%", f"*{money(vat)}")
    r.lr("TOTAL", f"*{k.total(total)}", face="lmono-b", hy=1.8)
    pay = rng.choice(["CASH", "TELEBIRR", "CBE BIRR"])
    paid = tendered(rng, total, (50, 100, 200, 500)) if pay == "CASH" else total
    r.lr(f"{pay} Br", f"*{money(paid)}")
    if pay == "CASH":
        r.lr("CHANGE", f"*{money(paid - total)}")
    r.rule("-")
    r.text(f"ERCA  {rng.choice(['AAA', 'ABB', 'BCA'])}{digits(rng, 7)}")
    r.center("Thank you - Ameseginalehu")
    spec = photo(rng, "slate", 4, paper=["crumple"], crumple=0.1, quality=78, long=2500)
    case = (
        "PLC legal name, TIN/VAT reg, FS No., service 10 % + TAX1 15 % added, '*1,234.50', Br; crumpled photo"
    )
    return TCase("x24_et_cafe", "ET", "en", "Ethiopian café", case, r.image(), r.lines, k, spec)


CASES = [x22_mz_pastry, x23_ao_supermarket, x24_et_cafe]
