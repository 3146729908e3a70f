"""Set OF documents: Canadian travel medical claim (two pages), New Zealand income protection statement."""

from __future__ import annotations

from reportlab.lib.pagesizes import letter

from outside_docs_of1 import GREY, Form, HexColor


def _ca_head(f: Form, page: str):
    f.logo(36, 26, "Northbridge Voyageur Assurance", "Travel insurance claims | 1-888-555-0172 | Toronto, ON")
    f.txt(420, 32, "Claim number", 7, color=GREY)
    f.tf("claimno_p" + page, 420, 35, 156, "TRV-CA-2025-0091543", share="claim_no", h=15, size=0)
    f.hr(58)


def ca_travel_medical() -> Form:
    f = Form(
        "ca_travel_medical",
        lang="en",
        country="CA",
        template="travel emergency medical claim",
        mode="vonly",
        size=letter,
        accent="#003a70",
    )
    _ca_head(f, "1")
    f.txt(36, 78, "Emergency Medical Claim Form - Out of Province / Out of Country", 13, True)
    t = f.para(
        36,
        90,
        540,
        "Complete one form per insured person. Attach itemized bills, proof of payment and "
        "your travel dates. Claims must be submitted within 90 days of the date of treatment. Amounts "
        "paid in foreign currency are reimbursed in Canadian dollars at the rate on the date of service.",
        7,
    )
    t = f.band(t + 2, "PART 1  INSURED PERSON")
    t = f.row(
        t,
        ("insured", 36, 230, "Daniel Okafor", "Name of insured (as shown on your policy)"),
        ("policy", 274, 150, "TMP-558120-44", "Policy number"),
        ("cert", 432, 144, "C 0077 4412", "Certificate / member number"),
    )
    t = f.row(
        t,
        ("addr", 36, 300, "88 Bellwood Ave, Ottawa ON K1S 1S7", "Home address"),
        ("ohip", 344, 130, "4821-339-107-KT", "Provincial health card no."),
        ("phone", 482, 94, "613-555-0187", "Telephone"),
    )
    f.ch(
        "province",
        36,
        t,
        120,
        ["- Province -", "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK"],
        "ON",
        "Province of residence",
    )
    t = f.row(
        t,
        ("dob", 166, 100, "1979-06-02", "Date of birth (YYYY-MM-DD)"),
        ("email", 274, 302, "d.okafor@postbox.example", "Email"),
    )
    t = f.band(t + 2, "PART 2  TRIP DETAILS")
    t = f.row(
        t,
        ("depart", 36, 130, "January 11, 2025", "Departure date"),
        ("return", 174, 130, "February 1, 2025", "Scheduled return date"),
        ("dest", 312, 264, "Sarasota, Florida, USA", "Destination"),
    )
    f.txt(36, t + 7, "Purpose of trip:", 7.5, True)
    f.rb(
        "purpose",
        110,
        t,
        [
            ("vacation", "Vacation"),
            ("business", "Business"),
            ("visit", "Visiting family"),
            ("study", "Study"),
        ],
        "vacation",
    )
    t = f.band(t + 18, "PART 3  MEDICAL EMERGENCY")
    t = f.row(
        t,
        ("onset", 36, 150, "January 19, 2025", "Date of first treatment"),
        ("symptoms", 194, 150, "January 18, 2025", "Date symptoms began"),
        ("doctor", 352, 224, "Dr. Karen Whitlow", "Attending physician"),
    )
    t = f.row(
        t,
        ("hospital", 36, 340, "Gulf Coast Medical Center", "Hospital or clinic where first treated"),
        ("h_phone", 384, 192, "+1 941 555 0110", "Hospital telephone"),
    )
    t = f.tf(
        "diag",
        36,
        t,
        540,
        "Chest pain and shortness of breath at the hotel. Taken by ambulance to the emergency "
        "department, observed overnight, ECG and chest X-ray; diagnosed with acute bronchitis and discharged "
        "with medication the next morning.",
        "Diagnosis and description of the illness or injury",
        h=40,
        multi=True,
        size=8.5,
    )
    f.cb("admitted", 36, t, True, "Admitted to hospital")
    f.cb("assist", 170, t, True, "Assistance centre was called")
    f.cb("preexisting", 340, t, False, "Condition treated in the 6 months before departure")
    f.para(
        36,
        t + 24,
        540,
        "Failure to call the assistance centre before treatment may limit benefits to 80% of "
        "eligible expenses. The deductible shown on your confirmation of coverage applies per claim.",
    )
    f.footer(
        "Northbridge Voyageur Assurance Company. Underwritten in Canada. Form NVA-TM-07 (2024-09).",
        "Page 1 of 2",
    )
    f.new_page()
    _ca_head(f, "2")
    t = f.band(74, "PART 4  EXPENSES CLAIMED (attach original itemized bills)")
    for x, s in [
        (36, "Provider / payee"),
        (226, "Date of service"),
        (316, "Invoice no."),
        (406, "Currency"),
        (576, "Amount (CAD)"),
    ]:
        f.txt(x, t + 7, s, 7, True, align="r" if x > 500 else "l")
    t += 10
    rows = [
        ("Gulf Coast Medical Center", "2025-01-19", "GCM-883140", "USD", "3,412.50"),
        ("Suncoast Radiology Associates", "2025-01-19", "SRA-20417", "USD", "486.25"),
        ("Walgreens #11872", "2025-01-20", "RX 4481203", "USD", "92.00"),
        ("Sarasota Yellow Cab", "2025-01-20", "receipt", "USD", "128.00"),
    ]
    for i, (payee, date, inv, cur, amt) in enumerate(rows, 1):
        t = f.row(
            t - 3,
            (f"payee{i}", 36, 184, payee, None),
            (f"sdate{i}", 226, 84, date, None),
            (f"inv{i}", 316, 84, inv, None),
            (f"cur{i}", 406, 50, cur, None),
            (f"amt{i}", 462, 114, amt, None, {"q": 2}),
        )
    f.txt(454, t + 10, "Total amount claimed (CAD)", 8, True, align="r")
    t = f.tf("total", 462, t, 114, "4,118.75", None, q=2, font="Helvetica-Bold")
    t = f.band(t + 4, "PART 5  OTHER COVERAGE")
    f.txt(36, t + 7, "Do you or your spouse have coverage under a group benefits plan?", 7.5)
    f.rb("group", 300, t, [("yes", "Yes"), ("no", "No")], "yes")
    t = f.row(
        t + 16,
        ("g_ins", 36, 240, "Maple Shield Life", "Group insurer"),
        ("g_plan", 284, 140, "GRP 88120", "Group plan number"),
        ("g_id", 432, 144, "ID 7750 3318", "Member ID"),
    )
    t = f.band(t + 2, "PART 6  AUTHORIZATION AND SIGNATURE")
    t = f.para(
        36,
        t + 6,
        540,
        "I authorize any physician, hospital or other provider to release to Northbridge "
        "Voyageur Assurance and its claims administrator all information about the treatment I received. "
        "I certify that the information on this form is true and complete.",
        7,
    )
    f.sign(36, t + 30, 250, "Signature of insured")
    f.tf("signed", 330, t + 8, 130, "February 5, 2025", "Date signed")
    f.footer(
        "Send to: Claims Department, PO Box 4470 Station A, Toronto ON M5W 4A3, or upload at "
        "nva-claims.example.ca.",
        "Page 2 of 2",
    )
    f.key("claim_number", "TRV-CA-2025-0091543")
    f.key("policy_number", "TMP-558120-44")
    f.key("claimant_name", "Daniel Okafor")
    f.key("date_of_loss", "2025-01-19", "January 19, 2025")
    f.key("amount_claimed", "4118.75", "4,118.75")
    f.key("provider", "Gulf Coast Medical Center")
    return f


