"""Set "LA" documents la01-la05: quotations and an estimate (GB, US, DE, FR, ES).  Look-alikes, key
doc_type "other".
"""

from __future__ import annotations

import datetime as dt

from outside_docs_la1 import Doc, amt, date, key, money, pct, qty, total


def la01() -> Doc:
    it = [
        ("RD-24", "Reception desk, oak veneer, 2400 mm, with cable management", 1, "2450.00"),
        ("AP-612", "Acoustic wall panels 600 x 1200 mm, fabric finish", 14, "68.50"),
        ("WC-08", "Waiting room chairs, upholstered, beech legs", 8, "129.00"),
        ("LED-66", "LED panel 600 x 600 mm, supply and fit", 6, "74.00"),
        ("LAB", "Installation labour (2 fitters), per day", 3, "420.00"),
        ("DEL", "Delivery and removal of existing furniture", 1, "185.00"),
    ]
    sub = total(it, 2, 3)
    vat = pct(sub, 20)
    return Doc(
        stem="la01_gb_quotation",
        producer="reportlab",
        key=key("other", "quotation", "en", "GB", "reportlab"),
        title="QUOTATION",
        title_size=28,
        layout="right",
        accent="#24476b",
        vendor=[
            "Harbourside Interiors Ltd",
            "Unit 4, Canal Wharf",
            "Leeds LS11 5PS",
            "Tel 0113 496 0721 · quotes@harbourside-interiors.co.uk",
            "VAT Reg. No. GB 284 6613 09",
        ],
        blocks=[
            (
                "Quotation for",
                ["Ms Priya Nair", "Aldgate Dental Practice", "22 Mill Lane", "Harrogate HG1 2QT"],
            )
        ],
        meta=[
            ("Quote No.", "Q-25-0417"),
            ("Date", date(dt.date(2025, 4, 3), "gb")),
            ("Valid until", date(dt.date(2025, 5, 3), "gb")),
            ("Prepared by", "Tom Ellery"),
            ("Your ref.", "Reception refit"),
        ],
        cols=[
            ("Item", 1.2, "L"),
            ("Description", 5, "L"),
            ("Qty", 0.8, "R"),
            ("Unit price", 1.6, "R"),
            ("Amount", 1.6, "R"),
        ],
        rows=[[c, d, qty(q), money(p), money(amt(q, p))] for c, d, q, p in it],
        totals=[
            ("Subtotal", f"£{money(sub)}"),
            ("VAT @ 20%", f"£{money(vat)}"),
            ("Total", f"£{money(sub + vat)}"),
        ],
        notes=[
            "Prices are valid for 30 days from the date of this quotation. Lead time is 3-4 weeks from "
            "written "
            "acceptance.",
            "To accept, please sign and return this quotation or reply by email quoting Q-25-0417. A "
            "deposit of 30% "
            "is payable on acceptance; the balance on completion.",
        ],
        footer=[
            "Harbourside Interiors Ltd · Registered in England and Wales No. 08812345 · Registered office "
            "as above"
        ],
        printed=["QUOTATION", "Q-25-0417"],
    )


