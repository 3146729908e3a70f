"""Hybrid e-invoice benchmark, part 9: invoices 13-24 (Italy, Spain, Netherlands, Nordics, Switzerland, UK,
Poland, Germany)."""

from __future__ import annotations

import random
from datetime import date

from outside_einvoices_docs1 import Bank, D, Fmt, Line, Party, Spec, iban
from outside_einvoices_docs8 import fr_vat, ln

IT = Fmt("it", ".", ",", "€ {n}", "dmy/")
ES = Fmt("es", ".", ",", "{n} €", "dmy/")
NL = Fmt("nl", ".", ",", "€ {n}", "dmy-")
NO = Fmt("no", "\u00a0", ",", "kr {n}", "dmy.")
SE = Fmt("sv", "\u00a0", ",", "{n} kr", "iso")
DK = Fmt("da", ".", ",", "kr. {n}", "dmy.")
FI = Fmt("fi", "\u00a0", ",", "{n} €", "fi")
CH = Fmt("de", "'", ".", "CHF {n}", "dmy.")
UK_GBP = Fmt("en", ",", ".", "£{n}", "long")
UK_EUR = Fmt("en", ",", ".", "€ {n}", "dmy/")
PL = Fmt("pl", "\u00a0", ",", "{n} zł", "iso")
DE = Fmt("de", ".", ",", "{n} €", "dmy.")


def fi_ref(base: str) -> str:
    weights = [7, 3, 1]
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(base)))
    return f"{base}{(10 - total % 10) % 10}"


_RAUTA = [  # Finnish hardware store catalogue: (text, unit, price, VAT %)
    ("Kipsilevy GN 13x1200x2600", "C62", "9.90", 24),
    ("Runkotolppa 48x98 mm, 4,2 m", "C62", "11.40", 24),
    ("Ruuvi kipsilevy 3,9x35, 1000 kpl", "XPK", "18.90", 24),
    ("Mineraalivilla 50 mm, 5,4 m²", "XPK", "32.50", 24),
    ("Höyrynsulkumuovi 0,2 mm, 4x25 m", "C62", "54.00", 24),
    ("Saumanauha 50 m", "C62", "4.20", 24),
    ("Tasoite kevyt, 10 l", "C62", "19.90", 24),
    ("Sisämaali Harmony, 9 l, valkoinen", "C62", "89.00", 24),
    ("Maalarinteippi 38 mm", "C62", "5.60", 24),
    ("Kattolista mänty 21x45", "MTR", "2.35", 24),
    ("Jalkalista valkoinen 12x42", "MTR", "3.10", 24),
    ("Laattalaasti 25 kg", "C62", "27.90", 24),
    ("Vedeneriste sively 5 l", "C62", "64.00", 24),
    ("Lattiakaivo muovi 110 mm", "C62", "38.50", 24),
    ("Silikoni saniteetti 310 ml", "C62", "8.90", 24),
    ("Porakone-ruuvinväännin 18 V, vuokra", "DAY", "25.00", 24),
    ("Kuivatila-akustolevy 600x600", "MTK", "14.80", 24),
    ("Alumiininen kattorangan kannake", "C62", "1.65", 24),
    ("Saumausaine harmaa 5 kg", "C62", "16.90", 24),
    ("Seinälaatta 20x40 valkoinen", "MTK", "24.50", 24),
    ("Lattialaatta 30x60 antrasiitti", "MTK", "36.90", 24),
    ("Ristikkoverkko laatoitukseen", "MTK", "6.40", 24),
    ("Pohjamaali tartunta 3 l", "C62", "29.90", 24),
    ("Kulmanauha paperi 30 m", "C62", "6.90", 24),
    ("Kynnyslista tammi 90 cm", "C62", "12.40", 24),
    ("Oven karmi 9x21 valkoinen", "C62", "58.00", 24),
    ("Sisäovi laakaovi 9x21", "C62", "139.00", 24),
    ("Ovenpainike Oulu, kromi", "C62", "24.90", 24),
    ("Ruuvi puu 4,5x50, 250 kpl", "XPK", "12.80", 24),
    ("Suojapeite 4x5 m", "C62", "3.90", 24),
    ("Jätesäkki 240 l, 10 kpl", "XPK", "9.50", 24),
]


