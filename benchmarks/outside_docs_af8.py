"""Held-out set "AF", documents 13-14: Poland, Sweden.
All companies, people and numbers are invented."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from outside_docs_af1 import Doc, Form, compute, dt, item_values, money
from outside_docs_af2 import make_doc
from outside_docs_af3 import banded, classic

DEJAVU_FONTS = {"font": "DejaVuSans", "bold": "DejaVuSans-Bold"}


def pl_remonty() -> Doc:
    vendor = "Usługi Remontowe Kowalczyk Sp. z o.o."
    fm = Form(
        title="FAKTURA VAT",
        vendor_print=[vendor, "ul. Wróblewskiego 18/4, 93-578 Łódź", "NIP 725-218-44-90 · tel. 42 630 11 58"],
        meta=[
            ("Numer faktury", "inv_no"),
            ("Data wystawienia", "date"),
            ("Data sprzedaży", "sale_date"),
            ("Termin płatności", "due"),
            ("Sposób płatności", "terms"),
            ("NIP nabywcy", "buyer_nip"),
        ],
        parties=[("Nabywca", "bill_to", 4), ("Odbiorca", "ship_to", 3)],
        cols=[
            ("Lp.", "pos", 0.06),
            ("Nazwa towaru lub usługi", "desc", 0.48),
            ("Ilość", "qty", 0.1),
            ("Cena netto", "price", 0.16),
            ("Wartość netto", "amt", 0.2),
        ],
        rows=7,
        totals=[
            ("Razem netto", "subtotal"),
            ("Stawka VAT", "tax_rate"),
            ("Kwota VAT", "tax"),
            ("!Razem brutto", "total"),
        ],
        notes=[("Słownie", "words", 2), ("Rachunek bankowy", "bank", 2)],
        lines=[
            "Osoba upoważniona do wystawienia faktury: Marek Kowalczyk",
            "Sąd Rejonowy dla Łodzi-Śródmieścia, XX Wydział KRS 0000648213",
        ],
        accent=(0.7, 0.1, 0.15),
    )
    s = classic(fm, A4, field_fill=(0.97, 0.95, 0.95), **DEJAVU_FONTS)
    s.tune({"buyer_nip": {"kind": "comb", "maxlen": 10}, "total": {"size": 0}})
    items = [
        ("Gładź gipsowa i malowanie ścian (m²)", 86, "32.00"),
        ("Montaż paneli podłogowych (m²)", 42, "28.50"),
        ("Listwy przypodłogowe z montażem (mb)", 38, "19.00"),
        ("Wywóz gruzu i utylizacja", 1, "350.00"),
    ]
    c = compute(items, [23])
    v = item_values(items, c, "sp")
    v |= {f"pos{i}": f"{i}." for i in range(1, len(items) + 1)}
    v |= {
        "inv_no": "FV/2025/03/014",
        "date": dt("2025-03-14", "d.m.Y"),
        "sale_date": dt("2025-03-12", "d.m.Y"),
        "due": dt("2025-03-28", "d.m.Y"),
        "terms": "przelew 14 dni",
        "buyer_nip": "7282947156",
        "bill_to": "Pracownia Architektoniczna Żak i Wspólnicy\nul. Piotrkowska 101\n90-425 Łódź",
        "ship_to": "Mieszkanie pokazowe\nul. Źródłowa 9 m. 12\n91-735 Łódź",
        "subtotal": money(c["subtotal"], "sp"),
        "tax_rate": "23%",
        "tax": money(c["tax"], "sp"),
        "total": money(c["total"], "sp", post=" zł"),
        "words": "sześć tysięcy sto siedemdziesiąt pięć złotych 83/100",
        "bank": "PKO BP 12 1020 3378 0000 1502 0123 4567",
    }
    return make_doc(
        "af13_pl_remonty",
        "PL",
        "pl",
        "nap",
        "classic A4 with DejaVuSans page text; vendor printed, Polish diacritics in the values (only /V, the "
        "viewer draws them), data sprzedaży beside data wystawienia, NIP comb field, amount in words",
        s,
        v,
        c,
        currency="PLN",
        vendor=vendor,
        vendor_src="page:" + vendor,
        date="2025-03-14",
        due="2025-03-28",
    )


def se_el() -> Doc:
    fm = Form(
        title="FAKTURA",
        meta=[
            ("Fakturanr", "inv_no"),
            ("Fakturadatum", "date"),
            ("Förfallodatum", "due"),
            ("Kundnr", "cust_no"),
            ("OCR-nummer", "ocr"),
        ],
        parties=[("Kund", "bill_to", 4)],
        vendor_fields=[],
        vendor_caption="Från",
        cols=[
            ("Beskrivning", "desc", 0.55),
            ("Antal", "qty", 0.1),
            ("À-pris", "price", 0.15),
            ("Belopp", "amt", 0.2),
        ],
        rows=7,
        totals=[("Summa exkl. moms", "subtotal"), ("Moms 25 %", "tax"), ("!Att betala", "total")],
        notes=[("Betalning", "bank", 2), ("Meddelande", "notes", 1)],
        lines=["Godkänd för F-skatt. Betalningsvillkor 30 dagar netto. Dröjsmålsränta enligt räntelagen."],
        accent=(0.0, 0.3, 0.5),
    )
    s = banded(fm, A4, field_font="Courier")
    s.tune({"total": {"size": 11}})
    items = [
        ("Byte av elcentral inkl. jordfelsbrytare", 1, "8900.00"),
        ("Arbete elektriker (tim)", 9, "595.00"),
        ("Kabel EKK 3G1,5 (m)", 40, "14.50"),
        ("Resekostnad Umeå tätort", 1, "350.00"),
    ]
    c = compute(items, [25])
    v = item_values(items, c, "sp")
    v |= {
        "vendor_block": "Norrsken Elinstallation AB\nSågverksgatan 9\n903 26 Umeå\nOrg.nr 559183-4472",
        "inv_no": "24117",
        "date": dt("2025-03-14", "Y-m-d"),
        "due": dt("2025-04-13", "Y-m-d"),
        "cust_no": "1088",
        "ocr": "2411710884",
        "bill_to": "Bostadsrättsföreningen Björken 4\nc/o Karin Lindqvist\nÖstra Kyrkogatan 22\n903 31 Umeå",
        "subtotal": money(c["subtotal"], "sp"),
        "tax": money(c["tax"], "sp"),
        "total": money(c["total"], "sp", post=" kr"),
        "bank": "Bankgiro 5318-2046\nAnge OCR-nummer vid betalning",
        "notes": "Momsreg.nr SE559183447201",
    }
    return make_doc(
        "af14_se_el",
        "SE",
        "sv",
        "rl",
        "banded A4; vendor name and address in one multi-line field, Courier fields, ISO dates, OCR number "
        "next to the invoice number, 'kr' suffix",
        s,
        v,
        c,
        currency="SEK",
        vendor="Norrsken Elinstallation AB",
        vendor_src="vendor_block",
        date="2025-03-14",
        due="2025-04-13",
        date_order="YMD",
    )


DOCS = [pl_remonty, se_el]
