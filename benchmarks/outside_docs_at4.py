"""Mainland China: a 服务费请款单 (fpdf2), a bilingual 形式发票 in CNY (ReportLab) and a 增值税专用发票-like
grid with 价税合计 (fpdf2)."""

from __future__ import annotations

import random
from pathlib import Path

from outside_docs_at1 import D, Spec, cjk_ttf, cn_upper, en_words, fmt, make_key
from outside_docs_at2 import FP, RL, rl_register, table_rows

RED = "#c62828"


def cn_service(pdf_path: Path, work: Path) -> dict:
    d = FP("服务费请款单", {"sc": (cjk_ttf("sc", work), cjk_ttf("sc", work, bold=True))}, "sc")
    inv, vendor = "QK-20250120-016", "上海澄远企业管理咨询有限公司"
    items = [
        ("战略咨询顾问服务费", "2024.10—2024.12", D("30000")),
        ("组织架构优化方案设计", "2024.11—2024.12", D("12000")),
        ("管理层培训课程（3场）", "2024.12", D("8000")),
    ]
    sub = sum(a for *_, a in items)
    tax = sub * D("0.06")
    total = sub + tax
    d.t(105, 20, vendor, 17, bold=True, align="C", color="#0d47a1")
    d.t(105, 25.5, "Shanghai Chengyuan Management Consulting Co., Ltd.", 8.5, align="C", color="#555555")
    d.line(15, 28.5, 195, 28.5, color="#0d47a1", lw=0.9)
    d.line(15, 29.6, 195, 29.6, color="#0d47a1", lw=0.3)
    d.t(105, 42, "服务费请款单", 19, bold=True, align="C")
    info = [
        ("客户名称：", "杭州青禾电子商务有限公司", "单　　号：", inv),
        ("联 系 人：", "王丽（财务部）", "请款日期：", "2025年1月20日"),
        ("服务项目：", "2024年第四季度管理咨询服务", "付款期限：", "2025年2月19日"),
    ]
    for i, (k1, v1, k2, v2) in enumerate(info):
        y = 54 + i * 7
        d.t(15, y, k1, 9.5, bold=True)
        d.t(35, y, v1, 9.5)
        d.t(128, y, k2, 9.5, bold=True)
        d.t(148, y, v2, 9.5)
    rows = [["序号", "服务内容", "服务期间", "金额（元）"]]
    rows += [[str(i + 1), n, p, fmt(a)] for i, (n, p, a) in enumerate(items)]
    rows += [["", "", "", ""]] * 2
    y = table_rows(d, 15, 78, [16, 84, 42, 38], rows, "CLCR", size=9.5, h=8.5, header_fill="#e3f2fd")
    for lab, val, bold in [
        ("不含税金额合计", fmt(sub), False),
        ("增值税（税率6%）", fmt(tax), False),
        ("价税合计（小写）", "¥" + fmt(total), True),
    ]:
        d.rect(15, y, 142, 8.5, color="#555555", fill="#fafafa")
        d.rect(157, y, 38, 8.5, color="#555555")
        d.t(153, y + 5.8, lab, 9.5, bold=bold, align="R")
        d.t(193, y + 5.8, val, 10 if bold else 9.5, bold=bold, align="R")
        y += 8.5
    d.rect(15, y, 180, 8.5, color="#555555")
    d.t(18, y + 5.8, "价税合计（大写）：人民币" + cn_upper(total), 9.5, bold=True)
    y += 18
    d.t(15, y, "说明：", 9.5, bold=True)
    d.t(15, y + 6, "1. 请于付款期限前将上述款项汇入以下账户，我司收款后三个工作日内开具增值税专用发票。", 9)
    d.t(15, y + 11.5, "2. 汇款时请注明单号，如有疑问请联系 021-6858 3370（财务部 周先生）。", 9)
    d.rect(15, y + 18, 112, 30, color="#0d47a1", lw=0.5)
    bank = [
        ("户　　名：", vendor),
        ("开户银行：", "招商银行上海陆家嘴支行"),
        ("账　　号：", "1219 0876 5410 301"),
        ("纳税人识别号：", "91310115MA1H7P3C2K"),
    ]
    for i, (k, v) in enumerate(bank):
        d.t(18, y + 25 + i * 6.3, k, 9, bold=True)
        d.t(44, y + 25 + i * 6.3, v, 9)
    d.t(140, y + 26, "请款单位（盖章）：", 9)
    d.t(140, y + 44, "日期：2025年1月20日", 9)
    d.seal(172, y + 35, 17, vendor, "★\n财务专用章", ring_size=7.2, center_size=9)
    d.line(15, 284, 195, 284, color="#0d47a1")
    d.t(105, 289, "地址：上海市浦东新区世纪大道1168号东方金融广场B座1907室　邮编 200120", 7.5, align="C")
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-01-20",
        due_date="2025-02-19",
        total=total,
        currency="CNY",
        vendor_name=vendor,
        subtotal=sub,
        tax=tax,
        lang="zh",
        template="cn_service_qingkuan",
        producer="fpdf2",
    )


