"""Thailand (ใบแจ้งหนี้/ใบกำกับภาษี, Buddhist-era dates) and Israel (two Hebrew RTL documents: a חשבונית מס and
a חשבונית מס/קבלה with an allocation number), all printed by headless Chromium."""

from __future__ import annotations

from pathlib import Path

from outside_docs_at1 import D, Spec, fmt, make_key
from outside_docs_at2 import chromium_pdf, esc, html_page

TH_CSS = """
.page{width:210mm;height:297mm;padding:13mm 14mm;position:relative}
.head{display:flex;justify-content:space-between;gap:5mm}
.logo{width:18mm;height:18mm;border-radius:50%;background:#1565c0;color:#fff;font-weight:700;font-size:13pt;
 display:flex;align-items:center;justify-content:center;flex:none;margin-right:4mm}
.co{font-size:15pt;font-weight:700;color:#0d47a1} .sub{font-size:8pt;color:#444}
.doc{border:2px solid #0d47a1;border-radius:2mm;padding:2mm 4mm;text-align:center;min-width:58mm}
.doc .t1{font-size:14pt;font-weight:700;color:#0d47a1} .doc .t2{font-size:8.5pt;letter-spacing:.5pt}
.orig{display:inline-block;margin-top:1mm;padding:0 3mm;background:#0d47a1;color:#fff;font-size:8pt}
.row{display:flex;gap:4mm;margin-top:5mm} .card{border:1px solid #90a4ae;border-radius:1.5mm;
 padding:2.5mm 3.5mm}
.k{color:#546e7a;font-size:8pt}
.items{margin-top:5mm} .items th{background:#e3f2fd;border:1px solid #90a4ae;font-size:8.5pt}
.items td{border-left:1px solid #90a4ae;border-right:1px solid #90a4ae;padding:2mm}
.items tr.last td{border-bottom:1px solid #90a4ae;height:40mm}
.tot td{border:1px solid #90a4ae;padding:2mm} .tot .g td{background:#0d47a1;color:#fff;font-weight:700}
.sign{display:flex;justify-content:space-between;margin-top:16mm;text-align:center}
.sign div{width:70mm;border-top:1px dotted #555;padding-top:1.5mm;font-size:8.5pt}
.seal{position:absolute;right:38mm;bottom:36mm;width:30mm;height:30mm;border:2px solid #283593;
 border-radius:50%;color:#283593;font-size:6.5pt;display:flex;align-items:center;justify-content:center;
 text-align:center;transform:rotate(-15deg);opacity:.8;font-weight:700}
"""


