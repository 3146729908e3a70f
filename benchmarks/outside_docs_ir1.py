"""Set "IR" (outside_invoices_ir.py): shared helpers and the Tryton adapter.

Tryton (trytond 8.2 with trytond_account_invoice 8.2) is driven through proteus on a throwaway SQLite
database: one template database with account_invoice and the de/es/fr/it/nl translations is created once
per run with ``trytond-admin``, copied for each invoice, then the company, chart of accounts, fiscal year,
invoice sequence, taxes, payment term, customer and invoice are created through Tryton's own models and
the invoice is posted.  The report is the module's own ``invoice.fodt`` (relatorio), rendered by Tryton's
report machinery in the customer's language, and converted to PDF with LibreOffice
(``soffice --headless --convert-to pdf``), which is what Tryton's own report conversion calls.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from outside_docs_ih1 import CENT, D, Line, Spec, key_record, money
from outside_docs_ih1 import flat as flat_ih
from outside_docs_ih1 import found as found_ih

TRYTON_LANGS = ("de", "es", "fr", "it", "nl")
TAX_LABEL = {
    "de": "USt. {r} %",
    "fr": "TVA {r} %",
    "es": "IVA {r} %",
    "it": "IVA {r}%",
    "nl": "btw {r}%",
    "en": "VAT {r}%",
}
CURRENCIES = {
    "EUR": ("Euro", "€"),
    "CHF": ("Swiss Franc", "CHF"),
    "USD": ("US Dollar", "$"),
    "GBP": ("Pound Sterling", "£"),
    "SEK": ("Swedish Krona", "kr"),
    "PLN": ("Zloty", "zł"),
}


def flat(text: str) -> str:
    """Set IH's flattening (NFKC, no whitespace) line by line, the lines joined with a "|": Tryton's
    tables put a wrapped tax label ("21%") on the line after an amount, which must not join its digits."""
    return "|".join(flat_ih(line) for line in text.split("\n"))


def found(value: str, flat_text: str) -> str | None:
    """As set IH's search, plus the forms of a negative amount with a trailing minus ("476,74-", as
    Tryton prints a credit note in nl/de) or in parentheses."""
    hit = found_ih(value, flat_text)
    if hit or not value.startswith("-"):
        return hit
    forms = _positive_forms(value[1:], flat_text)
    return f"{forms[0]}-" if forms else None


def _positive_forms(value: str, flat_text: str) -> list[str]:
    from outside_docs_ih1 import amount_forms

    out = []
    for form in amount_forms(value):
        f = re.escape(flat_ih(form))
        if re.search(r"(?<![\d.,])" + f + r"(?:€|\$|£|CHF)?-", flat_text) or re.search(r"\(" + f, flat_text):
            out.append(form)
    return out


def expect(lines: tuple[Line, ...], sign: int = 1) -> dict[str, Decimal]:
    """Net, tax and total as a careful bookkeeper computes them: line amounts, then tax per rate on the
    rate's net, rounded half up to the cent."""
    net_by_rate: dict[str, Decimal] = {}
    for ln in lines:
        net_by_rate[ln.rate] = net_by_rate.get(ln.rate, D(0)) + D(ln.price) * ln.qty * sign
    net = sum(net_by_rate.values(), D(0))
    tax = sum(((v * D(r) / 100).quantize(CENT, rounding=ROUND_HALF_UP) for r, v in net_by_rate.items()), D(0))
    return {"net": net, "tax": tax, "total": net + tax}


