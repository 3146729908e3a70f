"""Gulf, printed by headless Chromium, three-decimal currencies: an Omani فاتورة ضريبية / TAX INVOICE with
English-left / Arabic-right label columns and 5% VAT, and a Bahraini Arabic-first tax invoice with 10% VAT
and a net / VAT / gross row per line."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, make_key
from outside_docs_au2 import en_words
from outside_docs_au3 import chromium_pdf, esc, html_page


def _r3(x) -> str:
    return f'<span class="ltr">{fmt(D(x).quantize(D("0.001")), 3)}</span>'


OM_CSS = """
.pg{width:210mm;height:297mm;padding:12mm 14mm;position:relative}
.lh{display:grid;grid-template-columns:1fr 30mm 1fr;align-items:center;border-bottom:3px solid #004d40;
 padding-bottom:3mm}
.lh .en{font-size:12pt;font-weight:700;color:#004d40} .lh .ar{font-size:12.5pt;font-weight:700;color:#004d40;
 direction:rtl;text-align:right} .lh .s{font-size:8pt;color:#444;font-weight:400}
.lg{width:24mm;height:24mm;margin:auto;border:2.5px solid #004d40;border-radius:50%;display:flex;
 align-items:center;
 justify-content:center;font-weight:700;color:#004d40;font-size:13pt}
.ti{text-align:center;margin:4mm 0;font-size:14pt;font-weight:700}
.mt td{border:1px solid #9e9e9e;padding:1.6mm 2mm;font-size:8.8pt} .mt .k{background:#f1f8e9;width:34mm}
.ar{direction:rtl;text-align:right}
.it{margin-top:4mm} .it th{background:#004d40;color:#fff;font-size:8pt;padding:1.6mm;border:1px solid #004d40}
.it td{border:1px solid #9e9e9e;padding:1.8mm;font-size:8.8pt}
.tt{width:100mm;margin-left:auto;margin-top:3mm} .tt
td{border:1px solid #9e9e9e;padding:1.6mm 2mm;font-size:9pt}
.tt .g td{background:#004d40;color:#fff;font-weight:700;font-size:10.5pt}
"""


def om_tax_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor, alt = "BGT/INV/25/0311", "شركة الخليج الأزرق للتجارة ش.م.م", "BLUE GULF TRADING LLC"
    items = [
        ("SOLAS approved life jacket", "سترة نجاة معتمدة SOLAS", 40, D("18.750")),
        ("Mooring rope 24 mm, 100 m coil", "حبل رسو ٢٤ ملم، لفة ١٠٠ م", 6, D("86.400")),
        ("Marine battery 12V 200Ah", "بطارية بحرية ١٢ فولت ٢٠٠ أمبير", 4, D("132.500")),
        ("LED navigation light set", "طقم أضواء ملاحية LED", 3, D("64.275")),
        ("Installation and sea-trial testing", "التركيب والفحص البحري", 1, D("95.000")),
    ]
    sub = sum(q * p for *_, q, p in items)
    vat = (sub * D("0.05")).quantize(D("0.001"))
    total = sub + vat
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{esc(en)}<div class='ar'>{ar}</div></td><td class='c'>{q}</td>"
        f"<td class='r'>{_r3(p)}</td><td class='r'>{_r3(q * p)}</td><td class='c'>5%</td>"
        f"<td class='r'>{_r3(q * p * D('0.05'))}</td></tr>"
        for i, (en, ar, q, p) in enumerate(items, 1)
    )
    rials, baisa = int(total), int((total - int(total)) * 1000)
    body = f"""<div class="pg">
<div class="lh"><div class="en">{alt}<div class="s">C.R. No. 1284455 · P.O. Box 1742, P.C. 112, Ruwi<br>
Al Wadi Al Kabir Industrial Area, Muscat, Sultanate of Oman<br>Tel +968 2481 7730</div></div>
<div class="lg">BGT</div>
<div class="ar">{vendor}<div class="s">س.ت ١٢٨٤٤٥٥ · ص.ب ١٧٤٢، الرمز البريدي ١١٢، روي<br>
المنطقة الصناعية بالوادي الكبير، مسقط، سلطنة عمان</div></div></div>
<div class="ti">TAX INVOICE &nbsp;|&nbsp; فاتورة ضريبية</div>
<table class="mt"><tr><td class="k">Invoice No.</td><td class="b">{inv}</td><td class="k ar">رقم الفاتورة</td>
<td class="k">VATIN</td><td>OM1100084172</td><td class="k ar">الرقم الضريبي</td></tr>
<tr><td class="k">Invoice Date</td><td>02/03/2025</td><td class="k ar">تاريخ الفاتورة</td>
<td class="k">Due Date</td><td>01/04/2025</td><td class="k ar">تاريخ الاستحقاق</td></tr>
<tr><td class="k">Customer</td><td colspan="4">
<b>Oman Coastal Marine Services SAOC</b> · شركة الخدمات البحرية الساحلية
· VATIN OM1100029931 · Sohar Port, Oman</td><td class="k ar">العميل</td></tr>
<tr><td class="k">Your Ref.</td><td>LPO 4471/2025</td><td class="k ar">مرجعكم</td>
<td class="k">Payment</td><td>30 days credit</td><td class="k ar">الدفع</td></tr></table>
<table class="it"><tr><th>#</th><th>Description / الوصف</th><th>Qty<br>الكمية</th>
<th>Unit Price (OMR)<br>سعر الوحدة</th>
<th>Taxable Amount<br>المبلغ الخاضع</th><th>VAT %</th><th>VAT (OMR)<br>الضريبة</th></tr>{rows}</table>
<table class="tt"><tr><td>Total excl. VAT · الإجمالي غير شامل الضريبة</td><td class="r">{_r3(sub)}</td></tr>
<tr><td>VAT 5% · ضريبة القيمة المضافة</td><td class="r">{_r3(vat)}</td></tr>
<tr class="g"><td>Total incl. VAT (OMR) · الإجمالي شامل الضريبة</td><td class="r">{_r3(total)}</td></tr>
</table>
<p style="font-size:8.8pt;margin-top:4mm">Amount in words: Omani Rials {en_words(rials)} and Baisa
{en_words(baisa)}
Only<br><span class="ar" style="display:block">فقط ألفان ومائة وتسعون ريالاً عمانياً وخمسمائة وستة وثلاثون
بيسة لا غير</span></p>
<p style="font-size:8.5pt">Bank: Bank Muscat, Ruwi Branch · A/C 0314 0275 8812 0017 · IBAN OM82 0270 3140
2758 8120 017<br>
Please quote the invoice number with your payment.</p>
<div style="position:absolute;bottom:30mm;left:14mm;right:14mm;display:flex;justify-content:space-between;
 font-size:8.8pt">
<div style="width:70mm;border-top:1px solid #555;padding-top:1mm">Received by / المستلم</div>
<div style="width:70mm;border-top:1px solid #555;padding-top:1mm;text-align:right">For {alt} / التوقيع
المعتمد</div></div>
<div style="position:absolute;bottom:10mm;left:14mm;right:14mm;font-size:7.5pt;color:#777;text-align:center">
Goods sold are not returnable except for manufacturing defects · البضاعة المباعة لا ترد ولا تستبدل إلا لعيوب
الصناعة</div></div>"""
    font = '"Noto Sans","Noto Sans Arabic",sans-serif'
    chromium_pdf(html_page(body, lang="en", font=font, css=OM_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-03-02",
        due_date="2025-04-01",
        total=total,
        currency="OMR",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=vat,
        lang="ar+en",
        country="Oman",
        template="om_tax_invoice_bilingual_label_columns",
        producer="chromium",
    )


BH_CSS = """
.pg{width:210mm;height:297mm;padding:12mm 14mm;position:relative} .ltr{font-family:"Noto Sans",sans-serif}
.lh{display:flex;justify-content:space-between;align-items:flex-start}
.lh .ar{font-size:16pt;font-weight:700;color:#6a1b9a} .lh .en{font-size:10pt;font-weight:700;direction:ltr}
.lh .s{font-size:8.3pt;color:#444}
.bd{background:#6a1b9a;color:#fff;padding:2.5mm 4mm;text-align:center;font-weight:700;font-size:13pt}
.bd small{display:block;font-size:8.5pt;font-weight:400}
.cards{display:grid;grid-template-columns:1fr 1fr;gap:5mm;margin-top:5mm}
.cd{border:1px solid #ce93d8;padding:2.5mm 3mm;font-size:9pt} .cd .k{color:#6a1b9a;font-size:8pt}
.kv td{padding:.8mm 1mm}
.it{margin-top:5mm} .it th{background:#f3e5f5;border-bottom:2px solid #6a1b9a;font-size:8.3pt;padding:1.8mm}
.it td{border-bottom:1px solid #e1bee7;padding:2mm;font-size:9pt}
.it tr.t td{font-weight:700;border-top:2px solid #6a1b9a;background:#f3e5f5}
"""


def bh_tax_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor, alt = "NTS-2501-0088", "مؤسسة النخبة للخدمات الفنية", "AL NOKHBA TECHNICAL SERVICES EST."
    items = [
        (
            "عقد صيانة التكييف السنوي – الربع الأول ٢٠٢٥",
            "Annual AC maintenance contract – Q1 2025",
            1,
            D("1350.000"),
        ),
        ("استبدال محركات وحدات ملف المروحة", "Replacement of fan coil unit motors", 5, D("68.500")),
        ("فحص اللوحات الكهربائية الرئيسية", "Main electrical panel inspection", 2, D("45.000")),
        ("أعمال سباكة طارئة – الطابق الثالث", "Emergency plumbing works – 3rd floor", 1, D("127.750")),
    ]
    lines = [(a, e, q, p, q * p, (q * p * D("0.10")).quantize(D("0.001"))) for a, e, q, p in items]
    sub = sum(x[4] for x in lines)
    vat = sum(x[5] for x in lines)
    total = sub + vat
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{a}<br><span class='mu ltr'>{esc(e)}</span></td>"
        f"<td class='c'>{q}</td>"
        f"<td>{_r3(p)}</td><td>{_r3(n)}</td><td>{_r3(t)}</td><td class='b'>{_r3(n + t)}</td></tr>"
        for i, (a, e, q, p, n, t) in enumerate(lines, 1)
    )
    body = f"""<div class="pg">
<div class="lh"><div><div class="ar">{vendor}</div><div class="en">{alt}</div>
<div class="s">سجل تجاري رقم <span class="ltr">118274-1</span> · مبنى ٢٤٥، طريق ٣٨١٢، مجمع ٣٣٨، العدلية،
مملكة البحرين<br>
هاتف <span class="ltr">+973 1771 4420</span> · <span class="ltr">accounts@nokhba-bh.com</span></div></div>
<div class="bd">فاتورة ضريبية<small>TAX INVOICE</small></div></div>
<div class="cards"><div class="cd"><div class="k">بيانات العميل / Customer</div>
<b>شركة المنامة للعقارات ش.م.ب (مقفلة)</b><br>
<span class="ltr">Manama Real Estate Co. B.S.C. (c)</span><br>برج المنامة، الطابق ١٤، المنطقة الدبلوماسية<br>
رقم حساب ضريبة القيمة المضافة: <span class="ltr">200004417600002</span></div>
<div class="cd"><table class="kv"><tr><td class="k">رقم الفاتورة / Invoice No.</td><td class="b">
<span class="ltr">{inv}</span></td></tr>
<tr><td class="k">تاريخ الفاتورة / Date</td><td><span class="ltr">30/01/2025</span></td></tr>
<tr><td class="k">تاريخ الاستحقاق / Due</td><td><span class="ltr">28/02/2025</span></td></tr>
<tr><td class="k">رقم حساب الضريبة / VAT No.</td><td><span class="ltr">220015983400002</span></td></tr>
<tr><td class="k">رقم العقد / Contract</td><td><span class="ltr">AMC-2025-017</span></td></tr></table></div>
</div>
<table class="it"><tr><th>م</th><th>الوصف / Description</th><th>الكمية</th><th>سعر الوحدة</th>
<th>المبلغ الخاضع للضريبة</th><th>ضريبة ١٠٪</th><th>الإجمالي (د.ب)</th></tr>{rows}
<tr class="t"><td></td><td>المجموع / Total</td><td></td><td></td><td>{_r3(sub)}</td><td>{_r3(vat)}</td>
<td>{_r3(total)}</td></tr></table>
<p style="font-size:9.5pt;margin-top:5mm"><b>المبلغ المستحق:</b> {_r3(total)} دينار بحريني
(ألفان ومائة وواحد دينار بحريني ومائتان وخمسة وسبعون فلساً فقط)</p>
<p style="font-size:8.8pt">يرجى التحويل إلى: بنك البحرين الوطني، فرع العدلية · رقم الآيبان
<span class="ltr">BH29 NBOB 0000 0099 8812 74</span></p>
<p style="font-size:8.3pt;color:#666">تخضع هذه الفاتورة لأحكام المرسوم بقانون رقم (٤٨) لسنة ٢٠١٨ بشأن ضريبة
القيمة المضافة.</p>
<div style="position:absolute;left:24mm;bottom:34mm;width:32mm;height:32mm;border:2px solid #1565c0;
 border-radius:50%;
color:#1565c0;font-size:7pt;font-weight:700;display:flex;align-items:center;justify-content:center;text-align:center;
transform:rotate(12deg)">مؤسسة النخبة<br>للخدمات الفنية<br>مملكة البحرين</div>
<div style="position:absolute;right:14mm;bottom:34mm;width:65mm;border-top:1px solid #555;text-align:center;
font-size:8.8pt;padding-top:1mm">التوقيع والختم / Signature &amp; Stamp</div></div>"""
    font = '"Noto Sans Arabic","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="ar", font=font, css=BH_CSS, rtl=True), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-30",
        due_date="2025-02-28",
        total=total,
        currency="BHD",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=vat,
        lang="ar+en",
        country="Bahrain",
        template="bh_tax_invoice_arabic_first_line_gross",
        producer="chromium",
    )


SPECS = [
    Spec("au_om_tax_invoice_omr", "Oman", "Arabic (RTL) + English", "chromium", om_tax_invoice),
    Spec("au_bh_tax_invoice_bhd", "Bahrain", "Arabic (RTL) + English", "chromium", bh_tax_invoice),
]
