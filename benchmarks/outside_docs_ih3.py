"""Adapter for the held-out set "IH" (outside_invoices_ih.py) that prints invoices with django-oscar-invoices
(PyPI `django-oscar-invoices` 0.2, the invoice add-on of the Django Oscar e-commerce framework): its
`oscar_invoices/invoice.html` Django template, rendered with Django's template engine exactly as
`oscar_invoices.utils.InvoiceCreator.render_document` does (same template name, same context keys:
invoice, order, legal_entity, legal_entity_address, plus the optional terms_and_conditions and
additional_data), with Oscar's own `currency` filter (django-oscar 4.2.1, babel) and the add-on's shipped
en/nl catalogues; the HTML is printed to PDF with WeasyPrint, as the add-on only stores HTML.

The order, its lines and the legal entity are plain stand-in objects with the attribute names the
template reads (Oscar's models would need its whole app stack and database).  Each invoice is rendered in
a child process (`python outside_docs_ih3.py --stem STEM --pdf PATH`) with its own minimal Django settings,
so that pretix's Django configuration in the parent does not leak into Oscar's rendering.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outside_docs_ih1 import CENT, D, Party, Spec, key_record, money


def build_oscar(spec: Spec, pdf: Path, work: Path) -> dict:
    """Options: locale (Django language code, e.g. en-gb), shop (shop_name), shipping (net, rate),
    discount (offer name, amount), terms, notes, web, fax, order (order number), placed (iso date)."""
    out = subprocess.run(
        [sys.executable, __file__, "--stem", spec.stem, "--pdf", str(pdf)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "worker failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


@dataclass
class _Address:
    active_address_fields: list[str]


@dataclass
class _Line:
    description: str
    quantity: int
    unit_price_excl_tax: object
    line_price_excl_tax: object


@dataclass
class _Lines:
    items: list[_Line]

    def all(self) -> list[_Line]:
        return self.items


@dataclass
class _Order:
    number: str
    date_placed: date
    currency: str
    shipping_address: _Address
    billing_address: _Address | None
    lines: _Lines
    shipping_excl_tax: object
    total_tax: object
    total_incl_tax: object
    basket_discounts: list[dict] = field(default_factory=list)
    has_shipping_discounts: bool = False
    shipping_discounts: list[dict] = field(default_factory=list)


def _fields(p: Party, country_name: str) -> list[str]:
    out = [
        p.contact,
        p.name,
        p.street,
        f"{p.city} {p.state}".strip() if p.state else p.city,
        p.zip,
        country_name,
    ]
    return [f for f in out if f]


def _country_name(code: str, locale: str) -> str:
    from babel import Locale

    return Locale.parse(locale.replace("-", "_")).territories.get(code, code)


def _render(spec: Spec, pdf: Path) -> dict:
    import oscar_invoices
    from django.conf import settings

    o = spec.opts
    locale = o.get("locale", spec.lang)
    root = Path(oscar_invoices.__file__).resolve().parent
    settings.configure(
        USE_I18N=True, USE_TZ=False, LANGUAGE_CODE=locale, INSTALLED_APPS=[],
        LOCALE_PATHS=[str(root / "locale")],
        OSCAR_DEFAULT_CURRENCY=spec.currency,
        TEMPLATES=[{
            "BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [str(root / "templates")],
            "OPTIONS": {"libraries": {"currency_filters": "oscar.templatetags.currency_filters"}},
        }],
    )  # fmt: skip
    import django
    from django.template.loader import render_to_string
    from django.utils import translation

    django.setup()
    translation.activate(locale)
    s, b = spec.seller, spec.buyer
    lines, net, tax = [], D(0), D(0)
    for ln in spec.lines:
        line_net = D(ln.price) * ln.qty
        lines.append(_Line(ln.desc, ln.qty, D(ln.price), line_net))
        net += line_net
        tax += (line_net * D(ln.rate) / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    ship_net, ship_rate = (D(x) for x in o.get("shipping", ("0.00", "0")))
    tax += (ship_net * ship_rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    discounts = []
    if o.get("discount"):
        discounts.append({"offer": o["discount"][0], "amount": D(o["discount"][1])})
    disc = sum((d["amount"] for d in discounts), D(0))
    total = net + ship_net - disc + tax
    buyer_addr = _Address(_fields(b, _country_name(b.country, locale)))
    ship_to = o.get("ship_to")
    order = _Order(
        number=o.get("order", spec.number), date_placed=date.fromisoformat(o.get("placed", spec.date)),
        currency=spec.currency, shipping_address=_Address(ship_to) if ship_to else buyer_addr,
        billing_address=buyer_addr if ship_to else None, lines=_Lines(lines), shipping_excl_tax=ship_net,
        total_tax=tax, total_incl_tax=total, basket_discounts=discounts,
    )  # fmt: skip
    summary = ", ".join(
        x for x in (s.street, f"{s.zip} {s.city}".strip(), _country_name(s.country, locale)) if x
    )
    legal_entity = {
        "shop_name": o.get("shop", s.name),
        "business_name": s.name,
        "vat_number": s.vat,
        "logo": None,
    }
    address = {"summary": summary, "phone_number": s.phone, "fax_number": o.get("fax", ""),
               "email": s.contact,
               "web_site": o.get("web", "")}  # fmt: skip
    context = {"invoice": {"number": spec.number}, "order": order, "legal_entity": legal_entity,
               "legal_entity_address": address}  # fmt: skip
    if o.get("terms"):
        context["terms_and_conditions"] = o["terms"]
    if o.get("notes"):
        context["additional_data"] = o["notes"]
    html = render_to_string("oscar_invoices/invoice.html", context)
    from weasyprint import HTML

    HTML(string=html).write_pdf(str(pdf))
    vals = {"total": money(total, spec.currency), "subtotal": None, "tax": money(tax, spec.currency)}
    return key_record(spec, "oscar_invoices/invoice.html", **vals)


def _worker(argv: list[str]) -> int:
    import argparse
    import logging

    ap = argparse.ArgumentParser()
    ap.add_argument("--stem", required=True)
    ap.add_argument("--pdf", type=Path, required=True)
    args = ap.parse_args(argv)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from outside_invoice_sets import specs_of
    from outside_invoices_ih import SPEC_MODULES

    (spec,) = [s for s in specs_of(SPEC_MODULES) if s.stem == args.stem]
    print(json.dumps(_render(spec, args.pdf), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(_worker(sys.argv[1:]))
