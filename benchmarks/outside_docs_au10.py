"""Malaysia: an INVOIS CUKAI in Bahasa Malaysia with 8% Cukai Perkhidmatan (SST), a MyInvois UUID and the
amount in Malay words (WeasyPrint).  Hong Kong: a bilingual 發票 / INVOICE from a renovation contractor in
HKD with a discount line and no tax (headless Chromium)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, make_key
from outside_docs_au2 import cn_upper, en_words, ms_words
from outside_docs_au3 import chromium_pdf, esc, html_page, weasy_pdf

MY_CSS = """
.pg{width:210mm;height:297mm;padding:14mm 15mm;position:relative}
.lh{display:flex;justify-content:space-between;align-items:flex-start}
.lg{width:22mm;height:22mm;background:#b71c1c;color:#fff;font-weight:700;font-size:15pt;text-align:center;
 padding-top:6mm;border-radius:3mm}
.co{text-align:right;font-size:8.3pt;line-height:1.45} .co .n{font-size:14pt;font-weight:700;color:#b71c1c}
.ti{margin-top:7mm;font-size:20pt;font-weight:700;letter-spacing:1pt;border-bottom:2px solid #b71c1c}
.two{display:flex;justify-content:space-between;margin-top:4mm} .two .k{color:#777;font-size:8pt}
.meta td{padding:.8mm 2mm;font-size:9pt} .meta td:first-child{color:#777}
.it{margin-top:6mm} .it
th{border-top:1.5px solid #222;border-bottom:1.5px solid #222;padding:2mm;font-size:8.5pt}
.it td{padding:2mm;border-bottom:.5px solid #ccc}
.tt{width:85mm;margin-left:auto;margin-top:2mm} .tt td{padding:1.5mm 2mm}
.tt .g td{border-top:1.5px solid #222;border-bottom:3px double #222;font-weight:700;font-size:11pt}
.wd{margin-top:4mm;font-style:italic}
.ft{position:absolute;left:15mm;right:15mm;bottom:12mm;font-size:7.5pt;color:#666;border-top:1px solid #ccc;
 padding-top:2mm}
"""


def my_invois(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "TJM-INV-25-00296", "TEKNIK JAYA MURNI SDN. BHD."
    items = [
        ("Servis penyelenggaraan penghawa dingin jenis split (2.0 HP)", 18, "unit", D("120.00")),
        ("Cuci kimia dan cas semula gas R32", 6, "unit", D("180.00")),
        ("Tukar kapasitor kipas luar (termasuk alat ganti)", 4, "unit", D("65.00")),
        ("Pembersihan saluran air kondensat tersumbat", 5, "titik", D("45.50")),
        ("Caj panggilan dan pengangkutan", 1, "lot", D("150.00")),
    ]
    sub = sum(q * p for _, q, _, p in items)
    tax = (sub * D("0.08")).quantize(D("0.01"))
    total = sub + tax
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{n}</td><td class='c'>{q} {u}</td><td class='r'>{fmt(p)}</td>"
        f"<td class='c'>SV8</td><td class='r'>{fmt(q * p)}</td></tr>"
        for i, (n, q, u, p) in enumerate(items, 1)
    )
    rm, sen = int(total), int((total - int(total)) * 100)
    words = ms_words(rm) + (f" dan sen {ms_words(sen)}" if sen else "")
    body = f"""<div class="pg">
<div class="lh"><div class="lg">TJM</div><div class="co"><div class="n">{vendor}</div>
No. Syarikat 201901023456 (1332211-K)<br>No. 22, Jalan Perusahaan Maju 3, Taman Perindustrian Bukit
Minyak,<br>
14100 Simpang Ampat, Pulau Pinang &nbsp;·&nbsp; Tel: 04-508 2217<br>
No. Pendaftaran SST: P11-1808-32000123 &nbsp;·&nbsp; TIN: C25718836040</div></div>
<div class="ti">INVOIS CUKAI</div>
<div class="two"><div><div class="k">Dibilkan kepada:</div><b>HOTEL SERI PANTAI SDN. BHD.</b><br>
Lot 1838, Jalan Batu Ferringhi,<br>11100 Batu Ferringhi, Pulau Pinang<br>TIN: C10923345070</div>
<table class="meta" style="width:80mm"><tr><td>No. Invois</td><td class="b">{inv}</td></tr>
<tr><td>Tarikh</td><td>03/03/2025</td></tr><tr><td>Terma</td><td>30 hari</td></tr>
<tr><td>Tarikh Akhir Bayaran</td><td>02/04/2025</td></tr><tr><td>No. Pesanan</td><td>HSP/ENG/0225/014</td>
</tr>
</table></div>
<table class="it"><tr><th>Bil.</th><th class="l">Perihal Perkhidmatan</th><th>Kuantiti</th>
<th class="r">Harga Seunit (RM)</th><th>Kod Cukai</th><th class="r">Jumlah (RM)</th></tr>{rows}</table>
<table class="tt"><tr><td>Jumlah Sebelum Cukai</td><td class="r">{fmt(sub)}</td></tr>
<tr><td>Cukai Perkhidmatan 8% (SV8)</td><td class="r">{fmt(tax)}</td></tr>
<tr class="g"><td>Jumlah Besar (RM)</td><td class="r">{fmt(total)}</td></tr></table>
<div class="wd">Ringgit Malaysia: {words.capitalize()} sahaja.</div>
<div style="margin-top:8mm;font-size:8.8pt"><b>Butiran Pembayaran</b><br>Malayan Banking Berhad (Maybank),
Cawangan Bukit Mertajam<br>No. Akaun: 5570 1122 8834 &nbsp;·&nbsp; Nama: {vendor}<br>
Sila e-mel slip pembayaran ke akaun@tjmurni.com.my</div>
<div style="margin-top:6mm;font-size:8pt;color:#555">UUID MyInvois: 7KD3QW1XH9P2M5T8R6J0N4VCB2<br>
Tarikh pengesahan: 03/03/2025 10:42:17</div>
<div class="ft">Ini adalah cetakan komputer, tiada tandatangan diperlukan. Sebarang pertikaian hendaklah
dimaklumkan
dalam tempoh 7 hari dari tarikh invois. &nbsp;|&nbsp; Muka surat 1 daripada 1</div></div>"""
    weasy_pdf(html_page(body, lang="ms", font='"Noto Sans",sans-serif', css=MY_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-03-03",
        due_date="2025-04-02",
        total=total,
        currency="MYR",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=tax,
        lang="ms",
        country="Malaysia",
        template="my_invois_cukai_sst_service",
        producer="weasyprint",
    )


HK_CSS = """
.pg{width:210mm;height:297mm;padding:12mm 15mm;position:relative}
.lh{text-align:center;border-bottom:1px solid #333;padding-bottom:2mm}
.lh .zh{font-size:20pt;font-weight:700;letter-spacing:3pt} .lh .en{font-size:10.5pt;font-weight:700}
.lh .ad{font-size:8pt;color:#444}
.ti{text-align:center;font-size:15pt;font-weight:700;margin:4mm 0;letter-spacing:2pt}
.hd{display:grid;grid-template-columns:1.3fr 1fr;gap:5mm}
.bx{border:1px solid #333;padding:2mm 3mm;font-size:9pt} .k{color:#555;font-size:8pt}
.it{margin-top:5mm} .it th{background:#333;color:#fff;font-size:8.5pt;padding:2mm}
.it td{border:1px solid #999;padding:2mm;font-size:9pt}
.tt{width:95mm;margin-left:auto} .tt td{border:1px solid #999;padding:1.8mm 2.5mm}
.tt .g td{background:#f0f0f0;font-weight:700;font-size:11pt}
.wd{margin-top:3mm;font-size:9pt}
.ch{position:absolute;right:24mm;bottom:52mm;width:30mm;height:30mm;border:2px solid #c62828;color:#c62828;
 border-radius:50%;font-size:7pt;font-weight:700;display:flex;align-items:center;justify-content:center;
 text-align:center;transform:rotate(-10deg);opacity:.85}
"""


def hk_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor, alt = "HC-INV-2503-027", "恒昌裝修工程有限公司", "HANG CHEONG RENOVATION ENGINEERING LIMITED"
    items = [
        (
            "拆除舊廚櫃及清運廢料",
            "Demolition of existing kitchen cabinets & debris disposal",
            "1 項 lot",
            D(6800),
        ),
        ("訂造廚櫃連石英石枱面", "Custom kitchen cabinets with quartz worktop", "1 套 set", D(38500)),
        ("浴室牆身及地台重新鋪磚", "Bathroom re-tiling, wall & floor", "1 項 lot", D(22600)),
        ("更換電線及加裝插座（8 個）", "Rewiring & 8 additional power sockets @ 650.00", "8 個 pcs", D(5200)),
        ("全屋油漆（乳膠漆兩底兩面）", "Repainting whole flat, emulsion 2 coats", "1 項 lot", D(14300)),
    ]
    gross = sum(a for *_, a in items)
    disc = D(1400)
    total = gross - disc
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{zh}<br><span class='k'>{esc(en)}</span></td><td class='c'>{u}</td>"
        f"<td class='r'>{fmt(a)}</td></tr>"
        for i, (zh, en, u, a) in enumerate(items, 1)
    )
    body = f"""<div class="pg">
<div class="lh"><div class="zh">{vendor}</div><div class="en">{alt}</div>
<div class="ad">香港九龍觀塘鴻圖道 52 號百本中心 11 樓 1105 室　Unit 1105, 11/F, Paramount Centre, 52 Hung
To Road,
Kwun Tong, Kowloon<br>電話 Tel: 2345 8812　傳真 Fax: 2345 8813　商業登記 BR No. 61837429</div></div>
<div class="ti">發票 INVOICE</div>
<div class="hd"><div class="bx"><div class="k">客戶 Customer</div><b>黃志明先生 Mr. WONG Chi Ming</b><br>
工程地址 Site: 新界沙田第一城 38 座 22 樓 F 室<br>Flat F, 22/F, Block 38, City One Shatin, N.T.<br>電話 Tel:
9123 4578</div>
<div class="bx"><table><tr><td class="k">發票編號 Invoice No.</td><td class="b">{inv}</td></tr>
<tr><td class="k">日期 Date</td><td>14/03/2025</td></tr><tr><td class="k">報價單 Quotation</td>
<td>HC-Q-2501-112</td></tr>
<tr><td class="k">到期日 Due Date</td><td>13/04/2025</td></tr></table></div></div>
<table class="it"><tr><th style="width:10mm">項目<br>Item</th><th>工程內容 Description of works</th>
<th style="width:22mm">數量 Qty</th><th style="width:32mm">金額 Amount (HK$)</th></tr>{rows}</table>
<table class="tt"><tr><td>小計 Sub-total</td><td class="r">{fmt(gross)}</td></tr>
<tr><td>折扣 Discount</td><td class="r">-{fmt(disc)}</td></tr>
<tr class="g"><td>總額 TOTAL (HK$)</td><td class="r">{fmt(total)}</td></tr></table>
<div class="wd">港幣 {cn_upper(total, traditional=True).replace("元整", "圓正")}<br>
HONG KONG DOLLARS {en_words(int(total)).upper()} ONLY</div>
<div style="margin-top:6mm;font-size:8.8pt"><b>付款方法 Payment</b><br>
劃線支票抬頭請寫「{vendor}」 Crossed cheque payable to "{alt}"<br>
或存入 or deposit to: 恒生銀行 Hang Seng Bank 024-387-552196-001　FPS ID: 108822451<br>
保養期：完工後十二個月 Warranty: 12 months from completion.</div>
<div style="position:absolute;right:15mm;bottom:30mm;width:75mm;text-align:center;font-size:8.8pt">
<div style="border-top:1px solid #333;padding-top:1.5mm">For and on behalf of<br>{alt}</div></div>
<div class="ch">恒昌裝修工程<br>有限公司<br>HANG CHEONG<br>RENOVATION<br>ENG. LTD.</div></div>"""
    font = '"Noto Sans","Noto Sans CJK HK",sans-serif'
    chromium_pdf(html_page(body, lang="zh-HK", font=font, css=HK_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-03-14",
        due_date="2025-04-13",
        total=total,
        currency="HKD",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=None,
        tax=None,
        lang="zh-Hant+en",
        country="Hong Kong",
        template="hk_renovation_invoice_bilingual_discount",
        producer="chromium",
    )


SPECS = [
    Spec("au_my_invois_cukai_sst", "Malaysia", "Malay (Latin)", "weasyprint", my_invois),
    Spec("au_hk_renovation_invoice", "Hong Kong", "Traditional Chinese + English", "chromium", hk_invoice),
]
