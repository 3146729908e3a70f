"""Mainland China x3 (销售发票, 数电票-like VAT layout, bilingual export invoice), Malaysia (Chinese) x1."""

from __future__ import annotations

from datetime import date

from outside_docs_as1 import D, cn_upper, doc, en_words, make_key, money, page, q, qr_svg, seal_svg

SC_SANS = '"Noto Sans CJK SC", "Noto Sans", sans-serif'
SC_SERIF = '"Noto Serif CJK SC", "Noto Serif", serif'


def cn_sales() -> dict:
    """Letterhead 销售发票 with tax-inclusive prices, only the grand total printed (大写 + 小写)."""
    issued, due = date(2024, 3, 14), date(2024, 4, 13)
    items = [
        ("直线导轨", "HGR20-800mm", "根", 20, "386.00"),
        ("法兰型滑块", "HGH20CA", "个", 40, "142.50"),
        ("滚珠丝杠", "SFU1605-600 C7", "根", 10, "268.00"),
        ("梅花联轴器", "D25L30 8×10", "个", 30, "35.80"),
        ("丝杠支撑座", "BK12/BF12", "套", 10, "158.00"),
    ]
    rows, total = "", D(0)
    for i, (name, spec, unit, qty, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        total += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{name}</td><td>{spec}</td><td class='c'>{unit}</td>"
            f"<td class='r'>{qty}</td><td class='r'>{money(price)}</td><td class='r'>{money(amt)}</td></tr>"
        )
    rows += "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>" * 2
    vendor = "苏州恒润精密机械有限公司"
    seal = seal_svg(
        vendor, bottom="财务专用章", size=38, style="left:92mm;top:-24mm;transform:rotate(-10deg);"
    )
    body = f"""
<div class="lh"><div class="logo">恒润<br><span>HENGRUN</span></div><div><div class="vn">{vendor}</div>
<div class="en">SUZHOU HENGRUN PRECISION MACHINERY CO., LTD.</div>
<div class="small">地址：江苏省苏州市工业园区星龙街428号  电话：0512-6283 5176  传真：0512-6283 5177</div>
</div></div>
<h1>销 售 发 票</h1><div class="no">NO. XS-20240314-027</div>
<table class="info"><tr><td>客户名称：无锡锐拓自动化设备有限公司</td><td>开票日期：2024年03月14日</td></tr>
<tr><td>客户地址：江苏省无锡市新吴区长江路21号</td><td>联系人：周工 139 1520 6618</td></tr>
<tr><td>合同编号：HR-HT-2402-113</td><td>付款截止日期：2024年04月13日</td></tr></table>
<table class="items"><thead><tr><th>序号</th><th>产品名称</th><th>规格型号</th><th>单位</th><th>数量</th>
<th>单价(元)</th><th>金额(元)</th></tr></thead><tbody>{rows}</tbody>
<tfoot><tr><td colspan="2" class="c b">合计金额(大写)</td><td colspan="3">{cn_upper(total)}</td>
<td class="c b">(小写)</td><td class="r b">¥{money(total)}</td></tr></tfoot></table>
<p class="small">注：以上单价均含13%增值税及运费；增值税专用发票另行开具，随货寄出。</p>
<div class="bank"><b>收款账户信息</b><br>户名：{vendor}<br>开户银行：中国工商银行苏州工业园区星湖支行<br>
账号：1102 0218 0900 0473 615</div><div class="sign"><span>制单：王晓燕</span><span>审核：陈立</span>
<span>客户签收：</span>{seal}</div>"""
    css = """
.lh { display:flex; align-items:center; border-bottom:3px solid #b3121a; padding-bottom:2mm; }
.logo { width:18mm; height:18mm; background:#b3121a; color:#fff; text-align:center; font-weight:bold;
font-size:11pt; padding-top:3mm; margin-right:4mm; line-height:1.1; } .logo span { font-size:6pt; }
.vn { font-size:17pt; font-weight:bold; letter-spacing:1mm; } .en { font-size:8.5pt; color:#444; }
h1 { text-align:center; font-size:20pt; letter-spacing:3mm; margin:5mm 0 0; } .no { text-align:right;
color:#b3121a; font-size:11pt; font-weight:bold; } .info { width:100%; margin:2mm 0 3mm; }
.info td { padding:0.8mm 0; }
.items { width:100%; } .items th, .items td { border:1px solid #555; padding:1.6mm; }
.items th { background:#f3e4e4; }
.bank { margin-top:5mm; width:60%; border:1px dashed #888; padding:2mm 3mm; } .sign { margin-top:8mm;
display:flex;
gap:22mm; position:relative; }"""
    key = make_key(
        number="XS-20240314-027",
        issued=issued,
        due=due,
        total=total,
        currency="CNY",
        vendor=vendor,
        lang="zh",
        template="cn_sales_letterhead",
    )
    return doc(
        "as_cn_xiaoshou_fapiao", page(body, lang="zh-CN", title="销售发票", font=SC_SANS, css=css), key
    )


