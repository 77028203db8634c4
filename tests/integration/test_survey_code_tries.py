"""Nobody can guess resume or receipt codes at speed: after 10 wrong codes a client waits 15
minutes, other people are not held up, and nothing that identifies anyone is kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from coprod.common.time import utcnow
from coprod.surveys.journey import runner
from coprod.surveys.models import CodeThrottle, SurveyResponse
from tests.survey_factories import make_survey

WRONG = "K7P4-QX9M"
GUESSER = "203.0.113.7"


@pytest.fixture
def survey(db, area):
    return make_survey(db, area)


@pytest.fixture
def resume_code(db, survey) -> str:
    _response, code = runner.start(db, runner.load_journey(db, survey.slug))
    return code


def _client(app, address: str = GUESSER):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def _resume(client, survey, code: str):
    return client.submit(f"/surveys/{survey.slug}/resume", {"code": code})


def _guess(client, survey, times: int) -> list[int]:
    return [_resume(client, survey, WRONG).status for _ in range(times)]


def test_the_eleventh_try_is_refused_even_with_the_right_code(app, db, survey, resume_code):
    guesser = _client(app)
    assert _guess(guesser, survey, 10) == [400] * 9 + [429]
    page = _resume(guesser, survey, resume_code)
    assert page.status == 429
    assert page.h1 == "Too many tries"
    assert "Wait 15 minutes, then try again." in page.text
    assert page.soup.select_one("main img.coprod-symbol")["alt"]


def test_the_right_code_still_works_before_the_limit(app, db, survey, resume_code):
    someone = _client(app)
    assert _guess(someone, survey, 9) == [400] * 9
    assert _resume(someone, survey, resume_code).h1 == "How did you feel?"


def test_another_client_is_not_held_up(app, db, survey, resume_code):
    _guess(_client(app), survey, 10)
    assert _resume(_client(app, "198.51.100.20"), survey, resume_code).h1 == "How did you feel?"


def test_receipt_codes_count_towards_the_same_tries(app, db, survey):
    guesser = _client(app)
    for _ in range(9):
        assert guesser.submit("/surveys/delete-my-answers", {"code": WRONG}).status == 400
    assert _resume(guesser, survey, WRONG).status == 429
    page = guesser.submit("/surveys/delete-my-answers", {"code": WRONG})
    assert (page.status, page.h1) == (429, "Too many tries")


def test_a_right_receipt_code_is_refused_once_the_tries_are_used(app, db, survey, resume_code):
    response = db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)).one()
    response.status, response.receipt_code = "complete", "ABCD-EFGH"
    db.add(response)
    db.commit()
    guesser = _client(app)
    _guess(guesser, survey, 10)
    assert guesser.submit("/surveys/delete-my-answers", {"code": "ABCD-EFGH"}).status == 429
    db.expire_all()
    assert db.get(SurveyResponse, response.id) is not None


def test_nothing_that_identifies_the_client_is_stored(app, db, survey):
    _guess(_client(app), survey, 3)
    _guess(_client(app, "2001:db8:1:2:aaaa::1"), survey, 2)
    rows = db.exec(select(CodeThrottle).order_by(CodeThrottle.failures)).all()
    assert [row.failures for row in rows] == [2, 3]
    assert set(CodeThrottle.model_fields) == {"client_key", "failures", "window_started_at",
                                              "locked_until"}
    for row in rows:
        assert len(row.client_key) == 16
        assert "203.0.113" not in row.client_key and "2001" not in row.client_key


def test_the_same_ipv6_home_network_shares_its_tries(app, db, survey):
    _guess(_client(app, "2001:db8:1:2::10"), survey, 9)
    assert _guess(_client(app, "2001:db8:1:2:ffff::99"), survey, 1) == [429]


def test_tries_are_forgotten_when_the_window_has_passed(app, db, survey, resume_code):
    guesser = _client(app)
    _guess(guesser, survey, 10)
    old = utcnow() - timedelta(minutes=31)
    row = db.exec(select(CodeThrottle)).one()
    row.window_started_at, row.locked_until = old, old + timedelta(minutes=15)
    db.add(row)
    db.commit()
    assert _guess(_client(app, "198.51.100.20"), survey, 1) == [400]
    db.expire_all()
    assert len(db.exec(select(CodeThrottle)).all()) == 1  # the old count is gone
    assert _resume(guesser, survey, resume_code).h1 == "How did you feel?"
