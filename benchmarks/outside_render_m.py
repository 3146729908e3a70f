"""Set M's renderers and checker: fixed-pitch pages through groff (-Tps, Courier) or GNU enscript, then
Ghostscript's ps2pdf; LaTeX sources through pdflatex. ``check`` re-reads a PDF with pdfplumber (as
benchmarks/outside_score.py does) and reports what its text layer lacks.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from outside_common_m import BOLD, Doc

PAPER_PT = {"a4": (595, 842), "letter": (612, 792)}
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1741910400", "FORCE_SOURCE_DATE": "1"}
GROFF_ESC = {"\\": "\\e", "'": "\\(aq", "`": "\\(ga", "^": "\\(ha", "~": "\\(ti"}
AMOUNTS = ("total", "subtotal", "tax")


def _run(cmd: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    res = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, env=ENV, check=False)
    if res.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} failed: {(res.stdout + res.stderr).decode(errors='replace')[-1500:]}"
        )
    return res.stdout


def groff_source(doc: Doc) -> str:
    w, h = PAPER_PT[doc.paper]
    if doc.landscape:
        w, h = h, w
    top = "0.45i" if doc.landscape else "0.6i"
    out = [
        f".pl {h}p",
        ".po 0.55i" if doc.landscape else ".po 0.75i",
        ".ll 11i",
        ".nf",
        ".ft CR",
        f".ps {doc.font_pt:g}",
        f".vs {doc.font_pt * 1.2:g}p",
    ]
    for n, page in enumerate(doc.pages):
        out += [".bp"] if n else []
        out.append(f".sp |{top}")
        for line in page:
            bold = line.startswith(BOLD)
            text = "".join(GROFF_ESC.get(c, c) for c in line.lstrip(BOLD))
            text = "\\&" + text if text.startswith((".", "\\(aq")) else text
            out += [".ft CB", text, ".ft CR"] if bold else [text]
    return "\n".join(out) + "\n"


def render_fixed(doc: Doc, src: Path, work: Path) -> Path:
    w, h = PAPER_PT[doc.paper]
    if doc.landscape:
        w, h = h, w
    ps = work / f"{doc.name}.ps"
    if doc.producer.startswith("groff"):
        text = groff_source(doc)
        (src / f"{doc.name}.tr").write_text(text, encoding="utf-8")
        ps.write_bytes(_run(["groff", "-k", "-Tps", f"-P-p{h}p,{w}p", f"{doc.name}.tr"], src))
    else:
        text = "\f".join("\n".join(line.lstrip(BOLD) for line in page) for page in doc.pages) + "\n"
        (src / f"{doc.name}.txt").write_text(text, encoding="utf-8")
        lines = max(len(p) for p in doc.pages) + 1
        media = "A4" if doc.paper == "a4" else "Letter"
        margins = "54:36:40:36" if doc.paper == "a4" else "50:36:36:36"
        _run(
            [
                "enscript",
                "-B",
                "-q",
                "-X",
                "latin1",
                f"-fCourier{doc.font_pt:g}",
                f"-M{media}",
                f"--margins={margins}",
                f"-L{lines}",
                "-o",
                str(ps),
            ],
            src,
            text.encode("latin-1"),
        )
    pdf = work / f"{doc.name}.pdf"
    _run(
        [
            "gs",
            "-q",
            "-dSAFER",
            "-dBATCH",
            "-dNOPAUSE",
            "-sDEVICE=pdfwrite",
            "-dAutoRotatePages=/None",
            f"-dDEVICEWIDTHPOINTS={w}",
            f"-dDEVICEHEIGHTPOINTS={h}",
            "-dFIXEDMEDIA",
            f"-sOutputFile={pdf}",
            str(ps),
        ],
        work,
    )
    return pdf


def render_latex(doc: Doc, src: Path, work: Path) -> Path:
    tex = src / f"{doc.name}.tex"
    tex.write_text(doc.latex, encoding="utf-8")
    cmd = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={work}", str(tex)]
    for _ in range(2):  # longtable settles its column widths on the second run
        _run(cmd, work)
    return work / f"{doc.name}.pdf"


def render(doc: Doc, out: Path) -> Path:
    """Write ``doc``'s source under out/src and its PDF under out/pdf; return the PDF path."""
    src = out / "src"
    src.mkdir(parents=True, exist_ok=True)
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        made = render_latex(doc, src, work) if doc.producer == "pdflatex" else render_fixed(doc, src, work)
        target = out / "pdf" / f"{doc.name}.pdf"
        shutil.copyfile(made, target)
    return target


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check(doc: Doc, pdf: Path) -> list[str]:
    """What the text layer of ``pdf`` lacks: key values in their printed form (near their label), every
    printed character of a fixed-pitch source, and no ``(cid:..)`` glyphs."""
    import pdfplumber

    with pdfplumber.open(pdf) as p:
        texts = [pg.extract_text() or "" for pg in p.pages]
    problems = []
    if any("(cid:" in t for t in texts):
        problems.append("(cid:..) glyphs in the text layer")
    if doc.pages:
        if len(texts) != len(doc.pages):
            problems.append(f"{len(texts)} pages, source has {len(doc.pages)}")
        for n, (page, text) in enumerate(zip(doc.pages, texts, strict=False), start=1):
            want = "".join("".join(line.lstrip(BOLD) for line in page).split())
            got = "".join(text.split())
            if want != got:
                at = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), 0)
                problems.append(f"page {n} text differs at {want[at : at + 30]!r} / {got[at : at + 30]!r}")
    lines = [_flat(line) for t in texts for line in t.splitlines()]
    bare = [line.replace(" ", "") for line in lines]
    for f, want in doc.key.items():
        if f in ("lang", "template", "producer") or want is None:
            continue
        if f not in doc.shown:
            problems.append(f"{f}: no printed form recorded")
            continue
        label, printed = doc.shown[f]
        loose = doc.spaceless and f != "vendor_name"
        for part in printed.split("|"):  # a tax summed from several printed lines: "19,00|7,00"
            part = _flat(part).replace(" ", "") if loose else _flat(part)
            lab = label.replace(" ", "") if loose else label
            seen = bare if loose else lines
            hits = [i for i, line in enumerate(seen) if part in line]
            if not hits:
                problems.append(f"{f}: {part!r} not in the text layer")
            elif lab and not any(lab in seen[j] for i in hits for j in range(max(0, i - 3), i + 1)):
                problems.append(f"{f}: {part!r} found but not after label {label!r}")
        if f in AMOUNTS:
            cents = sum(int(re.sub(r"\D", "", part) or 0) for part in printed.split("|"))
            if cents != int(re.sub(r"\D", "", want) or 0) or Decimal(want) < 0:
                problems.append(f"{f}: printed {printed!r} is not key {want!r}")
    return problems
