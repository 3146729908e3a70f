"""Content of synthetic insurance claims and generic label:value forms."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker

from idp.training.synth_content import (
    DocSpec,
    Profile,
    Table,
    address_lines,
    company_name,
    email_for,
    format_date,
    format_money,
    format_number,
    money,
    norm_amount,
    phone,
    random_date,
)

CLAIM_KINDS = {
    "health": (
        ("Provider", "Treating Hospital / Clinic", "Healthcare Provider", "Service Provider"),
        ("Clinic", "Medical Centre", "Hospital", "Family Practice", "Specialist Centre"),
        ("Consultation", "X-ray examination", "Prescription medicines", "Physiotherapy session", "Blood test",
         "Ward charges", "Specialist fee"),
        ("Patient attended the emergency department with a sprained ankle after a fall at home.",
         "Outpatient treatment for a respiratory infection, follow-up visit and medicines.",
         "Day surgery for a minor procedure; claim covers specialist fee and ward charges."),
    ),
    "motor": (
        ("Repairer", "Workshop", "Repair Shop", "Service Provider"),
        ("Auto Repairs", "Panel Beaters", "Motor Workshop", "Car Care Centre"),
        ("Rear bumper replacement", "Paint and refinish", "Headlamp assembly", "Labour", "Wheel alignment",
         "Towing", "Windscreen replacement"),
        ("Vehicle was struck from behind while stationary at traffic lights. Rear bumper and lights damaged.",
         "Collision with a parked car while reversing in a car park; damage to the left front panel.",
         "Windscreen cracked by a stone thrown up by a truck on the motorway."),
    ),
    "property": (
        ("Contractor", "Repair Contractor", "Service Provider", "Loss Adjuster"),
        ("Building Services", "Plumbing", "Restoration", "Roofing", "Electrical Contractors"),
        ("Water damage restoration", "Replacement flooring", "Plumbing repair", "Roof tiles",
         "Drying equipment hire", "Repainting", "Electrical inspection"),
        ("Burst pipe in the kitchen flooded the ground floor overnight; flooring and skirting damaged.",
         "Storm damage to the roof; several tiles lost and water entered the upstairs bedroom.",
         "Kitchen fire caused smoke damage to walls and ceiling; contents partly destroyed."),
    ),
}  # fmt: skip
FORM_TITLES = (
    "Patient Registration Form", "Membership Application", "Customer Information Form",
    "Account Opening Form", "Employment Application", "Change of Address Form", "Student Enrolment Form",
    "Volunteer Application",
)  # fmt: skip
NATIONALITIES = ("American", "British", "Australian", "Malaysian", "German", "French", "Canadian", "Irish")
OCCUPATIONS = (
    "Accountant",
    "Teacher",
    "Nurse",
    "Engineer",
    "Electrician",
    "Sales Manager",
    "Student",
    "Designer",
)


def _dates(rnd: random.Random) -> str:
    return rnd.choice(("{dd}/{mm}/{yyyy}", "{yyyy}-{mm}-{dd}", "{d} {mon} {yyyy}", "{mm}/{dd}/{yyyy}"))


def build_claim(fake: Faker, rnd: random.Random, profile: Profile, pages: int) -> DocSpec:
    kind = rnd.choice(tuple(CLAIM_KINDS))
    provider_labels, provider_words, expense_names, stories = CLAIM_KINDS[kind]
    insurer = f"{fake.last_name()} {rnd.choice(('Insurance', 'Mutual', 'Assurance', 'General Insurance'))}"
    spec = DocSpec(
        doc_type="claim",
        profile=profile,
        title=rnd.choice(("CLAIM FORM", "Insurance Claim Form", "Notice of Loss", "Claim Statement")),
        issuer=insurer,
        issuer_lines=address_lines(fake, rnd),
        pages=pages,
    )
    spec.contact_lines = [f"Claims line: {phone(fake, rnd, profile)}"]
    date_pattern = profile.date_patterns[0] if rnd.random() < 0.6 else rnd.choice(profile.date_patterns)
    pattern = rnd.choice([p for p in profile.money_patterns if p != "{num}"])
    claim_no = rnd.choice(
        (f"CLM-{rnd.randint(2019, 2026)}-{rnd.randint(0, 999999):06d}", fake.bothify("C##-####-??"))
    )
    claim_no = claim_no.upper()
    policy_no = rnd.choice((f"POL-{rnd.randint(10**7, 10**8 - 1)}", fake.bothify("??#######").upper()))
    claimant = fake.name()
    loss = random_date(rnd)
    provider = f"{fake.last_name()} {rnd.choice(provider_words)}"
    count = rnd.randint(2, 6)
    expenses = [money(rnd, 40, 2500) for _ in range(count)]
    amount = sum(expenses, Decimal(0))

    label = rnd.choice
    spec.put("claim_number", claim_no, claim_no)
    spec.put("policy_number", policy_no, policy_no)
    spec.put("claimant_name", claimant, claimant)
    spec.put("date_of_loss", loss.isoformat(), format_date(loss, date_pattern))
    spec.put("amount_claimed", norm_amount(amount), format_money(amount, profile, pattern))
    spec.put("provider", provider, provider)
    born = random_date(rnd, 1945, 55)
    spec.sections = [
        (
            label(("Policy Information", "Policy Details", "Section A - Policy")),
            [
                (label(("Policy Number", "Policy No.", "Policy #")), policy_no),
                (label(("Claim Number", "Claim No.", "Claim Reference")), claim_no),
            ],
        ),
        (
            label(("Claimant Details", "Insured Person", "Section B - Claimant")),
            [
                (label(("Claimant Name", "Name of Claimant", "Insured Name", "Full Name")), claimant),
                ("Date of Birth", format_date(born, date_pattern)),
                ("Address", ", ".join(address_lines(fake, rnd))),
                (label(("Phone", "Telephone", "Mobile")), phone(fake, rnd, profile)),
                ("Email", email_for(claimant, fake)),
            ],
        ),
        (
            label(("Details of Loss", "Incident Details", "Section C - Claim")),
            [
                (label(("Date of Loss", "Date of Incident", "Loss Date")), spec.raw["date_of_loss"] or ""),
                (
                    label(("Amount Claimed", "Claim Amount", "Total Claimed")),
                    spec.raw["amount_claimed"] or "",
                ),
                (label(provider_labels), provider),
                ("Description", rnd.choice(stories)),
            ],
        ),
    ]
    signed = loss + timedelta(days=rnd.randint(1, 40))
    spec.notes = [
        "I declare that the information given is true and complete to the best of my knowledge.",
        f"Signature: ____________________    Date signed: {format_date(signed, date_pattern)}",
    ]
    if pages == 2:
        names = rnd.sample(expense_names, count)
        spec.page2_table = Table(
            columns=["Description", "Date", f"Amount ({profile.currency})"],
            align=["left", "left", "right"],
            widths=[0.55, 0.2, 0.25],
            rows=[
                [n, format_date(loss + timedelta(days=i), date_pattern), format_number(v, profile)]
                for i, (n, v) in enumerate(zip(names, expenses, strict=True))
            ],
        )
        spec.line_items = [
            {"description": n, "quantity": "1", "unit_price": norm_amount(v), "amount": norm_amount(v)}
            for n, v in zip(names, expenses, strict=True)
        ]
        spec.page2_notes = [
            "Please attach original receipts, reports and photographs supporting this claim.",
            "Payment will be made to the account on file unless stated otherwise.",
        ]
    return spec


def build_form(fake: Faker, rnd: random.Random, profile: Profile, pages: int) -> DocSpec:
    org = company_name(fake, rnd, profile)
    spec = DocSpec(
        doc_type="form",
        profile=profile,
        title=rnd.choice(FORM_TITLES),
        issuer=org,
        issuer_lines=address_lines(fake, rnd) if rnd.random() < 0.6 else [],
        pages=pages,
    )
    date_pattern = _dates(rnd)
    label = rnd.choice
    name = fake.name()
    born = random_date(rnd, 1945, 60)
    addr = ", ".join(address_lines(fake, rnd))
    values: list[tuple[str, str, str, str]] = [  # field, label, printed, normalised
        ("name", label(("Full Name", "Name", "Applicant Name")), name, name),
        ("date_of_birth", label(("Date of Birth", "DOB", "Birth Date")), format_date(born, date_pattern),
         born.isoformat()),
        ("phone", label(("Phone", "Telephone", "Mobile Number")), phone(fake, rnd, profile), ""),
        ("email", label(("Email", "E-mail Address", "Email Address")), email_for(name, fake), ""),
        ("address", label(("Address", "Home Address", "Residential Address")), addr, addr),
    ]  # fmt: skip
    extras = [
        ("occupation", "Occupation", rnd.choice(OCCUPATIONS), ""),
        ("employer", "Employer", company_name(fake, rnd, profile), ""),
        ("nationality", "Nationality", rnd.choice(NATIONALITIES), ""),
        (
            "id_number",
            label(("ID Number", "Passport No.", "Member ID")),
            fake.bothify("??######").upper(),
            "",
        ),
    ]
    values += rnd.sample(extras, rnd.randint(1, 3))
    signed: date = random_date(rnd)
    values.append(
        ("date_signed", label(("Date", "Date Signed")), format_date(signed, date_pattern), signed.isoformat())
    )
    for key, _, printed, normal in values:
        spec.put(key, normal or printed, printed)
    pairs = [(lbl, printed) for _, lbl, printed, _ in values]
    spec.sections = [
        (label(("Personal Information", "Applicant Details", "Section 1")), pairs[:5]),
        (label(("Additional Information", "Other Details", "Section 2")), pairs[5:-1]),
    ]
    spec.notes = [
        "By signing this form I confirm the details above are correct.",
        f"Signature: ____________________    {pairs[-1][0]}: {pairs[-1][1]}",
    ]
    if pages == 2:
        contact = fake.name()
        contact_phone = phone(fake, rnd, profile)
        spec.put("emergency_contact_name", contact, contact)
        spec.put("emergency_contact_phone", contact_phone, contact_phone)
        spec.page2_sections = [
            ("Emergency Contact", [("Contact Name", contact), ("Contact Phone", contact_phone),
                                   ("Relationship", rnd.choice(("Spouse", "Parent", "Sibling", "Friend")))]),
        ]  # fmt: skip
        spec.page2_notes = [
            "Privacy notice: the information on this form is used only to process your application.",
            "Office use only: ____________________",
        ]
    return spec
