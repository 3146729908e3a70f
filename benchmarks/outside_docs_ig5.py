"""Specs ig13-ig17 of the held-out set "IG": five invoices printed by `PyInvoice` 0.1.7 (English only).
All companies are invented.  `parts` is shared with outside_docs_ig6.py.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

from outside_docs_ig1 import Line, Party, Spec

PY = "pyinvoice"


def parts(n: int, rate: str = "0", name: str = "Spare part, catalogue item") -> tuple[Line, ...]:
    out = []
    for i in range(1, n + 1):
        price = f"{(i * 53) % 240 + 6}.{(i * 29) % 100:02d}"
        out.append(Line(f"{name} {i:03d}", str(i % 5 + 1), price, rate, ref=f"SP-{i:03d}"))
    return tuple(out)


SPECS = [
    Spec(
        "ig13_gb_pyinvoice_gbp",
        PY,
        "en",
        "GB",
        "GBP",
        "INV-7781",
        "2024-11-05",
        "2024-12-05",
        Party(
            "Harbour Lane Studio Ltd",
            "14 Quay Street",
            "BS1 4DJ",
            "Bristol",
            country="United Kingdom",
            vat="GB 284 6610 93",
        ),
        Party("Moorfield Bakery", "2 Mill Road", "LS1 1AA", "Leeds"),
        (
            Line("Logo refresh, three concepts", "1", "850.00", ref="Design"),
            Line("Menu cards A4, 300 gsm", "200", "0.85", ref="Print"),
            Line("Window vinyl lettering", "2", "64.50", ref="Signage"),
        ),
        {
            "tax_rate": 20,
            "client_id": "C-220",
            "tip": "All amounts in GBP. Payment by bank transfer to "
            "sort code 20-45-77, account 61129904, within 30 days.",
            "transactions": [("Bank transfer", "TX-991", "2024-11-20", "500.00")],
        },
    ),
    Spec(
        "ig14_us_pyinvoice_usd",
        PY,
        "en",
        "US",
        "USD",
        "20250611-03",
        "2025-06-11",
        None,
        Party(
            "Bright Borough Bicycle Repair",
            "412 Atlantic Ave",
            "11217",
            "Brooklyn",
            country="USA",
            vat="EIN 84-3312907",
        ),
        Party(
            "Kestrel Courier Cooperative",
            "90 Water St",
            "10005",
            "New York",
            country="USA",
            email="ops@kestrelcourier.example",
        ),
        (
            Line("Full tune-up, cargo bike", "4", "135.00", ref="Service"),
            Line("Hydraulic brake pads", "8", "27.95", ref="Parts"),
            Line("Tubeless tire 26 x 2.4", "6", "58.40", ref="Parts"),
        ),
        {
            "tax_rate": 8.875,
            "paid": True,
            "seller_state": "NY",
            "buyer_state": "NY",
            "tip": "Amounts in USD. Paid in full by card, thank you for riding with us.",
            "transactions": [("Card (Visa)", "ch_0611_5521", "2025-06-11", "1212.87")],
        },
    ),
    Spec(
        "ig15_se_pyinvoice_sek",
        PY,
        "en",
        "SE",
        "SEK",
        "10244",
        "2025-01-22",
        "2025-02-21",
        Party(
            "Fjällsjö Snickeri AB",
            "Storgatan 18",
            "831 30",
            "Östersund",
            country="Sweden",
            vat="SE556901234401",
        ),
        Party("Vildmarkshotellet i Åre AB", "Årevägen 55", "837 52", "Åre", country="Sweden"),
        (
            Line("Bespoke oak reception desk", "1", "38500.00", ref="Joinery"),
            Line("Pine wall panelling, per m2", "42", "790.00", ref="Joinery"),
            Line("Installation, hours", "26", "650.00", ref="Labour"),
        ),
        {
            "tax_rate": 25,
            "client_id": "KUND-0412",
            "tip": "All amounts in SEK. Bankgiro 5121-8840. Please quote invoice number 10244 when paying.",
        },
    ),
    Spec(
        "ig16_ie_pyinvoice_eur",
        PY,
        "en",
        "IE",
        "EUR",
        "DUB-2025-0390",
        "2025-03-14",
        "2025-04-13",
        Party(
            "Liffey Marine Supplies Ltd",
            "Unit 7, Ringsend Business Park",
            "D04 X2K8",
            "Dublin",
            country="Ireland",
            vat="IE 3318457TH",
        ),
        Party(
            "Galway Bay Ferries DAC",
            "Docks Road",
            "H91 T2P1",
            "Galway",
            country="Ireland",
            email="accounts@galwaybayferries.example",
        ),
        parts(10, name="Shackle lot"),
        {
            "tax_rate": 23,
            "client_id": "GBF-11",
            "tip": "All prices in EUR. IBAN IE64 IRCE 9205 0112 3456 78, BIC IRCEIE2D.",
        },
    ),
    Spec(
        "ig17_au_pyinvoice_aud",
        PY,
        "en",
        "AU",
        "AUD",
        "TI-004518",
        "2024-10-03",
        "2024-10-17",
        Party(
            "Saltbush Electrical Pty Ltd",
            "22 Stirling Hwy",
            "6009",
            "Nedlands",
            country="Australia",
            vat="ABN 51 824 753 556",
        ),
        Party("Coastal Grain Co.", "5 Wharf Street", "6160", "Fremantle", country="Australia"),
        (
            Line("Switchboard upgrade, 3-phase", "1", "2860.00", ref="Install"),
            Line("LED high-bay fitting", "14", "189.00", ref="Supply"),
            Line("Electrician, hours", "11", "118.00", ref="Labour"),
        ),
        {
            "tax_rate": 10,
            "seller_state": "WA",
            "buyer_state": "WA",
            "title": "Tax Invoice",
            "tip": "All amounts in AUD and include GST where shown. BSB 086-420, account 5518 33902.",
        },
    ),
]
