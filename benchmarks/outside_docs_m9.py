"""Set M LaTeX invoices 18-20: a New Zealand tax invoice over two pages (longtable timesheet with dated
rows, GST 15 %, Palatino), a French facture (Times, TVA 20 %, "Net à payer"), a Belgian facture
(structured communication, TVA 21 %)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_m import (
    Doc,
    fdate,
    iban,
    issue_date,
    make_items,
    make_key,
    money,
    num,
    q2,
)
from outside_latex_m import items_table, long_table, preamble, tex
from outside_pools_m import BE_POOL, FR_POOL, NZ_TASKS


def nz_longtable(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = (d.replace(day=28) + timedelta(days=4)).replace(day=20)
    inv = f"INV-{num(rng, 6)}"
    vendor = "Kowhai Software Limited"
    doc = Doc("m18_nz_longtable", "en-NZ", "multi-page longtable timesheet invoice, GST 15 %", "pdflatex", {})
    fmt = "{d:02}/{m:02}/{Y}"
    start = (d.replace(day=1) - timedelta(days=1)).replace(day=1)
    rate = Decimal(rng.choice([165, 175, 185, 195]))
    rows, sub, day = [], Decimal(0), start
    for _ in range(rng.randint(44, 52)):
        day += timedelta(days=rng.choice([0, 0, 1, 1, 3]))
        hours = q2(rng.randint(1, 16) / 2)
        amt = q2(hours * rate)
        sub += amt
        rows.append([fdate(day, fmt), tex(rng.choice(NZ_TASKS)), f"{hours:.2f}", money(rate), money(amt)])
    gst = q2(sub * Decimal("0.15"))
    total = sub + gst
    table = long_table(
        ["Date", "Description", "Hours", "Rate", "Amount NZD"],
        "lp{0.45\\linewidth}rrr",
        rows,
        "Continued on next page",
        [
            ("Subtotal", doc.show("subtotal", money(sub), "Subtotal")),
            ("Total GST 15\\%", doc.show("tax", money(gst), "GST")),
            ("!Total NZD", doc.show("total", money(total), "Total NZD")),
            ("Less Amount Paid", "0.00"),
            ("!Amount Due NZD", money(total)),
        ],
    )
    doc.latex = rf"""{preamble("palatino", "11pt", margin="2.2cm")}
\fancyfoot[L]{{\small {vendor}}}\fancyfoot[C]{{\small Invoice {inv}}}\fancyfoot[R]{{\small Page \thepage}}
\begin{{document}}
\begin{{minipage}}[t]{{0.45\linewidth}}
{{\LARGE\bfseries TAX INVOICE}}\\[6mm]
Pohutukawa Health Trust\\
Attention: Finance Team\\
PO Box 11-402\\
Manners Street, Wellington 6142
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.5\linewidth}}\raggedleft
{{\LARGE\bfseries {doc.show("vendor_name", vendor)}}}\\
Level 3, 110 Featherston Street\\
Wellington 6011\\
GST No. {num(rng, 3)}-{num(rng, 3)}-{num(rng, 3)}
\end{{minipage}}

\vspace{{8mm}}
\begin{{tabular}}{{@{{}}llll@{{}}}}
\textbf{{Invoice Number}} & {doc.show("invoice_number", inv, "Invoice Number")} &
\textbf{{Invoice Date}} & {doc.show("date", fdate(d, fmt), "Invoice Date")}\\
\textbf{{Reference}} & Timesheets {start:%B %Y} &
\textbf{{Due Date}} & {doc.show("due_date", fdate(due, fmt), "Due Date")}\\
\end{{tabular}}

\vspace{{4mm}}
{table}

\textbf{{Payment advice}}\\
Please pay by direct credit to Kowhai Software Limited, ANZ 06-0501-{num(rng, 7)}-00,
reference {inv}. Payment is due on the 20th of the month following the invoice date.
\end{{document}}
"""
    doc.shown["currency"] = ("", "NZD")
    doc.spaceless = True
    doc.key = make_key(inv, d, due, total, gst, sub, "NZD", vendor)
    return doc


def fr_facture(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv = f"FA-{d:%Y}-{num(rng, 4)}"
    vendor = "Atelier Morvan SARL"
    items = make_items(rng, FR_POOL, rng.randint(4, 6), qty=(1, 8))
    ht = sum(it.amount for it in items)
    tva = q2(ht * Decimal("0.2"))
    ttc = ht + tva
    doc = Doc("m19_fr_facture", "fr-FR", "LaTeX facture, Times, TVA 20 %, net à payer", "pdflatex", {})
    fmt = "{d:02}/{m:02}/{Y}"
    rows = [
        [
            tex(it.desc),
            f"{it.qty.normalize():f}".replace(".", ","),
            it.unit,
            money(it.price, "sp"),
            money(it.amount, "sp"),
        ]
        for it in items
    ]
    table = items_table(
        ["Désignation", "Qté", "Unité", "PU HT", "Montant HT"],
        "Xrlrr",
        rows,
        [
            ("Total HT", doc.show("subtotal", money(ht, "sp"), "Total HT") + " €"),
            ("TVA 20 \\%", doc.show("tax", money(tva, "sp"), "TVA") + " €"),
            ("Total TTC", doc.show("total", money(ttc, "sp"), "Total TTC") + " €"),
            ("!Net à payer EUR", money(ttc, "sp")),
        ],
    )
    doc.latex = rf"""{preamble("times", "11pt")}
