"""Japan: four 請求書 (qualified invoice, 和暦 dates, landscape 合計請求書, 御請求金額 big box)."""

from __future__ import annotations

from datetime import date

from outside_docs_as1 import D, doc, make_key, money, page, qdown, reiwa, stamp

JP_SANS = '"Noto Sans CJK JP", "Noto Sans", sans-serif'
JP_SERIF = '"Noto Serif CJK JP", "Noto Serif", serif'


def yen(x) -> str:
    return money(x, 0)


def jp_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jp_qualified() -> dict:
    """適格請求書: mixed 8 % (軽減税率 ※) and 10 % lines, tax rounded down once per rate."""
    issued, due = date(2024, 3, 31), date(2024, 4, 30)
    items = [
        ("3/4", "有機コーヒー豆 ブラジル 1kg", 6, "袋", 3200, 8),
        ("3/4", "国産小麦粉 強力粉 25kg", 2, "袋", 7850, 8),
        ("3/11", "無塩バター 450g", 19, "個", 980, 8),
        ("3/11", "紙カップ 8oz（1,000個入）", 3, "箱", 4500, 10),
        ("3/18", "グラニュー糖 1kg", 30, "袋", 265, 8),
        ("3/25", "業務用食器洗剤 4L", 4, "本", 1680, 10),
        ("3/25", "配送料（3月分）", 1, "式", 1500, 10),
    ]
    net = {8: D(0), 10: D(0)}
    rows = ""
    for day, name, qty, unit, price, rate in items:
        amt = D(qty) * price
        net[rate] += amt
        mark = "※" if rate == 8 else ""
        rows += (
            f"<tr><td class='c'>{day}</td><td>{mark}{name}</td><td class='r'>{qty}</td>"
            f"<td class='c'>{unit}</td>"
            f"<td class='r'>{yen(price)}</td><td class='r'>{yen(amt)}</td><td class='c'>{rate}%</td></tr>"
        )
    tax = {r: qdown(net[r] * r / 100) for r in net}
    subtotal, tax_total = sum(net.values()), sum(tax.values())
    total = subtotal + tax_total
    summary = "".join(
        f"<tr><td>{r}%対象{'（軽減税率）' if r == 8 else ''}</td><td class='r'>{yen(net[r])}円</td>"
        f"<td class='r'>{yen(tax[r])}円</td><td class='r'>{yen(net[r] + tax[r])}円</td></tr>"
        for r in (10, 8)
    )
    vendor = "株式会社みどり食品商事"
    body = f"""
<div class="top"><div class="ttl">請 求 書</div><div class="sub">（適格請求書）</div></div>
<table class="meta"><tr><td>請求書番号</td><td>MS-2403-0158</td></tr><tr><td>請求日</td>
<td>{jp_date(issued)}</td></tr>
<tr><td>お支払期限</td><td>{jp_date(due)}</td></tr></table>
<div class="cols"><div class="to"><div class="cust">有限会社カフェ・ド・ソレイユ　御中</div>
<div class="small">〒150-0001 東京都渋谷区神宮前四丁目18番2号</div>
<p>2024年3月1日〜3月31日締め分につき、下記のとおりご請求申し上げます。</p>
<table class="due"><tr><th>ご請求金額（税込）</th><td>￥{yen(total)}</td></tr></table></div>
<div class="from"><div class="vn">{vendor}</div><div>〒460-0008</div><div>愛知県名古屋市中区栄三丁目12番5号
</div>
<div>TEL 052-251-7741　FAX 052-251-7742</div><div class="reg">登録番号：T3180001092457</div>
<div>担当：営業二課 佐藤
</div>{stamp(["みどり", "食品商事", "之印"], size=17, shape="square", rot=0, style="right:4mm;top:6mm;")}
</div></div>
<table class="items"><thead><tr><th>月日</th><th>品名</th><th>数量</th><th>単位</th><th>単価（税抜）</th>
<th>金額（税抜）</th><th>税率</th></tr></thead><tbody>{rows}</tbody></table>
<div class="sumwrap">
<div class="note">※印は軽減税率（8%）対象商品です。<br>
消費税は税率ごとに合計した金額に対し1円未満切り捨てで計算しております。</div>
<table class="sum"><tr><th>税率区分</th><th>税抜金額</th><th>消費税額</th><th>税込金額</th></tr>{summary}
<tr class="tot"><td>合計</td><td class='r'>{yen(subtotal)}円</td><td class='r'>{yen(tax_total)}円</td>
<td class='r'>{yen(total)}円</td></tr></table></div>
<div class="bank"><b>お振込先</b>　三河中央銀行 栄支店　普通預金 0418826　カ）ミドリシヨクヒンシヨウジ<br>
<span class="small">※恐れ入りますが振込手数料は貴社にてご負担くださいますようお願い申し上げます。</span>
</div>"""
    css = """
.top { text-align:center; margin-bottom:4mm; } .ttl { font-size:22pt; letter-spacing:6mm; font-weight:bold;
}
.sub { font-size:9pt; color:#555; } .meta { position:absolute; right:0; top:0; font-size:8.5pt; }
.meta td { padding:0.4mm 2mm; } .cols { display:flex; justify-content:space-between; margin-top:6mm; }
.to { width:55%; } .cust { font-size:13pt; border-bottom:1px solid #333; padding-bottom:1mm; }
.from { width:40%; position:relative; font-size:8.5pt; } .vn { font-size:12pt; font-weight:bold; }
.reg { font-weight:bold; margin-top:1mm; } .due th { background:#37548a; color:#fff; padding:2mm 4mm; }
.due td { border:1px solid #37548a; font-size:15pt; font-weight:bold; padding:1.5mm 6mm; }
.items { width:100%; margin-top:6mm; } .items th { background:#e6ebf3; border:1px solid #9aa8c2;
padding:1.2mm; }
.items td { border:1px solid #b9c2d3; padding:1.2mm; } .sumwrap { display:flex;
justify-content:space-between;
margin-top:4mm; } .note { width:45%; font-size:8pt; } .sum { width:52%; }
.sum th, .sum td { border:1px solid #9aa8c2;
padding:1.2mm; } .sum th { background:#e6ebf3; } .tot td { font-weight:bold; background:#f5f7fb; }
.bank { margin-top:7mm; border:1px solid #ccc; padding:2.5mm; }"""
    key = make_key(
        number="MS-2403-0158",
        issued=issued,
        due=due,
        total=total,
        currency="JPY",
        vendor=vendor,
        subtotal=subtotal,
        tax=tax_total,
        lang="ja",
        template="jp_qualified_invoice",
    )
    return doc("as_jp_qualified_8_10", page(body, lang="ja", title="請求書", font=JP_SANS, css=css), key)


