"""Fake content for synthetic documents: locale profiles, printed formats of dates and amounts, and the
`DocSpec` every template draws from.

A `DocSpec` holds both what is printed (label and value strings, exactly as drawn) and the ground truth
(normalised values), so the truth can never drift from the rendering. The builders per document type
live in synth_invoice.py (invoices, receipts) and synth_forms.py (claims, forms).
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from faker import Faker

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Profile:
    """How one region prints things."""

    name: str
    faker_locale: str
    currency: str  # ISO 4217
    symbol: str
    thousands: str
    decimal: str
    date_patterns: tuple[str, ...]
    money_patterns: tuple[
        str, ...
    ]  # {sym} {code} {num}; "{num}" alone means the currency is printed elsewhere
    taxes: tuple[tuple[str, Decimal], ...]
    phones: tuple[str, ...]
    suffixes: tuple[str, ...]


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "us", "en_US", "USD", "$", ",", ".",
            ("{mm}/{dd}/{yyyy}", "{mon} {d}, {yyyy}", "{yyyy}-{mm}-{dd}", "{month} {d}, {yyyy}"),
            ("{sym}{num}", "{num}", "{code} {num}", "{sym} {num}"),
            (("Sales Tax", Decimal("8.25")), ("Tax", Decimal("7")), ("Sales Tax", Decimal("6.5"))),
            ("(###) ###-####", "###-###-####", "+1 ###-###-####"),
            ("Inc.", "LLC", "Corp.", "Co.", "Group"),
        ),
        Profile(
            "gb", "en_GB", "GBP", "£", ",", ".",
            ("{dd}/{mm}/{yyyy}", "{d} {mon} {yyyy}", "{yyyy}-{mm}-{dd}", "{d} {month} {yyyy}"),
            ("{sym}{num}", "{num}", "{code} {num}"),
            (("VAT", Decimal("20")), ("VAT", Decimal("5"))),
            ("0#### ######", "+44 20 #### ####", "01### ######"),
            ("Ltd", "Limited", "PLC", "LLP"),
        ),
        Profile(
            "de", "de_DE", "EUR", "€", ".", ",",
            ("{dd}.{mm}.{yyyy}", "{yyyy}-{mm}-{dd}", "{d} {mon} {yyyy}"),
            ("{num} {sym}", "{num} {code}", "{code} {num}", "{num}"),
            (("MwSt.", Decimal("19")), ("VAT", Decimal("19")), ("MwSt.", Decimal("7"))),
            ("+49 ### #######", "0### ######", "+49 (0)## ########"),
            ("GmbH", "AG", "KG", "GmbH & Co. KG"),
        ),
        Profile(
            "fr", "fr_FR", "EUR", "€", " ", ",",
            ("{dd}/{mm}/{yyyy}", "{yyyy}-{mm}-{dd}", "{d} {mon} {yyyy}"),
            ("{num} {sym}", "{num} {code}", "{num}"),
            (("TVA", Decimal("20")), ("TVA", Decimal("10"))),
            ("01 ## ## ## ##", "+33 # ## ## ## ##"),
            ("SARL", "SAS", "SA"),
        ),
        Profile(
            "my", "en_MS", "MYR", "RM", ",", ".",
            ("{dd}/{mm}/{yyyy}", "{dd}-{mm}-{yyyy}", "{d} {mon} {yyyy}", "{yyyy}-{mm}-{dd}"),
            ("{sym} {num}", "{sym}{num}", "{num}"),
            (("GST", Decimal("6")), ("SST", Decimal("6")), ("Service Tax", Decimal("10"))),
            ("03-#### ####", "012-### ####", "07-### ####"),
            ("SDN BHD", "SDN. BHD.", "ENTERPRISE", "TRADING", "(M) SDN BHD"),
        ),
        Profile(
            "au", "en_AU", "AUD", "A$", ",", ".",
            ("{dd}/{mm}/{yyyy}", "{d} {mon} {yyyy}", "{yyyy}-{mm}-{dd}"),
            ("{sym}{num}", "{code} {num}", "{num}"),
            (("GST", Decimal("10")),),
            ("(0#) #### ####", "04## ### ###", "+61 # #### ####"),
            ("Pty Ltd", "Pty. Ltd.", "Group"),
        ),
    )
}  # fmt: skip


@functools.cache
def faker_for(locale: str) -> Faker:
    return Faker(locale)


def format_date(d: date, pattern: str) -> str:
    month = MONTHS[d.month - 1]
    return pattern.format(
        d=d.day, dd=f"{d.day:02d}", mm=f"{d.month:02d}", yyyy=d.year, yy=f"{d.year % 100:02d}",
        mon=month[:3], month=month,
    )  # fmt: skip


def format_number(value: Decimal, profile: Profile) -> str:
    """1234.5 -> '1,234.50' / '1.234,50' / '1 234,50' by the profile's separators."""
    text = f"{value:,.2f}"
    return text.replace(",", "\0").replace(".", profile.decimal).replace("\0", profile.thousands)


