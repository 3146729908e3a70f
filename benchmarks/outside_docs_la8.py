"""Set "LA" documents la21-la24: controls.  Three genuine invoices (AU tax invoice, US invoice with a
remittance slip, GB utility invoice/statement) and a till receipt, all printing look-alike words.
"""

from __future__ import annotations

import datetime as dt

from outside_docs_la1 import Doc, amt, date, key, money, pct, qty, total


def la21() -> Doc:
    it = [
        ("SC-PV50", "PVC pressure pipe 50 mm x 6 m, class 12", 40, "38.90"),
        ("SC-VLV50", 'Solenoid valve 2", 24 V AC', 6, "214.00"),
        ("SC-SPR8", "Gear-drive rotor sprinkler, adjustable arc", 48, "27.50"),
        ("SC-CTRL12", "Irrigation controller, 12 station, Wi-Fi", 1, "689.00"),
        ("FRT", "Freight to Bacchus Marsh", 1, "95.00"),
    ]
    sub = total(it, 2, 3)
    gst = pct(sub, 10)
    grand = sub + gst
    return Doc(
        stem="la21_au_tax_invoice",
        producer="chromium",
        key=key(
            "invoice",
            "invoice",
            "en",
            "AU",
            "chromium",
            invoice_number="00041827",
            date="2025-07-11",
            total=str(grand),
            currency="AUD",
            vendor_name="Southern Cross Irrigation Pty Ltd",
        ),
        title="TAX INVOICE",
        title_size=24,
        layout="right",
        accent="#0b6e69",
        vendor=[
            "Southern Cross Irrigation Pty Ltd",
            "27 Enterprise Drive",
            "Rowville VIC 3178",
            "Ph (03) 9763 2210 · sales@scirrigation.com.au",
            "ABN 43 118 672 905",
        ],
        blocks=[
            ("Bill to", ["Greenvale Turf Farms", "PO Box 412", "Bacchus Marsh VIC 3340"]),
            ("Deliver to", ["Greenvale Turf Farms", "188 Gisborne Rd", "Bacchus Marsh VIC 3340"]),
        ],
        meta=[
            ("Invoice No", "00041827"),
            ("Invoice Date", date(dt.date(2025, 7, 11), "gb")),
            ("Order Confirmation #", "OC-22951"),
            ("Delivery Docket", "DD-60177"),
            ("Customer PO", "GTF-0907"),
            ("Terms", "30 days EOM"),
        ],
        cols=[
            ("Code", 1.1, "L"),
            ("Description", 4.4, "L"),
            ("Qty", 0.7, "R"),
            ("Unit Price", 1.2, "R"),
            ("Amount", 1.3, "R"),
        ],
        rows=[[c, d, qty(q), money(p), money(amt(q, p))] for c, d, q, p in it],
        totals=[
            ("Subtotal (ex GST)", f"${money(sub)}"),
            ("GST 10%", f"${money(gst)}"),
            ("Total (inc GST) AUD", f"${money(grand)}"),
        ],
        notes=[
            "Payment by EFT: BSB 063-182, Account 1044 7720, Southern Cross Irrigation Pty Ltd. Please use "
            "the "
            "invoice number as your reference.",
            "Goods remain the property of Southern Cross Irrigation Pty Ltd until paid in full.",
        ],
        printed=["TAX INVOICE", "00041827", "5,438.40", "OC-22951", "DD-60177"],
    )


