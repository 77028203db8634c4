"""Personal data is hidden before anyone reads a comment; SEND words and other scripts stay."""

from __future__ import annotations

import pytest

from coprod.text.pipeline import analyse
from coprod.text.redaction import redact


@pytest.mark.parametrize(
    ("text", "hidden", "marker"),
    [
        ("My son Jake has been waiting two years.", "Jake", "[name]"),
        ("my son jake has autism", "jake", "[name]"),
        ("My daughter, Amelia, was sent home again.", "Amelia", "[name]"),
        ("We have a boy called Oliver in year 3.", "Oliver", "[name]"),
        ("Mrs Okafor the SENCO is a star.", "Okafor", "[name]"),
        ("Dr Patel phoned us personally.", "Patel", "[name]"),
        ("Amelia's plan was due in June.", "Amelia", "[name]"),
        ("It took too long. Thanks, Sarah", "Sarah", "[name]"),
        ("I spoke to Jane Smith at the council.", "Smith", "[name]"),
        ("Email me at jo.bloggs@example.com please", "jo.bloggs@example.com", "[email]"),
        ("Ring me on 07700 900123 any time", "07700 900123", "[phone]"),
        ("Ring me on +44 7700 900123 any time", "7700 900123", "[phone]"),
        ("Our landline is 0116 496 0123.", "0116 496 0123", "[phone]"),
        ("We live at LE12 8AB and there is no bus.", "LE12 8AB", "[postcode]"),
        ("The portal https://send.example.org/login never works.", "example.org", "[url]"),
        ("Her NHS number is 943 476 5919 if you need it.", "943 476 5919", "[nhs number]"),
        ("His DOB is 12/04/2016.", "12/04/2016", "[date of birth]"),
        ("She was born on 3rd March 2015 in hospital.", "3rd March 2015", "[date of birth]"),
        ("Send it to 12 Park Road, please.", "12 Park Road", "[address]"),
        ("We moved to 3a St John's Close in May.", "St John's Close", "[address]"),
        ("Ms. Khan was brilliant with him.", "Khan", "[name]"),
        ("Dr. Jones said no.", "Jones", "[name]"),
    ],
)
def test_personal_data_is_replaced_by_a_marker(text: str, hidden: str, marker: str) -> None:
    redacted = redact(text)
    assert hidden not in redacted
    assert marker in redacted


def test_first_name_and_surname_become_one_marker() -> None:
    assert redact("I spoke to Jane Smith at the council.") == "I spoke to [name] at the council."


def test_send_words_services_months_and_days_are_not_redacted() -> None:
    text = ("CAMHS, SENDIASS, the SENCO, Ofsted and the Local Offer all said the EHCP review "
            "would be on Monday in March. Makaton and Portage helped. Autism and ADHD.")
    assert redact(text) == text


def test_a_nhs_looking_number_without_check_digit_or_context_is_left_alone() -> None:
    assert redact("We waited 123 456 7890 minutes") == "We waited 123 456 7890 minutes"


def test_emoji_and_non_latin_scripts_survive_unchanged() -> None:
    text = "Thank you 😊🙏 شكرا جزيلا 谢谢 धन्यवाद — the transport is much better"
    assert redact(text) == text