def cn_vat_like() -> dict:
    """Layout of a fully digitalised VAT special invoice (数电票): 20-digit 发票号码, 价税合计（大写）."""
    issued = date(2024, 6, 18)
    items = [
        ("*集成电路*单片机", "STM32F103C8T6", "个", 2000, "8.84955752"),
        ("*电子元件*贴片电容", "GRM155R71C104KA88D", "个", 50000, "0.01858407"),
        ("*电子元件*晶体振荡器", "8MHz HC-49S", "个", 5000, "0.30973451"),
    ]
    rows, net, tax = "", D(0), D(0)
    for name, spec, unit, qty, price in items:
        amt = q(D(qty) * D(price))
        t = q(amt * D("0.13"))
        net, tax = net + amt, tax + t
        rows += (
            f"<tr><td>{name}</td><td>{spec}</td><td class='c'>{unit}</td><td class='r'>{qty}</td>"
            f"<td class='r'>{price}</td><td class='r'>{amt:.2f}</td><td class='c'>13%</td>"
            f"<td class='r'>{t:.2f}</td></tr>"
        )
    total = net + tax
    number = "24442000000087654321"
    vendor = "广州华信达电子科技有限公司"
    body = f"""
<div class="top"><div class="qr">{qr_svg(2406, 20)}</div><div class="tt">电子发票（增值税专用发票）</div>
<div class="meta">发票号码：{number}<br>开票日期：2024年06月18日</div></div>
<table class="grid"><tr><td class="side">购<br>买<br>方<br>信<br>息</td>
<td class="party">名称：深圳市前海云帆科技有限公司<br>
统一社会信用代码/纳税人识别号：91440300MA5G8K2X7Q</td><td class="side">销<br>售<br>方<br>信<br>息</td>
<td class="party">名称：{vendor}<br>统一社会信用代码/纳税人识别号：91440101MA9XR3LD4F</td></tr></table>
<table class="grid items"><thead><tr><th>项目名称</th><th>规格型号</th><th>单 位</th><th>数 量</th><th>单 价
</th>
<th>金 额</th><th>税率/征收率</th><th>税 额</th></tr></thead><tbody>{rows}
<tr class="h"><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td class="c">合　　计</td><td></td><td></td><td></td><td></td><td class="r">¥{net:.2f}</td><td></td>
<td class="r">¥{tax:.2f}</td></tr></tbody></table>
<table class="grid"><tr><td class="w">价税合计（大写）</td><td>ⓧ{cn_upper(total)}</td>
<td class="w2">（小写）¥{total:.2f}</td>
</tr></table>
<table class="grid"><tr><td class="side">备<br><br>注</td>
<td class="remark">购方开户银行：招商银行深圳前海分行;
银行账号：7559 3861 0210 802;<br>
销方开户银行：中国银行广州天河支行; 银行账号：6873 7520 1644;<br>合同号 HXD-2406-0392
</td></tr></table>
<div class="who">开票人：李娜</div>"""
    css = """
.top { display:flex; justify-content:space-between; align-items:center; } .tt { font-size:17pt;
color:#8b4513;
font-weight:bold; border-bottom:3px double #8b4513; padding:0 3mm; } .meta { font-size:9pt; }
.grid { width:100%; border:1px solid #8b4513; color:#1a1a1a; margin-top:-1px; }
.grid td, .grid th { border:1px solid #8b4513;
padding:1.5mm; } .grid th { color:#8b4513; font-weight:normal; } .side { width:7mm; text-align:center;
color:#8b4513;
font-size:8.5pt; line-height:1.15; } .party { width:46%; font-size:9pt; } .items td { border-top:none;
border-bottom:none;
font-size:8.5pt; } .h td { height:22mm; } .w { width:38mm; color:#8b4513; white-space:nowrap; }
.w2 { width:48mm; }
.remark { height:18mm; font-size:8.5pt; } .who { margin-top:3mm; color:#8b4513; }"""
    key = make_key(
        number=number,
        issued=issued,
        total=total,
        currency="CNY",
        vendor=vendor,
        subtotal=net,
        tax=tax,
        lang="zh",
        template="cn_vat_digital_layout",
    )
    html_text = page(
        body, lang="zh-CN", title="电子发票", font=SC_SERIF, css=css, size="240mm 160mm", margin="8mm"
    )
    return doc("as_cn_vat_shuzi", html_text, key)


