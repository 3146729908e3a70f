"""Held-out set "AF", documents 1-3: United States, United Kingdom, Canada (English).
All companies, people and numbers are invented."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LETTER

from outside_docs_af1 import Doc, Form, compute, dt, item_values, money
from outside_docs_af2 import make_doc
from outside_docs_af3 import banded, classic, minimal

BLUE_FILL = (0.91, 0.94, 1.0)


EN_COLS = [
    ("Description", "desc", 0.55),
    ("Qty", "qty", 0.1),
    ("Rate", "price", 0.15),
    ("Amount", "amt", 0.2),
]


def us_plumbing() -> Doc:
    vendor = "Brightwater Plumbing & Heating LLC"
    fm = Form(
        title="INVOICE",
        vendor_print=[
            vendor,
            "2217 Alder Creek Rd, Suite 4",
            "Boise, ID 83709",
            "(208) 555-0147  billing@brightwaterph.example",
        ],
        meta=[
            ("Invoice #", "inv_no"),
            ("Date", "date"),
            ("Due Date", "due"),
            ("Customer ID", "cust_no"),
            ("P.O. #", "po"),
        ],
        parties=[("BILL TO", "bill_to", 4), ("SERVICE ADDRESS", "ship_to", 3)],
        cols=EN_COLS,
        rows=8,
        totals=[
            ("Subtotal", "subtotal"),
            ("Tax Rate", "tax_rate"),
            ("Sales Tax", "tax"),
            ("!TOTAL", "total"),
            ("Amount Paid", "paid"),
            ("Balance Due", "balance"),
        ],
        notes=[("Notes", "notes", 2)],
        lines=[
            "Make all checks payable to " + vendor + ". All amounts in USD.",
            "Payment due within 30 days. A 1.5% monthly finance charge applies to past-due balances.",
        ],
        accent=(0.1, 0.35, 0.6),
    )
    s = classic(fm, LETTER, field_fill=BLUE_FILL)
    items = [
        ("Water heater replacement - 50 gal gas", 1, "1489.00"),
        ("Labor - licensed plumber (hours)", "6.5", "95.00"),
        ("Expansion tank 2 gal", 1, "64.90"),
        ("Permit fee (City of Boise)", 1, "85.00"),
        ("Haul-away and disposal", 1, "45.00"),
    ]
    c = compute(items, [6])
    paid = 500
    v = item_values(items, c, "us", pstyle="short")
    v |= {
        "inv_no": "BW-10482",
        "date": dt("2025-03-14", "m/d/Y"),
        "due": dt("2025-04-13", "m/d/Y"),
        "cust_no": "C-2291",
        "po": "PO-77415",
        "bill_to": "Harlan Property Management\nAttn: Denise Okafor\n840 W Bannock St\nBoise, ID 83702",
        "ship_to": "Riverside Apartments, Bldg C\n1501 S Capitol Blvd\nBoise, ID 83706",
        "subtotal": money(c["subtotal"], "us"),
        "tax_rate": "6%",
        "tax": money(c["tax"], "us"),
        "total": money(c["total"], "us", "$"),
        "paid": money(paid, "us"),
        "balance": money(c["total"] - paid, "us", "$"),
        "notes": "Deposit of $500.00 received 03/03/2025 (check #4471).\nThank you for your business!",
    }
    return make_doc(
        "af01_us_plumbing",
        "US",
        "en",
        "rl",
        "classic Letter; vendor printed as page text, meta fields right, light-blue filled fields; "
        "amount paid / balance due with deposit",
        s,
        v,
        c,
        currency="USD",
        vendor=vendor,
        vendor_src="page:" + vendor,
        cur_src="page:USD",
        date="2025-03-14",
        due="2025-04-13",
        date_order="MDY",
        creator="Invoice Template (Letter)",
    )


def uk_joinery() -> Doc:
    fm = Form(
        title="INVOICE",
        meta=[
            ("Invoice No.", "inv_no"),
            ("Invoice Date", "date"),
            ("Due Date", "due"),
            ("Account Ref", "cust_no"),
            ("Your Order No.", "po"),
        ],
        parties=[("INVOICE TO", "bill_to", 4), ("DELIVER TO", "ship_to", 4)],
        cols=EN_COLS,
        rows=7,
        totals=[
            ("Subtotal", "subtotal"),
            ("Delivery", "ship"),
            ("VAT @ 20%", "tax"),
            ("!Invoice Total", "total"),
            ("Previous Balance", "prev_bal"),
            ("Total Amount Due", "total_due"),
        ],
        notes=[("PAYMENT DETAILS", "bank", 3), ("NOTES", "notes", 2)],
        lines=[
            "Payment terms: 30 days from invoice date. Please quote the invoice number as your reference.",
            "Registered in England & Wales.",
        ],
        accent=(0.2, 0.2, 0.2),
    )
    s = minimal(fm, A4)
    s.tune({"total": {"size": 0}, "total_due": {"size": 0}, "vendor": {"size": 0}})
    items = [
        ("Bespoke oak shelving unit, 1800 x 900", 3, "420.00"),
        ("Oak veneer panels 2440 x 1220", 6, "58.75"),
        ("Fitting - 2 joiners, 1 day", 1, "380.00"),
        ("Ironmongery (hinges, brackets)", 1, "46.20"),
    ]
    c = compute(items, [20], ship=45)
    prev = 420
    v = item_values(items, c, "us", pstyle="plain")
    v |= {
        "vendor": "Fenwick & Hale Joinery Ltd",
        "vendor_addr": "Unit 7, Canal Wharf Trading Estate\nLeeds LS11 5PZ\nVAT Reg. No. GB 284 6120 57",
        "inv_no": "FHJ-2025-0317",
        "date": dt("2025-03-14", "d/m/Y"),
        "due": dt("2025-04-13", "d/m/Y"),
        "cust_no": "HAR004",
        "po": "4500213388",
        "bill_to": "Harrowgate Interiors Ltd\n12 Kirkgate\nOtley\nLS21 3HW",
        "ship_to": "Site: The Old Mill\nBridge Street\nIlkley LS29 9EU",
        "subtotal": money(c["subtotal"], "us", "£"),
        "ship": money(c["ship"], "us", "£"),
        "tax": money(c["tax"], "us", "£"),
        "total": money(c["total"], "us", "£"),
        "prev_bal": money(prev, "us", "£"),
        "total_due": money(c["total"] + prev, "us", "£"),
        "bank": "Barclays Bank plc  Sort code 20-45-77  Account 63019844\nIBAN GB71 BARC 2045 7763 0198 44",
        "notes": "Previous balance relates to invoice FHJ-2025-0241 (14/02/2025).",
    }
    return make_doc(
        "af02_uk_joinery",
        "GB",
        "en",
        "pypdf-ap",
        "minimal A4; vendor name and address in fields (auto-size name), right-aligned amounts (/Q 2), "
        "previous balance and total amount due below the invoice total",
        s,
        v,
        c,
        currency="GBP",
        vendor="Fenwick & Hale Joinery Ltd",
        date="2025-03-14",
        due="2025-04-13",
        creator="Invoice template A4 (fillable)",
    )


def ca_webstudio() -> Doc:
    vendor = "Northlake Web Studio Inc."
    fm = Form(
        title="INVOICE",
        vendor_print=[
            vendor,
            "88 Queens Quay W, Suite 2500",
            "Toronto, ON M5J 0B8",
            "HST # 78912 3456 RT0001",
        ],
        meta=[
            ("Invoice #", "inv_no"),
            ("Invoice Date", "date"),
            ("Due Date", "due"),
            ("Client #", "cust_no"),
            ("Currency", "currency"),
        ],
        parties=[("Bill To", "bill_to", 4), ("Project", "project", 2)],
        cols=EN_COLS,
        rows=6,
        totals=[("Subtotal", "subtotal"), ("Discount", "disc"), ("HST 13%", "tax"), ("!Total", "total")],
        notes=[("Payment options", "bank", 2), ("Notes", "notes", 2)],
        lines=["Thank you! Invoices are due 30 days from the invoice date."],
        accent=(0.05, 0.45, 0.42),
    )
    s = banded(fm, LETTER)
    s.tune({"currency": {"kind": "choice", "options": ("CAD", "USD")}, "total": {"size": 0}})
    items = [
        ("Website redesign - phase 2 (fixed fee)", 1, "4800.00"),
        ("Content migration (hours)", 12, "110.00"),
        ("Hosting & SSL, 12 months", 1, "360.00"),
        ("Stock photography licences", 8, "22.50"),
    ]
    c = compute(items, [13], disc=250)
    v = item_values(items, c, "us", pstyle="plain")
    v |= {
        "inv_no": "NWS-0456",
        "date": dt("2025-03-14", "month d, Y"),
        "due": dt("2025-04-13", "month d, Y"),
        "cust_no": "1187",
        "currency": "CAD",
        "bill_to": "Harbourfront Dental Group\nAttn: Accounts Payable\n207 Queens Quay W, Unit 110\n"
        "Toronto, ON M5J 1A7",
        "project": "Patient portal & booking site\nSOW signed 2025-01-20",
        "subtotal": money(c["subtotal"], "us"),
        "disc": money(c["disc"], "us"),
        "tax": money(c["tax"], "us"),
        "total": money(c["total"], "us", "$"),
        "bank": "Interac e-Transfer: ar@northlakeweb.example\nEFT: Transit 04512, Inst. 004, Acct 5093317",
        "notes": "Loyalty discount applied (returning client).",
    }
    return make_doc(
        "af03_ca_webstudio",
        "CA",
        "en",
        "nap",
        "banded Letter; vendor printed white on the band, meta as a row of boxes, currency dropdown, "
        "values only in /V (viewer must draw them), discount line",
        s,
        v,
        c,
        currency="CAD",
        vendor=vendor,
        vendor_src="page:" + vendor,
        cur_src="currency",
        date="2025-03-14",
        due="2025-04-13",
        date_order="MDY",
    )


DOCS = [us_plumbing, uk_joinery, ca_webstudio]
