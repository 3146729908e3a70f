"""Country profiles, wording and number/date formats for set C (benchmarks/outside_invoices_c.py).

Written from general knowledge of how small businesses, SaaS vendors, utilities, freelancers and
marketplaces word their invoices in each country, without looking at the extractor's code or
vocabulary. Variants are '|'-separated; a template picks one per invoice.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from outside_locale import fmt_number

W_TEXT = {
    "en": """
title=Invoice|INVOICE|Tax invoice; number=Invoice number|Invoice #|Inv. No.|Invoice No:|Invoice ID
date=Date of issue|Invoice date|Issue date|Date; due=Date due|Due date|Payment due|Due
bill_to=Bill to|Billed to|Invoice to; sender=From; desc=Description|Item|Details; qty=Qty|Quantity
price=Unit price|Price; amount=Amount|Total; hours=Hours; rate=Rate|Hourly rate
subtotal=Subtotal|Sub-total|Net total; tax={tax} ({rate}%)|{tax} {rate}%|{tax} @ {rate}%
total=Total|Invoice total|TOTAL; due_amt=Amount due; paid=Deposit received|Less: payment received
balance=Balance due|Balance outstanding; page=Page {n} of {m}|Page {n}/{m}
carried=Carried forward|Subtotal c/f; brought=Brought forward|Subtotal b/f
customer=Customer no.|Account ID|Client ref.; order=Order number|Order #|Order no.; order_date=Order date
shipping=Shipping|Shipping & handling|Delivery; incl=incl. {tax} {rate}%
credit=Applied balance|Credit applied; due_phrase={amt} due {date}; pay_online=Pay online
terms=Payment terms: net 30|Thank you for your business!|Please pay by bank transfer.
account=Account number|Account no.; statement=Statement date|Bill date
util_due=Payment due by|Please pay by; period=Service period|Billing period; prev=Previous balance
payment=Payment received - thank you; fwd=Balance forward; current=Current charges
total_due=Total amount due; summary=Account summary; details=Details of current charges
total_current=Total current charges; util_title=Your electricity bill|Energy bill|Utility statement
stub=Please return this portion with your payment; enclosed=Amount enclosed
paid_note=Paid with Visa ending in 4242|Paid by card - thank you; ship_to=Ship to; vat_summary=VAT summary
sold_by=Sold by; rate_col=Rate; net_col=Net; vat_col={tax}; gross_col=Gross; total_tax=Total {tax}
""",
    "de": """
title=Rechnung|RECHNUNG; number=Rechnung Nr.|Rechnungsnr.|Rechnungsnummer|Re.-Nr.
date=Rechnungsdatum|Datum|Ausstellungsdatum; due=Zahlbar bis|Fälligkeitsdatum|Fällig am
bill_to=Rechnungsadresse|Rechnung an; sender=Von; desc=Bezeichnung|Beschreibung|Artikel; qty=Menge|Anz.
price=Einzelpreis|E-Preis; amount=Gesamt|Betrag; hours=Stunden; rate=Stundensatz
subtotal=Nettosumme|Summe netto|Zwischensumme netto; tax={tax} {rate} %|zzgl. {tax} {rate}%|{tax} {rate}%
total=Gesamtbetrag|Rechnungsbetrag|Summe brutto|Endbetrag; due_amt=Zu zahlen|Offener Betrag
paid=Anzahlung erhalten|Bereits bezahlt; balance=Restbetrag|Noch zu zahlen; page=Seite {n} von {m}
carried=Übertrag; brought=Übertrag; customer=Kundennummer|Kunden-Nr.; order=Bestellnummer|Bestell-Nr.
order_date=Bestelldatum; shipping=Versandkosten|Versand; incl=enthaltene {tax} {rate} %|inkl. {rate}% {tax}
credit=Guthaben verrechnet; due_phrase={amt} fällig am {date}; pay_online=Online bezahlen
terms=Zahlbar innerhalb von 14 Tagen ohne Abzug.|Vielen Dank für Ihren Auftrag!
terms_due=Bitte überweisen Sie den Betrag bis zum {date} ohne Abzug.; account=Vertragskonto|Kundennummer
statement=Rechnungsdatum|Abrechnungsdatum; util_due=Fällig am|Zahlbar bis
period=Abrechnungszeitraum|Lieferzeitraum; prev=Vorheriger Saldo; payment=Zahlungseingang - vielen Dank
fwd=Saldovortrag; current=Aktuelle Kosten; total_due=Zu zahlender Betrag; summary=Ihre Kontoübersicht
details=Aufstellung der aktuellen Kosten; total_current=Summe aktuelle Kosten
util_title=Ihre Stromrechnung|Abrechnung Strom; stub=Überweisungsträger / Zahlungsabschnitt
enclosed=Überwiesener Betrag; paid_note=Bezahlt per PayPal|Bereits bezahlt per Kreditkarte
ship_to=Lieferadresse; vat_summary=USt.-Übersicht|Steuerübersicht; sold_by=Verkauft von
rate_col=USt-Satz|Steuersatz; net_col=Netto; vat_col={tax}; gross_col=Brutto; total_tax=Summe {tax}
intro=Wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:|Vielen Dank für Ihre Bestellung.
""",
    "fr": """
