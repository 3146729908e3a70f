"""Hybrid e-invoice benchmark, part 1: invoice model, totals, printed formats and labels.

Everything here is plain data: an `Spec` describes one invoice as its sender's software holds it, `totals()`
computes the amounts the way EN 16931 does (line net amounts rounded per line, VAT per rate on the rate's
basis), and `Fmt` prints dates and amounts the way the sender's country prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def D(value: str | int | Decimal) -> Decimal:
    return Decimal(str(value))


def r2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def iban(country: str, bban: str) -> str:
    """An IBAN with correct ISO 13616 check digits for a national account number (BBAN)."""
    digits = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_groups(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    postcode: str
    city: str
    country: str  # ISO 3166 alpha-2
    vat_id: str | None = None
    tax_no: str | None = None  # national tax number (German Steuernummer), XML scheme FC
    legal_id: str | None = None  # company register / SIREN / KvK / org.nr.
    legal_scheme: str | None = None  # ISO 6523 ICD of legal_id (0002 SIREN, 0106 KvK, 0192 NO org.nr.)
    register: str | None = None  # register text as printed in the footer
    email: str | None = None
    phone: str | None = None
    contact: str | None = None
    web: str | None = None
    country_name: str | None = None  # printed under the address when the letter goes abroad
    endpoint: tuple[str, str] | None = None  # Peppol endpoint (scheme, id)


@dataclass(frozen=True)
class Bank:
    iban: str
    bic: str
    name: str


@dataclass(frozen=True)
class Line:
    desc: str
    qty: Decimal
    price: Decimal  # net unit price
    rate: Decimal  # VAT percent
    unit: str = "C62"  # UN/ECE Rec 20 code
    sku: str | None = None

    @property
    def net(self) -> Decimal:
        return r2(self.qty * self.price)


@dataclass(frozen=True)
class Allowance:
    reason: str
    percent: Decimal  # of the net line total of the lines with `rate`
    rate: Decimal


@dataclass(frozen=True)
class Fmt:
    lang: str  # label set: de, fr, nl, it, es, no, sv, da, fi, en, pl
    thou: str  # thousands separator
    dec: str  # decimal mark
    money: str  # pattern with {n}, e.g. "{n} €", "€ {n}", "kr {n}", "CHF {n}"
    date: str  # dmy. | dmy/ | dmy- | iso | long | fi
    months: str = ""  # month-name set if not the label language (de_at: Jänner)

    def num(self, value: Decimal, places: int = 2) -> str:
        q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        sign = "-" if q < 0 else ""
        whole, _, frac = f"{abs(q):f}".partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        text = self.thou.join(groups)
        return sign + (text + self.dec + frac if places else text)

    def money_(self, value: Decimal) -> str:
        if value < 0:
            return "-" + self.money.format(n=self.num(-value))
        return self.money.format(n=self.num(value))

    def qty(self, value: Decimal) -> str:
        places = (
            0 if value == value.to_integral() else (1 if (value * 10) == (value * 10).to_integral() else 2)
        )
        return self.num(value, places)

    def rate(self, value: Decimal) -> str:
        return self.qty(value)

    def day(self, d: date) -> str:
        if self.date == "dmy.":
            return d.strftime("%d.%m.%Y")
        if self.date == "dmy/":
            return d.strftime("%d/%m/%Y")
        if self.date == "dmy-":
            return d.strftime("%d-%m-%Y")
        if self.date == "iso":
            return d.isoformat()
        if self.date == "fi":
            return f"{d.day}.{d.month}.{d.year}"
        month = MONTHS[self.months or self.lang].split()[d.month - 1]
        day = "1er" if self.lang == "fr" and d.day == 1 else str(d.day)
        return LONG_DATE[self.lang].format(d=day, m=month, y=d.year)


MONTHS = {  # month names as printed (genitive where the language dates that way)
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "de_at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": (
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta "
        "heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"
    ),
    "pl": (
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    ),
}
LONG_DATE = {
    "de": "{d}. {m} {y}",
    "fr": "{d} {m} {y}",
    "en": "{d} {m} {y}",
    "nl": "{d} {m} {y}",
    "it": "{d} {m} {y}",
    "es": "{d} de {m} de {y}",
    "sv": "{d} {m} {y}",
    "no": "{d}. {m} {y}",
    "da": "{d}. {m} {y}",
    "fi": "{d}. {m} {y}",
    "pl": "{d} {m} {y}",
}

# Printed labels, one block per language: key=text separated by "|". u.XXX are unit names by UN/ECE code.
_LABEL_TEXT = {
    "de": """inv=Rechnung|cn=Gutschrift|no=Rechnungsnummer|date=Rechnungsdatum|due=Fälligkeitsdatum|
