"""Shared pieces of set E (benchmarks/outside_invoices_e.py): the document record, line items and totals,
and number/date formatting in the styles real invoicing software prints.

Every renderer passes the printed form of each key value through ``Doc.k`` so that ``--check`` can verify
the PDF's text layer really contains it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from outside_locale import MONTHS as LOCALE_MONTHS

CENT = Decimal("0.01")

MONTHS = {
    **LOCALE_MONTHS,  # en de fr es it nl pt, as the earlier sets write them
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
    "grudnia",
}


@dataclass
class Doc:
    """One invoice: its key, what was printed for each key value, and the rendered source."""

    template: str
    producer: str
    lang: str
    key: dict[str, str | None] = field(default_factory=dict)
    printed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    html: str = ""
    pdf: object | None = None
    drawn: list[str] = field(default_factory=list)

    def k(self, name: str, text: str) -> str:
        """Record ``text`` as the printed form of key field ``name`` and return it unchanged."""
        self.printed[name] = (text,)
        return text

    def parts(self, name: str, *texts: str) -> None:
        """Record the printed parts of a value that is a sum of printed lines (tax over several rates)."""
        self.printed[name] = texts


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: Decimal
    rate: Decimal = Decimal(0)
    disc: Decimal = Decimal(0)
    code: str = ""

    @property
    def amount(self) -> Decimal:
        gross = self.qty * self.unit
        return (gross - gross * self.disc / 100).quantize(CENT, ROUND_HALF_UP)


def r2(v: Decimal, places: int = 2) -> Decimal:
    return v.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def make_items(
    rng: random.Random,
    pool: list[str],
    n: int,
    lo: int,
    hi: int,
    rates: list[Decimal] | None = None,
    cents: bool = True,
    qty_max: int = 6,
    disc_p: float = 0.0,
) -> list[Item]:
    """``n`` distinct line items with prices in [lo, hi]; whole-unit prices when ``cents`` is false (JPY)."""
    descs = rng.sample(pool, min(n, len(pool)))
    while len(descs) < n:
        descs.append(f"{rng.choice(pool)} ({rng.choice('ABCDEFGH')}{rng.randint(1, 99)})")
    out = []
    for d in descs:
        price = Decimal(rng.randint(lo * 100, hi * 100)) / 100 if cents else Decimal(rng.randint(lo, hi))
        if not cents:
            price = price.quantize(Decimal(1))
        qty = Decimal(rng.choice([1, 1, 1, 2, 3, rng.randint(1, qty_max)]))
        disc = Decimal(rng.choice([0, 0, 5, 10, 15])) if rng.random() < disc_p else Decimal(0)
        rate = rng.choice(rates) if rates else Decimal(0)
        out.append(Item(d, qty, price, rate, disc, f"{rng.randint(100, 999)}-{rng.randint(10, 99)}"))
    return out


def tax_by_rate(items: list[Item], places: int = 2) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, net base, tax) per distinct rate, highest rate first, tax rounded per rate group."""
    groups: dict[Decimal, Decimal] = {}
    for it in items:
        groups[it.rate] = groups.get(it.rate, Decimal(0)) + it.amount
    return [(r, b, r2(b * r / 100, places)) for r, b in sorted(groups.items(), reverse=True)]


def num(v: Decimal, th: str = ",", dec: str = ".", places: int = 2, indian: bool = False) -> str:
    """``v`` with thousands separator ``th`` and decimal mark ``dec``; lakh grouping when ``indian``."""
    q = r2(v, places)
    sign = "-" if q < 0 else ""
    ip, _, fp = f"{abs(q):f}".partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        ip = th.join([head, *parts, tail]) if head else th.join([*parts, tail])
    else:
        ip = f"{int(ip):,}".replace(",", th)
    return sign + ip + (dec + fp if places else "")


