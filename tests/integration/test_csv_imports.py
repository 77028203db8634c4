"""Issue 11.4 and the CSV part of 11.11: both CSV imports (comments, paper responses) read files
one way: UTF-8 only, anything else refused naming the problem and its line; a value over
131,072 characters and a comment file over 5,000 rows are refused clearly; nothing is imported.
Before: Latin-1 "Café" was stored as "Caf\ufffd", UTF-16 gave confusing column errors, a long
value was a 500 and the comment import had no row limit."""

import io

import pytest
from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.surveys.models import SurveyAnswer, SurveyResponse
from coprod.voice.models import Comment
from tests.pages import Page
from tests.survey_factories import make_survey

COMMENTS = "text,group,channel,said_on,how_given\n"
PAPER = "feel,say,date,helped\n"


def _send(client, url: str, body: bytes) -> Page:
    page = client.page(url)
    data = {**page.form_data(), "file": (io.BytesIO(body), "upload.csv")}
    return Page(client.post(url, data=data, content_type="multipart/form-data"))


def _count(db, model) -> int:
    return db.exec(select(func.count()).select_from(model)).one()


@pytest.fixture(params=["comments", "paper responses"])
def importer(request, signed_in, db, area):
    """(send, a good file's text) for each import: send(text) sends the header and the rows
    as UTF-8, send(bytes) sends the bytes as the whole file."""
    officer = signed_in(Role.OFFICER)
    if request.param == "comments":
        url, header = "/staff/voice/import", COMMENTS
        good = "Caf\u00e9 drop-in was lovely,parent_carer,email,2025-02-03,\n"
    else:
        url, header = f"/staff/surveys/{make_survey(db, area).id}/import-responses", PAPER
        good = "happy,Caf\u00e9 was great,2026-03-14,\n"

    def send(body: str | bytes) -> Page:
        return _send(officer, url, body if isinstance(body, bytes) else (header + body).encode())

    return send, header + good


def _nothing_stored(db, before):
    assert (_count(db, Comment), _count(db, SurveyResponse), _count(db, SurveyAnswer)) == before


def _before(db):
    return _count(db, Comment), _count(db, SurveyResponse), _count(db, SurveyAnswer)


def test_a_latin1_file_is_refused_naming_its_line(importer, db):
    send, good = importer
    before = _before(db)
    page = send(good.encode("cp1252"))
    assert page.status == 400
    assert any("must be saved as UTF-8. Line 2 has a letter or sign saved another way" in e
               for e in page.errors)
    _nothing_stored(db, before)


def test_a_utf16_file_is_refused_saying_so(importer, db):
    send, good = importer
    before = _before(db)
    page = send(good.encode("utf-16"))
    assert page.status == 400
    assert any("not UTF-16" in e for e in page.errors)
    _nothing_stored(db, before)


def test_a_value_over_131072_characters_is_refused_clearly(importer, db):
    send, good = importer
    before = _before(db)
    page = send(good.split("\n", 1)[1] + "x" * 131_073 + ",parent_carer,email,2025-02-03,\n")
    assert page.status == 400, page.errors
    assert any("Line 3 has a value longer than 131,072 characters" in e for e in page.errors), \
        page.errors
    _nothing_stored(db, before)


def test_a_good_file_keeps_its_accents(importer, db):
    send, good = importer
    page = send(good.encode())
    assert page.status == 302
    texts = db.exec(select(Comment.original_text)).all()
    assert any("Caf\u00e9" in text for text in texts)


def test_the_comment_import_has_a_row_limit(signed_in, db):
    before = _before(db)
    rows = "Short bus ride please,parent_carer,email,2025-02-03,\n" * 5001
    page = _send(signed_in(Role.OFFICER), "/staff/voice/import", (COMMENTS + rows).encode())
    assert page.status == 400
    assert any("more than 5,000 rows" in e for e in page.errors)
    _nothing_stored(db, before)
