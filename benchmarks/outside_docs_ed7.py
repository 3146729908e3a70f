"""Set ED receipts 19-21: a Malaysian clinic's official receipt (fpdf2: RESIT RASMI / OFFICIAL RECEIPT,
the Sdn. Bhd. name with its registration number, the clinic's Shah Alam address, the patient's IC, a
panel insurer paying part of the bill and the patient paying the rest, balance RM 0.00), a Nigerian
private university's school-fees payment receipt (ReportLab: the bursary's header and address, matric
number and session, the session's fees, a first instalment plus a gateway transaction charge as the
'Total amount paid', the outstanding balance, the payment date and a later print date, ₦1,234,567.89) and
a Hungarian music-streaming subscription receipt in its app (a dark-mode phone screenshot: the plan, a
loyalty discount, 'Fizetés dátuma 2025. november 3.', the billing period and next charge, ÁFA 27 %
included, whole forints '2 490 Ft', the Kft. name and no address)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, chrome_shot, fpdf_out, ref, status_bar
from outside_common_k import money
from outside_common_r import ampm, digits, hm, menu, vat_in, when
from outside_common_t import EReceipt
from outside_common_v import VKey


def ed19_my_clinic(rng: random.Random) -> ERCase:
    k = VKey("MYR", "RM")
    t = when(rng, 2025, 8, 21)
    consult = Decimal(rng.choice(["35.00", "45.00", "60.00"]))
    meds = menu(
        rng,
        "Paracetamol 500mg x 20 tab 6.00; Amoxicillin 500mg x 21 cap 28.50; Loratadine 10mg x 10 tab 12.00; "
        "Cough syrup 120ml 16.80; Omeprazole 20mg x 14 cap 24.00; Throat lozenges x 16 9.50; "
        "Oral rehydration salts x 5 sachet 7.50",
        rng.randint(2, 4),
    )
    lab = Decimal("38.00") if rng.random() < 0.4 else Decimal(0)
    bill = consult + sum((a for *_, a in meds), Decimal(0)) + lab
    panel = min(Decimal(rng.choice([50, 60, 80])), bill - Decimal(10))
    total = bill - panel
    e = EReceipt(210, 20, "dejavu")
    e.text(k.company("Klinik Mediana Setia Alam"), "C", 16, True, 8)
    e.text(f"{k.alt('Mediana Healthcare Sdn. Bhd.')} (20230101{digits(rng, 4)})", "C", 9)
    for line in k.address("No. 12, Jalan Setia Prima S U13/S", "Setia Alam, 40170 Shah Alam, Selangor"):
        e.text(line, "C", 9)
    e.text(f"Tel: 03-{rng.randint(3300, 3399)} {digits(rng, 4)} · klinikmediana.my", "C", 9)
    e.rule(4)
    e.text("RESIT RASMI / OFFICIAL RECEIPT", "C", 12, True)
    e.feed(2)
    e.lr(
        f"Receipt No.: KMS-{t:%y%m}-{rng.randint(1000, 9999)}", f"Date: {k.date(t, '%d/%m/%Y')} {ampm(t)}", 9
    )
    pt = rng.choice(["NUR AISYAH BINTI AHMAD", "TAN WEI MING", "RAJESH A/L KUMAR", "SITI HAJAR BINTI OMAR"])
    e.lr(
        f"Patient: {pt}",
        f"IC No.: {rng.randint(70, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-"
        f"{rng.randint(1, 16):02d}-{digits(rng, 4)}",
        9,
    )
    e.lr(
        f"Panel: Perlindungan Mutiara Insurans · Claim {ref(rng, 'PM99999999')}",
        f"Dr. {rng.choice(['Lim', 'Farid', 'Priya'])}",
        9,
    )
    e.feed(3)
    w = [124.0, -46.0]
    e.row(["Description", "Amount (RM)"], w, 9, True)
    e.rule(1)
    e.row(["Consultation fee", money(consult)], w, 9)
    for name, _, _, a in meds:
        e.row([name, money(a)], w, 9)
    if lab:
        e.row(["Full blood count (lab)", money(lab)], w, 9)
    e.rule(1)
    e.lr("Total bill", f"RM {money(bill)}", 9.5)
    e.lr("Less: panel coverage (Perlindungan Mutiara)", f"-RM {money(panel)}", 9.5)
    e.lr("Amount paid by patient", f"RM {k.total(total)}", 11.5, True)
    e.lr(f"Payment: {rng.choice(['Debit card', 'DuitNow QR', 'Cash'])}", f"RM {money(total)}", 9)
    e.lr("Balance", "RM 0.00", 9)
    e.feed(6)
    e.text("Medical services are not subject to SST. This is a computer-generated receipt.", size=8)
    e.text("Get well soon! Please complete the full course of antibiotics if prescribed.", size=8)
    out = fpdf_out(e)
    what = "clinic official receipt: Sdn. Bhd. + address, patient IC, panel coverage, amount paid by patient"
    return case("ed19_my_clinic", "MY", "en", "Malaysian clinic receipt", what, k, out)


def ed20_ng_university(rng: random.Random) -> ERCase:
    k = VKey("NGN", "₦")
    t = when(rng, 2025, 8, 20)
    printed = t + timedelta(days=rng.randint(1, 6))
    fees = [
        ("Tuition", Decimal(rng.choice([950000, 1250000, 1480000]))),
        ("Development levy", Decimal("75000.00")),
        ("ICT / e-learning", Decimal("35000.00")),
        ("Medical services", Decimal("15000.00")),
        ("Library", Decimal("10000.00")),
        ("Sports and students' union", Decimal("7500.00")),
    ]
    session = sum((v for _, v in fees), Decimal(0))
    share = rng.choice([Decimal("0.6"), Decimal("0.5"), Decimal(1)])
    paid = (session * share).quantize(Decimal(1))
    charge = Decimal(rng.choice(["1500.00", "2000.00", "1075.00"]))
    total = paid + charge
    r = RLReceipt((210, 297), 18, "dejavu")
    r.text(k.company("CRESTFIELD UNIVERSITY"), "C", 18, True)
    for line in k.address("KM 8, Abeokuta-Ibadan Expressway", "Abeokuta, Ogun State, Nigeria"):
        r.text(line, "C", 9.5)
    r.text("Office of the Bursar · bursary@crestfield.edu.ng", "C", 9.5)
    r.feed(4)
    r.text("SCHOOL FEES PAYMENT RECEIPT", "C", 13, True)
    r.rule(3)
    name = rng.choice(["ADEBAYO, Oluwaseun Tolulope", "OKAFOR, Chinonso Grace", "BELLO, Ibrahim Musa"])
    r.lr(f"Student: {name}", f"Receipt No.: CFU/BUR/{t.year}/{rng.randint(10000, 99999)}", 9.5)
    r.lr(f"Matric No.: CFU/{rng.randint(21, 24)}/{rng.randint(1000, 9999)}", "Session: 2025/2026", 9.5)
    prog = rng.choice(["B.Sc. Computer Science", "B.Sc. Accounting", "B.Eng. Mechanical Engineering"])
    r.lr(
        f"Programme: {prog}, {rng.choice([100, 200, 300, 400])} Level",
        f"Payment date: {k.date(t, '%-d %B %Y')}",
        9.5,
    )
    r.feed(4)
    w = [130.0, -44.0]
    r.row(["Fee item", "Amount (₦)"], w, 9.5, True)
    r.rule(3)
    for item, v in fees:
        r.row([item, money(v)], w, 9.5)
    r.rule(3)
    r.lr("Total fees for the session", f"₦{money(session)}", 10, True)
    label = (
        "Amount paid (full payment)" if share == 1 else f"Amount paid (1st instalment, {int(share * 100)}%)"
    )
    r.lr(label, f"₦{money(paid)}", 10)
    r.lr("Gateway transaction charge", f"₦{money(charge)}", 10)
    r.lr("Total amount paid", f"₦{k.total(total)}", 12, True)
    r.lr("Outstanding balance", f"₦{money(session - paid)}", 10)
    r.feed(4)
    r.text(
        f"Payment channel: debit card via online gateway · Transaction ref {ref(rng, '999999999999')}", size=9
    )
    r.text(f"Receipt printed: {printed:%d/%m/%Y} {hm(printed)}", size=9)
    r.feed(14)
    r.text("______________________", "R", 9)
    r.text("Bursar", "R", 9)
    r.text(
        "This receipt is valid only with the student's matric number. Fees paid are not refundable.", size=8
    )
    out = r.output()
    what = "school-fees receipt: header + address, session fees, instalment + gateway charge paid, balance"
    return case("ed20_ng_university", "NG", "en", "Nigerian university fee payment receipt", what, k, out)


def ed21_hu_subscription(rng: random.Random) -> ERCase:
    k = VKey("HUF", "Ft")
    t = when(rng, 2025, 0, 6)
    plan, price = rng.choice(
        [("Hangár Prémium", 1990), ("Hangár Prémium Duó", 2590), ("Hangár Prémium Család", 2990)]
    )
    price_d = Decimal(price)
    loyal = Decimal(500) if rng.random() < 0.5 else Decimal(0)
    total = price_d - loyal
    vat = vat_in(total, Decimal(27))[1].quantize(Decimal(1))
    end = t + timedelta(days=rng.choice([29, 30]))
    css = (
        "body{margin:0;background:#121212;font:15px/1.45 'DejaVu Sans',sans-serif;color:#f1f1f1}"
        ".logo{font:800 24px 'DejaVu Sans';color:#ff8a3d;padding:8px 20px 0;letter-spacing:-.5px}"
        ".h{font:700 21px sans-serif;padding:6px 20px} .card{background:#1f1f1f;margin:12px 14px;"
        "border-radius:12px;"
        "padding:12px 16px} .plan{font-weight:700;font-size:17px} .m{color:#a7a7a7;font-size:13px}"
        ".lr{padding:4px 0} .b{font-weight:700;font-size:18px;color:#fff}"
    )
    h = Html(css, "hu", "Nyugta")
    status_bar(h, hm(t + timedelta(hours=rng.randint(6, 14))), rng.randint(20, 99), dark=True)
    h.el(k.company("Hangár"), "logo")
    h.el("Köszönjük a befizetést!", "h")
    h.raw('<div class="card">')
    h.el(plan, "plan")
    h.el(f"Havi előfizetés · {money(price_d, 'fr', 0)} Ft/hó", "m")
    h.raw('</div><div class="card">')
    h.lr("Fizetés dátuma", k.date(t, "%Y. %B %-d.", "hu"))
    h.lr("Időszak", f"{t:%Y.%m.%d.} - {end:%Y.%m.%d.}")
    h.lr("Következő terhelés", f"{(end + timedelta(days=1)):%Y.%m.%d.}")
    h.lr("Nyugtaszám", ref(rng, "HNG-9999-999999"))
    h.raw('</div><div class="card">')
    h.lr(plan, f"{money(price_d, 'fr', 0)} Ft")
    if loyal:
        h.lr("Hűségkedvezmény", f"-{money(loyal, 'fr', 0)} Ft")
    h.lr("Összesen", f"{k.total(total, 'fr', 0)} Ft", "b")
    h.lr("Tartalmazott ÁFA (27%)", f"{money(vat, 'fr', 0)} Ft", "m")
    h.lr("Fizetési mód", f"{rng.choice(['Mastercard', 'Visa'])} •••• {rng.randint(1000, 9999)}")
    h.raw('</div><div style="padding:4px 20px">')
    h.el("Az előfizetést bármikor lemondhatod a Fiók > Előfizetés menüpontban.", "m")
    h.el(f"{k.alt('Hangár Media Kft.')} · Adószám {digits(rng, 8)}-2-{rng.randint(10, 44)}", "m")
    h.raw("</div>")
    out = chrome_shot(h, 393, 3)
    what = (
        "dark-mode streaming subscription receipt: plan, discount, Fizetés dátuma vs next charge, ÁFA, Kft."
    )
    return case("ed21_hu_subscription", "HU", "hu", "Hungarian streaming subscription receipt", what, k, out)


CASES = [ed19_my_clinic, ed20_ng_university, ed21_hu_subscription]
