"""Israel x2 (Hebrew RTL חשבונית מס, ₪, מע"מ 17 %) and Arabic x3 (UAE bilingual VAT 5 %, Egypt VAT 14 %,
Kuwait with Eastern Arabic digits and 3-decimal KWD)."""

from __future__ import annotations

from datetime import date

from outside_docs_as1 import D, doc, eastern, en_words, make_key, money, page, q, qr_svg, stamp

HE_SANS = '"Noto Sans Hebrew", "Noto Sans", sans-serif'
HE_SERIF = '"Noto Serif Hebrew", "Noto Serif", serif'
AR_NASKH = '"Noto Naskh Arabic", "Noto Sans", sans-serif'
AR_SANS = '"Noto Sans Arabic", "Noto Sans", sans-serif'
LAT_CSS = ' .lat, td.l { font-family: "Noto Sans", sans-serif; unicode-bidi: isolate; } '


def lat(s: str) -> str:
    """Latin code / number set in the Latin font as an LTR island (as bilingual templates usually do)."""
    return f'<span class="lat" dir="ltr">{s}</span>'


def il_tax_invoice() -> dict:
    """חשבונית מס with allocation number (מספר הקצאה), שוטף + 30 terms, ₪ totals, digitally signed note."""
    issued, due = date(2024, 6, 12), date(2024, 7, 30)
    items = [
        ("רישיון תוכנה שנתי – מודול ניהול פרויקטים", 25, "1150"),
        ("הטמעה והדרכה באתר הלקוח (שעות)", 16, "380"),
    ]
    rows, net = "", D(0)
    for i, (desc, qty, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        net += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{desc}</td><td class='c'>{qty}</td>"
            f"<td class='l'>{money(price)}</td>"
            f"<td class='l'>{money(amt)}</td></tr>"
        )
    vat = q(net * D("0.17"))
    total = net + vat
    vendor = 'אורן מערכות מידע בע"מ'
    body = f"""
<table class="hd"><tr><td><div class="vn">{vendor}</div><div>ח.פ. 515938274</div>
<div>רחוב הברזל 32, תל אביב-יפו 6971047</div><div>טלפון 03-6447821 · billing@oren-is.co.il</div></td>
<td class="doc"><div class="t">חשבונית מס</div><div class="num">מס' 40127</div><div class="orig">מקור</div>
</td></tr></table>
<table class="info"><tr><td class="to"><b>לכבוד:</b><br>גל-רון הנדסה ובנייה בע"מ<br>ח.פ. 514422871<br>
דרך מנחם בגין 144, תל אביב</td><td><table class="kv"><tr><td>תאריך:</td><td>12/06/2024</td></tr>
<tr><td>תנאי תשלום:</td><td>שוטף + 30</td></tr><tr><td>לתשלום עד:</td><td>30/07/2024</td></tr>
<tr><td>מספר הקצאה:</td><td>102938475</td></tr><tr><td>הזמנת רכש:</td><td>GR-24-0712</td></tr></table></td>
</tr></table>
<table class="it"><thead><tr><th>#</th><th>תיאור</th><th>כמות</th><th>מחיר ליחידה ₪</th><th>סה"כ ₪</th></tr>
</thead>
<tbody>{rows}</tbody></table>
<table class="tot"><tr><td>סה"כ לפני מע"מ</td><td class="l">{money(net)}</td></tr>
<tr><td>מע"מ 17%</td><td class="l">{money(vat)}</td></tr>
<tr class="g"><td>סה"כ לתשלום</td><td class="l">₪ {money(total)}</td></tr></table>
<div class="bank"><b>פרטי העברה בנקאית:</b> בנק הפועלים (12), סניף 532, חשבון 412873 · ע"ש {vendor}</div>
<p class="small muted">מסמך ממוחשב חתום דיגיטלית · הופק ב-12/06/2024 · עמוד 1 מתוך 1</p>"""
    css = """
body { direction:rtl; } .hd { width:100%; border-bottom:3px solid #0f4c81; } .vn { font-size:17pt;
font-weight:bold;
color:#0f4c81; } .doc { text-align:left; vertical-align:top; } .t { font-size:20pt; font-weight:bold; }
.num { font-size:12pt; } .orig { display:inline-block; border:1px solid #0f4c81; color:#0f4c81;
padding:0 3mm; }
.info { width:100%; margin-top:4mm; } .to { width:55%; border:1px solid #bbb; padding:2mm;
vertical-align:top; }
.kv td { padding:0.6mm 2mm; } .it { width:100%; margin-top:5mm; } .it th { background:#0f4c81; color:#fff;
padding:1.5mm;
text-align:right; } .it td { border-bottom:1px solid #ddd; padding:1.8mm; } .tot { margin-right:auto;
margin-top:3mm;
width:45%; } .tot td { padding:1.3mm 2mm; border-bottom:1px solid #ddd; } .g td { font-weight:bold;
font-size:12pt;
background:#e7eef6; } .bank { margin-top:8mm; border:1px solid #ccc; padding:2mm; font-size:9pt; }"""
    key = make_key(
        number="40127",
        issued=issued,
        due=due,
        total=total,
        currency="ILS",
        vendor=vendor,
        subtotal=net,
        tax=vat,
        lang="he",
        template="il_tax_invoice_rtl",
    )
    html_text = page(body, lang="he", title="חשבונית מס", font=HE_SANS, css=css, direction="rtl")
    return doc("as_il_heshbonit_mas", html_text, key)


