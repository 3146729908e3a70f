"""Set L word-processor invoices 3-4: German Kleinunternehmer letter (DIN 5008 look, § 19 UStG, no VAT,
"Rechnung Nr. ... vom ..."), French facture with a coloured band and two TVA rates."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import (
    WRITER,
    Doc,
    Meta,
    dfmt,
    issue_date,
    num,
    pick_lines,
    qty_str,
    subtotal,
    tax_of,
)
from outside_docx_l import (
    borders,
    cell_edges,
    fill,
    fill_row,
    footer,
    new_doc,
    para,
    shade_row,
    tabbed,
    table,
)

DE_WORK = [
    ("Logo-Entwicklung inkl. 3 Entwürfe", 450.0, 900.0),
    ("Geschäftsausstattung (Visitenkarte, Briefbogen)", 280.0, 420.0),
    ("Illustration Produktverpackung", 380.0, 650.0),
    ("Bildbearbeitung, je Bild", 12.0, 25.0),
    ("Korrekturschleife, je Stunde", 55.0, 70.0),
    ("Reinzeichnung Flyer DIN lang", 160.0, 240.0),
    ("Druckdatenaufbereitung", 60.0, 110.0),
]


META_DE = Meta("L03_de_kleinunternehmer", "Anja Römer", "EUR", "de-DE", "din-letter-kleinunternehmer", WRITER)


def make_de(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_DE.stem, META_DE.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    month_start = (issued.replace(day=1) - timedelta(days=1)).replace(day=1)
    month_end = issued.replace(day=1) - timedelta(days=1)
    number = f"{issued.year}-{rng.randint(10, 140):03d}"
    lines = pick_lines(rng, DE_WORK, rng.randint(3, 5), qty=(1, 3), step=5.0)
    total = subtotal(lines)
    de = {"group": ".", "point": ","}
    d = new_doc("Arial", 10, margins=2.2)
    para(d, vendor, size=22, color="8B1E3F", align="r")
    para(d, "Grafikdesign & Illustration", size=10, color="8B1E3F", align="r", after=34)
    para(d, f"{vendor} · Lindenstraße 8 · 04109 Leipzig", size=7, color="666666", after=4)
    for text in ("Kaffeerösterei Brandt GmbH", "Frau Julia Brandt", "Karl-Heine-Straße 91", "04229 Leipzig"):
        para(d, text)
    para(d, after=16)
    cust = str(rng.randint(10100, 10999))
    for label, value in (
        ("Kundennummer", cust),
        (
            "Leistungszeitraum",
            f"{dfmt(month_start, '{dd}.{mm}.{yyyy}')} – {dfmt(month_end, '{dd}.{mm}.{yyyy}')}",
        ),
    ):
        tabbed(d, label, value, 16.6, size=9)
    para(d, after=16)
    para(
        d,
        f"Rechnung Nr. {number} vom {dfmt(issued, '{d}. {month} {yyyy}', 'de')}",
        bold=True,
        size=12,
        after=12,
    )
    para(d, "Sehr geehrte Frau Brandt,", after=8)
    para(
        d,
        "für meine Leistungen im oben genannten Zeitraum erlaube ich mir, Ihnen Folgendes zu berechnen:",
        after=10,
    )
    t = table(d, len(lines) + 2, [1.2, 8.8, 1.6, 2.5, 2.5])
    borders(t, outer=False, inside_h=True, inside_v=False, color="999999")
    fill_row(t, 0, ["Pos.", "Leistung", "Menge", "Einzelpreis", "Gesamt"], "llrrr", bold=True)
    for r, ln in enumerate(lines, start=1):
        fill_row(
            t,
            r,
            [str(r), ln.desc, qty_str(ln.qty, ","), f"{num(ln.price, **de)} €", f"{num(ln.amount, **de)} €"],
            "llrrr",
        )
    fill_row(t, len(lines) + 1, ["", "Rechnungsbetrag", "", "", f"{num(total, **de)} €"], "llrrr", bold=True)
    cell_edges(t.cell(len(lines) + 1, 4), bottom=True, sz=12)
    para(d, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", before=12, after=8, italic=True)
    para(
        d,
        f"Bitte überweisen Sie den Rechnungsbetrag bis zum {dfmt(due, '{dd}.{mm}.{yyyy}')} unter Angabe "
        "der Rechnungsnummer auf das unten genannte Konto.",
        after=8,
    )
    para(d, "Vielen Dank für die angenehme Zusammenarbeit!", after=14)
    para(d, "Mit freundlichen Grüßen", after=24)
    para(d, vendor)
    iban = f"DE{rng.randint(10, 99)} 8605 5592 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 00"
    footer(
        d,
        [
            f"{vendor} · Lindenstraße 8 · 04109 Leipzig · Tel. 0341 555 2718 · hallo@roemer-design.example",
            f"Sparkasse Leipzig · IBAN {iban} · BIC WELADE8LXXX · Steuernummer 231/{rng.randint(100, 999)}/"
            f"{rng.randint(10000, 99999)}",
        ],
        size=7.5,
    )
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_DE.key(number, issued, due, total, None, None)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{d}. {month} {yyyy}", "de"),
        "due_date": dfmt(due, "{dd}.{mm}.{yyyy}"),
        "total": num(total, **de),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


NB = "\u00a0"


FR_FOOD = [
    ("Plateau de canapés salés (24 pièces)", 38.0, 56.0),
    ("Buffet froid méditerranéen, par personne", 18.0, 26.0),
    ("Tarte tropézienne 12 parts", 32.0, 45.0),
    ("Panier de fougasses aux olives", 14.0, 22.0),
    ("Verrines de saison (lot de 12)", 27.0, 39.0),
]


FR_SERVICE = [
    ("Service en salle, maître d'hôtel (heure)", 32.0, 42.0),
    ("Location vaisselle et nappage", 85.0, 160.0),
    ("Livraison et installation", 45.0, 90.0),
    ("Vin rosé AOP Provence, bouteille", 9.5, 16.0),
]


def fr_money(x: Decimal) -> str:
    return f"{num(x, NB, ',')}{NB}€"


META_FR = Meta(
    "L04_fr_facture_band", "Saveurs du Vieux Port SARL", "EUR", "fr-FR", "word-band-facture", WRITER
)


def make_fr(rng: random.Random, src: Path) -> Doc:
    stem, vendor, blue = META_FR.stem, META_FR.vendor, "0E5A7E"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    event = issued - timedelta(days=rng.randint(2, 6))
    number = f"FA{issued.year}{issued.month:02d}-{rng.randint(20, 240):03d}"
    food = pick_lines(rng, FR_FOOD, 3, qty=(2, 8))
    service = pick_lines(rng, FR_SERVICE, 2, qty=(1, 6))
    net_lo, net_hi = subtotal(food), subtotal(service)
    tva_lo, tva_hi = tax_of(net_lo, "5.5"), tax_of(net_hi, "20")
    net, tax = net_lo + net_hi, tva_lo + tva_hi
    total = net + tax
    d = new_doc("Calibri", 9.5, margins=1.8)
    para(d, "Saveurs du Vieux Port", bold=True, size=24, color=blue)
    para(d, "Traiteur · Événements · Plats à emporter", size=9, color="5F8FA8", after=10)
    band = table(d, 1, [17.4])
    shade_row(band, 0, blue)
    fill(band.cell(0, 0), "FACTURE", bold=True, size=18, color="FFFFFF", before=3, after=3)
    para(d, after=8)
    top = table(d, 5, [8.2, 1.0, 8.2])
    for r, text in enumerate(
        ["12 rue Sainte", "13001 Marseille", "04 91 55 27 18", "contact@saveurs-vp.example", ""]
    ):
        fill(top.cell(r, 0), text)
    client = [
        "Client",
        "Agence Calanques Événements",
        "Mme Sophie Garnier",
        "45 boulevard Périer",
        "13008 Marseille",
    ]
    for r, text in enumerate(client):
        fill(top.cell(r, 2), text, bold=(r == 0), color=blue if r == 0 else None)
    para(d, after=10)
    head = table(d, 2, [3.5, 3.5, 3.5, 3.4, 3.5])
    borders(head, color="9DB9C8")
    shade_row(head, 0, "DCE9F0")
    order = f"BC-{rng.randint(4000, 9999)}"
    fill_row(
        head,
        0,
        ["N° de facture", "Date", "Échéance", "N° client", "Bon de commande"],
        "ccccc",
        bold=True,
        size=8.5,
    )
    fill_row(
        head,
        1,
        [
            number,
            dfmt(issued, "{dd}/{mm}/{yyyy}"),
            dfmt(due, "{dd}/{mm}/{yyyy}"),
            f"C{rng.randint(100, 999):04d}",
            order,
        ],
        "ccccc",
    )
    para(
        d,
        f"Prestation du {dfmt(event, '{d} {month} {yyyy}', 'fr')} – réception d'entreprise",
        before=8,
        after=6,
        italic=True,
    )
    lines = food + service
    items = table(d, len(lines) + 1, [8.4, 1.6, 2.6, 1.8, 3.0])
    borders(items, inside_v=False, color="9DB9C8")
    shade_row(items, 0, blue)
    fill_row(
        items, 0, ["Désignation", "Qté", "P.U. HT", "TVA", "Total HT"], "lrrcr", bold=True, color="FFFFFF"
    )
    for r, ln in enumerate(lines, start=1):
        rate = f"5,5{NB}%" if ln in food else f"20{NB}%"
        fill_row(items, r, [ln.desc, qty_str(ln.qty), fr_money(ln.price), rate, fr_money(ln.amount)], "lrrcr")
    para(d, after=4)
    sums = table(d, 5, [9.4, 5.0, 3.0], align="l")
    rows = [
        ("Total HT", fr_money(net)),
        (f"TVA 5,5{NB}% sur {fr_money(net_lo)}", fr_money(tva_lo)),
        (f"TVA 20{NB}% sur {fr_money(net_hi)}", fr_money(tva_hi)),
        ("Total TTC", fr_money(total)),
        ("Net à payer", fr_money(total)),
    ]
    for r, (label, value) in enumerate(rows):
        fill(sums.cell(r, 1), label, "r", bold=r >= 3)
        fill(sums.cell(r, 2), value, "r", bold=r >= 3)
    cell_edges(sums.cell(3, 2), top=True)
    para(
        d,
        f"Conditions de paiement : 30 jours date de facture, par virement (IBAN FR76 3000 4015 9600 0101 "
        f"{rng.randint(1000, 9999)} 376). Pas d'escompte pour paiement anticipé.",
        before=14,
        size=8,
    )
    para(
        d,
        "En cas de retard, pénalités au taux de trois fois le taux d'intérêt légal et indemnité forfaitaire "
        f"pour frais de recouvrement de 40{NB}€ (art. L441-10 du Code de commerce).",
        size=8,
    )
    footer(
        d,
        [
            f"{vendor} au capital de 8{NB}000{NB}€ · 12 rue Sainte, 13001 Marseille · RCS Marseille "
            "852 314 679",
            "SIRET 852 314 679 00021 · TVA intracommunautaire FR27 852314679 · APE 5621Z",
        ],
    )
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_FR.key(number, issued, due, total, tax, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}/{mm}/{yyyy}"),
        "due_date": dfmt(due, "{dd}/{mm}/{yyyy}"),
        "total": num(total, NB, ","),
        "tax 5.5": num(tva_lo, NB, ","),
        "tax 20": num(tva_hi, NB, ","),
        "subtotal": num(net, NB, ","),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


MAKERS = [make_de, make_fr]
