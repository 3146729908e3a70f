"""Hybrid e-invoice benchmark, part 4: what the page prints (`printed()`), and embedding the XML into the PDF.

Embedders: factur-x (`facturx.generate_from_binary`), drafthorse (`drafthorse.pdf.attach_xml`), pypdf
(`PdfWriter.add_attachment` plus the /AF entry and XMP that ZUGFeRD 1.0 / 2.0 and XRechnung senders write),
and pypdfium2 (a bare attachment, as many Peppol access points do it). The libraries stamp the PDF with
the current time; the clock is frozen at the invoice's issue date so that reruns give the same bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO

import drafthorse.pdf as drafthorse_pdf
import facturx
import facturx.facturx as facturx_mod
import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, NameObject, TextStringObject

from outside_einvoices_docs1 import Spec, iban_groups, labels, totals

# ---------------------------------------------------------------- embedding


@contextlib.contextmanager
def frozen_clock(moment: datetime):
    class _Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return moment if tz else moment.replace(tzinfo=None)

    saved = [(m, m.datetime) for m in (facturx_mod, drafthorse_pdf)]
    for module, _ in saved:
        module.datetime = _Fixed
    try:
        yield
    finally:
        for module, original in saved:
            module.datetime = original


def _moment(spec: Spec) -> datetime:
    return datetime(spec.issue.year, spec.issue.month, spec.issue.day, 10, 15, tzinfo=UTC)


def _meta(spec: Spec) -> dict[str, str]:
    return {
        "author": spec.seller.name,
        "keywords": "Invoice, e-invoice",
        "title": f"{spec.seller.name}: {spec.number}",
        "subject": f"Invoice {spec.number} dated {spec.issue.isoformat()} issued by {spec.seller.name}",
        "creator": "ERP invoice export",
        "producer": "ERP invoice export",
    }


DRAFTHORSE_LEVEL = {"minimum": "MINIMUM", "basicwl": "BASIC WL", "basic": "BASIC", "en16931": "EN 16931"}
XMP_KIND = {  # (namespace, prefix, version, conformance level) of the PDF/A extension schema
    "zugferd1": ("urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#", "zf", "1.0"),
    "zugferd-invoice.xml": ("urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#", "fx", "1.0"),
    "xrechnung.xml": ("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#", "fx", "1.0"),
}

XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:{p}="{ns}">
   <{p}:DocumentType>INVOICE</{p}:DocumentType>
   <{p}:DocumentFileName>{name}</{p}:DocumentFileName>
   <{p}:Version>{version}</{p}:Version>
   <{p}:ConformanceLevel>{level}</{p}:ConformanceLevel>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _embed_pypdf(spec: Spec, pdf: bytes, xml: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    attachment = writer.add_attachment(spec.xml_name, xml)
    attachment.subtype = NameObject("/text/xml")
    attachment.description = TextStringObject("Invoice data" if spec.syntax == "ubl" else "ZUGFeRD Rechnung")
    kind = XMP_KIND.get("zugferd1" if spec.syntax == "zugferd1" else spec.xml_name)
    if kind:  # ZUGFeRD / XRechnung senders declare the file as the invoice's alternative representation
        attachment.associated_file_relationship = NameObject("/Alternative")
        ref = getattr(attachment.pdf_object, "indirect_reference", None) or attachment.pdf_object
        writer.root_object[NameObject("/AF")] = ArrayObject([ref])
        ns, prefix, version = kind
        level = spec.profile.upper()
        xmp = XMP.format(
            title=spec.number, p=prefix, ns=ns, name=spec.xml_name, version=version, level=level
        ).encode()
        writer.xmp_metadata = xmp
        stream = writer.root_object["/Metadata"].get_object()
        stream[NameObject("/Type")] = NameObject("/Metadata")
        stream[NameObject("/Subtype")] = NameObject("/XML")
    writer.add_metadata(
        {
            "/Title": f"{spec.seller.name}: {spec.number}",
            "/Author": spec.seller.name,
            "/CreationDate": _moment(spec).strftime("D:%Y%m%d%H%M%S+00'00'"),
        }
    )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _embed_pdfium(spec: Spec, pdf: bytes, xml: bytes) -> bytes:
    doc = pdfium.PdfDocument(pdf)
    attachment = doc.new_attachment(spec.xml_name)
    attachment.set_data(xml)
    attachment.set_str_value("CreationDate", _moment(spec).strftime("D:%Y%m%d%H%M%S+00'00'"))
    out = BytesIO()
    doc.save(out)
    doc.close()
    # pdfium writes random file identifiers; use a fixed one of the same length (offsets stay valid)
    fid = hashlib.md5(spec.stem.encode()).hexdigest().upper().encode()
    return re.sub(rb"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]", b"/ID[<%s><%s>]" % (fid, fid), out.getvalue())


def embed(spec: Spec, pdf: bytes, xml: bytes) -> bytes:
    with frozen_clock(_moment(spec)):
        if spec.embedder == "facturx":
            return facturx.generate_from_binary(
                pdf,
                xml,
                flavor="factur-x",
                level=spec.profile,
                check_xsd=True,
                pdf_metadata=_meta(spec),
                lang=spec.fmt.lang,
            )
        if spec.embedder == "drafthorse":
            level = DRAFTHORSE_LEVEL.get(spec.profile, spec.profile.upper())
            return drafthorse_pdf.attach_xml(pdf, xml, level=level, metadata=_meta(spec), lang=spec.fmt.lang)
        if spec.embedder == "pypdf":
            return _embed_pypdf(spec, pdf, xml)
        if spec.embedder == "pypdfium2":
            return _embed_pdfium(spec, pdf, xml)
    raise ValueError(spec.embedder)


# ---------------------------------------------------------------- what the page prints


@dataclass
class Printed:
    spec: Spec
    L: dict[str, str]
    title: str
    meta: list[tuple[str, str]]
    seller_lines: list[str]  # address lines under the company name
    sender_line: str  # the small return address above the window
    buyer_lines: list[str]  # name first
    cols: dict[str, str]
    rows: list[dict[str, str]]
    totals: list[tuple[str, str, bool]]
    pay: list[str]
    notes: list[str]
    footer: list[list[str]]
    contact: list[str]
    money_total: str


def _wrap(text: str, width: int = 44) -> list[str]:
    """Break a long footer entry at its own separators, as letterhead templates do."""
    parts = re.split(r"(?<= ·) |(?<= –) |(?<=,) ", text)
    lines = [""]
    for part in parts:
        if lines[-1] and len(lines[-1]) + 1 + len(part) > width:
            lines.append(part)
        else:
            lines[-1] = f"{lines[-1]} {part}".strip()
    return [line.rstrip(" ·–,") for line in lines]


def _city(party) -> list[str]:
    """Postcode and town as the country writes them (UK: town, then postcode; Luxembourg: L-1661)."""
    if party.country == "GB":
        return [party.city, party.postcode]
    prefix = "L-" if party.country == "LU" else ""
    return [f"{prefix}{party.postcode} {party.city}"]


def printed(spec: Spec) -> Printed:
    L, f, t, s, b = labels(spec.fmt.lang, spec.label_over), spec.fmt, totals(spec), spec.seller, spec.buyer
    meta = [(L["no"], spec.number), (L["date"], f.day(spec.issue))]
    if spec.credit_of:
        meta.append((L["crefer"], spec.credit_of))
    if spec.delivery:
        meta.append((L["deliv"], f.day(spec.delivery)))
    if spec.due:
        meta.append((L["due"], f.day(spec.due)))
    if spec.customer_no:
        meta.append((L["cust"], spec.customer_no))
    if spec.po:
        meta.append((L["po"], spec.po))
    if spec.buyer_ref:
        meta.append((L["ref"], spec.buyer_ref))
    rows = [
        {
            "pos": str(pos),
            "sku": ln.sku or "",
            "desc": ln.desc,
            "qty": f.qty(ln.qty),
            "unit": L.get("u." + ln.unit, ln.unit),
            "price": f.num(ln.price),
            "vat": f"{f.rate(ln.rate)} %"
            if f.lang in ("de", "fr", "es", "no", "sv", "da", "fi")
            else f"{f.rate(ln.rate)}%",
            "amount": f.num(ln.net),
        }
        for pos, ln in enumerate(spec.lines, 1)
    ]
    tot: list[tuple[str, str, bool]] = []
    if spec.allowance:
        tot.append((L["sum"], f.money_(t.line_total), False))
        tot.append(
            (f"{spec.allowance.reason} {f.rate(spec.allowance.percent)} %", f.money_(-t.allowance), False)
        )
    tot.append((L["net"], f.money_(t.subtotal), False))
    for rate, basis, tax in t.breakdown:
        tot.append((L["tax"].format(r=f.rate(rate), b=f.money_(basis)), f.money_(tax), False))
    tot.append((L["total"], f.money_(t.total), True))
    if t.prepaid:
        tot.append((L["prepaid"].format(d=f.day(spec.prepaid_on)), f.money_(-t.prepaid), False))
        tot.append((L["dueamt"], f.money_(t.due), True))
    pay = []
    if spec.terms or spec.due:
        pay.append((spec.terms or L["terms"]).format(d=f.day(spec.due) if spec.due else ""))
    if spec.bank:
        pay += [
            f"{L['bank']}: {spec.bank.name}",
            f"IBAN {iban_groups(spec.bank.iban)}",
            f"BIC {spec.bank.bic}",
        ]
    if spec.payref:
        pay.append(f"{L['payref']}: {spec.payref}")
    address = [s.street, *_city(s)] + ([s.country_name] if s.country_name else [])
    contact = [x for x in (s.phone and f"{L['tel']} {s.phone}", s.email, s.web) if x]
    legal = [
        x
        for x in (
            s.register,
            s.vat_id and f"{L['vatid']} {s.vat_id}",
            s.tax_no and f"{L['taxno']} {s.tax_no}",
        )
        if x
    ]
    legal = [part for text in legal for part in _wrap(text)]
    footer = [[s.name, *address], contact, legal]
    if spec.bank:
        footer.append([spec.bank.name, f"IBAN {iban_groups(spec.bank.iban)}", f"BIC {spec.bank.bic}"])
    buyer = [b.name, b.street, *_city(b)] + ([b.country_name] if b.country_name else [])
    buyer_tail = [f"{L['vatid']} {b.vat_id}"] if b.vat_id else []
    return Printed(
        spec=spec,
        L=L,
        title=L["cn"] if spec.credit_note else L["inv"],
        meta=meta,
        seller_lines=address,
        sender_line=" · ".join([s.name, s.street, " ".join(_city(s))]),
        buyer_lines=buyer + buyer_tail,
        cols={k: L[k] for k in ("pos", "desc", "qty", "unit", "price", "vat", "amount")},
        rows=rows,
        totals=tot,
        pay=pay,
        notes=list(spec.notes),
        footer=[col for col in footer if col],
        contact=contact,
        money_total=f.money_(t.due),
    )