deliv=Lieferdatum|po=Ihre Bestellung|cust=Kundennummer|ref=Leitweg-ID|pos=Pos.|desc=Bezeichnung|
qty=Menge|unit=Einheit|price=Einzelpreis|vat=USt.|amount=Gesamtpreis|sum=Summe Positionen|
net=Nettobetrag|tax=zzgl. USt. {r} % auf {b}|total=Rechnungsbetrag|prepaid=abzüglich Anzahlung vom {d}|
dueamt=Zahlbetrag|bank=Bankverbindung|vatid=USt-IdNr.|taxno=Steuernr.|page=Seite {p} von {n}|
terms=Zahlbar ohne Abzug bis {d}.|payref=Verwendungszweck|thanks=Vielen Dank für Ihren Auftrag.|
crefer=zu Rechnung|tel=Tel.|u.C62=Stk.|u.HUR=Std.|u.DAY=Tag(e)|u.KGM=kg|u.MTR=m|u.MON=Monat|u.LTR=l|
u.XPK=Pkg.|u.LS=psch.""",
    "fr": """inv=Facture|cn=Avoir|no=N° de facture|date=Date de facture|due=Date d'échéance|
deliv=Date de livraison|po=Votre commande|cust=N° client|ref=Référence|pos=N°|desc=Désignation|qty=Qté|
unit=Unité|price=P.U. HT|vat=TVA|amount=Montant HT|sum=Total lignes HT|net=Total HT|
tax=TVA {r} % sur {b}|total=Total TTC|prepaid=Acompte versé le {d}|dueamt=Net à payer|
bank=Coordonnées bancaires|vatid=N° TVA intracom.|taxno=SIRET|page=Page {p}/{n}|
terms=Paiement à réception, au plus tard le {d}.|payref=Référence de paiement|
thanks=Merci de votre confiance.|crefer=Facture d'origine|tel=Tél.|u.C62=pce|u.HUR=h|u.DAY=jour|
u.KGM=kg|u.MTR=m|u.MON=mois|u.LTR=l|u.XPK=paquet|u.LS=forfait""",
    "nl": """inv=Factuur|cn=Creditnota|no=Factuurnummer|date=Factuurdatum|due=Vervaldatum|
deliv=Leverdatum|po=Uw bestelnummer|cust=Klantnummer|ref=Referentie|pos=Nr.|desc=Omschrijving|
qty=Aantal|unit=Eenheid|price=Prijs|vat=Btw|amount=Bedrag|sum=Totaal regels|net=Totaal excl. btw|
tax=Btw {r}% over {b}|total=Totaal incl. btw|prepaid=Reeds betaald (voorschot {d})|dueamt=Te betalen|
bank=Bankgegevens|vatid=Btw-nr.|taxno=KvK|page=Pagina {p} van {n}|terms=Gelieve te betalen vóór {d}.|
payref=Betalingskenmerk|thanks=Bedankt voor uw vertrouwen.|crefer=Betreft factuur|tel=Tel.|u.C62=st.|
u.HUR=uur|u.DAY=dag|u.KGM=kg|u.MTR=m|u.MON=maand|u.LTR=l|u.XPK=pak|u.LS=post""",
    "it": """inv=Fattura|cn=Nota di credito|no=Fattura n.|date=Data|due=Scadenza|deliv=Data consegna|