def jp_wareki() -> dict:
    """Traditional serif 請求書 of a design office; issue date 和暦 + western, due date 和暦 only."""
    issued, due = date(2024, 3, 14), date(2024, 4, 30)
    items = [
        ("基本設計業務", "一式", 850000),
        ("実施設計業務（第1期）", "一式", 1200000),
        ("構造計算書作成", "一式", 380000),
        ("プレゼンテーション模型製作（S=1/100）", "一式", 145000),
    ]
    subtotal = sum(D(p) for _, _, p in items)
    tax = qdown(subtotal * D("0.10"))
    total = subtotal + tax
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{n}</td><td class='c'>{u}</td><td class='r'>{yen(p)}</td></tr>"
        for i, (n, u, p) in enumerate(items, 1)
    )
    rows += "<tr><td></td><td class='muted'>以下余白</td><td></td><td></td></tr>"
    rows += "<tr><td>&nbsp;</td><td></td><td></td><td></td></tr>" * 2
    vendor = "株式会社山科建築設計"
    body = f"""
<div class="hd"><span class="no">請求番号　R6-0061</span><span class="dt">{reiwa(issued)}<br>
<span class="small">（2024年3月14日）</span></span></div>
<h1>御　請　求　書</h1>
<div class="cols"><div class="left"><div class="cust">京都府立文化交流センター建設準備室　御中</div>
<div class="prj">件名：（仮称）北山地区文化交流センター新築工事<br>設計業務委託</div></div>
<div class="vblock"><div class="vn">{vendor}</div><div>一級建築士事務所 京都府知事登録（ヘ）第04127号</div>
<div>〒606-8203 京都府京都市左京区田中関田町22番地</div><div>電話 075-702-3318</div>
<div>登録番号 T6130001058824
</div>{stamp(["株式会社", "山科建築設計", "代表者印"], size=19, rot=-4, style="right:2mm;top:9mm;", fs=6.5)}
</div></div>
<table class="amt"><tr><td class="lab">御請求金額</td><td class="val">金 {yen(total)} 円也</td></tr></table>
<p class="small">（うち消費税等 {yen(tax)}円）　お支払期日：{reiwa(due)}</p>
<table class="items"><thead><tr><th style="width:8mm">No.</th><th>摘　要</th><th style="width:18mm">数量
</th>
<th style="width:32mm">金　額</th></tr></thead><tbody>{rows}</tbody>
<tfoot><tr><td></td><td class="r">小　計</td><td></td><td class="r">{yen(subtotal)}</td></tr>
<tr><td></td><td class="r">消費税（10%）</td><td></td><td class="r">{yen(tax)}</td></tr>
<tr class="g"><td></td><td class="r">合　計</td><td></td><td class="r">{yen(total)}</td></tr></tfoot>
</table>
<div class="foot"><b>お振込先</b>：京洛信用金庫 北白川支店（普通）2230914
口座名義 カ）ヤマシナケンチクセッケイ<br>
本業務は令和5年12月1日付 業務委託契約書 第3条に基づく第1回請求分です。</div>"""
    css = """
body { } .hd { display:flex; justify-content:space-between; font-size:9pt; } h1 { text-align:center;
font-size:20pt; font-weight:normal; border-top:3px double #333; border-bottom:3px double #333; padding:2mm;
margin:5mm 30mm; } .cols { display:flex; justify-content:space-between; margin-top:6mm; } .left { width:54%;
}
.cust { font-size:13pt; border-bottom:1px solid #000; } .prj { margin-top:3mm; }
.vblock { position:relative; width:42%; font-size:8.5pt; }
.vn { font-size:13pt; } .amt { margin-top:8mm; border:2px solid #000; } .amt td { padding:2.5mm 5mm; }
.lab { background:#eee; font-size:11pt; } .val { font-size:17pt; letter-spacing:0.5mm; }
.items { width:100%; margin-top:5mm; } .items th { border:1px solid #000; background:#f2f2f2; padding:1.5mm;
}
.items td { border:1px solid #000; padding:1.8mm; } .g td { font-weight:bold; font-size:11pt; }
.foot { margin-top:8mm; font-size:8.5pt; border-left:3px solid #999; padding-left:3mm; }"""
    key = make_key(
        number="R6-0061",
        issued=issued,
        due=due,
        total=total,
        currency="JPY",
        vendor=vendor,
        subtotal=subtotal,
        tax=tax,
        lang="ja",
        template="jp_wareki_serif",
    )
    return doc("as_jp_wareki_design", page(body, lang="ja", title="御請求書", font=JP_SERIF, css=css), key)


