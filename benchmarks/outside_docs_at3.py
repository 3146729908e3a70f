"""Japan: a clinic 請求書 (fpdf2, Mincho), a monthly 締め請求書 with 前月繰越 (ReportLab), and a qualified
invoice 適格請求書 with 8% / 10% split and 登録番号 (fpdf2)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_at1 import D, Spec, cjk_ttf, fmt, make_key
from outside_docs_at2 import FP, RL, rl_register, table_rows

RED = "#c62828"


def _yen(x) -> str:
    return fmt(x, 0)


def jp_clinic(pdf_path: Path, work: Path) -> dict:
    reg, bold = cjk_ttf("ja", work, serif=True), cjk_ttf("ja", work, bold=True, serif=True)
    d = FP("請求書", {"min": (reg, bold)}, "min")
    inv, vendor = "SK-2501-0087", "医療法人社団青葉会 さくら台クリニック"
    items = [
        ("定期健康診断（一般項目）", 22, "名", D(5500)),
        ("血液検査（追加項目）", 8, "名", D(2500)),
        ("心電図検査", 6, "名", D(1500)),
    ]
    sub = sum(q * p for _, q, _, p in items)
    tax = sub * D("0.10")
    total = sub + tax
    d.t(195, 16, f"No. {inv}", 9, align="R")
    d.t(195, 21, "発行日　2025年1月31日", 9, align="R")
    d.t(105, 34, "請　　求　　書", 22, bold=True, align="C")
    d.line(70, 37.5, 140, 37.5, lw=0.6)
    d.line(70, 38.6, 140, 38.6, lw=0.3)
    d.t(15, 54, "株式会社ミナト精機　御中", 14, bold=True)
    d.line(15, 56, 95, 56, lw=0.4)
    d.t(15, 63, "件名：2025年1月実施 定期健康診断費用", 9.5)
    d.t(15, 69, "下記のとおりご請求申し上げます。", 9.5)
    # vendor block with a square seal (角印)
    vy = 50
    d.t(118, vy, vendor, 11.5, bold=True)
    for i, line in enumerate(
        [
            "〒227-0063 神奈川県横浜市青葉区榎が丘12-8",
            "TEL 045-981-0274　FAX 045-981-0275",
            "登録番号 T8020005012347",
            "担当：医事課 石田",
        ]
    ):
        d.t(118, vy + 6 + i * 5, line, 8.5)
    d.rect(179, vy + 12, 16, 16, color=RED, lw=0.7)
    for i, ch in enumerate("青葉会印"):
        d.t(191 - (i // 2) * 7.6, vy + 18.5 + (i % 2) * 7.2, ch, 10, bold=True, color=RED, align="C")
    # amount box
    d.rect(15, 78, 95, 14, color="#222222", lw=0.8)
    d.rect(15, 78, 36, 14, color="#222222", fill="#eeeeee", lw=0.8)
    d.t(33, 86.5, "ご請求金額", 11, bold=True, align="C")
    d.t(33, 90.3, "（税込）", 7.5, align="C")
    d.t(106, 88, f"¥{_yen(total)}-", 17, bold=True, align="R")
    d.t(15, 99, "お支払期限：2025年2月28日", 9.5, bold=True)
    rows = [["品　名", "数量", "単位", "単　価", "金　額"]]
    rows += [[n, str(q), u, _yen(p), _yen(q * p)] for n, q, u, p in items]
    rows += [["", "", "", "", ""]] * 5
    y = table_rows(d, 15, 105, [80, 18, 14, 30, 38], rows, "LRCRR", size=9, h=8)
    for i, (lab, val) in enumerate([("小　計", sub), ("消費税（10%）", tax), ("合　計", total)]):
        d.rect(127, y + i * 8, 30, 8, color="#555555", fill="#f2f2f2")
        d.rect(157, y + i * 8, 38, 8, color="#555555")
        d.t(142, y + i * 8 + 5.5, lab, 9, bold=i == 2, align="C")
        d.t(193.4, y + i * 8 + 5.5, _yen(val), 9.5, bold=i == 2, align="R")
    by = y + 34
    d.t(15, by, "【お振込先】", 9.5, bold=True)
    for i, line in enumerate(
        [
            "三井住友銀行　横浜駅前支店（店番 341）",
            "普通預金　7654321",
            "口座名義　イ）アオバカイ　サクラダイクリニック",
        ]
    ):
        d.t(19, by + 6 + i * 5.2, line, 9)
    d.rect(15, by + 25, 180, 22, color="#777777")
    d.t(18, by + 31, "備考", 9, bold=True)
    d.t(
        18,
        by + 37,
        "受診者名簿は別紙のとおりです。振込手数料は貴社にてご負担くださいますようお願いいたします。",
        8.5,
    )
    d.t(18, by + 42, "健診結果票は2月7日までに人事ご担当者様宛に簡易書留にて送付いたします。", 8.5)
    d.line(15, 283, 195, 283, color="#999999")
    d.t(
        105,
        288,
        "医療法人社団青葉会　さくら台クリニック　内科・健診センター",
        7.5,
        align="C",
        color="#666666",
    )
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-01-31",
        due_date="2025-02-28",
        total=total,
        currency="JPY",
        vendor_name=vendor,
        subtotal=sub,
        tax=tax,
        lang="ja",
        template="jp_clinic_mincho",
        producer="fpdf2",
    )


def jp_monthly(pdf_path: Path, work: Path) -> dict:
    r = rl_register("NotoSansJP-AT", cjk_ttf("ja", work))
    b = rl_register("NotoSansJP-AT-B", cjk_ttf("ja", work, bold=True))
    d = RL(pdf_path, "請求書", r, b)
    inv, vendor = "2501-0342", "株式会社ヤマト事務機"
    lines = [
        ("01/06", "10231", "コピー用紙 A4（2,500枚入）", 10, "箱", D(2980)),
        ("01/06", "10231", "トナーカートリッジ TN-39J", 2, "本", D(12800)),
        ("01/14", "10277", "クリアファイル A4（100枚）", 4, "袋", D(3450)),
        ("01/22", "10318", "ボールペン 0.5mm 黒（10本）", 6, "箱", D(700)),
        ("01/28", "10355", "ファイルボックス A4 ホワイト", 12, "個", D(1000)),
        ("01/28", "10355", "配送料", 1, "式", D(2000)),
    ]
    buy = sum(q * p for *_, q, _, p in lines)
    tax = buy * D("0.10")
    total = buy + tax
    prev, paid = D(102300), D(102300)
    # customer block, left
    d.t(15, 22, "〒330-0854", 9)
    d.t(15, 27, "埼玉県さいたま市大宮区桜木町2-171", 9)
    d.t(15, 36, "有限会社 さかえ商店　御中", 13, bold=True)
    d.line(15, 38, 90, 38, lw=0.6)
    d.t(15, 44, "得意先コード：004518", 8.5, color="#555555")
    # title and numbers, right
    d.rect(120, 14, 75, 11, color=None, fill="#1f4e79")
    d.t(157.5, 21.8, "請　求　書", 16, bold=True, align="C", color="#ffffff")
    d.t(195, 31, "令和7年1月31日締切分", 9, align="R")
    d.t(195, 36, f"請求書No. {inv}", 9, align="R")
    d.t(195, 41, "発行日　令和7年1月31日", 9, align="R")
    d.t(120, 52, vendor, 13, bold=True)
    for i, line in enumerate(
        [
            "〒101-0047 東京都千代田区内神田3-14-6",
            "TEL 03-5297-1180　FAX 03-5297-1181",
            "登録番号 T3010001098765",
        ]
    ):
        d.t(120, 58 + i * 4.8, line, 8.3)
    d.circle(186, 58, 8.5, lw=1.3)
    d.t(186, 56.5, "ヤマト", 7.5, bold=True, align="C", color=RED)
    d.t(186, 61.5, "事務機", 7.5, bold=True, align="C", color=RED)
    d.t(15, 60, "毎度ありがとうございます。下記のとおりご請求申し上げます。", 9)
    labels = ["前月御請求額", "御入金額", "前月繰越", "今月御買上額", "消費税", "今月請求額"]
    vals = [prev, paid, prev - paid, buy, tax, total]
    x = 15
    for i, (lab, v) in enumerate(zip(labels, vals, strict=True)):
        last = i == len(labels) - 1
        d.rect(x, 76, 30, 7, fill="#dce6f1" if not last else "#1f4e79", color="#1f4e79")
        d.t(x + 15, 81, lab, 8, bold=True, align="C", color="#ffffff" if last else "#1b1b1b")
        d.rect(x, 83, 30, 10, color="#1f4e79", lw=1.0 if last else 0.5)
        d.t(x + 28.5, 90, _yen(v), 10.5 if last else 9.5, bold=last, align="R")
        x += 30
    d.t(15, 101, "お支払期日：令和7年2月28日", 9.5, bold=True)
    rows = [["日付", "伝票No.", "品名・規格", "数量", "単位", "単価", "金額"]]
    rows += [[a, b2, n, str(q), u, _yen(p), _yen(q * p)] for a, b2, n, q, u, p in lines]
    rows += [["", "", "", "", "", "", ""]] * 7
    rows += [["", "", "（今月御買上額 計）", "", "", "", _yen(buy)]]
    rows += [["", "", "消費税（10%）", "", "", "", _yen(tax)]]
    y = table_rows(
        d, 15, 106, [16, 18, 70, 14, 12, 24, 26], rows, "CCLRCRR", size=8.5, h=7, header_fill="#dce6f1"
    )
    d.t(15, y + 10, "【お振込先】", 9, bold=True)
    d.t(15, y + 16, "みずほ銀行 神田支店　普通 1234567　カ）ヤマトジムキ", 9)
    d.t(15, y + 21, "りそな銀行 神田支店　当座 0089123　カ）ヤマトジムキ", 9)
    d.t(15, y + 30, "※ 振込手数料は貴社ご負担にてお願い申し上げます。", 8, color="#555555")
    d.line(15, 285, 195, 285, color="#1f4e79", lw=0.8)
    d.t(195, 290, "1 / 1", 7.5, align="R", color="#666666")
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-01-31",
        due_date="2025-02-28",
        total=total,
        currency="JPY",
        vendor_name=vendor,
        subtotal=buy,
        tax=tax,
        lang="ja",
        template="jp_monthly_kurikoshi",
        producer="reportlab",
    )


def jp_qualified(pdf_path: Path, work: Path) -> dict:
    reg, bold = cjk_ttf("ja", work), cjk_ttf("ja", work, bold=True)
    d = FP("適格請求書", {"gothic": (reg, bold)}, "gothic")
    inv, vendor = "HF-250210-03", "有限会社 北星フーズ"
    items = [
        ("02/03", "北海道産じゃがいも 10kg", 6, D(2400), 8),
        ("02/03", "玉ねぎ 20kg", 3, D(3800), 8),
        ("02/05", "生クリーム 1L", 12, D(1050), 8),
        ("02/05", "十勝バター 450g", 4, D(1650), 8),
        ("02/07", "業務用ラップ 30cm×100m", 5, D(1200), 10),
        ("02/07", "食器用洗剤 4L", 4, D(1500), 10),
        ("02/07", "冷蔵配送料", 1, D(8000), 10),
    ]
    net = {8: D(0), 10: D(0)}
    for *_, q, p, rate in items:
        net[rate] += q * p
    tax_r = {k: (v * k / 100).quantize(D(1)) for k, v in net.items()}
    sub, tax = net[8] + net[10], tax_r[8] + tax_r[10]
    total = sub + tax
    # letterhead left with a round logo
    d.pdf.set_fill_color(46, 125, 50)
    d.pdf.ellipse(15, 12, 14, 14, style="F")
    d.t(22, 21, "北星", 9, bold=True, align="C", color="#ffffff")
    d.t(32, 18.5, vendor, 15, bold=True, color="#2e7d32")
    d.t(32, 24, "業務用食材・厨房消耗品の卸売", 8, color="#555555")
    d.t(15, 33, "〒060-0807 北海道札幌市北区北7条西4-3-1 北星ビル2F　TEL 011-726-3390", 8)
    d.t(15, 37.5, "登録番号：T5430002067890", 9, bold=True)
    d.t(195, 19, "適格請求書", 17, bold=True, align="R")
    meta = [("請求書番号", inv), ("発行日", "2025年2月10日"), ("お支払期限", "2025年3月10日")]
    for i, (k, v) in enumerate(meta):
        d.rect(140, 25 + i * 6.5, 22, 6.5, color="#999999", fill="#f1f8e9")
        d.rect(162, 25 + i * 6.5, 33, 6.5, color="#999999")
        d.t(151, 29.6 + i * 6.5, k, 7.8, align="C")
        d.t(193.5, 29.6 + i * 6.5, v, 8.5, align="R")
    d.t(15, 54, "株式会社ハヅキダイニング　御中", 13, bold=True)
    d.line(15, 56, 100, 56, lw=0.4)
    d.t(15, 62, "2025年2月分（2/1〜2/7納品）のご請求です。", 9)
    d.rect(110, 48, 85, 16, color="#2e7d32", lw=0.8)
    d.rect(110, 48, 30, 16, color="#2e7d32", fill="#2e7d32", lw=0.8)
    d.t(125, 55, "ご請求金額", 10, bold=True, align="C", color="#ffffff")
    d.t(125, 60, "（税込）", 7.5, align="C", color="#ffffff")
    d.t(192, 59, f"¥{_yen(total)}", 18, bold=True, align="R")
    rows = [["納品日", "品名", "数量", "単価（税抜）", "金額（税抜）", "税率"]]
    for day, name, q, p, rate in items:
        mark = "※" if rate == 8 else ""
        rows.append([day, mark + name, str(q), _yen(p), _yen(q * p), f"{rate}%"])
    rows += [["", "", "", "", "", ""]] * 3
    y = table_rows(
        d, 15, 70, [18, 78, 14, 27, 29, 14], rows, "CLRRRC", size=8.8, h=7.5, header_fill="#dcedc8"
    )
    d.t(15, y + 5, "※印は軽減税率（8%）対象品目です。", 8, color="#2e7d32")
    sy = y + 10
    srows = [["税率区分", "税抜金額", "消費税額", "税込金額"]]
    srows.append(["10%対象", _yen(net[10]), _yen(tax_r[10]), _yen(net[10] + tax_r[10])])
    srows.append(["8%対象（軽減）", _yen(net[8]), _yen(tax_r[8]), _yen(net[8] + tax_r[8])])
    srows.append(["合計", _yen(sub), _yen(tax), _yen(total)])
    table_rows(d, 95, sy, [30, 24, 22, 24], srows, "LRRR", size=8.8, h=7.2, header_fill="#dcedc8")
    d.t(15, sy + 6, "【お振込先】", 9, bold=True)
    d.t(15, sy + 12, "北洋銀行　札幌中央支店", 9)
    d.t(15, sy + 17, "当座 0123456", 9)
    d.t(15, sy + 22, "ﾕ)ﾎｸｾｲﾌｰｽﾞ", 9)
    d.t(
        15,
        sy + 40,
        "端数処理：税率ごとに切り捨て。いつもお引き立ていただきありがとうございます。",
        7.8,
        color="#555555",
    )
    d.line(15, 284, 195, 284, color="#2e7d32", lw=0.6)
    d.t(105, 289, "有限会社 北星フーズ　https://hokusei-foods.example.jp", 7.5, align="C", color="#666666")
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-02-10",
        due_date="2025-03-10",
        total=total,
        currency="JPY",
        vendor_name=vendor,
        subtotal=sub,
        tax=tax,
        lang="ja",
        template="jp_qualified_8_10",
        producer="fpdf2",
    )


SPECS = [
    Spec("at_jp_clinic_seikyu", "Japan", "Japanese (kanji/kana)", "fpdf2", jp_clinic),
    Spec("at_jp_monthly_kurikoshi", "Japan", "Japanese (kanji/kana)", "reportlab", jp_monthly),
    Spec("at_jp_qualified_invoice", "Japan", "Japanese (kanji/kana)", "fpdf2", jp_qualified),
]
