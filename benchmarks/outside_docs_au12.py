"""Nepal: a Nepali/English कर बीजक with PAN/VAT number, Bikram Sambat date (with the AD date beside it),
discount, 13% VAT and the amount in Nepali words.  Thailand: a ใบเสร็จรับเงิน/ใบกำกับภาษี from a limited
partnership, dated in Thai numerals and the Buddhist era, 7% VAT and BAHTTEXT.  Both by headless Chromium."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, fmt_indian, local_digits, make_key
from outside_docs_au2 import th_baht_words
from outside_docs_au3 import chromium_pdf, html_page

NP_CSS = """
.pg{width:210mm;height:297mm;padding:12mm 14mm;position:relative}
.lh{display:flex;align-items:center;gap:5mm;border-bottom:2px double #1a237e;padding-bottom:3mm}
.lg{width:20mm;height:20mm;border:2px solid #1a237e;border-radius:50%;color:#1a237e;font-weight:700;
 font-size:9pt;
 display:flex;align-items:center;justify-content:center;text-align:center}
.lh .n{font-size:17pt;font-weight:700;color:#1a237e} .lh .e{font-size:10pt;font-weight:700}
.lh .a{font-size:8.3pt}
.ti{text-align:center;margin:3mm 0;font-size:13pt;font-weight:700}
.ti span{border:1.5px solid #1a237e;padding:1mm 6mm}
.meta{display:flex;justify-content:space-between;font-size:9pt} .meta td{padding:.8mm 1.5mm}
.it{margin-top:4mm} .it th,.it td{border:1px solid #555;padding:1.8mm;font-size:9pt} .it
th{background:#e8eaf6}
.tt{width:95mm;margin-left:auto} .tt td{border:1px solid #555;padding:1.6mm 2mm;font-size:9pt}
.tt .g td{font-weight:700;font-size:10.5pt;background:#e8eaf6}
.sg{display:flex;justify-content:space-between;margin-top:18mm;font-size:9pt;text-align:center}
.sg div{width:55mm;border-top:1px dotted #333;padding-top:1mm}
"""


def _np(x) -> str:
    return fmt_indian(D(x), 2)


def np_vat(pdf_path: Path, work: Path) -> dict:
    inv = "2081/82-00457"
    vendor, alt = "हिमालयन हार्डवेयर सप्लायर्स प्रा. लि.", "HIMALAYAN HARDWARE SUPPLIERS PVT. LTD."
    items = [
        ("सिमेन्ट (OPC) ५० के.जी. बोरा", 200, "बोरा", D("850.00")),
        ("डन्डी TMT Fe-500, १२ एम.एम.", 1500, "के.जी.", D("105.00")),
        ("जी.आई. पाइप १ इन्च (६ मिटर)", 40, "थान", D("1850.00")),
        ("प्लाई बोर्ड १९ एम.एम. (८x४)", 25, "थान", D("2450.00")),
    ]
    gross = sum(q * p for _, q, _, p in items)
    disc = D("2750.00")
    taxable = gross - disc
    vat = (taxable * D("0.13")).quantize(D("0.01"))
    total = taxable + vat
    rows = "".join(
        f"<tr><td class='c'>{local_digits(str(i), 'deva')}</td><td>{n}</td><td class='r'>{fmt(q, 0)} {u}</td>"
        f"<td class='r'>{_np(p)}</td><td class='r'>{_np(q * p)}</td></tr>"
        for i, (n, q, u, p) in enumerate(items, 1)
    )
    body = f"""<div class="pg">
<div class="lh"><div class="lg">HHS<br>नेपाल</div><div><div class="n">{vendor}</div><div class="e">{alt}</div>
<div class="a">कालिमाटी-१३, काठमाडौं, नेपाल · फोन: ०१-४२७१६८५, ९८५१०२३४७८ · hhs.ktm@gmail.com</div>
<div class="a"><b>स्थायी लेखा नं. (PAN/VAT No.): 601845327</b></div></div></div>
<div class="ti"><span>कर बीजक (TAX INVOICE)</span></div>
<div class="meta"><table style="width:60%"><tr><td>खरिदकर्ताको नाम (Buyer):</td>
<td class="b">श्री शेर्पा निर्माण सेवा</td></tr>
<tr><td>ठेगाना (Address):</td><td>बौद्ध-६, काठमाडौं</td></tr><tr><td>खरिदकर्ताको PAN:</td><td>302918476</td></tr>
<tr><td>भुक्तानीको माध्यम:</td><td>चेक / बैंक</td></tr></table>
<table style="width:38%"><tr><td>बीजक नं. (Invoice No.):</td><td class="b">{inv}</td></tr>
<tr><td>मिति (Date):</td><td>{local_digits("2081/10/15", "deva")}</td></tr>
<tr><td>Date (AD):</td><td>28-01-2025</td></tr><tr><td>कारोबार मिति:</td>
<td>{local_digits("2081/10/15", "deva")}</td></tr>
</table></div>
<table class="it"><tr><th>क्र.सं.</th><th>विवरण (Particulars)</th><th>परिमाण (Qty)</th><th>दर (Rate)</th>
<th>रकम (Amount)</th></tr>{rows}</table>
<table class="tt"><tr><td>जम्मा (Total)</td><td class="r">{_np(gross)}</td></tr>
<tr><td>छुट (Discount)</td><td class="r">{_np(disc)}</td></tr>
<tr><td>करयोग्य रकम (Taxable Amount)</td><td class="r">{_np(taxable)}</td></tr>
<tr><td>मूल्य अभिवृद्धि कर १३% (VAT 13%)</td><td class="r">{_np(vat)}</td></tr>
<tr class="g"><td>कुल रकम (Grand Total) रु.</td><td class="r">{_np(total)}</td></tr></table>
<p style="font-size:9.3pt;margin-top:4mm"><b>अक्षरेपी रु.:</b> पाँच लाख उन्नाइस हजार आठ सय रुपैयाँ मात्र
(रु. {local_digits(_np(total), "deva")})<br>
<span class="mu">In words: Five Lakh Nineteen Thousand Eight Hundred Rupees Only</span></p>
<p style="font-size:8.5pt">बैंक: नबिल बैंक लिमिटेड, कालिमाटी शाखा · खाता नं. 0210 0170 5012 3 · खाताको नाम:
{alt}</p>
<div class="sg"><div>बुझिलिनेको सही<br>(Received by)</div><div>तयार गर्ने<br>(Prepared by)</div>
<div>{vendor}<br>आधिकारिक दस्तखत</div></div>
<div style="position:absolute;left:14mm;right:14mm;bottom:10mm;font-size:7.8pt;color:#666;text-align:center">
बिक्री भएको सामान फिर्ता हुने छैन। · यो बीजक आन्तरिक राजस्व विभागबाट स्वीकृत बिलिङ सफ्टवेयरबाट जारी गरिएको हो।
· मुद्रण मिति: 2025-01-28 14:06</div></div>"""
    font = '"Noto Sans Devanagari","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="ne", font=font, css=NP_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-28",
        due_date=None,
        total=total,
        currency="NPR",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=taxable,
        tax=vat,
        lang="ne+en",
        country="Nepal",
        template="np_vat_kar_bijak_bs_date_discount",
        producer="chromium",
    )


TH_CSS = """
.pg{width:210mm;height:297mm;padding:12mm 14mm;position:relative}
.hd{display:flex;justify-content:space-between;align-items:flex-start}
.hd .v{text-align:right;font-size:8.5pt;line-height:1.5} .hd .v
.n{font-size:14pt;font-weight:700;color:#4e342e}
.doc{background:#4e342e;color:#fff;padding:3mm 5mm;font-size:13pt;font-weight:700;line-height:1.3}
.doc small{display:block;font-size:8pt;font-weight:400}
.cu{display:flex;gap:5mm;margin-top:6mm}
.cu .a{flex:1.6;border:1px solid #a1887f;padding:2.5mm 3mm;font-size:9pt}
.cu .b2{flex:1;border:1px solid #a1887f;font-size:9pt} .cu .b2
td{border-bottom:1px solid #d7ccc8;padding:1.6mm 2.5mm}
.it{margin-top:5mm} .it th{background:#efebe9;border:1px solid #a1887f;font-size:8.5pt;padding:2mm}
.it td{border-left:1px solid #a1887f;border-right:1px solid #a1887f;padding:2mm;font-size:9pt}
.it .e td{height:34mm;border-bottom:1px solid #a1887f}
.bt{display:flex;border:1px solid #a1887f;border-top:0}
.bt .w{flex:1.6;padding:2.5mm 3mm;font-size:9pt;border-right:1px solid #a1887f}
.bt table{flex:1} .bt td{padding:1.6mm 2.5mm;border-bottom:1px solid #d7ccc8;font-size:9pt}
.bt .g td{font-weight:700;background:#efebe9;font-size:10pt}
.pay{margin-top:4mm;font-size:9pt;border:1px dashed #a1887f;padding:2.5mm 3mm}
.sg{display:flex;justify-content:space-around;margin-top:16mm;text-align:center;font-size:8.8pt}
.sg div{width:65mm;border-top:1px solid #555;padding-top:1.5mm}
"""


def th_receipt(pdf_path: Path, work: Path) -> dict:
    inv = "RE-6803/0112"
    vendor, alt = "ห้างหุ้นส่วนจำกัด เชียงใหม่ ไอที โซลูชั่น", "CHIANG MAI IT SOLUTION LTD., PART."
    items = [
        ("เครื่องพิมพ์เลเซอร์ Brother HL-L2375DW", 2, "เครื่อง", D("5490.00")),
        ("ตลับหมึก Brother TN-2460 (ของแท้)", 6, "กล่อง", D("1250.00")),
        ("เมาส์ไร้สาย Logitech M185", 10, "ตัว", D("359.00")),
        ("ค่าบริการติดตั้งและตั้งค่าเครือข่าย", 1, "งาน", D("1500.00")),
    ]
    sub = sum(q * p for _, q, _, p in items)
    vat = (sub * D("0.07")).quantize(D("0.01"))
    total = sub + vat
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{n}</td><td class='r'>{q}</td><td class='c'>{u}</td>"
        f"<td class='r'>{fmt(p)}</td><td class='r'>{fmt(q * p)}</td></tr>"
        for i, (n, q, u, p) in enumerate(items, 1)
    )
    date_th = f"{local_digits('7', 'thai')} มีนาคม {local_digits('2568', 'thai')}"
    body = f"""<div class="pg">
<div class="hd"><div class="doc">ใบเสร็จรับเงิน/ใบกำกับภาษี<small>RECEIPT / TAX INVOICE</small>
<small style="margin-top:1mm">ต้นฉบับ (ORIGINAL)</small></div>
<div class="v"><div class="n">{vendor}</div>{alt}<br>
45/7 ถนนห้วยแก้ว ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200<br>
โทร. 053-224-718 · เลขประจำตัวผู้เสียภาษีอากร 0503559001287 (สำนักงานใหญ่)</div></div>
<div class="cu"><div class="a"><span class="mu">ได้รับเงินจาก / Received from</span><br>
<b>บริษัท ล้านนา ทราเวล เอเจนซี่ จำกัด</b> (สาขาที่ 00001)<br>
112 ถนนช้างคลาน ตำบลช้างคลาน อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100<br>
เลขประจำตัวผู้เสียภาษีอากร 0505557004123</div>
<table class="b2"><tr><td class="mu">เลขที่ / No.</td><td class="b">{inv}</td></tr>
<tr><td class="mu">วันที่ / Date</td><td>{date_th}</td></tr>
<tr><td class="mu">อ้างอิงใบแจ้งหนี้</td><td>IV-6802/0098</td></tr>
<tr><td class="mu">พนักงานขาย</td><td>คุณปิยะพงษ์</td></tr></table></div>
<table class="it"><tr><th>ลำดับ</th><th>รายการ / Description</th><th>จำนวน</th><th>หน่วย</th><th>ราคา/หน่วย</th>
<th>จำนวนเงิน</th></tr>{rows}<tr class="e"><td></td><td></td><td></td><td></td><td></td><td></td></tr></table>
<div class="bt"><div class="w"><span class="mu">จำนวนเงิน (ตัวอักษร)</span><br>
<b>({th_baht_words(total)})</b></div>
<table><tr><td>รวมเงิน</td><td class="r">{fmt(sub)}</td></tr><tr><td>ภาษีมูลค่าเพิ่ม 7%</td>
<td class="r">{fmt(vat)}</td></tr><tr class="g"><td>จำนวนเงินทั้งสิ้น</td><td class="r">{fmt(total)}</td>
</tr></table></div>
<div class="pay">ชำระโดย: [&nbsp;&nbsp;] เงินสด &nbsp; [X] เงินโอน ธนาคารไทยพาณิชย์ สาขากาดสวนแก้ว เลขที่
532-2-18874-6
&nbsp; [&nbsp;&nbsp;] เช็ค<br>ลงวันที่ {date_th} จำนวนเงิน {fmt(total)} บาท</div>
<div class="sg"><div>ผู้รับเงิน / Collector</div><div>ผู้มีอำนาจลงนาม / Authorized Signature</div></div>
<div style="position:absolute;bottom:10mm;left:14mm;font-size:7.8pt;color:#777">ใบเสร็จรับเงินนี้จะสมบูรณ์ต่อเมื่อบริษัทฯ
ได้รับเงินตามเช็คเรียบร้อยแล้ว · เอกสารออกเป็นชุด</div></div>"""
    font = '"Noto Sans Thai","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="th", font=font, css=TH_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-03-07",
        due_date=None,
        total=total,
        currency="THB",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=vat,
        lang="th",
        country="Thailand",
        template="th_receipt_tax_invoice_thai_numerals",
        producer="chromium",
    )


SPECS = [
    Spec("au_np_kar_bijak_vat", "Nepal", "Devanagari (Nepali) + Latin", "chromium", np_vat),
    Spec("au_th_receipt_tax_invoice", "Thailand", "Thai", "chromium", th_receipt),
]
