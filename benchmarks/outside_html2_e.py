"""Set E, HTML invoices (Chromium): ERP facture (FR), fattura elettronica print (IT), multi-page factuur
(NL)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, r2, street, tax_by_rate
from outside_html_e import e, page


def odoo_fr(rng: random.Random) -> Doc:
    d = Doc("odoo_fr", "chromium", "fr")
    vendor = rng.choice(
        ["Atelier Verdier SAS", "Menuiserie Lebrun SARL", "Optimum Conseil SAS", "Brasserie Cordier SARL"]
    )
    issued = issue_date(rng)
    no = f"F{issued.year}/{rng.randint(1, 1999):04d}"
    due = issued + timedelta(days=rng.choice([30, 45]))
    pool = [
        "Prestation de conseil",
        "Développement spécifique",
        "Formation utilisateurs (jour)",
        "Licence annuelle",
        "Maintenance corrective",
        "Déplacement",
        "Audit de sécurité",
        "Rédaction de cahier des charges",
        "Installation sur site",
        "Support téléphonique (forfait)",
    ]
    items = make_items(rng, pool, rng.randint(3, 6), 80, 2400, [Decimal(20)], True, 5)
    sub = sum(it.amount for it in items)
    tva = r2(sub * Decimal(20) / 100)
    total = sub + tva
    nb = "\u202f"
    m = lambda v: f"{num(v, nb, ',')}{nb}€"  # noqa: E731
    rows = "".join(
        f"<tr><td>{e(it.desc)}</td><td class=r>{num(it.qty, nb, ',')} Unité(s)</td>"
        f"<td class=r>{num(it.unit, nb, ',')}</td>"
        f"<td>TVA 20%</td><td class=r>{m(it.amount)}</td></tr>"
        for it in items
    )
    body = f"""<div class=co>{e(d.k("vendor_name", vendor))}</div>
{"<br>".join(e(s) for s in street(rng, "fr"))}<br>France
<div class=cust>{e(rng.choice(["Mairie de Villeurbanne", "Clinique du Parc", "Librairie Martin"]))}<br>
{"<br>".join(e(s) for s in street(rng, "fr"))}<br>France</div>
<h2>Facture {e(d.k("invoice_number", no))}</h2><table class=info><tr><th>Date de facturation</th><th>Date
d'échéance</th>
<th>Origine</th><th>Référence client</th></tr><tr><td>{e(d.k("date", fdate(issued, "DD/MM/YYYY")))}</td>
<td>{e(d.k("due_date", fdate(due, "DD/MM/YYYY")))}</td><td>S{rng.randint(10000, 99999)}</td>
<td>BC-{rng.randint(100, 999)}</td></tr></table>
<table class=items><tr><th>Description</th><th class=r>Quantité</th><th class=r>Prix unitaire</th>
<th>Taxes</th>
<th class=r>Montant</th></tr>{rows}</table>
<table class=tot><tr><td>Montant hors taxes</td><td class=r>{e(d.k("subtotal", m(sub)))}</td></tr>
<tr><td>TVA 20 %</td><td class=r>{e(d.k("tax", m(tva)))}</td></tr><tr class=b><td>Total</td>
<td class=r>{e(d.k("total", m(total)))}</td></tr><tr class=b><td>Net à payer</td><td class=r>{m(total)}</td>
</tr></table>
<p>Veuillez utiliser la communication suivante pour votre paiement : <b>{e(no)}</b></p>
<p>Conditions de paiement : {(due - issued).days} jours. Montants exprimés en euros
({e(d.k("currency", "EUR"))}).
En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : 40{nb}€.</p>
<div class=foot>{e(vendor)} au capital de {rng.choice(["5", "10", "50"])}{nb}000{nb}€ - RCS
{rng.choice(["Lyon", "Nantes"])}
{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} - N° TVA FR{rng.randint(10, 99)}
{rng.randint(100000000, 999999999)}<br>Page 1 / 1</div>"""
    css = (
        "body{font-family:'DejaVu Sans';font-size:9pt;color:#333}.co{font-size:13pt;font-weight:bold;"
        "color:#714b67}"
        ".cust{margin:24px 0 0 55%}h2{color:#714b67;font-weight:normal;margin-top:40px}"
        ".info th{padding:0 40px 2px 0}"
        ".info td{padding:0 40px 0 0}.items{width:100%;margin-top:24px}"
        ".items th{border-bottom:2px solid #333;padding:4px}"
        ".items td{padding:5px 4px;border-bottom:1px solid #ddd}.tot{width:42%;margin:14px 0 0 auto}"
        ".tot td{padding:4px;"
        "border-top:1px solid #ccc}.b td{font-weight:bold}.foot{margin-top:60px;"
        "border-top:1px solid #aaa;font-size:7.5pt;"
        "text-align:center;padding-top:4px}"
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, sub, tva)
    d.html = page("fr", css, body)
    return d


def fattura_it(rng: random.Random) -> Doc:
    d = Doc("fattura_it", "chromium", "it")
    vendor = rng.choice(
        [
            "Tipografia Lunardi S.r.l.",
            "Officine Barbieri S.p.A.",
            "Studio Tecnico Greco S.r.l.",
            "Ferramenta Colombo S.n.c.",
        ]
    )
    issued = issue_date(rng)
    no = rng.choice(
        [f"{rng.randint(1, 400)}/{issued.year}", f"FPR {rng.randint(1, 400)}/{issued.year % 100}"]
    )
    due = issued + timedelta(days=rng.choice([30, 60]))
    pool = [
        "Stampa brochure A4 quadricromia",
        "Biglietti da visita",
        "Consulenza tecnica",
        "Manutenzione impianto",
        "Carta patinata 150 g",
        "Progettazione grafica",
        "Trasporto e consegna",
        "Rilegatura volumi",
        "Libri di testo (art. 74)",
        "Pannelli forex 5 mm",
    ]
    items = make_items(
        rng, pool, rng.randint(2, 6), 15, 900, [Decimal(22), Decimal(22), Decimal(10)], True, 9, 0.3
    )
    groups = tax_by_rate(items)
    sub = sum(b for _, b, _ in groups)
    iva = sum(t for *_, t in groups)
    total = sub + iva
    m = lambda v: num(v, "", ",")  # noqa: E731  (the stylesheet prints no thousands separator)
    party = lambda role, name, cf: (  # noqa: E731
        f"<td class=party><div class=role>{role}</div>Identificativo fiscale ai fini IVA: IT{cf}<br>"
        f"Codice fiscale: {cf}<br>Denominazione: {e(name)}<br>Regime fiscale: RF01 (ordinario)<br>"
        f"Indirizzo: {'<br>'.join(e(s) for s in street(rng, 'it'))}<br>Paese: IT</td>"
    )
    cust = rng.choice(["Comune di Rivalta", "Hotel Bellavista S.r.l.", "Farmacia Moretti"])
    rows = "".join(
        f"<tr><td>{it.code}</td><td>{e(it.desc)}</td><td class=r>{num(it.qty, '', ',')}</td>"
        f"<td class=r>{num(it.unit, '', ',', 6)}</td><td>pz</td>"
        f"<td class=r>{f'SC {it.disc}%' if it.disc else ''}</td>"
        f"<td class=r>{it.rate}</td><td class=r>{m(it.amount)}</td></tr>"
        for it in items
    )
    riep = "".join(
        f"<tr><td class=r>{r},00</td><td></td><td></td><td class=r>{m(b)}</td><td class=r>{m(t)}</td>"
        f"<td>I (esigibilità immediata)</td></tr>"
        for r, b, t in groups
    )
    vend_cf = f"0{rng.randint(1000000000, 9999999999)}"
    body = f"""<div class=v>Versione FPR12</div><table class=parties><tr>
{party("Cedente/prestatore (fornitore)", d.k("vendor_name", vendor), vend_cf)}
{party("Cessionario/committente (cliente)", cust, f"0{rng.randint(1000000000, 9999999999)}")}</tr></table>
<table class=g><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th><th>Data
documento</th>
<th>Codice destinatario</th><th>Divisa</th></tr><tr><td>TD01 fattura</td><td></td><td>{
        e(d.k("invoice_number", no))
    }</td>
