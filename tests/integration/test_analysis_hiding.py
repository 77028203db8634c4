"""What people see of a comment once it is analysed: redacted words, and nothing at all of a
comment that may be a safeguarding concern until the safeguarding lead says it is not one."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.surveys.definition.survey import HELPED_QUESTION
from coprod.surveys.journey import answers as runner_answers
from coprod.surveys.journey import runner
from coprod.surveys.journey import submit as runner_submit
from coprod.voice import services as voice
from coprod.voice.findings import SafeguardingFlag
from tests.factories_voice import make_comment, make_event, make_published_quotes
from tests.survey_factories import make_survey

CONCERN = "At the xylophone club he said he wants to kill himself"
STAFF_WHO_READ_COMMENTS = [Role.ADMIN, Role.OFFICER, Role.FORUM]


def test_names_emails_phones_and_postcodes_are_hidden_once_a_comment_is_added(db, area):
    comment = make_comment(db, area, "Jane Smith here, call 07700 900123 or email "
                                     "jane.smith@example.com, we live at SW1A 1AA.")
    shown = comment.display_text
    for private in ("Jane", "Smith", "07700 900123", "jane.smith@example.com", "SW1A 1AA"):
        assert private not in shown
    assert "[phone]" in shown and "[email]" in shown and "[postcode]" in shown
    assert comment.original_text.startswith("Jane Smith here")


def test_an_officer_sees_the_redacted_words_in_the_list_of_comments(signed_in, db, area):
    make_comment(db, area, "Please ring me on 07700 900461 about the xylophone club")
    page = signed_in(Role.OFFICER).page("/staff/voice/?q=xylophone")
    assert "[phone] about the xylophone club" in page.text
    assert "07700 900461" not in page.text


def test_a_worrying_comment_is_flagged_when_it_is_added(db, area):
    comment = make_comment(db, area, CONCERN)
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()
    assert flag.outcome is None and flag.raised_by == "auto"
    assert flag.reasons


@pytest.mark.parametrize("role", STAFF_WHO_READ_COMMENTS)
def test_a_flagged_comment_is_in_no_list_search_export_or_review_page(signed_in, db, area, role):
    flagged = make_comment(db, area, CONCERN)
    make_comment(db, area, "The xylophone club is brilliant and the staff understand him")
    client = signed_in(role)
    for url in ("/staff/voice/", "/staff/voice/?q=xylophone", "/staff/analysis/?show=all",
                "/staff/analysis/themes/mental_health", "/staff/analysis/emerging-topics"):
        page = client.page(url)
        assert page.status == 200, url
        assert "kill himself" not in page.text, url
    export = client.get("/staff/voice/export.csv?q=xylophone").get_data(as_text=True)
    assert "brilliant" in export and "kill himself" not in export
    assert client.get(f"/staff/voice/{flagged.id}").status_code == 404
    assert client.get(f"/staff/analysis/comments/{flagged.id}").status_code == 404


def test_a_flagged_comment_is_not_on_the_public_event_page(client, db, area):
    event = make_event(db, area, held_on=date.today() - timedelta(days=5))
    flagged = make_comment(db, area, CONCERN, channel="event", event_id=event.id)
    voice.approve_for_publication(db, flagged, None)  # approved, yet hidden by its flag
    make_published_quotes(db, area, event, ["The xylophone session was lovely"])
    page = client.page(f"/events/{event.id}/")
    assert "xylophone session was lovely" in page.text
    assert "kill himself" not in page.text


def _survey_answer(db, area, words: str) -> int:
    slug = make_survey(db, area).slug
    journey = runner.load_journey(db, slug)
    response, _code = runner.start(db, journey)
    feel, say = journey.definition.questions
    runner_answers.save_answer(db, response, feel, "happy")
    runner_answers.save_answer(db, response, say, words)
    runner_answers.save_answer(db, response, HELPED_QUESTION, "on_my_own")
    runner_submit.submit(db, journey, response)
    return response.survey_id


@pytest.mark.parametrize("role", [Role.LEADER, Role.OFFICER, Role.ADMIN, Role.FORUM])
def test_a_flagged_survey_answer_is_not_in_the_survey_results(signed_in, db, area, role):
    survey_id = _survey_answer(db, area, "He wants to kill himself")
    page = signed_in(role).page(f"/staff/surveys/{survey_id}/results")
    assert page.status == 200
    assert "kill himself" not in page.text


def test_survey_results_show_the_redacted_words(signed_in, db, area):
    survey_id = _survey_answer(db, area, "Ring me on 07700 900461 it was fun")
    page = signed_in(Role.OFFICER).page(f"/staff/surveys/{survey_id}/results")
    assert "Ring me on [phone] it was fun" in page.text
    assert "07700 900461" not in page.text


@pytest.mark.parametrize("export", ["responses.csv", "responses.json"])
@pytest.mark.parametrize("role", [Role.LEADER, Role.OFFICER, Role.ADMIN, Role.FORUM])
def test_a_flagged_survey_answer_is_not_in_the_survey_downloads(signed_in, db, area, role,
                                                                export):
    survey_id = _survey_answer(db, area, "He wants to kill himself")
    body = signed_in(role).get(f"/staff/surveys/{survey_id}/{export}").get_data(as_text=True)
    assert "happy" in body.lower()  # the rest of the response is still there
    assert "kill himself" not in body


@pytest.mark.parametrize("export", ["responses.csv", "responses.json"])
def test_survey_downloads_carry_the_redacted_words(signed_in, db, area, export):
    survey_id = _survey_answer(db, area, "Ring me on 07700 900461 it was fun")
    body = signed_in(Role.OFFICER).get(f"/staff/surveys/{survey_id}/{export}")
    assert "Ring me on [phone] it was fun" in body.get_data(as_text=True)
    assert "07700 900461" not in body.get_data(as_text=True)


def test_an_unfinished_answer_is_checked_and_redacted_before_anyone_reads_it(signed_in, db, area):
    from coprod.surveys.models import ResponseStatus

    slug = make_survey(db, area).slug
    journey = runner.load_journey(db, slug)
    for words in ("Sarah's dad hits her when he is drunk", "call me on 07700 900461 please"):
        response, _code = runner.start(db, journey)
        feel, say = journey.definition.questions
        runner_answers.save_answer(db, response, feel, "sad")
        runner_answers.save_answer(db, response, say, words)
        response.status = ResponseStatus.PARTIAL.value  # closed part-way: no voice comment yet
        db.add(response)
        db.commit()
    officer = signed_in(Role.OFFICER)
    for url in (f"/staff/surveys/{response.survey_id}/results",
                f"/staff/surveys/{response.survey_id}/responses.csv"):
        text = officer.get(url).get_data(as_text=True)
        assert "hits her" not in text and "07700 900461" not in text
        assert "call me on [phone] please" in text
