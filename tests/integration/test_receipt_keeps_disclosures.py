"""Issue 11.9: deleting answers with a receipt code removes a respondent's answers, but a comment
flagged for safeguarding stays until the safeguarding lead has decided, and the log says so."""

import re

from sqlmodel import select

from coprod.common.audit import AuditEvent
from coprod.surveys.models import SurveyAnswer, SurveyResponse
from coprod.voice.findings import SafeguardingFlag
from coprod.voice.models import Comment
from tests.survey_factories import answer_all, make_survey, only_response, send, start_survey

CODE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")
DISCLOSURE = "My dad hits me when he is angry"


def _finish_and_delete(app, client, db, survey, said):
    page = answer_all(client, start_survey(client, survey), ["happy", said, "on_my_own"])
    done = send(client, page, {})
    receipt = CODE.search(done.soup.select_one(".govuk-panel").get_text(" ")).group(0)
    response_id = only_response(db, survey).id
    comment_id = db.exec(select(Comment.id).where(Comment.survey_response_id == response_id)).one()
    someone = app.test_client()
    confirm = someone.submit("/surveys/delete-my-answers", {"code": receipt})
    assert "we keep those words until our safeguarding lead has dealt with them" in confirm.text
    page = send(someone, confirm, {})  # "Yes, delete my answers"
    db.expire_all()
    return page, response_id, comment_id


def test_a_flagged_disclosure_outlives_delete_by_receipt_and_the_rest_goes(app, client, db,
                                                                          area):
    survey = make_survey(db, area)
    page, response_id, comment_id = _finish_and_delete(app, client, db, survey, DISCLOSURE)
    assert page.h1 == "Your answers are deleted"
    assert "we keep those words until our safeguarding lead has dealt with them" in page.text

    assert db.get(SurveyResponse, response_id) is None
    assert db.exec(select(SurveyAnswer).where(SurveyAnswer.response_id == response_id)).all() == []
    assert db.get(Comment, comment_id).original_text == DISCLOSURE
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment_id)).one()
    assert flag.outcome is None
    entry = db.exec(select(AuditEvent).where(AuditEvent.record_type == "Comment",
                                             AuditEvent.record_id == str(comment_id))).one()
    assert entry.action == "kept" and DISCLOSURE not in str(entry.changes)


def test_an_ordinary_comment_goes_with_the_answers(app, client, db, area):
    survey = make_survey(db, area)
    _page, _response_id, comment_id = _finish_and_delete(app, client, db, survey,
                                                         "The room was too loud.")
    assert db.get(Comment, comment_id) is None
