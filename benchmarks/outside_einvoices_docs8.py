"""Hybrid e-invoice benchmark, part 8: invoices 1-12 (Germany, Austria, France, Belgium, Luxembourg).

Identifiers carry valid check digits where the scheme defines one (IBAN, French VAT key, RIB key, Belgian
enterprise number and structured communication, Finnish reference); names and numbers are invented.
"""

from __future__ import annotations

import random
from datetime import date

from outside_einvoices_docs1 import Allowance, Bank, D, Fmt, Line, Party, Spec, iban


def ln(desc: str, qty, price, rate, unit: str = "C62", sku: str | None = None) -> Line:
    return Line(desc, D(qty), D(price), D(rate), unit, sku)


def fr_vat(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def fr_rib(bank: str, branch: str, account: str) -> str:
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def be_company(eight: str) -> str:
    return f"{eight}{97 - int(eight) % 97:02d}"


def be_account(ten: str) -> str:
    return f"{ten}{int(ten) % 97 or 97:02d}"


def be_ogm(ten: str) -> str:
    digits = f"{ten}{int(ten) % 97 or 97:02d}"
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"


DE = Fmt("de", ".", ",", "{n} €", "dmy.")
DE_EUR = Fmt("de", ".", ",", "{n} EUR", "long")
AT_LONG = Fmt("de", ".", ",", "€ {n}", "long", months="de_at")
AT = Fmt("de", ".", ",", "€ {n}", "dmy.")
FR_LONG = Fmt("fr", "\u202f", ",", "{n} €", "long")
FR_SLASH = Fmt("fr", " ", ",", "{n} €", "dmy/")
FR_NBSP = Fmt("fr", "\u00a0", ",", "{n}\u00a0€", "long")
BE_FR = Fmt("fr", ".", ",", "{n} €", "dmy/")
BE_NL = Fmt("nl", ".", ",", "€ {n}", "dmy/")
LU = Fmt("fr", " ", ",", "{n} EUR", "dmy.")

_GROSS = [  # electrical wholesale catalogue for the long invoice: (text, unit, price)
    ("NYM-J 3x1,5 mm² Ring 100 m", "C62", "64.90"),
    ("NYM-J 5x2,5 mm² Ring 50 m", "C62", "78.40"),
    ("Installationsrohr M20 grau, 3 m", "C62", "1.32"),
    ("Unterputzdose tief, Ø 68 mm", "C62", "0.48"),
    ("Wago Verbindungsklemme 221-413", "XPK", "11.95"),
    ("Gira E2 Rahmen 1-fach reinweiß", "C62", "2.86"),
    ("Gira E2 Rahmen 3-fach reinweiß", "C62", "7.12"),
    ("Gira Wippschalter-Einsatz Aus/Wechsel", "C62", "8.74"),
    ("Gira SCHUKO-Steckdose mit Klappdeckel", "C62", "9.31"),
    ("LED-Einbaustrahler 6 W, 3000 K, dimmbar", "C62", "14.60"),
    ("Hager Leitungsschutzschalter B16 1-polig", "C62", "3.95"),
    ("Hager FI-Schutzschalter 40 A / 30 mA 4-polig", "C62", "38.20"),
    ("Zählerschrank 2 Zählerplätze, komplett", "C62", "389.00"),
    ("Potentialausgleichsschiene", "C62", "6.45"),
    ("Kabelbinder 4,8 x 200 mm, schwarz (100 St.)", "XPK", "3.10"),
    ("Mantelleitung NYY-J 5x10 mm²", "MTR", "9.85"),
    ("Kabelkanal 40x60 mm, 2 m", "C62", "7.90"),
    ("Bewegungsmelder Aufputz 180°", "C62", "27.50"),
    ("Netzwerkdose Cat.6A 2-fach UP", "C62", "16.30"),
    ("Verlegekabel Cat.7 S/FTP, Ring 100 m", "C62", "82.00"),
    ("Patchfeld 24 Port Cat.6A, geschirmt", "C62", "96.40"),
    ("Abzweigdose AP IP65, 8 Klemmen", "C62", "4.75"),
    ("Erdungsband Stahl verzinkt 30x3,5 mm", "MTR", "2.95"),
    ("Schutzkontakt-Steckdose AP 2-fach grau", "C62", "11.80"),
    ("Hager Hauptschalter 63 A 3-polig", "C62", "24.60"),
    ("Überspannungsschutz Typ 1+2, 4-polig", "C62", "212.00"),
    ("Kabelschuh Cu 10 mm² M8 (50 St.)", "XPK", "14.20"),
    ("Aderendhülsen-Sortiment 1,5–16 mm²", "XPK", "18.90"),
    ("Isolierband 19 mm x 20 m, schwarz", "C62", "0.89"),
    ("Flexrohr M25 grau, Ring 50 m", "C62", "21.50"),
    ("Rohrschelle M25 (100 St.)", "XPK", "9.40"),
    ("Kabelkanal 15x15 mm, selbstklebend, 2 m", "C62", "1.95"),
    ("Feuchtraum-Wannenleuchte LED 1500 mm", "C62", "39.90"),
    ("Treppenlichtzeitschalter REG", "C62", "31.70"),
    ("Dübel 6 mm mit Schraube (200 St.)", "XPK", "7.60"),
    ("Brandschutzmanschette Kabelbündel", "C62", "27.30"),
]


def _grosshandel_lines() -> tuple[Line, ...]:
    rng = random.Random(4417)
    lines = []
    for text, unit, price in _GROSS:
        if unit == "MTR":
            qty = rng.choice([15, 25, 40])
        elif D(price) > 60:
            qty = rng.choice([1, 1, 2, 3])
        else:
            qty = rng.choice([4, 5, 10, 12, 20, 25, 50])
        lines.append(ln(text, qty, price, 16, unit, sku=f"{rng.randint(100000, 999999)}"))
    return tuple(lines)


def invoices_a() -> list[Spec]:
    out = []
    lindner = Party(
        "Bürotechnik Lindner GmbH", "Landsberger Str. 302", "80687", "München", "DE",
        vat_id="DE268431557", tax_no="143/512/60381",
        register="Amtsgericht München HRB 198734 · Geschäftsführer: Karl Lindner",
        email="rechnung@buerotechnik-lindner.de", phone="+49 89 5432 1870", contact="Sabine Huber",
        web="www.buerotechnik-lindner.de",
    )  # fmt: skip
    out.append(Spec(
        "de_fx_en16931_buerobedarf", "DE", DE, "EUR", lindner,
        Party("Kanzlei Dr. Weber & Partner mbB", "Maximilianstraße 35", "80539", "München", "DE"),
        Bank(iban("DE", "701500001002345678"), "SSKMDEMMXXX", "Stadtsparkasse München"),
        "RE-2024-0318", date(2024, 3, 14),
        (
            ln("Kopierpapier A4 80 g/m², Karton à 5 x 500 Bl.", 12, "21.90", 19, sku="PAP-A4-80"),
            ln("Toner HP 59A schwarz (CF259A)", 3, "89.50", 19, sku="HP-CF259A"),
            ln("Ordner DIN A4 breit, blau", 40, "2.35", 19, sku="ORD-A4-80B"),
            ln("Haftnotizen 76 x 76 mm, 12er Pack", 10, "6.80", 19, "XPK", "HN-7676-12"),
            ln("Duden – Die deutsche Rechtschreibung, 29. Aufl.", 2, "30.00", 7, sku="978-3-411-04019-3"),
            ln("NJW Neue Juristische Wochenschrift, Heft 11/2024", 1, "9.80", 7, sku="NJW-2411"),
        ),
        "cii", "en16931", "factur-x.xml", "facturx", "weasy-din",
        due=date(2024, 4, 13), delivery=date(2024, 3, 12), po="BE-7741", customer_no="K-10472",
        payref="RE-2024-0318", accent="#0b5394",
    ))  # fmt: skip
    out.append(Spec(
        "de_xrechnung_stadt", "DE", DE_EUR, "EUR",
        Party(
            "Nordlicht IT-Services GmbH", "Am Sandtorkai 27", "20457", "Hamburg", "DE",
            vat_id="DE312457880", register="Amtsgericht Hamburg HRB 154321 · GF: Jan Petersen",
            email="billing@nordlicht-it.de", phone="+49 40 3009 4410", contact="Jan Petersen",
            web="www.nordlicht-it.de",
        ),
        Party(
            "Stadt Lüneburg – Fachbereich Digitalisierung", "Am Ochsenmarkt 1", "21335", "Lüneburg", "DE",
            email="e-rechnung@stadt.lueneburg.de",
        ),
        Bank(iban("DE", "200505501234567890"), "HASPDEHHXXX", "Hamburger Sparkasse"),
        "NL-24-00871", date(2024, 3, 14),
        (
            ln("Wartung Fachverfahren, Pauschale März 2024", 1, "1450.00", 19, "LS"),
            ln("Remote-Support (Ticket 24-0311, 24-0317)", "6.5", "98.00", 19, "HUR"),
            ln("Vor-Ort-Einsatz Techniker, Rathaus", 4, "112.00", 19, "HUR"),
            ln("Anfahrtspauschale Hamburg–Lüneburg", 1, "45.00", 19, "LS"),
        ),
        "cii", "xrechnung", "xrechnung.xml", "pypdf", "rl-flow",
        due=date(2024, 4, 13), delivery=date(2024, 3, 8), po="V-2024-0193", buyer_ref="03355022-0001-47",
        payref="NL-24-00871", notes=("Leistungszeitraum: 01.03.2024 – 31.03.2024",),
        terms="Zahlbar innerhalb von 30 Tagen bis {d} ohne Abzug.", accent="#274e13",
    ))  # fmt: skip
    out.append(Spec(
        "de_zugferd2_extended_grosshandel", "DE", DE, "EUR",
        Party(
            "Elektro Großhandel Brandt KG", "Industriestraße 14", "44147", "Dortmund", "DE",
            vat_id="DE811234562", tax_no="314/5712/0938",
            register="Amtsgericht Dortmund HRA 17345 · phG: Brandt Verwaltungs GmbH",
            email="fakturierung@brandt-elektro.de", phone="+49 231 98765-0", contact="Petra Kowalski",
        ),
        Party(
            "Elektrotechnik Yilmaz GmbH", "Kaiserstraße 88", "44135", "Dortmund", "DE",
            vat_id="DE297531864",
        ),
        Bank(iban("DE", "440501990123456789"), "DORTDE33XXX", "Sparkasse Dortmund"),
        "2020-RG-004417", date(2020, 11, 26), _grosshandel_lines(),
        "cii", "extended", "zugferd-invoice.xml", "pypdf", "fpdf-classic",
        due=date(2020, 12, 26), delivery=date(2020, 11, 24), po="Baustelle Phoenix-West / 2217",
        customer_no="D-30581", payref="2020-RG-004417",
        notes=("Lieferung frei Baustelle. Es gilt der bis 31.12.2020 abgesenkte Umsatzsteuersatz von 16 %.",),
        accent="#990000",
    ))  # fmt: skip
    out.append(Spec(
        "de_zugferd1_comfort_druckerei", "DE", DE, "EUR",
        Party(
            "Druckerei Hansen & Söhne OHG", "Bahnhofstraße 5", "24937", "Flensburg", "DE",
            vat_id="DE134598721", tax_no="15 291 04571", register="Amtsgericht Flensburg HRA 2471 FL",
            phone="0461 14 25 36", email="info@druckerei-hansen.de",
        ),
        Party("Segelclub Glücksburg e.V.", "Strandweg 2", "24960", "Glücksburg", "DE"),
        Bank(iban("DE", "217500000000167890"), "NOLADE21NOS", "Nord-Ostsee Sparkasse"),
        "16-0893", date(2016, 9, 22),
        (
            ln("Flyer DIN lang, 4/4-farbig, 135 g Bilderdruck, Auflage 2.000", 1, "186.00", 19, "LS"),
            ln("Plakate DIN A2, 4/0-farbig", 50, "2.40", 19),
            ln("Vereinschronik 1966–2016, 96 Seiten, Softcover", 300, "6.15", 7),
            ln("Datencheck und Satzkorrektur", "1.5", "55.00", 19, "HUR"),
            ln("Versand DHL Paket", 1, "12.90", 19, "LS"),
        ),
        "zugferd1", "comfort", "ZUGFeRD-invoice.xml", "pypdf", "fpdf-table",
        due=date(2016, 10, 6), delivery=date(2016, 9, 20), po="Jubiläum 50 Jahre", payref="16-0893",
        terms="Zahlbar innerhalb 14 Tagen ohne Abzug bis {d}.", accent="#38761d",
    ))  # fmt: skip
    out.append(Spec(
        "at_zugferd1_basic_tischlerei", "AT", AT_LONG, "EUR",
        Party(
            "Tischlerei Gruber GmbH", "Linzer Straße 118", "4600", "Wels", "AT", vat_id="ATU63456789",
            register="FN 287654 x, Landesgericht Wels", phone="+43 7242 46 3 19",
            email="office@tischlerei-gruber.at",
        ),
        Party(
            "Gasthof Zur Post – Familie Eder", "Stadtplatz 3", "4690", "Schwanenstadt", "AT",
            vat_id="ATU52345678",
        ),
        Bank(iban("AT", "2032000000123456"), "ASPKAT2LXXX", "Sparkasse Oberösterreich"),
        "2018/0047", date(2018, 1, 19),
        (
            ln("Sitzbank Eiche massiv, 2,40 m, nach Maß", 2, "1180.00", 20),
            ln("Tisch Eiche geölt 180 x 90 cm", 4, "640.00", 20),
            ln("Montage vor Ort", 6, "52.00", 20, "HUR"),
        ),
        "zugferd1", "basic", "ZUGFeRD-invoice.xml", "pypdf", "rl-canvas",
        due=date(2018, 2, 2), delivery=date(2018, 1, 15), terms="Zahlbar binnen 14 Tagen bis {d} netto.",
        label_over={"vat": "USt.", "tax": "{r} % USt. von {b}", "total": "Gesamtbetrag"}, accent="#7f6000",
    ))  # fmt: skip
    out.append(Spec(
        "at_fx_basic_catering", "AT", AT, "EUR",
        Party(
            "Alpenblick Event & Catering GmbH", "Sterneckstraße 55", "5020", "Salzburg", "AT",
            vat_id="ATU71234567", register="FN 451233 k, Landesgericht Salzburg",
            email="buchhaltung@alpenblick-catering.at", phone="+43 662 87 12 90",
        ),
        Party("Trachtenmoden Leitner KG", "Wirerstraße 10", "4820", "Bad Ischl", "AT", vat_id="ATU38765432"),
        Bank(iban("AT", "2040400012345678"), "SBGSAT2SXXX", "Salzburger Sparkasse Bank AG"),
        "AEC-2024-0312", date(2024, 3, 18),
        (
            ln("Buffet „Salzkammergut“ pro Person", 85, "24.50", 10),
            ln("Kaffee & Mehlspeisen pro Person", 85, "6.90", 10),
            ln("Getränkepauschale alkoholfrei pro Person", 85, "8.50", 20),
            ln("Servicepersonal", 18, "38.00", 20, "HUR"),
            ln("Geschirr- und Besteckmiete", 1, "145.00", 20, "LS"),
        ),
        "cii", "basic", "factur-x.xml", "facturx", "weasy-band",
        due=date(2024, 4, 2), delivery=date(2024, 3, 15), po="Firmenjubiläum 15.03.", payref="AEC-2024-0312",
        defect="number_differs", xml_edit={"number": "AEC-2024-0311", "payref": "AEC-2024-0311"},
        label_over={"vat": "USt."}, accent="#6aa84f",
    ))  # fmt: skip
    siren = "512345678"
    out.append(Spec(
        "fr_fx_minimum_plomberie", "FR", FR_LONG, "EUR",
        Party(
            "SARL Plomberie Martin & Fils", "12 rue des Lilas", "69003", "Lyon", "FR", vat_id=fr_vat(siren),
            legal_id=siren, legal_scheme="0002", phone="04 78 60 12 34", email="contact@plomberie-martin.fr",
            register=f"SARL au capital de 8 000 € – RCS Lyon {siren[:3]} {siren[3:6]} {siren[6:]}"
            " – APE 4322A",
        ),
        Party("Cabinet dentaire Dr Rousseau", "45 avenue Jean Jaurès", "69007", "Lyon", "FR"),
        Bank(
            iban("FR", fr_rib("30004", "00823", "00010456789")), "BNPAFRPPXXX",
            "BNP Paribas Lyon Guillotière",
        ),
        "F2024-0142", date(2024, 3, 14),
        (
            ln("Remplacement chauffe-eau électrique 200 L (fourniture)", 1, "689.00", 20),
            ln("Main d'œuvre plombier", "3.5", "58.00", 20, "HUR"),
        ),
        "cii", "minimum", "factur-x.xml", "facturx", "rl-canvas",
        due=date(2024, 4, 13), delivery=date(2024, 3, 12), po="DEV-24-031",
        notes=(
            "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de "
            "recouvrement : 40 €. Pas d'escompte pour paiement anticipé.",
        ),
        terms="Règlement par virement à 30 jours, soit le {d}.", accent="#1155cc",
    ))  # fmt: skip
    siren = "438219874"
    fr_books = [
        ln("Manuel Mathématiques 5e, éd. 2022", 28, "21.90", "5.5", sku="978-2-01-786543-1"),
        ln("Dictionnaire Le Robert Collège", 10, "24.50", "5.5", sku="978-2-32-101234-5"),
        ln("Cahier 24x32, 96 p., grands carreaux", 150, "1.95", 20, sku="CAH-2432-96"),
        ln("Calculatrice Casio fx-92 Collège", 14, "19.90", 20, sku="CAS-FX92"),
    ]
    out.append(Spec(
        "fr_fx_basicwl_librairie", "FR", FR_SLASH, "EUR",
        Party(
            "Librairie-Papeterie du Marché SAS", "3 place du Marché", "35000", "Rennes", "FR",
            vat_id=fr_vat(siren), legal_id=siren, legal_scheme="0002", email="compta@librairie-marche.fr",
            register=f"SAS au capital de 20 000 € – RCS Rennes {siren} – NAF 4761Z", phone="02 99 30 41 52",
        ),
        Party("Collège Anne de Bretagne", "10 rue de Saint-Malo", "35000", "Rennes", "FR"),
        Bank(iban("FR", fr_rib("15589", "35101", "04123456789")), "CMBRFR2BXXX", "Crédit Mutuel de Bretagne"),
        "FA-24-00577", date(2024, 3, 5), tuple(fr_books),
        "cii", "basicwl", "factur-x.xml", "facturx", "weasy-din",
        due=date(2024, 4, 4), delivery=date(2024, 3, 4), po="BC 2024-031", customer_no="C0412",
        defect="total_differs",
        xml_edit={"lines": (*fr_books[:3], ln("Calculatrice Casio fx-92 Collège", 12, "19.90", 20))},
        notes=("Indemnité forfaitaire pour frais de recouvrement en cas de retard : 40 €.",),
        accent="#a61c00",
    ))  # fmt: skip
    siren = "803456129"
    out.append(Spec(
        "fr_fx_en16931_remise", "FR", FR_NBSP, "EUR",
        Party(
            "Atelier Graphique Lumière SARL", "18 rue de la République", "13001", "Marseille", "FR",
            vat_id=fr_vat(siren), legal_id=siren, legal_scheme="0002", contact="Léa Fabre",
            email="facturation@atelier-lumiere.fr", phone="04 91 55 20 10", web="atelier-lumiere.fr",
            register=f"SARL au capital de 5 000 € – RCS Marseille {siren}",
        ),
        Party(
            "Hôtel Les Calanques SAS", "2 boulevard Charles Livon", "13007", "Marseille", "FR",
            vat_id=fr_vat("391827465"),
        ),
        Bank(
            iban("FR", fr_rib("11306", "00030", "48121212120")), "AGRIFRPP813",
            "Crédit Agricole Alpes Provence",
        ),
        "AGL-2024-1187", date(2024, 2, 26),
        (
            ln("Création charte graphique", 1, "1800.00", 20, "LS"),
            ln("Déclinaison papeterie (cartes, en-têtes)", 1, "450.00", 20, "LS"),
            ln("Refonte site web – maquettes", 3, "520.00", 20, "DAY"),
            ln("Intégration WordPress", 4, "480.00", 20, "DAY"),
            ln("Shooting photo chambres (demi-journée)", 1, "650.00", 20, "LS"),
            ln("Retouche photos", 40, "8.50", 20),
            ln("Impression cartes de visite 500 ex.", 4, "39.00", 20, "XPK"),
        ),
        "cii", "en16931", "factur-x.xml", "drafthorse", "fpdf-classic",
        due=date(2024, 3, 27), po="HLC-2024-007", allowance=Allowance("Remise commerciale", D(5), D(20)),
        payref="AGL-2024-1187", notes=("Escompte pour paiement anticipé : néant.",), accent="#b45f06",
    ))  # fmt: skip
    be_seller = be_company("04567891")
    out.append(Spec(
        "be_fr_ubl_invoice", "BE", BE_FR, "EUR",
        Party(
            "Brasserie Technique Delvaux SRL", "Rue de l'Industrie 42", "1400", "Nivelles", "BE",
            vat_id=f"BE{be_seller}", legal_id=be_seller, legal_scheme="0208", endpoint=("0208", be_seller),
            register=f"RPM Brabant wallon – BCE {be_seller[:4]}.{be_seller[4:7]}.{be_seller[7:]}",
            email="factures@delvaux-tech.be", phone="+32 67 21 43 65",
        ),
        Party(
            "Taverne Le Vieux Moulin SRL", "Place Saint-Paul 6", "4000", "Liège", "BE",
            vat_id="BE" + be_company("08123456"), endpoint=("0208", be_company("08123456")),
        ),
        Bank(iban("BE", be_account("0682345678")), "GKCCBEBB", "Belfius Banque"),
        "INV-2024-118", date(2024, 3, 14),
        (
            ln("Entretien annuel installation de tirage", 1, "385.00", 21, "LS"),
            ln("Kit joints robinet (remplacement)", 4, "12.50", 21),
            ln("Nettoyage conduites bière (par ligne)", 6, "28.00", 21),
        ),
        "ubl", "peppol-bis3", "INV-2024-118.xml", "pypdf", "weasy-band",
        due=date(2024, 4, 13), delivery=date(2024, 3, 12), payref=be_ogm("0902024118"), accent="#cc0000",
    ))  # fmt: skip
    nl_seller = be_company("04123987")
    out.append(Spec(
        "be_nl_ubl_creditnota", "BE", BE_NL, "EUR",
        Party(
            "Van Damme Kantoormeubelen BV", "Industrieweg 17", "9000", "Gent", "BE", vat_id=f"BE{nl_seller}",
            legal_id=nl_seller, legal_scheme="0208", endpoint=("0208", nl_seller),
            register=f"RPR Gent – KBO {nl_seller[:4]}.{nl_seller[4:7]}.{nl_seller[7:]}",
            email="boekhouding@vandamme.be",
        ),
        Party(
            "Accountancy Peeters & Co BV", "Meir 48", "2000", "Antwerpen", "BE",
            vat_id="BE" + be_company("07654321"), endpoint=("0208", be_company("07654321")),
        ),
        None, "CN-2024-0021", date(2024, 3, 21),
        (
            ln("Retour bureaustoel ErgoFlex (beschadigd geleverd)", 2, "289.00", 21, sku="EF-200-ZW"),
            ln("Compensatie overschrijding levertermijn", 1, "50.00", 21, "LS"),
        ),
        "ubl", "peppol-bis3", "CN-2024-0021.xml", "pypdfium2", "rl-flow",
        credit_note=True, credit_of="F-2024-0387", po="PO-ACC-2211",
        notes=("Het bedrag wordt binnen 10 dagen teruggestort op uw rekening.",),
        label_over={"net": "Totaal excl. btw", "total": "Totaal creditnota"}, accent="#3d85c6",
    ))  # fmt: skip
    out.append(Spec(
        "lu_fx_en16931_epicerie", "LU", LU, "EUR",
        Party(
            "Épicerie Fine Schmit S.à r.l.", "25 Grand-Rue", "1661", "Luxembourg", "LU", vat_id="LU24681357",
            legal_id="B123456", register="RCS Luxembourg B 123456 – Autorisation d'établissement 10045678/1",
            contact="Anne Schmit", email="commandes@epicerie-schmit.lu", phone="+352 22 45 67",
        ),
        Party(
            "Étude Weber & Klein, avocats", "14 boulevard Royal", "2449", "Luxembourg", "LU",
            vat_id="LU19283746",
        ),
        Bank(iban("LU", "0019400644750000"), "BCEELULL", "Spuerkeess (BCEE)"),
        "2024-000214", date(2024, 3, 14),
        (
            ln("Coffret cadeau « Terroir » (produits alimentaires)", 20, "45.00", 3),
            ln("Crémant de Luxembourg brut, 75 cl", 20, "14.90", 14),
            ln("Gin « Musel » 50 cl", 6, "38.50", 17),
            ln("Cartes de vœux personnalisées", 20, "2.50", 17),
            ln("Livraison Luxembourg-Ville", 1, "15.00", 17, "LS"),
        ),
        "cii", "en16931", "factur-x.xml", "drafthorse", "weasy-din",
        due=date(2024, 4, 13), delivery=date(2024, 3, 13), po="Cadeaux clients 2024",
        label_over={"tax": "TVA {r} % sur {b}"}, accent="#674ea7",
    ))  # fmt: skip
    return out
