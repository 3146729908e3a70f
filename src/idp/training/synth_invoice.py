"""Content of synthetic invoices and receipts: amounts that add up, printed in a region's style."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from faker import Faker

from idp.training.synth_content import (
    CENT,
    SHOPS,
    DocSpec,
    Profile,
    Table,
    address_lines,
    company_name,
    email_for,
    format_date,
    format_money,
    format_number,
    money,
    norm_amount,
    phone,
    random_date,
)

PRODUCTS = (
    "Office chair", "Laser printer toner", "A4 copy paper (box)", "USB-C cable 2m", "Desk lamp",
    "Network switch 24-port", "Whiteboard markers (pack)", "Steel shelving unit", "Safety gloves",
    "Cleaning supplies", "Packaging tape", "Monitor 27 inch", "Wireless keyboard", "Filing cabinet",
    "Coffee beans 1kg", "Hand sanitiser 5L", "Printer paper A3", "Extension cord", "LED panel light",
)  # fmt: skip
SERVICES = (
    "Consulting services", "Software licence (annual)", "Maintenance fee", "Installation labour",
    "Project management", "Website hosting", "Technical support hours", "Delivery charge",
    "Training session", "Design work", "Data migration", "Equipment rental", "Security audit",
)  # fmt: skip
GROCERIES = (
    "NASI LEMAK", "TEH TARIK", "ROTI CANAI", "Mineral Water 500ml", "Chicken Rice", "Iced Latte",
    "Croissant", "Fried Noodles", "Orange Juice", "Sandwich", "MILO ICE", "Curry Puff", "Bread Loaf",
    "Eggs (10)", "Fresh Milk 1L", "Sugar 1kg", "Cooking Oil 2kg", "Tissue Box", "Detergent 3kg",
    "Shampoo 400ml", "Ballpoint Pen", "Notebook A5", "Batteries AA (4)", "Instant Noodles (5)",
)  # fmt: skip
TOTAL_LABELS = ("Total", "Amount Due", "Grand Total", "TOTAL", "Total Due", "Balance Due", "Invoice Total")


def _items(
    rnd: random.Random, count: int, names: tuple[str, ...], low: float, high: float, qtys: tuple[int, ...]
) -> list[dict]:
    items = []
    for _ in range(count):
        qty = rnd.choice(qtys)
        unit = money(rnd, low, high)
        desc = rnd.choice(names)
        if rnd.random() < 0.2:
            desc = f"{rnd.randint(10000, 99999)} {desc}"
        items.append({"description": desc, "quantity": qty, "unit_price": unit, "amount": unit * qty})
    return items


def _truth_items(items: list[dict]) -> list[dict[str, str]]:
    return [
        {
            "description": it["description"],
            "quantity": str(it["quantity"]),
            "unit_price": norm_amount(it["unit_price"]),
            "amount": norm_amount(it["amount"]),
        }
        for it in items
    ]


def _currency_shown(rnd: random.Random, profile: Profile, pattern: str) -> tuple[str, str]:
    """(printed currency token, how it is shown): in the amounts, or, for plain amounts, in a label."""
    if "{sym}" in pattern:
        return profile.symbol, "amounts"
    if "{code}" in pattern:
        return profile.currency, "amounts"
    return (profile.currency if rnd.random() < 0.7 else profile.symbol), "label"


def build_invoice(fake: Faker, rnd: random.Random, profile: Profile, pages: int) -> DocSpec:
    spec = DocSpec(
        doc_type="invoice",
        profile=profile,
        title=rnd.choice(("INVOICE", "Invoice", "TAX INVOICE", "Tax Invoice", "COMMERCIAL INVOICE")),
        issuer=company_name(fake, rnd, profile),
        issuer_lines=address_lines(fake, rnd),
        pages=pages,
    )
    spec.contact_lines = [f"Tel: {phone(fake, rnd, profile)}", email_for(spec.issuer, fake)]
    if rnd.random() < 0.5:
        spec.contact_lines.append(
            f"{rnd.choice(('VAT No', 'Tax ID', 'Reg. No'))}: {fake.numerify('##-#######')}"
        )
    spec.put("vendor_name", spec.issuer, spec.issuer)
    spec.put("vendor_address", ", ".join(spec.issuer_lines), "\n".join(spec.issuer_lines))

    date_pattern = rnd.choice(profile.date_patterns)
    money_pattern = rnd.choice(profile.money_patterns)
    issued = random_date(rnd)
    due = issued + timedelta(days=rnd.choice((7, 14, 30, 30, 45, 60)))
    year, seq = issued.year, rnd.randint(1, 99999)
    number = rnd.choice(
        (
            f"INV-{year}-{seq:05d}",
            f"{seq:06d}",
            f"INV{seq:07d}",
            f"A-{seq:04d}/{year % 100:02d}",
            f"{year}{seq:05d}",
        )
    )
    label = rnd.choice
    meta = [(label(("Invoice No.", "Invoice #", "Invoice Number", "Inv. No.", "Invoice No")), number)]
    spec.put("invoice_number", number, number)
    for name, labels, value in (
        ("date", ("Date", "Invoice Date", "Issue Date", "Date of Issue"), issued),
        ("due_date", ("Due Date", "Payment Due", "Due"), due),
    ):
        printed = format_date(value, date_pattern)
        meta.append((label(labels), printed))
        spec.put(name, value.isoformat(), printed)
    if rnd.random() < 0.7:
        po = rnd.choice((f"PO-{rnd.randint(1, 999999):06d}", f"4500{rnd.randint(0, 999999):06d}"))
        meta.append((label(("PO Number", "P.O. No.", "Purchase Order", "Order Ref")), po))
        spec.put("purchase_order", po, po)
    else:
        spec.put("purchase_order", None, None)
    if rnd.random() < 0.4:
        meta.append((label(("Customer ID", "Account No.", "Client No.")), fake.numerify("C-#####")))

    token, shown = _currency_shown(rnd, profile, money_pattern)
    if shown == "label" or rnd.random() < 0.25:
        meta.append(("Currency", profile.currency))
        token = profile.currency
    spec.put("currency", profile.currency, token)
    if rnd.random() < 0.3:  # due date before the issue date on some layouts
        meta[1], meta[2] = meta[2], meta[1]
    spec.meta = meta

    customer = company_name(fake, rnd, profile)
    spec.party = (
        label(("Bill To", "Invoice To", "Customer", "Sold To", "Billed To")),
        [customer, *([f"Attn: {fake.name()}"] if rnd.random() < 0.4 else []), *address_lines(fake, rnd)],
    )

    count = rnd.randint(16, 26) if pages == 2 else rnd.randint(2, 9)
    services = rnd.random() < 0.5
    if services:
        items = _items(rnd, count, SERVICES, 40, 1500, (1, 1, 1, 2, 3, 4, 8))
    else:
        items = _items(rnd, count, PRODUCTS, 2, 400, (1, 1, 2, 2, 3, 4, 5, 10, 12, 20))
    spec.line_items = _truth_items(items)
    num = lambda v: format_number(v, profile)  # noqa: E731
    amount_header = rnd.choice(("Amount", "Total", "Line Total", "Net"))
    if shown == "label" and rnd.random() < 0.5:
        amount_header = f"{amount_header} ({profile.currency})"
    spec.table = Table(
        columns=[
            label(("Description", "Item", "Details", "Product / Service")),
            label(("Qty", "Quantity", "Units")),
            label(("Unit Price", "Rate", "Price", "Unit Cost")),
            amount_header,
        ],
        align=["left", "right", "right", "right"],
        widths=[0.52, 0.12, 0.18, 0.18],
        rows=[
            [it["description"], str(it["quantity"]), num(it["unit_price"]), num(it["amount"])] for it in items
        ],
    )

    subtotal = sum((it["amount"] for it in items), Decimal(0))
    tax_label, rate = rnd.choice(profile.taxes)
    tax = (subtotal * rate / 100).quantize(CENT, ROUND_HALF_UP)
    total = subtotal + tax
    rate_text = f"{rate.normalize():f}%"
    cur = lambda v: format_money(v, profile, money_pattern)  # noqa: E731
    spec.total_label = label(TOTAL_LABELS)
    spec.totals = [
        (label(("Subtotal", "Sub Total", "Net Amount", "Total excl. tax")), cur(subtotal)),
        (f"{tax_label} {rate_text}" if rnd.random() < 0.8 else f"{tax_label} ({rate_text})", cur(tax)),
        (spec.total_label, cur(total)),
    ]
    spec.put("subtotal", norm_amount(subtotal), spec.totals[0][1])
    spec.put("tax", norm_amount(tax), spec.totals[1][1])
    spec.put("total", norm_amount(total), spec.totals[2][1])

    terms = rnd.choice(("Net 30", "Net 14", "Due on receipt", f"{(due - issued).days} days"))
    spec.notes = [f"Payment terms: {terms}"]
    if rnd.random() < 0.7:
        spec.notes.append(f"Bank transfer to IBAN {fake.iban()} - please quote {number}")
    spec.notes.append(rnd.choice(("Thank you for your business!", "We appreciate your prompt payment.", "")))
    return spec


def build_receipt(fake: Faker, rnd: random.Random, profile: Profile) -> DocSpec:
    upper = rnd.random() < 0.6
    name = company_name(fake, rnd, profile, SHOPS)
    lines = address_lines(fake, rnd)
    if upper:
        name, lines = name.upper(), [ln.upper() for ln in lines]
    spec = DocSpec(
        doc_type="receipt",
        profile=profile,
        title=rnd.choice(
            ("TAX INVOICE", "RECEIPT", "CASH RECEIPT", "SALES RECEIPT", "", "SIMPLIFIED TAX INVOICE")
        ),
        issuer=name,
        issuer_lines=lines,
    )
    if rnd.random() < 0.5:
        spec.contact_lines.append(f"({fake.numerify('######')}-{rnd.choice('AKPTUVWX')})")
    spec.contact_lines.append(f"TEL: {phone(fake, rnd, profile)}")
    if rnd.random() < 0.5:
        spec.contact_lines.append(
            f"{rnd.choice(('GST ID', 'GST REG NO', 'VAT NO', 'TAX ID'))}: {fake.numerify('0#########')}"
        )
    spec.put("vendor_name", name, name)
    spec.put("vendor_address", ", ".join(lines), "\n".join(lines))

    bought = random_date(rnd)
    printed_date = format_date(bought, rnd.choice(profile.date_patterns))
    spec.put("date", bought.isoformat(), printed_date)
    spec.meta = [
        (rnd.choice(("Date", "DATE", "Date", "Trans. Date")), printed_date),
        ("Time", f"{rnd.randint(7, 22):02d}:{rnd.randint(0, 59):02d}"),
        (rnd.choice(("Receipt No", "Bill No", "Invoice No", "Doc No")), fake.numerify("R########")),
    ]
    if rnd.random() < 0.5:
        spec.meta.append((rnd.choice(("Cashier", "Served by")), fake.first_name()))

    items = _items(rnd, rnd.randint(1, 8), GROCERIES, 0.8, 25, (1, 1, 1, 1, 2, 2, 3))
    spec.line_items = _truth_items(items)
    num = lambda v: format_number(v, profile)  # noqa: E731
    spec.table = Table(
        columns=[rnd.choice(("Item", "Description", "ITEM")), "Qty", rnd.choice(("Price", "U/P")), "Amount"],
        align=["left", "right", "right", "right"],
        widths=[0.46, 0.12, 0.2, 0.22],
        rows=[
            [it["description"], str(it["quantity"]), num(it["unit_price"]), num(it["amount"])] for it in items
        ],
    )

    subtotal = sum((it["amount"] for it in items), Decimal(0))
    tax_label, rate = rnd.choice(profile.taxes)
    tax = (subtotal * rate / 100).quantize(CENT, ROUND_HALF_UP) if rnd.random() < 0.6 else Decimal(0)
    total = subtotal + tax
    pattern = rnd.choice(profile.money_patterns)
    token, shown = _currency_shown(rnd, profile, pattern)
    label = rnd.choice(("TOTAL", "Total", "Grand Total", "TOTAL AMOUNT", "Amount Due", "NETT TOTAL"))
    if shown == "label":
        label = f"{label} {token}" if rnd.random() < 0.6 else f"{label} ({token})"
    cur = lambda v: format_money(v, profile, pattern)  # noqa: E731
    spec.totals = [("Subtotal", cur(subtotal))] if tax or rnd.random() < 0.4 else []
    if tax:
        spec.totals.append((f"{tax_label} {rate.normalize():f}%", cur(tax)))
    spec.totals.append((label, cur(total)))
    note = rnd.choice((10, 20, 50, 100))
    cash = (total // note + 1) * note
    spec.totals += [("CASH", cur(cash)), ("CHANGE", cur(cash - total))]
    spec.total_label = label
    spec.put("total", norm_amount(total), cur(total))
    spec.put("currency", profile.currency, token)
    spec.notes = [
        rnd.choice(
            (
                "THANK YOU. PLEASE COME AGAIN.",
                "Thank you for shopping with us!",
                "Goods sold are not returnable.",
                "",
            )
        )
    ]
    return spec
