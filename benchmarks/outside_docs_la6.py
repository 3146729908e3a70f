"""Set "LA" documents la11-la15: German order confirmation, delivery notes (GB, FR), a statement of
account and a remittance advice.  Look-alikes, key doc_type "other".
"""

from __future__ import annotations

import datetime as dt

from outside_docs_la1 import Doc, amt, date, key, money, pct, qty, total


def la11() -> Doc:
    it = [
        ("1", "HE-R50", "Rollenetiketten 50 x 30 mm, Thermo, weiß", 40, "Rollen", "12.80"),
        ("2", "HE-DPP", "Haltbarkeitsetiketten PP-Folie, 4-farbig", 25000, "Stk.", "0.038"),
        ("3", "HE-KL", "Klischeekosten, einmalig", 1, "psch.", "145.00"),
        ("4", "VS", "Versandkosten", 1, "psch.", "18.50"),
    ]
    sub = total(it, 3, 5)
    vat = pct(sub, 19)
    return Doc(
        stem="la11_de_auftragsbestaetigung",
        producer="weasyprint",
        key=key("other", "order_confirmation", "de", "DE", "weasyprint"),
        title="Auftragsbestätigung",
        title_size=21,
        layout="left",
        accent="#34506b",
        vendor=[
            "Hofmann Etiketten & Druck GmbH",
            "Robert-Bosch-Straße 11",
            "73760 Ostfildern",
            "Tel. 0711 34 55 80 · www.hofmann-etiketten.de",
            "USt-IdNr.: DE 146 338 902",
        ],
        blocks=[
            ("Kunde", ["Bäckerei Wiedmann KG", "Einkauf", "Hauptstraße 54", "71634 Ludwigsburg"]),
            (
                "Lieferanschrift",
                ["Bäckerei Wiedmann KG", "Zentrallager", "Porschestraße 3", "71634 Ludwigsburg"],
            ),
        ],
        meta=[
            ("AB-Nr.", "AB 25-03318"),
            ("Datum", date(dt.date(2025, 6, 17), "de")),
            ("Ihre Bestellung", "2025-0441"),
            ("vom", date(dt.date(2025, 6, 13), "de")),
            ("Kunden-Nr.", "40917"),
            ("Liefertermin", date(dt.date(2025, 6, 30), "de")),
        ],
        intro=[
            "Sehr geehrte Damen und Herren,",
            "vielen Dank für Ihren Auftrag, den wir wie folgt bestätigen:",
        ],
        cols=[
            ("Pos", 0.5, "C"),
            ("Art.-Nr.", 1, "L"),
            ("Bezeichnung", 4, "L"),
            ("Menge", 0.9, "R"),
            ("ME", 0.7, "L"),
            ("Einzelpreis", 1.1, "R"),
            ("Gesamtpreis", 1.3, "R"),
        ],
        rows=[
            [
                p,
                a,
                d,
                qty(q, "de"),
                u,
                pr.replace(".", ",") if len(pr.split(".")[1]) == 3 else money(pr, "de"),
                money(amt(q, pr), "de"),
            ]
            for p, a, d, q, u, pr in it
        ],
        totals=[
            ("Warenwert netto", f"{money(sub, 'de')} €"),
            ("MwSt. 19 %", f"{money(vat, 'de')} €"),
            ("Gesamtbetrag", f"{money(sub + vat, 'de')} €"),
        ],
        notes=[
            "Lieferung: voraussichtlich am 30.06.2025 per Spedition.",
            "Zahlung: 10 Tage 2 % Skonto, 30 Tage netto nach Rechnungsdatum. Die Rechnung erhalten Sie "
            "gesondert nach Auslieferung.",
            "Bitte prüfen Sie diese Auftragsbestätigung. Abweichungen teilen Sie uns bitte umgehend mit.",
        ],
        footer=[
            "Hofmann Etiketten & Druck GmbH · Sitz Ostfildern · Amtsgericht Stuttgart HRB 211847 · "
            "Geschäftsführer: Martin Hofmann",
            "Volksbank Stuttgart · IBAN DE27 6009 0100 0417 3385 02 · BIC VOBADESS",
        ],
        printed=["Auftragsbestätigung", "AB 25-03318"],
    )