title=Facture|FACTURE; number=Facture n°|N° de facture|Numéro de facture
date=Date de facture|Date d'émission|Date; due=Date d'échéance|Échéance|À payer avant le
bill_to=Facturé à|Client|Adressé à; sender=Émetteur|De; desc=Désignation|Description; qty=Qté|Quantité
price=Prix unitaire HT|PU HT; amount=Montant HT|Total HT; hours=Heures; rate=Taux horaire
subtotal=Total HT|Montant HT|Sous-total HT; tax={tax} {rate} %|{tax} ({rate} %)
total=Total TTC|Montant TTC|Net à payer; paid=Acompte versé|Déjà réglé; balance=Reste à payer|Solde dû
page=Page {n}/{m}|Page {n} sur {m}; carried=À reporter|Report; brought=Report
customer=N° client|Réf. client; order=N° de commande|Commande n°; order_date=Date de commande
shipping=Frais de port|Livraison; incl=dont {tax} {rate} %
paid_note=Payé par carte bancaire|Réglé le jour de la commande
terms=Paiement à 30 jours.|Pénalités de retard : 3 fois le taux d'intérêt légal.
terms_due=Règlement par virement avant le {date}.; ship_to=Adresse de livraison
vat_summary=Récapitulatif TVA; sold_by=Vendu par; rate_col=Taux; net_col=Base HT; vat_col=Montant {tax}
gross_col=TTC; total_tax=Total {tax}
intro=Veuillez trouver ci-dessous le détail de notre prestation.|Merci de votre confiance.
exempt=TVA non applicable, art. 293 B du CGI
""",
    "es": """
title=Factura|FACTURA; number=Factura nº|Nº factura|Número de factura|Factura núm.
date=Fecha de emisión|Fecha factura|Fecha; due=Fecha de vencimiento|Vencimiento|Vence
bill_to=Facturar a|Cliente|Datos del cliente; sender=Emisor|De; desc=Concepto|Descripción
qty=Cant.|Unidades; price=Precio unit.|Precio; amount=Importe; hours=Horas; rate=Precio/hora|Tarifa
subtotal=Base imponible|Subtotal; tax={tax} {rate}%|{tax} ({rate} %)
total=Total factura|TOTAL|Total a pagar; paid=Anticipo recibido|Pagado a cuenta
balance=Pendiente de pago|Saldo pendiente; page=Página {n} de {m}; carried=Suma y sigue
brought=Suma anterior; customer=Nº cliente|Código cliente; order=Nº pedido; order_date=Fecha del pedido
paid_note=Pagado con tarjeta|Pago recibido; irpf=Retención IRPF {rate}%|IRPF -{rate}%
terms=Forma de pago: transferencia bancaria.|Gracias por su confianza.
terms_due=Pago mediante transferencia antes del {date}.; ship_to=Dirección de envío
vat_summary=Desglose de IVA; sold_by=Vendido por; rate_col=Tipo; net_col=Base; vat_col=Cuota {tax}
gross_col=Total; total_tax=Total {tax}; intro=Detalle de los servicios prestados:|
""",
    "it": """
