"""Set F layouts (benchmarks/outside_invoices_f.py): Austrian Rechnung with the seller block on the right
(10 % and 20 % USt, UID numbers) and French facture d'acompte (deposit invoice on a quote)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from outside_common_f import (
    Inv,
    fonts,
    grid,
    kv,
    lines,
    month,
    num,
    para,
    q,
    rand_date,
    render,
    styles,
)


def at_seller_right(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Donau Feinkost Handels GmbH", "Alpenblick Bürobedarf GmbH"])
    d = rand_date(rng)
    due = d + timedelta(days=14)
    items20 = lines(
        rng, ["Geschenkkorb Premium", "Präsentkarton", "Dekoration", "Zustellung Wien"], 2, (1, 12), (8, 90)
    )
    items10 = lines(
        rng, ["Kürbiskernöl 0,5 l", "Marillenmarmelade", "Bergkäse 1 kg", "Speck 500 g"], 3, (2, 30), (4, 38)
    )
    n20, n10 = sum(i[3] for i in items20), sum(i[3] for i in items10)
    v20, v10 = q(n20 * Decimal("0.2")), q(n10 * Decimal("0.1"))
    net, vat = n20 + n10, v20 + v10
    total = net + vat
    inv_no = f"RE{d.year}/{rng.randint(1000, 9999)}"
    written = f"{d.day}. {month(d, 'de')} {d.year}"
    seller = para(
        f"<b>{vendor}</b><br/>Lindengasse 17<br/>1070 Wien<br/>UID: ATU{rng.randint(10**7, 10**8 - 1)}"
        f"<br/>FN {rng.randint(100000, 599999)} k, HG Wien<br/><br/>Rechnung Nr. {inv_no}<br/>"
        f"Wien, am {written}",
        st["r"],
    )
    buyer = para(
        f"Rechnungsempfänger:<br/>Hotel Seewinkel GmbH<br/>Seestraße 3<br/>7141 Podersdorf<br/>"
        f"UID: ATU{rng.randint(10**7, 10**8 - 1)}<br/>Kunden-Nr. {rng.randint(2000, 8999)}",
        st["n"],
    )
    rows = [
        [i[0], str(i[1]), num(i[2], "de"), rate, num(i[3], "de")]
        for group, rate in ((items10, "10 %"), (items20, "20 %"))
        for i in group
    ]
    story = [
        Table(
            [[buyer, seller]],
            colWidths=[85 * mm, 90 * mm],
            style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]),
        ),
        Spacer(1, 10 * mm),
        para(
            f"Lieferdatum: {(d - timedelta(days=2)).strftime('%d.%m.%Y')} "
            f"· Lieferschein LS-{rng.randint(5000, 9999)}",
            st["n"],
        ),
        Spacer(1, 3 * mm),
        grid(
            [["Artikel", "Menge", "Einzelpreis", "USt.", "Betrag EUR"], *rows],
            [75 * mm, 18 * mm, 27 * mm, 18 * mm, 30 * mm],
            f,
            b,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Nettobetrag", num(net, "de")),
                ("USt 10 % von " + num(n10, "de"), num(v10, "de")),
                ("USt 20 % von " + num(n20, "de"), num(v20, "de")),
                ("Rechnungsbetrag EUR", num(total, "de")),
            ],
            (60 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 6 * mm),
        para(
            f"Zahlungsziel: 14 Tage netto, fällig am {due.strftime('%d.%m.%Y')}. Bankverbindung: Erste Bank, "
            "IBAN AT61 2011 1822 2121 9800",
            st["s"],
        ),
    ]
    render(path, story, title="Rechnung")
    return Inv(
        "de",
        "at_seller_right_column",
        inv_no,
        d,
        due,
        total,
        "EUR",
        vendor,
        net,
        vat,
        printed={
            "date": written,
            "due_date": due.strftime("%d.%m.%Y"),
            "total": num(total, "de"),
            "subtotal": num(net, "de"),
            "tax": (num(v10, "de"), num(v20, "de")),
            "currency": "EUR",
        },
    )


def fr_acompte(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Menuiserie Bréhat SARL", "Atelier Cévennes Rénovation SAS"])
    d = rand_date(rng, min_day=13)
    due = d + timedelta(days=15)
    devis = q(Decimal(rng.randint(900000, 4500000)) / 100)
    pct = rng.choice([30, 40])
    net = q(devis * pct / 100)
    vat = q(net * Decimal("0.2"))
    total = net + vat
    inv_no = f"FA-{d.year}-{rng.randint(100, 999):04d}"

    def fr(x):
        return x.strftime("%d/%m/%Y")

    def e(x):
        return f"{num(x, 'fr_nbsp')}\u00a0€"

    story = [
        Table(
            [
                [
                    para(
                        f"<b>{vendor}</b><br/>ZA du Goëlo, 12 rue des "
                        "Forges<br/>22500 Paimpol<br/>SIRET 812 447 "
                        f"903 000{rng.randint(10, 99)} · TVA FR{rng.randint(10, 99)} 812447903",
                        st["n"],
                    ),
                    para(
                        f"Client n° {rng.randint(1000, 9999)}<br/>SCI "
                        "Les Hortensias<br/>4 allée des Tamaris<br/>"
                        "35400 Saint-Malo",
                        st["n"],
                    ),
                ]
            ],
            colWidths=[95 * mm, 80 * mm],
        ),
        Spacer(1, 10 * mm),
        para(f"FACTURE D'ACOMPTE N° {inv_no}", st["h2"]),
        para(f"Date : {fr(d)} — Échéance : {fr(due)}", st["n"]),
        Spacer(1, 4 * mm),
        para(
            f"Devis n° D-{d.year}-{rng.randint(100, 999)} du {fr(d - timedelta(days=40))}, accepté le "
            f"{fr(d - timedelta(days=21))}. Montant total du "
            f"devis : {e(devis)} HT, soit {e(q(devis * 6 / 5))} "
            "TTC.",
            st["n"],
        ),
        Spacer(1, 4 * mm),
        grid(
            [
                ["Désignation", "Base HT", "Taux", "Montant HT"],
                [
                    para(f"Acompte de {pct} % à la commande - fabrication et pose de menuiseries", st["n"]),
                    e(devis),
                    f"{pct} %",
                    e(net),
                ],
            ],
            [95 * mm, 30 * mm, 15 * mm, 35 * mm],
            f,
            b,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Total HT", e(net)),
                ("TVA 20 %", e(vat)),
                ("Total TTC", e(total)),
                ("Acomptes déjà versés", e(q(0))),
                ("Net à payer", e(total)),
            ],
            (50 * mm, 35 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 6 * mm),
        para(
            "Le solde sera facturé à la réception des travaux. "
            "Pénalités de retard : 3 fois le taux d'intérêt "
            "légal ; indemnité forfaitaire pour frais de recouvrement : 40 €. IBAN FR76 3000 4012 3400 0101 "
            "2345 678.",
            st["s"],
        ),
    ]
    render(path, story, title="Facture d'acompte")
    return Inv(
        "fr",
        "fr_facture_acompte",
        inv_no,
        d,
        due,
        total,
        "EUR",
        vendor,
        net,
        vat,
        printed={
            "date": fr(d),
            "due_date": fr(due),
            "total": e(total),
            "subtotal": e(net),
            "tax": e(vat),
            "currency": "€",
        },
    )
