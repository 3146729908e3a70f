"""Net, tax and gross that the page's sums tie together (extractors/net_tax_gross.py)."""

from __future__ import annotations

from idp.extractors import extract_document
from tests.extractors.builders import doc_from_rows


def _sums(rows: list) -> dict[str, str | None]:
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert doc.doc_type.value == "invoice"
    return {k: doc.fields[k].value if k in doc.fields else None for k in ("subtotal", "tax", "total")}


def test_a_japanese_rate_table_and_its_sum_row() -> None:
    rows = [
        (20, [(20, "請求書番号 MS-2403-0158"), (400, "請求日 2024年3月31日")]),
        (45, [(200, "請 求 書")]),
        (70, [(20, "有限会社カフェ・ド・ソレイユ 御中"), (400, "株式会社みどり食品商事")]),
        (85, [(20, "ご請求金額（税込） ￥90,279"), (400, "お支払期限 2024年4月30日")]),
        (100, [(20, "3/4 ※有機コーヒー豆 6 袋 3,200"), (450, "19,200"), (520, "8%")]),
        (125, [(20, "3/11 紙カップ 3 箱 4,500"), (450, "13,500"), (520, "10%")]),
        (160, [(20, "税率区分"), (200, "税抜金額"), (320, "消費税額"), (440, "税込金額")]),
        (185, [(20, "10%対象"), (200, "21,720円"), (320, "2,172円"), (440, "23,892円")]),
        (210, [(20, "8%対象（軽減税率）"), (200, "61,470円"), (320, "4,917円"), (440, "66,387円")]),
        (235, [(20, "合計"), (200, "83,190円"), (320, "7,089円"), (440, "90,279円")]),
    ]
    assert _sums(rows) == {"subtotal": "83190.00", "tax": "7089.00", "total": "90279.00"}


def test_a_chinese_vat_invoice_prints_its_gross_on_the_next_row() -> None:
    rows = [
        (20, [(20, "电子发票（增值税专用发票）"), (400, "发票号码：24442000000087654321")]),
        (45, [(400, "开票日期：2024年06月18日")]),
        (70, [(20, "项目名称 规格型号 单位 数量 单价 金额 税率/征收率 税额")]),
        (
            95,
            [(20, "*集成电路*单片机 个 2000 8.84955752"), (400, "17699.12"), (470, "13%"), (520, "2300.89")],
        ),
        (
            120,
            [(20, "*电子元件*贴片电容 个 50000 0.01858407"), (400, "929.20"), (470, "13%"), (520, "120.80")],
        ),
        (145, [(20, "合 计"), (400, "¥18628.32"), (520, "¥2421.69")]),
        (170, [(20, "价税合计（大写） 贰万壹仟零伍拾圆零壹分"), (400, "（小写）¥21050.01")]),
    ]
    assert _sums(rows) == {"subtotal": "18628.32", "tax": "2421.69", "total": "21050.01"}


def test_a_total_word_over_the_net_and_the_grand_total_below() -> None:
    rows = [
        (20, [(20, "請款單"), (400, "請款單號：QK-113-0458")]),
        (45, [(400, "請款日期：中華民國113年7月22日")]),
        (80, [(20, "1 夏季促銷DM 5,000 張 2.8"), (500, "14,000")]),
        (105, [(20, "2 活動海報 200 張 35"), (500, "7,000")]),
        (140, [(300, "合 計"), (500, "21,000")]),
        (165, [(300, "營業稅 5%"), (500, "1,050")]),
        (190, [(300, "總計 NT$"), (500, "22,050")]),
    ]
    assert _sums(rows) == {"subtotal": "21000.00", "tax": "1050.00", "total": "22050.00"}


def test_an_item_row_that_adds_up_does_not_displace_the_total() -> None:
    """Items priced net, VAT and gross side by side add up too; the invoice's total is still the total."""
    rows = [
        (20, [(20, "INVOICE"), (400, "Invoice No. 4471")]),
        (45, [(400, "Date: 12/03/2024")]),
        (80, [(20, "Consulting 10 h"), (300, "1,000.00"), (400, "200.00"), (500, "1,200.00")]),
        (105, [(20, "Travel"), (300, "500.00"), (400, "100.00"), (500, "600.00")]),
        (140, [(20, "Shipping (no VAT)"), (500, "150.00")]),
        (190, [(300, "Total due"), (500, "1,950.00")]),
    ]
    assert _sums(rows)["total"] == "1950.00"


def test_a_chinese_total_in_words_then_in_figures() -> None:
    """``合计金额(大写) 壹万…整  (小写) ¥18,754.00``: the figure after the amount in words."""
    rows = [
        (20, [(200, "销 售 发 票"), (400, "NO. XS-20240314-027")]),
        (45, [(20, "客户名称：无锡锐拓自动化设备有限公司"), (400, "开票日期：2024年03月14日")]),
        (80, [(20, "1 直线导轨 HGR20-800mm 根 20 386.00"), (500, "7,720.00")]),
        (105, [(20, "2 法兰型滑块 HGH20CA 个 40 142.50"), (500, "5,700.00")]),
        (140, [(20, "合计金额(大写)"), (150, "壹万叁仟肆佰贰拾圆整"), (350, "(小写)"), (450, "¥13,420.00")]),
    ]
    assert _sums(rows)["total"] == "13420.00"