<td>{e(d.k("date", fdate(issued, "DD-MM-YYYY")))}</td><td>{
        "".join(rng.choice("ABCDEFGHKMNPRSTUVWXYZ2345679") for _ in range(7))
    }</td><td>{e(d.k("currency", "EUR"))}</td></tr></table>
<table class=g><tr><th>Cod. articolo</th><th>Descrizione</th><th>Quantità</th><th>Prezzo unitario</th>
<th>UM</th>
<th>Sconto o magg.</th><th>%IVA</th><th>Prezzo totale</th></tr>{rows}</table>
<div class=h>RIEPILOGHI IVA E TOTALI</div><table class=g><tr><th>%IVA</th><th>Spese accessorie</th>
<th>Arr.</th>
<th>Totale imponibile</th><th>Totale imposta</th><th>Esigibilità IVA</th></tr>{riep}</table>
<table class=g><tr><th>Importo bollo</th><th>Sconto/Maggiorazione</th><th>Arr.</th><th>Totale imponibile</th>
<th>Totale imposta</th><th>Totale documento</th></tr><tr><td></td><td></td><td></td><td class=r>{
        e(d.k("subtotal", m(sub)))
    }</td>
<td class=r>{e(d.k("tax", m(iva)))}</td><td class=r><b>{e(d.k("total", m(total)))}</b></td></tr></table>
<table class=g><tr><th>Modalità pagamento</th><th>IBAN</th><th>Istituto</th><th>Data scadenza</th>
<th>Importo</th></tr>
<tr><td>MP05 bonifico</td><td>IT{rng.randint(10, 99)}X0{rng.randint(10**9, 10**10 - 1)}{
        rng.randint(10**9, 10**10 - 1)
    }
