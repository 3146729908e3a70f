"""Set L spreadsheet invoices 19-20: Portuguese scaffolding rental fatura (quantity x days x daily price,
IVA 23 %), Romanian factură in the classic printed-form layout (furnizor / cumpărător, per-line TVA)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import CALC, Doc, Line, Meta, dfmt, issue_date, num, q2, subtotal, tax_of
from outside_xlsx_l import Sheet

PT_RENT = [
    ("Módulo de andaime multidirecional 2,0 x 0,7 m", 0.30, 0.55, 20, 80),
    ("Plataforma metálica com alçapão", 0.20, 0.40, 10, 40),
    ("Guarda-corpos 2,0 m", 0.08, 0.15, 20, 80),
    ("Rede de proteção de fachada (m²)", 0.02, 0.05, 100, 400),
    ("Escada de acesso interior", 0.25, 0.45, 2, 8),
]


META_PT = Meta(
    "L19_pt_fatura_aluguer", "Andaimes Ribeiro, Lda.", "EUR", "pt-PT", "excel-fatura-aluguer", CALC
)


def make_pt(rng: random.Random, src: Path) -> Doc:
    stem, vendor, blue = META_PT.stem, META_PT.vendor, "1F4E79"
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    last = issued.replace(day=1) - timedelta(days=1)
    first = last.replace(day=1)
    days = (last - first).days + 1
    number = f"FT {issued.year}/{rng.randint(40, 400)}"
    lines = []
    for desc, lo, hi, q0, q1 in rng.sample(PT_RENT, 4):
        price = q2(Decimal(str(lo)) + Decimal("0.01") * rng.randint(0, round((hi - lo) * 100)))
        ln = Line(desc, Decimal(rng.randint(q0, q1)) * days, price)
        ln.extra.update(qty=str(int(ln.qty) // days))
        lines.append(ln)
    transport = Line("Transporte, montagem e desmontagem", Decimal(1), Decimal(rng.randint(18, 45) * 10))
    net = subtotal([*lines, transport])
    iva = tax_of(net, "23")
    total = net + iva
    eur, dmy = '[$-816]#,##0.00 "€"', "DD-MM-YYYY"
    s = Sheet("Fatura")
    s.widths({"A": 42, "B": 8, "C": 8, "D": 12, "E": 16})
    s.put("A1", vendor, bold=True, size=18, color=blue)
    s.put("D1", "FATURA", bold=True, size=18, align="r", merge="E1")
    s.height(1, 30)
    s.put("A2", "Aluguer e montagem de andaimes", italic=True, color=blue)
    s.put("A3", "Zona Industrial de Taboeira, Lote 12, 3800-055 Aveiro", size=9)
    s.put(
        "A4",
        f"NIF {rng.randint(500, 519)} {rng.randint(100, 999)} {rng.randint(100, 999)} · Tel. 234 555 018",
        size=9,
    )
    s.put("E2", "Original", italic=True, align="r", size=9)
    info = [
        ("Fatura n.º", number, None),
        ("Data de emissão", issued, dmy),
        ("Data de vencimento", due, dmy),
        ("Requisição n.º", f"REQ-{rng.randint(100, 999)}/{issued.year % 100}", None),
    ]
    for r, (label, value, fmt) in enumerate(info, start=6):
        s.put(f"C{r}", label, bold=True, size=9, align="r", merge=f"D{r}")
        s.put(f"E{r}", value, align="r", fmt=fmt)
    s.put("A6", "Exmo.(s) Sr.(s)", size=9)
    for r, text in enumerate(
        [
            "Construções Vouga & Filhos, S.A.",
            "Rua de Sá da Bandeira, 210",
            "3810-164 Aveiro",
            f"NIF {rng.randint(500, 519)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        ],
        start=7,
    ):
        s.put(f"A{r}", text, bold=(r == 7))
    s.put(
        "A12",
        f"Obra: Reabilitação Rua Direita 45 · Período de aluguer: {dfmt(first, '{dd}-{mm}-{yyyy}')} a "
        f"{dfmt(last, '{dd}-{mm}-{yyyy}')}",
        size=9,
        merge="E12",
    )
    s.row(
        13, 1, ["Descrição", "Qtd.", "Dias", "Preço/dia", "Total"], bold=True, fill="D6E4F0", aligns="lrrrr"
    )
    s.rule("A13:E13", "bottom", style="medium", color=blue)
    for i, ln in enumerate(lines):
        s.row(
            14 + i,
            1,
            [ln.desc, int(ln.extra["qty"]), days, ln.price, ln.amount],
            fmts=[None, None, None, eur, eur],
            aligns="lrrrr",
        )
    r = 14 + len(lines)
    s.row(
        r,
        1,
        [transport.desc, 1, None, None, transport.amount],
        fmts=[None, None, None, None, eur],
        aligns="lrrrr",
    )
    s.rule(f"A{r}:E{r}", "bottom", color=blue)
    s.row(r + 2, 1, ["Taxa", "Incidência", "", "IVA", ""], bold=True, size=9, aligns="lrrrr")
    s.ws.merge_cells(f"B{r + 2}:C{r + 2}")
    s.row(
        r + 3, 1, ["IVA 23%", net, "", iva, None], fmts=[None, eur, None, eur, None], size=9, aligns="lrrrr"
    )
    s.ws.merge_cells(f"B{r + 3}:C{r + 3}")
    for i, (label, value) in enumerate(
        (("Total ilíquido", net), ("Total IVA", iva), ("Total a pagar", total))
    ):
        s.put(f"C{r + 5 + i}", label, bold=(i == 2), align="r", merge=f"D{r + 5 + i}")
        s.put(f"E{r + 5 + i}", value, bold=(i == 2), align="r", fmt=eur)
    s.shade(f"C{r + 7}:E{r + 7}", "D6E4F0")
    s.put(
        f"A{r + 5}",
        f"Pagamento por transferência: IBAN PT50 0035 0651 0000 {rng.randint(1000, 9999)} 8301 5",
        size=8,
    )
    s.put(f"A{r + 6}", "Os bens alugados são propriedade do locador.", size=8)
    s.page(f"A1:E{r + 9}")
    path = s.save(src / f"{stem}.xlsx")
    key = META_PT.key(number, issued, due, total, iva, net)
    pt = {"group": " ", "point": ","}
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}-{mm}-{yyyy}"),
        "due_date": dfmt(due, "{dd}-{mm}-{yyyy}"),
        "total": num(total, **pt),
        "tax": num(iva, **pt),
        "subtotal": num(net, **pt),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


RO_WORK = [
    ("Transport marfă București – Cluj-Napoca", "cursă", 2400, 3400),
    ("Transport marfă București – Constanța", "cursă", 1500, 2200),
    ("Manipulare marfă la descărcare", "oră", 90, 150),
    ("Depozitare paleți", "palet/lună", 35, 60),
    ("Asigurare CMR", "buc.", 120, 250),
]


META_RO = Meta(
    "L20_ro_factura_formular",
    "Carpatica Logistic Transport S.R.L.",
    "RON",
    "ro-RO",
    "excel-factura-formular",
    CALC,
)


def make_ro(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_RO.stem, META_RO.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=30)
    rate = "21" if issued >= date(2025, 8, 1) else "19"
    number = f"CLT-{rng.randint(100, 2000):05d}"
    lines = [
        Line(d, Decimal(rng.randint(1, 6)), Decimal(lo + 10 * rng.randint(0, (hi - lo) // 10)), u)
        for d, u, lo, hi in rng.sample(RO_WORK, 4)
    ]
    vats = [tax_of(ln.amount, rate) for ln in lines]
    net = subtotal(lines)
    tva = sum(vats, Decimal(0))
    total = net + tva
    lei, dmy = "[$-418]#,##0.00", "DD.MM.YYYY"
    s = Sheet("Factura")
    s.widths({"A": 7, "B": 34, "C": 10, "D": 7, "E": 13, "F": 13, "G": 13})
    left = [
        "Furnizor:",
        vendor,
        f"Nr. ord. reg. com.: J40/{rng.randint(1000, 19999)}/2016",
        f"CIF: RO{rng.randint(10000000, 39999999)}",
        "Sediul: Șos. Berceni 104, Sector 4, București",
        f"IBAN: RO49 BTRL {rng.randint(1000, 9999)} 1202 {rng.randint(1000, 9999)} XX01",
        "Banca: Banca Transilvania",
        "Capital social: 200 lei",
    ]
    for r, text in enumerate(left, start=1):
        s.put(f"A{r}", text, bold=r <= 2, size=10 if r == 2 else 8, merge=f"B{r}")
    s.put("C2", "FACTURĂ", bold=True, size=18, align="c", merge="D2")
    for r, text in enumerate([f"Nr. factură: {number}", "Data (ziua, luna, anul):"], start=4):
        s.put(f"C{r}", text, size=9, align="c", merge=f"D{r}")
    s.put("C6", issued, size=9, align="c", merge="D6", fmt=dmy)
    s.put("C7", f"Cota TVA: {rate}%", size=9, align="c", merge="D7")
    s.put("C8", "Moneda: RON", size=9, align="c", merge="D8")
    right = [
        "Cumpărător:",
        "Agro Sud Distribuție S.R.L.",
        f"Nr. ord. reg. com.: J23/{rng.randint(100, 4999)}/2019",
        f"CIF: RO{rng.randint(10000000, 39999999)}",
        "Sediul: Str. Fabricii 7, Popești-Leordeni, Ilfov",
        "IBAN: RO66 RZBR 0000 0600 1234 5678",
        "Banca: Raiffeisen Bank",
    ]
    for r, text in enumerate(right, start=1):
        s.put(f"E{r}", text, bold=r <= 2, size=10 if r == 2 else 8, merge=f"G{r}")
    s.outline("A1:B8", style="thin")
    s.outline("E1:G8", style="thin")
    heads = [
        "Nr. crt.",
        "Denumirea produselor sau a serviciilor",
        "U.M.",
        "Cant.",
        "Preț unitar (fără TVA) -lei-",
        "Valoarea -lei-",
        "Valoarea TVA -lei-",
    ]
    s.row(10, 1, heads, bold=True, size=8, wrap=True, aligns="ccccccc", fill="F2F2F2")
    s.height(10, 36)
    s.row(11, 1, ["0", "1", "2", "3", "4", "5 (3x4)", "6"], size=7, aligns="ccccccc")
    for i in range(8):
        r = 12 + i
        if i < len(lines):
            ln = lines[i]
            s.row(
                r,
                1,
                [i + 1, ln.desc, ln.unit, int(ln.qty), ln.price, ln.amount, vats[i]],
                fmts=[None, None, None, None, lei, lei, lei],
                aligns="clccrrr",
            )
    s.grid("A10:G19", color="000000")
    s.put("A20", "Semnătura și ștampila furnizorului", size=8, wrap=True, merge="A22")
    s.put("B20", "Date privind expediția:", size=8)
    s.put("B21", "Delegat: Ionescu Mihai, C.I. RX 482913", size=8)
    s.put("B22", "Mijloc de transport: B 104 CLT", size=8)
    s.put("C20", "Total", bold=True, align="c", merge="D20")
    s.put("F20", net, bold=True, align="r", fmt=lei)
    s.put("G20", tva, bold=True, align="r", fmt=lei)
    s.put("C21", "Total de plată (col. 5 + col. 6)", bold=True, size=8, wrap=True, align="c", merge="E22")
    s.put("F21", total, bold=True, size=12, align="c", fmt=lei, merge="G22")
    s.grid("A20:G22", color="000000")
    s.put(
        "A24",
        f"Termen de plată: {dfmt(due, '{dd}.{mm}.{yyyy}')} · Semnătura de primire: ______________",
        size=9,
        merge="G24",
    )
    s.page("A1:G25")
    path = s.save(src / f"{stem}.xlsx")
    key = META_RO.key(number, issued, due, total, tva, net)
    ro = {"group": ".", "point": ","}
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}.{mm}.{yyyy}"),
        "due_date": dfmt(due, "{dd}.{mm}.{yyyy}"),
        "total": num(total, **ro),
        "tax": num(tva, **ro),
        "subtotal": num(net, **ro),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


MAKERS = [make_pt, make_ro]
