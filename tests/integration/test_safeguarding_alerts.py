"""Audit 3, finding 7: when a comment is flagged, each of the area's safeguarding leads is
emailed that a comment needs them, with a link to the flag and nothing of what was said or who
said it; the respondent's answer never waits for, or fails with, the mail server."""

from __future__ import annotations

import logging
import smtplib
from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.analysis import alerts
from coprod.areas.models import Membership, Role
from coprod.surveys.models import SurveyResponse
from coprod.voice.findings import Alert, SafeguardingFlag
from coprod.voice.models import Comment
from tests import factories
from tests.factories_voice import make_comment
from tests.survey_factories import answer_all, make_survey, only_response, send, start_survey

DISCLOSURE = "My stepdad hits me and I am scared to go home"
WORDS = ("stepdad", "hits", "scared", "home")
PUBLIC_URL = "https://voice.council.example"


class FakeSMTP:
    """smtplib.SMTP that keeps what it would have sent (and can refuse, like a server away)."""

    sent: list = []
    connections: list = []
    refuse = False
    refuse_to: set[str] = set()

    def __init__(self, host, port, timeout=None):
        if FakeSMTP.refuse:
            raise ConnectionRefusedError(111, "Connection refused")
        FakeSMTP.connections.append((host, port, timeout))
        self.tls = False

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        return False

    def starttls(self, context=None):
        self.tls = True

    def login(self, user, password):
        pass

    def send_message(self, message):
        assert self.tls, "mail goes over TLS unless MAIL_SECURITY says none"
        if message["To"] in FakeSMTP.refuse_to:
            raise smtplib.SMTPRecipientsRefused({message["To"]: (550, b"No such user")})
        FakeSMTP.sent.append(message)


@pytest.fixture
def smtp(app, monkeypatch):
    """A mail server set up for the app, answered by FakeSMTP."""
    FakeSMTP.sent, FakeSMTP.connections, FakeSMTP.refuse, FakeSMTP.refuse_to = [], [], False, set()
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    for key, value in {"MAIL_SERVER": "smtp.council.example", "MAIL_PORT": 587,
                       "MAIL_FROM": "coprod@council.example", "PUBLIC_URL": PUBLIC_URL}.items():
        monkeypatch.setitem(app.config, key, value)
    return FakeSMTP


def _answer(client, db, survey, said: str = DISCLOSURE):
    page = answer_all(client, start_survey(client, survey), ["happy", said, "on_my_own"])
    done = send(client, page, {})
    db.expire_all()
    return done


def _flag_of(db, response) -> SafeguardingFlag:
    return db.exec(select(SafeguardingFlag).join(Comment, Comment.id == SafeguardingFlag.comment_id)
                   .where(Comment.survey_response_id == response.id)).one()


def _text(message) -> str:
    return f"{message['Subject']}\n{message.get_content()}"


def test_a_flagged_survey_answer_emails_each_lead_a_link_and_none_of_the_words(
        app, client, db, area, signed_in, smtp):
    leads = [factories.make_user(db, area, Role.SAFEGUARDING) for _ in range(2)]
    factories.make_user(db, area, Role.OFFICER)
    factories.make_user(db, factories.make_area(db), Role.SAFEGUARDING)  # another area's lead
    survey = make_survey(db, area)

    done = _answer(client, db, survey)
    assert done.status == 200 and done.soup.select_one(".govuk-panel") is not None
    flag = _flag_of(db, only_response(db, survey))
    assert flag.alert == Alert.WAITING and smtp.sent == [], "nothing is sent in the request"

    assert alerts.send_waiting(app) == 1
    assert sorted(message["To"] for message in smtp.sent) == sorted(p.email for p in leads)
    link = f"{PUBLIC_URL}/staff/analysis/safeguarding/{flag.id}"
    for message in smtp.sent:
        text = _text(message)
        assert message["From"] == "coprod@council.example"
        assert message["Subject"] == "coprod: a comment needs your attention"
        assert link in text
        assert not [word for word in WORDS if word in text.lower()], text
        assert survey.title not in text and not [p.name for p in leads if p.name in text]
    db.expire_all()
    flag = db.get(SafeguardingFlag, flag.id)
    assert flag.alert == Alert.SENT and flag.alerted_at is not None and flag.alert_tries == 1

    assert alerts.send_waiting(app) == 0 and len(smtp.sent) == 2, "each alert goes once"
    page = signed_in(Role.SAFEGUARDING).page(f"/staff/analysis/safeguarding/{flag.id}")
    assert page.soup.select_one("#alert").get_text(strip=True).startswith("By email, ")


