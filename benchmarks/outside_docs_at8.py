"""Arabic, printed by headless Chromium: Saudi simplified (80 mm receipt) and standard (A4, bilingual)
ZATCA tax invoices with Hijri dates, a Qatari Arabic/English invoice and an Arabic-only Jordanian tax
invoice with Arabic-Indic digits and three-decimal dinars."""

from __future__ import annotations

from pathlib import Path

from outside_docs_at1 import D, Spec, fmt, local_digits, make_key, qr_svg
from outside_docs_at2 import chromium_pdf, esc, html_page


def _n(x, places: int = 2) -> str:
    return f'<span class="ltr">{fmt(x, places)}</span>'


SA_S_CSS = """
.rc{width:80mm;padding:5mm 4mm;font-size:8.5pt}
.c{text-align:center} hr{border:0;border-top:1px dashed #444;margin:2mm 0}
.nm{font-size:12pt;font-weight:700} .ti{font-size:11pt;font-weight:700;margin:1mm 0}
.rc table td{padding:.6mm .5mm} .rc .it td{border-bottom:1px dotted #bbb}
.tt td{font-size:9pt} .tt .g td{font-size:11pt;font-weight:700;border-top:1.5px solid #222}
"""


def sa_simplified(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "SIM-104-000871", "مؤسسة ركن الواحة التجارية"
    items = [
        ("أرز بسمتي ٥ كجم", 2, D("42.00")),
        ("زيت زيتون ١ لتر", 3, D("28.00")),
        ("تمر سكري ٣ كجم", 1, D("45.00")),
        ("قهوة عربية ٥٠٠ جم", 1, D("27.00")),
    ]
    sub = sum(q * p for _, q, p in items)
    vat = sub * D("0.15")
    total = sub + vat
    rows = "".join(
        f"<tr class='it'><td>{esc(n)}</td><td class='c'><span class='ltr'>{q}</span></td><td>{_n(p)}</td>"
        f"<td>{_n(q * p)}</td></tr>"
        for n, q, p in items
    )
    body = f"""<div class="rc">
<div class="c nm">{vendor}</div><div class="c">فرع الرياض – حي النخيل، طريق الملك فهد</div>
<div class="c">الرقم الضريبي: <span class="ltr">310123456700003</span></div>
<div class="c">السجل التجاري: <span class="ltr">1010456789</span></div><hr>
<div class="c ti">فاتورة ضريبية مبسطة</div><div class="c">Simplified Tax Invoice</div><hr>
<table><tr><td>رقم الفاتورة:</td><td><span class="ltr">{inv}</span></td></tr>
<tr><td>التاريخ:</td><td><span class="ltr">2025-02-10 14:32</span></td></tr>
<tr><td>الموافق:</td><td>١١ شعبان ١٤٤٦هـ</td></tr>
<tr><td>الكاشير:</td><td><span class="ltr">07</span> – نقطة البيع <span class="ltr">3</span></td></tr>
</table><hr>
<table><tr class="b"><td>الصنف</td><td class="c">الكمية</td><td>السعر</td><td>المبلغ</td>
</tr>{rows}</table><hr>
<table class="tt"><tr><td>الإجمالي غير شامل الضريبة</td><td>{_n(sub)}</td></tr>
<tr><td>ضريبة القيمة المضافة ١٥٪</td><td>{_n(vat)}</td></tr>
<tr class="g"><td>الإجمالي شامل الضريبة</td><td>{_n(total)} ر.س</td></tr></table><hr>
<table><tr><td>طريقة الدفع:</td><td>مدى</td><td>{_n(total)}</td></tr></table>
<div class="c" style="margin-top:3mm">{qr_svg(871, 30)}</div>
<div class="c" style="margin-top:2mm">شكراً لتسوقكم معنا</div>
<div class="c">الاستبدال خلال ٧ أيام مع الفاتورة الأصلية</div></div>"""
    font = '"Noto Sans Arabic","Noto Sans",sans-serif'
    html = html_page(body, lang="ar", rtl=True, font=font, css=SA_S_CSS, page="80mm 190mm")
    chromium_pdf(html, pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-10",
        due_date=None,
        total=total,
        currency="SAR",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="ar",
        template="sa_simplified_receipt_80mm",
        producer="chromium",
    )


SA_CSS = """
.page{width:210mm;height:297mm;padding:12mm 13mm;position:relative;font-size:8.6pt}
.hd{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #00695c;
 padding-bottom:3mm}
.ar{font-family:"Noto Kufi Arabic",sans-serif;font-size:17pt;font-weight:700;color:#00695c}
.en{direction:ltr;font-family:"Noto Sans",sans-serif;font-size:9pt;color:#444;text-align:right}
.ti{text-align:center;font-size:14pt;font-weight:700;margin:4mm 0 1mm}
.ti span{font-family:"Noto Sans";font-size:11pt;color:#555}
.meta td,.party td{border:1px solid #b2dfdb;padding:1.4mm 2mm} .meta .k,.party .k{background:#e0f2f1;
 width:28%}
.two{display:flex;gap:4mm;margin-top:3mm} .two>div{flex:1} .two h4{margin:0 0 1mm;color:#00695c}
.it{margin-top:4mm} .it th{background:#00695c;color:#fff;padding:1.5mm;font-size:7.6pt;font-weight:600}
.it td{border:1px solid #b2dfdb;padding:1.6mm} .small{font-size:7pt;color:#555;display:block}
.tot{width:105mm;margin-top:3mm;margin-inline-start:auto} .tot td{border:1px solid #b2dfdb;padding:1.8mm}
.tot .g td{background:#00695c;color:#fff;font-weight:700;font-size:10.5pt}
"""


def sa_standard(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "INV-2025-0311", "شركة الأفق المتقدم للمقاولات"
    items = [
        ("أعمال صيانة التكييف المركزي – مبنى أ", "HVAC maintenance – Building A", D("9500.00"), 1),
        ("استبدال فلاتر الهواء", "Air filter replacement", D("85.00"), 40),
        ("أعمال كهربائية وإنارة", "Electrical and lighting works", D("5500.00"), 1),
    ]
    sub = sum(p * q for *_, p, q in items)
    vat = sub * D("0.15")
    total = sub + vat
    rows = "".join(
        f"<tr><td>{esc(a)}<span class='small ltr'>{esc(e)}</span></td><td>{_n(p)}</td>"
        f"<td class='c'><span class='ltr'>{q}</span></td><td>{_n(p * q)}</td><td class='c'>15%</td>"
        f"<td>{_n(p * q * D('0.15'))}</td><td>{_n(p * q * D('1.15'))}</td></tr>"
        for a, e, p, q in items
    )

    def party(title, rows_):
        cells = "".join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k, v in rows_)
        return f"<div><h4>{title}</h4><table class='party'>{cells}</table></div>"

    seller = party(
        "البائع Seller",
        [
            ("الاسم", vendor),
            ("الرقم الضريبي", '<span class="ltr">300456789100003</span>'),
            ("السجل التجاري", '<span class="ltr">1010678123</span>'),
            ("العنوان", "٧٢٣٥ طريق الأمير سلطان، حي المحمدية، الرياض ١٢٣٦٢"),
        ],
    )
    buyer = party(
        "المشتري Buyer",
        [
            ("الاسم", "شركة نماء للتطوير العقاري"),
            ("الرقم الضريبي", '<span class="ltr">300987654300003</span>'),
            ("السجل التجاري", '<span class="ltr">4030217745</span>'),
            ("العنوان", "٢٨١٠ شارع التحلية، حي الروضة، جدة ٢٣٤٣٥"),
        ],
    )
    body = f"""<div class="page">
<div class="hd"><div><div class="ar">{vendor}</div>
<div class="en">Al Ofuq Advanced Contracting Co. · C.R. 1010678123 · Riyadh</div></div>
<div>{qr_svg(311, 26)}</div></div>
<div class="ti">فاتورة ضريبية <span>Tax Invoice</span></div>
<table class="meta"><tr><td class="k">رقم الفاتورة Invoice No.</td><td><span class="ltr b">{inv}</span></td>
<td class="k">تاريخ الإصدار Issue date</td><td><span class="ltr">2025-03-05</span> — ٥ رمضان ١٤٤٦هـ</td></tr>
<tr><td class="k">تاريخ التوريد Supply date</td><td><span class="ltr">2025-03-03</span></td>
<td class="k">تاريخ الاستحقاق Due date</td><td><span class="ltr">2025-04-04</span></td></tr>
<tr><td class="k">أمر الشراء PO</td><td><span class="ltr">NAMA-PO-8842</span></td>
<td class="k">العقد Contract</td><td><span class="ltr">OFQ-MC-2024-17</span></td></tr></table>
<div class="two">{seller}{buyer}</div>
<table class="it"><tr><th>تفاصيل السلع أو الخدمات<br>Description</th><th>سعر الوحدة<br>Unit price</th>
<th>الكمية<br>Qty</th><th>المبلغ الخاضع للضريبة<br>Taxable amount</th><th>نسبة الضريبة<br>VAT rate</th>
<th>مبلغ الضريبة<br>VAT amount</th><th>الإجمالي شامل الضريبة<br>Total incl. VAT</th></tr>{rows}</table>
<table class="tot"><tr>
<td>الإجمالي غير شامل ضريبة القيمة المضافة<span class="small ltr">Total (excl. VAT)</span></td>
<td>{_n(sub)}</td></tr><tr><td>مجموع ضريبة القيمة المضافة ١٥٪<span class="small ltr">Total VAT 15%</span></td>
<td>{_n(vat)}</td></tr><tr class="g">
<td>إجمالي المبلغ المستحق<span class="ltr" style="font-size:8pt;display:block">
Total amount due (SAR)</span></td><td>{_n(total)} ر.س</td></tr></table>
<div style="margin-top:6mm"><b>بيانات التحويل:</b> مصرف الراجحي — الآيبان
<span class="ltr">SA44 8000 0123 6080 1012 3456</span> — باسم {vendor}</div>
<div style="margin-top:2mm">يرجى السداد خلال ٣٠ يوماً من تاريخ الإصدار. Payment within 30 days.</div>
<div style="position:absolute;bottom:12mm;left:13mm;right:13mm;border-top:1px solid #b2dfdb;padding-top:2mm;
font-size:7.5pt;color:#666;
 text-align:center">هذه الفاتورة صادرة إلكترونياً ومتوافقة مع متطلبات هيئة الزكاة والضريبة
والجمارك — This is an electronically generated e-invoice.</div></div>"""
    font = '"Noto Sans Arabic","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="ar", rtl=True, font=font, css=SA_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-03-05",
        due_date="2025-04-04",
        total=total,
        currency="SAR",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="ar",
        template="sa_standard_bilingual",
        producer="chromium",
    )