def cn_export() -> dict:
    """Bilingual commercial invoice 商业发票 of a Ningbo exporter, USD, FOB, amount in English words."""
    issued = date(2024, 9, 17)
    items = [
        ("Stainless steel vacuum flask 500ml 不锈钢保温杯", "9617.00", 4800, "PCS", "2.35"),
        ("Borosilicate glass food container set, 3pcs 玻璃保鲜盒", "7013.49", 1200, "SETS", "4.68"),
        ("Bamboo cutting board 38x28cm 竹砧板", "4419.19", 2400, "PCS", "1.92"),
        ("Silicone kitchen utensil set, 6pcs 硅胶厨具套装", "3924.10", 600, "SETS", "3.25"),
    ]
    rows, total = "", D(0)
    for desc, hs, qty, unit, price in items:
        amt = q(D(qty) * D(price))
        total += amt
        rows += (
            f"<tr><td>{desc}</td><td class='c'>{hs}</td><td class='r'>{qty:,} {unit}</td>"
            f"<td class='r'>USD {price}</td><td class='r'>USD {money(amt)}</td></tr>"
        )
    vendor = "NINGBO HAIXING HOUSEWARES CO., LTD."
    words = en_words(int(total)).upper()
    cents = int((total - int(total)) * 100)
    words += f" AND CENTS {en_words(cents).upper()}" if cents else ""
    body = f"""
<div class="hd"><div class="vn">{vendor}</div><div class="cn">宁波海星家居用品有限公司</div>
<div class="small">No. 88 Xingning Road, Yinzhou District, Ningbo, Zhejiang 315100, China
中国浙江省宁波市鄞州区兴宁路88号<br>
Tel: +86-574-8776 2031  E-mail: export@haixing-housewares.cn</div></div>
<h1>COMMERCIAL INVOICE <span>商业发票</span></h1>
<table class="hdr"><tr>
<td rowspan="3" class="to"><b>To 收货人:</b><br>Nordhaven Home GmbH<br>Großer Grasbrook 17<br>
20457 Hamburg, Germany<br>VAT ID: DE318467205</td><td>Invoice No. 发票号:</td><td class="b">HX24E0917</td>
</tr>
<tr><td>Date 日期:</td><td>Sep. 17, 2024</td></tr><tr><td>S/C No. 合同号:</td><td>HX-SC-240802</td></tr>
</table>
<table class="ship"><tr><td>From 起运港: Ningbo, China</td><td>To 目的港: Hamburg, Germany</td>
<td>By 运输方式: Sea, MSC AURORA V.437W</td></tr><tr><td>Price Term 价格条款: FOB Ningbo</td>
<td colspan="2">Payment 付款方式: T/T, 30% deposit, 70% against copy of B/L</td></tr></table>
<table class="items"><thead><tr><th>Description of Goods 货物描述</th><th>HS Code</th><th>Quantity 数量</th>
<th>Unit Price 单价</th><th>Amount 金额</th></tr></thead><tbody>{rows}</tbody>
<tfoot><tr><td colspan="4" class="r b">TOTAL 合计 FOB NINGBO:</td><td class="r b">USD {money(total)}</td>
</tr></tfoot></table>
<p class="say">SAY TOTAL US DOLLARS {words} ONLY.</p>
<p class="small">Marks &amp; Nos.: NORDHAVEN / HAMBURG / C/NO. 1-612 / MADE IN CHINA<br>
Country of origin 原产地: China. Packing: export cartons, 612 CTNS, G.W. 7,344 KGS, MEAS. 58.6 CBM.</p>
<div class="bk"><b>Beneficiary's Bank 收款银行:</b> Bank of Ningbo, Yinzhou Sub-branch, SWIFT BKNBCN2N<br>
A/C No.: 5101 0122 0003 8845 (USD)  Beneficiary: {vendor}</div>
<div class="sig">For and on behalf of<br><b>{vendor}</b><div class="line">Authorized Signature</div>
</div>"""
    css = """
.hd { text-align:center; } .vn { font-size:18pt; font-weight:bold; color:#0d3c6e; } .cn { font-size:12pt; }
h1 { text-align:center; font-size:15pt; border-top:2px solid #0d3c6e; border-bottom:2px solid #0d3c6e;
padding:1.5mm; margin:4mm 0; } h1 span { font-size:12pt; } .hdr, .ship, .items { width:100%; }
.hdr td, .ship td { border:1px solid #777; padding:1.5mm; font-size:9pt; } .to { width:55%; }
.ship { margin-top:2mm; } .items { margin-top:3mm; } .items th { background:#dde7f2; border:1px solid #777;
padding:1.5mm; font-size:8.5pt; } .items td { border:1px solid #777; padding:1.5mm; font-size:8.5pt; }
.say { font-weight:bold; font-size:9pt; } .bk { border:1px solid #aaa; padding:2mm; font-size:8.5pt; }
.sig { margin-top:8mm; margin-left:60%; font-size:9pt; } .line { border-top:1px solid #000; margin-top:12mm;
}"""
    key = make_key(
        number="HX24E0917",
        issued=issued,
        total=total,
        currency="USD",
        vendor=vendor,
        lang="en",
        template="cn_export_bilingual",
    )
    font = '"Noto Sans", "Noto Sans CJK SC", sans-serif'
    return doc("as_cn_export_usd", page(body, lang="en", title="Commercial Invoice", font=font, css=css), key)