def test_analysis_output_never_contains_the_child_name() -> None:
    result = analyse("My son Jake (14) is still waiting for CAMHS.")
    assert "Jake" not in result.redacted_text
    assert all("jake" not in phrase for phrase in result.phrases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kwabena has been excluded twice.", "[name] has been excluded twice."),
        ("Oluwaseun said she would ring back.", "[name] said she would ring back."),
        ("Adaeze's teacher is lovely.", "[name]'s teacher is lovely."),
        ("Kwabena and Efua are twins.", "[name] and [name] are twins."),
        ("Jake and Ruby go to the club.", "[name] and [name] go to the club."),
        # what follows says a person: an adverb before what they did, or a past tense
        ("Jo never called us back.", "[name] never called us back."),
        ("Efua rang twice and left a message.", "[name] rang twice and left a message."),
        ("Kwabena always asks for his mum.", "[name] always asks for his mum."),
        ("Grace never came back to us.", "[name] never came back to us."),
        ("Adaeze phoned the school.", "[name] phoned the school."),
        ("Pip has been excluded twice.", "[name] has been excluded twice."),
    ],
)
def test_a_name_that_is_not_listed_is_redacted_when_a_person_verb_follows(
        text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We moved from Tameside last year.",
        "In Leicestershire we had a key worker.",
        "The respite centre in Harrogate is lovely.",
        "Tameside is awful for this, and Tameside and Oldham share a team.",
        "The training starts from January and runs from Sept 2025.",
        "Kooth has helped her a lot.",
        "Tameside never replied.",
        "Makaton helped him talk.",
        "Minecraft helped him make friends.",
        "Teams worked well for the review.",
        "Sendiass always answer the phone.",
        "Lockdown changed everything for us.",
        "Brexit has made staffing worse.",
        "Cahms never rang back.",
    ],
)
def test_places_services_and_months_are_not_people(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "School is awful. Monday was hard. EHCP is late. SENCO said no.",
        "Weve had 4 caseworkers. Finally got a diagnosis. Honestly it is a joke.",
        "They dont listen to my daughter. She cant speak but she communicates.",
        "How do I apply for a blue badge for my son? Not sure who to ask.",
        "My daughter won't talk to any of them now.",
        "nobody has even returned my call. Every professional says the same.",
    ],
)
def test_ordinary_capitalised_words_are_not_redacted(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My daughter May loves the drop-in.", "May"),
        ("my son Will is 9 and non-verbal", "Will"),
        ("my son jack is 9", "jack"),
        ("my daughter grace is in year 2", "grace"),
    ],
)
def test_names_that_are_also_words_are_redacted_after_my_son_or_daughter(text, name) -> None:
    assert name not in redact(text).split() and "[name]" in redact(text)


@pytest.mark.parametrize(
    "text",
    ["my husband will kill me if he finds out", "My son will not go to school",
     "my daughter may need a new plan"],
)
def test_the_word_after_my_son_that_carries_the_sentence_on_is_kept(text) -> None:
    """'my husband will kill me' must reach the safeguarding check as said."""
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jack has been out of school since May.", "[name] has been out of school since May."),
        ("We told Grace about the plan.", "We told [name] about the plan."),
        ("I will ask Will.", "I will ask [name]."),
        ("Amber is non-verbal and Ruby is 6.", "[name] is non-verbal and [name] is 6."),
        ("Grace's teacher has been brilliant.", "[name]'s teacher has been brilliant."),
        ("Jack's EHCP took a year.", "[name]'s EHCP took a year."),
    ],
)
def test_names_that_are_also_words_are_redacted_when_used_as_names(text, expected) -> None:
    """A capital in mid-sentence, or a person's verb after the word, makes it a name."""
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "My son loves Mario Kart and Minecraft.",
        "He is obsessed with Thomas the Tank Engine.",
        "We saw the consultant at Alder Hey.",
        "Mr Men books help him read.",
        "This Summer was hard. We are a Christian family.",
        "Hope you can help. The Rose Garden was calm.",
    ],
)
def test_games_programmes_places_and_seasons_are_not_people(text) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", ["She is in Year 6 Class Road Safety.",
                                  "In 2023 The Council Way forward was agreed.",
                                  "We waited 18 months for the plan."])
def test_numbers_that_are_not_house_numbers_keep_what_follows(text) -> None:
    assert "[address]" not in redact(text)


# A named school, with an age and a need, can point to one child (an independent check found
# "my son [name] at Brookfield School" in exports): the school goes, the kind of school stays.
@pytest.mark.parametrize(("text", "expected"), [
    ("My son Jack at Brookfield School is struggling.", "My son [name] at [school] is struggling."),
    ("Grace Academy is good.", "[school] is good."),
    ("He goes to St Mary's Primary School in Northvale.", "He goes to [school] in Northvale."),
    ("Mrs Patel at Hilltop Primary was great.", "Mrs [name] at [school] was great."),
    ("Then Riverside Academy said no.", "Then [school] said no."),
    ("Our Lady of Lourdes Catholic Primary School", "[school]"),
])
def test_a_named_school_is_hidden(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "She loves Forest School on Fridays.",
    "He moved to a Special School last year.",
    "The Primary School was good.",
    "He is at Sixth Form College now.",
    "At Primary he was fine.",
    "The Royal College of Psychiatrists says so.",
])
def test_a_kind_of_school_is_not_a_named_one(text: str) -> None:
    assert redact(text) == text


def test_the_town_in_an_address_is_not_a_person() -> None:
    assert redact("We live at 12 Oak Road, Northvale NV1 2AB.") == \
        "We live at [address], Northvale [postcode]."
    assert redact("Write to Jack Smith, NV1 2AB") == "Write to [name], [postcode]"
