"""Set OF documents: US workers' compensation first report, AU windscreen claim."""

from __future__ import annotations

from reportlab.lib.pagesizes import letter

from outside_docs_of1 import GREY, Form, HexColor


def us_wc_first_report() -> Form:
    f = Form(
        "us_wc_first_report",
        lang="en",
        country="US",
        template="employer first report of injury",
        mode="rl",
        size=letter,
        accent="#7a1f1f",
    )
    f.logo(
        36, 28, "Keystone Ridge Mutual", "Workers' Compensation | Claims Intake, PO Box 4410, Harrisburg PA"
    )
    f.box(400, 26, 176, 46, fill=HexColor("#f3eded"))
    f.txt(404, 35, "FOR CARRIER USE ONLY", 6.5, True)
    f.tf("carrier_claim_no", 404, 38, 168, "KRM-WC-25-031877", "Carrier claim number (if assigned)", h=14)
    f.txt(36, 88, "EMPLOYER'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS", 12.5, True)
    t = f.para(
        36,
        100,
        540,
        "Complete and send within 3 days of knowledge of an injury that results in lost time "
        "beyond the shift, or medical treatment beyond first aid. Type or print. Items marked * are "
        "required. "
        "This form is not an admission of liability.",
        7,
    )
    t = f.band(t + 2, "SECTION A - EMPLOYER")
    t = f.row(
        t,
        ("er_name", 36, 300, "Harlan & Pierce Fabrication LLC", "* Employer name (legal)"),
        ("fein", 344, 110, "84-2917365", "* FEIN"),
        ("er_phone", 462, 114, "(717) 555-0148", "Phone"),
    )
    t = f.row(
        t,
        ("er_addr", 36, 300, "1180 Industrial Park Rd, York PA 17406", "Location where injury occurred"),
        ("policy_no", 344, 130, "WCP 4471902-03", "* WC policy number"),
        ("period", 482, 94, "07/01/24 - 07/01/25", "Policy period"),
    )
    t = f.band(t + 2, "SECTION B - EMPLOYEE")
    t = f.row(
        t,
        ("ee_name", 36, 220, "Marcus J. Whitfield", "* Employee name (first, middle, last)"),
        ("ssn", 264, 100, "512-38-0947", "Social Security no."),
        ("dob", 372, 80, "09/22/1986", "Date of birth"),
        ("ee_phone", 460, 116, "(717) 555-0193", "Home phone"),
    )
    t = f.row(
        t,
        ("ee_addr", 36, 260, "42 Chestnut Ln, Red Lion PA 17356", "Home address"),
        ("job", 304, 130, "Press brake operator", "Occupation / job title"),
        ("hired", 442, 60, "05/02/2019", "Date hired"),
        ("aww", 510, 66, "1,146.00", "Avg weekly wage $"),
    )
    t = f.band(t + 2, "SECTION C - INJURY OR ILLNESS")
    t = f.row(
        t,
        ("doi", 36, 90, "03/14/2025", "* Date of injury"),
        ("time", 134, 60, "10:40 AM", "Time"),
        ("notified", 202, 100, "03/17/2025", "Date employer notified"),
        ("last_day", 310, 100, "03/14/2025", "Last day worked"),
        ("rtw", 418, 158, "not yet", "Return to work date"),
    )
    f.ch(
        "nature",
        36,
        t,
        180,
        ["- select -", "Contusion", "Laceration", "Sprain / strain", "Fracture", "Burn"],
        "Sprain / strain",
        "Nature of injury",
    )
    t = f.tf("body", 226, t, 350, "Lower back, left side", "Part of body affected")
    t = f.tf(
        "how",
        36,
        t,
        540,
        "While lifting a 60 lb steel blank onto the press brake table the employee twisted "
        "and felt a sharp pain in the lower back. He stopped work and reported to the shift lead.",
        "* Describe how the injury occurred (what was the employee doing, objects or substances involved)",
        h=40,
        multi=True,
        size=8.5,
    )
    f.txt(36, t + 7, "Treatment:", 7.5, True)
    f.rb(
        "treatment",
        84,
        t,
        [
            ("none", "None"),
            ("first_aid", "First aid on site"),
            ("clinic", "Clinic / doctor"),
            ("er", "Emergency room"),
            ("hosp", "Hospitalized overnight"),
        ],
        "clinic",
    )
    t += 16
    f.cb("witness", 36, t, True, "Witnessed")
    f.cb("safety", 120, t, False, "Safety equipment provided but not used")
    f.cb("lost_time", 320, t, True, "Lost time beyond day of injury")
    t = f.band(t + 18, "SECTION D - INITIAL MEDICAL TREATMENT")
    t = f.row(
        t,
        ("facility", 36, 290, "Lakeshore Occupational Health Clinic", "Name of facility or physician"),
        ("doctor", 334, 130, "Dr. Anita Rao", "Treating physician"),
        ("fac_phone", 472, 104, "(717) 555-0320", "Phone"),
    )
    t = f.row(t, ("fac_addr", 36, 540, "2290 Loucks Rd, Suite 110, York PA 17408", "Facility address"))
    t = f.band(t + 2, "SECTION E - PREPARED BY")
    t = f.row(
        t,
        ("prep", 36, 250, "Denise Carver, HR Manager", "Name and title"),
        ("prep_date", 294, 90, "03/17/2025", "Date of report"),
        ("prep_phone", 392, 184, "(717) 555-0101", "Phone"),
    )
    f.sign(36, t + 28, 250, "Signature of employer representative")
    f.para(
        36,
        t + 48,
        540,
        "Any person who knowingly and with intent to defraud any insurance company or other "
        "person files an application for insurance or statement of claim containing any materially false "
        "information commits a fraudulent insurance act, which is a crime and subjects such person to "
        "criminal "
        "and civil penalties. Keep a copy for your records. Form KRM-WC-1 (rev. 01/2025).",
        6,
    )
    f.key("claim_number", "KRM-WC-25-031877")
    f.key("policy_number", "WCP 4471902-03")
    f.key("claimant_name", "Marcus J. Whitfield")
    f.key("date_of_loss", "2025-03-14", "03/14/2025")
    f.key("provider", "Lakeshore Occupational Health Clinic")
    return f


