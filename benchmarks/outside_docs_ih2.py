"""Adapter for the held-out set "IH" (outside_invoices_ih.py) that prints invoices with pretix (PyPI
`pretix` 2026.8.0, the ticketing/event shop; ReportLab).  The invoice goes through pretix's own code path:
a throwaway SQLite database (schema from the models, `migrate --run-syncdb`, nothing from the network),
an Organizer, an Event with its invoice settings, TaxRules, Items, an Order with positions, fees, a payment
and an InvoiceAddress; then `pretix.base.services.invoices.build_invoice` (which writes the addresses,
lines, texts and tax notes) and the event's configured renderer (`classic`, `modern1` or
`modern1simplified` from pretix.base.invoicing.pdf), inside pretix's `language()` context so its own
translations and babel number formats are used.  Only the invoice number and date are set by hand
(pretix would take them from a counter and the clock).

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from outside_docs_ih1 import D, Spec, key_record, money, places

_STATE: dict = {}


def _setup(work: Path) -> None:
    if _STATE.get("ready"):
        return
    data = work / "pretix-data"
    data.mkdir(parents=True, exist_ok=True)
    cfg = work / "pretix.cfg"
    cfg.write_text(
        f"[pretix]\ndatadir={data}\ninstance_name=ih\nurl=http://localhost\n"
        "[database]\nbackend=sqlite3\n[django]\nsecret=ih-throwaway\ndebug=false\n",
        encoding="utf-8",
    )
    os.environ["PRETIX_CONFIG_FILE"] = str(cfg)
    os.environ["DJANGO_SETTINGS_MODULE"] = "pretix.settings"
    import django

    django.setup()
    from django.apps import apps
    from django.conf import settings
    from django.core.management import call_command

    settings.MIGRATION_MODULES = {a.label: None for a in apps.get_app_configs()}
    call_command("migrate", run_syncdb=True, verbosity=0, interactive=False)
    from reportlab import rl_config

    rl_config.invariant = 1
    _STATE["ready"] = True
    _STATE["n"] = 0


def _split_number(number: str) -> tuple[str, str]:
    m = re.fullmatch(r"(.*?)(\d+)", number)
    assert m and m.group(1), number
    return m.group(1), m.group(2)


def build_pretix(spec: Spec, pdf: Path, work: Path) -> dict:
    """Options: renderer, locale, region, tz, event (name), event_from, event_to (iso datetimes), code,
    tax_name, gross_prices, fees [(type, description, net, rate)], paid, pay_text, intro, additional,
    footer, rc (seller's home country: EU reverse charge for a validated business buyer), highlight."""
    _setup(work)
    from django.db import transaction
    from django_scopes import scopes_disabled
    from pretix.base.i18n import language
    from pretix.base.models import (
        Event,
        Invoice,
        InvoiceAddress,
        Item,
        Order,
        OrderFee,
        OrderPayment,
        OrderPosition,
        Organizer,
        TaxRule,
    )
    from pretix.base.services.invoices import build_invoice

    o = spec.opts
    s, b = spec.seller, spec.buyer
    _STATE["n"] += 1
    slug = f"org{_STATE['n']:02d}"
    tz = ZoneInfo(o.get("tz", "Europe/Berlin"))
    locale = o.get("locale", spec.lang)
    with scopes_disabled(), transaction.atomic():
        org = Organizer.objects.create(name=s.name, slug=slug, plugins="pretix.plugins.banktransfer")
        ev_from = datetime.fromisoformat(o.get("event_from", spec.date + "T10:00")).replace(tzinfo=tz)
        ev_to = o.get("event_to")
        ev = Event.objects.create(
            organizer=org, name=o.get("event", "Event"), slug=o.get("slug", "ev" + spec.date[2:4]),
            currency=spec.currency, date_from=ev_from,
            date_to=datetime.fromisoformat(ev_to).replace(tzinfo=tz) if ev_to else None,
            plugins="pretix.plugins.banktransfer",
        )  # fmt: skip
        st = ev.settings
        st.locale = locale
        st.locales = [locale]
        st.region = o.get("region", spec.country)
        st.timezone = str(tz)
        st.invoice_renderer = o.get("renderer", "classic")
        st.invoice_address_from_name = s.name
        st.invoice_address_from = s.street
        st.invoice_address_from_zipcode = s.zip
        st.invoice_address_from_city = s.city
        st.invoice_address_from_country = s.country
        st.invoice_address_from_vat_id = s.vat
        st.invoice_address_from_tax_id = s.reg
        st.invoice_include_expire_date = spec.due is not None
        st.invoice_renderer_highlight_order_code = bool(o.get("highlight"))
        st.show_dates_on_frontpage = bool(o.get("show_dates", True))
        for key in ("intro", "additional", "footer"):
            if o.get(key):
                name = {"intro": "introductory", "additional": "additional", "footer": "footer"}[key]
                st.set(f"invoice_{name}_text", o[key])
        st.set("payment_banktransfer__enabled", True)
        if o.get("pay_text"):
            st.set("payment_banktransfer__invoice_text", o["pay_text"])

        rules: dict[str, TaxRule] = {}

        def rule(rate: str) -> TaxRule | None:
            if D(rate) == 0 and not o.get("rc"):
                return None
            if rate not in rules:
                rules[rate] = TaxRule.objects.create(
                    event=ev, name=o.get("tax_name", {}).get(rate, ""), rate=D(rate),
                    price_includes_tax=bool(o.get("gross_prices")), eu_reverse_charge=bool(o.get("rc")),
                    home_country=o.get("rc") or "",
                )  # fmt: skip
            return rules[rate]

        ia = InvoiceAddress(
            company=b.name, name_parts={"_scheme": "full", "full_name": b.contact} if b.contact else {},
            street=b.street, zipcode=b.zip, city=b.city, country=b.country, state=b.state,
            is_business=True, vat_id=b.vat, vat_id_validated=bool(b.vat),
        )  # fmt: skip
        priced = []  # (item, rule, TaxedPrice, qty)
        for ln in spec.lines:
            tr = rule(ln.rate)
            item = Item.objects.create(event=ev, name=ln.desc, default_price=D(ln.price), tax_rule=tr)
            if tr is None:
                tp = (D(ln.price), D(ln.price), D("0.00"), D("0"), "")
            else:
                t = tr.tax(D(ln.price), invoice_address=ia)
                tp = (t.net, t.gross, t.tax, t.rate, t.code)
            priced.append((item, tr, tp, ln.qty))
        fees = []
        for ftype, fdesc, fprice, frate in o.get("fees", ()):
            tr = rule(frate)
            t = tr.tax(D(fprice), invoice_address=ia) if tr else None
            tp = (t.net, t.gross, t.tax, t.rate, t.code) if t else (D(fprice), D(fprice), D(0), D(0), "")
            fees.append((ftype, fdesc, tr, tp))
        total = sum(tp[1] * q for _, _, tp, q in priced) + sum(tp[1] for *_, tp in fees)

        paid = bool(o.get("paid"))
        due = datetime.combine(date.fromisoformat(spec.due), time(12), tz) if spec.due else None
        order = Order.objects.create(
            code=o.get("code", "ABCDE"), event=ev, email="orders@example.org",
            status=Order.STATUS_PAID if paid else Order.STATUS_PENDING,
            datetime=datetime.combine(spec.issue, time(9, 30), tz),
            expires=due or datetime.combine(spec.issue, time(12), tz), total=total,
            sales_channel=org.sales_channels.get(identifier="web"), locale=locale,
        )  # fmt: skip
        pid = 0
        for item, tr, (_net, gross, tax, rate, code), qty in priced:
            for _ in range(qty):
                pid += 1
                OrderPosition.objects.create(
                    order=order, item=item, price=gross, tax_rate=rate, tax_value=tax, tax_rule=tr,
                    tax_code=code or None, positionid=pid,
                )  # fmt: skip
        for ftype, fdesc, tr, (_net, gross, tax, rate, code) in fees:
            OrderFee.objects.create(
                order=order, fee_type=ftype, description=fdesc, value=gross, tax_rate=rate, tax_value=tax,
                tax_rule=tr, tax_code=code or None,
            )  # fmt: skip
        order.create_transactions()
        ia.order = order
        ia.save()
        OrderPayment.objects.create(
            order=order, amount=total, provider="banktransfer",
            state=OrderPayment.PAYMENT_STATE_CONFIRMED if paid else OrderPayment.PAYMENT_STATE_CREATED,
            payment_date=datetime.combine(spec.issue, time(9, 45), tz) if paid else None,
        )  # fmt: skip
        prefix, no = _split_number(spec.number)
        inv = Invoice(order=order, event=ev, organizer=org, date=spec.issue, prefix=prefix, invoice_no=no)
        inv = build_invoice(inv)
        assert inv.number == spec.number, (inv.number, spec.number)
        with language(inv.locale, st.region):
            _, _, content = ev.invoice_renderer.generate(inv)
        pdf.write_bytes(content)

        gross_by: dict[Decimal, Decimal] = {}
        tax_by: dict[Decimal, Decimal] = {}
        for line in inv.lines.all():
            gross_by[line.tax_rate] = gross_by.get(line.tax_rate, D(0)) + line.gross_value
            tax_by[line.tax_rate] = tax_by.get(line.tax_rate, D(0)) + line.tax_value
    for rate, gross in gross_by.items():  # tax = rate x net, rounded once per rate (our consistency rule)
        net = gross - tax_by[rate]
        want = (net * rate / 100).quantize(D(1).scaleb(-places(spec.currency)), rounding=ROUND_HALF_UP)
        assert tax_by[rate] == want, (spec.stem, rate, net, tax_by[rate], want)
    total_printed = sum(gross_by.values())
    assert total_printed == total, (total_printed, total)
    vals = {"total": money(total, spec.currency), "subtotal": None, "tax": None}
    if len(gross_by) == 1 and next(iter(gross_by)) != 0:
        (rate,) = gross_by
        vals["subtotal"] = money(gross_by[rate] - tax_by[rate], spec.currency)
        vals["tax"] = money(tax_by[rate], spec.currency)
    return key_record(spec, o.get("renderer", "classic"), **vals)
