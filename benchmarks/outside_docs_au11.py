"""India, printed by headless Chromium: a Marathi/English कर बीजक (intra-state, CGST + SGST 9% each, lakh
grouping) from Pune, and a Gujarati/English ટેક્સ ઇન્વૉઇસ from Surat (inter-state, IGST 5%, boxed "original
for recipient" layout, the total in Gujarati digits in the words line)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt_indian, local_digits, make_key
from outside_docs_au2 import en_words
from outside_docs_au3 import chromium_pdf, html_page


def _in(x) -> str:
    return fmt_indian(D(x), 2)


MR_CSS = """
.pg{width:210mm;height:297mm;padding:0 0 12mm;position:relative}
.band{background:#e65100;color:#fff;padding:7mm 14mm 5mm;display:flex;justify-content:space-between}
.band .n{font-size:19pt;font-weight:700} .band .e{font-size:9.5pt;letter-spacing:1pt}
.band .ti{text-align:right;font-size:15pt;font-weight:700} .band .ti small{display:block;font-size:8.5pt}
.in{padding:4mm 14mm}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:6mm;font-size:9pt}
.grid2 .k{color:#8d6e63;font-size:8pt} .lbl td{padding:.6mm 1mm} .lbl td:first-child{color:#8d6e63;width:36mm}
.it{margin-top:5mm} .it
th{background:#fff3e0;border-bottom:2px solid #e65100;font-size:8.3pt;padding:2mm 1.5mm}
.it td{border-bottom:1px solid #ffe0b2;padding:2mm 1.5mm;font-size:8.8pt}
.sum{display:flex;gap:6mm;margin-top:4mm} .sum .w{flex:1;font-size:9pt}
.sum table{width:82mm} .sum td{padding:1.4mm 2mm} .sum .g
td{background:#e65100;color:#fff;font-weight:700;font-size:11pt}
.ft{position:absolute;left:14mm;right:14mm;bottom:10mm;border-top:1px solid #ccc;padding-top:2mm;
 font-size:7.8pt;
 color:#666;display:flex;justify-content:space-between}
"""


def in_marathi(pdf_path: Path, work: Path) -> dict:
    inv, vendor, alt = "SGE/24-25/1187", "श्री गणेश इलेक्ट्रिकल्स", "SHREE GANESH ELECTRICALS"
    items = [
        ("एलईडी पॅनेल लाइट 18W", "9405", 40, "नग", D("385.00")),
        ("मॉड्युलर स्विच 6A", "8536", 120, "नग", D("62.50")),
        ("कॉपर वायर 1.5 चौ.मिमी. (90 मी. कॉइल)", "8544", 12, "कॉइल", D("1745.00")),
        ("एमसीबी 32A डबल पोल", "8536", 10, "नग", D("468.00")),
        ("सीलिंग फॅन 1200 मिमी", "8414", 48, "नग", D("2150.00")),
    ]
    sub = sum(q * p for *_, q, _, p in items)
    cgst = (sub * D("0.09")).quantize(D("0.01"))
    sgst = cgst
    total = sub + cgst + sgst
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{n}</td><td class='c'>{h}</td><td class='r'>{q} {u}</td>"
        f"<td class='r'>{_in(p)}</td><td class='c'>18%</td><td class='r'>{_in(q * p)}</td></tr>"
        for i, (n, h, q, u, p) in enumerate(items, 1)
    )
    body = f"""<div class="pg">
<div class="band"><div><div class="n">{vendor}</div><div class="e">{alt}</div>
<div style="font-size:8.3pt;margin-top:1mm">दुकान क्र. 14, लक्ष्मी रोड, सदाशिव पेठ, पुणे - 411030 · फोन
020-2445 6718</div>
<div style="font-size:8.3pt">GSTIN: 27ABKPG4821M1Z6 · PAN: ABKPG4821M</div></div>
<div class="ti">कर बीजक<small>TAX INVOICE</small><small style="margin-top:2mm">मूळ प्रत (Original)</small>
</div></div>
<div class="in"><div class="grid2"><div><div class="k">खरेदीदार (Bill To)</div>
<b>साई समर्थ कन्स्ट्रक्शन्स प्रा. लि.</b><br>सर्व्हे नं. 42/3, बाणेर रोड, बाणेर, पुणे - 411045<br>
GSTIN: 27AAFCS7712K1Z3<br>राज्य: महाराष्ट्र (27)</div>
<table class="lbl"><tr><td>बीजक क्रमांक</td><td class="b">{inv}</td></tr>
<tr><td>बीजक दिनांक</td><td>05/02/2025</td></tr><tr><td>देय दिनांक</td><td>07/03/2025</td></tr>
<tr><td>पुरवठ्याचे ठिकाण</td><td>महाराष्ट्र (27)</td></tr><tr><td>ऑर्डर क्र.</td><td>SSC/PO/0391</td></tr>
</table></div>
<table class="it"><tr><th>अ.क्र.</th><th class="l">मालाचे वर्णन</th><th>HSN</th><th class="r">नग</th>
<th class="r">दर (₹)</th><th>GST</th><th class="r">करपात्र रक्कम (₹)</th></tr>{rows}</table>
<div class="sum"><div class="w"><b>अक्षरी रक्कम:</b> एक लाख एकोणऐंशी हजार एकोणतीस रुपये आणि साठ पैसे फक्त<br>
<span class="mu">Rupees {en_words(int(total), indian=True)} and Paise Sixty Only</span>
<div style="margin-top:4mm"><b>बँक तपशील:</b> बँक ऑफ महाराष्ट्र, सदाशिव पेठ शाखा<br>खाते क्र. 60214587392 ·
IFSC: MAHB0000218</div>
<div style="margin-top:3mm" class="mu">अटी: माल एकदा विकल्यानंतर परत घेतला जाणार नाही. उशिरा देयकावर 18% वार्षिक
व्याज आकारले जाईल.</div></div>
<table><tr><td>करपात्र मूल्य</td><td class="r">{_in(sub)}</td></tr><tr><td>CGST @ 9%</td>
<td class="r">{_in(cgst)}</td></tr>
<tr><td>SGST @ 9%</td><td class="r">{_in(sgst)}</td></tr>
<tr class="g"><td>एकूण रक्कम ₹</td><td class="r">{_in(total)}</td></tr></table></div>
<div style="margin-top:14mm;text-align:right;font-size:9pt">{vendor} करिता<br><br><br>अधिकृत स्वाक्षरी</div>
</div>
<div class="ft"><span>हे संगणकाद्वारे तयार केलेले बीजक आहे.</span><span>पुणे न्यायक्षेत्राच्या अधीन</span>
<span>पृष्ठ 1 / 1</span></div></div>"""
    font = '"Noto Sans Devanagari","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="mr", font=font, css=MR_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-05",
        due_date="2025-03-07",
        total=total,
        currency="INR",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=cgst + sgst,
        lang="mr+en",
        country="India",
        template="in_gst_marathi_band_cgst_sgst",
        producer="chromium",
    )


GU_CSS = """
.pg{width:210mm;height:297mm;padding:10mm 11mm}
.fr{border:1.5px solid #222;height:100%;display:flex;flex-direction:column}
.top{display:flex;justify-content:space-between;font-size:8pt;padding:1.5mm 3mm;border-bottom:1px solid #222}
.lh{text-align:center;padding:2mm;border-bottom:1px solid #222}
.lh .n{font-size:18pt;font-weight:700;color:#4a148c} .lh .e{font-size:10pt;font-weight:700}
.lh .a{font-size:8.3pt}
.ti{text-align:center;font-weight:700;font-size:12pt;padding:1.3mm;border-bottom:1px solid #222;
 background:#f3e5f5}
.row{display:flex;border-bottom:1px solid #222} .row>div{flex:1;padding:2mm 3mm;font-size:8.7pt}
.row>div+div{border-left:1px solid #222} .k{color:#555}
.it th{border-bottom:1px solid #222;border-right:1px solid #222;font-size:8pt;padding:1.5mm;
 background:#f3e5f5}
.it td{border-right:1px solid #222;padding:1.8mm;font-size:8.8pt} .it th:last-child,.it
td:last-child{border-right:0}
.it .sp td{height:92mm} .it .tt td{border-top:1px solid #222;font-weight:700}
.bt{display:flex;border-top:1px solid #222;margin-top:auto} .bt>div{padding:2mm 3mm;font-size:8.6pt}
.bt table td{padding:1mm 2mm}
"""


def in_gujarati(pdf_path: Path, work: Path) -> dict:
    inv, vendor, alt = "SAT/1452/24-25", "શ્રી અંબિકા ટેક્સટાઇલ્સ", "SHREE AMBIKA TEXTILES"
    items = [
        ("સિલ્ક સાડી (બ્લાઉઝ પીસ સાથે)", "5407", 60, "નંગ", D("785.00")),
        ("કોટન ડ્રેસ મટીરિયલ (3 પીસ)", "5208", 80, "સેટ", D("540.00")),
        ("જ્યોર્જેટ દુપટ્ટા", "6214", 120, "નંગ", D("215.00")),
        ("બ્લાઉઝ કાપડ (ફેન્ટમ સિલ્ક)", "5407", 150, "મીટર", D("96.00")),
    ]
    sub = sum(q * p for *_, q, _, p in items)
    igst = (sub * D("0.05")).quantize(D("0.01"))
    total = sub + igst
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{n}</td><td class='c'>{h}</td><td class='r'>{q}</td>"
        f"<td class='c'>{u}</td>"
        f"<td class='r'>{_in(p)}</td><td class='r'>{_in(q * p)}</td></tr>"
        for i, (n, h, q, u, p) in enumerate(items, 1)
    )
    qty = sum(q for *_, q, _, _ in items)
    body = f"""<div class="pg"><div class="fr">
<div class="top"><span>GSTIN: 24AEXPP6652L1ZR</span><span>ORIGINAL FOR RECIPIENT</span>
<span>મો. 98251 40736</span></div>
<div class="lh"><div class="n">{vendor}</div><div class="e">{alt}</div>
<div class="a">શોપ નં. 318-319, ત્રીજો માળ, મિલેનિયમ ટેક્સટાઇલ માર્કેટ, રીંગ રોડ, સુરત - 395002 (ગુજરાત)</div></div>
<div class="ti">ટેક્સ ઇન્વૉઇસ / TAX INVOICE</div>
<div class="row"><div><span class="k">બિલ નં. / Invoice No.:</span> <b>{inv}</b><br>
<span class="k">તારીખ / Date:</span>
11-01-2025<br><span class="k">પુરવઠાનું સ્થળ / Place of Supply:</span> રાજસ્થાન (08)</div>
<div><span class="k">ટ્રાન્સપોર્ટ:</span> શ્રી બાલાજી રોડવેઝ<br><span class="k">એલ.આર. નં.:</span> SBR-77412 &nbsp;
<span class="k">પાર્સલ:</span> 6<br><span class="k">ઈ-વે બિલ નં.:</span> 2713 8420 6615</div></div>
<div class="row"><div><span class="k">ખરીદનાર / Buyer:</span><br>
<b>મહાલક્ષ્મી સાડી સેન્ટર (MAHALAXMI SAREE CENTRE)</b><br>
42, જોહરી બજાર, જયપુર - 302003 (રાજસ્થાન)<br>GSTIN: 08AAJPM3391G1Z8</div>
<div><span class="k">એજન્ટ / Broker:</span> રમેશભાઈ અગ્રવાલ<br><span class="k">ચુકવણીની શરતો:</span> 45 દિવસ<br>
<span class="k">ઓર્ડર નં.:</span> MSC/118</div></div>
<table class="it"><tr><th>ક્રમ</th><th>માલનું વર્ણન</th><th>HSN</th><th>જથ્થો</th><th>એકમ</th><th>દર ₹</th>
<th>રકમ ₹</th></tr>{rows}<tr class="sp"><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr class="tt"><td></td><td>કુલ / Total</td><td></td><td class="r">{qty}</td><td></td><td></td>
<td class="r">{_in(sub)}</td></tr></table>
<div class="bt"><div style="flex:1.3;border-right:1px solid #222"><b>રકમ શબ્દોમાં:</b> એક લાખ સાડત્રીસ હજાર પચ્ચીસ
રૂપિયા પૂરા (₹ {local_digits(_in(total), "gujr")})<br>Rupees {en_words(int(total), indian=True)} Only<br><br>
<b>બેંક વિગત:</b> બેંક ઓફ બરોડા, રીંગ રોડ શાખા, સુરત<br>ખાતા નં. 04560200008817 · IFSC: BARB0RINGRO<br><br>
<span class="k">નોંધ: વેચેલો માલ પાછો લેવામાં આવશે નહીં. વ્યાજ 24% વાર્ષિક. સુરત ન્યાયક્ષેત્રને આધીન.</span></div>
<div style="flex:1"><table><tr><td>કરપાત્ર રકમ</td><td class="r">{_in(sub)}</td></tr>
<tr><td>IGST @ 5%</td><td class="r">{_in(igst)}</td></tr>
<tr><td class="b" style="border-top:1px solid #222">કુલ રકમ / Grand Total ₹</td>
<td class="r b" style="border-top:1px solid #222;font-size:11pt">{_in(total)}</td></tr></table>
<div style="text-align:center;margin-top:12mm">{vendor} વતી<br><br><br>અધિકૃત સહી</div></div></div>
</div></div>"""
    font = '"Noto Sans Gujarati","Noto Sans",sans-serif'
    chromium_pdf(html_page(body, lang="gu", font=font, css=GU_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-11",
        due_date=None,
        total=total,
        currency="INR",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=igst,
        lang="gu+en",
        country="India",
        template="in_gst_gujarati_boxed_igst",
        producer="chromium",
    )


SPECS = [
    Spec("au_in_gst_marathi", "India", "Devanagari (Marathi) + Latin", "chromium", in_marathi),
    Spec("au_in_gst_gujarati_igst", "India", "Gujarati + Latin", "chromium", in_gujarati),
]