def au_windscreen() -> Form:
    f = Form(
        "au_windscreen",
        lang="en",
        country="AU",
        template="windscreen and glass claim",
        mode="fitz",
        accent="#c25e00",
    )
    f.logo(36, 28, "Wattlebank Insurance", "Car insurance | 13 29 47 | ABN 66 203 118 450", shape="square")
    f.txt(559, 40, "Windscreen & Glass Claim", 14, True, align="r")
    f.txt(
        559,
        52,
        "Use this form if your glass repairer did not lodge the claim for you",
        7,
        color=GREY,
        align="r",
    )
    t = f.band(72, "Your details")
    t = f.row(
        t,
        ("claim_no", 36, 150, "WSG-0448217", "Claim number"),
        ("policy", 194, 150, "MOT-2291-5583", "Policy number"),
        ("member", 352, 207, "4417 2290 118", "Wattlebank member number"),
    )
    t = f.row(
        t,
        ("insured", 36, 308, "Priya Nair", "Name of insured"),
        ("mobile", 352, 207, "0412 883 905", "Mobile"),
    )
    t = f.band(t + 2, "Vehicle")
    t = f.row(
        t,
        ("make", 36, 200, "Mazda CX-5 Maxx Sport 2021", "Make / model / year"),
        ("rego", 244, 90, "EKR47P", "Registration"),
        ("vin", 342, 217, "JM0KF4W7A00518842", "VIN"),
    )
    f.ch(
        "state",
        36,
        t,
        90,
        ["Select", "ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"],
        "NSW",
        "State of rego",
    )
    t = f.row(t, ("km", 134, 100, "48,210", "Odometer (km)"))
    t = f.band(t + 2, "What happened")
    t = f.row(
        t,
        ("dol", 36, 110, "12/02/2025", "Date of damage"),
        ("where", 154, 405, "M1 Pacific Motorway near Wyong, northbound", "Where did it happen?"),
    )
    t = f.tf(
        "desc",
        36,
        t,
        523,
        "A stone thrown up by a truck hit the windscreen on the driver's side. The chip "
        "spread into a 30 cm crack overnight.",
        "Describe the damage",
        h=32,
        multi=True,
    )
    f.cb("replaced", 36, t, True, "Windscreen replaced")
    f.cb("repaired", 160, t, False, "Chip repaired only")
    f.cb("other_glass", 280, t, False, "Other glass damaged")
    f.cb("injury", 410, t, False, "Anyone injured")
    t = f.band(t + 20, "Repairer and costs")
    t = f.row(
        t,
        ("repairer", 36, 300, "ClearView Auto Glass Pty Ltd", "Repairer business name"),
        ("abn", 344, 215, "51 824 753 556", "Repairer ABN"),
    )
    t = f.row(
        t,
        ("inv", 36, 150, "CV-118342", "Tax invoice number"),
        ("inv_date", 194, 100, "14/02/2025", "Invoice date"),
        ("gst", 302, 80, "62.64", "GST included ($)", {"q": 2}),
        ("amount", 390, 169, "689.00", "Total amount claimed ($ incl. GST)", {"q": 2, "size": 10}),
    )
    t = f.row(
        t,
        ("excess", 36, 150, "100.00", "Excess paid to repairer ($)", {"q": 2}),
        ("bsb", 194, 100, "062-118", "BSB"),
        ("account", 302, 257, "1048 2277", "Account number"),
    )
    t = f.para(
        36,
        t + 8,
        523,
        "If you are registered for GST, tell us your input tax credit entitlement. We will pay "
        "the repairer directly where they are in our network; otherwise we reimburse you the invoice total "
        "less any excess. Windscreen excess is waived for repairs without replacement.",
        7,
    )
    f.sign(36, t + 30, 240, "Signature of insured")
    f.tf("signed", 320, t + 10, 110, "15/02/2025", "Date")
    f.footer(
        "Wattlebank Insurance Limited AFSL 228931. Read the Product Disclosure Statement before making a "
        "claim. "
        "Privacy: we collect your personal information to assess your claim.",
        "WB-GL-04/24",
    )
    f.key("claim_number", "WSG-0448217")
    f.key("policy_number", "MOT-2291-5583")
    f.key("claimant_name", "Priya Nair")
    f.key("date_of_loss", "2025-02-12", "12/02/2025")
    f.key("amount_claimed", "689.00")
    f.key("provider", "ClearView Auto Glass Pty Ltd")
    return f


DOCS = [us_wc_first_report, au_windscreen]
