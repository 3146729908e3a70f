"""Set C of outside-style invoices: text drawn at coordinates by fpdf2, not HTML printed by Chromium.

    python benchmarks/outside_invoices_c.py [--out /tmp/outside_invoices] [--n 24] [--seed 303] [--check]

Sets A and B (benchmarks/outside_invoices.py) are HTML through headless Chromium. Set C is another PDF
producer with another text layer (fpdf2: core Helvetica/Times/Courier in WinAnsi encoding, or embedded
DejaVu subsets when an invoice needs more than cp1252), eight layouts A/B do not use and 15 country
profiles (benchmarks/outside_locale_c.py): saas (meta block top right, "<amount> due <date>" banner,
tax "on" its base, sometimes account credit), utility (account summary box, statement and due dates,
service period, remittance stub), freelance (From / Bill to columns, hours x rate, deposits, Spanish
IRPF withholding, French VAT exemption), vat_multi (marketplace seller invoice with a VAT breakdown
over several rates, order date), european (letter-style comma-decimal invoice, due date sometimes only
in a sentence, Swedish öre rounding, Polish sale date), twopage (totals on page 2, carried-forward sums),
gst (Indian Tally-style grid, CGST+SGST, round off, total in words, lakh grouping), shop (order invoice,
shipping, VAT included or US sales tax added).

Key choices where real invoices are ambiguous:
- ``total`` is the invoice's own total (after rounding lines printed on the invoice and after IRPF
  withholding, which Spanish invoices deduct in the total), never what is left to pay after earlier
  payments: a deposit ("Balance due"), applied account credit ("Amount due") or a utility bill's
  previous balance ("Total amount due") leave the key's total unchanged.
- ``tax`` is the sum of every tax line (several VAT rates, CGST+SGST, US state+city taxes); IRPF is a
  withholding, not a tax added, and is not in it. ``subtotal`` is the net amount before tax; null when the
  invoice prints none (prices including VAT, untaxed invoices without a subtotal line).
- ``due_date`` is null when no due date is printed (paid shop/marketplace orders, Indian invoices); a
  due date printed only in a payment sentence counts. Writes <out>/C/pdf/*.pdf and <out>/C/key/*.json.
``--check`` reads every PDF back with pdfplumber: every drawn character must come back, no ``(cid:n)``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from outside_layouts_c import q, render
from outside_locale_c import FREELANCERS, GST_ITEMS, ITEMS, PROFILES, SAAS_ITEMS, UTIL_ITEMS, UTILITIES

TEMPLATES = {  # profiles are taken in list order: --n 24 gives each template its first three
    "saas": ["en-JP", "en-IE", "de-CH", "en-US", "en-GB"],
    "utility": ["en-US", "sv-SE", "de-DE", "en-GB"],
    "freelance": ["es-ES", "pt-BR", "en-GB", "en-US", "fr-FR", "nl-NL"],
    "vat_multi": ["de-DE", "pl-PL", "it-IT", "fr-FR", "es-ES", "sv-SE"],
    "european": ["pl-PL", "pt-PT", "nl-NL", "sv-SE", "it-IT", "de-DE", "es-ES", "fr-FR", "pt-BR"],
    "twopage": ["it-IT", "en-GB", "pl-PL", "de-DE", "nl-NL", "en-US"],
    "gst": ["en-IN"],
    "shop": ["en-US", "de-DE", "fr-FR", "en-GB"],
}
# template: (item names, lines per invoice, quantity, unit price range in the profile's main unit)
ITEM_SPECS = {
    "saas": (lambda lang: SAAS_ITEMS, (2, 2), (1, 25), (9, 499)),
    "utility": (lambda lang: UTIL_ITEMS[lang], (3, 3), (150, 2400), (8, 25)),
    "freelance": (ITEMS.get, (1, 3), (2, 60), (35, 140)),
    "vat_multi": (ITEMS.get, (2, 6), (1, 12), (5, 150)),
    "european": (ITEMS.get, (2, 6), (1, 12), (5, 1800)),
    "twopage": (ITEMS.get, (37, 42), (1, 40), (1, 90)),
    "gst": (lambda lang: GST_ITEMS, (2, 5), (2, 150), (40, 3000)),
    "shop": (ITEMS.get, (1, 4), (1, 3), (5, 120)),
}
STREETS = dict(
    en="Market Street|Mill Lane|Church Road",
    de="Hauptstraße|Bahnhofstraße",
    fr="Rue Victor Hugo|Avenue Jean Jaurès",
    es="Calle Mayor|Avenida de la Paz",
    it="Via Garibaldi|Corso Italia",
    nl="Keizersgracht|Dorpsstraat",
    pl="ul. Długa|ul. Słoneczna",
    pt="Rua do Carmo|Avenida da Liberdade",
    sv="Storgatan|Kungsgatan",
)


def _number(rng: random.Random, t: str, code: str, d: date) -> str:
    n, y = rng.randint(1, 9999), d.year
    by_country = {
        "pl": [f"FV/{n % 400}/{d.month:02d}/{y}", f"FV {n % 900}/{y}"],
        "it": [f"{n % 500}/{y}", f"FPR {n % 300}/{y % 100}"],
        "pt": [f"FT {y}A1/{n % 900}", f"{n:08d}"],
        "sv": [f"{10000 + n}"],
        "es": [f"{y}/{n:04d}", f"F{y % 100}-{n:04d}"],
        "fr": [f"FA-{y}-{n:04d}", f"{y}{d.month:02d}-{n % 100:03d}"],
        "de": [f"RE-{y}-{n:04d}", f"{y}{n:05d}"],
        "nl": [f"{y}-{n:04d}", f"F{y}{n % 1000:03d}"],
        "en": [f"INV-{n:05d}", f"{n:04d}", f"{y}-{n % 1000:03d}"],
    }
    by_template = {
        "saas": [f"{rng.randbytes(4).hex().upper()}-{n % 10000:04d}"],
        "utility": [f"{rng.randint(10**10, 10**11 - 1)}"],
        "vat_multi": [f"{code[-2:]}{y}-{rng.randint(10**6, 10**7 - 1)}", f"INV-{code[-2:]}-{n:06d}"],
        "gst": [f"GST/{y % 100}-{y % 100 + 1}/{n % 1000:04d}", f"KTS/{n % 900}/{y}-{y % 100 + 1}"],
        "shop": [f"INV-{y}-{n:05d}", f"{code[-2:]}{n:06d}"],
    }
    by_country["pt-BR"] = [f"{n:06d}", f"{y}/{n:05d}"]  # Brazilian service invoices count up per year
    return rng.choice(by_template.get(t, by_country.get(code, by_country[PROFILES[code]["lang"]])))


def _taxes(t: str, code: str, lines: list, rates: list, jpy: bool) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, base, amount) per tax line."""
    sub = sum((a for *_, a, _ in lines), Decimal(0))
    if t == "utility" and code == "en-US":  # state and city tax on the same charges
        return [(r, sub, q(sub * r / 100)) for r in rates]
    if t == "gst":  # CGST + SGST, each half the rate, per line as the HSN table prints them
        r = lines[0][4]
        return [(r, sub, 2 * sum((q(a * r / 200) for *_, a, _ in lines), Decimal(0)))]
    bases = Counter()
    for *_, a, r in lines:
        bases[r] += a
    return [(r, b, q(b * r / 100, jpy)) for r, b in sorted(bases.items())]