title=Fattura|FATTURA; number=Fattura n.|Fattura nr.|Numero fattura|N. documento
date=Data|Data fattura|Data emissione; due=Scadenza|Data scadenza|Scadenza pagamento
bill_to=Spett.le|Cliente|Destinatario; sender=Mittente; desc=Descrizione; qty=Q.tà|Quantità
price=Prezzo unit.|Prezzo; amount=Importo; hours=Ore; rate=Tariffa oraria
subtotal=Imponibile|Totale imponibile; tax={tax} {rate}%|{tax} al {rate}%
total=Totale documento|Totale fattura|Totale da pagare; paid=Acconto ricevuto; balance=Saldo da pagare
page=Pagina {n} di {m}|Pag. {n}/{m}; carried=A riportare; brought=Riporto
customer=Cod. cliente|Codice cliente; order=Ordine n.; order_date=Data ordine
paid_note=Pagato con carta di credito|Pagamento ricevuto
terms=Pagamento: bonifico bancario 30 gg d.f.|Grazie per la fiducia.
terms_due=Pagamento tramite bonifico entro il {date}.; ship_to=Indirizzo di spedizione
vat_summary=Riepilogo IVA; sold_by=Venduto da; rate_col=Aliquota; net_col=Imponibile; vat_col=Imposta
gross_col=Totale; total_tax=Totale {tax}; intro=Vi addebitiamo quanto segue:|
""",
    "nl": """
title=Factuur|FACTUUR; number=Factuurnummer|Factuurnr.|Factuur nr.; date=Factuurdatum|Datum
due=Vervaldatum|Te betalen voor|Uiterste betaaldatum; bill_to=Factuuradres|Aan|Klant; sender=Van
desc=Omschrijving; qty=Aantal; price=Prijs|Stukprijs; amount=Bedrag|Totaal; hours=Uren; rate=Uurtarief
subtotal=Subtotaal|Totaal excl. btw; tax={tax} {rate}%|{tax} {rate} %
total=Totaal incl. btw|Totaal|Te betalen; paid=Reeds betaald|Aanbetaling
balance=Openstaand bedrag|Nog te betalen; page=Pagina {n} van {m}; carried=Transport|Subtotaal transport
brought=Transport; customer=Klantnummer|Debiteurnr.
terms=Wij verzoeken u het bedrag binnen 14 dagen over te maken.|Bedankt voor uw opdracht!
terms_due=Graag voor {date} overmaken onder vermelding van het factuurnummer.; rate_col=Tarief
net_col=Grondslag; vat_col={tax}; gross_col=Totaal; total_tax=Totaal {tax}; intro=|
""",
    "pl": """
title=Faktura VAT|Faktura; number=Faktura nr|Numer faktury|Nr faktury; date=Data wystawienia
due=Termin płatności|Termin zapłaty; bill_to=Nabywca; sender=Sprzedawca; desc=Nazwa towaru lub usługi|Nazwa
qty=Ilość; price=Cena netto; amount=Wartość netto; hours=Godziny; rate=Stawka
subtotal=Razem netto|Wartość netto; tax={tax} {rate}%; total=Razem brutto|Do zapłaty|Razem do zapłaty
paid=Zapłacono; balance=Pozostało do zapłaty; page=Strona {n} z {m}; carried=Do przeniesienia
brought=Z przeniesienia; customer=Nr klienta; order=Nr zamówienia; order_date=Data zamówienia
sale_date=Data sprzedaży|Data dostawy; paid_note=Zapłacono kartą|Forma płatności: przelew (opłacono)
terms=Sposób płatności: przelew|Dziękujemy za współpracę.; terms_due=Prosimy o wpłatę do dnia {date}.
ship_to=Adres dostawy; vat_summary=Zestawienie VAT; sold_by=Sprzedawca; rate_col=Stawka VAT; net_col=Netto
vat_col=Kwota VAT; gross_col=Brutto; total_tax=Razem VAT; intro=|
""",
    "pt": """
