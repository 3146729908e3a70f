"""python-docx helpers for the word-processor invoices of set L: page setup, styled paragraphs, shaded and
bordered tables, footers, and reading a .docx's text back for the check."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}


def new_doc(font: str = "Arial", size: float = 10, paper: str = "A4", margins: float = 2.0) -> Document:
    doc = new_document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = (Cm(21.0), Cm(29.7)) if paper == "A4" else (Cm(21.59), Cm(27.94))
    sec.left_margin = sec.right_margin = Cm(margins)
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.8)
    sec.footer_distance = Cm(0.8)
    return doc


def runs(
    p: Any,
    text: str,
    *,
    bold: bool = False,
    size: float | None = None,
    color: str | None = None,
    italic: bool = False,
    font: str | None = None,
) -> None:
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font


def para(
    box: Any,
    text: str = "",
    *,
    bold: bool = False,
    size: float | None = None,
    color: str | None = None,
    align: str = "l",
    after: float = 0,
    before: float = 0,
    italic: bool = False,
    font: str | None = None,
    reuse: bool = False,
) -> Any:
    """A paragraph in ``box`` (document, cell, footer); ``reuse`` writes into a cell's first empty one."""
    if reuse and box.paragraphs and not box.paragraphs[0].text:
        p = box.paragraphs[0]
    else:
        p = box.add_paragraph()
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if text:
        runs(p, text, bold=bold, size=size, color=color, italic=italic, font=font)
    return p


def tabbed(box: Any, left: str, right: str, pos_cm: float, **kw: Any) -> Any:
    """One line with ``left`` text and ``right`` text on a right tab stop."""
    p = para(box, **{k: v for k, v in kw.items() if k in ("after", "before", "align")})
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    fmt = {k: v for k, v in kw.items() if k in ("bold", "size", "color", "italic")}
    runs(p, f"{left}\t{right}", **fmt)
    return p


def table(box: Any, rows: int, widths_cm: Sequence[float], align: str = "l") -> Table:
    t = box.add_table(rows=rows, cols=len(widths_cm))
    t.autofit = False
    t.alignment = {"l": WD_TABLE_ALIGNMENT.LEFT, "r": WD_TABLE_ALIGNMENT.RIGHT}[align]
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(w)
    for col, w in zip(t.columns, widths_cm, strict=True):
        col.width = Cm(w)
    return t


def fill(cell: _Cell, text: str, align: str = "l", **kw: Any) -> None:
    """Write ``text`` into a cell (lines split on newlines; the first line reuses the empty paragraph)."""
    for i, line in enumerate(text.split("\n")):
        para(cell, line, align=align, reuse=(i == 0), **kw)


def fill_row(table_: Table, r: int, values: Sequence[str], aligns: str, **kw: Any) -> None:
    for cell, value, a in zip(table_.rows[r].cells, values, aligns, strict=True):
        fill(cell, value, a, **kw)


def shade(cell: _Cell, hex_fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def shade_row(table_: Table, r: int, hex_fill: str) -> None:
    for cell in table_.rows[r].cells:
        shade(cell, hex_fill)


def _edge(parent: Any, tag: str, val: str, sz: int, color: str) -> None:
    el = OxmlElement(f"w:{tag}")
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "0")
    el.set(qn("w:color"), color)
    parent.append(el)


def borders(
    table_: Table,
    outer: bool = True,
    inside_h: bool = True,
    inside_v: bool = True,
    sz: int = 4,
    color: str = "808080",
) -> None:
    """Table borders (sz in eighths of a point); missing edges are 'none'."""
    tblpr = table_._tbl.tblPr
    tb = OxmlElement("w:tblBorders")
    for tag, on in (
        ("top", outer),
        ("left", outer),
        ("bottom", outer),
        ("right", outer),
        ("insideH", inside_h),
        ("insideV", inside_v),
    ):
        _edge(tb, tag, "single" if on else "nil", sz, color)
    tblpr.append(tb)


def cell_edges(cell: _Cell, sz: int = 8, color: str = "000000", **edges: bool) -> None:
    """Borders on single cells, e.g. ``cell_edges(c, top=True)`` for the rule above a total."""
    tcpr = cell._tc.get_or_add_tcPr()
    tcb = OxmlElement("w:tcBorders")
    for tag, on in edges.items():
        if on:
            _edge(tcb, tag, "single", sz, color)
    tcpr.append(tcb)


def repeat_header(table_: Table, r: int = 0) -> None:
    trpr = table_.rows[r]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def footer(
    doc: Document, lines: Sequence[str], size: float = 7.5, color: str = "555555", align: str = "c"
) -> None:
    box = doc.sections[0].footer
    for i, line in enumerate(lines):
        para(box, line, size=size, color=color, align=align, reuse=(i == 0))


def docx_words(path: Path) -> list[str]:
    """Every text string of a .docx: body paragraphs, tables (nested too), headers and footers."""
    doc = new_document(str(path))
    out: list[str] = []

    def walk(box: Any) -> None:
        out.extend(p.text for p in box.paragraphs)
        for t in box.tables:
            for row in t.rows:
                for cell in row.cells:
                    walk(cell)

    walk(doc)
    for sec in doc.sections:
        walk(sec.header)
        walk(sec.footer)
    return [s for s in out if s.strip()]
