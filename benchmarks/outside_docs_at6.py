"""Korea: a 청구서 for design services (fpdf2) and a 전자세금계산서 grid (ReportLab); Vietnam: a hóa đơn
giá trị gia tăng (ReportLab, Noto Sans)."""

from __future__ import annotations

from pathlib import Path

from outside_docs_at1 import NOTO_TTF, D, Spec, cjk_ttf, fmt, ko_words, make_key
from outside_docs_at2 import FP, RL, rl_register, table_rows

RED, BLUE = "#c62828", "#1f3f95"


def _won(x) -> str:
    return fmt(x, 0)


def kr_bill(pdf_path: Path, work: Path) -> dict:
    d = FP("청구서", {"ko": (cjk_ttf("ko", work), cjk_ttf("ko", work, bold=True))}, "ko")
    inv, vendor = "HB-2501-027", "(주)한빛디자인랩"
    items = [
        ("브랜드 아이덴티티 리뉴얼 디자인", "1식", 1, D(2500000)),
        ("패키지 디자인 (3종)", "종", 3, D(600000)),
        ("인쇄 감리 및 색교정", "회", 1, D(500000)),
    ]
    sub = sum(q * p for *_, q, p in items)
    vat = sub / 10
    total = sub + vat
    d.rect(70, 14, 70, 14, color="#333333", lw=0.8)
    d.t(105, 24, "청   구   서", 20, bold=True, align="C")
    d.t(15, 40, "주식회사 서울물산  귀하", 13, bold=True)
    d.line(15, 42, 85, 42, lw=0.4)
    for i, (k, v) in enumerate(
        [("청구번호", inv), ("청구일자", "2025년 01월 24일"), ("입금기한", "2025년 02월 10일")]
    ):
        d.t(15, 51 + i * 6, f"{k} : {v}", 9.5)
    d.t(15, 73, "아래와 같이 청구합니다.", 9.5)
    # supplier block (공급자)
    x0, y0 = 100, 34
    d.rect(x0, y0, 8, 42, color=RED)
    for i, ch in enumerate("공급자"):
        d.t(x0 + 4, y0 + 15 + i * 6, ch, 9, bold=True, align="C", color=RED)
    cells = [
        [("등록번호", 18, "214-86-12345", 69)],
        [("상    호", 18, vendor, 30), ("성명", 12, "김서연", 27)],
        [("주    소", 18, "서울특별시 강남구 테헤란로 311, 9층", 69)],
        [("업    태", 18, "서비스", 30), ("종목", 12, "시각디자인", 27)],
    ]
    for r, row in enumerate(cells):
        cx, cy, h = x0 + 8, y0 + r * 10.5, 10.5
        for lab, lw, val, vw in row:
            d.rect(cx, cy, lw, h, color=RED, fill="#fdecea")
            d.t(cx + lw / 2, cy + 6.6, lab, 8.3, align="C")
            d.rect(cx + lw, cy, vw, h, color=RED)
            d.t(cx + lw + 1.8, cy + 6.6, val, 8.8 if len(val) < 20 else 7.6, bold=lab.startswith("상"))
            cx += lw + vw
    d.circle(189, y0 + 15.75, 5.2, color=RED, lw=0.8)
    d.t(189, y0 + 17.2, "(인)", 7.5, bold=True, align="C", color=RED)
    d.rect(15, 84, 180, 13, color="#333333", lw=0.9)
    d.rect(15, 84, 36, 13, color="#333333", fill="#f2f2f2", lw=0.9)
    d.t(33, 89.5, "합계금액", 10.5, bold=True, align="C")
    d.t(33, 94, "(VAT 포함)", 7.5, align="C")
    d.t(55, 92.6, f"일금 {ko_words(int(total))}원정", 12.5, bold=True)
    d.t(192, 92.6, f"(₩{_won(total)})", 12.5, bold=True, align="R")
    rows = [["No", "품목", "단위", "수량", "단가", "공급가액", "세액"]]
    for i, (n, u, q, p) in enumerate(items):
        rows.append([str(i + 1), n, u, str(q), _won(p), _won(q * p), _won(q * p / 10)])
    rows += [["", "", "", "", "", "", ""]] * 5
    y = table_rows(
        d, 15, 104, [10, 62, 14, 14, 26, 28, 26], rows, "CLCRRRR", size=9, h=8, header_fill="#eeeeee"
    )
    labels = [("공급가액", sub), ("부가세", vat), ("합계", total)]
    for i, (lab, val) in enumerate(labels):
        d.rect(15 + i * 60, y, 24, 9, color="#333333", fill="#eeeeee")
        d.t(27 + i * 60, y + 6, lab, 9.5, bold=True, align="C")
        d.rect(39 + i * 60, y, 36, 9, color="#333333")
        d.t(73 + i * 60, y + 6, _won(val), 10, bold=i == 2, align="R")
    by = y + 20
    d.t(15, by, "입금계좌 : 국민은행 123456-01-234567  (예금주: (주)한빛디자인랩)", 9.5, bold=True)
    d.t(15, by + 7, "· 세금계산서는 입금 확인 후 전자세금계산서로 발행됩니다.", 8.8)
    d.t(15, by + 13, "· 문의 : 경영지원팀 이수민  02-555-0192  billing@hanbitlab.example.kr", 8.8)
    d.line(15, 283, 195, 283, color="#999999")
    d.t(
        105,
        288,
        "(주)한빛디자인랩 · 서울특별시 강남구 테헤란로 311, 9층 · 대표전화 02-555-0190",
        7.5,
        align="C",
        color="#666666",
    )
    d.save(pdf_path)
    return make_key(
        invoice_number=inv,
        date="2025-01-24",
        due_date="2025-02-10",
        total=total,
        currency="KRW",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="ko",
        template="kr_cheonggu_supplier_grid",
        producer="fpdf2",
    )


