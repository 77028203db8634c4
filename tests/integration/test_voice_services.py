"""The functions other modules call: surveys add comments and remove them with a response."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.voice import services
from coprod.voice.models import Comment
from coprod.voice.services import CommentFilters


def test_surveys_add_a_free_text_answer_as_a_comment(db, area):
    comment = services.add_comment(db, area.id, "  I like my teacher  ", "child", "survey",
                                   date.today(), how_given="with_help", survey_response_id=41,
                                   survey_question_id="what_helps")
    assert comment.id and comment.original_text == "I like my teacher"
    assert (comment.survey_response_id, comment.survey_question_id) == (41, "what_helps")


@pytest.mark.parametrize("text,group,channel,said_on", [
    ("", "child", "survey", date.today()),
    ("x" * 5001, "child", "survey", date.today()),
    ("hi", "aunt", "survey", date.today()),
    ("hi", "child", "pigeon", date.today()),
    ("hi", "child", "survey", date.today() + timedelta(days=2)),
])
def test_add_comment_refuses_what_the_record_cannot_hold(db, area, text, group, channel, said_on):
    with pytest.raises(ValueError):
        services.add_comment(db, area.id, text, group, channel, said_on)


def test_add_comment_without_commit_leaves_the_transaction_to_the_caller(db, area):
    services.add_comment(db, area.id, "One", "child", "survey", date.today(), commit=False)
    db.rollback()
    assert db.exec(select(Comment).where(Comment.area_id == area.id)).all() == []


def test_deleting_a_survey_response_removes_its_comments_only(db, area):
    for question in ("q1", "q2"):
        services.add_comment(db, area.id, f"Answer {question}", "parent_carer", "survey",
                             date.today(), survey_response_id=7, survey_question_id=question)
    services.add_comment(db, area.id, "Another response", "parent_carer", "survey",
                         date.today(), survey_response_id=8)
    assert services.delete_comments_for_response(db, 7) == 2
    left = db.exec(select(Comment.survey_response_id).where(Comment.area_id == area.id)).all()
    assert left == [8]


def test_the_one_comments_query_keeps_to_the_area_and_orders_newest_first(db, area):
    from tests import factories

    other = factories.make_area(db)
    older = services.add_comment(db, area.id, "older", "child", "email",
                                 date.today() - timedelta(days=5))
    newer = services.add_comment(db, area.id, "newer", "child", "email", date.today())
    services.add_comment(db, other.id, "elsewhere", "child", "email", date.today())
    rows = db.exec(services.comments_query(area.id, CommentFilters())).all()
    assert [c.id for c in rows] == [newer.id, older.id]