def la22() -> Doc:
    it = [
        ("Managed IT services, August 2025 (per workstation)", 18, "65.00"),
        ("Microsoft 365 Business Standard licenses", 18, "12.50"),
        ("Server backup and monitoring", 1, "240.00"),
        ("On-site support (hours)", "5.5", "125.00"),
    ]
    sub = total(it, 1, 2)
    due = f"${money(sub)}"
    return Doc(
        stem="la22_us_invoice_remittance",
        producer="reportlab",
        key=key(
            "invoice",
            "invoice",
            "en",
            "US",
            "reportlab",
            invoice_number="LIT-10944",
            date="2025-08-01",
            total=str(sub),
            currency="USD",
            vendor_name="Lakeshore IT Services, Inc.",
        ),
        title="INVOICE",
        title_size=22,
        layout="center",
        page="Letter",
        accent="#1b4965",
        vendor=[
            "Lakeshore IT Services, Inc.",
            "600 W Jackson Blvd, Suite 410, Chicago, IL 60661",
            "(312) 555-0199 · billing@lakeshoreit.com · FEIN 36-4470921",
        ],
        blocks=[
            (
                "Bill to",
                ["Meridian Dental Group", "Attn: Office Manager", "1450 N Sheridan Rd", "Evanston, IL 60201"],
            )
        ],
        meta=[
            ("Invoice #", "LIT-10944"),
            ("Invoice date", date(dt.date(2025, 8, 1), "us")),
            ("Due date", date(dt.date(2025, 8, 31), "us")),
            ("Customer ID", "MDG-017"),
            ("Terms", "Net 30"),
        ],
        cols=[("Description", 5, "L"), ("Qty", 0.8, "R"), ("Rate", 1.2, "R"), ("Amount", 1.4, "R")],
        rows=[[d, qty(q), money(p), money(amt(q, p))] for d, q, p in it],
        totals=[("Subtotal", money(sub)), ("Sales tax", "0.00"), ("Total due", due)],
        notes=[
            "Thank you for your business. Please make checks payable to Lakeshore IT Services, Inc. ACH: "
            "JPMorgan "
            "Chase Bank, routing 071000013, account 558201943."
        ],
        slip_title="Remittance advice — please return this slip with your payment",
        slip=[
            ("Customer", "Meridian Dental Group"),
            ("Customer ID", "MDG-017"),
            ("Invoice #", "LIT-10944"),
            ("Due date", date(dt.date(2025, 8, 31), "us")),
            ("Amount due", due),
            ("Amount enclosed", "$ ______________"),
            ("Remit to", "Lakeshore IT Services, Inc., 600 W Jackson Blvd, Suite 410, Chicago, IL 60661"),
        ],
        printed=["INVOICE", "LIT-10944", "2,322.50", "Remittance advice"],
    )


def la23() -> Doc:
    day = (2846, "0.2485")
    night = (1132, "0.1510")
    stand = (31, "0.584")
    ccl = (3978, "0.00775")
    lines = [amt(*day), amt(*night), amt(*stand), amt(*ccl)]
    sub = sum(lines)
    vat = pct(sub, 20)
    grand = sub + vat
    return Doc(
        stem="la23_gb_utility_invoice",
        producer="chromium",
        key=key(
            "invoice",
            "invoice",
            "en",
            "GB",
            "chromium",
            invoice_number="BBE-7730418",
            date="2025-08-05",
            total=str(grand),
            currency="GBP",
            vendor_name="Brookmere Business Energy Ltd",
        ),
        title="INVOICE / STATEMENT",
        title_size=19,
        layout="band",
        borders=False,
        accent="#0d6b3f",
        vendor=[
            "Brookmere Business Energy Ltd",
            "PO Box 3310, Worcester WR1 9DX",
            "0345 600 2874 · brookmere-energy.co.uk",
            "VAT Reg. No. GB 915 4427 80",
        ],
        blocks=[
            ("Account holder", ["The Old Forge Café", "3 Bridge Street", "Pershore WR10 1AJ"]),
            ("Supply address", ["3 Bridge Street", "Pershore WR10 1AJ", "MPAN 14 1200 0456 772"]),
        ],
        meta=[
            ("Invoice number", "BBE-7730418"),
            ("Statement date", date(dt.date(2025, 8, 5), "gb")),
            ("Account number", "60021874"),
            ("Billing period", "01/07/2025 - 31/07/2025"),
            ("Payment due", date(dt.date(2025, 8, 19), "gb")),
        ],
        cols=[
            ("Charges this period", 4.5, "L"),
            ("Quantity", 1.3, "R"),
            ("Rate", 1.3, "R"),
            ("Amount", 1.3, "R"),
        ],
        rows=[
            ["Electricity – day units (actual read)", "2,846 kWh", "24.85p/kWh", f"£{money(lines[0])}"],
            ["Electricity – night units (actual read)", "1,132 kWh", "15.10p/kWh", f"£{money(lines[1])}"],
            ["Standing charge", "31 days", "58.40p/day", f"£{money(lines[2])}"],
            ["Climate Change Levy", "3,978 kWh", "0.775p/kWh", f"£{money(lines[3])}"],
        ],
        totals=[
            ("Previous balance", "£1,046.32"),
            ("Payment received 18/07/2025 – thank you", "-£1,046.32"),
            ("Charges this period (excl. VAT)", f"£{money(sub)}"),
            ("VAT at 20%", f"£{money(vat)}"),
            ("Amount due", f"£{money(grand)}"),
        ],
        notes=[
            f"We will collect £{money(grand)} by Direct Debit on or after 19/08/2025 from your account "
            "ending 4471.",
            "Meter readings: day 48,112 (01/07) to 50,958 (31/07); night 20,044 (01/07) to 21,176 (31/07).",
        ],
        footer=[
            "Brookmere Business Energy Ltd, registered in England and Wales No. 09822147. Registered office: "
            "1 Sansome Walk, Worcester WR1 1LH."
        ],
        printed=["INVOICE / STATEMENT", "BBE-7730418", "1,112.51"],
    )


