"""Held-out set "AF", documents 10-12: Italy, the Netherlands, Brazil.
All companies, people and numbers are invented."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

from outside_docs_af1 import Doc, Form, compute, dt, item_values, money, qty
from outside_docs_af2 import make_doc
from outside_docs_af3 import classic, grid, minimal


def _comma_qty(q) -> str:
    return qty(q).replace(".", ",")


def it_tipografia() -> Doc:
    fm = Form(
        title="FATTURA",
        meta=[
            ("Fattura n.", "inv_no"),
            ("Data", "date"),
            ("Scadenza", "due"),
            ("Cod. cliente", "cust_no"),
            ("Vs. ordine", "po"),
            ("C.F. cliente", "cf"),
        ],
        parties=[("Spett.le", "bill_to", 4), ("Destinazione merce", "ship_to", 3)],
        cols=[
            ("Descrizione", "desc", 0.54),
            ("Q.tà", "qty", 0.1),
            ("Prezzo unit.", "price", 0.16),
            ("Importo", "amt", 0.2),
        ],
        rows=7,
        totals=[
            ("Totale merce", "subtotal"),
            ("Sconto 5%", "disc"),
            ("Spese di spedizione", "ship"),
            ("IVA 22%", "tax"),
            ("!Totale fattura", "total"),
        ],
        checks=[("Pagata", "paid_chk")],
        notes=[("Modalità di pagamento", "bank", 2), ("Note", "notes", 1)],
        lines=[
            "Contributo CONAI assolto ove dovuto. Documento privo di valenza fiscale ai sensi dell'art. "
            "21 DPR 633/72:",
            "la fattura elettronica è disponibile nel Suo cassetto fiscale.",
        ],
        accent=(0.1, 0.4, 0.2),
    )
    s = classic(fm, A4, field_fill=(0.96, 0.96, 0.9))
    s.tune({"cf": {"kind": "comb", "maxlen": 16, "size": 8}, "total": {"size": 11}})
    items = [
        ("Biglietti da visita 2 facce, 350 g", 500, "0.09"),
        ("Carta intestata A4 100 g", 1000, "0.07"),
        ("Brochure A5 8 pagine, 4 colori", 250, "1.84"),
        ("Impaginazione grafica", 1, "120.00"),
    ]
    c = compute(items, [22], disc="34.75", ship=12)  # sconto 5 % of 695.00
    v = item_values(items, c, "eu")
    v |= {
        "vendor": "Tipografia Bellandi S.n.c.",
        "vendor_addr": "Via dei Servi 41\n50122 Firenze (FI)\nP.IVA 05583920481",
        "inv_no": "112/2025",
        "date": dt("2025-03-14", "d/m/Y"),
        "due": dt("2025-04-13", "d/m/Y"),
        "cust_no": "00417",
        "po": "ord. 23 del 03/03/2025",
        "cf": "BNCLGU72C15D612K",
        "bill_to": "Studio Legale Bianchi\nAvv. Luigi Bianchi\nPiazza della Signoria 5\n50122 Firenze (FI)",
        "ship_to": "Ritiro in sede",
        "subtotal": money(c["subtotal"], "eu"),
        "disc": money(c["disc"], "eu"),
        "ship": money(c["ship"], "eu"),
        "tax": money(c["tax"], "eu"),
        "total": money(c["total"], "eu", post=" EUR"),
        "paid_chk": "Yes",
        "bank": "Bonifico bancario - IBAN IT60 X054 2811 1010 0000 0123 456\nBanca di Credito Fiorentino",
        "notes": "Pagamento ricevuto il 14/03/2025, grazie.",
    }
    return make_doc(
        "af10_it_tipografia",
        "IT",
        "it",
        "rl",
        "classic A4; vendor in fields, codice fiscale comb field, sconto and spese di spedizione, ticked "
        "'Pagata' checkbox, cream-filled fields",
        s,
        v,
        c,
        currency="EUR",
        vendor="Tipografia Bellandi S.n.c.",
        date="2025-03-14",
        due="2025-04-13",
    )


def nl_catering() -> Doc:
    fm = Form(
        title="FACTUUR",
        meta=[
            ("Factuurnummer", "inv_no"),
            ("Factuurdatum", "date"),
            ("Vervaldatum", "due"),
            ("Klantnummer", "cust_no"),
            ("Uw referentie", "po"),
        ],
        parties=[("Factuuradres", "bill_to", 4), ("Afleveradres", "ship_to", 3)],
        cols=[
            ("Omschrijving", "desc", 0.55),
            ("Aantal", "qty", 0.1),
            ("Prijs", "price", 0.15),
            ("Bedrag", "amt", 0.2),
        ],
        rows=6,
        totals=[
            ("Subtotaal", "subtotal"),
            ("BTW 9%", "tax"),
            ("!Totaal", "total"),
            ("Aanbetaling", "paid"),
            ("Nog te betalen", "balance"),
        ],
        checks=[("Aanbetaling ontvangen", "dep_chk")],
        notes=[("Betaalgegevens", "bank", 2), ("Opmerkingen", "notes", 2)],
        lines=[
            "Wij verzoeken u het openstaande bedrag binnen 14 dagen over te maken onder vermelding van "
            "het factuurnummer."
        ],
        accent=(0.85, 0.45, 0.0),
    )
    s = minimal(fm, A4, field_border=(0.8, 0.8, 0.8))
    s.tune({"total": {"size": 0}, "balance": {"size": 0}, "vendor": {"size": 0}})
    items = [
        ("Lunchbuffet Hollands, 45 personen", 45, "17.50"),
        ("Taarten, assortiment (per stuk)", 6, "24.95"),
        ("Koffie- en thee-arrangement", 45, "3.25"),
        ("Bezorging en opbouw", 1, "55.00"),
    ]
    c = compute(items, [9])
    paid = 300
    v = item_values(items, c, "eu", pstyle="eu")
    v |= {
        "vendor": "Bakkerij & Catering De Zwaan B.V.",
        "vendor_addr": "Oudegracht 212\n3511 NT Utrecht\nKvK 71839204  BTW NL858201447B01",
        "inv_no": "2025-0219",
        "date": dt("2025-03-14", "d-m-Y"),
        "due": dt("2025-03-28", "d-m-Y"),
        "cust_no": "3307",
        "po": "Jubileum 25 jaar",
        "bill_to": "Van der Velde Installatietechniek B.V.\nt.a.v. mevr. S. Bakker\nLage Weide 14\n3542 "
        "DH Utrecht",
        "ship_to": "Kantine, Lage Weide 14\n3542 DH Utrecht",
        "subtotal": money(c["subtotal"], "eu", "€ "),
        "tax": money(c["tax"], "eu", "€ "),
        "total": money(c["total"], "eu", "€ "),
        "paid": money(paid, "eu", "€ "),
        "balance": money(c["total"] - paid, "eu", "€ "),
        "dep_chk": "Yes",
        "bank": "IBAN NL42 RABO 0312 8844 17\nt.n.v. De Zwaan B.V.",
        "notes": "Aanbetaling ontvangen op 03-03-2025.",
    }
    return make_doc(
        "af11_nl_catering",
        "NL",
        "nl",
        "pypdf-ap",
        "minimal A4; vendor in right-aligned fields (auto-size name), bordered fields, aanbetaling and "
        "nog te "
        "betalen below the total, ticked checkbox",
        s,
        v,
        c,
        currency="EUR",
        vendor="Bakkerij & Catering De Zwaan B.V.",
        date="2025-03-14",
        due="2025-03-28",
    )


def br_oficina() -> Doc:
    vendor = "Oficina Mecânica Irmãos Tavares Ltda."
    fm = Form(
        title="FATURA DE SERVIÇOS",
        vendor_print=[
            vendor,
            "Rua Padre Chagas 388 – Moinhos de Vento",
            "Porto Alegre – RS, CEP 90570-080",
            "CNPJ 27.418.553/0001-09 · (51) 3346-2210",
        ],
        vendor_caption="Prestador",
        meta=[
            ("Fatura nº", "inv_no"),
            ("Emissão", "date"),
            ("Vencimento", "due"),
            ("OS nº", "order_no"),
            ("Placa do veículo", "plate"),
            ("Forma de pagamento", "terms"),
        ],
        parties=[("Cliente", "bill_to", 3), ("CPF do cliente", "cpf", 1)],
        cols=[
            ("Descrição", "desc", 0.55),
            ("Qtd.", "qty", 0.1),
            ("Valor unit.", "price", 0.16),
            ("Valor total", "amt", 0.19),
        ],
        rows=7,
        totals=[("Subtotal", "subtotal"), ("Desconto", "disc"), ("!Total a pagar", "total")],
        notes=[("Observações", "notes", 2)],
        lines=[
            "Garantia de 90 dias para peças e serviços, conforme o Código de Defesa do Consumidor.",
            "Documento sem valor fiscal - a NFS-e correspondente é enviada por e-mail.",
        ],
        accent=(0.0, 0.35, 0.2),
    )
    s = grid(fm, A4)
    s.tune(
        {
            "terms": {"kind": "choice", "options": ("PIX", "Boleto", "Cartão de crédito")},
            "cpf": {"kind": "comb", "maxlen": 14, "size": 9},
            "total": {"size": 0},
        }
    )
    items = [
        ("Troca de pastilhas de freio dianteiras", 1, "280.00"),
        ("Disco de freio ventilado (par)", 1, "468.90"),
        ("Fluido de freio DOT 4 (500 ml)", 2, "39.90"),
        ("Mão de obra (h)", "2.5", "140.00"),
        ("Alinhamento e balanceamento", 1, "120.00"),
    ]
    c = compute(items, [], disc="48.70")
    v = item_values(items, c, "eu", qstyle=_comma_qty)
    v |= {
        "inv_no": "FAT-000731",
        "date": dt("2025-03-14", "d/m/Y"),
        "due": dt("2025-03-24", "d/m/Y"),
        "order_no": "OS 5582",
        "plate": "IQT-4B27",
        "terms": "PIX",
        "bill_to": "Mariana Kessler Azevedo\nAv. Independência 1190, ap. 602\n90035-076 Porto Alegre - RS",
        "cpf": "031.557.820-44",
        "subtotal": money(c["subtotal"], "eu", "R$ "),
        "disc": money(c["disc"], "eu", "R$ "),
        "total": money(c["total"], "eu", "R$ "),
        "notes": "PIX: financeiro@irmaostavares.example - enviar comprovante.\nVeículo: VW Polo 2021, "
        "48.215 km.",
    }
    return make_doc(
        "af12_br_oficina",
        "BR",
        "pt",
        "nap",
        "grid A4; vendor printed in the Prestador cell, CPF comb field, payment dropdown, desconto, no tax "
        "lines, values only in /V with NeedAppearances",
        s,
        v,
        c,
        currency="BRL",
        vendor=vendor,
        vendor_src="page:" + vendor,
        tax=False,
        date="2025-03-14",
        due="2025-03-24",
    )


DOCS = [it_tipografia, nl_catering, br_oficina]
