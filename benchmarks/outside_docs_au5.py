"""Korea: a 거래명세서 with supplier grid and per-line 세액 (ReportLab).  China: a fully digitalised
电子发票（普通发票） with 13% / 6% lines and the amount in financial capitals (fpdf2)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, cjk_ttf, fmt, make_key
from outside_docs_au2 import cn_upper, ko_words
from outside_docs_au3 import FP, RL, grid

BLUE = "#1f4e9c"
BROWN = "#9a4b2b"


def kr_georae(pdf_path: Path, work: Path) -> dict:
    d = RL(pdf_path, "거래명세서", {"r": cjk_ttf("ko", work), "b": cjk_ttf("ko", work, bold=True)})
    inv, vendor = "2025-0217-05", "(주)대성주방산업"
    items = [
        ("02/17", "업소용 가스레인지 3구", "DS-GR300", 1, D(1250000)),
        ("02/17", "스텐 작업대", "1500×700×800", 2, D(320000)),
        ("02/17", "스텐 싱크대 2조", "1200×600", 1, D(480000)),
        ("02/17", "벽선반 2단", "1200×350", 3, D(95000)),
        ("02/17", "설치비 (가스배관 연결 포함)", "식", 1, D(150000)),
    ]
    lines = [(dt, n, s, q, p, q * p, q * p * D("0.1")) for dt, n, s, q, p in items]
    sub = sum(x[5] for x in lines)
    tax = sum(x[6] for x in lines)
    total = sub + tax
    d.rect(12, 12, 186, 190, color=BLUE, lw=1.2)
    d.t(105, 24, "거  래  명  세  서", 20, bold=True, align="C", color=BLUE)
    d.t(105, 30, "(공급받는자 보관용)", 8.5, align="C", color=BLUE)
    d.t(16, 20, f"No. {inv}", 9, color=BLUE)
    # left: date and customer
    d.t(16, 42, "2025년 2월 17일", 10.5)
    d.t(16, 53, "한식당 소담정", 13, bold=True)
    d.t(72, 53, "귀하", 11)
    d.line(16, 55, 82, 55, color=BLUE)
    d.t(16, 62, "아래와 같이 계산합니다.", 9)
    d.t(16, 70, "합계금액", 9, color=BLUE)
    d.t(16, 77, f"일금 {ko_words(int(total))}원정", 10.5, bold=True)
    d.t(16, 83, f"(₩{fmt(total, 0)})", 10.5, bold=True)
    # right: supplier grid
    x0, y0, rh = 92, 36, 8.5
    d.rect(x0, y0, 8, rh * 5, color=BLUE, fill="#e8eef9")
    for i, ch in enumerate("공급자"):
        d.t(x0 + 4, y0 + 11 + i * 8, ch, 9, True, "C", BLUE)
    cells = [
        [("등록번호", "214-86-37125", 78)],
        [("상호", vendor, 33), ("성명", "박정호", 29)],
        [("주소", "서울특별시 중구 을지로 157, 2층 (산림동)", 78)],
        [("업태", "도소매, 제조", 33), ("종목", "주방기기", 29)],
        [("전화", "02-2265-4180", 33), ("팩스", "02-2265-4181", 29)],
    ]
    for ri, row in enumerate(cells):
        y = y0 + ri * rh
        x = x0 + 8
        for lab, val, w in row:
            d.rect(x, y, 16, rh, color=BLUE, fill="#e8eef9")
            d.t(x + 8, y + 5.7, lab, 8, True, "C", BLUE)
            d.rect(x, y, 16 + w, rh, color=BLUE)
            d.t(x + 18, y + 5.7, val, 8.3 if w < 70 else 8.6, bold=ri == 0)
            x += 16 + w
    d.circle(187, y0 + rh * 1.5, 4.2, color="#d32f2f", lw=1.0)
    d.t(187, y0 + rh * 1.5 + 1.3, "인", 9, True, "C", "#d32f2f")
    rows = [["월일", "품목", "규격", "수량", "단가", "공급가액", "세액"]]
    rows += [[a, b, c, str(q), fmt(p, 0), fmt(v, 0), fmt(t, 0)] for a, b, c, q, p, v, t in lines]
    rows += [[""] * 7] * 4
    rows += [["", "합        계", "", str(sum(x[3] for x in lines)), "", fmt(sub, 0), fmt(tax, 0)]]
    y = grid(
        d,
        12,
        92,
        [14, 52, 28, 12, 26, 30, 24],
        rows,
        "CLCRRRR",
        size=8.5,
        h=7.5,
        head_fill="#e8eef9",
        color=BLUE,
    )
    d.rect(12, y, 186, 9, color=BLUE, fill="#e8eef9")
    d.t(16, y + 6, "공급가액", 9, True, color=BLUE)
    d.t(70, y + 6, fmt(sub, 0), 9.5, align="R")
    d.t(76, y + 6, "세액", 9, True, color=BLUE)
    d.t(118, y + 6, fmt(tax, 0), 9.5, align="R")
    d.t(124, y + 6, "합계금액", 9, True, color=BLUE)
    d.t(194, y + 6, fmt(total, 0), 10.5, bold=True, align="R")
    y += 9
    d.rect(12, y, 186, 20, color=BLUE)
    d.t(16, y + 7, "입금계좌: 국민은행 812301-04-227519  예금주 (주)대성주방산업", 8.8)
    d.t(16, y + 14, "※ 설치 후 7일 이내 하자 발생 시 무상 A/S. 세금계산서는 월말 일괄 발행합니다.", 8.3)
    d.t(150, y + 14, "인수자 :              (인)", 9)
    d.t(
        105,
        214,
        "대성주방산업 | 업소용 주방기기 제작·설치 | www.daesungkitchen.co.kr",
        7.5,
        align="C",
        color="#777777",
    )
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-02-17",
        due_date=None,
        total=total,
        currency="KRW",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=tax,
        lang="ko",
        country="South Korea",
        template="kr_georae_myeongse_supplier_grid",
        producer="reportlab",
    )


def cn_putong(pdf_path: Path, work: Path) -> dict:
    fonts = {
        "r": cjk_ttf("sc", work),
        "b": cjk_ttf("sc", work, bold=True),
        "s": cjk_ttf("sc", work, True, True),
    }
    d = FP("电子发票（普通发票）", fonts)
    inv, vendor = "25442000000087654321", "广州市彩印坊文化传播有限公司"
    items = [
        ("*印刷品*企业宣传画册", "A4 32P", "本", 500, D("18.00"), D("0.13")),
        ("*纸制品*手提纸袋", "320×250×110", "个", 500, D("3.20"), D("0.13")),
        ("*设计服务*画册版式设计费", "", "项", 1, D("2800.00"), D("0.06")),
        ("*印刷品*名片", "90×54mm", "盒", 20, D("45.00"), D("0.13")),
    ]
    lines = [(n, s, u, q, p, q * p, r, (q * p * r).quantize(D("0.01"))) for n, s, u, q, p, r in items]
    sub = sum(x[5] for x in lines)
    tax = sum(x[7] for x in lines)
    total = sub + tax
    d.t(105, 22, "电子发票（普通发票）", 19, align="C", color=BROWN, font="s")
    d.line(68, 25, 142, 25, color=BROWN, lw=0.5)
    d.line(68, 26.2, 142, 26.2, color=BROWN, lw=0.5)
    d.circle(34, 22, 10, color=BROWN, lw=0.5)
    d.t(34, 20.5, "全国统一", 6.5, True, "C", BROWN)
    d.t(34, 25.5, "发票监制", 6.5, True, "C", BROWN)
    d.t(150, 16, "发票号码：", 9, color=BROWN)
    d.t(168, 16, inv, 9)
    d.t(150, 22, "开票日期：", 9, color=BROWN)
    d.t(168, 22, "2025年01月20日", 9)
    # buyer / seller boxes
    top = 32
    d.rect(12, top, 186, 30, color=BROWN, lw=0.5)
    d.line(105, top, 105, top + 30, color=BROWN)
    for x, title, name, tid in (
        (12, "购买方信息", "深圳市前海云帆科技有限公司", "91440300MA5G8K2X7N"),
        (105, "销售方信息", vendor, "91440101MA59Q3LR4C"),
    ):
        d.line(x + 8, top, x + 8, top + 30, color=BROWN)
        for i, ch in enumerate(title):
            d.t(x + 4, top + 5 + i * 5, ch, 8, align="C", color=BROWN)
        d.t(x + 11, top + 11, "名称：", 8.5, color=BROWN)
        d.t(x + 21, top + 11, name, 8.8, bold=True)
        d.t(x + 11, top + 20, "统一社会信用代码/纳税人识别号：", 8, color=BROWN)
        d.t(x + 11, top + 26, tid, 9)
    # items
    y = top + 30
    cols = [
        ("项目名称", 50, "L"),
        ("规格型号", 24, "L"),
        ("单位", 10, "C"),
        ("数量", 14, "R"),
        ("单价", 20, "R"),
        ("金额", 24, "R"),
        ("税率/征收率", 18, "C"),
        ("税额", 26, "R"),
    ]
    d.rect(12, y, 186, 72, color=BROWN, lw=0.5)
    x = 12
    for name, w, _ in cols:
        d.t(x + w / 2, y + 5.5, name, 8.5, align="C", color=BROWN)
        x += w
    for i, (n, s, u, q, p, a, r, t) in enumerate(lines):
        vals = [n, s, u, str(q), fmt(p), fmt(a), f"{int(r * 100)}%", fmt(t)]
        x = 12
        for (_, w, al), v in zip(cols, vals, strict=True):
            tx = x + 1.5 if al == "L" else x + w - 1.5 if al == "R" else x + w / 2
            d.t(tx, y + 13 + i * 6.5, v, 8.3, align=al)
            x += w
    d.t(18, y + 68, "合　　计", 9, color=BROWN)
    d.t(152, y + 68, f"¥{fmt(sub)}", 9, align="R")
    d.t(196, y + 68, f"¥{fmt(tax)}", 9, align="R")
    y += 72
    d.rect(12, y, 186, 10, color=BROWN, lw=0.5)
    d.line(50, y, 50, y + 10, color=BROWN)
    d.t(31, y + 6.5, "价税合计（大写）", 9, align="C", color=BROWN)
    d.t(54, y + 6.5, f"ⓧ {cn_upper(total)}", 9.5, bold=True)
    d.t(140, y + 6.5, "（小写）", 9, color=BROWN)
    d.t(156, y + 6.5, f"¥{fmt(total)}", 10, bold=True)
    y += 10
    d.rect(12, y, 186, 22, color=BROWN, lw=0.5)
    d.line(20, y, 20, y + 22, color=BROWN)
    for i, ch in enumerate("备注"):
        d.t(16, y + 9 + i * 6, ch, 8.5, align="C", color=BROWN)
    d.t(23, y + 7, "合同编号：CY-HT-2024-1217；交付地点：深圳市南山区前海深港合作区前湾一路1号", 8.3)
    d.t(23, y + 13, "销方开户银行：中国工商银行广州天河支行；银行账号：3602 0012 0920 0187 456", 8.3)
    d.t(23, y + 19, "购方开户银行：招商银行深圳前海分行；银行账号：7559 3821 0710 606", 8.3)
    d.t(14, y + 29, "开票人：", 9, color=BROWN)
    d.t(28, y + 29, "梁晓敏", 9)
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-01-20",
        due_date=None,
        total=total,
        currency="CNY",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=tax,
        lang="zh-Hans",
        country="China",
        template="cn_quandian_putong_fapiao",
        producer="fpdf2",
    )


SPECS = [
    Spec("au_kr_georae_myeongse", "South Korea", "Hangul", "reportlab", kr_georae),
    Spec("au_cn_dianzi_putong_fapiao", "China", "Simplified Chinese", "fpdf2", cn_putong),
]
