"""Set ED receipts 16-18: an Indonesian e-wallet's QRIS payment proof (a phone screenshot: 'Pembayaran
Berhasil', the merchant paid, NMID and terminal, a voucher discount, whole rupiah 'Rp43.000', the wallet
balance left and no address), a Philippine water utility's official receipt for an online bill payment
(ReportLab on Letter: the Inc. name, its address and VAT Reg. TIN, the account holder's service address,
the billing period and due date, amount due plus a convenience fee, 'TOTAL AMOUNT PAID', VAT 12 %,
'November 3, 2025') and a Kenyan mobile-money payment to a shop's till (a phone screenshot: the till
name and number, transaction cost, the confirmation SMS with '3/11/25' and the new wallet balance, no
address)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from outside_common_er import ERCase, Html, RLReceipt, case, chrome_shot, ref, status_bar
from outside_common_k import money, q2
from outside_common_r import ampm, digits, hm, when
from outside_common_t import ph_tin
from outside_common_v import VKey


def ed16_id_qris(rng: random.Random) -> ERCase:
    k = VKey("IDR", "Rp")
    t = when(rng, 2025, 7, 22)
    amount = Decimal(rng.randint(18, 160) * 1000 + rng.choice([0, 500]))
    voucher = Decimal(rng.choice([0, 2000, 5000, 10000])) if amount > 20000 else Decimal(0)
    fee = Decimal(rng.choice([0, 0, 1000]))
    total = amount - voucher + fee
    balance = Decimal(rng.randint(20, 900) * 500)
    css = (
        "body{margin:0;background:#f4f6fa;font:14px/1.45 'DejaVu Sans',sans-serif;color:#1c2434}"
        ".nav{display:flex;align-items:center;gap:14px;padding:8px 16px;font-weight:700;font-size:16px}"
        ".ok{text-align:center;padding:14px 0 4px} .ico{width:58px;height:58px;border-radius:50%;"
        "background:#16a34a;"
        "margin:0 auto 8px;color:#fff;font:700 34px/58px sans-serif} .big{font:700 28px 'DejaVu Sans';"
        "margin:4px 0}"
        ".card{background:#fff;margin:10px 14px;border-radius:12px;padding:12px 16px} .m{color:#6b7280;"
        "font-size:12px}"
        ".mer{font-weight:700;font-size:16px;margin:2px 0} .lr{padding:4px 0} .b{font-weight:700}"
    )
    h = Html(css, "id", "Detail Transaksi")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(0, 9))), rng.randint(8, 99))
    h.raw('<div class="nav"><span>&#8592;</span>')
    h.el("Detail Transaksi")
    h.raw('</div><div class="ok"><div class="ico">&#10003;</div>')
    h.el("Pembayaran Berhasil", "b")
    h.el(f"Rp{money(total, 'eu', 0)}", "big")
    h.raw('</div><div class="card">')
    h.el("Penerima", "m")
    shop = rng.choice(
        ["WARUNG KOPI SENJA", "BAKSO MAS GONDRONG 2", "TOKO ROTI MENTARI", "APOTEK SEHAT SELALU"]
    )
    h.el(k.company(shop), "mer")
    h.el(f"QRIS · NMID ID10{digits(rng, 11)} · TID {ref(rng, 'A99')}", "m")
    h.raw('</div><div class="card">')
    h.lr("Tanggal", f"{k.date(t, '%-d %B %Y', 'id')}, {hm(t)} WIB")
    h.lr("ID Transaksi", ref(rng, "99999999999999AAA9"))
    h.lr("Sumber Dana", "Saldo DompetKu")
    h.raw('</div><div class="card">')
    h.lr("Nominal", f"Rp{money(amount, 'eu', 0)}")
    if voucher:
        h.lr("Voucher diskon", f"-Rp{money(voucher, 'eu', 0)}")
    h.lr("Biaya layanan", f"Rp{money(fee, 'eu', 0)}")
    h.lr("Total Bayar", f"Rp{k.total(total, 'eu', 0)}", "b")
    h.lr("Sisa saldo", f"Rp{money(balance, 'eu', 0)}", "m")
    h.raw('</div><div style="padding:4px 18px">')
    h.el("Simpan bukti pembayaran ini. Butuh bantuan? Buka Pusat Bantuan di aplikasi.", "m")
    h.raw("</div>")
    out = chrome_shot(h, 384, 3)
    what = "e-wallet QRIS payment proof screenshot: merchant, NMID, voucher, whole rupiah, no address"
    return case("ed16_id_qris", "ID", "id", "Indonesian e-wallet QRIS payment", what, k, out)


def ed17_ph_water(rng: random.Random) -> ERCase:
    k = VKey("PHP", "₱")
    t = when(rng, 2025, 7, 21)
    start = (t.replace(day=1) - timedelta(days=1)).replace(day=1)
    end = t.replace(day=1) - timedelta(days=1)
    cubic = rng.randint(12, 48)
    basic = q2(Decimal("210.00") + max(0, cubic - 10) * Decimal("38.75"))
    fcda = q2(basic * Decimal("0.012"))
    env = q2(basic * Decimal("0.25"))
    maint = Decimal("1.50")
    net = basic + fcda + env + maint
    vat = q2(net * Decimal("0.12"))
    due = net + vat
    conv = Decimal(rng.choice(["10.00", "15.00", "20.00"]))
    total = due + conv
    r = RLReceipt((216, 279), 18, "dejavu")
    r.band((0.05, 0.36, 0.62), 8)
    r.feed(6)
    r.text(k.company("SILANGAN WATER"), "L", 18, True)
    r.text(k.alt("Silangan Water Services, Inc."), "L", 9.5)
    for line in k.address(
        "2/F Silangan Bldg., 45 J.P. Rizal Street", "Barangay Real, Calamba City, Laguna 4027"
    ):
        r.text(line, "L", 9)
    r.text(f"VAT Reg. TIN {ph_tin(rng)} · Hotline (049) {rng.randint(500, 599)}-{digits(rng, 4)}", "L", 9)
    r.feed(6)
    r.text("OFFICIAL RECEIPT - ONLINE PAYMENT", "C", 13, True)
    r.feed(2)
    r.lr(f"OR No. {rng.randint(1000000, 1999999)}", f"Date paid: {k.date(t, '%B %-d, %Y')} {ampm(t)}", 9.5)
    r.lr(
        f"Account No. {digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 2)}",
        f"Reference: {ref(rng, 'AA9999999999')}",
        9.5,
    )
    name = rng.choice(["JUAN P. DELA CRUZ", "MARICEL S. REYES", "ROMMEL T. BAUTISTA"])
    r.text(f"Account Name: {name}", size=9.5)
    r.text(
        f"Service Address: Blk {rng.randint(1, 20)} Lot {rng.randint(1, 40)}, Villa Verde Subd., Brgy. "
        "Parian,"
        " Calamba City",
        size=9.5,
    )
    r.feed(3)
    r.lr(
        f"Billing period: {start:%b %-d} - {end:%b %-d, %Y}",
        f"Due date: {(t + timedelta(days=9)):%b %-d, %Y}",
        9.5,
    )
    r.text(f"Consumption: {cubic} cu.m. (meter {digits(rng, 8)})", size=9.5)
    r.rule(3)
    w = [140.0, -40.0]
    r.row(["Basic charge", f"₱{money(basic)}"], w, 9.5)
    r.row(["FCDA (foreign currency differential adj.)", f"₱{money(fcda)}"], w, 9.5)
    r.row(["Environmental charge", f"₱{money(env)}"], w, 9.5)
    r.row(["Maintenance service charge", f"₱{money(maint)}"], w, 9.5)
    r.row(["VAT 12%", f"₱{money(vat)}"], w, 9.5)
    r.rule(3)
    r.lr("Amount due", f"₱{money(due)}", 10)
    r.lr("Convenience fee (payment channel)", f"₱{money(conv)}", 10)
    r.lr("TOTAL AMOUNT PAID", f"₱{k.total(total)}", 12.5, True)
    r.lr("Remaining balance", "₱0.00", 9.5)
    r.feed(4)
    r.text(f"VATable sales ₱{money(net)} · VAT ₱{money(vat)} · Paid via online banking / e-wallet", size=8.5)
    r.text(
        "This serves as your Official Receipt. Convenience fee is collected for the payment channel.",
        size=8.5,
    )
    out = r.output()
    what = "online bill payment OR: Inc. + address + TIN, customer's service address, amount due + fee, paid"
    return case("ed17_ph_water", "PH", "en", "Philippine water utility online payment receipt", what, k, out)


def ed18_ke_mobilemoney(rng: random.Random) -> ERCase:
    k = VKey("KES", "Ksh")
    t = when(rng, 2025, 8, 20)
    total = Decimal(rng.randint(150, 9800)) if rng.random() < 0.6 else Decimal(rng.randint(30, 980) * 10)
    balance = q2(Decimal(rng.randint(5000, 900000)) / 100)
    code = ref(rng, "AAA9A9A9AA")
    shop = rng.choice(
        [
            "GREENLEAF HARDWARE & PAINTS",
            "MAMA NJERI GROCERS",
            "KILELESHWA PHARMACY LTD",
            "BAHARI FISH & CHIPS",
        ]
    )
    till = rng.randint(100000, 9999999)
    css = (
        "body{margin:0;background:#fff;font:14px/1.45 'DejaVu Sans',sans-serif;color:#1b1f1d}"
        ".nav{display:flex;align-items:center;gap:14px;padding:8px 16px;font-weight:700;font-size:16px;"
        "border-bottom:1px solid #eee} .amt{text-align:center;padding:18px 0 6px} .big{font:700 30px "
        "'DejaVu Sans';"
        "color:#0a7d3b} .m{color:#6b716e;font-size:12.5px} .to{text-align:center;padding-bottom:10px}"
        ".mer{font-weight:700;font-size:16px} .tbl{margin:6px 16px;border-top:1px solid #eee} "
        ".lr{padding:8px 0;"
        "border-bottom:1px solid #f1f1f1} .sms{background:#eef1f0;margin:14px 16px;border-radius:14px;"
        "padding:10px 14px;"
        "font-size:13px}"
    )
    h = Html(css, "en-KE", "Transaction details")
    status_bar(h, hm(t + timedelta(minutes=rng.randint(0, 5))), rng.randint(5, 99))
    h.raw('<div class="nav"><span>&#8592;</span>')
    h.el("Transaction details")
    h.raw('</div><div class="amt">')
    h.el(f"Ksh {money(total)}", "big")
    h.el("Buy Goods · Completed", "m")
    h.raw('</div><div class="to">')
    h.el("Paid to", "m")
    h.el(k.company(shop), "mer")
    h.el(f"Till Number {till}", "m")
    h.raw('</div><div class="tbl">')
    h.lr("Date", f"{k.date(t, '%-d %b %Y')}, {ampm(t)}")
    h.lr("Transaction ID", code)
    h.lr("Amount", f"Ksh {money(total)}")
    h.lr("Transaction cost", "Ksh 0.00")
    h.lr("Total", f"Ksh {k.total(total)}")
    h.raw('</div><div class="sms">')
    h.el(
        f"{code} Confirmed. Ksh{money(total)} paid to {shop}. on {t.day}/{t.month}/{t:%y} at {ampm(t)}. "
        f"New Mkoba balance is Ksh{money(balance)}. Transaction cost, Ksh0.00. Amount you can transact "
        f"within the day is {money(Decimal(500000) - total)}."
    )
    h.raw("</div>")
    out = chrome_shot(h, 360, 2, 740)
    what = (
        "mobile-money till payment screenshot: shop + till no., transaction cost, confirmation SMS, balance"
    )
    return case("ed18_ke_mobilemoney", "KE", "en", "Kenyan mobile-money merchant payment", what, k, out)


CASES = [ed16_id_qris, ed17_ph_water, ed18_ke_mobilemoney]
