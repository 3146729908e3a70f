"""Set OF documents: UK escape of water claim (two pages), Portuguese optical reimbursement."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form, HexColor


def _uk_head(f: Form, page: str):
    f.logo(
        36, 26, "Albion Crest Insurance", "Home insurance claims | 0345 600 7721 | claims@albioncrest.example"
    )
    f.txt(420, 34, "Claim reference", 7, color=GREY)
    f.tf("claimref_p" + page, 420, 38, 139, "HOM-2025-118204", share="claim_ref", h=15)
    f.hr(62)


def uk_home_escape_of_water() -> Form:
    f = Form(
        "uk_home_escape_of_water",
        lang="en",
        country="GB",
        template="home claim form escape of water",
        mode="pypdf",
        accent="#00594f",
    )
    _uk_head(f, "1")
    f.txt(36, 84, "Home Insurance Claim Form - Escape of Water", 14, True)
    t = f.para(
        36,
        98,
        523,
        "Please complete all sections in BLOCK CAPITALS or type directly into this form. If you "
        "have already told us about your claim, enter the claim reference shown in our letter. Do not send "
        "original receipts; keep them, as we may ask to see them.",
        7,
    )
    t = f.band(t + 2, "1  ABOUT YOU")
    t = f.row(
        t,
        ("ph_name", 36, 260, "Mrs Eleanor Whitcombe", "Policyholder name (title, forename, surname)"),
        ("pol_no", 304, 140, "ACH/7731/0942", "Policy number"),
        ("postcode", 452, 107, "BS6 7QT", "Postcode"),
    )
    t = f.row(
        t,
        ("addr", 36, 260, "14 Cranbrook Road, Redland, Bristol", "Address of the insured property"),
        ("phone", 304, 140, "07700 914382", "Daytime telephone"),
        ("email", 452, 107, "e.whitcombe@mail.example", "Email", {"size": 7}),
    )
    f.txt(36, t + 7, "The property is:", 7.5, True)
    f.rb(
        "occupancy",
        110,
        t,
        [("own", "Owner occupied"), ("let", "Let to tenants"), ("holiday", "Holiday home")],
        "own",
    )
    t = f.band(t + 18, "2  ABOUT THE ESCAPE OF WATER")
    f.row(
        t,
        ("dol", 36, 120, "14/03/2025", "Date the damage happened"),
        ("discovered", 164, 120, "16/03/2025", "Date you discovered it"),
        ("notified", 292, 120, "17/03/2025", "Date you told us"),
    )
    t = f.ch(
        "cause",
        420,
        t,
        139,
        [
            "- please select -",
            "Burst pipe",
            "Leaking appliance",
            "Leaking shower/bath",
            "Heating system",
            "Other",
        ],
        "Burst pipe",
        "Cause",
    )
    t = f.tf(
        "what",
        36,
        t,
        523,
        "A copper pipe under the bathroom floor split while we were away for the weekend. "
        "Water came through the living room ceiling and soaked the laminate floor, the sofa and a rug.",
        "What happened? Tell us which rooms were affected",
        h=42,
        multi=True,
        size=8.5,
    )
    f.cb("water_off", 36, t, True, "The water supply has been turned off and the leak repaired")
    f.cb("let", 330, t, False, "Any part of the home is let or lodged")
    t += 18
    t = f.row(
        t,
        ("plumber", 36, 260, "Bristol Rapid Plumbing & Heating Ltd", "Who repaired the leak? (company)"),
        ("pl_inv", 304, 120, "INV-20931", "Their invoice number"),
        ("pl_phone", 432, 127, "0117 496 0533", "Their telephone"),
    )
    f.para(
        36,
        t + 8,
        523,
        "Trace and access: your policy covers the cost of finding the source of the leak and "
        "making good, up to GBP 5,000 any one claim. An excess of GBP 350 applies to escape of water claims.",
    )
    f.footer(
        "Albion Crest Insurance plc is authorised by the Prudential Regulation Authority and regulated by "
        "the "
        "Financial Conduct Authority and the PRA. Registered in England No. 04418827.",
        "Page 1 of 2",
    )
    f.new_page()
    _uk_head(f, "2")
    t = f.band(80, "3  WHAT ARE YOU CLAIMING FOR?")
    f.txt(36, t + 7, "Item or work", 7, True)
    f.txt(330, t + 7, "Age (years)", 7, True)
    f.txt(400, t + 7, "Purchase price", 7, True)
    f.txt(559, t + 7, "Amount (GBP)", 7, True, align="r")
    t += 11
    rows = [
        ("Plumber's invoice INV-20931 (trace, access and repair)", "-", "", "385.00"),
        ("Laminate flooring, living room 14 m2", "6", "980.00", "1,140.00"),
        ("Three-seat fabric sofa", "3", "1,049.00", "899.00"),
        ("Wool rug 160 x 230", "4", "210.00", "149.00"),
        ("Skirting boards and redecoration (quote)", "-", "", "272.60"),
    ]
    for i, (item, age, price, amt) in enumerate(rows, 1):
        t = f.row(
            t - 3,
            (f"item{i}", 36, 288, item, None),
            (f"age{i}", 330, 60, age, None),
            (f"price{i}", 400, 70, price, None, {"q": 2}),
            (f"amt{i}", 478, 81, amt, None, {"q": 2}),
        )
    f.txt(470, t + 10, "TOTAL CLAIMED  GBP", 8, True, align="r")
    t = f.tf("total", 478, t, 81, "2,845.60", None, q=2, font="Helvetica-Bold")
    t = f.band(t + 6, "4  BANK DETAILS FOR PAYMENT")
    t = f.row(
        t,
        ("acc_name", 36, 230, "E M Whitcombe", "Account holder"),
        ("sort", 274, 90, "20-45-77", "Sort code"),
        ("acc", 372, 110, "41839206", "Account number"),
    )
    t = f.band(t + 2, "5  DECLARATION")
    t = f.para(
        36,
        t + 6,
        523,
        "I declare that the information given is true and complete to the best of my knowledge. "
        "I understand that if I give false or misleading information my claim may be refused and my policy "
        "cancelled, and that Albion Crest may share information with other insurers to prevent fraud.",
        7,
    )
    f.sign(36, t + 30, 250, "Signature of policyholder")
    f.tf("signed", 320, t + 10, 110, "18/03/2025", "Date")
    f.footer(
        "Please return this form to Albion Crest Home Claims, Freepost ACH CLAIMS, or upload it at "
        "albioncrest.example/claims. Keep a copy for your records.",
        "Page 2 of 2",
    )
    f.key("claim_number", "HOM-2025-118204")
    f.key("policy_number", "ACH/7731/0942")
    f.key("claimant_name", "Mrs Eleanor Whitcombe")
    f.key("date_of_loss", "2025-03-14", "14/03/2025")
    f.key("amount_claimed", "2845.60", "2,845.60")
    f.key("provider", "Bristol Rapid Plumbing & Heating Ltd")
    return f


def pt_reembolso_otica() -> Form:
    f = Form(
        "pt_reembolso_otica",
        lang="pt",
        country="PT",
        template="pedido de reembolso despesas de ótica",
        mode="pypdf-na",
        accent="#00695c",
    )
    f.logo(36, 28, "Lusitana Seguros de Saúde", "Gestão de Sinistros Saúde | 21 555 4471 | Lisboa")
    f.txt(559, 38, "PEDIDO DE REEMBOLSO", 13, True, align="r")
    f.txt(559, 50, "Despesas de ótica (óculos e lentes)", 7.5, color=GREY, align="r")
    f.box(36, 62, 523, 22, fill=HexColor("#e0f2f1"), stroke=None)
    f.txt(42, 76, "Nº de processo (a preencher pelos serviços):", 7.5, color=GREY)
    f.hr(78, 210, 150, 0.4, GREY)
    t = f.band(92, "1. IDENTIFICAÇÃO")
    t = f.row(
        t,
        ("tomador", 36, 250, "Atlântico Têxteis, Lda.", "Tomador do seguro (empresa)"),
        ("apolice", 294, 130, "SA-771-204458", "Nº de apólice"),
        ("cartao", 432, 127, "PS 0044871-02", "Nº de pessoa segura"),
    )
    t = f.row(
        t,
        ("segura", 36, 250, "Ana Rita Gonçalves", "Nome da pessoa segura"),
        ("tel", 294, 130, "912 555 418", "Telemóvel"),
        ("email", 432, 127, "argoncalves@mail.example", "Email", {"size": 7}),
    )
    f.txt(36, t + 7, "NIF da pessoa segura", 6.8, color=GREY)
    f.tf("nif", 36, t + 8.5, 160, "254418827", comb=9, font="Courier", size=11, h=17)
    t = f.row(t, ("morada", 210, 349, "Rua de Cedofeita 447, 3.º Esq., 4050-180 Porto", "Morada"))
    t = f.band(t + 4, "2. DESPESA APRESENTADA")
    t = f.row(
        t,
        ("prestador", 36, 280, "Óptica Central do Bonfim, Lda.", "Prestador (ótica)"),
        ("nif_prest", 324, 100, "507 441 882", "NIF do prestador"),
        ("fatura", 432, 127, "FR 2025/1187", "Nº fatura-recibo"),
    )
    t = f.row(
        t,
        ("data_desp", 36, 100, "07-01-2025", "Data da despesa"),
        ("prescricao", 144, 120, "20-12-2024", "Data da prescrição médica"),
        ("medico", 272, 287, "Dra. Inês Carvalho, oftalmologista", "Médico prescritor"),
    )
    f.txt(36, t + 7, "Descrição", 7, True)
    f.txt(559, t + 7, "Valor (€)", 7, True, align="r")
    t += 10
    for i, (d, v) in enumerate(
        [("Armação", "149,90"), ("Lentes oftálmicas progressivas (2 unidades)", "240,00")], 1
    ):
        t = f.row(t - 3, (f"desc{i}", 36, 420, d, None), (f"val{i}", 464, 95, v, None, {"q": 2}))
    f.txt(456, t + 11, "Total das despesas apresentadas (€)", 8, True, align="r")
    t = f.tf("total", 464, t, 95, "389,90", None, q=2, font="Helvetica-Bold")
    f.cb("outro", 36, t, False, "Despesa comparticipada por outro subsistema (ADSE, SAMS...)", lsize=7)
    f.cb("receita", 330, t, True, "Junto prescrição médica", lsize=7)
    t = f.band(t + 18, "3. REEMBOLSO")
    t = f.row(t, ("iban", 36, 330, "PT50 0035 0447 0001 1882 7713 6", "IBAN para transferência"))
    t = f.para(
        36,
        t + 6,
        523,
        "Declaro que as informações prestadas são verdadeiras e autorizo a Lusitana Seguros de "
        "Saúde a solicitar ao prestador os esclarecimentos necessários. O reembolso está sujeito ao capital "
        "anual de ótica de 250,00 euros e a uma comparticipação de 80%.",
        7,
    )
    t = f.row(t + 2, ("local", 36, 200, "Porto, 10-01-2025", "Local e data"))
    f.sign(300, t - 6, 259, "Assinatura da pessoa segura")
    f.footer(
        "Lusitana Seguros de Saúde, S.A. Capital social 12.500.000 EUR. NIPC 508 447 118. Sede: Av. da "
        "República 44, 1050-194 Lisboa. Supervisionada pela ASF.",
        "LSS-RO 2024",
    )
    f.key("policy_number", "SA-771-204458")
    f.key("claimant_name", "Ana Rita Gonçalves")
    f.key("date_of_loss", "2025-01-07", "07-01-2025")
    f.key("amount_claimed", "389.90", "389,90")
    f.key("provider", "Óptica Central do Bonfim, Lda.")
    return f


DOCS = [uk_home_escape_of_water, pt_reembolso_otica]
