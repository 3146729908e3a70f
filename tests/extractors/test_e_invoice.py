"""E-invoices carried by PDFs: fields from the XML, checked against the print (real ingest, real PDFs)."""

from __future__ import annotations

import re

import pytest

from idp.config import load_config
from idp.document import Attachment, Document
from idp.extractors import extract_document
from idp.extractors.e_invoice import CHECK_RULE, load_e_invoice_config, read_e_invoice
from idp.pipeline.ingest import ingest
from idp.pipeline.routing import route
from tests.e_invoices import Invoice, cii_xml, hybrid_pdf_bytes, printed_lines, ubl_credit_note_xml, ubl_xml

CONFIG = load_config()
EXPECTED = {
    "invoice_number": "RE-2024-0815",
    "date": "2024-03-14",
    "due_date": "2024-04-13",
    "vendor_name": "Nordlicht Werkzeuge GmbH",
    "customer_name": "Becker Bau KG",
    "purchase_order": "PO-7731",
    "currency": "EUR",
    "iban": "DE89370400440532013000",
    "subtotal": "360.00",
    "tax": "68.40",
    "total": "428.40",
}


def _extract(lines: list[str], xml: str | bytes | None, name: str = "factur-x.xml") -> Document:
    data = hybrid_pdf_bytes(lines, xml, name)
    return extract_document(ingest(data, "hybrid.pdf", "file:///in/hybrid.pdf", CONFIG.ingest))


def _check(doc: Document):
    return next(r for r in doc.validation if r.rule == CHECK_RULE)


def test_factur_x_fields_and_items_come_from_the_xml_and_point_at_the_print() -> None:
    inv = Invoice()
    doc = _extract(printed_lines(inv), cii_xml(inv))
    assert (doc.doc_type.value, doc.doc_type.confidence) == ("invoice", 0.99)
    assert doc.models["e_invoice"] == "cii:urn:cen.eu:en16931:2017"
    assert {k: doc.fields[k].value for k in EXPECTED} == EXPECTED
    assert doc.fields["vendor_address"].value == "Hafenstrasse 12, 20457 Hamburg, DE"
    for name in EXPECTED:
        f = doc.fields[name]
        assert f.source == f"e-invoice:cii.{name}" and f.confidence == 0.99  # calibration leaves them
        assert f.page == 1 and f.bbox is not None, name  # where the print shows it
    # the date is printed 14.03.2024: its box is that word's, not the whole line's
    date_box, line_box = doc.fields["date"].bbox, doc.fields["invoice_number"].bbox
    assert date_box[0] > 0.15 and date_box[2] - date_box[0] < 0.15 and line_box[0] > 0.15
    assert [(i.description, i.quantity, i.unit_price, i.amount) for i in doc.line_items] == [
        ("Akkuschrauber 18 V", "2", "149.00", "298.00"),
        ("Bitsatz 32-teilig", "5", "12.40", "62.00"),
    ]
    assert _check(doc).passed and all(r.passed for r in doc.validation)


def test_ubl_invoice_attached_as_xrechnung() -> None:
    inv = Invoice(number="NO-55012", currency="NOK", issued="2025-01-31", due="2025-02-28")
    doc = _extract([*printed_lines(inv), "Valuta: NOK"], ubl_xml(inv), "xrechnung.xml")
    assert doc.models["e_invoice"].startswith("ubl_invoice:urn:cen.eu:en16931:2017")
    got = {k: doc.fields[k].value for k in EXPECTED}
    assert got == {**EXPECTED, "invoice_number": "NO-55012", "currency": "NOK", "date": "2025-01-31",
                   "due_date": "2025-02-28"}  # fmt: skip
    assert doc.fields["customer_name"].value == "Becker Bau KG"  # from the legal entity's registration name
    assert doc.fields["vendor_address"].value == "Hafenstrasse 12, 20457 Hamburg, NO"
    assert len(doc.line_items) == 2 and _check(doc).passed


