"""Wording and number/date formats of invoices in seven languages, for benchmarks/outside_invoices.py.

Written from general knowledge of how invoices are worded in each language, independently of
configs/doc_types/invoice.yaml, so the benchmark does not simply echo the extractor's vocabulary.
Each key maps to several variants; a template picks one per invoice.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "title": ["INVOICE", "Invoice", "TAX INVOICE", "Commercial Invoice"],
        "number": ["Invoice No.", "Invoice Number", "Invoice #", "Invoice no", "Our ref. (invoice)"],
        "date": ["Invoice Date", "Date", "Date of issue", "Issued on"],
        "due": ["Due Date", "Payment due", "Due by", "Pay before"],
        "po": ["PO Number", "Your order", "Purchase order", "Order ref."],
        "customer_no": ["Customer No.", "Account No.", "Client ID"],
        "bill_to": ["Bill to", "Invoice to", "Customer", "Billed to"],
        "desc": ["Description", "Item", "Service"],
        "qty": ["Qty", "Quantity", "Units"],
        "price": ["Unit price", "Rate", "Price"],
        "amount": ["Amount", "Line total", "Net"],
        "subtotal": ["Subtotal", "Net amount", "Total excl. VAT", "Sub-total"],
        "tax": ["VAT {rate}%", "Sales tax ({rate}%)", "Tax {rate}%", "VAT ({rate}%)"],
        "total": ["Total", "Total due", "Amount due", "Invoice total", "TOTAL {cur}", "Balance due"],
        "words": ["Amount in words:", "Say:"],
        "vat_id": ["VAT No.", "VAT Reg. No.", "Tax ID"],
        "phone": ["Tel.", "Phone"],
        "terms": ["Payment terms: 30 days net", "Terms: Net 14", "Please pay within 30 days."],
        "page": ["Page {n} of {m}"],
        "carried": ["Carried forward"],
        "currency": ["Currency"],
    },
    "de": {
        "title": ["RECHNUNG", "Rechnung"],
        "number": ["Rechnungsnummer", "Rechnungs-Nr.", "Rechnung Nr.", "Beleg-Nr."],
        "date": ["Rechnungsdatum", "Datum", "Belegdatum"],
        "due": ["Fällig am", "Zahlbar bis", "Fälligkeit"],
        "po": ["Ihre Bestellung", "Bestell-Nr.", "Auftrags-Nr."],
        "customer_no": ["Kundennummer", "Kunden-Nr."],
        "bill_to": ["Rechnungsempfänger", "Kunde"],
        "desc": ["Bezeichnung", "Leistung", "Artikel"],
        "qty": ["Menge", "Anzahl"],
        "price": ["Einzelpreis", "E-Preis"],
        "amount": ["Gesamtpreis", "Betrag"],
        "subtotal": ["Nettobetrag", "Summe netto", "Zwischensumme", "Gesamt netto"],
        "tax": ["zzgl. {rate} % MwSt.", "USt. {rate} %", "MwSt. {rate}%", "Umsatzsteuer {rate} %"],
        "total": ["Gesamtbetrag", "Rechnungsbetrag", "Bruttobetrag", "Endbetrag", "Zu zahlender Betrag"],
        "words": ["in Worten:"],
        "vat_id": ["USt-IdNr.", "Steuernummer", "UID-Nr."],
        "phone": ["Tel.", "Telefon"],
        "terms": ["Zahlbar innerhalb von 14 Tagen ohne Abzug.", "Zahlungsziel: 30 Tage netto"],
        "page": ["Seite {n} von {m}"],
        "carried": ["Übertrag"],
        "currency": ["Währung"],
    },
    "fr": {
        "title": ["FACTURE", "Facture"],
        "number": ["Facture n°", "N° de facture", "Numéro de facture", "Facture N°"],
        "date": ["Date de facture", "Date", "Date d'émission", "Émise le"],
        "due": ["Date d'échéance", "Échéance", "À régler avant le"],
        "po": ["Bon de commande", "Votre commande", "Réf. commande"],
        "customer_no": ["N° client", "Code client"],
        "bill_to": ["Facturé à", "Client", "Adresse de facturation"],
        "desc": ["Désignation", "Description"],
        "qty": ["Qté", "Quantité"],
        "price": ["Prix unitaire HT", "P.U. HT"],
        "amount": ["Montant HT", "Total HT"],
        "subtotal": ["Total HT", "Montant HT", "Sous-total HT"],
        "tax": ["TVA {rate} %", "TVA ({rate}%)", "Montant TVA {rate} %"],
        "total": ["Total TTC", "Net à payer", "Montant TTC", "Total à payer"],
        "words": ["Arrêtée la présente facture à la somme de"],
        "vat_id": ["N° TVA intracom.", "SIRET", "TVA intracommunautaire"],
        "phone": ["Tél.", "Téléphone"],
        "terms": ["Paiement à 30 jours fin de mois.", "Conditions de paiement : 30 jours"],
        "page": ["Page {n}/{m}"],
        "carried": ["Report"],
        "currency": ["Devise"],
    },
    "es": {
        "title": ["FACTURA", "Factura"],
        "number": ["Nº Factura", "Número de factura", "Factura nº", "Nº de factura"],
        "date": ["Fecha", "Fecha de factura", "Fecha de emisión", "Fecha expedición"],
        "due": ["Vencimiento", "Fecha de vencimiento", "Fecha de pago"],
        "po": ["Su pedido", "Nº pedido", "Pedido"],
        "customer_no": ["Nº cliente", "Código cliente"],
        "bill_to": ["Cliente", "Facturar a", "Datos del cliente"],
        "desc": ["Concepto", "Descripción"],
        "qty": ["Cantidad", "Uds."],
        "price": ["Precio", "Precio unit."],
        "amount": ["Importe", "Total"],
        "subtotal": ["Base imponible", "Subtotal", "Importe neto"],
        "tax": ["IVA {rate}%", "IVA ({rate} %)", "Cuota IVA {rate}%"],
        "total": ["Total factura", "TOTAL", "Total a pagar", "Importe total"],
        "words": ["Son:", "Importe en letra:"],
        "vat_id": ["NIF", "CIF", "NIF-IVA"],
        "phone": ["Tel.", "Teléfono"],
        "terms": ["Forma de pago: transferencia bancaria a 30 días"],
        "page": ["Página {n} de {m}"],
        "carried": ["Suma y sigue"],
        "currency": ["Moneda"],
    },
    "it": {
        "title": ["FATTURA", "Fattura"],
        "number": ["Fattura n.", "Numero fattura", "N. fattura", "Fattura nr."],
        "date": ["Data", "Data fattura", "Data emissione", "del"],
        "due": ["Scadenza", "Data scadenza", "Scadenza pagamento"],
        "po": ["Vs. ordine", "Ordine n.", "Rif. ordine"],
        "customer_no": ["Cod. cliente", "Codice cliente"],
        "bill_to": ["Spett.le", "Cliente", "Destinatario"],
        "desc": ["Descrizione", "Articolo"],
        "qty": ["Q.tà", "Quantità"],
        "price": ["Prezzo unitario", "Prezzo"],
        "amount": ["Importo", "Totale"],
        "subtotal": ["Imponibile", "Totale imponibile", "Totale netto"],
        "tax": ["IVA {rate}%", "IVA al {rate}%", "Imposta {rate}%"],
        "total": ["Totale fattura", "Totale documento", "Totale da pagare", "TOTALE"],
        "words": ["Importo in lettere:"],
        "vat_id": ["P.IVA", "Partita IVA", "C.F."],
        "phone": ["Tel.", "Telefono"],
        "terms": ["Pagamento: bonifico bancario 30 gg d.f."],
        "page": ["Pagina {n} di {m}"],
        "carried": ["A riportare"],
        "currency": ["Valuta"],
    },
    "nl": {
        "title": ["FACTUUR", "Factuur"],
        "number": ["Factuurnummer", "Factuurnr.", "Factuur nr.", "Nummer"],
        "date": ["Factuurdatum", "Datum"],
        "due": ["Vervaldatum", "Te betalen vóór", "Uiterste betaaldatum"],
        "po": ["Uw referentie", "Inkoopnummer", "Ordernummer"],
        "customer_no": ["Klantnummer", "Debiteurnummer"],
        "bill_to": ["Factuuradres", "Klant", "Aan"],
        "desc": ["Omschrijving", "Artikel"],
        "qty": ["Aantal"],
        "price": ["Prijs", "Stukprijs"],
        "amount": ["Bedrag", "Totaal"],
        "subtotal": ["Subtotaal", "Totaal excl. btw", "Netto bedrag"],
        "tax": ["Btw {rate}%", "BTW ({rate}%)", "{rate}% btw"],
        "total": ["Totaal incl. btw", "Totaal te betalen", "Te betalen", "Totaalbedrag"],
        "words": ["Bedrag in woorden:"],
        "vat_id": ["Btw-nummer", "BTW-nr.", "KvK"],
        "phone": ["Tel.", "Telefoon"],
        "terms": ["Gelieve binnen 30 dagen te betalen."],
        "page": ["Pagina {n} van {m}"],
        "carried": ["Transport"],
        "currency": ["Valuta"],
    },
    "pt": {
        "title": ["FATURA", "Fatura", "Nota de débito / Fatura"],
        "number": ["Fatura n.º", "Número da fatura", "N.º fatura", "Fatura nº"],
        "date": ["Data", "Data de emissão", "Data da fatura"],
        "due": ["Vencimento", "Data de vencimento", "Data limite de pagamento"],
        "po": ["Requisição", "Sua encomenda", "N.º encomenda"],
        "customer_no": ["N.º cliente", "Código cliente"],
        "bill_to": ["Cliente", "Faturar a", "Exmo(s). Sr(s)."],
        "desc": ["Descrição", "Artigo"],
        "qty": ["Qtd.", "Quantidade"],
        "price": ["Preço unit.", "Preço"],
        "amount": ["Valor", "Total"],
        "subtotal": ["Total ilíquido", "Subtotal", "Valor sem IVA", "Base tributável"],
        "tax": ["IVA {rate}%", "IVA ({rate}%)", "Total IVA {rate}%"],
        "total": ["Total a pagar", "Total ({cur})", "Valor total", "TOTAL"],
        "words": ["Valor por extenso:"],
        "vat_id": ["NIF", "Contribuinte n.º", "CNPJ"],
        "phone": ["Tel.", "Telefone"],
        "terms": ["Pagamento a 30 dias por transferência bancária."],
        "page": ["Página {n} de {m}"],
        "carried": ["A transportar"],
        "currency": ["Moeda"],
    },
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
DATE_STYLES = {
    "en": ["us", "gb", "iso", "mon_d_y", "d_mon_y"],
    "de": ["dot", "long", "iso"],
    "fr": ["slash", "long"],
    "es": ["slash", "long_de", "dash"],
    "it": ["slash", "long", "dot"],
    "nl": ["dash", "long"],
    "pt": ["slash", "long_de", "iso"],
}
# (decimal sep, thousands sep) styles per language
NUMBER_STYLES = {
    "en": [(".", ",")],
    "de": [(",", ".")],
    "fr": [(",", "\u202f"), (",", " ")],
    "es": [(",", ".")],
    "it": [(",", ".")],
    "nl": [(",", ".")],
    "pt": [(",", "."), (",", " ")],
}
CURRENCIES = {
    "en": ["USD", "GBP", "EUR", "CAD", "AUD"],
    "de": ["EUR", "CHF"],
    "fr": ["EUR", "CHF"],
    "es": ["EUR", "MXN"],
    "it": ["EUR", "CHF"],
    "nl": ["EUR"],
    "pt": ["EUR", "BRL"],
}
SYMBOLS = {
    "USD": "$",
    "GBP": "£",
    "EUR": "€",
    "CAD": "CA$",
    "AUD": "A$",
    "CHF": "CHF",
    "MXN": "MX$",
    "BRL": "R$",
}
UNITS = {"en": ("dollars", "cents"), "de": ("Euro", "Cent"), "fr": ("euros", "centimes")}


def fmt_date(d: date, style: str, lang: str) -> str:
    month = MONTHS[lang].split()[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "gb": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(),
        "mon_d_y": f"{month[:3]} {d.day}, {d.year}",
        "d_mon_y": f"{d.day} {month} {d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "long": f"{d.day}. {month} {d.year}" if lang == "de" else f"{d.day} {month} {d.year}",
        "long_de": f"{d.day} de {month} de {d.year}",
    }[style]


def fmt_number(value: Decimal, dec: str, thou: str) -> str:
    whole, frac = f"{value:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return thou.join(groups) + dec + frac


def fmt_money(value: Decimal, cur: str, number: tuple[str, str], mark: str, lang: str) -> str:
    """``mark``: symbol | code | none, placed the language's way (before in en, after elsewhere)."""
    text = fmt_number(value, *number)
    if mark == "none":
        return text
    sign = SYMBOLS[cur] if mark == "symbol" else cur
    if cur == "CHF" or (lang == "en" and mark == "symbol"):
        return f"{sign} {text}" if len(sign) > 1 else f"{sign}{text}"
    return f"{text} {sign}"


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _en_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" " + _en_words(n % 100) if n % 100 else "")
    return _en_words(n // 1000) + " thousand" + (" " + _en_words(n % 1000) if n % 1000 else "")


def amount_words(value: Decimal) -> str:
    """English words for an amount (other languages print it in English words too: a distractor line
    whose numbers must not be taken for the total)."""
    whole = int(value)
    cents = round((value - whole) * 100)
    return f"{_en_words(whole).capitalize()} and {cents:02d}/100"


def pick(rng: random.Random, lang: str, key: str, **kw: object) -> str:
    return rng.choice(WORDS[lang][key]).format(**kw)
