"""Set E, HTML invoices (Chromium): Japanese-style English translation invoice (JPY), multi-page construction
progress claim (AUD, retention, variations), Irish/UK invoice with VAT Reg No (EUR/GBP)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from outside_common_e import Doc, fdate, issue_date, key_of, make_items, num, r2, street, tax_by_rate
from outside_html_e import e, page


def jp_translation(rng: random.Random) -> Doc:
    d = Doc("jp_translation", "chromium", "en")
    vendor = rng.choice(
        [
            "Sakura Honyaku Co., Ltd.",
            "Kotoba Bridge Inc.",
            "Nihon Lingua Services Co., Ltd.",
            "Hikari Translation K.K.",
        ]
    )
    issued = issue_date(rng)
    no = f"{fdate(issued, 'YYMMDD')}-{rng.randint(1, 30):02d}"
    month_end = date(issued.year + (issued.month + 1) // 13, (issued.month % 12) + 1, 1) + timedelta(days=40)
    due = month_end.replace(day=1) - timedelta(days=1)
    jobs = [
        "Japanese to English translation (patent specification)",
        "English to Japanese translation (user manual)",
        "Native check / proofreading",
        "DTP layout adjustment",
        "Certified translation (company register)",
        "Japanese to English translation (press release)",
        "Glossary creation",
        "Rush handling fee",
    ]
    lines = []
    for j in rng.sample(jobs, rng.randint(2, 5)):
        if "translation (" in j:
            lines.append(
                (j, Decimal(rng.randint(2000, 30000)), "chars", Decimal(rng.choice([9, 11, 12, 14])))
            )
        else:
            lines.append(
                (
                    j,
                    Decimal(rng.randint(1, 8)),
                    "hrs" if "check" in j or "DTP" in j else "set",
                    Decimal(rng.choice([3000, 5000, 8000, 12000])),
                )
            )
    sub = sum(q * p for _, q, _, p in lines)
    tax = r2(sub / 10, 0)
    total = sub + tax
    y = lambda v: f"¥{num(v, ',', '.', 0)}"  # noqa: E731
    rows = "".join(
        f"<tr><td class=c>{i}</td><td>{e(j)}</td><td class=r>{num(q, ',', '.', 0)} {u}</td>"
        f"<td class=r>{y(p)}</td>"
        f"<td class=r>{y(q * p)}</td></tr>"
        for i, (j, q, u, p) in enumerate(lines, 1)
    )
    cust = rng.choice(["Kestrel Pharma Inc.", "Tanaka Patent Office", "Orbis Devices Japan G.K."])
    body = f"""<div class=no>Invoice No. {e(d.k("invoice_number", no))}<br>Issue Date: {
        e(d.k("date", fdate(issued, "YYYY/MM/DD")))
    }</div>
<h1>INVOICE</h1><table style="width:100%"><tr><td class=cust><span class=u>{
        e(cust)
    } &nbsp; Dear Sir/Madam</span><br><br>
We hereby invoice you as follows. Thank you for your continued patronage.</td>
<td class=ven>{e(d.k("vendor_name", vendor))}<br>Registration No. T{rng.randint(10**12, 10**13 - 1)}<br>
{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {
        rng.choice(["Nihonbashi, Chuo-ku", "Shinjuku, Shinjuku-ku", "Umeda, Kita-ku"])
    }<br>{rng.choice(["Tokyo", "Osaka"])} {rng.randint(100, 599)}-{rng.randint(1000, 9999)}<br>
TEL 03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}</td></tr></table>
<table class=big><tr><td>Total Amount (Tax Included)</td><td>{e(d.k("total", y(total)))}-</td></tr></table>
<p>Payment Due Date: {e(d.k("due_date", fdate(due, "YYYY/MM/DD")))}</p>
<table class=items><tr><th>No.</th><th>Description</th><th>Quantity</th><th>Unit Price</th>
<th>Amount ({e(d.k("currency", "JPY"))})</th></tr>{rows}</table>
<table class=tot><tr><td>Subtotal</td><td class=r>{e(d.k("subtotal", y(sub)))}</td></tr>
<tr><td>Consumption Tax (10%)</td><td class=r>{e(d.k("tax", y(tax)))}</td></tr>
<tr><td>Total</td><td class=r>{y(total)}</td></tr></table>
<div class=bank>[Bank Transfer]<br>{rng.choice(["MUFG Bank", "Mizuho Bank", "SMBC"])}, {
        rng.choice(["Ginza", "Shibuya"])
    } Branch,
