"""Set K layouts 19-21 (benchmarks/outside_scans_k.py):
Danish faktura (photocopy), Czech faktura - daňový doklad with the supplier's stamp and signature,
two-page Swiss facture with carried-forward page totals and a payment slip (image-only PDF)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import Doc, Keys, Page, fdate, inv_no, items, money, q2, rand_date, wordlist


def k19_dk_faktura(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Jensen & Holm ApS")
    p.text(15, 26, vendor, 20, "dserif-b")
    p.text(15, 32, "VVS · Blik · Ventilation", 9, "dserif-b", color=(90, 90, 90))
    side = ["Værkstedsvej 14", "8600 Silkeborg", "Tlf. 86 82 44 71", "CVR-nr. 38 44 71 20"]
    p.lines(150, 20, side, 8.5, 4.2)
    p.lines(15, 50, ["Silkeborg Boligforening", "Att.: Driftskontoret", "Nygade 3", "8600 Silkeborg"], 10, 5)
    d = rand_date(rng)
    p.text(15, 82, "Faktura", 16, "dserif-b")
    meta = [
        ("Faktura nr.", k.text("invoice_number", inv_no(rng, "2025999"))),
        ("Fakturadato", k.date("date", d, "%d.%m.%Y")),
        ("Kundenr.", inv_no(rng, "9999")),
        ("Rekv./sag", "Afd. " + inv_no(rng, "99") + ", opg. " + inv_no(rng, "9")),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(140, 50 + i * 5, lab, 9)
        p.text(195, 50 + i * 5, val, 9, "sans", "r")
    names = wordlist(
        "Termostatventil RA-N 15; Kobberrør 15 mm (m); Montørtimer; Kørsel; Vandlås 32 mm; "
        "Pakningssæt; Cirkulationspumpe Alpha2"
    )
    lines = items(rng, names, 5, 35, 2900, 8)
    rows = [["Varenr.", "Beskrivelse", "Antal", "Enhedspris", "Beløb"]]
    rows += [[inv_no(rng, "999999"), n, str(q), money(u, "eu"), money(a, "eu")] for n, q, u, a in lines]
    y = p.table(
        15,
        92,
        [(25, "l"), (80, "l"), (18, "r"), (28, "r"), (29, "r")],
        rows,
        9.5,
        6.5,
        "sans",
        "sans-b",
        grid=True,
    )
    sub = sum((a for *_, a in lines), Decimal(0))
    moms = q2(sub * Decimal("0.25"))
    rows = [("Subtotal", k.amount("subtotal", sub, "eu")), ("Moms 25 %", k.amount("tax", moms, "eu"))]
    rows.append(("Total DKK", k.amount("total", sub + moms, "eu")))
    for i, (lab, val) in enumerate(rows):
        p.text(160, y + 8 + i * 6, lab, 10, "sans-b" if "Total" in lab else "sans", "r")
        p.text(195, y + 8 + i * 6, val, 10, "sans-b" if "Total" in lab else "sans", "r")
    k.currency("DKK")
    due = d + timedelta(days=8)
    p.text(
        15,
        y + 34,
        f"Betalingsbetingelser: Netto 8 dage - forfaldsdato {k.date('due_date', due, '%d.%m.%Y')}",
        9.5,
    )
    p.text(15, y + 40, f"FI-kode: +71< {inv_no(rng, '000000009999999')} +85412345<", 9.5, "dmono")
    p.text(15, y + 46, "Ved betaling efter forfald tilskrives renter på 0,81 % pr. påbegyndt måned.", 8.5)
    spec = {"kind": "copy", "fmt": "tif", "dpi": 200, "skew": -1.8, "speckle": 0.002}
    return Doc("k19_dk_faktura", "da-DK", "faktura, photocopied", [p], k, spec)


def k20_cz_faktura(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Strojírny Holub s.r.o.")
    d = rand_date(rng)
    num = k.text("invoice_number", f"2025{d.month:02d}{inv_no(rng, '0999')}")
    p.text(15, 20, "FAKTURA - DAŇOVÝ DOKLAD", 15, "sans-b")
    p.text(195, 20, f"č. {num}", 15, "sans-b", "r")
    p.line(15, 23, 195, 23, 0.5)
    p.text(15, 31, "Dodavatel:", 9, "sans-b")
    p.lines(15, 36, [vendor, "Průmyslová 12", "627 00 Brno", "IČO: 25431771", "DIČ: CZ25431771"], 9.5, 4.6)
    p.text(110, 31, "Odběratel:", 9, "sans-b")
    p.lines(
        110,
        36,
        ["Zemědělské družstvo Velké Němčice", "Hlavní 55", "691 63 Velké Němčice", "IČO: 00133426"],
        9.5,
        4.6,
    )
    p.text(15, 62, "Zapsáno v OR u KS v Brně, oddíl C, vložka 24471", 7.5, "sans-i")
    duzp = d - timedelta(days=rng.randint(0, 4))
    due = d + timedelta(days=14)
    meta = [
        ("Variabilní symbol:", num),
        ("Konstantní symbol:", "0308"),
        ("Datum vystavení:", k.date("date", d, "%d.%m.%Y")),
        ("Datum uskutečnění zdanitelného plnění:", fdate(duzp, "%d.%m.%Y")),
        ("Datum splatnosti:", k.date("due_date", due, "%d.%m.%Y")),
        ("Forma úhrady:", "převodem"),
        ("Bankovní spojení:", "KB Brno, č. ú. 27-4471190207/0100"),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(15, 72 + i * 4.8, lab, 8.5)
        p.text(85, 72 + i * 4.8, val, 8.5, "sans-b")
    names = wordlist(
        "Hřídel pohonu 40 mm; Ložiskový domek UCP 208; Řetězové kolo 24 z; "
        "Oprava převodovky (práce); Svařování rámu (práce); Šrouby M12 sada"
    )
    lines = items(rng, names, 4, 300, 18000, 4)
    rows = [wordlist("Označení dodávky; Množství; J. cena; Sazba; Bez DPH; DPH; Celkem")]
    net = Decimal(0)
    for n, q, u, a in lines:
        net += a
        v = q2(a * Decimal("0.21"))
        rows.append(
            [n, f"{q} ks", money(u, "fr"), "21 %", money(a, "fr"), money(v, "fr"), money(a + v, "fr")]
        )
    cols = [(58, "l"), (18, "r"), (24, "r"), (14, "r"), (24, "r"), (20, "r"), (22, "r")]
    y = p.table(15, 112, cols, rows, 8, 6, "sans", "sans-b", shade=(230, 230, 230))
    vat = q2(net * Decimal("0.21"))
    rows = [("Základ DPH 21 %", k.amount("subtotal", net, "fr")), ("DPH 21 %", k.amount("tax", vat, "fr"))]
    rows.append(("Celkem k úhradě", k.amount("total", net + vat, "fr") + " Kč"))
    for i, (lab, val) in enumerate(rows):
        bold = "Celkem" in lab
        p.text(150, y + 9 + i * 6.5, lab, 11 if bold else 9.5, "sans-b" if bold else "sans", "r")
        p.text(195, y + 9 + i * 6.5, val, 11 if bold else 9.5, "sans-b" if bold else "sans", "r")
    k.currency("CZK", "Kč")
    p.text(15, y + 42, "Fakturu vystavil: Ing. Petr Holub", 9)
    p.text(120, y + 42, "Razítko a podpis:", 9)
    marks = [
        {
            "type": "stamp",
            "lines": [vendor, "Průmyslová 12, 627 00 Brno", "IČO 25431771  DIČ CZ25431771"],
            "sizes": [13, 9, 9],
            "at": (155, y + 58),
            "angle": -3,
            "color": (40, 50, 170),
            "double": False,
        },
        {"type": "signature", "at": (160, y + 56), "width": 38, "color": (20, 20, 90)},
    ]
    spec = {
        "kind": "scan",
        "fmt": "png",
        "dpi": 200,
        "skew": 1.1,
        "colour": True,
        "noise": 2.5,
        "marks": marks,
    }
    return Doc("k20_cz_faktura", "cs-CZ", "faktura - daňový doklad with company stamp", [p], k, spec)


def _qr(p: Page, x: float, y: float, size: float, rng: random.Random, n: int = 33) -> None:
    """A QR-like code (random modules, three finder patterns, the Swiss cross); it does not decode."""
    cell = size / n
    for r in range(n):
        for c in range(n):
            finder = next(
                (
                    (r - a, c - b)
                    for a, b in ((0, 0), (0, n - 7), (n - 7, 0))
                    if 0 <= r - a < 7 and 0 <= c - b < 7
                ),
                None,
            )
            on = max(abs(finder[0] - 3), abs(finder[1] - 3)) != 2 if finder else rng.random() < 0.5
            if on:
                p.rect(x + c * cell, y + r * cell, x + (c + 1) * cell, y + (r + 1) * cell, 0, fill=(0, 0, 0))
    p.rect(x + size / 2 - 3.5, y + size / 2 - 3.5, x + size / 2 + 3.5, y + size / 2 + 3.5, 0, fill=(0, 0, 0))
    p.rect(
        x + size / 2 - 2.5,
        y + size / 2 - 0.7,
        x + size / 2 + 2.5,
        y + size / 2 + 0.7,
        0,
        fill=(255, 255, 255),
    )
    p.rect(
        x + size / 2 - 0.7,
        y + size / 2 - 2.5,
        x + size / 2 + 0.7,
        y + size / 2 + 2.5,
        0,
        fill=(255, 255, 255),
    )


def k21_ch_facture(rng: random.Random) -> Doc:
    k, p1, p2 = Keys(), Page(), Page()
    vendor = k.text("vendor_name", "Menuiserie Rochat SA")
    d = rand_date(rng)
    num = k.text("invoice_number", f"25-{inv_no(rng, '0999')}")
    names = wordlist(
        "Porte intérieure chêne 204x84; Cadre-applique sapin; Plinthe chêne 12x60 (m); "
        "Tablette de fenêtre; Armoire murale sur mesure; Pose porte (heures); Ferrements inox; "
        "Joint acoustique (m); Parquet chêne huilé (m2); Pose parquet (m2); "
        "Escalier - remplacement marches; Vernis mat (l); Démontage et évacuation; Déplacement; "
        "Quincaillerie diverse; Lame de terrasse mélèze (m); Pose terrasse (heures); "
        "Vis inox A2 (boîte)"
    )
    lines = items(rng, names, 18, 14, 980, 9)
    page1, page2 = lines[:12], lines[12:]
    carry = sum((a for *_, a in page1), Decimal(0))
    for no, p in enumerate((p1, p2), 1):
        p.text(20, 22, vendor, 16, "dserif-b")
        p.text(
            20, 28, "Ch. du Closel 7 · 1020 Renens VD · 021 634 47 10 · CHE-105.447.120 TVA", 8.5, "dserif"
        )
        p.text(190, 22, f"Page {no}/2", 9, "dserif", "r")
        if no == 1:
            p.lines(
                120,
                46,
                ["Monsieur et Madame", "Laurent et Sophie Perrin", "Av. de Cour 58", "1007 Lausanne"],
                10,
                5,
            )
            meta = [
                ("Facture n°", num),
                ("Date", k.date("date", d, "%-d %B %Y", "fr")),
                ("Votre commande", fdate(d - timedelta(days=40), "%d.%m.%Y")),
                ("Chantier", "Av. de Cour 58, Lausanne"),
            ]
            for i, (lab, val) in enumerate(meta):
                p.text(20, 46 + i * 5, lab, 9.5, "dserif-b")
                p.text(55, 46 + i * 5, val, 9.5, "dserif")
            p.text(20, 78, "FACTURE", 14, "dserif-b")
        else:
            p.text(20, 40, f"Facture n° {num} (suite)", 10, "dserif-b")
        chunk = page1 if no == 1 else page2
        rows = [["Pos.", "Désignation", "Quantité", "Prix unit.", "Montant CHF"]]
        if no == 2:
            rows.append(["", "Report", "", "", money(carry, "ch")])
        start = 1 if no == 1 else 13
        rows += [
            [str(i), n, str(q), money(u, "ch"), money(a, "ch")] for i, (n, q, u, a) in enumerate(chunk, start)
        ]
        top = 86 if no == 1 else 46
        y = p.table(
            20,
            top,
            [(14, "r"), (84, "l"), (20, "r"), (24, "r"), (28, "r")],
            rows,
            9,
            6.2,
            "dserif",
            "dserif-b",
        )
        p.line(20, top + 6.2, 190, top + 6.2, 0.3)
        p.line(20, y + 1, 190, y + 1, 0.3)
        if no == 1:
            p.text(160, y + 7, "À reporter", 9.5, "dserif-b", "r")
            p.text(190, y + 7, money(carry, "ch"), 9.5, "dserif-b", "r")
    net = sum((a for *_, a in lines), Decimal(0))
    tva = q2(net * Decimal("0.081"))
    total = net + tva
    rows = [("Total HT", k.amount("subtotal", net, "ch")), ("TVA 8,1 %", k.amount("tax", tva, "ch"))]
    rows.append(("Total TTC CHF", k.amount("total", total, "ch")))
    for i, (lab, val) in enumerate(rows):
        p2.text(160, y + 8 + i * 6, lab, 10, "dserif-b" if "TTC" in lab else "dserif", "r")
        p2.text(190, y + 8 + i * 6, val, 10, "dserif-b" if "TTC" in lab else "dserif", "r")
    k.currency("CHF")
    due = k.date("due_date", d + timedelta(days=30), "%d.%m.%Y")
    p2.text(20, y + 32, f"Payable à 30 jours net, soit jusqu'au {due}.", 9.5, "dserif")
    p2.line(0, 192, 210, 192, 0.2)
    p2.line(62, 192, 62, 297, 0.2)
    p2.text(5, 200, "Récépissé", 11, "arial-b")
    p2.lines(
        5,
        208,
        ["Compte / Payable à", "CH44 3199 9123 0008 8901 2", vendor, "1020 Renens VD"],
        8,
        3.6,
        f="arial",
    )
    p2.lines(5, 240, ["Monnaie   Montant", f"CHF       {money(total, 'ch')}"], 8, 4, f="arial")
    p2.text(67, 200, "Section paiement", 11, "arial-b")
    p2.rect(67, 206, 113, 252, 0.4)
    _qr(p2, 70, 209, 40, rng)
    p2.lines(67, 262, ["Monnaie   Montant", f"CHF       {money(total, 'ch')}"], 9, 4.5, f="arial")
    ref = inv_no(rng, "21 00000 00003 13947 14300 09017")
    p2.lines(
        120,
        208,
        ["Compte / Payable à", "CH44 3199 9123 0008 8901 2", vendor, "", "Référence", ref],
        8,
        3.8,
        f="arial",
    )
    spec = {"kind": "scan", "fmt": "pdf", "dpi": 200, "skews": [-0.6, 1.3], "noise": 3.5}
    return Doc("k21_ch_facture", "fr-CH", "two-page facture with report and QR-bill", [p1, p2], k, spec)


DOCS = [k19_dk_faktura, k20_cz_faktura, k21_ch_facture]
