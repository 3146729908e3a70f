"""Set M LaTeX invoice 24: a Polish faktura VAT (Latin Modern, Polish diacritics, sale date, a summary row
of net / VAT / gross, "Do zapłaty")."""

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
from outside_latex_m import preamble, tex
from outside_pools_m import PL_POOL


def pl_faktura(rng: random.Random) -> Doc:
    d = issue_date(rng)
    due, sale = d + timedelta(days=14), d - timedelta(days=rng.randint(1, 4))
    inv = f"FV/{d:%Y}/{d:%m}/{rng.randint(10, 480)}"
    vendor = "Przedsiębiorstwo Handlowe Wiślan Sp. z o.o."
    items = make_items(rng, PL_POOL, rng.randint(3, 6), qty=(1, 12))
    fmt = "{Y}-{m:02}-{d:02}"
    doc = Doc("m24_pl_faktura", "pl-PL", "LaTeX faktura VAT, summary row, Do zapłaty", "pdflatex", {})
    rows = []
    for i, it in enumerate(items, start=1):
        vat, qty = q2(it.amount * Decimal("0.23")), f"{it.qty.normalize():f}".replace(".", ",")
        rows.append(
            rf"{i} & {tex(it.desc)} & {it.unit} & {qty} & {money(it.price, 'sp')} & "
            rf"{money(it.amount, 'sp')} & 23\% & {money(vat, 'sp')} & {money(it.amount + vat, 'sp')} \\"
        )
    net = sum(it.amount for it in items)
    vat = sum(q2(it.amount * Decimal("0.23")) for it in items)
    gross = net + vat
    body = "\n".join(rows)
    summary = (
        rf"\multicolumn{{5}}{{r}}{{\textbf{{Razem:}}}} & {doc.show('subtotal', money(net, 'sp'), 'Razem')} & "
        rf"23\% & {doc.show('tax', money(vat, 'sp'), 'Razem')} & "
        rf"{doc.show('total', money(gross, 'sp'), 'Razem')} \\"
    )
    doc.latex = rf"""{preamble("lmodern", "11pt", margin="1.3cm")}
\fancyfoot[C]{{\footnotesize Sąd Rejonowy dla Krakowa-Śródmieścia, XI Wydział Gospodarczy KRS,
KRS 0000{num(rng, 6)},
kapitał zakładowy 50 000,00 zł}}
\begin{{document}}
\begin{{minipage}}[t]{{0.5\linewidth}}
{{\LARGE\bfseries Faktura VAT}}\\[1mm]
{{\large nr {doc.show("invoice_number", inv, "nr")}}}\\[1mm]
\textbf{{Oryginał}}
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.45\linewidth}}
\begin{{tabular}}{{@{{}}ll@{{}}}}
Miejsce wystawienia: & Kraków\\
Data wystawienia: & {doc.show("date", fdate(d, fmt), "Data wystawienia")}\\
Data sprzedaży: & {fdate(sale, fmt)}\\
\end{{tabular}}
\end{{minipage}}

\vspace{{8mm}}
\begin{{minipage}}[t]{{0.48\linewidth}}
\textbf{{Sprzedawca:}}\\
{doc.show("vendor_name", vendor)}\\
ul. Zabłocie 43b, 30-701 Kraków\\
NIP: 67{num(rng, 1)}-{num(rng, 3)}-{num(rng, 2)}-{num(rng, 2)}\\
Bank: mBank S.A.\\
Nr konta: PL{num(rng, 2)} 1140 {num(rng, 4)} {num(rng, 4)} {num(rng, 4)} {num(rng, 4)} {num(rng, 4)}
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.48\linewidth}}
\textbf{{Nabywca:}}\\
Biuro Rachunkowe Kowalczyk i Wspólnicy Sp.\,j.\\
ul. Długa 17/4, 31-147 Kraków\\
NIP: 676-{num(rng, 3)}-{num(rng, 2)}-{num(rng, 2)}
\end{{minipage}}

\vspace{{8mm}}
{{\footnotesize
\begin{{tabularx}}{{\linewidth}}{{rXlrrrrrr}}
\toprule
\textbf{{Lp.}} & \textbf{{Nazwa towaru lub usługi}} & \textbf{{J.m.}} & \textbf{{Ilość}} &
\textbf{{Cena netto}} &
\textbf{{Wart. netto}} & \textbf{{VAT}} & \textbf{{Kwota VAT}} & \textbf{{Wart. brutto}} \\ \midrule
{body}
\midrule
{summary}
\bottomrule
\end{{tabularx}}}}

\vspace{{6mm}}
\begin{{tabular}}{{@{{}}ll@{{}}}}
Sposób płatności: & przelew\\
Termin płatności: & {doc.show("due_date", fdate(due, fmt), "Termin płatności")}\\
Zapłacono: & 0,00 zł\\
\textbf{{Do zapłaty:}} & \textbf{{{money(gross, "sp")} zł}}\\
\end{{tabular}}

\vspace{{14mm}}
\begin{{minipage}}{{0.45\linewidth}}\centering\rule{{5cm}}{{0.4pt}}\\
\footnotesize Osoba upoważniona do odbioru
\end{{minipage}}\hfill
\begin{{minipage}}{{0.45\linewidth}}\centering\rule{{5cm}}{{0.4pt}}\\
\footnotesize Osoba upoważniona do wystawienia
\end{{minipage}}
\end{{document}}
"""
    doc.shown["currency"] = ("Do zapłaty", "zł")
    doc.key = make_key(inv, d, due, gross, vat, net, "PLN", vendor)
    return doc