def test_a_failing_mail_server_loses_no_answer_and_is_tried_again(
        app, client, db, area, smtp, monkeypatch, caplog):
    woken = []
    monkeypatch.setitem(app.config, "SAFEGUARDING_ALERTS_IN_WEB", True)
    monkeypatch.setattr(alerts, "_worker_for", lambda _app: type(
        "Thread", (), {"wake": type("Wake", (), {"set": lambda self: woken.append(1)})()})())
    factories.make_user(db, area, Role.SAFEGUARDING)
    survey = make_survey(db, area)
    smtp.refuse = True

    done = _answer(client, db, survey)
    assert done.status == 200 and done.soup.select_one(".govuk-panel") is not None
    response = only_response(db, survey)
    assert woken, "the commit woke the alert thread"
    with caplog.at_level(logging.ERROR, logger="coprod.analysis.alerts"):
        assert alerts.send_waiting(app) == 1  # no exception reaches anyone
    assert "could not be emailed" in caplog.text
    assert not [word for word in WORDS if word in caplog.text.lower()]
    db.expire_all()
    assert db.get(SurveyResponse, response.id) is not None
    flag = _flag_of(db, response)
    assert db.get(Comment, flag.comment_id).original_text == DISCLOSURE
    assert flag.alert == Alert.FAILED and flag.alert_tries == 1

    assert alerts.send_waiting(app) == 0, "not tried again at once"
    flag.alerted_at -= alerts.RETRY_AFTER + timedelta(seconds=1)
    db.add(flag)
    db.commit()
    smtp.refuse = False
    assert alerts.send_waiting(app) == 1 and len(smtp.sent) == 1
    db.expire_all()
    assert db.get(SafeguardingFlag, flag.id).alert == Alert.SENT


def test_with_no_mail_server_the_alert_goes_to_the_log(app, db, area, signed_in, caplog):
    assert not app.config["MAIL_SERVER"]
    factories.make_user(db, area, Role.SAFEGUARDING)
    comment = make_comment(db, area, DISCLOSURE, group="child")
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()
    with caplog.at_level(logging.WARNING, logger="coprod.analysis.alerts"):
        assert alerts.send_waiting(app) == 1
    assert f"/staff/analysis/safeguarding/{flag.id}" in caplog.text
    assert not [word for word in WORDS if word in caplog.text.lower()]
    db.expire_all()
    assert db.get(SafeguardingFlag, flag.id).alert == Alert.LOGGED
    page = signed_in(Role.SAFEGUARDING).page(f"/staff/analysis/safeguarding/{flag.id}")
    assert "no mail server set up" in page.soup.select_one("#alert").text


def test_a_flag_raised_by_hand_alerts_and_one_already_opened_does_not(
        app, db, area, signed_in, smtp):
    factories.make_user(db, area, Role.SAFEGUARDING)
    # (session 17's column now flags "Things at home are hard and I don't want to say more"
    # itself; a person still flags what neither the rules nor the column read as a disclosure)
    missed = make_comment(db, area, "I would like to talk to someone about home.")
    assert db.exec(select(SafeguardingFlag)
                   .where(SafeguardingFlag.comment_id == missed.id)).first() is None
    officer = signed_in(Role.OFFICER)
    officer.submit(f"/staff/analysis/comments/{missed.id}/safeguarding", {"reason": ""})
    opened = make_comment(db, area, DISCLOSURE, group="child")
    opened_flag = db.exec(select(SafeguardingFlag)
                          .where(SafeguardingFlag.comment_id == opened.id)).one()
    opened_flag.outcome = "in_progress"
    db.add(opened_flag)
    db.commit()

    assert alerts.send_waiting(app) == 2
    assert len(smtp.sent) == 1
    db.expire_all()
    assert db.get(SafeguardingFlag, opened_flag.id).alert == Alert.NOT_NEEDED


def test_an_address_the_server_refuses_does_not_stop_the_other_leads_hearing(
        app, db, area, smtp, caplog):
    gone, here = (factories.make_user(db, area, Role.SAFEGUARDING) for _ in range(2))
    smtp.refuse_to = {gone.email}
    comment = make_comment(db, area, DISCLOSURE, group="child")
    with caplog.at_level(logging.ERROR, logger="coprod.analysis.alerts"):
        assert alerts.send_waiting(app) == 1
    assert [message["To"] for message in smtp.sent] == [here.email]
    assert f"the mail server refused {gone.email}" in caplog.text
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()
    db.refresh(flag)
    assert flag.alert == Alert.SENT


def test_two_workers_claim_an_alert_once(app, db, area):
    comment = make_comment(db, area, DISCLOSURE)
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()
    assert alerts._claim(db, flag.id) is True
    assert alerts._claim(db, flag.id) is False


def _link_path(message) -> str:
    """The flag's address in the email, as the lead's browser asks for it."""
    link = next(line for line in message.get_content().splitlines() if line.startswith(PUBLIC_URL))
    return link.removeprefix(PUBLIC_URL)


