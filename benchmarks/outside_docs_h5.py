"""Set H, drawn layouts: Austrian Rechnung, Portuguese fatura, Swedish faktura."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from outside_common_h import (
    PRODUCER_DRAW,
    Canvas,
    Line,
    eu,
    issue_due,
    make_key,
    meta,
    month_name,
    pick_lines,
    r2,
    shift,
    sp,
    tax_of,
    total_of,
)
from outside_data_h import CATALOGS


def at_rechnung_skonto(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Austrian Rechnung with written-month dates, delivery date and Skonto decoys, € before amounts."""
    vendor = "Alpenblick Haustechnik GmbH"
    issue, due = issue_due(rng, 30)
    wd = lambda d: f"{d.day}. {month_name('de', d)} {d.year}"  # noqa: E731
    number = f"{issue.year}/{rng.randint(100, 999):04d}"
    lines = pick_lines(
        rng,
        CATALOGS["at_rechnung_skonto"],
        4,
        (1, 4),
    )
    sub = total_of(lines)
    ust = tax_of(sub, "20")
    total = sub + ust
    c = Canvas("a4", ttf=True)
    c.text(50, 60, vendor, 14, bold=True)
    c.text(50, 74, "Conrad-von-Hötzendorf-Straße 88, 8010 Graz - UID ATU68123457 - FN 412233 k", 7.5)
    c.para(
        (50, 110, 280, 170),
        "Wiener Städtische Versicherungsservice\nz. H. Kreditorenbuchhaltung\nSchottenring 30\n1010 Wien",
    )
    c.grid(
        112,
        [(340, "l"), (545, "r")],
        [
            ["Rechnung Nr.:", number],
            ["Rechnungsdatum:", wd(issue)],
            ["Lieferdatum:", wd(shift(issue, -rng.randint(3, 9)))],
            ["Kundennummer:", str(rng.randint(20000, 29999))],
            ["Ihre UID:", "ATU36943505"],
        ],
        size=9,
        step=13,
    )
    c.text(50, 215, "Rechnung", 18, bold=True)
    cols = [(52, "l"), (80, "l"), (340, "r"), (370, "l"), (470, "r"), (545, "r")]
    c.rule(50, 232, 545, 0.8)
    c.grid(244, cols, [["Pos", "Bezeichnung", "Menge", "Einh.", "Einzelpreis", "Gesamt"]], size=8.5)
    c.rule(50, 249, 545)
    unit = {"Arbeitszeit Techniker (Std.)": "Std."}
    y = c.grid(
        263,
        cols,
        [
            [
                str(i + 1),
                ln.desc,
                str(ln.qty),
                unit.get(ln.desc, "Stk."),
                f"€ {eu(ln.unit)}",
                f"€ {eu(ln.amount)}",
            ]
            for i, ln in enumerate(lines)
        ],
        step=15,
    )
    c.rule(300, y - 6, 545)
    y = c.grid(
        y + 8, [(320, "l"), (545, "r")], [["Summe netto", f"€ {eu(sub)}"], ["20 % USt", f"€ {eu(ust)}"]]
    )
    c.rule(300, y - 9, 545)
    c.text(320, y + 4, "Rechnungsbetrag", 10, bold=True)
    c.text(545, y + 4, f"€ {eu(total)}", 10, bold=True, align="r")
    skonto = tax_of(total, "2")
    c.para(
        (50, y + 30, 545, y + 80),
        f"Zahlbar bis {wd(due)} ohne Abzug. Bei Zahlung bis {wd(shift(issue, 10))} "
        f"gewähren wir 2 % Skonto (€ {eu(skonto)}), Zahlbetrag dann € {eu(total - skonto)}.\nBankverbindung: "
        "Steiermärkische Sparkasse, IBAN AT61 2081 5000 4412 7733, BIC STSPAT2GXXX",
        8.5,
    )
    c.save(path, footer=lambda i, n: f"Seite {i} von {n}")
    return make_key(
        meta("de-AT", "at_rechnung_skonto", PRODUCER_DRAW),
        invoice_number=(number, number),
        date=(issue, wd(issue)),
        due_date=(due, wd(due)),
        total=(total, eu(total)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, eu(sub)),
        tax=(ust, eu(ust)),
    )


