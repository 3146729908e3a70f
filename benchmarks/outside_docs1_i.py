"""Set I layouts: Malaysia (invois, SST, previous balance), Indonesia (faktur, PPN, down
payment), Vietnam (hóa đơn GTGT) and the Philippines (BIR service invoice, VAT-inclusive prices)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_i import (
    Doc,
    Num,
    finish,
    make_lines,
    month,
    nw,
    page,
    pick_date,
    q,
    table,
    total_of,
)


def invois_my(rng: random.Random) -> Doc:
    vendor = rng.choice(["Syarikat Teknologi Maju Sdn. Bhd.", "Sistem Rangkaian Lestari Sdn. Bhd."])
    fmt = Num()
    cat = (
        "Yuran langganan perisian (bulanan)|Khidmat sokongan teknikal|"
        "Pemasangan rangkaian pejabat|Latihan pengguna (sesi)|Penyelenggaraan pelayan|"
        "Lesen antivirus 12 bulan"
    )
    lines = make_lines(rng, cat, 4, 80, 2400)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.08"), 2)
    total, prev = sub + tax, Decimal(rng.randint(3000, 90000)) / 10
    issued = pick_date(rng)
    due = issued + timedelta(days=30)
    number = f"INV-{issued:%y%m}-{rng.randint(100, 999)}"
    rows = [[str(i), ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for i, ln in enumerate(lines, 1)]
    body = f"""
<div class="c"><h2>{vendor}</h2><p class="small">(No. Syarikat: 201901023456 (1334455-K))<br>
Lot 12, Jalan Teknologi 3/5, Taman Sains Selangor, 47810 Petaling Jaya, Selangor<br>
No. Pendaftaran SST: W10-1808-32000{rng.randint(100, 999)} &middot; TIN:
C2584{rng.randint(10000, 99999)}0</p></div>
<div class="bar">INVOIS</div>
<table class="top"><tr><td style="width:55%"><b>Kepada:</b><br>Pusat Logistik Harmoni Sdn. Bhd.<br>
No. 8, Jalan Perusahaan 2, 81200 Johor Bahru, Johor<br>No. Akaun: AK-{rng.randint(10000, 99999)}</td>
<td><table class="meta"><tr><td>No. Invois</td><td>{nw(number)}</td></tr>
<tr><td>Tarikh</td><td>{issued:%d/%m/%Y}</td></tr>
<tr><td>No. Pesanan Pembelian</td><td>PO-{rng.randint(40000, 49999)}</td></tr>
<tr><td>Terma</td><td>30 hari</td></tr><tr><td>Tarikh Akhir Bayaran</td><td>{due:%d/%m/%Y}</td></tr>
</table></td></tr></table>
{table("Bil.|Perihal|Kuantiti|Harga Seunit (RM)|Jumlah (RM)", rows, {2, 3, 4})}
<table class="tot"><tr><td>Jumlah Sebelum Cukai</td><td>RM {fmt(sub)}</td></tr>
<tr><td>Cukai Perkhidmatan (SST) 8%</td><td>RM {fmt(tax)}</td></tr>
<tr class="b"><td>Jumlah Keseluruhan</td><td>RM {fmt(total)}</td></tr>
<tr><td>Baki Terdahulu</td><td>RM {fmt(prev)}</td></tr>
<tr class="b due"><td>Jumlah Perlu Dibayar</td><td>RM {fmt(total + prev)}</td></tr></table>
<p class="small">Disahkan oleh MyInvois pada {issued + timedelta(days=1)} 10:{rng.randint(10, 59)}:07
&middot;
UUID 7Q{rng.randint(10**9, 10**10)}KX3PT. Sila buat bayaran ke Maybank 5140 1234
{rng.randint(1000, 9999)}.</p>"""
    css = (
        ".bar{background:#2d4f7c;color:#fff;font-size:15pt;padding:4px 10px;margin:10px 0}"
        " .top>tbody>tr>td{padding:0} .meta td{border:1px solid #bbb} .items{margin-top:12px}"
        " .items th{background:#e6ecf3;border-bottom:1px solid #2d4f7c} .items td{border-bottom:1px solid"
        " #ddd}"
        " .tot{width:55%;margin:10px 0 12px auto} .tot td:last-child{text-align:right} .due{background:#eee}"
    )
    html = page(body, css, "Liberation Sans", lang="ms")
    dates = (issued, f"{issued:%d/%m/%Y}"), (due, f"{due:%d/%m/%Y}")
    return finish("invois_my", "ms", html, fmt, number, vendor, ("MYR", "RM"), dates, (sub, tax, total))


def faktur_id(rng: random.Random) -> Doc:
    vendor = rng.choice(["PT Sinar Abadi Logistik", "PT Samudra Kargo Nusantara"])
    fmt = Num(0, ".", ",")
    cat = (
        "Jasa pengiriman Jakarta - Surabaya|Sewa gudang per palet (bulan)|"
        "Biaya bongkar muat|Asuransi kargo|Jasa pengemasan ulang|Biaya dokumen ekspedisi"
    )
    lines = make_lines(rng, cat, 4, 50_000, 4_500_000, step="500", qmax=8)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.11"), 0)
    total = sub + tax
    dp = q(total * Decimal(rng.choice(["0.3", "0.5"])), -3)
    issued = pick_date(rng)
    due = issued + timedelta(days=rng.choice([14, 30]))
    number = f"INV/{issued:%Y/%m}/{rng.randint(100, 999):04d}"

    def d(x):  # "14 Maret 2025"
        return f"{x.day} {month(x, 'id')} {x.year}"

    rows = [[ln.desc, str(ln.qty), f"Rp {fmt(ln.unit)}", f"Rp {fmt(ln.amount)}"] for ln in lines]
    body = f"""<table class="frame"><tr><td class="side">
