"""The easy-read checker: counts what can be counted in easy-read words, so people check the rest.

Rules (ids are stable; the builder and the CLI show them):
- long-sentence: a sentence of more than 15 words.
- long-word: a word of 4 or more syllables (pyphen en_GB hyphenation points + 1, or a vowel-group
  count when higher) that is not in ALLOWED_LONG_WORDS. Names (a capital letter inside a sentence),
  numbers and acronyms are left to the other rules.
- jargon: a jargon word or an acronym (JARGON, or any word in capitals that is not everyday, like
  OK or NHS) that is not explained on the same page. Explained means one of:
  `EHC plan (a plan for your education, health and care)`, brackets right after the term;
  `a plan for your education, health and care (EHC plan)`, the term in brackets after the words;
  `A caseworker is the person who ...`, a sentence that starts by saying what the term is or means;
  `... is called a caseworker`. A page is what the respondent sees at once: the start page (title,
  purpose, who sees answers, what happens next), or one question with its hint and answers.
- two-questions: a question that asks 2 things: more than one "?", or "and"/"or" followed by a new
  question word ("and who", "or do you").
- number-words: numbers written as words (three, not 3); "one" is left alone ("no one").
- missing-alt: a symbol with no alt text (neither the survey's nor the catalogue's).
- missing-symbol: a question on an easy-read survey without a picture beside it.

Only easy-read words are checked: the survey's easy_read_title, purpose, who_sees_answers and
what_happens_next (every survey shows them on its start page in easy read), every easy_read_text
and easy_read_label, and hints on easy-read surveys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from flask_babel import gettext as _

from coprod.surveys.definition.survey import SurveyDefinition, SurveyFileError, load_survey_file
from coprod.surveys.definition.symbols import alt_text
from coprod.surveys.definition.yaml_file import format_path, line_of, parse_yaml
from coprod.surveys.easy_read.words import JARGON, WORD, is_explained, is_long_word, jargon_in

MAX_SENTENCE_WORDS = 15
RULES = {
    "long-sentence": "Sentences of 15 words or fewer",
    "long-word": "Short, everyday words",
    "jargon": "Jargon and acronyms explained where they appear",
    "two-questions": "Each question asks one thing",
    "number-words": "Numbers written as digits",
    "missing-alt": "Every symbol has alt text",
    "missing-symbol": "A picture beside every easy-read question",
}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
SECOND_QUESTION = re.compile(
    r"\b(?:and|or)\s+(?:what|when|where|who|why|how|which|do|does|did|is|are|was|were|can"
    r"|could|will|would|should|have|has)\b",
    re.IGNORECASE,
)
NUMBER_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred|thousand)\b",
    re.IGNORECASE,
)

Text = tuple[str, str, bool]  # (location, words, is a question)


@dataclass(frozen=True)
class EasyReadWarning:
    """One thing to look at again: where it is, which rule, and what to do, in plain words."""

    location: str  # a field path like `questions[2].easy_read_text`, or "" for check_text
    rule: str  # a key of RULES
    message: str

    def __str__(self) -> str:
        """Read like `questions[2].hint: This sentence has 18 words ... (long-sentence)`."""
        place = f"{self.location}: " if self.location else ""
        return f"{place}{self.message} ({self.rule})"


def check_text(text: str, location: str = "", is_question: bool = True) -> list[EasyReadWarning]:
    """Check one piece of easy-read text on its own, as if it were a page by itself."""
    return [*_text_warnings((location, text, is_question)), *_jargon_warnings([(location, text)])]


def check_survey(defn: SurveyDefinition) -> list[EasyReadWarning]:
    """Every easy-read warning for a survey, in the order the respondent meets the words."""
    warnings: list[EasyReadWarning] = []
    for page in _pages(defn):
        for text in page:
            warnings.extend(_text_warnings(text))
        warnings.extend(_jargon_warnings([(location, words) for location, words, _ in page]))
    warnings.extend(_symbol_warnings(defn))
    return warnings


def check_survey_file(path: str | Path) -> list[str]:
    """Formatted lines for a command line: load problems if it does not load, else warnings
    with their line, like `caseworker.yaml, line 20, questions[1].easy_read_text: ...`.
    An empty list means the file loads and passes."""
    path = Path(path)
    try:
        defn = load_survey_file(path)
    except SurveyFileError as error:
        return error.lines()
    _, node = parse_yaml(path.read_text(encoding="utf-8"), path.name)
    lines = []
    for warning in check_survey(defn):
        line = line_of(node, _parse_location(warning.location))
        lines.append(f"{path.name}, line {line}, {warning}")
    return lines


def _parse_location(location: str) -> tuple[str | int, ...]:
    """`questions[2].hint` -> ("questions", 2, "hint"), the inverse of format_path."""
    steps = re.findall(r"\[(\d+)\]|([^.\[\]]+)", location)
    return tuple(int(index) if index else name for index, name in steps)


def _pages(defn: SurveyDefinition) -> list[list[Text]]:
    """The easy-read words grouped by the page the respondent sees them on."""
    start = [
        (name, getattr(defn, name), False)
        for name in ("easy_read_title", "purpose", "who_sees_answers", "what_happens_next")
    ]
    pages = [start]
    for index, question in enumerate(defn.questions):
        where = format_path(("questions", index))
        page: list[Text] = []
        if question.easy_read_text:
            page.append((f"{where}.easy_read_text", question.easy_read_text, True))
        if defn.easy_read and question.hint:
            page.append((f"{where}.hint", question.hint, False))
        for number, option in enumerate(question.options):
            if option.easy_read_label:
                label_at = f"{where}.options[{number}].easy_read_label"
                page.append((label_at, option.easy_read_label, False))
        pages.append(page)
    return pages


def _sentences(text: str) -> list[str]:
    return [sentence.strip() for sentence in SENTENCE_END.split(text) if sentence.strip()]


def _text_warnings(text: Text) -> list[EasyReadWarning]:
    location, words, is_question = text
    found: list[EasyReadWarning] = []
    for sentence in _sentences(words):
        count = len(WORD.findall(sentence))
        if count > MAX_SENTENCE_WORDS:
            message = _('This sentence has %(count)d words: use 15 or fewer. "%(sentence)s"',
                        count=count, sentence=sentence)
            found.append(EasyReadWarning(location, "long-sentence", message))
        found.extend(EasyReadWarning(location, "long-word", m) for m in _long_words(sentence))
    for match in NUMBER_WORD.finditer(words):
        message = _('Write numbers as digits: "%(words)s"', words=match.group())
        found.append(EasyReadWarning(location, "number-words", message))
    if is_question:
        found.extend(EasyReadWarning(location, "two-questions", m) for m in _two_questions(words))
    return found


def _long_words(sentence: str) -> list[str]:
    """Messages for long words; a capitalised word inside a sentence is a name and is skipped."""
    messages = []
    for position, word in enumerate(WORD.findall(sentence)):
        is_name = position > 0 and word[0].isupper()
        if not is_name and not word.isupper() and is_long_word(word):
            messages.append(_('"%(word)s" is a long word: use a shorter, everyday word',
                              word=word))
    return messages


def _two_questions(words: str) -> list[str]:
    count = words.count("?")
    if count > 1:
        return [_("Ask one thing at a time: this asks %(count)d questions", count=count)]
    for sentence in _sentences(words):
        joined = SECOND_QUESTION.search(sentence) if sentence.endswith("?") else None
        if joined:
            return [f'Ask one thing at a time: "{joined.group()}" starts a second question']
    return []


def _jargon_warnings(page: list[tuple[str, str]]) -> list[EasyReadWarning]:
    """One warning per unexplained term per page, where the term first appears."""
    whole_page = "\n".join(words for _, words in page)
    found: list[EasyReadWarning] = []
    warned: set[str] = set()
    for location, words in page:
        for term in jargon_in(words):
            if term in warned or is_explained(term, whole_page):
                continue
            warned.add(term)
            example = JARGON.get(term, f"{term} (what it stands for), or write it in small letters")
            message = _('Explain "%(term)s" in plain words where it appears, like: %(example)s',
                        term=term, example=example)
            found.append(EasyReadWarning(location, "jargon", message))
    return found


def _symbol_warnings(defn: SurveyDefinition) -> list[EasyReadWarning]:
    found: list[EasyReadWarning] = []
    for index, question in enumerate(defn.questions):
        where = format_path(("questions", index))
        if defn.easy_read and not question.symbol:
            message = _("Put a picture beside this question: give it a symbol")
            found.append(EasyReadWarning(where, "missing-symbol", message))
        holders = [(where, question.symbol, question.symbol_alt)] + [
            (f"{where}.options[{n}]", o.symbol, o.symbol_alt)
            for n, o in enumerate(question.options)
        ]
        for at, symbol, given in holders:
            if symbol and not alt_text(symbol, given):
                message = _('Give the symbol "%(symbol)s" alt text that says what it shows',
                            symbol=symbol)
                found.append(EasyReadWarning(f"{at}.symbol_alt", "missing-alt", message))
    return found
