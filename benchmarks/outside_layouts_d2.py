"""Set D layouts, part 2: wholesale invoice, law/consulting fee note, telecom bill, e-commerce tax
invoice (Asia-Pacific)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from outside_doc_d import Inv, Pen, finish
from outside_layouts_d import GREY, block, ca_taxes, masthead, money_rows, pairs, totals, vendor_lines
from outside_locale_d import fill

D = Decimal

# ---------------------------------------------------------------- wholesale / distributor
GOODS = (
    "Lavazza Qualità Rossa 1kg",
    "Barilla Spaghetti n.5 500g",
    "Nescafé Classic 200g",
    "Heineken 0.33L can x24",
    "Coca-Cola 0.5L PET x12",
    "Ariel Pods 3in1 x36",
    "Nivea Creme 150ml",
    "Milka Alpine Milk 100g",
    "Pringles Original 165g",
    "Colgate Total 75ml",
    "Red Bull 250ml x24",
    "Evian 1.5L x6",
    "Pampers Premium Care 4 x52",
    "Finish Quantum x60",
    "Knorr Chicken Stock x8",
    "Kellogg's Corn Flakes 500g",
    "Lipton Yellow Label x100",
    "Dove Soap 90g x4",
    "Fairy Original 900ml",
    "Mars Bar 51g x32",
    "Twinings Earl Grey x50",
    "Heinz Tomato Ketchup 570g",
    "Duracell AA x12",
    "Tork Hand Towel H2 x21",
    "Oral-B Pro Expert 75ml",
    "Gillette Mach3 x8",
    "Nutella 750g",
    "Bonduelle Sweet Corn 340g",
    "Philadelphia Original 200g",
    "Jacobs Krönung 500g",
    "Persil Color 40 WL",
    "Haribo Goldbears 200g",
    "Rio Mare Tuna 3x80g",
    "Tuc Original 100g",
    "Kinder Bueno x30",
    "Zewa Deluxe 3-ply x8",
)
FOOD = 14  # the first GOODS are food and drink (reduced rate where the country has one)
REDUCED = {"ro-RO": D(9), "cs-CZ": D(12), "es-MX": D(0), "tr-TR": D(10)}


def make_wholesale(inv: Inv) -> None:
    rng = inv.rng
    count = rng.randint(14, 34)
    for k in rng.sample(range(len(GOODS)), count):
        rate = REDUCED.get(inv.p.code, inv.p.rate) if k < FOOD else inv.p.rate
        disc = D(str(rng.choice([0, 0, 2, 3, 5, 7.5, 10, 12, 15])))
        inv.line(
            GOODS[k],
            rng.choice([2, 4, 6, 10, 12, 24, 36, 48]),
            inv.price(0.8, 14),
            rate,
            disc=disc,
            code=fill(rng, "#####" if k % 2 else "@@####"),
            unit=inv.w("pcs"),
        )
    if inv.p.code == "en-US":
        for item in inv.lines:
            item.rate = D(rng.choice(["6.25", "7", "8.25"]))
        rate = inv.lines[0].rate
        for item in inv.lines:
            item.rate = rate
    finish(inv, label="Sales Tax" if inv.p.code == "en-US" else None)
    label, pattern = next(i for i in inv.p.ids if "#" in i[1])
    inv.extra["cust_id"] = f"{label} {fill(rng, pattern)}"
    inv.extra.update(
        order=fill(rng, "PO-#####"),
        delivery=fill(rng, "######"),
        list=rng.random() < 0.5,
        uuid=fill(rng, "########-####-4###-@###-############").lower(),
    )


def draw_wholesale(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    pen.text(14, 14, inv.vendor, 15, "B")
    pen.text(14, 21, "  |  ".join(f"{label}: {value}" for label, value in inv.vids), 8, color=GREY)
    pen.text(14, 27, w("title"), 20, "B")
    meta = [[w("no"), inv.no], [w("date"), inv.d(inv.date)], [w("order_no"), x["order"]]]
    meta += [[w("delivery"), x["delivery"]], [w("due"), inv.d(inv.due)]] if inv.due else []
    y = pen.grid(W - 14 - 76, 27, meta, [38, 38], "LR", 8.5, heading=False) + 5
    half = (W - 28 - 6) / 2
    street, postal, _ = inv.vaddr
    left = f"**{w('supplier')}**\n{inv.vendor}\n{street}\n{postal}\n{w('phone')} {inv.phone}"
    right = f"**{w('bill_to')}**\n{inv.customer}\n{inv.caddr[0]}\n{inv.caddr[1]}\n{inv.extra['cust_id']}"
    y1 = pen.para(14, y, half, left, 8.5, border=1)
    y2 = pen.para(14 + half + 6, y, half, right, 8.5, border=1)
    y = max(y1, y2) + 5
    if inv.p.code == "tr-TR":
        pen.text(14, y, f"{w('ettn')}: {x['uuid']}", 7.5, color=GREY)
        y += 5
    if inv.p.code == "es-MX":
        pen.text(14, y, f"{w('uuid')}: {x['uuid'].upper()}", 7.5, color=GREY)
        y += 5
    many_rates = len({i.rate for i in inv.lines}) > 1
    head = ["#", w("code"), w("desc"), w("qty"), w("list_price"), w("disc_pct"), w("amount")]
    widths = [8, 18, 66, 20, 24, 16, 30]
    if many_rates:
        head.insert(6, inv.p.tax + " %")
        widths = [8, 18, 58, 18, 22, 14, 14, 30]
    widths[-1] = W - 28 - sum(widths[:-1])
    rows = [head]
    for k, i in enumerate(inv.lines, 1):
        disc = n(i.disc).rstrip("0").rstrip(",.") if i.disc else "-"
        row = [str(k), i.code, i.desc, f"{i.qty} {i.unit}", n(i.price), disc, n(i.amount)]
        if many_rates:
            row.insert(6, f"{i.rate.normalize():f}".replace(".", ","))
        rows.append(row)
    aligns = "RLLRRRRR" if many_rates else "RLLRRRR"
    y = pen.grid(14, y, rows, widths, aligns, 7.5, zebra=(245, 245, 245), head_fill=(215, 225, 240))
    y = pen.need(y, 45) + 4
    gross = sum((inv.q(i.qty * i.price) for i in inv.lines), D(0))
    rows = [(w("total_disc"), n(inv.subtotal - gross), False)] if x["list"] else []
    rows += money_rows(inv)
    y = totals(pen, W - 14 - 90, y, 90, rows, 9)
    pen.text(W - 14 - 90, y + 1, f"{w('currency')}: {inv.p.cur}", 8, color=GREY)
    pen.footers(w("page"), align="R")


# ---------------------------------------------------------------- fee note
MATTERS = {
    "en": (
        "{s} v. {s2}",
        "Estate of the late {f} {s}",
        "Purchase of property in {t}",
        "{s} Holdings: lease dispute",
    ),
    "fr": ("{s} c. {s2}", "Succession {f} {s}", "Acquisition d'un immeuble à {t}"),
    "da": ("{s} mod {s2}", "Dødsbo efter {f} {s}", "Køb af ejendom i {t}"),
}


def make_feenote(inv: Inv) -> None:
    rng, w, p = inv.rng, inv.w, inv.p
    untaxed = p.code == "en-US"
    hourly = inv.price(180, 420)
    day = inv.date - timedelta(days=rng.randint(25, 45))
    for desc in rng.sample(w.catalogue("fee_items"), rng.randint(2, 4)):
        day = min(day + timedelta(days=rng.randint(1, 9)), inv.date)
        hours = rng.choice([0.4, 0.75, 1.2, 1.5, 2.25, 3, 4.5, 6.1])
        inv.line(desc, hours, hourly, D(0) if untaxed else None, day=day, section="fees", unit=w("hrs"))
    cat = w.catalogue("disb_items")
    for k in sorted(rng.sample(range(len(cat)), rng.randint(1, 3))):
        exempt = k < 2 and not untaxed
        desc = f"{cat[k]} {w('no_tax', tax=p.tax)}" if exempt else cat[k]
        inv.line(desc, 1, inv.price(6, 160), D(0) if exempt or untaxed else None, section="disb")
    if p.code == "fr-CA":
        finish(inv, *ca_taxes(inv))
    else:
        finish(inv)
    inv.show_subtotal = bool(inv.taxes) and rng.random() < 0.6
    s, s2 = rng.sample(p.surnames, 2)
    pattern = rng.choice(MATTERS[p.lang])
    inv.extra.update(
        matter=pattern.format(s=s, s2=s2, f=rng.choice(p.first), t=rng.choice(p.towns)[0]),
        ref=fill(rng, "##/####"),
        partners=[f"{rng.choice(p.first)} {x}" for x in p.surnames[:3]],
        trust=inv.q(inv.total * D(rng.choice([0, 0, "0.5", "0.3"]))),
    )


def draw_feenote(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    pen.text(14, 14, inv.vendor, 17, "B", "C", W - 28)
    pen.text(14, 22, "  ·  ".join(x["partners"]), 8, "I", "C", W - 28, color=GREY)
    pen.text(14, 26.5, "  ·  ".join(vendor_lines(inv)), 7.5, "", "C", W - 28, color=GREY)
    pen.hline(14, W - 14, 31, 0.6)
    pen.hline(14, W - 14, 32, 0.2)
    pen.text(14, 38, w("bill_to"), 8, color=GREY)
    y = block(pen, 14, 42, [inv.customer, *inv.caddr[:2]], 9.5)
    meta = [(w("no"), inv.no), (w("date"), inv.d(inv.date)), (w("matter"), x["ref"])]
    meta += [(w("due"), inv.d(inv.due))] if inv.due else []
    y = max(y, pairs(pen, W - 14 - 70, 38, meta, 9)) + 6
    pen.text(14, y, w("fee_title"), 13, "B", "C", W - 28)
    y = pen.para(14, y + 8, W - 28, w("services", m=x["matter"]), 9.5) + 4
    fees = [i for i in inv.lines if i.section == "fees"]
    disb = [i for i in inv.lines if i.section == "disb"]
    fee_sum = sum((i.amount for i in fees), D(0))
    disb_sum = sum((i.amount for i in disb), D(0))
    rows = [[w("day"), w("fees"), w("hrs"), w("amount")]]
    rows += [[inv.d(i.day or inv.date), i.desc, n(i.qty).rstrip("0").rstrip(",."), n(i.amount)] for i in fees]
    rows.append(["", "", "", f"**{n(fee_sum)}**"])
    y = (
        pen.grid(
            14,
            y,
            rows,
            [34, 94, 20, W - 28 - 148],
            "LLRR",
            9,
            borders="HORIZONTAL_LINES",
            head_fill=None,
            markdown=True,
        )
        + 4
    )
    rows = [[w("disb"), w("amount")], *[[i.desc, n(i.amount)] for i in disb], ["", f"**{n(disb_sum)}**"]]
    y = (
        pen.grid(
            14,
            pen.need(y, 30),
            rows,
            [148, W - 28 - 148],
            "LR",
            9,
            borders="HORIZONTAL_LINES",
            head_fill=None,
            markdown=True,
        )
        + 6
    )
    rows = [(w("fees"), inv.m(fee_sum), False), (w("disb"), inv.m(disb_sum), False), *money_rows(inv)]
    if x["trust"]:
        rows += [
            (w("less_trust"), inv.m(-x["trust"]), False),
            (w("due_amt"), inv.m(inv.total - x["trust"]), True),
        ]
    y = totals(pen, W - 14 - 125, pen.need(y, 8 * len(rows)), 125, rows, 9.5) + 8
    bank = f"{w('bank')}: {fill(inv.rng, '###-### ########')}  ·  {w('ref')}: {inv.no}"
    pen.para(14, pen.need(y, 10), W - 28, bank, 8.5)
    pen.footers(w("page"), align="R")


# ---------------------------------------------------------------- telecom bill
TEL_NO = {
    "en-AU": "##########",
    "en-NZ": "INV-#######",
    "nb-NO": "#######",
    "ro-RO": "@@@ #######",
    "hu-HU": "@@##-#######",
    "fr-CA": "####-####-##",
    "en-CA": "## #### ####",
}
COLOURS = ((0, 84, 147), (120, 20, 90), (0, 120, 90), (200, 70, 0))


def make_telecom(inv: Inv) -> None:
    rng, w, p = inv.rng, inv.w, inv.p
    inv.incl = p.code in ("en-AU", "en-NZ", "nb-NO")
    inv.no = fill(rng, TEL_NO[p.code])
    for desc in rng.sample(w.catalogue("plan_items"), rng.randint(1, 2)):
        inv.line(desc, 1, inv.price(15, 70), section="plan", code=fill(rng, p.phone))
    for desc in rng.sample(w.catalogue("usage_items"), rng.randint(0, 3)):
        inv.line(desc, 1, inv.price(0.5, 25), section="usage", code=fill(rng, p.phone))
    if rng.random() < 0.4:
        inv.line(rng.choice(w.catalogue("oneoff_items")), 1, inv.price(5, 30), section="oneoff")
    if p.lang in ("en", "fr") and p.cur == "CAD":
        finish(inv, *ca_taxes(inv))
    else:
        finish(inv)
    inv.show_subtotal = not inv.incl
    prev = inv.q(inv.total * D(str(rng.choice([0, 0.8, 1, 1.1]))))
    paid = prev if rng.random() < 0.7 else inv.q(prev / 2)
    start = inv.date - timedelta(days=rng.choice([28, 30, 31]))
    inv.extra.update(
        prev=prev,
        paid=paid,
        start=start,
        end=inv.date - timedelta(days=1),
        account=fill(rng, "#########"),
        colour=rng.choice(COLOURS),
    )


def draw_telecom(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    pen.rect(0, 0, W, 24, 0.1, fill=x["colour"], color=x["colour"])
    pen.text(14, 8, x["brand"], 20, "B", color=(255, 255, 255))
    pen.text(14, 10, w("bill_title"), 12, "B", "R", W - 28, color=(255, 255, 255))
    y = block(pen, 14, 34, [inv.customer, *inv.caddr[:2]], 9.5)
    period = f"{inv.d(x['start'])} – {inv.d(x['end'])}"
    meta = [(w("account_no"), x["account"]), (w("bill_no"), inv.no), (w("date"), inv.d(inv.date))]
    meta += [(w("period"), period), (w("due"), inv.d(inv.due))] if inv.due else [(w("period"), period)]
    y = max(y, pairs(pen, W - 14 - 86, 32, meta, 8.5)) + 6
    carried = x["prev"] - x["paid"]
    due_total = carried + inv.total
    pen.rect(14, y, 100, 36, 0.3)
    rows = [
        (w("prev_bal"), inv.m(x["prev"]), False),
        (w("pay_recv"), inv.m(-x["paid"]), False),
        (w("carried"), inv.m(carried), False),
        (w("new_charges"), inv.m(inv.total), False),
        (w("total_due"), inv.m(due_total), True),
    ]
    totals(pen, 17, y + 4, 94, rows, 9)
    pen.rect(W - 14 - 62, y, 62, 36, 0.1, fill=(238, 238, 238), color=(238, 238, 238))
    pen.text(W - 14 - 60, y + 5, w("total_due"), 9, "B")
    pen.text(W - 14 - 60, y + 13, inv.m(due_total), 18, "B")
    if inv.due:
        pen.text(W - 14 - 60, y + 25, f"{w('due')}: {inv.d(inv.due)}", 9)
    y += 46
    for section in ("plan", "usage", "oneoff"):
        items = [i for i in inv.lines if i.section == section]
        if not items:
            continue
        y = pen.need(y, 20)
        pen.text(14, y, w(section), 10.5, "B", color=x["colour"])
        rows = [[i.desc, i.code, n(i.amount)] for i in items]
        y = pen.grid(14, y + 6, rows, [96, 50, W - 28 - 146], "LLR", 9, heading=False, borders="NONE") + 1
        part = sum((i.amount for i in items), D(0))
        y = totals(pen, W - 14 - 60, y, 60, [("", n(part), False)], 9) + 3
        pen.hline(14, W - 14, y - 1.5, 0.1)
    y = pen.need(y, 30) + 2
    if inv.incl:
        rows = [(w("new_charges"), inv.m(inv.total), True)]
        y = totals(pen, W - 14 - 90, y, 90, rows, 9.5)
        pen.text(W - 14 - 90, y, f"{w('new_charges')} {w('incl_tax', tax=inv.p.tax)} {inv.m(inv.tax)}", 8.5)
    else:
        totals(pen, W - 14 - 90, y, 90, money_rows(inv, w("new_charges")), 9.5)
    ids = "  ·  ".join([inv.vendor, *vendor_lines(inv, phone=False)])
    pen.text(14, pen.pdf.h - 16, ids, 7, "", "C", W - 28, color=GREY)
    pen.footers(w("page"), align="R")


# ---------------------------------------------------------------- e-commerce tax invoice (SG / AU / NZ)
PRODUCTS = (
    "Wireless Earbuds Pro",
    "USB-C Charging Cable 2m",
    "Stainless Steel Bottle 750ml",
    "Yoga Mat 6mm",
    "LED Desk Lamp",
    "Bluetooth Speaker Mini",
    "Phone Case (Clear)",
    "Ceramic Mug Set x4",
    "Running Socks 3-pack",
    "Laptop Sleeve 14in",
    "Smart Plug Wi-Fi",
    "Bamboo Cutting Board",
)
PLATFORMS = ("ShopNest", "Cartwheel", "Marketa", "Parcelo")
SHOP_NO = {"en-SG": "SG-INV-{Y}-######", "en-AU": "AU########", "en-NZ": "NZ-#######"}


def make_taxinvoice(inv: Inv) -> None:
    rng, w = inv.rng, inv.w
    inv.incl = True
    inv.no = fill(rng, SHOP_NO[inv.p.code].replace("{Y}", str(inv.date.year)))
    for name in rng.sample(PRODUCTS, rng.randint(1, 4)):
        inv.line(name, rng.choice([1, 1, 2, 3]), inv.price(4, 45), code=fill(rng, "SKU-@@####"))
    if rng.random() < 0.6:
        inv.line(w("shipping"), 1, inv.price(3, 9), section="ship")
    if rng.random() < 0.35:
        inv.line(f"{w('voucher')} {fill(rng, '@@@@##')}", 1, -inv.price(2, 8), section="voucher")
    finish(inv)
    inv.show_subtotal = rng.random() < 0.5
    inv.extra.update(
        platform=rng.choice(PLATFORMS),
        order=fill(rng, "#####-#####-####"),
        ordered=inv.date - timedelta(days=rng.randint(0, 3)),
        last4=fill(rng, "####"),
    )


def draw_taxinvoice(pen: Pen, inv: Inv) -> None:
    w, x, n = inv.w, inv.extra, inv.n
    W = pen.width
    masthead(pen, 14, x["platform"], 16, w("tax_title"), 18, color=(230, 90, 20))
    pen.text(14, 28, w("sold_by"), 8, color=GREY)
    y = block(pen, 14, 32, [inv.vendor, *vendor_lines(inv, phone=False)], 8.5)
    meta = [(w("no"), inv.no), (w("date"), inv.d(inv.date)), (w("order_id"), x["order"])]
    meta.append((w("order_date"), inv.d(x["ordered"])))
    y = max(y, pairs(pen, W - 14 - 80, 28, meta, 8.5)) + 6
    ship = (inv.customer, *inv.caddr[:2])
    pen.text(14, y, w("bill_to"), 8, "B", color=GREY)
    pen.text(100, y, w("ship_to"), 8, "B", color=GREY)
    block(pen, 14, y + 4, list(ship), 9, first="")
    y = block(pen, 100, y + 4, list(ship), 9, first="") + 6
    head = [w("desc"), "SKU", w("qty"), f"{w('price')} (incl. {inv.p.tax})", w("amount")]
    rows = [head] + [[i.desc, i.code, str(i.qty), n(i.price), n(i.amount)] for i in inv.lines]
    for row, item in zip(rows[1:], inv.lines, strict=True):
        if item.section:
            row[1:4] = ["", "", ""]
    y = pen.grid(14, y, rows, [70, 28, 18, 38, W - 28 - 154], "LLRRR", 8.5, borders="MINIMAL") + 5
    rows = [(w("subtotal"), inv.m(inv.subtotal), False)] if inv.show_subtotal else []
    rows.append((f"{w('total')} ({inv.p.cur})", inv.m(inv.total), True))
    y = totals(pen, W - 14 - 85, pen.need(y, 25), 85, rows, 9.5)
    pen.text(W - 14 - 85, y, f"{w('total')} {w('incl_tax', tax=inv.p.tax)} {inv.m(inv.tax)}", 8.5)
    paid = f"{w('paid_via')} Visa ****{x['last4']}  ·  {w('paid_on')} {inv.d(x['ordered'])}"
    pen.text(14, y + 10, paid, 8.5, color=GREY)
    pen.footers(w("page"), align="R")