def la02() -> Doc:
    it = [
        ("Tear-off existing shingles (1 layer)", 28, "sq", "95.00"),
        ("Architectural shingles, GAF Timberline HDZ", 28, "sq", "310.00"),
        ("Synthetic underlayment", 28, "sq", "38.00"),
        ("Ice & water shield, eaves and valleys", 6, "roll", "125.00"),
        ("Ridge vent", 42, "lf", "9.50"),
        ('Seamless 5" aluminum gutters and downspouts', 160, "lf", "11.75"),
        ("Dumpster and haul-away", 1, "ea", "475.00"),
    ]
    sub = total(it, 1, 3)
    permit = amt(1, "150.00")
    return Doc(
        stem="la02_us_estimate",
        producer="fpdf2",
        key=key("other", "estimate", "en", "US", "fpdf2"),
        title="ESTIMATE",
        title_size=30,
        layout="left",
        page="Letter",
        borders=False,
        accent="#7a3b12",
        vendor=[
            "Ridgeline Roofing & Gutters LLC",
            "1187 Harmon Ave",
            "Columbus, OH 43223",
            "(614) 555-0187 · ridgelineroofing.com",
            "OH Contractor Lic. RC-44821 · EIN 82-3317460",
        ],
        blocks=[
            ("Customer", ["Mark & Dana Whitfield", "3348 Brookview Dr", "Hilliard, OH 43026"]),
            ("Job site", ["Same as customer", "Main house + garage"]),
        ],
        meta=[
            ("Estimate #", "2025-0318"),
            ("Date", date(dt.date(2025, 3, 18), "us")),
            ("Expires", date(dt.date(2025, 4, 17), "us")),
            ("Estimator", "J. Kowalczyk"),
        ],
        cols=[
            ("Description", 5.2, "L"),
            ("Qty", 0.8, "R"),
            ("Unit", 0.8, "C"),
            ("Rate", 1.3, "R"),
            ("Amount", 1.5, "R"),
        ],
        rows=[[d, qty(q), u, money(p), money(amt(q, p))] for d, q, u, p in it],
        totals=[
            ("Subtotal", f"${money(sub)}"),
            ("Building permit", f"${money(permit)}"),
            ("Estimate total", f"${money(sub + permit)}"),
        ],
        notes=[
            "This estimate is based on a visual inspection. Replacement of rotted roof decking, if found, "
            "will be "
            "charged at $85.00 per sheet installed.",
            "Payment terms: one-third deposit on acceptance, balance due on completion.",
            "I accept the estimate above and authorize Ridgeline Roofing & Gutters LLC to proceed with the "
            "work.",
        ],
        sign=["Customer signature", "Date"],
        printed=["ESTIMATE", "2025-0318"],
    )


def la03() -> Doc:
    it = [
        ("Empfangstheke Eiche massiv, 2,80 m, inkl. Kabelkanal", 1, "Stk.", "4860.00"),
        ("Aktenschrank mit Schiebetüren, 120 x 200 cm", 4, "Stk.", "1290.00"),
        ("Schreibtisch, Linoleum, elektr. höhenverstellbar", 6, "Stk.", "645.00"),
        ("Wandregal Eiche, 3 Fachböden", 5, "lfm", "318.00"),
        ("Montage vor Ort (2 Monteure)", 16, "Std.", "62.50"),
        ("Anlieferung", 1, "psch.", "180.00"),
    ]
    sub = total(it, 1, 3)
    vat = pct(sub, 19)
    return Doc(
        stem="la03_de_angebot",
        producer="weasyprint",
        key=key("other", "quotation", "de", "DE", "weasyprint"),
        title="Angebot Nr. 2025-117",
        title_size=15,
        layout="letter",
        borders=False,
        accent="#5a4322",
        vendor=[
            "Schreinerei Brandl GmbH",
            "Industriestraße 14",
            "83022 Rosenheim",
            "Tel. 08031 40 77 20",
            "info@schreinerei-brandl.de",
            "USt-IdNr. DE 271 845 306",
        ],
        sender_line="Schreinerei Brandl GmbH · Industriestraße 14 · 83022 Rosenheim",
        blocks=[
            (
                "",
                [
                    "Kanzlei Huber & Partner",
                    "z. Hd. Frau Dr. Lena Huber",
                    "Maximilianstraße 9",
                    "83278 Traunstein",
                ],
            )
        ],
        meta=[
            ("Angebotsnummer", "2025-117"),
            ("Datum", date(dt.date(2025, 3, 12), "de")),
            ("Kundennummer", "10482"),
            ("Gültig bis", date(dt.date(2025, 4, 11), "de")),
            ("Ansprechpartner", "Florian Brandl"),
        ],
        intro=[
            "Sehr geehrte Frau Dr. Huber,",
            "vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen die Anfertigung und Montage der "
            "Büromöbel für "
            "Ihre Kanzleiräume wie folgt an:",
        ],
        cols=[
            ("Pos.", 0.6, "L"),
            ("Bezeichnung", 5, "L"),
            ("Menge", 0.9, "R"),
            ("Einheit", 0.9, "L"),
            ("Einzelpreis €", 1.5, "R"),
            ("Gesamt €", 1.5, "R"),
        ],
        rows=[
            [str(i), d, qty(q, "de"), u, money(p, "de"), money(amt(q, p), "de")]
            for i, (d, q, u, p) in enumerate(it, 1)
        ],
        totals=[
            ("Nettobetrag", f"{money(sub, 'de')} €"),
            ("zzgl. 19 % MwSt.", f"{money(vat, 'de')} €"),
            ("Gesamtbetrag", f"{money(sub + vat, 'de')} €"),
        ],
        notes=[
            "Lieferzeit: ca. 6 Wochen nach Auftragserteilung.",
            "Zahlungsbedingungen: 30 % Anzahlung bei Auftragserteilung, Restbetrag nach Montage innerhalb "
            "von 14 "
            "Tagen netto.",
            "An dieses Angebot halten wir uns bis zum 11.04.2025 gebunden. Über Ihren Auftrag würden wir "
            "uns sehr "
            "freuen.",
            "Mit freundlichen Grüßen",
            "Florian Brandl",
        ],
        footer=[
            "Schreinerei Brandl GmbH · Geschäftsführer: Florian Brandl · Amtsgericht Traunstein HRB 21877",
            "Sparkasse Rosenheim-Bad Aibling · IBAN DE61 7115 0000 0020 4418 73 · BIC BYLADEM1ROS",
        ],
        printed=["Angebot Nr. 2025-117"],
    )


