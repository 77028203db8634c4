"""From survey answers to the rest of coprod: who answered (group, age band) and what they said
in their own words, which becomes voice comments (channel "survey") for theming and reports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from coprod.surveys.definition.survey import Question, SurveyDefinition
from coprod.surveys.definition.types import SHARE_WORDS_QUESTION_ID
from coprod.surveys.journey.runner import definition_of
from coprod.surveys.models import SurveyResponse, SurveyVersion
from coprod.voice.analyse import Analysed

ENGLAND = ZoneInfo("Europe/London")
# A survey's respondent_group answers, as the voice record's groups.
VOICE_GROUPS = {"young_person": "young_person", "child": "child", "parent_carer": "parent_carer",
                "foster_carer": "parent_carer", "practitioner": "practitioner"}
HOW_GIVEN = {"on_my_own": "alone", "family_helped": "with_help", "worker_helped": "with_help",
             "answered_for_me": "on_behalf"}
AUDIENCE_GROUPS = {"young_people": "young_person", "parent_carers": "parent_carer",
                   "practitioners": "practitioner"}


def about_fields(defn: SurveyDefinition, answers: dict[str, Any]) -> dict[str, str | None]:
    """The response's respondent_group and age_band, from its "about you" answers."""
    found: dict[str, str | None] = {"respondent_group": None, "age_band": None}
    for question in defn.questions:
        value = answers.get(question.id)
        if question.subtype in found and isinstance(value, str):
            found[question.subtype] = value
    return found


def voice_group(defn: SurveyDefinition, response: SurveyResponse) -> str:
    """The voice group for a response: its answer, else the survey's audience, else "other"."""
    if response.respondent_group:
        return VOICE_GROUPS.get(response.respondent_group, "other")
    return AUDIENCE_GROUPS.get(defn.audience, "other")


def _free_text_answers(defn: SurveyDefinition,
                       answers: dict[str, Any]) -> Iterator[tuple[Question, str]]:
    for question in defn.questions:
        text = answers.get(question.id)
        if question.type == "free_text" and isinstance(text, str) and text.strip():
            yield question, text.strip()


def share_consent(answers: dict[str, Any]) -> bool | None:
    """The respondent's answer to "Can we use your words?": True for yes, False for no, None
    when the survey did not ask or they did not answer ("I don't understand" is no answer)."""
    said = answers.get(SHARE_WORDS_QUESTION_ID)
    return {"yes": True, "no": False}.get(said) if isinstance(said, str) else None


def free_texts(defn: SurveyDefinition, answers: dict[str, Any]) -> list[str]:
    """The free-text answers that become comments, as they will be stored."""
    return [text for _question, text in _free_text_answers(defn, answers)]


def add_free_text(session: Session, defn: SurveyDefinition, response: SurveyResponse,
                  answers: dict[str, Any], user_id: int | None = None,
                  analysed: Analysed | None = None) -> int:
    """Record each free-text answer as a voice comment (not committed), with the respondent's
    answer to sharing their words; returns how many. `analysed` is the texts' analysis worked
    out beforehand (coprod.voice.analyse.analyse_first)."""
    try:
        from coprod.voice.services import add_comment
    except ImportError:  # the voice package is optional until it lands
        return 0
    when = response.submitted_at or response.updated_at
    said_on = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(ENGLAND).date()
    added = 0
    for question, text in _free_text_answers(defn, answers):
        add_comment(session, response.area_id, text, voice_group(defn, response), "survey",
                    said_on, how_given=HOW_GIVEN.get(response.helped or "", "alone"),
                    survey_response_id=response.id, survey_question_id=question.id,
                    created_by_id=user_id, commit=False, analysed=analysed,
                    share_consent=share_consent(answers))
        added += 1
    return added


def question_answered(session: Session, area_id: int, response_id: int,
                      question_id: str | None) -> tuple[str, str] | None:
    """The survey a comment came from and the question it answered, in the words the
    respondent saw them ("Getting ready for adult life", "What else should we know?"), so a
    comment's page names them rather than a stored id; None if the response is gone or in
    another area."""
    response = session.get(SurveyResponse, response_id)
    if response is None or response.area_id != area_id:
        return None
    version = session.get(SurveyVersion, response.version_id)
    if version is None:
        return None
    defn = definition_of(version)
    question = next((q for q in defn.questions if q.id == question_id), None)
    return defn.respondent_title, question.words(defn.easy_read) if question else ""