title=Fatura|FATURA; number=Fatura nº|Nº da fatura|Nota fiscal nº; date=Data de emissão|Data
due=Data de vencimento|Vencimento; bill_to=Cliente|Faturar a|Tomador; sender=Prestador|Emitente
desc=Descrição; qty=Qtd.|Quant.; price=Preço unit.|Valor unit.; amount=Valor|Total; hours=Horas
rate=Valor/hora; subtotal=Subtotal|Total ilíquido|Valor dos serviços; tax={tax} {rate}%|{tax} ({rate}%)
total=Total|Total a pagar|Valor total; paid=Sinal recebido|Adiantamento
balance=Saldo a pagar|Valor em aberto; page=Página {n} de {m}; carried=A transportar; brought=Transporte
customer=Nº cliente|Cód. cliente; terms=Pagamento por transferência bancária.|Obrigado pela preferência.
terms_due=Pagamento até {date}.; rate_col=Taxa; net_col=Incidência; vat_col={tax}; gross_col=Total
total_tax=Total {tax}; intro=|
""",
    "sv": """
title=Faktura|FAKTURA; number=Fakturanummer|Fakturanr|Faktura nr; date=Fakturadatum|Datum
due=Förfallodatum|Förfallodag|Att betala senast; bill_to=Fakturaadress|Kund; sender=Från
desc=Beskrivning|Benämning; qty=Antal; price=À-pris|Pris; amount=Belopp|Summa; hours=Timmar; rate=Timpris
subtotal=Netto|Summa exkl. moms|Belopp före moms; tax={tax} {rate}%|{tax} {rate} %
total=Att betala|Summa att betala|Totalt; paid=Betalt; balance=Kvar att betala
page=Sida {n} av {m}|Sida {n} ({m}); carried=Transport; brought=Transport; customer=Kundnummer|Kundnr
order=Ordernummer; order_date=Orderdatum; rounding=Öresavrundning
paid_note=Betald med kort|Betalning mottagen
terms=Betalningsvillkor 30 dagar netto|Dröjsmålsränta enligt räntelagen.
terms_due=Vänligen betala senast {date}.; account=Kundnummer|Anläggnings-id; statement=Fakturadatum
util_due=Förfallodatum|Att betala senast; period=Period|Avser perioden; prev=Föregående saldo
payment=Inbetalt - tack!; fwd=Kvarstående saldo; current=Denna period; total_due=Totalt att betala
summary=Översikt; details=Specifikation; total_current=Summa denna faktura; util_title=Elräkning|Faktura el
stub=Inbetalningskort; enclosed=Inbetalt belopp; ship_to=Leveransadress; vat_summary=Momsspecifikation
sold_by=Säljare; rate_col=Momssats; net_col=Underlag; vat_col=Moms; gross_col=Totalt; total_tax=Summa moms
intro=|
""",
}
ITEMS_TEXT = """
en=Website maintenance|Logo design|Strategy workshop|Copywriting|Photography session|\
Bookkeeping, monthly|Office chairs|Printer paper A4 (box)|USB-C docking station|Delivery van hire|\
Cleaning service
de=Wartung Heizungsanlage|Montagearbeiten|Kabelkanal 2 m|Beratung vor Ort|Reinigung Büroräume|\
Druck Visitenkarten|Anfahrtspauschale|Webdesign|Schrauben M6x20 (100 Stk.)|Kleinmaterial
fr=Prestation de conseil|Création graphique|Frais de déplacement|Maintenance informatique|\
Livraison de pain|Impression flyers A5|Formation Excel|Location de matériel
es=Reforma de baño|Diseño de logotipo|Mano de obra|Material eléctrico|Consultoría|Traducción|Transporte
it=Manutenzione impianto|Consulenza tecnica|Stampa cataloghi|Ricambi|Manodopera|Trasporto|\
Assistenza software
nl=Installatiewerk|Onderhoud cv-ketel|Ontwerp huisstijl|Advieswerk|Materiaal|Voorrijkosten|\
Broodjes catering
pl=Usługa transportowa|Naprawa serwisowa|Materiały biurowe|Usługi programistyczne|Szkolenie BHP|\
Części zamienne
pt=Serviços de carpintaria|Consultoria|Impressão de folhetos|Manutenção de software|Deslocação|\
Material diverso
sv=Snickeriarbete|Konsulttimmar|Material|Resekostnad|Webbutveckling|Städning kontor|Frakt
"""
GST_ITEMS = (
    "LED Panel 18W|Copper Wire 2.5 sq mm (90 m)|MCB 32A Double Pole|PVC Conduit Pipe 25 mm|Ceiling Fan"
)
SAAS_ITEMS = "Team plan (monthly)|Pro plan - annual|Additional seats|API usage overage|Storage 500 GB"
UTIL_ITEMS_TEXT = """
en=Basic service charge|Energy charge|Delivery charge|Renewable energy levy
de=Grundpreis|Arbeitspreis|Netzentgelt|Messstellenbetrieb
sv=Fast avgift|Elenergi|Elnätsavgift|Energiskatt
"""
MONTHS_TEXT = """
en=January February March April May June July August September October November December
de=Januar Februar März April Mai Juni Juli August September Oktober November Dezember
fr=janvier février mars avril mai juin juillet août septembre octobre novembre décembre
es=enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
it=gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
nl=januari februari maart april mei juni juli augustus september oktober november december
pl=stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
pt=janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
sv=januari februari mars april maj juni juli augusti september oktober november december
"""


# One profile per block: code; lang; currency; amount marks; date styles; number styles; tax rates; tax
# name(s); paper. Then the vendors, then the towns. Number styles: decimal separator then thousands
# separator ('s' space, 'n' narrow no-break space, '_' none); '0,' whole units; '.lakh' Indian grouping.
PROFILE_TEXT = """
en-US; en; USD; ${n}|USD {n}|${n} USD; us|us_long|us_mon; .,|._; 6.25 7 8.875; Sales tax|Tax; letter
  Cedar Creek Analytics LLC|Hudson Valley Web Studio|Pinecrest Software, Inc.|Bluebird Design Co.
  Portland, OR 97204|Austin, TX 78701|Burlington, VT 05401
