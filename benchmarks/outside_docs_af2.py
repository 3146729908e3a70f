"""Building the held-out set "AF" (outside_invoices_af.py): from a `Doc` to a fillable PDF.

`build` turns a document (outside_docs_af1.py) into a PDF in one of four ways (the key's `producer`):

* ``rl``: ReportLab ``canvas.acroForm`` fields created with their values (ReportLab appearance streams);
* ``pypdf-ap``: a blank ReportLab template filled by pypdf ``update_page_form_field_values`` with
  ``auto_regenerate=False`` (pypdf writes the appearance streams, NeedAppearances stays false);
* ``pypdf-ap-na``: the same with ``auto_regenerate=True`` (pypdf appearances and NeedAppearances true);
* ``nap``: only ``/V`` is set in the blank template, the filled widgets lose their appearance stream and
  the form says ``/NeedAppearances true`` (the viewer has to draw the values).

Everything is fixed: ReportLab runs with ``invariant=1``, fontTools without timestamp recalculation.
Nothing here reads or imports the extractor's code.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.pdfgen import canvas

from outside_docs_af1 import DEJAVU, Doc, F, Sheet

RL_FONT_RES = {"Helvetica": "Helv", "Times-Roman": "Time", "Courier": "Cour"}
MODES = ("rl", "pypdf-ap", "pypdf-ap-na", "nap")


def _rgb(t):
    return None if t is None else Color(*t)


def _rl_field(c, f: F, value: str, s: Sheet) -> None:
    af = c.acroForm
    common = dict(
        name=f.name,
        x=f.x,
        y=f.y,
        borderWidth=0.6 if s.field_border else 0,
        borderColor=_rgb(s.field_border),
        fillColor=_rgb(s.field_fill),
        textColor=Color(0, 0, 0),
    )
    if f.kind == "check":
        af.checkbox(checked=value == "Yes", buttonStyle="check", size=f.h, fieldFlags="", **common)
        return
    assert f.size > 0 or not value, f"{f.name}: ReportLab fields with a value need a fixed font size"
    common.update(width=f.w, height=f.h, fontName=s.field_font, fontSize=int(f.size) or 9)
    if f.kind == "choice":
        # a blank template's dropdown shows its first option (ReportLab needs a selection); ReportLab cannot
        # draw non-Latin-1 option labels, so those get a placeholder that finish_template replaces
        opts = list(f.options)
        if not value and not all(
            o.isascii() or o.encode("latin-1", "ignore").decode("latin-1") == o for o in opts
        ):
            opts = ["-"]
        af.choice(options=opts, value=value or opts[0], fieldFlags="combo", **common)
        return
    flags = {"multi": "multiline", "comb": "comb"}.get(f.kind, "")
    af.textfield(value=value or "", fieldFlags=flags, maxlen=f.maxlen, **common)


def render(doc: Doc, with_values: bool) -> bytes:
    s = doc.sheet
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=s.pagesize, invariant=1, pageCompression=1)
    c.setCreator(doc.creator)
    c.setTitle(doc.stem)
    for p in range(s.pages):
        s.draw(c, p)
        for f in s.fields:
            if f.page == p:
                _rl_field(c, f, doc.values.get(f.value_key, "") if with_values else "", s)
        c.showPage()
    c.save()
    return buf.getvalue()


def _dejavu_subset() -> bytes:
    import logging

    from fontTools import subset

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from fontTools.ttLib import TTFont as FTFont

    font = FTFont(str(DEJAVU / "DejaVuSans.ttf"), recalcTimestamp=False)
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    ranges = [*range(0x20, 0x17F), *range(0x370, 0x400), *range(0x2010, 0x2027), 0x20AC]
    sub.populate(unicodes=ranges)
    sub.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def finish_template(w, doc: Doc) -> dict:
    """The template designer's pass on the blank ReportLab form: alignment (/Q), auto size (0 Tf),
    an embedded TrueType font in /DR, and second widgets merged under one parent field."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

    acro = w._root_object["/AcroForm"]
    widgets = {}
    for page in w.pages:
        for ref in page.get("/Annots", []):
            o = ref.get_object()
            if o.get("/Subtype") == "/Widget" and "/T" in o:
                widgets[str(o["/T"])] = (o, ref)
    res = "/" + RL_FONT_RES[doc.sheet.field_font]
    if doc.ttf_fields:
        from pypdf.generic._font import Font

        font = Font.from_truetype_font_file(io.BytesIO(_dejavu_subset()))
        dr = acro.setdefault(NameObject("/DR"), DictionaryObject()).get_object()
        fdict = dr.setdefault(NameObject("/Font"), DictionaryObject()).get_object()
        font._add_to_writer(w, fdict, NameObject("/DejaVu"))
        res = "/DejaVu"
    for f in doc.sheet.fields:
        o, _ = widgets[f.name]
        if f.kind == "choice":
            o[NameObject("/Opt")] = ArrayObject([TextStringObject(x) for x in f.options])
            o[NameObject("/V")] = TextStringObject(f.options[0])
        if f.q:
            o[NameObject("/Q")] = NumberObject(f.q)
        if f.kind != "check" and (f.size == 0 or doc.ttf_fields):
            o[NameObject("/DA")] = TextStringObject(f"{res} {f.size:g} Tf 0 g")
    fields = acro["/Fields"]
    for f in doc.sheet.fields:
        if not f.kid:
            continue
        (w1, r1), (w2, r2) = widgets[f.kid], widgets[f.name]
        parent = DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(f.kid),
                NameObject("/DA"): w1["/DA"],
                NameObject("/Kids"): ArrayObject([r1, r2]),
            }
        )
        for k in ("/Q", "/MK", "/BS"):
            if k in w1:
                parent[NameObject(k)] = w1[k]
        pref = w._add_object(parent)
        for wd in (w1, w2):
            for k in ("/T", "/FT", "/V", "/DV", "/Ff", "/MaxLen", "/Q"):
                if k in wd:
                    del wd[k]
            wd[NameObject("/Parent")] = pref
        keep = [r for r in fields if r.idnum not in (r1.idnum, r2.idnum)]
        fields.clear()
        fields.extend([*keep, pref])
        widgets[f.kid] = (parent, pref)
    return widgets


