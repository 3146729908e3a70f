"""Held-out set "AF", documents 7-9: Germany, France, Spain.
All companies, people and numbers are invented."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from outside_docs_af1 import Doc, Form, compute, dt, item_values, money, qty
from outside_docs_af2 import make_doc
from outside_docs_af3 import banded, grid, minimal


def de_tischler() -> Doc:
    vendor = "Holzwerkstatt Brandl GmbH"
    fm = Form(
        title="Rechnung",
        vendor_print=[
            vendor,
            "Gewerbepark Süd 12",
            "84036 Landshut",
            "Tel. 0871 96 44 21-0",
            "USt-IdNr. DE298417736",
        ],
        meta=[
            ("Rechnungsnummer", "inv_no"),
            ("Rechnungsdatum", "date"),
            ("Lieferdatum", "delivery"),
            ("Fällig am", "due"),
            ("Kundennummer", "cust_no"),
            ("Ihre Bestellung", "po"),
        ],
        parties=[("Rechnungsempfänger", "bill_to", 4), ("Lieferanschrift", "ship_to", 4)],
        cols=[
            ("Pos.", "pos", 0.07),
            ("Bezeichnung", "desc", 0.5),
            ("Menge", "qty", 0.1),
            ("Einzelpreis", "price", 0.15),
            ("Gesamt", "amt", 0.18),
        ],
        rows=8,
        totals=[
            ("Nettobetrag", "subtotal"),
            ("USt-Satz", "tax_rate"),
            ("Umsatzsteuer", "tax"),
            ("!Rechnungsbetrag", "total"),
        ],
        notes=[("Bankverbindung", "bank", 2), ("Hinweis", "notes", 2)],
        lines=[
            "Zahlbar innerhalb von 14 Tagen ohne Abzug. Vielen Dank für Ihren Auftrag!",
            "Geschäftsführer: Anton Brandl · Amtsgericht Landshut HRB 9921",
        ],
        accent=(0.35, 0.22, 0.1),
    )
    s = minimal(fm, A4, field_font="Times-Roman")
    s.tune({"total": {"size": 11}})
    items = [
        ("Thekenverkleidung Eiche massiv", 1, "2380.00"),
        ("Wandregal 180 cm, geölt", 3, "245.00"),
        ("Montage vor Ort (Std.)", "7.5", "58.00"),
        ("Anfahrtspauschale", 1, "65.00"),
    ]
    c = compute(items, [19])
    v = item_values(items, c, "eu", qstyle=lambda q: qty(q).replace(".", ","))
    v |= {f"pos{i}": str(i) for i in range(1, len(items) + 1)}
    v |= {
        "inv_no": "RE-2025-0318",
        "date": dt("2025-03-14", "d.m.Y"),
        "delivery": dt("2025-03-10", "d.m.Y"),
        "due": dt("2025-03-28", "d.m.Y"),
        "cust_no": "K-10442",
        "po": "B-5531",
        "bill_to": "Café Rösterei Hübner\nInh. Jürgen Hübner\nMaximilianstraße 7\n80539 München",
        "ship_to": "Filiale Schwabing\nLeopoldstraße 61\n80802 München",
        "subtotal": money(c["subtotal"], "eu", post=" EUR"),
        "tax_rate": "19 %",
        "tax": money(c["tax"], "eu", post=" EUR"),
        "total": money(c["total"], "eu", post=" EUR"),
        "bank": "Sparkasse Landshut\nIBAN DE44 7435 0000 0020 4417 36  BIC BYLADEM1LAH",
        "notes": "Leistungszeitraum 03.03.2025 - 10.03.2025",
    }
    return make_doc(
        "af07_de_tischler",
        "DE",
        "de",
        "rl",
        "minimal A4; vendor printed top right, Times fields, position column, Lieferdatum and Kundennummer "
        "beside the Rechnungsdatum, German number format with EUR suffix",
        s,
        v,
        c,
        currency="EUR",
        vendor=vendor,
        vendor_src="page:" + vendor,
        date="2025-03-14",
        due="2025-03-28",
    )


def fr_luminaires() -> Doc:
    fm = Form(
        title="FACTURE",
        meta=[
            ("N° de facture", "inv_no"),
            ("Date de facture", "date"),
            ("Échéance", "due"),
            ("N° client", "cust_no"),
            ("Bon de commande", "po"),
            ("Conditions de paiement", "terms"),
        ],
        parties=[("Client", "bill_to", 4), ("Adresse d'intervention", "ship_to", 4)],
        cols=[
            ("Désignation", "desc", 0.55),
            ("Qté", "qty", 0.1),
            ("Prix unit. HT", "price", 0.16),
            ("Montant HT", "amt", 0.19),
        ],
        rows=7,
        totals=[("Total HT", "subtotal"), ("Remise", "disc"), ("TVA 20 %", "tax"), ("!Total TTC", "total")],
        notes=[("Règlement", "bank", 2), ("N° TVA intracommunautaire", "vat_no", 1)],
        vendor_caption="Émetteur",
        lines=[
            "En cas de retard de paiement : pénalités au taux de 3 fois le taux d'intérêt légal.",
            "Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte pour paiement anticipé.",
        ],
        accent=(0.45, 0.1, 0.35),
    )
    s = grid(fm, A4)
    s.tune(
        {
            "terms": {"kind": "choice", "options": ("À réception", "30 jours", "45 jours fin de mois")},
            "vat_no": {"kind": "comb", "maxlen": 13, "size": 10},
            "total": {"size": 0},
        }
    )
    items = [
        ("Restauration lustre cristal (forfait)", 1, "1250.00"),
        ("Remplacement douilles laiton", 18, "12.50"),
        ("Nettoyage et remontage des pampilles", 1, "180.00"),
        ("Déplacement Lyon intra-muros", 1, "45.00"),
    ]
    c = compute(items, [20], disc=85)
    v = item_values(items, c, "cd", pstyle="cd")
    v |= {
        "vendor": "Atelier Lumière & Fils SARL",
        "vendor_addr": "14 rue des Tanneurs\n69002 Lyon\nSIRET 812 447 339 00021",
        "inv_no": "F2025-0142",
        "date": dt("2025-03-14", "d/m/Y"),
        "due": dt("2025-04-13", "d/m/Y"),
        "cust_no": "CL-0388",
        "po": "BC 2025-117",
        "terms": "30 jours",
        "bill_to": "Hôtel Bellecour Élégance\nMme Hélène Favier\n3 place Antonin-Poncet\n69002 Lyon",
        "ship_to": "Salon du 1er étage\n3 place Antonin-Poncet\n69002 Lyon",
        "subtotal": money(c["subtotal"], "sp"),
        "disc": money(c["disc"], "sp"),
        "tax": money(c["tax"], "sp"),
        "total": money(c["total"], "sp", post=" €"),
        "bank": "Virement : IBAN FR76 3000 4008 2800 0123 4567 890 – BIC BNPAFRPPXXX\nRéférence : "
        "numéro de facture",
        "vat_no": "FR27812447339",
    }
    return make_doc(
        "af08_fr_luminaires",
        "FR",
        "fr",
        "nap",
        "grid A4; vendor in fields, accented values, payment-terms dropdown, TVA number comb field, remise, "
        "values only in /V with NeedAppearances",
        s,
        v,
        c,
        currency="EUR",
        vendor="Atelier Lumière & Fils SARL",
        date="2025-03-14",
        due="2025-04-13",
    )


def es_reformas() -> Doc:
    vendor = "Reformas Garrido Hermanos S.L."
    fm = Form(
        title="FACTURA",
        vendor_print=[vendor, "C/ Alcalá 214, 28028 Madrid", "CIF B-86473921 · Tel. 912 345 678"],
        meta=[
            ("Nº Factura", "inv_no"),
            ("Fecha", "date"),
            ("Vencimiento", "due"),
            ("Nº Cliente", "cust_no"),
            ("Forma de pago", "terms"),
        ],
        parties=[("Cliente", "bill_to", 4), ("Dirección de la obra", "site", 3)],
        cols=[
            ("Concepto", "desc", 0.55),
            ("Cant.", "qty", 0.1),
            ("Precio", "price", 0.15),
            ("Importe", "amt", 0.2),
        ],
        rows=7,
        totals=[("Base imponible", "subtotal"), ("IVA 21%", "tax"), ("!TOTAL", "total")],
        notes=[("Datos bancarios", "bank", 2), ("Observaciones", "notes", 2)],
        lines=["Inscrita en el Registro Mercantil de Madrid, Tomo 31.204, Folio 88, Hoja M-561.233"],
        accent=(0.7, 0.25, 0.05),
    )
    s = banded(fm, A4)
    s.tune(
        {
            "terms": {"kind": "choice", "options": ("Transferencia", "Recibo domiciliado", "Contado")},
            "total": {"size": 0},
        }
    )
    items = [
        ("Alicatado baño completo (m²)", 18, "32.00"),
        ("Plato de ducha resina 120x80", 1, "289.00"),
        ("Mampara de cristal templado", 1, "345.00"),
        ("Fontanería (horas)", 6, "28.50"),
        ("Retirada de escombros", 1, "90.00"),
    ]
    c = compute(items, [21])
    v = item_values(items, c, "eu", pstyle="short")
    v |= {f"price{i}": v[f"price{i}"].replace(".", ",") for i in range(1, 6)}
    v |= {
        "inv_no": "2025/0087",
        "date": dt("2025-03-14", "d/m/Y"),
        "due": dt("2025-04-14", "d/m/Y"),
        "cust_no": "C-0412",
        "terms": "Transferencia",
        "bill_to": "Dña. Lucía Menéndez Ortega\nNIF 51938472-K\nC/ Príncipe de Vergara 87, 3º B\n28006 "
        "Madrid",
        "site": "Vivienda particular\nC/ Príncipe de Vergara 87, 3º B\n28006 Madrid",
        "subtotal": money(c["subtotal"], "eu"),
        "tax": money(c["tax"], "eu"),
        "total": money(c["total"], "eu", "€ "),
        "bank": "IBAN ES91 2100 0418 4502 0005 1332\nBeneficiario: Reformas Garrido Hermanos S.L.",
        "notes": "Presupuesto P-2025-031 aceptado el 20/02/2025.\nGarantía de 2 años en mano de obra.",
    }
    return make_doc(
        "af09_es_reformas",
        "ES",
        "es",
        "pypdf-ap-na",
        "banded A4; vendor printed on the band, meta boxes with a payment-method dropdown, site address "
        "block, "
        "prices typed without decimals, total as '€ 1.779,91'",
        s,
        v,
        c,
        currency="EUR",
        vendor=vendor,
        vendor_src="page:" + vendor,
        date="2025-03-14",
        due="2025-04-14",
    )


DOCS = [de_tischler, fr_luminaires, es_reformas]