def th_tax_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "IV6801-0042", "บริษัท สยามคลีน เซอร์วิส จำกัด"
    items = [
        ("บริการทำความสะอาดอาคารสำนักงาน ประจำเดือนมกราคม 2568", 1, "เดือน", D(28000)),
        ("บริการล้างพรม (พื้นที่ 400 ตร.ม.)", 400, "ตร.ม.", D(15)),
        ("น้ำยาทำความสะอาดและวัสดุสิ้นเปลือง", 1, "ชุด", D(2000)),
    ]
    sub = sum(q * p for _, q, _, p in items)
    vat = sub * D("0.07")
    total = sub + vat
    rows = "".join(
        f"<tr><td class='c'>{i + 1}</td><td>{esc(n)}</td><td class='r'>{fmt(q, 0)}</td><td class='c'>{u}</td>"
        f"<td class='r'>{fmt(p)}</td><td class='r'>{fmt(q * p)}</td></tr>"
        for i, (n, q, u, p) in enumerate(items)
    )
    body = f"""<div class="page">
<div class="head"><div style="display:flex"><div class="logo">SC</div><div>
<div class="co">{vendor}</div><div class="sub">(สำนักงานใหญ่)　SIAM CLEAN SERVICE CO., LTD. (HEAD OFFICE)</div>
<div class="sub">99/12 ถนนรัชดาภิเษก แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400　โทร. 02-276-5510</div>
<div class="sub">เลขประจำตัวผู้เสียภาษีอากร 0105561234567</div></div></div>
<div class="doc"><div class="t1">ใบแจ้งหนี้/ใบกำกับภาษี</div><div class="t2">INVOICE / TAX INVOICE</div>
<div class="orig">ต้นฉบับ (ORIGINAL)</div></div></div>
<div class="row"><div class="card" style="flex:1.5"><div class="k">ลูกค้า / Customer</div>
<div class="b">บริษัท เจริญพัฒนา พร็อพเพอร์ตี้ จำกัด (สาขาที่ 00002)</div>
<div>888 อาคารเจริญทาวเวอร์ ชั้น 15 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310</div>
<div>เลขประจำตัวผู้เสียภาษีอากร 0105558765432</div></div>
<div class="card" style="flex:1"><table>
<tr><td class="k">เลขที่ / No.</td><td class="b">{inv}</td></tr>
<tr><td class="k">วันที่ / Date</td><td>15 มกราคม 2568</td></tr>
<tr><td class="k">เครดิต / Terms</td><td>30 วัน</td></tr>
<tr><td class="k">ครบกำหนด / Due</td><td>14 กุมภาพันธ์ 2568</td></tr>
<tr><td class="k">ใบสั่งซื้อ / PO</td><td>PO-2567-1189</td></tr></table></div></div>
<table class="items"><tr><th>ลำดับ</th><th>รายการ</th><th>จำนวน</th><th>หน่วย</th><th>ราคาต่อหน่วย</th>
<th>จำนวนเงิน (บาท)</th></tr>{rows}<tr class="last"><td></td><td></td><td></td><td></td><td></td><td></td></tr>
</table>
<div style="display:flex;gap:4mm;margin-top:3mm"><div class="card" style="flex:1.2">
<div class="k">จำนวนเงินตัวอักษร</div><div class="b">(สามหมื่นแปดพันห้าร้อยยี่สิบบาทถ้วน)</div>
<div class="k" style="margin-top:3mm">การชำระเงิน</div>
<div>โอนเข้าบัญชี ธนาคารกสิกรไทย สาขารัชดาภิเษก ออมทรัพย์ เลขที่ 123-4-56789-0</div>
<div>กรณีชำระด้วยเช็ค กรุณาขีดคร่อม A/C Payee Only สั่งจ่ายในนามบริษัทฯ</div></div>
<table class="tot" style="flex:1"><tr><td>รวมเงิน</td><td class="r">{fmt(sub)}</td></tr>
<tr><td>ภาษีมูลค่าเพิ่ม 7%</td><td class="r">{fmt(vat)}</td></tr>
<tr class="g"><td>จำนวนเงินรวมทั้งสิ้น</td><td class="r">{fmt(total)}</td></tr></table></div>
<div class="sign"><div>ผู้รับวางบิล / Received by<br>วันที่ ____/____/______</div>
<div>ผู้มีอำนาจลงนาม / Authorized Signature<br>{vendor}</div></div>
<div class="seal">{vendor}<br>SIAM CLEAN SERVICE<br>CO., LTD.</div>
<div class="sub" style="position:absolute;bottom:10mm;left:14mm">หมายเหตุ: ผู้ว่าจ้างที่เป็นนิติบุคคลโปรดหักภาษี ณ
ที่จ่าย 3% จากค่าบริการ และส่งหนังสือรับรองการหักภาษี ณ ที่จ่ายให้บริษัทฯ</div></div>"""
    font = '"Noto Sans Thai","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="th", font=font, css=TH_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-15",
        due_date="2025-02-14",
        total=total,
        currency="THB",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="th",
        template="th_invoice_tax_invoice_cards",
        producer="chromium",
    )


IL_CSS = """
.page{width:210mm;height:297mm;padding:14mm 16mm;position:relative}
.lh{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:2px solid #37474f;
 padding-bottom:4mm}
.co{font-size:20pt;font-weight:700;color:#263238} .muted{font-size:8.5pt}
.logo{width:26mm;height:16mm;background:#263238;color:#fff;font-size:13pt;font-weight:700;display:flex;
 align-items:center;justify-content:center;letter-spacing:1pt}
h1{font-size:17pt;margin:6mm 0 1mm} .orig{border:1.5px solid #c62828;color:#c62828;padding:0 3mm;
 font-size:10pt;font-weight:700;margin-inline-start:4mm;vertical-align:middle}
.cust{display:flex;justify-content:space-between;margin-top:4mm;gap:6mm}
.cust .box{border:1px solid #b0bec5;padding:3mm;flex:1}
.it{margin-top:6mm} .it th{background:#eceff1;border-bottom:2px solid #37474f;padding:2mm;text-align:start}
.it td{border-bottom:1px solid #cfd8dc;padding:2.3mm 2mm}
.sum{width:80mm;margin-inline-start:auto;margin-top:4mm} .sum td{padding:1.8mm 2mm}
.sum .g td{border-top:2px solid #37474f;font-size:12pt;font-weight:700}
.foot{position:absolute;bottom:12mm;left:16mm;right:16mm;font-size:7.5pt;color:#777;border-top:1px solid #ccc;
 padding-top:2mm;display:flex;justify-content:space-between}
.num{direction:ltr;unicode-bidi:isolate;font-family:"Noto Sans",sans-serif}
"""


