"""Every common way of writing a UK phone number, NHS number, postcode, email, address and name
is hidden; everyday numbers and SEND words are not. One table, so a missed form shows as a row."""

from __future__ import annotations

import pytest

from coprod.text.redaction import redact

# (text, the part that must not survive, the marker that replaces it)
HIDDEN = [
    # UK phone numbers: mobile, landline, freephone; spaces, hyphens, brackets, +44, 0044, (0)
    ("Call 07911 123456 please", "07911 123456", "[phone]"),
    ("Call 07911123456 please", "07911123456", "[phone]"),
    ("Call 07911-123-456 please", "07911-123-456", "[phone]"),
    ("Call 07911 123 456 please", "123 456", "[phone]"),
    ("Call +44 7911 123456 please", "7911 123456", "[phone]"),
    ("Call +447911123456 please", "7911123456", "[phone]"),
    ("Call 0044 7911 123456 please", "7911 123456", "[phone]"),
    ("Call 00447911123456 please", "7911123456", "[phone]"),
    ("Call +44 (0)7911 123456 please", "7911 123456", "[phone]"),
    ("Call 0044 (0) 7911 123456 please", "7911 123456", "[phone]"),
    ("Ring (0116) 496 0123 today", "496 0123", "[phone]"),
    ("Ring 0116 4960123 today", "4960123", "[phone]"),
    ("Ring 020 7946 0958 today", "7946 0958", "[phone]"),
    ("Ring 020-7946-0958 today", "7946-0958", "[phone]"),
    ("Ring +44 20 7946 0958 today", "7946 0958", "[phone]"),
    ("Ring 0044 20 7946 0958 today", "7946 0958", "[phone]"),
    ("Ring 0800 123 4567 today", "123 4567", "[phone]"),
    ("Ring 01632 960001 today", "960001", "[phone]"),
    ("tel:07911123456", "07911123456", "[phone]"),
    ("mob: 07911 123456.", "07911 123456", "[phone]"),
    # NHS numbers: a valid check digit anywhere, or any ten digits right after "NHS number"
    ("NHS number 4010232137 thanks", "4010232137", "[nhs number]"),
    ("NHS no. 401 023 2137", "401 023 2137", "[nhs number]"),
    ("her nhs number is 401-023-2137", "401-023-2137", "[nhs number]"),
    ("NHS: 943 476 5919", "943 476 5919", "[nhs number]"),
    ("number 9434765919 on the letter", "9434765919", "[nhs number]"),
    ("NHS number 123 456 7890", "123 456 7890", "[nhs number]"),
    # Postcodes: every outward-code shape, any case, with or without the space
    ("We live in LE12 8AB now", "LE12 8AB", "[postcode]"),
    ("we live in le12 8ab now", "le12 8ab", "[postcode]"),
    ("postcode SW1A 1AA", "SW1A 1AA", "[postcode]"),
    ("near M1 1AE sadly", "M1 1AE", "[postcode]"),
    ("at B33 8TH", "B33 8TH", "[postcode]"),
    ("in EC1A 1BB", "EC1A 1BB", "[postcode]"),
    ("W1A 0AX", "W1A 0AX", "[postcode]"),
    ("postcode LE128AB", "LE128AB", "[postcode]"),
    ("postcode: ls1 4ap.", "ls1 4ap", "[postcode]"),
    # Emails
    ("email jo.bloggs@example.com", "jo.bloggs@example.com", "[email]"),
    ("JO@EXAMPLE.CO.UK is mine", "JO@EXAMPLE.CO.UK", "[email]"),
    ("first_last+send@mail.example.org", "mail.example.org", "[email]"),
    # Street addresses
    ("at 12 Park Road", "Park Road", "[address]"),
    ("at 3a St John's Close", "St John's Close", "[address]"),
    ("Flat 4, 27 Mill Lane", "Mill Lane", "[address]"),
    ("we live at 27 mill lane", "mill lane", "[address]"),
    ("at 12 Park Rd.", "Park Rd", "[address]"),
    ("101 High Street", "High Street", "[address]"),
    ("14 Oak Tree Avenue", "Oak Tree Avenue", "[address]"),
    ("2 Church View", "Church View", "[address]"),
    # Names: after a relation, a title, a comma, signed off, joined by "and", lower case
    ("My son Jake is 9", "Jake", "[name]"),
    ("my daughter amelia cries", "amelia", "[name]"),
    ("my son, Mohammed, is 7", "Mohammed", "[name]"),
    ("Mr. O'Brien was kind", "O'Brien", "[name]"),
    ("Mrs Smith-Jones was kind", "Smith-Jones", "[name]"),
    ("his TA Mrs Begum", "Begum", "[name]"),
    ("Miss Hughes was great", "Hughes", "[name]"),
    ("Ms Nowak helped", "Nowak", "[name]"),
    ("Dr Patel", "Patel", "[name]"),
    ("I spoke to Jane Smith", "Smith", "[name]"),
    ("Kwabena and Efua both", "Efua", "[name]"),
    ("Thanks, Sarah", "Sarah", "[name]"),
    ("We call her Bee at home", "Bee", "[name]"),
    # a first name that starts a sentence, before a surname
    ("Jo Bloggs never rang us back", "Jo", "[name]"),
    ("Efua Mensah from the school was kind", "Efua", "[name]"),
]

# Numbers and words families use that are not personal data.
KEPT = [
    "We waited 20 weeks for the plan and 2 years for a diagnosis.",
    "She is in Year 6 and has 15 hours of support.",
    "It is a 5 minute drive, and 3 schools said no.",
    "The EHCP was 12 months late; the 0-25 service never rang.",
    "We paid £2,000 for a private assessment in 2023.",
    "He has been in 4 different schools in one place after another.",
    "It took 2 weeks close to the end of term.",
    "CAMHS, SENDIASS and the SENCO all said the annual review is on Monday.",
    # A pronoun after "calls" is not a name: hiding it hides who is being called names.
    "Her stepdad calls her stupid and they called him useless.",
]


@pytest.mark.parametrize(("text", "hidden", "marker"), HIDDEN)
def test_each_form_of_personal_data_is_hidden(text: str, hidden: str, marker: str) -> None:
    redacted = redact(text)
    assert hidden not in redacted, redacted
    assert marker in redacted, redacted


@pytest.mark.parametrize("text", KEPT)
def test_everyday_numbers_and_send_words_are_kept(text: str) -> None:
    assert redact(text) == text
