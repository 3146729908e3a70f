"""Set D layouts, part 1: hotel folio and garage invoice (see outside_invoices_d.py).

Each layout is a ``make_*`` function that fills an ``Inv`` with lines and totals and a ``draw_*``
function that draws it with a ``Pen``. Shared drawing helpers live here too.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from outside_doc_d import Inv, Pen, finish
from outside_locale_d import fill, fmt_num

D = Decimal
GREY = (95, 95, 95)


def vendor_lines(inv: Inv, phone: bool = True) -> list[str]:
    street, postal, _ = inv.vaddr
    lines = [street, postal, *(f"{label} {value}" for label, value in inv.vids)]
    return [*lines, f"{inv.w('phone')} {inv.phone}"] if phone else lines


def block(
    pen: Pen,
    x: float,
    y: float,
    lines: list[str],
    size: float = 8.5,
    first: str = "B",
    align: str = "L",
    w: float = 80,
) -> float:
    """Lines of text one under the other, the first in style ``first``; returns the y below."""
    for k, s in enumerate(lines):
        pen.text(x, y, s, size + (1 if k == 0 and first else 0), first if k == 0 else "", align, w)
        y += size * 0.46
    return y


def pairs(
    pen: Pen,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    size: float = 8.5,
    bold: bool = False,
    step: float | None = None,
) -> float:
    """label / value rows, values left-aligned in a second column clear of the longest label."""
    lw = max(pen.sw(label, size) for label, _ in rows) + 4
    for label, value in rows:
        pen.text(x, y, label, size, color=GREY)
        pen.text(x + lw, y, value, size, "B" if bold else "")
        y += step or size * 0.5
    return y


def totals(
    pen: Pen,
    x: float,
    y: float,
    w: float,
    rows: list[tuple[str, str, bool]],
    size: float = 9,
    rule: bool = True,
) -> float:
    """label left / value right rows in a band ``w`` wide; bold rows get a rule above them. A row
    whose label and value would touch is set smaller."""
    for label, value, strong in rows:
        if strong and rule:
            pen.hline(x, x + w, y - 0.6, 0.3)
        style, fit = ("B" if strong else ""), size + (1 if strong else 0)
        while fit > 6 and pen.sw(label, fit, style) + pen.sw(value, fit, style) + 6 > w:
            fit -= 0.5
        pen.text(x, y, label, fit, style)
        pen.text(x, y, value, fit, style, "R", w)
        y += size * 0.55
    return y


def masthead(
    pen: Pen,
    y: float,
    name: str,
    size: float,
    title: str,
    tsize: float,
    color: tuple[int, int, int] = (0, 0, 0),
    tcolor: tuple[int, int, int] = (0, 0, 0),
) -> float:
    """The issuer's name at the left and the title at the right of one line, or the title on a line
    above when both do not fit; returns the y below the name."""
    W = pen.width
    pen.text(14, y, title, tsize, "B", "R", W - 28, color=tcolor)
    if pen.sw(name, size, "B") + pen.sw(title, tsize, "B") + 10 > W - 28:
        y += tsize * 0.45 + 3
    pen.text(14, y, name, size, "B", color=color)
    return y + size * 0.45 + 1


def money_rows(inv: Inv, total_label: str | None = None, money: bool = True) -> list[tuple[str, str, bool]]:
    """Subtotal (where printed), one row per tax line and the total."""
    fmt = inv.m if money else inv.n
    rows = [(inv.w("subtotal"), fmt(inv.subtotal), False)] if inv.show_subtotal else []
    rows += [(t.label, fmt(t.amount), False) for t in inv.taxes]
    return [*rows, (total_label or inv.w("total"), fmt(inv.total), True)]


def ca_taxes(inv: Inv) -> tuple[str, tuple[tuple[str, Decimal, Decimal], ...]]:
    """Canadian sales taxes by the customer's (a shop's own) province: HST in Ontario, GST+PST in BC,
    GST in Alberta, TPS+TVQ in Quebec. Sets the line rates; returns the first tax's label and the extra
    tax lines."""
    town = (inv.vaddr if inv.layout == "paid" else inv.caddr)[2]  # a shop charges its own province's tax
    if inv.p.lang == "fr":
        rate, label, extra = D(5), "TPS", ("TVQ", D("9.975"))
    elif town == "Ottawa":
        rate, label, extra = D(13), "HST", None
    elif town == "Vancouver":
        rate, label, extra = D(5), "GST", ("PST", D(7))
    else:
        rate, label, extra = D(5), "GST", None
    for item in inv.lines:
        item.rate = rate if item.rate else D(0)
    base = sum((i.amount for i in inv.lines if i.rate), D(0))
    return label, ((extra[0], extra[1], base),) if extra else ()


# ---------------------------------------------------------------- hotel folio
def make_hotel(inv: Inv) -> None:
    p, w, rng, code = inv.p, inv.w, inv.rng, inv.p.code
    acc = {"de-CH": D("3.8"), "cs-CZ": D(12), "tr-TR": D(10), "hu-HU": D(18)}.get(code, p.rate)
    inv.incl = code not in ("en-SG", "es-MX")
    nights, guests = rng.randint(1, 4), rng.randint(1, 2)
    arrival = inv.date - timedelta(days=nights)
    room = inv.price(95, 260)
    city = {"de-CH": D("3.50"), "cs-CZ": D(50), "hu-HU": D(500)}.get(code)
    for k in range(nights):
        day = arrival + timedelta(days=k)
        inv.line(w("acc"), 1, room, acc, day=day)
        if rng.random() < 0.7:
            inv.line(w("breakfast"), guests, inv.price(14, 26), acc, day=day + timedelta(days=1))
        if rng.random() < 0.35:
            inv.line(w(rng.choice(["minibar", "restaurant"])), 1, inv.price(8, 75), p.rate, day=day)
        if city:
            inv.line(w("citytax"), guests, city, D(0), day=day)
    if rng.random() < 0.4:
        inv.line(w("parking"), nights, inv.price(12, 25), p.rate, day=inv.date)
    inv.lines.sort(key=lambda i: i.day or inv.date)
    extra: tuple[tuple[str, Decimal, Decimal], ...] = ()
    if code == "en-SG":
        base = sum((i.amount for i in inv.lines), D(0))
        inv.line(f"{w('svc')} 10%", 1, inv.q(base / 10), p.rate, day=inv.date, section="svc")
    if code == "es-MX":
        extra = (("ISH", D(3), sum((i.amount for i in inv.lines if i.rate == acc), D(0))),)
    finish(inv, extra=extra)
    rates = {i.rate for i in inv.lines}
    inv.extra.update(
        arrival=arrival,
        nights=nights,
        room=str(rng.randint(101, 719)),
        folio=fill(rng, "######"),
        last4=fill(rng, "####"),
        total_row=rng.random() < 0.6,
    )
    inv.show_subtotal = not inv.incl or inv.extra["total_row"] or len(rates) == 1


def draw_hotel(pen: Pen, inv: Inv) -> None:
    w, x = inv.w, inv.extra
    W = pen.width
    pen.text(14, 14, x["brand"], 18, "B", "C", W - 28)
    street, postal, _ = inv.vaddr
    pen.text(14, 23, f"{inv.vendor} · {street} · {postal}", 8, "", "C", W - 28, color=GREY)
    ids = "   ".join(f"{label} {value}" for label, value in inv.vids)
    pen.text(14, 27, f"{ids}   {w('phone')} {inv.phone}", 8, "", "C", W - 28, color=GREY)
    pen.hline(14, W - 14, 32, 0.4)
    pen.text(14, 36, w("folio"), 15, "B", "R", W - 28)
    y = block(pen, 14, 46, [inv.customer, *inv.caddr[:2]], 9)
    meta = [
        (w("room"), x["room"]),
        (w("arrival"), inv.d(x["arrival"])),
        (w("departure"), inv.d(inv.date)),
        (w("nights"), str(x["nights"])),
        (w("folio_no"), x["folio"]),
        (w("no"), inv.no),
        (w("date"), inv.d(inv.date)),
    ]
    y = max(y, pairs(pen, 118, 46, meta, 8.5)) + 5
    n = inv.n
    rows = [[w("day"), w("desc"), w("charges"), w("credits")]]
    for item in inv.lines:
        if item.section == "svc" and not inv.incl:
            continue
        desc = item.desc if item.qty == 1 else f"{item.desc} {item.qty} x {n(item.price)}"
        rows.append([inv.d(item.day or inv.date), desc, n(item.amount), ""])
    pay = f"{w('card_pay')} XXXX XXXX XXXX {x['last4']}"
    if inv.incl:
        rows.append([inv.d(inv.date), pay, "", n(inv.total)])
        rows.append(["", f"**{w('total')}**", f"**{n(inv.total)}**", f"**{n(inv.total)}**"])
        rows.append(["", w("balance"), n(D(0)), ""])
    y = pen.grid(14, y, rows, [26, 100, 28, 28], "LLRR", 8.5, borders="HORIZONTAL_LINES", markdown=True)
    y = pen.need(y, 40) + 5
    if inv.incl:
        head = [w("tax_sum"), w("net"), inv.p.tax, w("gross")]
        rows = [[inv.pct(t.rate), n(t.base), n(t.amount), n(t.base + t.amount)] for t in inv.taxes]
        zero = sum((i.amount for i in inv.lines if i.rate == 0), D(0))
        if zero:
            rows.append([inv.pct(D(0)), n(zero), n(D(0)), n(zero)])
        if x["total_row"]:
            rows.append([w("total"), n(inv.subtotal), n(inv.tax), n(inv.total)])
        pen.grid(W - 14 - 110, y, [head, *rows], [32, 26, 26, 26], "LRRR", 8, head_fill=(240, 240, 240))
    else:
        svc = [(i.desc, inv.m(i.amount), False) for i in inv.lines if i.section == "svc"]
        charges = inv.subtotal - sum((i.amount for i in inv.lines if i.section), D(0))
        rows = [(w("charges"), inv.m(charges), False), *svc] if svc else []
        rows += money_rows(inv)
        y = totals(pen, W - 14 - 80, y, 80, rows) + 3
        totals(pen, 14, y, W - 28, [(pay, inv.m(-inv.total), False), (w("balance"), inv.m(D(0)), True)])
    pen.footers(w("page"))


# ---------------------------------------------------------------- garage
CARS = (
    "Toyota Corolla 1.8 Hybrid",
    "VW Golf 1.5 TSI",
    "Skoda Octavia 2.0 TDI",
    "Volvo XC60 B4",
    "Ford Ranger 2.0 EcoBlue",
    "Hyundai i30 1.6 CRDi",
    "Mazda CX-5 2.5",
    "Tesla Model 3 LR",
)
PLATES = {
    "da-DK": "@@ ## ###",
    "nb-NO": "@@ #####",
    "fi-FI": "@@@-###",
    "de-CH": "LU ######",
    "en-ZA": "@@ ###-###",
    "en-AU": "#@@ #@@",
    "en-NZ": "@@@###",
}


def make_garage(inv: Inv) -> None:
    w, rng = inv.w, inv.rng
    for desc in rng.sample(w.catalogue("part_items"), rng.randint(2, 5)):
        qty = rng.randint(4, 6) if "5W-30" in desc else rng.choice([1, 1, 2, 4])
        inv.line(desc, qty, inv.price(5, 60), code=fill(rng, "@@-#####"), section="parts", unit=w("pcs"))
    rate = inv.price(85, 150)
    for desc in rng.sample(w.catalogue("labour_items"), rng.randint(1, 3)):
        inv.line(desc, rng.choice([0.5, 1, 1.5, 2, 2.5, 3.2]), rate, section="labour", unit=w("hrs"))
    finish(inv)
    inv.extra.update(
        car=rng.choice(CARS),
        plate=fill(rng, PLATES[inv.p.code]),
        vin=fill(rng, "@@@##@@@#@@######"),
        km=D(rng.randint(8_000, 240_000)),
        order=fill(rng, "#####"),
    )


def draw_garage(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    y = block(pen, 14, 14, [inv.vendor, *vendor_lines(inv)], 8.5)
    pen.rect(W - 14 - 70, 14, 70, 9, fill=(30, 30, 30))
    pen.text(W - 14 - 70, 16, w("title").upper(), 13, "B", "C", 70, color=(255, 255, 255))
    meta = [[w("no"), inv.no], [w("date"), inv.d(inv.date)], [w("due"), inv.d(inv.due)]]
    pen.grid(W - 14 - 70, 25, meta, [32, 38], "LR", 8.5, heading=False)
    y = block(pen, 14, max(y, 44) + 4, [inv.customer, *inv.caddr[:2]], 9)
    head = [w("plate"), w("vehicle"), w("vin"), w("mileage"), w("work_order")]
    vals = [x["plate"], x["car"], x["vin"], f"{fmt_num(x['km'], inv.num_style, 0)} km", x["order"]]
    y = pen.grid(14, y + 4, [head, vals], [26, 50, 46, 30, W - 28 - 152], "LLLRL", 8) + 6
    for section, cols in (("parts", True), ("labour", False)):
        items = [i for i in inv.lines if i.section == section]
        pen.text(14, y, w(section).upper(), 10, "B")
        y += 6
        if cols:
            rows = [[w("part_no"), w("desc"), w("qty"), w("price"), w("amount")]]
            rows += [[i.code, i.desc, f"{i.qty} {i.unit}", n(i.price), n(i.amount)] for i in items]
            widths = [24, 76, 22, 28, W - 28 - 150]
        else:
            rows = [[w("desc"), w("hrs"), w("price"), w("amount")]]
            rows += [
                [i.desc, n(i.qty) if inv.p.places else str(i.qty), n(i.price), n(i.amount)] for i in items
            ]
            widths = [100, 22, 28, W - 28 - 150]
        y = pen.grid(
            14,
            y,
            rows,
            widths,
            "LLRRR"[-len(widths) :] if cols else "LRRR",
            8.5,
            borders="SINGLE_TOP_LINE",
            head_fill=None,
        )
        part = sum((i.amount for i in items), D(0))
        y = totals(pen, W - 14 - 80, y + 2, 80, [(w(f"{section}_total"), n(part), False)]) + 4
    y = pen.need(y, 30)
    pen.rect(W - 14 - 84, y - 2, 84, 8 + 5.5 * len(money_rows(inv)))
    y = totals(pen, W - 14 - 82, y + 1, 80, money_rows(inv)) + 8
    if inv.due:
        account = fill(inv.rng, "#### ##########")
        text = f"{w('pay_by')} **{inv.d(inv.due)}**. {w('bank')}: {w('account')} {account}."
        pen.para(14, pen.need(y, 12), 120, text, 8.5)
