"""Set "IR" (outside_invoices_ir.py): the django-invoicing adapter.

django-invoicing (PragmaticMates, 13.1.0) is driven through its own Django models (``Invoice``, ``Item``)
on a throwaway SQLite database: the invoice's totals come from the package's own signals
(``calculate_total``/``calculate_vat``), the HTML from its own ``BootstrapHTMLFormatter``
(``invoicing/formatters/bootstrap.html`` + ``html.html``, in the invoice's language from the package's own
catalogues).  The package hands that HTML to an HTML-to-PDF print service; here WeasyPrint prints it, with
the Bootstrap 4 stylesheet the template links from a CDN served from the XStatic-Bootstrap 4.5.3 wheel
(no network).

The package's VAT summary is raw SQL written for PostgreSQL's numeric type (``tax_rate/100``); on SQLite a
whole-number rate is stored as an INTEGER and that division truncates to 0, so after the migrations the
adapter gives the items' ``tax_rate`` column REAL affinity.  Every figure is then checked against an exact
decimal computation (outside_docs_ir1.expect) before the key is written.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

import contextlib
import io
from datetime import date
from pathlib import Path

from outside_docs_ih1 import D, Spec, key_record, money
from outside_docs_ir1 import expect

LANGS = [("en", "English"), ("cs", "Czech"), ("de", "German"), ("hu", "Hungarian"), ("pl", "Polish")]
LANGS += [("ro", "Romanian"), ("sk", "Slovak")]
_READY: dict[str, bool] = {}


def _setup(work: Path) -> None:
    if _READY.get("django"):
        return
    import django
    from django.conf import settings

    settings.configure(
        INSTALLED_APPS=[
            "django.contrib.contenttypes",
            "django.contrib.auth",
            "django_countries",
            "invoicing",
        ],
        DATABASES={
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(work / "invoicing.sqlite")}
        },
        USE_TZ=False,
        USE_I18N=True,
        LANGUAGE_CODE="en",
        LANGUAGES=LANGS,
        TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}],
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    )
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    with contextlib.redirect_stdout(io.StringIO()):
        call_command("migrate", verbosity=0)
    with connection.cursor() as cur:  # PostgreSQL numeric semantics for the package's raw VAT query
        cur.execute("ALTER TABLE invoicing_items RENAME COLUMN tax_rate TO tax_rate_int")
        cur.execute("ALTER TABLE invoicing_items ADD COLUMN tax_rate REAL NULL")
        cur.execute("ALTER TABLE invoicing_items DROP COLUMN tax_rate_int")
    _READY["django"] = True


def _fetcher():
    import xstatic.pkg.bootstrap as xb
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    css = Path(xb.BASE_DIR) / "css" / "bootstrap.min.css"

    class Fetch(URLFetcher):
        def fetch(self, url, headers=None):
            if url.endswith("/bootstrap.min.css"):
                return URLFetcherResponse(url, body=css.read_bytes(), headers={"Content-Type": "text/css"})
            raise ValueError(f"no network: {url}")

    return Fetch()


def build_invoicing(spec: Spec, pdf: Path, work: Path) -> dict:
    """Options: payment_method (BANK_TRANSFER, CASH, PAYMENT_CARD, ...), delivery_method, units (one
    Item unit per line: PIECES, HOURS, EMPTY), note, subtitle, reference, variable_symbol, bank=(name,
    iban, bic), issuer=(name, email, phone), customer_vat, supply (tax point date, ISO)."""
    _setup(work)
    import weasyprint
    from invoicing.formatters.html import BootstrapHTMLFormatter
    from invoicing.models import Invoice, Item

    o, s, b = spec.opts, spec.seller, spec.buyer
    bank_name, iban, bic = o.get("bank", ("", "", ""))
    issuer = o.get("issuer", ("", "", ""))
    inv = Invoice(
        number=spec.number,
        language=spec.lang,
        date_issue=spec.issue,
        date_tax_point=date.fromisoformat(o.get("supply", spec.date)),
        date_due=date.fromisoformat(spec.due),
        currency=spec.currency,
        payment_method=o.get("payment_method", "BANK_TRANSFER"),
        delivery_method=o.get("delivery_method", "DIGITAL"),
        note=o.get("note", ""),
        subtitle=o.get("subtitle", ""),
        reference=o.get("reference", ""),
        variable_symbol=o.get("variable_symbol"),
        bank_name=bank_name,
        bank_iban=iban,
        bank_swift_bic=bic,
        issuer_name=issuer[0],
        issuer_email=issuer[1],
        issuer_phone=issuer[2],
        supplier_name=s.name,
        supplier_street=s.street,
        supplier_zip=s.zip,
        supplier_city=s.city,
        supplier_country=s.country,
        supplier_registration_id=s.reg,
        supplier_tax_id=o.get("supplier_tax_id", ""),
        supplier_vat_id=s.vat,
        customer_name=b.name,
        customer_street=b.street,
        customer_zip=b.zip,
        customer_city=b.city,
        customer_country=b.country,
        customer_registration_id=b.reg,
        customer_vat_id=b.vat,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # the sequence helper prints a notice
        inv.save()
    units = o.get("units") or ("PIECES",) * len(spec.lines)
    for ln, unit in zip(spec.lines, units, strict=True):
        Item.objects.create(
            invoice=inv,
            title=ln.desc,
            quantity=D(ln.qty),
            unit_price=D(ln.price),
            tax_rate=D(ln.rate),
            unit=unit,
        )
    inv = Invoice.objects.get(pk=inv.pk)
    exp = expect(spec.lines)
    got = {"net": D(inv.subtotal), "tax": D(inv.vat), "total": D(inv.total)}
    if {k: money(v) for k, v in got.items()} != {
        k: money(v) for k, v in exp.items()
    } or inv.to_pay != inv.total:
        raise AssertionError(f"django-invoicing computed {got}, expected {exp}")
    html = BootstrapHTMLFormatter(inv).get_response().content.decode("utf-8")
    (work / f"{spec.stem}.html").write_text(html, encoding="utf-8")
    weasyprint.HTML(string=html, url_fetcher=_fetcher()).write_pdf(str(pdf))
    return key_record(
        spec,
        "invoicing/formatters/bootstrap.html",
        total=money(got["total"]),
        subtotal=money(got["net"]),
        tax=money(got["tax"]),
    )