QA_CSS = """
.page{width:210mm;height:297mm;padding:12mm 14mm;position:relative;font-size:9pt}
.lh{display:grid;grid-template-columns:1fr 26mm 1fr;align-items:center;border-bottom:2px solid #8d1b3d;
 padding-bottom:3mm}
.en{direction:ltr;text-align:left;font-family:"Noto Sans",sans-serif}
.en .nm{font-size:15pt;font-weight:700;color:#8d1b3d;white-space:nowrap}
.arb .nm{font-size:12pt;font-weight:700;color:#8d1b3d}
.mark{width:22mm;height:22mm;border-radius:50%;background:#8d1b3d;color:#fff;display:flex;align-items:center;
 justify-content:center;font-family:"Noto Sans";font-weight:700;font-size:12pt;margin:auto}
.ti{text-align:center;font-size:15pt;font-weight:700;margin:5mm 0 3mm}
.info td{border:1px solid #ccc;padding:1.6mm 2mm} .info .k{background:#f8e9ee;color:#8d1b3d;width:22%}
.it{margin-top:4mm} .it th{background:#8d1b3d;color:#fff;padding:1.8mm} .it td{border:1px solid #ccc;
 padding:1.8mm}
.gt td{border:2px solid #8d1b3d;padding:2.2mm;font-size:11.5pt;font-weight:700}
.stamp{position:absolute;left:30mm;bottom:38mm;width:34mm;height:34mm;border-radius:50%;
 border:2px solid #1565c0;color:#1565c0;display:flex;align-items:center;justify-content:center;
 text-align:center;
 font-size:7pt;font-weight:700;transform:rotate(-18deg);opacity:.85}
"""