</td><td>{rng.choice(["Banca Sella", "BPER Banca", "Credem"])}</td><td>{
        e(d.k("due_date", fdate(due, "DD-MM-YYYY")))
    }</td>
<td class=r>{m(total)}</td></tr></table>"""
    css = (
        "body{font-family:'DejaVu Sans Condensed';font-size:7.5pt}.v{font-size:7pt;color:#555}"
        ".parties{width:100%}"
        ".party{width:50%;border:1px solid #999;padding:5px}.role{font-weight:bold;font-size:8.5pt;"
        "margin-bottom:3px}"
        ".g{width:100%;margin-top:10px}.g th{background:#e6e6e6;border:1px solid #999;padding:2px;"
        "font-size:7pt}"
        ".g td{border:1px solid #bbb;padding:2px 3px}.h{margin-top:14px;font-weight:bold;font-size:8.5pt}"
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, sub, iva)
    d.html = page("it", css, body)
    return d


def factuur_nl(rng: random.Random) -> Doc:
    d = Doc("factuur_nl", "chromium", "nl")
    vendor = rng.choice(
        [
            "Van Leeuwen Installatietechniek B.V.",
            "Drukkerij De Vries B.V.",
            "Groen & Zn. V.O.F.",
            "Hollands Glorie Catering B.V.",
        ]
    )
    issued = issue_date(rng)
    no = f"{issued.year}-{rng.randint(1, 999999):06d}"
    due = issued + timedelta(days=rng.choice([14, 30]))
    pool = [
        "Montage radiator",
        "Cv-ketel onderhoud",
        "Koperen leiding 15 mm (m)",
        "Thermostaatkraan",
        "Arbeidsuren",
        "Voorrijkosten",
        "Afvoer oud materiaal",
        "Vloerverwarming verdeler",
        "Expansievat 18 l",
        "Inspectie",
        "Isolatie leidingwerk (m)",
        "Boorwerk kernboring",
        "Kraanwerk",
        "Lasmateriaal",
        "Ontluchten systeem",
        "Drukproef",
        "Filter vervangen",
        "Pompunit",
        "Koffie en lunch (9%)",
        "Klein materiaal",
        "Rookgasanalyse",
        "Aansluitset",
        "Wandbeugels",
        "Afsluiter 22 mm",
        "Reistijd",
        "Servicecontract",
    ]
    items = make_items(rng, pool, rng.randint(30, 38), 4, 450, [Decimal(21)] * 5 + [Decimal(9)], True, 12)
    groups = tax_by_rate(items)
    sub = sum(b for _, b, _ in groups)
    btw = sum(t for *_, t in groups)
    total = sub + btw
    m = lambda v: f"€ {num(v, '.', ',')}"  # noqa: E731
    rows = "".join(
        f"<tr><td>{num(it.qty, '.', ',', 0)}</td><td>{e(it.desc)}</td><td class=r>{m(it.unit)}</td>"
        f"<td class=r>{it.rate}%</td>"
        f"<td class=r>{m(it.amount)}</td></tr>"
        for it in items
    )
    vat_rows = "".join(
        f"<tr><td>{r}% btw over {m(b)}</td><td class=r>{e(m(t))}</td></tr>" for r, b, t in groups
    )
    d.k("tax", m(groups[0][2]) if len(groups) == 1 else m(btw))
    body = f"""<div class=hd><div
