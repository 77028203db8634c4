"""Word knowledge for the easy-read checker: syllables, allowed long words, jargon and its
explanations. Kept apart from the rules so that people can review the lists on their own."""

from __future__ import annotations

import re
from functools import cache

import pyphen

LONG_WORD_SYLLABLES = 4

# Long words that easy-read writers keep because there is no shorter everyday word for them and
# people who use SEND services meet them all the time. Everything else of 4+ syllables is flagged.
ALLOWED_LONG_WORDS = frozenset(
    {
        "information",  # the standard easy-read word; "info" is slang
        "everybody",
        "anybody",
        "usually",
        "interesting",
        "education",  # needed to explain an EHC plan: education, health and care
        "educational",  # in "special educational needs", the legal name families need to know
        "apprenticeship",
        "apprenticeships",
        "university",
        "disability",
        "disabilities",
    }
)

# Common words that pyphen and the vowel count both get wrong (silent "e" inside compounds,
# vowels read together); the counts are from a dictionary.
SYLLABLE_OVERRIDES = {
    "caseworker": 3,
    "caseworkers": 3,
    "everything": 3,
    "everyday": 3,
    "everyone": 3,
    "completely": 3,
    "already": 3,
    "questionnaire": 3,
    "somewhere": 2,
    "someone": 2,
    "somebody": 3,
    "opinion": 3,
    "opinions": 3,
    "sometimes": 2,
    "homework": 2,
    "lifetime": 2,
    "anxiety": 4,
    "benefits": 3,
    "experience": 4,
    "experiences": 5,
    "wheelchair": 2,
    "likely": 2,
    "lonely": 2,
}

# Jargon and acronyms that must be explained in plain words where they appear, with an example.
JARGON = {
    "EHCP": "EHC plan (a plan for your education, health and care)",
    "EHC": "EHC plan (a plan for your education, health and care)",
    "SEND": "SEND (special educational needs and disabilities)",
    "SEN": "SEN (special educational needs)",
    "SENCO": "SENCO (the teacher who plans extra help at school)",
    "SENCo": "SENCo (the teacher who plans extra help at school)",
    "SENDIASS": "SENDIASS (a free service that gives advice to families)",
    "IASS": "IASS (a free service that gives advice to families)",
    "CAMHS": "CAMHS (the NHS service for young people's mental health)",
    "PCF": "PCF (the group of parents the council works with)",
    "DCO": "DCO (the person who leads on health for SEND)",
    "DSCO": "DSCO (the person who leads on social care for SEND)",
    "SALT": "SALT (speech and language therapy)",
    "OT": "OT (a therapist who helps with everyday tasks)",
    "PfA": "PfA (getting ready for adult life)",
    "LA": "LA (the council)",
    "ICB": "ICB (the NHS group that plans health care in your area)",
    "SEMH": "SEMH (needs linked to feelings and mental health)",
    "CYP": "children and young people",
    "TA": "TA (a teaching assistant)",
    "caseworker": "caseworker (the person at the council who looks after your plan)",
    "co-production": "co-production (working together as equals from the start)",
    "coproduction": "coproduction (working together as equals from the start)",
    "Local Offer": "Local Offer (the council's website about help for families)",
    "annual review": "annual review (the meeting once a year to check your plan)",
    "tribunal": "tribunal (a court where families can challenge decisions)",
    "provision": "the help you get",
    "stakeholder": "the people involved",
    "transition": "moving on",
    "respite": "a short break",
    "outcomes": "what you want to happen",
}
# What SEND terms mean, for the "What these words mean" box on parents' question pages. Every term
# here is in JARGON too, so the easy-read checker asks for it to be explained wherever it is used.
GLOSSARY = {
    "SEND": "Special educational needs and disabilities.",
    "SEN": "Special educational needs.",
    "EHC": "An education, health and care plan (EHC plan): a legal document that sets out a "
           "child's needs and the help they must get.",
    "EHCP": "An education, health and care plan (EHC plan): a legal document that sets out a "
            "child's needs and the help they must get.",
    "SENCO": "The special educational needs coordinator: the teacher who plans extra help at "
             "school.",
    "SENDIASS": "The SEND information, advice and support service: free, impartial advice for "
                "families, separate from the council's decisions.",
    "CAMHS": "Children and young people's mental health services, run by the NHS.",
    "DCO": "The designated clinical officer: the person who leads on health for SEND in the area.",
    "DSCO": "The designated social care officer: the person who leads on social care for SEND "
            "in the area.",
    "ICB": "The integrated care board: the NHS body that plans and pays for health services in "
           "the area.",
    "PCF": "The parent carer forum: a group of local parents and carers the council and the NHS "
           "work with.",
    "SEMH": "Social, emotional and mental health needs.",
    "TA": "A teaching assistant.",
    "Local Offer": "The council's website listing the help and services for families with SEND "
                   "in the area.",
    "annual review": "The meeting held at least once a year to check an EHC plan still fits.",
    "tribunal": "The SEND Tribunal: an independent court where families can appeal council "
                "decisions about EHC plans.",
    "OT": "Occupational therapy: help with everyday tasks like dressing, writing or eating.",
    "SALT": "Speech and language therapy.",
    "PfA": "Preparing for adulthood: getting ready for work, college, home and friends.",
}
# Acronyms that are everyday words in England and need no explanation.
EVERYDAY_ACRONYMS = frozenset({"OK", "TV", "UK", "NHS", "GP", "I"})

WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")
VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Vowel pairs read as 2 syllables (ra-di-o, u-su-al), but not in -tion, -cial, -guage, -quality.
HIATUS = re.compile(r"(?<![cgqst])(?:ia|io(?!u))|(?<![gq])ua")


# "X is a ...", "X is the ...", "X means ...": the start of a definition, not "X is late".
DEFINES = r"(?i:means\s|(?:is|are)\s+(?:a|an|the|someone|somebody|people|where|when|what|how)\s)"


@cache
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_GB")


def syllables(word: str) -> int:
    """Syllables in one word: pyphen's hyphenation points + 1, or a vowel-group count if higher.

    en_GB hyphenation patterns deliberately skip many breaks ("any-body", "com-munity"), so pyphen
    alone undercounts; the vowel-group count catches those, and SYLLABLE_OVERRIDES fixes the few
    common words where the vowel count overshoots."""
    lower = word.lower().strip("'’")
    if lower in SYLLABLE_OVERRIDES:
        return SYLLABLE_OVERRIDES[lower]
    by_pyphen = len(_hyphenator().positions(lower)) + 1
    return max(by_pyphen, _vowel_groups(lower))


def _vowel_groups(word: str) -> int:
    """A rough count of spoken vowel groups, dropping silent endings ("-e", "-ed", "-es")."""
    count = len(VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        count -= 1
    elif re.search(r"[^aeiouytd]ed$", word) or re.search(r"[^aeiouysxzhgc]es$", word):
        count -= 1
    count += len(HIATUS.findall(word))
    return max(count, 1)


def is_long_word(word: str) -> bool:
    """A word of 4 or more syllables that is not on the allowed list (any part of a compound)."""
    for part in word.split("-"):
        if part.isalpha() and part.lower() not in ALLOWED_LONG_WORDS:
            if syllables(part) >= LONG_WORD_SYLLABLES:
                return True
    return False


def jargon_in(text: str) -> list[str]:
    """Jargon terms and unexplained-looking acronyms in a text, in the order they appear."""
    found: list[tuple[int, str]] = []
    for term in JARGON:
        match = _term_pattern(term).search(text)
        if match:
            found.append((match.start(), term))
    known = {term.lower() for _, term in found}
    for match in ACRONYM.finditer(text):
        token = match.group()
        is_acronym = token.isupper() or token in JARGON
        if is_acronym and token not in EVERYDAY_ACRONYMS and token.lower() not in known:
            found.append((match.start(), token))
            known.add(token.lower())
    return [term for _, term in sorted(found)]


@cache
def _term_pattern(term: str) -> re.Pattern[str]:
    """Acronyms match case-sensitively ("OT", not "not"); words match in any case and plural."""
    escaped = re.escape(term).replace(r"\ ", r"\s+")
    flags = 0 if term.upper() == term or term in ("PfA", "SENCo") else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){escaped}s?(?![\w-])", flags)


def is_explained(term: str, page: str) -> bool:
    """Whether a page explains a term in plain words (the rule is in checker.py's docstring)."""
    t = _term_pattern(term).pattern
    one_word = r"(?:\s+[\w'’-]+)?"
    explanation = r"\(\s*[^()]*?[A-Za-z]{2,}[^()]*?\s[^()]*?[a-z][^()]*\)"
    patterns = (
        rf"{t}{one_word}\s*{explanation}",  # EHC plan (a plan for ...)
        rf"[a-z][\w'’,-]*\s+[\w'’,-]+\s*\(\s*(?:an?\s+|the\s+)?{t}{one_word}\s*\)",  # ... (SENCO)
        rf"(?:^|[.!?:]\s+|\n)(?:[\w'’-]+\s+){{0,2}}{t}{one_word}\s+{DEFINES}",
        rf"{t}\s+stands\s+for\s|\bcalled\s+(?i:an?\s+|the\s+)?{t}",
    )
    flags = _term_pattern(term).flags
    return any(re.search(pattern, page, flags) for pattern in patterns)
