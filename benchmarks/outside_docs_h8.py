"""Set H, Story layouts: Dutch webshop factuur (2 pages), Polish faktura VAT, Czech faktura."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from outside_common_h import (
    Line,
    esc,
    eu,
    issue_due,
    make_key,
    meta,
    month_name,
    pick_lines,
    r2,
    rows,
    shift,
    sp,
    story_pdf,
    tax_of,
    total_of,
)
from outside_data_h import CATALOGS


def nl_factuur_webshop(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Two-page webshop factuur: order number/date decoys, paid by iDEAL, shipping, totals on page 2."""
    vendor = "Groen & Zoon Kantoorartikelen B.V."
    issue, _ = issue_due(rng, 0)
    wd = lambda x: f"{x.day} {month_name('nl', x)} {x.year}"  # noqa: E731
    number = f"{issue.year}-{rng.randint(10000, 19999)}"
    names = CATALOGS["nl_factuur_webshop"]
    lines = [
        Line(n, Decimal(rng.randint(1, 12)), r2(rng.randint(150, 4500) / 100)) for n in rng.sample(names, 26)
    ]
    sub = total_of(lines)
    ship = Decimal("6.95")
    btw = tax_of(sub + ship, "21")
    total = sub + ship + btw
    e = lambda x: f"€ {eu(x)}"  # noqa: E731
    table = lambda part: (  # noqa: E731
        "<table class='w'><tr><th>Product</th><th class='r'>Aantal</th><th class='r'>Prijs</th></tr>"
        + "".join(
            f"<tr><td>{esc(ln.desc)}<br/><span class='small'>SKU: GZ-{rng.randint(10000, 99999)}</span></td>"
            f"<td class='r'>{ln.qty}</td><td class='r'>{e(ln.amount)}</td></tr>"
            for ln in part
        )
        + "</table>"
    )
    part2 = "<br/>".join(
        [
            f"Factuurnummer: {number}",
            f"Factuurdatum: {wd(issue)}",
            f"Bestelnummer: {rng.randint(40000, 49999)}",
            f"Besteldatum: {wd(shift(issue, -2))}",
            "Betaalmethode: iDEAL",
        ]
    )
    page1 = f"""
<table><tr><td style="width:50%"><p style="font-size:20pt;color:#2e7d32">groen&amp;zoon</p></td><td
style="width:50%"
class="r">{esc(vendor)}<br/>Industrieweg 41<br/>3542 AD Utrecht<br/>KvK 30187744 - btw
NL815522301B01</td></tr></table>
<p style="font-size:16pt;margin-top:16px">FACTUUR</p>
<table><tr><td style="width:55%">Stichting Pensioenfonds Rijnmond<br/>t.a.v.
crediteurenadministratie<br/>Blaak 16
<br/>3011 TA Rotterdam</td><td
style="width:45%">{part2}
</td></tr></table><div style="margin-top:12px">{table(lines[:14])}</div>"""
    part3 = rows(
        [["Subtotaal", e(sub)], ["Verzendkosten", f"{e(ship)} via PostNL"], ["BTW (21%)", e(btw)]], "lr"
    )
    page2 = f"""<p class="small">Factuur {number} - vervolg</p>{table(lines[14:])}
<div style="margin-left:50%;margin-top:8px"><table
class="w">{part3}
<tr class="b"><td>Totaal</td><td class="r">{e(total)}</td></tr></table></div>
<p style="margin-top:14px">Deze bestelling is volledig betaald via iDEAL op {wd(shift(issue, -2))}. Alle
prijzen zijn
exclusief btw. Retourneren binnen 14 dagen na ontvangst.</p>"""
    css = ".w th {border-bottom: 1px solid #2e7d32;} .w td {border-bottom: 0.4px solid #ddd;}"
    story_pdf(
        path,
        [page1, page2],
        css,
        footer=lambda i, n: f"{vendor} - IBAN NL91 ABNA 0417 1643 00 - Pagina {i} van {n}",
    )
    return make_key(
        meta("nl-NL", "nl_factuur_webshop"),
        invoice_number=(number, number),
        date=(issue, wd(issue)),
        total=(total, e(total)),
        currency=("EUR", "€"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, e(sub)),
        tax=(btw, e(btw)),
    )


