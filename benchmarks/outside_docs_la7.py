"""Set "LA" documents la16-la20: a Swedish offer and a payment reminder (look-alikes, key doc_type
"other"), then the first three controls: genuine invoices (GB, DE, FR) that print look-alike words.
"""

from __future__ import annotations

import datetime as dt

from outside_docs_la1 import Doc, amt, date, key, money, pct, qty, total


def la16() -> Doc:
    it = [
        ("M-101", "Fasad: tvätt och skrapning", 640, "m²", "48.00"),
        ("M-102", "Grundmålning trä", 640, "m²", "36.50"),
        ("M-103", "Täckmålning 2 ggr, Alcro Bestå", 640, "m²", "72.00"),
        ("B-210", "Byte av rötskadad panel", 45, "m", "185.00"),
        ("S-900", "Ställning, hyra 4 veckor inkl. montage", 1, "st", "38500.00"),
        ("A-001", "Etablering och avfallshantering", 1, "st", "6200.00"),
    ]
    sub = total(it, 2, 4)
    vat = pct(sub, 25)
    return Doc(
        stem="la16_se_offert",
        producer="reportlab",
        key=key("other", "quotation", "sv", "SE", "reportlab"),
        title="OFFERT",
        title_size=24,
        layout="center",
        font="serif",
        borders=False,
        accent="#1e4d7a",
        vendor=[
            "Norrlands Måleri & Bygg AB",
            "Storgatan 48, 903 26 Umeå",
            "Tel. 090-14 22 80 · info@norrlandsmaleri.se",
            "Org.nr 556812-4471 · Momsreg.nr SE556812447101 · Godkänd för F-skatt",
        ],
        blocks=[("Kund", ["Brf Tallbacken 3", "Att: Anna Lindqvist", "Tallvägen 12", "907 50 Umeå"])],
        meta=[
            ("Offertnummer", "2025-0087"),
            ("Datum", date(dt.date(2025, 4, 8), "iso")),
            ("Giltig till", date(dt.date(2025, 5, 8), "iso")),
            ("Vår referens", "Erik Sandström"),
            ("Er referens", "Anna Lindqvist"),
        ],
        cols=[
            ("Art.nr", 0.9, "L"),
            ("Benämning", 4.2, "L"),
            ("Antal", 0.8, "R"),
            ("Enhet", 0.7, "C"),
            ("À-pris", 1.2, "R"),
            ("Belopp", 1.4, "R"),
        ],
        rows=[[a, b, qty(q, "sv"), u, money(p, "sv"), money(amt(q, p), "sv")] for a, b, q, u, p in it],
        totals=[
            ("Summa exkl. moms", f"{money(sub, 'sv')} kr"),
            ("Moms 25 %", f"{money(vat, 'sv')} kr"),
            ("Totalt inkl. moms", f"{money(sub + vat, 'sv')} kr"),
        ],
        notes=[
            "Offerten gäller i 30 dagar från ovanstående datum. Arbetet beräknas ta 4 veckor och kan "
            "påbörjas "
            "vecka 22.",
            "Betalningsvillkor: 30 dagar netto. Delfakturering sker månadsvis efter utfört arbete.",
            "Vid accept, vänligen returnera offerten underskriven.",
        ],
        sign=["Accepteras – ort, datum och underskrift", "Namnförtydligande"],
        footer=["Norrlands Måleri & Bygg AB · Styrelsens säte: Umeå · Bankgiro 5312-8874"],
        printed=["OFFERT", "2025-0087"],
    )