def il_invoice_receipt() -> dict:
    """חשבונית מס / קבלה of a sole-trader design studio: dotted dates, ש"ח, payment-details table."""
    issued = date(2024, 11, 28)
    items = [
        ("עיצוב לוגו ושפה גרפית", 1, "2800"),
        ("עיצוב כרטיס ביקור דו-צדדי", 1, "450"),
        ("התאמת עיצובים לרשתות חברתיות", 5, "150"),
    ]
    rows, net = "", D(0)
    for desc, qty, price in items:
        amt = q(D(qty) * D(price))
        net += amt
        rows += (
            f"<tr><td>{desc}</td><td class='c'>{qty}</td><td class='l'>{money(price)}</td>"
            f"<td class='l'>{money(amt)}</td></tr>"
        )
    vat = q(net * D("0.17"))
    total = net + vat
    vendor = "סטודיו גפן לעיצוב גרפי"
    seal = stamp(
        ["נועה גפן", "עוסק מורשה", "034567891"],
        size=22,
        shape="oval",
        rot=-6,
        style="left:10mm;top:-8mm;",
        fs=7,
    )
    body = f"""
<div class="hd"><div class="vn">{vendor}</div><div>נועה גפן · עוסק מורשה 034567891</div>
<div>רחוב הנביאים 17, חיפה · 054-7721936</div></div>
<div class="tt">חשבונית מס / קבלה <span>מספר 2187</span></div>
<div class="row"><div>לכבוד: <b>מאפיית הכרמל בע"מ</b>, ח.פ. 516204418</div><div>תאריך: 28.11.2024</div>
</div>
<table class="it"><thead><tr><th>פירוט</th><th>כמות</th><th>מחיר</th><th>סכום</th></tr></thead><tbody>{rows}
</tbody></table>
<table class="tot"><tr><td>סכום ביניים</td><td class="l">{money(net)} ש"ח</td></tr><tr><td>מע"מ (17%)</td>
<td class="l">{money(vat)} ש"ח</td></tr><tr class="g"><td>סה"כ כולל מע"מ</td>
<td class="l">{money(total)} ש"ח</td></tr></table>
<h3>פרטי תשלום</h3>
<table class="pay"><tr><th>אמצעי תשלום</th><th>בנק</th><th>סניף</th><th>חשבון</th><th>תאריך</th><th>סכום
</th></tr>
<tr><td>העברה בנקאית</td><td>12</td><td>645</td><td>229341</td><td>28.11.2024</td><td>{money(total)}</td>
</tr>
<tr><td colspan="5"><b>סה"כ שולם</b></td><td><b>{money(total)}</b></td></tr></table>
<div class="sig">חתימה: ____________ {seal}</div>"""
    css = """
body { direction:rtl; } .hd { text-align:center; border-bottom:1px solid #7a5c3e; padding-bottom:2mm; }
.vn { font-size:19pt; color:#7a5c3e; } .tt { margin-top:5mm; font-size:15pt; font-weight:bold; }
.tt span { font-size:12pt; font-weight:normal; margin-right:6mm; } .row { display:flex;
justify-content:space-between;
margin-top:3mm; } .it { width:100%; margin-top:4mm; border-top:2px solid #7a5c3e; }
.it th { text-align:right;
padding:1.5mm; border-bottom:1px solid #7a5c3e; } .it td { padding:1.6mm; border-bottom:1px dotted #bbb; }
.tot { margin-right:auto; width:45%; margin-top:2mm; } .tot td { padding:1.2mm 2mm; }
.g td { font-weight:bold;
font-size:12pt; border-top:2px solid #7a5c3e; } h3 { font-size:11pt; margin:6mm 0 1mm; } .pay { width:100%;
}
.pay th, .pay td { border:1px solid #aaa; padding:1.3mm; text-align:right; } .pay th { background:#f3ede6; }
.sig { position:relative; margin-top:14mm; }"""
    key = make_key(
        number="2187",
        issued=issued,
        total=total,
        currency="ILS",
        vendor=vendor,
        subtotal=net,
        tax=vat,
        lang="he",
        template="il_invoice_receipt_rtl",
    )
    html_text = page(
        body, lang="he", title="חשבונית מס / קבלה", font=HE_SERIF, css=css, direction="rtl", fs="10pt"
    )
    return doc("as_il_heshbonit_kabala", html_text, key)


