"""Set H, Story layouts: German Rechnung (19/7 %), Swiss QR-bill Rechnung, French facture with deposit."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from outside_common_h import (
    eu,
    issue_due,
    make_key,
    meta,
    num,
    pick_lines,
    r2,
    rows,
    shift,
    sp,
    story_pdf,
    tax_of,
    total_of,
)
from outside_data_h import CATALOGS


def _chf(x: Decimal) -> str:
    return num(x, "'", ".")


def de_rechnung_two_vat(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """DIN-style Rechnung: info block right, Leistungsdatum and Kunden-Nr. decoys, 7 % and 19 % USt."""
    vendor = "Kaiser & Söhne Feinkost GmbH"
    issue, due = issue_due(rng, 14)
    d = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    number = f"RE-{issue.year}-{rng.randint(100, 999):04d}"
    food = pick_lines(
        rng,
        CATALOGS["de_rechnung_two_vat"],
        2,
        (10, 40),
    )
    rest = pick_lines(
        rng,
        CATALOGS["de_rechnung_two_vat_2"],
        2,
        (1, 8),
    )
    n7, n19 = total_of(food), total_of(rest)
    v7, v19 = tax_of(n7, "7"), tax_of(n19, "19")
    sub, tax = n7 + n19, v7 + v19
    total = sub + tax
    data = [
        [i + 1, ln.desc, ln.qty, "Stk.", f"{eu(ln.unit)} €", rate, f"{eu(ln.amount)} €"]
        for i, (ln, rate) in enumerate([(x, "7 %") for x in food] + [(x, "19 %") for x in rest])
    ]
    part1 = rows(
        [
            ["Rechnungs-Nr.", number],
            ["Rechnungsdatum", d(issue)],
            ["Kunden-Nr.", str(rng.randint(10000, 10999))],
            ["Leistungsdatum", d(shift(issue, -rng.randint(4, 9)))],
            ["Ihr Ansprechpartner", "Jonas Kaiser"],
        ],
        "lr",
    )
    part2 = rows(
        [
            ["Gesamtbetrag netto", f"{eu(sub)} €"],
            [f"zzgl. Umsatzsteuer 7 % auf {eu(n7)} €", f"{eu(v7)} €"],
            [f"zzgl. Umsatzsteuer 19 % auf {eu(n19)} €", f"{eu(v19)} €"],
        ],
        "lr",
    )
    body = f"""