def la04() -> Doc:
    it = [
        ("Mise en sécurité du tableau électrique existant", 1, "forf.", "380.00"),
        ("Tableau 3 rangées pré-équipé", 1, "u", "465.00"),
        ("Interrupteur différentiel 40 A 30 mA type A", 4, "u", "89.00"),
        ("Prise de courant 16 A encastrée", 22, "u", "48.50"),
        ("Point lumineux (boîte DCL + interrupteur)", 14, "u", "62.00"),
        ("Câble R2V 3G2,5 mm²", 120, "m", "2.40"),
        ("Main d'œuvre électricien", 32, "h", "52.00"),
        ("Attestation de conformité Consuel", 1, "forf.", "185.00"),
    ]
    sub = total(it, 1, 3)
    vat = pct(sub, 10)
    return Doc(
        stem="la04_fr_devis",
        producer="chromium",
        key=key("other", "quotation", "fr", "FR", "chromium"),
        title="DEVIS N° D-2025-0088",
        title_size=18,
        layout="center",
        accent="#1d4f91",
        vendor=[
            "Électricité Moreau & Fils SARL",
            "18 rue des Tanneurs – 69007 Lyon",
            "Tél. 04 78 62 19 40 – contact@moreau-elec.fr",
            "SIRET 512 384 907 00026 – TVA intracom. FR 47 512384907",
        ],
        blocks=[
            ("Client", ["SCI Les Glycines", "M. Hervé Lacombe", "5 chemin du Vallon", "69130 Écully"]),
            ("Adresse du chantier", ["Même adresse", "Maison individuelle R+1"]),
        ],
        meta=[
            ("Date", date(dt.date(2025, 2, 24), "gb")),
            ("Validité", "3 mois"),
            ("Réf. client", "RENO-ELEC"),
            ("Code client", "CL-0937"),
        ],
        cols=[
            ("Désignation", 5, "L"),
            ("Qté", 0.8, "R"),
            ("U", 0.7, "C"),
            ("PU HT", 1.3, "R"),
            ("Montant HT", 1.5, "R"),
        ],
        rows=[[d, qty(q, "fr"), u, money(p, "fr"), money(amt(q, p), "fr")] for d, q, u, p in it],
        totals=[
            ("Total HT", f"{money(sub, 'fr')} €"),
            ("TVA 10 %", f"{money(vat, 'fr')} €"),
            ("Total TTC", f"{money(sub + vat, 'fr')} €"),
        ],
        notes=[
            "Conditions de règlement : acompte de 30 % à la signature du devis, solde à la réception des "
            "travaux.",
            "Durée de validité du devis : 3 mois. Date de début des travaux : à convenir. Devis gratuit.",
            "Assurance décennale : AXA France IARD, contrat n° 7215 884 0.",
        ],
        sign=["Bon pour accord – date et signature du client", "Cachet de l'entreprise"],
        footer=["Électricité Moreau & Fils SARL au capital de 20 000 € – RCS Lyon 512 384 907 – APE 4321A"],
        printed=["DEVIS", "D-2025-0088", "Total TTC"],
    )


