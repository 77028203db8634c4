"""Removing a comment: asked first, gone with its analysis, recorded in the audit log without
its words; never a survey answer or a comment checked for safeguarding, never another area's."""

from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.voice.findings import CommentAnalysis, CommentTheme, SafeguardingFlag
from coprod.voice.models import Comment
from tests import factories
from tests.factories_voice import make_comment
from tests.pages import assert_pages_follow_permission


def _remove_url(comment) -> str:
    return f"/staff/voice/{comment.id}/remove"


def _link(page, comment):
    return page.soup.select_one(f'main a[href="{_remove_url(comment)}"]')


def test_an_officer_removes_a_comment_added_by_mistake(signed_in, db, area):
    comment = make_comment(db, area, "Waited 40 weeks for the EHCP and nobody explained why.")
    for model in (CommentAnalysis, CommentTheme):  # worked out when it was added
        assert db.exec(select(model).where(model.comment_id == comment.id)).first() is not None
    officer = signed_in(Role.OFFICER)

    shown = officer.page(f"/staff/voice/{comment.id}")
    assert _link(shown, comment).text == "Remove this comment"
    asked = officer.page(_remove_url(comment))
    assert asked.h1 == "Remove this comment?"
    assert "nobody explained why" in asked.text and "You cannot undo this" in asked.text

    comment_id = comment.id
    done = officer.submit(_remove_url(comment), {})
    assert f"Comment {comment_id} removed." in done.text
    db.expire_all()
    assert db.get(Comment, comment_id) is None
    for model in (CommentAnalysis, CommentTheme):
        assert db.exec(select(model).where(model.comment_id == comment_id)).all() == []
    entry = db.exec(select(AuditEvent).where(AuditEvent.action == "delete",
                                             AuditEvent.record_type == "Comment")).one()
    assert entry.user_id == officer.user.id and entry.record_id == str(comment_id)
    assert "nobody explained" not in str(entry.changes)


def test_nothing_is_removed_without_the_security_token(signed_in, db, area):
    comment = make_comment(db, area)
    officer = signed_in(Role.OFFICER)
    officer.post(_remove_url(comment), data={})
    db.expire_all()
    assert db.get(Comment, comment.id) is not None


def test_a_survey_answer_is_not_removed_here(signed_in, db, area):
    comment = make_comment(db, area, survey_response_id=7, survey_question_id="do_better")
    officer = signed_in(Role.OFFICER)
    assert _link(officer.page(f"/staff/voice/{comment.id}"), comment) is None
    page = officer.page(_remove_url(comment))
    assert page.h1 == "This comment cannot be removed"
    assert "receipt code" in page.text and page.soup.select_one("main form") is None
    token = officer.page("/staff/voice/new").form_data()["csrf_token"]
    assert officer.post(_remove_url(comment), data={"csrf_token": token}).status_code == 409
    db.expire_all()
    assert db.get(Comment, comment.id) is not None


def test_a_comment_checked_for_safeguarding_stays(signed_in, db, area):
    comment = make_comment(db, area, "The school run is fine now.")
    db.add(SafeguardingFlag(comment_id=comment.id, area_id=area.id, reasons=["checked"],
                            outcome="not_a_concern"))
    db.commit()
    officer = signed_in(Role.OFFICER)
    page = officer.page(_remove_url(comment))
    assert page.h1 == "This comment cannot be removed"
    assert "safeguarding lead" in page.text
    token = officer.page("/staff/voice/new").form_data()["csrf_token"]
    assert officer.post(_remove_url(comment), data={"csrf_token": token}).status_code == 409
    db.expire_all()
    assert db.get(Comment, comment.id) is not None


def test_another_areas_comment_is_not_found(signed_in, db, area):
    elsewhere = make_comment(db, factories.make_area(db, "Elsewhere SEND Partnership"))
    officer = signed_in(Role.OFFICER)
    assert officer.get(_remove_url(elsewhere)).status_code == 404
    token = officer.page("/staff/voice/new").form_data()["csrf_token"]
    assert officer.post(_remove_url(elsewhere), data={"csrf_token": token}).status_code == 404
    db.expire_all()
    assert db.get(Comment, elsewhere.id) is not None


def test_only_people_who_add_comments_may_remove_them(signed_in, db, area):
    assert_pages_follow_permission(signed_in, "manage_voice",
                                   [_remove_url(make_comment(db, area))])