def la12() -> Doc:
    it = [
        ("BW-A4-80", "A4 copier paper 80 gsm, box of 5 reams", "Box", 20, 20),
        ("BW-TN245K", "Toner cartridge TN-245, black", "Each", 6, 4),
        ("BW-LAF75", "Lever arch files A4, 75 mm, blue", "Pack 10", 5, 5),
        ("BW-ENVC4", "C4 envelopes, self-seal, white (250)", "Box", 8, 8),
        ("BW-PENBK", "Ballpoint pens, black (50)", "Tub", 3, 3),
        ("BW-CHR-ERG", "Ergonomic task chair, mesh back", "Each", 2, 2),
    ]
    delivered = sum(x[4] for x in it)
    return Doc(
        stem="la12_gb_delivery_note",
        producer="reportlab",
        key=key("other", "delivery_note", "en", "GB", "reportlab"),
        title="DELIVERY NOTE",
        title_size=22,
        layout="left",
        accent="#35587a",
        vendor=[
            "Brightwell Office Supplies Ltd",
            "7 Kingsway Industrial Estate",
            "Swindon SN2 8BJ",
            "01793 612 900 · orders@brightwell-office.co.uk",
            "VAT Reg No: GB 661 2094 38",
        ],
        blocks=[
            (
                "Delivery address",
                ["Marlow & Finch Solicitors", "2nd Floor", "40 Regent Circus", "Swindon SN1 1PX"],
            ),
            (
                "Invoice address",
                ["Marlow & Finch LLP", "Accounts Department", "40 Regent Circus", "Swindon SN1 1PX"],
            ),
        ],
        meta=[
            ("Delivery note", "DN-318874"),
            ("Date", date(dt.date(2025, 5, 12), "gb")),
            ("Sales order", "SO-77412"),
            ("Your order ref.", "MF/PO/2291"),
            ("Account", "MARL02"),
            ("Carrier", "Own van"),
        ],
        cols=[
            ("Product code", 1.4, "L"),
            ("Description", 4, "L"),
            ("Unit", 0.9, "L"),
            ("Ordered", 0.9, "R"),
            ("Delivered", 0.9, "R"),
            ("To follow", 0.9, "R"),
        ],
        rows=[[c, d, u, qty(o), qty(dl), qty(o - dl)] for c, d, u, o, dl in it],
        totals=[("Lines", str(len(it))), ("Units to follow", "2"), ("Total units delivered", str(delivered))],
        notes=[
            "To follow: 2 x BW-TN245K toner cartridge, expected 15/05/2025.",
            "Please check goods on receipt. Shortages or damage must be reported within 3 working days. "
            "Goods "
            "remain our property until paid for in full.",
        ],
        sign=["Received in good condition (signature)", "Print name and date"],
        footer=["Brightwell Office Supplies Ltd · Registered in England & Wales No. 05521873"],
        printed=["DELIVERY NOTE", "DN-318874"],
    )