def test_a_total_the_print_does_not_show_is_flagged_and_sent_to_review() -> None:
    printed = Invoice()
    altered = Invoice(total="482.40", tax="122.40")  # the XML says otherwise than the page
    doc = _extract(printed_lines(printed), cii_xml(altered))
    check = _check(doc)
    assert not check.passed and set(check.fields) == {"tax", "total"}
    assert "total 482.40" in (check.message or "")
    assert doc.fields["total"].value == "482.40"  # the XML's value is reported, not trusted
    assert doc.fields["total"].confidence <= load_e_invoice_config().unprinted_confidence
    assert doc.fields["total"].bbox is None
    assert doc.fields["invoice_number"].confidence == 0.99
    routed = route(doc, CONFIG.extract, None, 0.0)
    assert routed.review.required


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        "<rsm:CrossIndustryInvoice xmlns:rsm='urn:x'><unclosed>",
        "<note><to>an XML of another kind</to></note>",
    ],
)
def test_hostile_broken_or_foreign_xml_is_ignored_and_the_print_is_read(xml: str) -> None:
    inv = Invoice()
    doc = _extract(printed_lines(inv), xml, "data.xml")
    assert "e_invoice" not in doc.models
    assert doc.doc_type.value == "invoice"  # classified from the print
    assert doc.fields["invoice_number"].value == "RE-2024-0815"
    assert doc.fields["invoice_number"].source.startswith("rule:")
    assert not any(r.rule == CHECK_RULE for r in doc.validation)


