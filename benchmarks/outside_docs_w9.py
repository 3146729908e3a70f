"""Set W templates: inFakt-style Polish faktura VAT (słownie), Fakturoid-style Czech faktura."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2


def words(text: str) -> list[str]:
    """Split a word list (a str.split call that ruff's SIM905 would want spelled out)."""
    return text.split()


PL_ONES = ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
PL_TEENS = words(
    "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście "
    "osiemnaście dziewiętnaście"
)
PL_TENS = words(
    "_ _ dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
    "osiemdziesiąt dziewięćdziesiąt"
)
PL_HUNDREDS = words("_ sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset")


def _pl_form(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


def _pl_999(n: int) -> list[str]:
    out = [PL_HUNDREDS[n // 100]] if n >= 100 else []
    n %= 100
    if 10 <= n < 20:
        out.append(PL_TEENS[n - 10])
    else:
        if n >= 20:
            out.append(PL_TENS[n // 10])
        if n % 10:
            out.append(PL_ONES[n % 10])
    return out


def words_pl(n: int) -> str:
    """A whole złoty amount in Polish words, e.g. 'dwa tysiące sto pięć złotych'."""
    out = []
    for size, forms in ((10**6, ("milion", "miliony", "milionów")), (1000, ("tysiąc", "tysiące", "tysięcy"))):
        if n >= size:
            k = n // size
            out += [*_pl_999(k), _pl_form(k, *forms)]
            n %= size
    out += _pl_999(n) or (["zero"] if not out else [])
    return " ".join(out)


PL_CSS = """
@page { size: A4; margin: 12mm 14mm; } body { font: 8.5pt 'DejaVu Sans'; } .hd { display: flex;
 justify-content: space-between; } h1 { font-size: 14pt; margin: 0 0 4px; } .two { display: flex; gap: 20px;
 margin: 12px 0; } .two > div { flex: 1; } .lab { font-weight: bold; border-bottom: 1px solid #000;
margin-bottom: 3px; }
table.p { width: 100%; border-collapse: collapse; } table.p th, table.p td { border: 1px solid #888; padding:
2px 4px; }
table.p th { background: #eee; font-size: 7pt; } .r { text-align: right !important; white-space: nowrap; }
.pay { margin-top: 12px; font-size: 10pt; } .sig { display: flex; justify-content: space-between; margin-top:
50px;
 font-size: 7pt; text-align: center; } .sig div { width: 40%; border-top: 1px dotted #000; }
"""

PL_ITEMS = [
    ("Usługa księgowa - pełna księgowość", "usł.", 90000, 180000),
    ("Sporządzenie deklaracji JPK_V7M", "szt.", 15000, 30000),
    ("Obsługa kadrowo-płacowa (pracownik)", "os.", 6000, 12000),
    ("Konsultacja podatkowa", "godz.", 20000, 35000),
    ("Sprawozdanie finansowe roczne", "szt.", 120000, 250000),
]


def infakt_pl(rng: random.Random) -> Doc:
    legal = rng.choice(
        [
            "Biuro Rachunkowe Bilans Sp. z o.o.",
            "KSIĘGOWOŚĆ NOWAK Anna Nowak",
            "Kancelaria Podatkowa Tax-Pro s.c.",
        ]
    )
    issued = issue_date(rng)
    sold = issued if rng.random() < 0.5 else issued.replace(day=1) - timedelta(days=1)
    due = issued + timedelta(days=rng.choice([7, 14]))
    number = f"{rng.randrange(1, 99)}/{issued:%m}/{issued.year}"
    d = "{yyyy}-{mm}-{dd}"
    f = "fr"
    rows, net, vat = [], Decimal(0), Decimal(0)
    for i, (name, unit, lo, hi) in enumerate(rng.sample(PL_ITEMS, 3)):
        qty = rng.randrange(1, 9) if unit in ("os.", "godz.") else 1
        price = Decimal(rng.randrange(lo, hi, 500)) / 100
        val = qty * price
        tax = q2(val * Decimal("0.23"))
        net, vat = net + val, vat + tax
        rows.append(
            f"<tr><td>{i + 1}</td><td>{name}</td><td class=r>{qty}</td><td>{unit}</td>"
            f"<td class=r>{money(price, f)}</td>"
            f"<td class=r>{money(val, f)}</td><td class=r>23%</td><td class=r>{money(tax, f)}</td>"
            f"<td class=r>{money(val + tax, f)}</td></tr>"
        )
    total = net + vat
    zl, gr = divmod(int(total * 100), 100)
    words = f"{words_pl(zl)} {_pl_form(zl, 'złoty', 'złote', 'złotych')} {gr:02d}/100"
    nip = (
        f"{rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"
    )
    body = f"""
<div class=hd><div><h1>Faktura VAT nr {
        number
    }</h1>oryginał</div><div style="text-align:right">Miejsce wystawienia: {
        rng.choice(["Warszawa", "Wrocław", "Łódź"])
    }<br>Data wystawienia: {fdate(issued, d)}<br>Data sprzedaży: {fdate(sold, d)}<br>Termin płatności: {
        fdate(due, d)
    }
<br>Sposób płatności: przelew</div></div>
<div class=two><div><div class=lab>Sprzedawca</div>{esc(legal)}<br>ul. {
        rng.choice(["Marszałkowska", "Piotrkowska", "Świdnicka"])
    } {rng.randrange(1, 200)}/{rng.randrange(1, 40)}<br>{
        rng.choice(["00-624 Warszawa", "90-001 Łódź", "50-066 Wrocław"])
    }
<br>NIP: {nip}<br>Nr konta: {rng.randrange(10, 99)} {
        " ".join(str(rng.randrange(1000, 9999)) for _ in range(6))
    }</div>
<div><div class=lab>Nabywca</div>{
        rng.choice(["Drukarnia Orzeł Sp. z o.o.", "Auto-Serwis Kowalczyk", "Hotel Pod Lipami Sp. j."])
    }
<br>ul. {rng.choice(["Polna", "Leśna", "Słoneczna"])} {rng.randrange(1, 90)}<br>{
        rng.choice(["31-154 Kraków", "80-180 Gdańsk", "60-101 Poznań"])
    }<br>NIP: {rng.randrange(100, 999)}-{rng.randrange(100, 999)}-{rng.randrange(10, 99)}-{
        rng.randrange(10, 99)
    }</div></div>
<table class=p><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>Ilość</th><th>J.m.</th><th>Cena netto</th>
<th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>{"".join(rows)}
<tr><td colspan=5 class=r>Razem:</td><td class=r>{money(net, f)}</td><td></td><td class=r>{money(vat, f)}</td>
<td class=r>{money(total, f)}</td></tr></table>
<div class=pay>Do zapłaty: <b>{money(total, f)} PLN</b><br>Słownie: {words}</div>
<div class=sig><div>Osoba upoważniona do odbioru</div><div>Osoba upoważniona do wystawienia</div></div>"""
    return make(
        "infakt_pl",
        "pl",
        page(PL_CSS, body, "pl"),
        repeats=frozenset({"total", "date"} if sold == issued else {"total"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("PLN", "PLN"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(vat, money(vat, f)),
    )


CZ_CSS = """
@page { size: A4; margin: 14mm 16mm; } body { font: 9pt 'Liberation Sans'; color: #222; } .hd { display: flex;
 justify-content: space-between; border-bottom: 2px solid #222; padding-bottom: 6px; } h1 { font-size: 18pt;
margin: 0; }
.two { display: flex; gap: 24px; margin: 12px 0; } .two > div { flex: 1; } .g { color: #777; font-size:
7.5pt; }
table.m td { padding: 1px 10px 1px 0; } table.it { width: 100%; border-collapse: collapse; margin-top: 10px; }
table.it th { text-align: left; font-size: 7.5pt; color: #777; border-bottom: 1px solid #222; padding: 3px; }
table.it td { padding: 4px 3px; border-bottom: 1px solid #e5e5e5; } .r { text-align: right !important;
 white-space: nowrap; } table.rk { margin: 10px 0 0 auto; border-collapse: collapse; } table.rk td, table.rk
th
 { padding: 2px 8px; font-size: 8pt; } .big { text-align: right; font-size: 15pt; font-weight: bold;
margin-top: 8px; }
"""

CZ_ITEMS = [
    ("Tvorba webové prezentace", 15000, 60000, False),
    ("Programátorské práce", 900, 1400, True),
    ("Grafický návrh loga", 6000, 18000, False),
    ("Správa serveru - měsíční paušál", 1500, 4000, False),
    ("Konzultace", 800, 1500, True),
]


def fakturoid_cz(rng: random.Random) -> Doc:
    legal = rng.choice(["Webdílna s.r.o.", "Ing. Petr Dvořák", "Pixelárna Brno s.r.o."])
    issued = issue_date(rng)
    duzp = issued if rng.random() < 0.5 else issued - timedelta(days=rng.randrange(1, 10))
    due = issued + timedelta(days=14)
    seq = rng.randrange(1, 300)
    number = f"{issued.year}-{seq:04d}"
    vs = f"{issued.year}{seq:04d}"
    d = "{d}. {m}. {yyyy}"
    f = "fr"
    rows, net = [], Decimal(0)
    for name, lo, hi, hourly in rng.sample(CZ_ITEMS, 3):
        qty = Decimal(rng.randrange(4, 60)) if hourly else Decimal(1)
        price = Decimal(rng.randrange(lo, hi, 50))
        amt = qty * price
        net += amt
        rows.append(
            f"<tr><td>{name}</td><td class=r>{qty} {'hod' if hourly else 'ks'}</td>"
            f"<td class=r>{money(price, f)}</td>"
            f"<td class=r>21 %</td><td class=r>{money(amt, f)}</td>"
            f"<td class=r>{money(q2(amt * Decimal('1.21')), f)}</td></tr>"
        )
    dph = q2(net * Decimal("0.21"))
    total = net + dph
    ico = rng.randrange(10**7, 10**8)
    body = f"""
<div class=hd><h1>Faktura {number}</h1><div class=g style="text-align:right">Daňový doklad</div></div>
<div class=two><div><span class=g>DODAVATEL</span><br><b>{esc(legal)}</b><br>{
        rng.choice(["Vinohradská", "Údolní", "Masarykova"])
    } {rng.randrange(1, 200)}<br>{rng.choice(["120 00 Praha 2", "602 00 Brno", "779 00 Olomouc"])}<br>IČO: {
        ico
    }<br>
DIČ: CZ{ico}<br><span class=g>Zapsán v obchodním rejstříku, {
        rng.choice(["Městský soud v Praze", "Krajský soud v Brně"])
    }
</span></div><div><span class=g>ODBĚRATEL</span><br><b>{
        rng.choice(["Pekárna U Mlýna s.r.o.", "Autodoprava Novák s.r.o.", "Zubní ordinace MUDr. Horák"])
    }</b><br>{rng.choice(["Nádražní", "Polní", "Školní"])} {rng.randrange(1, 90)}<br>{
        rng.choice(["370 01 České Budějovice", "301 00 Plzeň", "500 02 Hradec Králové"])
    }<br>IČO: {rng.randrange(10**7, 10**8)}</div></div>
<div class=two><div><table class=m><tr><td class=g>Bankovní účet</td><td>{rng.randrange(10**8, 10**10)}/{
        rng.choice(["0800", "0300", "2010", "0100"])
    }</td></tr><tr><td class=g>Variabilní symbol</td><td>{vs}</td></tr><tr><td class=g>Způsob platby</td>
<td>Bankovní převod</td></tr></table></div><div><table class=m><tr><td class=g>Datum vystavení</td><td>{
        fdate(issued, d)
    }</td></tr>
<tr><td class=g>Datum zdanitelného plnění</td><td>{
        fdate(duzp, d)
    }</td></tr><tr><td class=g>Datum splatnosti</td>
<td>{fdate(due, d)}</td></tr></table></div></div>
<table class=it><tr><th>Označení dodávky</th><th class=r>Množství</th><th class=r>Cena za m.j.</th><th
class=r>DPH %</th>
<th class=r>Bez DPH</th><th class=r>S DPH</th></tr>{"".join(rows)}</table>
<table class=rk><tr><th class=g>Sazba</th><th class=g>Základ</th><th class=g>DPH</th></tr>
<tr><td>21 %</td><td class=r>{money(net, f)}</td><td class=r>{money(dph, f)}</td></tr></table>
<div class=big>Celkem k úhradě {money(total, f)} Kč</div>
<p class=g style="margin-top:30px">Fakturu vystavil: {
        rng.choice(["Petr Dvořák", "Jana Svobodová", "Tomáš Král"])
    }</p>"""
    return make(
        "fakturoid_cz",
        "cs",
        page(CZ_CSS, body, "cs"),
        repeats=frozenset({"date"} if duzp == issued else set()),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("CZK", "Kč"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(dph, money(dph, f)),
    )
