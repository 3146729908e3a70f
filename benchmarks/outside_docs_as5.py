"""Korea x3: 전자세금계산서 grid, 거래명세서 with 면세 lines, English/Korean export commercial invoice."""

from __future__ import annotations

from datetime import date

from outside_docs_as1 import D, doc, ko_words, make_key, money, page, q, seal_svg, stamp

KR_SANS = '"Noto Sans CJK KR", "Noto Sans", sans-serif'
KR_SERIF = '"Noto Serif CJK KR", "Noto Serif", serif'


def won(x) -> str:
    return money(x, 0)


def kr_tax_invoice() -> dict:
    """전자세금계산서 (공급자 보관용) in the red statutory grid; 승인번호 is the document number."""
    issued = date(2024, 5, 20)
    items = [("CNC 가공 브라켓", "AL6061-T6", 1200, 3850), ("금형 수정비", "1식", 1, 850000)]
    rows, net, tax = "", D(0), D(0)
    for name, spec, qty, price in items:
        amt = D(qty) * price
        t = q(amt * D("0.1"), 0)
        net, tax = net + amt, tax + t
        rows += (
            f"<tr><td class='c'>05</td><td class='c'>20</td><td colspan='3'>{name}</td>"
            f"<td class='c'>{spec}</td>"
            f"<td class='r'>{qty:,}</td><td class='r'>{won(price)}</td>"
            f"<td class='r' colspan='2'>{won(amt)}</td>"
            f"<td class='r'>{won(t)}</td><td></td></tr>"
        )
    rows += (
        "<tr><td>&nbsp;</td><td></td><td colspan='3'></td><td></td><td></td><td></td>"
        "<td colspan='2'></td><td></td><td></td></tr>" * 2
    )
    total = net + tax
    number, vendor = "20240520-41000028-73902641", "(주)한빛정밀"

    def party(side: str, reg: str, name: str, ceo: str, addr: str, biz: str, item: str, mail: str) -> str:
        lab = "".join(f"{ch}<br>" for ch in side)
        return (
            f"<td rowspan='5' class='side'>{lab}</td><td class='lab'>등록번호</td>"
            f"<td colspan='2' class='b'>{reg}</td>"
            f"<td class='lab'>종사업장<br>번호</td><td></td>",
            f"<td class='lab'>상호<br>(법인명)</td><td colspan='2'>{name}</td><td class='lab'>성명</td>"
            f"<td>{ceo}</td>",
            f"<td class='lab'>사업장<br>주소</td><td colspan='4'>{addr}</td>",
            f"<td class='lab'>업태</td><td colspan='2'>{biz}</td><td class='lab'>종목</td><td>{item}</td>",
            f"<td class='lab'>이메일</td><td colspan='4'>{mail}</td>",
        )

    sup = party(
        "공급자",
        "214-81-37265",
        vendor,
        "김정훈",
        "경기도 안산시 단원구 산단로 163, 2동 112호",
        "제조업",
        "금속가공",
        "tax@hanbit-precision.co.kr",
    )
    buy = party(
        "공급받는자",
        "134-86-52019",
        "(주)대성오토텍",
        "박상철",
        "경기도 화성시 향남읍 제약단지로 58",
        "제조업",
        "자동차부품",
        "account@daesung-autotech.kr",
    )
    party_rows = "".join(f"<tr>{a}{b}</tr>" for a, b in zip(sup, buy, strict=True))
    body = f"""
<table class="g"><colgroup><col style="width:5%"><col style="width:10%"><col style="width:13%">
<col style="width:9%">
<col style="width:8%"><col style="width:9%"><col style="width:5%"><col style="width:10%">
<col style="width:9%">
<col style="width:7%"><col style="width:7%"><col style="width:8%"></colgroup>
<tr><td colspan="6" class="ttl">전자세금계산서 <span>(공급자 보관용)</span></td>
<td colspan="2" class="lab">승인번호</td>
<td colspan="4" class="b">{number}</td></tr>{party_rows}</table>
<table class="g"><tr><th>작성일자</th><th>공급가액</th><th>세액</th><th>수정사유</th></tr>
<tr><td class="c">2024-05-20</td><td class="r">{won(net)}</td><td class="r">{won(tax)}</td>
<td class="c">해당 없음</td></tr>
<tr><th>비고</th><td colspan="3">발주번호 DS-PO-240433 / 5월 납품분</td></tr></table>
<table class="g"><tr><th>월</th><th>일</th><th colspan="3">품목</th><th>규격</th><th>수량</th><th>단가</th>
<th colspan="2">공급가액</th><th>세액</th><th>비고</th></tr>{rows}</table>
<table class="g"><tr><th>합계금액</th><th>현금</th><th>수표</th><th>어음</th><th>외상미수금</th>
<td rowspan="2" class="c claim">이 금액을 (청구) 함</td></tr>
<tr><td class="r b">{won(total)}</td><td></td><td></td><td></td><td class="r">{won(total)}</td></tr></table>
<p class="small">본 전자세금계산서는 「부가가치세법」 제32조에 따라
국세청 전자세금계산서 시스템(e세로)으로 발급·전송되었습니다.</p>"""
    css = """
.g { width:100%; border:2px solid #d0312d; margin-top:-2px; font-size:8.6pt; }
.g td, .g th { border:1px solid #d0312d;
padding:1.4mm 1.2mm; } .g th, .lab { color:#d0312d; font-weight:normal; text-align:center;
background:#fff5f4; }
.side { text-align:center; color:#d0312d; background:#fff5f4; line-height:1.25; } .ttl { font-size:16pt;
color:#d0312d;
font-weight:bold; text-align:center; } .ttl span { font-size:10pt; } .claim { color:#d0312d; font-size:10pt;
}"""
    key = make_key(
        number=number,
        issued=issued,
        total=total,
        currency="KRW",
        vendor=vendor,
        subtotal=net,
        tax=tax,
        lang="ko",
        template="kr_e_tax_invoice_grid",
    )
    return doc(
        "as_kr_segeumgyesanseo", page(body, lang="ko", title="전자세금계산서", font=KR_SANS, css=css), key
    )


