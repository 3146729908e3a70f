"""Set F layouts (benchmarks/outside_invoices_f.py): Brazilian fatura with a payment stub (Simples
Nacional, no tax line) and Singapore tax invoice with the summary (total, credit applied, amount
payable) first."""

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
    month,
    num,
    para,
    q,
    rand_date,
    render,
    styles,
)


def br_fatura(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Oliveira & Souza Serviços de TI Ltda.", "Lumiar Manutenção Predial Ltda."])
    d = rand_date(rng)
    due = d + timedelta(days=rng.choice([10, 15, 30]))
    items = lines(
        rng,
        [
            "Suporte técnico mensal",
            "Licença de backup em nuvem",
            "Visita técnica",
            "Configuração de rede",
            "Manutenção preventiva",
        ],
        3,
        (1, 4),
        (120, 2400),
    )
    total = sum(i[3] for i in items)
    inv_no = f"FAT-{d.year}/{rng.randint(100, 999):04d}"
    written = f"{d.day} de {month(d, 'pt')} de {d.year}"
    br = "%d/%m/%Y"

    def r(x):
        return f"R$ {num(x, 'de')}"

    stub = Table(
        [
            ["Beneficiário", vendor],
            ["Vencimento", due.strftime(br)],
            ["Valor do documento", r(total)],
            ["Nosso número", f"{rng.randint(10**10, 10**11)}-{rng.randint(0, 9)}"],
            [
                "Linha digitável",
                f"34191.{rng.randint(10000, 99999)} "
                f"{rng.randint(10000, 99999)}.{rng.randint(100000, 999999)} "
                f"{rng.randint(10000, 99999)}.{rng.randint(100000, 999999)} 1 {rng.randint(10**13, 10**14)}",
            ],
        ],
        colWidths=[40 * mm, 130 * mm],
    )
    stub.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), f, 8), ("GRID", (0, 0), (-1, -1), 0.4, colors.black)])
    )
    story = [
        para(vendor, st["h2"]),
        para(
            f"CNPJ {rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/"
            f"0001-{rng.randint(10, 99)} · "
            "Rua Padre Chagas 315, Porto Alegre - RS",
            st["s"],
        ),
        Spacer(1, 8 * mm),
        para(f"FATURA Nº {inv_no}", st["h2"]),
        para(f"Porto Alegre, {written}", st["n"]),
        Spacer(1, 3 * mm),
        para(
            f"Cliente: Cooperativa Vale do Taquari · Pedido nº {rng.randint(7000, 7999)} · Contrato "
            f"CT-{rng.randint(100, 999)}",
            st["n"],
        ),
        Spacer(1, 4 * mm),
        grid(
            [["Descrição", "Qtd.", "Valor unit.", "Valor"]]
            + [[i[0], str(i[1]), num(i[2], "de"), num(i[3], "de")] for i in items],
            [95 * mm, 15 * mm, 30 * mm, 30 * mm],
            f,
            b,
        ),
        Spacer(1, 3 * mm),
        kv([("Valor total", r(total))], (40 * mm, 35 * mm), f, b, size=10, bold_last=True),
        Spacer(1, 4 * mm),
        para(
            "Documento emitido por ME optante pelo Simples "
            "Nacional. Não gera direito a crédito fiscal de IPI. "
            "Pix: chave CNPJ.",
            st["s"],
        ),
        Spacer(1, 12 * mm),
        para("- - - - - - - - - - - - recorte aqui - - - - - - - - - - - -", st["c"]),
        Spacer(1, 2 * mm),
        stub,
    ]
    render(path, story, title="Fatura")
    return Inv(
        "pt",
        "br_fatura_payment_stub",
        inv_no,
        d,
        due,
        total,
        "BRL",
        vendor,
        None,
        None,
        printed={"date": written, "due_date": due.strftime(br), "total": r(total), "currency": "R$"},
    )


def sg_summary_first(rng: random.Random, path: Path) -> Inv:
    f, b = fonts()
    st = styles(f, b, 9)
    vendor = rng.choice(["Lion City Facilities Pte. Ltd.", "Tanjong Pagar Print Works Pte Ltd"])
    d = rand_date(rng)
    due = d + timedelta(days=30)
    items = lines(
        rng,
        [
            "Office cleaning (monthly)",
            "Carpet shampoo",
            "Pest control treatment",
            "Window cleaning",
            "Consumables top-up",
            "Aircon servicing (4 units)",
        ],
        4,
        (1, 6),
        (60, 900),
    )
    net = sum(i[3] for i in items)
    gst = q(net * Decimal("0.09"))
    total = net + gst
    credit = q(Decimal(rng.choice([50, 100, 150])))
    sg = "%d %b %Y"
    inv_no = f"SI-{d.strftime('%y%m')}-{rng.randint(100, 999)}"
    summary = Table(
        [
            ["Invoice total (incl. GST)", "Less: credit note applied", "Amount payable", "Pay by"],
            [f"S${num(total)}", f"-S${num(credit)}", f"S${num(total - credit)}", due.strftime(sg)],
        ],
        colWidths=[45 * mm, 45 * mm, 40 * mm, 40 * mm],
    )
    summary.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), f, 7.5),
                ("FONT", (0, 1), (-1, 1), b, 13),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#22446a")),
            ]
        )
    )
    story = [
        para(vendor, st["h2"]),
        para(
            f"UEN 2019{rng.randint(10000, 99999)}K · GST Reg. No. "
            f"M2-{rng.randint(10**6, 10**7)}-{rng.randint(1, 9)} · "
            "10 Anson Road #22-02, Singapore 079903",
            st["s"],
        ),
        Spacer(1, 5 * mm),
        summary,
        Spacer(1, 8 * mm),
        para("TAX INVOICE", st["h"]),
        kv(
            [
                ("Invoice No.", inv_no),
                ("Date", d.strftime(sg)),
                ("Customer", "Raffles Quay Dental Group"),
                ("Site", "Level 12, One Raffles Quay"),
                ("Service month", d.strftime("%B %Y")),
            ],
            (35 * mm, 70 * mm),
            f,
            b,
            align="LEFT",
        ),
        Spacer(1, 4 * mm),
        grid(
            [["S/N", "Description", "Qty", "Unit price", "Amount (S$)"]]
            + [[str(k + 1), i[0], str(i[1]), num(i[2]), num(i[3])] for k, i in enumerate(items)],
            [12 * mm, 85 * mm, 15 * mm, 28 * mm, 30 * mm],
            f,
            b,
            right_from=2,
        ),
        Spacer(1, 2 * mm),
        kv(
            [("Sub-total", num(net)), ("GST @ 9%", num(gst)), ("Total (SGD)", num(total))],
            (40 * mm, 30 * mm),
            f,
            b,
            bold_last=True,
        ),
        Spacer(1, 5 * mm),
        para(
            f"Credit note CN-{rng.randint(100, 999)} dated "
            f"{(d - timedelta(days=12)).strftime(sg)} has been offset "
            "against this invoice. PayNow UEN or cheque payable to the company.",
            st["s"],
        ),
    ]
    render(path, story, title="Tax Invoice")
    return Inv(
        "en",
        "sg_summary_first",
        inv_no,
        d,
        due,
        total,
        "SGD",
        vendor,
        net,
        gst,
        printed={
            "date": d.strftime(sg),
            "due_date": due.strftime(sg),
            "total": num(total),
            "subtotal": num(net),
            "tax": num(gst),
            "currency": "SGD",
        },
    )