def make(rng: random.Random, t: str, code: str) -> dict:
    """One invoice's facts; every amount on the page derives from these."""
    p = PROFILES[code]
    lang, jpy = p["lang"], p["cur"] == "JPY"
    d = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    mult = Decimal({"JPY": 150, "BRL": 5, "SEK": 10}.get(p["cur"], 1))

    def cents(lo: int, hi: int) -> Decimal:
        return q(Decimal(rng.randint(lo * 100, hi * 100)) / 100 * mult, jpy)

    pool, count, qty, price = ITEM_SPECS[t]
    names, n = pool(lang).split("|"), rng.randint(*count)
    descs = (
        names[:3]
        if t == "utility"
        else [rng.choice(names) for _ in range(n)]
        if n > 6
        else rng.sample(names, n)
    )
    items = [(s, rng.randint(*qty), cents(*price)) for s in descs]
    if t == "utility":  # a fixed charge, then two per-kWh charges on the same consumption
        kwh = items[1][1]
        items = [(descs[0], 1, items[0][2])]
        items += [(s, kwh, Decimal(rng.randint(900, 3500)) / 10000 * mult) for s in descs[1:]]
    rates = p["rates"]
    if t == "utility":
        rates = {"en-GB": [Decimal(5)], "en-US": [Decimal("4.5"), Decimal("2.5")]}.get(code, rates[:1])
    one = rates[0] if t in ("utility", "shop", "saas", "freelance") else rng.choice(rates[:2])
    lines = [(s, k, u, q(u * k, jpy), rng.choice(rates) if t == "vat_multi" else one) for s, k, u in items]
    if t == "vat_multi" and len({r for *_, r in lines}) == 1:  # a marketplace basket mixes rates
        lines[0] = (*lines[0][:4], next(r for r in rates if r != lines[1][4]))
    sub = sum((a for *_, a, _ in lines), Decimal(0))
    untaxed = code in ("en-US", "pt-BR") and t in ("saas", "freelance")
    taxed = not untaxed and not (code == "fr-FR" and t == "freelance" and rng.random() < 0.6)
    taxes = _taxes(t, code, lines, rates, jpy) if taxed else []
    tax = sum((x for *_, x in taxes), Decimal(0))
    extras = []
    if t == "freelance" and code == "es-ES":
        extras.append(("irpf", -q(sub * 15 / 100)))
    if (t == "european" and code == "sv-SE" and rng.random() < 0.7) or t == "gst":
        extras.append(("rounding", q(sub + tax, True) - sub - tax))
    if t == "shop":
        extras.append(("shipping", cents(4, 15)))
    total = sub + tax + sum((x for _, x in extras), Decimal(0))
    show_sub = taxed or t == "saas" or rng.random() < 0.5
    if t == "shop" and code != "en-US":  # European shops print gross prices and the VAT they include
        total = sub + extras[0][1]
        taxes, show_sub = [(one, total, q(total * one / (100 + one)))], False
        tax = taxes[0][2]
    paid = {
        "freelance": q(total * rng.choice([0, 0, Decimal("0.3"), Decimal("0.5")]), jpy),
        "saas": q(total * rng.choice([0, 0, Decimal("0.2")]), jpy),
        "utility": rng.choice([Decimal(0), Decimal(0), cents(20, 90)]),
    }.get(t, Decimal(0))
    due = d + timedelta(days=rng.choice([7, 14, 14, 30, 30, 45]))
    if t in ("gst", "shop", "vat_multi") or (t == "european" and rng.random() < 0.15):
        due = None
    vendor = rng.choice(
        {"freelance": FREELANCERS, "utility": UTILITIES}.get(t, {}).get(code, p["vendors"]).split("|")
    )
    others = [v for v in p["vendors"].split("|") if v != vendor]
    return dict(
        t=t,
        code=code,
        p=p,
        lang=lang,
        jpy=jpy,
        date=d,
        due=due,
        lines=lines,
        sub=sub,
        taxes=taxes,
        tax=tax,
        extras=extras,
        total=total,
        paid=paid,
        show_sub=show_sub,
        no=_number(rng, t, code, d),
        vendor=vendor,
        customer=rng.choice(others if t != "shop" else ["Emily Carter", "Jonas Weber", "Claire Martin"]),
        font=rng.choice(["helvetica", "times", "courier"]),
        towns=rng.sample(p["city"].split("|") * 2, 2),
        streets=[f"{s} {rng.randint(1, 140)}" for s in rng.sample(STREETS[lang].split("|") * 2, 2)],
        ref=f"{rng.randint(10**7, 10**8 - 1)}",
    )


