"""Taiwan x2 (電子發票證明聯 receipt, 請款單 in NT$) and Hong Kong x2 (bilingual, HK$, no VAT)."""

from __future__ import annotations

from datetime import date

from outside_docs_as1 import D, barcode_svg, cn_upper, doc, make_key, money, page, q, qr_svg, roc_year, stamp

TC_SANS = '"Noto Sans CJK TC", "Noto Sans", sans-serif'
TC_SERIF = '"Noto Serif CJK TC", "Noto Serif", serif'
HK_SANS = '"Noto Sans CJK HK", "Noto Sans", sans-serif'


def tw_einvoice() -> dict:
    """57 mm thermal 電子發票證明聯 (格式25, buyer with 統一編號): ROC period, 隨機碼, barcode, QR codes."""
    issued = date(2024, 3, 14)
    items = [
        ("中性筆 0.5mm 黑", 12, 25),
        ("A4影印紙 80磅", 2, 165),
        ("訂書機 No.10", 1, 190),
        ("便利貼 76×76", 8, 45),
        ("L型資料夾 透明", 10, 10),
    ]
    total = sum(D(n) * p for _, n, p in items)
    net = q(total / D("1.05"), 0)
    tax = total - net
    number, vendor = "ZK-38291746", "晨光文具股份有限公司"
    roc = roc_year(issued)
    period_m = (issued.month + 1) // 2 * 2
    det = "".join(
        f"<tr><td colspan='3'>{n}</td></tr><tr><td class='r'>{p} x {c}</td><td></td>"
        f"<td class='r'>{money(p * c, 0)}TX</td></tr>"
        for n, c, p in items
    )
    body = f"""
<div class="c sn">{vendor}</div>
<div class="c t1">電子發票證明聯</div><div class="c t2">{roc}年{period_m - 1:02d}-{period_m:02d}月</div>
<div class="c t2">{number}</div>
<div>2024-03-14 15:32:08 <span class="fr">格式 25</span></div>
<div>隨機碼 8374 <span class="fr">總計 {money(total, 0)}</span></div>
<div>賣方 24536817 <span class="fr">買方 53421987</span></div>
<div class="c">{barcode_svg(11303, 48, 7)}</div>
<div class="qrs">{qr_svg(5501, 20, 23)}{qr_svg(5502, 20, 23)}</div>
<div class="small">門市：台北南京東門市 機號 02 序號 00417</div>
<div class="cut">- - - - - - - - - - - - - - - - -</div>
<div class="c b">交易明細</div><table class="det">{det}</table>
<table class="det sum"><tr><td>銷售額</td><td class="r">{money(net, 0)}</td></tr><tr><td>稅額</td>
<td class="r">{money(tax, 0)}</td></tr>
<tr><td class="b">總計</td><td class="r b">{money(total, 0)}</td></tr><tr><td>信用卡</td>
<td class="r">{money(total, 0)}</td></tr></table>
<div class="small">營業人統編：24536817<br>地址：台北市中山區南京東路二段118號<br>電話：(02)2521-6630<br>
退貨請持本證明聯及明細於7日內辦理</div>"""
    css = """
body { } .sn { font-size:10pt; font-weight:bold; } .t1 { font-size:13pt; font-weight:bold; margin-top:1mm; }
.t2 { font-size:14pt; font-weight:bold; letter-spacing:0.3mm; } .fr { float:right; } .qrs { display:flex;
justify-content:space-between; margin:1mm 0; } .cut { color:#888; text-align:center; } .det { width:100%; }
.det td { padding:0; } .sum { border-top:1px dashed #000; margin-top:1mm; }"""
    key = make_key(
        number=number,
        issued=issued,
        total=total,
        currency="TWD",
        vendor=vendor,
        subtotal=net,
        tax=tax,
        lang="zh",
        template="tw_einvoice_receipt",
    )
    html_text = page(
        body,
        lang="zh-TW",
        title="電子發票證明聯",
        font=TC_SANS,
        css=css,
        size="57mm 190mm",
        margin="3mm 3.5mm",
        fs="7pt",
    )
    return doc("as_tw_einvoice_receipt", html_text, key)