class=co>{e(d.k("vendor_name", vendor))}</div>{"<br>".join(e(s) for s in street(rng, "nl"))}
<br>KvK {rng.randint(10000000, 99999999)} · Btw-nummer NL{rng.randint(100000000, 999999999)}B01<br>
IBAN NL{rng.randint(10, 99)} RABO 0{rng.randint(100000000, 999999999)}</div>
<div class=to>{e(rng.choice(["Woningstichting Eemland", "Sportschool Fit4U", "Fam. Jansen"]))}<br>
{"<br>".join(e(s) for s in street(rng, "nl"))}</div><h1>Factuur</h1>
<table class=meta><tr><td>Factuurnummer</td><td>{e(d.k("invoice_number", no))}</td></tr>
<tr><td>Factuurdatum</td><td>{e(d.k("date", fdate(issued, "D MMMM YYYY", "nl")))}</td></tr>
<tr><td>Vervaldatum</td><td>{e(d.k("due_date", fdate(due, "D MMMM YYYY", "nl")))}</td></tr>
<tr><td>Uw referentie</td><td>Project {rng.randint(100, 999)}</td></tr></table>
<table class=items><thead><tr><th>Aantal</th><th>Omschrijving</th><th class=r>Prijs</th><th class=r>Btw</th>
<th class=r>Totaal</th></tr></thead>{rows}</table>
<table class=tot><tr><td>Subtotaal</td><td class=r>{e(d.k("subtotal", m(sub)))}</td></tr>{vat_rows}
{f"<tr><td>Totaal btw</td><td class=r>{m(btw)}</td></tr>" if len(groups) > 1 else ""}
<tr class=b><td>Totaal</td><td class=r>{e(d.k("total", m(total)))}</td></tr>
<tr class=b><td>Te betalen</td><td class=r>{m(total)}</td></tr></table>
<p>Wij verzoeken u vriendelijk het bedrag van {m(total)} vóór {fdate(due, "D MMMM YYYY", "nl")} over te
maken onder
vermelding van het factuurnummer. Alle bedragen in {e(d.k("currency", "EUR"))}.</p>"""
    css = (
        "body{font-family:'Liberation Sans';font-size:9.5pt}.hd{text-align:right}.co{font-size:15pt;"
        "font-weight:bold;"
        "color:#0a7d5c}.to{margin-top:10px}h1{color:#0a7d5c;font-weight:normal;font-size:20pt}"
        ".meta td{padding:1px 20px 1px 0}"
        ".items{width:100%;margin-top:18px}.items th{border-bottom:1px solid #0a7d5c;padding:4px}"
        ".items td{padding:4px;"
        "border-bottom:1px solid #eee}.tot{width:48%;margin:12px 0 0 auto;page-break-inside:avoid}"
        ".tot td{padding:3px}"
        ".b td{font-weight:bold;font-size:11pt}"
    )
    d.key = key_of(no, issued, due, total, "EUR", vendor, sub, btw)
    d.html = page("nl", css, body)
    return d
