"""Set Y templates: French Factur-X facture for Chorus Pro (SIRET, mentions), Polish KSeF visualisation."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import later, pick_items, qr_svg

FR_CSS = """
@page { size: A4; margin: 15mm 15mm 20mm; } body { font: 9pt 'Nimbus Sans', 'Liberation Sans'; color: #222; }
.hd { display: flex; justify-content: space-between; } .hd .co b { font-size: 13pt; color: #0b4f8a; }
h1 { font-size: 16pt; color: #0b4f8a; margin: 0; text-align: right; } .cli { margin: 8mm 0 0 95mm;
 border: 1px solid #999; padding: 4px 8px; } table.m { margin-top: 6mm; border-collapse: collapse; }
table.m td { border: 1px solid #bbb; padding: 2px 6px; } table.it { width: 100%; border-collapse: collapse;
 margin-top: 6mm; } table.it th { background: #0b4f8a; color: #fff; padding: 3px; font-size: 8pt; }
table.it td { padding: 3px; border-bottom: 1px solid #ddd; } .r { text-align: right !important; white-space:
 nowrap; } table.t { margin: 4mm 0 0 auto; border-collapse: collapse; } table.t td { padding: 2px 8px;
 border: 1px solid #bbb; } .b td { font-weight: bold; background: #e6eef6; } .ment { font-size: 7pt;
 color: #555; margin-top: 8mm; border-top: 1px solid #ccc; padding-top: 3px; }
"""

FR_ITEMS = [
    ("Maintenance préventive ascenseurs", "forfait", 300, 900),
    ("Intervention technicien (heure)", "h", 55, 85),
    ("Remplacement carte électronique", "u", 250, 700),
    ("Contrôle réglementaire annuel", "forfait", 180, 420),
    ("Déplacement zone 2", "u", 35, 60),
]


def chorus_fr(rng: random.Random) -> Doc:
    legal = rng.choice(["Ascenseurs Rhône-Alpes SAS", "Techniservice Loire SARL", "Élévation Atlantique SAS"])
    issued = issue_date(rng)
    due = later(issued, 30)
    number = f"FA{issued.year}-{rng.randrange(1, 9999):05d}"
    d, f = "{dd}/{mm}/{yyyy}", "fr"
    lines = pick_items(rng, FR_ITEMS, 3, 4)
    ht = sum(a for *_, a in lines)
    tva = q2(ht * Decimal("0.20"))
    ttc = ht + tva
    siren = f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    rows = "".join(
        f"<tr><td>{n}</td><td class=r>{q}</td><td>{u}</td><td class=r>{money(p, f)}</td><td class=r>20 %</td>"
        f"<td class=r>{money(a, f)}</td></tr>"
        for n, u, q, p, a in lines
    )
    buyer = rng.choice(["Centre Hospitalier de Vienne", "Lycée Jean Moulin", "Mairie de Saint-Priest"])
    body = f"""<div class=hd><div class=co><b>{esc(legal)}</b><br>{rng.randrange(1, 90)} rue {
        rng.choice(["de la République", "Garibaldi", "des Docks"])
    }<br>{rng.choice(["69003 Lyon", "42000 Saint-Étienne", "44000 Nantes"])}<br>SIRET : {siren} {
        rng.randrange(10000, 99999)
    }<br>N° TVA intracommunautaire : FR{rng.randrange(10, 99)} {siren}</div>
<div><h1>FACTURE</h1><div style="text-align:right">N° {number}</div></div></div>
<div class=cli><b>{buyer}</b><br>Service facturier<br>SIRET : {rng.randrange(10**13, 10**14)}</div>
<table class=m><tr><td>Date d'émission</td><td>{fdate(issued, d)}</td><td>Date d'échéance</td>
<td>{fdate(due, d)}</td></tr><tr><td>Code service</td><td>{rng.choice(["SERV-TECH", "DAF01", "ACHATS"])}</td>
<td>N° d'engagement</td><td>EJ{rng.randrange(10**8, 10**9)}</td></tr><tr><td>Date de livraison</td>
<td>{
        fdate(issued - timedelta(days=rng.randrange(3, 20)), d)
    }</td><td>Mode de règlement</td><td>Virement</td></tr>
</table>
<table class=it><tr><th>Désignation</th><th>Qté</th><th>Unité</th><th>PU HT (€)</th><th>TVA</th>
<th>Montant HT (€)</th></tr>{rows}</table>
<table class=t><tr><td>Total HT</td><td class=r>{money(ht, f)} €</td></tr>
<tr><td>TVA 20 %</td><td class=r>{money(tva, f)} €</td></tr><tr class=b><td>Total TTC</td>
<td class=r>{money(ttc, f)} €</td></tr><tr><td>Net à payer</td><td class=r>{money(ttc, f)} €</td></tr></table>
<p>Facture déposée sur Chorus Pro au format Factur-X (profil EN 16931).</p>
<div class=ment>Conditions de paiement : 30 jours à compter de la date d'émission. Escompte pour paiement
anticipé : néant. En cas de retard de paiement, pénalités au taux d'intérêt légal majoré de 10 points et
indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce).<br>{esc(legal)} –
capital social {money(Decimal(rng.choice([10000, 50000, 150000])), f, 0)} € – RCS {
        rng.choice(["Lyon", "Saint-Étienne", "Nantes"])
    } {siren} – IBAN FR76 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}
</div>"""
    return make(
        "chorus_fr",
        "fr",
        page(FR_CSS, body, "fr"),
        repeats=frozenset({"total", "vendor_name"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(ttc, money(ttc, f)),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(ht, money(ht, f)),
        tax=(tva, money(tva, f)),
    )


PL_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8pt 'DejaVu Sans'; color: #222; } .hd { display: flex;
 justify-content: space-between; border-bottom: 2px solid #c8102e; padding-bottom: 4px; } .ks
{ font-size: 7pt; }
h2 { font-size: 10pt; margin: 5mm 0 2mm; border-bottom: 1px solid #ccc; } .two { display: flex; gap: 8mm; }
.two > div { flex: 1; } .lab { color: #666; } table.it { width: 100%; border-collapse: collapse; }
table.it th, table.it td { border: 1px solid #ccc; padding: 2px 3px; } table.it th { background: #f2f2f2;
 font-size: 7pt; } .r { text-align: right !important; white-space: nowrap; } .big { font-size: 11pt;
 font-weight: bold; margin-top: 3mm; } .qr { display: flex; gap: 4mm; align-items: center; margin-top: 6mm; }
"""

PL_ITEMS = [
    ("Usługa transportowa Poznań - Berlin", "usł.", 1800, 4200),
    ("Wynajem wózka widłowego (doba)", "doba", 250, 480),
    ("Paleta EUR drewniana", "szt.", 35, 60),
    ("Magazynowanie - miejsce paletowe", "mies.", 45, 80),
    ("Obsługa celna", "usł.", 300, 700),
]


def ksef_pl(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["TRANS-LOG Sp. z o.o.", "Magazyny Wielkopolskie S.A.", "Spedycja Kowalski i Wspólnicy Sp.k."]
    )
    issued = issue_date(rng)
    sold = issued - timedelta(days=rng.randrange(0, 6))
    due = later(issued, rng.choice([14, 21, 30]))
    number = f"FV/{rng.randrange(1, 999)}/{issued:%m}/{issued.year}"
    d, f = "{yyyy}-{mm}-{dd}", "fr"
    nip = f"{rng.randrange(10**9, 10**10)}"
    ksef = f"{nip}-{issued:%Y%m%d}-{rng.randrange(16**11, 16**12):X}-{rng.randrange(16, 255):X}"
    lines = pick_items(rng, PL_ITEMS, 3, 5)
    net = sum(a for *_, a in lines)
    vat = q2(net * Decimal("0.23"))
    total = net + vat
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{n}</td><td class=r>{money(p, f)}</td><td class=r>{q}</td><td>{u}</td>"
        f"<td class=r>23%</td><td class=r>{money(a, f)}</td></tr>"
        for i, (n, u, q, p, a) in enumerate(lines)
    )
    body = f"""<div class=hd><div><b style="font-size:13pt">Krajowy System <span
style="color:#c8102e">e</span>-Faktur
</b></div><div class=ks style="text-align:right">Numer Faktury:<br><b style="font-size:11pt">{number}</b><br>
Faktura podstawowa<br>Numer KSEF: {ksef}</div></div>
<div class=two><div><h2>Sprzedawca</h2>NIP: {nip}<br>Nazwa: {esc(legal)}<br><span class=lab>Adres</span><br>
ul. {rng.choice(["Głogowska", "Dąbrowskiego", "Obornicka"])} {rng.randrange(1, 300)}<br>{
        rng.choice(["60-101 Poznań", "62-080 Tarnowo Podgórne", "61-001 Poznań"])
    }<br>Polska</div><div><h2>Nabywca</h2>NIP: {rng.randrange(10**9, 10**10)}<br>Nazwa: {
        rng.choice(["Meble Wiśniewski Sp. z o.o.", "AGRO-POL S.A.", "Hurtownia Oskar Sp. j."])
    }<br><span class=lab>Adres</span><br>ul. Przemysłowa {rng.randrange(1, 60)}<br>{
        rng.choice(["87-100 Toruń", "85-001 Bydgoszcz", "64-100 Leszno"])
    }<br>Polska</div></div>
<h2>Szczegóły</h2><span class=lab>Data wystawienia, z zastosowaniem której został wystawiony dokument:</span>
{fdate(issued, d)}<br><span class=lab>Miejsce wystawienia:</span> Poznań<br><span class=lab>Data dokonania lub
zakończenia dostawy towarów lub wykonania usługi:</span> {
        fdate(sold, d)
    }<br><span class=lab>Kod waluty:</span> PLN
<h2>Pozycje</h2><table class=it><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>Cena jedn. netto</th>
<th>Ilość</th><th>Miara</th><th>Stawka podatku</th><th>Wartość sprzedaży netto</th></tr>{rows}</table>
<div class=big>Kwota należności ogółem: {money(total, f)} PLN</div>
<h2>Podsumowanie stawek podatku</h2><table class=it><tr><th>Lp.</th><th>Stawka podatku</th><th>Kwota
netto</th>
<th>Kwota podatku</th><th>Kwota brutto</th></tr><tr><td>1</td><td>23% lub 22%</td><td class=r>{
        money(net, f)
    }</td>
<td class=r>{money(vat, f)}</td><td class=r>{money(total, f)}</td></tr></table>
<h2>Płatność</h2><span class=lab>Forma płatności:</span> Przelew<br><span class=lab>Termin płatności:</span> {
        fdate(due, d)
    }<br><span class=lab>Numer rachunku bankowego:</span> PL{rng.randrange(10, 99)} {
        " ".join(str(rng.randrange(1000, 9999)) for _ in range(6))
    }
<div class=qr>{qr_svg(rng, 26)}<div>Sprawdź, czy Twoja faktura znajduje się w KSeF!<br><b>{
        ksef
    }</b></div></div>
<p class=ks style="margin-top:6mm">Wytworzona w: Aplikacja Podatnika KSeF</p>"""
    return make(
        "ksef_pl",
        "pl",
        page(PL_CSS, body, "pl"),
        repeats=frozenset({"total", "date"} if sold == issued else {"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("PLN", "PLN"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(vat, money(vat, f)),
    )
