"""Set D of outside-style invoices: a fourth, held-out set drawn by fpdf2's table/markdown APIs.

    python benchmarks/outside_invoices_d.py [--out /tmp/outside_invoices] [--n 24] [--seed 404] [--check]

Writes ``<out>/D/pdf/*.pdf`` and ``<out>/D/key/*.json``; score with
``python benchmarks/outside_score.py --sets D``. Written without reading the extractor or set C's layout
and locale modules, so that fixes made on sets A-C are measured on documents they never saw.

Ten layouts (benchmarks/outside_layouts_d*.py), each in its own kinds of business and countries:
hotel (guest folio: dated charges, card payment and zero balance, VAT summary by rate or service charge
+ GST, Mexican lodging tax ISH), garage (vehicle grid, parts and labour sections with section totals),
wholesale (distributor, 14-34 lines with a discount per line, reduced VAT rates, e-invoice UUIDs),
feenote (law firm: narrative paragraph, fees by date and hours, taxed and untaxed disbursements, trust
money applied), telecom (account summary with previous balance and payments, plan/usage/once-off
sections, tax-inclusive or added), taxinvoice (Asia-Pacific marketplace "Tax Invoice", prices incl.
GST, order number, voucher), nordic (window address, Danish/Norwegian/Finnish giro slip with FI code,
KID or reference number), paid (narrow receipt-like invoice paid by card, PAID stamp), leftright
(every label at the left margin and its value at the right margin across the page), metarow (invoice
number, dates, terms, customer and order numbers in a table header row, values in the row below).
16 country profiles in 11 languages (benchmarks/outside_locale_d.py, outside_words_d.py).

Key rules, where real invoices are ambiguous:
- ``total`` is the invoice's own total including tax; never what is left to pay after earlier payments
  (a folio's zero balance after the card payment, a telecom bill's "total amount due" including the
  previous balance, a fee note's balance after trust money): those leave the total unchanged.
- ``tax`` is the sum of every tax line (VAT/GST/sales tax at several rates, GST+PST, TPS+TVQ, IVA+ISH),
  also where prices include tax and the tax is only stated ("includes GST of"); null when no tax is
  printed. Per-night tourist/city taxes are VAT-free charges, and a hotel service charge is a taxable
  charge: both belong to the net amount, not to ``tax``.
- ``subtotal`` is the net amount before tax (after line discounts), only where that number is printed
  (a subtotal line, or the net total of a VAT summary); null otherwise. A subtotal that includes tax
  does not count.
- ``due_date`` is null when no due date is printed (folios, receipts, marketplace orders paid online).
- ``invoice_number`` is the invoice's own number, not a folio, order, account, job card, KID or
  reference number; ``vendor_name`` is the issuer's legal name (with its legal form), not a brand or
  a marketplace. ``date`` is the issue date (a folio's departure date).
``--check`` reads every PDF back with pdfplumber: each drawn character must come back exactly once,
each drawn word must come back as a word, and no ``(cid:n)`` glyph may appear.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import outside_layouts_d as l1
import outside_layouts_d2 as l2
import outside_layouts_d3 as l3
from outside_doc_d import CORE, Inv, Pen
from outside_locale_d import PROFILES, address, fill, person
from outside_words_d import Words


@dataclass(frozen=True)
class Spec:
    profiles: tuple[str, ...]
    vendors: tuple[str, ...]  # {s}, {s2} surnames, {t} town; the country's legal form is appended
    numbers: tuple[str, ...] | dict[str, str]  # {Y} year, {y} two-digit year, # digit, @ letter
    due: tuple[int, ...]  # days to the due date; empty: no due date printed
    fonts: tuple[str, ...]
    make: Callable[[Inv], None]
    draw: Callable[[Pen, Inv], None]
    person: bool = False  # the customer is a person


SERIF = ("dejavu-serif", "liberation-serif", "times")
SANS = ("helvetica", "liberation-sans", "dejavu-sans", "dejavu-condensed")
SPECS = {
    "hotel": Spec(
        ("de-CH", "cs-CZ", "tr-TR", "en-SG", "es-MX", "hu-HU"),
        ("Hotel {t} Central", "Grand Hotel {t}", "Hotel {s}", "Park Hotel {t}"),
        {
            "de-CH": "RE-{Y}-0####",
            "cs-CZ": "{y}10####",
            "tr-TR": "@@@{Y}#########",
            "en-SG": "INV-{Y}-#####",
            "es-MX": "HB-#####",
            "hu-HU": "SZL-{Y}/#####",
        },
        (),
        (*SERIF, "dejavu-sans"),
        l1.make_hotel,
        l1.draw_hotel,
        True,
    ),
    "garage": Spec(
        ("da-DK", "nb-NO", "en-ZA", "en-AU", "de-CH", "fi-FI", "en-NZ"),
        ("{s} Auto", "Auto {s}", "{t} Motors", "{s} Autoservice", "{s} & {s2} Motor Works"),
        ("#####", "{y}####", "INV#####", "RG-#####"),
        (8, 14, 30),
        ("dejavu-mono", "courier", "liberation-sans", "helvetica", "dejavu-condensed"),
        l1.make_garage,
        l1.draw_garage,
        True,
    ),
    "wholesale": Spec(
        ("ro-RO", "es-MX", "tr-TR", "en-ZA", "en-US", "cs-CZ"),
        ("{s} Distribution", "{t} Wholesale", "{s} Impex", "{s} Trading", "{s} & {s2} Foods"),
        {
            "ro-RO": "@@@ 0#####",
            "es-MX": "A-#####",
            "tr-TR": "@@@{Y}#########",
            "en-ZA": "IN######",
            "en-US": "######",
            "cs-CZ": "{Y}0####",
        },
        (30, 45, 60),
        ("dejavu-condensed", "liberation-narrow", "dejavu-sans", "helvetica"),
        l2.make_wholesale,
        l2.draw_wholesale,
    ),
    "feenote": Spec(
        ("en-ZA", "en-SG", "en-NZ", "fr-CA", "en-US", "da-DK"),
        ("{s} & {s2}", "{s} {s2} Attorneys", "{s} Legal", "{s} & {s2} Advisory"),
        ("FN/{Y}/####", "{Y}-####", "INV-#####", "#####"),
        (14, 30),
        SERIF,
        l2.make_feenote,
        l2.draw_feenote,
    ),
    "telecom": Spec(
        ("en-AU", "en-NZ", "nb-NO", "ro-RO", "hu-HU", "fr-CA", "en-CA"),
        ("Skyline Mobile", "Aurora Telecom", "Pulse Communications", "Boreal Mobil", "Vela Telecom"),
        ("#",),
        (14, 21),
        ("helvetica", "liberation-sans", "dejavu-sans"),
        l2.make_telecom,
        l2.draw_telecom,
        True,
    ),
    "taxinvoice": Spec(
        ("en-SG", "en-AU", "en-NZ"),
        ("{s} Gadgets", "{t} Home Living", "{s} Trading Co.", "Blue Harbour Outfitters"),
        ("#",),
        (),
        ("helvetica", "dejavu-sans", "liberation-sans"),
        l2.make_taxinvoice,
        l2.draw_taxinvoice,
        True,
    ),
    "nordic": Spec(
        ("da-DK", "nb-NO", "fi-FI"),
        ("{s} Engineering", "{t} Clean", "{s} & {s2}", "Nordic {s} Solutions", "{s} Consulting"),
        ("#####", "{Y}###", "####"),
        (8, 14, 30),
        SANS,
        l3.make_nordic,
        l3.draw_nordic,
    ),
    "paid": Spec(
        ("en-US", "en-CA", "es-MX", "en-AU", "cs-CZ", "tr-TR"),
        ("{t} Bike Shop", "{s} Electronics", "{s} Outdoor", "{s} Home & Garden", "{t} Market"),
        ("#####-####", "R-######", "{y}-#####"),
        (),
        ("dejavu-sans", "dejavu-mono", "courier", "liberation-sans"),
        l3.make_paid,
        l3.draw_paid,
        True,
    ),
    "leftright": Spec(
        ("hu-HU", "ro-RO", "fi-FI", "en-CA", "de-CH", "da-DK"),
        ("{s} Consulting", "{s} Studio", "{t} Print", "{s} IT Services", "{s} & {s2}"),
        ("{Y}-#####", "@@-{Y}-####", "#####", "{Y}/####"),
        (14, 30),
        ("liberation-sans", "dejavu-sans", "helvetica", "times"),
        l3.make_leftright,
        l3.draw_leftright,
    ),
    "metarow": Spec(
        ("en-US", "en-CA", "tr-TR", "cs-CZ", "nb-NO", "en-ZA"),
        ("{s} Supply", "{t} Industrial", "{s} Tools", "{s} Electric", "{s} & {s2} Engineering"),
        ("INV-{Y}-####", "#####", "{y}#####", "@@#####"),
        (15, 30, 45, 60),
        SANS,
        l3.make_metarow,
        l3.draw_metarow,
    ),
}
CUSTOMERS = ("{s} Holding", "{t} Logistics", "{s} & {s2}", "{s} Retail", "{t} Builders")
FIRST_DAY, DAYS = date(2024, 10, 1), 287  # issue dates up to mid-July 2025 (before Romania's VAT change)


def make_invoice(rng: random.Random, layout: str, code: str) -> Inv:
    spec, p = SPECS[layout], PROFILES[code]
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    days = rng.choice(spec.due) if spec.due else None
    s, s2 = rng.sample(p.surnames, 2)
    vaddr, caddr = address(rng, p), address(rng, p)
    brand = rng.choice(spec.vendors).format(s=s, s2=s2, t=vaddr[2])
    pattern = spec.numbers.get(code, "#####") if isinstance(spec.numbers, dict) else rng.choice(spec.numbers)
    number = fill(rng, pattern.replace("{Y}", str(day.year)).replace("{y}", str(day.year)[2:]))
    if spec.person:
        customer = person(rng, p)
    else:
        c, c2 = rng.sample(p.surnames, 2)
        customer = f"{rng.choice(CUSTOMERS).format(s=c, s2=c2, t=caddr[2])} {rng.choice(p.legal)}"
    fonts = spec.fonts if p.lang not in ("cs", "ro", "tr", "hu") else [f for f in spec.fonts if f not in CORE]
    inv = Inv(
        layout=layout,
        p=p,
        w=Words(p.lang, rng),
        rng=rng,
        no=number,
        date=day,
        due=day + timedelta(days=days) if days else None,
        vendor=f"{brand} {rng.choice(p.legal)}",
        vaddr=vaddr,
        vids=[(label, fill(rng, pat)) for label, pat in p.ids],
        phone=fill(rng, p.phone),
        customer=customer,
        caddr=caddr,
        num_style=rng.choice(p.nums),
        date_style=rng.choice(p.dates),
        money_pat=rng.choice(p.money),
        font=rng.choice(fonts or ["dejavu-sans"]),
    )
    inv.extra.update(brand=brand, days=days)
    if p.lang in ("hu", "cs"):
        inv.extra["supply"] = day - timedelta(days=rng.randint(0, 6))
    spec.make(inv)
    return inv


def key_of(inv: Inv) -> dict:
    return {
        "invoice_number": inv.no,
        "date": inv.date.isoformat(),
        "due_date": inv.due.isoformat() if inv.due else None,
        "total": str(inv.total),
        "currency": inv.p.cur,
        "vendor_name": inv.vendor,
        "subtotal": str(inv.subtotal) if inv.show_subtotal else None,
        "tax": str(inv.tax) if inv.taxes else None,
        "lang": inv.p.code,
        "template": inv.layout,
        "font": inv.font,
    }


def verify(path: Path, drawn: list[str]) -> list[str]:
    """What pdfplumber reads back from ``path`` against the strings drawn into it."""
    import pdfplumber

    chars: Counter[str] = Counter()
    words: Counter[str] = Counter()
    problems = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            if "(cid:" in (page.extract_text() or ""):
                problems.append(f"page {page.page_number}: (cid:n) glyphs")
            chars.update(c["text"] for c in page.chars if not c["text"].isspace())
            words.update(w["text"] for w in page.extract_words())
    want = Counter(c for s in drawn for c in s if not c.isspace())
    if want != chars:
        problems.append(f"characters missing {dict(want - chars)}, unexpected {dict(chars - want)}")
    lost = Counter(t for s in drawn for t in s.split()) - words
    if lost:
        problems.append(f"words not read back as drawn: {sorted(lost)[:10]}")
    return problems


def build(out: Path, seed: int, n: int, check: bool) -> list[dict]:
    rng = random.Random(seed)
    for sub in ("pdf", "key"):
        (out / "D" / sub).mkdir(parents=True, exist_ok=True)
    used: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    keys, bad = [], set()
    order = list(SPECS)
    for k in range(n):
        layout = order[k % len(order)]
        options = SPECS[layout].profiles
        least = min((pairs[layout, c], used[c]) for c in options)
        code = rng.choice([c for c in options if (pairs[layout, c], used[c]) == least])
        used[code] += 1
        pairs[layout, code] += 1
        inv = make_invoice(rng, layout, code)
        pen = Pen(inv.font, inv.p.paper, inv.date)
        SPECS[layout].draw(pen, inv)
        stem = f"D{k:02d}_{code}_{layout}"
        pen.save(out / "D" / "pdf" / f"{stem}.pdf")
        key = key_of(inv)
        (out / "D" / "key" / f"{stem}.json").write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n")
        keys.append(key)
        if check:
            for problem in verify(out / "D" / "pdf" / f"{stem}.pdf", pen.drawn):
                bad.add(stem)
                print(f"  {stem}: {problem}")
    if check:
        print(f"check: {n - len(bad)} of {n} PDFs read back exactly as drawn")
    return keys


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/outside_invoices"))
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=404)
    ap.add_argument("--check", action="store_true", help="read every PDF back with pdfplumber")
    args = ap.parse_args()
    keys = build(args.out, args.seed, args.n, args.check)
    ttf = sum(k["font"] not in CORE for k in keys)
    print(f"wrote {len(keys)} invoices under {args.out / 'D'}; embedded TTF fonts in {ttf}")
    for field in ("template", "lang", "currency"):
        print(f"  {field}: {dict(sorted(Counter(k[field] for k in keys).items()))}")


if __name__ == "__main__":
    main()