en-GB; en; GBP; £{n}|GBP {n}; d_mon_y|dmy_slash|d_month_y|ordinal; .,; 20; VAT; a4
  Thistle & Rowan Ltd|Harbourside Digital Ltd|Marlow Print Works Ltd
  Leeds LS1 4AP|Bristol BS1 5TR
en-IE; en; EUR; €{n}|EUR {n}; d_mon_y|dmy_slash; .,; 23; VAT; a4
  Liffey Cloud Services Ltd|Shamrock Data Ltd
  Dublin 2, D02 X285
en-IN; en; INR; ₹ {n}|Rs. {n}|INR {n}; tally|tally2|dmy_slash; .lakh; 18 12 5; GST; a4
  Shree Ganesh Traders|Kaveri Tech Solutions Pvt. Ltd.|Sai Krishna Enterprises
  Bengaluru 560001|Pune 411001
en-JP; en; JPY; ¥{n}|JPY {n}; ymd_slash|us_mon; 0,; 10 8; Consumption tax; a4
  Sakura Systems K.K.|Hinode Trading Co., Ltd.
  Minato-ku, Tokyo 105-0011
de-DE; de; EUR; {n} €|{n} EUR|€ {n}; dmy_dot|de_long|iso; ,.|,_; 19 7; MwSt.|USt.; a4
  Schreinerei Holzmann GmbH|Müller & Söhne Elektrotechnik GmbH|Grafikbüro Weiß|Brandt IT-Service e.K.
  04109 Leipzig|50667 Köln|80331 München
