"""Invoice wording of set D (benchmarks/outside_invoices_d.py) in eleven languages.

Written from general knowledge of invoices, folios, bills and fee notes in each language, without
looking at the extractor's vocabulary. ``|`` separates variants (one is picked per invoice), ``;``
separates the entries of a catalogue (line-item descriptions). Only the layouts that use a language
need its layout-specific keys (hotel, garage, wholesale, fee note, telecom, giro, paid).
"""

from __future__ import annotations

import random

# fmt: off
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "supplier": "Supplier", "day": "Date", "title": "Invoice|INVOICE",
        "tax_title": "Tax Invoice|TAX INVOICE", "no": "Invoice No.|Invoice #|Invoice Number",
        "date": "Invoice Date|Date|Date of Issue", "due": "Due Date|Payment Due|Due", "terms": "Terms",
        "net_days": "Net {d}|{d} days", "cust_no": "Customer No.|Account No.|Customer ID",
        "bill_to": "Bill To|Invoice To", "ship_to": "Ship To|Deliver To", "desc": "Description",
        "qty": "Qty|Quantity", "price": "Unit Price|Rate", "disc": "Disc.", "amount": "Amount|Line Total",
        "subtotal": "Subtotal|Total excl. tax|Net Total", "total": "Total|Invoice Total",
        "due_amt": "Amount Due|Balance Due", "thanks": "Thank you for your business.",
        "page": "Page {p} of {n}", "bank": "Bank", "account": "Account", "ref": "Reference",
        "order_no": "PO Number", "currency": "Currency", "pcs": "ea", "hrs": "hrs", "phone": "Tel.|Phone",
        "pay_by": "Please pay by",
        "items": "Consulting services;Quarterly maintenance plan;Installation and setup;Annual software "
                 "licence;On-site training;Travel and accommodation;Data migration;Support hours block",
        "folio": "Guest Folio|Guest Statement", "folio_no": "Folio No.", "room": "Room", "arrival": "Arrival",
        "departure": "Departure", "guest": "Guest", "nights": "Nights", "acc": "Room Charge",
        "breakfast": "Breakfast", "minibar": "Minibar", "restaurant": "Restaurant", "parking": "Car Park",
        "svc": "Service Charge", "card_pay": "Payment - Visa|Payment - Mastercard", "balance": "Balance",
        "charges": "Charges", "credits": "Credits", "cashier": "Cashier", "tax_sum": "Tax summary",
        "net": "Net", "gross": "Gross", "vehicle": "Vehicle", "plate": "Registration|Rego",
        "mileage": "Odometer", "vin": "VIN", "parts": "Parts", "labour": "Labour",
        "work_order": "Job Card No.", "part_no": "Part No.", "parts_total": "Total Parts",
        "labour_total": "Total Labour",
        "part_items": "Front brake pads;Oil filter;Engine oil 5W-30 (litre);Wiper blades (pair);Air "
                      "filter;Cabin filter;Spark plug",
        "labour_items": "Logbook service;Replace front brake pads;Diagnostic scan;Wheel alignment and "
                        "balance",
        "code": "Item Code|SKU", "um": "Unit", "list_price": "List Price", "disc_pct": "Disc %",
        "net_price": "Net Price", "total_disc": "Total Discount", "delivery": "Delivery Note",
        "fee_title": "Fee Note|Tax Invoice", "fees": "Professional Fees", "disb": "Disbursements",
        "services": "For professional services rendered in the matter of **{m}**, as detailed below.",
        "matter": "Our Ref.|Matter No.", "less_trust": "Less: paid from trust account",
        "fee_items": "Perusal of documents and consultation;Drafting of agreement;Attendance at meeting "
                     "with counterparty;Correspondence and telephone calls;Preparation for hearing",
        "disb_items": "Court filing fee;Courier;Deeds office search;Photocopies", "no_tax": "(no {tax})",
        "bill_title": "Your Bill|Tax Invoice", "bill_no": "Bill Number|Invoice Number",
        "account_no": "Account Number", "period": "Billing Period", "prev_bal": "Previous Balance",
        "pay_recv": "Payment Received - Thank You", "carried": "Balance Carried Forward",
        "new_charges": "Total New Charges", "total_due": "Total Amount Due", "plan": "Plan Charges",
        "usage": "Usage Charges", "oneoff": "Once-off Charges",
        "plan_items": "Mobile Plan 30GB;Home Broadband 100/20;Extra SIM 5GB",
        "usage_items": "International calls;Roaming data;Premium SMS",
        "oneoff_items": "Replacement SIM;Connection fee", "incl_tax": "includes {tax} of",
        "order_date": "Order Date", "order_id": "Order No.|Order ID", "sold_by": "Sold by",
        "shipping": "Shipping", "voucher": "Voucher", "paid_via": "Paid via",
        "receipt": "Receipt|Sales Receipt", "paid": "PAID", "card": "Card", "auth": "Auth Code",
        "amount_paid": "Amount Paid", "paid_on": "Paid on",
    },
    "da": {
        "day": "Dato", "title": "Faktura|FAKTURA", "no": "Fakturanr.|Fakturanummer",
        "date": "Fakturadato|Dato", "due": "Forfaldsdato|Betalingsfrist", "terms": "Betalingsbetingelser",
        "net_days": "Netto {d} dage", "cust_no": "Kundenr.", "bill_to": "Faktureres til|Kunde",
        "desc": "Beskrivelse|Tekst", "qty": "Antal", "price": "Stk.pris|Enhedspris", "disc": "Rabat",
        "amount": "Beløb", "subtotal": "I alt ekskl. moms|Subtotal",
        "total": "I alt inkl. moms|Total|At betale", "due_amt": "At betale", "thanks": "Tak for handlen!",
        "page": "Side {p} af {n}", "bank": "Bank", "account": "Reg.nr./Kontonr.", "ref": "Deres ref.",
        "order_no": "Ordrenr.", "currency": "Valuta", "pcs": "stk.", "hrs": "timer", "phone": "Tlf.",
        "pay_by": "Beløbet bedes indbetalt senest",
        "items": "Rådgivning;Serviceaftale, kvartal;Konsulentbistand;Montering og opsætning;"
                 "Softwarelicens, årlig;Kørsel;Projektledelse",
        "vehicle": "Køretøj", "plate": "Reg.nr.", "mileage": "Km-stand", "vin": "Stelnr.",
        "parts": "Reservedele", "labour": "Arbejdsløn", "work_order": "Arbejdskort nr.", "part_no": "Varenr.",
        "parts_total": "Reservedele i alt", "labour_total": "Arbejdsløn i alt",
        "part_items": "Bremseklodser for;Oliefilter;Motorolie 5W-30 (liter);Viskerblade, sæt;Luftfilter;"
                      "Kabinefilter;Tændrør",
        "labour_items": "Service efter fabriksforskrift;Udskiftning af bremseklodser;Fejlsøgning;"
                        "Hjulskift og afbalancering",
        "fee_title": "Faktura – salær", "fees": "Salær", "disb": "Udlæg",
        "services": "Vedrørende sagen **{m}**: salær for juridisk bistand som specificeret nedenfor.",
        "matter": "Sagsnr.", "less_trust": "Modregnet i deponeret beløb",
        "fee_items": "Gennemgang af kontraktudkast;Møde med klient;Udarbejdelse af processkrift;"
                     "Korrespondance med modpart",
        "disb_items": "Retsafgift;Kurer;Tingbogsattest;Kopier", "no_tax": "(momsfri)",
        "giro": "Indbetalingskort", "payee": "Betalingsmodtager", "payer": "Indbetalt af",
        "giro_ref": "Betalingsid (FI)", "giro_amt": "Beløb",
    },
    "nb": {
        "title": "Faktura|FAKTURA", "no": "Fakturanr.|Fakturanummer", "date": "Fakturadato",
        "due": "Forfallsdato|Forfall", "terms": "Betalingsbetingelser", "net_days": "{d} dager netto",
        "cust_no": "Kundenr.", "bill_to": "Kunde|Fakturaadresse", "desc": "Beskrivelse|Varetekst",
        "qty": "Antall", "price": "Enhetspris|Pris", "disc": "Rabatt", "amount": "Beløp",
        "subtotal": "Sum eks. mva.|Netto", "total": "Sum inkl. mva.|Totalt|Å betale", "due_amt": "Å betale",
        "thanks": "Takk for handelen!", "page": "Side {p} av {n}", "bank": "Bank", "account": "Kontonummer",
        "ref": "Deres ref.", "order_no": "Ordrenr.", "currency": "Valuta", "pcs": "stk", "hrs": "timer",
        "phone": "Tlf.", "pay_by": "Vennligst betal innen",
        "items": "Rådgivning;Serviceavtale, kvartal;Konsulenttimer;Montering;Programvarelisens, årlig;"
                 "Reisekostnader;Prosjektledelse",
        "vehicle": "Kjøretøy", "plate": "Reg.nr.", "mileage": "Km-stand", "vin": "Understellsnr.",
        "parts": "Deler", "labour": "Arbeid", "work_order": "Arbeidsordre", "part_no": "Delenr.",
        "parts_total": "Sum deler", "labour_total": "Sum arbeid",
        "part_items": "Bremseklosser foran;Oljefilter;Motorolje 5W-30 (liter);Vindusviskerblader;"
                      "Luftfilter;Pollenfilter;Tennplugg",
        "labour_items": "Service iht. serviceprogram;Skifte bremseklosser;Feilsøking;Hjulskift med "
                        "balansering",
        "bill_title": "Faktura – mobil|Faktura", "bill_no": "Fakturanummer", "account_no": "Kundenummer",
        "period": "Periode", "prev_bal": "Forrige saldo", "pay_recv": "Innbetalt, takk",
        "carried": "Overført saldo", "new_charges": "Sum denne faktura", "total_due": "Å betale",
        "plan": "Abonnement", "usage": "Forbruk", "oneoff": "Engangsbeløp",
        "plan_items": "Mobilabonnement 20 GB;Ekstra SIM (tvilling);Mobilt bredbånd 100 GB",
        "usage_items": "Samtaler til utlandet;SMS/MMS;Data i EU/EØS",
        "oneoff_items": "Nytt SIM-kort;Etableringsgebyr", "incl_tax": "herav {tax}", "giro": "GIRO",
        "payee": "Betalt til", "payer": "Betalt av", "giro_ref": "KID", "giro_amt": "Beløp",
    },
    "fi": {
        "title": "Lasku|LASKU", "no": "Laskun numero|Laskun nro", "date": "Laskun päivämäärä|Päiväys",
        "due": "Eräpäivä", "terms": "Maksuehto", "net_days": "{d} pv netto", "cust_no": "Asiakasnumero",
        "bill_to": "Asiakas|Laskutusosoite", "desc": "Kuvaus|Nimike", "qty": "Määrä",
        "price": "à-hinta|Yks.hinta", "disc": "Ale %", "amount": "Yhteensä",
        "subtotal": "Veroton yhteensä|Yhteensä ilman ALV", "total": "Verollinen yhteensä|Maksettava yhteensä",
        "due_amt": "Maksettava", "thanks": "Kiitos tilauksestanne!", "page": "Sivu {p}/{n}", "bank": "Pankki",
        "account": "IBAN", "ref": "Viitteenne", "order_no": "Tilausnumero", "currency": "Valuutta",
        "pcs": "kpl", "hrs": "h", "phone": "Puh.", "pay_by": "Maksathan laskun viimeistään",
        "items": "Konsultointi;Huoltosopimus, neljännesvuosi;Asennustyö;Ohjelmistolisenssi, vuosi;"
                 "Koulutus;Matkakulut;Projektinhallinta",
        "vehicle": "Ajoneuvo", "plate": "Rekisterinumero", "mileage": "Mittarilukema",
        "vin": "Valmistenumero", "parts": "Varaosat", "labour": "Työ", "work_order": "Työmääräin",
        "part_no": "Tuotenro", "parts_total": "Varaosat yhteensä", "labour_total": "Työ yhteensä",
        "part_items": "Jarrupalat edessä;Öljynsuodatin;Moottoriöljy 5W-30 (litra);Pyyhkijänsulat;"
                      "Ilmansuodatin;Raitisilmasuodatin;Sytytystulppa",
        "labour_items": "Määräaikaishuolto;Jarrupalojen vaihto;Vianmääritys;Renkaiden vaihto ja tasapainotus",
        "giro": "TILISIIRTO", "payee": "Saaja", "payer": "Maksaja", "giro_ref": "Viitenumero",
        "giro_amt": "Euro", "giro_acct": "Saajan tilinumero", "virtual": "Virtuaaliviivakoodi",
    },
    "de": {
        "day": "Datum", "title": "Rechnung|RECHNUNG", "no": "Rechnungsnummer|Rechnung Nr.|Beleg-Nr.",
        "date": "Rechnungsdatum|Datum", "due": "Zahlbar bis|Fällig am", "terms": "Zahlungsbedingungen",
        "net_days": "{d} Tage netto", "cust_no": "Kunden-Nr.", "bill_to": "Rechnungsadresse|Kunde",
        "desc": "Bezeichnung|Leistung", "qty": "Menge", "price": "Einzelpreis|Preis/Einh.", "disc": "Rabatt",
        "amount": "Betrag", "subtotal": "Total exkl. MWST|Zwischentotal",
        "total": "Total inkl. MWST|Rechnungstotal", "due_amt": "Zu bezahlen",
        "thanks": "Vielen Dank für Ihren Auftrag.", "page": "Seite {p} von {n}", "bank": "Bank",
        "account": "IBAN", "ref": "Ihre Referenz", "order_no": "Auftrags-Nr.", "currency": "Währung",
        "pcs": "Stk.", "hrs": "Std.", "phone": "Tel.", "pay_by": "Zahlbar bis",
        "items": "Beratung;Wartungsvertrag, Quartal;Installation und Einrichtung;Softwarelizenz, jährlich;"
                 "Schulung vor Ort;Spesen;Projektleitung",
        "folio": "Hotelrechnung|Rechnung", "folio_no": "Folio-Nr.", "room": "Zimmer", "arrival": "Anreise",
        "departure": "Abreise", "guest": "Gast", "nights": "Nächte", "acc": "Übernachtung",
        "breakfast": "Frühstück", "minibar": "Minibar", "restaurant": "Restaurant", "parking": "Parkplatz",
        "citytax": "Kurtaxe", "card_pay": "Zahlung Kreditkarte|Zahlung Visa", "balance": "Saldo",
        "charges": "Belastung", "credits": "Gutschrift", "cashier": "Kassier", "tax_sum": "MWST-Übersicht",
        "net": "Netto", "gross": "Brutto", "vehicle": "Fahrzeug", "plate": "Kennzeichen",
        "mileage": "Km-Stand", "vin": "Fahrgestell-Nr.", "parts": "Ersatzteile", "labour": "Arbeit",
        "work_order": "Auftrag", "part_no": "Art.-Nr.", "parts_total": "Total Ersatzteile",
        "labour_total": "Total Arbeit",
        "part_items": "Bremsbeläge vorne;Ölfilter;Motorenöl 5W-30 (Liter);Scheibenwischer-Set;Luftfilter;"
                      "Innenraumfilter;Zündkerze",
        "labour_items": "Service nach Herstellervorgabe;Bremsbeläge ersetzen;Fehlerdiagnose;Radwechsel "
                        "inkl. Auswuchten",
    },
    "cs": {
        "day": "Datum", "title": "Faktura – daňový doklad|Faktura", "no": "Číslo faktury|Faktura č.",
        "date": "Datum vystavení", "due": "Datum splatnosti", "supply": "Datum zdanitelného plnění",
        "vs": "Variabilní symbol", "terms": "Způsob úhrady", "net_days": "převodem, splatnost {d} dní",
        "cust_no": "Číslo zákazníka", "bill_to": "Odběratel", "supplier": "Dodavatel",
        "desc": "Označení dodávky|Popis", "qty": "Množství", "price": "Cena za MJ|Jedn. cena",
        "disc": "Sleva", "amount": "Celkem|Cena celkem", "subtotal": "Celkem bez DPH|Základ daně celkem",
        "total": "Celkem k úhradě|Celkem s DPH", "due_amt": "K úhradě",
        "thanks": "Děkujeme za Vaši objednávku.", "page": "Strana {p} z {n}", "bank": "Banka",
        "account": "Číslo účtu", "ref": "Objednávka", "order_no": "Číslo objednávky", "currency": "Měna",
        "pcs": "ks", "hrs": "hod", "phone": "Tel.", "pay_by": "Splatné do",
        "items": "Konzultační služby;Servisní smlouva, čtvrtletí;Instalace a nastavení;Licence software, "
                 "roční;Školení;Cestovné;Řízení projektu",
        "folio": "Hotelový účet|Účet", "folio_no": "Folio č.", "room": "Pokoj", "arrival": "Příjezd",
        "departure": "Odjezd", "guest": "Host", "nights": "Nocí", "acc": "Ubytování", "breakfast": "Snídaně",
        "minibar": "Minibar", "restaurant": "Restaurace", "parking": "Parkování",
        "citytax": "Poplatek z pobytu", "card_pay": "Platba kartou", "balance": "Zůstatek",
        "charges": "Částka", "credits": "Úhrada", "cashier": "Vystavil", "tax_sum": "Rekapitulace DPH",
        "net": "Základ", "gross": "Celkem", "code": "Kód", "um": "MJ", "list_price": "Cena za MJ",
        "disc_pct": "Sleva %", "net_price": "Cena po slevě", "total_disc": "Sleva celkem",
        "delivery": "Dodací list", "receipt": "Faktura – daňový doklad", "paid": "ZAPLACENO",
        "card": "Platební karta", "auth": "Autorizační kód", "amount_paid": "Zaplaceno",
        "paid_on": "Datum úhrady",
    },
    "ro": {
        "title": "Factură|FACTURĂ FISCALĂ", "no": "Nr. factură|Factura nr.",
        "date": "Data emiterii|Data facturii", "due": "Data scadenței|Scadența", "terms": "Termen de plată",
        "net_days": "{d} zile", "cust_no": "Cod client", "bill_to": "Cumpărător|Client",
        "supplier": "Furnizor", "desc": "Denumirea produselor sau a serviciilor|Denumire", "qty": "Cant.",
        "price": "Preț unitar (fără TVA)", "disc": "Discount", "amount": "Valoare|Valoare fără TVA",
        "subtotal": "Total fără TVA|Subtotal", "total": "Total de plată|Total factură",
        "due_amt": "Total de plată", "thanks": "Vă mulțumim!", "page": "Pagina {p} din {n}", "bank": "Banca",
        "account": "Cont IBAN", "ref": "Referință", "order_no": "Comanda nr.", "currency": "Moneda",
        "pcs": "buc", "hrs": "ore", "phone": "Tel.", "pay_by": "Vă rugăm să achitați până la",
        "items": "Servicii de consultanță;Abonament mentenanță, trimestrial;Instalare și configurare;"
                 "Licență software, anuală;Instruire personal;Cheltuieli de transport;Management de "
                 "proiect",
        "code": "Cod", "um": "U.M.", "list_price": "Preț listă", "disc_pct": "Disc. %",
        "net_price": "Preț net", "total_disc": "Total discount", "delivery": "Aviz de însoțire",
        "bill_title": "Factură fiscală|Factura", "bill_no": "Nr. factură", "account_no": "Cod client",
        "period": "Perioada de facturare", "prev_bal": "Sold anterior", "pay_recv": "Plăți înregistrate",
        "carried": "Sold reportat", "new_charges": "Total factură curentă", "total_due": "Total de plată",
        "plan": "Abonamente", "usage": "Trafic suplimentar", "oneoff": "Alte servicii",
        "plan_items": "Abonament mobil Nelimitat 25;Internet fix 500 Mbps;Opțiune roaming UE",
        "usage_items": "Apeluri internaționale;SMS către rețele externe;Trafic date peste limită",
        "oneoff_items": "Înlocuire SIM;Taxă activare",
    },
    "tr": {
        "day": "Tarih", "title": "FATURA|e-Arşiv Fatura", "no": "Fatura No", "date": "Fatura Tarihi",
        "due": "Son Ödeme Tarihi|Vade Tarihi", "terms": "Ödeme Şekli", "net_days": "{d} gün vadeli",
        "cust_no": "Müşteri No", "bill_to": "Sayın|Alıcı", "supplier": "Satıcı",
        "desc": "Mal / Hizmet|Açıklama", "qty": "Miktar", "price": "Birim Fiyat", "disc": "İskonto",
        "amount": "Mal Hizmet Tutarı|Tutar", "subtotal": "KDV Matrahı|Ara Toplam",
        "total": "Vergiler Dahil Toplam Tutar|Genel Toplam", "due_amt": "Ödenecek Tutar",
        "thanks": "Bizi tercih ettiğiniz için teşekkür ederiz.", "page": "Sayfa {p} / {n}", "bank": "Banka",
        "account": "IBAN", "ref": "Referans", "order_no": "Sipariş No", "currency": "Para Birimi",
        "pcs": "Adet", "hrs": "Saat", "phone": "Tel", "pay_by": "Son ödeme tarihi",
        "items": "Danışmanlık hizmeti;Bakım sözleşmesi, üç aylık;Kurulum ve yapılandırma;Yazılım lisansı, "
                 "yıllık;Eğitim hizmeti;Yol masrafları;Proje yönetimi",
        "ettn": "ETTN", "folio": "Misafir Hesap Dökümü|Konaklama Faturası", "folio_no": "Folio No",
        "room": "Oda No", "arrival": "Giriş Tarihi", "departure": "Çıkış Tarihi", "guest": "Misafir",
        "nights": "Gece", "acc": "Konaklama", "breakfast": "Kahvaltı", "minibar": "Minibar",
        "restaurant": "Restoran", "parking": "Otopark", "card_pay": "Kredi Kartı Ödemesi",
        "balance": "Bakiye", "charges": "Borç", "credits": "Alacak", "cashier": "Kasiyer",
        "tax_sum": "KDV Dökümü", "net": "Matrah", "gross": "Toplam", "code": "Stok Kodu", "um": "Birim",
        "list_price": "Liste Fiyatı", "disc_pct": "İsk. %", "net_price": "Net Fiyat",
        "total_disc": "Toplam İskonto", "delivery": "İrsaliye No", "receipt": "e-Arşiv Fatura",
        "paid": "ÖDENDİ", "card": "Kredi Kartı", "auth": "Onay Kodu", "amount_paid": "Ödenen Tutar",
        "paid_on": "Ödeme Tarihi",
    },
    "hu": {
        "day": "Dátum", "title": "SZÁMLA|Számla", "no": "Számla sorszáma|Számlaszám",
        "date": "Számla kelte|Kiállítás dátuma", "due": "Fizetési határidő", "supply": "Teljesítés dátuma",
        "terms": "Fizetési mód", "net_days": "Átutalás, {d} nap", "cust_no": "Vevőkód", "bill_to": "Vevő",
        "supplier": "Eladó|Szállító", "desc": "Megnevezés", "qty": "Menny.",
        "price": "Nettó egységár|Egységár", "disc": "Kedvezmény", "amount": "Nettó érték",
        "subtotal": "Nettó összesen", "total": "Bruttó összesen|Fizetendő összesen", "due_amt": "Fizetendő",
        "thanks": "Köszönjük a megrendelést!", "page": "{p}/{n}. oldal", "bank": "Bank",
        "account": "Bankszámlaszám", "ref": "Hivatkozás", "order_no": "Rendelésszám", "currency": "Pénznem",
        "pcs": "db", "hrs": "óra", "phone": "Tel.", "pay_by": "Kérjük, fizessen",
        "items": "Tanácsadás;Karbantartási szerződés, negyedév;Telepítés és beállítás;Szoftverlicenc, "
                 "éves;Oktatás;Kiszállási díj;Projektvezetés",
        "vat_amt": "ÁFA érték", "gross_val": "Bruttó érték", "folio": "Szállodai számla|Számla",
        "folio_no": "Folió szám", "room": "Szoba", "arrival": "Érkezés", "departure": "Távozás",
        "guest": "Vendég", "nights": "Éj", "acc": "Szállás", "breakfast": "Reggeli", "minibar": "Minibár",
        "restaurant": "Étterem", "parking": "Parkolás", "citytax": "Idegenforgalmi adó",
        "card_pay": "Bankkártyás fizetés", "balance": "Egyenleg", "charges": "Terhelés",
        "credits": "Jóváírás", "cashier": "Recepciós", "tax_sum": "ÁFA összesítő", "net": "Nettó",
        "gross": "Bruttó", "bill_title": "Számla – mobilszolgáltatás|Számla", "bill_no": "Számla sorszáma",
        "account_no": "Ügyfélazonosító", "period": "Számlázási időszak", "prev_bal": "Előző számla egyenlege",
        "pay_recv": "Befizetés, köszönjük", "carried": "Áthozott egyenleg",
        "new_charges": "Aktuális számla összege", "total_due": "Fizetendő összeg", "plan": "Havidíjak",
        "usage": "Forgalmi díjak", "oneoff": "Egyszeri díjak",
        "plan_items": "Mobil előfizetés 15 GB;Otthoni internet 1 Gbit/s;Tévé alapcsomag",
        "usage_items": "Nemzetközi hívások;Emelt díjas SMS;Roaming adatforgalom",
        "oneoff_items": "SIM-csere;Kiszállási díj",
    },
    "es": {
        "day": "Fecha", "title": "Factura|FACTURA", "no": "Folio|No. de factura",
        "date": "Fecha de emisión|Fecha", "due": "Fecha de vencimiento", "terms": "Condiciones de pago",
        "net_days": "Crédito {d} días", "cust_no": "No. de cliente", "bill_to": "Receptor|Cliente",
        "supplier": "Emisor", "desc": "Descripción", "qty": "Cantidad",
        "price": "Precio unitario|Valor unitario", "disc": "Descuento", "amount": "Importe",
        "subtotal": "Subtotal", "total": "Total", "due_amt": "Saldo",
        "thanks": "¡Gracias por su preferencia!", "page": "Página {p} de {n}", "bank": "Banco",
        "account": "CLABE", "ref": "Referencia", "order_no": "Orden de compra", "currency": "Moneda",
        "pcs": "pza", "hrs": "hr", "phone": "Tel.", "pay_by": "Fecha límite de pago",
        "items": "Servicios de consultoría;Póliza de mantenimiento trimestral;Instalación y configuración;"
                 "Licencia de software anual;Capacitación;Viáticos;Gestión de proyecto",
        "uuid": "Folio fiscal (UUID)", "pay_form": "Forma de pago", "pay_method": "Método de pago",
        "folio": "Estado de cuenta|Factura de hospedaje", "folio_no": "Cuenta No.", "room": "Habitación",
        "arrival": "Llegada", "departure": "Salida", "guest": "Huésped", "nights": "Noches",
        "acc": "Hospedaje", "breakfast": "Desayuno", "minibar": "Minibar", "restaurant": "Restaurante",
        "parking": "Estacionamiento", "card_pay": "Pago con tarjeta", "balance": "Saldo", "charges": "Cargos",
        "credits": "Abonos", "cashier": "Cajero", "tax_sum": "Resumen de impuestos", "net": "Base",
        "gross": "Total", "code": "Clave", "um": "Unidad", "list_price": "Precio lista",
        "disc_pct": "Desc. %", "net_price": "Precio neto", "total_disc": "Descuento total",
        "delivery": "Remisión", "receipt": "Factura", "paid": "PAGADO", "card": "Tarjeta",
        "auth": "Autorización", "amount_paid": "Importe pagado", "paid_on": "Fecha de pago",
    },
    "fr": {
        "day": "Date", "title": "Facture|FACTURE", "no": "No de facture|Facture no",
        "date": "Date de facturation|Date", "due": "Date d'échéance|Échéance", "terms": "Modalités",
        "net_days": "Net {d} jours", "cust_no": "No de client", "bill_to": "Facturer à|Client",
        "desc": "Description", "qty": "Qté", "price": "Prix unitaire", "disc": "Remise", "amount": "Montant",
        "subtotal": "Sous-total", "total": "Total", "due_amt": "Montant dû",
        "thanks": "Merci de votre confiance.", "page": "Page {p} de {n}", "bank": "Institution",
        "account": "Compte", "ref": "Référence", "order_no": "Bon de commande", "currency": "Devise",
        "pcs": "unité", "hrs": "h", "phone": "Tél.", "pay_by": "Payable au plus tard le",
        "items": "Services-conseils;Contrat d'entretien trimestriel;Installation et configuration;Licence "
                 "logicielle annuelle;Formation;Frais de déplacement;Gestion de projet",
        "fee_title": "Note d'honoraires|Facture", "fees": "Honoraires professionnels", "disb": "Débours",
        "services": "Pour services professionnels rendus dans le dossier **{m}**, tels que détaillés "
                    "ci-dessous.",
        "matter": "Notre dossier", "less_trust": "Moins : montant prélevé en fidéicommis",
        "fee_items": "Analyse du dossier et recherche;Rédaction de la mise en demeure;Conférence "
                     "téléphonique avec le client;Préparation de l'audience",
        "disb_items": "Frais de signification;Frais de greffe;Messagerie;Photocopies",
        "no_tax": "(non taxable)", "bill_title": "Votre facture|Facture", "bill_no": "Numéro de facture",
        "account_no": "Numéro de compte", "period": "Période de facturation", "prev_bal": "Solde précédent",
        "pay_recv": "Paiement reçu – merci", "carried": "Solde reporté",
        "new_charges": "Total des nouveaux frais", "total_due": "Montant à payer", "plan": "Frais mensuels",
        "usage": "Utilisation", "oneoff": "Frais ponctuels",
        "plan_items": "Forfait mobile 40 Go;Internet résidentiel 500;Télé de base",
        "usage_items": "Interurbains;Itinérance – États-Unis;Messages texte internationaux",
        "oneoff_items": "Frais d'activation;Carte SIM",
    },
}
# fmt: on


class Words:
    """One invoice's wording: a variant is picked once per key, so a label reads the same everywhere."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang, self.rng, self.chosen = lang, rng, {}

    def __call__(self, key: str, **kw: object) -> str:
        if key not in self.chosen:
            self.chosen[key] = self.rng.choice(WORDS[self.lang][key].split("|"))
        text = self.chosen[key]
        return text.format(**kw) if kw else text

    def catalogue(self, key: str) -> list[str]:
        return WORDS[self.lang][key].split(";")