def tw_qingkuan() -> dict:
    """請款單 of a Taipei print shop: 民國 dates, 營業稅 5 %, NT$, 新台幣大寫, 大小章 seals."""
    issued, due = date(2024, 7, 22), date(2024, 8, 31)
    items = [
        ("夏季促銷DM 彩色雙面 A4 157磅銅版紙", 5000, "張", "2.8"),
        ("活動海報 A2 霧膜", 200, "張", "35"),
        ("名片 300磅 雙面上光（5人）", 10, "盒", "350"),
        ("平面設計費（DM＋海報）", 1, "式", "12000"),
    ]
    rows, subtotal = "", D(0)
    for i, (name, qty, unit, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price), 0)
        subtotal += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{name}</td><td class='r'>{qty:,}</td><td class='c'>{unit}</td>"
            f"<td class='r'>{price}</td><td class='r'>{money(amt, 0)}</td></tr>"
        )
    tax = q(subtotal * D("0.05"), 0)
    total = subtotal + tax
    vendor = "采竹印刷設計有限公司"
    seals = stamp(
        ["采竹印刷", "設計有限", "公司"], size=24, shape="square", rot=0, style="right:30mm;top:-4mm;", fs=12
    )
    seals += stamp(["林美", "君印"], size=11, shape="square", rot=0, style="right:14mm;top:6mm;", fs=8)
    body = f"""
<div class="hd"><div class="vn">{vendor}</div>
<div class="small">統一編號：83516209　電話：(02)2247-1856　傳真：(02)2247-1857<br>
地址：新北市中和區中正路778號3樓</div></div>
<h1>請　款　單</h1>
<table class="meta"><tr><td>客戶名稱：綠野親子餐廳股份有限公司</td><td>請款單號：QK-113-0458</td></tr>
<tr><td>統一編號：90427315　聯絡人：張經理</td>
<td>請款日期：中華民國{roc_year(issued)}年{issued.month}月{issued.day}日</td></tr>
<tr><td>案件名稱：113年夏季促銷活動印刷品</td><td>付款期限：{roc_year(due)}年{due.month}月{due.day}日前</td>
</tr></table>
<table class="items"><thead><tr><th>項次</th><th>品名規格</th><th>數量</th><th>單位</th><th>單價</th>
<th>金額</th></tr></thead>
<tbody>{rows}<tr><td>&nbsp;</td><td class="muted">（以下空白）</td><td></td><td></td><td></td><td></td></tr>
</tbody>
<tfoot><tr><td colspan="5" class="r">合　計</td><td class="r">{money(subtotal, 0)}</td></tr>
<tr><td colspan="5" class="r">營業稅 5%</td><td class="r">{money(tax, 0)}</td></tr>
<tr class="g"><td colspan="5" class="r">總計 NT$</td><td class="r">{money(total, 0)}</td></tr>
<tr><td colspan="6">新台幣（大寫）：{cn_upper(total, trad=True)}</td></tr></tfoot></table>
<div class="pay"><b>匯款資料</b>　銀行：第一商業銀行 中和分行（代碼 007）　帳號：218-10-043872
　戶名：{vendor}<br>
統一發票（三聯式）隨本請款單寄送，請於付款期限前匯款，匯款後煩請告知，謝謝！</div>
<div class="sg">公司章：{seals}</div>"""
    css = """
.hd { text-align:center; } .vn { font-size:18pt; font-weight:bold; letter-spacing:1mm; }
h1 { text-align:center;
font-size:18pt; margin:4mm 0; } .meta { width:100%; } .meta td { padding:1mm 0; } .items { width:100%;
margin-top:3mm; }
.items th { border:1px solid #333; background:#eee; padding:1.5mm; } .items td { border:1px solid #333;
padding:1.5mm; }
.g td { font-weight:bold; font-size:11pt; } .pay { margin-top:5mm; font-size:8.5pt; border:1px solid #999;
padding:2mm; }
.sg { position:relative; margin-top:10mm; margin-left:55%; height:26mm; }"""
    key = make_key(
        number="QK-113-0458",
        issued=issued,
        due=due,
        total=total,
        currency="TWD",
        vendor=vendor,
        subtotal=subtotal,
        tax=tax,
        lang="zh",
        template="tw_qingkuan_roc",
    )
    return doc("as_tw_qingkuan_ntd", page(body, lang="zh-TW", title="請款單", font=TC_SERIF, css=css), key)


