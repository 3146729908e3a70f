"""Set "LA" documents la06-la10: offers (IT, NL), purchase orders (US, DE) and an English order
confirmation.  Look-alikes, key doc_type "other".
"""

from __future__ import annotations

import datetime as dt

from outside_docs_la1 import Doc, amt, date, key, money, pct, qty, total


def la06() -> Doc:
    it = [
        ("ET-01", "Etichette vino 90x120 mm, carta uso mano, 4 colori + oro a caldo", 12000, "0.145"),
        ("ET-02", "Controetichette 70x90 mm, 1 colore", 12000, "0.062"),
        ("CT-03", "Cartoni 6 bottiglie, stampa 1 colore", 2000, "1.18"),
        ("BR-04", "Brochure A5, 16 pagine, carta patinata opaca", 2500, "0.94"),
        ("IM-05", "Impianti e prove colore", 1, "260.00"),
    ]
    sub = total(it, 2, 3)
    vat = pct(sub, 22)

    def unit(p: str) -> str:
        return p.replace(".", ",") if len(p.split(".")[1]) == 3 else f"€ {money(p, 'it')}"

    return Doc(
        stem="la06_it_preventivo",
        producer="fpdf2",
        key=key("other", "quotation", "it", "IT", "fpdf2"),
        title="PREVENTIVO",
        title_size=24,
        layout="left",
        accent="#2f6b3a",
        vendor=[
            "Arti Grafiche Bellini s.r.l.",
            "Via dell'Artigianato 27",
            "40138 Bologna (BO)",
            "Tel. 051 53 24 118 – info@bellinigrafiche.it",
            "P.IVA e C.F. 03184520379",
        ],
        blocks=[
            (
                "Spett.le",
                ["Cantina Poggio Alto", "Via Montebudello 8", "40053 Valsamoggia (BO)", "P.IVA 02977101207"],
            )
        ],
        meta=[
            ("Preventivo n.", "112/2025"),
            ("Data", date(dt.date(2025, 5, 19), "gb")),
            ("Validità", "30 giorni"),
            ("Referente", "Giulia Rinaldi"),
        ],
        cols=[
            ("Cod.", 0.9, "L"),
            ("Descrizione", 5, "L"),
            ("Q.tà", 1, "R"),
            ("Prezzo unit.", 1.3, "R"),
            ("Importo", 1.4, "R"),
        ],
        rows=[[c, d, qty(q, "it"), unit(p), f"€ {money(amt(q, p), 'it')}"] for c, d, q, p in it],
        totals=[
            ("Imponibile", f"€ {money(sub, 'it')}"),
            ("IVA 22%", f"€ {money(vat, 'it')}"),
            ("Totale preventivo", f"€ {money(sub + vat, 'it')}"),
        ],
        notes=[
            "Consegna: 15 giorni lavorativi dall'approvazione delle bozze. Prezzi franco Vostra sede.",
            "Pagamento: bonifico bancario a 30 giorni data fattura.",
            "Per accettazione, Vi preghiamo di restituire il presente preventivo timbrato e firmato.",
        ],
        sign=["Timbro e firma per accettazione", "Data"],
        footer=["Arti Grafiche Bellini s.r.l. – Cap. soc. € 50.000 i.v. – REA BO-498122"],
        printed=["PREVENTIVO", "112/2025"],
    )