<table><tr><td style="width:60%"><p class="small" style="text-decoration:underline">Kaiser &amp; Söhne
Feinkost GmbH
- Hansaring 12 - 50670 Köln</p><p style="margin-top:6px">Rheinische Provinzial Versicherung AG<br/>Abteilung
Einkauf<br/>Frau Dr. Meyer<br/>Provinzialplatz 1<br/>40591 Düsseldorf</p></td><td style="width:40%">
<p style="font-size:16pt" class="b">Kaiser &amp;
Söhne</p><table>{part1}</table>
</td></tr></table>
<p style="margin-top:28px;font-size:13pt" class="b">Rechnung Nr. {number}</p>
<p>Sehr geehrte Damen und Herren,<br/>vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen
für
Ihre Veranstaltung:</p>
<table class="p" style="margin-top:8px"><tr><th>Pos.</th><th>Beschreibung</th><th
class="r">Menge</th><th>Einheit</th>
<th class="r">Einzelpreis</th><th class="r">USt.</th><th
class="r">Gesamtpreis</th></tr>{rows(data, "llrlrrr")}</table>
<div
style="margin-left:45%;margin-top:8px"><table>{part2}
<tr class="b" style="border-top:1px solid #000"><td>Gesamtbetrag brutto</td><td class="r">{eu(total)}
€</td></tr>
</table></div>
<p style="margin-top:14px">Zahlungsbedingungen: Zahlbar bis zum {d(due)} ohne Abzug.<br/>Mit freundlichen
Grüßen
<br/>Jonas Kaiser</p>
<table class="small" style="margin-top:60px;border-top:0.5px solid #999"><tr><td style="width:33%">Kaiser
&amp; Söhne
Feinkost GmbH<br/>Hansaring 12, 50670 Köln<br/>Geschäftsführer: Jonas Kaiser</td><td
style="width:33%">Sparkasse
KölnBonn<br/>IBAN DE44 3705 0198 1934 5522 07<br/>BIC COLSDE33XXX</td><td style="width:34%">Amtsgericht Köln
HRB
88412<br/>Steuer-Nr. 215/5712/3308<br/>USt-IdNr. DE318844127</td></tr></table>"""
    story_pdf(path, [body], ".p th {border-bottom: 1px solid #000;} .p td {border-bottom: 0.4px solid #ccc;}")
    return make_key(
        meta("de-DE", "de_rechnung_two_vat"),
        invoice_number=(number, number),
        date=(issue, d(issue)),
        due_date=(due, d(due)),
        total=(total, eu(total)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, eu(sub)),
        tax=(tax, [f"{eu(v7)} €", f"{eu(v19)} €"]),
    )


def ch_rechnung_qr(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Swiss Rechnung: MWST 8.1 %, 5-Rappen rounding line, QR-bill payment part repeating the amount."""
    vendor = "Seeland Informatik AG"
    issue, due = issue_due(rng, 30)
    d = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    number = f"{issue.year}-{rng.randint(1000, 1999)}"
    lines = pick_lines(
        rng,
        CATALOGS["ch_rechnung_qr"],
        3,
        (1, 12),
    )
    sub = total_of(lines)
    mwst = tax_of(sub, "8.1")
    exact = sub + mwst
    total = (exact * 20).quantize(Decimal(1), rounding="ROUND_HALF_UP") / 20
    total = r2(total)
    rnd = total - exact
    part1 = rows(
        [
            ["Rechnungsnummer", number],
            ["Rechnungsdatum", d(issue)],
            ["Zahlbar bis", d(due)],
            ["Kundennummer", f"K-{rng.randint(300, 899)}"],
        ],
        "ll",
    )
    part2 = rows([[ln.desc, ln.qty, _chf(ln.unit), _chf(ln.amount)] for ln in lines], "lrrr")
    part3 = rows(
        [["Total exkl. MWST", _chf(sub)], ["MWST 8.1 %", _chf(mwst)], ["Rundungsdifferenz", _chf(rnd)]], "lr"
    )
    body = f"""
<table><tr><td style="width:55%"><p style="font-size:17pt;color:#b22222">Seeland
Informatik</p><p>{vendor}<br/>
Bahnhofstrasse 21<br/>2502 Biel/Bienne<br/>MWST-Nr. CHE-114.873.552 MWST</p></td><td style="width:45%">
<p style="margin-top:30px">Helvetia Assekuranz Genossenschaft<br/>Kreditorenbuchhaltung<br/>Dufourstrasse 40
<br/>9001 St. Gallen</p></td></tr></table>
<p style="margin-top:20px;font-size:14pt" class="b">Rechnung</p>
<table
style="width:60%">{part1}</table>
<table class="q" style="margin-top:12px"><tr><th>Beschreibung</th><th class="r">Anzahl</th><th class="r">Preis
CHF</th>
<th class="r">Total
CHF</th></tr>{part2}
</table>
<div
style="margin-left:50%;margin-top:8px"><table>{part3}
<tr class="b"><td>Total CHF</td><td class="r">{_chf(total)}</td></tr></table></div>
<p class="small" style="margin-top:10px">Besten Dank für Ihren Auftrag.</p>
<table style="margin-top:70px;border-top:1px dashed #000"><tr><td style="width:32%;border-right:1px dashed
#000">
<p class="b">Empfangsschein</p><p class="small"><b>Konto / Zahlbar an</b><br/>CH44 3199 9123 0008 8901
2<br/>{vendor}
<br/>2502 Biel/Bienne</p><p class="small"><b>Referenz</b><br/>21 00000 00003 {rng.randint(10000, 99999)}
{rng.randint(10000, 99999)} {rng.randint(10000, 99999)}</p><p class="small"><b>Währung</b> CHF <b>Betrag</b>
{sp(total).replace(",", ".")}</p></td><td style="width:68%"><p class="b">Zahlteil</p><p style="border:1px
solid #000;
width:120px;height:120px;background-color:#ddd"> </p><p class="small"><b>Währung</b> CHF <b>Betrag</b>
{sp(total).replace(",", ".")}</p></td></tr></table>"""
    story_pdf(path, [body], ".q th {border-bottom: 1px solid #000;} .q td {border-bottom: 0.4px solid #ccc;}")
    return make_key(
        meta("de-CH", "ch_rechnung_qr"),
        invoice_number=(number, number),
        date=(issue, d(issue)),
        due_date=(due, d(due)),
        total=(total, _chf(total)),
        currency=("CHF", "CHF"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, _chf(sub)),
        tax=(mwst, _chf(mwst)),
    )