def _rauta_lines() -> tuple[Line, ...]:
    rng = random.Random(3310)
    lines = [
        ln(
            text,
            3 if unit == "DAY" else rng.choice([1, 2] if D(price) > 50 else [2, 4, 6, 10, 12, 20]),
            price,
            rate,
            unit,
            f"{rng.randint(10**6, 10**7 - 1)}",
        )
        for text, unit, price, rate in _RAUTA
    ]
    lines.append(ln("Rakentajan käsikirja 2024", 1, "42.00", 10, sku="978-952-00-1234-5"))
    return tuple(lines)


def _uk_lines() -> tuple[Line, ...]:
    items = [
        ("A4 copier paper 80gsm, box of 5 reams", "XPK", "24.99", 20, 10),
        ("Lever arch file A4, black", "C62", "3.45", 20, 30),
        ("Ballpoint pens blue (50)", "XPK", "7.80", 20, 4),
        ("Toner Brother TN-2420", "C62", "54.20", 20, 4),
        ("Desk organiser, mesh", "C62", "12.50", 20, 6),
        ("Whiteboard markers, assorted (4)", "XPK", "4.95", 20, 10),
        ("Shredder bags 100 l (50)", "XPK", "18.00", 20, 2),
        ("Legal Diary 2024, A4 week to view", "C62", "21.50", 0, 12),
        ("Blackstone's Statutes on Contract Law", "C62", "19.99", 0, 3),
        ("Archive boxes, pack of 10", "XPK", "16.40", 20, 5),
        ("Hand sanitiser 500 ml", "C62", "3.20", 20, 12),
        ("Delivery – next day", "LS", "9.50", 20, 1),
    ]
    return tuple(ln(t, q, p, r, u) for t, u, p, r, q in items)


