"""Taiwan (ReportLab, 統一發票 with 統一編號, NT$), Hong Kong (Chromium, Chinese-first, HK$), Macau
(ReportLab, Chinese/Portuguese, MOP) and Singapore (fpdf2, Simplified Chinese with GST)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_at1 import D, Spec, cjk_ttf, cn_upper, fmt, make_key, qr_svg
from outside_docs_at2 import FP, RL, chromium_pdf, esc, html_page, rl_register, table_rows

RED = "#c62828"

HK_CSS = """
.page{width:210mm;height:297mm;padding:14mm 15mm;position:relative}
.band{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #00695c;
 padding-bottom:5mm}
.logo{width:17mm;height:17mm;border-radius:3mm;background:#00695c;color:#fff;font-size:15pt;font-weight:700;
 display:flex;align-items:center;justify-content:center;margin-right:4mm}
.co{font-size:21pt;font-weight:700;color:#00695c;letter-spacing:1pt}
.en{font-size:9pt;color:#444;letter-spacing:.5pt}
.addr{font-size:8pt;color:#555;margin-top:1mm}
.title{font-size:26pt;font-weight:700;color:#00695c;text-align:right;line-height:1}
.title small{display:block;font-size:10pt;letter-spacing:3pt;color:#444;margin-top:1mm}
.two{display:flex;gap:6mm;margin-top:6mm}
.box{border:1px solid #9e9e9e;padding:3mm 4mm;flex:1}
.box h4{margin:0 0 1.5mm;font-size:9pt;color:#00695c}
.meta td{padding:1.2mm 2mm;border-bottom:1px dotted #bbb}
.items{margin-top:6mm}
.items th{background:#00695c;color:#fff;font-weight:700;padding:2mm;font-size:9pt}
.items td{border-bottom:1px solid #ddd;padding:2.2mm 2mm}
.items tr.alt td{background:#f1f8f6}
.sum{margin-left:auto;width:85mm;margin-top:3mm}
.sum td{padding:2mm;border:1px solid #9e9e9e}
.sum .grand td{background:#e0f2f1;font-size:12pt;font-weight:700}
.foot{position:absolute;bottom:12mm;left:15mm;right:15mm;border-top:1px solid #ccc;padding-top:2mm;
 font-size:7.5pt;color:#666;text-align:center}
.chop{border:2px solid #1a4fa0;color:#1a4fa0;width:62mm;padding:2mm 3mm;font-size:8pt;text-align:center;
 transform:rotate(-4deg)}
.chop .nm{font-size:12pt;font-weight:700;margin:1mm 0}
"""


def hk_invoice(pdf_path: Path, work: Path) -> dict:
    inv, vendor = "TF-HK-250117", "德輔貿易有限公司"
    items = [
        ("A-1021", "不鏽鋼湯鍋 40cm", 6, "個", D("1280")),
        ("A-2210", "商用電磁爐 3.5kW", 2, "台", D("4350")),
        ("B-0314", "抗菌砧板（大）", 12, "塊", D("185")),
        ("C-0820", "廚師刀套裝（五件）", 4, "套", D("980")),
        ("S-0001", "電磁爐安裝及測試", 1, "次", D("990")),
        ("S-0002", "運費（九龍至灣仔）", 1, "次", D("350")),
    ]
    total = sum(q * p for *_, q, _, p in items)
    rows = "".join(
        f'<tr class="{"alt" if i % 2 else ""}"><td>{c}</td><td>{esc(n)}</td><td class="r">{q}</td>'
        f'<td class="c">{u}</td><td class="r">{fmt(p)}</td><td class="r">{fmt(q * p)}</td></tr>'
        for i, (c, n, q, u, p) in enumerate(items)
    )
    words = "港幣" + cn_upper(total, traditional=True).replace("整", "正")
    body = f"""<div class="page">
<div class="band"><div style="display:flex;align-items:center"><div class="logo">德輔</div><div>
<div class="co">{vendor}</div><div class="en">TAK FU TRADING LIMITED</div>
<div class="addr">香港九龍觀塘開源道55號開聯工業中心A座12樓1203室　電話 2345 6789　傳真 2345 6790</div>
</div></div><div class="title">發票<small>INVOICE</small></div></div>
<div class="two"><div class="box"><h4>客戶 Bill to</h4><div class="b">新誠飲食集團有限公司</div>
<div>香港灣仔軒尼詩道302號8樓</div><div>聯絡人：陳嘉欣小姐　電話 2891 4420</div></div>
<div class="box" style="flex:.9"><table class="meta">
<tr><td>發票編號</td><td class="b">{inv}</td></tr><tr><td>日期</td><td>2025年1月17日</td></tr>
<tr><td>客戶編號</td><td>C-0291</td></tr><tr><td>付款條件</td><td>月結30天</td></tr>
<tr><td>到期日</td><td>2025年2月16日</td></tr></table></div></div>
<table class="items"><tr><th>編號</th><th>貨品描述</th><th class="r">數量</th><th>單位</th>
<th class="r">單價 (HK$)</th><th class="r">金額 (HK$)</th></tr>{rows}</table>
<table class="sum"><tr class="grand"><td>總額</td><td class="r">HK${fmt(total)}</td></tr></table>
<p style="margin-top:4mm"><b>大寫：</b>{words}</p>
<div class="two" style="align-items:flex-start;margin-top:8mm"><div style="flex:1.3">
<h4 style="margin:0 0 2mm;color:#00695c">付款方法</h4>
<div>1. 劃線支票抬頭請寫「德輔貿易有限公司」</div>
<div>2. 銀行轉賬：恒生銀行　戶口號碼 024-388-123456-001</div>
<div>3. 轉數快 FPS 識別碼：1234567（掃描右方二維碼）</div>
<div class="muted" style="margin-top:2mm">付款後請將入數紙傳真或電郵至 accounts@takfu.example.hk</div></div>
<div style="text-align:center">{qr_svg(250117, 24)}<div class="muted">FPS</div></div></div>
<div style="display:flex;justify-content:flex-end;margin-top:12mm"><div class="chop">
<div>For and on behalf of</div><div class="nm">TAK FU TRADING LIMITED<br>德輔貿易有限公司</div>
<div style="border-top:1px solid #1a4fa0;margin-top:6mm;padding-top:1mm">Authorized Signature(s)</div>
</div></div>
<div class="foot">貨物一經售出，除質量問題外概不退換。如有查詢，請致電 2345 6789 與會計部聯絡。</div></div>"""
    font = '"Noto Sans CJK HK","Noto Sans CJK TC",sans-serif'
    chromium_pdf(html_page(body, lang="zh-HK", font=font, css=HK_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-01-17",
        due_date="2025-02-16",
        total=total,
        currency="HKD",
        vendor_name=vendor,
        subtotal=None,
        tax=None,
        lang="zh",
        template="hk_band_teal",
        producer="chromium",
    )


def mo_invoice(pdf_path: Path, work: Path) -> dict:
    r = rl_register("NotoSerifTC-AT", cjk_ttf("tc", work, serif=True))
    b = rl_register("NotoSerifTC-AT-B", cjk_ttf("tc", work, bold=True, serif=True))
    d = RL(pdf_path, "發票 Factura", r, b)
    wine = "#7b1f3a"
    inv, vendor = "2025/0031", "濠江印刷有限公司"
    items = [
        ("宣傳單張 A4 雙面彩印", "Folheto A4 a cores", 5000, "張", D("0.62")),
        ("海報 A2 啞粉紙", "Cartaz A2 papel mate", 200, "張", D("8.50")),
        ("名片（每盒100張）", "Cartões de visita", 20, "盒", D("85.00")),
        ("平面設計費", "Design gráfico", 1, "項", D("860.00")),
    ]
    total = sum(q * p for *_, q, _, p in items)
    d.t(195, 20, vendor, 17, bold=True, align="R", color=wine)
    d.t(195, 26, "TIPOGRAFIA HOU KONG, LIMITADA", 9, align="R", color="#444444")
    d.t(195, 31, "澳門黑沙環新街52號恆富工業大廈5樓B座", 8, align="R")
    d.t(195, 35.5, "Rua Nova da Areia Preta n.º 52, Edf. Industrial Hang Fu, 5.º andar B", 7.5, align="R")
    d.t(195, 40, "電話 Tel. (853) 2845 1122　納稅人編號 N.º Contribuinte 80123456", 7.5, align="R")
    d.line(15, 44, 195, 44, color=wine, lw=1.4)
    d.rect(15, 50, 52, 18, color=wine, fill=wine)
    d.t(41, 59, "發票", 17, bold=True, align="C", color="#ffffff")
    d.t(41, 65, "FACTURA", 9, bold=True, align="C", color="#ffffff")
    meta = [
        ("發票號碼 N.º da Factura", inv),
        ("日期 Data", "2025年1月9日 (09/01/2025)"),
        ("付款期限 Prazo de pagamento", "2025年2月8日 (08/02/2025)"),
    ]
    for i, (k, v) in enumerate(meta):
        d.t(75, 55 + i * 6, k + "：", 8.5, bold=True)
        d.t(125, 55 + i * 6, v, 9)
    d.rect(15, 74, 180, 20, color="#999999")
    d.t(18, 80, "客戶 Cliente：澳門旅遊零售有限公司", 9.5, bold=True)
    d.t(18, 86, "澳門新口岸友誼大馬路1023號南灣商業中心10樓　Tel. (853) 2878 3300", 8.5)
    d.t(18, 91, "訂單 Encomenda：PO-MTR-2412-88", 8.5)
    rows = [["項目 Item", "描述 Descrição", "數量 Qtd.", "單價 Preço", "金額 Montante"]]
    for i, (cn, pt, q, u, p) in enumerate(items):
        rows.append([str(i + 1), f"{cn} / {pt}", f"{fmt(q, 0)} {u}", fmt(p), fmt(q * p)])
    rows += [["", "", "", "", ""]] * 3
    y = table_rows(
        d, 15, 100, [18, 86, 24, 24, 28], rows, "CLRRR", size=8.3, h=8, header_fill="#f3e5ea", color="#999999"
    )
    d.rect(125, y + 2, 70, 11, color=wine, lw=1.0)
    d.t(128, y + 9.2, "總額 Total  MOP", 10, bold=True)
    d.t(193, y + 9.2, fmt(total), 12, bold=True, align="R")
    d.t(15, y + 9.2, "澳門元" + cn_upper(total, traditional=True).replace("整", "正"), 9)
    by = y + 24
    d.t(15, by, "付款方式 Forma de pagamento", 9, bold=True, color=wine)
    d.t(15, by + 6, "大西洋銀行 BNU　帳號 Conta n.º 9012345678　戶名：濠江印刷有限公司", 8.5)
    d.t(15, by + 11, "支票抬頭請寫「濠江印刷有限公司」Cheques à ordem de Tipografia Hou Kong, Limitada", 8.5)
    d.t(
        15,
        by + 22,
        "本發票經蓋章後方為有效。Esta factura só é válida depois de carimbada.",
        8,
        color="#555555",
    )
    d.t(150, by + 22, "簽收 Assinatura", 8.5, align="C")
    d.seal(150, by + 42, 15, vendor + "印", "★", color="#b71c1c", ring_size=7.5, center_size=14, span=220)
    d.line(125, by + 62, 175, by + 62, color="#777777")
    d.t(105, 288, "第一聯：客戶存根 Original — Cliente", 7.5, align="C", color="#777777")
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-01-09",
        due_date="2025-02-08",
        total=total,
        currency="MOP",
        vendor_name=vendor,
        subtotal=None,
        tax=None,
        lang="zh",
        template="mo_factura_bilingual",
        producer="reportlab",
    )


def sg_invoice(pdf_path: Path, work: Path) -> dict:
    d = FP("税务发票 TAX INVOICE", {"sc": (cjk_ttf("sc", work), cjk_ttf("sc", work, bold=True))}, "sc")
    inv, vendor = "XH-INV-2502-0117", "新华文具贸易私人有限公司"
    items = [
        ("A4 复印纸 80gsm（5令/箱）", 20, "箱", D("32.50")),
        ("白板笔（12支/盒）", 30, "盒", D("14.80")),
        ("华文习字簿（田字格）", 400, "本", D("1.65")),
        ("重型订书机", 6, "个", D("45.00")),
        ("A4 文件夹（50个/包）", 8, "包", D("57.00")),
    ]
    sub = sum(q * p for _, q, _, p in items)
    gst = (sub * D("0.09")).quantize(D("0.01"))
    total = sub + gst
    d.t(105, 19, vendor, 17, bold=True, align="C")
    d.t(105, 25, "XIN HUA STATIONERY TRADING PTE. LTD.", 9.5, align="C", color="#444444")
    d.t(105, 30.5, "14 MacPherson Road #05-08, Singapore 368230　电话 Tel: 6745 3108", 8, align="C")
    d.t(105, 35, "公司注册号 UEN: 201912345K　　消费税注册号 GST Reg. No.: 201912345K", 8, align="C")
    d.rect(15, 40, 180, 10, color=None, fill="#424242")
    d.t(105, 47, "税务发票　TAX INVOICE", 13, bold=True, align="C", color="#ffffff")
    d.t(15, 58, "客户 Bill To:", 9, bold=True)
    for i, line in enumerate(
        [
            "育英华文补习中心",
            "Yu Ying Chinese Learning Centre",
            "Blk 201 Tampines St 21 #01-1123",
            "Singapore 520201",
        ]
    ):
        d.t(15, 64 + i * 5, line, 9 if i else 10, bold=i == 0)
    meta = [
        ("发票号码 Invoice No.", inv),
        ("日期 Date", "2025年2月3日"),
        ("付款期限 Due Date", "2025年3月5日"),
        ("付款条件 Terms", "30天 30 days"),
    ]
    for i, (k, v) in enumerate(meta):
        d.t(118, 58 + i * 6, k, 8.5, color="#555555")
        d.t(195, 58 + i * 6, v, 9, bold=i == 0, align="R")
    rows = [["序", "货品 Description", "数量 Qty", "单价 S$", "金额 S$"]]
    rows += [[str(i + 1), n, f"{q} {u}", fmt(p), fmt(q * p)] for i, (n, q, u, p) in enumerate(items)]
    y = table_rows(
        d, 15, 90, [10, 90, 26, 26, 28], rows, "CLRRR", size=9, h=8, header_fill="#eeeeee", color="#9e9e9e"
    )
    for i, (k, v) in enumerate([("小计 Subtotal", sub), ("消费税 GST 9%", gst), ("总额 Total (SGD)", total)]):
        last = i == 2
        d.rect(125, y + i * 8, 42, 8, color="#9e9e9e", fill="#424242" if last else "#f5f5f5")
        d.rect(167, y + i * 8, 28, 8, color="#9e9e9e")
        d.t(127, y + i * 8 + 5.5, k, 8.8, bold=last, color="#ffffff" if last else "#1b1b1b")
        d.t(193.5, y + i * 8 + 5.5, "S$" + fmt(v), 9.5 if last else 9, bold=last, align="R")
    py = y + 34
    d.t(15, py, "付款方式 Payment", 9.5, bold=True)
    d.t(15, py + 6, "PayNow UEN: 201912345K（请扫描二维码）", 9)
    d.t(15, py + 11.5, "银行转账: OCBC Bank 华侨银行  A/C 601-234567-001", 9)
    d.t(15, py + 17, "支票抬头: XIN HUA STATIONERY TRADING PTE. LTD.", 9)
    d.rect(160, py - 4, 35, 35, color="#7b1fa2", lw=0.8)
    d.qr(163, py - 1, 29, 2502117)
    d.t(177.5, py + 36, "PayNow", 8.5, bold=True, align="C", color="#7b1fa2")
    d.t(
        105,
        283,
        "此为电脑发票，无需签名。This is a computer-generated invoice. No signature is required.",
        7.8,
        align="C",
        color="#666666",
    )
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-02-03",
        due_date="2025-03-05",
        total=total,
        currency="SGD",
        vendor_name=vendor,
        subtotal=sub,
        tax=gst,
        lang="zh",
        template="sg_gst_centered",
        producer="fpdf2",
    )


def tw_uniform(pdf_path: Path, work: Path) -> dict:
    r = rl_register("NotoSansTC-AT", cjk_ttf("tc", work))
    b = rl_register("NotoSansTC-AT-B", cjk_ttf("tc", work, bold=True))
    d = RL(pdf_path, "統一發票", r, b)
    green = "#1b5e20"
    inv, vendor = "KX-38475012", "青禾科技股份有限公司"
    items = [
        ("雲端系統維護服務（114年1月）", 1, D(36000)),
        ("資料備份空間 2TB", 2, D(4500)),
        ("技術支援工時", 6, D(500)),
    ]
    sub = sum(q * p for _, q, p in items)
    tax = sub * D("0.05")
    total = sub + tax
    d.t(105, 20, vendor, 16, bold=True, align="C", color=green)
    d.t(105, 29, "電子計算機統一發票", 14, bold=True, align="C", color=green)
    d.t(105, 35, "（三聯式）第二聯：扣抵聯", 8.5, align="C", color=green)
    d.t(105, 43, "中華民國 114 年 01 月 22 日", 10, align="C")
    d.t(195, 43, f"發票號碼：{inv}", 10, bold=True, align="R")
    d.rect(15, 47, 180, 16, color=green)
    d.t(18, 53, "買　受　人：立翔國際貿易有限公司", 9.5)
    d.t(18, 60, "統一編號：24567890", 9.5)
    d.t(100, 60, "地址：臺北市內湖區瑞光路 513 巷 22 號 6 樓", 8.5)
    rows = [["品　名", "數量", "單價", "金額", "備註"]]
    rows += [[n, str(q), fmt(p, 0), fmt(q * p, 0), ""] for n, q, p in items]
    rows += [["", "", "", "", ""]] * 4
    y = table_rows(
        d, 15, 66, [82, 16, 24, 30, 28], rows, "LRRRL", size=9, h=7.5, header_fill="#e8f5e9", color=green
    )
    d.rect(15, y, 122, 7.5, color=green)
    d.t(133, y + 5.2, "銷售額合計", 9, align="R")
    d.rect(137, y, 30, 7.5, color=green)
    d.t(165.5, y + 5.2, fmt(sub, 0), 9, align="R")
    y += 7.5
    d.rect(15, y, 122, 7.5, color=green)
    d.t(18, y + 5.2, "營業稅　應稅 ■　零稅率 □　免稅 □", 9)
    d.t(133, y + 5.2, "稅額", 9, align="R")
    d.rect(137, y, 30, 7.5, color=green)
    d.t(165.5, y + 5.2, fmt(tax, 0), 9, align="R")
    y += 7.5
    d.rect(15, y, 122, 7.5, color=green)
    d.t(133, y + 5.2, "總計", 9, bold=True, align="R")
    d.rect(137, y, 30, 7.5, color=green)
    d.t(165.5, y + 5.2, "NT$" + fmt(total, 0), 9.5, bold=True, align="R")
    y += 7.5
    units = ["億", "仟萬", "佰萬", "拾萬", "萬", "仟", "佰", "拾", "元"]
    digits = "零壹貳參肆伍陸柒捌玖"
    amount = f"{int(total):09d}"
    d.rect(15, y, 40, 14, color=green, fill="#e8f5e9")
    d.t(35, y + 6, "總計新臺幣", 9, align="C")
    d.t(35, y + 11, "（中文大寫）", 7.5, align="C")
    for i, u in enumerate(units):
        d.rect(55 + i * 15.5, y, 15.5, 6, color=green, fill="#e8f5e9")
        d.t(62.75 + i * 15.5, y + 4.3, u, 8, align="C")
        d.rect(55 + i * 15.5, y + 6, 15.5, 8, color=green)
        d.t(62.75 + i * 15.5, y + 11.7, digits[int(amount[i])], 10, bold=True, align="C")
    d.t(15, y + 21, "中文大寫：新臺幣" + cn_upper(total, traditional=True), 8.5, color="#444444")
    d.rect(130, y + 26, 60, 40, color=RED, lw=1.0)
    stamp = [
        (vendor, 8.5),
        ("統一編號：53124876", 7.5),
        ("負責人：林志豪", 7.5),
        ("電話：(04) 2358-1160", 7.5),
        ("臺中市西屯區工業區一路 88 號", 6.8),
        ("統一發票專用章", 9),
    ]
    for i, (line, size) in enumerate(stamp):
        d.t(160, y + 33 + i * 6, line, size, bold=i in (0, 5), align="C", color=RED)
    d.t(15, y + 34, "※ 應稅、零稅率、免稅之銷售額應分別開立統一發票，並應於各該欄註記「■」。", 7.8)
    d.t(15, y + 40, "※ 本發票依營業人使用收銀機開立統一發票管理辦法規定列印。", 7.8)
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-01-22",
        due_date=None,
        total=total,
        currency="TWD",
        vendor_name=vendor,
        subtotal=sub,
        tax=tax,
        lang="zh",
        template="tw_uniform_triplicate",
        producer="reportlab",
    )


SPECS = [
    Spec("at_tw_uniform_invoice", "Taiwan", "Traditional Chinese", "reportlab", tw_uniform),
    Spec("at_hk_invoice_hkd", "Hong Kong", "Traditional Chinese", "chromium", hk_invoice),
    Spec("at_mo_factura_mop", "Macau", "Traditional Chinese + Portuguese", "reportlab", mo_invoice),
    Spec("at_sg_tax_invoice_zh", "Singapore", "Simplified Chinese + English", "fpdf2", sg_invoice),
]
