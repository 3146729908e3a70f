"""Invoices of East Asia, Thailand, India, Israel and the Arab world: dates, labels, marks and scripts."""

from __future__ import annotations

import pytest

from idp.extractors import extract_document
from idp.extractors.normalize import normalize_date
from idp.pipeline.pdf import compatible, logical_order
from tests.extractors.builders import LINE_H, doc_from_rows, make_doc, words_at


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2024年3月31日", "2024-03-31"),
        ("開票日期：2024年06月18日", "2024-06-18"),
        ("令和6年3月14日", "2024-03-14"),  # the Japanese era: Reiwa 6
        ("平成31年4月30日", "2019-04-30"),
        ("民國113年7月22日", "2024-07-22"),  # the Republic of China's years, with or without the era
        ("113年07月22日", "2024-07-22"),
        ("2024년 5월 20일", "2024-05-20"),
        ("14/03/2567", "2024-03-14"),  # the Buddhist era
    ],
)
def test_dates_of_east_asia_and_thailand(printed: str, iso: str) -> None:
    assert normalize_date(printed) == iso


def test_a_letterspaced_japanese_bill_in_yen() -> None:
    rows = [
        (20, [(20, "請求番号 R6-0061"), (400, "令和6年3月14日")]),
        (60, [(200, "御 請 求 書")]),
        (100, [(20, "京都府立文化交流センター 御中"), (400, "株式会社山科建築設計")]),
        (130, [(400, "〒606-8203 京都府京都市左京区田中関田町22番地")]),
        (160, [(20, "御請求金額 ￥2,255,000－ （税込）")]),
        (200, [(20, "1 基本設計業務 一式"), (500, "850,000")]),
        (225, [(20, "2 実施設計業務 一式"), (500, "1,200,000")]),
        (260, [(300, "小 計"), (500, "2,050,000")]),
        (285, [(300, "消費税（10%）"), (500, "205,000")]),
        (310, [(300, "合 計"), (500, "2,255,000円")]),
        (340, [(20, "お支払期日：令和6年4月30日")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert doc.doc_type.value == "invoice"
    got = {k: doc.fields[k].value for k in ("invoice_number", "date", "due_date", "currency", "total", "tax")}
    assert got == {
        "invoice_number": "R6-0061", "date": "2024-03-14", "due_date": "2024-04-30", "currency": "JPY",
        "total": "2255000.00", "tax": "205000.00",
    }  # fmt: skip
    assert doc.fields["vendor_name"].value == "株式会社山科建築設計"  # not the one addressed (御中)


def test_the_yen_sign_of_a_chinese_invoice_is_the_yuan() -> None:
    rows = [
        (20, [(20, "电子发票（增值税专用发票）"), (400, "发票号码：24442000000087654321")]),
        (45, [(400, "开票日期：2024年06月18日")]),
        (70, [(20, "买 名称：深圳市前海云帆科技有限公司"), (360, "售 名称：广州华信达电子科技有限公司")]),
        (95, [(20, "统一社会信用代码/纳税人识别号：91440101MA9XR3LD4F")]),
        (120, [(20, "*电子元件*贴片电容 个 50000"), (400, "929.20"), (500, "120.80")]),
        (160, [(20, "价税合计 ¥1050.00")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert doc.doc_type.value == "invoice"
    assert doc.fields["currency"].value == "CNY" and doc.fields["total"].value == "1050.00"
    assert doc.fields["invoice_number"].value == "24442000000087654321"
    assert doc.fields["date"].value == "2024-06-18"
    assert (
        doc.fields["vendor_name"].value == "广州华信达电子科技有限公司"
    )  # the seller (售), not the buyer (买)


def test_hebrew_and_arabic_words_of_a_text_layer_read_in_their_order() -> None:
    assert logical_order(":ךיראת") == "תאריך:"  # visual order, as the page lays the letters out
    assert logical_order('מ"עב') == 'בע"מ'
    assert logical_order("12/06/2024-ב") == "ב-12/06/2024"  # a date inside keeps its order
    assert logical_order("ةروتافلا") == "الفاتورة"
    assert logical_order("٣٠٤") == "٣٠٤" and logical_order("INV-7") == "INV-7"


def test_a_hebrew_invoice_reads_right_to_left() -> None:
    """Each word as ingest gives it (its letters turned back), the words where they stand on the page."""
    rows = [
        (20, [(300, 'בע"מ'), (340, "מידע"), (400, "מערכות"), (460, "אורן")]),
        (45, [(80, "billing@oren-is.co.il"), (260, "·"), (280, "03-6447821"), (380, "טלפון")]),
        (60, [(300, "40127"), (380, "מס'"), (420, "מס"), (460, "חשבונית")]),
        (90, [(300, "12/06/2024"), (380, "תאריך:")]),
        (300, [(200, "34,830.00"), (300, 'מע"מ'), (340, "לפני"), (380, 'סה"כ')]),
        (325, [(200, "5,921.10"), (300, "17%"), (340, 'מע"מ')]),
        (350, [(200, "40,751.10"), (280, "₪"), (300, "לתשלום"), (380, 'סה"כ')]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert doc.doc_type.value == "invoice"
    assert "חשבונית מס מס' 40127" in [line.text for line in doc.lines]  # read right to left
    got = {k: doc.fields[k].value for k in ("invoice_number", "date", "currency", "total", "subtotal", "tax")}
    assert got == {
        "invoice_number": "40127", "date": "2024-06-12", "currency": "ILS", "total": "40751.10",
        "subtotal": "34830.00", "tax": "5921.10",
    }  # fmt: skip


def test_arabic_ligatures_kashida_and_eastern_digits() -> None:
    assert logical_order("يلامجإلا") == "الإجمالي"  # a lam-alef ligature split the wrong way round
    assert logical_order("ةروتـــاف") == "فاتورة"  # no tatweel
    rows = [
        (20, [(300, "الذهبي"), (360, "الخليج"), (420, "مؤسسة")]),
        (60, [(400, "فاتورة")]),
        (90, [(150, "GG-4417"), (240, "الفاتورة:"), (330, "رقم")]),
        (120, [(200, "١٧"), (220, "/"), (235, "١١"), (255, "/"), (270, "٢٠٢٤"), (320, "التاريخ:")]),
        (300, [(200, "1,489.500"), (280, "د.ك"), (340, "الإجمالي")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert "التاريخ: 17 / 11 / 2024" in [line.text for line in doc.lines]  # figures keep their order
    assert doc.doc_type.value == "invoice"
    got = {k: doc.fields[k].value for k in ("invoice_number", "date", "currency", "total")}
    assert got == {"invoice_number": "GG-4417", "date": "2024-11-17", "currency": "KWD", "total": "1489.500"}


def test_radicals_presentation_forms_and_indic_digits() -> None:
    assert compatible("⽇期 ⾦額") == "日期 金額"  # Kangxi radicals a font mapped the ideographs to
    assert logical_order(compatible("ةرﻮﺗﺎﻓ")) == "فاتورة"  # presentation forms, visual order
    rows = [
        (20, [(20, "客户名称： 杭州青禾电子商务有限公司"), (330, "单"), (350, "号： QK-20250120-016")]),
        (45, [(330, "请款日期： 2025年1月20日")]),
        (70, [(20, "服务费请款单")]),
        (300, [(300, "价税合计（小写）"), (450, "¥53,000.00")]),
        (330, [(20, "মোট"), (200, "২,৭৬,০০০.০০")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert doc.fields["invoice_number"].value == "QK-20250120-016"  # a letterspaced label: 单 号
    assert doc.lines[-1].text == "মোট 2,76,000.00"  # Bengali digits


def test_a_bilingual_row_laid_out_right_to_left_reads_its_arabic_labels_first() -> None:
    rows = [
        (20, [(20, "PEARL COAST TRADING W.L.L.")]),
        (60, [(300, "فاتورة"), (250, "INVOICE")]),
        # as a text layer gives it: a figure at the left, each English label right of its value, the
        # Arabic label right of that (its letters already turned back by ingest)
        (
            90,
            [
                (20, "20/01/2025"),
                (100, "Date"),
                (140, "التاريخ"),
                (260, "PCT/2025/0093"),
                (360, "Invoice"),
                (410, "No"),
                (440, "الفاتورة"),
                (500, "رقم"),
            ],
        ),
        (300, [(20, "15,750.00"), (100, "Total"), (140, "(QAR)"), (200, "الإجمالي")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    got = {k: doc.fields[k].value for k in ("invoice_number", "total", "currency")}
    assert got == {"invoice_number": "PCT/2025/0093", "total": "15750.00", "currency": "QAR"}
    # a row written left to right keeps its order: its English label opens it
    assert (
        extract_document(
            doc_from_rows(
                [(20, [(20, "Total"), (80, "(Excl. VAT)"), (200, "AED 72,634.25"), (300, "الإجمالي")])]
            )
        )
        .lines[0]
        .text.startswith("Total")
    )


def test_a_bilingual_row_that_opens_with_a_code_is_read_right_to_left() -> None:
    """``WGT-2024-00871 .Invoice No / رقم الفاتورة``: the number printed left of its labels in a page laid out
    right to left; an address that opens with a house number (``14-KM Road``) keeps its order."""
    rows = [
        (20, [(20, "TAX INVOICE"), (400, "فاتورة"), (520, "ضريبية")]),
        (60, [(20, "WGT-2024-00871"), (200, ".Invoice No /"), (400, "الفاتورة"), (520, "رقم")]),
        (90, [(20, "14-KM Sheikhupura Road"), (300, "Date /"), (400, "تاريخ"), (520, "18-01-2025")]),
        (300, [(20, "Total"), (100, "AED 27,909.00")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    assert doc.fields["invoice_number"].value == "WGT-2024-00871"
    assert doc.lines[2].text.startswith("14-KM Sheikhupura Road")


def test_a_label_glossed_in_english_and_a_number_word_after_the_title() -> None:
    """``发票号 PI No.: HD-PI-25017``: the English gloss up to the colon belongs to the label (it is no longer
    label of its own); ``חשבונית מס מס' 30512``: the number word right after the document's name."""
    rows = [
        (20, [(20, "宁波海曙恒达五金制品有限公司"), (400, "形式发票")]),
        (50, [(20, "发票号 PI No.: HD-PI-25017"), (400, "日期 Date: 2025-01-08")]),
        (300, [(20, "合计 TOTAL（人民币 CNY）"), (400, "86,450.00")]),
    ]
    assert extract_document(doc_from_rows(rows, 720, 900)).fields["invoice_number"].value == "HD-PI-25017"
    # as the text layer places them: the words of a line right to left, the title in large type
    title = words_at("מקור 30512 מס' מס חשבונית", 200, 60, h=2.5 * LINE_H)
    body = [
        w
        for y, text in (
            (20, 'מ"בע מידע מערכות אורן'),
            (110, "12/01/2025 :תאריך"),
            (300, '₪ 5,310.00 לתשלום סה"כ'),
        )
        for w in words_at(text, 20, y)
    ]
    doc = extract_document(make_doc([title + body], 720, 900))
    assert doc.fields["invoice_number"].value == "30512"


def test_an_approval_number_that_opens_with_a_date() -> None:
    """A Korean tax invoice's approval number opens with its date (``20240520-41000028-73902641``)."""
    korean = [
        (
            20,
            [(20, "전자세금계산서 (공급자 보관용)"), (300, "승인번호"), (400, "20240520-41000028-73902641")],
        ),
        (60, [(20, "작성일자 2024-05-20"), (300, "합계금액 6,017,000")]),
    ]
    doc = extract_document(doc_from_rows(korean, 720, 900))
    assert doc.fields["invoice_number"].value == "20240520-41000028-73902641"


def test_a_number_on_a_line_of_its_own_over_the_title() -> None:
    """``No. SK-2501-0087`` alone on its line at the top of a Japanese bill numbers it."""
    japanese = [
        (20, [(500, "No. SK-2501-0087")]),
        (45, [(500, "発行日 2025年1月31日")]),
        (80, [(250, "請 求 書")]),
        (120, [(20, "株式会社ミナト精機 御中"), (400, "医療法人社団青葉会")]),
        (300, [(300, "合計金額"), (500, "¥135,300")]),
    ]
    doc = extract_document(doc_from_rows(japanese, 720, 900))
    assert doc.fields["invoice_number"].value == "SK-2501-0087"


def test_dinars_of_three_decimals_with_an_arabic_mark_and_a_rate_after_the_tax() -> None:
    """``الإجمالي المستحق 1,450.000 د.أ``: the mark after the figure; ``ضريبة المبيعات 200.000 ٪16``: the
    rate after the tax."""
    rows = [  # as the text layer places them: each line's words right to left
        (
            20,
            [
                (20, "ضريبية"),
                (90, "فاتورة"),
                (400, "ذ.م.م"),
                (460, "الطبية"),
                (530, "البتراء"),
                (600, "شركة"),
            ],
        ),
        (
            50,
            [
                (20, "28/01/2025"),
                (120, "الفاتورة"),
                (190, "تاريخ"),
                (300, "2025-00481"),
                (400, "الفاتورة"),
                (470, "رقم"),
            ],
        ),
        (80, [(20, "+962"), (60, "6"), (80, "568"), (120, "2240"), (200, "هاتف")]),
        (200, [(300, "1,250.000"), (400, "الضريبة"), (470, "قبل"), (520, "المجموع")]),
        (225, [(250, "200.000"), (330, "٪16"), (400, "المبيعات"), (470, "ضريبة")]),
        (250, [(250, "د.أ"), (300, "1,450.000"), (400, "المستحق"), (470, "الإجمالي")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    got = {k: doc.fields[k].value for k in ("currency", "subtotal", "tax", "total")}
    assert got == {"currency": "JOD", "subtotal": "1250.000", "tax": "200.000", "total": "1450.000"}


def test_a_mongolian_invoice_and_a_kazakh_one() -> None:
    """Mongolian labels and dates (``2025 оны 03 сарын 05``) and the tögrög; a Russian-language invoice of
    Kazakhstan numbered in its title (``Счет на оплату № 48 от 12 февраля 2025 г.``), in tenge."""
    mongolian = [
        (20, [(20, "Оргил Технологи ХХК")]),
        (50, [(200, "НЭХЭМЖЛЭХ № 25/041")]),
        (80, [(20, "Хаяг: УБ, Сүхбаатар дүүрэг, 1-р хороо")]),
        (110, [(20, "Нэхэмжилсэн огноо: 2025 оны 03 сарын 05"), (400, "Төлбөр хийх хугацаа: 2025.03.20")]),
        (140, [(20, "1 Зөөврийн компьютер ш 4 3,250,000.00"), (500, "13,000,000.00")]),
        (170, [(300, "Дүн:"), (500, "13,000,000.00")]),
        (195, [(300, "НӨАТ (10%):"), (500, "1,300,000.00")]),
        (220, [(300, "Нийт төлөх дүн:"), (500, "14,300,000.00")]),
    ]
    doc = extract_document(doc_from_rows(mongolian, 720, 900))
    assert doc.doc_type.value == "invoice"
    names = ("invoice_number", "date", "due_date", "currency", "subtotal", "tax", "total")
    assert {k: doc.fields[k].value for k in names} == {
        "invoice_number": "25/041", "date": "2025-03-05", "due_date": "2025-03-20", "currency": "MNT",
        "subtotal": "13000000.00", "tax": "1300000.00", "total": "14300000.00",
    }  # fmt: skip
    title = words_at("Счет на оплату № 48 от 12 февраля 2025 г.", 100, 60, h=2 * LINE_H)
    kazakh = [
        (20, [(20, "ТОО «Алатау Сервис Групп»"), (400, "БИН: 180940012345")]),
        (100, [(20, "Поставщик: ТОО «Алатау Сервис Групп», Республика Казахстан, г. Алматы")]),
        (130, [(20, "Договор: Договор поставки № 15/24 от 10.09.2024 г.")]),
        (160, [(20, "1 Картридж HP 59A 6 шт 78 400,00"), (500, "470 400,00")]),
        (190, [(300, "Итого к оплате:"), (500, "470 400,00")]),
        (215, [(20, "Всего наименований 1, на сумму 470 400,00 KZT")]),
    ]
    body = [w for y, cells in kazakh for x, text in cells for w in words_at(text, x, y)]
    doc = extract_document(make_doc([title + body], 720, 900))
    names = ("invoice_number", "date", "currency", "total")
    assert {k: doc.fields[k].value for k in names} == {
        "invoice_number": "48",
        "date": "2025-02-12",
        "currency": "KZT",
        "total": "470400.00",
    }


def test_arabic_month_names_and_a_net_due_after_a_discount() -> None:
    """``التاريخ: 11 مارس 2025``; ``الصافي المستحق ) د.ك 1,400.000 (`` after ``المجموع 1,417.250`` and a
    discount: the amount due is the last total."""
    rows = [  # as the text layer places them: each line's words right to left
        (20, [(400, "فاتورة")]),
        (
            50,
            [
                (20, "2025"),
                (70, "مارس"),
                (120, "11"),
                (160, "التاريخ:"),
                (300, "2500934"),
                (380, "الفاتورة:"),
                (460, "رقم"),
            ],
        ),
        (200, [(300, "1,417.250"), (420, "المجموع")]),
        (225, [(300, "17.250"), (420, "الخصم")]),
        (250, [(200, "("), (230, "1,400.000"), (330, "د.ك"), (380, ")"), (420, "المستحق"), (500, "الصافي")]),
    ]
    doc = extract_document(doc_from_rows(rows, 720, 900))
    got = {k: doc.fields[k].value for k in ("date", "currency", "total")}
    assert got == {"date": "2025-03-11", "currency": "KWD", "total": "1400.000"}


def test_an_uzbek_invoice_numbered_after_its_name_and_dated_year_first() -> None:
    """``HISOB-FAKTURA № 157`` (the name a label too, the number after ``№``) and ``2025-yil 14-fevral``."""
    title = words_at("HISOB-FAKTURA № 157", 200, 20, h=2 * LINE_H)
    body = [
        w
        for y, text in ((60, "2025-yil 14-fevral"), (300, "Jami to'lovga: 94 668 000,00 so'm"))
        for w in words_at(text, 200, y)
    ]
    doc = extract_document(make_doc([title + body], 720, 900))
    got = {k: doc.fields[k].value for k in ("invoice_number", "date", "currency")}
    assert got == {"invoice_number": "157", "date": "2025-02-14", "currency": "UZS"}