<h2>{vendor}</h2><p>Jl. Raya Cakung Cilincing Km. 3<br>Jakarta Utara 14130</p>
<p>NPWP:<br>01.{rng.randint(100, 999)}.567.8-043.000</p><p>Telp. (021) 4401 2233</p>
<p>Rekening:<br>BCA 733 0{rng.randint(100000, 999999)}<br>a.n. {vendor}</p></td><td class="main">
<h1>FAKTUR</h1><table class="meta"><tr><td>Nomor Faktur</td><td>{nw(number)}</td>
<td>Tanggal Faktur</td><td>{nw(d(issued))}</td></tr><tr><td>Nomor
PO</td><td>PO-{rng.randint(1000, 9999)}/LOG</td>
<td>Jatuh Tempo</td><td>{nw(d(due))}</td></tr><tr><td>Kode
Pelanggan</td><td>CUST-{rng.randint(100, 999)}</td>
<td>Tgl. Pengiriman</td><td>{nw(d(issued - timedelta(days=3)))}</td></tr></table>
<p><b>Ditagihkan kepada:</b> CV Berkah Jaya Makmur, Jl. Margomulyo No. 44, Surabaya</p>
{table("Keterangan|Qty|Harga Satuan|Jumlah", rows, {1, 2, 3})}
<table class="tot"><tr><td>Subtotal (DPP)</td><td>Rp {fmt(sub)}</td></tr><tr><td>PPN 11%</td><td>Rp
{fmt(tax)}</td></tr>
<tr class="b"><td>Total</td><td>Rp {fmt(total)}</td></tr><tr><td>Uang Muka (DP) diterima</td><td>Rp
{fmt(dp)}</td></tr>
<tr class="b"><td>Sisa Tagihan</td><td>Rp {fmt(total - dp)}</td></tr></table>
<p class="small">Faktur Pajak No. Seri 010.000-25.{rng.randint(10**7, 10**8 - 1)}
terlampir.</p></td></tr></table>"""
    css = (
        ".frame>tbody>tr>td{padding:0} .side{width:52mm;background:#0f5e4e;color:#fff;padding:10px!important}"
        " .side h2{font-size:12pt} .main{padding-left:14px!important} h1{font-size:22pt;color:#0f5e4e}"
        " .meta td{border:1px solid #cfd8d5} .meta td:nth-child(odd){color:#0f5e4e} .items{margin-top:10px}"
        " .items th{border-bottom:2px solid #0f5e4e} .items td{border-bottom:1px dotted #aaa}"
        " .tot{width:70%;margin:10px 0 10px auto} .tot td:last-child{text-align:right}"
    )
    html = page(body, css, "DejaVu Sans", "10mm", "id")
    dates = (issued, d(issued)), (due, d(due))
    return finish("faktur_id", "id", html, fmt, number, vendor, ("IDR", "Rp"), dates, (sub, tax, total))


def hoadon_vn(rng: random.Random) -> Doc:
    vendor = rng.choice(["CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÁT", "CÔNG TY CỔ PHẦN CÔNG NGHỆ SAO VIỆT"])
    fmt = Num(0, ".", ",")
    cat = (
        "Máy in laser A4|Mực in HP 107A|Giấy in A4 Double A (ram)|"
        "Dịch vụ bảo trì máy tính|Bàn phím không dây|Chuột quang USB|Ổ cứng SSD 512GB"
    )
    lines = make_lines(rng, cat, 5, 80_000, 6_000_000, step="1000", qmax=6)
    sub = total_of(lines)
    tax = q(sub * Decimal("0.10"), 0)
    total = sub + tax
    issued = pick_date(rng)
    number = f"{rng.randint(100, 99999):08d}"
    shown = f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}"
    rows = [
        [str(i), ln.desc, "Cái", str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for i, ln in enumerate(lines, 1)
    ]
    body = f"""<div class="box"><table><tr><td style="width:28%" class="small">Mã của CQT:<br>
