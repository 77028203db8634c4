"""Factories for "you said, we did": items, and a survey respondent with a receipt code."""

from __future__ import annotations

import itertools
from datetime import date

from sqlmodel import Session, select

from coprod.areas.models import Area
from coprod.surveys.journey.codes import new_code
from coprod.surveys.models import SurveyAnswer, SurveyResponse, SurveyVersion
from coprod.voice.models import Comment
from coprod.yousaid import services
from coprod.yousaid.models import YouSaidItem
from tests.factories_voice import make_comment
from tests.survey_factories import make_survey

_numbers = itertools.count(1)
PUBLIC = {"you_said": "Waiting for a plan takes too long",
          "you_said_easy": "You said you wait too long for a plan.",
          "we_did": "We hired 2 more EHC plan writers",
          "we_did_easy": "We got 2 more people to write plans."}


def make_item(session: Session, area: Area, you_said: str = "Waiting for a plan takes too long",
              **fields) -> YouSaidItem:
    """An item made through the service, then given any other fields as they are."""
    item = services.create_item(session, area.id, services.ItemWording(you_said=you_said))
    for name, value in fields.items():
        setattr(item, name, value)
    session.add(item)
    session.commit()
    return item


def make_published(session: Session, area: Area, **fields) -> YouSaidItem:
    """An item with all its public wording, on the public board."""
    return make_item(session, area, **{**PUBLIC, "published": True, **fields})


def make_respondent(session: Session, area: Area, said: str = "The bus is always late",
                    survey=None, answered: tuple[str, ...] = ("feel", "say"),
                    group: str = "young_person") -> tuple[str, Comment]:
    """A submitted survey response with a receipt code, and the comment made from its words."""
    survey = survey or make_survey(session, area)
    version = session.exec(select(SurveyVersion).where(SurveyVersion.survey_id == survey.id)).one()
    n = next(_numbers)
    code = new_code()
    response = SurveyResponse(area_id=area.id, survey_id=survey.id, version_id=version.id,
                              status="complete", resume_hash=f"{n:064d}", receipt_code=code,
                              respondent_group=group)
    session.add(response)
    session.flush()
    for question_id in answered:
        session.add(SurveyAnswer(response_id=response.id, question_id=question_id,
                                 value="happy" if question_id == "feel" else said))
    session.commit()
    comment = make_comment(session, area, said, group, "survey", date.today(),
                           survey_response_id=response.id, survey_question_id="say")
    return code, comment