def my_chinese() -> dict:
    """Malaysian Chinese hardware trader: 发票 / INVOICE in RM, no SST, cheque and bank details, E. & O.E."""
    issued, due = date(2024, 8, 5), date(2024, 9, 4)
    items = [
        ("不锈钢螺丝 M6×25（盒/200粒）", 15, "盒", "18.50"),
        ("PVC水管 1寸 × 5.8米", 60, "支", "21.90"),
        ("硅酮防水胶 600ml", 48, "支", "16.80"),
        ("电钻 13mm 710W", 6, "台", "189.00"),
        ("安全帽（白色，SIRIM认证）", 40, "顶", "12.50"),
        ("手推车 重型", 4, "辆", "265.00"),
        ("送货费 Delivery charge（Seri Kembangan）", 1, "次", "80.00"),
    ]
    rows, total = "", D(0)
    for i, (name, qty, unit, price) in enumerate(items, 1):
        amt = q(D(qty) * D(price))
        total += amt
        rows += (
            f"<tr><td class='c'>{i}</td><td>{name}</td><td class='r'>{qty}</td><td class='c'>{unit}</td>"
            f"<td class='r'>{price}</td><td class='r'>{money(amt)}</td></tr>"
        )
    vendor = "联丰五金贸易有限公司"
    body = f"""
<table class="lh"><tr><td class="vn">{vendor}</td><td class="inv">发票<br><span>INVOICE</span></td></tr>
<tr><td colspan="2" class="sub"><b>LIAN FONG HARDWARE TRADING SDN. BHD.</b>
<span class="small">202001034567 (1390876-K)</span><br>
No. 23, Jalan Kuchai Maju 6, Off Jalan Kuchai Lama, 58200 Kuala Lumpur.
电话 Tel: 03-7980 4126  WhatsApp: 012-338 4126</td></tr></table>
<table class="two"><tr>
<td class="bill"><b>客户 Bill To:</b><br>顺利建筑工程有限公司<br>SOON LEE CONSTRUCTION SDN. BHD.<br>
Lot 1178, Jalan Besar, 43300 Seri Kembangan, Selangor</td>
<td><table class="meta"><tr><td>发票号码 Invoice No.</td><td class="b">LF/INV/24/00873</td></tr>
<tr><td>日期 Date</td><td>05/08/2024</td></tr><tr><td>付款条件 Terms</td><td>30 天 Days</td></tr>
<tr><td>到期日 Due Date</td><td>04/09/2024</td></tr><tr><td>送货单 D/O No.</td><td>DO-24-01562</td></tr>
<tr><td>业务员 Salesman</td><td>陈志明</td></tr></table></td></tr></table>
<table class="items"><thead><tr><th>#</th><th>货品说明 Description</th><th>数量 Qty</th><th>单位</th>
<th>单价 Price (RM)</th><th>金额 Amount (RM)</th></tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td>总额 TOTAL (RM)</td><td class="r">RM {money(total)}</td></tr></table>
<p class="small">本公司未注册销售与服务税 (SST)。货物售出概不退换。E. &amp; O.E.<br>
支票请划线并抬头 Cheques should be crossed and made payable to "LIAN FONG HARDWARE TRADING SDN. BHD."<br>
银行转账 Bank transfer: Public Bank Berhad  A/C No. 3198 4427 20</p>
<table class="sg"><tr><td>客户签收 Received by</td><td>授权签名 Authorised Signature<br>{vendor}</td></tr>
</table>"""
    css = """
.lh { width:100%; border-bottom:2px solid #006b3c; } .vn { font-size:20pt; font-weight:bold; color:#006b3c;
}
.inv { text-align:right; font-size:18pt; font-weight:bold; } .inv span { font-size:11pt; letter-spacing:1mm;
}
.sub { font-size:8.5pt; padding-bottom:2mm; } .two { width:100%; margin-top:3mm; } .bill { width:52%;
vertical-align:top; border:1px solid #999; padding:2mm; } .meta td { padding:0.6mm 2mm; font-size:8.5pt; }
.items { width:100%; margin-top:4mm; } .items th { background:#006b3c; color:#fff; padding:1.5mm;
font-size:8.5pt; }
.items td { border-bottom:1px solid #ccc; padding:1.5mm; } .tot { margin-left:auto; margin-top:2mm;
border:2px solid #006b3c; } .tot td { padding:2mm 4mm; font-weight:bold; font-size:11pt; }
.sg { width:100%; margin-top:16mm; } .sg td { width:50%; border-top:1px solid #000; padding-top:1mm;
font-size:8.5pt; }"""
    key = make_key(
        number="LF/INV/24/00873",
        issued=issued,
        due=due,
        total=total,
        currency="MYR",
        vendor=vendor,
        lang="zh",
        template="my_chinese_trader",
    )
    return doc(
        "as_my_zh_hardware", page(body, lang="zh-CN", title="发票 INVOICE", font=SC_SANS, css=css), key
    )


BUILDERS = [cn_sales, cn_vat_like, cn_export, my_chinese]
