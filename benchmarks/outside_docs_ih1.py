"""Shared pieces for the held-out set "IH" (outside_invoices_ih.py): the invoice description types, number
formatting for the key and the check, and the key record.

Nothing here reads or imports the extractor's code.  The adapters that print the invoices are in
outside_docs_ih2.py (pretix) and outside_docs_ih3.py (django-oscar-invoices); the specs are in
outside_docs_ih4.py .. outside_docs_ih6.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

D = Decimal
CENT = D("0.01")
KEY_FIELDS = ("invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax")
KEYS = [*KEY_FIELDS, "lang", "country", "template", "producer"]
# currencies printed without minor units (pretix's CURRENCY_PLACES; babel agrees for these)
ZERO_PLACES = {"JPY", "KRW", "CLP", "VND"}


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    zip: str
    city: str
    country: str = ""  # ISO 3166 alpha-2
    vat: str = ""
    reg: str = ""
    contact: str = ""  # a person's name (buyer) or e-mail (seller)
    phone: str = ""
    state: str = ""


@dataclass(frozen=True)
class Line:
    desc: str
    qty: int
    price: str  # net unit price
    rate: str = "0"


@dataclass
class Spec:
    """One invoice: who, what, and the producer options (see each adapter for the option names)."""

    stem: str
    producer: str  # "pretix" | "django-oscar-invoices"
    lang: str
    country: str
    currency: str
    number: str
    date: str
    due: str | None
    seller: Party
    buyer: Party
    lines: tuple[Line, ...]
    opts: dict = field(default_factory=dict)

    @property
    def issue(self) -> date:
        return date.fromisoformat(self.date)


def places(currency: str) -> int:
    return 0 if currency in ZERO_PLACES else 2


def money(value: Decimal, currency: str = "EUR") -> str:
    """Key form: always two decimals ("n.00" for whole-unit currencies)."""
    q = D(1).scaleb(-places(currency))
    return f"{D(value).quantize(q, rounding=ROUND_HALF_UP):.2f}"


def fmt(value: Decimal, nplaces: int = 2, group: str = ",", point: str = ".") -> str:
    s = f"{abs(D(value)):.{nplaces}f}"
    whole, _, frac = s.partition(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    out = group.join(parts) + (point + frac if nplaces else "")
    return ("-" if D(value) < 0 else "") + out


def amount_forms(value: str) -> list[str]:
    t = D(value)
    forms = [f"{t:.2f}"]
    for n in (2, 0) if t == t.to_integral_value() else (2,):
        for group, point in ((",", "."), (".", ","), ("", ","), ("", "."), ("'", "."), ("\u2019", ".")):
            forms.append(fmt(t, n, group, point))
    return list(dict.fromkeys(forms))


def flat(text: str) -> str:
    import unicodedata

    # pretix's bold font has no glyph for U+202F (fr/fi digit grouping): the text layer holds U+0000 there
    text = unicodedata.normalize("NFKC", text).replace("\x00", " ")
    return re.sub(r"\s+", "", text).replace("\u2212", "-")


def found(value: str, flat_text: str) -> str | None:
    for form in amount_forms(value):
        if re.search(r"(?<!\d)(?<!\d[.,'\u2019])" + re.escape(flat(form)) + r"(?![\d]|[.,]\d)", flat_text):
            return form
    return None


def key_record(spec: Spec, template: str, **vals) -> dict:
    rec = {
        "invoice_number": spec.number,
        "date": spec.date,
        "due_date": spec.due,
        "total": vals["total"],
        "currency": spec.currency,
        "vendor_name": spec.seller.name,
        "subtotal": vals.get("subtotal"),
        "tax": vals.get("tax"),
        "lang": spec.lang,
        "country": spec.country,
        "template": template,
        "producer": spec.producer,
    }
    assert list(rec) == KEYS
    return rec


def many(prefix: str, n: int, rates: tuple[str, ...], base: int = 9) -> tuple[Line, ...]:
    """n deterministic catalogue lines (prices and quantities from fixed arithmetic, no randomness)."""
    out = []
    for i in range(1, n + 1):
        price = f"{(i * 37) % 140 + base}.00"  # whole units keep each line's tax exact to the cent
        out.append(Line(f"{prefix} {i:02d}", i % 3 + 1, price, rates[i % len(rates)]))
    return tuple(out)
