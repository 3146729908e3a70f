"""Mongolia: a НЭХЭМЖЛЭХ (НХМаягт Т-1 style) in Cyrillic Mongolian with НӨАТ 10% (ReportLab).
Kazakhstan: a 1C-style Төлем шоты / Счет на оплату with the payment-order block, БИН/ИИК/БИК, prices
including 12% НДС and the sum in Russian words (fpdf2)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_au1 import D, Spec, fmt, make_key, noto, rnd
from outside_docs_au2 import ru_words
from outside_docs_au3 import FP, RL, grid


def _mn(x) -> str:
    return fmt(x, 2)


def mn_nehemjleh(pdf_path: Path, work: Path) -> dict:
    reg, bold = noto("Sans")
    d = RL(pdf_path, "Нэхэмжлэх", {"r": reg, "b": bold})
    inv, vendor, alt = "25/041", "Оргил Технологи ХХК", "ORGIL TECHNOLOGY LLC"
    items = [
        ("Зөөврийн компьютер Lenovo ThinkPad E14 Gen 5", "ш", 4, D(3250000)),
        ('Монитор Dell P2422H 24"', "ш", 4, D(720000)),
        ("Гар, хулганы иж бүрдэл Logitech MK540", "ком", 4, D(145000)),
        ("Сүлжээний свич TP-Link 16 порт", "ш", 1, D(385000)),
        ("Угсралт, суурилуулалт, тохиргооны ажил", "удаа", 1, D(250000)),
    ]
    sub = sum(q * p for _, _, q, p in items)
    vat = sub * D("0.10")
    total = sub + vat
    d.t(195, 12, "НХМаягт Т-1", 7.5, align="R", color="#555555")
    d.t(195, 15.5, "Сангийн сайдын 2017 оны 347 дугаар тушаалын хавсралт", 7, align="R", color="#555555")
    d.rect(15, 20, 14, 14, color=None, fill="#00695c")
    d.t(22, 29.3, "ОТ", 12, True, "C", "#ffffff")
    d.t(32, 26, vendor, 14, bold=True, color="#00695c")
    d.t(32, 31.5, alt, 8, color="#555555")
    d.t(105, 47, f"НЭХЭМЖЛЭХ № {inv}", 16, bold=True, align="C")
    # two columns: issuer and payer, labels beside values
    left = [
        ("Байгууллагын нэр:", vendor),
        ("Хаяг:", "УБ, Сүхбаатар дүүрэг, 1-р хороо, Энхтайваны өргөн чөлөө 17, Central Tower 9 давхар"),
        ("Утас, факс:", "7011-4580, 9911-4580"),
        ("И-мэйл:", "sales@orgiltech.mn"),
        ("Регистрийн №:", "6342817"),
        ("Банкны нэр:", "Хаан банк"),
        ("Дансны дугаар:", "5037 2214 68 (MNT)"),
    ]
    right = [
        ("Байгууллагын нэр:", "Номин Даатгал ХХК"),
        ("Хаяг:", "УБ, Хан-Уул дүүрэг, 15-р хороо, Чингисийн өргөн чөлөө 24"),
        ("Утас:", "7575-2020"),
        ("Регистрийн №:", "5219486"),
        ("Гэрээний №:", "ОТ/НД-2025/07"),
    ]
    y0 = 56
    d.t(15, y0, "Нэхэмжлэгч:", 9.5, bold=True, color="#00695c")
    d.t(110, y0, "Төлөгч:", 9.5, bold=True, color="#00695c")
    for i, (k, v) in enumerate(left):
        d.t(15, y0 + 6 + i * 5, k, 7.8, color="#555555")
        if len(v) > 40:
            cut = v.rfind(",", 0, 40) + 1
            d.t(42, y0 + 6 + i * 5, v[:cut], 7.8)
            v = v[cut:].strip()
            y0 += 4
        d.t(42, y0 + 6 + i * 5, v, 7.8, bold=i == 0)
    y1 = 56
    for i, (k, v) in enumerate(right):
        d.t(110, y1 + 6 + i * 5, k, 7.8, color="#555555")
        if len(v) > 40:
            cut = v.rfind(",", 0, 40) + 1
            d.t(137, y1 + 6 + i * 5, v[:cut], 7.8)
            v = v[cut:].strip()
            y1 += 4
        d.t(137, y1 + 6 + i * 5, v, 7.8, bold=i == 0)
    y = 104
    d.t(15, y, "Нэхэмжилсэн огноо: 2025 оны 03 сарын 05", 9)
    d.t(195, y, "Төлбөр хийх хугацаа: 2025.03.20", 9, bold=True, align="R")
    rows = [["№", "Гүйлгээний утга", "Нэгж", "Тоо", "Нэгжийн үнэ", "Нийт дүн"]]
    rows += [[str(i), n, u, str(q), _mn(p), _mn(q * p)] for i, (n, u, q, p) in enumerate(items, 1)]
    y = grid(d, 15, y + 4, [9, 72, 20, 12, 32, 35], rows, "CLCRRR", size=8, h=7.5, head_fill="#e0f2f1")
    for i, (lab, v) in enumerate([("Дүн:", sub), ("НӨАТ (10%):", vat), ("Нийт төлөх дүн:", total)]):
        d.t(158, y + 6 + i * 6.5, lab, 9, bold=i == 2, align="R")
        d.t(193.5, y + 6 + i * 6.5, _mn(v), 9.5 if i < 2 else 10.5, bold=i == 2, align="R")
    d.line(128, y + 15.5, 195, y + 15.5, lw=0.6)
    y += 30
    d.t(15, y, "Тайлбар: Төлбөрийг гүйлгээний утгад нэхэмжлэхийн дугаарыг бичиж шилжүүлнэ үү.", 8.3)
    d.t(15, y + 5, "Төлбөр төлөгдсөний дараа И-баримт (ДДТД) илгээгдэнэ.", 8.3)
    sy = y + 22
    for i, (role, name) in enumerate([("Дарга", "Б. Ганболд"), ("Нягтлан бодогч", "Д. Сарангэрэл")]):
        d.t(30, sy + i * 12, f"{role}: ......................... /{name}/", 9)
    d.circle(150, sy + 4, 14, color="#1565c0", lw=1.2)
    d.circle(150, sy + 4, 11.8, color="#1565c0", lw=0.4)
    d.t(150, sy + 1.5, "ОРГИЛ ТЕХНОЛОГИ", 6.5, True, "C", "#1565c0")
    d.t(150, sy + 5.5, "ХХК", 9, True, "C", "#1565c0")
    d.t(150, sy + 9.5, "РД 6342817", 6, True, "C", "#1565c0")
    d.t(150, sy + 22, "Тамга", 8, align="C", color="#555555")
    d.line(15, 284, 195, 284, color="#aaaaaa")
    d.t(
        105,
        288.5,
        "Оргил Технологи ХХК · Албан тасалгааны тоног төхөөрөмж, сүлжээ, техник үйлчилгээ",
        7,
        align="C",
        color="#777777",
    )
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-03-05",
        due_date="2025-03-20",
        total=total,
        currency="MNT",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=sub,
        tax=vat,
        lang="mn",
        country="Mongolia",
        template="mn_nehemjleh_t1_two_column",
        producer="reportlab",
    )


def _kz(x) -> str:
    return fmt(x, 2, " ", ",")


def kz_schet(pdf_path: Path, work: Path) -> dict:
    reg, bold = noto("Sans")
    d = FP("Счет на оплату", {"r": reg, "b": bold})
    inv, vendor, alt = "48", "ТОО «Алатау Сервис Групп»", "«Алатау Сервис Групп» ЖШС"
    items = [
        ("00-1127", "Картридж HP 59A (CF259A) оригинальный", 6, "шт", D("78400")),
        ("00-0341", "Бумага офисная А4 SvetoCopy 80 г/м², 500 л.", 40, "пач", D("2350")),
        ("00-1302", "Тонер-картридж Kyocera TK-1170", 4, "шт", D("36900")),
        ("У-0012", "Сервисное обслуживание МФУ (февраль 2025 г.)", 1, "усл", D("45000")),
        ("У-0031", "Ремонт узла термозакрепления HP LJ M404", 1, "усл", D("28500")),
    ]
    total = sum(q * p for _, _, q, _, p in items)
    vat = rnd(total * 12 / D(112))
    net = total - vat
    d.t(195, 9, f"{alt}  |  {vendor}", 8, bold=True, align="R", color="#1a3fa3")
    d.t(
        15,
        13,
        "Внимание! Оплата данного счета означает согласие с условиями поставки товара. Уведомление об оплате",
        7,
    )
    d.t(
        15,
        16.5,
        "обязательно, в противном случае не гарантируется наличие товара на складе. Товар отпускается по "
        "факту прихода денег",
        7,
    )
    d.t(
        15,
        20,
        "на р/с Поставщика, самовывозом, при наличии доверенности и документов, удостоверяющих личность.",
        7,
    )
    d.t(105, 27.5, "Образец платежного поручения", 10, bold=True, align="C")
    x, y = 15, 30.5
    d.rect(x, y, 180, 24, color="#000000", lw=0.4)
    d.line(x + 110, y, x + 110, y + 24, color="#000000")
    d.line(x + 150, y, x + 150, y + 24, color="#000000")
    d.line(x, y + 13, x + 180, y + 13, color="#000000")
    d.t(x + 1.5, y + 4, "Бенефициар:", 7.5, bold=True)
    d.t(x + 1.5, y + 8, vendor, 8.5, bold=True)
    d.t(x + 1.5, y + 11.8, "БИН: 180940012345", 7.5)
    d.t(x + 111.5, y + 4, "ИИК", 7.5, bold=True)
    d.t(x + 111.5, y + 9, "KZ86722S000012345678", 7.5)
    d.t(x + 151.5, y + 4, "Кбе", 7.5, bold=True)
    d.t(x + 165, y + 9, "17", 8.5, align="C")
    d.t(x + 1.5, y + 17, "Банк бенефициара:", 7.5, bold=True)
    d.t(x + 1.5, y + 21.5, "АО «Kaspi Bank»", 8.5)
    d.t(x + 111.5, y + 17, "БИК", 7.5, bold=True)
    d.t(x + 111.5, y + 21.5, "CASPKZKA", 8.5)
    d.t(x + 151.5, y + 17, "Код назначения", 7, bold=True)
    d.t(x + 151.5, y + 20.3, "платежа", 7, bold=True)
    d.t(x + 176, y + 21.5, "710", 8.5, align="R")
    d.t(15, 66, f"Төлем шоты / Счет на оплату № {inv} от 12 февраля 2025 г.", 13.5, bold=True)
    d.line(15, 69, 195, 69, lw=0.8, color="#000000")
    info = [
        ("Поставщик:", f"БИН / ИИН 180940012345, {vendor}, Республика Казахстан, г. Алматы,"),
        ("", "пр. Райымбека, 212/1, офис 305, тел.: +7 727 355 18 40"),
        ("Покупатель:", "БИН / ИИН 090540007812, ТОО «Жетысу Логистик», г. Алматы, ул. Бокейханова, 510"),
        ("Договор:", "Договор поставки № 15/24 от 10.09.2024 г."),
    ]
    for i, (k, v) in enumerate(info):
        d.t(15, 75 + i * 5, k, 8.3)
        d.t(36, 75 + i * 5, v, 8.3, bold=k == "Поставщик:" or k == "Покупатель:")
    rows = [["№", "Код", "Наименование", "Кол-во", "Ед.", "Цена", "Сумма"]]
    rows += [[str(i), c, n, str(q), u, _kz(p), _kz(q * p)] for i, (c, n, q, u, p) in enumerate(items, 1)]
    y = grid(
        d,
        15,
        97,
        [8, 16, 78, 14, 10, 25, 29],
        rows,
        "CLLRCRR",
        size=7.8,
        h=6.5,
        head_fill=None,
        color="#000000",
    )
    for i, (lab, v) in enumerate([("Итого без НДС:", net), ("НДС 12%:", vat), ("Итого к оплате:", total)]):
        d.t(166, y + 5 + i * 5, lab, 8.8, bold=True, align="R")
        d.t(195, y + 5 + i * 5, _kz(v), 8.8, bold=True, align="R")
    d.t(15, y + 22, f"Всего наименований {len(items)}, на сумму {_kz(total)} KZT", 8.5)
    words = ru_words(int(total))
    d.t(15, y + 27, f"Всего к оплате: {words[:1].upper() + words[1:]} тенге 00 тиын", 8.8, bold=True)
    d.t(15, y + 34, "Срок оплаты: до 21.02.2025 г. (счет действителен 7 банковских дней)", 8.5)
    d.line(15, y + 38, 195, y + 38, lw=0.8, color="#000000")
    d.t(15, y + 50, "Исполнитель", 9, bold=True)
    d.line(40, y + 50.5, 95, y + 50.5, color="#000000")
    d.t(97, y + 50, "/Нурланов А. Б./", 9)
    d.t(130, y + 50, "Главный бухгалтер", 9, bold=True)
    d.circle(72, y + 50.3, 13, color="#1a3fa3", lw=0.9)
    d.circle(72, y + 50.3, 10.5, color="#1a3fa3", lw=0.3)
    d.t(72, y + 46, "«АЛАТАУ СЕРВИС", 5.8, True, "C", "#1a3fa3")
    d.t(72, y + 49.5, "ГРУПП» ЖШС", 5.8, True, "C", "#1a3fa3")
    d.t(72, y + 53, "БСН 180940012345", 5.2, True, "C", "#1a3fa3")
    d.t(72, y + 56.5, "Алматы", 5.8, True, "C", "#1a3fa3")
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-02-12",
        due_date="2025-02-21",
        total=total,
        currency="KZT",
        vendor_name=vendor,
        vendor_name_alt=alt,
        subtotal=net,
        tax=vat,
        lang="ru+kk",
        country="Kazakhstan",
        template="kz_1c_schet_na_oplatu_vat_included",
        producer="fpdf2",
    )


SPECS = [
    Spec("au_mn_nehemjleh_t1", "Mongolia", "Cyrillic (Mongolian)", "reportlab", mn_nehemjleh),
    Spec("au_kz_schet_na_oplatu", "Kazakhstan", "Cyrillic (Russian + Kazakh)", "fpdf2", kz_schet),
]