def la07() -> Doc:
    it = [
        ("Warmtepomp lucht/water 8 kW, incl. buitenunit", 1, "st", "6450.00"),
        ("Boilervat 200 liter", 1, "st", "1185.00"),
        ("Vloerverwarmingsverdeler 6 groepen", 1, "st", "495.00"),
        ("Leidingwerk en montagematerialen", 1, "post", "780.00"),
        ("Montage", 24, "uur", "58.50"),
        ("Inbedrijfstelling en inregelen", 1, "post", "225.00"),
    ]
    sub = total(it, 1, 3)
    vat = pct(sub, 21)
    return Doc(
        stem="la07_nl_offerte",
        producer="weasyprint",
        key=key("other", "quotation", "nl", "NL", "weasyprint"),
        title="Offerte",
        title_size=22,
        layout="letter",
        font="serif",
        borders=False,
        accent="#0f5c73",
        vendor=[
            "Van der Linden Installatietechniek B.V.",
            "Industrieweg 41",
            "3542 AD Utrecht",
            "T 030 241 88 50",
            "KvK 30214587",
            "btw NL812345678B01",
        ],
        sender_line="Van der Linden Installatietechniek B.V. · Industrieweg 41 · 3542 AD Utrecht",
        blocks=[
            ("", ["Bakkerij De Korenschoof", "t.a.v. de heer P. Jansen", "Oudegracht 112", "3511 AW Utrecht"])
        ],
        meta=[
            ("Offertenummer", "OF-2025-0331"),
            ("Datum", date(dt.date(2025, 3, 14), "nl")),
            ("Geldig tot", date(dt.date(2025, 4, 13), "nl")),
            ("Klantnummer", "20877"),
        ],
        intro=[
            "Geachte heer Jansen,",
            "Naar aanleiding van ons gesprek op 10 maart jl. bieden wij u hierbij vrijblijvend het "
            "volgende aan:",
        ],
        cols=[
            ("Omschrijving", 5, "L"),
            ("Aantal", 0.9, "R"),
            ("Eenheid", 0.9, "L"),
            ("Prijs", 1.3, "R"),
            ("Bedrag", 1.4, "R"),
        ],
        rows=[
            [d, qty(q, "nl"), u, f"€ {money(p, 'nl')}", f"€ {money(amt(q, p), 'nl')}"] for d, q, u, p in it
        ],
        totals=[
            ("Subtotaal", f"€ {money(sub, 'nl')}"),
            ("Btw 21%", f"€ {money(vat, 'nl')}"),
            ("Totaal incl. btw", f"€ {money(sub + vat, 'nl')}"),
        ],
        notes=[
            "Deze offerte is 30 dagen geldig. Op al onze offertes zijn de Algemene Voorwaarden van Techniek "
            "Nederland van toepassing.",
            "Betaling: 50% bij opdracht, 50% na oplevering. Voor akkoord kunt u deze offerte ondertekend "
            "retourneren.",
            "Met vriendelijke groet,",
            "Ruud van der Linden",
        ],
        footer=["Van der Linden Installatietechniek B.V. · IBAN NL91 ABNA 0417 1643 00 · KvK 30214587"],
        printed=["Offerte", "OF-2025-0331"],
    )


def la08() -> Doc:
    it = [
        ("NP-4412", "Corrugated shipper 18x12x10, 200# test", 2500, "EA", "0.86"),
        ("NP-4415", "Corrugated shipper 24x18x12, 200# test", 1200, "EA", "1.42"),
        ("NP-7720", "Poly mailer 14.5 x 19, 2.5 mil", 5000, "EA", "0.118"),
        ("NP-3108", 'Packing tape 2" x 110 yd, clear', 144, "RL", "2.35"),
        ("NP-9001", 'Pallet stretch wrap 18" x 1500 ft', 24, "RL", "21.90"),
    ]
    sub = total(it, 2, 4)
    freight = amt(1, "125.00")
    return Doc(
        stem="la08_us_purchase_order",
        producer="chromium",
        key=key("other", "purchase_order", "en", "US", "chromium"),
        title="PURCHASE ORDER",
        title_size=22,
        layout="band",
        page="Letter",
        accent="#23415e",
        vendor=[
            "Cascade Medical Supply, Inc.",
            "4410 Pacific Hwy E, Fife, WA 98424",
            "Tel (253) 555-0144 · purchasing@cascademed.com",
            "Federal Tax ID 91-1834477",
        ],
        blocks=[
            (
                "Vendor",
                ["Northwest Packaging Co.", "2210 S 208th St", "SeaTac, WA 98198", "Vendor ID V-10382"],
            ),
            (
                "Ship to",
                ["Cascade Medical Supply", "DC 2 – Receiving Dock 4", "1902 70th Ave E", "Fife, WA 98424"],
            ),
            ("Bill to", ["Accounts Payable", "PO Box 1187", "Tacoma, WA 98401"]),
        ],
        meta=[
            ("PO Number", "PO-55817"),
            ("PO Date", date(dt.date(2025, 4, 22), "us")),
            ("Requisitioner", "L. Brandt"),
            ("Terms", "Net 30"),
            ("Ship via", "Vendor truck"),
            ("FOB", "Destination"),
        ],
        cols=[
            ("Item #", 1.1, "L"),
            ("Description", 4.2, "L"),
            ("Qty", 0.9, "R"),
            ("UOM", 0.7, "C"),
            ("Unit Price", 1.1, "R"),
            ("Ext. Price", 1.3, "R"),
        ],
        rows=[
            [c, d, qty(q), u, p if len(p.split(".")[1]) == 3 else money(p), money(amt(q, p))]
            for c, d, q, u, p in it
        ],
        totals=[
            ("Subtotal", money(sub)),
            ("Sales tax (resale, exempt)", "0.00"),
            ("Freight", money(freight)),
            ("Total", f"${money(sub + freight)}"),
        ],
        notes=[
            "Please reference the PO number on all invoices, packing slips and correspondence. Send "
            "invoices to "
            "ap@cascademed.com.",
            "Partial shipments accepted; back-orders must be confirmed in writing. Deliveries Mon-Fri "
            "7:00-14:00.",
        ],
        sign=["Authorized by: Lisa Brandt, Purchasing Manager", "Date"],
        footer=["This order is subject to Cascade Medical Supply standard terms and conditions of purchase."],
        printed=["PURCHASE ORDER", "PO-55817"],
    )