def la24() -> Doc:
    it = [
        ("Dulux Trade Vinyl Matt 10L White", 2, "64.99"),
        ("Harris Series 11 brush 3pk", 1, "12.49"),
        ("Roller & tray set 9in", 1, "9.99"),
        ("Polycell Multi Purpose Filler", 3, "4.25"),
        ("Dust sheet cotton 12x9ft", 2, "8.50"),
        ("Masking tape 50mm x 50m", 4, "3.20"),
    ]
    sub = total(it, 1, 2)
    disc = pct(sub, 10)
    grand = sub - disc
    vat = (grand / 6).quantize(disc)
    return Doc(
        stem="la24_gb_till_receipt",
        producer="fpdf2",
        key=key(
            "receipt",
            "receipt",
            "en",
            "GB",
            "fpdf2",
            total=str(grand),
            date="2025-07-19",
            currency="GBP",
            vendor_name="Parkers Hardware & DIY",
        ),
        title="SALES RECEIPT",
        font="mono",
        vendor=[
            "Parkers Hardware & DIY",
            "41 High Street",
            "Bishop's Stortford CM23 2LF",
            "Tel 01279 655 210",
            "VAT No. GB 274 5518 92",
        ],
        blocks=[],
        meta=[
            ("Date", "19/07/2025  14:32"),
            ("Till 02", "Op: Becky"),
            ("Trans", "004417"),
            ("Order No.", "58113"),
            ("Quote ref", "QT-2207"),
            ("Trade a/c", "T-0912"),
        ],
        cols=[],
        rows=[[d, f"{q} x {p}", money(amt(q, p))] for d, q, p in it],
        totals=[
            ("Subtotal", money(sub)),
            ("Trade discount 10%", f"-{money(disc)}"),
            ("TOTAL GBP", f"£{money(grand)}"),
            ("VISA DEBIT", money(grand)),
            ("Change", "0.00"),
            ("VAT 20% included", money(vat)),
        ],
        notes=[
            f"Items: {sum(q for _, q, _ in it)}",
            "VISA DEBIT **** **** **** 4471",
            "Contactless  Auth code 083215",
            "Goods may be returned within 28 days with this receipt. Please keep for your records.",
        ],
        footer=["Thank you for shopping with us!", "www.parkershardware.co.uk"],
        printed=["SALES RECEIPT", "175.51", "Order No.", "Quote ref"],
    )


DOCS = [la21, la22, la23, la24]