00{rng.randint(10**9, 10**10)}A4F2C9E1B7D3</td><td class="c"><h2>HÓA ĐƠN GIÁ TRỊ GIA TĂNG</h2>
<p><i>(VAT INVOICE)</i></p><p>{shown}</p></td><td style="width:28%">Ký hiệu <i>(Serial)</i>: 1C25TAP<br>
Số <i>(No.)</i>: <b>{number}</b></td></tr></table><hr>
<p>Đơn vị bán hàng <i>(Seller)</i>: <b>{vendor}</b></p><p>Mã số thuế <i>(Tax code)</i>:
031{rng.randint(10**6, 10**7)}</p>
<p>Địa chỉ <i>(Address)</i>: 123 Nguyễn Thị Minh Khai, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh</p>
<p>Số tài khoản <i>(Account No.)</i>: 0071 00{rng.randint(100000, 999999)} tại Vietcombank</p><hr>
<p>Họ tên người mua hàng <i>(Buyer)</i>: Trần Văn Hùng</p><p>Tên đơn vị <i>(Company)</i>: Công ty TNHH Kỹ
thuật
Bình Minh</p><p>Mã số thuế <i>(Tax code)</i>: 0106{rng.randint(100000, 999999)}</p>
<p>Hình thức thanh toán <i>(Payment method)</i>: TM/CK &nbsp; Đơn vị tiền tệ <i>(Currency)</i>: VND</p>
{table("STT|Tên hàng hóa, dịch vụ|Đơn vị tính|Số lượng|Đơn giá|Thành tiền", rows, {3, 4, 5})}
<table class="sum"><tr><td>Cộng tiền hàng <i>(Total amount)</i>:</td><td class="r">{fmt(sub)}</td></tr>
<tr><td>Thuế suất GTGT <i>(VAT rate)</i>: 10% &nbsp;&nbsp; Tiền thuế GTGT <i>(VAT amount)</i>:</td>
<td class="r">{fmt(tax)}</td></tr><tr class="b"><td>Tổng cộng tiền thanh toán <i>(Total payment)</i>:</td>
<td class="r">{fmt(total)}</td></tr></table>
<table class="sig"><tr><td class="c">Người mua hàng <i>(Buyer)</i></td><td class="c">Người bán hàng
<i>(Seller)</i><br>
<span class="small">Ký bởi: {vendor}<br>Ký ngày: {issued:%d/%m/%Y}</span></td></tr></table>
<p class="small">Mã tra cứu hóa đơn: X7K{rng.randint(1000, 9999)}QW3M &middot; Thanh toán trong vòng 30
ngày.</p></div>"""
    css = (
        ".box{border:2px solid #8a1c1c;padding:10px} h2{color:#8a1c1c} .items{margin-top:8px}"
        " .items th,.items td{border:1px solid #8a1c1c} .sum td{border:1px solid #8a1c1c;border-top:0}"
        " .sig{margin-top:16px;height:30mm} hr{border:0;border-top:1px dashed #8a1c1c}"
    )
    html = page(body, css, "DejaVu Serif", lang="vi")
    dates = (issued, shown), None
    return finish("hoadon_vn", "vi", html, fmt, number, vendor, ("VND", "VND"), dates, (sub, tax, total))


def service_ph(rng: random.Random) -> Doc:
    vendor = rng.choice(["Bayanihan Building Services, Inc.", "Kalayaan Facilities Management Corp."])
    fmt = Num()
    cat = (
        "Janitorial services - June|Aircon preventive maintenance|Pest control treatment|"
        "Electrical repair works|Supply of cleaning materials|Landscaping services"
    )
    lines = make_lines(rng, cat, 4, 1500, 48000, step="0.50")
    gross = total_of(lines)  # prices are VAT-inclusive, as is common in the Philippines
    tax = q(gross * 12 / 112, 2)
    net = gross - tax
    issued = pick_date(rng)
    number = f"{rng.randint(1000, 9999):07d}"
    rows = [[ln.desc, str(ln.qty), fmt(ln.unit), fmt(ln.amount)] for ln in lines]
    body = f"""<table class="hd"><tr><td><h2>{vendor}</h2><p>Unit 1204 Tower One, Ayala Avenue, Makati City