def la09() -> Doc:
    it = [
        ("10", "KR-2040", "Konsole Edelstahl 1.4301, 400 x 300 mm", 60, "Stk", "38.40"),
        ("20", "KR-2041", "Konsole Edelstahl 1.4301, 600 x 400 mm", 40, "Stk", "52.90"),
        ("30", "WB-118", "Wandblech 1,5 mm, gekantet, pulverbeschichtet", 25, "Stk", "74.10"),
        ("40", "BS-900", "Befestigungssatz M10 (Anker, Scheiben, Muttern)", 100, "Satz", "6.35"),
    ]
    sub = total(it, 3, 5)
    vat = pct(sub, 19)
    return Doc(
        stem="la09_de_bestellung",
        producer="reportlab",
        key=key("other", "purchase_order", "de", "DE", "reportlab"),
        title="Bestellung Nr. 4500021873",
        title_size=14,
        layout="letter",
        accent="#2c3e50",
        vendor=[
            "Kühltechnik Seidel GmbH & Co. KG",
            "Am Hafen 6",
            "28217 Bremen",
            "Tel. 0421 38 77 90",
            "einkauf@seidel-kuehltechnik.de",
            "USt-IdNr. DE 813 442 517",
        ],
        sender_line="Kühltechnik Seidel GmbH & Co. KG · Am Hafen 6 · 28217 Bremen",
        blocks=[
            ("", ["Metallbau Krüger GmbH", "Vertrieb Innendienst", "Gewerbering 21", "27793 Wildeshausen"])
        ],
        meta=[
            ("Bestelldatum", date(dt.date(2025, 5, 5), "de")),
            ("Lieferanten-Nr.", "70214"),
            ("Ansprechpartner", "Herr Otte"),
            ("Liefertermin", "KW 21/2025"),
        ],
        intro=[
            "Sehr geehrte Damen und Herren,",
            "hiermit bestellen wir zu den Bedingungen Ihres Angebots Nr. A-25-0612 vom 28.04.2025 folgende "
            "Positionen:",
        ],
        cols=[
            ("Pos.", 0.6, "L"),
            ("Artikel-Nr.", 1.1, "L"),
            ("Bezeichnung", 4, "L"),
            ("Menge", 0.8, "R"),
            ("ME", 0.6, "L"),
            ("Preis/ME €", 1.2, "R"),
            ("Wert €", 1.3, "R"),
        ],
        rows=[
            [p, a, d, qty(q, "de"), u, money(pr, "de"), money(amt(q, pr), "de")] for p, a, d, q, u, pr in it
        ],
        totals=[
            ("Nettowert", f"{money(sub, 'de')} EUR"),
            ("zzgl. 19 % USt", f"{money(vat, 'de')} EUR"),
            ("Bestellwert gesamt", f"{money(sub + vat, 'de')} EUR"),
        ],
        notes=[
            "Lieferanschrift: Kühltechnik Seidel, Werk 2, Warenannahme Tor 3, Hafenrandstraße 40, 28217 "
            "Bremen.",
            "Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto. Lieferung frei Haus.",
            "Bitte bestätigen Sie diese Bestellung innerhalb von 3 Werktagen. Unsere Bestellnummer ist auf "
            "Lieferschein und Rechnung anzugeben.",
            "Mit freundlichen Grüßen",
            "i. A. Jens Otte, Einkauf",
        ],
        footer=[
            "Sitz Bremen · Amtsgericht Bremen HRA 27114 HB · Komplementärin: Seidel Verwaltungs-GmbH",
            "Commerzbank Bremen · IBAN DE44 2904 0090 0312 4477 00",
        ],
        printed=["Bestellung Nr. 4500021873"],
    )


