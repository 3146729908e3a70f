"""Set OF toolkit, part 2: makes a ``Form``'s AcroForm fields (see outside_docs_of1 for the modes).

``rl_fields`` adds the ReportLab ``canvas.acroForm`` fields of a page; ``build_fitz`` adds PyMuPDF widgets to
the ReportLab page; ``build_pypdf`` fills a ReportLab blank template with pypdf, or adds hand-built fields
(parents with kid widgets where a field is shared by several pages), and writes ``/V``, appearances and
``/NeedAppearances`` as the mode says; ``_dejavu_aps`` draws appearance streams with ReportLab.
"""

from __future__ import annotations

import io
import logging

import pymupdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.colors import black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_DJ = "/usr/share/fonts/truetype/dejavu/"
for _n in ("DejaVuSans", "DejaVuSans-Bold"):
    pdfmetrics.registerFont(TTFont(_n, _DJ + _n + ".ttf"))
logging.getLogger("pypdf").setLevel(logging.ERROR)  # ReportLab writes /DR with a repeated /Font key
_TAGS = {"Helvetica": "Helv", "Helvetica-Bold": "HeBo", "Courier": "Cour", "Times-Roman": "Time"}
_FITZ = {"Helvetica": "Helv", "Helvetica-Bold": "HeBo", "Courier": "Cour", "Times-Roman": "TiRo"}


def rl_fields(self):
    """Make the ReportLab acroForm fields of the current page (values only in mode rl)."""
    af, m = self.c.acroForm, self.mode
    if m == "fitz":
        return
    common = {"borderWidth": 0, "fillColor": None, "textColor": black}
    button = {**common, "borderWidth": 1, "borderColor": black}
    for f in self.fields:
        pg, x, y, w, h = f.rects[0]
        if pg != self.page or (f.kind == "text" and (len(f.rects) > 1 or m.startswith("hand"))):
            continue
        if f.kind == "text":
            flags = " ".join(n for n, on in (("multiline", f.multi), ("comb", f.comb)) if on)
            value = wrap(f.value, f.font, f.size, w - 4) if f.multi else f.value
            af.textfield(
                name=f.name,
                value=value if m == "rl" else "",
                x=x,
                y=y,
                width=w,
                height=h,
                fontName=f.font,
                fontSize=f.size,
                fieldFlags=flags,
                maxlen=f.comb or 0,
                **common,
            )
        elif f.kind == "choice":
            af.choice(
                name=f.name,
                value=f.value if m == "rl" else f.options[0],
                options=list(f.options),
                x=x,
                y=y,
                width=w,
                height=h,
                fontName=f.font,
                fontSize=f.size,
                **common,
            )
        elif f.kind == "check":
            af.checkbox(
                name=f.name,
                x=x,
                y=y,
                size=w,
                checked=f.value and m == "rl",
                buttonStyle="cross",
                **button,
            )
        else:
            af.radio(
                name=f.name,
                value=f.export,
                x=x,
                y=y,
                size=w,
                selected=f.value and m == "rl",
                buttonStyle="circle",
                shape="circle",
                **button,
            )


def wrap(s: str, font: str, size: float, width: float) -> str:
    """ReportLab does not wrap multi-line field values: break them as a person pressing Enter would."""
    lines, line = [], ""
    for word in s.split():
        if line and pdfmetrics.stringWidth(line + " " + word, font, size) > width:
            lines, line = [*lines, line], word
        else:
            line = (line + " " + word).strip()
    return "\n".join([*lines, line])


def build_fitz(form, data: bytes) -> bytes:
    doc = pymupdf.open("pdf", data)
    kinds = {
        "text": pymupdf.PDF_WIDGET_TYPE_TEXT,
        "choice": pymupdf.PDF_WIDGET_TYPE_COMBOBOX,
        "check": pymupdf.PDF_WIDGET_TYPE_CHECKBOX,
        "radio": pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON,
    }
    for f in form.fields:
        assert len(f.rects) == 1, f.name
        pg, x, y, w, h = f.rects[0]
        page = doc[pg]
        wd = pymupdf.Widget()
        wd.field_name, wd.field_type = f.name, kinds[f.kind]
        wd.border_width, wd.border_color = (1, (0, 0, 0)) if f.kind in ("check", "radio") else (0, None)
        wd.rect = pymupdf.Rect(x, form.H - y - h, x + w, form.H - y)
        wd.text_font, wd.text_fontsize = _FITZ[f.font], f.size
        if f.kind == "choice":
            wd.choice_values = list(f.options)
        if f.kind == "text":
            wd.field_flags = (1 << 12 if f.multi else 0) | (1 << 24 if f.comb else 0)
            wd.text_maxlen = f.comb
        wd.field_value = f.value
        wd = page.add_widget(wd)
        if f.q:
            doc.xref_set_key(wd.xref, "Q", str(f.q))
            wd = page.load_widget(wd.xref)
            wd.field_value = f.value
            wd.update()
    return doc.tobytes(no_new_id=True)


def _std_font(w: PdfWriter, base: str):
    d = {
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/" + base),
    }
    if base != "ZapfDingbats":
        d[NameObject("/Encoding")] = NameObject("/WinAnsiEncoding")
    return w._add_object(DictionaryObject(d))


def _name(a) -> str:
    return str(a.get("/T") if "/T" in a else a["/Parent"].get_object().get("/T"))


