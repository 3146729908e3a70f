"""Set RA receipts 28-30: a Viennese Beisl's Rechnung (GmbH, UID, food 10 % and drinks 20 % MwSt table,
RKSV Kassen-ID and QR code) with the card terminal's Kundenbeleg stapled under it (Betrag + Trinkgeld =
Gesamt, the key), a Copenhagen interiors shop's e-mailed kvittering (a born-digital A4 PDF: ApS, CVR-nr.,
'14. marts 2025', 'Heraf moms 25 %') and an Ericeira surf shop's e-mailed fatura-recibo (a narrow
born-digital PDF: Unipessoal Lda., NIF, ATCUD, IVA 23 % table, certified-software line, ISO date)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_CEILING, Decimal

from outside_common_k import money
from outside_common_r import digits, fit, hm, menu, stack, when
from outside_common_ra import B64, amounts, atcud, code, cvr_dk, nif_pt, split_vat, uid_at
from outside_common_s import cols
from outside_common_t import EReceipt, TCase, TRoll
from outside_common_v import VKey
from outside_common_x import EMAIL, scan


def ra28_at_beisl_card(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 12, 22)
    r = TRoll(80, 42, "dmono", pitch=1.3)
    food = menu(
        rng,
        "Wiener Schnitzel vom Kalb 26.90; Tafelspitz mit Rösti 24.50; Rindsgulasch 16.90; "
        "Kaspressknödel 12.90; Backhendl 18.90; Apfelstrudel 7.50; Kaiserschmarrn 12.50; "
        "Frittatensuppe 5.90; Erdäpfelsalat 5.50",
        rng.randint(2, 4),
        qmax=2,
    )
    drinks = menu(
        rng,
        "Seidl Ottakringer 4.60; Krügerl Stiegl 5.40; Gespritzter 1/4 4.20; Grüner Veltliner 1/8 4.80; "
        "Almdudler 0,35 4.20; Melange 4.40; Mineral 0,33 3.40; Marillenschnaps 2cl 4.50",
        rng.randint(2, 3),
        qmax=3,
    )
    r.center(k.company("BEISL ZUR ALTEN POST"), face="dmono-b", hy=2.0)
    r.center(k.alt("Zur Alten Post Gastronomie GmbH"))
    r.block(k.address("Lange Gasse 12", "1080 Wien"), "c")
    r.center(f"UID: {uid_at(rng)}")
    r.rule("-")
    r.center("RECHNUNG", face="dmono-b")
    r.lr(f"Tisch {rng.randint(1, 25)}", f"Beleg-Nr. {digits(rng, 6)}")
    r.text(f"{k.date(t, '%d.%m.%Y')} {hm(t)}  Kellner: {rng.choice(['Franz', 'Resi', 'Jovan'])}")
    r.rule("-")
    for (name, qty, _unit, amt), tag in [(f, "B") for f in food] + [(d, "A") for d in drinks]:
        r.lr(f"{qty} {fit(name, 30)}", f"{money(amt, 'eu')} {tag}")
    low, high = amounts(food), amounts(drinks)
    bill = low + high
    r.rule("-")
    r.lr("SUMME EUR", money(bill, "eu"), face="dmono-b", hy=1.8)
    r.lr("Bankomat/Karte", money(bill, "eu"))
    r.rule("-")
    widths = [9, -11, -10, -12]
    cols(r, ["MwSt", "Netto", "Steuer", "Brutto"], widths)
    for (rate, net, vat, gross), tag in zip(
        split_vat({Decimal(10): low, Decimal(20): high}), "BA", strict=True
    ):
        cols(r, [f"{tag} {rate}%", money(net, "eu"), money(vat, "eu"), money(gross, "eu")], widths)
    r.rule("-")
    r.text(f"Kassen-ID: K{rng.randint(1, 4)}  Signatur RKSV")
    r.qr(rng, 20)
    r.center("Danke und auf Wiedersehen!")
    gesamt = (bill / 5).to_integral_value(ROUND_CEILING) * 5
    tip = gesamt - bill if gesamt - bill >= 2 else gesamt + 5 - bill
    s = TRoll(58, 28, "lmono", pitch=1.3, top=9)
    pay = t + timedelta(minutes=rng.randint(3, 15))
    s.center("KUNDENBELEG", face="lmono-b")
    s.center("BEISL ZUR ALTEN POST")
    s.text(f"TID {digits(rng, 8)}  {pay:%d.%m.%Y}")
    s.text(f"Zeit {hm(pay)}  Beleg {digits(rng, 4)}")
    s.text(f"{rng.choice(['Debit Mastercard', 'Visa Debit', 'Maestro'])}")
    s.text(f"****{digits(rng, 4)}  kontaktlos")
    s.lr("Betrag EUR", money(bill, "eu"))
    s.lr("Trinkgeld EUR", money(tip, "eu"))
    s.lr("Gesamt EUR", k.total(bill + tip, "eu"), face="lmono-b")
    s.center("Zahlung erfolgt")
    s.center(f"Autor.-Nr. {digits(rng, 6)}")
    image = stack(r.image(), s.image(), overlap=7, dx=rng.uniform(8, 18), angle=rng.uniform(-5, 5))
    spec = scan(rng, 300, "jpg", colour=True, lid=(220, 220, 216), quality=82, angle=rng.uniform(-2, 2))
    case = "GmbH name, UID, B 10 % / A 20 % MwSt, RKSV; card slip with Trinkgeld stapled below (key: Gesamt)"
    lines = r.lines + s.lines
    return TCase("ra28_at_beisl_card", "AT", "de", "Austrian Beisl + card slip", case, image, lines, k, spec)


def ra29_dk_interior_email(rng: random.Random) -> TCase:
    k = VKey("DKK", "DKK")
    t = when(rng, 2025, 8, 21)
    items = menu(
        rng,
        "Uldplaid Fiskebensmønster 699.00; Stentøjskrus 4 stk. 279.95; Linneddug 140x250 549.00; "
        "Bordlampe Opal 1149.00; Duftlys Fyrretræ 189.50; Keramikvase høj 349.00; "
        "Hørpudebetræk 50x50 229.00; Egetræs skærebræt 319.00; Glaskaraffel 1 L 249.95",
        rng.randint(2, 4),
        qmax=2,
    )
    e = EReceipt(210, 18, "liberation")
    e.bar(k.company("NORDLYS INTERIØR"), (34, 52, 58))
    e.text(k.alt("Nordlys Interiør ApS"), bold=True)
    for line in k.address("Vesterbrogade 112", "1620 København V"):
        e.text(line)
    tel = " ".join(digits(rng, 2) for _ in range(4))
    e.text(f"CVR-nr. {cvr_dk(rng)}   Tlf. +45 {tel}")
    e.feed(4)
    e.text("Kvittering - Click & Collect", size=13, bold=True)
    e.lr(
        f"Ordrenr. {rng.randint(100000000, 109999999)}", f"Dato: {k.date(t, '%-d. %B %Y', 'da')} kl. {hm(t)}"
    )
    e.lr("Afhentet i butikken", f"Kunde-ID {digits(rng, 6)}")
    e.feed(3)
    widths = [95.0, -18.0, -30.0, -31.0]
    e.row(["Vare", "Antal", "Stk.pris", "Beløb"], widths, 9, True)
    e.rule(1)
    for name, qty, unit, amt in items:
        e.row([name, str(qty), money(unit, "eu"), money(amt, "eu")], widths, 9.5)
    total = amounts(items)
    ((_, _net, moms, _),) = split_vat({Decimal(25): total})
    e.rule(2)
    e.lr("Subtotal", money(total, "eu"))
    e.lr("Levering (Click & Collect)", "0,00")
    e.lr("Total DKK", k.total(total, "eu"), 12, True)
    e.lr("Heraf moms 25 %", money(moms, "eu"))
    e.lr(f"Betalt med {rng.choice(['MobilePay', 'Visa/Dankort', 'Mastercard'])}", money(total, "eu"))
    e.feed(5)
    e.text("30 dages returret med denne kvittering. Varen skal være ubrugt og i original emballage.", size=8)
    e.text("Tak for dit køb - vi glæder os til at se dig igen.", size=8)
    data, image = e.output()
    case = (
        "born-digital A4 kvittering, name on a dark band, ApS name, CVR-nr., Danish month name, 'Total DKK'"
    )
    return TCase(
        "ra29_dk_interior_email",
        "DK",
        "da",
        "Danish e-mailed kvittering",
        case,
        image,
        e.lines,
        k,
        EMAIL,
        data,
    )


def ra30_pt_surf_email(rng: random.Random) -> TCase:
    k = VKey("EUR", "EUR")
    t = when(rng, 2025, 9, 19)
    items = menu(
        rng,
        "Aula de surf grupo 2h 35.00; Aluguer prancha softboard dia 25.00; Aluguer fato 4/3 dia 15.00; "
        "Wax Sex Wax 3.50; T-shirt Surf & Sal 22.00; Leash 7' 29.90; Protetor solar FPS50 16.50; "
        "Poncho toalha 39.00; Aula privada 1h30 60.00",
        rng.randint(2, 4),
        qmax=3,
    )
    n = rng.randint(40, 900)
    e = EReceipt(90, 7, "dejavu")
    e.text(k.company("SURF & SAL"), "C", 15, True, 8)
    e.text(k.alt("Surf e Sal, Unipessoal Lda."), "C", 8.5, True)
    for line in k.address("Rua Dr. Eduardo Burnay 21", "2655-370 Ericeira"):
        e.text(line, "C", 8.5)
    e.text(f"NIF {nif_pt(rng)}  Cap. Social 5.000,00 €", "C", 7.5)
    e.rule(3)
    e.text(f"FATURA-RECIBO FR {t.year}A1/{n}", "C", 10, True)
    e.text(f"ATCUD: {atcud(rng, n)}", "C", 8)
    e.lr(f"Data: {k.date(t, '%Y-%m-%d')}", f"Hora: {hm(t)}", 8.5)
    e.lr("Cliente: Consumidor final", "NIF 999999990", 8.5)
    e.rule(2)
    for name, qty, unit, amt in items:
        e.text(name, size=8.5)
        e.lr(f"   {qty} x {money(unit, 'eu')}  IVA 23%", money(amt, "eu"), 8.5)
    total = amounts(items)
    ((_, net, iva, _),) = split_vat({Decimal(23): total})
    e.rule(2)
    e.row(["Taxa", "Incidência", "IVA"], [20.0, -28.0, -28.0], 8, True)
    e.row(["23%", money(net, "eu"), money(iva, "eu")], [20.0, -28.0, -28.0], 8.5)
    e.rule(2)
    e.lr("Total (EUR)", k.total(total, "eu"), 11, True)
    e.lr(f"Pago: {rng.choice(['MB WAY', 'Multibanco', 'Cartão Visa'])}", money(total, "eu"), 8.5)
    e.rule(2)
    e.text(f"{code(rng, 4, B64[:62])}-Processado por programa", "C", 7)
    e.text(f"certificado n.º {rng.randint(1000, 2999)}/AT", "C", 7)
    e.text("Obrigado e boas ondas!", "C", 8)
    data, image = e.output()
    case = "narrow born-digital PDF, Unipessoal Lda. name, NIF, FATURA-RECIBO, ATCUD, IVA 23 %, ISO date"
    return TCase(
        "ra30_pt_surf_email",
        "PT",
        "pt",
        "Portuguese e-mailed fatura-recibo",
        case,
        image,
        e.lines,
        k,
        EMAIL,
        data,
    )


CASES = [ra28_at_beisl_card, ra29_dk_interior_email, ra30_pt_surf_email]