po=Vs. ordine|cust=Cod. cliente|ref=Riferimento|pos=Pos.|desc=Descrizione|qty=Q.tà|unit=U.M.|
price=Prezzo unit.|vat=IVA|amount=Importo|sum=Totale righe|net=Imponibile|tax=IVA {r}% su {b}|
total=Totale fattura|prepaid=Acconto del {d}|dueamt=Netto a pagare|bank=Coordinate bancarie|
vatid=P. IVA|taxno=C.F.|page=Pagina {p} di {n}|terms=Pagamento: bonifico bancario entro il {d}.|
payref=Causale|thanks=Grazie per la fiducia.|crefer=Rif. fattura|tel=Tel.|u.C62=pz|u.HUR=ore|u.DAY=gg|
u.KGM=kg|u.MTR=m|u.MON=mese|u.LTR=l|u.XPK=conf.|u.LS=a corpo""",
    "es": """inv=Factura|cn=Factura rectificativa|no=N.º de factura|date=Fecha de emisión|
due=Vencimiento|deliv=Fecha de entrega|po=Su pedido|cust=N.º cliente|ref=Referencia|pos=Pos.|
desc=Concepto|qty=Cant.|unit=Ud.|price=Precio|vat=IVA|amount=Importe|sum=Suma líneas|net=Base imponible|
tax=IVA {r} % s/ {b}|total=Total factura|prepaid=Anticipo del {d}|dueamt=Total a pagar|
bank=Datos bancarios|vatid=NIF|taxno=NIF|page=Página {p} de {n}|
terms=Forma de pago: transferencia antes del {d}.|payref=Concepto de pago|
thanks=Gracias por su confianza.|crefer=Factura rectificada|tel=Tel.|u.C62=ud.|u.HUR=h|u.DAY=día|
u.KGM=kg|u.MTR=m|u.MON=mes|u.LTR=l|u.XPK=paq.|u.LS=global""",
    "no": """inv=Faktura|cn=Kreditnota|no=Fakturanr.|date=Fakturadato|due=Forfallsdato|
deliv=Leveringsdato|po=Deres bestilling|cust=Kundenr.|ref=Deres ref.|pos=Nr.|desc=Beskrivelse|
qty=Antall|unit=Enhet|price=Pris|vat=MVA|amount=Beløp|sum=Sum linjer|net=Sum eks. MVA|
tax=MVA {r} % av {b}|total=Totalt inkl. MVA|prepaid=Forskudd betalt {d}|dueamt=Å betale|bank=Bankkonto|
vatid=Org.nr.|taxno=Org.nr.|page=Side {p} av {n}|terms=Betales innen {d}.|payref=KID|
thanks=Takk for handelen!|crefer=Gjelder faktura|tel=Tlf.|u.C62=stk|u.HUR=timer|u.DAY=dager|u.KGM=kg|
u.MTR=m|u.MON=mnd|u.LTR=l|u.XPK=pk|u.LS=fast pris""",
    "sv": """inv=Faktura|cn=Kreditfaktura|no=Fakturanummer|date=Fakturadatum|due=Förfallodatum|
deliv=Leveransdatum|po=Er beställning|cust=Kundnummer|ref=Er referens|pos=Rad|desc=Benämning|qty=Antal|
unit=Enhet|price=À-pris|vat=Moms|amount=Belopp|sum=Summa rader|net=Netto|tax=Moms {r} % på {b}|
total=Att betala inkl. moms|prepaid=Förskott betalt {d}|dueamt=Att betala|bank=Betalningsuppgifter|
vatid=Momsreg.nr|taxno=Org.nr|page=Sida {p} av {n}|terms=Betalningsvillkor 30 dagar netto, senast {d}.|
payref=OCR|thanks=Tack för ert köp!|crefer=Avser faktura|tel=Tel.|u.C62=st|u.HUR=tim|u.DAY=dag|u.KGM=kg|
u.MTR=m|u.MON=mån|u.LTR=l|u.XPK=fp|u.LS=fast pris""",
    "da": """inv=Faktura|cn=Kreditnota|no=Fakturanr.|date=Fakturadato|due=Forfaldsdato|
