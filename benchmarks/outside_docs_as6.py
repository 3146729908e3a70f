"""Thailand x2 (Buddhist-era dates, VAT 7 %, bahttext), India x2 (GST, CGST/SGST, lakh grouping)."""

from __future__ import annotations

from datetime import date

from outside_docs_as1 import (
    D,
    bahttext,
    doc,
    en_words,
    make_key,
    money,
    page,
    q,
    stamp,
    th_date_long,
    th_date_short,
)

TH_SANS = '"Noto Sans Thai", "Noto Sans", sans-serif'
TH_SERIF = '"Kinnari", "Noto Serif Thai", "Noto Serif", serif'
HI_SANS = '"Noto Sans", "Noto Sans Devanagari", sans-serif'


def th_bilingual() -> dict:
    """ใบแจ้งหนี้/ใบกำกับภาษี INVOICE/TAX INVOICE of a Bangkok IT company; dd/mm/2567 dates only."""
    issued, due = date(2024, 3, 14), date(2024, 4, 13)
    items = [
        ("บริการคลาวด์เซิร์ฟเวอร์ แพ็กเกจ Pro (รายเดือน)", "Cloud server package Pro", 3, "เดือน", "8500"),
        ("พื้นที่สำรองข้อมูล 1 TB", "Backup storage 1 TB", 3, "เดือน", "1200"),
        ("ค่าติดตั้งและตั้งค่าระบบ", "Setup & configuration", 1, "งาน", "4500"),
        ("ไลเซนส์อีเมลองค์กร", "Business e-mail licence", 10, "ผู้ใช้", "420"),
    ]
    rows, net = "", D(0)
    for i, (th, en, qty, unit, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        net += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{th}<br><span class='small muted'>{en}</span></td>"
            f"<td class='r'>{qty}</td>"
            f"<td class='c'>{unit}</td><td class='r'>{money(price)}</td><td class='r'>{money(amt)}</td></tr>"
        )
    vat = q(net * D("0.07"))
    total = net + vat
    vendor = "บริษัท สยามคลาวด์ โซลูชั่น จำกัด"
    body = f"""
<table class="hd"><tr><td class="logo">SC</td><td><div class="vn">{vendor}</div>
<div class="en">SIAM CLOUD SOLUTION CO., LTD.</div>
<div class="small">เลขที่ 88/19 อาคารเอ็มไพร์ทาวเวอร์ ชั้น 21 ถนนสาทรใต้
แขวงยานนาวา เขตสาทร กรุงเทพฯ 10120 โทร. 02-670-4418<br>เลขประจำตัวผู้เสียภาษี 0105561098765 (สำนักงานใหญ่)
</div></td>
<td class="ttl"><div>ใบแจ้งหนี้/ใบกำกับภาษี</div><div class="t2">INVOICE/TAX INVOICE</div>
<div class="orig">ต้นฉบับ / ORIGINAL</div></td></tr></table>
<table class="info"><tr><td class="cust"><b>ลูกค้า / Customer</b><br>บริษัท ไทยรุ่งเรืองโลจิสติกส์ จำกัด<br>
99/4 หมู่ 7 ถนนบางนา-ตราด ต.บางพลีใหญ่ อ.บางพลี จ.สมุทรปราการ 10540<br>
เลขประจำตัวผู้เสียภาษี 0115559012345 สาขาที่ 00002</td>
<td><table class="kv"><tr><td>เลขที่ / No.</td><td class="b">IV6703-0042</td></tr><tr><td>วันที่ / Date</td>
<td>{th_date_short(issued)}</td></tr>
<tr><td>ครบกำหนด / Due</td><td>{th_date_short(due)}</td></tr><tr><td>เงื่อนไข / Terms</td><td>30 วัน</td>
</tr>
<tr><td>อ้างอิง / Ref.</td><td>PO-TRL-67-0219</td></tr></table></td></tr></table>
<table class="it"><thead><tr><th>ลำดับ<br>No.</th><th>รายการ<br>Description</th><th>จำนวน<br>Qty</th>
<th>หน่วย<br>Unit</th>
<th>ราคา/หน่วย<br>Unit Price</th><th>จำนวนเงิน<br>Amount</th></tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td rowspan="3" class="words">({bahttext(total)})</td><td>รวมเงิน / Sub Total</td>
<td class="r">{money(net)}</td></tr><tr><td>ภาษีมูลค่าเพิ่ม / VAT 7%</td><td class="r">{money(vat)}</td>
</tr>
<tr class="g"><td>จำนวนเงินรวมทั้งสิ้น / Grand Total</td><td class="r">{money(total)}</td></tr></table>
<p class="small">ชำระโดยโอนเข้าบัญชี ธนาคารกสิกรไทย สาขาสาทร ออมทรัพย์ เลขที่ 062-1-48730-5
ชื่อบัญชี บริษัท สยามคลาวด์ โซลูชั่น จำกัด<br>
กรณีหักภาษี ณ ที่จ่าย 3% กรุณาส่งหนังสือรับรองการหักภาษี ณ ที่จ่ายมายังบริษัทฯ</p>
<table class="sg"><tr><td>ผู้รับวางบิล / Received by<br><br>วันที่ ____/____/______</td>
<td>ผู้มีอำนาจลงนาม / Authorized Signature<br><br>ในนาม {vendor}</td></tr></table>"""
    css = """
.hd { width:100%; border-bottom:2px solid #5b2a86; } .logo { width:16mm; height:16mm; background:#5b2a86;
color:#fff;
font-size:16pt; font-weight:bold; text-align:center; } .vn { font-size:14pt; font-weight:bold;
color:#5b2a86; }
.en { font-weight:bold; } .ttl { text-align:right; font-size:13pt; font-weight:bold; width:34%; }
.t2 { font-size:10pt; }
.orig { display:inline-block; border:1px solid #5b2a86; color:#5b2a86; font-size:8pt; padding:0.5mm 2mm; }
.info { width:100%; margin-top:3mm; } .cust { width:58%; border:1px solid #aaa; padding:2mm;
vertical-align:top; }
.kv td { padding:0.6mm 2mm; } .it { width:100%; margin-top:3mm; } .it th { background:#5b2a86; color:#fff;
padding:1.2mm;
font-size:8.3pt; font-weight:normal; } .it td { border-bottom:1px solid #ddd; padding:1.4mm; }
.tot { width:100%; margin-top:2mm; }
.tot td { padding:1.3mm 2mm; border:1px solid #ccc; } .words { width:50%; text-align:center;
background:#f4eefa; }
.g td { font-weight:bold; background:#f4eefa; } .sg { width:100%; margin-top:14mm; text-align:center; }
.sg td { width:50%; border-top:1px dotted #000; padding-top:1mm; }"""
    key = make_key(
        number="IV6703-0042",
        issued=issued,
        due=due,
        total=total,
        currency="THB",
        vendor=vendor,
        subtotal=net,
        tax=vat,
        lang="th",
        template="th_invoice_tax_invoice_bilingual",
    )
    html_text = page(body, lang="th", title="ใบแจ้งหนี้/ใบกำกับภาษี", font=TH_SANS, css=css, fs="9pt")
    return doc("as_th_cloud_tax_invoice", html_text, key)


