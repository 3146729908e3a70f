"""Set M fixed-pitch printouts 5-6: an Australian Oracle Receivables tax invoice (enscript) and an Indian
dot-matrix GST tax invoice with character-drawn boxes and lakh grouping (groff)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_m import (
    BOLD,
    Doc,
    box,
    center,
    fdate,
    issue_date,
    lr,
    make_items,
    make_key,
    money,
    num,
    q2,
    row,
    stub,
)
from outside_pools_m import AU_POOL, IN_POOL
from outside_words_m import indian_words


def au_oracle(rng: random.Random) -> Doc:
    w = 80
    d = issue_date(rng)
    due = d + timedelta(days=30)
    inv, cust = num(rng, 7), num(rng, 5)
    vendor = "COASTLINE PACKAGING PTY LTD"
    items = make_items(rng, AU_POOL, rng.randint(6, 9), qty=(2, 60))
    for it in items:
        if "FREIGHT" in it.desc:
            it.qty, it.amount = Decimal(1), it.price
    doc = Doc("m05_au_oracle", "en-AU", "Oracle Receivables tax invoice, DD-MON-YYYY", "enscript+ps2pdf", {})
    fmt = "{d:02}-{MON}-{Y}"
    free = {i for i, it in enumerate(items) if "FREIGHT" in it.desc or rng.random() < 0.15}
    sub = sum(it.amount for it in items)
    gst = q2(sum(it.amount for i, it in enumerate(items) if i not in free) * Decimal("0.1"))
    total = sub + gst
    p = [
        lr(vendor, "TAX INVOICE", w),
        lr(f"ABN {num(rng, 2)} {num(rng, 3)} {num(rng, 3)} {num(rng, 3)}", "Page 1 of 1", w),
        lr("12 Export Drive, Brooklyn VIC 3012", f"Run Date: {fdate(d + timedelta(days=1), fmt)} 02:14", w),
        "Ph (03) 9314 5500   accounts@coastlinepack.example",
        "",
        row(("BILL TO:", 39, "<"), ("SHIP TO:", 39, "<")),
        row(("MERIDIAN FRESH FOODS PTY LTD", 39, "<"), ("MERIDIAN FRESH FOODS PTY LTD", 39, "<")),
        row(("ATTN ACCOUNTS PAYABLE", 39, "<"), ("DOCK 4, 88 HUME HWY", 39, "<")),
        row(("LOCKED BAG 2045", 39, "<"), ("SOMERTON VIC 3062", 39, "<")),
        row(("MELBOURNE VIC 3001", 39, "<"), ("", 39, "<")),
        "",
        row(
            ("INVOICE NUMBER  :", 18, "<"),
            (doc.show("invoice_number", inv, "INVOICE NUMBER"), 20, "<"),
            ("INVOICE DATE    :", 18, "<"),
            (doc.show("date", fdate(d, fmt), "INVOICE DATE"), 12, "<"),
        ),
        row(
            ("CUSTOMER NUMBER :", 18, "<"),
            (cust, 20, "<"),
            ("DUE DATE        :", 18, "<"),
            (doc.show("due_date", fdate(due, fmt), "DUE DATE"), 12, "<"),
        ),
        row(
            ("PURCHASE ORDER  :", 18, "<"),
            (f"MFF-PO-{num(rng, 5)}", 20, "<"),
            ("PAYMENT TERMS   :", 18, "<"),
            ("30 NET", 12, "<"),
        ),
        row(
            ("SALES ORDER     :", 18, "<"),
            (num(rng, 6), 20, "<"),
            ("SHIP DATE       :", 18, "<"),
            (fdate(d - timedelta(days=2), fmt), 12, "<"),
        ),
        "-" * w,
        row(
            ("LINE", 4, ">"),
            ("ITEM", 7, "<"),
            ("DESCRIPTION", 30, "<"),
            ("QTY", 5, ">"),
            ("UOM", 3, "<"),
            ("UNIT PRICE", 10, ">"),
            ("TAX", 3, "<"),
            ("EXTENDED AMT", 12, ">"),
        ),
        "-" * w,
    ]
    for i, it in enumerate(items):
        p.append(
            row(
                (str(i + 1), 4, ">"),
                (it.code[:6], 7, "<"),
                (it.desc, 30, "<"),
                (str(it.qty), 5, ">"),
                (it.unit, 3, "<"),
                (money(it.price), 10, ">"),
                ("FRE" if i in free else "GST", 3, "<"),
                (money(it.amount), 12, ">"),
            )
        )
    p += [
        "-" * w,
        lr(" " * 40 + "SUBTOTAL (EX GST)", doc.show("subtotal", money(sub), "SUBTOTAL"), w),
        lr(" " * 40 + "GST", doc.show("tax", money(gst), "GST"), w),
        lr(" " * 40 + "TOTAL (INC GST)  AUD", doc.show("total", money(total), "TOTAL (INC GST)"), w),
        lr(" " * 40 + "LESS PAYMENTS/CREDITS", "0.00", w),
        lr(" " * 40 + "AMOUNT DUE       AUD", money(total), w),
        "",
        "TAX CODES: GST = TAXABLE SUPPLY 10%   FRE = GST-FREE SUPPLY",
        "Goods remain the property of the supplier until paid in full.",
        "",
        "",
        "",
        stub(w, "REMITTANCE ADVICE - PLEASE DETACH AND RETURN"),
        "",
        row(("REMIT TO:", 39, "<"), ("CUSTOMER NUMBER : " + cust, 40, "<")),
        row((vendor, 39, "<"), ("INVOICE NUMBER  : " + inv, 40, "<")),
        row(("PO BOX 318, SUNSHINE VIC 3020", 39, "<"), ("AMOUNT DUE      : AUD " + money(total), 40, "<")),
        row(
            ("EFT: BSB 063-182 ACCOUNT 1047 " + num(rng, 4), 39, "<"),
            ("AMOUNT PAID     : ____________", 40, "<"),
        ),
    ]
    doc.pages = [p]
    doc.shown["currency"] = ("", "AUD")
    doc.shown["vendor_name"] = ("", vendor)
    doc.key = make_key(inv, d, due, total, gst, sub, "AUD", vendor)
    return doc


def in_tally(rng: random.Random) -> Doc:
    w = 80
    d = issue_date(rng)
    fy = d.year % 100 if d.month > 3 else d.year % 100 - 1
    inv = f"GJ/{fy}-{fy + 1}/{rng.randint(100, 2999):05d}"
    vendor = "Shree Ganesh Polymers Pvt. Ltd."
    rows = rng.sample(IN_POOL, rng.randint(3, 5))
    doc = Doc(
        "m06_in_tally_gst", "en-IN", "dot-matrix GST tax invoice, boxes, lakh grouping", "groff+ps2pdf", {}
    )
    fmt, bar = "{d:02}/{m:02}/{Y}", "+" + "-" * 78 + "+"
    p = [
        lr("", "(ORIGINAL FOR RECIPIENT)", w),
        BOLD + center("TAX INVOICE", w),
        bar,
        box((" " + vendor.upper(), 39, "<"), (" Invoice No.", 19, "<"), (" Dated", 18, "<")),
        box(
            (" Plot 41, GIDC Estate Phase II, Vatva", 39, "<"),
            (" " + doc.show("invoice_number", inv, "Invoice No."), 19, "<"),
            (" " + doc.show("date", fdate(d, fmt)), 18, "<"),
        ),
        box((" Ahmedabad - 382445", 39, "<"), (" Delivery Note", 19, "<"), (" Mode/Terms of Pmt", 18, "<")),
        box(
            (f" GSTIN/UIN: 24AAKCS{num(rng, 4)}F1Z5", 39, "<"),
            (f" DN/{num(rng, 4)}", 19, "<"),
            (" 30 Days", 18, "<"),
        ),
        box(
            (" State Name : Gujarat, Code : 24", 39, "<"),
            (" Buyer's Order No.", 19, "<"),
            (" Dated", 18, "<"),
        ),
        box(
            (f" CIN: U25209GJ2011PTC0{num(rng, 5)}", 39, "<"),
            (f" KMC/PO/{num(rng, 4)}", 19, "<"),
            (" " + fdate(d - timedelta(days=rng.randint(5, 20)), fmt), 18, "<"),
        ),
        bar,
        box((" Buyer (Bill to)", 39, "<"), (" Dispatched through", 19, "<"), (" Destination", 18, "<")),
        box((" KRISHNA MOULDED COMPONENTS", 39, "<"), (" VRL Logistics", 19, "<"), (" Rajkot", 18, "<")),
        box(
            (" Survey No. 212, Shapar Industrial Area", 39, "<"),
            (" Vehicle No.", 19, "<"),
            (" E-Way Bill No.", 18, "<"),
        ),
        box(
            (f" GSTIN/UIN : 24AAHFK{num(rng, 4)}M1ZQ", 39, "<"),
            (f" GJ01AB{num(rng, 4)}", 19, "<"),
            (" " + num(rng, 12), 18, "<"),
        ),
        bar,
        box(
            ("Sl", 3, "<"),
            (" Description of Goods", 34, "<"),
            ("HSN/SAC", 8, "<"),
            ("Quantity", 10, ">"),
            ("Rate", 8, ">"),
            ("Amount", 12, ">"),
        ),
        bar,
    ]
    sub = Decimal(0)
    for i, (desc, _, hsn, lo, hi) in enumerate(rows, start=1):
        kg, rate = Decimal(rng.choice([250, 500, 750, 1000, 1250, 1500])), q2(rng.uniform(lo, hi))
        amt = q2(kg * rate)
        sub += amt
        p.append(
            box(
                (str(i), 3, "<"),
                (" " + desc, 34, "<"),
                (hsn, 8, "<"),
                (f"{kg} Kg", 10, ">"),
                (money(rate, "in"), 8, ">"),
                (money(amt, "in"), 12, ">"),
            )
        )
    cgst = sgst = q2(sub * Decimal("0.09"))
    raw = sub + cgst + sgst
    total = raw.quantize(Decimal(1))
    ro = total - raw
    blank = ("", 3, "<")
    p += [
        box(blank, ("", 34, "<"), ("", 8, "<"), ("", 10, ">"), ("", 8, ">"), ("-" * 12, 12, ">")),
        box(
            blank,
            (" Taxable Value", 34, "<"),
            ("", 8, "<"),
            ("", 10, ">"),
            ("", 8, ">"),
            (doc.show("subtotal", money(sub, "in"), "Taxable Value"), 12, ">"),
        ),
        box(
            blank,
            ("          Output CGST @ 9%", 34, "<"),
            ("", 8, "<"),
            ("9 %", 10, ">"),
            ("", 8, ">"),
            (money(cgst, "in"), 12, ">"),
        ),
        box(
            blank,
            ("          Output SGST @ 9%", 34, "<"),
            ("", 8, "<"),
            ("9 %", 10, ">"),
            ("", 8, ">"),
            (money(sgst, "in"), 12, ">"),
        ),
        box(
            blank,
            ("          Rounded Off (+/-)", 34, "<"),
            ("", 8, "<"),
            ("", 10, ">"),
            ("", 8, ">"),
            (money(ro, "in"), 12, ">"),
        ),
        bar,
        box(
            blank,
            (" Total", 34, "<"),
            ("", 8, "<"),
            ("", 10, ">"),
            ("", 8, ">"),
            (doc.show("total", money(total, "in"), "Total"), 12, ">"),
        ),
        bar,
        box((" Amount Chargeable (in words)", 58, "<"), ("E. & O.E", 19, ">")),
        box((" " + indian_words(total), 78, "<")),
        bar,
        box(
            (" HSN/SAC", 10, "<"),
            ("Taxable Value", 16, ">"),
            ("CGST Amount", 16, ">"),
            ("SGST Amount", 16, ">"),
            ("Total Tax", 17, ">"),
        ),
        box(
            (" Total", 10, "<"),
            (money(sub, "in"), 16, ">"),
            (money(cgst, "in"), 16, ">"),
            (money(sgst, "in"), 16, ">"),
            (money(cgst + sgst, "in"), 17, ">"),
        ),
        bar,
        box((" Company's PAN : AAKCS" + num(rng, 4) + "F", 39, "<"), (" Company's Bank Details", 38, "<")),
        box((" Declaration", 39, "<"), (" Bank Name : Bank of Baroda", 38, "<")),
        box(
            (" We declare that this invoice shows the", 39, "<"),
            (" A/c No.   : 2871020000" + num(rng, 4), 38, "<"),
        ),
        box((" actual price of the goods described.", 39, "<"), (" IFSC Code : BARB0VATVAX", 38, "<")),
        box(("", 39, "<"), ("for " + doc.show("vendor_name", vendor.upper()), 38, ">")),
        box(("", 39, "<"), ("Authorised Signatory", 38, ">")),
        bar,
        center("SUBJECT TO AHMEDABAD JURISDICTION", w),
        center("This is a Computer Generated Invoice", w),
    ]
    doc.pages = [p]
    doc.shown["tax"] = ("", f"{money(cgst, 'in')}|{money(sgst, 'in')}")
    doc.shown["currency"] = ("", "INR")
    doc.key = make_key(inv, d, None, total, cgst + sgst, sub, "INR", vendor)
    doc.key["vendor_name"] = vendor.upper()
    return doc
