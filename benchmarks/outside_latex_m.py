"""LaTeX building blocks of set M's typeset invoices: a preamble with a choice of font, escaping, and
item tables (tabularx for one page, longtable over several)."""

from __future__ import annotations

FONTS = {
    "lmodern": r"\usepackage{lmodern}",
    "helvet": r"\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}",
    "times": r"\usepackage{mathptmx}",
    "charter": r"\usepackage{charter}",
    "palatino": r"\usepackage{mathpazo}",
}
SPECIAL = {
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "\\": r"\textbackslash{}",
}


def tex(s: str) -> str:
    """``s`` with LaTeX's special characters escaped."""
    return "".join(SPECIAL.get(c, c) for c in s)


def preamble(font: str = "lmodern", size: str = "11pt", paper: str = "a4paper", margin: str = "2cm") -> str:
    return "\n".join(
        [
            rf"\documentclass[{paper},{size}]{{article}}",
            r"\input{glyphtounicode}\pdfgentounicode=1",
            r"\usepackage[T1]{fontenc}",
            r"\usepackage[utf8]{inputenc}",
            FONTS[font],
            r"\usepackage{textcomp}",
            rf"\usepackage[margin={margin},includefoot]{{geometry}}",
            r"\usepackage{array,booktabs,tabularx,longtable,colortbl}",
            r"\usepackage[table]{xcolor}",
            r"\usepackage{fancyhdr}",
            r"\setlength{\parindent}{0pt}",
            r"\setlength{\parskip}{4pt}",
            r"\renewcommand{\arraystretch}{1.25}",
            r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
            r"\AtBeginDocument{\raggedright}",
        ]
    )


def items_table(
    heads: list[str], aligns: str, rows: list[list[str]], totals: list[tuple[str, str]], shade: str = ""
) -> str:
    """A tabularx item table (``aligns`` with one X column), then right-aligned total rows (label, value);
    a label starting with '!' is set in bold."""
    ncol = len(aligns)
    out = [rf"\begin{{tabularx}}{{\linewidth}}{{{aligns}}}", r"\toprule"]
    if shade:
        out.append(rf"\rowcolor{{{shade}}}")
    out.append(" & ".join(rf"\textbf{{{h}}}" for h in heads) + r" \\ \midrule")
    out += [" & ".join(r) + r" \\" for r in rows]
    out.append(r"\midrule")
    for label, value in totals:
        bold = label.startswith("!")
        lab, val = (rf"\textbf{{{label[1:]}}}", rf"\textbf{{{value}}}") if bold else (label, value)
        out.append(rf"\multicolumn{{{ncol - 1}}}{{r}}{{{lab}}} & {val} \\")
    out += [r"\bottomrule", r"\end{tabularx}"]
    return "\n".join(out)


def long_table(
    heads: list[str], spec: str, rows: list[list[str]], cont: str, last: list[tuple[str, str]]
) -> str:
    """A longtable whose header repeats on every page and whose page foot says ``cont``."""
    ncol = len(heads)
    head = " & ".join(rf"\textbf{{{h}}}" for h in heads) + r" \\"
    out = [
        rf"\begin{{longtable}}{{{spec}}}",
        r"\toprule",
        head,
        r"\midrule\endfirsthead",
        r"\toprule",
        head,
        r"\midrule\endhead",
        rf"\midrule\multicolumn{{{ncol}}}{{r}}{{\emph{{{cont}}}}} \\ \endfoot",
        r"\bottomrule\endlastfoot",
    ]
    out += [" & ".join(r) + r" \\" for r in rows]
    out.append(r"\midrule")
    for label, value in last:
        bold = label.startswith("!")
        lab, val = (rf"\textbf{{{label[1:]}}}", rf"\textbf{{{value}}}") if bold else (label, value)
        out.append(rf"\multicolumn{{{ncol - 1}}}{{r}}{{{lab}}} & {val} \\*")
    out.append(r"\end{longtable}")
    return "\n".join(out)
