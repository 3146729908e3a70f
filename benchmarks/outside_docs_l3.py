"""Set L word-processor invoices 5-6: Italian professional's fattura (cassa previdenza, IVA, ritenuta
d'acconto), Dutch factuur with the vendor only in the footer and two btw rates."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import (
    WRITER,
    Doc,
    Line,
    Meta,
    dfmt,
    issue_date,
    num,
    pick_lines,
    qty_str,
    subtotal,
    tax_of,
)
from outside_docx_l import (
    borders,
    cell_edges,
    fill,
    fill_row,
    footer,
    new_doc,
    para,
    tabbed,
    table,
)

IT_WORK = [
    ("Attestato di prestazione energetica (APE)", 180.0, 320.0),
    ("Diagnosi energetica dell'edificio", 900.0, 1600.0),
    ("Sopralluogo e rilievo impianto termico", 150.0, 260.0),
    ("Relazione tecnica ex Legge 10/91", 600.0, 1100.0),
    ("Pratica detrazione fiscale ENEA", 250.0, 400.0),
]


META_IT = Meta(
    "L05_it_fattura_ritenuta", "Marco Ferretti", "EUR", "it-IT", "letter-fattura-professionista", WRITER
)


def make_it(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_IT.stem, META_IT.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    number = f"{rng.randint(6, 40)}/{issued.year}"
    lines = [Line(ln.desc, Decimal(1), ln.price) for ln in pick_lines(rng, IT_WORK, 3, step=10.0)]
    fees = subtotal(lines)
    cassa = tax_of(fees, "4")
    net = fees + cassa
    iva = tax_of(net, "22")
    total = net + iva
    ritenuta = tax_of(fees, "20")
    it = {"group": ".", "point": ","}

    def eur(x: Decimal) -> str:
        return f"€ {num(x, **it)}"

    d = new_doc("Times New Roman", 11, margins=2.3)
    para(d, vendor, size=20, bold=True, color="2E4A2E")
    para(d, "Ingegnere – Consulenza energetica e impianti", size=10, italic=True)
    para(d, "Via Saragozza 121 – 40135 Bologna · tel. 051 555 0417 · PEC m.ferretti@pec.example", size=9)
    para(d, f"P. IVA {rng.randint(10000000000, 99999999999)} · C.F. FRRMRC78L12A944K", size=9, after=24)
    block = table(d, 5, [8.0, 1.5, 6.9])
    left = [f"Fattura n. {number}", f"Data: {dfmt(issued, '{dd}/{mm}/{yyyy}')}", "", "", ""]
    right = [
        "Spett.le",
        "Condominio Via Mazzini 18",
        "c/o Studio Amministrazioni Bellini",
        "Via dell'Indipendenza 44",
        "40121 Bologna (BO)",
    ]
    for r in range(5):
        fill(block.cell(r, 0), left[r], bold=(r == 0))
        fill(block.cell(r, 2), right[r])
    para(d, "C.F. condominio 91234560377", align="r", size=9, after=16)
    para(d, "Oggetto: prestazioni professionali per la riqualificazione energetica dell'edificio.", after=10)
    t = table(d, len(lines) + 8, [11.5, 4.5])
    borders(t, outer=False, inside_h=False, inside_v=False)
    fill_row(t, 0, ["Descrizione", "Importo"], "lr", bold=True)
    cell_edges(t.cell(0, 0), bottom=True, sz=4)
    cell_edges(t.cell(0, 1), bottom=True, sz=4)
    for r, ln in enumerate(lines, start=1):
        fill_row(t, r, [ln.desc, eur(ln.amount)], "lr")
    rows = [
        ("Totale onorari", eur(fees), False),
        ("Contributo integrativo Inarcassa 4%", eur(cassa), False),
        ("Imponibile IVA", eur(net), True),
        ("IVA 22%", eur(iva), False),
        ("Totale fattura", eur(total), True),
        ("Ritenuta d'acconto 20% su onorari", f"– {eur(ritenuta)}", False),
        ("Netto a pagare", eur(total - ritenuta), True),
    ]
    for r, (label, value, bold) in enumerate(rows, start=len(lines) + 1):
        fill_row(t, r, [label, value], "lr", bold=bold)
    cell_edges(t.cell(len(lines) + 1, 1), top=True, sz=4)
    cell_edges(t.cell(len(lines) + 5, 1), top=True, sz=4)
    iban = f"IT60 X054 2811 1010 0000 0{rng.randint(100000, 999999)} 45"
    para(
        d,
        f"Pagamento tramite bonifico bancario entro il {dfmt(due, '{dd}/{mm}/{yyyy}')} "
        f"sul conto IBAN {iban}.",
        before=14,
        after=6,
    )
    para(d, "Operazione soggetta a ritenuta d'acconto ai sensi dell'art. 25 del D.P.R. 600/1973.", size=9)
    para(d, "Imposta di bollo assolta ove dovuta.", size=9, after=24)
    para(d, "Distinti saluti", align="r", after=4)
    para(d, f"Ing. {vendor}", align="r", italic=True)
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_IT.key(number, issued, due, total, iva, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}/{mm}/{yyyy}"),
        "due_date": dfmt(due, "{dd}/{mm}/{yyyy}"),
        "total": num(total, **it),
        "tax": num(iva, **it),
        "subtotal": num(net, **it),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path)


NL_PLANTS = [
    ("Boeket seizoensbloemen groot", 35.0, 65.0),
    ("Tafelstuk vergaderzaal", 28.0, 45.0),
    ("Orchidee Phalaenopsis in pot", 18.5, 29.5),
    ("Kamerplant Monstera 120 cm", 69.0, 99.0),
]


NL_OTHER = [
    ("Keramieken vaas, handgemaakt", 24.0, 48.0),
    ("Bezorging en plaatsing", 15.0, 35.0),
    ("Onderhoudsabonnement planten (maand)", 45.0, 80.0),
]


META_NL = Meta(
    "L06_nl_factuur_footer",
    "Bloemenatelier De Linde B.V.",
    "EUR",
    "nl-NL",
    "word-factuur-footer-vendor",
    WRITER,
)


def make_nl(rng: random.Random, src: Path) -> Doc:
    stem, vendor, green = META_NL.stem, META_NL.vendor, "4E7D3A"
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    number = f"F{issued.year}-{rng.randint(100, 699)}"
    low = pick_lines(rng, NL_PLANTS, 3, qty=(1, 6))
    high = pick_lines(rng, NL_OTHER, 2, qty=(1, 3))
    net_lo, net_hi = subtotal(low), subtotal(high)
    btw_lo, btw_hi = tax_of(net_lo, "9"), tax_of(net_hi, "21")
    net, tax = net_lo + net_hi, btw_lo + btw_hi
    total = net + tax
    nl = {"group": ".", "point": ","}

    def eur(x: Decimal) -> str:
        return f"€ {num(x, **nl)}"

    d = new_doc("Arial", 9.5, margins=2.0)
    para(d, "FACTUUR", bold=True, size=26, color=green, after=26)
    top = table(d, 5, [8.5, 3.5, 5.0])
    customer = ["Hotel Het Zand", "t.a.v. crediteurenadministratie", "Zandweg 7", "3811 KL Amersfoort", ""]
    info = [
        ("Factuurnummer", number),
        ("Factuurdatum", dfmt(issued, "{dd}-{mm}-{yyyy}")),
        ("Vervaldatum", dfmt(due, "{dd}-{mm}-{yyyy}")),
        ("Klantnummer", str(rng.randint(2000, 2999))),
        ("Uw referentie", f"PO {rng.randint(70000, 79999)}"),
    ]
    for r in range(5):
        fill(top.cell(r, 0), customer[r])
        fill(top.cell(r, 1), info[r][0], bold=True)
        fill(top.cell(r, 2), info[r][1])
    para(d, after=18)
    lines = low + high
    t = table(d, len(lines) + 1, [8.0, 1.6, 2.6, 1.6, 3.2])
    borders(t, outer=False, inside_h=True, inside_v=False, color="B7CCA9")
    fill_row(t, 0, ["Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"], "lrrrr", bold=True, color=green)
    for r, ln in enumerate(lines, start=1):
        fill_row(
            t,
            r,
            [ln.desc, qty_str(ln.qty), eur(ln.price), "9%" if ln in low else "21%", eur(ln.amount)],
            "lrrrr",
        )
    para(d, after=6)
    for label, value, bold in (
        ("Subtotaal excl. btw", eur(net), False),
        (f"Btw 9% over {eur(net_lo)}", eur(btw_lo), False),
        (f"Btw 21% over {eur(net_hi)}", eur(btw_hi), False),
        ("Totaal incl. btw", eur(total), True),
    ):
        tabbed(d, label, value, 17.0, bold=bold, after=2, align="r")
    para(
        d,
        f"Wij verzoeken u vriendelijk het totaalbedrag vóór {dfmt(due, '{dd}-{mm}-{yyyy}')} over te maken "
        "onder vermelding van het factuurnummer.",
        before=18,
        after=4,
    )
    para(d, "Vragen over deze factuur? Bel ons gerust op 033 555 18 40.")
    iban = f"NL{rng.randint(10, 99)} RABO 0{rng.randint(100000000, 999999999)}"
    footer(
        d,
        [
            f"{vendor} · Kerkstraat 12 · 3811 CW Amersfoort · info@delinde.example",
            f"KvK {rng.randint(60000000, 89999999)} · btw-id NL{rng.randint(100000000, 999999999)}B01 · "
            f"IBAN {iban}",
        ],
        size=8,
        color="4E7D3A",
    )
    path = src / f"{stem}.docx"
    d.save(path)
    key = META_NL.key(number, issued, due, total, tax, net)
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}-{mm}-{yyyy}"),
        "due_date": dfmt(due, "{dd}-{mm}-{yyyy}"),
        "total": num(total, **nl),
        "tax 9": num(btw_lo, **nl),
        "tax 21": num(btw_hi, **nl),
        "subtotal": num(net, **nl),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, counts={"due_date": 2})


MAKERS = [make_it, make_nl]