de-CH; de; CHF; CHF {n}|Fr. {n}|{n} CHF; dmy_dot; .'; 8.1 2.6; MWST; a4
  Bergsicht Treuhand AG|Zürcher Webagentur GmbH
  8004 Zürich|3011 Bern
fr-FR; fr; EUR; {n} €|{n} EUR; dmy_slash|d_month_y; ,s|,n|,_; 20 10 5.5; TVA; a4
  Atelier Duval SAS|Imprimerie du Rhône SARL|Conseil Garnier EURL
  69002 Lyon|33000 Bordeaux
es-ES; es; EUR; {n} €|{n} EUR; dmy_slash|dmy_dash|es_long; ,.; 21 10 4; IVA; a4
  Reformas Hermanos Ortega S.L.|Estudio Creativo Luna S.L.|Distribuciones Navarro S.A.
  46001 Valencia|41001 Sevilla
it-IT; it; EUR; € {n}|{n} €|EUR {n}; dmy_slash|dmy_dot|d_month_y; ,.; 22 10 4; IVA; a4
  Officina Meccanica Ferri S.r.l.|Studio Grafico Colombo|Tecnoservizi Marchetti S.r.l.
  40121 Bologna|10121 Torino
nl-NL; nl; EUR; € {n}|€{n}|EUR {n}; dmy_dash|d_month_y; ,.; 21 9; btw|BTW; a4
  Jansen Installatietechniek B.V.|Bakkerij de Vries B.V.|Studio Bakker
  3511 AB Utrecht|9711 CE Groningen
pl-PL; pl; PLN; {n} zł|{n} PLN; iso|dmy_dot|pl_r; ,s|,_; 23 8 5; VAT; a4
  Przedsiębiorstwo Handlowe Żuraw Sp. z o.o.|Kowalczyk Transport sp. z o.o.|Usługi IT Łukasz Wiśniewski
  30-001 Kraków|80-831 Gdańsk|50-077 Wrocław
pt-PT; pt; EUR; {n} €|{n} EUR|€ {n}; iso|dmy_slash|dmy_dash; ,s|,.; 23 13 6; IVA; a4
  Carpintaria Sousa, Lda.|Gráfica Lusa, Lda.
  4000-322 Porto|1100-148 Lisboa
pt-BR; pt; BRL; R$ {n}; dmy_slash|es_long; ,.; 5 2; ISS; a4
  Soluções Digitais Andrade Ltda.|Oficina Criativa Ribeiro ME
  São Paulo - SP, 01310-100|Curitiba - PR, 80010-000
sv-SE; sv; SEK; {n} kr|{n} SEK|SEK {n}; iso|iso|d_month_y; ,s|,_; 25 12 6; Moms; a4
  Björklunds Bygg AB|Nordström Konsult AB|Ekdahl Design AB
  411 06 Göteborg|753 20 Uppsala