def la05() -> Doc:
    it = [
        ("01", "Montaje y desmontaje de andamio tubular", 420, "m²", "9.80"),
        ("02", "Picado y saneado de revoco deteriorado", 180, "m²", "14.50"),
        ("03", "Enfoscado con mortero de reparación", 180, "m²", "22.00"),
        ("04", "Pintura de fachada al siloxano, dos manos", 420, "m²", "11.40"),
        ("05", "Sustitución de bajantes PVC Ø110", 36, "ml", "27.50"),
        ("06", "Gestión de residuos y contenedor", 1, "ud", "640.00"),
    ]
    sub = total(it, 2, 4)
    vat = pct(sub, 21)
    return Doc(
        stem="la05_es_presupuesto",
        producer="reportlab",
        key=key("other", "quotation", "es", "ES", "reportlab"),
        title="PRESUPUESTO",
        title_size=24,
        layout="band",
        borders=False,
        accent="#8a1c1c",
        vendor=[
            "Reformas Llevant S.L.",
            "C/ de Pere IV, 212, local 3",
            "08005 Barcelona",
            "NIF B66218437 · Tel. 934 85 12 06",
        ],
        blocks=[
            ("Cliente", ["Comunidad de Propietarios", "C/ Sardenya 301", "08025 Barcelona", "NIF H08431299"])
        ],
        meta=[
            ("Nº presupuesto", "P-2025/046"),
            ("Fecha", date(dt.date(2025, 4, 7), "gb")),
            ("Válido hasta", date(dt.date(2025, 5, 7), "gb")),
            ("Ref. obra", "OB-25-012"),
        ],
        cols=[
            ("Cód.", 0.6, "L"),
            ("Concepto", 5, "L"),
            ("Cant.", 0.8, "R"),
            ("Ud.", 0.6, "C"),
            ("Precio", 1.1, "R"),
            ("Importe", 1.4, "R"),
        ],
        rows=[[c, d, qty(q, "es"), u, money(p, "es"), money(amt(q, p), "es")] for c, d, q, u, p in it],
        totals=[
            ("Base imponible", f"{money(sub, 'es')} €"),
            ("IVA 21 %", f"{money(vat, 'es')} €"),
            ("TOTAL", f"{money(sub + vat, 'es')} €"),
        ],
        notes=[
            "Forma de pago: 40 % a la aceptación del presupuesto y 60 % a la finalización de los trabajos.",
            "Plazo de ejecución estimado: 5 semanas desde la concesión de la licencia municipal.",
            "Para su aceptación, devuelva una copia firmada de este presupuesto.",
        ],
        sign=["Conforme el cliente (firma y sello)", "Fecha"],
        footer=[
            "Reformas Llevant S.L. · Registro Mercantil de Barcelona, Tomo 45012, Folio 88, Hoja B-477120"
        ],
        printed=["PRESUPUESTO", "P-2025/046"],
    )


DOCS = [la01, la02, la03, la04, la05]