def cn_proforma(pdf_path: Path, work: Path) -> dict:
    r = rl_register("NotoSansSC-AT", cjk_ttf("sc", work))
    b = rl_register("NotoSansSC-AT-B", cjk_ttf("sc", work, bold=True))
    d = RL(pdf_path, "形式发票 PROFORMA INVOICE", r, b)
    inv, vendor = "HD-PI-25017", "宁波海曙恒达五金制品有限公司"
    items = [
        ('不锈钢合页 SS304 4"×3"', "Stainless steel hinge", 12000, "pcs", D("2.35")),
        ("锌合金门吸 ZD-08", "Zinc alloy door stopper", 5000, "pcs", D("4.80")),
        ("三节抽屉滑轨 450mm", "Ball-bearing drawer slide", 1500, "pairs", D("15.90")),
        ("铝合金拉手 128mm", "Aluminium cabinet handle", 8000, "pcs", D("1.30")),
    ]
    total = sum(q * p for *_, q, _, p in items)
    d.t(15, 20, vendor, 15, bold=True)
    d.t(15, 25.5, "NINGBO HAISHU HENGDA HARDWARE PRODUCTS CO., LTD.", 8.5, color="#444444")
    d.t(15, 30.5, "浙江省宁波市海曙区望春工业园区杉杉路288号  Tel: +86-574-8812 6630", 8)
    d.t(195, 21, "形式发票", 19, bold=True, align="R", color="#b71c1c")
    d.t(195, 27.5, "PROFORMA INVOICE", 10, bold=True, align="R", color="#b71c1c")
    d.line(15, 34, 195, 34, color="#b71c1c", lw=1.2)
    d.rect(15, 38, 95, 34, color="#777777")
    d.t(18, 44, "买方 Buyer:", 9, bold=True)
    for i, line in enumerate(
        [
            "PT. SINAR JAYA MAKMUR",
            "Jl. Industri Raya Blok C3 No. 12",
            "Cikarang, Bekasi 17530, Indonesia",
            "Attn: Mr. Hendra Wijaya",
        ]
    ):
        d.t(18, 50 + i * 5, line, 8.5)
    meta = [
        ("发票号 PI No.:", inv),
        ("日期 Date:", "2025-01-08"),
        ("有效期 Valid until:", "2025-02-07"),
        ("贸易条款 Terms:", "FOB Ningbo"),
        ("付款方式 Payment:", "30% T/T 定金，70% 见提单副本"),
        ("交货期 Delivery:", "收到定金后25天"),
    ]
    for i, (k, v) in enumerate(meta):
        d.rect(112, 38 + i * 5.7, 36, 5.7, color="#777777", fill="#f5f5f5")
        d.rect(148, 38 + i * 5.7, 47, 5.7, color="#777777")
        d.t(113.5, 42 + i * 5.7, k, 7.3, bold=True)
        d.t(149.5, 42 + i * 5.7, v, 7.6)
    rows = [["No.", "品名及规格 Description", "数量 Qty", "单位", "单价 CNY", "金额 CNY"]]
    for i, (cn, en, q, u, p) in enumerate(items):
        rows.append([str(i + 1), f"{cn} / {en}", fmt(q, 0), u, fmt(p), fmt(q * p)])
    y = table_rows(d, 15, 80, [10, 82, 20, 14, 24, 30], rows, "CLRCRR", size=7.8, h=8, header_fill="#ffebee")
    d.rect(15, y, 150, 9, color="#777777", fill="#ffebee")
    d.rect(165, y, 30, 9, color="#777777")
    d.t(162, y + 6, "合计 TOTAL（人民币 CNY）", 9, bold=True, align="R")
    d.t(193.5, y + 6, fmt(total), 10, bold=True, align="R")
    d.t(15, y + 17, "人民币大写：" + cn_upper(total), 9, bold=True)
    words = en_words(int(total)).upper()
    d.t(15, y + 23, f"SAY TOTAL CHINESE YUAN {words} ONLY.", 8.3)
    by = y + 34
    d.t(15, by, "银行资料 Bank information", 9, bold=True, color="#b71c1c")
    for i, line in enumerate(
        [
            "开户行 Bank: 中国银行宁波市分行 BANK OF CHINA NINGBO BRANCH",
            "SWIFT: BKCHCNBJ92A　　账号 A/C No.: 3578 5862 1209",
            f"户名 Beneficiary: {vendor}",
        ]
    ):
        d.t(15, by + 6 + i * 5, line, 8.3)
    d.t(
        15,
        by + 26,
        "包装：出口标准纸箱，每箱附中英文标签。Packing: export carton, labels in Chinese/English.",
        8,
    )
    d.t(
        15,
        by + 31,
        "本形式发票仅供买方办理进口许可及付款之用。For import licence and advance payment only.",
        8,
    )
    d.t(15, by + 48, "买方确认 Buyer's confirmation:", 8.5)
    d.line(15, by + 62, 80, by + 62)
    d.t(130, by + 48, "卖方签章 Seller's stamp:", 8.5)
    d.seal(170, by + 68, 16, vendor, "★", ring_size=6.8, center_size=13)
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-01-08",
        due_date=None,
        total=total,
        currency="CNY",
        vendor_name=vendor,
        subtotal=None,
        tax=None,
        lang="zh",
        template="cn_proforma_bilingual",
        producer="reportlab",
    )


