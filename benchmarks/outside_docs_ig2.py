"""Adapters for the held-out set "IG" (outside_invoices_ig.py) that print with two further real invoicing
packages, each used as shipped:

* `PyInvoice` (PyPI 0.1.7, CiCiApp, ReportLab platypus): `pyinvoice.templates.SimpleInvoice`, English only;
  it prints no currency, so the currency goes into the library's own bottom tip line.
* `invoice_generator` (PyPI 0.0.2, NyanKiyoshi, Django + WeasyPrint): its `templates/index.html` and
  `style.css` rendered by `invoice_generator.builder.generate_pdf`, with its shipped en/de/fr Django
  catalogues.  Its apps.py imports `ugettext_lazy` (gone since Django 4), so the package is not put in
  INSTALLED_APPS; its template folder and locale folder are handed to Django directly instead.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP
from pathlib import Path

from outside_docs_ig1 import CENT, D, Spec, key_record

# --------------------------------------------------------------------------- PyInvoice 0.1.7


def build_pyinvoice(spec: Spec, pdf: Path, work: Path) -> dict:
    """Options: tax_rate, paid, tip, client_id, transactions [(gateway, id, iso date, amount)], title."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from pyinvoice.models import ClientInfo, InvoiceInfo, PDFInfo, ServiceProviderInfo, Transaction
    from pyinvoice.models import Item as PItem
    from pyinvoice.templates import SimpleInvoice

    o = spec.opts
    s, b = spec.seller, spec.buyer
    doc = SimpleInvoice(str(pdf), pdf_info=PDFInfo(title=o.get("title", "Invoice"), author=s.name))
    doc.is_paid = bool(o.get("paid"))
    doc.invoice_info = InvoiceInfo(spec.number, spec.issue, spec.due_date)
    doc.service_provider_info = ServiceProviderInfo(
        name=s.name, street=s.street, city=s.city, state=o.get("seller_state"), country=s.country,
        post_code=s.zip, vat_tax_number=s.vat or None,
    )  # fmt: skip
    doc.client_info = ClientInfo(
        name=b.name, street=b.street, city=b.city, state=o.get("buyer_state"), country=b.country,
        post_code=b.zip, email=b.email or None, client_id=o.get("client_id"),
    )  # fmt: skip
    subtotal = D(0)
    for ln in spec.lines:
        doc.add_item(PItem(ln.ref or ln.unit, ln.desc, int(D(ln.qty)), ln.price))
        subtotal += int(D(ln.qty)) * D(ln.price)
    rate = o.get("tax_rate")
    tax = None
    if rate is not None:
        doc.set_item_tax_rate(rate)
        tax = subtotal * D(str(rate)) / D(100)
    total = (subtotal + (tax or D(0))).quantize(CENT, rounding=ROUND_HALF_UP)
    for gateway, tid, when, amount in o.get("transactions", ()):
        doc.add_transaction(Transaction(gateway, tid, _iso(when), amount))
    if o.get("tip"):
        doc.set_bottom_tip(o["tip"])
    doc.finish()
    vals = {
        "total": f"{total:.2f}",
        "subtotal": f"{subtotal.quantize(CENT, rounding=ROUND_HALF_UP):.2f}",
        "tax": None if tax is None else f"{tax.quantize(CENT, rounding=ROUND_HALF_UP):.2f}",
    }
    return key_record(spec, "SimpleInvoice", **vals)


def _iso(when: str) -> date:
    return date.fromisoformat(when)


# --------------------------------------------------------------------------- invoice_generator 0.0.2

_DJANGO_READY = False


def _django_setup() -> Path:
    global _DJANGO_READY
    import invoice_generator

    base = Path(invoice_generator.__file__).resolve().parent
    if not _DJANGO_READY:
        import django
        from django.conf import settings

        settings.configure(
            USE_I18N=True,
            USE_TZ=False,
            LANGUAGE_CODE="en",
            LOCALE_PATHS=[str(base / "locale")],
            TEMPLATES=[
                {
                    "BACKEND": "django.template.backends.django.DjangoTemplates",
                    "DIRS": [str(base / "templates")],
                }
            ],
        )
        django.setup()
        _DJANGO_READY = True
    return base


def build_django_invoice_generator(spec: Spec, pdf: Path, work: Path) -> dict:
    """Options: tax_rate (str), customer_id, discount (negative str), shipping (str), ship_from/ship_to
    (iso), executive, executive_text, footer (lines), vat (seller VAT id is spec.seller.vat)."""
    _django_setup()
    from django.utils import translation
    from invoice_generator.builder import generate_pdf
    from invoice_generator.models import Address, Executive, Invoice, Order, OrderItem, Vendor

    o = spec.opts
    s, b = spec.seller, spec.buyer
    translation.activate(spec.lang)
    try:
        vendor = Vendor(
            Executive(o.get("executive", ""), o.get("executive_text", "")),
            Address(s.name, s.street, s.zip, s.city),
            s.vat,
            tuple(o.get("footer", ())),
        )
        rate = D(o["tax_rate"])
        lines_net = [(ln, D(ln.qty) * D(ln.price)) for ln in spec.lines]
        items_total = sum((n for _, n in lines_net), D(0))
        discount = D(o.get("discount", "0"))
        shipping = D(o.get("shipping", "0"))
        net = (items_total + discount + shipping).quantize(CENT, rounding=ROUND_HALF_UP)
        tax = (net * rate / D(100)).quantize(CENT, rounding=ROUND_HALF_UP)
        gross = net + tax
        ship_range = None
        if o.get("ship_from"):
            ship_range = (_iso(o["ship_from"]), _iso(o["ship_to"]))
        order = Order(
            spec.number, o.get("customer_id", ""), spec.issue, spec.due_date, ship_range, o["tax_rate"],
            discount or None, shipping or None, tax, net, gross,
        )  # fmt: skip
        items = [
            OrderItem(
                order, ln.ref, ln.desc, _qty(D(ln.qty)), D(ln.price), n, ln.rate if ln.rate != "0" else None
            )
            for ln, n in lines_net
        ]
        invoice = Invoice(order, vendor, Address(b.name, b.street, b.zip, b.city), items)
        static = _static_folder(work, spec)
        generate_pdf(spec.currency, invoice, static_path=str(static)).write_pdf(str(pdf))
    finally:
        translation.deactivate()
    vals = {"total": f"{gross:.2f}", "subtotal": f"{net:.2f}", "tax": f"{tax:.2f}"}
    return key_record(spec, "index.html", **vals)


def _static_folder(work: Path, spec: Spec) -> Path:
    """The package's own static folder (style.css) with its sample logo (a real shop's mark) replaced by a
    plain geometric SVG in the seller's colour, passed through generate_pdf's static_path argument."""
    import shutil

    import invoice_generator

    src = Path(invoice_generator.__file__).resolve().parent / "templates"
    dst = work / f"{spec.stem}_static"
    dst.mkdir(parents=True, exist_ok=True)
    shutil.copy(src / "style.css", dst / "style.css")
    colour = spec.opts.get("logo_colour", "#2f5d8a")
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48">'
        f'<circle cx="24" cy="24" r="22" fill="{colour}"/><rect x="54" y="18" width="100" height="12" '
        f'fill="{colour}"/></svg>'
    )
    (dst / "logo-document.svg").write_text(svg, encoding="utf-8")
    return dst


def _qty(q):
    return int(q) if q == q.to_integral_value() else q


PRODUCERS = {"pyinvoice": build_pyinvoice, "django-invoice-generator": build_django_invoice_generator}