def th_receipt() -> dict:
    """Thai-only ใบกำกับภาษี/ใบเสร็จรับเงิน, VAT-inclusive prices, long BE date (5 กรกฎาคม 2567)."""
    issued = date(2024, 7, 5)
    items = [
        ("ปูนซีเมนต์ปอร์ตแลนด์ 50 กก.", 40, "ถุง", "145"),
        ("เหล็กเส้นข้ออ้อย DB12 ยาว 10 ม.", 30, "เส้น", "186"),
        ("ทรายหยาบ", 3, "คิว", "650"),
        ("อิฐมอญ", 2000, "ก้อน", "1.20"),
    ]
    rows, gross = "", D(0)
    for i, (name, qty, unit, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        gross += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{name}</td><td class='r'>{qty:,}</td><td class='c'>{unit}</td>"
            f"<td class='r'>{money(price)}</td><td class='r'>{money(amt)}</td></tr>"
        )
    net = q(gross * 100 / 107)
    vat = gross - net
    vendor = "ห้างหุ้นส่วนจำกัด เชียงใหม่รุ่งเรืองวัสดุก่อสร้าง"
    seal = stamp(
        ["หจก.", "เชียงใหม่รุ่งเรือง", "วัสดุก่อสร้าง"], size=26, rot=-10, style="left:46mm;top:-12mm;", fs=8.5
    )
    body = f"""
<div class="hd"><div class="vn">{vendor}</div>
<div>152 หมู่ 3 ถนนเชียงใหม่-ลำปาง ตำบลหนองป่าครั่ง อำเภอเมืองเชียงใหม่
จังหวัดเชียงใหม่ 50000</div><div>โทร. 053-241-776  เลขประจำตัวผู้เสียภาษีอากร 0503553001842  สำนักงานใหญ่
</div></div>
<div class="ttl">ใบกำกับภาษี/ใบเสร็จรับเงิน</div>
<table class="info"><tr>
<td class="cust">นามผู้ซื้อ นายสมชาย ใจดี<br>ที่อยู่ 45/2 หมู่ 6 ตำบลสันผีเสื้อ อำเภอเมืองเชียงใหม่
จังหวัดเชียงใหม่ 50300<br>เลขประจำตัวผู้เสียภาษี 3509900123457</td>
<td class="meta">เลขที่ <b>TR6707-0015</b><br>วันที่ {th_date_long(issued)}</td></tr></table>
<table class="it"><thead><tr><th>ลำดับ</th><th>รายการสินค้า</th><th>จำนวน</th><th>หน่วย</th><th>ราคาต่อหน่วย
</th>
<th>จำนวนเงิน</th></tr></thead><tbody>{rows}</tbody>
<tfoot><tr><td colspan="4" rowspan="3" class="words">ตัวอักษร ({bahttext(gross)})</td><td>มูลค่าสินค้า</td>
<td class="r">{money(net)}</td></tr><tr><td>ภาษีมูลค่าเพิ่ม 7%</td><td class="r">{money(vat)}</td></tr>
<tr class="g"><td>รวมเงินทั้งสิ้น</td><td class="r">{money(gross)}</td></tr></tfoot></table>
<p class="small">ราคาสินค้าข้างต้นรวมภาษีมูลค่าเพิ่มแล้ว</p>
<div class="pay">ชำระโดย &#9745; เงินสด &#9744; เช็คธนาคาร ______ เลขที่ ______ &#9744; โอนเงิน</div>
<table class="sg"><tr><td>ผู้รับสินค้า</td><td style="position:relative">ผู้รับเงิน{seal}</td></tr>
</table>"""
    css = """
.hd { text-align:center; font-size:9pt; } .vn { font-size:16pt; font-weight:bold; }
.ttl { text-align:center;
font-size:15pt; font-weight:bold; border:1.5px solid #000; margin:3mm 45mm; padding:1mm; }
.info { width:100%; }
.cust { width:68%; border:1px solid #000; padding:2mm; } .meta { padding-left:4mm; vertical-align:top;
line-height:1.8; }
.it { width:100%; margin-top:3mm; border:1px solid #000; } .it th { border:1px solid #000; padding:1.2mm;
background:#eee; }
.it td { border-left:1px solid #000; border-right:1px solid #000; padding:1.2mm; }
.it tfoot td { border:1px solid #000; }
.words { text-align:center; } .g td { font-weight:bold; } .pay { margin-top:3mm;
font-family:"DejaVu Sans", "Kinnari";
font-size:9pt; } .sg { width:100%; margin-top:18mm; text-align:center; } .sg td { width:50%; }"""
    key = make_key(
        number="TR6707-0015",
        issued=issued,
        total=gross,
        currency="THB",
        vendor=vendor,
        subtotal=net,
        tax=vat,
        lang="th",
        template="th_tax_invoice_receipt",
    )
    html_text = page(body, lang="th", title="ใบกำกับภาษี", font=TH_SERIF, css=css, fs="11pt")
    return doc("as_th_receipt_be_date", html_text, key)