def hk_trading() -> dict:
    """Dried-seafood wholesaler, Chinese name most prominent, 發票 INVOICE, FPS, company chop box."""
    issued = date(2024, 10, 8)
    items = [
        ("日本北海道急凍帶子 (L)", "Frozen Hokkaido scallops", "5", "kg", "880.00"),
        ("南非罐頭鮑魚 (4頭)", "Canned abalone, 4 pcs", "24", "罐", "268.00"),
        ("花膠筒", "Dried fish maw", "2", "斤", "1,380.00"),
        ("日本花菇", "Japanese flower mushroom", "10", "斤", "185.00"),
    ]
    rows, total = "", D(0)
    for zh, en, qty, unit, price in items:
        amt = q(D(qty) * D(price.replace(",", "")))
        total += amt
        rows += (
            f"<tr><td>{zh}<br><span class='small muted'>{en}</span></td><td class='c'>{qty} {unit}</td>"
            f"<td class='r'>{price}</td><td class='r'>{money(amt)}</td></tr>"
        )
    vendor = "宏輝國際貿易有限公司"
    chop = (
        "<div class='chop'>For and on behalf of<br>WANG FAI INTERNATIONAL TRADING LIMITED<br>"
        "宏輝國際貿易有限公司"
        "<div class='chopline'>Authorized Signature(s)</div></div>"
    )
    body = f"""
<div class="hd"><div class="vn">{vendor}</div><div class="en">WANG FAI INTERNATIONAL TRADING LIMITED</div>
<div class="small">香港上環德輔道西38號恒豐大廈12樓1203室
Flat 1203, 12/F, Hang Fung Building, 38 Des Voeux Road West,
Sheung Wan, Hong Kong<br>電話 Tel: 2545 6218　傳真 Fax: 2545 6219　商業登記 BR No.: 61827345</div></div>
<div class="title">發 票 INVOICE</div>
<table class="meta"><tr>
<td class="cust" rowspan="3">客戶 Customer:<br><b>金滿樓海鮮酒家</b><br>KAM MOON LAU SEAFOOD RESTAURANT<br>
九龍旺角彌敦道612號地下</td><td>發票編號 Invoice No.</td><td class="b">WF-241008-05</td></tr>
<tr><td>日期 Date</td><td>08/10/2024</td></tr><tr><td>付款條件 Terms</td><td>月結 30 日</td></tr></table>
<table class="items"><thead><tr><th>貨品 Description</th><th>數量 Qty</th><th>單價 Unit Price (HK$)</th>
<th>金額 Amount (HK$)</th></tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td>總數 TOTAL</td><td class="r">HK${money(total)}</td></tr></table>
<div class="pay">付款方法 Payment: 轉數快 FPS ID 1638472　或
恒生銀行 Hang Seng Bank A/C 024-381-462817-001<br>
支票抬頭 Cheque payable to: "WANG FAI INTERNATIONAL TRADING LIMITED"　E. &amp; O.E.</div>
<div class="rel">{chop}</div>"""
    css = """
.hd { text-align:center; border-bottom:2px solid #7a1f1f; padding-bottom:2mm; } .vn { font-size:22pt;
font-weight:bold;
color:#7a1f1f; letter-spacing:1.5mm; } .en { font-size:11pt; font-weight:bold; } .title { text-align:center;
font-size:15pt; margin:4mm 0; font-weight:bold; letter-spacing:1mm; } .meta { width:100%; }
.meta td { padding:1mm 2mm;
border:1px solid #bbb; } .cust { width:55%; vertical-align:top; } .items { width:100%; margin-top:4mm; }
.items th { background:#7a1f1f; color:#fff; padding:1.5mm; font-size:8.5pt; }
.items td { border-bottom:1px solid #ddd;
padding:1.5mm; } .tot { margin-left:auto; margin-top:2mm; } .tot td { font-size:12pt; font-weight:bold;
padding:1.5mm 3mm;
border-top:2px solid #7a1f1f; border-bottom:3px double #7a1f1f; } .pay { margin-top:6mm; font-size:8.5pt; }
.rel { position:relative; height:32mm; } .chop { position:absolute; right:6mm; top:6mm;
border:0.6mm solid #c8242b;
color:#c8242b; padding:1.5mm 3mm; font-size:7pt; text-align:center; transform:rotate(-3deg); opacity:0.85; }
.chopline { border-top:1px solid #c8242b; margin-top:9mm; }"""
    key = make_key(
        number="WF-241008-05",
        issued=issued,
        total=total,
        currency="HKD",
        vendor=vendor,
        lang="zh",
        template="hk_trading_zh_first",
    )
    return doc(
        "as_hk_seafood_trading", page(body, lang="zh-HK", title="發票 INVOICE", font=HK_SANS, css=css), key
    )