deliv=Leveringsdato|po=Jeres ordrenr.|cust=Kundenr.|ref=Reference|pos=Nr.|desc=Beskrivelse|qty=Antal|
unit=Enhed|price=Stk.-pris|vat=Moms|amount=Beløb|sum=Subtotal|net=I alt ekskl. moms|
tax=Moms {r} % af {b}|total=I alt inkl. moms|prepaid=Forudbetalt {d}|dueamt=At betale|
bank=Bankoplysninger|vatid=Momsnr.|taxno=CVR-nr.|page=Side {p} af {n}|
terms=Betalingsbetingelser: netto 30 dage, forfald {d}.|payref=Betalingsreference|
thanks=Tak for handlen.|crefer=Vedr. faktura|tel=Tlf.|u.C62=stk.|u.HUR=timer|u.DAY=dage|u.KGM=kg|
u.MTR=m|u.MON=md.|u.LTR=l|u.XPK=pk.|u.LS=fast pris""",
    "fi": """inv=Lasku|cn=Hyvityslasku|no=Laskun numero|date=Laskun päiväys|due=Eräpäivä|
deliv=Toimituspäivä|po=Tilausnumeronne|cust=Asiakasnumero|ref=Viitteenne|pos=Rivi|desc=Tuote / palvelu|
qty=Määrä|unit=Yks.|price=À-hinta|vat=ALV|amount=Yhteensä|sum=Rivit yhteensä|net=Veroton yhteensä|
tax=ALV {r} % ({b})|total=Verollinen yhteensä|prepaid=Ennakkomaksu {d}|dueamt=Maksettava|
bank=Pankkiyhteys|vatid=ALV-tunniste|taxno=Y-tunnus|page=Sivu {p}/{n}|
terms=Maksuehto 14 päivää netto, eräpäivä {d}.|payref=Viitenumero|thanks=Kiitos tilauksestanne!|
crefer=Hyvitettävä lasku|tel=Puh.|u.C62=kpl|u.HUR=h|u.DAY=pv|u.KGM=kg|u.MTR=m|u.MON=kk|u.LTR=l|
u.XPK=pkt|u.LS=erä""",
    "en": """inv=Invoice|cn=Credit note|no=Invoice no.|date=Invoice date|due=Due date|
deliv=Date of supply|po=Your PO|cust=Account no.|ref=Reference|pos=#|desc=Description|qty=Qty|unit=Unit|
price=Unit price|vat=VAT|amount=Amount|sum=Lines total|net=Subtotal (excl. VAT)|tax=VAT {r}% on {b}|
total=Total (incl. VAT)|prepaid=Paid on account {d}|dueamt=Balance due|bank=Bank details|
vatid=VAT reg. no.|taxno=Company no.|page=Page {p} of {n}|terms=Payment due by {d}.|
payref=Payment reference|thanks=Thank you for your business.|crefer=Relates to invoice|tel=Tel.|
u.C62=ea|u.HUR=hrs|u.DAY=days|u.KGM=kg|u.MTR=m|u.MON=month|u.LTR=l|u.XPK=pack|u.LS=lump sum""",
    "pl": """inv=Faktura VAT|cn=Faktura korygująca|no=Numer faktury|date=Data wystawienia|
