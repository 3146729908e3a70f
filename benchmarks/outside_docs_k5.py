"""Set K layouts 13-15 (benchmarks/outside_scans_k.py):
Spanish thermal-printer factura simplificada (phone photo), Italian professional fattura with ritenuta
d'acconto, Dutch factuur received by fax (square 200 dpi, image-only PDF)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

import numpy as np
from PIL import Image

from outside_common_k import Doc, Keys, Page, fdate, inv_no, items, money, q2, rand_date, wordlist


def k13_es_ticket(rng: random.Random) -> Doc:
    names = wordlist(
        "TORNILLO 4X30 CAJA; TACO NYLON 6MM; CINTA AMERICANA; SILICONA BLANCA; BROCA HSS 8MM; "
        "GUANTES NITRILO; LIJA GRANO 120; PILA AA PACK 4"
    )
    lines = items(rng, names, rng.randint(4, 7), 1.2, 14, 4)
    k, p = Keys(), Page(80, 104 + 7.4 * len(lines))
    vendor = k.text("vendor_name", "FERRETERIA EL CLAVO S.L.")
    c = 40
    p.text(c, 12, vendor, 9, "dmono-b", "c")
    p.lines(
        c,
        16.5,
        ["C/ Mayor, 41 - 46001 Valencia", "CIF B-46778120", "Tel. 963 512 440"],
        7.5,
        3.6,
        f="dmono",
        align="c",
    )
    p.text(c, 31, "FACTURA SIMPLIFICADA", 9, "dmono-b", "c")
    d = rand_date(rng)
    num = k.text("invoice_number", inv_no(rng, "T001-099999"))
    p.text(5, 37, f"N.º: {num}", 7.5, "dmono")
    p.text(
        5,
        40.6,
        f"Fecha: {k.date('date', d, '%d/%m/%Y')}  Hora: {rng.randint(9, 19)}:{rng.randint(10, 59)}",
        7.5,
        "dmono",
    )
    p.text(5, 44.2, f"Caja 2  Atendido por: {rng.choice(['MARIA', 'JOSE', 'LUCIA'])}", 7.5, "dmono")
    p.text(5, 48, "-" * 38, 7.5, "dmono")
    y = 52
    for n, q, u, a in lines:
        p.text(5, y, n, 7.5, "dmono")
        p.text(75, y, money(a, "eu"), 7.5, "dmono", "r")
        p.text(9, y + 3.4, f"{q} x {money(u, 'eu')}", 7.5, "dmono")
        y += 7.4
    total = sum((a for *_, a in lines), Decimal(0))
    base = q2(total / Decimal("1.21"))
    iva = total - base
    p.text(5, y, "-" * 38, 7.5, "dmono")
    rows = [
        ("BASE IMPONIBLE 21%", k.amount("subtotal", base, "eu")),
        ("CUOTA IVA 21%", k.amount("tax", iva, "eu")),
    ]
    for lab, val in rows:
        y += 4
        p.text(5, y, lab, 7.5, "dmono")
        p.text(75, y, val, 7.5, "dmono", "r")
    y += 6.5
    p.text(5, y, "TOTAL (IVA incl.)", 9, "dmono-b")
    p.text(75, y, k.amount("total", total, "eu") + " EUR", 9, "dmono-b", "r")
    k.currency("EUR")
    given = Decimal(50 if total < 50 else 100)
    for lab, val in (("ENTREGADO", money(given, "eu")), ("CAMBIO", money(given - total, "eu"))):
        y += 4.5
        p.text(5, y, lab, 7.5, "dmono")
        p.text(75, y, val, 7.5, "dmono", "r")
    p.lines(
        c,
        y + 9,
        ["Devoluciones con ticket", "en 15 dias. Gracias por su visita"],
        7,
        3.4,
        f="dmono",
        align="c",
    )
    a = np.asarray(p.img, np.float32)
    fade = np.linspace(0.55, 0.8, a.shape[0], dtype=np.float32)[:, None, None]  # thermal print, fading
    p.img.paste(Image.fromarray((255 - (255 - a) * fade).astype(np.uint8)))
    spec = {
        "kind": "photo",
        "fmt": "jpg",
        "quality": 74,
        "dpi": 330,
        "frame": 1.45,
        "warp": 0.05,
        "desk": (60, 60, 64),
    }
    return Doc("k13_es_ticket", "es-ES", "thermal-printer factura simplificada", [p], k, spec)


def k14_it_studio(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Studio Associato Ferri & Galli")
    p.text(20, 22, vendor, 15, "serif-b")
    p.lines(
        20,
        28,
        ["Ingegneria civile e strutturale", "Via Saragozza 64 - 40123 Bologna", "P.IVA 03317420371"],
        9,
        4.3,
        f="serif",
    )
    p.line(20, 44, 190, 44, 0.3)
    p.lines(
        115,
        54,
        ["Spett.le", "Edilcasa Bologna S.r.l.", "Via Emilia Levante 210", "40139 Bologna (BO)"],
        10,
        5,
        f="serif",
    )
    p.text(115, 76, "P.IVA 02871150378", 9, "serif")
    d = rand_date(rng)
    num = inv_no(rng, "99/2025")
    k.text("invoice_number", num)
    p.text(20, 92, f"FATTURA N. {num} del {k.date('date', d, '%d/%m/%Y')}", 13, "serif-b")
    p.text(
        20, 100, f"Oggetto: direzione lavori cantiere via Mazzini 12, SAL n. {rng.randint(2, 5)}", 10, "serif"
    )
    fee = q2(rng.randrange(1800, 6200, 50))
    cassa = q2(fee * Decimal("0.04"))
    sub = fee + cassa
    iva = q2(sub * Decimal("0.22"))
    total = sub + iva
    ritenuta = q2(fee * Decimal("0.20"))
    rows = [
        ("Onorario per prestazioni professionali", money(fee, "eu")),
        ("Contributo integrativo Inarcassa 4%", money(cassa, "eu")),
        ("Imponibile IVA", k.amount("subtotal", sub, "eu")),
        ("IVA 22%", k.amount("tax", iva, "eu")),
        ("Totale fattura", k.amount("total", total, "eu")),
        ("Ritenuta d'acconto 20% su onorario", "-" + money(ritenuta, "eu")),
        ("Netto a pagare", money(total - ritenuta, "eu")),
    ]
    p.rect(20, 110, 190, 110 + 8 * len(rows) + 4, 0.3)
    p.text(186, 116, "Importo (EUR)", 9, "serif-b", "r")
    for i, (lab, val) in enumerate(rows):
        bold = lab in ("Totale fattura", "Netto a pagare")
        p.text(24, 124 + i * 8, lab, 10.5, "serif-b" if bold else "serif")
        p.text(186, 124 + i * 8, val, 10.5, "serif-b" if bold else "serif", "r")
    k.currency("EUR")
    y = 110 + 8 * len(rows) + 14
    due = d + timedelta(days=30)
    p.text(
        20,
        y,
        f"Modalità di pagamento: bonifico bancario - scadenza {k.date('due_date', due, '%d/%m/%Y')}",
        10,
        "serif",
    )
    p.text(20, y + 6, "IBAN IT60 X054 2811 1010 0000 0123 456 - Banca di Bologna", 10, "serif")
    p.text(
        20,
        y + 18,
        "Copia di cortesia: la fattura elettronica è disponibile nel Suo cassetto fiscale.",
        8.5,
        "serif-i",
    )
    spec = {"kind": "scan", "fmt": "jpg", "quality": 80, "dpi": 200, "skew": 1.6, "noise": 5.0}
    return Doc("k14_it_studio", "it-IT", "professional fattura with ritenuta", [p], k, spec)


def k15_nl_fax(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Van der Berg Installatietechniek B.V.")
    p.text(15, 24, vendor, 16, "arial-b")
    p.text(15, 31, "Industrieweg 7 · 3542 AD Utrecht · KvK 30185524 · BTW NL8194.21.660.B01", 10, "arial")
    p.lines(
        15,
        48,
        wordlist("Aan:; Hoveniersbedrijf De Linde; t.a.v. administratie; Kerkstraat 3; 3421 AB Oudewater"),
        12,
        6,
    )
    d = rand_date(rng)
    meta = [
        ("Factuurnummer", k.text("invoice_number", inv_no(rng, "20259999"))),
        ("Factuurdatum", k.date("date", d, "%d-%m-%Y")),
        ("Vervaldatum", k.date("due_date", d + timedelta(days=14), "%d-%m-%Y")),
        ("Klantnummer", inv_no(rng, "K9999")),
        ("Uw referentie", "offerte " + inv_no(rng, "999")),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(118, 48 + i * 6.5, lab, 11, "arial-b")
        p.text(195, 48 + i * 6.5, val, 11, "arial", "r")
    p.text(15, 94, "FACTUUR", 18, "arial-b")
    hi = items(
        rng,
        ["Warmtepomp onderhoud", "Vervangen expansievat", "Voorrijkosten", "Arbeid monteur"],
        3,
        45,
        420,
        2,
    )
    lo = items(rng, ["Isolatiemateriaal (renovatie)"], 1, 60, 180, 3)
    rows = [["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"]]
    rows += [[n, str(q), money(u, "eu"), "21%", money(a, "eu")] for n, q, u, a in hi]
    rows += [[n, str(q), money(u, "eu"), "9%", money(a, "eu")] for n, q, u, a in lo]
    y = p.table(
        15,
        102,
        [(78, "l"), (20, "r"), (30, "r"), (18, "r"), (34, "r")],
        rows,
        11,
        8,
        "arial",
        "arial-b",
        grid=True,
    )
    n21, n9 = sum((a for *_, a in hi), Decimal(0)), sum((a for *_, a in lo), Decimal(0))
    b21, b9 = q2(n21 * Decimal("0.21")), q2(n9 * Decimal("0.09"))
    total = n21 + n9 + b21 + b9
    shown = k.tax_sum([b21, b9], "eu")
    rows = [
        ("Totaal excl. BTW", k.amount("subtotal", n21 + n9, "eu")),
        (f"BTW 21% over {money(n21, 'eu')}", shown[0]),
        (f"BTW 9% over {money(n9, 'eu')}", shown[1]),
        ("Totaal incl. BTW  EUR", k.amount("total", total, "eu")),
    ]
    for i, (lab, val) in enumerate(rows):
        p.text(160, y + 10 + i * 7, lab, 11, "arial-b" if "incl" in lab else "arial", "r")
        p.text(195, y + 10 + i * 7, val, 11, "arial-b" if "incl" in lab else "arial", "r")
    k.currency("EUR")
    p.text(
        15,
        y + 46,
        f"Te betalen: € {money(total, 'eu')} binnen 14 dagen op NL91 RABO 0312 4471 88",
        11,
        "arial",
    )
    p.text(15, y + 53, "o.v.v. het factuurnummer.", 11, "arial")
    header = f"{fdate(d, '%d-%m-%Y')} 09:13  VAN DER BERG INSTALL. +31 30 241 7712      #0417 P.1/1"
    spec = {"kind": "fax", "fmt": "pdf", "square": True, "skew": -0.9, "header": header, "streaks": 6}
    return Doc("k15_nl_fax", "nl-NL", "factuur received by fax (square 200 dpi)", [p], k, spec)


DOCS = [k13_es_ticket, k14_it_studio, k15_nl_fax]