def invoices_b() -> list[Spec]:
    out = []
    it_lines = (
        ln("Piastrelle gres porcellanato 60x60 «Travertino»", 120, "38.50", 22, "MTK", "GP6060-TRV"),
        ln("Battiscopa coordinato 8x60", 45, "9.80", 22, "MTR", "BT860-TRV"),
        ln("Posa in opera pavimento", 120, "22.00", 10, "MTK"),
        ln("Trasporto e scarico in cantiere", 1, "180.00", 22, "LS"),
    )
    out.append(Spec(
        "it_fx_basic_ceramiche", "IT", IT, "EUR",
        Party(
            "Ceramiche Artistiche Rinaldi S.r.l.", "Via Emilia Est 1420", "41122", "Modena", "IT",
            vat_id="IT02345670364", tax_no="02345670364", email="amministrazione@ceramicherinaldi.it",
            register="REA MO-287645 – Cap. soc. € 50.000 i.v.", phone="+39 059 123 4567",
        ),
        Party(
            "Hotel Bellavista Riccione S.p.A.", "Viale Ceccarini 50", "47838", "Riccione", "IT",
            vat_id="IT03456780401",
        ),
        Bank(iban("IT", "X0503412900000000123456"), "BAPPIT21XXX", "Banco BPM, Filiale di Modena"),
        "FT 2024/0087", date(2024, 3, 8), it_lines,
        "cii", "basic", "factur-x.xml", "facturx", "fpdf-table",
        due=date(2024, 4, 30), delivery=date(2024, 3, 6), po="ORD. 2024-BV-12", payref="Saldo FT 2024/0087",
        terms="Bonifico bancario 30 gg d.f.f.m., scadenza {d}.",
        defect="stale_xml",
        xml_edit={
            "issue": date(2024, 2, 23),
            "due": date(2024, 3, 31),
            "delivery": None,
            "lines": (
                ln("Piastrelle gres porcellanato 60x60 «Travertino»", 100, "36.90", 22, "MTK", "GP6060-TRV"),
                ln("Posa in opera pavimento", 100, "22.00", 10, "MTK"),
                ln("Trasporto e scarico in cantiere", 1, "150.00", 22, "LS"),
            ),
        },
        accent="#0c343d",
    ))  # fmt: skip
    out.append(Spec(
        "es_fx_en16931_hosteleria", "ES", ES, "EUR",
        Party(
            "Suministros Hosteleros Levante S.L.", "Calle de Colón 22", "46004", "Valencia", "ES",
            vat_id="ESB98765432", contact="Marta Ferrer", email="facturas@shlevante.es",
            phone="+34 963 52 14 70",
            register="Inscrita en el R.M. de Valencia, Tomo 9876, Folio 123, Hoja V-154321",
        ),
        Party(
            "Restaurante La Albufera S.L.", "Avenida del Puerto 115", "46023", "Valencia", "ES",
            vat_id="ESB46123456",
        ),
        Bank(iban("ES", "21000418450200051332"), "CAIXESBBXXX", "CaixaBank"),
        "A-2024/000356", date(2024, 3, 14),
        (
            ln("Aceite de oliva virgen extra, garrafa 5 L", 12, "32.50", 10, sku="AOVE-5L"),
            ln("Arroz bomba D.O. Valencia, saco 5 kg", 8, "21.00", 10, sku="ARZ-BOMBA-5"),
            ln("Paellera acero pulido 60 cm", 2, "48.90", 21, sku="PAE-60"),
            ln("Juego de cuchillos profesional (6 pzas.)", 1, "129.00", 21, sku="CUCH-PRO6"),
            ln("Servilletas papel 40x40, caja 1.200 uds.", 5, "18.75", 21, "XPK", "SERV-4040"),
            ln("Vino tinto D.O. Utiel-Requena, caja 6 bot.", 10, "27.00", 21, "XPK", "VIN-UR-6"),
        ),
        "cii", "en16931", "factur-x.xml", "facturx", "rl-flow",
        due=date(2024, 4, 13), delivery=date(2024, 3, 13), po="PED-0412", customer_no="430-0187",
        payref="A-2024/000356", accent="#b7410e",
    ))  # fmt: skip
    out.append(Spec(
        "nl_ubl_voorschot", "NL", NL, "EUR",
        Party(
            "Bouwbedrijf De Vries B.V.", "Stationsweg 12", "3811 MK", "Amersfoort", "NL",
            vat_id="NL812345678B01",
            legal_id="30123456", legal_scheme="0106", endpoint=("0106", "30123456"), register="KvK 30123456",
            email="administratie@devriesbouw.nl", phone="033 461 22 80", contact="R. de Vries",
        ),
        Party(
            "Tandartspraktijk Smit", "Utrechtseweg 60", "3818 EN", "Amersfoort", "NL",
            vat_id="NL004512378B01",
            endpoint=("0106", "32098765"),
        ),
        Bank(iban("NL", "RABO0312345678"), "RABONL2U", "Rabobank"),
        "2024-1043", date(2024, 3, 14),
        (
            ln("Verbouwing praktijkruimte volgens offerte O-2024-017", 1, "18500.00", 21, "LS"),
            ln("Meerwerk: extra wandcontactdozen", 8, "65.00", 21),
            ln("Afvoer bouwafval, container 6 m³", 1, "395.00", 21),
        ),
        "ubl", "peppol-bis3", "factuur-2024-1043.xml", "pypdf", "fpdf-classic",
        due=date(2024, 3, 28), delivery=date(2024, 3, 8), po="O-2024-017", payref="2024-1043",
        prepaid=D("9000.00"), prepaid_on=date(2024, 1, 15),
        notes=("Voorschotnota 2024-0988 d.d. 15-01-2024 is in mindering gebracht.",), accent="#e69138",
    ))  # fmt: skip
    out.append(Spec(
        "no_ubl_ehf_elektro", "NO", NO, "NOK",
        Party(
            "Fjordkraft Elektro AS", "Strandkaien 8", "5013", "Bergen", "NO", vat_id="NO987654321MVA",
            legal_id="987654321", legal_scheme="0192", endpoint=("0192", "987654321"),
            register="Foretaksregisteret NO 987 654 321 MVA", email="faktura@fjordkraft-elektro.no",
            phone="55 30 12 00",
        ),
        Party(
            "Bergen Sjømat AS", "Bryggen 15", "5003", "Bergen", "NO", vat_id="NO912345678MVA",
            endpoint=("0192", "912345678"),
        ),
        Bank(iban("NO", "15031234567"), "DNBANOKKXXX", "DNB Bank ASA"),
        "10234", date(2024, 3, 14),
        (
            ln("Elektrikertime", "12.5", "850.00", 25, "HUR"),
            ln("LED-armatur T8 150 cm", 24, "189.00", 25),
            ln("Kabel PFXP 3G2,5", 60, "24.90", 25, "MTR"),
            ln("Jordfeilbryter 40A", 2, "1245.00", 25),
            ln("Koblingsboks IP65", 10, "79.00", 25),
            ln("Sikringsskap 24 moduler", 1, "2890.00", 25),
            ln("Kjøregodtgjørelse", 1, "450.00", 25, "LS"),
            ln("Dokumentasjon og samsvarserklæring", 1, "750.00", 25, "LS"),
        ),
        "ubl", "peppol-bis3", "Faktura_10234.xml", "pypdf", "weasy-band",
        due=date(2024, 3, 28), delivery=date(2024, 3, 11), buyer_ref="Kjølelager, Lars Haugen",
        payref="0010234017", customer_no="20871", accent="#073763",
    ))  # fmt: skip
    out.append(Spec(
        "se_ubl_fastighetsservice", "SE", SE, "SEK",
        Party(
            "Lindqvist Trädgård & Fastighetsservice AB", "Storgatan 45", "582 23", "Linköping", "SE",
            vat_id="SE556677889901", legal_id="5566778899", legal_scheme="0007",
            endpoint=("0007", "5566778899"),
            register="Org.nr 556677-8899 · Godkänd för F-skatt", email="faktura@lindqvist-service.se",
        ),
        Party("Brf Solgläntan", "Solgatan 3", "582 46", "Linköping", "SE", endpoint=("0007", "7696123456")),
        Bank(iban("SE", "50000000058398257466"), "ESSESESS", "SEB"),
        "24-1187", date(2024, 3, 14),
        (
            ln("Snöröjning jan–feb 2024, fast pris", 1, "8400.00", 25, "LS"),
            ln("Sandning gångytor", 6, "650.00", 25),
            ln("Trädbeskärning", 7, "595.00", 25, "HUR"),
            ln("Bortforsling ris", 1, "1250.00", 25, "LS"),
            ln("Utemöbler, vårservice", 4, "340.00", 25),
        ),
        "ubl", "peppol-bis3", "24-1187.xml", "pypdfium2", "rl-canvas",
        due=date(2024, 4, 13), buyer_ref="Styrelsen / Eva Nyström", payref="5566241187",
        terms="Betalningsvillkor 30 dagar netto, förfallodag {d}.", accent="#005b96",
    ))  # fmt: skip
    out.append(Spec(
        "dk_ubl_rengoering", "DK", DK, "DKK",
        Party(
            "Nørgaard Rengøring ApS", "Vesterbrogade 112", "1620", "København V", "DK", vat_id="DK12345674",
            legal_id="12345674", legal_scheme="0184", endpoint=("0184", "12345674"),
            register="CVR-nr. 12 34 56 74", email="bogholderi@norgaard-rengoering.dk",
            phone="+45 33 21 45 67",
        ),
        Party("Tandlægerne i Valby I/S", "Valby Langgade 41", "2500", "Valby", "DK", vat_id="DK87654328"),
        Bank(iban("DK", "00400440116243"), "DABADKKK", "Danske Bank"),
        "2024-5512", date(2024, 3, 31),
        (
            ln("Ugentlig rengøring klinik, marts 2024", 1, "6800.00", 25, "MON"),
            ln("Vinduespudsning udvendig", 1, "1150.00", 25, "LS"),
            ln("Tæpperens venteværelse", 35, "38.00", 25, "MTK"),
            ln("Forbrugsvarer (håndsæbe, papir)", 1, "742.50", 25, "LS"),
        ),
        "ubl", "peppol-bis3", "faktura-2024-5512.xml", "pypdf", "fpdf-table",
        due=date(2024, 4, 30), po="Aftale 2023-07", payref="+71<000000020245512+85271234<",
        defect="broken_xml", accent="#1e4d2b",
    ))  # fmt: skip
    out.append(Spec(
        "fi_ubl_rautakauppa", "FI", FI, "EUR",
        Party(
            "Rautakauppa Virtanen Oy", "Hämeenkatu 20", "33200", "Tampere", "FI", vat_id="FI12345671",
            legal_id="1234567-1", legal_scheme="0212", endpoint=("0216", "003712345671"),
            register="Y-tunnus 1234567-1 · Kotipaikka Tampere", email="laskutus@rautavirtanen.fi",
        ),
        Party(
            "Rakennusliike Korhonen Oy", "Itsenäisyydenkatu 7", "33100", "Tampere", "FI",
            vat_id="FI23456789",
        ),
        Bank(iban("FI", "12345600000785"), "NDEAFIHH", "Nordea"),
        "781204", date(2024, 3, 14), _rauta_lines(),
        "ubl", "peppol-bis3", "781204.xml", "pypdf", "weasy-din",
        due=date(2024, 3, 28), delivery=date(2024, 3, 12), po="Työmaa Tammela, TM-44", payref=fi_ref("78120"),
        customer_no="30917", accent="#003580",
    ))  # fmt: skip
    out.append(Spec(
        "ch_fx_en16931_haustechnik", "CH", CH, "CHF",
        Party(
            "Bergsträsser Haustechnik AG", "Bahnhofstrasse 77", "8001", "Zürich", "CH",
            vat_id="CHE-123.456.788 MWST", register="Handelsregister des Kantons Zürich, CHE-123.456.788",
            contact="Urs Bergsträsser", email="rechnungen@bergstraesser-ht.ch", phone="+41 44 211 34 56",
        ),
        Party("Restaurant Zunfthaus zur Waag", "Münsterhof 8", "8001", "Zürich", "CH"),
        Bank(iban("CH", "00762011623852957"), "UBSWCHZH80A", "UBS Switzerland AG"),
        "R-24-0459", date(2024, 3, 14),
        (
            ln("Service Heizungsanlage inkl. Abgasmessung", 1, "420.00", "8.1", "LS"),
            ln("Arbeitszeit Servicemonteur", "3.5", "128.00", "8.1", "HUR"),
            ln("Umwälzpumpe Grundfos Alpha2 25-60", 1, "389.00", "8.1"),
            ln("Kleinmaterial", 1, "37.40", "8.1", "LS"),
            ln("Fahrzeugpauschale Stadt Zürich", 1, "55.00", "8.1", "LS"),
            ln("Fachbuch «Heizungstechnik kompakt»", 1, "48.00", "2.6"),
        ),
        "cii", "en16931", "factur-x.xml", "facturx", "rl-flow",
        due=date(2024, 4, 13), delivery=date(2024, 3, 7), po="Auftrag 5521", payref="R-24-0459",
        label_over={"vat": "MWST", "tax": "MWST {r} % auf {b}", "vatid": "MWST-Nr.", "page": "Seite {p}/{n}"},
        terms="Zahlbar innert 30 Tagen netto ({d}).", accent="#c00000",
    ))  # fmt: skip
    out.append(Spec(
        "uk_ubl_office_gbp", "UK", UK_GBP, "GBP",
        Party(
            "Thames Valley Office Solutions Ltd", "Unit 4, Kennet Business Park", "RG1 3EQ", "Reading", "GB",
            vat_id="GB123456782", legal_id="08123456",
            register="Registered in England and Wales No. 08123456",
            email="accounts@tvos.co.uk", phone="0118 496 0123", endpoint=("9932", "123456782"),
        ),
        Party(
            "Harrow & Finch Solicitors LLP", "22 Castle Street", "RG1 7SB", "Reading", "GB",
            endpoint=("9932", "987654325"),
        ),
        Bank(iban("GB", "NWBK60161331926819"), "NWBKGB2L", "NatWest"),
        "INV-23817", date(2024, 3, 14), _uk_lines(),
        "ubl", "peppol-bis3", "INV-23817.xml", "pypdfium2", "weasy-band",
        due=date(2024, 4, 13), po="HF-PO-5530", customer_no="HAR001", payref="INV-23817",
        zero_cat="Z", terms="Payment terms 30 days. Please pay by {d}.", accent="#20124d",
    ))  # fmt: skip
    out.append(Spec(
        "uk_fx_extended_eur", "UK", UK_EUR, "EUR",
        Party(
            "Brightwell Analytics Ltd", "5 Hanover Square", "W1S 1HQ", "London", "GB", vat_id="GB987654321",
            register="Company No. 11223344 – registered in England & Wales", email="billing@brightwell.io",
            phone="+44 20 7946 0811", contact="Priya Shah", country_name="United Kingdom",
        ),
        Party(
            "Groupe Vinicole Beaumont SAS", "14 quai des Chartrons", "33000", "Bordeaux", "FR",
            vat_id=fr_vat("482193756"), legal_id="482193756", legal_scheme="0002", country_name="France",
        ),
        Bank(iban("GB", "BARC20000055779911"), "BARCGB22", "Barclays Bank UK PLC (EUR account)"),
        "BA-2024-0071", date(2024, 3, 14),
        (
            ln("Data platform licence, annual (Apr 2024 – Mar 2025)", 1, "14400.00", 0, "LS"),
            ln("Implementation workshop, on site Bordeaux", 3, "1250.00", 0, "DAY"),
            ln("Dashboard configuration", 12, "145.00", 0, "HUR"),
        ),
        "cii", "extended", "factur-x.xml", "facturx", "fpdf-classic",
        due=date(2024, 4, 13), delivery=date(2024, 3, 8), po="GVB-IT-2024-12", payref="BA-2024-0071",
        zero_cat="AE", zero_reason="Reverse charge",
        notes=("Reverse charge: customer to account for VAT (Art. 196 Council Directive 2006/112/EC).",),
        accent="#134f5c",
    ))  # fmt: skip
    out.append(Spec(
        "pl_fx_en16931_drukarnia", "PL", PL, "PLN",
        Party(
            "Drukarnia Nowak Sp. z o.o.", "ul. Piotrkowska 120", "90-006", "Łódź", "PL",
            vat_id="PL7251234561",
            tax_no="471234567", register="KRS 0000123456, Sąd Rejonowy dla Łodzi-Śródmieścia",
            email="faktury@drukarnia-nowak.pl", phone="+48 42 630 11 22", contact="Katarzyna Nowak",
        ),
        Party(
            "Księgarnia Świat Książki s.c.", "ul. Świętokrzyska 14", "00-050", "Warszawa", "PL",
            vat_id="PL5262345678",
        ),
        Bank(iban("PL", "109010140000071219812874"), "WBKPPLPP", "Santander Bank Polska"),
        "FV/124/03/2024", date(2024, 3, 14),
        (
            ln(
                "Książka „Łódź nieznana”, druk nakładu 500 egz.", 500, "18.40", 5,
                sku="ISBN 978-83-01-23456-7",
            ),
            ln("Zakładki do książek, kreda 300 g", 1000, "0.32", 23),
            ln("Ulotki A5, 4+4, 130 g", 2000, "0.11", 23),
            ln("Plakaty B2 promocyjne", 50, "6.90", 23),
            ln("Transport Łódź – Warszawa", 1, "240.00", 23, "LS"),
        ),
        "cii", "en16931", "factur-x.xml", "drafthorse", "rl-canvas",
        due=date(2024, 4, 13), delivery=date(2024, 3, 12), po="ZAM/2024/031", payref="FV/124/03/2024",
        label_over={"tax": "VAT {r}% od {b}"}, accent="#990000",
    ))  # fmt: skip
    out.append(Spec(
        "de_fx_basicwl_maler", "DE", DE, "EUR",
        Party(
            "Malerbetrieb Schäfer e.K.", "Kirchgasse 9", "65183", "Wiesbaden", "DE", vat_id="DE298765431",
            tax_no="040 234 56789", register="Inhaber: Thomas Schäfer · Amtsgericht Wiesbaden HRA 9876",
            email="buero@maler-schaefer.de", phone="0611 30 40 50",
        ),
        Party("Hausverwaltung Keller GmbH", "Rheinstraße 44", "65185", "Wiesbaden", "DE"),
        Bank(iban("DE", "510500150123456780"), "NASSDE55XXX", "Nassauische Sparkasse"),
        "2024-0087", date(2024, 3, 11),
        (
            ln("Treppenhaus streichen, Wände und Decken", 186, "12.80", 19, "MTK"),
            ln("Geländer schleifen und lackieren", 24, "18.50", 19, "MTR"),
            ln("Abdeck- und Schutzarbeiten", 1, "240.00", 19, "LS"),
            ln("Material (Dispersionsfarbe, Lack)", 1, "385.60", 19, "LS"),
        ),
        "cii", "basicwl", "factur-x.xml", "drafthorse", "weasy-band",
        delivery=date(2024, 3, 8), buyer_ref="Objekt Rheinstraße 44", payref="2024-0087",
        terms="Zahlbar innerhalb von 14 Tagen nach Rechnungserhalt ohne Abzug.",
        notes=("Leistungszeitraum 04.03.2024 – 08.03.2024.",), accent="#8e7cc3",
    ))  # fmt: skip
    return out
