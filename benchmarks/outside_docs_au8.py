"""Uzbekistan: an e-invoice style HISOB-FAKTURA in Uzbek Latin with IKPU codes, QQS 12% per line and a
net / tax / gross totals row (WeasyPrint).  Vietnam: a bilingual HÓA ĐƠN GIÁ TRỊ GIA TĂNG with the 8%
reduced rate, Ký hiệu / Số and a digital-signature box (fpdf2)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, make_key, noto
from outside_docs_au2 import vi_words
from outside_docs_au3 import FP, html_page, weasy_pdf

UZ_CSS = """
.pg{width:297mm;height:210mm;padding:10mm 12mm;position:relative}
.t{text-align:center} .t .h{font-size:15pt;font-weight:700;letter-spacing:1pt}
.two{display:flex;gap:8mm;margin-top:4mm} .two>div{flex:1}
.two .k{color:#555;width:38mm;display:inline-block} .two p{margin:0 0 .6mm;font-size:8.3pt}
.two h4{margin:0 0 1mm;font-size:9.5pt;border-bottom:1px solid #333}
.it{margin-top:4mm} .it
th{border:1px solid #333;background:#eef3f8;font-size:7.6pt;padding:1.2mm;text-align:center}
.it td{border:1px solid #333;font-size:8pt;padding:1.2mm}
.it tr.j td{font-weight:700;background:#eef3f8} .it td.r{white-space:nowrap}
.sg{display:flex;justify-content:space-between;margin-top:7mm;font-size:8.5pt} .sg
div{width:66mm;white-space:nowrap}
.sg span{display:inline-block;border-bottom:1px solid #333;width:26mm}
.mo{position:absolute;left:30mm;bottom:44mm;width:27mm;height:27mm;border:1.8px solid #283593;
 border-radius:50%;
 color:#283593;font-size:6.2pt;font-weight:700;text-align:center;padding-top:7mm;line-height:1.3;opacity:.85}
"""


def _uz(x) -> str:
    return fmt(x, 2, " ", ",")


def uz_hisob(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "157", '"SAMARQAND QURILISH MATERIALLARI" MChJ'
    items = [
        ("Portlandsement M400 (50 kg qop)", "02523001001000000", "qop", D(400), D(62000)),
        ("Armatura A500C Ø12 mm", "07214001002000000", "tonna", D("3.5"), D(9800000)),
        ("G'isht M-150 (pishgan)", "06904001001000000", "dona", D(12000), D(1150)),
        ("Gipsokarton Knauf 12,5 mm", "06809001001000000", "list", D(150), D(68500)),
        ("Yetkazib berish xizmati (Samarqand - Toshkent)", "10499001001000000", "reys", D(3), D(450000)),
    ]
    lines = [(n, c, u, q, p, q * p, (q * p * D("0.12")).quantize(D("0.01"))) for n, c, u, q, p in items]
    sub = sum(x[5] for x in lines)
    vat = sum(x[6] for x in lines)
    total = sub + vat
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{n}</td><td class='c'>{c}</td><td class='c'>{u}</td>"
        f"<td class='r'>{fmt(q, 1 if q != q.to_integral_value() else 0, ' ', ',')}</td>"
        f"<td class='r'>{_uz(p)}</td>"
        f"<td class='r'>{_uz(v)}</td><td class='c'>12%</td><td class='r'>{_uz(t)}</td>"
        f"<td class='r'>{_uz(v + t)}</td></tr>"
        for i, (n, c, u, q, p, v, t) in enumerate(lines, 1)
    )
    body = f"""<div class="pg">
<div class="t"><div class="h">HISOB-FAKTURA № {inv}</div>
<div>2025-yil 14-fevral</div><div style="font-size:8.5pt">2025-yil 6-yanvardagi 12/2025-sonli yetkazib berish
shartnomasiga muvofiq</div></div>
<div class="two"><div><h4>Yetkazib beruvchi</h4>
<p><span class="k">Nomi:</span><b>{vendor}</b></p>
<p><span class="k">Manzil:</span>Samarqand sh., Mirzo Ulug'bek ko'chasi, 74-uy</p>
<p><span class="k">STIR:</span>305 218 447</p>
<p><span class="k">QQS to'lovchi reg. kodi:</span>326030012457</p>
<p><span class="k">Hisob raqam:</span>2020 8000 9051 2847 3001</p>
<p><span class="k">Bank:</span>"Kapitalbank" ATB Samarqand filiali, MFO 01018</p></div>
<div><h4>Sotib oluvchi</h4>
<p><span class="k">Nomi:</span><b>"TOSHKENT UY-JOY INVEST" MChJ</b></p>
<p><span class="k">Manzil:</span>Toshkent sh., Yunusobod tumani, Amir Temur shoh ko'chasi, 107B</p>
<p><span class="k">STIR:</span>307 664 120</p>
<p><span class="k">QQS to'lovchi reg. kodi:</span>326010087734</p>
<p><span class="k">Hisob raqam:</span>2020 8000 1004 9911 6002</p>
<p><span class="k">Bank:</span>"Hamkorbank" ATB Toshkent filiali, MFO 00083</p></div></div>
<table class="it"><tr><th rowspan="2">№</th><th rowspan="2">Tovar (xizmat) nomi</th>
<th rowspan="2">Identifikatsiya kodi (IKPU)</th><th rowspan="2">O'lchov birligi</th>
<th rowspan="2">Miqdori</th>
<th rowspan="2">Narxi</th><th rowspan="2">Yetkazib berish qiymati</th><th colspan="2">QQS</th>
<th rowspan="2">QQS bilan yetkazib berish qiymati</th></tr><tr><th>stavka</th><th>summa</th></tr>{rows}
<tr class="j"><td></td><td colspan="5">Jami:</td><td class="r">{_uz(sub)}</td><td></td>
<td class="r">{_uz(vat)}</td>
<td class="r">{_uz(total)}</td></tr></table>
<p style="font-size:8.8pt;margin-top:3mm">Jami to'lovga: <b>to'qson to'rt million olti yuz oltmish sakkiz
ming so'm
00 tiyin</b>, shu jumladan QQS: {_uz(vat)} so'm.<br>To'lov muddati: 2025-yil 28-fevralgacha.</p>
<div class="sg"><div>Rahbar: <span></span> A. Rasulov</div><div>Bosh hisobchi: <span></span> D. Karimova</div>
<div>Tovarni berdi: <span></span></div><div>Qabul qildim: <span></span></div></div>
<div class="mo">"SAMARQAND QURILISH<br>MATERIALLARI" MChJ<br>STIR 305218447<br>SAMARQAND</div>
<div style="position:absolute;right:12mm;bottom:8mm;font-size:7pt;color:#777">Elektron hisob-faktura ID:
67AF1C2E8B0D4F19A3E2 · soliq.uz</div></div>"""
    font = '"Noto Sans","DejaVu Sans",sans-serif'
    weasy_pdf(html_page(body, lang="uz", font=font, css=UZ_CSS, page="A4 landscape"), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-14",
        due_date="2025-02-28",
        total=total,
        currency="UZS",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=vat,
        lang="uz-Latn",
        country="Uzbekistan",
        template="uz_hisob_faktura_landscape_totals_row",
        producer="weasyprint",
    )


def _vn(x) -> str:
    return fmt(x, 0, ".")


def vn_gtgt(pdf_path: Path, work: Path) -> dict:
    reg, bold = noto("Serif")
    d = FP("Hóa đơn GTGT", {"r": reg, "b": bold, "s": noto("Sans")[0], "sb": noto("Sans")[1]})
    inv, vendor = "00000317", "CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÚ GIA"
    alt = "AN PHU GIA TRADING SERVICE COMPANY LIMITED"
    items = [
        ("Bàn làm việc gỗ MDF chân sắt 1m4", "Cái", 10, D(2350000)),
        ("Ghế xoay lưới văn phòng có tựa đầu", "Cái", 10, D(1180000)),
        ("Tủ hồ sơ sắt 4 ngăn kéo", "Cái", 3, D(3450000)),
        ("Vách ngăn bàn làm việc bọc nỉ 1,2m", "Tấm", 8, D(685000)),
        ("Chi phí vận chuyển, lắp đặt", "Gói", 1, D(1500000)),
    ]
    sub = sum(q * p for _, _, q, p in items)
    vat = sub * D("0.08")
    total = sub + vat
    d.rect(10, 10, 190, 277, color="#8d6e63", lw=0.8)
    d.t(15, 22, vendor, 11, bold=True, color="#0d47a1")
    d.t(15, 27, alt, 8, font="s", color="#0d47a1")
    for i, (k, v) in enumerate(
        [
            ("Mã số thuế (Tax code):", "0316742915"),
            ("Địa chỉ (Address):", "128/7 Nguyễn Văn Thủ, Phường Đa Kao, Quận 1, TP. Hồ Chí Minh"),
            ("Điện thoại (Tel):", "028 3911 4725"),
            (
                "Số tài khoản (A/C No.):",
                "0071 0012 58693 - Ngân hàng TMCP Ngoại thương VN (Vietcombank) - CN TP.HCM",
            ),
        ]
    ):
        d.t(15, 34 + i * 4.8, k, 8, font="s")
        d.t(52, 34 + i * 4.8, v, 8, font="sb" if i == 0 else "s")
    d.line(15, 54, 195, 54, color="#8d6e63")
    d.t(105, 63, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 15, bold=True, align="C", color="#b71c1c")
    d.t(105, 68.5, "(VAT INVOICE)", 9, align="C")
    d.t(105, 74, "Ngày (Date) 18 tháng (month) 02 năm (year) 2025", 9, align="C")
    d.t(105, 79, "Mã của CQT: 00A7E1C93F5B2D4E6A8B0C1D2E3F405162", 8, align="C", font="s")
    d.t(160, 63, "Ký hiệu (Serial): 1C25TAP", 8.5, font="s")
    d.t(160, 68.5, "Số (No.): ", 8.5, font="s")
    d.t(175, 68.5, inv, 10.5, bold=True, color="#b71c1c")
    for i, (k, v) in enumerate(
        [
            ("Họ tên người mua hàng (Buyer):", "Trần Minh Khoa"),
            ("Tên đơn vị (Company):", "CÔNG TY CỔ PHẦN GIẢI PHÁP SỐ LẠC HỒNG"),
            ("Mã số thuế (Tax code):", "0315589036"),
            ("Địa chỉ (Address):", "Tầng 6, 45 Võ Thị Sáu, Phường Tân Định, Quận 1, TP. Hồ Chí Minh"),
            (
                "Hình thức thanh toán (Payment method):",
                "TM/CK          Số tài khoản (A/C No.): 1903 5521 8870 11",
            ),
        ]
    ):
        d.t(15, 88 + i * 5.2, k, 8.5, font="s")
        d.t(15 + d.width(k, 8.5, font="s") + 2, 88 + i * 5.2, v, 8.5, font="sb" if i == 1 else "s")
    cols = [
        ("STT\n(No.)", 12, "C"),
        ("Tên hàng hóa, dịch vụ\n(Description)", 74, "L"),
        ("Đơn vị tính\n(Unit)", 20, "C"),
        ("Số lượng\n(Quantity)", 20, "R"),
        ("Đơn giá\n(Unit price)", 27, "R"),
        ("Thành tiền\n(Amount)", 27, "R"),
    ]
    y, x = 116, 15
    for name, w, _ in cols:
        d.rect(x, y, w, 11, color="#8d6e63", fill="#fbe9e7")
        for j, part in enumerate(name.split("\n")):
            d.t(x + w / 2, y + 4.5 + j * 4, part, 7.8, bold=j == 0, align="C", font="sb" if j == 0 else "s")
        x += w
    y += 11
    x = 15
    for (_, w, _), label in zip(cols, ["1", "2", "3", "4", "5", "6 = 4 x 5"], strict=True):
        d.rect(x, y, w, 6, color="#8d6e63")
        d.t(x + w / 2, y + 4.2, label, 7.5, align="C", font="s")
        x += w
    y += 6
    body = [[str(i), n, u, str(q), _vn(p), _vn(q * p)] for i, (n, u, q, p) in enumerate(items, 1)]
    body += [[""] * 6] * 3
    for row in body:
        x = 15
        for (_, w, al), v in zip(cols, row, strict=True):
            d.rect(x, y, w, 7, color="#8d6e63")
            tx = x + 1.5 if al == "L" else x + w - 1.5 if al == "R" else x + w / 2
            d.t(tx, y + 4.8, v, 8.5, align=al, font="s")
            x += w
        y += 7
    for k, v in [
        ("Cộng tiền hàng (Total amount):", sub),
        ("Thuế suất GTGT (VAT rate): 8%          Tiền thuế GTGT (VAT amount):", vat),
        ("Tổng cộng tiền thanh toán (Total payment):", total),
    ]:
        d.rect(15, y, 180, 7, color="#8d6e63")
        d.t(17, y + 4.8, k, 8.5, bold=v is total, font="sb" if v is total else "s")
        d.t(193.5, y + 4.8, _vn(v), 9.5 if v is total else 8.5, align="R", font="sb" if v is total else "s")
        y += 7
    d.t(17, y + 5.5, f"Số tiền viết bằng chữ (Amount in words): {vi_words(int(total))} đồng.", 8.5, font="s")
    y += 16
    d.t(55, y, "Người mua hàng (Buyer)", 9, bold=True, align="C")
    d.t(150, y, "Người bán hàng (Seller)", 9, bold=True, align="C")
    d.t(55, y + 4.5, "(Ký, ghi rõ họ tên)", 8, align="C")
    d.t(150, y + 4.5, "(Ký, đóng dấu, ghi rõ họ tên)", 8, align="C")
    d.rect(112, y + 9, 76, 20, color="#2e7d32", fill="#f1f8e9", lw=0.5)
    d.t(150, y + 14.5, "Signature Valid", 8.5, align="C", font="sb", color="#2e7d32")
    d.t(150, y + 19.5, f"Ký bởi: {vendor}", 6.3, align="C", font="s", color="#2e7d32")
    d.t(150, y + 24.5, "Ký ngày: 18/02/2025", 7.5, align="C", font="s", color="#2e7d32")
    d.t(105, 276, "(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)", 7.5, align="C", font="s")
    d.t(
        105,
        281,
        "Tra cứu hóa đơn tại: https://hoadon.anphugia.vn  -  Mã tra cứu: APG25TR0317",
        7.5,
        align="C",
        font="s",
        color="#555555",
    )
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-02-18",
        due_date=None,
        total=total,
        currency="VND",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=vat,
        lang="vi",
        country="Vietnam",
        template="vn_hoa_don_gtgt_bilingual_framed",
        producer="fpdf2",
    )


SPECS = [
    Spec("au_uz_hisob_faktura", "Uzbekistan", "Uzbek (Latin)", "weasyprint", uz_hisob),
    Spec("au_vn_hoa_don_gtgt_8pct", "Vietnam", "Vietnamese (Latin) + English", "fpdf2", vn_gtgt),
]