due=Termin płatności|deliv=Data sprzedaży|po=Nr zamówienia|cust=Nr klienta|ref=Referencja|pos=Lp.|
desc=Nazwa towaru lub usługi|qty=Ilość|unit=J.m.|price=Cena netto|vat=VAT|amount=Wartość netto|
sum=Razem pozycje|net=Razem netto|tax=VAT {r}% od {b}|total=Razem brutto|prepaid=Zaliczka z dnia {d}|
dueamt=Do zapłaty|bank=Rachunek bankowy|vatid=NIP|taxno=REGON|page=Strona {p} z {n}|
terms=Sposób płatności: przelew, termin {d}.|payref=Tytuł przelewu|thanks=Dziękujemy za współpracę.|
crefer=Dotyczy faktury|tel=Tel.|u.C62=szt.|u.HUR=godz.|u.DAY=dni|u.KGM=kg|u.MTR=m|u.MON=mies.|u.LTR=l|
u.XPK=opak.|u.LS=ryczałt""",
}


def labels(lang: str, overrides: dict[str, str] | None = None) -> dict[str, str]:
    text = _LABEL_TEXT[lang].replace("\n", "")
    out = dict(item.split("=", 1) for item in text.split("|"))
    out["u.MTK"] = "m²"
    out.update(overrides or {})
    return out


@dataclass(frozen=True)
class Spec:
    """One invoice: what the sender's software holds, how it prints it and how it ships the XML."""

    stem: str
    country: str  # printed-in country for the report
    fmt: Fmt
    currency: str
    seller: Party
    buyer: Party
    bank: Bank | None
    number: str
    issue: date
    lines: tuple[Line, ...]
    syntax: str  # cii | ubl | zugferd1
    profile: str  # minimum basicwl basic en16931 extended xrechnung | peppol-bis3 | basic comfort
    xml_name: str
    embedder: str  # facturx | drafthorse | pypdf | pypdfium2
    renderer: str  # weasy-din weasy-band rl-flow rl-canvas fpdf-classic fpdf-table
    due: date | None = None  # printed and in the XML; None: the terms sentence names no date
    delivery: date | None = None
    po: str | None = None
    buyer_ref: str | None = None  # Leitweg-ID / buyer reference
    customer_no: str | None = None
    allowance: Allowance | None = None
    prepaid: Decimal = Decimal("0.00")
    prepaid_on: date | None = None
    credit_note: bool = False
    credit_of: str | None = None
    notes: tuple[str, ...] = ()
    terms: str | None = None  # printed payment terms sentence; {d} is the due date
    payref: str | None = None
    zero_cat: str = "Z"  # VAT category of 0 % lines (Z zero rated, O outside scope, E exempt)
    zero_reason: str | None = None
    label_over: dict[str, str] = field(default_factory=dict)
    defect: str | None = None
    xml_edit: dict = field(default_factory=dict)  # fields the XML was built from where it differs (defects)
    accent: str = "#1f4e79"


@dataclass(frozen=True)
class Totals:
    line_total: Decimal
    allowance: Decimal
    breakdown: tuple[tuple[Decimal, Decimal, Decimal], ...]  # (rate, basis, tax)
    subtotal: Decimal  # tax basis total
    tax: Decimal
    total: Decimal  # grand total
    prepaid: Decimal
    due: Decimal


def totals(spec: Spec) -> Totals:
    line_total = sum((ln.net for ln in spec.lines), Decimal("0.00"))
    rates = sorted({ln.rate for ln in spec.lines}, reverse=True)
    allowance = Decimal("0.00")
    breakdown = []
    for rate in rates:
        basis = sum((ln.net for ln in spec.lines if ln.rate == rate), Decimal("0.00"))
        if spec.allowance and spec.allowance.rate == rate:
            cut = r2(basis * spec.allowance.percent / 100)
            allowance += cut
            basis -= cut
        breakdown.append((rate, basis, r2(basis * rate / 100)))
    subtotal = sum((b for _, b, _ in breakdown), Decimal("0.00"))
    tax = sum((t for _, _, t in breakdown), Decimal("0.00"))
    total = subtotal + tax
    return Totals(
        line_total, allowance, tuple(breakdown), subtotal, tax, total, spec.prepaid, total - spec.prepaid
    )


def tax_category(spec: Spec, rate: Decimal) -> str:
    return "S" if rate > 0 else spec.zero_cat
