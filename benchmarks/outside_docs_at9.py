"""South Asia, printed by headless Chromium: a Pakistani sales tax invoice (English/Urdu, PKR), a
Bangladeshi মূসক-৬.৩ কর চালানপত্র (Bengali digits, lakh grouping), a Sri Lankan tax invoice (English with
Sinhala, LKR) and an Indian GST invoice (Tamil/English, CGST + SGST)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_at1 import D, Spec, en_words, fmt, fmt_indian, local_digits, make_key, qr_svg
from outside_docs_at2 import chromium_pdf, esc, html_page

PK_CSS = """
.page{width:210mm;height:297mm;padding:12mm 13mm;position:relative;font-size:8.8pt}
.lh{display:flex;justify-content:space-between;align-items:center;border-bottom:3px double #004d40;
 padding-bottom:3mm}
.nm{font-size:17pt;font-weight:700;color:#004d40} .ur{font-family:"Noto Nastaliq Urdu",serif;direction:rtl}
.ttl{text-align:center;margin:4mm 0 2mm;font-size:14pt;font-weight:700;letter-spacing:1pt}
.ttl .ur{font-size:11pt;display:block;letter-spacing:0;font-weight:400}
.two{display:flex;gap:4mm} .two>div{flex:1;border:1px solid #80cbc4;padding:2.5mm}
.two td{padding:.8mm 1mm} .lab{color:#00695c;font-weight:700}
.it{margin-top:4mm;font-size:8pt} .it th{background:#004d40;color:#fff;padding:1.6mm;font-weight:600}
.it td{border:1px solid #80cbc4;padding:1.6mm} .it tr.t td{background:#e0f2f1;font-weight:700}
"""


def pk_sales_tax(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "ITM/ST/2425/1187", "INDUS TEXTILE MILLS (PVT.) LTD."
    items = [
        ("Cotton Yarn 30/1 Combed", "5205.2400", 2500, "Kg", D("320.00")),
        ('Greige Fabric 60" 20x20/60x60', "5208.1100", 1500, "Mtr", D("300.00")),
    ]
    sub = sum(q * p for *_, q, _, p in items)
    st = sub * D("0.18")
    total = sub + st
    rows = "".join(
        f"<tr><td class='c'>{i + 1}</td><td>{esc(n)}</td><td class='c'>{h}</td>"
        f"<td class='r'>{fmt(q, 0)} {u}</td>"
        f"<td class='r'>{fmt(p)}</td><td class='r'>{fmt(q * p)}</td><td class='c'>18%</td>"
        f"<td class='r'>{fmt(q * p * D('0.18'))}</td><td class='r'>{fmt(q * p * D('1.18'))}</td></tr>"
        for i, (n, h, q, u, p) in enumerate(items)
    )
    words = en_words(int(total), indian=True).replace("Lakh", "Lac")
    body = f"""<div class="page">
<div class="lh"><div><div class="nm">{vendor}</div>
<div>Plot 47-A, Sector 25, Korangi Industrial Area, Karachi-74900 · Tel (021) 3507 4410</div>
<div><b>NTN:</b> 1234567-8 · <b>STRN:</b> 17-00-3765-432-19</div></div>
<div class="ur" style="font-size:13pt;color:#004d40">انڈس ٹیکسٹائل ملز (پرائیویٹ) لمیٹڈ</div></div>
<div class="ttl">SALES TAX INVOICE<span class="ur">سیلز ٹیکس انوائس</span></div>
<div class="two"><div><div class="lab">Buyer / <span class="ur">خریدار</span></div>
<div class="b">AL-NOOR GARMENTS EXPORTS</div><div>14-KM Sheikhupura Road, Faisalabad</div>
<div>NTN: 7654321-0 · STRN: 03-04-5200-118-77</div></div>
<div><table><tr><td class="lab">Invoice No. / <span class="ur">انوائس نمبر</span></td>
<td class="b">{inv}</td></tr>
<tr><td class="lab">Date / <span class="ur">تاریخ</span></td><td>18-01-2025</td></tr>
<tr><td class="lab">Delivery Challan</td><td>DC-5561 (18-01-2025)</td></tr>
<tr><td class="lab">Terms</td><td>45 days credit</td></tr>
<tr><td class="lab">Due Date / <span class="ur">آخری تاریخ</span></td><td>04-03-2025</td></tr></table>
</div></div>
<table class="it"><tr><th>S#</th><th>Description of Goods</th><th>HS Code</th><th>Quantity</th>
<th>Rate (PKR)</th>
<th>Value Excl. Sales Tax</th><th>ST Rate</th><th>Sales Tax Payable</th><th>Value Incl. Sales Tax</th>
</tr>{rows}
<tr class="t"><td colspan="5" class="r">Total / <span class="ur">کل</span></td>
<td class="r">{fmt(sub)}</td><td></td>
<td class="r">{fmt(st)}</td><td class="r">{fmt(total)}</td></tr></table>
<p><b>Amount in words:</b> Rupees {words} Only.</p>
<div class="two" style="margin-top:4mm"><div><div class="lab">Summary</div><table style="width:100%">
<tr><td>Value excluding sales tax</td><td class="r">PKR {fmt(sub)}</td></tr>
<tr><td>Sales tax @ 18%</td><td class="r">PKR {fmt(st)}</td></tr>
<tr><td class="b">Total amount payable</td><td class="r b" style="font-size:11pt">PKR {fmt(total)}</td></tr>
</table></div><div><div class="lab">Bank details / <span class="ur">بینک کی تفصیلات</span></div>
<div>Meezan Bank Ltd., Korangi Branch</div><div>A/C Title: Indus Textile Mills (Pvt.) Ltd.</div>
<div>IBAN: PK36 MEZN 0001 2345 6789 0123</div></div></div>
<div style="display:flex;justify-content:space-between;margin-top:22mm"><div>Received by: ____________</div>
<div style="text-align:center">____________________<br>For {vendor}<br>Authorised Signatory</div></div>
<div class="ur" style="position:absolute;bottom:12mm;left:13mm;right:13mm;text-align:center;font-size:9pt;
color:#555">یہ کمپیوٹر سے تیار کردہ انوائس ہے</div></div>"""
    chromium_pdf(html_page(body, lang="en", font='"Noto Sans",sans-serif', css=PK_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-18",
        due_date="2025-03-04",
        total=total,
        currency="PKR",
        vendor_name=vendor,
        subtotal=sub,
        tax=st,
        lang="en",
        template="pk_sales_tax_en_ur",
        producer="chromium",
    )


BD_CSS = """
.page{width:210mm;height:297mm;padding:10mm 11mm;position:relative;font-size:8.4pt}
.co{text-align:center;font-size:17pt;font-weight:700;color:#1a237e} .cen{text-align:center}
.form{border:1px solid #333;margin-top:3mm;padding:2mm 3mm;position:relative}
.tag{position:absolute;right:3mm;top:2mm;border:1.5px solid #333;padding:0 3mm;font-weight:700;font-size:10pt}
.f td{padding:.9mm 1mm} .it{margin-top:3mm;font-size:7.4pt} .it th{border:1px solid #333;background:#eee;
 padding:1.2mm;font-weight:600} .it td{border:1px solid #333;padding:1.4mm} .it .t td{font-weight:700}
.seal{width:30mm;height:30mm;border:2px solid #b71c1c;border-radius:50%;color:#b71c1c;display:flex;
 align-items:center;justify-content:center;text-align:center;font-size:7.5pt;font-weight:700;transform:rotate(-10deg)}
"""


def bd_mushak(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "MAP/2025/00213", "মেঘনা এগ্রো প্রসেসিং লিমিটেড"
    items = [
        ("সরিষার তেল (৫ লিটার জার)", "জার", 200, D("750.00")),
        ("মসুর ডাল (৫০ কেজি বস্তা)", "বস্তা", 30, D("3000.00")),
    ]
    sub = sum(q * p for *_, q, p in items)
    vat = sub * D("0.15")
    total = sub + vat

    def bn(x) -> str:
        return local_digits(fmt_indian(x), "beng")

    def bi(x) -> str:
        return local_digits(str(x), "beng")

    rows = "".join(
        f"<tr><td class='c'>{bi(i + 1)}</td><td>{esc(n)}</td><td class='c'>{u}</td><td class='r'>{bi(q)}</td>"
        f"<td class='r'>{bn(p)}</td><td class='r'>{bn(q * p)}</td><td class='r'>{bn(0)}</td>"
        f"<td class='c'>১৫%</td>"
        f"<td class='r'>{bn(q * p * D('0.15'))}</td><td class='r'>{bn(q * p * D('1.15'))}</td></tr>"
        for i, (n, u, q, p) in enumerate(items)
    )
    body = f"""<div class="page">
<div class="co">{vendor}</div>
<div class="cen">প্লট ১৮, বিসিক শিল্প নগরী, টঙ্গী, গাজীপুর-১৭১০ · ফোন: ০২-৯৮১২৩৪৫</div>
<div class="form"><span class="tag">মূসক-৬.৩</span>
<div class="cen">গণপ্রজাতন্ত্রী বাংলাদেশ সরকার<br>জাতীয় রাজস্ব বোর্ড</div>
<div class="cen b" style="font-size:12pt">কর চালানপত্র</div>
<div class="cen" style="font-size:7.5pt">[বিধি ৪০ এর উপ-বিধি (১) এর দফা (গ) ও দফা (চ) দ্রষ্টব্য]</div>
<table class="f" style="margin-top:2mm"><tr><td>নিবন্ধিত ব্যক্তির নাম:</td><td class="b">{vendor}</td></tr>
<tr><td>নিবন্ধিত ব্যক্তির বিআইএন:</td><td>000123456-0101</td></tr>
<tr><td>চালানপত্র ইস্যুর ঠিকানা:</td><td>প্লট ১৮, বিসিক শিল্প নগরী, টঙ্গী, গাজীপুর</td></tr></table>
<div style="display:flex;justify-content:space-between"><table class="f">
<tr><td>ক্রেতার নাম:</td><td>স্বপ্নপুরী সুপারশপ লিমিটেড</td></tr>
<tr><td>ক্রেতার বিআইএন:</td><td>004567891-0203</td></tr>
<tr><td>সরবরাহের গন্তব্যস্থল:</td><td>বাড়ি ৩২, রোড ১১, বনানী, ঢাকা-১২১৩</td></tr>
<tr><td>যানবাহনের প্রকৃতি ও নম্বর:</td><td>কাভার্ড ভ্যান, ঢাকা মেট্রো-ন ১৪-৫৫২১</td></tr></table>
<table class="f"><tr><td>চালানপত্র নম্বর:</td><td class="b">{inv}</td></tr>
<tr><td>ইস্যুর তারিখ:</td><td>২২/০১/২০২৫</td></tr><tr><td>ইস্যুর সময়:</td><td>১১:৪০</td></tr></table></div>
<table class="it"><tr><th>ক্রমিক সংখ্যা</th><th>পণ্য বা সেবার বর্ণনা (প্রযোজ্য ক্ষেত্রে ব্র্যান্ড নামসহ)</th>
<th>সরবরাহের একক</th><th>পরিমাণ</th><th>একক মূল্য (টাকায়)</th><th>মোট মূল্য (টাকায়)</th>
<th>সম্পূরক শুল্কের পরিমাণ (টাকায়)</th><th>মূল্য সংযোজন করের হার</th>
<th>মূল্য সংযোজন করের পরিমাণ (টাকায়)</th><th>সকল প্রকার শুল্ক ও করসহ মূল্য</th></tr>
<tr class="cen">{"".join(f"<td>({local_digits(str(i), 'beng')})</td>" for i in range(1, 11))}</tr>{rows}
<tr class="t"><td colspan="5" class="r">সর্বমোট</td><td class="r">{bn(sub)}</td><td class="r">{bn(0)}</td>
<td></td>
<td class="r">{bn(vat)}</td><td class="r">৳ {bn(total)}</td></tr></table>
<p>কথায়: দুই লক্ষ ছিয়াত্তর হাজার টাকা মাত্র।</p>
<div style="display:flex;justify-content:space-between;align-items:center;margin-top:4mm"><table class="f">
<tr><td>প্রতিষ্ঠান কর্তৃপক্ষের দায়িত্বপ্রাপ্ত ব্যক্তির নাম:</td><td>মোঃ রফিকুল ইসলাম</td></tr>
<tr><td>পদবি:</td><td>হিসাবরক্ষণ কর্মকর্তা</td></tr><tr><td>স্বাক্ষর:</td><td>____________</td></tr>
<tr><td>সীল:</td><td></td></tr></table>
<div class="seal">মেঘনা এগ্রো<br>প্রসেসিং লিমিটেড<br>টঙ্গী, গাজীপুর</div></div>
<p style="font-size:7.2pt">* উৎসে কর কর্তনযোগ্য সরবরাহের ক্ষেত্রে ফরমটি সমন্বিত কর চালানপত্র ও উৎসে কর কর্তন সনদপত্র
হিসেবে বিবেচিত হইবে।<br>১ সকল প্রকার কর ব্যতীত মূল্য।</p></div></div>"""
    font = '"Noto Sans Bengali","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="bn", font=font, css=BD_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-22",
        due_date=None,
        total=total,
        currency="BDT",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="bn",
        template="bd_mushak_6_3",
        producer="chromium",
    )


LK_CSS = """
.page{width:210mm;height:297mm;display:flex;font-size:9pt}
.side{width:52mm;background:#4e342e;color:#fbe9e7;padding:14mm 5mm;font-size:8pt}
.side .nm{font-size:12.5pt;font-weight:700;color:#fff;line-height:1.25} .side hr{border-color:#8d6e63}
.si{font-family:"Noto Sans Sinhala",sans-serif}
.main{flex:1;padding:14mm 12mm;position:relative}
.ttl{font-size:20pt;font-weight:700;color:#4e342e} .ttl .si{font-size:12pt;color:#6d4c41;display:block}
.m td{padding:1.3mm 2mm;border-bottom:1px solid #d7ccc8} .m .k{color:#6d4c41;width:45%}
.it{margin-top:5mm} .it th{border-bottom:2px solid #4e342e;padding:1.8mm;text-align:left}
.it td{border-bottom:1px solid #d7ccc8;padding:2mm}
.tot{width:78mm;margin-left:auto;margin-top:3mm} .tot td{padding:1.6mm 2mm}
.tot .g td{background:#4e342e;color:#fff;font-weight:700;font-size:11pt}
"""


def lk_tax_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "LSE/INV/25/0062", "LANKA SPICE EXPORTERS (PVT) LTD"
    items = [
        ("Ceylon Cinnamon, Alba grade", "කුරුඳු", 100, D("3200.00")),
        ("Black Pepper, 550 g/l", "ගම්මිරිස්", 150, D("800.00")),
        ("Cloves, hand-picked", "කරාබු නැටි", 20, D("2000.00")),
    ]
    sub = sum(q * p for *_, q, p in items)
    vat = sub * D("0.18")
    total = sub + vat
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{esc(e)}<br><span class='si' style='color:#6d4c41'>{s}</span></td>"
        f"<td style='text-align:right'>{q}</td><td style='text-align:right'>{fmt(p)}</td>"
        f"<td style='text-align:right'>{fmt(q * p)}</td></tr>"
        for i, (e, s, q, p) in enumerate(items)
    )
    body = f"""<div class="page"><div class="side"><div class="nm">{vendor}</div>
<div class="si" style="margin-top:2mm">ලංකා කුළුබඩු අපනයනකරුවෝ (පුද්ගලික) සමාගම</div><hr>
<div>No. 214, Kandy Road,<br>Kadawatha, Sri Lanka</div><div>Tel: +94 11 292 5580</div>
<div>info@lankaspice.example.lk</div><hr><div>VAT Reg. No.<br><b>114567890-7000</b></div>
<div style="margin-top:2mm">Company Reg. No.<br><b>PV 00123456</b></div><hr>
<div class="si">බැංකු විස්තර / Bank</div><div>Commercial Bank of Ceylon PLC<br>Kadawatha Branch<br>
A/C 1000 2345 6789</div><div style="margin-top:10mm">{qr_svg(62, 26)}</div></div>
<div class="main"><div class="ttl">TAX INVOICE<span class="si">බදු ඉන්වොයිසිය</span></div>
<table class="m" style="margin-top:4mm"><tr>
<td class="k">Invoice No. / <span class="si">ඉන්වොයිස් අංකය</span></td>
<td class="b">{inv}</td></tr><tr><td class="k">Date of invoice / <span class="si">දිනය</span></td>
<td>27.01.2025</td></tr>
<tr><td class="k">Date of delivery</td><td>25.01.2025</td></tr>
<tr><td class="k">Due date / <span class="si">ගෙවිය යුතු දිනය</span></td><td>26.02.2025</td></tr>
<tr><td class="k">Purchaser / <span class="si">ගැනුම්කරු</span></td>
<td>Colombo Gourmet Foods (Pvt) Ltd<br>No. 18, Flower Road, Colombo 07</td></tr>
<tr><td class="k">Purchaser's VAT No.</td><td>103456789-7000</td></tr>
<tr><td class="k">Place of supply</td><td>Colombo 07</td></tr></table>
<table class="it"><tr><th>#</th><th>Description / <span class="si">විස්තරය</span></th>
<th style="text-align:right">Qty (kg)</th>
<th style="text-align:right">Unit price (LKR)</th><th style="text-align:right">Amount (LKR)</th>
</tr>{rows}</table>
<table class="tot"><tr><td>Value of supply</td><td style="text-align:right">{fmt(sub)}</td></tr>
<tr><td>VAT @ 18% / <span class="si">වැට් බද්ද</span></td><td style="text-align:right">{fmt(vat)}</td></tr>
<tr class="g"><td>Total (LKR) / <span class="si">එකතුව</span></td>
<td style="text-align:right">{fmt(total)}</td></tr>
</table><p>Amount in words: Rupees {en_words(int(total))} Only.</p>
<p style="font-size:8pt;color:#6d4c41">Payment within 30 days by bank transfer.
Interest at 2% per month may be charged
on overdue balances.</p>
<div style="position:absolute;bottom:24mm;right:12mm;text-align:center">______________________<br>
Authorised Signature<br><span class="si">බලයලත් අත්සන</span></div></div></div>"""
    font = '"Noto Sans","Noto Sans Sinhala",sans-serif'
    chromium_pdf(html_page(body, lang="en", font=font, css=LK_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-27",
        due_date="2025-02-26",
        total=total,
        currency="LKR",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="en",
        template="lk_sidebar_en_si",
        producer="chromium",
    )


IN_CSS = """
.page{width:210mm;height:297mm;padding:10mm 11mm;font-size:8.2pt;position:relative}
.frame{border:1.5px solid #222} .hd{text-align:center;padding:2mm;border-bottom:1px solid #222}
.ta{font-family:"Noto Sans Tamil",sans-serif} .nm{font-size:19pt;font-weight:700;color:#b71c1c}
.en{font-size:10pt;font-weight:700;letter-spacing:1pt}
.bar{display:flex;justify-content:space-between;border-bottom:1px solid #222;padding:1.2mm 2mm;
 background:#fff3e0}
.g2{display:grid;grid-template-columns:1fr 1fr} .g2>div{padding:2mm;border-bottom:1px solid #222}
.g2>div:nth-child(odd){border-right:1px solid #222} .g2 td{padding:.5mm 1mm}
.it th{border:1px solid #222;background:#fff3e0;padding:1.2mm;font-weight:600}
.it td{border-left:1px solid #222;border-right:1px solid #222;padding:1.4mm} .it .t td{border:1px solid #222;
 font-weight:700} .r{text-align:right}
.hs th,.hs td{border:1px solid #222;padding:1.1mm}
"""


def in_gst(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "SMT/24-25/0917", "ஸ்ரீ முருகன் டெக்ஸ்டைல்ஸ்"
    items = [
        ("Cotton Saree", "காட்டன் புடவை", "5208", 60, D("850.00")),
        ("Cotton Dhoti", "வேட்டி", "5208", 80, D("270.00")),
        ("Bath Towel", "துண்டு", "6302", 100, D("120.00")),
    ]
    taxable = sum(q * p for *_, q, p in items)
    cgst = sgst = taxable * D("0.025")
    total = taxable + cgst + sgst

    def m(x) -> str:
        return fmt_indian(x)

    rows = "".join(
        f"<tr><td class='c'>{i + 1}</td><td>{e} <span class='ta'>({t})</span></td><td class='c'>{h}</td>"
        f"<td class='r'>{q} Nos</td><td class='r'>{m(p)}</td><td class='r'>{m(q * p)}</td>"
        f"<td class='r'>{m(q * p * D('0.025'))}</td><td class='r'>{m(q * p * D('0.025'))}</td>"
        f"<td class='r'>{m(q * p * D('1.05'))}</td></tr>"
        for i, (e, t, h, q, p) in enumerate(items)
    )
    hsn: dict[str, D] = {}
    for *_, h, q, p in items:
        hsn[h] = hsn.get(h, D(0)) + q * p
    hsn_rows = "".join(
        f"<tr><td>{h}</td><td class='r'>{m(v)}</td><td class='r'>2.5% · {m(v * D('0.025'))}</td>"
        f"<td class='r'>2.5% · {m(v * D('0.025'))}</td><td class='r'>{m(v * D('0.05'))}</td></tr>"
        for h, v in hsn.items()
    )
    body = f"""<div class="page"><div class="frame">
<div class="hd"><div class="ta nm">{vendor}</div><div class="en">SRI MURUGAN TEXTILES</div>
<div><span class="ta">142, கடைவீதி, ஈரோடு – 638001</span> ·
142, Bazaar Street, Erode – 638001, Tamil Nadu</div>
<div>GSTIN: <b>33ABCFS1234K1Z5</b> · State: Tamil Nadu, Code: 33 · Ph: 0424-225 1180</div></div>
<div class="bar"><b class="ta" style="font-size:11pt">வரி விலைப்பட்டியல் / TAX INVOICE</b>
<span>ORIGINAL FOR RECIPIENT</span></div>
<div class="g2"><div><table><tr><td>Invoice No.</td><td class="b">{inv}</td></tr>
<tr><td>Invoice Date</td><td>29-01-2025</td></tr><tr><td>Due Date</td><td>28-02-2025</td></tr>
<tr><td>Reverse Charge</td><td>No</td></tr></table></div>
<div><table><tr><td>Place of Supply</td><td>Tamil Nadu (33)</td></tr><tr><td>Transport</td>
<td>KPN Parcel Service</td></tr>
<tr><td>LR No.</td><td>KPN-ER-448127</td></tr><tr><td>E-Way Bill</td><td>3310 2245 8871</td></tr></table>
</div>
<div><b>Bill to / <span class="ta">பெறுநர்</span></b><br>Lakshmi Silks<br>
56, Big Bazaar Street, Coimbatore – 641001
<br>GSTIN: 33AAEFL5678M1Z2</div>
<div><b>Ship to</b><br>Lakshmi Silks – Godown<br>12, Ramanathapuram Main Road, Coimbatore – 641045</div></div>
<table class="it"><tr><th>S.No</th><th>Description / <span class="ta">விவரம்</span></th><th>HSN</th>
<th>Qty</th>
<th>Rate ₹</th><th>Taxable Value ₹</th><th>CGST 2.5% ₹</th><th>SGST 2.5% ₹</th><th>Amount ₹</th></tr>{rows}
<tr><td style="height:30mm"></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr class="t"><td colspan="5" class="r">Total</td><td class="r">{m(taxable)}</td><td class="r">{m(cgst)}</td>
<td class="r">{m(sgst)}</td><td class="r">₹{m(total)}</td></tr></table>
<div style="padding:2mm;border-bottom:1px solid #222"><b>Amount in words:</b> Rupees
{en_words(int(total), indian=True)} Only<br>
<span class="ta">எண்பத்தெட்டாயிரத்து எண்ணூற்று முப்பது ரூபாய் மட்டும்</span></div>
<table class="hs"><tr><th>HSN</th><th>Taxable Value</th><th>CGST</th><th>SGST</th><th>Total Tax</th>
</tr>{hsn_rows}</table>
<div class="g2" style="margin-top:2mm">
<div style="border-bottom:0"><b>Bank details</b><br>Indian Bank, Erode Main
<br>A/c No. 6012345678 · IFSC IDIB000E012</div>
<div style="border-bottom:0;text-align:right">For SRI MURUGAN TEXTILES<br><br>
<br>Authorised Signatory</div></div>
</div>
<div style="text-align:center;font-size:7pt;margin-top:2mm">
Subject to Erode jurisdiction. E.&amp;O.E.</div></div>"""
    font = '"Noto Sans","Noto Sans Tamil",sans-serif'
    chromium_pdf(html_page(body, lang="ta", font=font, css=IN_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-29",
        due_date="2025-02-28",
        total=total,
        currency="INR",
        vendor_name=vendor,
        subtotal=taxable,
        tax=cgst + sgst,
        lang="ta",
        template="in_gst_tamil_english",
        producer="chromium",
    )


SPECS = [
    Spec("at_pk_sales_tax_invoice", "Pakistan", "Latin + Urdu (Nastaliq)", "chromium", pk_sales_tax),
    Spec("at_bd_mushak_6_3", "Bangladesh", "Bengali", "chromium", bd_mushak),
    Spec("at_lk_tax_invoice", "Sri Lanka", "Latin + Sinhala", "chromium", lk_tax_invoice),
    Spec("at_in_gst_tamil", "India", "Tamil + Latin", "chromium", in_gst),
]
