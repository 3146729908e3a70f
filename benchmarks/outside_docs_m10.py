"""Set M LaTeX invoices 21-23: a Spanish factura with a payment on account (Latin Modern 10 pt), an Italian
fattura with "Totale documento" and acconto (Helvetica), a Dutch factuur with BTW 9 % and 21 % (Charter)."""

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
from outside_latex_m import items_table, preamble, tex
from outside_pools_m import ES_POOL, IT_POOL, NL_POOL


def es_factura(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv = f"{d:%Y}-A-{num(rng, 4)}"
    vendor = "Talleres Guadalmina S.L."
    items = make_items(rng, ES_POOL, rng.randint(4, 6), qty=(1, 6))
    base = sum(it.amount for it in items)
    iva = q2(base * Decimal("0.21"))
    total = base + iva
    paid = q2(total * Decimal(str(rng.choice([0.2, 0.3, 0.5]))))
    doc = Doc("m21_es_factura", "es-ES", "LaTeX factura 10 pt, IVA 21 %, entregado a cuenta", "pdflatex", {})
    fmt = "{d:02}/{m:02}/{Y}"
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
        ["Concepto", "Cantidad", "Precio", "Importe"],
        "Xrrr",
        rows,
        [
            ("Base imponible", doc.show("subtotal", money(base, "eu"), "Base imponible") + " €"),
            ("IVA 21 \\%", doc.show("tax", money(iva, "eu"), "IVA") + " €"),
            ("!Total factura", doc.show("total", money(total, "eu"), "Total factura") + " €"),
            ("Entregado a cuenta", "-" + money(paid, "eu") + " €"),
            ("!Total a pagar", money(total - paid, "eu") + " €"),
        ],
    )
    doc.latex = rf"""{preamble("lmodern", "10pt")}
\fancyfoot[C]{{\footnotesize {vendor} -- Inscrita en el Registro Mercantil de Málaga,
Tomo {num(rng, 4)}, Folio {num(rng, 2)},
Hoja MA-{num(rng, 5)} -- CIF B{num(rng, 8)}}}
\begin{{document}}
{{\huge\bfseries {doc.show("vendor_name", vendor)}}}\\[1mm]
Taller mecánico y neumáticos -- Polígono Industrial La Ermita, Nave 14 -- 29603 Marbella (Málaga)

\vspace{{8mm}}
\begin{{minipage}}[t]{{0.5\linewidth}}
{{\Large FACTURA}}\\[2mm]
\begin{{tabular}}{{@{{}}ll@{{}}}}
Nº factura: & {doc.show("invoice_number", inv, "factura")}\\
Fecha: & {doc.show("date", fdate(d, fmt), "Fecha")}\\
Vencimiento: & {doc.show("due_date", fdate(due, fmt), "Vencimiento")}\\
Forma de pago: & Transferencia\\
\end{{tabular}}
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.42\linewidth}}
\textbf{{Cliente}}\\
Distribuciones Costa del Sol S.A.\\
NIF A{num(rng, 8)}\\
Avda. Ricardo Soriano 65, 29601 Marbella\\
Albarán nº {num(rng, 5)} de {fdate(d - timedelta(days=5), fmt)}
\end{{minipage}}

\vspace{{6mm}}
{table}

\vspace{{4mm}}
Matrícula del vehículo: {num(rng, 4)} {rng.choice(["KLM", "LBR", "MDX"])} --
Kilómetros: {rng.randint(20, 180)}.{num(rng, 3)}\\
Pago por transferencia a {iban(rng, "ES", 24)} indicando el número de factura.
\end{{document}}
"""
    doc.shown["currency"] = ("", "€")
    doc.key = make_key(inv, d, due, total, iva, base, "EUR", vendor)
    return doc