Ordinary Account No. {rng.randint(1000000, 9999999)}<br>Account Name: {e(vendor.upper())}<br>
* Kindly note that bank transfer charges are to be borne by your company.</div>"""
    css = (
        "body{font-family:'DejaVu Serif';font-size:9.5pt}.no{text-align:right}h1{text-align:center;"
        "letter-spacing:12px;"
        "font-size:18pt;border-bottom:3px double #000;width:40%;margin:10px auto 20px}.cust{width:55%}"
        ".u{font-size:12pt;"
        "border-bottom:1px solid #000}.ven{font-size:8.5pt}.big{margin-top:16px;border:2px solid #000}"
        ".big td{padding:6px 14px;"
        "font-size:13pt}.big td:first-child{background:#eee}.items{width:100%;margin-top:8px}"
        ".items th{background:#eee;"
        "border:1px solid #555;padding:3px}.items td{border:1px solid #888;padding:3px 5px}"
        ".c{text-align:center}"
        ".tot{width:40%;margin-left:auto}.tot td{border:1px solid #888;padding:3px 5px}.bank{margin-top:26px;"
        "border:1px solid #aaa;padding:6px;font-size:8.5pt}"
    )
    d.key = key_of(no, issued, due, total, "JPY", vendor, sub, tax)
    d.html = page("en", css, body)
    return d


def construction_claim(rng: random.Random) -> Doc:
    d = Doc("construction_claim", "chromium", "en")
    vendor = rng.choice(
        [
            "Ironbark Constructions Pty Ltd",
            "Southern Cross Builders Pty Ltd",
            "Redgum Civil & Building Pty Ltd",
        ]
    )
    claim = rng.randint(3, 9)
    job = rng.randint(1000, 2999)
    no = f"PC-{job}-{claim:02d}"
    issued = issue_date(rng)
    period_end = issued.replace(day=1) - timedelta(days=1)
    due = issued + timedelta(days=rng.choice([10, 15, 20]))
    trades = [
        "Preliminaries",
        "Site establishment",
        "Demolition",
        "Excavation",
        "Footings",
        "Slab on ground",
        "Structural steel",
        "Formwork",
        "Blockwork",
        "Framing",
        "Roofing",
        "Windows and glazing",
        "External cladding",
        "Plumbing rough-in",
        "Electrical rough-in",
        "Mechanical services",
        "Fire services",
        "Plasterboard",
        "Waterproofing",
        "Wall and floor tiling",
        "Joinery",
        "Painting",
        "Doors and hardware",
        "Landscaping",
        "Driveway and paths",
        "Fencing",
        "Hydraulic fit-off",
        "Electrical fit-off",
        "Cleaning",
        "Handover documentation",
    ]
    rows, todate, prev = [], Decimal(0), Decimal(0)
    for i, t in enumerate(trades, 1):
        value = Decimal(rng.randint(8, 180) * 1000)
        p_prev = rng.choice([100, 100, 80, 50, 20, 0, 0])
        p_now = min(100, p_prev + rng.choice([0, 0, 10, 20, 30, 50]))
        done, before = r2(value * p_now / 100), r2(value * p_prev / 100)
        todate, prev = todate + done, prev + before
        rows.append((f"{i}.0", t, value, p_now, done, before, done - before))
    contract = sum(r[2] for r in rows)
    vos = [
        "Additional power points",
        "Upgrade to stone benchtops",
        "Extra stormwater pit",
        "Relocate hot water unit",
        "Acoustic insulation to units",
        "Additional downlights",
        "Rock excavation (provisional sum)",
        "Balustrade upgrade",
        "Extra course of blockwork",
        "Revised kitchen layout",
    ]
    for i, t in enumerate(rng.sample(vos, rng.randint(6, 9)), 1):
        value = Decimal(rng.randint(12, 190) * 100)
        p_prev = rng.choice([100, 50, 0, 0])
        p_now = min(100, p_prev + rng.choice([0, 50, 100]))
        done, before = r2(value * p_now / 100), r2(value * p_prev / 100)
        todate, prev = todate + done, prev + before
        rows.append((f"VO-{i:02d}", t, value, p_now, done, before, done - before))
    variations = sum(r[2] for r in rows if r[0].startswith("VO"))
    retention = r2(todate * 5 / 100)
    prev_net = prev - r2(prev * 5 / 100)
    this_claim = todate - retention - prev_net
    gst = r2(this_claim / 10)
    total = this_claim + gst
    m = lambda v: f"${num(v)}"  # noqa: E731
    body_rows = "".join(
        f"<tr><td>{c}</td><td>{t}</td><td class=r>{m(v)}</td><td class=r>{p}%</td><td class=r>{m(dn)}</td>"
        f"<td class=r>{m(bf)}</td><td class=r>{m(th)}</td></tr>"
        for c, t, v, p, dn, bf, th in rows
    )
    body = f"""<table style="width:100%"><tr><td><div class=co>{e(d.k("vendor_name", vendor))}</div>ABN {
        rng.randint(10, 99)
    }
{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} · Builder's Licence {
        rng.randint(100000, 999999)
    }C<br>
{"<br>".join(e(s) for s in street(rng, "au"))}</td><td class=r><div class=t>TAX INVOICE</div>
<div class=t2>PROGRESS CLAIM No. {claim}</div></td></tr></table>
<table class=meta><tr><td>Invoice No.</td><td>{e(d.k("invoice_number", no))}</td><td>Contract No.</td><td>HC-{
        job
    }</td></tr>
