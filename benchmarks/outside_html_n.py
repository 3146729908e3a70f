"""Set N's drawing tools: HTML pages printed by WeasyPrint or headless Chromium, and the TrueType fonts
that the reportlab and fpdf2 layouts register (their built-in fonts cannot print Polish or Czech)."""

from __future__ import annotations

import html
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype")
TTF = {
    "sans": FONTS / "liberation/LiberationSans-Regular.ttf",
    "sans-b": FONTS / "liberation/LiberationSans-Bold.ttf",
    "serif": FONTS / "liberation/LiberationSerif-Regular.ttf",
    "serif-b": FONTS / "liberation/LiberationSerif-Bold.ttf",
    "mono": FONTS / "liberation/LiberationMono-Regular.ttf",
    "mono-b": FONTS / "liberation/LiberationMono-Bold.ttf",
    "dejavu": FONTS / "dejavu/DejaVuSans.ttf",
    "dejavu-b": FONTS / "dejavu/DejaVuSans-Bold.ttf",
    "condensed": FONTS / "dejavu/DejaVuSansCondensed.ttf",
    "condensed-b": FONTS / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "hand": FONTS / "fifthhorseman/dkg.ttf",
}


def esc(text: object) -> str:
    return html.escape(str(text))


def page(
    body: str,
    css: str = "",
    *,
    size: str = "A4",
    margin: str = "14mm",
    font: str = "Liberation Sans",
    pt: float = 9.5,
    lang: str = "en",
) -> str:
    """A full HTML document: the page size and margin, a base font, and the case's own CSS."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: {margin}; }}
* {{ box-sizing: border-box; }}
body {{ font-family: '{font}'; font-size: {pt}pt; color: #1d1d1d; margin: 0; line-height: 1.3; }}
table {{ border-collapse: collapse; }}
td, th {{ vertical-align: top; padding: 2px 5px; }}
.r {{ text-align: right; }} .c {{ text-align: center; }} .b {{ font-weight: bold; }}
.small {{ font-size: 0.82em; }} .muted {{ color: #555; }}
.brk {{ break-before: page; }}
{css}
</style></head><body>{body}</body></html>"""


def rows(
    data: Sequence[Sequence[str]],
    cls: str = "",
    head: Sequence[str] | None = None,
    align: str = "",
    raw: bool = False,
) -> str:
    """A table; ``align`` gives one letter per column (l, r, c); cells are escaped unless ``raw``."""

    def cell(tag: str, i: int, text: str) -> str:
        a = align[i] if i < len(align) else "l"
        klass = {"r": ' class="r"', "c": ' class="c"'}.get(a, "")
        return f"<{tag}{klass}>{text if raw else esc(text)}</{tag}>"

    out = [f'<table class="{cls}">']
    if head:
        out.append("<thead><tr>" + "".join(cell("th", i, h) for i, h in enumerate(head)) + "</tr></thead>")
    out.append("<tbody>")
    for row in data:
        out.append("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def block(lines: Sequence[str], cls: str = "", title: str = "") -> str:
    heading = f'<div class="bt">{esc(title)}</div>' if title else ""
    return f'<div class="{cls}">{heading}' + "<br>".join(esc(x) for x in lines) + "</div>"


def weasy(document: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=document).write_pdf()


def chromium(document: str, *, screenshot: tuple[int, int] | None = None) -> bytes:
    """The page printed to PDF by headless Chromium, or a PNG screenshot of a window of that size."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(document, encoding="utf-8")
        out = Path(tmp) / ("shot.png" if screenshot else "out.pdf")
        args = [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-pdf-header-footer",
            f"--user-data-dir={tmp}/profile",
        ]
        if screenshot:
            args += [f"--window-size={screenshot[0]},{screenshot[1]}", f"--screenshot={out}"]
        else:
            args += [f"--print-to-pdf={out}"]
        subprocess.run([*args, src.as_uri()], check=True, capture_output=True, timeout=120)
        return out.read_bytes()


def reportlab_fonts() -> None:
    """Register the TrueType fonts with reportlab under the names of :data:`TTF`."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in TTF.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
    for family in ("sans", "serif", "mono", "dejavu", "condensed"):
        b = f"{family}-b"
        pdfmetrics.registerFontFamily(family, normal=family, bold=b, italic=family, boldItalic=b)


def fpdf_fonts(pdf: object) -> None:
    """Add the TrueType families (regular and bold) to an fpdf2 document."""
    for family in ("sans", "serif", "mono", "dejavu", "condensed"):
        pdf.add_font(family, "", str(TTF[family]))  # type: ignore[attr-defined]
        pdf.add_font(family, "B", str(TTF[f"{family}-b"]))  # type: ignore[attr-defined]


def fpdf_row(
    pdf: object,
    widths: Sequence[float],
    cells: Sequence[str],
    align: str = "",
    *,
    h: float = 6.0,
    style: str = "",
    size: float = 8.5,
    border: int | str = 1,
    fill: tuple[int, int, int] | None = None,
    family: str = "sans",
) -> None:
    """One table row of fpdf2 cells from the current x; ``align`` one letter (L, R, C) per column."""
    pdf.set_font(family, style, size)  # type: ignore[attr-defined]
    if fill:
        pdf.set_fill_color(*fill)  # type: ignore[attr-defined]
    x = pdf.get_x()  # type: ignore[attr-defined]
    for i, (w, text) in enumerate(zip(widths, cells, strict=True)):
        a = align[i].upper() if i < len(align) else "L"
        pdf.cell(w, h, text, border=border, align=a, fill=bool(fill))  # type: ignore[attr-defined]
    pdf.ln(h)  # type: ignore[attr-defined]
    pdf.set_x(x)  # type: ignore[attr-defined]
