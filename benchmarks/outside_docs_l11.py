"""Set L spreadsheet invoices 21-22: Turkish fatura (KDV 20 %, irsaliye number and date decoys), Danish
carpenter's faktura with the vendor only in the page footer (written Danish date, moms 25 %)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from outside_common_l import CALC, Doc, Line, Meta, dfmt, issue_date, num, q2, subtotal, tax_of
from outside_xlsx_l import Sheet

TR_GOODS = [
    ("Oluklu mukavva koli 40x30x30", "Adet", 9.5, 16.0),
    ("Streç film 50 cm 17 mikron", "Rulo", 240.0, 360.0),
    ("Koli bandı 45 mm x 100 m", "Adet", 28.0, 42.0),
    ("Baskılı pizza kutusu 33 cm", "Adet", 6.5, 11.0),
    ("Hava yastıklı naylon 100 cm", "Rulo", 420.0, 640.0),
    ("Ahşap palet 80x120", "Adet", 310.0, 450.0),
]


META_TR = Meta("L21_tr_fatura", "Yıldız Ambalaj San. ve Tic. Ltd. Şti.", "TRY", "tr-TR", "excel-fatura", CALC)


def make_tr(rng: random.Random, src: Path) -> Doc:
    stem, vendor, red = META_TR.stem, META_TR.vendor, "A50021"
    issued = issue_date(rng)
    due = issued + timedelta(days=45)
    shipped = issued - timedelta(days=rng.randint(1, 3))
    number = f"YAS{issued.year}{rng.randint(100, 9999):09d}"
    lines = [
        Line(
            d,
            Decimal(rng.randint(10, 500) if u == "Adet" else rng.randint(2, 30)),
            q2(Decimal(str(lo)) + Decimal("0.5") * rng.randint(0, int((hi - lo) * 2))),
            u,
        )
        for d, u, lo, hi in rng.sample(TR_GOODS, 4)
    ]
    net = subtotal(lines)
    kdv = tax_of(net, "20")
    total = net + kdv
    tl, dmy = '[$-41F]#,##0.00 "TL"', "DD.MM.YYYY"
    s = Sheet("Fatura")
    s.widths({"A": 6, "B": 36, "C": 9, "D": 8, "E": 15, "F": 8, "G": 17})
    s.put("A1", vendor, bold=True, size=15, color=red, merge="D1")
    s.height(1, 26)
    for r, text in enumerate(
        [
            "İkitelli OSB Mah. Atatürk Bulvarı No: 12/3, Başakşehir / İstanbul",
            f"İkitelli V.D. {rng.randint(1000000000, 9999999999)} · Tel: 0212 555 43 21",
        ],
        start=2,
    ):
        s.put(f"A{r}", text, size=8, merge=f"D{r}")
    s.put("E1", "FATURA", bold=True, size=18, align="c", merge="G1")
    s.outline("E1:G1", style="medium", color=red)
    info = [
        ("Fatura No:", number, None),
        ("Fatura Tarihi:", issued, dmy),
        ("Vade Tarihi:", due, dmy),
        ("İrsaliye No:", f"IRS{rng.randint(10000, 99999)}", None),
        ("İrsaliye Tarihi:", shipped, dmy),
    ]
    for r, (label, value, fmt) in enumerate(info, start=3):
        s.put(f"E{r}", label, bold=True, size=9, align="r")
        s.put(f"F{r}", value, size=9, align="r", fmt=fmt, merge=f"G{r}")
    s.grid("E3:G7", color="BFBFBF")
    s.put("A5", "SAYIN", bold=True, size=9)
    for r, text in enumerate(
        [
            "Boğaziçi Gıda Ürünleri A.Ş.",
            "Kozyatağı Mah. Değirmen Sok. No: 18",
            "Kadıköy / İstanbul",
            f"Kadıköy V.D. {rng.randint(1000000000, 9999999999)}",
        ],
        start=6,
    ):
        s.put(f"A{r}", text, size=9, merge=f"C{r}")
    s.row(
        12,
        1,
        ["Sıra", "Mal / Hizmet", "Miktar", "Birim", "Birim Fiyat", "KDV %", "Tutar"],
        bold=True,
        size=9,
        fill=red,
        color="FFFFFF",
        aligns="clrcrcr",
    )
    for i in range(8):
        r = 13 + i
        if i < len(lines):
            ln = lines[i]
            s.row(
                r,
                1,
                [i + 1, ln.desc, int(ln.qty), ln.unit, ln.price, "%20", ln.amount],
                fmts=[None, None, None, None, tl, None, tl],
                aligns="clrcrcr",
            )
        s.grid(f"A{r}:G{r}", color="BFBFBF")
    rows = [
        ("Mal Hizmet Toplam Tutarı", net),
        ("Hesaplanan KDV (%20)", kdv),
        ("Vergiler Dahil Toplam Tutar", total),
        ("Ödenecek Tutar", total),
    ]
    for r, (label, value) in enumerate(rows, start=22):
        s.put(f"C{r}", label, bold=r >= 24, size=9, align="r", merge=f"F{r}")
        s.put(f"G{r}", value, bold=r >= 24, size=9, align="r", fmt=tl)
    s.grid("C22:G25", color="BFBFBF")
    s.put(
        "A27",
        f"Banka: Marmara Katılım · IBAN: TR{rng.randint(10, 99)} 0006 2000 {rng.randint(1000, 9999)} 0006 "
        "2987 45",
        size=8,
        merge="G27",
    )
    s.put(
        "A28",
        "Fatura tarihinden itibaren 7 gün içinde itiraz edilmeyen faturalar kabul edilmiş sayılır.",
        size=8,
        merge="G28",
    )
    s.page("A1:G29")
    path = s.save(src / f"{stem}.xlsx")
    key = META_TR.key(number, issued, due, total, kdv, net)
    tr = {"group": ".", "point": ","}
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{dd}.{mm}.{yyyy}"),
        "due_date": dfmt(due, "{dd}.{mm}.{yyyy}"),
        "total": num(total, **tr),
        "tax": num(kdv, **tr),
        "subtotal": num(net, **tr),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words)


DA_WORK = [
    ("Tømrerarbejde, svend", "timer", 495, 575),
    ("Tømrerarbejde, lærling", "timer", 295, 345),
    ("Vindue 3-lags, 120 x 140 cm", "stk.", 4200, 6100),
    ("Fugemasse og skum", "stk.", 65, 120),
    ("Lister og indfatninger", "m", 38, 62),
    ("Bortskaffelse af affald", "stk.", 450, 750),
]


META_DA = Meta(
    "L22_da_faktura_footer", "Skovgaard Tømrer ApS", "DKK", "da-DK", "excel-faktura-footer-vendor", CALC
)


def make_da(rng: random.Random, src: Path) -> Doc:
    stem, vendor = META_DA.stem, META_DA.vendor
    issued = issue_date(rng)
    due = issued + timedelta(days=14)
    number = f"{issued.year}-{rng.randint(20, 400):04d}"
    lines = [
        Line(
            d,
            Decimal(rng.randint(2, 30) if u in ("timer", "m") else rng.randint(1, 6)),
            Decimal(lo + 5 * rng.randint(0, (hi - lo) // 5)),
            u,
        )
        for d, u, lo, hi in rng.sample(DA_WORK, 5)
    ]
    net = subtotal(lines)
    moms = tax_of(net, "25")
    total = net + moms
    kr, long, dmy = '[$-406]#,##0.00 "kr."', "[$-406]D. MMMM YYYY", "DD.MM.YYYY"
    s = Sheet("Faktura", font="Arial")
    s.widths({"A": 40, "B": 9, "C": 8, "D": 14, "E": 16})
    s.put("A1", "FAKTURA", bold=True, size=26, color="2F5D50")
    s.height(1, 40)
    for r, text in enumerate(["Familien Holm", "Att.: Mette Holm", "Skovvejen 23", "8240 Risskov"], start=4):
        s.put(f"A{r}", text)
    info = [
        ("Fakturanr.", number, None),
        ("Fakturadato", issued, long),
        ("Forfaldsdato", due, dmy),
        ("Kundenr.", str(rng.randint(1000, 1999)), None),
        ("Sag", f"{rng.randint(100, 999)} Nye vinduer", None),
    ]
    for r, (label, value, fmt) in enumerate(info, start=4):
        s.put(f"C{r}", label, bold=True, merge=f"D{r}")
        s.put(f"E{r}", value, align="r", fmt=fmt)
    s.row(11, 1, ["Beskrivelse", "Antal", "Enhed", "Enhedspris", "Beløb"], bold=True, aligns="lrcrr")
    s.rule("A11:E11", "bottom", style="medium", color="2F5D50")
    for i, ln in enumerate(lines):
        s.row(
            12 + i,
            1,
            [ln.desc, int(ln.qty), ln.unit, ln.price, ln.amount],
            fmts=[None, None, None, kr, kr],
            aligns="lrcrr",
        )
        s.rule(f"A{12 + i}:E{12 + i}", "bottom", color="C9D9D3")
    r = 13 + len(lines)
    for i, (label, value) in enumerate((("Subtotal", net), ("Moms 25%", moms), ("Total DKK", total))):
        s.put(f"C{r + i}", label, bold=(i == 2), merge=f"D{r + i}")
        s.put(f"E{r + i}", value, bold=(i == 2), align="r", fmt=kr)
    s.rule(f"C{r + 2}:E{r + 2}", "top")
    s.rule(f"C{r + 2}:E{r + 2}", "bottom", style="double")
    s.put(f"A{r + 5}", "Betalingsbetingelser: netto 14 dage.", size=9)
    s.put(
        f"A{r + 6}",
        f"Beløbet bedes indbetalt på reg.nr. {rng.randint(1000, 9999)} kontonr. "
        f"{rng.randint(10**9, 10**10 - 1)} senest {dfmt(due, '{dd}.{mm}.{yyyy}')}.",
        size=9,
        merge=f"E{r + 6}",
    )
    s.put(
        f"A{r + 7}",
        "Husk at angive fakturanummeret ved betaling. Ved for sen betaling tillægges rente.",
        size=9,
        merge=f"E{r + 7}",
    )
    foot = (
        f"{vendor} · Vestergade 12 · 8000 Aarhus C · CVR {rng.randint(30000000, 44999999)} · "
        "Tlf. 86 55 12 34 · info@skovgaard-toemrer.example"
    )
    s.page(f"A1:E{r + 8}", footer=foot)
    path = s.save(src / f"{stem}.xlsx")
    key = META_DA.key(number, issued, due, total, moms, net)
    da = {"group": ".", "point": ","}
    printed = {
        "invoice_number": number,
        "date": dfmt(issued, "{d}. {month} {yyyy}", "da"),
        "due_date": dfmt(due, "{dd}.{mm}.{yyyy}"),
        "total": num(total, **da),
        "tax": num(moms, **da),
        "subtotal": num(net, **da),
        "vendor_name": vendor,
    }
    return Doc(stem, key, printed, path, words=s.words, counts={"due_date": 2})


MAKERS = [make_tr, make_da]