def pl_faktura_vat(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Polish faktura VAT: sale-date decoy, seller/buyer NIP, 23 % and 5 % with a per-rate summary."""
    vendor = "Akademia Rozwoju Kadr Łódź Sp. z o.o."
    issue, due = issue_due(rng, 14)
    number = f"FV/{rng.randint(100, 399)}/{issue.month:02d}/{issue.year}"
    items = [
        (ln, "23")
        for ln in pick_lines(
            rng,
            CATALOGS["pl_faktura_vat"],
            2,
            (1, 3),
        )
    ]
    items += [
        (ln, "5")
        for ln in pick_lines(
            rng,
            CATALOGS["pl_faktura_vat_2"],
            1,
            (5, 25),
        )
    ]
    vats = [tax_of(ln.amount, r) for ln, r in items]
    sub, vat = total_of([ln for ln, _ in items]), sum(vats, Decimal("0.00"))
    total = sub + vat
    data = [
        [i + 1, ln.desc, ln.qty, "szt.", sp(ln.unit), sp(ln.amount), f"{r}%", sp(v), sp(ln.amount + v)]
        for i, ((ln, r), v) in enumerate(zip(items, vats, strict=True))
    ]
    summ = []
    for rate in ("23", "5"):
        net = total_of([ln for ln, r in items if r == rate])
        v = sum((x for (_, r), x in zip(items, vats, strict=True) if r == rate), Decimal("0.00"))
        summ.append(["W tym", sp(net), f"{rate}%", sp(v), sp(net + v)])
    body = f"""
<table><tr><td style="width:62%"><p style="font-size:15pt" class="b">Faktura VAT nr
{number}</p><p>Oryginał</p></td>
<td style="width:38%" class="r">Miejsce wystawienia: Łódź<br/>Data wystawienia: {issue.isoformat()}<br/>Data
sprzedaży:
{shift(issue, -rng.randint(2, 6)).isoformat()}</td></tr></table>
<table style="margin-top:14px"><tr><td style="width:50%"><b>Sprzedawca</b><br/>{esc(vendor)}<br/>ul.
Piotrkowska 148
<br/>90-063 Łódź<br/>NIP: 725-218-44-91<br/>Nr konta: 12 1050 1461 1000 0090 3344 5566</td><td
style="width:50%">
<b>Nabywca</b><br/>Towarzystwo Ubezpieczeń Wzajemnych „Pomorze”<br/>ul. Grunwaldzka 211<br/>80-266 Gdańsk<br/>
NIP: 584-276-11-02</td></tr></table>
<table class="v" style="margin-top:12px"><tr><th>Lp.</th><th>Nazwa towaru lub
usługi</th><th>Ilość</th><th>J.m.</th>
<th>Cena netto</th><th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr>
{rows(data, "llrlrrrrr")}</table>
<div style="margin-left:40%;margin-top:8px"><table class="v"><tr><th></th><th>Wartość
netto</th><th>Stawka</th>
<th>Kwota VAT</th><th>Wartość brutto</th></tr>{rows(summ, "lrrrr")}
<tr class="b"><td>Razem</td><td class="r">{sp(sub)}</td><td></td><td class="r">{sp(vat)}</td><td
class="r">{sp(total)}
</td></tr></table></div>
<p style="margin-top:12px;font-size:11pt"><b>Do zapłaty: {sp(total)} PLN</b></p>
<p>Sposób płatności: przelew<br/>Termin płatności: {due.isoformat()} (14 dni)</p>
<table style="margin-top:50px"><tr><td class="c small"
style="width:50%">........................................<br/>
Osoba upoważniona do odbioru</td><td class="c small"
style="width:50%">........................................<br/>
Osoba upoważniona do wystawienia</td></tr></table>"""
    css = "body {font-family: DejaVu; font-size: 8pt;} .v td, .v th {border: 0.5px solid #777;} "
    css += ".v th {font-size: 7pt;}"
    story_pdf(path, [body], css)
    return make_key(
        meta("pl-PL", "pl_faktura_vat"),
        invoice_number=(number, number),
        date=(issue, issue.isoformat()),
        due_date=(due, due.isoformat()),
        total=(total, sp(total)),
        currency=("PLN", "PLN"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, sp(sub)),
        tax=(vat, sp(vat)),
    )


def cz_faktura(rng: random.Random, path: Path) -> tuple[dict, dict]:
    """Czech faktura - daňový doklad: variable symbol like the number, DUZP decoy, 21 % / 12 %, rounding."""
    vendor = "Vltava Facility s.r.o."
    issue, due = issue_due(rng, 14)
    d = lambda x: f"{x.day}. {x.month}. {x.year}"  # noqa: E731
    seq = rng.randint(100, 399)
    number = f"{issue.year}-{seq:04d}"
    items = [
        (ln, "21")
        for ln in pick_lines(
            rng,
            CATALOGS["cz_faktura"],
            2,
            (1, 1),
        )
    ]
    items += [(ln, "12") for ln in pick_lines(rng, CATALOGS["cz_faktura_2"], 1, (8, 30))]
    vats = [tax_of(ln.amount, r) for ln, r in items]
    sub, vat = total_of([ln for ln, _ in items]), sum(vats, Decimal("0.00"))
    exact = sub + vat
    total = r2(exact.quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    k = lambda x: f"{sp(x)} Kč"  # noqa: E731
    data = [
        [
            ln.desc,
            ln.qty,
            "ks" if r == "12" else "kpl",
            sp(ln.unit),
            f"{r} %",
            sp(ln.amount),
            sp(v),
            sp(ln.amount + v),
        ]
        for (ln, r), v in zip(items, vats, strict=True)
    ]
    recap = []
    for rate in ("21", "12"):
        net = total_of([ln for ln, r in items if r == rate])
        v = sum((x for (_, r), x in zip(items, vats, strict=True) if r == rate), Decimal("0.00"))
        recap.append([f"{rate} %", sp(net), sp(v), sp(net + v)])
    part4 = rows([["Zaokrouhlení", "", "", sp(total - exact)]], "lrrr")
    body = f"""
<p style="font-size:15pt" class="b">Faktura – daňový doklad č. {number}</p>
<table style="margin-top:10px"><tr><td style="width:50%"><b>Dodavatel</b><br/>{vendor}<br/>Na Florenci
2116/15<br/>
110 00 Praha 1<br/>IČO: 27184521 DIČ: CZ27184521<br/>Zapsáno v OR u MS v Praze, oddíl C, vložka 104477</td>
<td style="width:50%"><b>Odběratel</b><br/>Česká pojišťovací společnost, a.s.<br/>Spálená 75/16<br/>110 00
Praha 1
<br/>IČO: 45272956 DIČ: CZ45272956</td></tr></table>
<table class="z" style="margin-top:10px"><tr><td style="width:50%">Datum vystavení:
<b>{d(issue)}</b><br/>Datum
splatnosti: <b>{d(due)}</b><br/>DUZP: {d(shift(issue, -rng.randint(2, 6)))}</td><td style="width:50%">Forma
úhrady:
Převodem<br/>Bankovní účet: 2801447712/2010<br/>Variabilní symbol: {issue.year}0{seq:03d}</td></tr></table>
<table class="z" style="margin-top:10px"><tr><th>Označení dodávky</th><th class="r">Počet</th><th>MJ</th>
<th class="r">Cena za MJ</th><th class="r">DPH</th><th class="r">Bez DPH</th><th class="r">DPH</th>
<th class="r">Celkem</th></tr>{rows(data, "lrlrrrrr")}</table>
<div style="margin-left:45%;margin-top:10px"><table class="z"><tr><th>Sazba</th><th class="r">Základ</th>
<th class="r">DPH</th><th class="r">Celkem</th></tr>{rows(recap, "lrrr")}
<tr><td>Součet</td><td class="r">{sp(sub)}</td><td class="r">{sp(vat)}</td><td class="r">{sp(exact)}</td></tr>
{part4}</table>
<p style="margin-top:8px;font-size:12pt" class="r"><b>Celkem k úhradě: {k(total)}</b></p></div>
<p class="small" style="margin-top:30px">Vystavil: Petra Novotná. Faktura vystavena v systému pro
fakturaci.</p>"""
    css = "body {font-family: DejaVu; font-size: 8pt;} .z td, .z th {border-bottom: 0.5px solid #999;}"
    story_pdf(path, [body], css)
    return make_key(
        meta("cs-CZ", "cz_faktura"),
        invoice_number=(number, number),
        date=(issue, d(issue)),
        due_date=(due, d(due)),
        total=(total, k(total)),
        currency=("CZK", "Kč"),
        vendor_name=(vendor, vendor),
        subtotal=(sub, sp(sub)),
        tax=(vat, sp(vat)),
    )


DOCS = [nl_factuur_webshop, pl_faktura_vat, cz_faktura]