def fdate(d: date, pattern: str, lang: str = "en") -> str:
    """Format with tokens DD/D, MMMM/MMM/MM/M, YYYY/YY (everything else is literal)."""
    months = MONTHS[lang].split()

    def sub(m: re.Match[str]) -> str:
        t = m.group(0)
        return {
            "DD": f"{d.day:02d}",
            "D": str(d.day),
            "MMMM": months[d.month - 1],
            "MMM": months[d.month - 1][:3].rstrip("."),
            "MM": f"{d.month:02d}",
            "M": str(d.month),
            "YYYY": str(d.year),
            "YY": f"{d.year % 100:02d}",
        }[t]

    return re.sub(r"YYYY|YY|MMMM|MMM|MM|M|DD|D", sub, pattern)


def issue_date(rng: random.Random) -> date:
    return date(2024, 9, 1) + timedelta(days=rng.randint(0, 420))


def key_of(
    no: str,
    issued: date,
    due: date | None,
    total: Decimal,
    cur: str,
    vendor: str,
    subtotal: Decimal | None,
    tax: Decimal | None,
) -> dict[str, str | None]:
    return {
        "invoice_number": no,
        "date": issued.isoformat(),
        "due_date": due.isoformat() if due else None,
        "total": str(total),
        "currency": cur,
        "vendor_name": vendor,
        "subtotal": str(subtotal) if subtotal is not None else None,
        "tax": str(tax) if tax is not None else None,
    }


def street(rng: random.Random, lang: str) -> list[str]:
    """Two address lines in the style of ``lang``."""
    n = rng.randint(1, 240)
    if lang == "de":
        return [
            f"{rng.choice(['Lindenstraße', 'Hauptstr.', 'Am Markt', 'Gartenweg'])} {n}",
            f"{rng.randint(10000, 99999)} {rng.choice(['Leipzig', 'Kassel', 'Ulm', 'Bremen'])}",
        ]
    if lang == "fr":
        return [
            f"{n} {rng.choice(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire'])}",
            f"{rng.randint(10, 95)}{rng.randint(100, 999)} {rng.choice(['Lyon', 'Nantes', 'Rennes'])}",
        ]
    if lang == "es":
        return [
            f"C/ {rng.choice(['Mayor', 'Alcalá', 'de la Paz'])}, {n}",
            f"{rng.randint(10000, 52999)} {rng.choice(['Valencia', 'Zaragoza', 'Murcia'])}",
        ]
    if lang == "it":
        return [
            f"Via {rng.choice(['Roma', 'Garibaldi', 'dei Mille'])} {n}",
            f"{rng.randint(10010, 98100)} {rng.choice(['Torino (TO)', 'Bologna (BO)', 'Bari (BA)'])}",
        ]
    if lang == "nl":
        return [
            f"{rng.choice(['Kerkstraat', 'Stationsweg', 'Dorpsstraat'])} {n}",
            f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'CD', 'EF', 'GH'])} "
            f"{rng.choice(['Utrecht', 'Zwolle', 'Delft'])}",
        ]
    if lang == "pt":
        return [
            f"Rua {rng.choice(['das Flores', 'Augusta', 'do Carmo'])}, {n}",
            f"{rng.randint(1000, 4999)}-{rng.randint(100, 999)} {rng.choice(['Lisboa', 'Porto', 'Braga'])}",
        ]
    town = {
        "au": ["Parramatta NSW 2150", "Fortitude Valley QLD 4006", "Fremantle WA 6160", "Geelong VIC 3220"],
        "us": ["Springfield, IL 62704", "Boise, ID 83702", "Raleigh, NC 27601", "Tacoma, WA 98402"],
        "uk": ["Leeds LS1 4AP", "Bristol BS1 5TR", "Norwich NR2 1RQ", "Cardiff CF10 1EP"],
        "ie": ["Cork T12 X2V9", "Galway H91 E2K3", "Dublin 8, D08 T6YA", "Limerick V94 R5P2"],
    }.get(lang, ["Leeds LS1 4AP", "Boise, ID 83702", "Cork T12 X2V9", "Geelong VIC 3220"])
    return [
        f"{n} {rng.choice(['King Street', 'Harbour Rd', 'Elm Avenue', 'Station Lane'])}",
        rng.choice(town),
    ]