def pt_fatura(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Portuguese print-shop fatura: series number, ATCUD and NIF decoys, line discount, IVA summary."""
    vendor = "Ribeira Gráfica, Lda."
    issue, due = issue_due(rng, 30)
    number = f"FT {issue.year}A/{rng.randint(1000, 1999)}"
    lines = pick_lines(
        rng,
        CATALOGS["pt_fatura"],
        4,
        (1, 3),
    )
    lines = [Line(ln.desc, ln.qty * (500 if ln.unit < 5 else 1), ln.unit) for ln in lines]
    discs = [Decimal(rng.choice(["0", "5"])) for _ in lines]
    nets = [r2(ln.amount * (100 - d) / 100) for ln, d in zip(lines, discs, strict=True)]
    gross = total_of(lines)
    sub = sum(nets, Decimal("0.00"))
    iva = tax_of(sub, "23")
    total = sub + iva
    c = Canvas("a4", ttf=True)
    c.text(50, 62, vendor, 15, bold=True)
    c.para(
        (50, 70, 280, 110), "Rua do Almada, 212\n4050-032 Porto\nNIF 509 884 120 - Capital social 5.000,00 €"
    )
    c.text(545, 62, "Fatura", 16, bold=True, align="r")
    c.text(545, 78, "Original", 8, align="r")
    c.box((330, 96, 545, 182))
    c.grid(
        110,
        [(338, "l"), (537, "r")],
        [
            ["Fatura n.º", number],
            ["Data", issue.isoformat()],
            ["Vencimento", due.isoformat()],
            ["ATCUD", f"JJ3K7MPX-{number.rsplit('/', 1)[1]}"],
            ["Requisição", f"REQ {rng.randint(100, 999)}/{issue.year}"],
            ["Moeda", "EUR"],
        ],
        size=8.5,
        step=13,
    )
    c.para(
        (50, 130, 300, 190),
        "Exmos. Senhores\nLusitânia Seguros Gerais, S.A.\nAv. da Liberdade, 190\n1250-147 Lisboa"
        "\nNIF 500 918 880",
    )
    cols = [(52, "l"), (230, "r"), (290, "r"), (345, "r"), (385, "r"), (455, "r"), (543, "r")]
    c.box((50, 206, 545, 220), fill=0.88)
    c.grid(216, cols, [["Descrição", "Qtd.", "Preço Unit.", "Desc. %", "IVA %", "Valor", "Total Líquido"]], 8)
    y = c.grid(
        236,
        cols,
        [
            [ln.desc, str(ln.qty), sp(ln.unit), sp(d), "23", sp(ln.amount), sp(n)]
            for ln, d, n in zip(lines, discs, nets, strict=True)
        ],
        8,
        15,
    )
    c.rule(50, y - 6, 545)
    c.grid(
        y + 14,
        [(52, "l"), (160, "r"), (230, "r")],
        [["Resumo IVA", "Incidência", "Valor IVA"], ["Taxa 23%", sp(sub), sp(iva)]],
        8,
    )
    y = c.grid(
        y + 14,
        [(360, "l"), (543, "r")],
        [
            ["Total Ilíquido", sp(gross)],
            ["Descontos", sp(sub - gross)],
            ["Total s/ IVA", sp(sub)],
            ["IVA", sp(iva)],
        ],
    )
    c.box((355, y - 11, 545, y + 6), fill=0.88)
    c.text(360, y, "Total Documento (EUR)", 9.5, bold=True)
    c.text(543, y, f"{sp(total)} €", 9.5, bold=True, align="r")
    c.para(
        (50, y + 40, 545, y + 80),
        "Pagamento por transferência bancária: IBAN PT50 0035 0651 0001 2288 4301 9.\n"
        "Os bens e/ou serviços foram colocados à disposição do adquirente na data do documento.\n"
        "HJ8K-Processado por programa certificado n.º 2231/AT",
        7.5,
    )
    c.save(path, footer=lambda i, n: f"Pág. {i}/{n}")
    return make_key(
        meta("pt-PT", "pt_fatura", PRODUCER_DRAW),
        invoice_number=(number, number),
        date=(issue, issue.isoformat()),
        due_date=(due, due.isoformat()),
        total=(total, sp(total)),
        currency=("EUR", "EUR"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, sp(sub)),
        tax=(iva, sp(iva)),
    )


def se_faktura(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Swedish faktura: labelled header boxes, OCR reference decoy, F-skatt footer, 'Att betala SEK'."""
    vendor = "Norrsken Konsult AB"
    issue, due = issue_due(rng, 30)
    number = str(rng.randint(10000, 10999))
    lines = pick_lines(
        rng,
        CATALOGS["se_faktura"],
        3,
        (1, 1),
    )
    lines[0] = Line(lines[0].desc, Decimal(rng.randint(16, 80)), lines[0].unit)
    sub = total_of(lines)
    moms = tax_of(sub, "25")
    total = sub + moms
    c = Canvas("a4")
    c.text(50, 64, "NORRSKEN", 20, bold=True)
    c.text(50, 78, "konsult", 10)
    c.text(545, 64, "Faktura", 18, bold=True, align="r")
    cells = [
        ("Fakturadatum", issue.isoformat()),
        ("Fakturanr", number),
        ("Kundnr", str(rng.randint(1100, 1299))),
        ("Förfallodatum", due.isoformat()),
        ("OCR", f"{number}{rng.randint(10, 99)}"),
        ("Betalningsvillkor", "30 dagar netto"),
        ("Er referens", "Karin Holm"),
        ("Vår referens", "Erik Lund"),
    ]
    for i, (label, value) in enumerate(cells):
        x, yy = 300 + (i % 2) * 123, 90 + (i // 2) * 28
        c.box((x, yy, x + 123, yy + 28))
        c.text(x + 4, yy + 9, label, 6.5, gray=0.35)
        c.text(x + 4, yy + 22, value, 9)
    c.para(
        (50, 110, 280, 170),
        "Trygghetsförsäkringar i Norden AB\nAtt: Leverantörsreskontra\nBox 7740\n103 95 Stockholm",
    )
    cols = [(52, "l"), (300, "r"), (340, "l"), (450, "r"), (543, "r")]
    c.grid(228, cols, [["Benämning", "Antal", "Enhet", "À-pris", "Belopp"]], 8.5)
    c.rule(50, 233, 545)
    unit = {"Konsulttjänster systemutveckling": "tim"}
    y = c.grid(
        248,
        cols,
        [[ln.desc, str(ln.qty), unit.get(ln.desc, "st"), sp(ln.unit), sp(ln.amount)] for ln in lines],
        step=15,
    )
    y = max(y, 560)
    c.box((50, y, 545, y + 34), fill=0.93)
    for x, label, value in [
        (56, "Exkl. moms", sp(sub)),
        (180, "Moms 25 %", sp(moms)),
        (300, "Momspliktigt", sp(sub)),
    ]:
        c.text(x, y + 12, label, 7, gray=0.35)
        c.text(x, y + 27, value, 9.5)
    c.text(539, y + 12, "Att betala SEK", 7.5, bold=True, align="r")
    c.text(539, y + 27, sp(total), 12, bold=True, align="r")
    c.rule(50, 760, 545)
    c.grid(
        772,
        [(50, "l"), (190, "l"), (330, "l"), (450, "l")],
        [
            ["Adress", "Telefon", "Bankgiro", "Org.nr"],
            ["Storgatan 14, 903 26 Umeå", "090-17 44 20", "5050-1055", "556677-8899"],
            [vendor, "info@norrskenkonsult.se", "Momsreg.nr SE556677889901", "Godkänd för F-skatt"],
        ],
        7,
        10,
    )
    c.save(path)
    return make_key(
        meta("sv-SE", "se_faktura", PRODUCER_DRAW),
        invoice_number=(number, number),
        date=(issue, issue.isoformat()),
        due_date=(due, due.isoformat()),
        total=(total, sp(total)),
        currency=("SEK", "SEK"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, sp(sub)),
        tax=(moms, sp(moms)),
    )


DOCS = [at_rechnung_skonto, pt_fatura, se_faktura]
