"""Set Y templates: Kenyan KRA eTIMS tax invoice (CU serial, CU invoice no.), Vietnamese hóa đơn điện tử."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_j import Doc, esc, fdate, issue_date, make, money, page, q2
from outside_docs_y1 import hexs, later, pick_items, qr_svg

KE_CSS = """
@page { size: A4; margin: 14mm; } body { font: 8.8pt 'DejaVu Sans'; } .hd { display: flex; justify-content:
 space-between; } h1 { font-size: 15pt; margin: 0; letter-spacing: 1px; } table.kv td
{ padding: 1px 8px 1px 0; }
table.it { width: 100%; border-collapse: collapse; margin-top: 5mm; } table.it th
{ border-top: 1px solid #000;
 border-bottom: 1px solid #000; padding: 3px; text-align: left; font-size: 7.5pt; } table.it td
{ padding: 3px;
 border-bottom: 0.5px solid #ccc; } .r { text-align: right !important; white-space: nowrap; } .bot
{ display: flex;
 justify-content: space-between; margin-top: 4mm; } table.t td { padding: 2px 6px; } .b td
{ font-weight: bold;
 font-size: 10.5pt; border-top: 1px solid #000; } .cu
{ font: 7.5pt 'DejaVu Sans Mono'; border: 1px dashed #555;
 padding: 4px 6px; width: 95mm; }
"""

KE_ITEMS = [
    ("Solar panel 450W mono", "PCS", 14000, 22000),
    ("Inverter 5kVA hybrid", "PCS", 65000, 110000),
    ("Lithium battery 5kWh", "PCS", 120000, 190000),
    ("Installation labour", "JOB", 15000, 40000),
    ("DC cable 6mm (100 m)", "ROLL", 9000, 16000),
]


def etims_ke(rng: random.Random) -> Doc:
    legal = rng.choice(
        ["Savannah Solar Solutions Ltd", "Jua Kali Energy Ltd", "Mombasa Power Systems Limited"]
    )
    issued = issue_date(rng)
    due = later(issued, rng.choice([14, 30]))
    number = f"INV{rng.randrange(100, 99999):05d}"
    d, f = "{dd}/{mm}/{yyyy}", "en"
    lines = pick_items(rng, KE_ITEMS, 3, 6)
    net = sum(a for *_, a in lines)
    vat = q2(net * Decimal("0.16"))
    total = net + vat
    cu_serial = f"KRACU{rng.randrange(10**10, 10**11)}"
    cu_no = f"{cu_serial}/{rng.randrange(100, 99999)}"
    rows = "".join(
        f"<tr><td>{n}</td><td>{u}</td><td class=r>{q}</td><td class=r>{money(p, f)}</td><td>B-16%</td>"
        f"<td class=r>{money(a, f)}</td></tr>"
        for n, u, q, p, a in lines
    )
    t = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}:{rng.randrange(0, 60):02d}"
    body = f"""<div class=hd><div><b style="font-size:12pt">{esc(legal)}</b><br>{
        rng.choice(["Mombasa Road", "Ngong Road", "Moi Avenue"])
    }, {rng.choice(["Nairobi", "Mombasa", "Nakuru"])}<br>P.O. Box {
        rng.randrange(1000, 99999)
    }-00100<br>PIN: P0{rng.randrange(10**7, 10**8)}{rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")}<br>Tel: +254 7{
        rng.randrange(10**7, 10**8)
    }</div>
<div style="text-align:right"><h1>TAX INVOICE</h1><table class=kv><tr><td>Invoice No:</td><td>{
        number
    }</td></tr>
<tr><td>Date:</td><td>{fdate(issued, d)}</td></tr><tr><td>Due Date:</td><td>{
        fdate(due, d)
    }</td></tr><tr><td>LPO No:
</td><td>LPO-{rng.randrange(1000, 9999)}</td></tr></table></div></div>
<p><b>Bill To:</b> {
        rng.choice(["Kilimo Fresh Exporters Ltd", "St. Mary's Mission Hospital", "Rift Valley Hotels Ltd"])
    }
<br>Customer PIN: P0{rng.randrange(10**7, 10**8)}{rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")}</p>
<table class=it><tr><th>Description</th><th>Unit</th><th class=r>Qty</th><th class=r>Unit
Price</th><th>Tax</th>
<th class=r>Amount (KES)</th></tr>{rows}</table>
<div class=bot><div class=cu>SCU INFORMATION<br>Date: {fdate(issued, d)} Time: {t}<br>CU Serial No: {
        cu_serial
    }<br>
CU Invoice No: {cu_no}<br>Internal Data: {hexs(rng, 26, True)}<br>Receipt Signature: {hexs(rng, 16, True)}<br>
{qr_svg(rng, 22)}</div>
<table class=t><tr><td>Taxable Amount (B-16%)</td><td class=r>{
        money(net, f)
    }</td></tr><tr><td>Exempt (A-EX)</td>
<td class=r>0.00</td></tr><tr><td>VAT 16%</td><td class=r>{
        money(vat, f)
    }</td></tr><tr class=b><td>TOTAL KES</td>
<td class=r>{money(total, f)}</td></tr></table></div>
<p style="font-size:7.5pt">Payment: M-PESA Paybill {rng.randrange(100000, 999999)}, Account {
        number
    }, or bank transfer
to KCB A/C {rng.randrange(10**9, 10**10)}. Goods once sold are not returnable.</p>"""
    return make(
        "etims_ke",
        "en",
        page(KE_CSS, body, "en"),
        repeats=frozenset({"invoice_number", "date"}),
        invoice_number=(number, number),
        date=(issued, fdate(issued, d)),
        due_date=(due, fdate(due, d)),
        total=(total, money(total, f)),
        currency=("KES", "KES"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, f)),
        tax=(vat, money(vat, f)),
    )


VN_CSS = """
@page { size: A4; margin: 12mm; } body { font: 8.6pt 'DejaVu Serif'; } .frame { border: 3px double #1b5e9b;
 padding: 6mm; } .hd { display: flex; justify-content: space-between; align-items: flex-start; } h1
{ text-align:
 center; color: #c0392b; font-size: 14pt; margin: 0; } .c { text-align: center; } .ks { font-size: 8pt; }
table.kv { width: 100%; margin-top: 3mm; } table.kv td { padding: 1px 2px; } table.it { width: 100%;
 border-collapse: collapse; margin-top: 3mm; } table.it th, table.it td
{ border: 1px solid #1b5e9b; padding: 2px 3px; }
table.it th { font-size: 7.5pt; } .r { text-align: right !important; white-space: nowrap; } .sig
{ display: flex;
 justify-content: space-between; margin-top: 6mm; text-align: center; } .sig .s { border: 1px solid #2e7d32;
 color: #2e7d32; padding: 3px; font-size: 7pt; }
"""

VN_ITEMS = [
    ("Dịch vụ bảo trì hệ thống điều hòa", "Lần", 1500000, 4500000),
    ("Gas lạnh R410A", "Kg", 250000, 420000),
    ("Ống đồng 6.35mm", "Mét", 60000, 110000),
    ("Nhân công lắp đặt", "Giờ", 120000, 250000),
    ("Máy lọc không khí văn phòng", "Cái", 3200000, 8900000),
]


def hoadon_vn(rng: random.Random) -> Doc:
    legal = rng.choice(
        [
            "CÔNG TY TNHH KỸ THUẬT NHIỆT LẠNH SÀI GÒN",
            "CÔNG TY CỔ PHẦN CƠ ĐIỆN HÀ THÀNH",
            "CÔNG TY TNHH DỊCH VỤ AN PHÁT",
        ]
    )
    issued = issue_date(rng)
    number = f"{rng.randrange(1, 99999):08d}"
    serial = f"1C{issued.year % 100}T{rng.choice(['AA', 'HT', 'SG'])}"
    dstr = f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}"
    rows, net = [], 0
    for i, (n, u, lo, hi) in enumerate(rng.sample(VN_ITEMS, 3)):
        q = rng.randrange(1, 6)
        p = rng.randrange(lo, hi, 1000)
        net += q * p
        rows.append(
            f"<tr><td class=c>{i + 1}</td><td>{n}</td><td class=c>{u}</td><td class=r>{q}</td>"
            f"<td class=r>{money(p, 'de', 0)}</td><td class=r>{money(q * p, 'de', 0)}</td></tr>"
        )
    vat = net * 8 // 100 if rng.random() < 0.5 else net // 10
    rate = "8%" if vat == net * 8 // 100 else "10%"
    total = net + vat
    mst = f"0{rng.randrange(10**8, 10**9)}"
    body = f"""<div class=frame><div class=hd><div style="width:25%">{qr_svg(rng, 20)}</div><div class=c>
<h1>HÓA ĐƠN GIÁ TRỊ GIA TĂNG</h1>(VAT INVOICE)<br><i>{dstr}</i><br>Mã của cơ quan thuế: 00{
        hexs(rng, 32, True)
    }
</div><div class=ks style="width:25%">Ký hiệu <i>(Serial)</i>: <b>{
        serial
    }</b><br>Số <i>(No.)</i>: <b style="color:#c0392b">
{number}</b></div></div>
<table class=kv><tr><td>Đơn vị bán hàng <i>(Seller)</i>: <b>{
        esc(legal)
    }</b></td></tr><tr><td>Mã số thuế <i>(Tax code)</i>:
{mst}</td></tr><tr><td>Địa chỉ <i>(Address)</i>: {rng.randrange(1, 300)} {
        rng.choice(["Nguyễn Văn Linh, Quận 7, TP. Hồ Chí Minh", "Trần Duy Hưng, Cầu Giấy, Hà Nội"])
    }</td></tr><tr><td>Số tài khoản <i>(Account No.)</i>: {
        rng.randrange(10**11, 10**12)
    } tại Vietcombank</td></tr>
</table><hr><table class=kv><tr><td>Tên đơn vị mua hàng <i>(Buyer)</i>: {
        rng.choice(["CÔNG TY TNHH THỰC PHẨM MINH CHÂU", "KHÁCH SẠN HOA SEN", "TRƯỜNG QUỐC TẾ ÁNH DƯƠNG"])
    }</td></tr><tr><td>Mã số thuế <i>(Tax code)</i>: 0{
        rng.randrange(10**8, 10**9)
    }</td></tr><tr><td>Hình thức thanh toán
<i>(Payment method)</i>: TM/CK &nbsp; Đồng tiền thanh toán <i>(Currency)</i>: VND</td></tr></table>
<table class=it><tr><th>STT<br>(No.)</th><th>Tên hàng hóa, dịch vụ<br>(Description)</th><th>Đơn vị
tính<br>(Unit)</th>
<th>Số lượng<br>(Quantity)</th><th>Đơn giá<br>(Unit price)</th><th>Thành tiền<br>(Amount)</th></tr>{
        "".join(rows)
    }
<tr><td colspan=5>Cộng tiền hàng <i>(Total amount excl. VAT)</i>:</td><td class=r>{
        money(net, "de", 0)
    }</td></tr>
<tr><td colspan=5>Thuế suất GTGT <i>(VAT rate)</i>: {rate} &nbsp; Tiền thuế GTGT <i>(VAT amount)</i>:</td>
<td class=r>{
        money(vat, "de", 0)
    }</td></tr><tr><td colspan=5><b>Tổng tiền thanh toán <i>(Total payment)</i>:</b></td>
<td class=r><b>{money(total, "de", 0)}</b></td></tr></table>
<div class=sig><div>Người mua hàng <i>(Buyer)</i><br><br>&nbsp;</div><div>Người bán hàng
<i>(Seller)</i><br><div class=s>
Signature Valid<br>Ký bởi: {esc(legal)}<br>Ký ngày: {
        fdate(issued + timedelta(days=0), "{dd}/{mm}/{yyyy}")
    }</div></div></div>
<p class=c style="font-size:7pt">Tra cứu hóa đơn tại: https://tracuu.example.vn · Mã tra cứu: {
        hexs(rng, 10, True)
    }</p>
</div>"""
    doc = make(
        "hoadon_vn",
        "vi",
        page(VN_CSS, body, "vi"),
        repeats=frozenset({"vendor_name"}),
        invoice_number=(number, number),
        date=(issued, dstr),
        total=(total, money(total, "de", 0)),
        currency=("VND", "VND"),
        vendor_name=(legal, legal),
        subtotal=(net, money(net, "de", 0)),
        tax=(vat, money(vat, "de", 0)),
    )
    doc.key.update(total=str(total), subtotal=str(net), tax=str(vat))  # dong amounts are whole
    return doc