def la17() -> Doc:
    net, comp = amt(42, "92.00"), amt(1, "70.00")
    vat = pct(net, 20)
    inv = net + vat
    return Doc(
        stem="la17_gb_payment_reminder",
        producer="fpdf2",
        key=key("other", "reminder", "en", "GB", "fpdf2"),
        title="Second reminder: invoice INV-24817 overdue",
        title_size=13,
        layout="letter",
        accent="#333333",
        vendor=[
            "Fenwick & Hale Logistics Ltd",
            "Unit 12, Trafford Park Road",
            "Manchester M17 1HH",
            "0161 872 4410",
            "credit.control@fenwickhale.co.uk",
            "VAT No. GB 244 9810 57",
        ],
        sender_line="Fenwick & Hale Logistics Ltd, Trafford Park Road, Manchester M17 1HH",
        blocks=[
            ("", ["Accounts Payable", "Greenway Garden Centres Ltd", "Holloway Lane", "Knutsford WA16 8PR"])
        ],
        meta=[
            ("Date", date(dt.date(2025, 7, 14), "gb")),
            ("Our ref.", "CC/GGC/0714"),
            ("Account no.", "GREE011"),
            ("Contact", "Helen Marsh"),
        ],
        intro=[
            "Dear Sir or Madam,",
            "We wrote to you on 23/06/2025 about the invoice below, which remains unpaid. According to our "
            "records "
            "the following amount is now 29 days overdue:",
        ],
        cols=[
            ("Invoice no.", 1.2, "L"),
            ("Invoice date", 1.1, "L"),
            ("Due date", 1.1, "L"),
            ("Details", 3.2, "L"),
            ("Net", 1, "R"),
            ("VAT", 0.9, "R"),
            ("Amount", 1.1, "R"),
        ],
        rows=[
            [
                "INV-24817",
                "16/05/2025",
                "15/06/2025",
                "Pallet distribution, May 2025: 42 pallets at £92.00",
                money(net),
                money(vat),
                money(inv),
            ],
            [
                "",
                "",
                "",
                "Fixed-sum compensation, Late Payment of Commercial Debts (Interest) Act 1998",
                money(comp),
                "0.00",
                money(comp),
            ],
        ],
        totals=[
            ("Invoice outstanding", f"£{money(inv)}"),
            ("Late payment compensation", f"£{money(comp)}"),
            ("Total now due", f"£{money(inv + comp)}"),
        ],
        notes=[
            "If you have already paid, please accept our thanks and disregard this letter. Otherwise "
            "please pay "
            "within 7 days to Barclays Bank, sort code 20-55-41, account 43872016, quoting INV-24817.",
            "If we do not receive payment or hear from you by 21/07/2025, we will place your account on "
            "stop and "
            "may refer the debt to a collection agency.",
            "Yours faithfully,",
            "Helen Marsh, Credit Controller",
        ],
        footer=[
            "Fenwick & Hale Logistics Ltd · Registered in England No. 06120457 · Registered office as above"
        ],
        printed=["Second reminder", "INV-24817"],
    )


def la18() -> Doc:
    it = [
        ("Bespoke classroom storage unit, birch ply, 1800 mm", 6, "685.00"),
        ("Coat pegs and bench seating, 3000 mm run", 2, "412.50"),
        ("Teacher's desk with lockable pedestal", 1, "540.00"),
        ("Installation, per fitter-day", 4, "265.00"),
        ("Delivery", 1, "60.00"),
    ]
    sub = total(it, 1, 2)
    vat = pct(sub, 20)
    grand = sub + vat
    return Doc(
        stem="la18_gb_invoice",
        producer="weasyprint",
        key=key(
            "invoice",
            "invoice",
            "en",
            "GB",
            "weasyprint",
            invoice_number="OJ-2025-0586",
            date="2025-05-23",
            total=str(grand),
            currency="GBP",
            vendor_name="Oakfield Joinery Ltd",
        ),
        title="INVOICE",
        title_size=30,
        layout="left",
        borders=False,
        accent="#6b4423",
        vendor=[
            "Oakfield Joinery Ltd",
            "Station Yard, Mill Road",
            "Cambridge CB1 2AZ",
            "01223 555 014 · accounts@oakfieldjoinery.co.uk",
            "VAT Reg. No. GB 318 4420 71",
        ],
        blocks=[
            (
                "Invoice to",
                [
                    "St Andrew's Primary School",
                    "The Business Manager",
                    "Chesterton Road",
                    "Cambridge CB4 3AX",
                ],
            )
        ],
        meta=[
            ("Invoice no.", "OJ-2025-0586"),
            ("Invoice date", date(dt.date(2025, 5, 23), "gb")),
            ("Your quotation", "Q-2025-0412"),
            ("Purchase Order", "PO-88123"),
            ("Due date", date(dt.date(2025, 6, 22), "gb")),
        ],
        cols=[("Description", 5, "L"), ("Qty", 0.8, "R"), ("Unit price", 1.4, "R"), ("Amount", 1.4, "R")],
        rows=[[d, qty(q), money(p), money(amt(q, p))] for d, q, p in it],
        totals=[
            ("Subtotal", f"£{money(sub)}"),
            ("VAT 20%", f"£{money(vat)}"),
            ("Total due", f"£{money(grand)}"),
        ],
        notes=[
            "Payment terms: 30 days from invoice date. Please quote the invoice number OJ-2025-0586 with "
            "your "
            "payment.",
            "Lloyds Bank · Sort code 30-94-57 · Account 21884302 · Oakfield Joinery Ltd",
        ],
        footer=["Oakfield Joinery Ltd · Registered in England and Wales No. 07741236"],
        printed=["INVOICE", "OJ-2025-0586", "£7,914.00", "Q-2025-0412", "PO-88123"],
    )