def la13() -> Doc:
    it = [
        ("VL-CHI75", "Chinon rouge AOC 2022, carton 6 x 75 cl", 10, 10, "41.40"),
        ("VL-VOU75", "Vouvray sec AOC, carton 6 x 75 cl", 8, 8, "46.20"),
        ("EAU-SP1L", "Eau pétillante, pack 6 x 1 L", 20, 18, "4.95"),
        ("JUS-POM", "Jus de pomme artisanal, carton 12 x 25 cl", 6, 6, "13.80"),
        ("FUT-20L", "Bière blonde pression, fût 20 L", 4, 4, "62.00"),
    ]
    sub = total(it, 3, 4)
    vat = pct(sub, 20)
    deposit = amt(4, "30.00")
    return Doc(
        stem="la13_fr_bon_de_livraison",
        producer="fpdf2",
        key=key("other", "delivery_note", "fr", "FR", "fpdf2"),
        title="BON DE LIVRAISON",
        title_size=19,
        layout="band",
        accent="#2d5d34",
        vendor=[
            "Boissons du Val de Loire",
            "ZA des Grands Champs, 3 allée Ampère",
            "37300 Joué-lès-Tours · 02 47 53 18 90",
            "SIRET 438 221 906 00034 · TVA FR 12 438221906",
        ],
        blocks=[
            ("Livré à", ["Restaurant Le Saint-Gatien", "12 rue Colbert", "37000 Tours"]),
            ("Facturé à", ["SARL Gatien Restauration", "12 rue Colbert", "37000 Tours"]),
        ],
        meta=[
            ("BL n°", "BL250612-07"),
            ("Date", date(dt.date(2025, 6, 12), "gb")),
            ("Commande n°", "CDE-25-1187"),
            ("Code client", "C00412"),
            ("Chauffeur", "K. Benali"),
        ],
        cols=[
            ("Réf.", 1.1, "L"),
            ("Désignation", 4, "L"),
            ("Qté cdée", 0.8, "R"),
            ("Qté livrée", 0.8, "R"),
            ("PU HT", 1, "R"),
            ("Montant HT", 1.2, "R"),
        ],
        rows=[[r, d, qty(c), qty(lv), money(p, "fr"), money(amt(lv, p), "fr")] for r, d, c, lv, p in it],
        totals=[
            ("Total HT", f"{money(sub, 'fr')} €"),
            ("TVA 20 %", f"{money(vat, 'fr')} €"),
            ("Consignes fûts (4 x 30,00)", f"{money(deposit, 'fr')} €"),
            ("Total TTC", f"{money(sub + vat + deposit, 'fr')} €"),
        ],
        notes=[
            "Reliquat : 2 packs d'eau pétillante, livrés avec votre prochaine commande. La facture "
            "correspondante "
            "vous sera adressée en fin de mois.",
            "Les réserves éventuelles doivent être portées sur le présent bon et confirmées au "
            "transporteur par "
            "lettre recommandée sous 3 jours (art. L.133-3 du Code de commerce).",
        ],
        sign=["Signature et cachet du client", "Réserves"],
        footer=["SAS Boissons du Val de Loire au capital de 150 000 € · RCS Tours 438 221 906"],
        printed=["BON DE LIVRAISON", "BL250612-07"],
    )


def la14() -> Doc:
    rows = [
        ("01/06/2025", "", "", "Balance brought forward", "", "", "1240.00"),
        ("04/06/2025", "Payment", "BACS", "Payment received – thank you", "", "1240.00", "0.00"),
        ("06/06/2025", "Invoice", "INV-25-2210", "Exhibition banners (PO CE-311)", "862.80", "", "862.80"),
        ("12/06/2025", "Invoice", "INV-25-2264", "Event programmes x 2,000", "1455.60", "", "2318.40"),
        ("18/06/2025", "Credit", "CN-25-0107", "Damaged roller banner returned", "", "96.00", "2222.40"),
        ("25/06/2025", "Invoice", "INV-25-2331", "Vinyl floor graphics", "540.00", "", "2762.40"),
    ]

    def m(x: str) -> str:
        return money(x) if x else ""

    return Doc(
        stem="la14_gb_statement",
        producer="weasyprint",
        key=key("other", "statement", "en", "GB", "weasyprint"),
        title="STATEMENT OF ACCOUNT",
        title_size=17,
        layout="right",
        borders=False,
        accent="#4b2e83",
        vendor=[
            "Thistle Print & Signage Ltd",
            "Unit 9, Hillington Park",
            "Glasgow G52 4BL",
            "0141 882 5510 · accounts@thistleprint.co.uk",
            "VAT Reg. No. GB 309 7718 25",
        ],
        blocks=[
            ("Account", ["Clydeview Events Ltd", "Accounts Payable", "88 Bothwell Street", "Glasgow G2 7JL"])
        ],
        meta=[
            ("Statement date", date(dt.date(2025, 6, 30), "gb")),
            ("Account no.", "CLYD004"),
            ("Credit terms", "30 days"),
            ("Page", "1 of 1"),
        ],
        cols=[
            ("Date", 1.1, "L"),
            ("Type", 0.9, "L"),
            ("Reference", 1.2, "L"),
            ("Details", 3, "L"),
            ("Debit", 1, "R"),
            ("Credit", 1, "R"),
            ("Balance", 1.1, "R"),
        ],
        rows=[[a, b, c, d, m(e), m(f), money(g)] for a, b, c, d, e, f, g in rows],
        totals=[
            ("Current", "2,762.40"),
            ("31-60 days", "0.00"),
            ("61-90 days", "0.00"),
            ("Over 90 days", "0.00"),
            ("Balance due", "£2,762.40"),
        ],
        notes=[
            "Please remit the balance to Bank of Scotland, sort code 80-22-60, account 10447321, quoting "
            "your "
            "account number CLYD004.",
            "If you have already paid, please disregard this statement. Queries: accounts@thistleprint.co.uk",
        ],
        footer=["Thistle Print & Signage Ltd · Registered in Scotland SC402118"],
        printed=["STATEMENT OF ACCOUNT", "2,762.40"],
    )


