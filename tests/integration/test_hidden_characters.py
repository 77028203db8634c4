"""Issue 11.6 and the ids of 11.11: a NUL character anywhere in what is sent is refused at the
edge with a page that says what to do, and an id no database holds is "Page not found"; nothing
is stored. Before: on PostgreSQL a free-text answer with a NUL saved, then every submit failed;
staff forms and /surveys/%00/ answered 500, as did /events/2147483648/."""

import pytest
from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.voice.models import Comment
from tests.pages import Page
from tests.survey_factories import make_survey, only_response, send, start_survey, stored_answers

HIDDEN = "Sorry, we could not use what you sent"


def test_a_survey_answer_with_a_nul_is_refused_and_the_survey_can_still_be_sent(client, db,
                                                                                area):
    survey = make_survey(db, area)
    page = send(client, start_survey(client, survey), {"answer": "happy"})
    refused = send(client, page, {"answer": "The bus\x00 was late"})
    assert refused.status == 400
    assert refused.h1 == HIDDEN
    assert "type that text again instead of pasting it" in refused.text
    assert stored_answers(db, only_response(db, survey)) == {"feel": "happy"}

    page = send(client, page, {"answer": "The bus was late"})
    page = send(client, page, {"answer": "on_my_own"})
    done = send(client, page, {})
    assert done.h1 == "Thank you"
    assert stored_answers(db, only_response(db, survey))["say"] == "The bus was late"


def test_a_staff_form_with_a_nul_is_refused_and_stores_nothing(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    before = db.exec(select(func.count()).select_from(Comment)).one()
    page = officer.submit("/staff/voice/new", {"text": "We need more\x00 respite"})
    assert page.status == 400 and page.h1 == HIDDEN
    assert db.exec(select(func.count()).select_from(Comment)).one() == before


def test_a_nul_in_a_query_is_refused(signed_in):
    page = signed_in(Role.OFFICER).page("/staff/voice/?group=%00")
    assert page.status == 400 and page.h1 == HIDDEN


@pytest.mark.parametrize("path", ["/surveys/%00/", "/areas/%00/", "/areas/a%00b/events/",
                                  "/events/2147483648/", "/events/99999999999999999999/"])
def test_addresses_no_record_can_have_are_page_not_found(client, area, path):
    page = Page(client.get(path))
    assert page.status == 404
    assert page.h1 == "Page not found"


def test_a_staff_id_beyond_the_database_range_is_page_not_found(signed_in):
    page = signed_in(Role.OFFICER).page("/staff/events/2147483648/edit")
    assert page.status == 404 and page.h1 == "Page not found"
