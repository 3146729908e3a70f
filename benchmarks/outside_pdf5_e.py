"""Set E, invoices drawn with fpdf2: Swedish faktura (SEK, öresavrundning), Polish faktura VAT (PLN)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, r2
from outside_pdf_e import Pdf


def faktura_sv(rng: random.Random) -> Doc:
    d = Doc("faktura_sv", "fpdf2", "sv")
    vendor = rng.choice(
        [
            "Norrskens Bygg AB",
            "Fjällbacka Design AB",
            "Vättern Städ & Fastighetsservice AB",
            "Gotlands Trädgård HB",
        ]
    )
    issued = issue_date(rng)
    no = str(rng.randint(1000, 9999))
    due = issued + timedelta(days=rng.choice([10, 20, 30]))
    pool = [
        "Arbetstid snickare",
        "Trall tryckimpregnerad (m)",
        "Fönsterputs villa",
        "Trappstädning, månad",
        "Grafisk profil",
        "Häckklippning",
        "Resekostnad",
        "Material enligt följesedel",
        "Bortforsling",
    ]
    items = make_items(rng, pool, rng.randint(2, 5), 90, 4800, [Decimal(25)], True, 16)
    net = sum(it.amount for it in items)
    moms = r2(net / 4)
    exact = net + moms
    total = exact.quantize(Decimal(1), "ROUND_HALF_UP")
    rounding = total - exact
    total = r2(total)
    m = lambda v: num(v, " ", ",")  # noqa: E731
    p = Pdf(rng.choice(["dvs", "lsans"]), 9)
    p.at(18, 15, d.k("vendor_name", vendor), 15, True)
    p.at(
        18,
        21,
        f"{rng.choice(['Kungsgatan', 'Industrivägen', 'Hamngatan'])} {rng.randint(1, 60)}, "
        f"{rng.randint(100, 989)} {rng.randint(10, 99)} {rng.choice(['Luleå', 'Växjö', 'Borås'])}",
        8.5,
    )
    p.at(130, 15, "Faktura", 20, True, 62, "R")
    info = [
        ("Fakturanr", d.k("invoice_number", no)),
        ("Fakturadatum", d.k("date", fdate(issued, "YYYY-MM-DD"))),
        ("Förfallodatum", d.k("due_date", fdate(due, "YYYY-MM-DD"))),
        ("Kundnr", str(rng.randint(100, 999))),
        ("OCR-nummer", f"{no}{rng.randint(10000, 99999)}"),
        ("Valuta", d.k("currency", "SEK")),
    ]
    for i, (a, b) in enumerate(info):
        p.row(130, 26 + i * 4.6, [(30, a, "L"), (32, b, "R")], 4.6)
    p.block(
        18,
        30,
        [
            rng.choice(["Brf Solrosen", "Lindqvist Advokatbyrå AB", "Anna Berg"]),
            "Att: Ekonomi",
            f"{rng.choice(['Storgatan', 'Drottninggatan'])} {rng.randint(1, 90)}",
            f"{rng.randint(100, 989)} {rng.randint(10, 99)} {rng.choice(['Umeå', 'Jönköping', 'Visby'])}",
        ],
        9.5,
        4.8,
    )
    p.row(
        18,
        62,
        [
            (60, f"Er referens: {rng.choice(['Karin', 'Olof', 'Sven'])}", "L"),
            (60, f"Vår referens: {rng.choice(['Erik', 'Maja', 'Nils'])}", "L"),
        ],
        5,
    )
    cols = [
        (86, "Benämning", "L"),
        (18, "Antal", "R"),
        (14, "Enhet", "L"),
        (26, "À-pris", "R"),
        (30, "Belopp", "R"),
    ]
    y = p.row(18, 74, cols, 6, True, border="B")
    for it in items:
        unit = "tim" if "tid" in it.desc else ("m" if "(m)" in it.desc else "st")
        y = p.row(
            18,
            y,
            [
                (86, it.desc, "L"),
                (18, m(it.qty), "R"),
                (14, unit, "L"),
                (26, m(it.unit), "R"),
                (30, m(it.amount), "R"),
            ],
            6,
        )
    y += 4
    p.set_fill_color(238, 242, 248)
    p.rect(18, y, 174, 20, "F")
    heads = [
        ("Netto", d.k("subtotal", m(net))),
        ("Moms 25 %", d.k("tax", m(moms))),
        ("Öresavrundning", m(rounding)),
        ("Att betala", f"{d.k('total', m(total))} SEK"),
    ]
    for i, (a, b) in enumerate(heads):
        p.row(18 + i * 43.5, y + 3, [(43.5, a, "L")], 5, size=8)
        p.row(18 + i * 43.5, y + 9, [(43.5, b, "L")], 7, i == 3, size=12 if i == 3 else 9.5)
    p.foot = (
        f"{vendor} · Org.nr 55{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)} · Momsreg.nr "
        f"SE55{rng.randint(10**7, 10**8 - 1)}01 · Godkänd för F-skatt · Bankgiro {rng.randint(100, 999)}-"
        f"{rng.randint(1000, 9999)}"
    )
    p.set_font(p.base[0], "", 8.5)
    p.set_xy(18, y + 28)
    p.multi_cell(
        174,
        4.4,
        f"Betalningsvillkor {(due - issued).days} dagar netto. Vid betalning efter förfallodagen "
        "debiteras dröjsmålsränta enligt räntelagen. Ange OCR-nummer vid betalning.",
    )
    d.key = key_of(no, issued, due, total, "SEK", vendor, net, moms)
    d.pdf = p
    return d


def faktura_pl(rng: random.Random) -> Doc:
    d = Doc("faktura_pl", "fpdf2", "pl")
    vendor = rng.choice(
        [
            "Wisła Logistyka Sp. z o.o.",
            "Mazowieckie Meble S.A.",
            "Kowalczyk i Wspólnicy Sp.k.",
            "Bałtyk Serwis Sp. z o.o.",
        ]
    )
    issued = issue_date(rng)
    no = f"FV/{issued.year}/{issued.month:02d}/{rng.randint(1, 300):03d}"
    due = issued + timedelta(days=rng.choice([7, 14, 21]))
    pool = [
        "Usługa transportowa Kraków-Gdańsk",
        "Paleta EUR",
        "Regał magazynowy",
        "Krzesło biurowe",
        "Biurko 160x80",
        "Montaż mebli",
        "Przegląd techniczny",
        "Magazynowanie (miesiąc)",
        "Książki (5%)",
        "Obsługa serwisowa",
    ]
    items = make_items(
        rng, pool, rng.randint(2, 6), 40, 3500, [Decimal(23), Decimal(23), Decimal(8)], True, 10
    )
    line_vat = [r2(it.amount * it.rate / 100) for it in items]  # VAT per line, summed per rate ("od pozycji")
    groups = [
        (
            r,
            sum(it.amount for it in items if it.rate == r),
            sum(t for it, t in zip(items, line_vat, strict=True) if it.rate == r),
        )
        for r in sorted({it.rate for it in items}, reverse=True)
    ]
    net = sum(b for _, b, _ in groups)
    vat = sum(line_vat)
    total = net + vat
    m = lambda v: num(v, " ", ",")  # noqa: E731
    p = Pdf("dvc", 8)
    p.at(18, 14, f"Faktura VAT nr {d.k('invoice_number', no)}", 14, True)
    p.at(130, 12, f"Miejsce wystawienia: {rng.choice(['Kraków', 'Warszawa', 'Gdańsk'])}", 8, w=62, align="R")
    p.at(130, 16, f"Data wystawienia: {d.k('date', fdate(issued, 'YYYY-MM-DD'))}", 8, w=62, align="R")
    p.at(
        130,
        20,
        f"Data sprzedaży: {fdate(issued - timedelta(days=rng.randint(0, 5)), 'YYYY-MM-DD')}",
        8,
        w=62,
        align="R",
    )

    def nip() -> str:
        return f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"

    p.block(
        18,
        30,
        [
            "Sprzedawca",
            d.k("vendor_name", vendor),
            f"ul. {rng.choice(['Długa', 'Kwiatowa'])} {rng.randint(1, 99)}",
            f"{rng.randint(10, 99)}-{rng.randint(100, 999)} Kraków",
            f"NIP: {nip()}",
        ],
        8.5,
        4.4,
        True,
    )
    p.block(
        110,
        30,
        [
            "Nabywca",
            rng.choice(["Hurtownia Oskar Sp. z o.o.", "Jan Nowak Usługi Remontowe"]),
            f"ul. {rng.choice(['Polna', 'Lipowa'])} {rng.randint(1, 99)}",
            f"{rng.randint(10, 99)}-{rng.randint(100, 999)} Łódź",
            f"NIP: {nip()}",
        ],
        8.5,
        4.4,
        True,
    )
    cols = [
        (8, "Lp.", "C"),
        (54, "Nazwa towaru lub usługi", "L"),
        (10, "J.m.", "C"),
        (12, "Ilość", "R"),
        (18, "Cena netto", "R"),
        (20, "Wartość netto", "R"),
        (12, "VAT", "C"),
        (18, "Kwota VAT", "R"),
        (22, "Wartość brutto", "R"),
    ]
    y = p.row(18, 60, cols, 7, True, (225, 225, 225), 1, 7)
    for i, (it, t) in enumerate(zip(items, line_vat, strict=True), 1):
        y = p.row(
            18,
            y,
            [
                (8, str(i), "C"),
                (54, it.desc, "L"),
                (10, "szt.", "C"),
                (12, str(it.qty), "R"),
                (18, m(it.unit), "R"),
                (20, m(it.amount), "R"),
                (12, f"{it.rate}%", "C"),
                (18, m(t), "R"),
                (22, m(it.amount + t), "R"),
            ],
            6,
            border=1,
        )
    y += 4
    y = p.row(
        84,
        y,
        [(38, "Stawka VAT", "C"), (20, "Netto", "R"), (12, "", "C"), (18, "VAT", "R"), (22, "Brutto", "R")],
        6,
        True,
        (225, 225, 225),
        1,
        7.5,
    )
    for r, b, t in groups:
        y = p.row(
            84,
            y,
            [(38, f"{r}%", "C"), (20, m(b), "R"), (12, "", "C"), (18, m(t), "R"), (22, m(b + t), "R")],
            5.5,
            border=1,
        )
    y = p.row(
        84,
        y,
        [
            (38, "Razem", "C"),
            (20, d.k("subtotal", m(net)), "R"),
            (12, "", "C"),
            (18, d.k("tax", m(vat)), "R"),
            (22, m(total), "R"),
        ],
        6,
        True,
        border=1,
    )
    p.row(
        18,
        y + 6,
        [(40, "Do zapłaty:", "L"), (60, f"{d.k('total', m(total))} {d.k('currency', 'PLN')}", "L")],
        8,
        True,
        size=12,
    )
    p.block(
        18,
        y + 18,
        [
            "Sposób płatności: przelew",
            f"Termin płatności: {d.k('due_date', fdate(due, 'YYYY-MM-DD'))}",
            f"Numer konta: {rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
            f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        ],
        8.5,
        4.6,
    )
    y = p.block(18, y + 40, ["." * 50, "Podpis osoby upoważnionej do wystawienia"], 7)
    d.key = key_of(no, issued, due, total, "PLN", vendor, net, vat)
    d.pdf = p
    return d