def jp_landscape() -> dict:
    """横型 合計請求書 from sales software.

    Boxes 前回御請求額/御入金額/繰越金額/今回御買上額/消費税額/今回御請求額; carry-over is zero.
    """
    issued, due = date(2024, 5, 20), date(2024, 6, 30)
    lines = [
        ("4/22", "118204", "VVF2.0-3C", "VVFケーブル 2.0mm×3心 100m", 6, "巻", 14800),
        ("4/22", "118204", "WN1001", "埋込コンセント（白）", 120, "個", 168),
        ("4/26", "118377", "BQE3201", "分電盤 主幹50A 20回路", 2, "面", 38600),
        ("5/02", "118561", "LDL40S-N", "直管LEDランプ 40形 昼白色", 80, "本", 1180),
        ("5/02", "118561", "NNL4500", "LEDベースライト 40形 逆富士", 40, "台", 6950),
        ("5/09", "118790", "PF-22", "PF管 22 50m", 10, "巻", 4320),
        ("5/09", "118790", "VE-16", "VE管 16 3.66m", 50, "本", 312),
        ("5/16", "118945", "WTF19", "スイッチプレート 3コ用", 60, "枚", 138),
        ("5/16", "118945", "-", "運賃（チャーター便）", 1, "式", 5500),
    ]
    rows, purchase = "", D(0)
    for day, slip, code, name, qty, unit, price in lines:
        amt = D(qty) * price
        purchase += amt
        rows += (
            f"<tr><td class='c'>{day}</td><td class='c'>{slip}</td><td>{code}</td><td>{name}</td>"
            f"<td class='r'>{qty}</td><td class='c'>{unit}</td><td class='r'>{yen(price)}</td>"
            f"<td class='r'>{yen(amt)}</td>"
            f"<td></td></tr>"
        )
    tax = qdown(purchase * D("0.10"))
    prev, paid = D(315480), D(315480)
    total = prev - paid + purchase + tax
    vendor = "東邦電材株式会社"
    heads = ["前回御請求額", "御入金額", "繰越金額", "今回御買上額", "消費税額", "今回御請求額"]
    vals = [prev, paid, prev - paid, purchase, tax, total]
    boxes = "".join(f"<th>{h}</th>" for h in heads)
    boxv = "".join(f"<td class='r{' big' if i == 5 else ''}'>{yen(v)}</td>" for i, v in enumerate(vals))
    body = f"""
<div class="row1"><div class="cust"><div class="zip">〒335-0022 埼玉県戸田市上戸田二丁目5番11号</div>
<div class="cn">株式会社ライトアップ電設　御中</div><div class="small">得意先コード：10482</div></div>
<div class="title"><h1>請 求 書</h1><div>{jp_date(issued)} 締切分</div></div>
<div class="ven"><div class="small">請求番号 2405-00347　　発行日 {jp_date(issued)}</div>
<div class="vn">{vendor}</div>
<div>〒174-0041 東京都板橋区舟渡三丁目8番20号</div><div>TEL 03-5916-2280　FAX 03-5916-2281</div>
<div>登録番号 T8011401067313</div>
{stamp(["東邦電材", "株式会社", "之印"], size=16, shape="square", rot=0, style="right:0;top:4mm;")}</div>
</div>
<table class="boxes"><tr>{boxes}</tr><tr>{boxv}</tr></table>
<div class="small">毎度ありがとうございます。下記のとおりご請求申し上げます。お支払期日：{jp_date(due)}
</div>
<table class="items"><thead><tr><th>日付</th><th>伝票No.</th><th>品番</th><th>品名</th><th>数量</th><th>単位
</th>
<th>単価</th><th>金額</th><th>備考</th></tr></thead><tbody>{rows}
<tr><td></td><td></td><td></td><td class="r">【 税抜合計 】</td><td></td><td></td><td></td>
<td class="r">{yen(purchase)}</td><td></td></tr>
<tr><td></td><td></td><td></td><td class="r">【 消費税 10% 】</td><td></td><td></td><td></td>
<td class="r">{yen(tax)}</td><td></td></tr>
</tbody></table>
<div class="bank">お振込先：武蔵野みらい銀行 板橋支店 当座 0071943 トウホウデンザイ（カ
　　振込手数料はご負担願います。</div>"""
    css = """
.row1 { display:flex; justify-content:space-between; } .cust { width:36%; } .cn { font-size:13pt;
border-bottom:1px solid #000; margin:2mm 0; } .title { text-align:center; width:26%; } h1 { font-size:20pt;
margin:0; letter-spacing:4mm; color:#0a5a3c; border-bottom:2px solid #0a5a3c; } .ven { width:34%;
position:relative;
font-size:8.5pt; } .vn { font-size:13pt; font-weight:bold; } .boxes { width:100%; margin:4mm 0 2mm; }
.boxes th { background:#0a5a3c; color:#fff; font-weight:normal; padding:1.2mm; border:1px solid #0a5a3c; }
.boxes td { border:1px solid #0a5a3c; padding:2mm; font-size:11pt; } .boxes .big { font-size:14pt;
font-weight:bold; background:#eaf4ef; } .items { width:100%; margin-top:2mm; font-size:8.5pt; }
.items th { border:1px solid #0a5a3c; background:#eaf4ef; padding:1mm; }
.items td { border-left:1px solid #0a5a3c;
border-right:1px solid #0a5a3c; border-bottom:1px dotted #9cbfb0; padding:1mm 1.5mm; }
.bank { margin-top:3mm; font-size:8.5pt; }"""
    key = make_key(
        number="2405-00347",
        issued=issued,
        due=due,
        total=total,
        currency="JPY",
        vendor=vendor,
        subtotal=purchase,
        tax=tax,
        lang="ja",
        template="jp_landscape_statement",
    )
    html_text = page(
        body, lang="ja", title="請求書", font=JP_SANS, css=css, size="A4 landscape", margin="11mm"
    )
    return doc("as_jp_landscape_gokei", html_text, key)