def la10() -> Doc:
    it = [
        ("LN-CE6", "Lincat 6-burner range, natural gas", 1, "2845.00"),
        ("FOS-PR2", "Foster 2-door refrigerated prep counter", 1, "1960.00"),
        ("SS-1200", "Stainless steel wall shelf 1200 mm", 3, "84.50"),
        ("GN-11", "Gastronorm pan 1/1 x 100 mm", 12, "16.40"),
        ("INST-G", "Gas installation and commissioning", 1, "395.00"),
    ]
    sub = total(it, 2, 3)
    carriage = amt(1, "45.00")
    vat = pct(sub + carriage, 20)
    return Doc(
        stem="la10_gb_order_confirmation",
        producer="fpdf2",
        key=key("other", "order_confirmation", "en", "GB", "fpdf2"),
        title="ORDER CONFIRMATION",
        title_size=19,
        layout="right",
        borders=False,
        accent="#9c2b2b",
        vendor=[
            "Pennine Catering Equipment Ltd",
            "Hollins Mill, Dale Street",
            "Todmorden OL14 5PR",
            "01706 812 455 · sales@pennine-catering.co.uk",
            "VAT No. GB 193 5521 46",
        ],
        blocks=[
            (
                "Customer",
                ["The Crooked Billet", "Attn: Sam O'Connell", "14 Market Place", "Skipton BD23 1DX"],
            ),
            ("Deliver to", ["The Crooked Billet", "Rear yard", "14 Market Place", "Skipton BD23 1DX"]),
        ],
        meta=[
            ("Sales order", "SO-104227"),
            ("Order date", date(dt.date(2025, 6, 9), "gb")),
            ("Your PO", "CB-0611"),
            ("Account", "CROO01"),
            ("Est. dispatch", date(dt.date(2025, 6, 16), "gb")),
        ],
        intro=["Thank you for your order. We are pleased to confirm the items and prices below."],
        cols=[
            ("Code", 1.1, "L"),
            ("Description", 4.6, "L"),
            ("Qty", 0.7, "R"),
            ("Unit price", 1.3, "R"),
            ("Net", 1.3, "R"),
        ],
        rows=[[c, d, qty(q), money(p), money(amt(q, p))] for c, d, q, p in it],
        totals=[
            ("Goods", f"£{money(sub)}"),
            ("Carriage", f"£{money(carriage)}"),
            ("VAT @ 20%", f"£{money(vat)}"),
            ("Order total", f"£{money(sub + carriage + vat)}"),
        ],
        notes=[
            "This is an acknowledgement of your order only. An invoice will follow on dispatch.",
            "Please check the details carefully and tell us of any discrepancy within 48 hours. Goods "
            "remain the "
            "property of Pennine Catering Equipment Ltd until paid for in full. Payment terms: 30 days "
            "from date "
            "of invoice.",
        ],
        footer=[
            "Registered in England No. 04417732 · Registered office: Hollins Mill, Dale Street, Todmorden"
        ],
        printed=["ORDER CONFIRMATION", "SO-104227"],
    )


DOCS = [la06, la07, la08, la09, la10]