1226</p>
<p>VAT Reg. TIN: 009-{rng.randint(100, 999)}-451-00000</p></td><td class="r"><h1>SERVICE INVOICE</h1>
<p class="no">No. {number}</p></td></tr></table>
<table class="sold"><tr><td>Sold to: Registered Name</td><td>Manila Harbor Traders Co.</td><td>Date</td>
<td>{issued:%m/%d/%Y}</td></tr><tr><td>TIN</td><td>204-{rng.randint(100, 999)}-118-00000</td><td>Terms</td>
<td>30 days</td></tr><tr><td>Business Address</td><td>Pier 4, North Harbor, Tondo, Manila</td><td>P.O.
No.</td>
<td>MHT-PO-{rng.randint(1000, 9999)}</td></tr></table>
{table("Item / Description|Qty|Unit Price|Amount", rows, {1, 2, 3})}
<table class="low"><tr><td class="vb"><table><tr><td>VATable Sales</td><td class="r">{fmt(net)}</td></tr>
<tr><td>VAT-Exempt Sales</td><td class="r">0.00</td></tr><tr><td>Zero-Rated Sales</td><td
class="r">0.00</td></tr>
<tr><td>VAT Amount</td><td class="r">{fmt(tax)}</td></tr></table></td><td><table>
<tr><td>Total Sales (VAT Inclusive)</td><td class="r">₱ {fmt(gross)}</td></tr><tr><td>Less: VAT</td>
<td class="r">{fmt(tax)}</td></tr><tr><td>Amount: Net of VAT</td><td class="r">{fmt(net)}</td></tr>
<tr><td>Add: VAT</td><td class="r">{fmt(tax)}</td></tr><tr class="b"><td>TOTAL AMOUNT DUE</td>
<td class="r">₱ {fmt(gross)}</td></tr></table></td></tr></table>
<p style="margin-top:24px">Received the above services in good order and condition. By: ________________</p>
<p class="small foot">{rng.randint(100, 500)} Bklts. (50x3) {number[:3]}0001-{number[:3]}9999 &middot; BIR
Authority
to Print No. OCN 4AU000{rng.randint(100000, 999999)} Date Issued: 03/14/2023 &middot; Printer: Kwik Print
Shop, TIN
123-456-789-000, Accreditation No. 041MP2023000012 Date Issued: 01/16/2023</p>"""
    css = (
        "h1{font-size:16pt} .no{color:#c00;font-size:13pt} .sold td{border:1px solid #999}"
        " .sold td:nth-child(odd){background:#f2f2f2;width:16%} .items{margin-top:8px}"
        " .items th,.items td{border:1px solid #999} .low>tbody>tr>td{width:50%;padding:6px 0}"
        " .vb table{width:90%;border:1px solid #999} .foot{margin-top:30px;border-top:1px solid #999}"
    )
    html = page(body, css, "Liberation Serif", lang="en")
    dates = (issued, f"{issued:%m/%d/%Y}"), None
    return finish("service_ph", "en", html, fmt, number, vendor, ("PHP", "₱"), dates, (net, tax, gross))
