"""Set L spreadsheet invoices 23-24: Norwegian accountant's faktura with a giro-style payment box (KID
number), Finnish equipment rental lasku (ALV 25,5 %, rental periods, viitenumero)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import CALC, Doc, Line, Meta, dfmt, issue_date, num, subtotal, tax_of
from outside_xlsx_l import Sheet


def mod10(digits: str) -> str:
    """Luhn check digit (Norwegian KID)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


NO_WORK = [
    ("Regnskapsføring", 3500, 9000),
    ("Lønnskjøring, ansatte", 1200, 3200),
    ("MVA-melding", 1500, 2500),
    ("Årsoppgjør, forskudd", 4000, 8000),
    ("Rådgivning, timer", 1100, 1450),
]


META_NO = Meta("L23_no_faktura_kid", "Fjordvik Regnskap AS", "NOK", "nb-NO", "excel-faktura-giro", CALC)


def make_no(rng: random.Random, src: Path) -> Doc:
    stem, vendor, blue = META_NO.stem, META_NO.vendor, "1B4F72"
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    number = str(rng.randint(10000, 29999))
    customer = str(rng.randint(1000, 4999))
    kid = customer + number
    kid += mod10(kid)
    month = issued.replace(day=1) - timedelta(days=1)
    lines = []
    for d, lo, hi in rng.sample(NO_WORK, 4):
        qty = Decimal(rng.randint(2, 8)) if "timer" in d else Decimal(1)
        label = f"{d} {dfmt(month, '{mm}/{yyyy}')}" if qty == 1 else d
        lines.append(Line(label, qty, Decimal(lo + 50 * rng.randint(0, (hi - lo) // 50))))
    net = subtotal(lines)
    mva = tax_of(net, "25")
    total = net + mva
    nok, dmy = '[$-414]"kr" #,##0.00', "DD.MM.YYYY"
    s = Sheet("Faktura")
    s.widths({"A": 40, "B": 9, "C": 14, "D": 8, "E": 16})
    s.put("A1", vendor, bold=True, size=20, color=blue)
    s.put("D1", "FAKTURA", bold=True, size=18, align="r", merge="E1")
    s.height(1, 32)
    s.put(
        "A2",
        f"Org.nr. {rng.randint(900, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} MVA · "
        "Strandgaten 18, 5013 Bergen",
        size=9,
    )
    for r, text in enumerate(["Bryggen Kaffebar AS", "v/ daglig leder", "Bryggen 9", "5003 Bergen"], start=4):
        s.put(f"A{r}", text)
    info = [
        ("Fakturanr.", number, None),
        ("Fakturadato", issued, dmy),
        ("Forfallsdato", due, dmy),
        ("Kundenr.", customer, None),
        ("Deres ref.", "Ingrid Solheim", None),
    ]
    for r, (label, value, fmt) in enumerate(info, start=4):
        s.put(f"C{r}", label, bold=True, align="r")
        s.put(f"D{r}", value, align="r", fmt=fmt, merge=f"E{r}")
    s.row(10, 1, ["Beskrivelse", "Antall", "Pris", "MVA", "Beløp"], bold=True, fill="D4E6F1", aligns="lrrcr")
    for i, ln in enumerate(lines):
        s.row(
            11 + i,
            1,
            [ln.desc, int(ln.qty), ln.price, "25 %", ln.amount],
            fmts=[None, None, nok, None, nok],
            aligns="lrrcr",
        )
        s.rule(f"A{11 + i}:E{11 + i}", "bottom", color="D4E6F1")
    r = 12 + len(lines)
    for i, (label, value) in enumerate((("Sum eks. mva", net), ("Mva 25 %", mva), ("Å betale NOK", total))):
        s.put(f"C{r + i}", label, bold=(i == 2), align="r", merge=f"D{r + i}")
        s.put(f"E{r + i}", value, bold=(i == 2), align="r", fmt=nok)
    r += 5
    s.put(f"A{r}", "BETALINGSINFORMASJON", bold=True, fill="FCF3CF", merge=f"E{r}")
    giro = [
        ("Kontonummer", f"1503.{rng.randint(10, 99)}.{rng.randint(10000, 99999)}", None),
        ("KID", kid, None),
        ("Beløp", total, nok),
        ("Betalingsfrist", due, dmy),
    ]
    for i, (label, value, fmt) in enumerate(giro, start=1):
        s.put(f"A{r + i}", label, fill="FCF3CF")
        s.put(f"B{r + i}", value, fmt=fmt, fill="FCF3CF", align="l", merge=f"E{r + i}")
    s.outline(f"A{r}:E{r + 4}", style="thin", color="B7950B")
    s.put(
        f"A{r + 6}",
        "Ved betaling etter forfall beregnes forsinkelsesrente etter forsinkelsesrenteloven.",
        size=8,
        merge=f"E{r + 6}",
    )
    s.page(f"A1:E{r + 7}")
    path = s.save(src / f"{stem}.xlsx")
    key = META_NO.key(number, issued, due, total, mva, net)
    no = {"group": " ", "point": ","}
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}.{mm}.{yyyy}"),
        "due_date": dfmt(due, "{dd}.{mm}.{yyyy}"),
        "total": num(total, **no),
        "tax": num(mva, **no),
        "subtotal": num(net, **no),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words, counts={"due_date": 2})


def viite(base: str) -> str:
    """Finnish reference number: weights 7, 3, 1 from the right."""
    weights = [7, 3, 1]
    total = sum(int(ch) * weights[i % 3] for i, ch in enumerate(reversed(base)))
    return base + str((10 - total % 10) % 10)


FI_RENT = [
    ("Minikaivinkone 1,8 t", 95, 140),
    ("Saksinostin 8 m", 85, 120),
    ("Täryttävä maantiivistäjä", 35, 55),
    ("Betonimylly 140 l", 18, 28),
    ("Työmaakoppi 6 m", 22, 35),
    ("Lämmityspuhallin 9 kW", 19, 30),
]


META_FI = Meta("L24_fi_vuokralasku", "Konevuokraamo Koskinen Oy", "EUR", "fi-FI", "excel-vuokralasku", CALC)


def make_fi(rng: random.Random, src: Path) -> Doc:
    stem, vendor, orange = META_FI.stem, META_FI.vendor, "C55A11"
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    number = str(rng.randint(2000, 6999))
    ref = viite(number)
    lines = []
    for d, lo, hi in rng.sample(FI_RENT, 4):
        start = issued - timedelta(days=rng.randint(10, 25))
        days = rng.randint(2, 9)
        ln = Line(d, Decimal(days), Decimal(lo + rng.randint(0, hi - lo)))
        ln.extra["period"] = (
            f"{dfmt(start, '{d}.{m}.')}–{dfmt(start + timedelta(days=days - 1), '{d}.{m}.{yyyy}')}"
        )
        lines.append(ln)
    net = subtotal(lines)
    alv = tax_of(net, "25.5")
    total = net + alv
    eur, dmy = '[$-40B]#,##0.00 "€"', "D.M.YYYY"
    s = Sheet("Lasku")
    s.widths({"A": 30, "B": 20, "C": 8, "D": 12, "E": 15})
    s.put("A1", vendor, bold=True, size=18, color=orange, merge="C1")
    s.put("D1", "LASKU", bold=True, size=18, align="r", merge="E1")
    s.height(1, 30)
    s.put(
        "A2",
        f"Y-tunnus {rng.randint(1000000, 3299999)}-{rng.randint(0, 9)} · "
        "Hatanpään valtatie 34, 33100 Tampere",
        size=9,
        merge="C2",
    )
    for r, text in enumerate(["Rakennus Virtanen Oy", "Ostoreskontra", "PL 118", "33101 Tampere"], start=4):
        s.put(f"A{r}", text)
    info = [
        ("Laskun numero", number, None),
        ("Laskun päivä", issued, dmy),
        ("Eräpäivä", due, dmy),
        ("Viitenumero", ref, None),
        ("Asiakasnumero", str(rng.randint(10000, 19999)), None),
        ("Maksuehto", "14 pv netto", None),
        ("Viivästyskorko", "11,5 %", None),
    ]
    for r, (label, value, fmt) in enumerate(info, start=3):
        s.put(f"C{r}", label, bold=True, size=9, merge=f"D{r}")
        s.put(f"E{r}", value, align="r", size=9, fmt=fmt)
    s.row(
        11,
        1,
        ["Vuokrakohde", "Vuokra-aika", "Päivät", "Hinta/pv", "Yhteensä"],
        bold=True,
        fill=orange,
        color="FFFFFF",
        aligns="llrrr",
    )
    for i, ln in enumerate(lines):
        s.row(
            12 + i,
            1,
            [ln.desc, ln.extra["period"], int(ln.qty), ln.price, ln.amount],
            fmts=[None, None, None, eur, eur],
            aligns="llrrr",
        )
        s.rule(f"A{12 + i}:E{12 + i}", "bottom", color="F4B183")
    r = 13 + len(lines)
    for i, (label, value) in enumerate((("Veroton yhteensä", net), ("ALV 25,5 %", alv), ("Yhteensä", total))):
        s.put(f"C{r + i}", label, bold=(i == 2), merge=f"D{r + i}")
        s.put(f"E{r + i}", value, bold=(i == 2), align="r", fmt=eur)
    s.rule(f"C{r + 2}:E{r + 2}", "top")
    s.put(
        f"A{r + 4}",
        f"Maksu: IBAN FI{rng.randint(10, 99)} 1234 5600 {rng.randint(1000, 9999)} 85 · BIC NDEAFIHH "
        "· Käytäthän viitenumeroa.",
        size=9,
        merge=f"E{r + 4}",
    )
    s.put(
        f"A{r + 5}",
        "Vuokrausehdot: Konevuokraamo Koskisen yleiset vuokrausehdot 2024.",
        size=8,
        merge=f"E{r + 5}",
    )
    s.page(f"A1:E{r + 6}")
    path = s.save(src / f"{stem}.xlsx")
    key = META_FI.key(number, issued, due, total, alv, net)
    fi = {"group": " ", "point": ","}
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{d}.{m}.{yyyy}"),
        "due_date": dfmt(due, "{d}.{m}.{yyyy}"),
        "total": num(total, **fi),
        "tax": num(alv, **fi),
        "subtotal": num(net, **fi),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


MAKERS = [make_no, make_fi]
