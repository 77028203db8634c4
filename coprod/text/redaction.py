"""Hiding personal data in comments before anyone reads them on screen or in a report."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress

from coprod.text.names import (
    FUNCTION_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    candidates,
    is_name_token,
    is_word,
    listed_name,
    lowered,
    not_people,
    place_like,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?"
         rf"\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.I)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
NHS = re.compile(r"(?<![\d+])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])")
PHONE = re.compile(r"(?<![\d+\w])(?:(?:\+|00)44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}"
                   r"[\s-]?\d{3,4}(?!\d)")
POSTCODE = re.compile(r"\b(?:[A-Z][A-HJ-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b", re.I)
DOB = re.compile(rf"(\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday(?: is)?)\s*(?:is|was|"
                 rf":|-)?\s*)({_DATE})", re.I)
# A house number and street: "12 Park Road", "3a St John's Close", "flat 4, 27 Mill Lane".
ADDRESS = re.compile(r"(?<![Yy]ear )\b\d{1,3}[A-Za-z]?,?\s+(?:[A-Z][\w']*\s+){1,3}"
                     r"(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Grove|Place|"
                     r"Terrace|Gardens|Court|Walk|Mews|Row|View|Rise|Square|Parade)\b")
# Typed in lower case ("we live at 27 mill lane"): only street words that are not also
# everyday words after a number ("a 5 minute drive", "2 weeks close", "in one place").
ADDRESS_LOWER = re.compile(r"(?<![Yy]ear )\b\d{1,3}[a-z]?,?\s+(?:[a-z][\w']*\s+){1,2}"
                           r"(?:road|rd|street|lane|avenue|crescent|terrace|gardens)\b")
# A named school or college ("Brookfield School", "St Mary's Primary", "Riverside Academy"): with
# an age and a need it can point to one child. Not a kind of school ("a Special School", "Forest
# School", "Sixth Form College"): at least one word before the ending is not a generic one.
_SCHOOL_KIND = (r"(?:Special|Primary|Secondary|Junior|Juniors|Infant|Infants|Nursery|Community|"
                r"High|Grammar|Middle|Upper|Lower|Catholic|RC|CE|C of E|Church of England|Free|"
                r"Academy|Specialist|Independent|Residential|Boarding|Hospital|Sixth Form|"
                r"Further Education|FE)")
_SCHOOL_GENERIC = frozenset(
    "a an the our my his her their this that local special primary secondary junior juniors "
    "infant infants nursery community high grammar middle upper lower catholic rc ce free "
    "academy specialist independent residential boarding hospital sixth form further "
    "education fe forest sunday summer home private state mainstream new old language "
    "village day public faith church alternative provision pru royal".split())
_BEFORE_A_SCHOOL = FUNCTION_WORDS | frozenset(
    "then when after before since but and so because now also still even only at in to from "
    "for with by on if once while until".split())
SCHOOL = re.compile(rf"\b(?:St\.? |Saint )?(?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)? )"
                    rf"(?:[A-Z][a-z'’]+(?:-[A-Z][a-z]+)? |of ){{0,4}}(?:{_SCHOOL_KIND} )*"
                    rf"(?:School|Academy|College|Primary|Infants|Juniors)\b")
_NHS_CONTEXT = re.compile(r"nhs\s*(?:no|number|num|#)?\.?\s*(?:is|:)?\s*$", re.I)


def _valid_nhs(digits: str) -> bool:
    """The NHS number check digit (modulus 11), which tells it from other 10-digit numbers."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _nhs(text: str) -> str:
    """Replace NHS numbers: a valid check digit, or ten digits right after "NHS number"."""
    def repl(m: re.Match[str]) -> str:
        digits = "".join(m.groups())
        context = _NHS_CONTEXT.search(text[max(0, m.start() - 25):m.start()])
        if (digits[0] != "0" and _valid_nhs(digits)) or context:
            return "[nhs number]"
        return m.group(0)
    return NHS.sub(repl, text)


def _phone(m: re.Match[str]) -> str:
    """Replace a UK phone number when it has the right number of digits."""
    digits = re.sub(r"\D", "", m.group(0))
    # The international prefix first: "0044 7911 123456" is 0044 then the national number.
    digits = digits.removeprefix("00") if digits.startswith("0044") else digits
    digits = digits[2:] if digits.startswith("44") else digits
    national = digits[1:] if digits.startswith("0") else digits
    return "[phone]" if len(national) in (9, 10) else m.group(0)


def _url(m: re.Match[str]) -> str:
    """Replace a URL but keep the full stop or bracket that ends the sentence."""
    url = m.group(0)
    stripped = url.rstrip(".,;:!?)]}")
    return "[url]" + url[len(stripped):]


_DIGIT = re.compile(r"\d")
# What each expensive pattern cannot match without (cheap searches, most comments fail them):
# a phone or NHS number holds nine digits or more with only spaces, brackets, + or - between;
# a postcode ends in a digit and two letters; an address has a street word; a date of birth
# is named as one.
_NINE_DIGITS = re.compile(r"\d(?:[\s()+-]*\d){8}")
_INWARD_CODE = re.compile(r"\d[A-Z]{2}\b", re.I)
_STREET = re.compile(r"(?:Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Grove|"
                     r"Place|Terrace|Gardens|Court|Walk|Mews|Row|View|Rise|Square|Parade)\b")