def nz_income_protection() -> Form:
    f = Form(
        "nz_income_protection",
        lang="en",
        country="NZ",
        template="income protection claimant statement",
        mode="hand",
        accent="#4a2c6f",
    )
    f.logo(36, 28, "Tasman Mutual Life", "PO Box 10 442, Wellington 6143 | 0800 555 716")
    f.box(380, 24, 179, 34, fill=HexColor("#efe9f5"), stroke=None)
    f.txt(386, 36, "Claim number:", 8, True)
    f.txt(446, 36, "IP-2025-00417", 10, True)
    f.txt(386, 49, "Please quote this number on all documents", 6.5, color=GREY)
    f.txt(36, 80, "Income Protection Claim - Claimant's Statement", 14, True)
    t = f.para(
        36,
        92,
        523,
        "We have opened a claim for you. Please complete this statement and ask your doctor to "
        "complete the Attending Doctor's Statement. The waiting period starts on the first day you were "
        "totally unable to work.",
        7,
    )
    t = f.band(t + 2, "1. Life assured")
    t = f.row(
        t,
        ("la_name", 36, 250, "Hemi R. Walker", "Full name"),
        ("policy", 294, 130, "TML 880 214 7", "Policy number"),
        ("ird", 432, 127, "118-447-902", "IRD number"),
    )
    t = f.row(
        t,
        ("dob", 36, 100, "22/08/1984", "Date of birth"),
        ("addr", 144, 280, "17 Karaka Street, Grey Lynn, Auckland 1021", "Address", {"size": 8.5}),
        ("mobile", 432, 127, "021 555 3390", "Mobile"),
    )
    t = f.band(t + 2, "2. Your occupation and income")
    t = f.row(
        t,
        ("employer", 36, 220, "Harbourline Logistics Ltd", "Employer"),
        ("occupation", 264, 160, "Warehouse supervisor", "Occupation"),
        ("hours", 432, 127, "45", "Hours per week"),
    )
    t = f.row(
        t,
        ("salary", 36, 150, "98,500.00", "Gross annual income ($)", {"q": 2}),
        ("benefit", 194, 150, "6,250.00", "Monthly benefit insured ($)", {"q": 2}),
        ("wait", 352, 207, "8 weeks", "Waiting period"),
    )
    t = f.band(t + 2, "3. Your illness or injury")
    t = f.row(
        t,
        ("stopped", 36, 130, "7/04/2025", "First day totally unable to work"),
        ("last_worked", 174, 130, "4/04/2025", "Last day worked"),
        ("acc", 312, 247, "ACC claim 10047719", "ACC claim number (if an accident)", {"size": 0}),
    )
    t = f.tf(
        "condition",
        36,
        t,
        523,
        "Lumbar disc herniation with sciatica, right leg. Pain began while unloading "
        "a container; MRI on 10 April confirmed the disc prolapse. Awaiting a surgical opinion.",
        "Describe your condition and how it started",
        h=38,
        multi=True,
    )
    f.cb("accident", 36, t, True, "This was caused by an accident")
    f.cb("work_related", 210, t, True, "It happened at work")
    f.cb("other_cover", 360, t, False, "I have other income cover")
    t = f.row(
        t + 16,
        ("gp", 36, 250, "Dr Sarah Lim", "Your usual doctor"),
        ("practice", 294, 265, "Ponsonby Medical Centre", "Practice"),
    )
    t = f.band(t + 2, "4. Declaration")
    t = f.para(
        36,
        t + 6,
        523,
        "I declare that the answers above are true and complete. I authorise Tasman Mutual "
        "Life to obtain information from my doctors, employer, ACC and Inland Revenue to assess this claim.",
        7,
    )
    f.sign(36, t + 28, 230, "Signature of life assured")
    f.tf("signed", 300, t + 8, 100, "14/04/2025", "Date")
    f.footer(
        "Tasman Mutual Life Limited is a licensed insurer under the Insurance (Prudential Supervision) Act "
        "2010. "
        "Financial strength rating A- (AM Best).",
        "TML-IP-CS 03/25",
    )
    f.key("claim_number", "IP-2025-00417", printed=True)
    f.key("policy_number", "TML 880 214 7")
    f.key("claimant_name", "Hemi R. Walker")
    f.key("date_of_loss", "2025-04-07", "7/04/2025")
    return f


DOCS = [ca_travel_medical, nz_income_protection]
