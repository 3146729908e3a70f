"""Set K layouts 7-9 (benchmarks/outside_scans_k.py):
Singapore hotel folio (phone photo), US SaaS subscription (PAID stamp, page turned 90 degrees),
UK dot-matrix invoice on green-bar continuous stationery."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

import cv2
import numpy as np
from PIL import Image

from outside_common_k import Doc, Keys, Page, fdate, inv_no, items, money, q2, rand_date, wordlist


def k07_sg_hotel(rng: random.Random) -> Doc:
    k, p = Keys(), Page()
    vendor = k.text("vendor_name", "Marina Quay Hotel Pte. Ltd.")
    p.text(105, 22, "MARINA  QUAY", 22, "dserif", "c", (20, 50, 90))
    p.text(105, 28, "H O T E L  ·  S I N G A P O R E", 8, "dserif", "c", (20, 50, 90))
    p.text(105, 42, "TAX INVOICE", 12, "sans-b", "c")
    arrive = rand_date(rng)
    nights = rng.randint(2, 4)
    leave = arrive + timedelta(days=nights)
    guest = ["Mr Tobias Lindqvist", "Nordvik Marine AS", "Strandgata 12", "5013 Bergen, Norway"]
    p.lines(15, 54, guest, 9, 4.6)
    meta = [
        ("Room No.", str(rng.randint(7, 28)) + "0" + str(rng.randint(1, 9))),
        ("Arrival", arrive.strftime("%d/%m/%y")),
        ("Departure", leave.strftime("%d/%m/%y")),
        ("Folio No.", inv_no(rng, "499999")),
        ("Invoice No.", k.text("invoice_number", inv_no(rng, "TI2599-99999"))),
        ("Invoice Date", k.date("date", leave, "%d-%m-%Y")),
        ("Cashier", "MQ" + inv_no(rng, "99")),
    ]
    for i, (lab, val) in enumerate(meta):
        p.text(130, 54 + i * 4.6, lab, 9)
        p.text(160, 54 + i * 4.6, ": " + val, 9)
    rate = q2(rng.choice([289, 319, 345, 410]))
    rows = [["Date", "Description", "Reference", "Charges (SGD)", "Credits (SGD)"]]
    charges = []
    for i in range(nights):
        day = (arrive + timedelta(days=i)).strftime("%d/%m/%y")
        rows.append([day, "Room Charge", f"RM {meta[0][1]}", money(rate), ""])
        charges.append(rate)
        if rng.random() < 0.6:
            extra = q2(rng.uniform(18, 140))
            rows.append(
                [
                    day,
                    rng.choice(["Harbour Grill", "In-Room Dining", "Minibar", "Laundry"]),
                    "",
                    money(extra),
                    "",
                ]
            )
            charges.append(extra)
    svc = q2(sum(charges, Decimal(0)) * Decimal("0.10"))
    rows.append([leave.strftime("%d/%m/%y"), "Service Charge 10%", "", money(svc), ""])
    sub = sum(charges, Decimal(0)) + svc
    gst = q2(sub * Decimal("0.09"))
    total = sub + gst
    rows.append(
        [leave.strftime("%d/%m/%y"), "VISA XXXX-XXXX-XXXX-" + inv_no(rng, "9999"), "", "", money(total)]
    )
    cols = [(22, "l"), (68, "l"), (26, "l"), (32, "r"), (32, "r")]
    y = p.table(15, 96, cols, rows, 8.5, 5.8, "sans", "sans-b", shade=(225, 230, 238))
    p.line(15, y + 1, 195, y + 1, 0.3)
    summary = [
        ("Sub-total", k.amount("subtotal", sub)),
        ("GST 9%", k.amount("tax", gst)),
        ("Total (incl. GST) SGD", k.amount("total", total)),
        ("Payments", "-" + money(total)),
        ("Balance", "0.00"),
    ]
    for i, (lab, val) in enumerate(summary):
        p.text(160, y + 8 + i * 5.5, lab, 9, "sans-b" if "Total" in lab else "sans", "r")
        p.text(195, y + 8 + i * 5.5, val, 9, "sans-b" if "Total" in lab else "sans", "r")
    k.currency("SGD")
    foot = [f"{vendor}  ·  UEN 201512345K  ·  GST Reg No. 201512345K", "12 Marina Quay, Singapore 018989"]
    p.lines(105, 270, foot, 7.5, 3.8, align="c")
    p.text(15, y + 46, "Guest signature: ______________________", 8.5)
    spec = {
        "kind": "photo",
        "fmt": "jpg",
        "quality": 66,
        "dpi": 210,
        "warp": 0.05,
        "blur": 1.3,
        "desk": (70, 70, 78),
    }
    return Doc("k07_sg_hotel", "en-SG", "hotel folio", [p], k, spec)


def k08_us_saas(rng: random.Random) -> Doc:
    k, p = Keys(), Page(216, 279)
    vendor = k.text("vendor_name", rng.choice(["Cobaltline Software, Inc.", "Quillmark Labs, Inc."]))
    p.text(18, 26, "Invoice", 22, "arial-b")
    p.text(198, 24, vendor.split(",")[0].split()[0].lower(), 18, "arial-b", "r", (40, 70, 200))
    d = rand_date(rng)
    due = d + timedelta(days=30)
    num = k.text("invoice_number", inv_no(rng, "9A9A99A9-0999"))
    meta = [("Invoice number", num), ("Date of issue", k.date("date", d, "%B %-d, %Y"))]
    meta.append(("Date due", k.date("due_date", due, "%B %-d, %Y")))
    for i, (lab, val) in enumerate(meta):
        p.text(18, 38 + i * 5, lab, 9, "arial")
        p.text(55, 38 + i * 5, val, 9, "arial")
    p.lines(
        18, 62, [vendor, "548 Market St, Suite 300", "San Francisco, CA 94104", "billing@example.com"], 9, 4.4
    )
    p.lines(95, 62, ["Bill to", "Harbor & Pine Architects", "210 W 29th St", "New York, NY 10001"], 9, 4.4)
    seats = rng.randint(4, 18)
    unit = Decimal(rng.choice(["24.00", "29.00", "39.00"]))
    sub = seats * unit
    extra = q2(rng.choice([0, 49]))
    sub += extra
    tax = q2(sub * Decimal("0.08875"))
    total = sub + tax
    credit = q2(rng.choice([0, 25, 50]))
    p.text(18, 92, f"${money(total - credit)} USD due {fdate(due, '%B %-d, %Y')}", 14, "arial-b")
    end = d + timedelta(days=31)
    period = f"{fdate(d, '%b %-d')} - {fdate(end, '%b %-d, %Y')}"
    rows = [
        ["Description", "Qty", "Unit price", "Amount"],
        ["Team plan", str(seats), "$" + money(unit), "$" + money(sub - extra)],
    ]
    rows.append([period, "", "", ""])
    if extra:
        rows.append(["Additional storage 100 GB", "1", "$49.00", "$49.00"])
    y = p.table(18, 104, [(110, "l"), (20, "r"), (25, "r"), (25, "r")], rows, 9, 6, "arial", "arial-b")
    p.line(18, 104 + 6, 198, 104 + 6, 0.2)
    summary = [
        ("Subtotal", "$" + k.amount("subtotal", sub)),
        ("Total excluding tax", "$" + money(sub)),
        (f"Sales tax - New York (8.875% on ${money(sub)})", "$" + k.amount("tax", tax)),
        ("Total", "$" + k.amount("total", total)),
    ]
    if credit:
        summary.append(("Applied balance", "-$" + money(credit)))
    summary.append(("Amount due", f"${money(total - credit)} USD"))
    for i, (lab, val) in enumerate(summary):
        p.line(110, y + 3 + i * 6.5, 198, y + 3 + i * 6.5, 0.15)
        p.text(112, y + 8 + i * 6.5, lab, 9, "arial-b" if lab == "Amount due" else "arial")
        p.text(198, y + 8 + i * 6.5, val, 9, "arial-b" if lab == "Amount due" else "arial", "r")
    k.currency("USD")
    p.text(18, 262, f"{num} · ${money(total - credit)} USD due {fdate(due, '%B %-d, %Y')}", 8, "arial")
    p.text(198, 262, "Page 1 of 1", 8, "arial", "r")
    paid = d + timedelta(days=rng.randint(8, 20))
    stamp = {
        "type": "stamp",
        "lines": ["PAID", paid.strftime("%b %d %Y").upper(), "CK# " + inv_no(rng, "29999")],
    }
    stamp |= {"at": (150, 60), "angle": 12, "color": (200, 25, 35)}
    spec = {"kind": "scan", "fmt": "png", "dpi": 300, "skew": 0.8, "rotate": 90, "marks": [stamp]}
    return Doc("k08_us_saas", "en-US", "SaaS subscription invoice (page turned 90)", [p], k, spec)


def _dots(p: Page, layer: Page, rng: random.Random, pitch: int = 4) -> None:
    """Re-prints ``layer``'s text on ``p`` as a 9-pin printer would: dots on a grid, a tired ribbon."""
    mask = np.asarray(layer.img.convert("L")) < 140
    H, W = mask.shape
    hh, ww = H // pitch, W // pitch
    cells = mask[: hh * pitch, : ww * pitch].reshape(hh, pitch, ww, pitch).mean(axis=(1, 3)) > 0.3
    dots = np.zeros((H, W), np.uint8)
    ys, xs = np.nonzero(cells)
    dots[ys * pitch + pitch // 2, xs * pitch + pitch // 2] = 255
    dots = cv2.dilate(dots, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (pitch + 1, pitch + 1)))
    fade = np.repeat(0.55 + 0.35 * np.random.default_rng(rng.randrange(1 << 30)).random(H // 40 + 1), 40)[:H]
    ink = (dots / 255.0 * fade[:, None])[..., None]
    page = np.asarray(p.img, np.float32)
    p.img.paste(Image.fromarray((page * (1 - ink) + 30 * ink).astype(np.uint8)))
    p.texts += layer.texts


def k09_uk_dotmatrix(rng: random.Random) -> Doc:
    k, p = Keys(), Page(241, 279, (250, 250, 246))
    green = (205, 232, 205)
    for i in range(0, 22, 2):
        p.rect(14, 12.7 * i + 6, 227, 12.7 * i + 12.35, 0, fill=green)
    for i in range(22):
        for x in (6.5, 234.5):
            p.draw.ellipse(
                [int(v * 300 / 25.4) for v in (x - 2, 12.7 * i + 4.3, x + 2, 12.7 * i + 8.3)],
                fill=(90, 90, 90),
            )
    p.line(13, 0, 13, 279, 0.15, (150, 150, 150))
    p.line(228, 0, 228, 279, 0.15, (150, 150, 150))
    form = (20, 90, 40)
    vendor = k.text("vendor_name", "PENNINE CATERING SUPPLIES LTD")
    p.text(20, 20, vendor, 14, "serif-b", color=form)
    p.text(
        20,
        25,
        "Unit 9, Calder Trading Estate, Huddersfield HD5 0RR  Tel 01484 530 771",
        8,
        "serif",
        color=form,
    )
    p.text(20, 29, "VAT Reg. No. 318 4471 26   Company No. 02217734", 8, "serif", color=form)
    p.text(222, 22, "INVOICE", 16, "serif-b", "r", form)
    for lab, x in (
        ("INVOICE NO.", 140),
        ("DATE / TAX POINT", 175),
        ("ACCOUNT NO.", 140),
        ("YOUR ORDER", 175),
    ):
        p.text(x, 36 if lab in ("INVOICE NO.", "DATE / TAX POINT") else 48, lab, 6.5, "sans-b", color=form)
    heads = [("CODE", 20), ("DESCRIPTION", 48), ("QTY", 126), ("PRICE", 150), ("VAT", 170), ("GOODS", 205)]
    for lab, x in heads:
        p.text(x, 70, lab, 6.5, "sans-b", color=form)
    p.line(18, 72, 226, 72, 0.2, form)
    m = Page(241, 279)
    d = rand_date(rng)
    m.text(140, 42, k.text("invoice_number", inv_no(rng, "199999")), 11, "mono")
    m.text(175, 42, k.date("date", d, "%d/%m/%y"), 11, "mono")
    m.text(140, 54, "HUDD/" + inv_no(rng, "9999"), 11, "mono")
    m.text(175, 54, inv_no(rng, "99999"), 11, "mono")
    m.lines(20, 42, ["THE GREEN BEAN CAFE", "14 MARKET WALK", "HOLMFIRTH", "HD9 7DA"], 11, 4.6, f="mono")
    names = wordlist(
        "PLAIN FLOUR 16KG; CASTER SUGAR 5KG; TAKEAWAY CUP 12OZ X1000; NAPKIN 2PLY WHITE X2000; "
        "RAPESEED OIL 20L; CHEDDAR MATURE 5KG; MILK UHT 1L X12; CLING FILM 450MM; "
        "FOIL CONTAINER X500; BLEACH 5L; COFFEE BEANS 1KG; TEA BAGS X1100; KETCHUP 4.5KG; "
        "MAYONNAISE 5L"
    )
    lines = items(rng, names, rng.randint(8, 11), 3, 45, 6)
    y = 78
    goods, vatable = Decimal(0), Decimal(0)
    for name, qty, unit, amt in lines:
        food = not any(w in name for w in ("CUP", "NAPKIN", "FILM", "FOIL", "BLEACH"))
        code = "S" if not food else "Z"
        for txt, x, al in ((inv_no(rng, "AA999"), 20, "l"), (name, 48, "l"), (str(qty), 131, "r")):
            m.text(x, y, txt, 11, "mono", al)
        m.text(163, y, money(unit, "plain"), 11, "mono", "r")
        m.text(172, y, code, 11, "mono")
        m.text(222, y, money(amt, "plain"), 11, "mono", "r")
        goods += amt
        vatable += amt if code == "S" else 0
        y += 4.6
    vat = q2(vatable * Decimal("0.20"))
    y += 8
    rows = [("GOODS", k.amount("subtotal", goods, "plain")), ("VAT", k.amount("tax", vat, "plain"))]
    rows.append(("INVOICE TOTAL  GBP", k.amount("total", goods + vat, "plain")))
    for lab, val in rows:
        m.text(190, y, lab, 11, "mono", "r")
        m.text(222, y, val, 11, "mono", "r")
        y += 5
    k.currency("GBP")
    m.text(20, y + 6, "VAT CODES: S = 20.00%  Z = 0.00%   TERMS: NETT 30 DAYS", 11, "mono")
    disc = fdate(d + timedelta(days=14), "%d/%m/%y")
    m.text(20, y + 11, f"SETTLEMENT DISCOUNT 2.5% IF PAID BY {disc}", 11, "mono")
    _dots(p, m, rng)
    spec = {"kind": "scan", "fmt": "jpg", "quality": 82, "dpi": 200, "skew": 2.0, "colour": True}
    return Doc("k09_uk_dotmatrix", "en-GB", "dot-matrix invoice on continuous stationery", [p], k, spec)


DOCS = [k07_sg_hotel, k08_us_saas, k09_uk_dotmatrix]
