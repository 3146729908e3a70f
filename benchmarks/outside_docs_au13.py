"""Iran: the official landscape form صورتحساب فروش کالا و خدمات in Persian with Persian digits, a Solar
Hijri date, per-line discount and 10% VAT, totals as a table row.  Israel: a חשבונית מס מקור with a
מספר הקצאה (allocation number), 18% מע"מ and שוטף + 30 terms.  Both by headless Chromium."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, jalali, local_digits, make_key
from outside_docs_au3 import chromium_pdf, html_page

IR_CSS = """
.pg{width:297mm;height:210mm;padding:9mm 11mm;position:relative}
.hd{display:flex;justify-content:space-between;align-items:center}
.hd .t{font-size:15pt;font-weight:700;text-align:center} .hd .m{font-size:9pt;width:60mm}
.sec{background:#cfd8dc;text-align:center;font-weight:700;font-size:9.5pt;border:1px solid #333;padding:1mm;
 margin-top:2mm}
.pt td{border:1px solid #333;font-size:8.5pt;padding:1.4mm 2mm} .pt .k{color:#455a64}
.it th{border:1px solid #333;background:#eceff1;font-size:7.6pt;padding:1.2mm;text-align:center}
.it td{border:1px solid #333;font-size:8.5pt;padding:1.4mm;white-space:nowrap} .it td.w{white-space:normal}
.it tr.s td{font-weight:700;background:#eceff1}
.ft{display:flex;justify-content:space-between;margin-top:4mm;font-size:9pt} .lat{font-family:"Noto Sans"}
.ft div{width:85mm;border:1px solid #333;height:22mm;padding:1.5mm 2mm}
"""


def ir_factor(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "14030872", "شرکت بازرگانی پارس کاغذ البرز (سهامی خاص)"
    items = [
        ("۱۰۲۳", "کاغذ A4 هشتاد گرمی (بسته ۵۰۰ برگی)", 200, "بسته", D(2450000), D(10000000)),
        ("۲۰۱۷", "زونکن کلاسوری عریض", 150, "عدد", D(385000), D(0)),
        ("۳۰۰۵", "خودکار آبی (بسته ۵۰ عددی)", 20, "بسته", D(1750000), D(0)),
        ("۲۰۴۴", "پوشه پلاستیکی دکمه‌دار", 300, "عدد", D(95000), D(0)),
        ("۴۱۱۰", "کارتریج تونر لیزری 85A", 12, "عدد", D(8900000), D(0)),
    ]
    lines = []
    for c, n, q, u, p, dis in items:
        net = q * p - dis
        lines.append((c, n, q, u, p, q * p, dis, net, net * D("0.10")))
    sub = sum(x[7] for x in lines)
    vat = sum(x[8] for x in lines)
    total = sub + vat

    def fa(x) -> str:
        return local_digits(fmt(x, 0), "fa")

    rows = "".join(
        f"<tr><td class='c'>{fa(i)}</td><td class='c'>{c}</td><td class='w'>{n}</td>"
        f"<td class='c'>{fa(q)}</td>"
        f"<td class='c'>{u}</td><td>{fa(p)}</td><td>{fa(g)}</td><td>{fa(dis)}</td><td>{fa(net)}</td>"
        f"<td>{fa(t)}</td><td>{fa(net + t)}</td></tr>"
        for i, (c, n, q, u, p, g, dis, net, t) in enumerate(lines, 1)
    )
    y, m, d = jalali(date(2025, 2, 3))
    jdate = local_digits(f"{y}/{m:02d}/{d:02d}", "fa")
    body = f"""<div class="pg">
<div class="hd"><div class="m">شماره صورتحساب: <b>{local_digits(inv, "fa")}</b><br>تاریخ: {jdate}</div>
<div class="t">صورتحساب فروش کالا و خدمات</div>
<div class="m" style="text-align:left">شماره منحصر به فرد مالیاتی:<br>
<span class="ltr lat">A11Q7X04D2E0003F8C91B2</span></div></div>
<div class="sec">مشخصات فروشنده</div>
<table class="pt"><tr><td><span class="k">نام شخص حقوقی:</span> <b>{vendor}</b></td>
<td><span class="k">شماره اقتصادی:</span> {local_digits("411385627914", "fa")}</td>
<td><span class="k">شناسه ملی:</span> {local_digits("10320874561", "fa")}</td></tr>
<tr><td colspan="2"><span class="k">نشانی:</span> کرج، بلوار جمهوری، خیابان برغان، پلاک ۴۸، واحد ۳</td>
<td><span class="k">کد پستی:</span> {local_digits("3146713855", "fa")} &nbsp; <span class="k">تلفن:</span>
{local_digits("026-32541870", "fa")}</td></tr></table>
<div class="sec">مشخصات خریدار</div>
<table class="pt"><tr><td><span class="k">نام شخص حقوقی:</span> <b>شرکت مهندسی مشاور سازه‌نگار تهران</b></td>
<td><span class="k">شماره اقتصادی:</span> {local_digits("411129845307", "fa")}</td>
<td><span class="k">شناسه ملی:</span> {local_digits("10102938475", "fa")}</td></tr>
<tr><td colspan="2"><span class="k">نشانی:</span> تهران، خیابان ولیعصر، بالاتر از میدان ونک، کوچه نیلوفر،
پلاک ۱۲</td>
<td><span class="k">کد پستی:</span> {local_digits("1969833451", "fa")}</td></tr></table>
<div class="sec">مشخصات کالا یا خدمات مورد معامله</div>
<table class="it"><tr><th>ردیف</th><th>کد کالا</th><th>شرح کالا یا خدمات</th><th>تعداد / مقدار</th>
<th>واحد اندازه‌گیری</th><th>مبلغ واحد (ریال)</th><th>مبلغ کل (ریال)</th><th>مبلغ تخفیف (ریال)</th>
<th>مبلغ کل پس از تخفیف (ریال)</th><th>جمع مالیات و عوارض ارزش افزوده (ریال)</th>
<th>جمع کل پس از تخفیف و مالیات و عوارض (ریال)</th></tr>{rows}
<tr class="s"><td colspan="6">جمع کل</td><td>{fa(sum(x[5] for x in lines))}</td>
<td>{fa(sum(x[6] for x in lines))}</td>
<td>{fa(sub)}</td><td>{fa(vat)}</td><td>{fa(total)}</td></tr></table>
<p style="font-size:9pt;margin:2mm 0">شرایط و نحوه فروش: &nbsp; نقدی ☐ &nbsp; غیرنقدی ☒ (چک به سررسید ۳۰
روزه) &nbsp;·&nbsp;
نرخ مالیات و عوارض ارزش افزوده: ۱۰٪</p>
<div class="ft"><div>مهر و امضای فروشنده</div>
<div>توضیحات: تحویل در انبار خریدار، هزینه حمل به عهده فروشنده</div>
<div>مهر و امضای خریدار</div></div></div>"""
    font = '"Noto Sans Arabic","Noto Naskh Arabic",sans-serif'
    chromium_pdf(
        html_page(body, lang="fa", font=font, css=IR_CSS, rtl=True, page="A4 landscape"), pdf_path, work
    )
    return make_key(
        invoice_number=inv,
        date="2025-02-03",
        due_date=None,
        total=total,
        currency="IRR",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=vat,
        lang="fa",
        country="Iran",
        template="ir_official_sales_invoice_landscape",
        producer="chromium",
    )


IL_CSS = """
.pg{width:210mm;height:297mm;padding:13mm 15mm;position:relative}
.lh{display:flex;justify-content:space-between;align-items:flex-start}
.lh .n{font-size:17pt;font-weight:700;color:#00695c} .lh .a{font-size:8.5pt;line-height:1.5}
.lg{width:24mm;height:24mm;background:#00695c;color:#fff;font-weight:700;font-size:16pt;display:flex;
 align-items:center;justify-content:center;border-radius:50%}
.tl{display:flex;justify-content:space-between;align-items:baseline;margin-top:7mm;
 border-top:3px solid #00695c;
 border-bottom:1px solid #00695c;padding:2mm 0}
.tl .t{font-size:16pt;font-weight:700} .tl .o{font-size:9pt;color:#c62828;font-weight:700}
.two{display:grid;grid-template-columns:1.2fr 1fr;gap:8mm;margin-top:4mm;font-size:9pt}
.kv td{padding:.8mm 1.5mm} .kv td:first-child{color:#607d8b;width:34mm}
.it{margin-top:6mm} .it th{background:#e0f2f1;padding:2mm;font-size:8.8pt;text-align:right}
.it td{padding:2.2mm 2mm;border-bottom:1px solid #b2dfdb;font-size:9pt}
.sum{width:78mm;margin-right:auto;margin-top:4mm} .sum td{padding:1.6mm 2mm}
.sum .g td{background:#00695c;color:#fff;font-weight:700;font-size:11.5pt}
.num{direction:ltr;unicode-bidi:isolate}
"""


def il_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "40218", 'גל-אור הנדסת מיזוג אוויר בע"מ'
    items = [
        ("החלפת מדחס ליחידת מיזוג מרכזית 20 טון", 1, D("18400.00")),
        ('גז קירור R410A (ק"ג)', 12, D("145.00")),
        ("שעות עבודה – טכנאי מוסמך", 14, D("220.00")),
        ("ניקוי ותחזוקת מפוחים ומסננים", 1, D("2600.00")),
        ("הובלת מנוף והצבה על הגג", 1, D("1950.00")),
    ]
    sub = sum(q * p for _, q, p in items)
    vat = (sub * D("0.18")).quantize(D("0.01"))
    total = sub + vat

    def n(x) -> str:
        return f'<span class="num">{fmt(x)}</span>'

    rows = "".join(
        f"<tr><td>{i}</td><td>{d}</td><td>{q}</td><td>{n(p)}</td><td>{n(q * p)}</td></tr>"
        for i, (d, q, p) in enumerate(items, 1)
    )
    body = f"""<div class="pg">
<div class="lh"><div><div class="n">{vendor}</div><div class="a">ח.פ. 515873624 · עוסק מורשה<br>
רח' המלאכה 17, אזור התעשייה, ראש העין 4809117<br>טל' <span class="num">03-9031846</span> ·
service@galor-ac.co.il</div></div>
<div class="lg">GA</div></div>
<div class="tl"><div class="t">חשבונית מס מס' {inv}</div><div class="o">מקור</div></div>
<div class="two"><table class="kv"><tr><td>לכבוד</td><td class="b">קניון הדקל בע"מ</td></tr>
<tr><td>ח.פ. לקוח</td><td>514420987</td></tr><tr><td>כתובת</td><td>שד' ירושלים 101, אשדוד</td></tr>
<tr><td>לידי</td><td>מר אבי כהן, מנהל אחזקה</td></tr></table>
<table class="kv"><tr><td>תאריך</td><td><span class="num">12/02/2025</span></td></tr>
<tr><td>תנאי תשלום</td><td>שוטף + 30</td></tr><tr><td>לתשלום עד</td><td><span class="num">30/03/2025</span>
</td></tr>
<tr><td>מספר הקצאה</td><td class="b"><span class="num">308471592</span></td></tr>
<tr><td>הזמנת רכש</td><td>PO-HD-2025-044</td></tr></table></div>
<table class="it"><tr><th>#</th><th>תיאור</th><th>כמות</th><th>מחיר ליחידה ₪</th><th>סה"כ ₪</th>
</tr>{rows}</table>
<table class="sum"><tr><td>סה"כ לפני מע"מ</td><td>{n(sub)}</td></tr><tr><td>מע"מ 18%</td><td>{n(vat)}</td>
</tr>
<tr class="g"><td>סה"כ לתשלום ₪</td><td>{n(total)}</td></tr></table>
<div style="margin-top:8mm;font-size:9pt"><b>פרטי העברה בנקאית:</b> בנק לאומי (10), סניף ראש העין (874),
חשבון <span class="num">43218/57</span><br>ניתן לשלם גם בצ'ק לפקודת {vendor}.</div>
<div style="margin-top:4mm;font-size:8.5pt;color:#607d8b">אחריות לעבודה ולחלקים: 12 חודשים מיום ההתקנה.</div>
<div style="position:absolute;bottom:11mm;left:15mm;right:15mm;border-top:1px solid #b2dfdb;padding-top:2mm;
font-size:7.5pt;color:#78909c;display:flex;justify-content:space-between"><span>מסמך ממוחשב · הופק בתוכנה
מאושרת רשות המסים</span><span>עמוד 1 מתוך 1</span></div></div>"""
    font = '"Noto Sans Hebrew","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="he", font=font, css=IL_CSS, rtl=True), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-12",
        due_date="2025-03-30",
        total=total,
        currency="ILS",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=vat,
        lang="he",
        country="Israel",
        template="il_heshbonit_mas_allocation_number",
        producer="chromium",
    )


SPECS = [
    Spec("au_ir_soorathesab_forush", "Iran", "Persian (RTL), Persian digits", "chromium", ir_factor),
    Spec("au_il_heshbonit_mas_haktzaa", "Israel", "Hebrew (RTL)", "chromium", il_invoice),
]