def kr_statement() -> dict:
    """거래명세서 of a food distributor: 일금 … 원정 header, 면세 lines (세액 0), 전잔금/입금/잔금."""
    issued = date(2024, 9, 3)
    items = [
        ("쌀 (국내산 상등급)", "20kg", 4, 58000, False),
        ("양파", "15kg/망", 3, 24500, False),
        ("대두유", "18L", 2, 52000, True),
        ("백설탕", "15kg", 1, 27000, True),
        ("진간장", "13L", 2, 31500, True),
        ("돼지고기 앞다리 (국내산, 냉장)", "kg", 10, 12800, False),
    ]
    rows, net, tax = "", D(0), D(0)
    for i, (name, spec, qty, price, taxable) in enumerate(items, 1):
        amt = D(qty) * price
        t = q(amt * D("0.1"), 0) if taxable else D(0)
        net, tax = net + amt, tax + t
        rows += (
            f"<tr><td class='c'>{i}</td><td>{name}</td><td class='c'>{spec}</td><td class='r'>{qty}</td>"
            f"<td class='r'>{won(price)}</td><td class='r'>{won(amt)}</td><td class='r'>{won(t)}</td>"
            f"<td class='c'>{'' if taxable else '면세'}</td></tr>"
        )
    total = net + tax
    vendor = "세진식자재"
    seal = stamp(["세진", "식자재"], size=12, rot=0, style="right:2mm;top:-1mm;", fs=7)
    body = f"""
<h1>거 래 명 세 서 <span>(공급받는자 보관용)</span></h1>
<table class="hd"><tr><td class="left"><div>일자 : 2024년 09월 03일</div><div>No. 2409-0318</div>
<div class="to">한마음식당 <span>귀하</span></div><div>아래와 같이 계산합니다.</div></td>
<td class="right"><table class="sup"><tr><td rowspan="4" class="side">공<br>급<br>자</td>
<td class="lab">등록번호</td>
<td colspan="3" class="b">608-12-45873</td></tr><tr><td class="lab">상호</td><td>{vendor}</td>
<td class="lab">성명</td>
<td style="position:relative">이세진 (인){seal}</td></tr><tr><td class="lab">주소</td>
<td colspan="3">경상남도 창원시 의창구 팔용로 421, 1층</td></tr>
<tr><td class="lab">업태</td><td>도소매</td><td class="lab">종목</td><td>식자재·농산물</td></tr></table>
</td></tr></table>
<table class="sum"><tr><td class="lab">합계금액<br><span class="small">(VAT 포함)</span></td>
<td class="amt">{ko_words(int(total))} (₩{won(total)})</td></tr></table>
<table class="it"><thead><tr><th>No</th><th>품목</th><th>규격</th><th>수량</th><th>단가</th><th>공급가액
</th><th>세액</th>
<th>비고</th></tr></thead><tbody>{rows}</tbody><tfoot><tr><td colspan="5" class="c">계</td>
<td class="r">{won(net)}</td>
<td class="r">{won(tax)}</td><td></td></tr></tfoot></table>
<table class="bal"><tr><th>전잔금</th><td>0</td><th>합계</th><td>{won(total)}</td><th>입금</th><td>0</td>
<th>잔금</th>
<td>{won(total)}</td><th>인수자</th><td>(인)</td></tr></table>
<p class="small">입금계좌: 경남은행 207-0418-3361-02 (예금주 이세진) ·
배송문의 055-287-4410 · 면세 품목은 부가세가 부과되지 않습니다.</p>"""
    css = """
h1 { text-align:center; font-size:19pt; letter-spacing:1mm; color:#1d3f8f; margin:0 0 3mm; }
h1 span { font-size:9pt; }
.hd { width:100%; } .left { width:42%; vertical-align:top; line-height:1.8; } .to { font-size:14pt;
font-weight:bold;
border-bottom:1px solid #1d3f8f; } .to span { font-size:10pt; font-weight:normal; } .sup { width:100%;
border:2px solid #1d3f8f; }
.sup td { border:1px solid #1d3f8f; padding:1.2mm; font-size:8.5pt; } .lab, .side { color:#1d3f8f;
background:#eef2fb;
text-align:center; } .sum { width:100%; border:2px solid #1d3f8f; margin-top:3mm; } .sum td { padding:2mm; }
.amt { font-size:13pt; font-weight:bold; } .it { width:100%; margin-top:3mm; border:2px solid #1d3f8f; }
.it th { background:#eef2fb; color:#1d3f8f; border:1px solid #1d3f8f; padding:1.3mm; }
.it td { border:1px solid #1d3f8f;
padding:1.3mm; } .bal { width:100%; margin-top:3mm; border:2px solid #1d3f8f; }
.bal th { background:#eef2fb;
color:#1d3f8f; font-weight:normal; border:1px solid #1d3f8f; padding:1.3mm; }
.bal td { border:1px solid #1d3f8f;
text-align:right; padding:1.3mm; }"""
    key = make_key(
        number="2409-0318",
        issued=issued,
        total=total,
        currency="KRW",
        vendor=vendor,
        subtotal=net,
        tax=tax,
        lang="ko",
        template="kr_transaction_statement",
    )
    return doc("as_kr_georaemyeongse", page(body, lang="ko", title="거래명세서", font=KR_SANS, css=css), key)