def ae_tax_invoice() -> dict:
    """UAE فاتورة ضريبية / TAX INVOICE, Arabic-first RTL with English labels, TRN, VAT 5 %, AED."""
    issued, due = date(2024, 9, 25), date(2024, 10, 25)
    items = [
        ("كرسي مكتب طبي", "Ergonomic office chair", 20, "450.00"),
        ("مكتب عمل ١٦٠×٨٠ سم", "Work desk 160x80 cm", 10, "1275.00"),
        ("خزانة ملفات معدنية ٤ أدراج", "Steel filing cabinet, 4 drawers", 6, "680.00"),
        ("توصيل وتركيب", "Delivery & installation", 1, "750.00"),
    ]
    rows, net, vat = "", D(0), D(0)
    for ar, en, qty, price in items:
        amt = q(D(qty) * D(price))
        t = q(amt * D("0.05"))
        net, vat = net + amt, vat + t
        rows += (
            f"<tr><td>{ar}<br><span class='small muted'>{en}</span></td><td class='c'>{qty}</td>"
            f"<td class='l'>{money(price)}</td><td class='l'>{money(amt)}</td><td class='c'>5%</td>"
            f"<td class='l'>{money(t)}</td><td class='l'>{money(amt + t)}</td></tr>"
        )
    total = net + vat
    vendor = "شركة الواحة للتجارة العامة ذ.م.م"
    body = f"""
<table class="hd"><tr><td><div class="vn">{vendor}</div><div class="en">AL WAHA GENERAL TRADING L.L.C</div>
<div class="small">ديرة، شارع الرقة، بناية المطوع، مكتب ٣٠٤، دبي، الإمارات العربية المتحدة ·
Tel +971 4 295 1730</div>
<div class="trn">رقم التسجيل الضريبي {lat("TRN: 100384756200003")}</div></td>
<td class="qr">{qr_svg(971, 20)}</td></tr></table>
<div class="bar">فاتورة ضريبية &nbsp;|&nbsp; TAX INVOICE</div>
<table class="info"><tr><td class="to"><b>العميل / Customer</b><br>شركة النخبة للاستشارات الهندسية<br>
Elite Engineering Consultants LLC<br>أبوظبي، جزيرة الريم، برج السماء، الطابق ١٢<br>TRN: 100219846500003</td>
<td><table class="kv"><tr><td>رقم الفاتورة / Invoice No.</td><td class="b">{lat("WGT-2024-00871")}</td></tr>
<tr><td>التاريخ / Date</td><td>{lat("25/09/2024")}</td></tr><tr><td>تاريخ الاستحقاق / Due</td>
<td>{lat("25/10/2024")}</td></tr>
<tr><td>أمر الشراء / PO</td><td>EEC-PO-5521</td></tr></table></td></tr></table>
<table class="it"><thead><tr><th>الوصف<br>Description</th><th>الكمية<br>Qty</th><th>سعر الوحدة<br>Unit price
</th>
<th>المبلغ الخاضع للضريبة<br>Taxable amount</th><th>النسبة<br>Rate</th><th>الضريبة<br>VAT</th>
<th>الإجمالي<br>Total</th>
</tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td>الإجمالي قبل الضريبة / Total excl. VAT</td><td class="l">{money(net)}</td></tr>
<tr><td>ضريبة القيمة المضافة ٥٪ / VAT 5%</td><td class="l">{money(vat)}</td></tr>
<tr class="g"><td>الإجمالي شامل الضريبة / Total incl. VAT (AED)</td>
<td class="l">{lat("AED " + money(total))}</td></tr></table>
<p class="small" dir="ltr">Amount in words: UAE Dirhams {en_words(int(total))} Only</p>
<p class="small">الحساب البنكي: بنك الإمارات الوطني · IBAN AE07 0331 2345 6789 0123 456 ·
يرجى ذكر رقم الفاتورة عند السداد.</p>"""
    css = """
body { direction:rtl; } .hd { width:100%; } .vn { font-size:19pt; font-weight:bold; color:#7b5b12;
font-family:"Noto Kufi Arabic", "Noto Naskh Arabic", sans-serif; } .en { font-weight:bold;
font-family:"Noto Sans"; letter-spacing:0.3mm; }
.trn { margin-top:1mm; font-weight:bold; } .qr { text-align:left; width:24mm; } .bar { background:#7b5b12;
color:#fff;
text-align:center; font-size:14pt; font-weight:bold; padding:1.5mm; margin-top:3mm; } .info { width:100%;
margin-top:3mm; }
.to { width:52%; border:1px solid #c9b27c; padding:2mm; vertical-align:top; } .kv td { padding:0.6mm 2mm;
font-size:9pt; }
.it { width:100%; margin-top:4mm; } .it th { background:#f4ecd8; border:1px solid #c9b27c; padding:1.2mm;
font-size:8pt; }
.it td { border:1px solid #e0d3b0; padding:1.3mm; font-size:9pt; } .tot { margin-right:auto; margin-top:3mm;
width:60%; }
.tot td { padding:1.3mm 2mm; border-bottom:1px solid #e0d3b0; } .g td { font-weight:bold; font-size:11.5pt;
background:#f4ecd8; } .tot td.l { white-space:nowrap; }"""
    key = make_key(
        number="WGT-2024-00871",
        issued=issued,
        due=due,
        total=total,
        currency="AED",
        vendor=vendor,
        subtotal=net,
        tax=vat,
        lang="ar",
        template="ae_tax_invoice_bilingual_rtl",
    )
    html_text = page(
        body, lang="ar", title="فاتورة ضريبية", font=AR_NASKH, css=css + LAT_CSS, direction="rtl", fs="9.5pt"
    )
    return doc("as_ae_tax_invoice_aed", html_text, key)