def jp_bigbox() -> dict:
    """Modern freelance-style 請求書 with a large ご請求金額 ￥495,000－ box and a round seal."""
    issued, due = date(2024, 4, 30), date(2024, 5, 31)
    items = [
        ("Webサイト保守・運用（2024年4月分）", "1", "月", 120000),
        ("レンタルサーバー・ドメイン管理費", "1", "月", 30000),
        ("問い合わせフォーム改修（追加開発）", "12", "時間", 8500),
        ("SEO月次レポート作成", "1", "式", 45000),
        ("採用ページ デザイン修正", "1", "式", 153000),
    ]
    rows, subtotal = "", D(0)
    for name, qty, unit, price in items:
        amt = D(qty) * price
        subtotal += amt
        rows += (
            f"<tr><td>{name}</td><td class='r'>{qty}</td><td class='c'>{unit}</td>"
            f"<td class='r'>{yen(price)}</td>"
            f"<td class='r'>{yen(amt)}</td></tr>"
        )
    tax = qdown(subtotal * D("0.10"))
    total = subtotal + tax
    vendor = "合同会社ブルーアーク"
    body = f"""
<div class="bar"></div><div class="head"><h1>請求書</h1><table class="meta">
<tr><td>請求書番号</td><td>INV-2404-012</td></tr><tr><td>発行日</td><td>{issued:%Y/%m/%d}</td></tr>
<tr><td>お支払期限</td><td>{due:%Y/%m/%d}</td></tr></table></div>
<div class="two"><div><div class="cust">株式会社トモエ物産 御中</div>
<div class="small">ご担当：総務部 高橋様</div>
<p>下記の通りご請求申し上げます。</p>
<div class="big"><div class="bl">ご請求金額</div><div class="bv">￥{yen(total)}－</div>
<div class="bt">（税込）</div></div></div>
<div class="ven"><div class="vn">{vendor}</div><div>〒150-0043 東京都渋谷区道玄坂一丁目10番8号</div>
<div>渋谷道玄坂東急ビル2F-C</div><div>TEL 03-6416-0587</div><div>info@bluearc-llc.jp</div>
<div>登録番号 T2011003014478
</div>{stamp(["合同会社", "ブルー", "アーク"], size=15, rot=8, style="right:3mm;top:8mm;", fs=6)}</div>
</div>
<table class="items"><thead><tr><th>品目・内容</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr>
</thead>
<tbody>{rows}</tbody></table>
<table class="tot"><tr><td>小計</td><td class="r">{yen(subtotal)}円</td></tr><tr><td>消費税（10%）</td>
<td class="r">{yen(tax)}円</td></tr><tr class="g"><td>合計</td><td class="r">{yen(total)}円</td></tr>
</table>
<div class="box"><div class="bh">お振込先</div>城南ネット銀行　本店営業部（001）　普通　3318704<br>
口座名義：ゴウドウガイシャブルーアーク</div>
<div class="box"><div class="bh">備考
</div>お支払期限までに上記口座へお振込みをお願いいたします。振込手数料は貴社負担にてお願いいたします。
</div>"""
    css = """
.bar { height:3mm; background:#1c6fb8; margin-bottom:5mm; } .head { display:flex;
justify-content:space-between;
align-items:flex-start; } h1 { font-size:24pt; margin:0; color:#1c6fb8; } .meta td { padding:0.5mm 2mm;
font-size:9pt; } .meta td:first-child { color:#666; } .two { display:flex; justify-content:space-between;
margin-top:6mm; } .cust { font-size:14pt; border-bottom:2px solid #1c6fb8; padding-bottom:1mm; }
.big { border:2px solid #1c6fb8; display:flex; align-items:center; margin-top:3mm; }
.bl { background:#1c6fb8;
color:#fff; padding:4mm 5mm; font-size:12pt; } .bv { font-size:22pt; font-weight:bold; padding:2mm 6mm; }
.bt { font-size:9pt; color:#555; } .ven { position:relative; width:42%; font-size:8.5pt; text-align:right; }
.vn { font-size:13pt; font-weight:bold; } .items { width:100%; margin-top:7mm; }
.items th { background:#1c6fb8; color:#fff; padding:1.6mm; font-weight:normal; } .items td { padding:1.8mm;
border-bottom:1px solid #d3dce6; } .tot { margin-left:auto; margin-top:3mm; width:45%; }
.tot td { padding:1.4mm;
border-bottom:1px solid #d3dce6; } .g td { font-weight:bold; font-size:12pt;
border-bottom:2px solid #1c6fb8; }
.box { border:1px solid #c8d2de; margin-top:4mm; padding:2mm 3mm; font-size:8.5pt; } .bh { font-weight:bold;
color:#1c6fb8; }"""
    key = make_key(
        number="INV-2404-012",
        issued=issued,
        due=due,
        total=total,
        currency="JPY",
        vendor=vendor,
        subtotal=subtotal,
        tax=tax,
        lang="ja",
        template="jp_bigbox_modern",
    )
    return doc("as_jp_bigbox_web", page(body, lang="ja", title="請求書", font=JP_SANS, css=css), key)


BUILDERS = [jp_qualified, jp_wareki, jp_landscape, jp_bigbox]
