"""Set N, cases 3-4: invoices followed by their terms and conditions - a French facture with two pages
of CGV (WeasyPrint) and a Texas distributor's invoice with a page of Terms and Conditions of Sale (fpdf2)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from outside_common_n import (
    FR,
    US,
    Built,
    Inv,
    Item,
    Shown,
    by_rate,
    digits,
    fdate,
    make_key,
    pct,
    pick_items,
    q2,
)
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import INDUSTRIAL, MENUISERIE
from outside_html_n import block, esc, fpdf_fonts, page, rows, weasy
from outside_scan_n import merge, select
from outside_texts_n import fr_cgv, us_terms


def n03_fr_terms(rng: random.Random) -> Built:
    issued = pick_date(rng)
    number = f"FA{issued.year}-{rng.randint(120, 980):04d}"
    items = pick_items(rng, MENUISERIE, 5, (1, 1, 2, 3, 4))
    for it in items:  # fitting work on an older home at 10 %, supplies alone at 20 %
        it.rate = Decimal(10) if "Pose" in it.desc or "Dépose" in it.desc else Decimal(20)
    inv = Inv(number, issued, issued + timedelta(days=30), "EUR", "Menuiserie Aubert & Fils SARL", items)
    inv.taxes = [(f"TVA {pct(r)} %", t) for r, _, t in by_rate(items)]
    deposit = q2(inv.total * Decimal("0.30"))
    p: Shown = {}

    def eur(x: Decimal) -> str:
        return FR(x) + "\u00a0€"

    dd = "{dd}/{mm}/{yyyy}"
    lines = [[i.desc, FR(i.qty, 0), eur(i.price), f"{pct(i.rate)} %", eur(i.net)] for i in items]
    totals = [["Total HT", put(p, "subtotal", "Total HT", eur(inv.subtotal))]]
    totals += [[label, eur(t)] for label, t in inv.taxes]
    totals += [
        ["Total TVA", put(p, "tax", "Total TVA", eur(inv.tax))],
        ["Total TTC", put(p, "total", "Total TTC", eur(inv.total))],
        [f"Acompte versé le {fdate(issued - timedelta(days=47), dd)}", "-" + eur(deposit)],
        ["Net à payer", eur(inv.total - deposit)],
    ]
    put(p, "currency", "", "€")
    put(p, "vendor_name", "", inv.vendor)
    meta = [
        ["Facture n°", put(p, "invoice_number", "Facture n°", number)],
        ["Date", put(p, "date", "Date", fdate(issued, dd))],
        ["Échéance", put(p, "due_date", "Échéance", fdate(inv.due, dd))],
        ["Réf. client", f"C{digits(rng, 5)}"],
        ["Devis", f"D{issued.year}-{rng.randint(100, 999)}"],
    ]
    body = f"""<div class="hd"><div><div class="nm">Menuiserie Aubert &amp; Fils</div>
<div class="small">Fenêtres · Portes · Volets · Fermetures<br>14 rue des Tanneurs, 69007 Lyon<br>
04 78 58 21 36 · contact@aubert-menuiserie.fr</div></div>{rows(meta, "meta", align="lr")}</div>
<div class="parties">{
        block(["M. et Mme Girard", "8 allée des Platanes", "69230 Saint-Genis-Laval"], "box", "Client")
    }
{
        block(
            ["Chantier : 8 allée des Platanes", "Saint-Genis-Laval", "Maison construite en 1987 (TVA 10 %)"],
            "box",
            "Adresse des travaux",
        )
    }</div>
