"""Set M LaTeX invoices 15-17: an Austrian Rechnung as a KOMA-Script scrlttr2 letter with USt 10 % and
20 %, a Malaysian invoice (RM, service tax 8 %, Helvetica), a Hong Kong invoice (HK$, no tax, deposit,
vendor named only in the payment footer, Charter)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_m import (
    Doc,
    fdate,
    issue_date,
    make_items,
    make_key,
    money,
    num,
    q2,
)
from outside_latex_m import items_table, preamble, tex
from outside_pools_m import AT_POOL, HK_POOL, MY_POOL


def at_scrlttr2(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = d + timedelta(days=14)
    inv = f"{d:%Y}-{num(rng, 4)}"
    vendor = "Alpenblick Gastro-Handel GmbH"
    rows = rng.sample(AT_POOL, rng.randint(5, 7))
    doc = Doc("m15_at_scrlttr2", "de-AT", "KOMA-Script scrlttr2 letter, USt 10 % and 20 %", "pdflatex", {})
    fmt = "{d}. {month} {Y}"
    base = {10: Decimal(0), 20: Decimal(0)}
    lines = []
    for i, (desc, unit, lo, hi, rate) in enumerate(rows, start=1):
        qty, price = rng.randint(1, 12), q2(rng.uniform(lo, hi))
        amt = q2(qty * price)
        base[rate] += amt
        lines.append(
            [str(i), tex(desc), f"{qty} {unit}", money(price, "eu"), f"{rate}\\,\\%", money(amt, "eu")]
        )
    t10, t20 = q2(base[10] * Decimal("0.1")), q2(base[20] * Decimal("0.2"))
    net, tax = base[10] + base[20], t10 + t20
    total = net + tax
    doc.show("subtotal", money(net, "eu"), "Summe netto")
    doc.show("tax", f"{money(t10, 'eu')}|{money(t20, 'eu')}", "USt")
    doc.show("total", money(total, "eu"), "Rechnungsbetrag")
    table = items_table(
        ["Pos.", "Artikel", "Menge", "Einzelpreis", "USt", "Betrag"],
        "rXrrrr",
        lines,
        [
            ("Summe netto", money(net, "eu")),
            (f"USt 10\\,\\% von {money(base[10], 'eu')}", money(t10, "eu")),
            (f"USt 20\\,\\% von {money(base[20], 'eu')}", money(t20, "eu")),
            ("!Rechnungsbetrag in \\texteuro", money(total, "eu")),
        ],
    )
    ib = f"AT{num(rng, 2)} 2011 1{num(rng, 3)} {num(rng, 4)} {num(rng, 4)}"
    doc.latex = rf"""\documentclass[fontsize=11pt,paper=a4,fromalign=right,fromrule=aftername,fromphone=true,
fromemail=true,refline=wide,parskip=half,foldmarks=true,enlargefirstpage=true]{{scrlttr2}}
\input{{glyphtounicode}}\pdfgentounicode=1
\usepackage[T1]{{fontenc}}\usepackage[utf8]{{inputenc}}\usepackage{{lmodern}}\usepackage{{textcomp}}
\usepackage{{array,booktabs,tabularx}}\AtBeginDocument{{\raggedright}}
\setkomavar{{fromname}}{{{vendor}}}
\setkomavar{{fromaddress}}{{Mariahilfer Straße 88\\1070 Wien}}
\setkomavar*{{fromphone}}{{Tel.: }}\setkomavar{{fromphone}}{{+43 1 523 44 10}}
\setkomavar*{{fromemail}}{{E-Mail: }}\setkomavar{{fromemail}}{{office@alpenblick-gastro.example}}
\setkomavar{{backaddress}}{{{vendor}, Mariahilfer Straße 88, 1070 Wien}}
\setkomavar*{{invoice}}{{Rechnungsnummer}}\setkomavar{{invoice}}{{{doc.show("invoice_number", inv)}}}
\setkomavar*{{customer}}{{Kundennummer}}\setkomavar{{customer}}{{K-{num(rng, 5)}}}
\setkomavar*{{yourref}}{{Ihre Bestellung}}\setkomavar{{yourref}}{{B-{d:%y}-{num(rng, 3)}}}
\setkomavar*{{date}}{{Rechnungsdatum}}\setkomavar{{date}}{{{doc.show("date", fdate(d, fmt, "at"))}}}
\setkomavar{{subject}}{{Rechnung}}
\setkomavar{{signature}}{{Martina Pichler\\Buchhaltung}}
\setkomavar{{firstfoot}}{{\footnotesize\centering
{vendor} $\cdot$ FN {num(rng, 6)}\,p, Handelsgericht Wien $\cdot$ UID ATU{num(rng, 8)}\\
Erste Bank $\cdot$ IBAN {ib} $\cdot$ BIC GIBAATWWXXX}}
\begin{{document}}
\begin{{letter}}{{Hotel Seeblick GmbH\\z.\,H. Buchhaltung\\Seestraße 4\\5360 St.\,Wolfgang}}
\opening{{Sehr geehrte Damen und Herren,}}
für unsere Lieferung vom {fdate(d - timedelta(days=3), fmt, "at")} (Lieferschein LS-{num(rng, 5)})
erlauben wir uns wie folgt zu verrechnen:

{table}

Zahlbar bis {doc.show("due_date", fdate(due, fmt, "at"), "Zahlbar bis")} ohne Abzug auf unser unten
angeführtes
Konto. Bitte geben Sie bei der Zahlung die Rechnungsnummer an.
\closing{{Mit freundlichen Grüßen}}
\end{{letter}}
\end{{document}}
"""
    doc.shown["currency"] = ("", "€")
    doc.shown["vendor_name"] = ("", vendor)
    doc.key = make_key(inv, d, due, total, tax, net, "EUR", vendor)
    return doc


def my_invoice(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv = f"TS/INV/{d:%Y}/{num(rng, 4)}"
    vendor = "Tropika Solutions Sdn. Bhd."
    items = make_items(rng, MY_POOL, rng.randint(3, 5), qty=(1, 6))
    sub = sum(it.amount for it in items)
    sst = q2(sub * Decimal("0.08"))
    total = sub + sst
    doc = Doc("m16_my_invoice", "en-MY", "LaTeX invoice, Helvetica, service tax 8 %", "pdflatex", {})
    fmt = "{d:02}/{m:02}/{Y}"
    rows = [
        [str(i), tex(it.desc), str(it.qty), money(it.price), money(it.amount)]
        for i, it in enumerate(items, 1)
    ]
    table = items_table(
        ["No.", "Description", "Qty", "Unit Price (RM)", "Amount (RM)"],
        "rXrrr",
        rows,
        [
            ("Sub Total", doc.show("subtotal", money(sub), "Sub Total")),
            ("Service Tax 8\\%", doc.show("tax", money(sst), "Service Tax")),
            ("!Total Amount Payable (RM)", doc.show("total", money(total), "Total Amount Payable")),
        ],
        shade="gray!15",
    )
    doc.latex = rf"""{preamble("helvet")}
\fancyfoot[C]{{\footnotesize This is a computer-generated invoice. No signature is required.}}
\begin{{document}}
\begin{{minipage}}[t]{{0.62\linewidth}}
{{\Large\bfseries {doc.show("vendor_name", vendor.upper())}}}\\
{{\small (Company No. 2019010{num(rng, 5)} (1{num(rng, 6)}-X))}}\\
Level 12, Menara Sentral Vista, Jalan Sultan Abdul Samad\\
50470 Kuala Lumpur, Malaysia\\
Tel: +603-2276 {num(rng, 4)} \quad SST Reg. No.: W10-{num(rng, 4)}-{num(rng, 8)}
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.33\linewidth}}\raggedleft
{{\huge\bfseries INVOICE}}
\end{{minipage}}

