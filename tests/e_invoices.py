"""Builders of e-invoice test inputs: CII (Factur-X / ZUGFeRD) and UBL XML, and hybrid PDFs carrying them.

The XML follows the standards' element names (EN 16931 CII D16B and UBL 2.1) with the elements the
pipeline reads and a few it does not; the printed page shows the same invoice as a person sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from fpdf import FPDF


@dataclass
class Invoice:
    number: str = "RE-2024-0815"
    issued: str = "2024-03-14"
    due: str = "2024-04-13"
    seller: str = "Nordlicht Werkzeuge GmbH"
    seller_street: str = "Hafenstrasse 12"
    seller_postcode: str = "20457"
    seller_city: str = "Hamburg"
    buyer: str = "Becker Bau KG"
    order: str = "PO-7731"
    currency: str = "EUR"
    iban: str = "DE89370400440532013000"
    lines: list[tuple[str, str, str, str]] = field(
        default_factory=lambda: [
            ("Akkuschrauber 18 V", "2", "149.00", "298.00"),
            ("Bitsatz 32-teilig", "5", "12.40", "62.00"),
        ]
    )
    net: str = "360.00"
    tax: str = "68.40"
    total: str = "428.40"


def cii_xml(inv: Invoice, profile: str = "urn:cen.eu:en16931:2017") -> str:
    items = "".join(
        f"""
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>{n}</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>{escape(desc)}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>{price}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery>
        <ram:BilledQuantity unitCode="C62">{qty}.0000</ram:BilledQuantity>
      </ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:SpecifiedTradeSettlementLineMonetarySummation>
          <ram:LineTotalAmount>{amount}</ram:LineTotalAmount>
        </ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>"""
        for n, (desc, qty, price, amount) in enumerate(inv.lines, start=1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
    xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>{profile}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>{escape(inv.number)}</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime>
      <udt:DateTimeString format="102">{inv.issued.replace("-", "")}</udt:DateTimeString>
    </ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>{items}
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>{escape(inv.seller)}</ram:Name>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>{inv.seller_postcode}</ram:PostcodeCode>
          <ram:LineOne>{escape(inv.seller_street)}</ram:LineOne>
          <ram:CityName>{escape(inv.seller_city)}</ram:CityName>
          <ram:CountryID>DE</ram:CountryID>
        </ram:PostalTradeAddress>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>{escape(inv.buyer)}</ram:Name></ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>{inv.order}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>{inv.currency}</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{inv.iban}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:SpecifiedTradePaymentTerms>
        <ram:DueDateDateTime>
          <udt:DateTimeString format="102">{inv.due.replace("-", "")}</udt:DateTimeString>
        </ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>{inv.net}</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>{inv.net}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="{inv.currency}">{inv.tax}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>{inv.total}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>{inv.total}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def ubl_credit_note_xml(inv: Invoice) -> str:
    """The invoice as a UBL 2.1 credit note (amounts stated positive, as the standard has them)."""
    xml = ubl_xml(inv).replace("Invoice-2", "CreditNote-2").replace("<Invoice ", "<CreditNote ")
    xml = xml.replace("</Invoice>", "</CreditNote>").replace(
        "InvoiceTypeCode>380</cbc:InvoiceTypeCode", "CreditNoteTypeCode>381</cbc:CreditNoteTypeCode"
    )
    xml = xml.replace("InvoiceLine>", "CreditNoteLine>").replace("InvoicedQuantity", "CreditedQuantity")
    return xml.replace("<cbc:DueDate>", "<!-- no due date on a credit note --><cbc:Note>").replace(
        "</cbc:DueDate>", "</cbc:Note>"
    )


def ubl_xml(inv: Invoice) -> str:
    items = "".join(
        f"""
  <cac:InvoiceLine>
    <cbc:ID>{n}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="C62">{qty}</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="{inv.currency}">{amount}</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>{escape(desc)}</cbc:Name></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="{inv.currency}">{price}</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>"""
        for n, (desc, qty, price, amount) in enumerate(inv.lines, start=1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>{escape(inv.number)}</cbc:ID>
  <cbc:IssueDate>{inv.issued}</cbc:IssueDate>
  <cbc:DueDate>{inv.due}</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>{inv.currency}</cbc:DocumentCurrencyCode>
  <cac:OrderReference><cbc:ID>{inv.order}</cbc:ID></cac:OrderReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PartyName><cbc:Name>{escape(inv.seller)}</cbc:Name></cac:PartyName>
    <cac:PostalAddress>
      <cbc:StreetName>{escape(inv.seller_street)}</cbc:StreetName>
      <cbc:CityName>{escape(inv.seller_city)}</cbc:CityName>
      <cbc:PostalZone>{inv.seller_postcode}</cbc:PostalZone>
      <cac:Country><cbc:IdentificationCode>NO</cbc:IdentificationCode></cac:Country>
    </cac:PostalAddress>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party>
    <cac:PartyLegalEntity><cbc:RegistrationName>{escape(inv.buyer)}</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>{inv.iban}</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="{inv.currency}">{inv.tax}</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="{inv.currency}">{inv.net}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="{inv.currency}">{inv.net}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="{inv.currency}">{inv.total}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="{inv.currency}">{inv.total}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>{items}
</Invoice>
"""


def _german(amount: str) -> str:
    whole, cents = amount.split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + cents


def printed_lines(inv: Invoice) -> list[str]:
    """The invoice as its page prints it (German number and date formats)."""
    y, m, d = inv.issued.split("-")
    dy, dm, dd = inv.due.split("-")
    iban = " ".join(inv.iban[i : i + 4] for i in range(0, len(inv.iban), 4))
    return [
        inv.seller,
        f"{inv.seller_street}, {inv.seller_postcode} {inv.seller_city}",
        "",
        f"An: {inv.buyer}",
        "RECHNUNG",
        f"Rechnungsnummer: {inv.number}",
        f"Rechnungsdatum: {d}.{m}.{y}",
        f"Ihre Bestellung: {inv.order}",
        "",
        "Pos  Bezeichnung               Menge   Einzelpreis   Betrag",
        *(
            f"{n}    {desc:<24}  {qty:>5}   {_german(price):>10}   {_german(amount):>8}"
            for n, (desc, qty, price, amount) in enumerate(inv.lines, start=1)
        ),
        "",
        f"Nettobetrag: {_german(inv.net)} EUR",
        f"USt. 19%: {_german(inv.tax)} EUR",
        f"Rechnungsbetrag: {_german(inv.total)} EUR",
        f"Zahlbar bis {dd}.{dm}.{dy} auf IBAN {iban}",
    ]


def hybrid_pdf_bytes(lines: list[str], xml: str | bytes | None, name: str = "factur-x.xml") -> bytes:
    """A digital PDF printing `lines`, with `xml` attached as `name` (as Factur-X embeds its XML);
    bytes are attached as they are."""
    pdf = FPDF(format="A4")
    pdf.set_font("courier", size=10)
    pdf.add_page()
    for index, line in enumerate(lines):
        if line:
            pdf.text(15, 25 + 7 * index, line)
    if xml is not None:
        pdf.embed_file(
            bytes=xml.encode("utf-8") if isinstance(xml, str) else xml,
            basename=name,
            mime_type="text/xml",
            associated_file_relationship="Data",
        )
    return bytes(pdf.output())