def qa_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "PCT/2025/0093", "PEARL COAST TRADING W.L.L."
    items = [
        ("ماكينة قهوة تجارية", "Commercial espresso machine", 2, D("5200.00")),
        ("مطحنة قهوة", "Coffee grinder", 2, D("1450.00")),
        ("التركيب والتدريب", "Installation and training", 1, D("1200.00")),
        ("طقم فلترة مياه", "Water filtration kit", 5, D("250.00")),
    ]
    total = sum(q * p for *_, q, p in items)
    rows = "".join(
        f"<tr><td class='c'><span class='ltr'>{i + 1}</span></td>"
        f"<td>{esc(a)} / <span class='ltr'>{esc(e)}</span>"
        f"</td><td class='c'><span class='ltr'>{q}</span></td><td>{_n(p)}</td><td>{_n(q * p)}</td></tr>"
        for i, (a, e, q, p) in enumerate(items)
    )
    body = f"""<div class="page">
<div class="lh"><div class="arb"><div class="nm">لؤلؤة الساحل للتجارة ذ.م.م</div>
<div>ص.ب ٢٢٤٥١، الدوحة – قطر · سجل تجاري ١٤٥٦٧٨</div></div><div class="mark">PCT</div>
<div class="en"><div class="nm">{vendor}</div><div>P.O. Box 22451, Doha – Qatar · C.R. No. 145678</div>
<div>Tel +974 4431 2290 · sales@pearlcoast.example.qa</div></div></div>
<div class="ti">فاتورة <span class="ltr" style="font-size:12pt">INVOICE</span></div>
<table class="info"><tr><td class="k">رقم الفاتورة Invoice No.</td><td><span class="ltr b">{inv}</span></td>
<td class="k">التاريخ Date</td><td><span class="ltr">20/01/2025</span></td></tr>
<tr><td class="k">العميل Customer</td><td>مجموعة الريان للضيافة<br>
<span class="ltr">Al Rayyan Hospitality Group</span></td>
<td class="k">تاريخ الاستحقاق Due date</td><td><span class="ltr">19/02/2025</span></td></tr>
<tr><td class="k">العنوان Address</td><td>شارع الريان الجديد، الريان</td><td class="k">أمر الشراء LPO</td>
<td><span class="ltr">ARH-LPO-5521</span></td></tr></table>
<table class="it"><tr><th>#</th><th>البيان Description</th><th>الكمية Qty</th><th>سعر الوحدة Unit price</th>
<th>المبلغ Amount</th></tr>{rows}</table>
<table class="gt" style="margin-top:3mm"><tr><td>الإجمالي Total (QAR)</td>
<td style="width:45mm">{_n(total)}</td></tr></table>
<div style="margin-top:3mm">فقط خمسة عشر ألفاً وسبعمائة وخمسون ريالاً قطرياً لا غير</div>
<div class="ltr" style="display:block;text-align:left">
Qatari Riyals Fifteen Thousand Seven Hundred Fifty Only</div>
<div style="margin-top:6mm"><b>طريقة الدفع:</b> تحويل بنكي — بنك قطر الوطني QNB — الآيبان
<span class="ltr">QA58 QNBA 0000 0000 0123 4567 8901 2</span></div>
<div>الضمان: سنة واحدة على الأجهزة من تاريخ التركيب. Warranty: one year from installation.</div>
<div style="display:flex;justify-content:space-between;margin-top:26mm">
<div>توقيع المستلم Received by ________</div>
<div>التوقيع المعتمد Authorized signature ________</div></div>
<div class="stamp">لؤلؤة الساحل للتجارة<br>PEARL COAST<br>TRADING W.L.L.<br>DOHA – QATAR</div></div>"""
    font = '"Noto Naskh Arabic","Noto Sans",serif'
    chromium_pdf(html_page(body, lang="ar", rtl=True, font=font, css=QA_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-20",
        due_date="2025-02-19",
        total=total,
        currency="QAR",
        vendor_name=vendor,
        subtotal=None,
        tax=None,
        lang="ar",
        template="qa_bilingual_letterhead",
        producer="chromium",
    )


JO_CSS = """
.page{width:210mm;height:297mm;padding:13mm 15mm;position:relative;font-size:10pt}
.frame{border:2.5px solid #1b5e20;padding:4mm;height:100%}
.hd{display:flex;justify-content:space-between;align-items:flex-start}
.nm{font-size:18pt;font-weight:700;color:#1b5e20}
.badge{border:2px solid #1b5e20;padding:2mm 6mm;font-size:15pt;font-weight:700;color:#1b5e20;
 text-align:center}
.g td{border:1px solid #1b5e20;padding:1.8mm 2.5mm} .g .k{background:#e8f5e9;font-weight:700}
.it{margin-top:5mm} .it th{background:#1b5e20;color:#fff;padding:2mm;border:1px solid #1b5e20}
.it td{border:1px solid #1b5e20;padding:2mm}
.seal{width:32mm;height:32mm;border:2px solid #6a1b9a;border-radius:50%;color:#6a1b9a;font-weight:700;
 display:flex;align-items:center;justify-content:center;text-align:center;font-size:8pt;transform:rotate(12deg)}
"""


def jo_tax_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "2025-00481", "شركة البتراء للأجهزة الطبية ذ.م.م"
    items = [
        ("جهاز قياس ضغط الدم رقمي", 20, D("22.500")),
        ("ميزان حرارة بالأشعة تحت الحمراء", 25, D("14.000")),
        ("جهاز قياس نسبة الأكسجين في الدم", 15, D("18.750")),
        ("شرائط فحص السكر (علبة ٥٠ شريطاً)", 45, D("3.750")),
    ]
    sub = sum(q * p for _, q, p in items)
    tax = sub * D("0.16")
    total = sub + tax

    def ar(x, places=3) -> str:
        return local_digits(fmt(x, places), "arab")

    rows = "".join(
        f"<tr><td class='c'>{local_digits(str(i + 1), 'arab')}</td><td>{esc(n)}</td>"
        f"<td class='c'>{local_digits(str(q), 'arab')}</td><td>{ar(p)}</td><td>{ar(q * p)}</td></tr>"
        for i, (n, q, p) in enumerate(items)
    )
    body = f"""<div class="page"><div class="frame">
<div class="hd"><div><div class="nm">{vendor}</div><div>عمّان – الشميساني، شارع عبد الحميد شرف، عمارة ٤٢</div>
<div>هاتف <span class="ltr">+962 6 568 2240</span> · الرقم الضريبي ١٢٣٤٥٦٧٨ · رقم التسجيل ٩٨٧٦٥</div></div>
<div class="badge">فاتورة ضريبية<div style="font-size:9pt;font-weight:400">نسخة العميل</div></div></div>
<table class="g" style="margin-top:5mm"><tr><td class="k">رقم الفاتورة</td>
<td><span class="ltr">{inv}</span></td>
<td class="k">تاريخ الفاتورة</td><td>٢٨/٠١/٢٠٢٥</td></tr>
<tr><td class="k">اسم العميل</td><td>مستشفى الأمل التخصصي</td><td class="k">تاريخ الاستحقاق</td>
<td>٢٧/٠٢/٢٠٢٥</td></tr>
<tr><td class="k">عنوان العميل</td><td>عمّان – طريق المطار</td><td class="k">الرقم الضريبي للعميل</td>
<td>٤٥٦٧٨٩٠١</td></tr>
<tr><td class="k">طريقة الدفع</td><td>آجل – ٣٠ يوماً</td><td class="k">العملة</td><td>دينار أردني</td>
</tr></table>
<table class="it"><tr><th>م</th><th>البيان</th><th>الكمية</th><th>سعر الوحدة (د.أ)</th>
<th>المجموع (د.أ)</th></tr>
{rows}<tr><td colspan="5" style="height:36mm"></td></tr></table>
<div style="display:flex;justify-content:space-between;margin-top:4mm;align-items:flex-start">
<div style="width:90mm"><b>المبلغ كتابةً:</b> فقط ألف وأربعمائة وخمسون ديناراً أردنياً لا غير
<div style="margin-top:4mm">الحوالات البنكية: البنك العربي – فرع الشميساني<br>
رقم الحساب ٠١١٨/٤٥٦٧٨٩/٥٠٠</div></div>
<table class="g" style="width:80mm"><tr><td class="k">المجموع قبل الضريبة</td><td>{ar(sub)}</td></tr>
<tr><td class="k">ضريبة المبيعات ١٦٪</td><td>{ar(tax)}</td></tr>
<tr><td class="k">الإجمالي المستحق</td><td class="b" style="font-size:12pt">{ar(total)} د.أ</td></tr>
</table></div>
<div style="display:flex;justify-content:space-between;align-items:center;margin-top:14mm">
<div>المستلم: ______________</div><div class="seal">شركة البتراء<br>للأجهزة الطبية<br>عمّان – الأردن</div>
<div>المحاسب: ______________</div></div>
<div style="position:absolute;bottom:20mm;right:19mm;left:19mm;text-align:center;font-size:8pt;color:#555">
البضاعة المباعة لا ترد ولا تستبدل إلا حسب شروط الضمان · شكراً لتعاملكم معنا</div></div></div>"""
    font = '"Noto Naskh Arabic",serif'
    chromium_pdf(html_page(body, lang="ar", rtl=True, font=font, css=JO_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-28",
        due_date="2025-02-27",
        total=total,
        currency="JOD",
        vendor_name=vendor,
        subtotal=sub,
        tax=tax,
        lang="ar",
        template="jo_arabic_only_frame",
        producer="chromium",
    )


SPECS = [
    Spec("at_sa_simplified_receipt", "Saudi Arabia", "Arabic (RTL)", "chromium", sa_simplified),
    Spec("at_sa_standard_tax_invoice", "Saudi Arabia", "Arabic (RTL) + English", "chromium", sa_standard),
    Spec("at_qa_invoice_bilingual", "Qatar", "Arabic (RTL) + English", "chromium", qa_invoice),
    Spec(
        "at_jo_tax_invoice_arabic", "Jordan", "Arabic (RTL), Arabic-Indic digits", "chromium", jo_tax_invoice
    ),
]
