"""China: a bilingual export 商业发票 / COMMERCIAL INVOICE in USD, FOB, no tax (WeasyPrint).  Taiwan: a
design studio's 請款單 dated in the Minguo era with 5% 營業稅 and the amount in financial capitals
(WeasyPrint)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, make_key
from outside_docs_au2 import cn_upper, en_words
from outside_docs_au3 import esc, html_page, weasy_pdf

CI_CSS = """
.pg{width:210mm;height:297mm;padding:12mm 13mm}
.hd{text-align:center;border-bottom:2px solid #000;padding-bottom:2mm}
.hd .zh{font-size:17pt;font-weight:700;letter-spacing:1pt} .hd .en{font-size:11pt;font-weight:700}
.hd .ad{font-size:8pt}
.ti{text-align:center;font-size:15pt;font-weight:700;margin:3mm 0 2mm;letter-spacing:2pt}
.bx{width:100%;border:1px solid #000} .bx td{border:1px solid #000;font-size:8.5pt}
.k{font-size:7.5pt;color:#333;display:block}
.it{margin-top:3mm} .it th{border:1px solid #000;background:#eee;font-size:8pt;padding:1.5mm}
.it td{border:1px solid #000;font-size:8.3pt;padding:1.6mm}
.say{margin-top:3mm;font-size:9pt;font-weight:700}
.sg{margin-top:10mm;display:flex;justify-content:flex-end}
.st{width:70mm;text-align:center;font-size:8.5pt}
.ov{display:inline-block;border:2px solid #c62828;color:#c62828;border-radius:50%;padding:5mm 4mm;
 font-size:7pt;font-weight:700;transform:rotate(-8deg)}
"""


def cn_export(pdf_path: Path, work: Path) -> dict:
    inv, vendor, alt = "HR25E0137", "宁波恒润进出口有限公司", "NINGBO HENGRUN IMPORT & EXPORT CO., LTD."
    items = [
        (
            "HR-GT01",
            "不锈钢园艺小铲",
            "Stainless steel garden trowel",
            "8201.10",
            6000,
            "PCS",
            D("0.86"),
            100,
        ),
        ("HR-PS08", "8寸修枝剪", "Bypass pruning shears 8 inch", "8201.50", 4800, "PCS", D("2.35"), 40),
        (
            "HR-GH15",
            "15米花园水管套装",
            "Garden hose set 15 m with nozzle",
            "3917.39",
            2400,
            "SETS",
            D("6.48"),
            12,
        ),
        ("HR-TR22", "铝合金伸缩耙", "Aluminium telescopic rake", "8201.30", 1800, "PCS", D("4.12"), 20),
        ("HR-KP40", "园艺跪垫", "EVA garden kneeler pad", "3926.90", 3650, "PCS", D("0.95"), 50),
    ]
    total = sum(q * p for *_, q, _, p, _ in items)
    ctns = sum(q // per for *_, q, _, _, per in items)
    rows = "".join(
        f"<tr><td>{c}</td><td>{esc(en)}<br>{zh}</td><td class='c'>{hs}</td><td class='r'>{fmt(q, 0)} {u}</td>"
        f"<td class='r'>{fmt(p)}</td><td class='r'>{fmt(q * p)}</td></tr>"
        for c, zh, en, hs, q, u, p, _ in items
    )
    dollars, cents = int(total), int((total - int(total)) * 100)
    words = f"SAY U.S. DOLLARS {en_words(dollars).upper()}" + (
        f" AND CENTS {en_words(cents).upper()}" if cents else ""
    )
    body = f"""<div class="pg">
<div class="hd"><div class="zh">{vendor}</div><div class="en">{esc(alt)}</div>
<div class="ad">中国浙江省宁波市鄞州区天童南路588号宁波商会国贸中心A座1906室　Room 1906, Tower A, No. 588
Tiantong South Road,
Yinzhou, Ningbo 315100, Zhejiang, China　Tel: +86-574-8790 3162　hr-export@hengrun-nb.cn</div></div>
<div class="ti">商业发票 COMMERCIAL INVOICE</div>
<table class="bx"><tr><td rowspan="3" style="width:52%"><span class="k">买方 To Messrs.:</span>
<b>JARDINES VERDES DISTRIBUIDORA SpA</b>
<br>Av. Américo Vespucio 1385, Bodega 14<br>Quilicura, Santiago, Chile<br>
RUT 76.845.213-9</td>
<td><span class="k">发票号 Invoice No.:</span><b>{inv}</b></td></tr>
<tr><td><span class="k">日期 Date:</span>Feb. 26, 2025</td></tr>
<tr><td><span class="k">合同号 S/C No.:</span>JV-HR-2024-112</td></tr>
<tr><td><span class="k">起运港 From:</span>Ningbo, China　<span class="k">目的港 To:</span>San Antonio,
Chile</td>
<td><span class="k">贸易条款 Terms of delivery:</span>FOB NINGBO (Incoterms 2020)</td></tr>
<tr><td><span class="k">运输方式 Shipped per:</span>M/V MSC ARIANE V.507W, 1×40'HQ</td>
<td><span class="k">付款方式 Payment:</span>T/T 30% deposit, 70% against copy of B/L</td></tr></table>
<table class="it"><tr><th style="width:15mm">货号<br>Item No.</th><th>品名及规格<br>Description of goods</th>
<th>HS Code</th><th>数量<br>Quantity</th><th>单价<br>Unit price (USD)</th><th>金额<br>Amount (USD)</th>
</tr>{rows}
<tr><td colspan="3" class="b">合计 TOTAL　FOB NINGBO</td><td class="r b">{ctns} CTNS</td><td></td>
<td class="r b">USD {fmt(total)}</td></tr></table>
<div class="say">{words} ONLY.</div>
<table class="bx" style="margin-top:3mm"><tr><td style="width:50%"><span class="k">唛头 Shipping marks:</span>
JARDINES VERDES / SANTIAGO / C/No. 1-{ctns} / MADE IN CHINA</td>
<td><span class="k">包装 Packing:</span>{ctns} cartons; N.W. 9,846.00 KGS; G.W. 10,912.50 KGS; 58.60
CBM</td></tr>
<tr><td colspan="2"><span class="k">受益人银行 Beneficiary's bank:</span>Bank of China, Zhejiang Branch,
Ningbo Yinzhou
Sub-branch　SWIFT BKCHCNBJ92B　A/C No. 3589 7412 6630 (USD)</td></tr></table>
<div class="sg"><div class="st"><span class="ov">宁波恒润进出口有限公司<br>★ 发票专用章 ★</span><br><br>
For and on behalf of<br><b>{esc(alt)}</b><br>Authorized signature</div></div></div>"""
    font = '"Noto Sans CJK SC","Noto Sans",sans-serif'
    weasy_pdf(html_page(body, lang="zh-CN", font=font, css=CI_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-26",
        due_date=None,
        total=total,
        currency="USD",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=None,
        tax=None,
        lang="zh-Hans+en",
        country="China",
        template="cn_export_commercial_invoice_fob",
        producer="weasyprint",
    )


TW_CSS = """
.pg{width:210mm;height:297mm;padding:14mm 16mm;position:relative}
.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #2e7d32;
 padding-bottom:3mm}
.co{font-size:18pt;font-weight:700;color:#2e7d32} .en{font-size:8pt;letter-spacing:1.5pt;color:#555}
.ti{font-size:24pt;font-weight:700;letter-spacing:8pt;color:#2e7d32}
.cards{display:flex;gap:3mm;margin-top:5mm} .cd{flex:1;background:#f1f8e9;padding:2mm 3mm}
.cd .k{font-size:7.5pt;color:#558b2f} .cd .v{font-size:10pt;font-weight:700;margin-top:.5mm}
.to{margin-top:5mm;font-size:10pt}
.it{margin-top:5mm} .it th{background:#2e7d32;color:#fff;font-size:9pt;padding:2mm}
.it td{border-bottom:1px solid #c5e1a5;padding:2.2mm}
.sm{width:85mm;margin-left:auto;margin-top:3mm} .sm td{padding:1.6mm 2mm}
.sm .g td{background:#2e7d32;color:#fff;font-weight:700;font-size:11pt}
.cap{margin-top:3mm;border:1px dashed #558b2f;padding:2mm 3mm;font-size:9.5pt}
.bank{margin-top:6mm;font-size:9pt} .bank td{padding:1mm 2mm}
.seal{position:absolute;right:24mm;top:196mm;width:25mm;height:25mm;border:2px solid #c62828;color:#c62828;
 font-size:9.5pt;font-weight:700;text-align:center;line-height:1.3;padding-top:3.2mm;transform:rotate(-4deg)}
.ft{position:absolute;left:16mm;right:16mm;bottom:10mm;font-size:7.5pt;color:#777;text-align:center}
"""


def tw_qingkuan(pdf_path: Path, work: Path) -> dict:
    inv, vendor, alt = "QK-11402-018", "禾光設計有限公司", "HARVEST LIGHT DESIGN CO., LTD."
    items = [
        ("品牌識別設計（Logo 及標準字）", 1, "式", D(45000)),
        ("名片及信封設計", 1, "式", D(8000)),
        ("官方網站首頁視覺設計", 1, "式", D(36000)),
        ("產品攝影（半日棚拍）", 1, "式", D(12000)),
        ("商品圖片去背修圖", 40, "張", D(150)),
    ]
    sub = sum(q * p for _, q, _, p in items)
    tax = (sub * D("0.05")).quantize(D(1))
    total = sub + tax
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{n}</td><td class='r'>{q}</td><td class='c'>{u}</td>"
        f"<td class='r'>{fmt(p, 0)}</td><td class='r'>{fmt(q * p, 0)}</td></tr>"
        for i, (n, q, u, p) in enumerate(items, 1)
    )
    body = f"""<div class="pg">
<div class="top"><div><div class="co">{vendor}</div><div class="en">{alt}</div>
<div style="font-size:8.5pt;margin-top:1mm">統一編號 83257196　台中市西區美村路一段 221 號 5 樓　(04)
2301-6658</div></div>
<div class="ti">請款單</div></div>
<div class="cards"><div class="cd"><div class="k">請款單號</div><div class="v">{inv}</div></div>
<div class="cd" style="flex:1.5"><div class="k">請款日期</div>
<div class="v">中華民國 114 年 2 月 25 日</div></div>
<div class="cd"><div class="k">付款期限</div><div class="v">114 年 3 月 31 日</div></div>
<div class="cd"><div class="k">專案編號</div><div class="v">P-2411-07</div></div></div>
<div class="to">致：<b>森林小日子烘焙坊</b>（統一編號 54871230）　聯絡人：陳怡君 小姐<br>
地址：台中市南屯區大墩十一街 96 號 1 樓</div>
<table class="it"><tr><th>項次</th><th style="text-align:left">項目說明</th><th>數量</th><th>單位</th>
<th>單價</th>
<th>金額（新臺幣）</th></tr>{rows}</table>
<table class="sm"><tr><td>未稅小計</td><td class="r">{fmt(sub, 0)}</td></tr>
<tr><td>營業稅 5%</td><td class="r">{fmt(tax, 0)}</td></tr>
<tr class="g"><td>含稅總計 NT$</td><td class="r">{fmt(total, 0)}</td></tr></table>
<div class="cap">總計新臺幣（大寫）：<b>{cn_upper(total, traditional=True)}</b></div>
<table class="bank" style="width:120mm"><tr><td class="b" colspan="2">匯款資訊</td></tr>
<tr><td>銀行</td><td>玉山銀行（808）公益分行</td></tr><tr><td>帳號</td><td>0521-940-118372</td></tr>
<tr><td>戶名</td><td>{vendor}</td></tr></table>
<div style="margin-top:4mm;font-size:8.5pt">※ 款項確認入帳後開立統一發票（三聯式）寄送。匯款手續費請由
貴公司負擔，謝謝。</div>
<div class="seal">禾光設計<br>有限公司<br>發票章</div>
<div class="ft">{vendor}｜品牌設計・網站設計・商業攝影｜hello@harvestlight.tw</div></div>"""
    font = '"Noto Sans CJK TC","Noto Sans",sans-serif'
    weasy_pdf(html_page(body, lang="zh-TW", font=font, css=TW_CSS), pdf_path, work)
    return make_key(
        invoice_number=inv,
        date="2025-02-25",
        due_date="2025-03-31",
        total=total,
        currency="TWD",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=tax,
        lang="zh-Hant",
        country="Taiwan",
        template="tw_qingkuandan_cards_minguo",
        producer="weasyprint",
    )


SPECS = [
    Spec("au_cn_export_commercial_inv", "China", "Simplified Chinese + English", "weasyprint", cn_export),
    Spec("au_tw_qingkuan_dan", "Taiwan", "Traditional Chinese", "weasyprint", tw_qingkuan),
]
