"""Sharing a survey: QR codes for its public start page, and the paper version's questions."""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno
from flask_babel import gettext as _

from coprod.surveys.definition.survey import (
    HELPED_QUESTION,
    Question,
    SurveyDefinition,
    answer_options,
)
from coprod.surveys.definition.symbols import alt_text, symbol_url_name

QR_SCALE_PNG = 10
QR_SCALE_SVG = 8


def qr_png(url: str) -> bytes:
    """A QR code for a web address, as PNG bytes (error correction M, quiet zone kept)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=QR_SCALE_PNG)
    return buffer.getvalue()


def qr_svg(url: str) -> bytes:
    """The same QR code as SVG, for print at any size; it carries its own title."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=QR_SCALE_SVG,
                                   title=f"QR code for {url}")
    return buffer.getvalue()


@dataclass(frozen=True)
class PaperChoice:
    """One tick box on paper."""

    words: str
    symbol: str | None
    alt: str


@dataclass(frozen=True)
class PaperQuestion:
    """One question on paper: its words, picture, how to answer and the tick boxes."""

    number: int
    id: str
    words: str
    hint: str | None
    symbol: str | None
    alt: str
    instruction: str
    choices: tuple[PaperChoice, ...]
    lines: int  # writing lines for free text
    shown_when: str | None


def paper_questions(defn: SurveyDefinition) -> list[PaperQuestion]:
    """Every question, in order, worded as online (easy-read words on easy-read surveys), then
    the "Did someone help you answer?" question the app asks at the end of every survey."""
    asked = (*defn.questions, HELPED_QUESTION)
    return [_paper(number, q, defn) for number, q in enumerate(asked, start=1)]


def _paper(number: int, question: Question, defn: SurveyDefinition) -> PaperQuestion:
    easy = defn.easy_read
    choices = tuple(PaperChoice(o.words(easy), o.symbol, alt_text(o.symbol, o.symbol_alt))
                    for o in answer_options(question))
    return PaperQuestion(
        number=number, id=question.id, words=question.words(easy), hint=question.hint,
        symbol=question.symbol, alt=alt_text(question.symbol, question.symbol_alt),
        instruction=_instruction(question, easy), choices=choices,
        lines=_lines(question) if question.type == "free_text" else 0,
        shown_when=_shown_when(question, defn),
    )


def _instruction(question: Question, easy: bool) -> str:
    if question.type == "free_text":
        return _("Write your answer in the box.") if easy else _("Write your answer below.")
    if question.type == "multiple_choice":
        return _("Tick all that are true for you.") if easy else _("Tick all that apply.")
    return _("Tick 1 box.") if easy else _("Tick one box.")


def _lines(question: Question) -> int:
    """Writing lines in proportion to the characters allowed: 4 to 10."""
    return max(4, min(10, (question.max_chars or 1000) // 150))


def _shown_when(question: Question, defn: SurveyDefinition) -> str | None:
    """Paper cannot hide a question, so say when to answer it."""
    condition = question.show_if
    if condition is None:
        return None
    earlier = defn.question(condition.question)
    number = defn.question_ids.index(earlier.id) + 1
    words = [f"“{o.words(defn.easy_read)}”" for o in answer_options(earlier)
             if o.value in condition.values]
    return _("Only answer this if you ticked %(answers)s at question %(number)d.",
             answers=_(" or ").join(words), number=number)


def symbol_file(name: str | None) -> str | None:
    """The static path of a symbol's picture, for templates."""
    return f"symbols/{symbol_url_name(name)}" if name else None