def kr_tax_invoice(pdf_path: Path, work: Path) -> dict:
    r = rl_register("NotoSansKR-AT", cjk_ttf("ko", work))
    b = rl_register("NotoSansKR-AT-B", cjk_ttf("ko", work, bold=True))
    d = RL(pdf_path, "전자세금계산서", r, b)
    inv, vendor = "20250131-41000078-52913464", "대성정밀 주식회사"
    items = [
        ("01", "10", "정밀 샤프트 가공", "SFT-40", 200, D(28500)),
        ("01", "17", "플랜지 가공", "FL-120", 150, D(31000)),
        ("01", "24", "열처리 외주", "-", 1, D(2000000)),
    ]
    sub = sum(q * p for *_, q, p in items)
    vat = sub / 10
    total = sub + vat
    x0, w = 12, 186
    d.rect(x0, 14, w, 14, color=BLUE, lw=1.0)
    d.t(80, 24, "전자세금계산서", 17, bold=True, align="C", color=BLUE)
    d.t(80, 27, "(공급받는자 보관용)", 6.5, align="C", color=BLUE)
    d.line(140, 14, 140, 28, color=BLUE)
    d.t(142, 20, "승인번호", 8, color=BLUE)
    d.t(196, 25.5, inv, 8.6, bold=True, align="R")
    y0 = 28

    def side(x, color, label, rows):
        d.rect(x, y0, 7, 45, color=color)
        for i, ch in enumerate(label):
            d.t(x + 3.5, y0 + 14 + i * 6, ch, 8.5, bold=True, align="C", color=color)
        for ri, cells in enumerate(rows):
            cx, cy = x + 7, y0 + ri * 9
            for lab, lw, val, vw in cells:
                d.rect(cx, cy, lw, 9, color=color)
                d.t(cx + lw / 2, cy + 5.8, lab, 7, align="C", color=color)
                d.rect(cx + lw, cy, vw, 9, color=color)
                d.t(cx + lw + 1.2, cy + 5.8, val, 7.6 if len(val) < 22 else 6.6)
                cx += lw + vw

    side(
        x0,
        RED,
        "공급자",
        [
            [("등록번호", 14, "127-81-45678", 30), ("종사업장", 12, "", 30)],
            [("상호", 14, vendor, 30), ("성명", 12, "박정호", 30)],
            [("사업장", 14, "경기도 안산시 단원구 산단로 163", 72)],
            [("업태", 14, "제조업", 30), ("종목", 12, "금속가공", 30)],
            [("이메일", 14, "tax@daesung-pm.example.kr", 72)],
        ],
    )
    side(
        x0 + 93,
        BLUE,
        "공급받는자",
        [
            [("등록번호", 14, "134-86-23456", 30), ("종사업장", 12, "", 30)],
            [("상호", 14, "주식회사 태양기계", 30), ("성명", 12, "오세훈", 30)],
            [("사업장", 14, "경기도 화성시 향남읍 제약공단2길 45", 72)],
            [("업태", 14, "제조업", 30), ("종목", 12, "산업기계", 30)],
            [("이메일", 14, "ap@taeyang-mc.example.kr", 72)],
        ],
    )
    y = y0 + 45
    hdr = [
        ("작성일자", 34, "2025/01/31"),
        ("공급가액", 50, _won(sub)),
        ("세액", 46, _won(vat)),
        ("수정사유", 56, "해당 없음"),
    ]
    cx = x0
    for lab, cw, val in hdr:
        d.rect(cx, y, cw, 7, color=BLUE, fill="#e8eaf6")
        d.t(cx + cw / 2, y + 4.8, lab, 8, bold=True, align="C", color=BLUE)
        d.rect(cx, y + 7, cw, 8, color=BLUE)
        d.t(
            cx + cw - 2 if lab != "작성일자" and lab != "수정사유" else cx + cw / 2,
            y + 12.5,
            val,
            9,
            align="R" if lab in ("공급가액", "세액") else "C",
        )
        cx += cw
    y += 15
    d.rect(x0, y, 20, 8, color=BLUE, fill="#e8eaf6")
    d.t(x0 + 10, y + 5.5, "비고", 8, bold=True, align="C", color=BLUE)
    d.rect(x0 + 20, y, w - 20, 8, color=BLUE)
    d.t(x0 + 22, y + 5.5, "2025년 1월분 가공비 (발주번호 TY-PO-2412-077)", 8.5)
    y += 8
    rows = [["월", "일", "품목", "규격", "수량", "단가", "공급가액", "세액", "비고"]]
    for m, dd, n, s, q, p in items:
        rows.append([m, dd, n, s, fmt(q, 0), _won(p), _won(q * p), _won(q * p / 10), ""])
    rows.append([""] * 9)
    y = table_rows(
        d,
        x0,
        y,
        [9, 9, 44, 20, 14, 22, 28, 24, 16],
        rows,
        "CCLCRRRRL",
        size=8,
        h=7.5,
        header_fill="#e8eaf6",
        color=BLUE,
    )
    bot = [("합계금액", _won(total)), ("현금", ""), ("수표", ""), ("어음", ""), ("외상미수금", _won(total))]
    cx = x0
    for lab, val in bot:
        d.rect(cx, y, 30, 7, color=BLUE, fill="#e8eaf6")
        d.t(cx + 15, y + 4.8, lab, 8, bold=True, align="C", color=BLUE)
        d.rect(cx, y + 7, 30, 9, color=BLUE)
        d.t(cx + 28, y + 13, val, 9.2, bold=lab == "합계금액", align="R")
        cx += 30
    d.rect(cx, y, w - 150, 16, color=BLUE)
    d.t(cx + (w - 150) / 2, y + 9.5, "이 금액을 (청구) 함", 9.5, bold=True, align="C", color=BLUE)
    d.t(
        x0,
        y + 24,
        "국세청 홈택스(www.hometax.go.kr)에서 승인번호로 발급 내역을 조회할 수 있습니다.",
        7.8,
        color="#555555",
    )
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-01-31",
        due_date=None,
        total=total,
        currency="KRW",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="ko",
        template="kr_e_tax_invoice_grid",
        producer="reportlab",
    )