def eg_tax_invoice() -> dict:
    """Egyptian فاتورة ضريبية: رقم التسجيل الضريبي, internal number vs. e-invoice UUID, VAT 14 %, ج.م."""
    issued = date(2024, 10, 3)
    items = [
        ("عصير مانجو ١ لتر – كرتونة ١٢ عبوة", "كرتونة", 150, "396.00"),
        ("مربى فراولة ٤٥٠ جم – كرتونة ٢٤ برطمان", "كرتونة", 80, "552.00"),
        ("صلصة طماطم ٣٥٠ جم – كرتونة ٢٤ عبوة", "كرتونة", 120, "318.50"),
    ]
    rows, net = "", D(0)
    for i, (desc, unit, qty, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        net += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{desc}</td><td class='c'>{unit}</td><td class='c'>{qty}</td>"
            f"<td class='l'>{money(price)}</td><td class='l'>{money(amt)}</td></tr>"
        )
    vat = q(net * D("0.14"))
    total = net + vat
    vendor = "شركة النيل للصناعات الغذائية ش.م.م"
    seal = stamp(
        ["شركة النيل", "للصناعات الغذائية", "ش.م.م"], size=26, rot=12, style="left:25mm;top:-12mm;", fs=7.5
    )
    body = f"""
<div class="hd"><div class="vn">{vendor}</div><div>المنطقة الصناعية الثالثة، مدينة العاشر من رمضان، الشرقية
</div>
<div>رقم التسجيل الضريبي: {lat("512-384-905")} · سجل تجاري: 14587 الشرقية · تليفون: 055-4410382</div></div>
<h1>فاتورة ضريبية</h1>
<table class="meta"><tr><td>رقم الفاتورة (الرقم الداخلي): <b>{lat("FN-24-03318")}</b></td>
<td>تاريخ الإصدار: {lat("03/10/2024")}</td></tr>
<tr><td colspan="2" class="small">الرقم الإلكتروني (UUID): {lat("4KQ9W2RZ7T1XN8B3M5CJHV0YD6")}</td></tr>
<tr><td>العميل: سلسلة أسواق الفردوس – فرع مدينة نصر</td><td>رقم التسجيل الضريبي للعميل: 287-614-330</td>
</tr></table>
<table class="it"><thead><tr><th>م</th><th>الصنف</th><th>الوحدة</th><th>الكمية</th><th>سعر الوحدة (ج.م)</th>
<th>القيمة (ج.م)</th></tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td>إجمالي المبيعات</td><td class="l">{money(net)}</td></tr>
<tr><td>ضريبة القيمة المضافة ١٤٪</td><td class="l">{money(vat)}</td></tr>
<tr class="g"><td>الإجمالي المستحق</td><td class="l">{lat(money(total))} ج.م</td></tr></table>
<p>طريقة السداد: آجل ٤٥ يومًا بشيك أو تحويل على البنك الأهلي المصري – فرع العاشر من رمضان،
حساب رقم 1023 0045 7781 200</p>
<div class="sig">توقيع المسؤول: ______________ {seal}</div>"""
    css = """
body { direction:rtl; } .hd { border-bottom:2px solid #1b6b3a; padding-bottom:2mm; } .vn { font-size:18pt;
font-weight:bold;
color:#1b6b3a; } h1 { text-align:center; font-size:18pt; margin:4mm 0; } .meta { width:100%; }
.meta td { padding:1mm 0; }
.it { width:100%; margin-top:3mm; } .it th { background:#1b6b3a; color:#fff; padding:1.5mm; }
.it td { border:1px solid #cfe0d4;
padding:1.5mm; } .tot { margin-right:auto; width:48%; margin-top:3mm; } .tot td { padding:1.3mm 2mm;
border:1px solid #cfe0d4; }
.g td { font-weight:bold; font-size:12pt; background:#e8f2eb; } .sig { position:relative; margin-top:14mm;
}"""
    key = make_key(
        number="FN-24-03318",
        issued=issued,
        total=total,
        currency="EGP",
        vendor=vendor,
        subtotal=net,
        tax=vat,
        lang="ar",
        template="eg_tax_invoice_rtl",
    )
    html_text = page(
        body, lang="ar", title="فاتورة ضريبية", font=AR_SANS, css=css + LAT_CSS, direction="rtl", fs="9.5pt"
    )
    return doc("as_eg_tax_invoice_egp", html_text, key)