def _gst_rows(items):
    rows, net = "", D(0)
    for i, (desc, code, qty, unit, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        net += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{desc}</td><td class='c'>{code}</td>"
            f"<td class='r'>{qty} {unit}</td>"
            f"<td class='r'>{money(price, lakh=True)}</td><td class='r'>{money(amt, lakh=True)}</td></tr>"
        )
    return rows, net


def in_hindi() -> dict:
    """कर बीजक (Tax Invoice) in Hindi with English sub-labels; CGST 9 % + SGST 9 %, lakh grouping."""
    issued, due = date(2024, 8, 14), date(2024, 9, 13)
    items = [
        ("एलईडी पैनल लाइट 18W (LED panel light)", "9405", 120, "नग", "485"),
        ("एमसीबी 32A सिंगल पोल (MCB)", "8536", 80, "नग", "210"),
        ("कॉपर तार 2.5 वर्ग मिमी, 90 मी. कॉइल", "8544", 25, "कॉइल", "2350"),
        ("सीलिंग पंखा 1200 मिमी (Ceiling fan)", "8414", 15, "नग", "1890"),
    ]
    rows, net = _gst_rows(items)
    cgst = q(net * D("0.09"))
    sgst = cgst
    total = net + cgst + sgst
    assert total == D("191278.00")
    vendor = "शर्मा इलेक्ट्रिकल्स प्राइवेट लिमिटेड"
    body = f"""
<div class="ttl">कर बीजक <span>TAX INVOICE</span><div class="orig">मूल प्रति — Original for Recipient</div>
</div>
<table class="hd"><tr><td class="ven"><div class="vn">{vendor}</div>
<div class="en">Sharma Electricals Private Limited</div>
<div>14, अमीनाबाद रोड, लखनऊ, उत्तर प्रदेश – 226018</div>
<div>फ़ोन: 0522-4012 687 · ईमेल: accounts@sharmaelectricals.in</div>
<div><b>GSTIN:</b> 09AAKCS4521M1Z6 · राज्य: उत्तर प्रदेश (09)</div></td>
<td><table class="kv"><tr><td>बीजक संख्या (Invoice No.)</td><td class="b">SE/2024-25/0183</td></tr>
<tr><td>दिनांक (Date)</td><td>14-08-2024</td></tr><tr><td>भुगतान अंतिम तिथि (Due)</td><td>13-09-2024</td>
</tr>
<tr><td>आपूर्ति का स्थान</td><td>उत्तर प्रदेश (09)</td></tr><tr><td>रिवर्स चार्ज</td><td>नहीं (No)</td></tr>
</table></td></tr></table>
<div class="buyer"><b>प्राप्तकर्ता (Bill to):</b> गुप्ता बिल्डर्स एंड डेवलपर्स, 7/112 गोमती नगर, लखनऊ – 226010 ·
GSTIN 09ABFFG7734K1Z2</div>
<table class="it"><thead><tr><th>क्र.</th><th>विवरण (Description)</th><th>HSN</th><th>मात्रा</th><th>दर (₹)
</th>
<th>कर योग्य मूल्य (₹)</th></tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td>कुल कर योग्य मूल्य (Taxable value)</td><td class="r">{money(net, lakh=True)}</td>
</tr>
<tr><td>सीजीएसटी CGST @ 9%</td><td class="r">{money(cgst, lakh=True)}</td></tr>
<tr><td>एसजीएसटी SGST @ 9%</td><td class="r">{money(sgst, lakh=True)}</td></tr>
<tr class="g"><td>कुल देय राशि (Grand Total)</td><td class="r">₹ {money(total, lakh=True)}</td></tr></table>
<div class="words"><b>राशि शब्दों में:</b> एक लाख इक्यानवे हज़ार दो सौ अठहत्तर रुपये मात्र<br>
(Rupees {en_words(int(total), indian=True)} Only)</div>
<table class="ft"><tr>
<td><b>बैंक विवरण:</b> पंजाब नेशनल बैंक, अमीनाबाद शाखा<br>खाता सं. 0412 0085 0001 2736 ·
IFSC PUNB0041200<br>
<span class="small">माल एक बार बिकने के बाद वापस नहीं होगा। सभी विवाद लखनऊ न्यायक्षेत्र के अधीन।</span></td>
<td class="c">कृते शर्मा इलेक्ट्रिकल्स प्रा. लि.<br><br><br>अधिकृत हस्ताक्षरकर्ता</td></tr></table>"""
    css = """
.ttl { text-align:center; font-size:18pt; font-weight:bold; } .ttl span { font-size:11pt; }
.orig { font-size:8pt;
font-weight:normal; } .hd { width:100%; border:1px solid #444; margin-top:2mm; }
.hd td { vertical-align:top; padding:2mm; }
.ven { width:56%; border-right:1px solid #444; } .vn { font-size:15pt; font-weight:bold; color:#b34700; }
.en { font-weight:bold; } .kv td { padding:0.6mm 1.5mm; } .buyer { border:1px solid #444; border-top:none;
padding:2mm; }
.it { width:100%; margin-top:3mm; } .it th { background:#fbe3d0; border:1px solid #777; padding:1.3mm; }
.it td { border:1px solid #999; padding:1.3mm; } .tot { margin-left:auto; margin-top:2mm; width:60%; }
.tot td { border:1px solid #999; padding:1.3mm 2mm; } .g td { font-weight:bold; font-size:11pt;
background:#fbe3d0; }
.words { margin-top:3mm; } .ft { width:100%; margin-top:5mm; border:1px solid #444; } .ft td { padding:2mm;
width:50%; }"""
    key = make_key(
        number="SE/2024-25/0183",
        issued=issued,
        due=due,
        total=total,
        currency="INR",
        vendor=vendor,
        subtotal=net,
        tax=cgst + sgst,
        lang="hi",
        template="in_gst_hindi",
    )
    return doc(
        "as_in_gst_hindi", page(body, lang="hi", title="कर बीजक", font=HI_SANS, css=css, fs="9pt"), key
    )