def kr_export() -> dict:
    """English/Korean commercial invoice 상업송장: USD total, zero-rated VAT (영세율), KRW equivalent."""
    issued = date(2024, 6, 11)
    items = [
        ("Hyaluronic moisture toner 150ml / 히알루론 수분 토너", "3304.99", 2400, "2.85"),
        ("Centella calming cream 50ml / 센텔라 진정 크림", "3304.99", 1800, "3.40"),
        ("Hydrogel sheet mask 25ml x10 / 하이드로겔 시트 마스크", "3307.90", 600, "4.10"),
        ("Daily sun cream SPF50+ 50ml / 데일리 선크림", "3304.99", 900, "2.60"),
    ]
    rows, net = "", D(0)
    for desc, hs, qty, price in items:
        amt = q(D(qty) * D(price))
        net += amt
        rows += (
            f"<tr><td>{desc}</td><td class='c'>{hs}</td><td class='r'>{qty:,}</td><td class='r'>{price}</td>"
            f"<td class='r'>{money(amt)}</td></tr>"
        )
    tax = D(0)
    total = net + tax
    rate = D("1361.20")
    krw = q(total * rate, 0)
    vendor = "SEOHAN COSMETICS CO., LTD."
    seal = seal_svg(
        "서한코스메틱주식회사",
        center="대표이사",
        size=24,
        font="Noto Serif CJK KR",
        style="right:4mm;top:-6mm;transform:rotate(8deg);",
    )
    body = f"""
<div class="hd"><div><div class="vn">{vendor}</div><div class="ko">서한코스메틱 주식회사</div>
<div class="small">12, Gasan digital 1-ro, Geumcheon-gu, Seoul 08594, Korea ·
서울특별시 금천구 가산디지털1로 12<br>
Business Reg. No. 사업자등록번호 119-86-40217 · Tel +82-2-2108-5530</div></div>
<div class="ti">COMMERCIAL INVOICE<br><span>상업송장</span></div></div>
<table class="box"><tr><td rowspan="2" class="w"><b>Buyer / 수입자</b><br>Lumina Beauty Pte. Ltd.<br>
21 Ubi Road 1, #05-12<br>Singapore 408724</td><td><b>Invoice No. / 송장번호</b><br>SHC-EX-24-0611</td>
<td><b>Date / 일자</b><br>Jun. 11, 2024</td></tr><tr><td><b>Terms / 조건</b><br>FOB Busan</td>
<td><b>Payment / 결제</b><br>T/T in advance</td></tr><tr><td><b>Port of loading / 선적항</b> Busan, Korea
</td>
<td colspan="2"><b>Destination / 도착지</b> Singapore · Vessel: HMM OPAL 0624S · ETD 2024.06.14</td></tr>
</table>
<table class="it"><thead><tr><th>Description of goods / 품명</th><th>HS Code</th><th>Q'ty (EA/BOX)</th>
<th>Unit price (USD)</th><th>Amount (USD)</th></tr></thead><tbody>{rows}</tbody></table>
<table class="tot"><tr><td>Sub-total / 공급가액</td><td class="r">USD {money(net)}</td></tr>
<tr><td>VAT / 부가세 (영세율 0%, zero-rated export)</td><td class="r">USD {money(tax)}</td></tr>
<tr class="g"><td>TOTAL / 합계</td><td class="r">USD {money(total)}</td></tr>
<tr><td colspan="2" class="small r">KRW equivalent / 원화 환산액: ₩{won(krw)}
(1 USD = {money(rate)} KRW, 2024.06.11 매매기준율)</td></tr></table>
<p class="small">Country of origin / 원산지: Republic of Korea · Packing: 214 cartons,
N.W. 2,318 kg, G.W. 2,604 kg<br>
Beneficiary bank: Hana Bank, Gasan Digital Branch, SWIFT KOEXKRSE, A/C 391-910027-53438 (USD)</p>
<div class="sig">Signed by / 서명<div class="ln">Kim Ji-won, Export Manager / 해외영업팀장 김지원{seal}
</div></div>"""
    css = """
.hd { display:flex; justify-content:space-between; border-bottom:3px solid #0b6e65; padding-bottom:2mm; }
.vn { font-size:16pt; font-weight:bold; color:#0b6e65; } .ko { font-size:11pt; } .ti { text-align:right;
font-size:15pt;
font-weight:bold; } .ti span { font-size:11pt; } .box { width:100%; margin-top:4mm; }
.box td { border:1px solid #999;
padding:1.6mm; font-size:8.6pt; vertical-align:top; } .w { width:42%; } .it { width:100%; margin-top:4mm; }
.it th { background:#0b6e65; color:#fff; padding:1.5mm; font-size:8.3pt; }
.it td { border-bottom:1px solid #ccc;
padding:1.6mm; font-size:8.6pt; } .tot { margin-left:auto; margin-top:2mm; width:62%; }
.tot td { padding:1.2mm 2mm; }
.g td { font-weight:bold; font-size:11.5pt; border-top:2px solid #0b6e65; border-bottom:2px solid #0b6e65; }
.sig { margin-top:10mm; margin-left:50%; font-size:9pt; } .ln { position:relative;
border-top:1px solid #000;
margin-top:12mm; padding-top:1mm; }"""
    key = make_key(
        number="SHC-EX-24-0611",
        issued=issued,
        total=total,
        currency="USD",
        vendor=vendor,
        subtotal=net,
        tax=tax,
        lang="en",
        template="kr_export_bilingual",
    )
    font = '"Noto Sans", "Noto Sans CJK KR", sans-serif'
    return doc("as_kr_export_usd", page(body, lang="en", title="Commercial Invoice", font=font, css=css), key)


BUILDERS = [kr_tax_invoice, kr_statement, kr_export]
