"""Shared pieces for the held-out set "IG" (outside_invoices_ig.py): the invoice description types, number
formatting for the key and the check, a generated logo, and the adapter that prints an invoice with the
`InvoiceGenerator` package (PyPI 1.2.0, ReportLab) through its own API and its shipped gettext catalogues.

Nothing here reads or imports the extractor's code.  The layout is the library's, not ours: we only fill
in the data through `InvoiceGenerator.api` and call `InvoiceGenerator.pdf.SimpleInvoice.gen`.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

D = Decimal
CENT = D("0.01")
KEY_FIELDS = ("invoice_number", "date", "due_date", "total", "currency", "vendor_name", "subtotal", "tax")
KEYS = [*KEY_FIELDS, "lang", "country", "template", "producer"]


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    zip: str
    city: str
    country: str = ""
    vat: str = ""
    reg: str = ""
    email: str = ""
    phone: str = ""
    bank: str = ""
    account: str = ""
    bank_code: str = ""
    note: str = ""


@dataclass(frozen=True)
class Line:
    desc: str
    qty: str
    price: str
    rate: str = "0"
    unit: str = ""
    ref: str = ""


@dataclass
class Spec:
    """One invoice: who, what, and the producer options (see each adapter for the option names)."""

    stem: str
    producer: str  # "invoicegenerator" | "pyinvoice" | "django-invoice-generator"
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

    @property
    def due_date(self) -> date | None:
        return date.fromisoformat(self.due) if self.due else None


def money(value: Decimal, places: int = 2) -> str:
    return f"{D(value).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_EVEN):.{places}f}"


def fmt(value: Decimal, places: int = 2, group: str = ",", point: str = ".") -> str:
    s = f"{abs(D(value)):.{places}f}"
    whole, _, frac = s.partition(".")
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    out = group.join(parts) + (point + frac if places else "")
    return ("-" if D(value) < 0 else "") + out


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


def make_logo(path: Path, text: str, rgb: tuple[int, int, int]) -> Path:
    """A small flat PNG logo (initials on a coloured disc), drawn deterministically with Pillow."""
    from PIL import Image, ImageDraw, ImageFont

    if path.exists():
        return path
    img = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((4, 4, 112, 112), fill=(*rgb, 255))
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    try:
        font = ImageFont.truetype(font_path, 54)
    except OSError:
        font = ImageFont.load_default()
    draw.text((22, 28), text[:2].upper(), fill=(255, 255, 255, 255), font=font)
    draw.rectangle((126, 50, 350, 70), fill=(*rgb, 255))
    img.save(path)
    return path


# --------------------------------------------------------------------------- InvoiceGenerator 1.2.0


def _ig_language(lang: str) -> None:
    """INVOICE_LANG is read by InvoiceGenerator.pdf on every call, but InvoiceGenerator.api binds its
    gettext at import; re-import conf and rebind so both follow the language (as a fresh process would)."""
    os.environ["INVOICE_LANG"] = lang
    import InvoiceGenerator.api as ig_api
    import InvoiceGenerator.conf as ig_conf

    importlib.reload(ig_conf)
    ig_api._ = ig_conf._


def build_invoicegenerator(spec: Spec, pdf: Path, work: Path) -> dict:
    """Options: title, currency_locale, use_tax, rounding, vs, ss, iban, swift, paytype, taxable (iso),
    qr, logo (rgb), creator, vat_note, proforma."""
    from reportlab import rl_config

    rl_config.invariant = 1
    _ig_language(spec.opts.get("ig_lang", spec.lang))
    from InvoiceGenerator.api import Client, Creator, Invoice, Item, Provider
    from InvoiceGenerator.pdf import SimpleInvoice

    o = spec.opts
    s, b = spec.seller, spec.buyer
    logo = ""
    if o.get("logo"):
        logo = str(make_logo(work / f"{spec.stem}_logo.png", s.name, o["logo"]))
    provider = Provider(
        s.name, address=s.street, city=s.city, zip_code=s.zip, country=s.country, phone=s.phone,
        email=s.email, bank_name=s.bank, bank_account=s.account, bank_code=s.bank_code, note=s.note,
        vat_id=s.vat, ir=s.reg, logo_filename=logo,
    )  # fmt: skip
    client = Client(
        b.name, address=b.street, city=b.city, zip_code=b.zip, country=b.country, phone=b.phone,
        email=b.email, vat_id=b.vat, ir=b.reg, note=b.note, vat_note=o.get("vat_note", ""),
    )  # fmt: skip
    inv = Invoice(client, provider, Creator(o.get("creator", "")))
    inv.title = o.get("title", "")
    inv.number = spec.number
    inv.currency = spec.currency
    inv.currency_locale = o["currency_locale"]
    inv.date = spec.issue
    inv.payback = spec.due_date
    if o.get("taxable"):
        inv.taxable_date = date.fromisoformat(o["taxable"])
    inv.variable_symbol = o.get("vs")
    inv.specific_symbol = o.get("ss")
    inv.iban = o.get("iban")
    inv.swift = o.get("swift")
    inv.paytype = o.get("paytype")
    inv.use_tax = bool(o.get("use_tax", True))
    inv.rounding_result = bool(o.get("rounding", False))
    for ln in spec.lines:
        inv.add_item(Item(D(ln.qty), D(ln.price), description=ln.desc, unit=ln.unit, tax=D(ln.rate)))
    SimpleInvoice(inv).gen(str(pdf), generate_qr_code=bool(o.get("qr")))

    places = 2
    if not inv.use_tax:
        vals = {"total": money(inv.price, places), "subtotal": None, "tax": None}
    else:
        groups = inv.generate_breakdown_vat()
        vals = {"total": money(inv.price_tax, places), "subtotal": None, "tax": None}
        if len(groups) == 1:  # a single VAT row prints the net and the tax as such
            (row,) = groups.values()
            vals["subtotal"] = money(row["total"], places)
            vals["tax"] = money(row["tax"], places)
            diff = D(vals["total"]) - D(vals["subtotal"]) - D(vals["tax"])
            rounding = money(inv.difference_in_rounding) if inv.rounding_result else "0.00"
            assert abs(diff - D(rounding)) <= CENT, (spec.stem, vals, rounding)
    return key_record(spec, "SimpleInvoice", **vals)