def in_english() -> dict:
    """English GST tax invoice with Hindi sub-heading, SAC summary table, ₹ in lakh grouping, due date."""
    issued, due = date(2024, 11, 7), date(2024, 12, 7)
    items = [
        ("ERP implementation services — phase 1", "998314", 1, "job", "650000"),
        ("Annual application support", "998313", 12, "months", "18500"),
        ("Cloud hosting (managed)", "998315", 12, "months", "7250"),
        ("On-site user training", "999293", 3, "days", "15000"),
    ]
    rows, net = _gst_rows(items)
    cgst = q(net * D("0.09"))
    total = net + 2 * cgst
    vendor = "Aravali Infotech Solutions Pvt. Ltd."
    seal = stamp(["ARAVALI", "INFOTECH", "JAIPUR"], size=19, rot=-14, style="left:8mm;top:9mm;", fs=6)
    body = f"""
<table class="hd"><tr><td><div class="vn">{vendor}</div>
<div class="small">B-41, Malviya Industrial Area, Jaipur,
Rajasthan 302017 · CIN U72900RJ2016PTC054318<br>
GSTIN 08AAJCA7391K1ZQ · PAN AAJCA7391K · billing@aravali-infotech.in</div></td>
<td class="r"><div class="ti">TAX INVOICE</div><div class="hi">कर बीजक</div></td></tr></table>
<table class="meta"><tr>
<td class="bill"><b>Bill To</b><br>Marudhar Agro Foods Ltd.<br>Plot 7, Basni Industrial Area Phase II<br>
Jodhpur, Rajasthan 342005<br>GSTIN 08AACCM5521P1ZK</td>
<td><table class="kv"><tr><td>Invoice No.</td><td class="b">AIS/24-25/INV/0297</td></tr>
<tr><td>Invoice Date</td><td>07-Nov-2024</td></tr><tr><td>Due Date</td><td>07-Dec-2024</td></tr>
<tr><td>Place of Supply</td><td>Rajasthan (08)</td></tr><tr><td>PO Ref.</td><td>MAF/IT/2024/118</td></tr>
</table></td></tr></table>
<table class="it"><thead><tr><th>#</th><th>Description</th><th>SAC</th><th>Qty</th><th>Rate (₹)</th>
<th>Taxable Value (₹)</th>
</tr></thead><tbody>{rows}</tbody></table>
<table class="tx"><thead><tr><th>Taxable value</th><th>CGST rate</th><th>CGST amount</th><th>SGST rate</th>
<th>SGST amount</th><th>Total tax</th></tr></thead><tbody><tr><td>{money(net, lakh=True)}</td><td>9%</td>
<td>{money(cgst, lakh=True)}</td><td>9%</td><td>{money(cgst, lakh=True)}</td>
<td>{money(2 * cgst, lakh=True)}</td></tr></tbody></table>
<table class="tot"><tr><td>Total before tax</td><td class="r">{money(net, lakh=True)}</td></tr>
<tr><td>Add: CGST @ 9%</td><td class="r">{money(cgst, lakh=True)}</td></tr><tr><td>Add: SGST @ 9%</td>
<td class="r">{money(cgst, lakh=True)}</td></tr><tr class="g"><td>Invoice Total</td>
<td class="r">₹{money(total, lakh=True)}</td></tr></table>
<p><b>Amount in words:</b> Indian Rupees {en_words(int(total), indian=True)} Only</p>
<table class="ft"><tr>
<td>Bank: HDFC Bank, C-Scheme Branch, Jaipur · A/C 50200041872236 · IFSC HDFC0000321<br>
Payment within 30 days. Interest @ 18% p.a. on overdue amounts. Subject to Jaipur jurisdiction.</td>
<td class="c" style="position:relative">For {vendor}<br><br><br>Authorised Signatory{seal}</td></tr></table>
<p class="small c">This is a computer generated invoice.</p>"""
    css = """
.hd { width:100%; border-bottom:3px solid #2c6e49; } .vn { font-size:16pt; font-weight:bold; color:#2c6e49;
}
.ti { font-size:20pt; font-weight:bold; color:#2c6e49; } .hi { font-size:12pt; } .meta { width:100%;
margin-top:3mm; }
.bill { width:55%; vertical-align:top; } .kv td { padding:0.6mm 2mm; } .it, .tx { width:100%;
margin-top:3mm; }
.it th, .tx th { background:#e3f0e8; border:1px solid #9bbfa8; padding:1.3mm; font-size:8.5pt; }
.it td, .tx td { border:1px solid #c5d9cc; padding:1.3mm; } .tx td { text-align:right; }
.tot { margin-left:auto;
margin-top:3mm; width:55%; } .tot td { padding:1.2mm 2mm; border-bottom:1px solid #ddd; }
.g td { font-weight:bold;
font-size:11.5pt; border-top:2px solid #2c6e49; } .ft { width:100%; margin-top:4mm; border:1px solid #aaa; }
.ft td { padding:2mm; width:50%; font-size:8.5pt; }"""
    key = make_key(
        number="AIS/24-25/INV/0297",
        issued=issued,
        due=due,
        total=total,
        currency="INR",
        vendor=vendor,
        subtotal=net,
        tax=2 * cgst,
        lang="en",
        template="in_gst_english",
    )
    return doc(
        "as_in_gst_english", page(body, lang="en", title="Tax Invoice", font=HI_SANS, css=css, fs="9pt"), key
    )


BUILDERS = [th_bilingual, th_receipt, in_hindi, in_english]
