"""Set ER receipts 19-21, phone screenshots: a Mexican fuel app's comprobante (litres at a price per
litre, IVA 16 % included, the station's name and address, points earned, '3 de noviembre de 2025', MX$),
a Belgian parking app's ticket in French (zone and plate, start and end, parking fee and a transaction
fee, TVA 21 % included, no merchant address - the street parked in is not it) and a Brazilian bike-share
ride (recibo de viagem: pass fee, extra minutes, R$ 12,90 amounts, the stations, no address)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_shot, ref, status_bar
from outside_common_k import money, q2
from outside_common_r import hm, vat_in, when
from outside_common_ra import rfc_mx
from outside_common_v import VKey


def er19_mx_fuel(rng: random.Random) -> ERCase:
    k = VKey("MXN", "MX$")
    t = when(rng, 2025, 6, 22)
    price = Decimal(rng.choice(["23.89", "24.39", "25.19", "26.49"]))
    amount = Decimal(rng.choice([300, 400, 500, 650, 800, 1000, 1200]))
    litres = (amount / price).quantize(Decimal("0.001"))
    iva = vat_in(amount, Decimal(16))[1]
    css = (
        "body{margin:0;background:#f4f6f8;font:15px/1.45 'Noto Sans',sans-serif;color:#0f1d2b}"
        ".top{background:#00843d;color:#fff;padding:10px 18px 22px} .top .t{font:700 20px sans-serif}"
        ".card{background:#fff;margin:-12px 14px 12px;border-radius:14px;padding:14px 16px;"
        "box-shadow:0 2px 6px #0002} .big{font:700 32px sans-serif;color:#00843d} .lr{padding:3px 0}"
        ".mut{color:#6b7785;font-size:12.5px} .b{font-weight:700} .pts{background:#fff6d6;border-radius:10px;"
        "padding:10px 14px;margin:0 14px 12px;font-size:13px}"
    )
    h = Html(css, "es-MX", "Comprobante")
    h.raw('<div style="background:#00843d">')
    status_bar(h, hm(t + timedelta(minutes=rng.randint(1, 30))), rng.randint(20, 90), dark=True)
    h.raw('</div><div class="top">')
    h.el("Comprobante de compra", "t")
    h.el("Pago desde la app GasoPass", "")
    h.raw('</div><div class="card">')
    h.el(k.company("Gasolinera Río Bravo"), "b")
    h.el(
        "Estación ES-"
        + str(rng.randint(10000, 19999))
        + " · Permiso CRE PL/"
        + str(rng.randint(1000, 29999))
        + "/EXP/ES/2016",
        "mut",
    )
    for line in k.address("Av. Constitución 2050 Pte., Col. Centro", "64000 Monterrey, N.L."):
        h.el(line, "mut")
    h.el(f"RFC {rfc_mx(rng, 'GRB')}", "mut")
    h.raw('</div><div class="card">')
    h.el(f"MX${money(amount)}", "big")
    h.el(f"{k.date(t, '%-d de %B de %Y', 'es')}, {hm(t)} h", "mut")
    h.lr("Producto", rng.choice(["Magna (regular)", "Premium", "Diésel"]))
    h.lr("Bomba / Manguera", f"{rng.randint(1, 12)} / {rng.randint(1, 2)}")
    h.lr("Litros", money(litres, "us", 3))
    h.lr("Precio por litro", f"MX${money(price)}")
    h.lr("Subtotal", f"MX${money(amount - iva)}")
    h.lr("IVA 16%", f"MX${money(iva)}")
    h.lr("Total pagado", f"MX${k.total(amount)}", "b")
    h.lr("Método de pago", f"{rng.choice(['Visa', 'Mastercard', 'Carnet'])} ••{rng.randint(1000, 9999)}")
    h.lr("Folio", ref(rng, "A9999999"))
    h.raw("</div>")
    h.raw('<div class="pts">')
    h.el(f"¡Ganaste {int(litres)} puntos GasoPass! Saldo: {rng.randint(200, 4000)} puntos")
    h.raw("</div>")
    h.raw('<div style="padding:0 18px">')
    h.el("¿Necesitas factura? Solicítala en factura.gasopass.mx con tu folio dentro del mes.", "mut")
    h.raw("</div>")
    out = chrome_shot(h, 412, 2)
    what = "fuel app comprobante (screenshot): station name + address, litres x price, IVA 16 % incl., points"
    return case("er19_mx_fuel", "MX", "es", "Mexican fuel app receipt", what, k, out)


def er20_be_parking(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 8, 19)
    minutes = rng.choice([45, 60, 90, 120, 150, 180])
    rate = Decimal(rng.choice(["2.50", "3.00", "3.50"]))
    fee = q2(rate * minutes / 60)
    service = Decimal("0.35")
    total = fee + service
    css = (
        "body{margin:0;background:#fff;font:15px/1.5 'DejaVu Sans',sans-serif;color:#202124}"
        ".bar{background:#1d3a8a;color:#fff;padding:10px 18px} .bar .t{font:700 18px sans-serif}"
        ".z{margin:16px 18px;border:2px solid #1d3a8a;border-radius:10px;padding:10px 14px}"
        ".zone{font:700 26px sans-serif;color:#1d3a8a} .lr{padding:4px 18px} .mut{color:#666;font-size:12px;"
        "padding:2px 18px} .b{font-weight:700;font-size:17px} hr{border:0;border-top:1px solid #ddd;"
        "margin:8px 18px}"
    )
    h = Html(css, "fr-BE", "Ticket")
    status_bar(h, hm(t + timedelta(minutes=minutes + rng.randint(1, 40))), rng.randint(10, 80))
    h.raw('<div class="bar">')
    h.el(k.company("ParkaPay"), "t")
    h.el("Reçu de stationnement")
    h.raw('</div><div class="z">')
    h.el(f"Zone {rng.randint(4100, 4199)}", "zone")
    spot = rng.choice(["Ixelles, Place Flagey", "Saint-Gilles, Parvis", "Etterbeek, Rue des Champs"])
    h.el(f"Bruxelles - {spot}")
    h.el(f"Zone rouge · {money(rate, 'eu')} €/heure", "mut")
    h.raw("</div>")
    h.lr("Plaque", f"1-{ref(rng, 'AAA')}-{rng.randint(100, 999)}")
    h.lr("Date", k.date(t, "%d/%m/%Y"))
    h.lr("Début", hm(t))
    h.lr("Fin", hm(t + timedelta(minutes=minutes)))
    h.lr("Durée", f"{minutes // 60} h {minutes % 60:02d} min")
    h.raw("<hr>")
    h.lr("Stationnement", f"{money(fee, 'eu')} €")
    h.lr("Frais de transaction", f"{money(service, 'eu')} €")
    h.lr("Total payé", f"{k.total(total, 'eu')} €", "b")
    h.el(f"dont TVA 21 % : {money(vat_in(total, Decimal(21))[1], 'eu')} €", "mut")
    h.el(f"Payé par Bancontact •••• {rng.randint(1000, 9999)}", "mut")
    h.raw("<hr>")
    h.el(f"N° de transaction {ref(rng, '99999999-AA')}", "mut")
    h.el("Une question ? aide@parkapay.be", "mut")
    h.el(f"{k.alt('ParkaPay SRL')} · TVA BE 0{rng.randint(600000000, 799999999)}", "mut")
    out = chrome_shot(h, 360, 3)
    what = (
        "parking app ticket (screenshot, French): zone, plate, start/end, fee + transaction fee, no address"
    )
    return case("er20_be_parking", "BE", "fr", "Belgian parking app receipt", what, k, out)


def er21_br_bikeshare(rng: random.Random) -> ERCase:
    k = VKey("BRL", "R$")
    t = when(rng, 2025, 6, 21)
    ride = rng.randint(18, 95)
    base = Decimal("12.90")
    extra_min = max(0, ride - 60)
    extra = q2(Decimal("0.35") * extra_min)
    ebike = Decimal("4.00") if rng.random() < 0.5 else Decimal(0)
    total = base + extra + ebike
    css = (
        "body{margin:0;background:#fafafa;font:15px/1.5 'Liberation Sans',sans-serif;color:#222}"
        ".hd{background:#ff6a00;color:#fff;padding:12px 18px 16px} .hd .n{font:800 24px sans-serif}"
        ".sec{background:#fff;margin:10px 12px;border-radius:10px;padding:10px 14px;box-shadow:0 1px 3px "
        "#0001}"
        ".lr{padding:3px 0} .mut{color:#777;font-size:12.5px} .b{font-weight:700;font-size:18px}"
    )
    h = Html(css, "pt-BR", "Recibo")
    h.raw('<div style="background:#ff6a00">')
    status_bar(h, hm(t + timedelta(minutes=ride + rng.randint(1, 20))), rng.randint(10, 99), dark=True)
    h.raw('</div><div class="hd">')
    h.el(k.company("Pedala Rio"), "n")
    h.el("Recibo de viagem")
    h.raw('</div><div class="sec">')
    h.lr("Data", k.date(t, "%d/%m/%Y"))
    h.lr(
        "Retirada",
        f"{hm(t)} · Estação {rng.choice(['Praça General Osório', 'Largo do Machado', 'Arpoador'])}",
    )
    back = t + timedelta(minutes=ride)
    h.lr(
        "Devolução",
        f"{hm(back)} · Estação {rng.choice(['Posto 6', 'Leblon - Jardim de Alah', 'Botafogo Praia'])}",
    )
    h.lr("Duração", f"{ride} min")
    h.lr("Bicicleta", f"{'E-bike' if ebike else 'Mecânica'} nº {rng.randint(1000, 9999)}")
    h.raw('</div><div class="sec">')
    h.lr("Passe diário (60 min por viagem)", f"R$ {money(base, 'eu')}")
    if ebike:
        h.lr("Adicional e-bike", f"R$ {money(ebike, 'eu')}")
    if extra:
        h.lr(f"Tempo extra ({extra_min} min x R$ 0,35)", f"R$ {money(extra, 'eu')}")
    h.lr("Total", f"R$ {k.total(total, 'eu')}", "b")
    h.lr("Pagamento", f"Pix · {ref(rng, 'E99999999AAAA99999999')}"[:32])
    h.raw("</div>")
    h.el(f"Você pedalou {money(Decimal(ride) / 4, 'eu', 1)} km e evitou {ride * 21} g de CO₂.", "mut")
    h.el(f"Dúvidas: ajuda@pedalario.com.br · {k.alt('Pedala Rio Mobilidade Ltda.')}", "mut")
    out = chrome_shot(h, 390, 2)
    what = (
        "bike-share ride receipt (screenshot, Portuguese): stations, day pass, extra minutes, Pix, no address"
    )
    return case("er21_br_bikeshare", "BR", "pt", "Brazilian bike-share ride receipt", what, k, out)


CASES = [er19_mx_fuel, er20_be_parking, er21_br_bikeshare]