def build(doc: Doc, out: Path) -> None:
    assert doc.mode in MODES, doc.mode
    names = {f.value_key for f in doc.sheet.fields}
    missing = set(doc.values) - names
    assert not missing, f"{doc.stem}: values without a field: {sorted(missing)}"
    if doc.mode == "rl":
        assert not any(f.kid for f in doc.sheet.fields) and not doc.ttf_fields
        out.write_bytes(render(doc, with_values=True))
        return
    import logging

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    # pypdf warns about the line breaks of multi-line values with an embedded font; the text is fine
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(render(doc, with_values=False))))
    widgets = finish_template(w, doc)
    kinds = {f.value_key: f.kind for f in doc.sheet.fields}
    if doc.mode in ("pypdf-ap", "pypdf-ap-na"):
        vals = {k: ("/" + v if kinds[k] == "check" else v) for k, v in doc.values.items() if v}
        w.update_page_form_field_values(None, vals, auto_regenerate=doc.mode == "pypdf-ap-na")
    else:
        for k, v in doc.values.items():
            if not v:
                continue
            o, _ = widgets[k]
            if kinds[k] == "check":
                o[NameObject("/V")] = NameObject("/" + v)
                o[NameObject("/AS")] = NameObject("/" + v)
                continue
            o[NameObject("/V")] = TextStringObject(v)
            for wd in [kid.get_object() for kid in o.get("/Kids", [])] or [o]:
                if "/AP" in wd:
                    del wd["/AP"]
        w.set_need_appearances_writer(True)
    w.add_metadata({"/Creator": doc.creator, "/Title": doc.stem})
    buf = io.BytesIO()
    w.write(buf)
    out.write_bytes(buf.getvalue())


def make_doc(
    stem,
    country,
    lang,
    mode,
    template,
    sheet,
    values,
    calc,
    *,
    currency,
    vendor,
    date,
    due,
    vendor_src="vendor",
    cur_src="total",
    tax=True,
    date_order="DMY",
    ttf=False,
    creator="",
) -> Doc:
    """Key and value sources for one document; the key's numbers come from `calc`, its number and
    dates from what was typed (`date`/`due` are the ISO forms of the typed dates)."""
    key = {
        "invoice_number": values["inv_no"],
        "date": date,
        "due_date": due,
        "total": f"{calc['total']:.2f}",
        "currency": currency,
        "vendor_name": vendor,
        "subtotal": f"{calc['subtotal']:.2f}",
        "tax": f"{calc['tax']:.2f}" if tax else None,
        "lang": lang,
        "country": country,
        "template": template,
        "producer": PRODUCER[mode] + ("; DejaVuSans TrueType font in /DR" if ttf else ""),
    }
    src = {"invoice_number": "inv_no", "date": "date", "due_date": "due", "total": "total"}
    src |= {"subtotal": "subtotal", "tax": "tax", "vendor_name": vendor_src, "currency": cur_src}
    return Doc(
        stem,
        country,
        lang,
        mode,
        template,
        sheet,
        values,
        key,
        src,
        calc,
        date_order,
        ttf,
        creator or "Invoice template",
    )


PRODUCER = {
    "rl": "ReportLab acroForm fields created with values (ReportLab appearance streams)",
    "pypdf-ap": "ReportLab blank template, filled by pypdf "
    "update_page_form_field_values(auto_regenerate=False)",
    "pypdf-ap-na": "ReportLab blank template, filled by pypdf (appearances) with NeedAppearances true",
    "nap": "ReportLab blank template, /V set without appearance streams, NeedAppearances true",
}