def build_pypdf(form, data: bytes) -> bytes:
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = w._root_object
    if "/AcroForm" not in root:
        root[NameObject("/AcroForm")] = w._add_object(
            DictionaryObject({NameObject("/Fields"): ArrayObject()})
        )
    af = root["/AcroForm"]
    fonts = {
        NameObject("/" + tag): _std_font(w, base) for base, tag in [*_TAGS.items(), ("ZapfDingbats", "ZaDb")]
    }
    af[NameObject("/DR")] = DictionaryObject({NameObject("/Font"): DictionaryObject(fonts)})
    af[NameObject("/DA")] = TextStringObject("/Helv 0 Tf 0 g")
    hand = form.mode.startswith("hand")
    for f in form.fields:
        if f.kind != "text" or not (hand or len(f.rects) > 1):
            continue
        fd = DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(f.name),
                NameObject("/Ff"): NumberObject((4096 if f.multi else 0) | (1 << 24 if f.comb else 0)),
                NameObject("/DA"): TextStringObject(f"/{_TAGS[f.font]} {f.size:g} Tf 0 g"),
            }
        )
        if f.comb:
            fd[NameObject("/MaxLen")] = NumberObject(f.comb)
        ref, kids = w._add_object(fd), ArrayObject()
        for pg, x, y, rw, rh in f.rects:
            page = w.pages[pg]
            wd = fd if len(f.rects) == 1 else DictionaryObject({NameObject("/Parent"): ref})
            wd.update(
                {
                    NameObject("/Type"): NameObject("/Annot"),
                    NameObject("/Subtype"): NameObject("/Widget"),
                    NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x, y, x + rw, y + rh)]),
                    NameObject("/F"): NumberObject(4),
                    NameObject("/P"): page.indirect_reference,
                }
            )
            wref = ref if wd is fd else w._add_object(wd)
            if wd is not fd:
                kids.append(wref)
            if "/Annots" not in page:
                page[NameObject("/Annots")] = ArrayObject()
            page["/Annots"].append(wref)
        if kids:
            fd[NameObject("/Kids")] = kids
        af["/Fields"].append(ref)
    spec = {f.name: f for f in form.fields if f.kind in ("text", "choice")}
    widgets = [(i, a.get_object()) for i, p in enumerate(w.pages) for a in p.get("/Annots", [])]
    for _, a in widgets:
        f = spec.get(_name(a))
        tgt = a["/Parent"].get_object() if "/Parent" in a and "/T" not in a else a
        if f and f.q:
            tgt[NameObject("/Q")] = NumberObject(f.q)
    if form.mode in ("pypdf", "pypdf-na"):
        for i, page in enumerate(w.pages):
            vals = {
                f.name: wrap(f.value, f.font, f.size or 9, f.rects[0][3] - 4) if f.multi else f.value
                for f in spec.values()
                if any(r[0] == i for r in f.rects)
            }
            if vals:
                w.update_page_form_field_values(page, vals, auto_regenerate=form.mode == "pypdf-na")
    else:
        aps = _dejavu_aps(form, w) if form.mode == "hand-ap" else {}
        for i, a in widgets:
            f = spec.get(_name(a))
            if not f:
                continue
            tgt = a["/Parent"].get_object() if "/Parent" in a and "/T" not in a else a
            tgt[NameObject("/V")] = TextStringObject(f.value)
            if "/AP" in a:
                del a["/AP"]
            if (f.name, i) in aps:
                a[NameObject("/AP")] = DictionaryObject({NameObject("/N"): aps[f.name, i]})
        af[NameObject("/NeedAppearances")] = BooleanObject(form.mode != "hand-ap")
    buttons = {}
    for f in form.fields:
        if f.kind in ("check", "radio"):
            buttons.setdefault(f.name, []).append(f)
    for _, a in widgets:
        fs = buttons.get(_name(a))
        if not fs:
            continue
        states = [k for k in a["/AP"]["/N"] if k != "/Off"]
        on = any(f.value and (f.kind == "check" or "/" + f.export in states) for f in fs)
        a[NameObject("/AS")] = NameObject(states[0] if on else "/Off")
        if on or fs[0].kind == "check":
            tgt = a["/Parent"].get_object() if "/Parent" in a and "/T" not in a else a
            tgt[NameObject("/V")] = NameObject(states[0] if on else "/Off")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _dejavu_aps(form, w: PdfWriter):
    """Appearance streams drawn by ReportLab (DejaVu Sans, embedded), one page per widget, made XObjects."""
    todo = [(f, r) for f in form.fields if f.kind in ("text", "choice") for r in f.rects]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for f, (_, _, _, rw, rh) in todo:
        c.setPageSize((rw, rh))
        size = f.size or min(10.0, rh * 0.62)
        c.setFont("DejaVuSans", size)
        if f.comb:
            for i, ch in enumerate(f.value):
                c.drawCentredString(rw * (i + 0.5) / f.comb, (rh - size * 0.7) / 2, ch)
        elif f.multi:
            for i, ln in enumerate(wrap(f.value, "DejaVuSans", size, rw - 4).split("\n")):
                c.drawString(2, rh - 2 - size * (i + 1) * 1.15 + size * 0.2, ln)
        else:
            draw = {0: c.drawString, 1: c.drawCentredString, 2: c.drawRightString}[f.q]
            draw({0: 2, 1: rw / 2, 2: rw - 2}[f.q], (rh - size * 0.7) / 2, f.value)
        c.showPage()
    c.save()
    out = {}
    for (f, (pg, *_rest)), page in zip(todo, PdfReader(io.BytesIO(buf.getvalue())).pages, strict=True):
        xs = DecodedStreamObject()
        xs.set_data(page.get_contents().get_data())
        xs.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), *page.mediabox[2:]]),
                NameObject("/Resources"): page["/Resources"].clone(w),
            }
        )
        out[f.name, pg] = w._add_object(xs)
    return out