\vspace{{6mm}}
\begin{{minipage}}[t]{{0.5\linewidth}}
\textbf{{Bill To:}}\\
Kedai Runcit Harmoni Enterprise\\
No. 27, Jalan SS 15/4\\
47500 Subang Jaya, Selangor
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.45\linewidth}}
\begin{{tabular}}{{@{{}}ll@{{}}}}
Invoice No. & {doc.show("invoice_number", inv, "Invoice No.")}\\
Invoice Date & {doc.show("date", fdate(d, fmt), "Invoice Date")}\\
Terms & 30 Days\\
Due Date & {doc.show("due_date", fdate(due, fmt), "Due Date")}\\
P.O. No. & PO-{num(rng, 5)}\\
\end{{tabular}}
\end{{minipage}}

\vspace{{6mm}}
{table}

\vspace{{4mm}}
\textbf{{Payment details:}} Maybank Berhad, account {num(rng, 4)} {num(rng, 4)} {num(rng, 4)}\\
Account name: {vendor}\\
Please quote the invoice number as payment reference.
\end{{document}}
"""
    doc.shown["currency"] = ("", "RM")
    doc.key = make_key(inv, d, due, total, sst, sub, "MYR", vendor.upper())
    return doc


def hk_invoice(rng: random.Random) -> Doc:
    d = issue_date(rng)
    inv = f"HL{d:%y%m}-{num(rng, 3)}"
    vendor = "Harbour Light Trading Limited"
    items = make_items(rng, HK_POOL, rng.randint(4, 6), qty=(2, 30))
    total = sum(it.amount for it in items)
    deposit = q2(total * Decimal("0.3"))
    doc = Doc(
        "m17_hk_invoice",
        "en-HK",
        "LaTeX invoice, Charter, no tax, deposit, vendor only in footer",
        "pdflatex",
        {},
    )
    fmt = "{d} {Mon} {Y}"
    rows = [[tex(it.desc), str(it.qty), it.unit, money(it.price), money(it.amount)] for it in items]
    table = items_table(
        ["Description", "Qty", "Unit", "Unit Price", "Amount (HK\\$)"],
        "Xrlrr",
        rows,
        [
            ("!Total HK\\$", doc.show("total", money(total), "Total")),
            ("Less: 30\\% deposit received", f"({money(deposit)})"),
            ("!Balance Due HK\\$", money(total - deposit)),
        ],
    )
    doc.latex = rf"""{preamble("charter", "11pt")}
\fancyfoot[C]{{Please make all cheques payable to \textbf{{{doc.show("vendor_name", vendor)}}}\\
or transfer to HSBC Hong Kong, account no. 808-{num(rng, 6)}-838. BR No. {num(rng, 8)}.}}
\begin{{document}}
{{\fontsize{{28}}{{32}}\selectfont\bfseries INVOICE}}

\vspace{{8mm}}
\begin{{tabular}}{{@{{}}p{{0.5\linewidth}}ll@{{}}}}
\textbf{{Bill to}} & Invoice No.: & {doc.show("invoice_number", inv, "Invoice No.")}\\
Kowloon Bay Property Management Co. Ltd. & Date: & {doc.show("date", fdate(d, fmt), "Date")}\\
Unit 1203, 12/F, Enterprise Square & Your PO: & KB-{num(rng, 5)}\\
9 Sheung Yuet Road, Kowloon Bay & Payment Terms: & 30 days\\
\end{{tabular}}

\vspace{{8mm}}
Re: lighting upgrade, car park level B1 (quotation Q-{num(rng, 4)} of {fdate(d - timedelta(days=40), fmt)})

{table}

\vspace{{6mm}}
Thank you for your business. Goods sold are not returnable.
\end{{document}}
"""
    doc.shown["currency"] = ("", "HK$")
    doc.key = make_key(inv, d, None, total, None, None, "HKD", vendor)
    return doc
