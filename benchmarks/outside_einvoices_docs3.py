"""Hybrid e-invoice benchmark, part 3: hand-written UBL 2.1 and ZUGFeRD 1.0 XML, and the XML of each file.

UBL 2.1 (Peppol BIS Billing 3.0: Invoice-2 / CreditNote-2 with cbc/cac) and ZUGFeRD 1.0
(rsm:CrossIndustryDocument) have no maintained generator in Python, so they are written element by element
in the order of the OASIS UBL 2.1 and ZUGFeRD 1.0 schemas. Defective files get their XML from `xml_source()`:
the spec with the fields the XML was made from; the broken one is cut off mid-file.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from lxml import etree

from outside_einvoices_docs1 import Party, Spec, tax_category, totals
from outside_einvoices_docs2 import PEPPOL_PROFILE, SEPA, build_cii

PEPPOL_CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"


def xml_source(spec: Spec) -> Spec:
    """The invoice as the XML was made from it (differs from the print only for defective files)."""
    return dataclasses.replace(spec, **spec.xml_edit) if spec.xml_edit else spec


def build_xml(spec: Spec) -> bytes:
    src = xml_source(spec)
    data = {"cii": build_cii, "ubl": build_ubl, "zugferd1": build_zugferd1}[spec.syntax](src)
    if spec.defect == "broken_xml":  # the upload was cut off: the file ends inside an element
        data = data[: int(len(data) * 0.61)]
    return data


# ---------------------------------------------------------------- hand-written XML helpers


def _sub(parent, ns: str, tag: str, text=None, **attrs):
    node = etree.SubElement(parent, f"{{{ns}}}{tag}", {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        node.text = f"{text:.2f}" if isinstance(text, Decimal) else str(text)
    return node


def _tostring(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# ---------------------------------------------------------------- UBL 2.1 / Peppol BIS Billing 3.0

CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
UBL_ROOT = {
    False: ("Invoice", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"),
    True: ("CreditNote", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"),
}


def _ubl_tax_category(parent, tag: str, cat: str, rate: Decimal, reason: str | None = None) -> None:
    node = _sub(parent, CAC, tag)
    _sub(node, CBC, "ID", cat)
    _sub(node, CBC, "Percent", rate)
    if reason and tag == "TaxCategory":
        _sub(node, CBC, "TaxExemptionReason", reason)
    _sub(_sub(node, CAC, "TaxScheme"), CBC, "ID", "VAT")


def _ubl_party(parent, tag: str, p: Party) -> None:
    party = _sub(_sub(parent, CAC, tag), CAC, "Party")
    if p.endpoint:
        _sub(party, CBC, "EndpointID", p.endpoint[1], schemeID=p.endpoint[0])
    _sub(_sub(party, CAC, "PartyName"), CBC, "Name", p.name)
    addr = _sub(party, CAC, "PostalAddress")
    _sub(addr, CBC, "StreetName", p.street)
    _sub(addr, CBC, "CityName", p.city)
    _sub(addr, CBC, "PostalZone", p.postcode)
    _sub(_sub(addr, CAC, "Country"), CBC, "IdentificationCode", p.country)
    if p.vat_id:
        scheme = _sub(party, CAC, "PartyTaxScheme")
        _sub(scheme, CBC, "CompanyID", p.vat_id)
        _sub(_sub(scheme, CAC, "TaxScheme"), CBC, "ID", "VAT")
    if p.country == "NO" and tag == "AccountingSupplierParty":
        scheme = _sub(party, CAC, "PartyTaxScheme")
        _sub(scheme, CBC, "CompanyID", "Foretaksregisteret")
        _sub(_sub(scheme, CAC, "TaxScheme"), CBC, "ID", "TAX")
    legal = _sub(party, CAC, "PartyLegalEntity")
    _sub(legal, CBC, "RegistrationName", p.name)
    if p.legal_id:
        _sub(legal, CBC, "CompanyID", p.legal_id, schemeID=p.legal_scheme)
    if p.contact or p.email:
        contact = _sub(party, CAC, "Contact")
        if p.contact:
            _sub(contact, CBC, "Name", p.contact)
        if p.phone:
            _sub(contact, CBC, "Telephone", p.phone)
        if p.email:
            _sub(contact, CBC, "ElectronicMail", p.email)


def build_ubl(spec: Spec) -> bytes:
    t, cur, cn = totals(spec), spec.currency, spec.credit_note
    name, ns = UBL_ROOT[cn]
    root = etree.Element(f"{{{ns}}}{name}", nsmap={None: ns, "cac": CAC, "cbc": CBC})
    _sub(root, CBC, "CustomizationID", PEPPOL_CUSTOMIZATION)
    _sub(root, CBC, "ProfileID", PEPPOL_PROFILE)
    _sub(root, CBC, "ID", spec.number)
    _sub(root, CBC, "IssueDate", spec.issue.isoformat())
    if spec.due and not cn:
        _sub(root, CBC, "DueDate", spec.due.isoformat())
    _sub(root, CBC, "CreditNoteTypeCode" if cn else "InvoiceTypeCode", "381" if cn else "380")
    for text in spec.notes:
        _sub(root, CBC, "Note", text)
    _sub(root, CBC, "DocumentCurrencyCode", cur)
    if spec.buyer_ref:
        _sub(root, CBC, "BuyerReference", spec.buyer_ref)
    if spec.po:
        _sub(_sub(root, CAC, "OrderReference"), CBC, "ID", spec.po)
    if cn and spec.credit_of:
        _sub(
            _sub(_sub(root, CAC, "BillingReference"), CAC, "InvoiceDocumentReference"),
            CBC,
            "ID",
            spec.credit_of,
        )
    _ubl_party(root, "AccountingSupplierParty", spec.seller)
    _ubl_party(root, "AccountingCustomerParty", spec.buyer)
    if spec.delivery:
        _sub(_sub(root, CAC, "Delivery"), CBC, "ActualDeliveryDate", spec.delivery.isoformat())
    if spec.bank:
        means = _sub(root, CAC, "PaymentMeans")
        code = "58" if cur in SEPA else "30"
        _sub(
            means,
            CBC,
            "PaymentMeansCode",
            code,
            name="SEPA credit transfer" if code == "58" else "Credit transfer",
        )
        if cn and spec.due:
            _sub(means, CBC, "PaymentDueDate", spec.due.isoformat())
        if spec.payref:
            _sub(means, CBC, "PaymentID", spec.payref)
        account = _sub(means, CAC, "PayeeFinancialAccount")
        _sub(account, CBC, "ID", spec.bank.iban)
        _sub(account, CBC, "Name", spec.seller.name)
        _sub(_sub(account, CAC, "FinancialInstitutionBranch"), CBC, "ID", spec.bank.bic)
    if spec.terms:
        due = spec.fmt.day(spec.due) if spec.due else ""
        _sub(_sub(root, CAC, "PaymentTerms"), CBC, "Note", spec.terms.format(d=due))
    if spec.allowance:
        charge = _sub(root, CAC, "AllowanceCharge")
        _sub(charge, CBC, "ChargeIndicator", "false")
        _sub(charge, CBC, "AllowanceChargeReasonCode", "95")
        _sub(charge, CBC, "AllowanceChargeReason", spec.allowance.reason)
        _sub(charge, CBC, "MultiplierFactorNumeric", spec.allowance.percent)
        _sub(charge, CBC, "Amount", t.allowance, currencyID=cur)
        _sub(charge, CBC, "BaseAmount", t.line_total, currencyID=cur)
        _ubl_tax_category(charge, "TaxCategory", tax_category(spec, spec.allowance.rate), spec.allowance.rate)
    tax_total = _sub(root, CAC, "TaxTotal")
    _sub(tax_total, CBC, "TaxAmount", t.tax, currencyID=cur)
    for rate, basis, tax in t.breakdown:
        sub = _sub(tax_total, CAC, "TaxSubtotal")
        _sub(sub, CBC, "TaxableAmount", basis, currencyID=cur)
        _sub(sub, CBC, "TaxAmount", tax, currencyID=cur)
        reason = spec.zero_reason if rate == 0 else None
        _ubl_tax_category(sub, "TaxCategory", tax_category(spec, rate), rate, reason)
    money = _sub(root, CAC, "LegalMonetaryTotal")
    _sub(money, CBC, "LineExtensionAmount", t.line_total, currencyID=cur)
    _sub(money, CBC, "TaxExclusiveAmount", t.subtotal, currencyID=cur)
    _sub(money, CBC, "TaxInclusiveAmount", t.total, currencyID=cur)
    if spec.allowance:
        _sub(money, CBC, "AllowanceTotalAmount", t.allowance, currencyID=cur)
    if t.prepaid:
        _sub(money, CBC, "PrepaidAmount", t.prepaid, currencyID=cur)
    _sub(money, CBC, "PayableAmount", t.due, currencyID=cur)
    for pos, ln in enumerate(spec.lines, 1):
        line = _sub(root, CAC, "CreditNoteLine" if cn else "InvoiceLine")
        _sub(line, CBC, "ID", pos)
        qty = _sub(line, CBC, "CreditedQuantity" if cn else "InvoicedQuantity", None, unitCode=ln.unit)
        qty.text = f"{ln.qty:f}"
        _sub(line, CBC, "LineExtensionAmount", ln.net, currencyID=cur)
        item = _sub(line, CAC, "Item")
        _sub(item, CBC, "Name", ln.desc)
        if ln.sku:
            _sub(_sub(item, CAC, "SellersItemIdentification"), CBC, "ID", ln.sku)
        _ubl_tax_category(item, "ClassifiedTaxCategory", tax_category(spec, ln.rate), ln.rate)
        _sub(_sub(line, CAC, "Price"), CBC, "PriceAmount", ln.price, currencyID=cur)
    return _tostring(root)


# ---------------------------------------------------------------- ZUGFeRD 1.0 (CrossIndustryDocument)

ZF1_RSM = "urn:ferd:CrossIndustryDocument:invoice:1p0"
ZF1_RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
ZF1_UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15"


def _zf1_date(parent, tag: str, value) -> None:
    _sub(_sub(parent, ZF1_RAM, tag), ZF1_UDT, "DateTimeString", value.strftime("%Y%m%d"), format="102")


def _zf1_party(parent, tag: str, p: Party) -> None:
    party = _sub(parent, ZF1_RAM, tag)
    _sub(party, ZF1_RAM, "Name", p.name)
    addr = _sub(party, ZF1_RAM, "PostalTradeAddress")
    _sub(addr, ZF1_RAM, "PostcodeCode", p.postcode)
    _sub(addr, ZF1_RAM, "LineOne", p.street)
    _sub(addr, ZF1_RAM, "CityName", p.city)
    _sub(addr, ZF1_RAM, "CountryID", p.country)
    for scheme, value in (("FC", p.tax_no), ("VA", p.vat_id)):
        if value:
            _sub(_sub(party, ZF1_RAM, "SpecifiedTaxRegistration"), ZF1_RAM, "ID", value, schemeID=scheme)


def build_zugferd1(spec: Spec) -> bytes:
    t, cur = totals(spec), spec.currency
    comfort = spec.profile == "comfort"
    root = etree.Element(
        f"{{{ZF1_RSM}}}CrossIndustryDocument",
        nsmap={
            "rsm": ZF1_RSM,
            "ram": ZF1_RAM,
            "udt": ZF1_UDT,
            "xsi": "http://www.w3.org/2001/XMLSchema-instance",
        },
    )
    ctx = _sub(root, ZF1_RSM, "SpecifiedExchangedDocumentContext")
    _sub(_sub(ctx, ZF1_RAM, "TestIndicator"), ZF1_UDT, "Indicator", "false")
    guideline = _sub(ctx, ZF1_RAM, "GuidelineSpecifiedDocumentContextParameter")
    _sub(guideline, ZF1_RAM, "ID", f"urn:ferd:CrossIndustryDocument:invoice:1p0:{spec.profile}")
    head = _sub(root, ZF1_RSM, "HeaderExchangedDocument")
    _sub(head, ZF1_RAM, "ID", spec.number)
    _sub(head, ZF1_RAM, "Name", "GUTSCHRIFT" if spec.credit_note else "RECHNUNG")
    _sub(head, ZF1_RAM, "TypeCode", "380")
    _zf1_date(head, "IssueDateTime", spec.issue)
    for text in spec.notes:
        _sub(_sub(head, ZF1_RAM, "IncludedNote"), ZF1_RAM, "Content", text)
    trans = _sub(root, ZF1_RSM, "SpecifiedSupplyChainTradeTransaction")
    agreement = _sub(trans, ZF1_RAM, "ApplicableSupplyChainTradeAgreement")
    if comfort and spec.buyer_ref:
        _sub(agreement, ZF1_RAM, "BuyerReference", spec.buyer_ref)
    _zf1_party(agreement, "SellerTradeParty", spec.seller)
    _zf1_party(agreement, "BuyerTradeParty", spec.buyer)
    if comfort and spec.po:
        _sub(_sub(agreement, ZF1_RAM, "BuyerOrderReferencedDocument"), ZF1_RAM, "ID", spec.po)
    delivery = _sub(trans, ZF1_RAM, "ApplicableSupplyChainTradeDelivery")
    if spec.delivery:
        _zf1_date(
            _sub(delivery, ZF1_RAM, "ActualDeliverySupplyChainEvent"), "OccurrenceDateTime", spec.delivery
        )
    st = _sub(trans, ZF1_RAM, "ApplicableSupplyChainTradeSettlement")
    _sub(st, ZF1_RAM, "PaymentReference", spec.payref or spec.number)
    _sub(st, ZF1_RAM, "InvoiceCurrencyCode", cur)
    if spec.bank:
        means = _sub(st, ZF1_RAM, "SpecifiedTradeSettlementPaymentMeans")
        if comfort:
            _sub(means, ZF1_RAM, "TypeCode", "58" if cur in SEPA else "31")
        _sub(means, ZF1_RAM, "Information", "Überweisung")
        _sub(_sub(means, ZF1_RAM, "PayeePartyCreditorFinancialAccount"), ZF1_RAM, "IBANID", spec.bank.iban)
        bank = _sub(means, ZF1_RAM, "PayeeSpecifiedCreditorFinancialInstitution")
        _sub(bank, ZF1_RAM, "BICID", spec.bank.bic)
        _sub(bank, ZF1_RAM, "Name", spec.bank.name)
    for rate, basis, tax in t.breakdown:
        vat = _sub(st, ZF1_RAM, "ApplicableTradeTax")
        _sub(vat, ZF1_RAM, "CalculatedAmount", tax, currencyID=cur)
        _sub(vat, ZF1_RAM, "TypeCode", "VAT")
        _sub(vat, ZF1_RAM, "BasisAmount", basis, currencyID=cur)
        if comfort:
            _sub(vat, ZF1_RAM, "CategoryCode", tax_category(spec, rate))
        _sub(vat, ZF1_RAM, "ApplicablePercent", rate)
    if comfort and (spec.terms or spec.due):
        terms = _sub(st, ZF1_RAM, "SpecifiedTradePaymentTerms")
        if spec.terms:
            _sub(
                terms, ZF1_RAM, "Description", spec.terms.format(d=spec.fmt.day(spec.due) if spec.due else "")
            )
        if spec.due:
            _zf1_date(terms, "DueDateDateTime", spec.due)
    ms = _sub(st, ZF1_RAM, "SpecifiedTradeSettlementMonetarySummation")
    _sub(ms, ZF1_RAM, "LineTotalAmount", t.line_total, currencyID=cur)
    _sub(ms, ZF1_RAM, "ChargeTotalAmount", Decimal("0.00"), currencyID=cur)
    _sub(ms, ZF1_RAM, "AllowanceTotalAmount", t.allowance, currencyID=cur)
    _sub(ms, ZF1_RAM, "TaxBasisTotalAmount", t.subtotal, currencyID=cur)
    _sub(ms, ZF1_RAM, "TaxTotalAmount", t.tax, currencyID=cur)
    _sub(ms, ZF1_RAM, "GrandTotalAmount", t.total, currencyID=cur)
    if comfort:
        _sub(ms, ZF1_RAM, "DuePayableAmount", t.due, currencyID=cur)
    for pos, ln in enumerate(spec.lines, 1):
        item = _sub(trans, ZF1_RAM, "IncludedSupplyChainTradeLineItem")
        if comfort:
            _sub(_sub(item, ZF1_RAM, "AssociatedDocumentLineDocument"), ZF1_RAM, "LineID", pos)
            price = _sub(
                _sub(item, ZF1_RAM, "SpecifiedSupplyChainTradeAgreement"),
                ZF1_RAM,
                "NetPriceProductTradePrice",
            )
            _sub(price, ZF1_RAM, "ChargeAmount", ln.price, currencyID=cur)
        qty = _sub(
            _sub(item, ZF1_RAM, "SpecifiedSupplyChainTradeDelivery"),
            ZF1_RAM,
            "BilledQuantity",
            unitCode=ln.unit,
        )
        qty.text = f"{ln.qty:.4f}"
        if comfort:
            line_st = _sub(item, ZF1_RAM, "SpecifiedSupplyChainTradeSettlement")
            vat = _sub(line_st, ZF1_RAM, "ApplicableTradeTax")
            _sub(vat, ZF1_RAM, "TypeCode", "VAT")
            _sub(vat, ZF1_RAM, "CategoryCode", tax_category(spec, ln.rate))
            _sub(vat, ZF1_RAM, "ApplicablePercent", ln.rate)
            line_ms = _sub(line_st, ZF1_RAM, "SpecifiedTradeSettlementMonetarySummation")
            _sub(line_ms, ZF1_RAM, "LineTotalAmount", ln.net, currencyID=cur)
        product = _sub(item, ZF1_RAM, "SpecifiedTradeProduct")
        if comfort and ln.sku:
            _sub(product, ZF1_RAM, "SellerAssignedID", ln.sku)
        _sub(product, ZF1_RAM, "Name", ln.desc)
    return _tostring(root)
