"""Issue 11.4: an import reads and checks its file, works out what the comments say (themes,
sentiment, safeguarding), and only then writes, in one transaction. The write lock (all of it,
on SQLite) is held while rows are written, never while text is analysed, so respondents saving
answers at the same moment wait as little as possible. Before: every row was analysed inside
the write transaction; a 30,000-row file held SQLite's lock for 67 s and 12 of 150
respondents' saves failed. Real commits, on SQLite and PostgreSQL."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import event
from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.surveys.models import SurveyResponse
from coprod.voice import analyse as analysing
from coprod.voice.findings import SafeguardingFlag
from coprod.voice.models import Comment
from tests import factories
from tests.pages import Page

ROWS = 120
DISCLOSURE = "My stepdad hits me when I get things wrong."
READS = ("SELECT", "PRAGMA", "EXPLAIN")


class WriteWatch:
    """Whether a write transaction is open on the app's database, and how many were opened."""

    def __init__(self, engine) -> None:
        self.open = False
        self.transactions = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._ended)
        event.listen(engine, "rollback", self._ended)

    def _statement(self, _connection, _cursor, statement: str, *_args) -> None:
        if not self.open and not statement.lstrip()[:7].upper().startswith(READS):
            self.open = True
            self.transactions += 1

    def _ended(self, _connection) -> None:
        self.open = False


def _file(kind: str) -> tuple[str, bytes]:
    """An import's address tail and a file of ROWS rows, one of them a disclosure."""
    said = [f"Row {n}: the short breaks club was full again" for n in range(ROWS - 1)]
    said.append(DISCLOSURE)
    if kind == "comments":
        lines = ["text,group,channel,said_on"] + [f"{text},parent_carer,email,2025-02-03"
                                                   for text in said]
    else:
        lines = ["feel,say"] + [f"happy,{text}" for text in said]
    return kind, ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("kind", ["comments", "paper responses"])
def test_an_import_analyses_every_comment_before_it_takes_the_write_lock(
        committed_survey, monkeypatch, kind):
    app, session, area, survey = committed_survey
    officer = factories.make_user(session, area, Role.OFFICER)
    url = "/staff/voice/import" if kind == "comments" else \
        f"/staff/surveys/{survey.id}/import-responses"
    client = app.test_client()
    with client.session_transaction() as cookie:
        cookie["_user_id"], cookie["_fresh"], cookie["area_id"] = str(officer.id), True, area.id
    form = Page(client.get(url)).form_data()

    watch = WriteWatch(app.extensions["coprod.engine"])
    analysed_while_writing: list[bool] = []
    real_analyse = analysing.analyse

    def watched(text, codebook=None):
        analysed_while_writing.append(watch.open)
        return real_analyse(text, codebook)

    monkeypatch.setattr(analysing, "analyse", watched)
    _kind, body = _file(kind)
    reply = client.post(url, data={**form, "file": (io.BytesIO(body), "upload.csv")},
                        content_type="multipart/form-data")

    assert reply.status_code == 302, Page(reply).errors
    assert len(analysed_while_writing) == ROWS
    assert not any(analysed_while_writing), (
        f"{sum(analysed_while_writing)} of {ROWS} comments were analysed inside the write")
    assert watch.transactions == 1, "the rows were not written in one transaction"
    comments = session.exec(select(Comment).where(Comment.area_id == area.id)).all()
    assert len(comments) == ROWS
    flagged = session.exec(select(func.count()).select_from(SafeguardingFlag).where(
        SafeguardingFlag.area_id == area.id)).one()
    assert flagged == 1
    if kind == "paper responses":
        assert session.exec(select(func.count()).select_from(SurveyResponse).where(
            SurveyResponse.survey_id == survey.id)).one() == ROWS