def kw_eastern_digits() -> dict:
    """Kuwaiti فاتورة (no VAT), KWD with 3 decimals; Eastern Arabic digits for quantities, prices and dates,
    Western digits for the invoice number and the grand total."""
    issued = date(2024, 11, 17)
    items = [
        ("مكيف سبليت ٢ طن – جداري", 4, "289.500"),
        ("تمديد أنابيب نحاس (متر)", 30, "4.750"),
        ("أعمال تركيب وتشغيل", 4, "35.000"),
        ("قاعدة حديد للوحدة الخارجية", 4, "12.250"),
    ]
    rows, total = "", D(0)
    for i, (desc, qty, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price), 3)
        total += amt
        rows += (
            f"<tr><td class='c'>{eastern(str(i))}</td><td>{desc}</td><td class='c'>{eastern(str(qty))}</td>"
            f"<td class='l'>{eastern(money(price, 3))}</td><td class='l'>{eastern(money(amt, 3))}</td></tr>"
        )
    assert total == D("1489.500")
    words = "فقط ألف وأربعمائة وتسعة وثمانون دينارًا كويتيًا وخمسمائة فلس لا غير"
    vendor = "مؤسسة الخليج الذهبي للتكييف والتبريد"
    seal = stamp(
        ["مؤسسة الخليج الذهبي", "للتكييف والتبريد", "الكويت"],
        size=25,
        rot=-9,
        style="left:8mm;top:-12mm;",
        fs=6.5,
    )
    body = f"""
<table class="hd"><tr><td><div class="vn">{vendor}</div>
<div>الشويخ الصناعية، قطعة {eastern("2")}، شارع {eastern("28")}،
محل {eastern("14")} – الكويت</div><div>هاتف: {eastern("22456789")} · سجل تجاري: {eastern("384562")}</div>
</td>
<td class="logo">الخليج<br>الذهبي</td></tr></table>
<div class="tt">فاتـــورة</div>
<table class="meta"><tr><td>رقم الفاتورة: <b>{lat("GG-4417")}</b></td><td>التاريخ: {eastern("17/11/2024")}
</td></tr>
<tr><td>السادة: شركة الرمال للعقارات</td><td>طريقة الدفع: نقدًا / كي نت</td></tr></table>
<table class="it"><thead><tr><th>م</th><th>البيان</th><th>الكمية</th><th>سعر الوحدة (د.ك)</th>
<th>المبلغ (د.ك)</th>
</tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr class="g"><td>الإجمالي</td><td class="l">{lat(money(total, 3))} د.ك</td></tr></table>
<p class="words">{words}</p>
<p class="small">البضاعة المباعة لا ترد ولا تستبدل بعد التركيب · الضمان {eastern("5")} سنوات على الكمبروسر
</p>
<table class="sg"><tr><td>المستلم: ____________</td><td style="position:relative">البائع: ____________
{seal}</td></tr></table>"""
    css = """
body { direction:rtl; } .hd { width:100%; border-bottom:3px double #9a7b1c; } .vn { font-size:18pt;
font-weight:bold;
color:#9a7b1c; } .logo { width:24mm; height:20mm; background:#9a7b1c; color:#fff; text-align:center;
font-weight:bold;
font-size:12pt; } .tt { text-align:center; font-size:20pt; font-weight:bold; margin:4mm 0 2mm; }
.meta { width:100%; }
.meta td { padding:1mm 0; } .it { width:100%; margin-top:3mm; border:1.5px solid #9a7b1c; }
.it th { background:#f5edd5;
border:1px solid #9a7b1c; padding:1.5mm; } .it td { border:1px solid #d9c58f; padding:1.6mm; }
.tot { margin-right:auto;
margin-top:3mm; width:45%; border:2px solid #9a7b1c; } .tot td { padding:2mm 3mm; font-weight:bold;
font-size:12.5pt; }
.words { font-weight:bold; } .sg { width:100%; margin-top:16mm; } .sg td { width:50%; }"""
    key = make_key(
        number="GG-4417",
        issued=issued,
        total=total,
        currency="KWD",
        vendor=vendor,
        lang="ar",
        template="kw_invoice_eastern_digits",
    )
    html_text = page(
        body, lang="ar", title="فاتورة", font=AR_NASKH, css=css + LAT_CSS, direction="rtl", fs="10pt"
    )
    return doc("as_kw_eastern_digits_kwd", html_text, key)


BUILDERS = [il_tax_invoice, il_invoice_receipt, ae_tax_invoice, eg_tax_invoice, kw_eastern_digits]