def cn_vat_special(pdf_path: Path, work: Path) -> dict:
    d = FP("增值税专用发票", {"sc": (cjk_ttf("sc", work), cjk_ttf("sc", work, bold=True))}, "sc")
    brown, blue = "#8d4a22", "#1a237e"
    inv, vendor = "04412345", "上海恒锐自动化设备有限公司"
    items = [
        ("*工业自动化设备*可编程控制器", "PLC-200", "台", 5, D("6800.00")),
        ("*电机*交流伺服电机", "SM-750W", "台", 8, D("2450.00")),
        ("*电线电缆*屏蔽控制电缆", "RVVP 4×1.0", "米", 300, D("12.50")),
    ]
    nets = [q * p for *_, q, p in items]
    taxes = [(n * D("0.13")).quantize(D("0.01")) for n in nets]
    sub, tax = sum(nets), sum(taxes)
    total = sub + tax
    d.t(15, 18, "3100243130", 11, color=blue)
    d.pdf.set_draw_color(198, 40, 40)
    d.pdf.set_line_width(0.6)
    d.pdf.ellipse(90, 8, 30, 17, style="D")
    d.t(105, 14, "全国统一发票监制章", 5.8, bold=True, align="C", color=RED)
    d.t(105, 19, "上　海", 7.5, bold=True, align="C", color=RED)
    d.t(105, 23, "国家税务总局监制", 5, align="C", color=RED)
    d.t(105, 32, "上海增值税专用发票", 19, bold=True, align="C", color=brown)
    d.line(72, 34.5, 138, 34.5, color=brown, lw=0.5)
    d.line(72, 35.5, 138, 35.5, color=brown, lw=0.5)
    d.t(105, 41, "发　票　联", 10, align="C", color=brown)
    d.t(150, 18, "No", 11, bold=True, color=brown)
    d.t(158, 18, inv, 15, bold=True, color=blue)
    d.t(150, 40, "开票日期：", 8.5, color=brown)
    d.t(166, 40, "2025年01月16日", 9, color=blue)
    x0, y0, w = 12, 44, 186
    d.rect(x0, y0, w, 124, color=brown, lw=0.6)

    def party(y, label, lines):
        d.rect(x0, y, 8, 24, color=brown)
        for i, ch in enumerate(label):
            d.t(x0 + 4, y + 6 + i * 5.2, ch, 8.5, align="C", color=brown)
        keys = ["名　　称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
        for i, (k, v) in enumerate(zip(keys, lines, strict=True)):
            d.t(x0 + 10, y + 5.2 + i * 5.6, k, 7.8, color=brown)
            d.t(x0 + 33, y + 5.2 + i * 5.6, v, 8, color=blue)

    party(
        y0,
        "购买方",
        [
            "苏州新澄精密机械有限公司",
            "91320594MA1MX2KL8U",
            "苏州工业园区星湖街328号 0512-6295 7741",
            "中国工商银行苏州园区支行 1102 0212 0900 0487 563",
        ],
    )
    d.rect(x0 + 112, y0, 8, 24, color=brown)
    for i, ch in enumerate("密码区"):
        d.t(x0 + 116, y0 + 7 + i * 5.5, ch, 8.5, align="C", color=brown)
    rng = random.Random(4412345)
    for i in range(4):
        code = "".join(rng.choice("0123456789<>+-*/") for _ in range(27))
        d.t(x0 + 122, y0 + 5.5 + i * 5.4, code, 7.4, color=blue)
    d.line(x0 + 112, y0, x0 + 112, y0 + 24, color=brown)
    d.line(x0, y0 + 24, x0 + w, y0 + 24, color=brown)
    cols = [
        ("货物或应税劳务、服务名称", 52),
        ("规格型号", 22),
        ("单位", 12),
        ("数量", 16),
        ("单价", 22),
        ("金额", 26),
        ("税率", 12),
        ("税额", 24),
    ]
    cx, ty = x0, y0 + 24
    for name, cw in cols:
        d.t(cx + cw / 2, ty + 5, name, 7.8, align="C", color=brown)
        cx += cw
    for i, ((name, spec, unit, q, p), n, t) in enumerate(zip(items, nets, taxes, strict=True)):
        yy = ty + 12 + i * 6
        vals = [name, spec, unit, str(q), f"{p:.2f}", f"{n:.2f}", "13%", f"{t:.2f}"]
        cx = x0
        for (_, cw), v, al in zip(cols, vals, "LLCRRRCR", strict=True):
            tx = cx + 1.2 if al == "L" else cx + cw - 1.2 if al == "R" else cx + cw / 2
            d.t(tx, yy, v, 7.8, align=al, color=blue)
            cx += cw
    d.line(x0, ty + 58, x0 + w, ty + 58, color=brown)
    d.t(x0 + 26, ty + 63.5, "合　　计", 8.5, align="C", color=brown)
    d.t(x0 + 150, ty + 63.5, f"¥{sub:.2f}", 8.5, align="R", color=blue)
    d.t(x0 + w - 1.5, ty + 63.5, f"¥{tax:.2f}", 8.5, align="R", color=blue)
    d.line(x0, ty + 66, x0 + w, ty + 66, color=brown)
    d.t(x0 + 2, ty + 71.5, "价税合计（大写）", 8.5, color=brown)
    d.t(x0 + 32, ty + 71.5, "⊗" + cn_upper(total), 9, bold=True, color=blue)
    d.t(x0 + 128, ty + 71.5, "（小写）", 8.5, color=brown)
    d.t(x0 + 143, ty + 71.5, f"¥{total:.2f}", 9.5, bold=True, color=blue)
    d.line(x0, ty + 74, x0 + w, ty + 74, color=brown)
    for xx in (x0 + 52, x0 + 74, x0 + 86, x0 + 102, x0 + 124, x0 + 150, x0 + 162):
        d.line(xx, ty, xx, ty + 66, color=brown, lw=0.2)
    party(
        ty + 74,
        "销售方",
        [
            vendor,
            "91310115MA1K4B2X7Q",
            "上海市浦东新区康桥东路1098号 021-5812 6630",
            "中国建设银行上海康桥支行 3105 0161 3600 0000 2748",
        ],
    )
    d.line(x0 + 112, ty + 74, x0 + 112, ty + 98, color=brown)
    d.rect(x0 + 112, ty + 74, 8, 24, color=brown)
    for i, ch in enumerate("备注"):
        d.t(x0 + 116, ty + 82 + i * 6, ch, 8.5, align="C", color=brown)
    d.t(x0 + 122, ty + 80, "合同号：HR-2024-1187", 8, color=blue)
    d.t(x0 + 122, ty + 86, "发货单：FH250116-03", 8, color=blue)
    d.t(15, 176, "收款人：陈静", 8.5, color=brown)
    d.t(62, 176, "复核：刘洋", 8.5, color=brown)
    d.t(105, 176, "开票人：张敏", 8.5, color=brown)
    d.t(150, 176, "销售方：（章）", 8.5, color=brown)
    d.pdf.set_draw_color(198, 40, 40)
    d.pdf.set_line_width(0.7)
    d.pdf.ellipse(160, 160, 36, 24, style="D")
    d.t(178, 167.5, vendor, 5.6, bold=True, align="C", color=RED)
    d.t(178, 173.5, "91310115MA1K4B2X7Q", 6.5, bold=True, align="C", color=RED)
    d.t(178, 179.5, "发票专用章", 7.5, bold=True, align="C", color=RED)
    d.t(15, 190, "第二联：发票联　购买方记账凭证", 8, color=brown)
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-01-16",
        due_date=None,
        total=total,
        currency="CNY",
        vendor_name=vendor,
        subtotal=sub,
        tax=tax,
        lang="zh",
        template="cn_vat_special_grid",
        producer="fpdf2",
    )


SPECS = [
    Spec("at_cn_service_qingkuan", "China", "Simplified Chinese", "fpdf2", cn_service),
    Spec("at_cn_proforma_cny", "China", "Simplified Chinese + English", "reportlab", cn_proforma),
    Spec("at_cn_vat_special", "China", "Simplified Chinese", "fpdf2", cn_vat_special),
]
