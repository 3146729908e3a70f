"""Set OF toolkit, part 1: a printed claim form drawn with ReportLab and its fields, made in one of 7 ways.

A document function builds a ``Form``: it draws the printed layout (top-based coordinates, points), places
fields with ``tf`` / ``cb`` / ``rb`` / ``ch`` (the field's box and label are page content, the value lives
only in the field) and records the key with ``key``. ``Form.build`` returns the PDF bytes. Modes:

- ``rl``: ReportLab ``canvas.acroForm`` fields with the values set at creation (ReportLab appearances);
- ``pypdf`` / ``pypdf-na``: ReportLab blank template, filled with pypdf ``update_page_form_field_values``
  (``auto_regenerate`` False / True: pypdf appearances, without / with ``/NeedAppearances``);
- ``vonly``: ReportLab blank template, pypdf sets ``/V`` only, removes the appearances, NeedAppearances;
- ``fitz``: ReportLab page content only, PyMuPDF widgets with values (MuPDF appearances);
- ``hand`` / ``hand-ap``: ReportLab page content (buttons from ReportLab), text fields built by hand as
  pypdf generic objects, ``/V`` only plus NeedAppearances, or appearance streams drawn by ReportLab in
  DejaVu Sans (for Polish and Czech values).

Text fields given the same ``share`` name on several pages become one parent field holding ``/V`` with one
kid widget per page (modes other than ``rl`` and ``fitz``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from outside_docs_of2 import build_fitz, build_pypdf, rl_fields

GREY = HexColor("#555555")
PRODUCERS = {
    "rl": "reportlab-acroform-values-at-creation",
    "pypdf": "reportlab-blank+pypdf-fill-appearances",
    "pypdf-na": "reportlab-blank+pypdf-fill-appearances+needappearances",
    "vonly": "reportlab-blank+pypdf-v-only-needappearances",
    "fitz": "reportlab-page+pymupdf-widgets",
    "hand": "reportlab-page+pypdf-handbuilt-fields-v-only-needappearances",
    "hand-ap": "reportlab-page+pypdf-handbuilt-fields-reportlab-dejavu-appearances",
}
KEYS = ("claim_number", "policy_number", "claimant_name", "date_of_loss", "amount_claimed", "provider")


@dataclass
class Fld:
    name: str
    kind: str  # text, check, radio, choice
    value: object
    rects: list = field(default_factory=list)  # (page, x, y, w, h) in ReportLab coordinates
    size: float = 9
    font: str = "Helvetica"
    multi: bool = False
    comb: int = 0
    q: int = 0
    options: tuple = ()
    export: str = ""


class Form:
    def __init__(self, stem, *, lang, country, template, mode, size=A4, uni=False, accent="#1f4e79"):
        self.stem, self.mode, self.uni = stem, mode, uni
        self.meta = {"lang": lang, "country": country, "template": template, "producer": PRODUCERS[mode]}
        self.W, self.H = size
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(template)
        self.accent = HexColor(accent)
        self.font, self.bold = ("DejaVuSans", "DejaVuSans-Bold") if uni else ("Helvetica", "Helvetica-Bold")
        self.fields: list[Fld] = []
        self.page = 0
        self.keys = dict.fromkeys(KEYS)
        self.shown: dict[str, tuple[str, bool, bool]] = {}  # key -> (printed form, pre-printed, comb)

    # ----- key -----
    def key(self, name, value, shown=None, printed=False, comb=False):
        self.keys[name] = value
        self.shown[name] = (shown or value, printed, comb)

    # ----- printed layout (t = distance from the top of the page) -----
    def txt(self, x, t, s, size=8, bold=False, color=black, align="l", font=None):
        c = self.c
        c.setFillColor(color)
        c.setFont(font or (self.bold if bold else self.font), size)
        {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, self.H - t, s)
        c.setFillColor(black)

    def para(self, x, t, w, s, size=6.5, lead=None, bold=False, color=GREY):
        lead, fnt = lead or size * 1.25, self.bold if bold else self.font
        line = ""
        for word in s.split():
            if line and pdfmetrics.stringWidth(line + " " + word, fnt, size) > w:
                self.txt(x, t, line, size, bold, color)
                t, line = t + lead, word
            else:
                line = (line + " " + word).strip()
        if line:
            self.txt(x, t, line, size, bold, color)
        return t + lead

    def box(self, x, t, w, h, fill=None, lw=0.5, stroke=GREY):
        c = self.c
        c.setLineWidth(lw)
        c.setStrokeColor(stroke or black)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, self.H - t - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillColor(black)

    def band(self, t, s, x=36, w=None, h=13, size=8):
        w = w or self.W - 2 * x
        self.box(x, t, w, h, fill=self.accent, stroke=None)
        self.txt(x + 4, t + h - 3.6, s, size, True, white)
        return t + h + 5

    def hr(self, t, x=36, w=None, lw=0.6, color=None):
        self.c.setStrokeColor(color or self.accent)
        self.c.setLineWidth(lw)
        self.c.line(x, self.H - t, x + (w or self.W - 2 * x), self.H - t)

    def logo(self, x, t, name, tagline="", shape="circle", size=15):
        c = self.c
        c.setFillColor(self.accent)
        if shape == "circle":
            c.circle(x + 11, self.H - t - 11, 11, stroke=0, fill=1)
        else:
            c.roundRect(x, self.H - t - 22, 22, 22, 4, stroke=0, fill=1)
        self.txt(x + 11, t + 15, name[0], 13, True, white, "c")
        self.txt(x + 28, t + 12, name, size, True, self.accent)
        if tagline:
            self.txt(x + 28, t + 21, tagline, 6.5, color=GREY)

    def sign(self, x, t, w, label):
        self.hr(t, x, w, 0.5, black)
        self.txt(x, t + 8, label, 6.5, color=GREY)

    def footer(self, s, pageno=None):
        self.para(36, self.H - 30, self.W - 130, s, 5.6)
        if pageno:
            self.txt(self.W - 36, self.H - 30, pageno, 6.5, color=GREY, align="r")

    def new_page(self):
        rl_fields(self)
        self.c.showPage()
        self.page += 1

    # ----- fields -----
    def _rect(self, x, t, w, h):
        return (self.page, x, self.H - t - h, w, h)

    def tf(
        self,
        name,
        x,
        t,
        w,
        value,
        label=None,
        h=15,
        lab="above",
        lw=60,
        size=9,
        font="Helvetica",
        q=0,
        multi=False,
        comb=0,
        share=None,
        lsize=6.8,
    ):
        """Labelled box with a text field in it; returns the top of the next row."""
        if lab == "above" and label:
            self.txt(x, t + 6.5, label, lsize, color=GREY)
            t += 8.5
        elif lab == "left" and label:
            self.txt(x, t + h - 4.5, label, lsize + 0.7)
            x, w = x + lw, w - lw
        self.box(x, t, w, h)
        if comb:
            for i in range(1, comb):
                cx = x + w * i / comb
                self.c.line(cx, self.H - t - h, cx, self.H - t - h * 0.45)
        rect = self._rect(x + 1, t + 0.5, w - 2, h - 1)
        old = [f for f in self.fields if share and f.name == share]
        if old:
            old[0].rects.append(rect)
        else:
            self.fields.append(Fld(share or name, "text", value, [rect], size, font, multi, comb, q))
        return t + h + 5

    def ch(self, name, x, t, w, options, value, label=None, h=15, size=9):
        if label:
            self.txt(x, t + 6.5, label, 6.8, color=GREY)
            t += 8.5
        self.box(x, t, w, h)
        self.fields.append(
            Fld(
                name,
                "choice",
                value,
                [self._rect(x + 1, t + 0.5, w - 2, h - 1)],
                size,
                options=tuple(options),
            )
        )
        return t + h + 5

    def cb(self, name, x, t, on, label, size=9, lsize=7.5):
        self.txt(x + size + 3, t + size - 1.5, label, lsize)
        self.fields.append(Fld(name, "check", bool(on), [self._rect(x, t, size, size)], size))
        return x + size + 8 + pdfmetrics.stringWidth(label, self.font, lsize)

    def rb(self, group, x, t, opts, sel, size=9, lsize=7.5, gap=10):
        for export, label in opts:
            self.txt(x + size + 3, t + size - 1.5, label, lsize)
            self.fields.append(
                Fld(group, "radio", export == sel, [self._rect(x, t, size, size)], size, export=export)
            )
            x += size + 3 + gap + pdfmetrics.stringWidth(label, self.font, lsize)
        return x

    def row(self, t, *items):
        """Fields side by side: (name, x, w, value, label[, options]); returns the top of the next row."""
        return max(self.tf(n, x, t, w, v, lab, **(o[0] if o else {})) for n, x, w, v, lab, *o in items)

    # ----- build -----

    def build(self) -> bytes:
        rl_fields(self)
        self.c.save()
        data = self.buf.getvalue()
        if self.mode == "rl":
            assert all(len(f.rects) == 1 and f.q == 0 and f.size for f in self.fields), self.stem
            return data
        if self.mode == "fitz":
            return build_fitz(self, data)
        return build_pypdf(self, data)


__all__ = ["A4", "GREY", "KEYS", "Form", "HexColor"]