"""
FREELANCERS = {
    "en-US": "Jordan Miller Design|Avery Chen Photography",
    "en-GB": "Hannah Moss Copywriting|Oliver Grant",
    "nl-NL": "Sanne Visser Vertalingen|Daan Smit Fotografie",
    "es-ES": "Lucía Fernández Gómez|Javier Romero Sanz",
    "fr-FR": "Camille Lefèvre|Julien Marchand",
    "pt-BR": "Mariana Costa Design|Rafael Almeida",
}
UTILITIES = {
    "en-US": "Riverbend Electric Cooperative|Cascade Water & Power",
    "en-GB": "Kingfisher Energy plc",
    "de-DE": "Stadtwerke Lindenau GmbH",
    "sv-SE": "Vattenfjord Energi AB",
}
MARKETS = "marktwelt.example|shop-europa.example|handelsplats.example|mercato-unico.example"


def _words(text: str) -> dict[str, str]:
    return dict(entry.split("=", 1) for entry in text.strip().replace("\n", "; ").split("; "))


def _profiles(text: str) -> dict[str, dict]:
    lines = text.strip().splitlines()
    out = {}
    for head, vendors, towns in zip(lines[::3], lines[1::3], lines[2::3], strict=True):
        code, lang, cur, marks, dates, nums, rates, tax, paper = (f.strip() for f in head.split(";"))
        out[code] = dict(
            lang=lang,
            cur=cur,
            marks=marks,
            dates=dates,
            nums=nums,
            tax=tax,
            letter=paper == "letter",
            rates=[Decimal(r) for r in rates.split()],
            vendors=vendors.strip(),
            city=towns.strip(),
        )
    return out


W = {lang: _words(text) for lang, text in W_TEXT.items()}
ITEMS, UTIL_ITEMS, MONTHS = (_words(text) for text in (ITEMS_TEXT, UTIL_ITEMS_TEXT, MONTHS_TEXT))
PROFILES = _profiles(PROFILE_TEXT)


def pick(rng: random.Random, lang: str, key: str, **kw: object) -> str:
    return rng.choice(W[lang][key].split("|")).format(**kw)


def fmt_date(d: date, style: str, lang: str) -> str:
    month = MONTHS[lang].split()[d.month - 1]
    suffix = "th" if 10 < d.day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "iso": d.isoformat(),
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_long": f"{month} {d.day}, {d.year}",
        "us_mon": f"{month[:3]} {d.day}, {d.year}",
        "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "d_mon_y": f"{d.day} {month[:3]} {d.year}",
        "d_month_y": f"{d.day} {month} {d.year}",
        "ordinal": f"{d.day}{suffix} {month} {d.year}",
        "de_long": f"{d.day}. {month} {d.year}",
        "es_long": f"{d.day} de {month} de {d.year}",
        "tally": f"{d.day}-{month[:3]}-{d.year}",
        "tally2": f"{d.day}-{month[:3]}-{d.year % 100:02d}",
        "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "pl_r": f"{d.day:02d}.{d.month:02d}.{d.year} r.",
    }[style]


def fmt_num(value: Decimal, nums: str) -> str:
    """``nums``: a number style of PROFILE_TEXT."""
    if nums == ".lakh":
        whole, frac = f"{value:.2f}".split(".")
        head, tail = whole[:-3], whole[-3:]
        groups = [head[max(i - 2, 0) : i] for i in range(len(head), 0, -2)][::-1]
        return ",".join([*groups, tail]) + "." + frac
    thou = {"s": " ", "n": "\u202f", "_": ""}.get(nums[1], nums[1])
    if nums[0] == "0":
        return fmt_number(value, ".", thou).split(".")[0]
    return fmt_number(value, nums[0], thou)


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
_ONES += " sixteen seventeen eighteen nineteen"
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety"


def indian_words(n: int) -> str:
    """Whole rupees in words the Indian way (lakh, crore), title case as Tally prints them."""
    if n < 20:
        return _ONES.split()[n].title()
    if n < 100:
        return (_TENS.split()[n // 10] + (" " + _ONES.split()[n % 10] if n % 10 else "")).title()
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand"), (100, "Hundred")):
        if n >= size:
            rest = n % size
            return f"{indian_words(n // size)} {name}" + (f" {indian_words(rest)}" if rest else "")
    raise ValueError(n)
