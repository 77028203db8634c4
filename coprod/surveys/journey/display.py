"""What the journey's templates need to show a question and its answers: registered as template
globals for the whole app, so the builder's preview and printable pages can use them too."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, url_for
from flask_babel import gettext
from markupsafe import Markup

from coprod.db import get_session
from coprod.surveys.definition.survey import (
    Answer,
    Option,
    Question,
    SurveyDefinition,
    answer_options,
)
from coprod.surveys.definition.symbols import alt_text, symbol_url_name
from coprod.surveys.easy_read.words import GLOSSARY, jargon_in
from coprod.templating import request_gettext as _


@dataclass(frozen=True)
class ShownOption:
    """One answer option as the respondent sees it."""

    value: str
    words: str
    symbol: str | None
    alt: str
    exclusive: bool


def question_slug(question_id: str) -> str:
    """A question's part of the web address: `know_caseworker` -> `know-caseworker`."""
    return question_id.replace("_", "-")


def question_id_from_slug(slug: str) -> str:
    """The question id a web address names (ids are snake_case, addresses kebab-case)."""
    return slug.replace("-", "_")


def symbol_src(name: str) -> str:
    """The address of an easy-read symbol (copied from node_modules at build time)."""
    return url_for("static", filename=f"symbols/{symbol_url_name(name)}")


def shown_options(question: Question, easy_read: bool) -> list[ShownOption]:
    """Every option to show, the app's own ones included, exclusive ones last."""
    options = [_shown(option, easy_read) for option in answer_options(question)]
    return [o for o in options if not o.exclusive] + [o for o in options if o.exclusive]


def _shown(option: Option, easy_read: bool) -> ShownOption:
    return ShownOption(option.value, option.words(easy_read), option.symbol,
                       alt_text(option.symbol, option.symbol_alt), option.exclusive)


def progress_words(defn: SurveyDefinition, number: int, total: int) -> str:
    """ "Question 3 of 8" when every respondent sees the same questions; just "Question 3" when
    some appear only after certain answers, so the total can never jump part-way."""
    if any(question.show_if is not None for question in defn.questions):
        return gettext("Question %(number)d", number=number)
    return gettext("Question %(number)d of %(total)d", number=number, total=total)


def glossary_for(*texts: str | None) -> list[tuple[str, str]]:
    """The SEND terms in a page's words, each with its plain meaning, for a "What these words
    mean" box; the same list the easy-read checker uses, so the two never disagree."""
    found: list[tuple[str, str]] = []
    for text in texts:
        for term in jargon_in(text or ""):
            meaning = GLOSSARY.get(term)
            if meaning and (term, meaning) not in found:
                found.append((term, meaning))
    return found


def question_alt(question: Question) -> str:
    """The alt text of a question's symbol."""
    return alt_text(question.symbol, question.symbol_alt)


def answer_words(question: Question, value: Answer, easy_read: bool) -> list[str]:
    """An answer in words, one line per choice; free text as typed (templates escape it)."""
    if value is None or value == "" or value == []:
        return []
    words = {o.value: o.words(easy_read) for o in answer_options(question)}
    values = [value] if isinstance(value, str) else list(value)
    return [words.get(v, v) for v in values]


def check_rows(slug: str, questions: list[Question], answers: dict[str, Answer],
               easy_read: bool) -> list[dict]:
    """The rows of "Check your answers", as govukSummaryList takes them: each question, its
    answer in words (a paragraph a choice, the typed line breaks kept), and a link to change or
    give it. Built here rather than in the template: it was half of the page's work."""
    words_for = {"change": _("Change"), "answer": _("Answer"), "needed": _(
        "You need to answer this"), "optional": _("Not answered")}
    # Question addresses are kebab-case letters and digits: one address built, the rest copied.
    link = url_for("journey.question", slug=slug, question_slug=_SLUG_HOLE, change=1)
    rows = []
    for question in questions:
        words = answer_words(question, answers.get(question.id), easy_read)
        asked = question.words(easy_read)
        if words:
            html = Markup("").join(_ANSWER_OPEN + Markup("<br>").join(line.split("\n"))
                                   + _ANSWER_CLOSE for line in words)
        else:
            html = _NOT_ANSWERED_OPEN + words_for["needed" if question.required else "optional"] \
                + _ANSWER_CLOSE
        rows.append({"key": {"text": asked}, "value": {"html": html}, "actions": {"items": [{
            "href": link.replace(_SLUG_HOLE, question_slug(question.id)),
            "text": words_for["change" if words else "answer"], "visuallyHiddenText": asked}]}})
    return rows


_SLUG_HOLE = "coprod-question-goes-here"
_ANSWER_OPEN = Markup('<p class="govuk-body coprod-answer">')
_NOT_ANSWERED_OPEN = Markup('<p class="govuk-body coprod-not-answered">')
_ANSWER_CLOSE = Markup("</p>")


def open_surveys_in(area) -> list:
    """The area's surveys people can answer today (for the area's public home page)."""
    from coprod.surveys.journey.runner import open_surveys

    return open_surveys(get_session(), area.id) if area is not None else []


def init_app(app: Flask) -> None:
    """Make the helpers available in every template."""
    app.add_template_global(shown_options, "survey_options")
    app.add_template_global(question_alt, "survey_question_alt")
    app.add_template_global(progress_words, "survey_progress_words")
    app.add_template_global(glossary_for, "survey_glossary_for")
    app.add_template_global(alt_text, "survey_symbol_alt")
    app.add_template_global(symbol_src, "survey_symbol_src")
    app.add_template_global(answer_words, "survey_answer_words")
    app.add_template_global(check_rows, "survey_check_rows")
    app.add_template_global(question_slug, "survey_question_slug")
    app.add_template_global(open_surveys_in, "open_surveys_in")
