"""Japan: a 納品書兼請求書 from a fastener wholesaler (fpdf2, horizontal net/tax/gross row) and a caterer's
適格請求書 with 8% / 10% rates and a per-rate breakdown, dated in 令和 (ReportLab)."""

from __future__ import annotations

from decimal import ROUND_DOWN
from pathlib import Path

from outside_docs_au1 import D, Spec, cjk_ttf, fmt, make_key
from outside_docs_au3 import FP, RL, grid

RED = "#c0392b"


def _y(x) -> str:
    return fmt(x, 0)


def _floor(x):
    return D(x).quantize(D(1), rounding=ROUND_DOWN)


def jp_nouhin(pdf_path: Path, work: Path) -> dict:
    d = FP("納品書兼請求書", {"r": cjk_ttf("ja", work), "b": cjk_ttf("ja", work, bold=True)})
    inv, vendor, alt = "HK-250214-031", "株式会社北星機工", "HOKUSEI KIKO CO., LTD."
    items = [
        ("S-HB1040", "ステンレス六角ボルト M10×40（100本入）", 12, "箱", D(2380)),
        ("S-WS10", "平座金 M10 SUS304（200個入）", 6, "箱", D(1150)),
        ("C-SY18", "水溶性切削油 18L", 2, "缶", D(9800)),
        ("G-NT-L", "ニトリル作業手袋 Lサイズ（100枚入）", 10, "箱", D(1280)),
        ("", "配送料（チャーター便）", 1, "式", D(1500)),
    ]
    sub = sum(q * p for _, _, q, _, p in items)
    tax = _floor(sub * D("0.10"))
    total = sub + tax
    # title band, left
    d.rect(15, 14, 92, 13, color="#1d3557", lw=0.8)
    d.t(61, 23.2, "納品書 兼 請求書", 17, bold=True, align="C", color="#1d3557")
    d.t(15, 34, "伝票番号", 8.5, color="#555555")
    d.t(34, 34, inv, 10, bold=True)
    d.t(15, 40, "納品日", 8.5, color="#555555")
    d.t(34, 40, "2025年2月14日", 9.5)
    d.t(15, 46, "お支払期限", 8.5, color="#555555")
    d.t(34, 46, "2025年3月31日", 9.5)
    # customer
    d.t(15, 60, "東邦精密工業株式会社", 13, bold=True)
    d.t(83, 60, "御中", 11)
    d.line(15, 62.5, 95, 62.5, lw=0.5)
    d.t(15, 68, "〒939-1119 富山県高岡市オフィスパーク7-2", 8.5)
    d.t(15, 73, "ご注文番号：PO-7731-0128　ご担当：資材課 森様", 8.5)
    # vendor block, right, with English line and square seal
    vx = 120
    d.t(vx, 19, vendor, 13.5, bold=True)
    d.t(vx, 24.5, alt, 7.5, color="#555555")
    for i, s in enumerate(
        [
            "〒933-0951 富山県高岡市長慶寺1018-3",
            "TEL 0766-21-4870　FAX 0766-21-4871",
            "登録番号：T4230001008152",
            "営業担当：川端 昌也",
        ]
    ):
        d.t(vx, 31 + i * 5, s, 8.3)
    d.rect(178, 37, 17, 17, color=RED, lw=0.8)
    for i, ch in enumerate("北星機工之印"):
        d.t(190.5 - (i // 3) * 8, 42.6 + (i % 3) * 5.2, ch, 6.8, bold=True, color=RED, align="C")
    d.t(15, 86, "下記のとおり納品いたしましたので、ご請求申し上げます。", 9.5)
    rows = [["品番", "品　名", "数量", "単位", "単価", "金額"]]
    rows += [[c, n, str(q), u, _y(p), _y(q * p)] for c, n, q, u, p in items]
    rows += [["", "", "", "", "", ""]] * 3
    y = grid(d, 15, 90, [22, 76, 14, 12, 25, 31], rows, "LLRCRR", size=8.8, h=8, head_fill="#dfe7f1")
    # horizontal net / tax / gross row
    y += 5
    heads = ["税抜合計（10%対象）", "消費税（10%）", "今回ご請求額（税込）"]
    vals = [sub, tax, total]
    for i, (h, v) in enumerate(zip(heads, vals, strict=True)):
        x = 15 + i * 60
        d.rect(x, y, 60, 7, color="#1d3557", fill="#1d3557" if i == 2 else "#dfe7f1")
        d.t(x + 30, y + 4.9, h, 8.5, bold=True, align="C", color="#ffffff" if i == 2 else "#1d3557")
        d.rect(x, y + 7, 60, 11, color="#1d3557", lw=0.6 if i == 2 else 0.3)
        d.t(x + 57, y + 14.7, f"¥{_y(v)}", 12.5 if i == 2 else 11, bold=i == 2, align="R")
    y += 28
    d.t(15, y, "※消費税は伝票単位で計算し、1円未満を切り捨てております。", 8)
    d.t(15, y + 9, "【お振込先】", 9.5, bold=True)
    d.t(15, y + 15, "北陸銀行　高岡支店　普通預金　5032718", 9)
    d.t(15, y + 20.5, "口座名義　カ）ホクセイキコウ", 9)
    d.t(15, y + 26, "※恐れ入りますが振込手数料は貴社にてご負担願います。", 8, color="#555555")
    d.rect(120, y + 6, 75, 24, color="#777777")
    for i, lab in enumerate(["受領印", "検品", "担当"]):
        if i < 2:
            d.line(145 + i * 25, y + 6, 145 + i * 25, y + 30, color="#777777")
        d.t(132.5 + i * 25, y + 11, lab, 8, align="C", color="#555555")
    d.line(120, y + 13, 195, y + 13, color="#777777")
    d.line(15, 282, 195, 282, color="#999999")
    d.t(
        105,
        287,
        "株式会社北星機工　ボルト・ナット・工具・消耗品の総合商社　https://hokusei-kiko.co.jp",
        7.5,
        align="C",
        color="#666666",
    )
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-02-14",
        due_date="2025-03-31",
        total=total,
        currency="JPY",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=tax,
        lang="ja",
        country="Japan",
        template="jp_nouhin_kensei_kyu_row_totals",
        producer="fpdf2",
    )


def jp_tekikaku(pdf_path: Path, work: Path) -> dict:
    d = RL(pdf_path, "請求書", {"r": cjk_ttf("ja", work, serif=True), "b": cjk_ttf("ja", work, True, True)})
    inv, vendor = "0310-0452", "有限会社 四季の膳"
    items = [
        ("幕の内弁当（特上）", True, 35, D(1200)),
        ("鮭のり弁当", True, 20, D(750)),
        ("緑茶 500ml ペットボトル", True, 55, D(120)),
        ("紙おしぼり", False, 55, D(20)),
        ("配送料（区内）", False, 1, D(2000)),
        ("容器回収料", False, 1, D(1500)),
    ]
    b8 = sum(q * p for _, r, q, p in items if r)
    b10 = sum(q * p for _, r, q, p in items if not r)
    t8, t10 = _floor(b8 * D("0.08")), _floor(b10 * D("0.10"))
    sub, tax = b8 + b10, t8 + t10
    total = sub + tax
    # vendor letterhead, top left
    d.t(15, 20, vendor, 14, bold=True)
    d.t(15 + d.width(vendor, 14, True) + 3, 20, "仕出し・お弁当部", 9)
    for i, s in enumerate(
        [
            "〒150-0011 東京都渋谷区東3丁目14-6",
            "電話 03-5466-2231",
            "適格請求書発行事業者登録番号 T6011002047839",
        ]
    ):
        d.t(15, 26.5 + i * 5, s, 8.5)
    d.circle(101, 27, 9, color=RED, lw=1.1)
    d.t(101, 25.6, "四季の膳", 7.5, True, "C", RED)
    d.t(101, 30.6, "之印", 7.5, True, "C", RED)
    d.t(195, 18, "令和7年3月10日", 9.5, align="R")
    d.t(195, 24, f"請求書番号　{inv}", 9.5, align="R")
    d.t(105, 52, "御　請　求　書", 21, bold=True, align="C")
    d.line(60, 55, 150, 55, lw=1.2)
    # customer on the right
    d.t(195, 70, "一般社団法人 渋谷区商店会連合会　御中", 12, bold=True, align="R")
    d.line(110, 72, 195, 72, lw=0.4)
    d.t(195, 77.5, "件名：3月8日 理事会・総会 お弁当代", 9, align="R")
    # amount due
    d.t(15, 70, "ご請求金額（税込）", 10)
    d.t(15, 81, f"金 {_y(total)} 円也", 17, bold=True)
    d.line(15, 83.5, 95, 83.5, lw=0.8)
    d.t(15, 89.5, "お支払期限　令和7年4月30日", 9)
    rows = [["摘　要", "軽減", "数量", "単価（税抜）", "金額（税抜）"]]
    rows += [[n, "※" if r else "", str(q), _y(p), _y(q * p)] for n, r, q, p in items]
    y = grid(d, 15, 96, [82, 14, 18, 32, 34], rows, "LCRRR", size=9, h=8, head_fill="#efe9dc")
    d.t(15, y + 5, "※印は軽減税率（8%）対象品目です。", 8.3)
    y += 11
    rows = [
        ["税率区分", "対象金額（税抜）", "消費税額", "税込金額"],
        ["8%対象", _y(b8), _y(t8), _y(b8 + t8)],
        ["10%対象", _y(b10), _y(t10), _y(b10 + t10)],
        ["合　計", _y(sub), _y(tax), _y(total)],
    ]
    y = grid(d, 60, y, [30, 38, 32, 35], rows, "CRRR", size=9, h=7.5, head_fill="#efe9dc")
    d.t(60, y + 5, "※消費税額は税率ごとに合計した金額に対して1円未満切捨てで計算しています。", 7.6)
    y += 16
    d.rect(15, y, 180, 30, color="#777777")
    d.t(19, y + 6, "お振込先", 9.5, bold=True)
    d.t(19, y + 12.5, "みずほ銀行　渋谷中央支店　普通　1184426", 9)
    d.t(19, y + 18, "口座名義　ユ）シキノゼン", 9)
    d.t(
        19,
        y + 24.5,
        "毎度ご用命を賜り誠にありがとうございます。次回のご注文もお待ち申し上げております。",
        8.3,
    )
    d.t(105, 287, "― 1 / 1 ―", 8, align="C", color="#777777")
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-03-10",
        due_date="2025-04-30",
        total=total,
        currency="JPY",
        vendor_name=vendor,
        vendor_name_alt=None,
        subtotal=sub,
        tax=tax,
        lang="ja",
        country="Japan",
        template="jp_tekikaku_reiwa_rate_breakdown",
        producer="reportlab",
    )


SPECS = [
    Spec("au_jp_nouhin_seikyu", "Japan", "Japanese (kanji/kana) + English", "fpdf2", jp_nouhin),
    Spec("au_jp_tekikaku_8_10", "Japan", "Japanese (kanji/kana)", "reportlab", jp_tekikaku),
]
