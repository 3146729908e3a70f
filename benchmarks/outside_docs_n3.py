"""Set N, case 5: a Dutch factuur followed by its pakbon (delivery note): the same items under other numbers
and dates (WeasyPrint)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_n import (
    EU,
    Built,
    Inv,
    Shown,
    by_rate,
    digits,
    fdate,
    make_key,
    pct,
    pick_items,
)
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import INSTALL
from outside_html_n import block, esc, page, rows, weasy
from outside_scan_n import merge


def n05_nl_delivery(rng: random.Random) -> Built:
    issued = pick_date(rng)
    items = pick_items(rng, [(d, lo, hi) for d, lo, hi, _ in INSTALL], 5, (1, 2, 3, 4, 6, 8, 12))
    rates = {d: Decimal(r) for d, _, _, r in INSTALL}
    for it in items:
        it.rate, it.code = rates[it.desc], f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        it.qty = it.qty if "per" in it.desc else min(it.qty, Decimal(3))
        it.unit = "uur" if "uur" in it.desc else ("m" if "meter" in it.desc else "st")
    inv = Inv(
        f"{issued.year}{rng.randint(10000, 19999)}",
        issued,
        issued + timedelta(days=14),
        "EUR",
        "Van der Meulen Installatietechniek B.V.",
        items,
    )
    inv.taxes = [(f"BTW {pct(r)}%", t) for r, _, t in by_rate(items)]
    client, order = f"{rng.randint(20000, 29999)}", f"VO-{digits(rng, 6)}"
    p: Shown = {}

    def eur(x: Decimal) -> str:
        return "€ " + EU(x)

    nl = "{dd}-{mm}-{yyyy}"
    strip = [
        ["Factuurnummer", "Factuurdatum", "Klantnummer", "Vervaldatum"],
        [
            put(p, "invoice_number", "Factuurnummer", inv.number),
            put(p, "date", "Factuurdatum", fdate(issued, nl)),
            client,
            put(p, "due_date", "Vervaldatum", fdate(inv.due, nl)),
        ],
    ]
    lines = [
        [i.code, i.desc, EU(i.qty, 0), i.unit, eur(i.price), f"{pct(i.rate)}%", eur(i.net)] for i in items
    ]
    bases = by_rate(items)
    totals = [["Subtotaal excl. BTW", put(p, "subtotal", "Subtotaal excl. BTW", eur(inv.subtotal))]]
    totals += [[f"BTW {pct(r)}% over {eur(b)}", eur(t)] for r, b, t in bases]
    totals += [["Totaal incl. BTW", put(p, "total", "Totaal incl. BTW", eur(inv.total))]]
    put(p, "tax", "", "|".join(eur(t) for _, _, t in bases))
    put(p, "currency", "", "€")
    put(p, "vendor_name", "", inv.vendor)
    head = """<div class="logo"><b>VAN DER MEULEN</b><br>installatietechniek<br><span
class="small">Kanaalweg 31
<br>3526 KM Utrecht<br>030 - 288 41 70<br>info@vdmeulen-installatie.nl</span></div>"""
    body = f"""{head}<div class="window">{block(["Fam. De Wit", "Oudegracht 112", "3511 AX Utrecht"])}</div>
<h1>Factuur</h1>{rows(strip[1:], "strip", strip[0])}
<p>Uw referentie: onderhoud CV-installatie Oudegracht 112 &middot; Ordernummer {esc(order)}</p>
{rows(lines, "items", ["Art.nr.", "Omschrijving", "Aantal", "Eenh.", "Prijs", "BTW", "Bedrag"], "llrlrrr")}
{rows(totals, "totals", align="lr")}
<p>Wij verzoeken u het totaalbedrag v&oacute;&oacute;r de vervaldatum over te maken op IBAN NL91 ABNA 0417
1643 00
t.n.v. {esc(inv.vendor)} o.v.v. het factuurnummer.</p>
<div class="foot">{esc(inv.vendor)} &middot; KvK 30187452 &middot; BTW NL8123.45.678.B01 &middot;
IBAN NL91 ABNA 0417 1643 00<br>Op al onze leveringen zijn de Algemene Voorwaarden Techniek Nederland van
toepassing.</div>"""
    css = """.logo { position: absolute; right: 0; top: 0; text-align: right; color: #c0392b; font-size: 14pt;
 line-height: 1.1; } .logo span { color: #333; } .window { margin-top: 32mm; height: 30mm; font-size: 10pt; }
h1 { font-weight: normal; font-size: 20pt; color: #c0392b; margin: 6mm 0 3mm; }
.strip { width: 100%; } .strip th { text-align: left; font-size: 7.5pt; color: #777; font-weight: normal; }
.strip td { font-size: 10pt; border-bottom: 1px solid #c0392b; }
.items { width: 100%; margin-top: 6mm; } .items th { border-bottom: 1px solid #333; text-align: left; }
.items td { padding: 4px 5px; } .totals { margin-left: auto; margin-top: 5mm; border-top: 1px solid #333; }
.totals tr:last-child td { font-weight: bold; font-size: 11pt; }
.foot { position: absolute; bottom: 0; font-size: 7pt; color: #666; }"""
    source = weasy(page(body, css, lang="nl"))
    slip_no, delivered = f"PB{rng.randint(400000, 499999)}", issued - timedelta(days=rng.randint(3, 9))
    slip_rows = [[i.code, i.desc, EU(i.qty, 0), i.unit, ""] for i in items]
    slip = f"""{head}<div class="window">{
        block(["Afleveradres:", "Fam. De Wit", "Oudegracht 112 (achterom)", "3511 AX Utrecht"])
    }</div>
<h1>Pakbon</h1>{
        rows(
            [[slip_no, fdate(delivered, nl), order, client]],
            "strip",
            ["Pakbonnummer", "Leverdatum", "Ordernummer", "Klantnummer"],
        )
    }
{rows(slip_rows, "items", ["Art.nr.", "Omschrijving", "Aantal", "Eenh.", "Geleverd"], "llrlc")}
<p>Aantal colli: {rng.randint(2, 6)} &middot; Totaal gewicht: {
        EU(Decimal(rng.randint(1200, 9800)) / 100)
    } kg</p>
<p>Goederen in goede staat ontvangen:<br><br>Naam: ______________________ Handtekening: ______________</p>
<div class="foot">KvK 30187452 &middot; BTW NL8123.45.678.B01 &middot; Geen factuur. De factuur volgt
separaat.</div>"""
    key = make_key(
        inv,
        lang="nl-NL",
        template="nl-installateur-pakbon",
        producer="weasyprint",
        case="factuur followed by its pakbon (slip number, delivery date, order and client numbers, "
        "weight); BTW 21% and 9% printed apart with their bases",
    )
    return Built("n05_nl_delivery", "pdf", merge([source, weasy(page(slip, css, lang="nl"))]), key, source, p)


CASES = [n05_nl_delivery]
