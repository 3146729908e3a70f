"""Hybrid e-invoice benchmark, part 2: the CII XML (Factur-X / ZUGFeRD 2.x / XRechnung) via drafthorse.

drafthorse builds the CrossIndustryInvoice and validates it against the Factur-X 1.0.07 XSD of the profile;
which fields go in follows the profile (MINIMUM: header and totals only; BASIC WL: parties, VAT breakdown,
payment; BASIC and up: lines; EN 16931 / XRechnung: contacts, BIC, gross prices; EXTENDED: document name).
"""

from __future__ import annotations

from decimal import Decimal

from drafthorse.models.accounting import ApplicableTradeTax, CategoryTradeTax, TradeAllowanceCharge
from drafthorse.models.document import Document
from drafthorse.models.note import IncludedNote
from drafthorse.models.party import TaxRegistration
from drafthorse.models.payment import PaymentMeans, PaymentTerms
from drafthorse.models.tradelines import LineItem

from outside_einvoices_docs1 import Party, Spec, tax_category, totals

LEVEL = {"minimum": 0, "basicwl": 1, "basic": 2, "en16931": 3, "xrechnung": 3, "extended": 4}
GUIDELINE = {
    "minimum": "urn:factur-x.eu:1p0:minimum",
    "basicwl": "urn:factur-x.eu:1p0:basicwl",
    "basic": "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
    "en16931": "urn:cen.eu:en16931:2017",
    "xrechnung": "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
    "extended": "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
}
CII_SCHEMA = {
    "minimum": "FACTUR-X_MINIMUM",
    "basicwl": "FACTUR-X_BASIC-WL",
    "basic": "FACTUR-X_BASIC",
    "en16931": "FACTUR-X_EN16931",
    "xrechnung": "FACTUR-X_EN16931",
    "extended": "FACTUR-X_EXTENDED",
}
ZUGFERD20 = {
    "basic": "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic",
    "en16931": "urn:cen.eu:en16931:2017",
    "extended": "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended",
}
PEPPOL_PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
SEPA = {"EUR"}


# ---------------------------------------------------------------- CII via drafthorse


def _cii_party(target, party: Party, lv: int, seller: bool) -> None:
    target.name = party.name
    if party.legal_id:
        target.legal_organization.id = (party.legal_scheme or "", party.legal_id)
    if lv >= 3 and party.contact and seller:
        target.contact.person_name = party.contact
        if party.phone:
            target.contact.telephone.number = party.phone
        if party.email:
            target.contact.email.address = party.email
    if lv >= 1:
        target.address.postcode = party.postcode
        target.address.line_one = party.street
        target.address.city_name = party.city
    if lv >= 1 or seller:
        target.address.country_id = party.country
    if lv >= 1 and party.email:
        target.electronic_address.uri_ID = ("EM", party.email)
    if party.tax_no and seller and lv >= 1:
        target.tax_registrations.add(TaxRegistration(id=("FC", party.tax_no)))
    if party.vat_id and (seller or lv >= 1):
        target.tax_registrations.add(TaxRegistration(id=("VA", party.vat_id)))


def build_cii(spec: Spec) -> bytes:
    t, lv, cur = totals(spec), LEVEL[spec.profile], spec.currency
    doc = Document()
    doc.context.guideline_parameter.id = GUIDELINE[spec.profile]
    if spec.xml_name == "zugferd-invoice.xml":  # ZUGFeRD 2.0 (2019/2020) named the file and profile itself
        doc.context.guideline_parameter.id = ZUGFERD20[spec.profile]
    if spec.profile == "xrechnung":
        doc.context.business_parameter.id = PEPPOL_PROFILE
    doc.header.id = spec.number
    if lv >= 4:
        doc.header.name = "RECHNUNG" if spec.fmt.lang == "de" else "INVOICE"
    doc.header.type_code = "381" if spec.credit_note else "380"
    doc.header.issue_date_time = spec.issue
    if lv >= 1:
        for text in spec.notes:
            note = IncludedNote()
            note.content = text
            doc.header.notes.add(note)
    agreement = doc.trade.agreement
    if spec.buyer_ref:
        agreement.buyer_reference = spec.buyer_ref
    _cii_party(agreement.seller, spec.seller, lv, True)
    _cii_party(agreement.buyer, spec.buyer, lv, False)
    if spec.po:
        agreement.buyer_order.issuer_assigned_id = spec.po
    if lv >= 1 and spec.delivery:
        doc.trade.delivery.event.occurrence = spec.delivery
    st = doc.trade.settlement
    if lv >= 1 and spec.payref:
        st.payment_reference = spec.payref
    st.currency_code = cur
    if lv >= 1 and spec.bank:
        means = PaymentMeans()
        means.type_code = "58" if cur in SEPA else "30"
        means.payee_account.iban = spec.bank.iban
        if lv >= 3:
            means.payee_account.account_name = spec.seller.name
            means.payee_institution.bic = spec.bank.bic
        st.payment_means.add(means)
    if lv >= 1:
        for rate, basis, tax in t.breakdown:
            vat = ApplicableTradeTax()
            vat.calculated_amount = tax
            vat.type_code = "VAT"
            if rate == 0 and spec.zero_reason:
                vat.exemption_reason = spec.zero_reason
            vat.basis_amount = basis
            vat.category_code = tax_category(spec, rate)
            vat.rate_applicable_percent = rate
            st.trade_tax.add(vat)
        if spec.allowance:
            charge = TradeAllowanceCharge()
            charge.indicator = False
            charge.calculation_percent = spec.allowance.percent
            charge.basis_amount = t.line_total
            charge.actual_amount = t.allowance
            charge.reason = spec.allowance.reason
            cat = CategoryTradeTax()
            cat.type_code = "VAT"
            cat.category_code = tax_category(spec, spec.allowance.rate)
            cat.rate_applicable_percent = spec.allowance.rate
            charge.trade_tax.add(cat)
            st.allowance_charge.add(charge)
        if spec.terms or spec.due:
            terms = PaymentTerms()
            if spec.terms:
                terms.description = spec.terms.format(d=spec.fmt.day(spec.due) if spec.due else "")
            if spec.due:
                terms.due = spec.due
            st.terms.add(terms)
    ms = st.monetary_summation
    if lv >= 1:
        ms.line_total = t.line_total
        if spec.allowance:
            ms.charge_total = Decimal("0.00")
            ms.allowance_total = t.allowance
    ms.tax_basis_total = t.subtotal
    ms.tax_total = (t.tax, cur)
    ms.grand_total = t.total
    if lv >= 1 and t.prepaid:
        ms.prepaid_total = t.prepaid
    ms.due_amount = t.due
    if lv >= 2:
        for pos, ln in enumerate(spec.lines, 1):
            item = LineItem()
            item.document.line_id = str(pos)
            if lv >= 3 and ln.sku:
                item.product.seller_assigned_id = ln.sku
            item.product.name = ln.desc
            if lv >= 3:
                item.agreement.gross.amount = ln.price
            item.agreement.net.amount = ln.price
            item.delivery.billed_quantity = (ln.qty, ln.unit)
            item.settlement.trade_tax.type_code = "VAT"
            item.settlement.trade_tax.category_code = tax_category(spec, ln.rate)
            item.settlement.trade_tax.rate_applicable_percent = ln.rate
            item.settlement.monetary_summation.total_amount = ln.net
            doc.trade.items.add(item)
    return doc.serialize(schema=CII_SCHEMA[spec.profile])