def _n(x) -> str:
    return f'<span class="num">{fmt(x)}</span>'


def il_tax_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "30512", 'אורן מערכות מידע בע"מ'
    items = [
        ("שירותי תמיכה ותחזוקה – ינואר 2025", 1, D(3200)),
        ("רישיון גיבוי ענן (10 משתמשים)", 10, D(85)),
        ("התקנת נקודת רשת", 3, D(150)),
    ]
    sub = sum(q * p for _, q, p in items)
    vat = sub * D("0.18")
    total = sub + vat
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td>{_n(q).replace('.00', '')}</td><td>{_n(p)}</td>"
        f"<td>{_n(q * p)}</td></tr>"
        for i, (n, q, p) in enumerate(items)
    )
    body = f"""<div class="page">
<div class="lh"><div><div class="co">{esc(vendor)}</div>
<div class="muted">ח.פ. <span class="num">515234567</span> · רח' הברזל 32, תל אביב-יפו
<span class="num">6971048</span></div>
<div class="muted">טל' <span class="num">03-7654321</span> · פקס <span class="num">03-7654322</span> ·
<span class="num">office@oren-it.example.co.il</span></div></div><div class="logo">OREN IT</div></div>
<h1>חשבונית מס מס' <span class="num">{inv}</span><span class="orig">מקור</span></h1>
<div class="cust">
<div class="box"><b>לכבוד:</b> גלבוע לוגיסטיקה בע"מ<br>ח.פ. <span class="num">514987654</span>
<br>רח' המלאכה 8, חולון</div>
<div class="box" style="flex:.8"><table>
<tr><td>תאריך:</td><td><span class="num">12/01/2025</span></td></tr>
<tr><td>תנאי תשלום:</td><td>שוטף + 30</td></tr>
<tr><td>לתשלום עד:</td><td><span class="num">02/03/2025</span></td></tr>
<tr><td>הזמנה:</td><td><span class="num">PO-7731</span></td></tr></table></div></div>
<table class="it"><tr><th>#</th><th>תיאור</th><th>כמות</th><th>מחיר יחידה ₪</th><th>סה"כ ₪</th>
</tr>{rows}</table>
<table class="sum"><tr><td>סה"כ לפני מע"מ</td><td>{_n(sub)}</td></tr>
<tr><td>מע"מ 18%</td><td>{_n(vat)}</td></tr>
<tr class="g"><td>סה"כ לתשלום</td><td>₪ {_n(total)}</td></tr></table>
<div style="margin-top:10mm"><b>פרטי העברה בנקאית:</b> בנק לאומי (10), סניף <span class="num">800</span>,
חשבון <span class="num">12345678</span>, על שם {esc(vendor)}</div>
<div style="margin-top:14mm;width:60mm;border-top:1px solid #555;padding-top:1mm">חתימה</div>
<div class="foot"><span>מסמך ממוחשב · הופק על ידי מערכת חשבונית ירוקה</span>
<span>עמוד 1 מתוך 1</span></div></div>"""
    font = '"Noto Sans Hebrew","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="he", rtl=True, font=font, css=IL_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-12",
        due_date="2025-03-02",
        total=total,
        currency="ILS",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="he",
        template="il_tax_invoice_rtl",
        producer="chromium",
    )


IL2_CSS = """
.page{width:210mm;height:297mm;padding:12mm 15mm;position:relative}
.top{text-align:center;border:2px solid #6a1b9a;border-radius:3mm;padding:3mm}
.co{font-size:19pt;font-weight:700;color:#6a1b9a;font-family:"Noto Serif Hebrew",serif}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;margin-top:5mm;border:1px solid #9575cd}
.grid div{border:1px solid #d1c4e9;padding:2mm 3mm} .grid .k{font-size:7.5pt;color:#6a1b9a;display:block}
.it{margin-top:5mm} .it th{background:#6a1b9a;color:#fff;padding:2mm;text-align:start}
.it td{border:1px solid #d1c4e9;padding:2mm}
.box{border:2px solid #6a1b9a;margin-top:4mm;padding:2mm 4mm;width:88mm;margin-inline-start:auto}
.box td{padding:1.3mm} .box .g td{font-size:12.5pt;font-weight:700;color:#6a1b9a}
.pay th{background:#ede7f6;padding:2mm;text-align:start} .pay td{border-bottom:1px solid #d1c4e9;padding:2mm}
.stamp{position:absolute;left:24mm;bottom:40mm;width:34mm;height:34mm;border:2.5px double #6a1b9a;
 border-radius:50%;color:#6a1b9a;display:flex;align-items:center;justify-content:center;text-align:center;
 font-size:8pt;font-weight:700;transform:rotate(10deg);opacity:.8}
.num{direction:ltr;unicode-bidi:isolate;font-family:"Noto Sans",sans-serif}
"""


