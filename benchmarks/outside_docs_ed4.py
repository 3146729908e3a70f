"""Set ED receipts 10-12: a Colombian online fashion shop's purchase e-mail printed to PDF (Chromium: the
items with size and colour, a coupon, shipping, IVA 19 % included, whole pesos '$ 289.700', three
instalments, the customer's Bogotá delivery address, the S.A.S. name and NIT and no merchant address), an
Argentine ticketing app's concert purchase (a phone screenshot: the venue and its address - not the
merchant's -, the show date months after the 'Fecha de compra', a service charge, '$ 194.500,00', six
instalments, the S.R.L. and CUIT and no address) and a New Zealand hardware store's e-mailed tax invoice
/ receipt printed to PDF (Chromium: the name beside a logo with the branch address under it, GST No.,
SKUs, a trade discount, 'Includes GST', EFTPOS, rewards points, '3 Nov 2025')."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_pdf, chrome_shot, ref, status_bar
from outside_common_k import fdate, money, q2
from outside_common_r import ampm, digits, hm, vat_in, when
from outside_common_t import cuit, nit
from outside_common_v import VKey


def ed10_co_fashion(rng: random.Random) -> ERCase:
    k = VKey("COP", "$")
    t = when(rng, 2025, 7, 23)
    catalogue = [
        ("Camisa de lino manga larga", "Talla M · Color arena", Decimal(159900)),
        ("Jean mom fit tiro alto", "Talla 8 · Azul medio", Decimal(189900)),
        ("Vestido midi estampado", "Talla S · Terracota", Decimal(219900)),
        ("Chaqueta de mezclilla", "Talla L · Índigo", Decimal(249900)),
        ("Mochila en lona encerada", "Única · Verde oliva", Decimal(139900)),
        ("Camiseta básica algodón pima", "Talla M · Blanco", Decimal(59900)),
    ]
    picks = [
        (name, var, p, rng.choice([1, 1, 2])) for name, var, p in rng.sample(catalogue, rng.randint(2, 3))
    ]
    sub = sum((p * q for *_, p, q in picks), Decimal(0))
    coupon = (sub * Decimal("0.10") / 100).quantize(Decimal(1)) * 100 if rng.random() < 0.6 else Decimal(0)
    ship = Decimal(0) if sub - coupon >= 250000 else Decimal(12900)
    total = sub - coupon + ship
    vat = vat_in(total, Decimal(19))[1].quantize(Decimal(1))
    instal = rng.choice([1, 3, 6])
    css = (
        "@page{size:Letter;margin:12mm} body{font:10pt/1.5 'Liberation Sans',sans-serif;color:#2d2a26;"
        "background:#fff} .mail{max-width:600px;margin:0 auto;border:1px solid #e8e2d9}"
        ".hd{background:#2d2a26;color:#f4efe6;text-align:center;padding:18px} .brand{font:700 22pt "
        "'Liberation Serif',serif;letter-spacing:3px} .in{padding:14px 26px} h1{font-size:15pt;margin:6px 0}"
        ".it{display:flex;gap:12px;padding:8px 0;border-bottom:1px solid #eee} .ph{width:56px;height:70px;"
        "background:#d9cfc1;border-radius:4px;flex:none} .it>div:last-child{flex:1} .m{color:#7a736a;"
        "font-size:8.5pt} .lr{padding:2px 0} .tot{font-weight:700;font-size:12.5pt;border-top:1px solid "
        "#2d2a26;"
        "padding-top:6px;margin-top:4px} .box{background:#f7f3ed;padding:10px 14px;margin:12px 0;"
        "border-radius:4px}"
        ".ft{text-align:center;color:#7a736a;font-size:8pt;padding:14px}"
    )
    h = Html(css, "es-CO", "Confirmación de compra")
    h.raw('<div class="mail"><div class="hd">')
    h.el(k.company("TELAR ANDINO"), "brand")
    h.raw('</div><div class="in">')
    name = rng.choice(["Valentina", "Santiago", "Camila", "Andrés"])
    h.el(f"¡Gracias por tu compra, {name}!", "", "h1")
    h.el("Recibimos tu pago y ya estamos alistando tu pedido.", "m")
    h.lr(f"Pedido #TA-{rng.randint(100000, 999999)}", f"Fecha de pago: {k.date(t, '%-d de %B de %Y', 'es')}")
    for pname, var, p, q in picks:
        h.raw('<div class="it"><div class="ph"></div><div>')
        h.lr(pname, f"$ {money(p * q, 'eu', 0)}")
        h.el(f"{var} · Cantidad: {q}", "m")
        h.raw("</div></div>")
    h.raw('<div style="margin-top:8px">')
    h.lr("Subtotal", f"$ {money(sub, 'eu', 0)}")
    if coupon:
        h.lr("Descuento cupón BIENVENIDA10", f"-$ {money(coupon, 'eu', 0)}")
    h.lr("Envío", "Gratis" if not ship else f"$ {money(ship, 'eu', 0)}")
    h.lr("Total pagado", f"$ {k.total(total, 'eu', 0)} COP", "tot")
    h.lr("IVA incluido (19 %)", f"$ {money(vat, 'eu', 0)}", "m")
    h.raw('</div><div class="box">')
    card = rng.choice(["Visa crédito", "Mastercard crédito", "Tarjeta débito"])
    h.el(
        f"Medio de pago: {card} terminada en {rng.randint(1000, 9999)}"
        + (f" · {instal} cuotas" if instal > 1 and "crédito" in card else "")
    )
    h.el(f"Autorización {digits(rng, 6)} · Referencia {ref(rng, '9999999999')}", "m")
    h.raw('</div><div class="box">')
    h.el("Dirección de entrega", "m")
    who = rng.choice(
        [
            ("Calle 93 # 14-20, Apto 502", "Chicó Norte, Bogotá D.C."),
            ("Carrera 7 # 71-21, Torre B, Of. 1204", "Bogotá D.C."),
            ("Avenida Calle 26 # 68C-61, Casa 14", "Bogotá D.C."),
        ]
    )
    for line in who:
        h.el(line)
    start = t + timedelta(days=rng.randint(2, 3))
    h.el(f"Entrega estimada: {start:%d/%m} - {(start + timedelta(days=2)):%d/%m/%Y}", "m")
    h.raw('</div></div><div class="ft">')
    h.el(f"{k.alt('Telar Andino S.A.S.')} · NIT {nit(rng)}")
    h.el("¿Preguntas sobre tu pedido? Escríbenos a ayuda@telarandino.co o por WhatsApp.")
    h.el("Tienes 30 días para cambios y devoluciones.")
    h.raw("</div></div>")
    out = chrome_pdf(h)
    what = (
        "shop purchase e-mail printed to PDF: coupon, shipping, IVA incl., whole pesos, delivery address only"
    )
    return case("ed10_co_fashion", "CO", "es", "Colombian online fashion order", what, k, out)


def ed11_ar_concert(rng: random.Random) -> ERCase:
    k = VKey("ARS", "$")
    t = when(rng, 2025, 9, 23)
    show = (t + timedelta(days=rng.randint(40, 160))).replace(hour=21, minute=0)
    kind, price = rng.choice(
        [
            ("Campo general", Decimal(85000)),
            ("Platea preferencial", Decimal(120000)),
            ("Campo VIP", Decimal(150000)),
        ]
    )
    n = rng.randint(1, 4)
    fee = q2(price * Decimal("0.15")) * n
    total = price * n + fee
    cuotas = rng.choice([3, 6])
    css = (
        "body{margin:0;background:#fff;font:15px/1.45 'DejaVu Sans',sans-serif;color:#1a1a2e}"
        ".app{display:flex;align-items:center;justify-content:space-between;padding:8px 18px}"
        ".logo{font:800 20px 'DejaVu Sans';color:#6c2bd9} .ok{background:#e9f9ef;color:#137a3a;"
        "margin:6px 16px;padding:10px 14px;border-radius:10px;font-weight:700}"
        ".ev{margin:12px 16px;border-radius:14px;overflow:hidden;border:1px solid #e5e1f3}"
        ".img{height:120px;background:linear-gradient(120deg,#6c2bd9,#e8457c)} .evb{padding:10px 14px}"
        ".t{font:700 19px sans-serif} .m{color:#666;font-size:13px} .sec{margin:12px 16px;padding:10px 14px;"
        "background:#f6f4fb;border-radius:12px} .lr{padding:3px 0} .b{font-weight:700;font-size:17px}"
    )
    h = Html(css, "es-AR", "Tu compra")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(1, 15))), rng.randint(15, 99))
    h.raw('<div class="app">')
    h.el(k.company("EntradaYa"), "logo")
    h.raw('<span style="font-size:22px">&#9776;</span></div>')
    h.el("¡Compra confirmada! Te enviamos las entradas por mail.", "ok")
    h.raw('<div class="ev"><div class="img"></div><div class="evb">')
    band = rng.choice(["Los Tábanos", "Niebla del Sur", "La Orquesta Invisible"])
    h.el(f"{band} - Gira {show.year}", "t")
    h.el(f"{fdate(show, '%-d de %B de %Y', 'es')} · {hm(show)} h", "m")
    venue = rng.choice(
        [
            ("Arena Parque Norte", "Av. Cantilo 4300, CABA"),
            ("Estadio Ribera Sur", "Av. Pedro de Mendoza 1800, CABA"),
        ]
    )
    h.el(venue[0], "m")
    h.el(venue[1], "m")
    h.raw('</div></div><div class="sec">')
    h.lr("Fecha de compra", f"{k.date(t, '%d/%m/%Y')} {hm(t)}")
    h.lr("N.º de orden", ref(rng, "99999999"))
    h.lr(f"{n} x {kind}", f"$ {money(price * n, 'eu')}")
    h.lr("Cargo por servicio", f"$ {money(fee, 'eu')}")
    h.lr("Total", f"$ {k.total(total, 'eu')}", "b")
    h.raw('</div><div class="sec">')
    h.el(f"Visa crédito terminada en {rng.randint(1000, 9999)}")
    h.el(f"{cuotas} cuotas sin interés de $ {money(q2(total / cuotas), 'eu')}", "m")
    h.raw('</div><div style="padding:0 18px">')
    h.el(
        f"{k.alt('EntradaYa S.R.L.')} · CUIT {cuit(rng)} · Agente de venta por cuenta y orden del productor",
        "m",
    )
    h.raw("</div>")
    out = chrome_shot(h, 412, 3)
    what = "concert ticket purchase screenshot: venue + address, Fecha de compra vs show date, service charge"
    return case("ed11_ar_concert", "AR", "es", "Argentine concert ticket purchase", what, k, out)


def ed12_nz_hardware(rng: random.Random) -> ERCase:
    k = VKey("NZD", "$")
    t = when(rng, 2025, 7, 18)
    catalogue = [
        ("ZIN-100", "Treated pine 90x45 H3.2 4.8m", Decimal("21.98")),
        ("PNT-4L", "Exterior acrylic low sheen 4L", Decimal("89.90")),
        ("SCR-500", "Decking screws 10g x 65mm SS (500)", Decimal("64.50")),
        ("BRS-75", "Paint brush set 3pc", Decimal("24.99")),
        ("DRL-18V", "18V cordless drill kit", Decimal("199.00")),
        ("SND-120", "Sandpaper sheets 120 grit (10)", Decimal("12.49")),
        ("GLV-L", "Work gloves nitrile L", Decimal("9.98")),
        ("TRP-35", "Heavy duty tarp 3.6 x 5.4m", Decimal("42.00")),
    ]
    rows = []
    for sku, name, p in rng.sample(catalogue, rng.randint(3, 5)):
        q = rng.choice([1, 1, 2, 6]) if sku == "ZIN-100" else rng.choice([1, 1, 2])
        rows.append((sku, name, q, p, p * q))
    sub = sum((a for *_, a in rows), Decimal(0))
    trade = q2(sub * Decimal("0.10")) if rng.random() < 0.6 else Decimal(0)
    total = sub - trade
    gst = vat_in(total, Decimal(15))[1]
    css = (
        "@page{size:A4;margin:14mm} body{font:10pt/1.45 'Liberation Sans',sans-serif;color:#1e2a22}"
        ".hd{display:flex;align-items:center;gap:14px;border-bottom:4px solid #2e7d32;padding-bottom:10px}"
        ".logo{width:58px;height:58px;background:#2e7d32;border-radius:8px;color:#fff;font:700 26pt "
        "'Liberation Serif';"
        "text-align:center;line-height:58px} .name{font:700 18pt 'Liberation Sans'} .s{font-size:8.5pt;"
        "color:#55615a}"
        "h1{font-size:13pt;margin:14px 0 6px;letter-spacing:1px} table{width:100%;border-collapse:collapse}"
        "th{text-align:left;border-bottom:1px solid #1e2a22;font-size:8.5pt;padding:4px} td{padding:4px;"
        "border-bottom:1px solid #e3e8e4} .sum{width:48%;margin-left:52%;margin-top:8px} .lr{padding:2px 0}"
        ".tot{font-weight:700;font-size:13pt;border-top:2px solid #1e2a22;padding-top:5px} "
        ".pts{margin-top:16px;"
        "background:#eef6ee;padding:8px 12px;border-radius:6px}"
    )
    h = Html(css, "en-NZ", "Tax invoice / receipt")
    h.raw('<div class="hd"><div class="logo">K</div><div>')
    branch = rng.choice(
        [
            ("Frankton", ("214 Glenda Drive", "Frankton, Queenstown 9300")),
            ("Riccarton", ("88 Blenheim Road", "Riccarton, Christchurch 8041")),
            ("Te Rapa", ("5 Arthur Porter Drive", "Te Rapa, Hamilton 3200")),
        ]
    )
    h.el(k.company(f"Kauri Hardware {branch[0]}"), "name")
    for line in k.address(*branch[1]):
        h.el(line, "s")
    h.raw("</div></div>")
    h.el("TAX INVOICE / RECEIPT", "", "h1")
    h.lr(
        f"GST No. {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
        f"Date: {k.date(t, '%-d %b %Y')} {ampm(t)}",
    )
    h.lr(
        f"Receipt {rng.randint(10, 99)}-{rng.randint(100000, 999999)} · Till {rng.randint(1, 8)}",
        f"Served by {rng.choice(['Aroha', 'Liam', 'Mere', 'Jack'])}",
    )
    acct = rng.choice(["Hemi Walker Builders Ltd", "Sarah Chen", "Cash sale"])
    h.el(f"Customer: {acct}", "s")
    h.table(
        [[sku, name, str(q), f"${money(p)}", f"${money(a)}"] for sku, name, q, p, a in rows],
        "",
        ["SKU", "Description", "Qty>", "Unit>", "Amount>"],
    )
    h.raw('<div class="sum">')
    h.lr("Subtotal", f"${money(sub)}")
    if trade:
        h.lr("Trade discount 10%", f"-${money(trade)}")
    h.lr("Total NZD", f"${k.total(total)}", "tot")
    h.lr("Includes GST of", f"${money(gst)}", "s")
    h.lr(f"EFTPOS {rng.choice(['Cheque', 'Savings', 'Credit'])}", f"${money(total)}")
    h.lr("Change", "$0.00", "s")
    h.raw('</div><div class="pts">')
    h.el(f"Kauri Rewards: {int(total)} points earned · balance {int(total) + rng.randint(100, 4000)} points")
    h.raw("</div>")
    h.el("Returns accepted within 30 days with this receipt. Timber cut to length is non-refundable.", "s")
    h.el(
        f"Emailed to {rng.choice(['h.walker', 'sarah.c', 'builds'])}"
        f"@{rng.choice(['xtra.co.nz', 'gmail.com'])} "
        f"at {fdate(t, '%-d/%-m/%Y')} {hm(t + timedelta(minutes=1))}",
        "s",
    )
    out = chrome_pdf(h)
    what = (
        "hardware tax invoice/receipt e-mail to PDF: logo + name + branch address, GST incl., trade discount"
    )
    return case("ed12_nz_hardware", "NZ", "en", "New Zealand hardware store e-mailed receipt", what, k, out)


CASES = [ed10_co_fashion, ed11_ar_concert, ed12_nz_hardware]
