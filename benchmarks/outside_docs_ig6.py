"""Specs ig18-ig24 of the held-out set "IG": seven invoices printed by NyanKiyoshi's `invoice_generator`
0.0.2 (its Django template rendered by WeasyPrint) in each language it ships (en, de, fr).  All companies
are invented.

Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

from outside_docs_ig1 import Line, Party, Spec
from outside_docs_ig5 import parts

DJ = "django-invoice-generator"


SPECS = [
    Spec(
        "ig18_de_djinvgen_eur",
        DJ,
        "de",
        "DE",
        "EUR",
        "RE-2025-0311",
        "2025-02-11",
        "2025-02-25",
        Party("Berg und Sohn Feinmechanik GmbH", "Hafenstraße 3", "04109", "Leipzig", vat="DE281904467"),
        Party("Kunstschmiede Albrecht KG", "Am Anger 14", "99084", "Erfurt"),
        (
            Line("Zahnradsatz Modul 2, gehärtet", "4", "86.40", "19", ref="ZR-200"),
            Line("Präzisionswelle 20 mm h6", "10", "42.75", "19", ref="PW-020"),
            Line("Sonderanfertigung Halterung nach Zeichnung", "1", "318.00", "19", ref="SO-9"),
        ),
        {
            "tax_rate": "19",
            "customer_id": "K-4471",
            "discount": "-25.00",
            "shipping": "14.90",
            "ship_from": "2025-02-26",
            "ship_to": "2025-03-01",
            "executive": "Dr. Anna Berg",
            "executive_text": "Amtsgericht Leipzig HRB 31877",
            "footer": ("Sparkasse Leipzig", "IBAN DE44 8605 5592 1090 0177 41", "BIC WELADE8LXXX"),
        },
    ),
    Spec(
        "ig19_at_djinvgen_eur",
        DJ,
        "de",
        "AT",
        "EUR",
        "2024-1207",
        "2024-12-09",
        None,
        Party("Alpenblick Kaffeerösterei e.U.", "Getreidegasse 21", "5020", "Salzburg", vat="ATU71823044"),
        Party("Café Kranzler Innsbruck GmbH", "Maria-Theresien-Straße 9", "6020", "Innsbruck"),
        (
            Line("Espressomischung Hausmarke, 1 kg", "24", "21.90", "20", ref="EM-1"),
            Line("Filterkaffee Äthiopien Sidamo, 500 g", "12", "13.40", "20", ref="FK-5"),
            Line("Barista-Schulung (halber Tag)", "1", "290.00", "20", ref="SCH"),
        ),
        {
            "tax_rate": "20",
            "customer_id": "4410",
            "executive": "Lukas Hofer",
            "executive_text": "FN 512877 t, LG Salzburg",
            "footer": ("Raiffeisenverband Salzburg", "IBAN AT61 3500 0000 0412 8830"),
        },
    ),
    Spec(
        "ig20_ch_djinvgen_chf",
        DJ,
        "de",
        "CH",
        "CHF",
        "RG-88120",
        "2025-05-20",
        "2025-06-19",
        Party("Aare Velotechnik GmbH", "Marktgasse 12", "3011", "Bern", vat="CHE-339.102.455 MWST"),
        Party("Stadtkurier Thun AG", "Bälliz 40", "3600", "Thun"),
        (
            Line("E-Cargobike Service gross", "3", "240.00", "8.1", ref="SV-G"),
            Line("Akku 725 Wh, Ersatz", "1", "989.00", "8.1", ref="AK-725"),
            Line("Bremsbeläge Satz", "6", "34.50", "8.1", ref="BB-2"),
        ),
        {
            "tax_rate": "8.1",
            "customer_id": "STK-07",
            "shipping": "18.00",
            "executive": "Nadia Zürcher",
            "executive_text": "Geschäftsführerin",
            "footer": ("PostFinance", "IBAN CH44 0900 0000 3012 8847 3"),
        },
    ),
    Spec(
        "ig21_fr_djinvgen_eur",
        DJ,
        "fr",
        "FR",
        "EUR",
        "F2025-00482",
        "2025-04-16",
        "2025-05-16",
        Party("Atelier Lavande SARL", "12 rue des Tanneurs", "84000", "Avignon", vat="FR62 841 207 339"),
        Party("Hôtel Les Oliviers", "3 place du Marché", "13100", "Aix-en-Provence"),
        (
            Line("Savon artisanal lavande 100 g", "240", "3.80", "20", ref="SAV-100"),
            Line("Coffret cadeau bois, gravé", "40", "18.50", "20", ref="COF-01"),
            Line("Diffuseur de parfum 200 ml", "60", "11.25", "20", ref="DIF-200"),
        ),
        {
            "tax_rate": "20",
            "customer_id": "CL-0093",
            "shipping": "35.00",
            "executive": "Claire Roux",
            "executive_text": "Gérante",
            "footer": ("RCS Avignon 841 207 339", "IBAN FR76 3000 4008 2800 0112 7731 942"),
        },
    ),
    Spec(
        "ig22_be_djinvgen_eur",
        DJ,
        "fr",
        "BE",
        "EUR",
        "2025/0077",
        "2025-01-28",
        None,
        Party("Brasserie du Moulin Blanc SRL", "Rue de la Station 58", "5000", "Namur", vat="BE0712.884.215"),
        Party("Taverne Le Perron", "Place Saint-Lambert 2", "4000", "Liège"),
        (
            Line("Fût bière blonde 20 l", "6", "84.00", "21", ref="FB-20"),
            Line("Caisse 24 x 33 cl triple", "15", "31.20", "21", ref="CT-24"),
            Line("Location tireuse (week-end)", "1", "65.00", "21", ref="LOC-T"),
        ),
        {
            "tax_rate": "21",
            "customer_id": "T-118",
            "discount": "-40.00",
            "executive": "Julien Massart",
            "executive_text": "Administrateur délégué",
            "footer": ("IBAN BE68 5390 0754 7034",),
        },
    ),
    Spec(
        "ig23_gb_djinvgen_gbp_multipage",
        DJ,
        "en",
        "GB",
        "GBP",
        "ORD-58814",
        "2024-09-12",
        "2024-10-12",
        Party("Pennine Plant Spares Ltd", "Unit 4, Calder Works", "HX1 5ER", "Halifax", vat="GB 772 1048 36"),
        Party("Ribble Valley Groundworks Ltd", "Clitheroe Road", "BB7 9QP", "Whalley"),
        parts(44, "20"),
        {
            "tax_rate": "20",
            "customer_id": "RVG-302",
            "shipping": "48.00",
            "executive": "Graham Sutcliffe",
            "executive_text": "Managing Director",
            "footer": ("Company No. 08841773", "Sort code 40-22-18, account 30991827"),
        },
    ),
    Spec(
        "ig24_lu_djinvgen_eur",
        DJ,
        "fr",
        "LU",
        "EUR",
        "LX-25-0619",
        "2025-06-19",
        "2025-07-19",
        Party(
            "Moselle Conseil Informatique SARL", "14 rue de la Gare", "6440", "Echternach", vat="LU28844710"
        ),
        Party("Fiduciaire Kirchberg SA", "33 avenue J.F. Kennedy", "1855", "Luxembourg"),
        (
            Line("Audit de sécurité réseau", "3", "980.00", "17", ref="AUD"),
            Line("Licence pare-feu, 12 mois", "2", "420.00", "17", ref="LIC-FW"),
            Line("Formation du personnel (heures)", "6", "115.00", "17", ref="FORM"),
        ),
        {
            "tax_rate": "17",
            "customer_id": "FK-2025-04",
            "executive": "Paul Weber",
            "executive_text": "Gérant",
            "footer": ("RCS Luxembourg B 244871", "IBAN LU28 0019 4006 4475 0000"),
        },
    ),
]