def la19() -> Doc:
    it = [
        ("Unterverteilung 3-reihig, komplett verdrahtet", 1, "Stk", "740.00"),
        ("FI/LS-Schalter B16, 30 mA", 8, "Stk", "64.80"),
        ("Netzwerkdose Cat. 6A, 2-fach, inkl. Auflegen", 12, "Stk", "38.50"),
        ("Installationskabel NYM-J 3x1,5 mm²", 150, "m", "1.28"),
        ("Arbeitszeit Elektroinstallateur", 18, "Std", "68.00"),
        ("Anfahrtspauschale", 3, "psch", "35.00"),
    ]
    sub = total(it, 1, 3)
    vat = pct(sub, 19)
    grand = sub + vat
    return Doc(
        stem="la19_de_rechnung",
        producer="reportlab",
        key=key(
            "invoice",
            "invoice",
            "de",
            "DE",
            "reportlab",
            invoice_number="RE-2025-0734",
            date="2025-03-28",
            total=str(grand),
            currency="EUR",
            vendor_name="Elektro Maier GmbH",
        ),
        title="Rechnung Nr. RE-2025-0734",
        title_size=14,
        layout="letter",
        borders=False,
        accent="#a03c00",
        vendor=[
            "Elektro Maier GmbH",
            "Lindenstraße 22",
            "90402 Nürnberg",
            "Tel. 0911 24 61 30",
            "buchhaltung@elektro-maier.de",
            "USt-IdNr. DE 298 115 604",
        ],
        sender_line="Elektro Maier GmbH · Lindenstraße 22 · 90402 Nürnberg",
        blocks=[("", ["Praxis Dr. med. Stefan Vogt", "Kaiserstraße 3", "90403 Nürnberg"])],
        meta=[
            ("Rechnungsdatum", date(dt.date(2025, 3, 28), "de")),
            ("Kundennummer", "11873"),
            ("Ihr Angebot Nr.", "AN-2025-0211"),
            ("Bestellung vom", date(dt.date(2025, 3, 3), "de")),
            ("Lieferschein Nr.", "LS-2025-0519"),
            ("Leistungsdatum", date(dt.date(2025, 3, 24), "de")),
        ],
        intro=[
            "Sehr geehrter Herr Dr. Vogt,",
            "für die in Ihrer Praxis ausgeführten Elektroarbeiten erlauben wir uns, wie folgt zu berechnen:",
        ],
        cols=[
            ("Pos.", 0.6, "L"),
            ("Bezeichnung", 5, "L"),
            ("Menge", 0.9, "R"),
            ("Einheit", 0.8, "L"),
            ("Einzelpreis", 1.3, "R"),
            ("Gesamt", 1.4, "R"),
        ],
        rows=[
            [str(i), d, qty(q, "de"), u, f"{money(p, 'de')} €", f"{money(amt(q, p), 'de')} €"]
            for i, (d, q, u, p) in enumerate(it, 1)
        ],
        totals=[
            ("Summe netto", f"{money(sub, 'de')} €"),
            ("zzgl. 19 % USt.", f"{money(vat, 'de')} €"),
            ("Rechnungsbetrag", f"{money(grand, 'de')} €"),
        ],
        notes=[
            "Zahlbar innerhalb von 14 Tagen ohne Abzug bis zum 11.04.2025.",
            "Bankverbindung: Sparkasse Nürnberg · IBAN DE12 7605 0101 0011 2233 44 · BIC SSKNDE77XXX",
            "Mit freundlichen Grüßen",
            "Elektro Maier GmbH",
        ],
        footer=[
            "Elektro Maier GmbH · Geschäftsführer: Andreas Maier · Amtsgericht Nürnberg HRB 30412 · "
            "St.-Nr. 241/118/60427"
        ],
        printed=["Rechnung Nr. RE-2025-0734", "3.857,27"],
    )


