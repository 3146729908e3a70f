"""Set D layouts, part 3: Nordic invoice with a giro slip, card-paid receipt-like invoice with a PAID
stamp, labels-left / values-right across the page, invoice meta in a table header row."""

from __future__ import annotations

from decimal import Decimal

from outside_doc_d import Inv, Pen, finish
from outside_layouts_d import GREY, block, ca_taxes, masthead, money_rows, pairs, totals, vendor_lines
from outside_layouts_d2 import GOODS, PRODUCTS
from outside_locale_d import fill

D = Decimal
NAVY = (20, 45, 90)


def generic_lines(inv: Inv, lo: int, hi: int) -> None:
    """Services and goods from the language's catalogue; then the country's sales taxes."""
    rng, w = inv.rng, inv.w
    names = w.catalogue("items")
    for desc in rng.sample(names, rng.randint(lo, min(hi, len(names)))):
        hours = rng.random() < 0.5
        qty = rng.choice([1.5, 2, 4, 7.5, 12, 16]) if hours else rng.choice([1, 1, 2, 3, 5])
        inv.line(
            desc, qty, inv.price(30, 150) if hours else inv.price(40, 900), unit=w("hrs" if hours else "pcs")
        )
    us_sales_tax(inv)
    if inv.p.cur == "CAD":
        finish(inv, *ca_taxes(inv))
    else:
        finish(inv, label="Sales Tax" if inv.p.code == "en-US" else None)


def us_sales_tax(inv: Inv) -> None:
    if inv.p.code == "en-US":
        rate = D(inv.rng.choice(["6.25", "7", "8.25", "8.875", "6"]))
        for item in inv.lines:
            item.rate = rate