<tr><td>Date</td><td>{e(d.k("date", fdate(issued, "DD/MM/YYYY")))}</td><td>Claim period to</td>
<td>{fdate(period_end, "DD/MM/YYYY")}</td></tr><tr><td>Payment due</td><td>{
        e(d.k("due_date", fdate(due, "DD/MM/YYYY")))
    }</td>
<td>Principal</td><td>{
        e(rng.choice(["Harbourview Developments Pty Ltd", "Kinross Property Group"]))
    }</td></tr>
<tr><td>Project</td><td colspan=3>{
        e(
            rng.choice(
                [
                    "Harbourview Apartments Stage 2",
                    "Riverside Medical Centre fit-out",
                    "Northgate Childcare Centre",
                ]
            )
        )
    }</td></tr></table>
<p class=s>This is a payment claim made under the Building and Construction Industry Security of Payment Act
1999 (NSW).
All amounts in {e(d.k("currency", "AUD"))}, excluding GST unless stated.</p>
<table class=items><thead><tr><th>Item</th><th>Description</th><th class=r>Contract value</th><th class=r>%
complete</th>
<th class=r>Completed to date</th><th class=r>Previously claimed</th><th class=r>This claim</th></tr></thead>{
        body_rows
    }
<tr class=b><td></td><td>Totals</td><td class=r>{m(contract + variations)}</td><td></td><td class=r>{
        m(todate)
    }</td>
<td class=r>{m(prev)}</td><td class=r>{m(todate - prev)}</td></tr></table>
<table class=sum><tr><td>Original contract sum (excl. GST)</td><td class=r>{m(contract)}</td></tr>
<tr><td>Approved variations</td><td class=r>{m(variations)}</td></tr>
<tr><td>Revised contract sum</td><td class=r>{m(contract + variations)}</td></tr>
<tr><td>Total value of work completed to date</td><td class=r>{m(todate)}</td></tr>
<tr><td>Less retention held (5%)</td><td class=r>-{m(retention)}</td></tr>
<tr><td>Less amount previously claimed (net of retention)</td><td class=r>-{m(prev_net)}</td></tr>
<tr class=b><td>This claim (excl. GST)</td><td class=r>{e(d.k("subtotal", m(this_claim)))}</td></tr>
<tr><td>GST 10%</td><td class=r>{e(d.k("tax", m(gst)))}</td></tr>
<tr class=bb><td>TOTAL THIS CLAIM (incl. GST)</td><td class=r>{e(d.k("total", m(total)))}</td></tr></table>
<p>Please remit to BSB {rng.randint(100, 999)}-{rng.randint(100, 999)} Account {rng.randint(10**7, 10**8 - 1)}
quoting {e(no)}.</p>"""
    css = (
        "body{font-family:'Liberation Sans Narrow','Liberation Sans';font-size:9pt}.co{font-size:14pt;"
        "font-weight:bold}"
        ".t{font-size:18pt;font-weight:bold}.t2{font-size:12pt;color:#a33}.meta{margin-top:10px;"
        "border:1px solid #777}"
        ".meta td{padding:2px 8px;border:1px solid #ccc}.s{font-size:7.5pt;color:#444}"
        ".items{width:100%}.items th{"
        "background:#333;color:#fff;padding:3px;font-size:8pt}.items td{padding:3px;"
        "border-bottom:1px solid #ddd}"
        ".b td{font-weight:bold}.sum{width:60%;margin:12px 0 0 auto;border:2px solid #333;"
        "page-break-inside:avoid}"
        ".sum td{padding:3px 6px}.bb td{font-weight:bold;font-size:11pt;background:#eee;"
        "border-top:2px solid #333}"
    )
    d.key = key_of(no, issued, due, total, "AUD", vendor, this_claim, gst)
    d.html = page("en-AU", css, body)
    return d


def ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def invoice_ie(rng: random.Random) -> Doc:
    d = Doc("invoice_ie", "chromium", "en")
    ie = rng.random() < 0.5
    cur, sym = ("EUR", "€") if ie else ("GBP", "£")
    vendor = rng.choice(
        ["Shannon Signs Limited", "Corrib Veterinary Supplies Ltd", "Liffey Print DAC"]
        if ie
        else ["Pennine Joinery Ltd", "Ashdown Accountancy LLP", "Thameside Couriers Limited"]
    )
    issued = issue_date(rng)
    no = f"{rng.randint(1, 999):03d}/{issued.year}"
    rates = [Decimal(23), Decimal("13.5")] if ie else [Decimal(20)]
    pool = [
        "Vinyl lettering",
        "Site survey",
        "Bookkeeping (monthly)",
        "Year-end accounts",
        "Same-day courier",
        "Oak worktop fitting",
        "Design proof",
        "Payroll bureau service",
        "Pallet delivery",
        "Installation",
    ]
    items = make_items(rng, pool, rng.randint(2, 5), 25, 1500, rates, True, 4)
    groups = tax_by_rate(items)
    sub = sum(b for _, b, _ in groups)
    vat = sum(t for *_, t in groups)
    total = sub + vat
    m = lambda v: f"{sym}{num(v)}"  # noqa: E731
    due = issued + timedelta(days=30) if rng.random() < 0.5 else None
    date_s = rng.choice([fdate(issued, "DD/MM/YYYY"), f"{ordinal(issued.day)} {fdate(issued, 'MMMM YYYY')}"])
    rows = "".join(
        f"<tr><td>{e(it.desc)}</td><td class=r>{it.qty}</td><td class=r>{m(it.unit)}</td>"
        f"<td class=r>{it.rate}%</td><td class=r>{m(it.amount)}</td></tr>"
        for it in items
    )
    vat_rows = "".join(f"<tr><td>VAT @ {r}%</td><td class=r>{m(t)}</td></tr>" for r, _, t in groups)
    if len(groups) > 1:
        vat_rows += f"<tr><td>Total VAT</td><td class=r>{e(d.k('tax', m(vat)))}</td></tr>"
    else:
        d.k("tax", m(vat))
    reg = (
        f"IE {rng.randint(1000000, 9999999)}{rng.choice('ABCDEFTW')}"
        if ie
        else f"GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    )
    terms = (
        f"Due date: {e(d.k('due_date', fdate(due, 'DD/MM/YYYY')))}"
        if due
        else "Terms: strictly 30 days from invoice date"
    )
    body = f"""<div class=band><span class=co>{e(d.k("vendor_name", vendor))}</span><span