@pytest.mark.parametrize("role_here", [Role.SAFEGUARDING, Role.OFFICER])
def test_a_lead_working_in_another_area_follows_the_alert_link_to_the_flag(
        app, db, area, signed_in, smtp, role_here):
    """The lead is signed in to `area` (as a lead there too, or in another role) when the email
    comes from the other area they look after: its link moves them there, says so, and opens
    the flag they can act on."""
    other = factories.make_area(db, name="Northvale & <b>Westby</b> SEND")
    lead = signed_in(role_here)
    db.add(Membership(user_id=lead.user.id, area_id=other.id, role=Role.SAFEGUARDING.value))
    db.commit()
    comment = make_comment(db, other, DISCLOSURE, group="child")
    assert alerts.send_waiting(app) == 1
    [message] = [m for m in smtp.sent if m["To"] == lead.user.email]

    first = lead.get(_link_path(message))
    assert first.status_code == 302 and first.headers["Location"] == _link_path(message)
    page = lead.page(first.headers["Location"])
    assert page.status == 200
    banner = page.soup.select_one(".govuk-notification-banner")
    assert banner.get_text(" ", strip=True) == (
        "Important You are now working in Northvale & <b>Westby</b> SEND, the area this "
        "flagged comment is in.")
    assert banner.select("b") == [], "the area's name is shown as typed, not as markup"
    assert DISCLOSURE in page.text
    assert "Northvale & <b>Westby</b> SEND" in page.soup.select_one("header").get_text()
    queue = lead.page("/staff/analysis/safeguarding")
    assert queue.soup.select_one(f"a[href='{_link_path(message)}']") is not None
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()
    done = lead.submit(_link_path(message), {"outcome": "in_progress", "note": "Ringing now",
                                             "assigned_to": str(lead.user.id)})
    assert done.status == 200 and "Decision saved" in done.text, done.errors
    db.refresh(flag)
    assert flag.outcome == "in_progress" and flag.assigned_to_id == lead.user.id


def _member(db, client, area, role: Role) -> None:
    db.add(Membership(user_id=client.user.id, area_id=area.id, role=role.value))
    db.commit()


def _flag_in(db, area) -> int:
    return _flag_of_comment(db, make_comment(db, area, DISCLOSURE, group="child")).id


def _working_in(client) -> int:
    with client.session_transaction() as session:
        return session["area_id"]


@pytest.mark.parametrize(("role_here", "refused"), [
    (Role.SAFEGUARDING, 404),  # another area's flag is not found, as before
    (Role.OFFICER, 403),  # no role here that handles flags: forbidden, as before
])
def test_a_flag_link_moves_someone_only_to_an_area_where_they_are_the_lead(
        db, area, signed_in, role_here, refused):
    """Working in `area`, a member of two other areas: an officer in one, the lead in the
    other. A link to the first's flag opens nothing, and answers the same as a flag that does
    not exist (nothing says it is there); a link to the second's moves them and opens it."""
    officer_there, lead_there = factories.make_area(db), factories.make_area(db)
    person = signed_in(role_here)
    _member(db, person, officer_there, Role.OFFICER)
    _member(db, person, lead_there, Role.SAFEGUARDING)
    not_theirs, theirs = _flag_in(db, officer_there), _flag_in(db, lead_there)
    for flag_id in (not_theirs, theirs + 1000):
        response = person.get(f"/staff/analysis/safeguarding/{flag_id}", follow_redirects=True)
        assert response.status_code == refused, flag_id
        assert DISCLOSURE not in response.get_data(as_text=True)
        assert _working_in(person) == area.id, "they stay where they were"

    page = person.page(f"/staff/analysis/safeguarding/{theirs}", follow_redirects=True)
    assert page.status == 200 and DISCLOSURE in page.text
    assert lead_there.name in page.soup.select_one(".govuk-notification-banner").text
    assert _working_in(person) == lead_there.id


def _flag_of_comment(db, comment) -> SafeguardingFlag:
    return db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()


def test_a_flag_raised_by_a_command_is_emailed_before_the_command_ends(app, db, area, smtp):
    """`coprod analyse --retheme --all` finds a disclosure in a comment stored before the
    check knew its words: the lead has the email when the command returns, not at a web
    process's next look, and nothing is left waiting."""
    from coprod.cli import main
    from tests.factories_reports import said

    lead = factories.make_user(db, area, Role.SAFEGUARDING)
    [comment] = said(db, area, date.today(), "young_person", "survey", "ehcp", "negative",
                     text=DISCLOSURE)  # stored as analysed, and not flagged
    assert db.exec(select(SafeguardingFlag)).all() == []

    result = app.test_cli_runner().invoke(main, ["analyse", "--retheme", "--all", "--area",
                                                 area.slug])
    assert result.exit_code == 0, result.stderr
    flag = _flag_of_comment(db, comment)
    assert [message["To"] for message in smtp.sent] == [lead.email]
    assert f"{PUBLIC_URL}/staff/analysis/safeguarding/{flag.id}" in _text(smtp.sent[0])
    assert "Dealt with the alert for 1 safeguarding flag." in result.stderr
    db.expire_all()
    assert db.exec(select(SafeguardingFlag).where(
        SafeguardingFlag.alert == Alert.WAITING.value)).all() == []
    assert alerts.send_waiting(app) == 0 and len(smtp.sent) == 1, "sent once"