def il_invoice_receipt(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "10147", 'סטודיו כרמל עיצוב פנים בע"מ'
    items = [
        ("תכנון ועיצוב פנים – דירת 5 חדרים, רח' מוריה 44 חיפה", 1, D(18000)),
        ("ליווי פרויקט וביקורי אתר", 10, D(550)),
        ("הדמיות תלת-ממד", 3, D(500)),
    ]
    sub = sum(q * p for _, q, p in items)
    vat = sub * D("0.18")
    total = sub + vat
    rows = "".join(
        f"<tr><td>{esc(n)}</td><td><span class='num'>{q}</span></td><td>{_n(p)}</td><td>{_n(q * p)}</td></tr>"
        for n, q, p in items
    )
    body = f"""<div class="page">
<div class="top"><div class="co">{esc(vendor)}</div>
<div>שד' הנשיא 118, חיפה · טל' <span class="num">04-8123456</span> ·
ח.פ. <span class="num">516112233</span></div>
</div>
<h1 style="text-align:center;margin:6mm 0 0;font-size:17pt">חשבונית מס / קבלה</h1>
<div style="text-align:center">מספר <span class="num b" style="font-size:13pt">{inv}</span> · מקור</div>
<div class="grid"><div><span class="k">תאריך</span><span class="num">05/02/2025</span></div>
<div><span class="k">מספר הקצאה</span><span class="num">125896347</span></div>
<div><span class="k">לקוח</span>משפחת אבוטבול</div>
<div><span class="k">ת.ז. / ח.פ. לקוח</span><span class="num">038451297</span></div>
<div><span class="k">כתובת</span>רח' מוריה 44, חיפה</div>
<div><span class="k">פרויקט</span>שיפוץ דירה 2024-2025</div></div>
<table class="it"><tr><th>פירוט</th><th>כמות</th><th>מחיר ליחידה</th><th>סכום</th></tr>{rows}</table>
<div class="box"><table><tr><td>סה"כ חייב במע"מ</td><td>{_n(sub)} ₪</td></tr>
<tr><td>מע"מ 18%</td><td>{_n(vat)} ₪</td></tr>
<tr class="g"><td>סה"כ כולל מע"מ</td><td>{_n(total)} ₪</td></tr></table></div>
<h3 style="margin:7mm 0 2mm;color:#6a1b9a">פרטי התקבול</h3>
<table class="pay"><tr><th>אמצעי תשלום</th><th>תאריך</th><th>בנק / סניף / חשבון</th><th>אסמכתא</th>
<th>סכום</th></tr>
<tr><td>העברה בנקאית</td><td><span class="num">05/02/2025</span></td>
<td><span class="num">12-634-456789</span>
</td><td><span class="num">88120457</span></td><td>{_n(total)}</td></tr>
<tr><td colspan="4" class="b">סה"כ התקבל</td><td class="b">{_n(total)}</td></tr></table>
<div style="margin-top:8mm">התקבל בתודה. החשבונית נחתמה דיגיטלית.</div>
<div class="stamp">{esc(vendor)}<br>ח.פ. 516112233</div>
<div style="position:absolute;bottom:12mm;left:15mm;right:15mm;text-align:center;font-size:7.5pt;color:#777">
מסמך זה הופק בתוכנה מאושרת על ידי רשות המסים · אישור מס' <span class="num">3417</span></div></div>"""
    font = '"Noto Sans Hebrew","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="he", rtl=True, font=font, css=IL2_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-05",
        due_date=None,
        total=total,
        currency="ILS",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="he",
        template="il_invoice_receipt_grid",
        producer="chromium",
    )


SPECS = [
    Spec("at_th_tax_invoice", "Thailand", "Thai", "chromium", th_tax_invoice),
    Spec("at_il_tax_invoice", "Israel", "Hebrew (RTL)", "chromium", il_tax_invoice),
    Spec("at_il_invoice_receipt", "Israel", "Hebrew (RTL)", "chromium", il_invoice_receipt),
]