class=inv>INVOICE</span></div>
<table style="width:100%;margin-top:16px"><tr>
<td>{"<br>".join(e(s) for s in street(rng, "ie" if ie else "uk"))}<br>
VAT Reg No: {reg}<br>Company Reg. No. {rng.randint(100000, 999999)}</td><td class=box><table>
<tr><td>Invoice No.</td><td>{e(d.k("invoice_number", no))}</td></tr><tr><td>Date / Tax Point</td>
<td>{e(d.k("date", date_s))}</td></tr><tr><td>Account</td>
<td>{rng.choice(["ACC", "CUS"])}{rng.randint(100, 999)}</td></tr>
</table></td></tr></table><p><b>Invoice to:</b>
{e(rng.choice(["Murphy Pharmacy", "Kilkenny Motors", "Oakfield Surgery"]))},
{", ".join(e(s) for s in street(rng, "ie" if ie else "uk"))}</p>
<table class=items><tr><th>Description</th><th class=r>Qty</th><th class=r>Unit price</th><th class=r>VAT
rate</th>
<th class=r>Net</th></tr>{rows}</table><table class=tot><tr><td>Net total</td><td
class=r>{e(d.k("subtotal", m(sub)))}</td>
</tr>{vat_rows}<tr class=b><td>Total {e(d.k("currency", cur))}</td><td
class=r>{e(d.k("total", m(total)))}</td></tr></table>
<p>{terms}. Bank: IBAN {"IE29 AIBK" if ie else "GB33 BUKB"} {rng.randint(1000, 9999)}
{rng.randint(1000, 9999)}
{rng.randint(1000, 9999)} {rng.randint(10, 99)}</p>"""
    css = (
        "body{font-family:'DejaVu Sans';font-size:9pt}.band{background:#1f3d2b;color:#fff;padding:14px}"
        ".co{font-size:14pt;"
        "font-weight:bold}.inv{float:right;font-size:14pt;letter-spacing:4px}"
        ".box{border:2px solid #1f3d2b;padding:6px;"
        "width:40%}.box td{padding:2px 8px}.items{width:100%;margin-top:16px}"
        ".items th{border-bottom:2px solid #1f3d2b;"
        "padding:4px}.items td{padding:4px;border-bottom:1px dotted #999}.tot{margin:14px 0 0 auto;width:40%;"
        "border:2px solid #1f3d2b}.tot td{padding:4px 8px}.b td{font-weight:bold;background:#e8f0ea}"
    )
    d.key = key_of(no, issued, due, total, cur, vendor, sub, vat)
    d.html = page("en-IE" if ie else "en-GB", css, body)
    return d