def test_zugferd_1_and_the_first_usable_attachment() -> None:
    zf1 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
 <rsm:SpecifiedExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>
  <ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:basic</ram:ID>
 </ram:GuidelineSpecifiedDocumentContextParameter></rsm:SpecifiedExchangedDocumentContext>
 <rsm:HeaderExchangedDocument><ram:ID>471102</ram:ID>
  <ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime>
 </rsm:HeaderExchangedDocument>
 <rsm:SpecifiedSupplyChainTradeTransaction>
  <ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
  </ram:SellerTradeParty></ram:ApplicableSupplyChainTradeAgreement>
  <ram:ApplicableSupplyChainTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementMonetarySummation>
    <ram:GrandTotalAmount currencyID="EUR">529.87</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementMonetarySummation>
  </ram:ApplicableSupplyChainTradeSettlement>
 </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>"""
    lines = ["Lieferant GmbH", "Rechnung Nr. 471102", "vom 05.03.2013", "", "Gesamtbetrag EUR 529,87"]
    doc = _extract(lines, zf1.encode("latin-1"), "ZUGFeRD-invoice.xml")
    assert doc.models["e_invoice"] == "zugferd1:urn:ferd:CrossIndustryDocument:invoice:1p0:basic"
    got = {k: doc.fields[k].value for k in ("invoice_number", "date", "vendor_name", "currency", "total")}
    assert got == {"invoice_number": "471102", "date": "2013-03-05", "vendor_name": "Lieferant GmbH",
                   "currency": "EUR", "total": "529.87"}  # fmt: skip
    assert _check(doc).passed
    # attachments are tried in order: a foreign or broken XML before the invoice does not hide it
    others = [Attachment(name="a.xml", text="<note/>"), Attachment(name="b.xml", text="<x>&e;</x>")]
    found = read_e_invoice([*others, *doc.attachments], load_e_invoice_config())
    assert found is not None and (found.syntax, found.attachment) == ("zugferd1", "ZUGFeRD-invoice.xml")
    assert read_e_invoice(others, load_e_invoice_config()) is None


def test_an_xml_sent_alone_is_read_without_a_print_check() -> None:
    inv = Invoice(total="428.40")
    doc = extract_document(ingest(cii_xml(inv).encode(), "x.xml", "file:///in/x.xml", CONFIG.ingest))
    assert doc.models["e_invoice"].startswith("cii:")
    assert {k: doc.fields[k].value for k in EXPECTED} == EXPECTED
    assert all(doc.fields[k].confidence == 0.99 for k in EXPECTED)
    assert doc.fields["total"].page is not None and doc.fields["total"].bbox is not None  # a drawn line
    assert not any(r.rule == CHECK_RULE for r in doc.validation)  # pages drawn from it
    assert len(doc.line_items) == 2


def test_a_credit_note_reports_money_owed_back_below_zero_without_failing_the_positive_rule() -> None:
    inv = Invoice(number="GS-2024-0007")
    lines = [*printed_lines(inv), "GUTSCHRIFT"]
    doc = _extract(lines, ubl_credit_note_xml(inv), "GS-2024-0007.xml")
    assert doc.models["e_invoice"].startswith("ubl_credit_note:")
    assert [doc.fields[k].value for k in ("subtotal", "tax", "total")] == ["-360.00", "-68.40", "-428.40"]
    assert [i.amount for i in doc.line_items] == ["-298.00", "-62.00"]
    assert _check(doc).passed  # the print shows 428,40: the sizes agree
    assert all(r.passed for r in doc.validation), [r for r in doc.validation if not r.passed]
    assert doc.fields["total"].confidence == 0.99
    cii = cii_xml(inv).replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>381</ram:TypeCode>")
    assert _extract(lines, cii).fields["total"].value == "-428.40"
    assert _extract(lines, cii_xml(inv)).fields["total"].value == "428.40"  # type 380: an invoice


def test_the_print_check_reads_amounts_as_countries_print_them() -> None:
    """Thousands grouped by spaces, the tax printed rate by rate, the krone printed `kr`: no false alarm."""
    inv = Invoice(
        number="7120", currency="NOK", net="24025.00", tax="5381.25", total="29406.25",
        lines=[("Elektrikertime", "10", "850.00", "8500.00"), ("Kabel", "100", "155.25", "15525.00")],
    )  # fmt: skip
    lines = [
        "Fjordkraft Elektro AS", "Strandkaien 8, 5013 Bergen", "Faktura nr. 7120", "Fakturadato 14.03.2024",
        "Forfallsdato 13.04.2024", "Deres ref. PO-7731", "Sum eks. MVA kr 24 025,00",
        "MVA 25 % av kr 15 525,00 kr 3 881,25", "MVA 15 % av kr 8 500,00 kr 1 275,00",
        "Totalt inkl. MVA kr 29 406,25", "Org.nr. NO987654321MVA Bergen, Norge",
        "IBAN DE89 3704 0044 0532 0130 00", "Nordlicht Werkzeuge GmbH",
    ]  # fmt: skip
    doc = _extract(lines, ubl_xml(inv), "7120.xml")
    assert _check(doc).passed, _check(doc).message
    assert (
        doc.fields["tax"].confidence == 0.99 and doc.fields["tax"].bbox is None
    )  # implied, not printed whole
    assert doc.fields["total"].bbox is not None and doc.fields["currency"].value == "NOK"
    wrong = ubl_xml(Invoice(**{**inv.__dict__, "tax": "5318.25", "total": "29343.25"}))
    assert set(_check(_extract(lines, wrong, "7120.xml")).fields) == {"tax", "total"}


def test_a_discount_on_the_whole_invoice_and_rows_without_amounts() -> None:
    inv = Invoice(net="342.00", tax="64.98", total="406.98")  # 360.00 of lines less a 5 % discount
    xml = cii_xml(inv).replace(
        "<ram:LineTotalAmount>342.00</ram:LineTotalAmount>",
        "<ram:LineTotalAmount>360.00</ram:LineTotalAmount>",
    )
    lines = [*printed_lines(inv), "Rabatt 5 %: 18,00 EUR"]
    doc = _extract(lines, xml)
    assert all(r.passed for r in doc.validation), [r for r in doc.validation if not r.passed]
    assert [i.amount for i in doc.line_items] == ["298.00", "62.00"]
    no_amounts = re.sub(r"<ram:SpecifiedLineTradeSettlement>.*?</ram:SpecifiedLineTradeSettlement>", "",
                        cii_xml(Invoice()), flags=re.S)  # fmt: skip
    items = _extract(["Rechnung RE-2024-0815", "Summe 428,40"], no_amounts).line_items
    assert [(i.description, i.quantity, i.amount) for i in items] == [
        ("Akkuschrauber 18 V", "2", None),
        ("Bitsatz 32-teilig", "5", None),
    ]


def test_a_peppol_invoice_in_its_business_document_envelope() -> None:
    ubl = ubl_xml(Invoice(number="EHF-2291")).split("?>", 1)[1]
    sbdh = f"""<?xml version="1.0" encoding="UTF-8"?>
<StandardBusinessDocument xmlns="http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader">
  <StandardBusinessDocumentHeader><HeaderVersion>1.0</HeaderVersion>
    <Sender><Identifier Authority="iso6523-actorid-upis">0192:987654321</Identifier></Sender>
  </StandardBusinessDocumentHeader>{ubl}</StandardBusinessDocument>"""
    doc = extract_document(ingest(sbdh.encode(), "ehf.xml", "file:///in/ehf.xml", CONFIG.ingest))
    assert doc.models["e_invoice"].startswith("ubl_invoice:")
    assert doc.fields["invoice_number"].value == "EHF-2291" and doc.fields["total"].value == "428.40"
