"""openpyxl helpers for the spreadsheet invoices of set L: one styled sheet with values (never formulas,
LibreOffice need not recalculate on load), merged cells, borders, fills, number formats and a page setup
(print area, fit to page, repeated title rows, footer)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.properties import PageSetupProperties

H = {"l": "left", "r": "right", "c": "center"}


class Sheet:
    """One worksheet; every string put on it is remembered for the text-layer check."""

    def __init__(self, title: str, font: str = "Arial", size: float = 10) -> None:
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = title
        self.ws.sheet_view.showGridLines = False
        self.font, self.size = font, size
        self.words: list[str] = []

    def put(
        self,
        ref: str,
        value: str | Decimal | float | int | date | None,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        color: str | None = None,
        fill: str | None = None,
        align: str | None = None,
        valign: str = "center",
        fmt: str | None = None,
        wrap: bool = False,
        merge: str | None = None,
        font: str | None = None,
        indent: int = 0,
    ) -> None:
        """Write ``value`` at ``ref`` (``merge``: the far corner of a merged range starting there)."""
        ws = self.ws
        if merge:
            ws.merge_cells(f"{ref}:{merge}")
        cell = ws[ref]
        if isinstance(value, Decimal):
            value = float(value)
        elif isinstance(value, str):
            self.words.append(value)
        cell.value = value
        cell.font = Font(
            name=font or self.font, size=size or self.size, bold=bold, italic=italic, color=color
        )
        h = H.get(align or "")
        cell.alignment = Alignment(horizontal=h, vertical=valign, wrap_text=wrap, indent=indent)
        if fill:
            for row in ws[f"{ref}:{merge or ref}"]:
                for c in row:
                    c.fill = PatternFill("solid", fgColor=fill)
        if fmt:
            cell.number_format = fmt

    def row(
        self,
        r: int,
        start_col: int,
        values: list[Any],
        fmts: list[str | None] | None = None,
        aligns: str | None = None,
        **kw: Any,
    ) -> None:
        for i, v in enumerate(values):
            ref = f"{get_column_letter(start_col + i)}{r}"
            self.put(ref, v, fmt=(fmts[i] if fmts else None), align=(aligns[i] if aligns else None), **kw)

    def widths(self, cols: dict[str, float]) -> None:
        for col, w in cols.items():
            self.ws.column_dimensions[col].width = w

    def height(self, r: int, h: float) -> None:
        self.ws.row_dimensions[r].height = h

    def shade(self, rng: str, color: str) -> None:
        for row in self.ws[rng]:
            for c in row:
                c.fill = PatternFill("solid", fgColor=color)

    def grid(self, rng: str, style: str = "thin", color: str = "999999") -> None:
        """Every cell of ``rng`` boxed."""
        s = Side(style=style, color=color)
        for row in self.ws[rng]:
            for c in row:
                c.border = Border(left=s, right=s, top=s, bottom=s)

    def rule(self, rng: str, edge: str = "bottom", style: str = "thin", color: str = "000000") -> None:
        """One edge (top/bottom) on every cell of ``rng``, keeping the others."""
        s = Side(style=style, color=color)
        for row in self.ws[rng]:
            for c in row:
                b = c.border
                c.border = Border(
                    left=b.left,
                    right=b.right,
                    top=s if edge == "top" else b.top,
                    bottom=s if edge == "bottom" else b.bottom,
                )

    def outline(self, rng: str, style: str = "medium", color: str = "000000") -> None:
        s = Side(style=style, color=color)
        c0, r0, c1, r1 = range_boundaries(rng)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                cell = self.ws.cell(r, c)
                b = cell.border
                cell.border = Border(
                    left=s if c == c0 else b.left,
                    right=s if c == c1 else b.right,
                    top=s if r == r0 else b.top,
                    bottom=s if r == r1 else b.bottom,
                )

    def page(
        self,
        area: str,
        paper: str = "A4",
        pages_tall: int = 1,
        title_rows: str | None = None,
        footer: str | None = None,
        footer_size: int = 8,
        margins: tuple[float, float, float, float] = (0.6, 0.6, 0.7, 0.7),
    ) -> None:
        """Print ``area`` fitted to one page wide and ``pages_tall`` high (0: as many as it needs)."""
        ws = self.ws
        ws.print_area = area
        ws.page_setup.paperSize = ws.PAPERSIZE_A4 if paper == "A4" else ws.PAPERSIZE_LETTER
        ws.page_setup.orientation = "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = pages_tall
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
        left, right, top, bottom = margins
        ws.page_margins.left, ws.page_margins.right = left, right
        ws.page_margins.top, ws.page_margins.bottom = top, bottom
        ws.page_margins.header = ws.page_margins.footer = 0.3
        if title_rows:
            ws.print_title_rows = title_rows
        if footer:
            ws.oddFooter.center.text = footer
            ws.oddFooter.center.size = footer_size
            ws.oddFooter.center.font = self.font
            self.words.append(footer)

    def save(self, path: Path) -> Path:
        self.wb.save(path)
        return path
