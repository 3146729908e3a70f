"""Set OF documents: Irish pet claim, South African motor accident claim."""

from __future__ import annotations

from outside_docs_of1 import GREY, Form


def ie_pet_claim() -> Form:
    f = Form(
        "ie_pet_claim",
        lang="en",
        country="IE",
        template="pet insurance vet fee claim",
        mode="pypdf-na",
        accent="#2e7d32",
    )
    f.logo(
        36,
        28,
        "Shamrock Paws Pet Insurance",
        "Claims: 01 555 8820 | Block C, Harbour Point, Dublin 2",
        shape="square",
    )
    f.txt(559, 40, "VET FEE CLAIM FORM", 13, True, align="r")
    t = f.band(64, "PART A - TO BE COMPLETED BY THE POLICYHOLDER")
    f.txt(36, t + 7, "Policy number (10 characters, as on your schedule)", 6.8, color=GREY)
    f.tf("policy", 36, t + 8.5, 200, "PET4471902", comb=10, font="Courier", size=11, h=17)
    t = f.row(
        t,
        ("claimno", 250, 130, "PC-0092817", "Claim number (if known)"),
        ("member", 388, 171, "SP 118 774", "Member number"),
    )
    t = f.row(
        t + 2,
        ("holder", 36, 250, "Siobhán Ní Bhriain", "Policyholder name"),
        ("eircode", 294, 80, "H91 X2C7", "Eircode"),
        ("mob", 382, 177, "087 555 3314", "Mobile"),
    )
    t = f.row(
        t,
        ("pet", 36, 120, "Biscuit", "Pet's name"),
        ("breed", 164, 160, "Cocker Spaniel", "Breed"),
        ("chip", 332, 227, "985 141 002 337 718", "Microchip number"),
    )
    t = f.row(
        t,
        ("signs", 36, 150, "3 Feb 2025", "Date signs first noticed"),
        ("cond", 194, 365, "Torn cruciate ligament, left hind leg (suspected)", "Condition / injury"),
    )
    t = f.tf(
        "story",
        36,
        t,
        523,
        "Biscuit yelped while chasing a ball on Salthill beach and has been lame on the "
        "left hind leg since. We brought her to our vet the same evening.",
        "Tell us what happened",
        h=32,
        multi=True,
    )
    f.cb("prev", 36, t, False, "Pet has had this condition before")
    f.cb("other_ins", 230, t, False, "Pet is insured elsewhere")
    f.cb("pay_vet", 400, t, False, "Pay the vet directly")
    t = f.row(
        t + 16,
        ("iban", 36, 300, "IE29 AIBK 9311 5212 3456 78", "IBAN for payment"),
        ("bic", 344, 100, "AIBKIE2D", "BIC"),
    )
    f.sign(36, t + 20, 220, "Policyholder signature")
    f.tf("signed_a", 300, t + 2, 100, "10/02/2025", "Date")
    t = f.band(t + 34, "PART B - TO BE COMPLETED BY THE VETERINARY PRACTICE", size=8)
    t = f.row(
        t,
        ("practice", 36, 300, "Riverside Veterinary Hospital", "Practice name"),
        ("vci", 344, 100, "VCI 41187", "VCI reg. no."),
        ("vphone", 452, 107, "091 555 204", "Telephone"),
    )
    t = f.row(
        t,
        ("vet", 36, 200, "Dr. Ciarán Moloney MVB", "Attending veterinary surgeon"),
        ("first_seen", 244, 100, "3 Feb 2025", "Date first seen"),
        ("inv", 352, 100, "INV 77413", "Invoice number"),
    )
    f.txt(36, t + 7, "Treatment", 7, True)
    f.txt(559, t + 7, "EUR", 7, True, align="r")
    t += 10
    for i, (item, amt) in enumerate(
        [
            ("Consultation and examination", "65.00"),
            ("Radiographs under sedation (2 views)", "180.00"),
            ("Carprofen 50 mg x 28, Gabapentin", "42.50"),
            ("Support bandage and follow-up check", "125.00"),
        ],
        1,
    ):
        t = f.row(t - 3, (f"tr{i}", 36, 420, item, None), (f"ta{i}", 464, 95, amt, None, {"q": 2}))
    f.txt(456, t + 11, "Total of invoice / amount claimed  EUR", 8, True, align="r")
    t = f.tf("total", 464, t, 95, "412.50", None, q=2, font="Helvetica-Bold")
    f.sign(36, t + 24, 220, "Veterinary surgeon signature and practice stamp")
    f.footer(
        "Shamrock Paws Pet Insurance DAC is regulated by the Central Bank of Ireland. An excess of EUR 95 "
        "and 10% co-payment applies to each condition per policy year.",
        "SP-CL-2 v5",
    )
    f.key("claim_number", "PC-0092817")
    f.key("policy_number", "PET4471902", comb=True)
    f.key("claimant_name", "Siobhán Ní Bhriain")
    f.key("date_of_loss", "2025-02-03", "3 Feb 2025")
    f.key("amount_claimed", "412.50")
    f.key("provider", "Riverside Veterinary Hospital")
    return f


