"""Set ED receipts 22-24: a Chilean supermarket's boleta electrónica shown in its loyalty app (a phone
screenshot: a till receipt's layout in monospace inside the app - the fantasy name, the SpA name, RUT and
giro, the store address, items by the kilo, a member discount, 'TOTAL $ 23.480' in whole pesos, the IVA
included, the SII stamp - and the points earned under it), a Peruvian online academy's boleta de venta
electrónica (WeasyPrint: the trade name beside a logo with the S.A.C. name and address, the RUC box, a
course starting weeks after the 'Fecha de emisión', a discount, Op. gravada and IGV 18 %, 'Importe total
S/ 349.00') and a holiday-rental platform's payment receipt for a stay in Split (Chromium: Croatian and
English, the host's flat and its address - not the merchant's -, check-in and check-out after the
'Plaćeno' date, nightly rate, cleaning and service fees, tourist tax, the d.o.o. name, OIB and Zagreb
address at the foot)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, case, chrome_pdf, chrome_shot, ref, status_bar, weasy
from outside_common_k import fdate, money, q2
from outside_common_r import digits, hm, menu, vat_in, when
from outside_common_t import ruc, rut
from outside_common_v import VKey


def ed22_cl_supermarket(rng: random.Random) -> ERCase:
    k = VKey("CLP", "$")
    t = when(rng, 2025, 9, 22)
    items = menu(
        rng,
        "LECHE ENTERA 1L 1190; PAN MARRAQUETA KG 2390; PALTA HASS KG 4990; TOMATE KG 1690; ARROZ G1 1KG "
        "1590; "
        "ACEITE MARAVILLA 1L 2890; HUEVOS 12 UN 3490; QUESO GAUDA 250G 3290; YOGHURT BATIDO 6PK 2590; "
        "DETERGENTE 3L 7990; POLLO TRUTRO ENTERO KG 3990; CAFE INSTANTANEO 170G 5490; VINO TINTO 750ML 4590",
        rng.randint(5, 9),
        qmax=3,
    )
    sub = sum((a for *_, a in items), Decimal(0))
    member = Decimal(rng.choice([0, 500, 1200, 2000]))
    total = sub - member
    vat = vat_in(total, Decimal(19))[1].quantize(Decimal(1))
    css = (
        "body{margin:0;background:#f1f4f2;font:14px/1.45 'DejaVu Sans',sans-serif;color:#1d2621}"
        ".nav{display:flex;align-items:center;gap:12px;background:#0b6b3a;color:#fff;padding:10px 16px;"
        "font-weight:700;font-size:16px} .slip{background:#fff;margin:12px 16px;padding:14px 14px 18px;"
        "font:12.5px/1.4 'DejaVu Sans Mono',monospace;box-shadow:0 1px 4px rgba(0,0,0,.15)} "
        ".c{text-align:center}"
        ".slip .lr{gap:6px} .b{font-weight:700} .ted{height:70px;margin:10px 8px 4px;background:"
        "repeating-linear-gradient(90deg,#111 0 1px,#fff 1px 3px),repeating-linear-gradient(0deg,#111 0 1px,"
        "#fff 1px 4px);background-blend-mode:multiply} .pts{background:#e2f3e9;margin:0 16px 14px;"
        "border-radius:10px;padding:10px 14px}"
    )
    h = Html(css, "es-CL", "Mis boletas")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(3, 90))), rng.randint(10, 99))
    h.raw('<div class="nav"><span>&#8592;</span>')
    h.el("Mis boletas")
    h.raw('</div><div class="slip"><div class="c">')
    h.el(k.company("SUPERMERCADO ARAUCARIA"), "b")
    h.el(k.alt("COMERCIAL ARAUCARIA SPA"))
    h.el(f"R.U.T.: {rut(rng)}")
    h.el("GIRO: SUPERMERCADOS Y ALMACENES")
    store = rng.choice(
        [
            ("AV. IRARRAZAVAL 3450", "NUNOA - SANTIAGO"),
            ("AV. PAJARITOS 2105", "MAIPU - SANTIAGO"),
            ("AV. VALPARAISO 680", "VINA DEL MAR"),
        ]
    )
    for line in k.address(*store):
        h.el(line)
    h.el(f"BOLETA ELECTRONICA N° {rng.randint(1000000, 9999999)}", "b")
    h.raw("</div>")
    h.lr(f"FECHA: {k.date(t, '%d-%m-%Y')}", f"HORA: {hm(t)}")
    h.lr(
        f"CAJA: {rng.randint(1, 24):02d}  TRX: {rng.randint(1000, 9999)}", f"CAJERO: {rng.randint(100, 999)}"
    )
    h.el("-" * 38)
    for name, q, u, a in items:
        h.lr(f"{q} x {money(u, 'eu', 0)} {name}", money(a, "eu", 0))
    h.el("-" * 38)
    h.lr("SUBTOTAL", f"$ {money(sub, 'eu', 0)}")
    if member:
        h.lr("DESCUENTO SOCIO", f"-$ {money(member, 'eu', 0)}")
    h.lr("TOTAL", f"$ {k.total(total, 'eu', 0)}", "b")
    h.lr(f"DEBITO ****{rng.randint(1000, 9999)}", f"$ {money(total, 'eu', 0)}")
    h.lr("VUELTO", "$ 0")
    h.lr("IVA INCLUIDO EN ESTA BOLETA", f"$ {money(vat, 'eu', 0)}")
    h.raw('<div class="ted"></div><div class="c">')
    h.el("Timbre Electronico SII")
    h.el("Res. 80 de 2014 - Verifique documento en sii.cl")
    h.raw('</div></div><div class="pts">')
    h.el(f"Ganaste {int(total) // 100} puntos Araucaria · Saldo {rng.randint(500, 9000)} puntos")
    h.raw("</div>")
    out = chrome_shot(h, 360, 3)
    what = "loyalty-app boleta screenshot: till layout in monospace, SpA + RUT, member discount, whole pesos"
    return case("ed22_cl_supermarket", "CL", "es", "Chilean supermarket boleta in its app", what, k, out)


def ed23_pe_course(rng: random.Random) -> ERCase:
    k = VKey("PEN", "S/")
    t = when(rng, 2025, 8, 23)
    start = t + timedelta(days=rng.randint(7, 30))
    course, price = rng.choice(
        [
            ("Excel para finanzas - 8 semanas", Decimal("389.00")),
            ("Análisis de datos con Python - 10 semanas", Decimal("549.00")),
            ("Marketing digital y redes sociales - 6 semanas", Decimal("299.00")),
        ]
    )
    extra = Decimal("49.00") if rng.random() < 0.5 else Decimal(0)
    disc = q2(price * Decimal(rng.choice(["0", "0.10", "0.15"])))
    total = price + extra - disc
    base, igv = vat_in(total, Decimal(18))
    css = (
        "@page{size:A4;margin:14mm} body{font:9.5pt/1.45 'DejaVu Sans',sans-serif;color:#1f2937}"
        ".hd{display:flex;justify-content:space-between;align-items:flex-start} .left{display:flex;gap:10px}"
        ".logo{width:44px;height:44px;border-radius:50%;background:#ea580c;border:5px solid #fbbf24;"
        "flex:none} .name{font:bold 16pt 'DejaVu Sans';color:#9a3412} .s{font-size:8pt;color:#4b5563}"
        ".ruc{border:2px solid #9a3412;border-radius:6px;padding:8px 14px;text-align:center;font-weight:bold;"
        "min-width:200px} .info{margin:14px 0;border:1px solid #e5e7eb;padding:8px 12px} table{width:100%;"
        "border-collapse:collapse} th{background:#9a3412;color:#fff;padding:4px;font-size:8.5pt;"
        "text-align:left}"
        "td{padding:5px 4px;border-bottom:1px solid #e5e7eb} .sum{width:44%;margin-left:56%;margin-top:8px}"
        ".lr{padding:2px 0} .tot{font-weight:bold;font-size:11.5pt;border-top:1.5px solid #1f2937;"
        "padding-top:4px}"
    )
    h = Html(css, "es-PE", "Boleta de venta electrónica")
    h.raw('<div class="hd"><div class="left"><div class="logo"></div><div>')
    h.el(k.company("Quipu Academia Digital"), "name")
    h.el(k.alt("QUIPU EDUCACIÓN S.A.C."), "s")
    for line in k.address("Av. José Larco 1232, Of. 503", "Miraflores - Lima - Lima"):
        h.el(line, "s")
    h.raw('</div></div><div class="ruc">')
    h.el(f"R.U.C. {ruc(rng)}")
    h.el("BOLETA DE VENTA ELECTRÓNICA")
    h.el(f"B001-{rng.randint(1000, 99999):08d}")
    h.raw('</div></div><div class="info">')
    h.lr(f"Fecha de emisión: {k.date(t, '%d/%m/%Y')}", f"Hora: {hm(t)}")
    who = rng.choice(["Lucía Quispe Mamani", "Diego Ramírez Torres", "Carla Huamán Rojas"])
    h.lr(f"Cliente: {who}", f"DNI: {digits(rng, 8)}")
    h.lr("Moneda: SOLES", "Forma de pago: Contado - tarjeta")
    h.raw("</div>")
    rows = [["1", "UND", f"Curso online: {course}", money(price), money(price)]]
    if extra:
        rows.append(
            ["1", "UND", "Certificado digital con código de verificación", money(extra), money(extra)]
        )
    h.table(rows, "", ["Cant.", "Unidad", "Descripción", "P. Unit.>", "Importe>"])
    h.el(f"Inicio de clases: {start:%d/%m/%Y} · Acceso al aula virtual por 12 meses", "s")
    h.raw('<div class="sum">')
    if disc:
        h.lr("Descuento", f"-S/ {money(disc)}")
    h.lr("Op. gravada", f"S/ {money(base)}")
    h.lr("IGV 18%", f"S/ {money(igv)}")
    h.lr("Importe total", f"S/ {k.total(total)}", "tot")
    h.raw("</div>")
    h.el(
        "Representación impresa de la Boleta de Venta Electrónica. Consulte su documento en sunat.gob.pe.",
        "s",
    )
    h.el(f"Resumen: {ref(rng, 'xxxxxxxxxxxxxxxxxxxxxxxxxxx=')}", "s")
    out = weasy(h)
    what = "boleta electrónica: logo + name + S.A.C. + address, RUC box, course start after emisión, IGV, S/"
    return case("ed23_pe_course", "PE", "es", "Peruvian online course boleta", what, k, out)


def ed24_hr_rental(rng: random.Random) -> ERCase:
    k = VKey("EUR", "€")
    t = when(rng, 2025, 8, 23)
    arrive = (t + timedelta(days=rng.randint(20, 120))).replace(hour=15, minute=0)
    nights = rng.randint(3, 8)
    leave = arrive + timedelta(days=nights)
    guests = rng.randint(2, 4)
    rate = Decimal(rng.choice(["78.00", "95.00", "112.00", "135.00"]))
    stay = rate * nights
    cleaning = Decimal(rng.choice(["35.00", "45.00", "60.00"]))
    service = q2((stay + cleaning) * Decimal("0.14"))
    tax = Decimal("1.60") * guests * nights
    total = stay + cleaning + service + tax
    css = (
        "@page{size:A4;margin:16mm} body{font:10pt/1.5 'Liberation Sans',sans-serif;color:#222}"
        ".brand{font:800 24pt 'Liberation Sans';color:#e0245e;letter-spacing:-1px} h1{font-size:15pt;"
        "margin:10px 0 2px}"
        ".m{color:#666;font-size:8.5pt} .card{border:1px solid #ddd;border-radius:10px;padding:12px 16px;"
        "margin:12px 0}"
        ".stay{display:flex;gap:14px} .ph{width:120px;height:84px;border-radius:8px;"
        "background:linear-gradient(135deg,"
        "#9ad0ec,#f6d186)} .lr{padding:3px 0} .tot{font-weight:bold;font-size:12pt;border-top:1px solid #222;"
        "margin-top:6px;padding-top:6px} .b{font-weight:bold} .ft{margin-top:22px;color:#666;font-size:8.5pt}"
    )
    h = Html(css, "hr", "Potvrda o plaćanju")
    h.el(k.company("Vilaroo"), "brand")
    h.el("Potvrda o plaćanju / Payment receipt", "", "h1")
    h.lr(
        f"Broj rezervacije / Booking: {ref(rng, 'VR-AA9A9AA9')}",
        f"Plaćeno / Paid: {k.date(t, '%-d. %B %Y.', 'hr')}",
    )
    h.raw('<div class="card"><div class="stay"><div class="ph"></div><div>')
    flat = rng.choice(
        [
            ("Apartman Lavanda", "Ulica kralja Zvonimira 14, 21000 Split"),
            ("Studio Bačvice", "Put Firula 9, 21000 Split"),
            ("Kuća Marjan", "Šetalište Ivana Meštrovića 22, 21000 Split"),
        ]
    )
    h.el(flat[0], "b")
    h.el(flat[1], "m")
    h.el(f"Domaćin / Host: {rng.choice(['Ivana', 'Marko', 'Ante', 'Petra'])} · {guests} gosta / guests", "m")
    h.el(
        f"Prijava / Check-in: {fdate(arrive, '%d.%m.%Y.')} od 15:00 · Odjava / Check-out: "
        f"{fdate(leave, '%d.%m.%Y.')} do 10:00",
        "m",
    )
    h.raw('</div></div></div><div class="card">')
    h.lr(f"{money(rate, 'eu')} € x {nights} noćenja / nights", f"{money(stay, 'eu')} €")
    h.lr("Naknada za čišćenje / Cleaning fee", f"{money(cleaning, 'eu')} €")
    h.lr("Naknada za uslugu Vilaroo / Service fee", f"{money(service, 'eu')} €")
    h.lr(f"Boravišna pristojba / Tourist tax ({guests} x {nights} x 1,60 €)", f"{money(tax, 'eu')} €")
    h.lr("Ukupno plaćeno / Total paid (EUR)", f"{k.total(total, 'eu')} €", "tot")
    h.lr(
        f"{rng.choice(['Visa', 'Mastercard'])} •••• {rng.randint(1000, 9999)}", f"{money(total, 'eu')} €", "m"
    )
    h.raw("</div>")
    h.el(
        "Vilaroo naplaćuje iznos u ime domaćina; smještaj pruža domaćin. PDV 25 % uključen je u naknadu za "
        "uslugu "
        f"({money(vat_in(service, Decimal(25))[1], 'eu')} €).",
        "m",
    )
    h.el(
        "Besplatno otkazivanje do 14 dana prije prijave. / Free cancellation up to 14 days before check-in.",
        "m",
    )
    h.raw('<div class="ft">')
    h.el(f"{k.alt('Vilaroo d.o.o.')} · OIB {digits(rng, 11)}", "m")
    for line in k.address("Radnička cesta 80", "10000 Zagreb", "Hrvatska"):
        h.el(line, "m")
    h.raw("</div>")
    out = chrome_pdf(h)
    what = (
        "holiday-rental platform receipt: host's flat + address, Plaćeno before check-in, fees, tourist tax"
    )
    return case("ed24_hr_rental", "HR", "hr", "Croatian holiday-rental platform receipt", what, k, out)


CASES = [ed22_cl_supermarket, ed23_pe_course, ed24_hr_rental]