<h1>FACTURE</h1>
{rows(lines, "items", ["Désignation", "Qté", "PU HT", "TVA", "Total HT"], "lrrrr")}
{rows(totals, "totals", align="lr")}
<p>Conditions de paiement : 30 jours date de facture, par virement. En cas de retard, pénalités au taux
de trois fois le taux d'intérêt légal et indemnité forfaitaire de 40 € (voir CGV au verso).</p>
<div class="foot">{esc(inv.vendor)} au capital de 20 000 € · SIRET 812 345 678 00021 · RCS Lyon B 812 345 678
· TVA intracom. FR45 812345678 · IBAN FR76 1027 8073 0000 0205 4560 172 · BIC CMCIFR2A</div>"""
    css = """.hd { display: flex; justify-content: space-between; } .nm { font: bold 18pt 'P052'; color:
#234; }
.meta { border: 1px solid #234; } .meta td:first-child { background: #e8eef3; font-weight: bold; }
.parties { display: flex; gap: 12mm; margin-top: 8mm; } .box { border: 1px solid #999; padding: 6px;
 width: 80mm; } .bt { font-weight: bold; border-bottom: 1px solid #ccc; margin-bottom: 3px; }
h1 { text-align: center; letter-spacing: 6px; font-size: 15pt; margin: 8mm 0 4mm; }
.items { width: 100%; } .items th { border-top: 2px solid #234; border-bottom: 1px solid #234; }
.items td { border-bottom: 1px dotted #aaa; } .totals { margin: 4mm 0 4mm auto; width: 78mm; }
.totals td { border: 1px solid #bbb; } .totals tr:nth-child(5) td { font-weight: bold; background: #e8eef3; }
.foot { position: absolute; bottom: 0; font-size: 7pt; text-align: center; width: 100%; color: #444; }"""
    source = weasy(page(body, css, font="Liberation Sans", lang="fr"))
    cgv = "".join(f"<h3>{esc(t)}</h3><p>{esc(x)}</p>" for t, x in fr_cgv(inv.vendor, "Lyon", issued.year))
    terms = weasy(
        page(
            f"<h2>CONDITIONS GÉNÉRALES DE VENTE ET DE PRESTATION</h2>{cgv}"
            f"<p class='small'>{esc(inv.vendor)} – CGV v7 – page réservée au client</p>",
            "h2 { text-align: center; font-size: 13pt; } h3 { font-size: 10.5pt; margin: 12px 0 2px; }"
            " p { text-align: justify; }",
            pt=10.5,
            lang="fr",
            margin="18mm",
        )
    )
    key = make_key(
        inv,
        lang="fr-FR",
        template="fr-menuiserie-cgv",
        producer="weasyprint",
        case="invoice followed by two pages of CGV (clause numbers, 40 € fee, dates, 150,00 € and "
        "15 000,00 €); two VAT rates; Net à payer after deposit differs from Total TTC",
    )
    return Built("n03_fr_terms", "pdf", merge([source, terms]), key, source, p)


def n04_us_terms(rng: random.Random) -> Built:
    from fpdf import FPDF

    issued = pick_date(rng)
    chosen = rng.sample(INDUSTRIAL, 5)
    items = [
        Item(
            d, Decimal(rng.choice((2, 4, 5, 10, 12))), Decimal(rng.randint(lo * 100, hi * 100)) / 100, code=c
        )
        for c, d, lo, hi in chosen
    ]
    inv = Inv(
        f"{rng.randint(600000, 699999)}",
        issued,
        issued + timedelta(days=30),
        "USD",
        "Lone Star Industrial Supply, Inc.",
        items,
    )
    freight = Decimal(rng.randint(2500, 9500)) / 100
    inv.extra = [("Freight", freight)]
    inv.taxes = [("Sales Tax 8.25%", q2((inv.subtotal + freight) * Decimal("0.0825")))]
    credit = Decimal(rng.randint(5000, 30000)) / 100
    p: Shown = {}
    pdf = FPDF(format="letter")
    pdf.set_creation_date(datetime(2025, 1, 1, tzinfo=UTC))
    fpdf_fonts(pdf)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("sans", "B", 15)
    pdf.cell(110, 7, inv.vendor, new_x="LEFT", new_y="NEXT")
    pdf.set_font("sans", "", 8.5)
    for line in (
        "8120 Clinton Drive",
        "Houston, TX 77029",
        "Phone (713) 555-0148  |  Fax (713) 555-0149",
        "www.lonestarindustrial.com",
    ):
        pdf.cell(110, 4.2, line, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(140, 10)
    pdf.set_font("sans", "B", 22)
    pdf.set_text_color(150, 20, 20)
    pdf.cell(62, 10, "INVOICE", align="R")
    pdf.set_text_color(0, 0, 0)
    us = "{mm}/{dd}/{yyyy}"
    grid = [
        ("INVOICE NO.", put(p, "invoice_number", "INVOICE NO.", inv.number)),
        ("INVOICE DATE", put(p, "date", "INVOICE DATE", fdate(issued, us))),
        ("CUSTOMER ID", f"C-{digits(rng, 5)}"),
        ("PO NUMBER", f"4500{digits(rng, 6)}"),
        ("TERMS", "Net 30"),
        ("DUE DATE", put(p, "due_date", "DUE DATE", fdate(inv.due, us))),
        ("SHIP VIA", "Our Truck"),
        ("SHIP DATE", fdate(issued - timedelta(days=1), us)),
    ]
    pdf.set_xy(10, 38)
    for row in (grid[:4], grid[4:]):
        x = 10
        for label, value in row:
            pdf.set_xy(x, pdf.get_y())
            pdf.set_font("sans", "B", 7)
            pdf.set_fill_color(225, 225, 225)
            pdf.cell(49, 5, label, border=1, fill=True, align="C")
            pdf.set_xy(x, pdf.get_y() + 5)
            pdf.set_font("sans", "", 9)
            pdf.cell(49, 6, value, border=1, align="C")
            pdf.set_xy(x, pdf.get_y() - 5)
            x += 49
        pdf.set_y(pdf.get_y() + 13)
    y = pdf.get_y() + 2
    for x, title, lines in (
        (
            10,
            "BILL TO",
            ["Gulf Coast Fabrication LLC", "Accounts Payable", "P.O. Box 2231", "Pasadena, TX 77501"],
        ),
        (
            108,
            "SHIP TO",
            ["Gulf Coast Fabrication LLC", "Yard 3 - Gate B", "1400 Red Bluff Rd", "Pasadena, TX 77506"],
        ),
    ):
        pdf.set_xy(x, y)
        pdf.set_font("sans", "B", 8)
        pdf.cell(94, 5, title, border="B", new_x="LEFT", new_y="NEXT")
        pdf.set_font("sans", "", 9)
        for line in lines:
            pdf.set_x(x)
            pdf.cell(94, 4.5, line, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y + 30)
    widths = (24, 78, 18, 18, 28, 30)
    pdf.set_font("sans", "B", 8)
    pdf.set_fill_color(40, 40, 40)
    pdf.set_text_color(255, 255, 255)
    for w, h in zip(
        widths, ("ITEM NO.", "DESCRIPTION", "ORDERED", "SHIPPED", "UNIT PRICE", "EXTENDED"), strict=True
    ):
        pdf.cell(w, 6, h, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("sans", "", 8.5)
    for it in items:
        cells = (it.code, it.desc, f"{it.qty:.0f}", f"{it.qty:.0f}", US(it.price), US(it.net))
        for w, text, a in zip(widths, cells, "LLCCRR", strict=True):
            pdf.cell(w, 6.5, text, border="LR", align=a)
        pdf.ln()
    pdf.cell(sum(widths), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    sums = [
        ("Subtotal", put(p, "subtotal", "Subtotal", US(inv.subtotal))),
        ("Freight", US(freight)),
        ("Sales Tax 8.25%", put(p, "tax", "Sales Tax 8.25%", US(inv.tax))),
        ("TOTAL", put(p, "total", "TOTAL", "$" + US(inv.total))),
        ("Payments/Credits", "-" + US(credit)),
        ("BALANCE DUE", "$" + US(inv.total - credit)),
    ]
    put(p, "currency", "", "$")
    put(p, "vendor_name", "", inv.vendor)
    for label, value in sums:
        bold = "B" if label in ("TOTAL", "BALANCE DUE") else ""
        pdf.set_x(136)
        pdf.set_font("sans", bold, 9)
        pdf.cell(36, 6, label, border=1)
        pdf.cell(30, 6, value, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("sans", "", 8)
    pdf.multi_cell(
        0,
        4,
        f"Remit to: {inv.vendor}, P.O. Box 4410, Houston, TX 77210-4410. Federal Tax ID "
        "74-2981156. Past-due accounts are subject to a service charge of 1.5% per month. All sales "
        "subject to the Terms and Conditions of Sale on the following page.",
    )
    pdf.add_page()
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 8, "TERMS AND CONDITIONS OF SALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 8.5)
    for clause in us_terms(inv.vendor, "Texas", issued.year):
        pdf.multi_cell(0, 4.2, clause, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    key = make_key(
        inv,
        lang="en-US",
        template="us-distributor-terms",
        producer="fpdf2",
        case="invoice followed by a page of Terms and Conditions (clauses 1-14, $ fees and limits);"
        " freight outside the subtotal; balance due after credits; PO and customer ids in the grid",
    )
    data = bytes(pdf.output())
    return Built("n04_us_terms", "pdf", data, key, select(data, [0]), p)


CASES = [n03_fr_terms, n04_us_terms]
