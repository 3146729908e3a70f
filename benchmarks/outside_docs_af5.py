"""Held-out set "AF", documents 4-6: Australia, India, Singapore (English).
All companies, people and numbers are invented."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from outside_docs_af1 import Doc, Form, compute, dt, item_values, money
from outside_docs_af2 import make_doc
from outside_docs_af3 import classic, grid

SG_ITEMS = [
    ("Cable THHN 2.5mm2 red (100m roll)", 6, "86.00"),
    ("Cable THHN 2.5mm2 black (100m roll)", 6, "86.00"),
    ("Cable THHN 4.0mm2 green/yellow (100m)", 3, "132.50"),
    ("PVC conduit 20mm x 4m", 40, "3.20"),
    ("PVC conduit 25mm x 4m", 25, "4.10"),
    ("Conduit coupler 20mm (pkt 10)", 12, "2.80"),
    ("Saddle clip 20mm (pkt 50)", 8, "6.50"),
    ("13A twin switched socket, white", 36, "9.90"),
    ("1-gang 1-way switch 10A", 24, "5.40"),
    ("2-gang 2-way switch 10A", 12, "8.75"),
    ("LED downlight 12W 4000K", 48, "14.60"),
    ("LED batten T8 4ft 18W", 20, "17.80"),
    ("Emergency exit sign, self-test", 6, "58.00"),
    ("RCCB 40A 30mA 2P", 4, "46.00"),
    ("MCB 20A 1P C-curve", 18, "7.20"),
    ("MCB 32A 1P C-curve", 6, "7.60"),
    ("Distribution board 12-way", 2, "128.00"),
    ("Cable tray 100mm x 2.4m", 10, "24.50"),
    ("Cable tie 300mm (pkt 100)", 5, "4.90"),
    ("Junction box IP65 100x100", 15, "6.30"),
    ("Earth rod 1.2m with clamp", 2, "21.00"),
    ("Insulation tape, assorted (10 rolls)", 4, "7.50"),
    ("Weatherproof isolator 20A", 3, "32.40"),
    ("Ceiling rose with flex 1m", 10, "4.20"),
    ("Wall plug + screw set (box 200)", 3, "12.00"),
    ("Wago lever connector 3-way (pkt 50)", 4, "26.00"),
    ("Delivery to site, Jurong", 1, "45.00"),
]


def au_cleaning() -> Doc:
    fm = Form(
        title="TAX INVOICE",
        meta=[
            ("Invoice No.", "inv_no"),
            ("Invoice Date", "date"),
            ("Due Date", "due"),
            ("Customer No.", "cust_no"),
            ("Order No.", "order_no"),
            ("ABN", "abn"),
        ],
        parties=[("Bill To", "bill_to", 3), ("Site", "ship_to", 3)],
        cols=[
            ("Description", "desc", 0.56),
            ("Qty", "qty", 0.1),
            ("Unit Price", "price", 0.15),
            ("Amount", "amt", 0.19),
        ],
        rows=7,
        totals=[
            ("Subtotal (ex GST)", "subtotal"),
            ("GST 10%", "tax"),
            ("!Total (inc GST)", "total"),
            ("Less Deposit Paid", "paid"),
            ("Balance Owing", "balance"),
        ],
        notes=[("How to pay", "bank", 2), ("Comments", "notes", 1)],
        lines=["Payment within 14 days please. Overdue accounts may incur collection costs."],
        vendor_caption="From",
        accent=(0.0, 0.4, 0.3),
    )
    s = grid(fm, A4)
    s.tune({"abn": {"kind": "comb", "maxlen": 11}})
    items = [
        ("Commercial carpet cleaning - level 2 (m2)", 420, "4.50"),
        ("Stain treatment - boardroom", 1, "145.00"),
        ("Upholstery cleaning - meeting chairs", 24, "12.50"),
        ("After-hours surcharge", 1, "180.00"),
    ]
    c = compute(items, [10])
    paid = 600
    v = item_values(items, c, "us", pstyle="plain")
    v |= {
        "vendor": "Coastline Commercial Cleaning Pty Ltd",
        "vendor_addr": "3/41 Enterprise Drive\nTomago NSW 2322\nPh 02 4912 7731",
        "inv_no": "INV-0893",
        "date": dt("2025-03-14", "d month Y"),
        "due": dt("2025-03-28", "d month Y"),
        "cust_no": "CUS-0147",
        "order_no": "WO-33812",
        "abn": "51824753556",
        "bill_to": "Hunter Valley Credit Union\nLevel 2, 18 Bolton Street\nNewcastle NSW 2300",
        "ship_to": "Level 2 & 3 offices\n18 Bolton Street\nNewcastle NSW 2300",
        "subtotal": money(c["subtotal"], "us"),
        "tax": money(c["tax"], "us"),
        "total": money(c["total"], "us", "$"),
        "paid": money(paid, "us"),
        "balance": money(c["total"] - paid, "us", "$"),
        "bank": "EFT to Coastline Commercial Cleaning  BSB 062-914  Acc 1048 3321\nRef: invoice number",
        "notes": "All prices in AUD. Deposit received 07/03/2025.",
    }
    return make_doc(
        "af04_au_cleaning",
        "AU",
        "en",
        "rl",
        "grid A4 (boxed cells, labels above values); vendor name/address in fields, ABN comb field, "
        "deposit paid and balance owing",
        s,
        v,
        c,
        currency="AUD",
        vendor="Coastline Commercial Cleaning Pty Ltd",
        cur_src="notes",
        date="2025-03-14",
        due="2025-03-28",
    )


def in_printing() -> Doc:
    vendor = "Sahyadri Print Solutions Pvt. Ltd."
    fm = Form(
        title="TAX INVOICE",
        vendor_print=[
            vendor,
            "Plot 14, MIDC Bhosari, Pune 411026, Maharashtra",
            "GSTIN: 27AAQCS4821K1Z5 | PAN: AAQCS4821K",
            "Ph: 020 2712 4409",
        ],
        meta=[
            ("Invoice No.", "inv_no"),
            ("Invoice Date", "date"),
            ("Due Date", "due"),
            ("Buyer's Order No.", "po"),
            ("Place of Supply", "pos"),
            ("Buyer GSTIN", "buyer_gstin"),
        ],
        parties=[("Bill To", "bill_to", 4), ("Ship To", "ship_to", 4)],
        cols=[
            ("Description of Goods/Services", "desc", 0.47),
            ("HSN/SAC", "hsn", 0.11),
            ("Qty", "qty", 0.1),
            ("Rate", "price", 0.13),
            ("Amount (INR)", "amt", 0.19),
        ],
        rows=6,
        totals=[
            ("Taxable Value", "subtotal"),
            ("CGST @ 9%", "cgst"),
            ("SGST @ 9%", "sgst"),
            ("Total GST", "tax"),
            ("!Grand Total", "total"),
        ],
        notes=[("Amount in words", "words", 2), ("Bank Details", "bank", 3)],
        lines=[
            "Subject to Pune jurisdiction. E.& O.E.",
            "Payment within 30 days of invoice date. This is a computer generated invoice.",
        ],
        accent=(0.55, 0.15, 0.1),
    )
    s = classic(fm, A4)
    s.tune({"buyer_gstin": {"kind": "comb", "maxlen": 15}, "total": {"size": 0}})
    items = [
        ("Offset printing - A4 brochures 4pp", 5000, "6.40"),
        ("Visiting cards 300gsm matt (box of 100)", 20, "450.00"),
        ("Roll-up standee 6x3 ft with stand", 4, "1850.00"),
        ("Design charges", 1, "3500.00"),
    ]
    c = compute(items, [9, 9])
    v = item_values(items, c, "in", pstyle="plain")
    v |= {f"hsn{i}": h for i, h in enumerate(["4911", "4911", "4911", "998391"], start=1)}
    v |= {
        "inv_no": "SPS/24-25/1187",
        "date": dt("2025-03-14", "d-m-Y"),
        "due": dt("2025-04-13", "d-m-Y"),
        "po": "KPL/PO/2025/0392",
        "pos": "Maharashtra (27)",
        "buyer_gstin": "27AADCK7730P1ZJ",
        "bill_to": "Kalyani Pharma Labs Ltd\nS. No. 88, Hinjewadi Phase 2\nPune 411057\nMaharashtra",
        "ship_to": "Kalyani Pharma Labs Ltd - Marketing\nOffice 4B, Baner Road\nPune 411045\nMaharashtra",
        "subtotal": money(c["subtotal"], "in"),
        "cgst": money(c["taxes"][0], "in"),
        "sgst": money(c["taxes"][1], "in"),
        "tax": money(c["tax"], "in"),
        "total": money(c["total"], "in"),
        "words": "Rupees Sixty One Thousand Two Hundred Forty Two Only",
        "bank": "HDFC Bank, Bhosari Branch\nA/c No. 50200041873392\nIFSC HDFC0001742",
    }
    return make_doc(
        "af05_in_printing",
        "IN",
        "en",
        "pypdf-ap-na",
        "classic A4; vendor and GSTIN printed, HSN column, CGST + SGST lines plus a total GST line, "
        "buyer GSTIN "
        "comb field, amount in words, Indian digit grouping",
        s,
        v,
        c,
        currency="INR",
        vendor=vendor,
        vendor_src="page:" + vendor,
        cur_src="page:INR",
        date="2025-03-14",
        due="2025-04-13",
    )


def sg_electrical() -> Doc:
    fm = Form(
        title="TAX INVOICE",
        meta=[
            ("Invoice No.", "inv_no"),
            ("Date", "date"),
            ("Due Date", "due"),
            ("Customer Code", "cust_no"),
            ("Sales Order", "order_no"),
            ("Terms", "terms"),
        ],
        parties=[("BILL TO", "bill_to", 4), ("DELIVER TO", "ship_to", 4)],
        cols=[
            ("Item Description", "desc", 0.56),
            ("Qty", "qty", 0.1),
            ("Unit Price", "price", 0.15),
            ("Amount", "amt", 0.19),
        ],
        rows=22,
        page2_rows=12,
        page2_head=("TAX INVOICE (continued)", "Invoice No.", "Page 2 of 2"),
        cont="Continued on page 2 - totals overleaf",
        totals=[("Subtotal", "subtotal"), ("GST 9%", "tax"), ("!Total Payable", "total")],
        notes=[("Payment", "bank", 2), ("Remarks", "notes", 2)],
        lines=[
            "All amounts in Singapore Dollars (SGD). Goods sold are not returnable after 7 days.",
            "Cheques should be crossed and made payable to the company.",
        ],
        accent=(0.6, 0.1, 0.2),
    )
    s = classic(fm, A4, field_border=(0.75, 0.75, 0.75))
    s.tune({"total": {"size": 0}, "vendor": {"size": 14}})
    c = compute(SG_ITEMS, [9])
    v = item_values(SG_ITEMS, c, "us", pstyle="plain")
    v |= {
        "vendor": "Lim Seng Electrical Trading Pte Ltd",
        "vendor_addr": "No. 9 Kaki Bukit Road 2, #03-18\nSingapore 417842\nGST Reg No. 201912345K",
        "inv_no": "LSE-250314-07",
        "date": dt("2025-03-14", "d/m/Y"),
        "due": dt("2025-04-13", "d/m/Y"),
        "cust_no": "KWB-021",
        "order_no": "SO-88127",
        "terms": "30 days",
        "bill_to": "Kwok Brothers Engineering Pte Ltd\n21 Tuas Avenue 3\nSingapore 639414\nAttn: Mr "
        "Alvin Kwok",
        "ship_to": "Project: JTC Jurong Block 5\n2 Jurong East Street 21\nSingapore 609601\nSite "
        "contact 9123 4567",
        "subtotal": money(c["subtotal"], "us"),
        "tax": money(c["tax"], "us"),
        "total": money(c["total"], "us"),
        "bank": "PayNow UEN 201912345K\nDBS Bank 072-123456-7",
        "notes": "Partial delivery DO-55190 / DO-55214.",
    }
    return make_doc(
        "af06_sg_electrical",
        "SG",
        "en",
        "pypdf-ap",
        "classic A4, two pages; vendor in fields, 22 + 12 item rows, invoice number field with a second "
        "widget in the page-2 header (parent/kid), totals on page 2, bordered fields",
        s,
        v,
        c,
        currency="SGD",
        vendor="Lim Seng Electrical Trading Pte Ltd",
        cur_src="page:SGD",
        date="2025-03-14",
        due="2025-04-13",
    )


DOCS = [au_cleaning, in_printing, sg_electrical]