def check_digit_731(digits: str) -> str:
    """Finnish reference number check digit (weights 7, 3, 1 from the right)."""
    total = sum(int(c) * (7, 3, 1)[k % 3] for k, c in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def luhn(digits: str) -> str:
    total = 0
    for k, c in enumerate(reversed(digits)):
        v = int(c) * (2 if k % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


# ---------------------------------------------------------------- Nordic invoice + giro slip
def make_nordic(inv: Inv) -> None:
    rng, code = inv.rng, inv.p.code
    generic_lines(inv, 2, 5)
    digits = "".join(c for c in inv.no if c.isdigit())[-8:] or fill(rng, "######")
    if code == "fi-FI":
        ref = digits + check_digit_731(digits)
        ref_text = " ".join(ref[max(0, k - 5) : k] for k in range(len(ref) % 5 or 5, len(ref) + 1, 5))
        iban = fill(rng, "FI## #### #### #### ##")
        euros, cents = divmod(int(inv.total * 100), 100)
        due = inv.due.strftime("%y%m%d") if inv.due else "000000"
        virtual = f"4{iban[2:].replace(' ', '')}{euros:06d}{cents:02d}000{ref.zfill(20)}{due}"
        inv.extra.update(ref=ref_text, account=iban, virtual=virtual, bic="NDEAFIHH")
    elif code == "nb-NO":
        kid = digits.zfill(9) + luhn(digits.zfill(9))
        inv.extra.update(ref=kid, account=fill(rng, "####.##.#####"))
    else:
        pay_id = digits.zfill(14)
        pay_id += luhn(pay_id)
        inv.extra.update(ref=f"+71< {pay_id} +8{fill(rng, '#######')}<", account=fill(rng, "#### ##########"))
    inv.extra.update(contact=f"{rng.choice(inv.p.first)} {rng.choice(inv.p.surnames)}")


def giro_box(
    pen: Pen, x: float, y: float, w: float, h: float, label: str, value: str, size: float = 9
) -> None:
    pen.rect(x, y, w, h, 0.25)
    pen.text(x + 1, y + 1.2, label, 6.5, color=GREY)
    pen.text(x + 1, y + 5, value, size, "B")


def draw_nordic(pen: Pen, inv: Inv) -> None:
    w, x, n, code = inv.w, inv.extra, inv.n, inv.p.code
    W, H = pen.width, pen.pdf.h
    masthead(pen, 14, inv.vendor, 14, w("title"), 20, color=NAVY)
    block(pen, 20, 45, [inv.customer, *inv.caddr[:2]], 10)
    meta = [(w("date"), inv.d(inv.date)), (w("no"), inv.no), (w("cust_no"), fill(inv.rng, "#####"))]
    meta += [(w("due"), inv.d(inv.due))] if inv.due else []
    meta += [(w("terms"), w("net_days", d=x["days"])), (w("ref"), x["contact"])]
    pairs(pen, W - 14 - 72, 40, meta, 9)
    rows = [[w("desc"), w("qty"), "", w("price"), w("amount")]]
    rows += [[i.desc, n(i.qty).rstrip("0").rstrip(",."), i.unit, n(i.price), n(i.amount)] for i in inv.lines]
    y = (
        pen.grid(
            14,
            82,
            rows,
            [82, 18, 16, 30, W - 28 - 146],
            "LRLRR",
            9,
            borders="HORIZONTAL_LINES",
            head_fill=None,
        )
        + 4
    )
    y = totals(pen, W - 14 - 100, y, 100, money_rows(inv, f"{w('total')} {inv.p.cur}"), 9.5)
    top = H - 88
    cols = [vendor_lines(inv, phone=False)[:2], vendor_lines(inv)[2:], [w("bank"), x["account"]]]
    for k, lines in enumerate(cols):
        block(pen, 14 + k * 62, top - 16, lines, 7.5, first="")
    pen.hline(0, W, top - 2, 0.2)
    pen.text(14, top + 1, w("giro"), 11, "B")
    y0, half = top + 8, (W - 28) / 2
    payer = f"{inv.customer}, {inv.caddr[1]}"
    if code == "fi-FI":
        giro_box(pen, 14, y0, half, 12, w("giro_acct"), f"{x['account']}  {x['bic']}")
        giro_box(pen, 14, y0 + 12, half, 12, w("payee"), inv.vendor)
        giro_box(pen, 14, y0 + 24, half, 16, w("payer"), payer, 8.5)
        giro_box(pen, 14 + half, y0 + 24, half / 2, 16, w("giro_ref"), x["ref"])
        giro_box(pen, 14 + half, y0 + 40, half / 2, 12, w("due"), inv.d(inv.due) if inv.due else "")
        giro_box(pen, 14 + half * 1.5, y0 + 40, half / 2, 12, w("giro_amt"), n(inv.total))
        pen.text(14, y0 + 56, f"{w('virtual')}: {x['virtual']}", 7, color=GREY)
    else:
        giro_box(pen, 14, y0, half, 14, w("payer"), payer, 8.5)
        giro_box(pen, 14 + half, y0, half, 14, w("payee"), inv.vendor)
        giro_box(pen, 14, y0 + 14, half / 2, 12, w("giro_amt"), n(inv.total))
        giro_box(pen, 14 + half / 2, y0 + 14, half / 2, 12, w("due"), inv.d(inv.due) if inv.due else "")
        giro_box(pen, 14 + half, y0 + 14, half, 12, w("account"), x["account"])
        giro_box(pen, 14, y0 + 26, W - 28, 12, w("giro_ref"), x["ref"])


# ---------------------------------------------------------------- card-paid receipt-like invoice
def make_paid(inv: Inv) -> None:
    rng, code = inv.rng, inv.p.code
    inv.incl = code in ("en-AU", "cs-CZ", "tr-TR")
    names, lo, hi = (PRODUCTS, 4, 45) if inv.p.lang == "en" else (GOODS, 0.8, 12)
    for name in rng.sample(names, rng.randint(2, 6)):
        inv.line(name, rng.choice([1, 1, 1, 2, 3]), inv.price(lo, hi))
    us_sales_tax(inv)
    if inv.p.cur == "CAD":
        finish(inv, *ca_taxes(inv))
    else:
        finish(inv, label="Sales Tax" if code == "en-US" else None)
    inv.show_subtotal = not inv.incl or code in ("cs-CZ", "tr-TR")
    inv.extra.update(
        last4=fill(rng, "####"), auth=fill(rng, "######"), time=f"{rng.randint(9, 20)}:{rng.randint(10, 59)}"
    )


def draw_paid(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    cw = 100.0
    x0 = (W - cw) / 2
    y = block(pen, x0, 16, [inv.vendor, *vendor_lines(inv)], 8.5, align="C", w=cw) + 3
    pen.text(x0, y, w("receipt"), 12, "B", "C", cw)
    y += 8
    for label, value in ((w("no"), inv.no), (w("date"), f"{inv.d(inv.date)} {x['time']}")):
        pen.text(x0, y, label, 9)
        pen.text(x0, y, value, 9, "", "R", cw)
        y += 4.8
    pen.pdf.set_dash_pattern(dash=1, gap=1)
    pen.hline(x0, x0 + cw, y + 1)
    y += 4
    for item in inv.lines:
        pen.text(x0, y, item.desc, 9)
        y += 4.3
        pen.text(x0 + 4, y, f"{item.qty} x {n(item.price)}", 8.5, color=GREY)
        pen.text(x0, y, n(item.amount), 9, "", "R", cw)
        y += 5
    pen.hline(x0, x0 + cw, y)
    pen.pdf.set_dash_pattern()
    y += 3
    if inv.incl:
        y = totals(pen, x0, y, cw, [(w("total"), inv.m(inv.total), True)], 10, rule=False) + 1
        if inv.show_subtotal:
            rows = [[inv.p.tax, w("subtotal"), inv.p.tax, w("total")]]
            rows += [[inv.pct(t.rate), n(t.base), n(t.amount), n(t.base + t.amount)] for t in inv.taxes]
            y = pen.grid(
                x0, y, rows, [20, 30, 24, cw - 74], "LRRR", 8, borders="SINGLE_TOP_LINE", head_fill=None
            )
        else:
            pen.text(x0, y, f"{w('total')} {w('incl_tax', tax=inv.p.tax)} {inv.m(inv.tax)}", 8.5)
            y += 4
    else:
        y = totals(pen, x0, y, cw, money_rows(inv), 9.5, rule=False)
    stamp = y - 12
    y += 4
    rows = [(f"{w('card')} Visa ****{x['last4']}", inv.m(inv.total), False), (w("auth"), x["auth"], False)]
    rows += [(w("amount_paid"), inv.m(inv.total), False), (w("balance"), inv.m(D(0)), True)]
    totals(pen, x0, y, cw, rows, 9, rule=False)
    red, size = (200, 30, 30), 17.0
    while pen.sw(w("paid"), size, "B") > W - 14 - (x0 + cw + 6) - 6:
        size -= 0.5
    box = pen.sw(w("paid"), size, "B") + 6
    pen.rect(x0 + cw + 6, stamp, box, 14, 0.9, color=red)
    pen.text(x0 + cw + 6, stamp + 3.5, w("paid"), size, "B", "C", box, color=red)


# ---------------------------------------------------------------- labels left, values right, whole page
def make_leftright(inv: Inv) -> None:
    generic_lines(inv, 2, 5)
    inv.extra.update(iban=fill(inv.rng, f"{inv.p.code[-2:]}## #### #### #### ####"))


def draw_leftright(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    masthead(pen, 14, inv.vendor, 15, w("title"), 15)
    rows: list[tuple[str, str, bool]] = [(w("no"), inv.no, False), (w("date"), inv.d(inv.date), False)]
    if "supply" in x:
        rows.append((w("supply"), inv.d(x["supply"]), False))
    rows += [(w("due"), inv.d(inv.due), False)] if inv.due else []
    rows += [(w("terms"), w("net_days", d=x["days"]), False), ("", "", False)]
    rows += [(w("bill_to"), inv.customer, False), ("", inv.caddr[0], False), ("", inv.caddr[1], False)]
    street, postal, _ = inv.vaddr
    rows += [("", "", False), (inv.vids[0][0], inv.vids[0][1], False), ("", f"{street}, {postal}", False)]
    rows.append(("", "", False))
    for item in inv.lines:
        qty = n(item.qty).rstrip("0").rstrip(",.") if item.qty % 1 else str(item.qty)
        rows.append((f"{item.desc} ({qty} {item.unit} × {n(item.price)})", n(item.amount), False))
    rows.append(("", "", False))
    rows += money_rows(inv, f"{w('total')} ({inv.p.cur})", money=False)
    rows += [("", "", False), (w("account"), x["iban"], False)]
    y = 30.0
    pen.pdf.set_draw_color(150, 150, 150)
    for label, value, strong in rows:
        if not label and not value:
            pen.hline(14, W - 14, y + 1.5, 0.15)
            y += 4
            continue
        size = 10 if strong else 9
        if label:
            pen.text(14, y, label, size, "B" if strong else "")
        pen.text(14, y, value, size, "B" if strong else "", "R", W - 28)
        if label:
            left = 14 + pen.sw(label, size, "B" if strong else "") + 4
            right = W - 14 - pen.sw(value, size, "B" if strong else "") - 4
            pen.pdf.set_dash_pattern(dash=0.3, gap=1.2)
            pen.hline(left, right, y + 3, 0.2)
            pen.pdf.set_dash_pattern()
        y += 6.2
    pen.pdf.set_draw_color(0, 0, 0)


# ---------------------------------------------------------------- meta in a table header row
def make_metarow(inv: Inv) -> None:
    generic_lines(inv, 3, 8)
    inv.extra["order"] = fill(inv.rng, "PO ######")


def draw_metarow(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    y = masthead(pen, 14, inv.vendor, 10, w("title").upper(), 22, tcolor=NAVY)
    y = block(pen, 14, y, vendor_lines(inv), 8.5, first="") + 6
    head = [w("no"), w("date"), w("due"), w("terms"), w("cust_no"), w("order_no")]
    vals = [inv.no, inv.d(inv.date), inv.d(inv.due) if inv.due else "", w("net_days", d=x["days"])]
    vals += [fill(inv.rng, "C-####"), x["order"]]
    need = [max(pen.sw(h, 8.5, "B"), pen.sw(v, 8.5)) + 4 for h, v in zip(head, vals, strict=True)]
    spare = max(0.0, (W - 28 - sum(need)) / len(need))
    widths = [c + spare for c in need]
    y = pen.grid(14, y, [head, vals], widths, "CCCCCC", 8.5, head_fill=(200, 215, 235)) + 6
    pen.text(14, y, w("bill_to"), 8.5, "B", color=NAVY)
    y = block(pen, 14, y + 5, [inv.customer, *inv.caddr[:2]], 9, first="") + 5
    rows = [["#", w("desc"), w("qty"), w("price"), w("amount")]]
    for k, i in enumerate(inv.lines, 1):
        rows.append(
            [str(k), i.desc, f"{n(i.qty).rstrip('0').rstrip(',.')} {i.unit}", n(i.price), n(i.amount)]
        )
    y = (
        pen.grid(
            14,
            y,
            rows,
            [10, 92, 24, 28, W - 28 - 154],
            "RLRRR",
            9,
            zebra=(240, 244, 250),
            head_fill=(200, 215, 235),
        )
        + 4
    )
    rows = [
        [label if not bold else f"**{label}**", v if not bold else f"**{v}**"]
        for label, v, bold in money_rows(inv)
    ]
    y = pen.grid(
        W - 14 - 90, pen.need(y, 30), rows, [55, 35], "LR", 9.5, heading=False, borders="NONE", markdown=True
    )
    note = f"**{w('terms')}:** {w('net_days', d=x['days'])}. {w('thanks')}"
    pen.para(14, pen.need(y, 12) + 6, W - 28, note, 8.5)
    pen.footers(w("page"))
