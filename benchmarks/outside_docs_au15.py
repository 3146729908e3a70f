"""Arabic-only, printed by headless Chromium: an Egyptian e-invoice printout (فاتورة ضريبية, ETA style) with
a line discount and 14% VAT, and a Kuwaiti فاتورة in Naskh with Arabic-Indic digits, three-decimal dinars,
a discount and no tax."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, local_digits, make_key
from outside_docs_au3 import chromium_pdf, html_page

EG_CSS = """
.pg{width:210mm;height:297mm;padding:11mm 13mm;position:relative} .ltr{font-family:"Noto Sans",sans-serif}
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #37474f;
 padding-bottom:2mm}
.top .t{font-size:17pt;font-weight:700} .top .s{font-size:8.5pt;color:#546e7a}
.meta{margin-top:3mm} .meta td{border:1px solid #b0bec5;padding:1.4mm 2mm;font-size:8.5pt}
.meta .k{background:#eceff1;color:#37474f;width:32mm}
.pp{display:grid;grid-template-columns:1fr 1fr;gap:4mm;margin-top:4mm}
.pp div{border:1px solid #b0bec5;padding:2mm 3mm;font-size:8.8pt;line-height:1.55} .pp
h4{margin:0 0 1mm;font-size:9.5pt;
 color:#37474f;border-bottom:1px solid #b0bec5}
.it{margin-top:4mm} .it th{background:#37474f;color:#fff;font-size:7.8pt;padding:1.5mm}
.it td{border:1px solid #b0bec5;font-size:8.5pt;padding:1.6mm;white-space:nowrap} .it td.w{white-space:normal}
.tt{width:95mm;margin-right:auto;margin-top:3mm} .tt
td{border:1px solid #b0bec5;padding:1.5mm 2.5mm;font-size:9pt}
.tt .g td{background:#37474f;color:#fff;font-weight:700;font-size:10.5pt}
"""


def eg_e_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "NEL-2025-00764", "شركة النيل للأدوات الكهربائية (ش.م.م)"
    items = [
        ("EG-204918-0101", "كابل نحاس ٣×٢.٥ مم – لفة ١٠٠ متر", 15, D("2850.00"), D("855.00")),
        ("EG-204918-0214", "لمبة ليد ١٢ وات – ضوء أبيض", 200, D("38.50"), D(0)),
        ("EG-204918-0330", "مفتاح إنارة مزدوج", 120, D("46.00"), D(0)),
        ("EG-204918-0412", "لوحة توزيع ١٢ خط", 6, D("1275.00"), D(0)),
        ("EG-204918-0455", "قاطع كهربائي ٣٢ أمبير", 24, D("185.00"), D(0)),
    ]
    lines = [
        (c, n, q, p, q * p, dis, q * p - dis, ((q * p - dis) * D("0.14")).quantize(D("0.01")))
        for c, n, q, p, dis in items
    ]
    gross = sum(x[4] for x in lines)
    disc = sum(x[5] for x in lines)
    net = sum(x[6] for x in lines)
    vat = sum(x[7] for x in lines)
    total = net + vat

    def n(x) -> str:
        return f'<span class="ltr">{fmt(x)}</span>'

    rows = "".join(
        f"<tr><td><span class='ltr'>{c}</span></td><td class='w'>{nm}</td><td class='c'>{q}</td>"
        f"<td>{n(p)}</td>"
        f"<td>{n(g)}</td><td>{n(dis)}</td><td>{n(nt)}</td><td>{n(t)}</td><td class='b'>{n(nt + t)}</td></tr>"
        for c, nm, q, p, g, dis, nt, t in lines
    )
    body = f"""<div class="pg">
<div class="top"><div><div class="t">فاتورة ضريبية</div>
<div class="s">منظومة الفاتورة الإلكترونية – مصلحة الضرائب المصرية</div></div>
<div class="s" style="text-align:left">نوع المستند: فاتورة (I) · الإصدار <span class="ltr">1.0</span></div>
</div>
<table class="meta"><tr><td class="k">الرقم الداخلي</td><td class="b"><span class="ltr">{inv}</span></td>
<td class="k">تاريخ الإصدار</td><td><span class="ltr">2025-02-09 11:24</span></td></tr>
<tr><td class="k">المعرف الإلكتروني</td><td colspan="3"><span class="ltr">
9K3XQ2B7W1MZP4R8T6YH0CVD5N</span></td></tr>
<tr><td class="k">تاريخ الاستلام</td><td><span class="ltr">2025-02-09 11:25</span></td>
<td class="k">الحالة</td>
<td>صالحة</td></tr></table>
<div class="pp"><div><h4>بيانات البائع</h4><b>{vendor}</b>
<br>رقم التسجيل الضريبي: <span class="ltr">204-918-337</span><br>
٢٧ شارع الجمهورية، عابدين، القاهرة<br>الفرع: المركز الرئيسي (<span class="ltr">0</span>)</div>
<div><h4>بيانات المشتري</h4><b>شركة الدلتا للمقاولات العامة</b>
<br>رقم التسجيل الضريبي: <span class="ltr">311-540-829</span><br>
١٤ شارع الجلاء، المنصورة، الدقهلية<br>أمر الشراء: <span class="ltr">DC-PO-1182</span></div></div>
<table class="it"><tr><th>كود الصنف (EGS)</th><th>اسم الصنف</th><th>الكمية</th><th>سعر الوحدة</th>
<th>قيمة المبيعات</th><th>الخصم</th><th>صافي المبلغ</th><th>ض.ق.م ١٤٪</th><th>الإجمالي</th></tr>{rows}</table>
<table class="tt"><tr><td>إجمالي المبيعات</td><td>{n(gross)}</td></tr><tr><td>إجمالي الخصم</td>
<td>{n(disc)}</td></tr>
<tr><td>صافي المبلغ</td><td>{n(net)}</td></tr><tr><td>ضريبة القيمة المضافة (١٤٪)</td><td>{n(vat)}</td></tr>
<tr class="g"><td>الإجمالي (جنيه مصري)</td><td>{n(total)}</td></tr></table>
<p style="font-size:9.3pt;margin-top:4mm">
<b>فقط</b> ستة وسبعون ألفاً وستمائة وثلاثة عشر جنيهاً مصرياً و٧٠ قرشاً لا غير</p>
<p style="font-size:8.8pt">طريقة السداد: تحويل بنكي خلال ٤٥ يوماً – البنك الأهلي المصري، فرع عابدين، حساب رقم
<span class="ltr">1003 0715 2284 9900 017</span></p>
<div style="position:absolute;bottom:12mm;left:13mm;right:13mm;border-top:1px solid #b0bec5;
 padding-top:2mm;font-size:7.6pt;
color:#78909c;display:flex;
justify-content:space-between"><span>هذا المستند نسخة مطبوعة من الفاتورة الإلكترونية المعتمدة</span>
<span>صفحة <span class="ltr">1 / 1</span></span></div></div>"""
    font = '"Noto Sans Arabic","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="ar", font=font, css=EG_CSS, rtl=True), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-09",
        due_date=None,
        total=total,
        currency="EGP",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=net,
        tax=vat,
        lang="ar",
        country="Egypt",
        template="eg_eta_e_invoice_printout_discount",
        producer="chromium",
    )


KW_CSS = """
.pg{width:210mm;height:297mm;padding:12mm 15mm;position:relative;font-size:11pt}
.fr{border:3px double #5d4037;padding:6mm 7mm;height:100%}
.lh{display:flex;justify-content:space-between;align-items:center;border-bottom:1.5px solid #5d4037;
 padding-bottom:3mm}
.lh .ar{font-size:17pt;font-weight:700;color:#5d4037} .lh
.en{font-family:"Noto Sans";font-size:8.5pt;direction:ltr;
 text-align:left;font-weight:700;color:#5d4037} .lh .s{font-size:9pt}
.ti{text-align:center;font-size:18pt;font-weight:700;margin:4mm 0}
.mt td{padding:1mm 2mm} .mt .k{color:#6d4c41}
.it{margin-top:4mm} .it th{border:1px solid #5d4037;background:#efebe9;padding:1.5mm}
.it td{border:1px solid #5d4037;padding:1.8mm 2mm}
.it .e td{height:40mm}
.tt{width:85mm;margin-right:auto;margin-top:3mm} .tt td{border:1px solid #5d4037;padding:1.5mm 2mm}
.tt .g td{font-weight:700;background:#efebe9}
"""


def kw_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "2500934", "شركة الصقر الذهبي للتجارة العامة والمقاولات ذ.م.م"
    alt = "GOLDEN FALCON GENERAL TRADING & CONTRACTING CO. W.L.L."
    items = [
        ("مكيف سبليت ٢ طن – إنفرتر", 3, D("185.500")),
        ("ثلاجة عرض تجارية بابين زجاج", 1, D("420.000")),
        ("غسالة صحون صناعية ستانلس ستيل", 1, D("365.750")),
        ("أعمال تركيب وتمديدات نحاس وكهرباء", 1, D("75.000")),
    ]
    gross = sum(q * p for _, q, p in items)
    disc = D("17.250")
    total = gross - disc

    def a(x, places=3) -> str:
        return local_digits(fmt(x, places), "arab")

    rows = "".join(
        f"<tr><td class='c'>{a(i, 0)}</td><td>{n}</td><td class='c'>{a(q, 0)}</td><td>{a(p)}</td>"
        f"<td>{a(q * p)}</td></tr>"
        for i, (n, q, p) in enumerate(items, 1)
    )
    body = f"""<div class="pg"><div class="fr">
<div class="lh"><div><div class="ar">{vendor}</div>
<div class="s">الكويت – الشويخ الصناعية، قطعة ٢، شارع ٢٨، مبنى ١٤٧
· هاتف ٢٤٨١٣٣٠٥ · سجل تجاري ٣٨٤١٢٧</div></div>
<div class="en">{alt}<br>Shuwaikh Industrial, Kuwait</div></div>
<div class="ti">فاتورة</div>
<table class="mt"><tr><td class="k">رقم الفاتورة:</td><td class="b">{local_digits(inv, "arab")}</td>
<td class="k">التاريخ:</td><td>{local_digits("11", "arab")} مارس {local_digits("2025", "arab")}</td></tr>
<tr><td class="k">السادة:</td><td class="b">مطعم ديوانية البحر</td><td class="k">تاريخ الاستحقاق:</td>
<td>{local_digits("10", "arab")} أبريل {local_digits("2025", "arab")}</td></tr>
<tr><td class="k">العنوان:</td><td>السالمية، شارع الخليج العربي</td><td class="k">رقم أمر الشراء:</td>
<td>{local_digits("0447", "arab")}</td></tr></table>
<table class="it"><tr><th>م</th><th>البيان</th><th>الكمية</th><th>سعر الوحدة (د.ك)</th><th>المبلغ (د.ك)</th>
</tr>{rows}
<tr class="e"><td></td><td></td><td></td><td></td><td></td></tr></table>
<table class="tt"><tr><td>المجموع</td><td>{a(gross)}</td></tr><tr><td>الخصم</td><td>{a(disc)}</td></tr>
<tr class="g"><td>الصافي المستحق (د.ك)</td><td>{a(total)}</td></tr></table>
<p style="margin-top:4mm"><b>فقط</b> ألف وأربعمائة دينار كويتي لا غير</p>
<p style="font-size:10pt">الدفع بشيك باسم الشركة أو تحويل إلى بنك الخليج – حساب رقم
{local_digits("0102 4455 8812", "arab")}<br>
الضمان: سنة واحدة على الأجهزة من تاريخ التركيب.</p>
<div style="display:flex;justify-content:space-between;margin-top:18mm;text-align:center">
<div style="width:60mm;border-top:1px solid #5d4037;padding-top:1mm">توقيع المستلم</div>
<div style="width:60mm;border-top:1px solid #5d4037;padding-top:1mm">المحاسب</div></div></div></div>"""
    font = '"Noto Naskh Arabic","Noto Sans",serif'
    chromium_pdf(html_page(body, lang="ar", font=font, css=KW_CSS, rtl=True), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-03-11",
        due_date="2025-04-10",
        total=total,
        currency="KWD",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=None,
        tax=None,
        lang="ar",
        country="Kuwait",
        template="kw_naskh_invoice_arabic_indic_no_tax",
        producer="chromium",
    )


SPECS = [
    Spec("au_eg_eta_tax_invoice", "Egypt", "Arabic (RTL)", "chromium", eg_e_invoice),
    Spec("au_kw_invoice_kwd_arabic", "Kuwait", "Arabic (RTL), Arabic-Indic digits", "chromium", kw_invoice),
]
