"""Indonesia: a supplier's INVOICE / Faktur Penjualan in Bahasa Indonesia with DPP Nilai Lain 11/12 and
PPN 12% (2025 rules), terbilang and a meterai box (ReportLab).  Philippines: a BIR-style SALES INVOICE with
VAT-inclusive prices, the VATable / VAT-exempt breakdown and the printer's accreditation footer (fpdf2)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, make_key, noto, rnd
from outside_docs_au2 import en_words, id_words
from outside_docs_au3 import FP, RL, grid

TEAL = "#00796b"


def _rp(x) -> str:
    return fmt(x, 0, ".")


def id_faktur(pdf_path: Path, work: Path) -> dict:
    reg, bold = noto("Sans")
    d = RL(pdf_path, "Invoice", {"r": reg, "b": bold})
    inv, vendor = "INV/CBS/2025/02/0184", "PT Cahaya Bersih Sentosa"
    items = [
        ("Sabun cair cuci tangan refill 5 liter", 24, "jerigen", D(185000)),
        ("Sampo sachet 15 ml (karton isi 500)", 6, "karton", D(412500)),
        ("Tisu toilet jumbo roll (bal isi 12)", 40, "bal", D(96000)),
        ("Cairan pembersih lantai 20 liter", 10, "jerigen", D(365000)),
        ("Kantong sampah hitam 90x120 (pak isi 50)", 30, "pak", D(48500)),
        ("Ongkos kirim Gudang Sidoarjo - Denpasar", 1, "paket", D(350000)),
    ]
    sub = sum(q * p for _, q, _, p in items)
    dpp = rnd(sub * 11 / D(12), 0)
    ppn = rnd(dpp * D("0.12"), 0)
    total = sub + ppn
    d.rect(0, 0, 210, 34, color=None, fill=TEAL)
    d.t(15, 15, vendor, 17, bold=True, color="#ffffff")
    d.t(15, 21.5, "Distributor Perlengkapan Kebersihan & Amenities Hotel", 8.5, color="#e0f2f1")
    d.t(
        15,
        27,
        "Jl. Raya Waru No. 88, Sidoarjo 61256, Jawa Timur  ·  (031) 853 2270  ·  NPWP 0019 2837 4690 5000",
        7.8,
        color="#e0f2f1",
    )
    d.t(195, 17, "INVOICE", 22, bold=True, align="R", color="#ffffff")
    d.t(195, 24, "Faktur Penjualan", 9.5, align="R", color="#e0f2f1")
    # meta, labels above values
    meta = [
        ("Nomor", inv),
        ("Tanggal", "20 Februari 2025"),
        ("Jatuh Tempo", "06 Maret 2025"),
        ("No. PO", "PO/HBIP/2502/031"),
    ]
    for i, (k, v) in enumerate(meta):
        x = 15 + i * 46
        d.t(x, 44, k, 7.8, color="#607d8b")
        d.t(x, 49.5, v, 9, bold=True)
    d.t(15, 62, "Kepada Yth.", 8.5, color="#607d8b")
    d.t(15, 68, "PT Hotel Bali Indah Permai", 11, bold=True)
    d.t(15, 73.5, "u.p. Bagian Purchasing - Ibu Ni Made Ayu", 8.5)
    d.t(15, 78.5, "Jl. Pantai Kuta No. 17, Badung, Bali 80361", 8.5)
    d.t(15, 83.5, "NPWP 0027 6541 2390 4000", 8.5)
    d.t(120, 62, "Pengiriman", 8.5, color="#607d8b")
    d.t(120, 68, "Surat Jalan SJ/CBS/2502/0177", 8.5)
    d.t(120, 73.5, "Ekspedisi: CV Tirta Jaya Cargo", 8.5)
    d.t(120, 78.5, "Diterima: 19 Februari 2025", 8.5)
    rows = [["No", "Nama Barang", "Qty", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)"]]
    rows += [[str(i), n, str(q), u, _rp(p), _rp(q * p)] for i, (n, q, u, p) in enumerate(items, 1)]
    y = grid(
        d,
        15,
        92,
        [10, 72, 13, 20, 32, 33],
        rows,
        "CLRCRR",
        size=8.3,
        h=7.5,
        head_fill="#b2dfdb",
        color="#80cbc4",
    )
    summary = [("Subtotal", sub), ("DPP Nilai Lain (11/12)", dpp), ("PPN 12% x DPP Nilai Lain", ppn)]
    for i, (k, v) in enumerate(summary):
        d.t(140, y + 6 + i * 6, k, 8.5, align="R")
        d.t(193.5, y + 6 + i * 6, _rp(v), 8.5, align="R")
    d.rect(100, y + 22, 95, 9, color=None, fill=TEAL)
    d.t(104, y + 28, "TOTAL TAGIHAN", 10, bold=True, color="#ffffff")
    d.t(193.5, y + 28, f"Rp {_rp(total)}", 11, bold=True, align="R", color="#ffffff")
    d.t(15, y + 40, "Terbilang:", 8.5, bold=True)
    d.t(15, y + 45.5, f"# {id_words(int(total)).capitalize()} rupiah #", 8.8)
    d.t(15, y + 56, "Pembayaran melalui transfer ke:", 8.5, bold=True)
    d.t(15, y + 61.5, "Bank Central Asia (BCA) KCU Sidoarjo", 8.5)
    d.t(15, y + 66.5, "No. Rekening 468 029 1175 a.n. PT Cahaya Bersih Sentosa", 8.5)
    d.t(15, y + 71.5, "Mohon cantumkan nomor invoice pada berita transfer.", 8, color="#607d8b")
    d.t(160, y + 50, "Sidoarjo, 20 Februari 2025", 8.5, align="C")
    d.t(160, y + 55, "Hormat kami,", 8.5, align="C")
    d.rect(133, y + 58, 22, 16, color="#8d6e63", fill="#fff8e1", lw=0.4)
    d.t(144, y + 64, "METERAI", 6.5, True, "C", "#8d6e63")
    d.t(144, y + 68, "TEMPEL", 6.5, True, "C", "#8d6e63")
    d.t(144, y + 72, "10000", 6.5, True, "C", "#8d6e63")
    d.circle(168, y + 67, 10, color="#1565c0", lw=1.0)
    d.t(168, y + 65.5, "PT CAHAYA BERSIH", 5.2, True, "C", "#1565c0")
    d.t(168, y + 69.5, "SENTOSA", 5.2, True, "C", "#1565c0")
    d.t(160, y + 84, "Hendra Wijaya", 9, bold=True, align="C")
    d.line(140, y + 85, 180, y + 85)
    d.t(160, y + 89, "Direktur", 8, align="C")
    d.rect(0, 288, 210, 9, color=None, fill=TEAL)
    d.t(
        105,
        293.5,
        "Barang yang sudah dibeli tidak dapat dikembalikan kecuali cacat produksi  ·  www.cahayabersih.co.id",
        7.3,
        align="C",
        color="#ffffff",
    )
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-02-20",
        due_date="2025-03-06",
        total=total,
        currency="IDR",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=ppn,
        lang="id",
        country="Indonesia",
        template="id_invoice_dpp_nilai_lain_banner",
        producer="reportlab",
    )


def ph_sales_invoice(pdf_path: Path, work: Path) -> dict:
    reg, bold = noto("Serif")
    d = FP("Sales Invoice", {"r": reg, "b": bold, "s": noto("Sans")[0], "sb": noto("Sans")[1]})
    inv, vendor = "0004587", "JMR HARDWARE & CONSTRUCTION SUPPLY"
    items = [
        (50, "bags", "Portland Cement Type 1P, 40 kg", D("265.00")),
        (30, "pcs", "Deformed Bar 10mm x 6m, Grade 40", D("198.00")),
        (12, "shts", 'Marine Plywood 3/4" 4x8', D("1480.00")),
        (5, "gals", "Boysen Permacoat Latex, Flat White", D("785.00")),
        (10, "kgs", 'Common Wire Nails 3"', D("92.00")),
    ]
    gross = sum(q * p for q, _, _, p in items)
    vat = rnd(gross * 12 / D(112))
    net = gross - vat
    d.t(105, 18, vendor, 15, bold=True, align="C", color="#1a237e")
    d.t(105, 23.5, "JUAN MIGUEL D. REYES - Prop.", 8.5, align="C")
    d.t(105, 28, "VAT Reg. TIN: 238-517-904-00000", 8.5, align="C", font="sb")
    d.t(
        105, 32.5, "1147 M. L. Quezon Ave., Brgy. Lahug, Cebu City 6000  ·  Tel. (032) 231-4478", 8, align="C"
    )
    d.rect(15, 38, 180, 0.6, color=None, fill="#1a237e")
    d.t(15, 48, "SALES INVOICE", 16, bold=True, color="#1a237e")
    d.t(150, 48, "No.", 11, font="s")
    d.t(158, 48, inv, 15, font="sb", color="#c62828")
    fields = [
        ("Sold to:", "BAYANIHAN BUILDERS CORPORATION", "Date:", "February 21, 2025"),
        ("TIN:", "407-223-861-00000", "Terms:", "30 days"),
        ("Business Address:", "Unit 4, Ayala Business Park, Mandaue City, Cebu", "P.O. No.:", "BBC-25-0219"),
    ]
    for i, (k1, v1, k2, v2) in enumerate(fields):
        yy = 58 + i * 7
        d.t(15, yy, k1, 8.8, font="s")
        d.t(15 + d.width(k1, 8.8, font="s") + 2, yy, v1, 9, font="sb" if i == 0 else "s")
        d.line(15 + d.width(k1, 8.8, font="s") + 1, yy + 1, 135, yy + 1, color="#999999", lw=0.2)
        d.t(140, yy, k2, 8.8, font="s")
        d.t(157, yy, v2, 9, font="s")
        d.line(156, yy + 1, 195, yy + 1, color="#999999", lw=0.2)
    rows = [["QTY", "UNIT", "ARTICLES", "UNIT PRICE", "AMOUNT"]]
    rows += [[str(q), u, n, fmt(p), fmt(q * p)] for q, u, n, p in items]
    rows += [[""] * 5] * 4
    y = grid(
        d, 15, 82, [16, 16, 88, 28, 32], rows, "RCLRR", size=8.8, h=7.2, head_fill="#e8eaf6", color="#5c6bc0"
    )
    left = [
        ("VATable Sales", fmt(net)),
        ("VAT-Exempt Sales", "0.00"),
        ("Zero Rated Sales", "0.00"),
        ("VAT Amount", fmt(vat)),
    ]
    right = [
        ("Total Sales (VAT Inclusive)", fmt(gross)),
        ("Less: VAT", fmt(vat)),
        ("Amount: Net of VAT", fmt(net)),
        ("Less: SC/PWD Discount", "0.00"),
        ("Amount Due", fmt(net)),
        ("Add: VAT", fmt(vat)),
        ("TOTAL AMOUNT DUE", f"PHP {fmt(gross)}"),
    ]
    for i, (k, v) in enumerate(left):
        d.t(15, y + 6 + i * 5.5, k, 8.3, font="s")
        d.t(75, y + 6 + i * 5.5, v, 8.3, align="R", font="s")
    for i, (k, v) in enumerate(right):
        last = i == len(right) - 1
        d.t(113, y + 6 + i * 5.5, k, 8.3 if not last else 9, font="sb" if last else "s")
        d.t(193.5, y + 6 + i * 5.5, v, 8.3 if not last else 10, align="R", font="sb" if last else "s")
    d.line(112, y + 35.3, 195, y + 35.3, color="#1a237e", lw=0.5)
    pesos = int(gross)
    d.t(15, y + 48, f"Amount in words: {en_words(pesos)} Pesos Only", 8.3, font="s")
    sy = y + 60
    d.t(15, sy, "Received the above goods in good order and condition.", 8, font="s")
    d.line(15, sy + 12, 80, sy + 12, lw=0.3)
    d.t(47, sy + 16, "Customer's Signature over Printed Name", 7.5, align="C", font="s")
    d.line(125, sy + 12, 190, sy + 12, lw=0.3)
    d.t(157, sy + 16, "Authorized Representative", 7.5, align="C", font="s")
    d.t(
        15,
        272,
        "50 Bklts. (50x3) 0004001-0006500  BIR Authority to Print No. OCN 081AU20240000004127",
        6.8,
        font="s",
        color="#555555",
    )
    d.t(
        15,
        275.5,
        "Date Issued: 06-10-2024  ·  Printer: GOLDEN PRESS PRINTING SERVICES, VAT Reg. TIN 182-604-331-00000",
        6.8,
        font="s",
        color="#555555",
    )
    d.t(
        15,
        279,
        "Cebu City  ·  Printer's Accreditation No. 081MP20230000000022  Date Issued: 03-14-2023",
        6.8,
        font="s",
        color="#555555",
    )
    d.t(15, 283, "THIS SALES INVOICE SHALL BE VALID FOR FIVE (5) YEARS FROM THE DATE OF ATP.", 6.8, font="sb")
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-02-21",
        due_date=None,
        total=gross,
        currency="PHP",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=net,
        tax=vat,
        lang="en",
        country="Philippines",
        template="ph_bir_sales_invoice_vat_inclusive",
        producer="fpdf2",
    )


SPECS = [
    Spec("au_id_faktur_penjualan", "Indonesia", "Indonesian (Latin)", "reportlab", id_faktur),
    Spec("au_ph_sales_invoice_vat", "Philippines", "English (Latin)", "fpdf2", ph_sales_invoice),
]