def soffice_pdf(src: Path, pdf: Path, work: Path) -> None:
    out = work / "lo_out"
    out.mkdir(exist_ok=True)
    profile = (work / "lo_profile").as_uri()
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run([*cmd, "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=180)
    shutil.move(str(out / (src.stem + ".pdf")), pdf)


def _template_db(work: Path) -> Path:
    """Create (once per run) the template database with account_invoice and the translations."""
    dbdir = work / "tryton_db"
    conf = work / "trytond.conf"
    base = dbdir / "base.sqlite"
    if base.exists():
        return conf
    dbdir.mkdir(exist_ok=True)
    conf.write_text(f"[database]\nuri = sqlite://\npath = {dbdir}\n", encoding="utf-8")
    (work / "pass.txt").write_text("admin\n", encoding="utf-8")
    base.touch()
    admin = Path(sys.executable).with_name("trytond-admin")
    cmd = [str(admin), "-c", str(conf), "-d", "base", "-u", "account_invoice", "--activate-dependencies"]
    cmd += ["--email", "admin@example.invalid", "-l", *TRYTON_LANGS]
    env = dict(os.environ, TRYTONPASSFILE=str(work / "pass.txt"))
    subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=900)
    return conf


def _split_number(number: str) -> tuple[str, int, int]:
    m = re.fullmatch(r"(.*?)(\d+)", number)
    if not m:
        raise ValueError(f"invoice number {number!r} must end in digits (Tryton sequence)")
    return m.group(1), int(m.group(2)), len(m.group(2))


def build_tryton(spec: Spec, pdf: Path, work: Path) -> dict:
    """Options: term=(days, description) or None; paid=True (paid at once: no open instalment printed);
    credit=True (credit note: negative quantities); comment=str; description=str; reference=str."""
    conf = _template_db(work)
    db = f"ir_{spec.stem}"
    shutil.copy(work / "tryton_db" / "base.sqlite", work / "tryton_db" / f"{db}.sqlite")
    from proteus import Model, Report, Wizard
    from proteus import config as pconfig

    cfg = pconfig.set_trytond(db, config_file=str(conf))
    cfg.skip_warning = True
    from trytond.modules.account.tests.tools import create_chart, create_fiscalyear, create_tax, get_accounts
    from trytond.modules.company.tests.tools import create_company, get_company

    opts = spec.opts
    Party, Lang, Country = Model.get("party.party"), Model.get("ir.lang"), Model.get("country.country")
    name, symbol = CURRENCIES[spec.currency]
    currency = Model.get("currency.currency")(
        name=name, code=spec.currency, symbol=symbol, rounding=CENT, digits=2
    )
    currency.save()
    (lang,) = Lang.find([("code", "=", spec.lang)])
    country = None
    if opts.get("country_name"):  # printed under the customer's address
        country = Country(name=opts["country_name"], code=spec.buyer.country)
        country.save()

    s = spec.seller
    seller = Party(name=s.name)
    seller.save()
    create_company(seller, currency)
    company = get_company()
    company.header = "\n".join(x for x in (f"{s.street} · {s.zip} {s.city}", s.phone, s.contact) if x)
    company.footer = " · ".join(x for x in (s.vat, s.reg, opts.get("bank", "")) if x)
    company.save()
    create_chart(company)
    fy = create_fiscalyear(company, today=spec.issue)
    (seq_type,) = Model.get("ir.sequence.type").find([("name", "=", "Invoice")], limit=1)
    prefix, nxt, pad = _split_number(spec.number)
    seq = Model.get("ir.sequence.strict")(
        name=spec.date[:4],
        sequence_type=seq_type,
        company=company,
        prefix=prefix,
        number_next=nxt,
        padding=pad,
    )
    seq.save()
    (fis,) = fy.invoice_sequences
    for f in ("out_invoice", "out_credit_note", "in_invoice", "in_credit_note"):
        setattr(fis, f"{f}_sequence", seq)
    fy.save()
    fy.click("create_period")
    accounts = get_accounts(company)

    Tax = Model.get("account.tax")
    taxes = {}
    for rate in dict.fromkeys(ln.rate for ln in spec.lines):
        label = opts.get("tax_label", TAX_LABEL[spec.lang]).format(
            r=rate.replace(".", "," if spec.lang != "en" else ".")
        )
        tax = create_tax(D(rate) / 100, company)
        tax.name = tax.description = label
        tax.save()
        taxes[rate] = tax.id

    b = spec.buyer
    buyer = Party(name=b.name, lang=lang)
    addr = buyer.addresses[0]
    addr.street, addr.postal_code, addr.city = b.street, b.zip, b.city
    if country is not None:
        addr.country = Country(country.id)
    buyer.save()

    Invoice = Model.get("account.invoice")
    inv = Invoice(type="out", party=buyer, invoice_date=spec.issue)
    if opts.get("term"):
        days, text = opts["term"]
        term = Model.get("account.invoice.payment_term")(name=text[:40], description=text)
        term.lines.new(type="remainder").relativedeltas.new(days=days)
        term.save()
        inv.payment_term = term
    else:  # without a term Tryton takes the maturity from this date (else from the clock)
        inv.payment_term_date = date.fromisoformat(spec.due) if spec.due else spec.issue
    for attr in ("description", "reference", "comment"):
        if opts.get(attr):
            setattr(inv, attr, opts[attr])
    sign = -1 if opts.get("credit") else 1
    for ln in spec.lines:
        line = inv.lines.new()
        line.account = accounts["revenue"]
        line.description = ln.desc
        line.quantity = ln.qty * sign
        line.unit_price = D(ln.price)
        line.taxes.append(Tax(taxes[ln.rate]))
    inv.save()
    inv.click("post")
    if inv.number != spec.number:
        raise AssertionError(f"Tryton numbered {inv.number!r}, spec says {spec.number!r}")
    if opts.get("paid"):
        _pay(inv, company, accounts, spec)
        Wizard("account.invoice.refresh_invoice_report", [inv])
        inv.reload()
    exp = expect(spec.lines, sign)
    got = {"net": inv.untaxed_amount, "tax": inv.tax_amount, "total": inv.total_amount}
    if got != exp:
        raise AssertionError(f"Tryton computed {got}, expected {exp}")
    ext, data, _, _ = Report("account.invoice").execute([inv], {})
    src = work / f"{spec.stem}.{ext}"
    src.write_bytes(data)
    soffice_pdf(src, pdf, work)
    (work / "tryton_db" / f"{db}.sqlite").unlink()
    return key_record(
        spec,
        "account_invoice/invoice.fodt",
        total=money(got["total"]),
        subtotal=money(got["net"]),
        tax=money(got["tax"]),
    )


def _pay(inv, company, accounts, spec: Spec) -> None:
    from proteus import Model, Wizard

    (journal,) = Model.get("account.journal").find([("type", "=", "cash")])
    method = Model.get("account.invoice.payment.method")(
        name="Bank", journal=journal, credit_account=accounts["cash"], debit_account=accounts["cash"]
    )
    method.save()
    pay = Wizard("account.invoice.pay", [inv])
    pay.form.payment_method = method
    pay.form.date = spec.issue
    pay.execute("choice")
    inv.reload()
    if inv.state != "paid":
        raise AssertionError(f"invoice not paid: {inv.state}")
