"""Set F layouts (benchmarks/outside_invoices_f.py): Italian parcella (Cassa 4 %, IVA 22 %, ritenuta
d'acconto deducted after the total) and Swiss facture (CHF 1'234.55, 5-centime rounding, QR-bill
receipt)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from outside_common_f import (
    Inv,
    fonts,
    grid,
    kv,
    lines,
    num,
    para,
    q,
    rand_date,
    render,
    styles,
)


def it_parcella(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Studio Associato Ferri & Galli", "Studio Legale Rinaldi Associati"])
    d = rand_date(rng)
    due = d + timedelta(days=30)
    fees = lines(
        rng,
        [
            "Consulenza contrattuale",
            "Redazione parere scritto",
            "Assistenza in sede di trattativa",
            "Studio della pratica",
            "Sessione di mediazione",
        ],
        3,
        (1, 1),
        (300, 2400),
        step=500,
    )
    onorari = sum(i[3] for i in fees)
    cassa = q(onorari * Decimal("0.04"))
    imponibile = onorari + cassa
    iva = q(imponibile * Decimal("0.22"))
    total = imponibile + iva
    ritenuta = q(onorari * Decimal("0.20"))
    inv_no = f"{rng.randint(10, 99)}/{d.year}"

    def it(x):
        return x.strftime("%d/%m/%Y")

    story = [
        para(vendor, st["h"]),
        para(
            f"Via Santo Stefano 44, 40125 Bologna · P.IVA 0{rng.randint(10**9, 10**10 - 1)} · "
            f"PEC studio@pec.example.it",
            st["s"],
        ),
        Spacer(1, 8 * mm),
        Table(
            [
                [
                    para(f"<b>Fattura n. {inv_no}</b><br/>del {it(d)}", st["n"]),
                    para(
                        "Spett.le<br/>Officine Meccaniche Zanetti "
                        "S.r.l.<br/>Via Emilia 120, 40026 Imola<br/>"
                        f"P.IVA 0{rng.randint(10**9, 10**10 - 1)} · "
                        f"Pratica n. {rng.randint(100, 999)}/{d.year - 1}",
                        st["n"],
                    ),
                ]
            ],
            colWidths=[80 * mm, 95 * mm],
        ),
        Spacer(1, 6 * mm),
        grid(
            [["Descrizione della prestazione", "Importo"]] + [[i[0], num(i[3], "de")] for i in fees],
            [135 * mm, 35 * mm],
            f,
            b,
        ),
        Spacer(1, 3 * mm),
        kv(
            [
                ("Onorari", num(onorari, "de")),
                ("Contributo integrativo Cassa 4%", num(cassa, "de")),
                ("Totale imponibile", num(imponibile, "de")),
                ("IVA 22% su imponibile", num(iva, "de")),
                ("Totale fattura €", num(total, "de")),
            ],
            (75 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        kv(
            [
                ("Ritenuta d'acconto 20% su onorari", f"-{num(ritenuta, 'de')}"),
                ("Netto a pagare €", num(total - ritenuta, "de")),
            ],
            (75 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 6 * mm),
        para(
            f"Pagamento: bonifico bancario entro il {it(due)} - IBAN IT60 X054 2811 1010 0000 0123 456. "
            "La ritenuta d'acconto sarà versata dal committente in qualità di sostituto d'imposta.",
            st["s"],
        ),
    ]
    render(path, story, title="Parcella")
    return Inv(
        "it",
        "it_parcella_ritenuta",
        inv_no,
        d,
        due,
        total,
        "EUR",
        vendor,
        imponibile,
        iva,
        printed={
            "date": it(d),
            "due_date": it(due),
            "total": num(total, "de"),
            "subtotal": num(imponibile, "de"),
            "tax": num(iva, "de"),
            "currency": "€",
        },
    )


def ch_facture(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Fiduciaire Léman Sàrl", "Horlogerie Vuilleumier SA"])
    d = rand_date(rng)
    items = lines(
        rng,
        [
            "Tenue de la comptabilité 2024",
            "Bouclement annuel",
            "Déclaration TVA T4",
            "Conseil fiscal (h)",
            "Salaires - décomptes mensuels",
        ],
        3,
        (1, 12),
        (90, 1800),
        step=500,
    )
    net = sum(i[3] for i in items)
    vat = q(net * Decimal("0.081"))
    exact = net + vat
    total = q(exact / Decimal("0.05"), Decimal(1)) * Decimal("0.05")
    inv_no = f"{d.year}-{rng.randint(1000, 9999)}"
    ch = "%d.%m.%Y"
    qr = Table(
        [
            ["Récépissé", "Section paiement"],
            [
                para(
                    "<b>Compte / Payable à</b><br/>CH44 3199 9123 0008 "
                    f"8901 2<br/>{vendor}<br/>Rue du Rhône 30, 1204 Genève",
                    st["s"],
                ),
                para(
                    "<b>Référence</b><br/>21 00000 00003 "
                    f"{rng.randint(10000, 99999)} {rng.randint(10000, 99999)} "
                    f"{rng.randint(10000, 99999)}<br/><b>Monnaie</b> CHF <b>Montant</b> {num(total, 'za')}",
                    st["s"],
                ),
            ],
        ],
        colWidths=[62 * mm, 112 * mm],
    )
    qr.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), b, 10),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black, None, (2, 2)),
                ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.black, None, (2, 2)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        para(vendor, st["h2"]),
        para(
            f"Rue du Rhône 30 · 1204 Genève · IDE CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}."
            f"{rng.randint(100, 999)} TVA",
            st["s"],
        ),
        Spacer(1, 8 * mm),
        para("Régie du Parc SA<br/>Avenue de France 12<br/>1202 Genève", st["n"]),
        Spacer(1, 8 * mm),
        para(f"Genève, le {d.strftime(ch)}", st["r"]),
        para(f"Facture n° {inv_no}", st["h2"]),
        para(f"Mandat n° M-{rng.randint(100, 999)} · Période : exercice {d.year - 1}", st["n"]),
        Spacer(1, 4 * mm),
        grid(
            [["Prestation", "Quantité", "Prix unitaire", "Montant CHF"]]
            + [[i[0], str(i[1]), num(i[2], "ch"), num(i[3], "ch")] for i in items],
            [90 * mm, 20 * mm, 30 * mm, 34 * mm],
            f,
            b,
            box=False,
        ),
        Spacer(1, 2 * mm),
        kv(
            [
                ("Total hors TVA", num(net, "ch")),
                ("TVA 8,1 %", num(vat, "ch")),
                ("Arrondi", num(total - exact, "ch")),
                ("Total CHF", num(total, "ch")),
            ],
            (45 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 3 * mm),
        para("Payable dans les 30 jours, net. Merci de votre confiance.", st["n"]),
        Spacer(1, 30 * mm),
        qr,
    ]
    render(path, story, title="Facture")
    return Inv(
        "fr",
        "ch_facture_qr_rounding",
        inv_no,
        d,
        None,
        total,
        "CHF",
        vendor,
        net,
        vat,
        printed={
            "date": d.strftime(ch),
            "total": num(total, "ch"),
            "subtotal": num(net, "ch"),
            "tax": num(vat, "ch"),
            "currency": "CHF",
        },
    )