def test_a_vietnamese_invoice_in_dong_without_a_currency_mark() -> None:
    rows = [
        (20, [(20, "CÔNG TY TNHH THƯƠNG MẠI SAO MAI"), (400, "Mã số thuế: 0312345678")]),
        (45, [(20, "Địa chỉ: 128 Nguyễn Xí, Quận Bình Thạnh, TP. Hồ Chí Minh")]),
        (70, [(20, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG (VAT INVOICE)"), (400, "Số (No.): 00000184")]),
        (95, [(20, "Ngày 15 tháng 01 năm 2025")]),
        (120, [(20, "1 Máy khoan bê tông Cái 5 2.900.000"), (500, "14.500.000")]),
        (150, [(20, "Cộng tiền hàng (Sub total):"), (500, "14.500.000")]),
        (175, [(20, "Thuế suất GTGT (VAT rate): 8% Tiền thuế GTGT (VAT amount):"), (500, "1.160.000")]),
        (200, [(20, "Tổng cộng tiền thanh toán (Total payment):"), (500, "15.660.000")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    got = {
        k: doc.fields[k].value if k in doc.fields else None for k in ("currency", "subtotal", "tax", "total")
    }
    assert got == {"currency": "VND", "subtotal": "14500000.00", "tax": "1160000.00", "total": "15660000.00"}


def test_a_korean_row_of_labelled_figures_and_a_totals_row_of_two_columns() -> None:
    """``합 계 3 1,890,000 189,000`` is two figures, not one; ``공급가액 1,890,000 세액 189,000 합계금액
    2,079,000`` gives each label its figure."""
    rows = [
        (20, [(250, "거 래 명 세 서"), (500, "No. 2025-0217-05")]),
        (50, [(20, "2025년 2월 17일"), (300, "상호 (주)대성주방산업")]),
        (65, [(20, "일금 이백칠만구천원정 (₩2,079,000)")]),
        (80, [(20, "월일 품목 규격 수량 단가 공급가액 세액")]),
        (105, [(20, "02/17 업소용 가스레인지 3구 1 1,250,000"), (400, "1,250,000"), (500, "125,000")]),
        (130, [(20, "02/17 스텐 작업대 2 320,000"), (400, "640,000"), (500, "64,000")]),
        (155, [(20, "합 계 3"), (400, "1,890,000"), (500, "189,000")]),
        (190, [(20, "공급가액 1,890,000 세액 189,000 합계금액 2,079,000")]),
    ]
    assert _sums(rows) == {"subtotal": "1890000.00", "tax": "189000.00", "total": "2079000.00"}


def test_a_total_that_was_the_tax_it_includes() -> None:
    """``Jami to'lovga: ... shu jumladan QQS: 10 143 000,00``: the tax the total includes, under the totals
    row."""
    rows = [
        (20, [(200, "HISOB-FAKTURA № 157")]),
        (45, [(200, "2025-yil 14-fevral")]),
        (70, [(20, "STIR: 305 218 447"), (400, "Bank: Kapitalbank")]),
        (
            100,
            [
                (20, "1 Portlandsement 400 62 000,00"),
                (300, "24 800 000,00"),
                (420, "12%"),
                (460, "2 976 000,00"),
            ],
        ),
        (140, [(20, "Jami:"), (300, "84 525 000,00"), (420, "10 143 000,00"), (540, "94 668 000,00")]),
        (170, [(20, "Jami to'lovga: to'qson to'rt million so'm, shu jumladan QQS: 10 143 000,00 so'm.")]),
    ]
    assert _sums(rows) == {"subtotal": "84525000.00", "tax": "10143000.00", "total": "94668000.00"}


def test_a_right_to_left_row_of_dinars_gross_tax_net() -> None:
    """``المجموع 2,101.275 191.025 1,910.250 Total/``: read right to left, net, tax and gross in dinars."""
    rows = [
        (20, [(20, "TAX INVOICE"), (300, "فاتورة ضريبية")]),
        (45, [(20, "NTS-2501-0088 . Invoice No /"), (300, "رقم الفاتورة")]),
        (70, [(20, "+973 1771 4420 · مملكة البحرين")]),
        (100, [(20, "1 Annual AC maintenance 1,550.000 155.000 1,705.000")]),
        (130, [(20, "Total/"), (100, "1,910.250"), (200, "191.025"), (300, "2,101.275"), (420, "المجموع")]),
        (160, [(20, "بحريني"), (80, "دينار"), (140, "2,101.275"), (250, "المستحق:"), (330, "المبلغ")]),
    ]
    got = _sums(rows)
    assert got == {"subtotal": "1910.250", "tax": "191.025", "total": "2101.275"}


def test_a_currency_mark_between_a_total_label_and_its_figure() -> None:
    rows = [
        (20, [(250, "請 款 單"), (450, "請款單號 QK-11402-018")]),
        (45, [(20, "統一編號 83257196 台中市西區美村路一段 221 號")]),
        (80, [(20, "1 品牌識別設計 1 式 80,000"), (500, "80,000")]),
        (150, [(300, "未稅小計"), (500, "80,000")]),
        (175, [(300, "營業稅 5%"), (500, "4,000")]),
        (200, [(300, "含稅總計 NT$"), (500, "84,000")]),
    ]
    assert _sums(rows) == {"subtotal": "80000.00", "tax": "4000.00", "total": "84000.00"}
