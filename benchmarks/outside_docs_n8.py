"""Set N, case 15: a Portuguese fatura received by fax behind a fax cover sheet (reportlab pages sent as a
204 x 98 dpi G3 TIFF)."""

from __future__ import annotations

import io
import random
from datetime import timedelta
from decimal import Decimal

import numpy as np

from outside_common_n import (
    EU,
    Built,
    Inv,
    Shown,
    by_rate,
    digits,
    fdate,
    make_key,
    pct,
    pick_items,
)
from outside_common_n import shown as put
from outside_common_n import some_date as pick_date
from outside_data_n import ALIMENTAR
from outside_html_n import reportlab_fonts
from outside_scan_n import fax, render


def n15_pt_fax(rng: random.Random) -> Built:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    reportlab_fonts()
    issued = pick_date(rng)
    items = pick_items(rng, [(d, lo, hi) for d, lo, hi, _ in ALIMENTAR], 5, (2, 4, 5, 6, 10, 12, 20))
    rates = {d: Decimal(r) for d, _, _, r in ALIMENTAR}
    for it in items:
        it.rate = rates[it.desc]
    seq = rng.randint(400, 2400)
    inv = Inv(
        f"FT {issued.year}/{seq}",
        issued,
        issued + timedelta(days=30),
        "EUR",
        "Distribuidora Alimentar Ribeiro & Filhos, Lda.",
        items,
    )
    bases = by_rate(items)
    inv.taxes = [(f"IVA {pct(r)}%", t) for r, _, t in bases]
    p: Shown = {}
    pt_date = "{yyyy}-{mm}-{dd}"
    st = ParagraphStyle("b", fontName="sans", fontSize=10.5, leading=14)
    big = ParagraphStyle("h", parent=st, fontName="sans-b", fontSize=17, leading=21)

    def doc(story: list[object]) -> bytes:
        buf = io.BytesIO()
        SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=14 * mm,
            invariant=1,
        ).build(story)
        return buf.getvalue()

    def grid(data: list[list[str]], widths: list[float], head: bool = True, bold_last: bool = False) -> Table:
        t = Table(data, colWidths=[w * mm for w in widths])
        style = [
            ("FONT", (0, 0), (-1, -1), "sans", 10),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ]
        if head:
            style.append(("FONT", (0, 0), (-1, 0), "sans-b", 10))
        if bold_last:
            style.append(("FONT", (0, -1), (-1, -1), "sans-b", 11))
        t.setStyle(TableStyle(style))
        return t

    customer = f"{digits(rng, 6)}"
    meta = [
        ["Fatura n.º", put(p, "invoice_number", "Fatura n.º", inv.number)],
        ["Data de emissão", put(p, "date", "Data de emissão", fdate(issued, pt_date))],
        ["Data de vencimento", put(p, "due_date", "Data de vencimento", fdate(inv.due, pt_date))],
        ["Cliente n.º", customer],
        ["Guia de transporte", f"GT {issued.year}/{rng.randint(100, 999)}"],
        ["ATCUD", f"JJ3K9M2P-{seq}"],
    ]
    lines = [["Designação", "Qtd.", "Preço unit.", "IVA", "Valor"]]
    lines += [[i.desc, f"{i.qty:.0f}", EU(i.price), f"{pct(i.rate)}%", EU(i.net)] for i in items]
    summary = [["Taxa", "Incidência", "Valor IVA"]] + [[f"{pct(r)}%", EU(b), EU(t)] for r, b, t in bases]
    sums = [
        ["Total ilíquido", put(p, "subtotal", "Total ilíquido", EU(inv.subtotal))],
        ["Total IVA", put(p, "tax", "Total IVA", EU(inv.tax))],
        ["Total (EUR)", put(p, "total", "Total (EUR)", EU(inv.total))],
    ]
    put(p, "currency", "", "EUR")
    put(p, "vendor_name", "", inv.vendor)
    source = doc(
        [
            Paragraph(inv.vendor, big),
            Paragraph(
                "Zona Industrial de Loulé, Lote 22 · 8100-272 Loulé · NIF 507 123 456 · Tel. 289 812 440", st
            ),
            Spacer(1, 8),
            Paragraph(
                "Exmos. Senhores<br/>Hotel Atlântico Vilamoura, Lda.<br/>Rua da Marina 5<br/>8125-401 "
                "Quarteira"
                "<br/>NIF 509 887 120",
                st,
            ),
            Spacer(1, 8),
            Paragraph("FATURA — Original", big),
            grid(meta, [50, 60], head=False),
            Spacer(1, 8),
            grid(lines, [78, 14, 26, 14, 28]),
            Spacer(1, 8),
            grid(summary, [25, 35, 35]),
            Spacer(1, 6),
            grid(sums, [50, 40], head=False, bold_last=True),
            Spacer(1, 8),
            Paragraph("Condições de pagamento: 30 dias. IBAN PT50 0035 0123 0001 2345 6789 0.", st),
            Paragraph(
                "Processado por programa certificado n.º 2231/AT. Os bens foram colocados à disposição do "
                "adquirente na data do documento.",
                st,
            ),
        ]
    )
    sent = issued + timedelta(days=rng.randint(1, 4))
    cover = doc(
        [
            Paragraph("FAX", ParagraphStyle("f", parent=big, fontSize=44, leading=50)),
            Spacer(1, 12),
            grid(
                [
                    ["Para:", "Hotel Atlântico Vilamoura — Contabilidade"],
                    ["Fax n.º:", "+351 289 301 777"],
                    ["De:", "Ribeiro & Filhos — Faturação"],
                    ["Data:", fdate(sent, "{dd}/{mm}/{yyyy}")],
                    ["N.º de páginas:", "2 (incluindo esta)"],
                    ["Assunto:", f"Fatura {inv.number}"],
                ],
                [40, 120],
                head=False,
            ),
            Spacer(1, 18),
            Paragraph(
                f"Exmos. Senhores,<br/><br/>Conforme solicitado, enviamos em anexo a fatura {inv.number} "
                f"referente à vossa encomenda n.º EC-{digits(rng, 5)}, entregue a "
                f"{fdate(issued - timedelta(days=2), '{dd}/{mm}/{yyyy}')}. O original segue por correio."
                "<br/><br/>Com os melhores cumprimentos,<br/>Helena Ribeiro",
                st,
            ),
            Spacer(1, 40),
            Paragraph(
                "Se não receber todas as páginas, por favor contacte-nos pelo telefone 289 812 440.", st
            ),
        ]
    )
    nrng = np.random.default_rng(rng.getrandbits(32))
    pages = render(cover, 200) + render(source, 200)
    header = (
        f"{fdate(sent, '{dd}-{mon}-{yyyy}', 'pt').upper()} 15:{rng.randint(10, 59)}  DE: RIBEIRO FILHOS "
        "+351 289 812 440  P.{page:02d}/{pages:02d}"
    )
    data = fax(pages, header, nrng)
    key = make_key(
        inv,
        lang="pt-PT",
        template="pt-fatura-fax",
        producer="reportlab+fax",
        case="fax cover sheet then the faxed fatura: 204 x 98 dpi bilevel G3 TIFF with a transmission "
        "header (fax date); ATCUD, guia de transporte and client numbers; IVA 6% and 23%",
    )
    return Built("n15_pt_fax", "tif", data, key, source, p)


CASES = [n15_pt_fax]