def format_money(value: Decimal, profile: Profile, pattern: str) -> str:
    return pattern.format(sym=profile.symbol, code=profile.currency, num=format_number(value, profile))


def norm_amount(value: Decimal) -> str:
    return f"{value.quantize(CENT, ROUND_HALF_UP):.2f}"


def money(rnd: random.Random, low: float, high: float) -> Decimal:
    """A price; a third of them round."""
    value = Decimal(str(round(rnd.uniform(low, high), 2)))
    if rnd.random() < 0.33:
        value = value.quantize(Decimal("1"), ROUND_HALF_UP) or Decimal("1")
    return value.quantize(CENT)


def random_date(rnd: random.Random, start: int = 2019, years: int = 7) -> date:
    return date(start, 1, 1) + timedelta(days=rnd.randrange(365 * years))


@dataclass
class Table:
    columns: list[str]
    align: list[str]  # left | right | center per column
    widths: list[float]  # minimum share of the table width; numeric columns grow to fit their cells
    rows: list[list[str]]


@dataclass
class DocSpec:
    """What a template draws and the ground truth it stands for."""

    doc_type: str
    profile: Profile
    title: str
    issuer: str
    issuer_lines: list[str]
    contact_lines: list[str] = field(default_factory=list)
    meta: list[tuple[str, str]] = field(default_factory=list)  # (label, printed value)
    party: tuple[str, list[str]] | None = None
    sections: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    table: Table | None = None
    totals: list[tuple[str, str]] = field(default_factory=list)
    total_label: str = ""  # the totals row to emphasise
    notes: list[str] = field(default_factory=list)
    page2_sections: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    page2_table: Table | None = None
    page2_notes: list[str] = field(default_factory=list)
    pages: int = 1
    fields: dict[str, str | None] = field(default_factory=dict)
    raw: dict[str, str | None] = field(default_factory=dict)
    line_items: list[dict[str, str]] = field(default_factory=list)

    def put(self, name: str, value: str | None, raw: str | None) -> None:
        self.fields[name] = value
        self.raw[name] = raw


# --------------------------------------------------------------------------- shared fake data

TRADES = (
    "Supplies", "Trading", "Consulting", "Logistics", "Engineering", "Services", "Hardware",
    "Office Solutions", "Print Works", "Electrical", "Systems", "Software", "Packaging", "Builders",
)  # fmt: skip
SHOPS = (
    "Mini Market", "Bakery", "Restaurant", "Cafe", "Pharmacy", "Bookstore", "Hardware", "Stationery",
    "Supermarket", "Kopitiam", "Food Court", "Convenience Store", "Florist", "Electronics",
)  # fmt: skip


def company_name(fake: Faker, rnd: random.Random, profile: Profile, trades: tuple[str, ...] = TRADES) -> str:
    suffix = rnd.choice(profile.suffixes)
    last = fake.last_name()
    style = rnd.randrange(4)
    if style == 0:
        return f"{last} {rnd.choice(trades)} {suffix}"
    if style == 1:
        return f"{last} & {fake.last_name()} {suffix}"
    if style == 2:
        return f"{fake.city()} {rnd.choice(trades)} {suffix}"
    return f"{last} {rnd.choice(trades)}"


def address_lines(fake: Faker, rnd: random.Random) -> list[str]:
    """Two or three printed lines, without trailing commas."""
    lines = [part.strip() for part in fake.address().split("\n") if part.strip()]
    if len(lines) == 1 and len(lines[0]) > 40:  # one long line (en_MS): break it at its commas
        lines = [part.strip() for part in lines[0].split(", ") if part.strip()]
    while len(lines) > 3:  # join the shortest neighbours
        i = min(range(len(lines) - 1), key=lambda k: len(lines[k]) + len(lines[k + 1]))
        lines[i : i + 2] = [f"{lines[i]}, {lines[i + 1]}"]
    if len(lines) == 1 and rnd.random() < 0.5:
        lines.append(fake.city())
    return lines


def phone(fake: Faker, rnd: random.Random, profile: Profile) -> str:
    return fake.numerify(rnd.choice(profile.phones))


def email_for(name: str, fake: Faker) -> str:
    local = "".join(ch for ch in name.lower().split(" ")[0] if ch.isascii() and ch.isalnum()) or "info"
    return f"{local}@{fake.domain_name()}"