def la20() -> Doc:
    it = [
        ("Audit de l'éclairage des parties communes", 1, "850.00"),
        ("Étude photométrique (DIALux), plans et notes de calcul", 1, "1200.00"),
        ("Fourniture luminaires LED encastrés 24 W", 36, "94.00"),
        ("Pose et raccordement (heures)", 24, "55.00"),
        ("Frais de déplacement", 3, "45.00"),
    ]
    sub = total(it, 1, 2)
    vat = pct(sub, 20)
    grand = sub + vat
    return Doc(
        stem="la20_fr_facture",
        producer="weasyprint",
        key=key(
            "invoice",
            "invoice",
            "fr",
            "FR",
            "weasyprint",
            invoice_number="F2025-0213",
            date="2025-04-16",
            total=str(grand),
            currency="EUR",
            vendor_name="Atelier Lumière Conseil",
        ),
        title="FACTURE",
        title_size=26,
        layout="band",
        accent="#3b3b6d",
        vendor=[
            "Atelier Lumière Conseil",
            "14 boulevard Gambetta, 38000 Grenoble",
            "04 76 43 28 15 · contact@atelier-lumiere.fr",
            "SIRET 822 417 390 00018 · TVA FR 61 822417390",
        ],
        blocks=[
            ("Client", ["Hôtel des Alpes SAS", "Service comptabilité", "2 place Grenette", "38000 Grenoble"])
        ],
        meta=[
            ("Facture n°", "F2025-0213"),
            ("Date", date(dt.date(2025, 4, 16), "gb")),
            ("Échéance", date(dt.date(2025, 5, 16), "gb")),
            ("Code client", "HDA-014"),
        ],
        intro=["Réf. : Devis n° DV2025-031 accepté le 12/03/2025 – Bon de commande n° BC-7781"],
        cols=[
            ("Désignation", 5, "L"),
            ("Qté", 0.7, "R"),
            ("PU HT", 1.2, "R"),
            ("TVA", 0.7, "R"),
            ("Montant HT", 1.4, "R"),
        ],
        rows=[[d, qty(q, "fr"), money(p, "fr"), "20 %", money(amt(q, p), "fr")] for d, q, p in it],
        totals=[
            ("Total HT", f"{money(sub, 'fr')} €"),
            ("TVA 20 %", f"{money(vat, 'fr')} €"),
            ("Net à payer TTC", f"{money(grand, 'fr')} €"),
        ],
        notes=[
            "Conditions de paiement : 30 jours date de facture, par virement. Pas d'escompte pour paiement "
            "anticipé.",
            "En cas de retard de paiement : pénalités au taux de 3 fois le taux d'intérêt légal et indemnité "
            "forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce).",
            "IBAN FR76 3000 4008 2800 0112 3456 789 · BIC BNPAFRPPXXX",
        ],
        footer=["Atelier Lumière Conseil SARL au capital de 8 000 € · RCS Grenoble 822 417 390"],
        printed=["FACTURE", "F2025-0213", "8 266,80", "Devis n° DV2025-031"],
    )


DOCS = [la16, la17, la18, la19, la20]
