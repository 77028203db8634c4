"""Audit 3, finding 12: what an import says when a file is wrong. Every problem names the file
(as the "you said, we did" import does), an empty file is called empty, a file over the upload
limit is called too big with the limit given, paper responses dated before the survey opened
are refused, and the count of responses imported is said in good English."""

from __future__ import annotations

import io
from datetime import date

from sqlmodel import select
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from coprod.areas.models import Role
from coprod.surveys.models import SurveyResponse
from coprod.voice.models import Comment
from tests.pages import Page
from tests.survey_factories import make_survey

COMMENTS = "/staff/voice/import"


def _upload(client, url: str, body: bytes, name: str) -> Page:
    data = {**client.page(url).form_data(), "file": (io.BytesIO(body), name)}
    return Page(client.post(url, data=data, follow_redirects=True,
                            content_type="multipart/form-data"))


def test_each_problem_in_a_comments_file_names_the_file_row_and_column(signed_in, db, area):
    body = (b"text,group,channel,said_on\n"
            b"Good row,parent_carer,email,2026-02-03\n"
            b"Bad date,parent_carer,email,2026-02-30\n")
    page = _upload(signed_in(Role.OFFICER), COMMENTS, body, "complaints-march.csv")
    assert page.status == 400
    assert page.errors[1] == ("complaints-march.csv, row 3, column said_on: enter the date as "
                              "YYYY-MM-DD or DD/MM/YYYY, like 2025-03-14 or 14/03/2025")


def test_an_empty_comments_file_is_called_empty(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    for empty in (b"", b"\xef\xbb\xbf", b"\n\n"):
        page = _upload(officer, COMMENTS, empty, "blank.csv")
        assert page.status == 400
        assert page.errors[1] == ("blank.csv: The file is empty: its first row must name the "
                                  "columns text, group, channel and said_on")
    wrong = _upload(officer, COMMENTS, b"comment,who\nhello,parent\n", "wrong.csv")
    assert wrong.errors[1].startswith("wrong.csv: The file must have a first row naming")
    assert wrong.errors[1].endswith("Missing: text, group, channel, said_on")


def test_a_file_over_the_limit_is_called_too_big_with_the_limit(app, signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    form = officer.page(COMMENTS).form_data()
    big = io.BytesIO(b"text,group,channel,said_on\n" + b"x" * (app.config["MAX_CONTENT_LENGTH"]))
    # Encoded here, in memory: the test client would spool a body this big to a temporary file
    # that nothing closes once the request is refused unread.
    boundary, body = encode_multipart({**form, "file": FileStorage(big, "everything.csv")})
    page = Page(officer.post(COMMENTS, data=body,
                             content_type=f"multipart/form-data; boundary={boundary}"))
    assert page.status == 413
    assert page.h1 == "The file is too big"
    assert "The file must be 5 MB or smaller." in page.text
    assert "could not understand that request" not in page.text
    assert db.exec(select(Comment).where(Comment.area_id == area.id)).all() == []


PAPER = "feel,say,date\n"


def _paper(db, area, opens_on: date | None = date(2026, 3, 1)):
    survey = make_survey(db, area)
    survey.opens_on = opens_on
    db.add(survey)
    db.commit()
    return survey, f"/staff/surveys/{survey.id}/import-responses"


def _responses(db, survey) -> list[SurveyResponse]:
    return list(db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)))


def test_paper_answers_dated_before_the_survey_opened_are_refused(signed_in, db, area):
    survey, url = _paper(db, area)
    body = (PAPER + "happy,Fine,2026-03-01\nsad,Too slow,1990-01-01\n").encode()
    page = _upload(signed_in(Role.OFFICER), url, body, "paper-week-1.csv")
    assert page.status == 400
    assert page.errors == ["paper-week-1.csv, row 3, column 'date': 1990-01-01 is before the "
                           "survey opened on 1 March 2026: enter the day it was answered"]
    assert _responses(db, survey) == []


def test_every_paper_import_problem_names_the_file(signed_in, db, area):
    _survey, url = _paper(db, area)
    officer = signed_in(Role.OFFICER)
    bad = _upload(officer, url, (PAPER + "ecstatic,Great,2026-03-14\n").encode(), "p.csv")
    assert bad.errors[0].startswith("p.csv, row 2, column 'feel': 'ecstatic' is not an answer")
    empty = _upload(officer, url, b"", "nothing.csv")
    assert empty.errors == ["nothing.csv: The file is empty: the first row must name the "
                            "columns"]


def test_one_paper_response_imported_is_said_in_the_singular(signed_in, db, area):
    survey, url = _paper(db, area, opens_on=None)
    page = _upload(signed_in(Role.OFFICER), url, (PAPER + "happy,Fine,2020-01-01\n").encode(),
                   "one.csv")
    assert "1 response imported." in page.text
    assert "1 responses" not in page.text
    assert len(_responses(db, survey)) == 1  # with no opening day, any past date is taken