def fr_facture_acompte(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """ERP facture: number in the title, label-over-value info row, deposit already paid, 'Montant dû'."""
    vendor = "Atelier Lumen SAS"
    issue, due = issue_due(rng, 30)
    d = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    number = f"FAC/{issue.year}/{rng.randint(100, 999):05d}"
    lines = pick_lines(
        rng,
        CATALOGS["fr_facture_acompte"],
        3,
        (1, 8),
    )
    sub = total_of(lines)
    tva = tax_of(sub, "20")
    total = sub + tva
    deposit = r2(int(total * Decimal("0.3") / 100) * 100)
    e = lambda x: f"{sp(x)} €"  # noqa: E731
    part4 = rows([[ln.desc, f"{ln.qty},00", sp(ln.unit), "TVA 20%", e(ln.amount)] for ln in lines], "lrrrr")
    part5 = rows([["Montant HT", e(sub)], ["TVA 20 %", e(tva)]], "lr")
    part6 = rows([[f"Payé le {d(shift(issue, -rng.randint(15, 30)))}", e(deposit)]], "lr")
    body = f"""
<table><tr><td style="width:50%"><p style="font-size:18pt;letter-spacing:1px">ATELIER
LUMEN</p><p>{vendor}<br/>
27 rue de la Charité<br/>69002 Lyon<br/>France</p></td><td style="width:50%"><p
style="margin-top:24px">Mutuelle
Rhodanienne d'Assurances<br/>Service Comptabilité Fournisseurs<br/>14 quai Perrache<br/>69002
Lyon</p></td></tr>
</table>
<p style="font-size:17pt;margin-top:22px">Facture {number}</p>
<table class="info"><tr><th>Date de facturation:</th><th>Date d'échéance:</th><th>Origine:</th><th>Référence
client:</th>
</tr><tr><td>{d(issue)}</td><td>{d(due)}</td><td>S{rng.randint(10000, 19999)}</td>
<td>BC-{rng.randint(2000, 2999)}</td>
</tr></table>
<table class="l" style="margin-top:14px"><tr><th>Description</th><th class="r">Quantité</th><th class="r">Prix
unitaire
</th><th class="r">Taxes</th><th class="r">Montant</th></tr>
{part4}</table>
<div style="margin-left:55%;margin-top:8px"><table
class="t">{part5}
<tr class="b"><td>Total</td><td class="r">{e(total)}</td></tr>
{part6}
<tr class="b"><td>Montant dû</td><td class="r">{e(total - deposit)}</td></tr></table></div>
<p style="margin-top:16px">Veuillez utiliser la communication suivante pour votre paiement : {number}</p>
<p class="small">Conditions de paiement : 30 jours. En cas de retard, indemnité forfaitaire pour frais de
recouvrement
de 40 €.</p>"""
    css = (
        ".info th {font-weight: bold; padding-right: 18px;} .l th {border-bottom: 1px solid #000;} "
        ".l td {border-bottom: 0.4px solid #ddd;} .t td {border-top: 0.4px solid #aaa;}"
    )
    story_pdf(
        path,
        [body],
        css,
        footer=lambda i, n: (
            "Atelier Lumen SAS - SIRET 812 345 678 00021 - RCS Lyon - "
            f"TVA FR52812345678 - Capital 10 000 EUR - Page {i} / {n}"
        ),
    )
    return make_key(
        meta("fr-FR", "fr_facture_acompte"),
        invoice_number=(number, number),
        date=(issue, d(issue)),
        due_date=(due, d(due)),
        total=(total, e(total)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, e(sub)),
        tax=(tva, e(tva)),
    )


DOCS = [de_rechnung_two_vat, ch_rechnung_qr, fr_facture_acompte]