def key_of(inv: dict) -> dict:
    return {
        "invoice_number": inv["no"],
        "date": inv["date"].isoformat(),
        "due_date": inv["due"].isoformat() if inv["due"] else None,
        "total": str(inv["total"]),
        "currency": inv["p"]["cur"],
        "vendor_name": inv["vendor"],
        "subtotal": str(inv["sub"]) if inv["show_sub"] else None,
        "tax": str(inv["tax"]) if inv["taxes"] else None,
        "lang": inv["code"],
        "template": inv["t"],
    }


def check(path: Path, drawn: list[str]) -> list[str]:
    """What of the drawn text does not come back from the text layer (characters), and glued/split words."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        words = [w["text"] for page in pdf.pages for w in page.extract_words()]
    want, got = Counter("".join("".join(s.split()) for s in drawn)), Counter("".join(words))
    problems = [f"missing {dict(want - got)}"] if want - got else []
    problems += [f"extra {dict(got - want)}"] if got - want else []
    odd = Counter(x for s in drawn for x in s.split()) - Counter(words)
    return problems + ([f"{sum(odd.values())} drawn words not found as words"] if odd else [])


def build(out: Path, seed: int, n: int, verify: bool) -> None:
    rng = random.Random(seed)
    for sub in ("pdf", "key"):
        (out / "C" / sub).mkdir(parents=True, exist_ok=True)
    names = list(TEMPLATES)
    for k in range(n):
        t = names[k % len(names)]
        code = TEMPLATES[t][k // len(names) % len(TEMPLATES[t])]
        inv = make(rng, t, code)
        doc = render(inv, rng.randrange(2**32))
        stem = f"C{k:02d}_{code}_{t}"
        path = out / "C" / "pdf" / f"{stem}.pdf"
        doc.pdf.output(str(path))
        (out / "C" / "key" / f"{stem}.json").write_text(
            json.dumps(key_of(inv), indent=1, ensure_ascii=False) + "\n"
        )
        if verify:
            print(f"{stem:28s} {doc.family:12s} {'; '.join(check(path, doc.drawn)) or 'text layer ok'}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=303)
    ap.add_argument("--check", action="store_true", help="read every PDF back with pdfplumber")
    args = ap.parse_args()
    build(args.out, args.seed, args.n, args.check)
    print(f"wrote {args.n} invoices under {args.out / 'C'}")


if __name__ == "__main__":
    main()