def vn_gtgt(pdf_path: Path, work: Path) -> dict:
    r = rl_register("NotoSans-AT", NOTO_TTF / "NotoSans-Regular.ttf")
    b = rl_register("NotoSans-AT-B", NOTO_TTF / "NotoSans-Bold.ttf")
    d = RL(pdf_path, "Hóa đơn giá trị gia tăng", r, b)
    red = "#b71c1c"
    inv, vendor = "00000184", "CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ SAO MAI"
    items = [
        ("Máy khoan bê tông Bosch GBH 2-28", "Cái", 5, D(2900000)),
        ("Máy cắt sắt Makita LW1401", "Cái", 2, D(3750000)),
        ("Bộ mũi khoan SDS plus 5 chi tiết", "Bộ", 10, D(250000)),
    ]
    sub = sum(q * p for _, _, q, p in items)
    vat = sub * D("0.08")
    total = sub + vat

    def vnd(x) -> str:
        return fmt(x, 0, ".", ",")

    d.c.setFillColorRGB(0.72, 0.11, 0.11)
    d.c.circle(25 * 2.8346457, (d.h - 24) * 2.8346457, 9 * 2.8346457, stroke=0, fill=1)
    d.t(25, 26.5, "SM", 12, bold=True, align="C", color="#ffffff")
    d.t(38, 18, vendor, 11, bold=True, color=red)
    seller = [
        "Mã số thuế: 0312345678",
        "Địa chỉ: 128 Nguyễn Xí, Phường 26, Quận Bình Thạnh, TP. Hồ Chí Minh",
        "Điện thoại: 028 3511 2468",
        "Số tài khoản: 0071001234567 tại Vietcombank - CN TP. Hồ Chí Minh",
    ]
    for i, line in enumerate(seller):
        d.t(38, 23.5 + i * 4.6, line, 8)
    d.line(15, 44, 195, 44, color=red, lw=0.8)
    d.t(105, 53, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 16, bold=True, align="C", color=red)
    d.t(105, 58.5, "(VAT INVOICE)", 9, align="C")
    d.t(105, 64, "Ngày 15 tháng 01 năm 2025", 9.5, align="C")
    d.t(105, 69, "Mã của CQT: 00A7F3C91B2D4E5F60718293A4B5C6D7E8", 7.8, align="C", color="#444444")
    d.t(160, 53, "Ký hiệu (Serial): 1C25TSM", 8.5)
    d.t(160, 58.5, "Số (No.):", 8.5)
    d.t(174, 58.5, inv, 11, bold=True, color=red)
    buyer = [
        ("Họ tên người mua hàng (Buyer):", "Trần Minh Khoa"),
        ("Tên đơn vị (Company):", "CÔNG TY CỔ PHẦN XÂY DỰNG AN PHÁT"),
        ("Mã số thuế (Tax code):", "0109876543"),
        ("Địa chỉ (Address):", "Số 45 Lê Văn Lương, Phường Nhân Chính, Quận Thanh Xuân, Hà Nội"),
        ("Hình thức thanh toán (Payment):", "TM/CK          Số tài khoản: 1903 6789 0120 11 - Techcombank"),
    ]
    for i, (k, v) in enumerate(buyer):
        d.t(15, 79 + i * 5.6, k, 8.3)
        d.t(63, 79 + i * 5.6, v, 8.6, bold=i == 1)
    rows = [
        ["STT", "Tên hàng hóa, dịch vụ", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền"],
        ["1", "2", "3", "4", "5", "6 = 4 x 5"],
    ]
    for i, (n, u, q, p) in enumerate(items):
        rows.append([str(i + 1), n, u, str(q), vnd(p), vnd(q * p)])
    rows += [[""] * 6] * 4
    y = table_rows(
        d,
        15,
        108,
        [11, 71, 20, 18, 28, 32],
        rows,
        "CLCRRR",
        size=8.3,
        h=7,
        header_fill="#fdecea",
        color="#8d6e63",
        center_rows=(0, 1),
    )
    summary = [
        ("Cộng tiền hàng (Sub total):", vnd(sub)),
        ("Thuế suất GTGT (VAT rate): 8%     Tiền thuế GTGT (VAT amount):", vnd(vat)),
        ("Tổng cộng tiền thanh toán (Total payment):", vnd(total)),
    ]
    for i, (k, v) in enumerate(summary):
        d.rect(15, y, 180, 7, color="#8d6e63")
        d.t(148, y + 4.9, k, 8.3, bold=i == 2, align="R")
        d.t(193, y + 4.9, v, 9 if i == 2 else 8.5, bold=i == 2, align="R")
        y += 7
    d.rect(15, y, 180, 7, color="#8d6e63")
    d.t(
        17,
        y + 4.9,
        "Số tiền viết bằng chữ (In words): Hai mươi sáu triệu bốn trăm sáu mươi nghìn đồng chẵn.",
        8.3,
    )
    y += 16
    d.t(55, y, "Người mua hàng (Buyer)", 9, bold=True, align="C")
    d.t(150, y, "Người bán hàng (Seller)", 9, bold=True, align="C")
    d.t(55, y + 4.5, "(Ký, ghi rõ họ tên)", 7.5, align="C", color="#555555")
    d.rect(118, y + 8, 64, 22, color="#2e7d32", lw=0.8, fill="#f1f8e9")
    d.line(122, y + 15, 125, y + 18.5, color="#2e7d32", lw=1.4)
    d.line(125, y + 18.5, 131, y + 11, color="#2e7d32", lw=1.4)
    d.t(134, y + 14, "Signature Valid", 8.5, bold=True, color="#2e7d32")
    d.t(121, y + 22.5, "Ký bởi: CÔNG TY TNHH THƯƠNG MẠI", 6.8, color="#2e7d32")
    d.t(121, y + 25.5, "DỊCH VỤ SAO MAI", 6.8, color="#2e7d32")
    d.t(121, y + 28.5, "Ký ngày: 15/01/2025", 6.8, color="#2e7d32")
    d.line(15, 280, 195, 280, color="#bbbbbb")
    d.t(
        105,
        285,
        "Tra cứu hóa đơn tại: https://tracuu.saomai-einvoice.example.vn   Mã tra cứu: SM7K2Q9X",
        7.5,
        align="C",
        color="#555555",
    )
    d.t(105, 289.5, "(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)", 7, align="C", color="#777777")
    d.save()
    return make_key(
        invoice_number=inv,
        date="2025-01-15",
        due_date=None,
        total=total,
        currency="VND",
        vendor_name=vendor,
        subtotal=sub,
        tax=vat,
        lang="vi",
        template="vn_gtgt_einvoice",
        producer="reportlab",
    )


SPECS = [
    Spec("at_kr_cheonggu_service", "Korea", "Hangul", "fpdf2", kr_bill),
    Spec("at_kr_e_tax_invoice", "Korea", "Hangul", "reportlab", kr_tax_invoice),
    Spec("at_vn_hoa_don_gtgt", "Vietnam", "Vietnamese (Latin)", "reportlab", vn_gtgt),
]
