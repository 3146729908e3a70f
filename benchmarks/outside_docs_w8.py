"""Set W templates: Fatture-in-Cloud-style fattura (cassa, ritenuta), Pennylane-style facture."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2

IT_CSS = """
@page { size: A4; margin: 14mm; } body { font: 9pt 'DejaVu Sans'; color: #222; } .hd { display: flex;
 justify-content: space-between; } .box { border: 1px solid #bbb; border-radius: 4px; padding: 6px 8px;
width: 46%; }
.lab { font-size: 7pt; color: #0d6efd; text-transform: uppercase; } h1 { font-size: 14pt; margin: 14px 0 6px;
}
table.it { width: 100%; border-collapse: collapse; } table.it th { background: #0d6efd; color: #fff; padding:
4px;
 text-align: left; font-size: 8pt; } table.it td { padding: 4px; border-bottom: 1px solid #ddd; }
.r { text-align: right !important; white-space: nowrap; } .bot { display: flex; gap: 16px; margin-top: 12px; }
table.t { width: 100%; border-collapse: collapse; } table.t td { padding: 3px 4px; border-bottom: 1px solid
#eee; }
.tt td { font-weight: bold; background: #e7f1ff; } .np td { font-weight: bold; font-size: 11pt; }
"""

IT_ITEMS = [
    "Progettazione architettonica preliminare",
    "Direzione lavori - acconto SAL n. {n}",
    "Pratica edilizia CILA e deposito",
    "Rilievo metrico e restituzione grafica",
    "Consulenza tecnica di parte",
    "Certificazione energetica APE",
]


def fic_it(rng: random.Random) -> Doc:
    name = rng.choice(["Arch. Giulia Ferraris", "Ing. Marco Bellandi", "Studio Tecnico Geom. Paolo Russo"])
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([30, 60]))
    number = f"{rng.randrange(1, 120)}/{issued.year}"
    d = "{dd}/{mm}/{yyyy}"
    rows, fees = [], Decimal(0)
    for item in rng.sample(IT_ITEMS, 3):
        amt = Decimal(rng.randrange(30, 260) * 10)
        fees += amt
        rows.append(
            f"<tr><td>{item.format(n=rng.randrange(1, 5))}</td><td class=r>1</td>"
            f"<td class=r>{money(amt, 'de')}</td>"
            f"<td class=r>22%</td><td class=r>{money(amt, 'de')}</td></tr>"
        )
    cassa_name = "INARCASSA" if name.startswith(("Arch", "Ing")) else "CIPAG"
    cassa_rate = 4 if cassa_name == "INARCASSA" else 5
    cassa = q2(fees * cassa_rate / 100)
    taxable = fees + cassa
    iva = q2(taxable * Decimal("0.22"))
    total = taxable + iva
    rit = q2(fees * Decimal("0.20"))
    cf = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{rng.randrange(50, 99)}"
    body = f"""
<div class=hd><div class=box><span class=lab>Cedente / prestatore</span><br><b>{esc(name)}</b><br>{
        rng.choice(["Via Roma", "Corso Vittorio Emanuele II", "Viale Mazzini"])
    } {rng.randrange(1, 150)}<br>{
        rng.choice(["10121 Torino (TO)", "50123 Firenze (FI)", "40121 Bologna (BO)"])
    }<br>
P.IVA {rng.randrange(10**10, 10**11)}<br>C.F. {cf}A{rng.randrange(10, 70)}L{rng.randrange(100, 999)}X</div>
<div class=box><span class=lab>Cessionario / committente</span><br><b>{
        rng.choice(["Immobiliare Colli Srl", "Condominio Via Garibaldi 12", "Hotel Bellavista Snc"])
    }</b><br>{rng.choice(["Via Dante", "Piazza Cavour", "Via Verdi"])} {rng.randrange(1, 90)}<br>{
        rng.choice(["20121 Milano (MI)", "00187 Roma (RM)", "16121 Genova (GE)"])
    }<br>P.IVA {rng.randrange(10**10, 10**11)}<br>Codice destinatario {
        rng.choice(["M5UXCR1", "KRRH6B9", "0000000"])
    }
</div></div>
<h1>Fattura n. {number} del {fdate(issued, d)}</h1>
<table class=it><tr><th>Descrizione</th><th class=r>Qtà</th><th class=r>Prezzo</th><th class=r>IVA</th>
<th class=r>Importo</th></tr>{"".join(rows)}</table>
<div class=bot><div style="flex:1"><span class=lab>Pagamento</span><br>Bonifico bancario - scadenza {
        fdate(due, d)
    }<br>
IBAN IT{rng.randrange(10, 99)} X{rng.randrange(10**4, 10**5)} {rng.randrange(10**4, 10**5)} {
        rng.randrange(10**11, 10**12)
    }
<br><br><span class=lab>Note</span><br>Contributo integrativo {cassa_name} {
        cassa_rate
    }% addebitato ai sensi di legge.
Ritenuta d'acconto da versare a cura del committente.</div>
<div style="flex:1"><table class=t><tr><td>Compensi professionali</td><td class=r>{
        money(fees, "de")
    } €</td></tr>
<tr><td>Contributo {cassa_name} {cassa_rate}%</td><td class=r>{money(cassa, "de")} €</td></tr>
<tr><td>Totale imponibile</td><td class=r>{money(taxable, "de")} €</td></tr>
<tr><td>IVA 22%</td><td class=r>{money(iva, "de")} €</td></tr>
<tr class=tt><td>Totale documento</td><td class=r>{money(total, "de")} €</td></tr>
<tr><td>Ritenuta d'acconto 20%</td><td class=r>-{money(rit, "de")} €</td></tr>
<tr class=np><td>Netto a pagare</td><td class=r>{money(total - rit, "de")} €</td></tr></table></div></div>
<p style="font-size:7pt;color:#777;margin-top:30px">Copia di cortesia della fattura elettronica trasmessa al
Sistema di Interscambio (SdI).</p>"""
    return make(
        "fic_it",
        "it",
        page(IT_CSS, body, "it"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, "de")),
        currency=("EUR", "€"),
        vendor_name=(name, name),
        subtotal=(taxable, money(taxable, "de")),
        tax=(iva, money(iva, "de")),
    )


FR_CSS = """
@page { size: A4; margin: 16mm 18mm; } body { font: 9pt 'Liberation Sans'; color: #1d1d1f; }
.hd { display: flex; justify-content: space-between; } h1 { font-size: 20pt; margin: 0; } .g { color:
#6e6e73; }
.parties { display: flex; gap: 40px; margin: 20px 0; } .parties > div { flex: 1; } table.m td { padding: 1px
12px 1px 0; }
table.it { width: 100%; border-collapse: collapse; margin-top: 12px; } table.it th { text-align: left; color:
#6e6e73;
 font-weight: normal; border-bottom: 1px solid #d2d2d7; padding: 5px 3px; } table.it td { padding: 6px 3px;
 border-bottom: 1px solid #f0f0f0; } .r { text-align: right !important; white-space: nowrap; } table.t {
 margin: 10px 0 0 auto; width: 45%; } table.t td { padding: 3px; } .tt td { font-weight: bold; font-size:
11pt;
 border-top: 1px solid #1d1d1f; } .ment { font-size: 7.5pt; color: #6e6e73; margin-top: 24px; }
"""

FR_ITEMS = [
    ("Développement backend - jours", 450, 700),
    ("Audit de sécurité applicative - jours", 600, 900),
    ("Atelier de cadrage produit - jours", 500, 800),
    ("Rédaction de spécifications - jours", 400, 600),
    ("Support et maintenance - jours", 380, 520),
]


def pennylane_fr(rng: random.Random) -> Doc:
    variant = rng.choice(["autoliquidation", "293B"])
    legal = rng.choice(["Clément Morel EI", "Studio Caradoc SAS", "Atelier Numérique Lefèvre SARL"])
    issued = issue_date(rng)
    due = issued + timedelta(days=rng.choice([30, 45]))
    number = f"F-{issued.year}-{rng.randrange(1, 500):04d}"
    d = "{dd}/{mm}/{yyyy}"
    rows, net = [], Decimal(0)
    for label, lo, hi in rng.sample(FR_ITEMS, 3):
        qty = Decimal(rng.randrange(1, 12)) / (2 if rng.random() < 0.3 else 1)
        price = Decimal(rng.randrange(lo, hi, 10))
        amt = q2(qty * price)
        net += amt
        rows.append(
            f"<tr><td>{label}</td><td class=r>{money(qty, 'fr')}</td><td class=r>{money(price, 'fr')} €</td>"
            f"<td class=r>{'0 %' if variant == 'autoliquidation' else '-'}</td>"
            f"<td class=r>{money(amt, 'fr')} €</td></tr>"
        )
    if variant == "autoliquidation":
        client = rng.choice(["Brightlane Software GmbH", "Nordic Data ApS", "Van Houten Digital B.V."])
        cvat = rng.choice(["DE", "DK", "NL"]) + str(rng.randrange(10**8, 10**9))
        vat_rows = "<tr><td>TVA 0 %</td><td class=r>0,00 €</td></tr>"
        ment = "Autoliquidation - TVA due par le preneur, article 196 de la directive 2006/112/CE."
    else:
        client = rng.choice(["Boulangerie Lemoine", "Cabinet Dr Garnier", "Association Les Tilleuls"])
        cvat = None
        vat_rows = ""
        ment = "TVA non applicable, art. 293 B du CGI."
    siren = f"{rng.randrange(100, 999)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    body = f"""
<div class=hd><div><b style="font-size:12pt">{esc(legal)}</b><br><span class=g>{rng.randrange(1, 120)} {
        rng.choice(["rue de la République", "boulevard Voltaire", "quai des Chartrons"])
    }<br>{rng.choice(["69002 Lyon", "75011 Paris", "33000 Bordeaux"])}<br>SIREN {siren}</span></div>
<div style="text-align:right"><h1>Facture</h1><span class=g>N° {number}</span></div></div>
<div class=parties><div><span class=g>Facturé à</span><br><b>{client}</b><br>{
        "N° TVA intracom. " + cvat if cvat else "Client particulier / association"
    }</div><div><table class=m><tr><td class=g>Date d'émission</td><td>{fdate(issued, d)}</td></tr>
<tr><td class=g>Date d'échéance</td><td>{
        fdate(due, d)
    }</td></tr><tr><td class=g>Conditions</td><td>Virement à {
        (due - issued).days
    } jours</td></tr></table></div></div>
<table class=it><tr><th>Description</th><th class=r>Qté</th><th class=r>Prix unitaire HT</th><th
class=r>TVA</th>
<th class=r>Total HT</th></tr>{"".join(rows)}</table>
<table class=t><tr><td>Total HT</td><td class=r>{money(net, "fr")} €</td></tr>{vat_rows}
<tr class=tt><td>Total TTC</td><td class=r>{money(net, "fr")} €</td></tr></table>
<p class=ment>{ment}<br>En cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt légal et
indemnité forfaitaire pour frais de recouvrement de 40 €. Pas d'escompte pour paiement anticipé.<br>IBAN FR76
{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {
        rng.randrange(1000, 9999)
    } {rng.randrange(1000, 9999)}
{rng.randrange(100, 999)}</p>"""
    return make(
        "pennylane_fr",
        "fr",
        page(FR_CSS, body, "fr"),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(net, money(net, "fr")),
        currency=("EUR", "€"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "fr")),
        tax=(Decimal(0), "0,00") if variant == "autoliquidation" else None,
    )
