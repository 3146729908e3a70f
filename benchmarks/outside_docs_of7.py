"""Set OF documents: Indian health reimbursement claim (two pages), Spanish dental reimbursement."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form, HexColor


def in_health_reimbursement() -> Form:
    f = Form(
        "in_health_reimbursement",
        lang="en",
        country="IN",
        template="health reimbursement claim form part A",
        mode="rl",
        uni=True,
        accent="#0b5394",
    )
    f.logo(
        36,
        26,
        "Sahyadri General Insurance Co. Ltd.",
        "Health claims through CareLink TPA Pvt. Ltd. | Toll free 1800 555 4471",
        size=13,
    )
    f.txt(297, 66, "CLAIM FORM - PART A", 12, True, align="c")
    f.txt(297, 78, "(To be filled in by the insured)", 7.5, color=GREY, align="c")
    t = f.para(
        36,
        90,
        523,
        "The issue of this form is not to be taken as an admission of liability. Submit within "
        "15 days of discharge with original bills, discharge summary and investigation reports.",
        6.8,
    )
    t = f.band(t + 2, "A. DETAILS OF PRIMARY INSURED")
    t = f.row(
        t,
        ("policy", 36, 200, "SGI/HLT/2024/0047712", "a) Policy no."),
        ("sl_no", 244, 120, "0003", "b) Sl. no. / Certificate no."),
        ("tpa_id", 372, 187, "CL-88120-4471", "c) Company / TPA ID no."),
    )
    t = f.row(
        t,
        ("name", 36, 260, "Rajesh Kumar Menon", "d) Name"),
        ("mob", 304, 120, "98470 55213", "e) Mobile"),
        ("email", 432, 127, "rk.menon@inbox.example", "f) Email", {"size": 7}),
    )
    t = f.row(
        t, ("address", 36, 523, "12/447 Panampilly Nagar, Ernakulam, Kochi 682036, Kerala", "g) Address")
    )
    t = f.band(t + 2, "B. DETAILS OF INSURANCE HISTORY")
    f.txt(36, t + 7, "Currently covered by any other mediclaim / health insurance:", 7.5)
    f.rb("other_cover", 290, t, [("yes", "Yes"), ("no", "No")], "no")
    t = f.row(
        t + 14,
        ("first_ins", 36, 160, "01-04-2019", "Date of first insurance without break"),
        ("sum_ins", 204, 160, "5,00,000", "Sum insured (Rs.)"),
    )
    t = f.band(t + 2, "C. DETAILS OF INSURED PERSON HOSPITALISED")
    t = f.row(
        t,
        ("patient", 36, 220, "Lakshmi Menon", "a) Name"),
        ("gender", 264, 60, "F", "b) Gender"),
        ("age", 332, 60, "44", "c) Age"),
        ("relation", 400, 159, "Spouse", "d) Relationship to primary insured"),
    )
    t = f.row(
        t,
        ("pan", 36, 160, "AQKPM4471L", "e) PAN"),
        ("aadhaar", 204, 160, "4471 8820 1193", "f) Aadhaar no."),
        ("occupation", 372, 187, "Teacher", "g) Occupation"),
    )
    t = f.band(t + 2, "D. DETAILS OF HOSPITALISATION")
    t = f.row(
        t,
        ("hospital", 36, 330, "Sunrise Multispeciality Hospital", "a) Name of hospital where admitted"),
        ("room", 374, 185, "Semi-private", "b) Room category"),
    )
    t = f.row(
        t,
        ("doa", 36, 120, "14-01-2025", "c) Date of admission"),
        ("toa", 164, 60, "21:30", "Time"),
        ("dod", 232, 120, "19-01-2025", "d) Date of discharge"),
        ("tod", 360, 60, "11:00", "Time"),
    )
    f.ch(
        "cause",
        428,
        t - 28.5,
        131,
        ["Select", "Illness", "Injury", "Maternity"],
        "Illness",
        "e) Hospitalisation due to",
    )
    t = f.tf(
        "diagnosis",
        36,
        t,
        523,
        "Acute calculous cholecystitis; laparoscopic cholecystectomy performed on 15-01-2025.",
        "f) Diagnosis / treatment",
        h=28,
        multi=True,
    )
    f.footer(
        "Sahyadri General Insurance Co. Ltd. IRDAI Reg. No. 188. CIN U66000MH2010PLC204471.", "Page 1 of 2"
    )
    f.new_page()
    t = f.band(40, "E. DETAILS OF CLAIM")
    f.txt(36, t + 7, "Expenses", 7, True)
    f.txt(559, t + 7, "Amount (\u20b9)", 7, True, align="r")
    t += 10
    rows = [
        ("i) Pre-hospitalisation expenses", "4,250.00"),
        ("ii) Hospitalisation expenses", "1,38,900.00"),
        ("iii) Post-hospitalisation expenses", "3,800.00"),
        ("iv) Ambulance charges", "1,700.00"),
    ]
    for i, (label, amt) in enumerate(rows, 1):
        f.txt(40, t + 8, label, 8)
        t = f.tf(f"exp{i}", 409, t - 3, 150, amt, None)
    f.txt(400, t + 9, "Total claimed (\u20b9)", 8.5, True, align="r")
    t = f.tf("total", 409, t - 3, 150, "1,48,650.00", None, font="Helvetica-Bold")
    t = f.row(
        t + 4,
        ("pre_days", 36, 160, "12", "Pre-hospitalisation period (days)"),
        ("post_days", 204, 160, "18", "Post-hospitalisation period (days)"),
        ("lumpsum", 372, 187, "0.00", "Hospital daily cash claimed (\u20b9)"),
    )
    t = f.band(t + 2, "F. DETAILS OF PRIMARY INSURED'S BANK ACCOUNT")
    t = f.row(
        t,
        ("bank", 36, 200, "State Bank of India, Panampilly Nagar", "Bank name and branch", {"size": 8}),
        ("acct", 244, 150, "30118847712", "Account number"),
        ("ifsc", 402, 157, "SBIN0007731", "IFSC code"),
    )
    t = f.band(t + 2, "G. DECLARATION BY THE INSURED")
    t = f.para(
        36,
        t + 6,
        523,
        "I hereby declare that the information furnished in this claim form is true and "
        "correct to the best of my knowledge and belief. If I have made any false or untrue statement, "
        "suppression or concealment of any material fact, my right to claim reimbursement shall be "
        "forfeited. I agree and authorise the TPA / insurance company to seek information from the hospital.",
        7,
    )
    t = f.row(t + 4, ("place", 36, 150, "Kochi", "Place"), ("date_sig", 194, 120, "24-01-2025", "Date"))
    f.sign(330, t + 2, 229, "Signature of the insured")
    t = f.band(t + 24, "FOR TPA USE", x=36, w=260)
    f.tf("intimation", 36, t, 260, "CI2503140882", "Claim intimation no. (allotted by TPA)")
    f.footer(
        "Documents checklist: claim form, original bills and receipts, discharge summary, investigation "
        "reports, pharmacy bills with prescriptions, KYC, cancelled cheque.",
        "Page 2 of 2",
    )
    f.key("claim_number", "CI2503140882")
    f.key("policy_number", "SGI/HLT/2024/0047712")
    f.key("claimant_name", "Rajesh Kumar Menon")
    f.key("date_of_loss", "2025-01-14", "14-01-2025")
    f.key("amount_claimed", "148650.00", "1,48,650.00")
    f.key("provider", "Sunrise Multispeciality Hospital")
    return f


def es_reembolso_dental() -> Form:
    f = Form(
        "es_reembolso_dental",
        lang="es",
        country="ES",
        template="solicitud de reembolso gastos dentales",
        mode="fitz",
        accent="#b3261e",
    )
    f.logo(36, 28, "Ibérica Salud Seguros", "Departamento de Prestaciones | 900 555 412 | Valencia")
    f.txt(559, 38, "SOLICITUD DE REEMBOLSO", 13, True, align="r")
    f.txt(559, 50, "Gastos dentales - modalidad reembolso", 7.5, color=GREY, align="r")
    f.box(390, 60, 169, 26, fill=HexColor("#f7eceb"), stroke=None)
    f.txt(395, 69, "A rellenar por la compañía - Nº de expediente", 6.3, color=GREY)
    f.hr(82, 395, 159, 0.4, GREY)
    t = f.band(94, "1. DATOS DEL TITULAR DE LA PÓLIZA")
    t = f.row(
        t,
        ("titular", 36, 280, "Javier Ortega Ruiz", "Nombre y apellidos del tomador / titular"),
        ("dni", 324, 100, "47281934K", "DNI / NIE"),
        ("tel", 432, 127, "655 41 82 09", "Teléfono"),
    )
    t = f.row(
        t,
        ("poliza", 36, 160, "SD-2291-04478", "Nº de póliza"),
        ("tarjeta", 204, 160, "80 4471 2290 0013", "Nº de tarjeta sanitaria"),
        ("email", 372, 187, "jortega@correo.example", "Correo electrónico"),
    )
    t = f.band(t + 2, "2. DATOS DEL ASEGURADO QUE RECIBE EL TRATAMIENTO")
    t = f.row(
        t,
        ("paciente", 36, 280, "Lucía Ortega Sanz", "Nombre y apellidos"),
        ("nac", 324, 100, "11/09/2012", "Fecha de nacimiento"),
        ("parentesco", 432, 127, "Hija", "Parentesco con el titular"),
    )
    t = f.band(t + 2, "3. DATOS DEL PROFESIONAL O CENTRO")
    t = f.row(
        t,
        ("clinica", 36, 300, "Clínica Dental Sonrisa Mediterránea S.L.", "Clínica / odontólogo"),
        ("cif", 344, 100, "B46127783", "CIF / NIF"),
        ("colegiado", 452, 107, "46004471", "Nº colegiado"),
    )
    t = f.row(
        t,
        ("factura", 36, 160, "FD-2025/0412", "Nº de factura"),
        ("f_fecha", 204, 120, "24/02/2025", "Fecha de factura"),
    )
    t = f.band(t + 2, "4. DETALLE DE LOS TRATAMIENTOS")
    for x, s in [(36, "Fecha"), (116, "Pieza"), (166, "Tratamiento realizado"), (559, "Importe (€)")]:
        f.txt(x, t + 7, s, 7, True, align="r" if x > 500 else "l")
    t += 10
    rows = [
        ("03/02/2025", "-", "Revisión y limpieza bucal", "60,00"),
        ("03/02/2025", "-", "Radiografía panorámica", "45,00"),
        ("10/02/2025", "36", "Obturación composite", "95,00"),
        ("24/02/2025", "26", "Endodoncia molar", "385,00"),
        ("24/02/2025", "26", "Corona de zirconio sobre diente natural", "500,00"),
    ]
    for i, (fecha, pieza, trat, imp) in enumerate(rows, 1):
        t = f.row(
            t - 3,
            (f"fecha{i}", 36, 74, fecha, None),
            (f"pieza{i}", 116, 44, pieza, None),
            (f"trat{i}", 166, 290, trat, None),
            (f"imp{i}", 464, 95, imp, None, {"q": 2}),
        )
    f.txt(456, t + 11, "TOTAL SOLICITADO (€)", 8, True, align="r")
    t = f.tf("total", 464, t, 95, "1.085,00", None, q=2, font="Helvetica-Bold")
    t = f.band(t + 4, "5. FORMA DE PAGO")
    f.txt(36, t + 8, "Abono en cuenta (IBAN)", 7.5)
    t = f.tf("iban", 140, t, 300, "ES91 2100 0418 4502 0005 1332", None)
    f.cb("otra", 36, t, False, "Tengo otro seguro que cubre estos gastos", lsize=7)
    f.cb("accidente", 260, t, False, "El tratamiento se debe a un accidente", lsize=7)
    t = f.para(
        36,
        t + 24,
        523,
        "Adjunte la factura original con el desglose de tratamientos, piezas y fechas. El "
        "reembolso se realiza según el porcentaje y los límites de su póliza. Sus datos se tratarán conforme "
        "al RGPD para la gestión de la prestación.",
        7,
    )
    t = f.row(t + 2, ("lugar", 36, 200, "Valencia, 28/02/2025", "Lugar y fecha"))
    f.sign(300, t - 6, 259, "Firma del titular")
    f.footer(
        "Ibérica Salud Seguros, S.A. Inscrita en el Registro Mercantil de Valencia, tomo 4471, folio 22, "
        "hoja V-20917. CIF A46118842.",
        "ISS-RD-01",
    )
    f.key("policy_number", "SD-2291-04478")
    f.key("claimant_name", "Javier Ortega Ruiz")
    f.key("date_of_loss", "2025-02-03", "03/02/2025")
    f.key("amount_claimed", "1085.00", "1.085,00")
    f.key("provider", "Clínica Dental Sonrisa Mediterránea S.L.")
    return f


DOCS = [in_health_reimbursement, es_reembolso_dental]
