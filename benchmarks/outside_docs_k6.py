"""Set K layouts 16-18 (benchmarks/outside_scans_k.py):
Portuguese fatura with ATCUD and a payment note, Polish faktura VAT scanned upside down, Swedish
faktura with öresavrundning (phone photo)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_k import Doc, Keys, Page, fdate, inv_no, items, money, q2, rand_date, wordlist


def k16_pt_fatura(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Tipografia Moderna do Porto, Lda.")
    p.rect(15, 14, 33, 32, 0, fill=(150, 20, 40))
    p.text(24, 27, "TM", 13, "sans-b", "c", (255, 255, 255))
    p.text(37, 21, vendor, 12, "sans-b")
    p.lines(
        37,
        26,
        ["Rua de Cedofeita, 318 - 4050-174 Porto", "NIF 507 114 338 · Capital social 50.000 €"],
        8,
        3.8,
    )
    p.text(195, 21, "Original", 9, "sans-i", "r")
    d = rand_date(rng)
    num = k.text("invoice_number", f"FT 2025A1/{inv_no(rng, '0999')}")
    p.rect(112, 40, 195, 72, 0.3)
    p.text(115, 47, f"FATURA {num}", 11, "sans-b")
    meta = [
        ("Data", k.date("date", d, "%Y-%m-%d")),
        ("Vencimento", k.date("due_date", d + timedelta(days=30), "%Y-%m-%d")),
        ("ATCUD", f"{inv_no(rng, 'AA9A9A9A')}-{num.split('/')[1].lstrip('0')}"),
        ("V/ N.º Contribuinte", "509 887 112"),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(115, 54 + i * 4.8, lab, 8.5)
        p.text(192, 54 + i * 4.8, val, 8.5, "sans", "r")
    p.lines(
        15,
        46,
        ["Exmo(s). Sr(s).", "Vinhos Quinta da Ribeira, S.A.", "Av. da Boavista, 1203", "4100-130 Porto"],
        9.5,
        4.8,
    )
    names = wordlist(
        "Rótulos autocolantes 90x120 (milheiro); Caixas cartão 6 garrafas; "
        "Folhetos A5 couché 150 g; Catálogo 24 pág. agrafado; Cartões de visita (cx 500); "
        "Envelopes DL timbrados"
    )
    lines = items(rng, names, 5, 12, 480, 10)
    rows = [wordlist("Artigo; Descrição; Qtd.; Preço Unit.; Desc.%; IVA%; Total")]
    net_total = Decimal(0)
    for n, q, u, a in lines:
        disc = rng.choice([0, 0, 5, 10])
        net = q2(a * (100 - disc) / 100)
        net_total += net
        rows.append([inv_no(rng, "A999"), n, str(q), money(u, "eu"), f"{disc},00", "23", money(net, "eu")])
    cols = [(16, "l"), (70, "l"), (12, "r"), (24, "r"), (16, "r"), (14, "r"), (28, "r")]
    y = p.table(15, 84, cols, rows, 8, 6, "sans", "sans-b", shade=(235, 235, 235))
    p.line(15, y + 1, 195, y + 1, 0.3)
    iva = q2(net_total * Decimal("0.23"))
    p.table(
        15,
        y + 8,
        [(25, "r"), (30, "r"), (30, "r")],
        [["Taxa", "Incidência", "Valor IVA"], ["23%", money(net_total, "eu"), money(iva, "eu")]],
        8,
        5.5,
        "sans",
        "sans-b",
    )
    rows = [
        ("Total Ilíquido", k.amount("subtotal", net_total, "eu")),
        ("Total IVA", k.amount("tax", iva, "eu")),
        ("Total (EUR)", k.amount("total", net_total + iva, "eu")),
    ]
    for i, (lab, val) in enumerate(rows):
        p.text(160, y + 12 + i * 6, lab, 10, "sans-b" if "EUR" in lab else "sans", "r")
        p.text(195, y + 12 + i * 6, val, 10, "sans-b" if "EUR" in lab else "sans", "r")
    k.currency("EUR")
    p.text(15, y + 40, "Pagamento por transferência: IBAN PT50 0035 0651 0001 2345 6783 1", 8.5)
    p.text(105, 287, "4Ck2-Processado por programa certificado n.º 2871/AT", 7, "sans", "c")
    paid = d + timedelta(days=rng.randint(10, 25))
    note = {"type": "note", "lines": [f"Pago {paid.strftime('%d/%m')} transf.", "ok - R.S."], "at": (60, 250)}
    spec = {"kind": "scan", "fmt": "png", "dpi": 300, "skew": 2.5, "marks": [note], "noise": 3.0}
    return Doc("k16_pt_fatura", "pt-PT", "fatura with ATCUD and payment note", [p], k, spec)


def k17_pl_faktura(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Drukarnia Offsetowa Nowak Sp. z o.o.")
    d = rand_date(rng)
    p.text(195, 18, f"Kraków, {fdate(d, '%d.%m.%Y')}", 9, "arial", "r")
    num = k.text("invoice_number", f"FV/{inv_no(rng, '0999')}/{d.month:02d}/2025")
    p.text(105, 32, f"Faktura VAT nr {num}", 15, "arial-b", "c")
    p.text(105, 38, "ORYGINAŁ", 9, "arial", "c")
    meta = [
        f"Data wystawienia: {k.date('date', d, '%d.%m.%Y')}",
        f"Data sprzedaży: {fdate(d - timedelta(days=rng.randint(1, 5)), '%d.%m.%Y')}",
    ]
    p.lines(15, 48, meta, 9, 4.5, f="arial")
    p.text(15, 62, "Sprzedawca", 10, "arial-b")
    p.lines(15, 67, [vendor, "ul. Zabłocie 23", "30-701 Kraków", "NIP 679-288-41-17"], 9, 4.4, f="arial")
    p.text(110, 62, "Nabywca", 10, "arial-b")
    p.lines(
        110,
        67,
        ["Wydawnictwo Żuraw s.c.", "ul. Długa 7/2", "31-147 Kraków", "NIP 945-117-03-22"],
        9,
        4.4,
        f="arial",
    )
    names = wordlist(
        "Druk ulotek A5 4+4; Katalog 32 str. oprawa zeszytowa; Plakat B2 4+0; Wizytówki 350 g; "
        "Teczki ofertowe z bigowaniem; Projekt graficzny (usługa)"
    )
    lines = items(rng, names, 4, 80, 2400, 3)
    rows = [
        wordlist(
            "Lp.; Nazwa towaru lub usługi; Ilość; J.m.; Cena netto; Wartość netto; VAT; Kwota VAT; "
            "Wartość brutto"
        )
    ]
    net, vat = Decimal(0), Decimal(0)
    for i, (n, q, u, a) in enumerate(lines, 1):
        v = q2(a * Decimal("0.23"))
        net, vat = net + a, vat + v
        rows.append(
            [
                str(i),
                n,
                str(q),
                "szt.",
                money(u, "fr"),
                money(a, "fr"),
                "23%",
                money(v, "fr"),
                money(a + v, "fr"),
            ]
        )
    cols = [(8, "r"), (52, "l"), (11, "r"), (10, "l"), (20, "r"), (22, "r"), (11, "r"), (20, "r"), (26, "r")]
    y = p.table(15, 90, cols, rows, 7.5, 6, "arial", "arial-b", grid=True)
    sub = [
        [
            "",
            "Razem:",
            k.amount("subtotal", net, "fr"),
            "23%",
            k.amount("tax", vat, "fr"),
            k.amount("total", net + vat, "fr"),
        ]
    ]
    p.table(
        15,
        y,
        [(81, "l"), (30, "r"), (22, "r"), (11, "r"), (20, "r"), (26, "r")],
        sub,
        7.5,
        6,
        "arial-b",
        "arial-b",
    )
    k.currency("PLN", "zł")
    due = d + timedelta(days=14)
    rows = [
        f"Do zapłaty: {money(net + vat, 'fr')} zł",
        "Sposób płatności: przelew",
        f"Termin płatności: {k.date('due_date', due, '%d.%m.%Y')}",
        "Numer konta: 61 1090 2835 0000 0001 2234 5567",
    ]
    p.text(15, y + 18, rows[0], 12, "arial-b")
    p.lines(15, y + 25, rows[1:], 9, 4.6, f="arial")
    p.line(20, 255, 80, 255, 0.2)
    p.line(130, 255, 190, 255, 0.2)
    p.text(50, 259, "Osoba upoważniona do odbioru", 7, "arial", "c")
    p.text(160, 259, "Osoba upoważniona do wystawienia", 7, "arial", "c")
    spec = {"kind": "scan", "fmt": "tif", "dpi": 200, "skew": 0.7, "rotate": 180}
    return Doc("k17_pl_faktura", "pl-PL", "faktura VAT scanned upside down", [p], k, spec)


def k18_se_faktura(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Norrlands Kontorsservice AB")
    p.text(15, 22, vendor, 14, "sans-b", color=(0, 60, 110))
    p.text(195, 22, "FAKTURA", 16, "sans-b", "r")
    d = rand_date(rng)
    num = k.text("invoice_number", inv_no(rng, "49999"))
    meta = [
        ("Fakturanummer", num),
        ("Fakturadatum", k.date("date", d, "%Y-%m-%d")),
        ("Förfallodatum", k.date("due_date", d + timedelta(days=30), "%Y-%m-%d")),
        ("Kundnummer", inv_no(rng, "1999")),
        ("OCR-nummer", num + inv_no(rng, "99")),
        ("Er referens", "Anna Berglund"),
        ("Vår referens", "Mats Öberg"),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(120, 34 + i * 4.8, lab, 8.5, "sans-b")
        p.text(195, 34 + i * 4.8, val, 8.5, "sans", "r")
    p.lines(15, 40, ["Umeå Tandvård AB", "Box 4471", "903 26 Umeå"], 10.5, 5.2)
    names = wordlist(
        "Kopieringspapper A4 (kartong); Toner HP 59A; Pärm A4 bred; Whiteboardpennor 4-pack; "
        "Service kopiator (timme); Kaffe hela bönor 1 kg"
    )
    lines = items(rng, names, 5, 39, 1250, 6)
    rows = [["Art.nr", "Benämning", "Antal", "Enhet", "À-pris", "Belopp"]]
    rows += [[inv_no(rng, "99-999"), n, str(q), "st", money(u, "fr"), money(a, "fr")] for n, q, u, a in lines]
    y = p.table(
        15,
        84,
        [(22, "l"), (72, "l"), (16, "r"), (14, "l"), (26, "r"), (30, "r")],
        rows,
        9,
        6.5,
        "sans",
        "sans-b",
    )
    p.line(15, 84 + 6.5, 195, 84 + 6.5, 0.3)
    p.line(15, y + 1, 195, y + 1, 0.3)
    net = sum((a for *_, a in lines), Decimal(0))
    moms = q2(net * Decimal("0.25"))
    total = (net + moms).quantize(Decimal(1))
    rounding = total - net - moms
    cells = [["Netto", "Moms 25 %", "Öresavrundning", "Att betala SEK"]]
    cells.append(
        [
            k.amount("subtotal", net, "fr"),
            k.amount("tax", moms, "fr"),
            money(rounding, "fr"),
            k.amount("total", total, "fr"),
        ]
    )
    p.table(
        61, y + 8, [(30, "r"), (32, "r"), (38, "r"), (34, "r")], cells, 9, 6.5, "sans", "sans-b", grid=True
    )
    k.currency("SEK")
    foot = [
        f"{vendor} · Storgatan 50 · 903 26 Umeå",
        "Org.nr 556712-4471 · Momsreg.nr SE556712447101 · Godkänd för F-skatt",
    ]
    foot.append("Bankgiro 5544-1209 · Dröjsmålsränta enligt räntelagen")
    p.lines(105, 275, foot, 7.5, 3.8, align="c")
    spec = {
        "kind": "photo",
        "fmt": "jpg",
        "quality": 62,
        "dpi": 220,
        "warp": 0.045,
        "falloff": 0.6,
        "blur": 1.2,
    }
    return Doc("k18_se_faktura", "sv-SE", "faktura with öresavrundning", [p], k, spec, Decimal("0.5"))


DOCS = [k16_pt_fatura, k17_pl_faktura, k18_se_faktura]