def za_motor_accident() -> Form:
    f = Form(
        "za_motor_accident",
        lang="en",
        country="ZA",
        template="motor accident claim form",
        mode="pypdf",
        accent="#8a1538",
    )
    f.logo(36, 28, "Protea Shield Insurance", "Commercial motor claims | 0860 555 214 | FSP 44718")
    f.txt(559, 38, "MOTOR CLAIM FORM", 14, True, align="r")
    f.txt(559, 50, "Accident / collision damage", 7.5, color=GREY, align="r")
    t = f.band(66, "A. THE INSURED")
    t = f.row(
        t,
        ("insured", 36, 270, "Mthembu Hardware (Pty) Ltd", "Name of insured"),
        ("policy", 314, 120, "PSM 0442871", "Policy number"),
        ("claim", 442, 117, "MV25-338104", "Claim number"),
    )
    t = f.row(
        t,
        ("reg_no", 36, 130, "2011/118204/07", "Company registration no.", {"size": 0}),
        ("vat", 174, 110, "4470193385", "VAT number"),
        ("contact", 292, 150, "Nomsa Mthembu", "Contact person"),
        ("tel", 450, 109, "031 555 7742", "Telephone"),
    )
    f.txt(36, t + 7, "Is the insured registered for VAT?", 7.5)
    f.rb("vat_reg", 190, t, [("yes", "Yes"), ("no", "No")], "yes")
    t = f.band(t + 18, "B. THE VEHICLE AND DRIVER")
    t = f.row(
        t,
        ("vehicle", 36, 190, "Toyota Hilux 2.4 GD-6 2022", "Make and model"),
        ("vreg", 234, 90, "ND 458-221", "Registration no."),
        ("vin", 332, 227, "AHTKB3CD502718844", "VIN / chassis number"),
    )
    t = f.row(
        t,
        ("driver", 36, 190, "Sipho Dlamini", "Driver's full name"),
        ("id_no", 234, 130, "8403125801087", "Driver's ID number"),
        ("licence", 372, 90, "Code EB", "Licence code"),
        ("relation", 470, 89, "Employee", "Relation to insured", {"size": 0}),
    )
    t = f.band(t + 2, "C. THE ACCIDENT")
    t = f.row(
        t,
        ("date", 36, 110, "2025/03/14", "Date of accident"),
        ("time", 154, 60, "07:55", "Time"),
        ("place", 222, 337, "Umgeni Road / Argyle Road intersection, Durban", "Place of accident"),
    )
    t = f.row(
        t,
        ("saps", 36, 170, "CAS 112/03/2025", "SAPS case / AR number"),
        ("station", 214, 150, "Berea SAPS", "Police station"),
        ("reported", 372, 187, "2025/03/14", "Date reported to police"),
    )
    t = f.tf(
        "account",
        36,
        t,
        523,
        "Our bakkie was travelling north on Umgeni Road when the third party's taxi "
        "jumped the red light at Argyle Road and struck the left front fender and door. No one was injured.",
        "Describe how the accident happened",
        h=34,
        multi=True,
        size=8.5,
    )
    f.cb("injured", 36, t, False, "Persons injured")
    f.cb("towed", 150, t, False, "Vehicle towed")
    f.cb("photos", 260, t, True, "Photographs attached")
    f.cb("j88", 400, t, False, "Alcohol test taken")
    t = f.band(t + 18, "D. THIRD PARTY")
    t = f.row(
        t,
        ("tp_name", 36, 190, "Lungelo Ngcobo", "Name"),
        ("tp_reg", 234, 90, "NUZ 77-114", "Registration"),
        ("tp_ins", 332, 120, "Indlovu General", "Their insurer"),
        ("tp_tel", 460, 99, "072 555 0188", "Telephone"),
    )
    t = f.band(t + 2, "E. REPAIRS")
    t = f.row(
        t,
        ("repairer", 36, 250, "Umgeni Auto Body CC", "Approved panel beater"),
        ("quote_no", 294, 100, "Q-55817", "Quotation no."),
        ("quote_date", 402, 157, "2025/03/18", "Quotation date"),
    )
    t = f.row(
        t,
        ("amount", 36, 170, "38 615,50", "Repair quotation incl. VAT (R)", {"q": 2, "size": 0}),
        ("excess", 214, 150, "5 000,00", "Basic excess (R)", {"q": 2, "size": 0}),
        ("sum_ins", 372, 187, "468 000,00", "Sum insured / retail value (R)", {"q": 2, "size": 0}),
    )
    t = f.para(
        36,
        t + 8,
        523,
        "I/We declare that the above particulars are true and complete in every respect. "
        "I/We understand that the excess is payable by the insured directly to the repairer.",
        7,
    )
    f.sign(36, t + 28, 230, "Signature of insured / authorised signatory")
    f.tf("signed", 300, t + 8, 120, "2025/03/19", "Date")
    f.footer(
        "Protea Shield Insurance Ltd is a licensed non-life insurer and authorised financial services "
        "provider. "
        "Report all claims within 30 days.",
        "PS-MC-11",
    )
    f.key("claim_number", "MV25-338104")
    f.key("policy_number", "PSM 0442871")
    f.key("claimant_name", "Mthembu Hardware (Pty) Ltd")
    f.key("date_of_loss", "2025-03-14", "2025/03/14")
    f.key("amount_claimed", "38615.50", "38 615,50")
    f.key("provider", "Umgeni Auto Body CC")
    return f


DOCS = [ie_pet_claim, za_motor_accident]