\fancyfoot[C]{{\footnotesize {vendor} au capital de 8 000 € --
SIRET {num(rng, 3)} {num(rng, 3)} {num(rng, 3)} 000{num(rng, 2)}
-- RCS Nevers -- TVA intracommunautaire FR{num(rng, 2)} {num(rng, 9)}}}
\begin{{document}}
{{\Large\bfseries {doc.show("vendor_name", vendor)}}}\\
Tapisserie -- Ameublement -- Restauration de sièges\\
12 rue des Tanneurs, 58000 Nevers\\
Tél. 03 86 {num(rng, 2)} {num(rng, 2)} {num(rng, 2)}

\hfill\begin{{minipage}}{{0.45\linewidth}}
Madame Claire Dufresne\\
Les Tilleuls, 4 chemin du Moulin\\
58470 Magny-Cours
\end{{minipage}}

\vspace{{8mm}}
{{\large\bfseries FACTURE N° {doc.show("invoice_number", inv, "FACTURE")}}}

\begin{{tabular}}{{@{{}}ll@{{\qquad}}ll@{{}}}}
Date de facture : & {doc.show("date", fdate(d, fmt), "Date de facture")} & Date de livraison : &
{fdate(d - timedelta(days=rng.randint(2, 9)), fmt)}\\
Échéance : & {doc.show("due_date", fdate(due, fmt), "Échéance")} & Devis n° : & D-{d:%y}-{num(rng, 3)}\\
Code client : & C{num(rng, 4)} & Mode de règlement : & virement\\
\end{{tabular}}

\vspace{{4mm}}
{table}

\vspace{{4mm}}
{{\small En cas de retard de paiement, une pénalité égale à trois fois le taux d'intérêt légal sera exigible,
ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.
Pas d'escompte pour paiement anticipé.}}

Règlement par virement : IBAN FR76
{num(rng, 4)} {num(rng, 4)} {num(rng, 4)} {num(rng, 4)} {num(rng, 4)} {num(rng, 3)}
-- BIC CCBPFRPPDJN
\end{{document}}
"""
    doc.shown["currency"] = ("Net à payer", "EUR")
    doc.spaceless = True
    doc.key = make_key(inv, d, due, ttc, tva, ht, "EUR", vendor)
    return doc


def be_facture(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv = f"{d:%Y}/{num(rng, 5)}"
    vendor = "Imprimerie Vandenbroeck SRL"
    items = make_items(rng, BE_POOL, rng.randint(4, 6), qty=(1, 5))
    for it in items:
        if it.unit == "ex.":
            it.qty = Decimal(rng.choice([250, 500, 1000, 2500]))
            it.amount = q2(it.qty * it.price)
    ht = sum(it.amount for it in items)
    tva = q2(ht * Decimal("0.21"))
    total = ht + tva
    base = num(rng, 10)
    ogm = f"{base}{int(base) % 97 or 97:02d}"
    doc = Doc("m20_be_facture", "fr-BE", "LaTeX facture, communication structurée, TVA 21 %", "pdflatex", {})
    fmt = "{d:02}-{m:02}-{Y}"
    rows = [
        [
            tex(it.desc),
            f"{it.qty.normalize():f}".replace(".", ","),
            money(it.price, "eu"),
            money(it.amount, "eu"),
        ]
        for it in items
    ]
    table = items_table(
        ["Description", "Quantité", "Prix unitaire", "Montant"],
        "Xrrr",
        rows,
        [
            ("Total hors TVA", doc.show("subtotal", money(ht, "eu"), "Total hors TVA")),
            ("TVA 21 \\%", doc.show("tax", money(tva, "eu"), "TVA")),
            ("!Montant à payer (EUR)", doc.show("total", money(total, "eu"), "Montant")),
        ],
        shade="gray!10",
    )
    doc.latex = rf"""{preamble("lmodern", "11pt")}
\fancyfoot[C]{{\small {vendor} -- Chaussée de Louvain 412, 1030 Schaerbeek --
TVA BE 0{num(rng, 3)}.{num(rng, 3)}.{num(rng, 3)}
-- RPM Bruxelles}}
\begin{{document}}
\begin{{minipage}}[t]{{0.55\linewidth}}
{{\Large\bfseries {doc.show("vendor_name", vendor)}}}\\
Impression offset et numérique\\
Chaussée de Louvain 412\\
1030 Schaerbeek
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.4\linewidth}}
\vspace{{12mm}}
ASBL Les Amis du Parc Josaphat\\
Avenue Rogier 233\\
1030 Schaerbeek\\
TVA BE 0{num(rng, 3)}.{num(rng, 3)}.{num(rng, 3)}
\end{{minipage}}

\vspace{{10mm}}
{{\LARGE FACTURE}}

\begin{{tabular}}{{@{{}}ll@{{}}}}
Numéro de facture : & {doc.show("invoice_number", inv, "Numéro de facture")}\\
Date de facture : & {doc.show("date", fdate(d, fmt), "Date de facture")}\\
Date d'échéance : & {doc.show("due_date", fdate(due, fmt), "échéance")}\\
Votre référence : & Bon de commande {num(rng, 5)} du {fdate(d - timedelta(days=21), fmt)}\\
N° client : & {num(rng, 5)}\\
\end{{tabular}}

\vspace{{4mm}}
{table}

\vspace{{6mm}}
Merci de verser le montant sur le compte {iban(rng, "BE", 16)} (BIC GKCCBEBB)\\
avec la communication structurée \textbf{{+++{ogm[:3]}/{ogm[3:7]}/{ogm[7:]}+++}}.
\end{{document}}
"""
    doc.shown["currency"] = ("", "EUR")
    doc.key = make_key(inv, d, due, total, tva, ht, "EUR", vendor)
    return doc