def la15() -> Doc:
    it = [
        ("KFS-104522", "02/05/2025", "PO 31877", "4320.00", "0.00"),
        ("KFS-104561", "09/05/2025", "PO 31877", "1186.50", "0.00"),
        ("KFS-104598", "16/05/2025", "PO 31902", "2750.40", "150.00"),
        ("KFS-104640", "30/05/2025", "PO 31955", "612.00", "0.00"),
    ]
    gross = sum(amt(1, x[3]) for x in it)
    ded = sum(amt(1, x[4]) for x in it)
    return Doc(
        stem="la15_gb_remittance_advice",
        producer="chromium",
        key=key("other", "remittance_advice", "en", "GB", "chromium"),
        title="REMITTANCE ADVICE",
        title_size=20,
        layout="left",
        accent="#00616e",
        vendor=[
            "Aldermoor Housing Association",
            "Finance Department",
            "Aldermoor House, 3 Tudor Road",
            "Reading RG1 1NH",
            "VAT Reg. No. GB 472 1183 60",
        ],
        blocks=[
            (
                "To (payee)",
                ["Kestrel Facilities Services Ltd", "Credit Control", "19 Forbury Square", "Reading RG1 3EU"],
            )
        ],
        meta=[
            ("Remittance no.", "RA-0098412"),
            ("Payment date", date(dt.date(2025, 6, 27), "gb")),
            ("Payment method", "BACS"),
            ("Supplier ref.", "KES001"),
            ("Bank ref.", "AHA-BACS-2706"),
        ],
        intro=[
            "Please find below details of a payment made to your bank account. The funds will normally "
            "reach your "
            "account within 3 working days."
        ],
        cols=[
            ("Your invoice no.", 1.5, "L"),
            ("Invoice date", 1.2, "L"),
            ("Our PO no.", 1.1, "L"),
            ("Invoice amount", 1.3, "R"),
            ("Deductions", 1.1, "R"),
            ("Amount paid", 1.3, "R"),
        ],
        rows=[[n, d, po, money(a), money(x), money(amt(1, a) - amt(1, x))] for n, d, po, a, x in it],
        totals=[
            ("Total invoices", f"£{money(gross)}"),
            ("Less deductions", f"£{money(ded)}"),
            ("Total paid", f"£{money(gross - ded)}"),
        ],
        notes=[
            "The deduction on KFS-104598 relates to your credit note CN-2231 dated 20/05/2025.",
            "Queries about this remittance: accounts.payable@aldermoor-ha.org.uk or 0118 496 0332.",
        ],
        footer=[
            "Aldermoor Housing Association is a registered society (No. 29114R) and a Registered Provider of "
            "social housing (L4417)."
        ],
        printed=["REMITTANCE ADVICE", "RA-0098412"],
    )


DOCS = [la11, la12, la13, la14, la15]