_STREET_LOWER = re.compile(r"(?:road|rd|street|lane|avenue|crescent|terrace|gardens)\b")
# d.o.b, date of birth, born, birthday: written from the first letter so the search skips to
# a b or d
_SCHOOL_END = re.compile(r"(?:School|Academy|College|Primary|Infants|Juniors)\b")
_BIRTH = re.compile(r"[bd](?:\.?o\.?b|ate of birth|orn|irthday)", re.I)
# (cheap test, pass): the expensive patterns only run on text that could hold them. The tests
# are compiled searches, not Python loops over characters: redaction is the slowest stage.
_PASSES: tuple[tuple[Callable[[str], bool], Callable[[str], str]], ...] = (
    (lambda t: "http" in t or "www." in t or "HTTP" in t or "WWW." in t,
     lambda t: URL.sub(_url, t)),
    (lambda t: "@" in t, lambda t: EMAIL.sub("[email]", t)),
    # NHS numbers, then phone numbers in what is left (a phone number has nine digits too, so
    # one test serves both)
    (lambda t: bool(_NINE_DIGITS.search(t)), lambda t: PHONE.sub(_phone, _nhs(t))),
    (lambda t: bool(_INWARD_CODE.search(t)), lambda t: POSTCODE.sub("[postcode]", t)),
    (lambda t: bool(_STREET.search(t)), lambda t: ADDRESS.sub("[address]", t)),
    (lambda t: bool(_STREET_LOWER.search(t)), lambda t: ADDRESS_LOWER.sub("[address]", t)),
    (lambda t: bool(_SCHOOL_END.search(t)), lambda t: SCHOOL.sub(_school, t)),
    (lambda t: bool(_BIRTH.search(t)) and bool(_DIGIT.search(t)),
     lambda t: DOB.sub(lambda m: m.group(1) + "[date of birth]", t)),
)


def _school(m: re.Match[str]) -> str:
    """[school] for a named school; a sentence's first word ("Then", "At") stays outside it."""
    words = m.group(0).split(" ")
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _BEFORE_A_SCHOOL:
        lead += 1
    named = [w for w in words[lead:-1] if w.lower().removesuffix("'s").removesuffix("’s")
             not in _SCHOOL_GENERIC and w not in ("St", "St.", "Saint", "of", "England")]
    if not named:
        return m.group(0)
    return " ".join([*words[:lead], "[school]"])


def redact_patterns(text: str) -> str:
    """Replace emails, phone numbers, postcodes, street addresses, URLs, NHS numbers, named
    schools and dates of birth."""
    for could_hold, apply in _PASSES:
        if could_hold(text):
            text = apply(text)
    return text


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def _surname(word: str) -> bool:
    """Could this capitalised word be a surname (Smith, Patel) rather than a sentence word?"""
    lower = word.lower()
    return lower not in FUNCTION_WORDS and lower not in NOT_NAMES and lower not in ORG_WORDS


def _continue_surnames(text: str, words: list[re.Match[str]], flags: list[bool]) -> None:
    """A capitalised word straight after a name is its surname ("Jane Smith")."""
    for k in range(1, len(words)):
        if not flags[k - 1] or flags[k]:
            continue
        word = words[k].group(0)
        gap = text[words[k - 1].end():words[k].start()]
        if gap == " " and word[0].isupper() \
                and not words[k - 1].group(0).endswith("'s") and _surname(word):
            flags[k] = True


def _first_names(text: str, words: list[re.Match[str]], flags: list[bool]) -> None:
    """A capitalised first name straight before a surname is part of the name, even where it
    starts a sentence, which alone would not be enough ("Jo Bloggs never rang": "Jo" is no
    word, and "Bloggs" is a name)."""
    for k in range(len(words) - 2, -1, -1):
        if flags[k] or not flags[k + 1] or text[words[k].end():words[k + 1].start()] != " ":
            continue
        word = words[k].group(0)
        lower = word.lower()
        if word[0].isupper() and not word.isupper() and _surname(word) and \
                (listed_name(lower) or not is_word(lower)):
            flags[k] = True


def _joined_names(words: list[re.Match[str]], flags: list[bool]) -> None:
    """A capitalised word joined by "and" to a name is a name too: "Kwabena and Efua", "Jake
    and Ruby" (an unknown word, or a listed name that is also a word), but not "Tameside and
    Oldham"."""
    for k in range(1, len(words) - 1):
        if flags[k - 1] == flags[k + 1] or words[k].group(0) != "and":
            continue
        other = k + 1 if flags[k - 1] else k - 1
        word = words[other].group(0)
        lower = word.lower()
        if word[0].isupper() and not word.isupper() and lower not in NOT_NAMES and \
                (listed_name(lower) or not is_word(lower)) and not place_like(words, other):
            flags[other] = True


def redact_names(text: str) -> str:
    """Replace people's names with [name], merging a first name and surname into one."""
    words = list(_WORD.finditer(text))
    surface = [m.group(0) for m in words]
    lower = lowered(surface)
    flags = [False] * len(words)
    for k in candidates(surface, lower):
        flags[k] = is_name_token(text, words, k)
    _continue_surnames(text, words, flags)
    _first_names(text, words, flags)
    _joined_names(words, flags)
    for k in not_people(lower):
        flags[k] = False
    for k in compress(range(len(words)), flags):  # a town in an address, not a person
        if text.endswith(("[address], ", "[address] "), 0, words[k].start()):
            flags[k] = False
    out: list[str] = []
    last = 0
    for k in compress(range(len(words)), flags):
        m = words[k]
        gap = text[last:m.start()]
        merged = k > 0 and flags[k - 1] and gap == " " and out and out[-1] == "[name]"
        if not merged:
            out.extend((gap, "[name]"))
        possessive = m.group(0).endswith("'s")
        if possessive:
            out.append("'s")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def redact(text: str) -> str:
    """Personal data out, everything else (emoji, other scripts, SEND words) left as written."""
    return redact_names(redact_patterns(text))