def it_fattura(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = d + timedelta(days=60)
    inv = f"{rng.randint(12, 480)}/{d:%Y}"
    vendor = "Officine Brambilla S.r.l."
    items = make_items(rng, IT_POOL, rng.randint(4, 6), qty=(1, 10))
    base = sum(it.amount for it in items)
    iva = q2(base * Decimal("0.22"))
    total = base + iva
    acconto = q2(total * Decimal("0.3"))
    doc = Doc(
        "m22_it_fattura", "it-IT", "LaTeX fattura, Helvetica, totale documento, acconto", "pdflatex", {}
    )
    fmt = "{d:02}/{m:02}/{Y}"
    rows = [
        [
            tex(it.desc),
            it.unit,
            f"{it.qty.normalize():f}".replace(".", ","),
            money(it.price, "eu"),
            money(it.amount, "eu"),
            "22",
        ]
        for it in items
    ]
    table = items_table(
        ["Descrizione", "U.M.", "Q.tà", "Prezzo", "Importo EUR", "IVA \\%"],
        "Xlrrrr",
        rows,
        [
            ("Imponibile", doc.show("subtotal", money(base, "eu"), "Imponibile")),
            ("IVA 22\\% su imponibile", doc.show("tax", money(iva, "eu"), "IVA")),
            ("!Totale documento €", doc.show("total", money(total, "eu"), "Totale documento")),
            ("Acconto già versato", money(acconto, "eu")),
            ("!Netto a pagare €", money(total - acconto, "eu")),
        ],
        shade="gray!12",
    )
    doc.latex = rf"""{preamble("helvet", "11pt")}
\fancyfoot[C]{{\footnotesize Cap. soc. € 50.000 i.v. -- REA MB-{num(rng, 6)} --
Codice destinatario SDI: M5UXCR1}}
\begin{{document}}
\begin{{minipage}}[t]{{0.55\linewidth}}
{{\LARGE\bfseries {doc.show("vendor_name", vendor)}}}\\
Via dell'Artigianato 21 -- 20861 Brugherio (MB)\\
P.IVA IT0{num(rng, 10)} -- C.F. 0{num(rng, 10)}
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.4\linewidth}}
Spett.le\\
\textbf{{Idrotecnica Lombarda S.p.A.}}\\
Viale Lombardia 140\\
20900 Monza (MB)\\
P.IVA IT0{num(rng, 10)}
\end{{minipage}}

\vspace{{10mm}}
\begin{{tabular}}{{|l|l|l|l|}}\hline
\textbf{{Tipo documento}} & \textbf{{Numero}} & \textbf{{Data documento}} & \textbf{{Vs. ordine}}\\\hline
TD01 Fattura & {doc.show("invoice_number", inv, "Numero")} &
{doc.show("date", fdate(d, fmt), "Data documento")} &
ODA {num(rng, 6)} del {fdate(d - timedelta(days=30), fmt)}\\\hline
\end{{tabular}}

\vspace{{2mm}}
DDT n. {num(rng, 3)} del {fdate(d - timedelta(days=4), fmt)}

\vspace{{4mm}}
{table}

\vspace{{4mm}}
\begin{{tabular}}{{@{{}}ll@{{}}}}
Modalità di pagamento: & bonifico bancario, 60 gg d.f.\\
Scadenza: & {doc.show("due_date", fdate(due, fmt), "Scadenza")} \quad € {money(total - acconto, "eu")}\\
IBAN: & IT{num(rng, 2)} X {num(rng, 5)} {num(rng, 5)} 0000{num(rng, 8)}\\
\end{{tabular}}
\end{{document}}
"""
    doc.shown["currency"] = ("", "EUR")
    doc.key = make_key(inv, d, due, total, iva, base, "EUR", vendor)
    return doc


def nl_factuur(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv = f"{d:%Y}-{num(rng, 5)}"
    vendor = "Groenewoud Kantoorinrichting B.V."
    rows = rng.sample(NL_POOL, rng.randint(4, 6))
    if not any(r[4] == 9 for r in rows):
        rows[-1] = NL_POOL[3]
    doc = Doc("m23_nl_factuur", "nl-NL", "LaTeX factuur, Charter, BTW 9 % and 21 %", "pdflatex", {})
    fmt = "{d:02}-{m:02}-{Y}"
    base, lines = {9: Decimal(0), 21: Decimal(0)}, []
    for desc, unit, lo, hi, rate in rows:
        qty, price = rng.randint(1, 8), q2(rng.uniform(lo, hi))
        amt = q2(qty * price)
        base[rate] += amt
        lines.append([tex(desc), f"{qty} {unit}", money(price, "eu"), f"{rate}\\%", money(amt, "eu")])
    b9, b21 = q2(base[9] * Decimal("0.09")), q2(base[21] * Decimal("0.21"))
    sub, tax = base[9] + base[21], b9 + b21
    total = sub + tax
    table = items_table(
        ["Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"],
        "Xrrrr",
        lines,
        [
            ("Subtotaal excl. BTW", doc.show("subtotal", money(sub, "eu"), "Subtotaal")),
            (f"BTW 9\\% over {money(base[9], 'eu')}", money(b9, "eu")),
            (f"BTW 21\\% over {money(base[21], 'eu')}", money(b21, "eu")),
            ("!Totaal incl. BTW", doc.show("total", money(total, "eu"), "Totaal incl. BTW")),
            ("!Te betalen (EUR)", money(total, "eu")),
        ],
    )
    doc.show("tax", f"{money(b9, 'eu')}|{money(b21, 'eu')}", "BTW")
    doc.latex = rf"""{preamble("charter", "11pt")}
\fancyfoot[C]{{\small {vendor} -- KvK {num(rng, 8)} -- BTW NL{num(rng, 9)}B01 --
IBAN NL{num(rng, 2)} RABO 0{num(rng, 3)} {num(rng, 4)} {num(rng, 2)}}}
\begin{{document}}
\hfill{{\Large\bfseries {doc.show("vendor_name", vendor)}}}\\
\mbox{{}}\hfill Industrieweg 7, 3044 AS Rotterdam

\vspace{{10mm}}
Stichting Woonzorg De Linde\\
t.a.v. crediteurenadministratie\\
Postbus 2210\\
2301 CE Leiden

\vspace{{8mm}}
{{\LARGE\bfseries FACTUUR}}

\begin{{tabular}}{{@{{}}ll@{{\qquad}}ll@{{}}}}
Factuurnummer & {doc.show("invoice_number", inv, "Factuurnummer")} & Klantnummer & {num(rng, 5)}\\
Factuurdatum & {doc.show("date", fdate(d, fmt), "Factuurdatum")} & Uw referentie & INK-{num(rng, 4)}\\
Vervaldatum & {doc.show("due_date", fdate(due, fmt), "Vervaldatum")} &
Leverdatum & {fdate(d - timedelta(days=6), fmt)}\\
\end{{tabular}}

\vspace{{4mm}}
{table}

\vspace{{4mm}}
Wij verzoeken u het verschuldigde bedrag vóór de vervaldatum over te maken onder vermelding van het
factuurnummer.
\end{{document}}
"""
    doc.shown["currency"] = ("Te betalen", "EUR")
    doc.key = make_key(inv, d, due, total, tax, sub, "EUR", vendor)
    return doc