def hk_fitout() -> dict:
    """English-first fit-out contractor invoice with Chinese sub-labels, HK$, due date, cheque/HSBC block."""
    issued, due = date(2024, 11, 21), date(2024, 12, 21)
    items = [
        ("Demolition and disposal of existing partitions 拆除現有間隔", "1", "lot", "18500.00"),
        ("Gypsum board partition with acoustic insulation 石膏板隔音間隔", "86", "m²", "620.00"),
        ("Mineral fibre false ceiling 礦棉天花", "140", "m²", "285.00"),
        ("Electrical works: lighting, power and data points 電力工程", "1", "lot", "42800.00"),
        ("Emulsion painting, 2 coats 油漆工程", "380", "m²", "48.00"),
        ("Sprinkler head relocation (FS) 消防花灑頭移位", "12", "nos", "1150.00"),
    ]
    rows, total = "", D(0)
    for i, (desc, qty, unit, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        total += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{desc}</td><td class='r'>{qty}</td><td class='c'>{unit}</td>"
            f"<td class='r'>{money(price)}</td><td class='r'>{money(amt)}</td></tr>"
        )
    vendor = "Harbourline Engineering Limited"
    body = f"""
<table class="top"><tr><td><div class="vn">{vendor}</div><div class="zh">港線工程有限公司</div>
<div class="small">Unit 7, 9/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, Kowloon<br>
Tel 3188 2047 · accounts@harbourline.hk
· BR 70315928</div></td><td class="r"><div class="inv">INVOICE</div><div class="zh2">發票</div></td></tr>
</table>
<table class="meta"><tr>
<td class="bill"><span class="lab">BILL TO 客戶</span><br><b>Crestview Asset Management Limited</b><br>
18/F, Lee Garden Six, 111 Leighton Road<br>Causeway Bay, Hong Kong<br>Attn: Ms. Vivian Lau</td>
<td><table class="kv"><tr><td>Invoice No. 發票號碼</td><td class="b">HL/INV/2411/0032</td></tr>
<tr><td>Invoice Date 日期</td><td>21 Nov 2024</td></tr><tr><td>Due Date 到期日</td><td>21 Dec 2024</td></tr>
<tr><td>Quotation Ref.</td><td>HLQ-2409-118</td></tr><tr><td>Project 工程</td><td>Office fit-out, 18/F</td>
</tr>
</table></td></tr></table>
<table class="items"><thead><tr><th>Item</th><th>Description 項目</th><th>Qty</th><th>Unit</th>
<th>Rate (HK$)</th>
<th>Amount (HK$)</th></tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td>TOTAL AMOUNT DUE 應付總額</td><td class="r">HK${money(total)}</td></tr></table>
<div class="terms"><b>Payment 付款</b><br>By cheque payable to "{vendor}" or transfer to HSBC Hong Kong,
A/C 808-492716-838 (Bank code 004). Payment due within 30 days. Please quote the invoice number.</div>
<div class="sig">for {vendor}<div class="ln">Authorised Signature</div></div>"""
    css = """
.top { width:100%; border-bottom:4px solid #14507a; } .vn { font-size:17pt; font-weight:bold; color:#14507a;
}
.zh { font-size:11pt; } .inv { font-size:26pt; letter-spacing:1mm; color:#14507a; font-weight:bold; }
.zh2 { font-size:12pt; }
.meta { width:100%; margin-top:4mm; } .bill { width:52%; vertical-align:top; } .lab { color:#14507a;
font-size:8pt;
font-weight:bold; } .kv td { padding:0.7mm 2mm; font-size:9pt; } .items { width:100%; margin-top:5mm; }
.items th { border-bottom:2px solid #14507a; text-align:left; padding:1.5mm; font-size:8.5pt; }
.items td { border-bottom:1px solid #e1e6ea; padding:1.6mm; font-size:8.8pt; } .tot { margin-left:auto;
margin-top:3mm;
background:#14507a; color:#fff; } .tot td { padding:2.5mm 4mm; font-size:11.5pt; font-weight:bold; }
.terms { margin-top:7mm; font-size:8.5pt; } .sig { margin-top:14mm; width:70mm; font-size:9pt; }
.ln { border-top:1px solid #000; margin-top:14mm; }"""
    key = make_key(
        number="HL/INV/2411/0032",
        issued=issued,
        due=due,
        total=total,
        currency="HKD",
        vendor=vendor,
        lang="en",
        template="hk_fitout_en_first",
    )
    font = '"Noto Sans", "Noto Sans CJK HK", sans-serif'
    return doc("as_hk_fitout_contractor", page(body, lang="en", title="Invoice", font=font, css=css), key)


BUILDERS = [tw_einvoice, tw_qingkuan, hk_trading, hk_fitout]
