"""Audit 3, finding 6: `coprod purge` deletes what the privacy notice says, when it says, on
known data and a fixed clock: comments from every channel 3 years after they were said, survey
answers with no closing date 3 years after they were sent, words held for the safeguarding lead
once the lead has recorded an outcome (30 days after "referred" or "acted on"), saved reports
and their PDFs, and stale counts of wrong codes. The lead's decisions stay in the audit log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from coprod.analysis.flags import move_flag
from coprod.analysis.models import FlagStep
from coprod.areas.models import Role
from coprod.common.audit import ACTOR_KEY, AuditEvent, set_actor
from coprod.reports.models import JobStatus, ReportJob, SavedReport
from coprod.retention import purge_all
from coprod.surveys.models import CodeThrottle, Survey, SurveyResponse
from coprod.voice.findings import Outcome, SafeguardingFlag
from coprod.voice.models import Comment
from tests import factories
from tests.factories_reports import responses, said
from tests.pages import Page
from tests.survey_factories import make_survey

NOW = datetime(2029, 6, 1, 12, tzinfo=UTC)  # 3 years before is 2 June 2026 (1,095 days)
WORDS = "My stepdad hits me when he is drunk and I am scared to go home"


def _ids(db, model, ids) -> set[int]:
    db.expire_all()
    return {row.id for row in db.exec(select(model).where(model.id.in_(ids))).all()}


def _comment(db, area, day: date, channel: str = "email", response_id: int | None = None,
             flagged: bool = False) -> Comment:
    [made] = said(db, area, day, "parent_carer", channel, "communication", "negative",
                  text=WORDS if flagged else "", response_id=response_id, flagged=flagged)
    return made


def _decide(db, comment: Comment, outcome: Outcome | None, on: datetime | None) -> None:
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()
    flag.outcome, flag.handled_at = (outcome.value if outcome else None), on
    db.add(flag)
    db.commit()


def test_comments_from_other_channels_go_three_years_after_they_were_said(db, area):
    old_email = _comment(db, area, date(2026, 5, 1))
    old_event = _comment(db, area, date(2026, 6, 1), channel="event")
    recent = _comment(db, area, date(2026, 6, 2), channel="letter")
    survey_words = _comment(db, area, date(2025, 1, 1), channel="survey",
                            response_id=_a_response(db, area, date(2029, 1, 1)))

    done = purge_all(db, now=NOW)
    assert done.comments.deleted == 2
    assert _ids(db, Comment, [old_email.id, old_event.id, recent.id, survey_words.id]) == {
        recent.id, survey_words.id}  # survey words go with their survey's answers
    entry = db.exec(select(AuditEvent).where(AuditEvent.record_type == "Comment",
                                             AuditEvent.record_id == str(old_email.id),
                                             AuditEvent.action == "purge")).one()
    assert entry.changes == {"why": "said more than 3 years ago"}


def _a_response(db, area, sent: date, closes_on: date | None = None) -> int:
    survey = make_survey(db, area)
    survey.closes_on = closes_on
    db.add(survey)
    db.commit()
    responses(db, survey, "parent_carer", sent, 1)
    return db.exec(select(SurveyResponse.id).where(SurveyResponse.survey_id == survey.id)).one()


def test_answers_to_a_survey_with_no_closing_date_go_three_years_after_they_were_sent(db, area):
    old = _a_response(db, area, date(2026, 5, 31))
    recent = _a_response(db, area, date(2026, 6, 3))
    closes_later = _a_response(db, area, date(2026, 1, 10), closes_on=date(2026, 12, 31))
    old_words = _comment(db, area, date(2026, 5, 31), channel="survey", response_id=old)

    done = purge_all(db, now=NOW)
    assert done.surveys.responses == 1
    assert _ids(db, SurveyResponse, [old, recent, closes_later]) == {recent, closes_later}
    assert _ids(db, Comment, [old_words.id]) == set()


def test_a_never_closed_survey_no_longer_keeps_its_answers_for_ever(db, area):
    survey = db.get(Survey, db.get(SurveyResponse, _a_response(db, area, date(2020, 1, 1)))
                    .survey_id)
    assert survey.closes_on is None and survey.status == "published"
    assert purge_all(db, now=NOW).surveys.responses == 1


@pytest.mark.parametrize(("outcome", "decided_days_ago", "goes"), [
    (None, None, False),
    (Outcome.IN_PROGRESS, 400, False),
    (Outcome.REFERRED, 29, False),
    (Outcome.REFERRED, 31, True),
    (Outcome.ACTED_ON, 31, True),
    (Outcome.ACTED_ON, 29, False),
    (Outcome.NOT_A_CONCERN, 0, True),
])
def test_words_kept_for_the_lead_go_once_an_outcome_is_recorded(db, area, outcome,
                                                                 decided_days_ago, goes):
    # Its author deleted their answers (the response is gone) ...
    kept = _comment(db, area, date(2029, 5, 1), channel="survey", response_id=987654,
                    flagged=True)
    # ... and an email disclosure past its 3 years.
    old = _comment(db, area, date(2025, 1, 1), flagged=True)
    on = NOW - timedelta(days=decided_days_ago) if decided_days_ago is not None else None
    for comment in (kept, old):
        _decide(db, comment, outcome, on)

    done = purge_all(db, now=NOW)
    assert (done.surveys.kept_comments, done.comments.deleted) == ((1, 1) if goes else (0, 0))
    assert done.held == (0 if goes else 2)
    assert _ids(db, Comment, [kept.id, old.id]) == (set() if goes else {kept.id, old.id})


def test_a_flagged_comment_still_in_its_time_is_not_touched(db, area):
    recent = _comment(db, area, date(2029, 1, 1), flagged=True)
    _decide(db, recent, Outcome.REFERRED, NOW - timedelta(days=100))
    done = purge_all(db, now=NOW)
    assert done.held == 0 and _ids(db, Comment, [recent.id]) == {recent.id}


def test_the_leads_record_of_the_decision_outlives_the_words(db, area):
    lead = factories.make_user(db, area, Role.SAFEGUARDING)
    kept = _comment(db, area, date(2026, 11, 1), channel="survey", response_id=987655,
                    flagged=True)
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == kept.id)).one()
    set_actor(db, lead.id, area.id)
    move_flag(db, flag, Outcome.REFERRED, "Told MASH: " + WORDS, lead.id,
              referred_to="Northvale MASH")
    db.info.pop(ACTOR_KEY)
    flag_id = flag.id

    purge_all(db, now=flag.handled_at + timedelta(days=31))
    assert _ids(db, Comment, [kept.id]) == set()
    assert db.exec(select(FlagStep).where(FlagStep.flag_id == flag_id)).all() == []
    logged = db.exec(select(AuditEvent).where(AuditEvent.record_type == "SafeguardingFlag",
                                              AuditEvent.record_id == str(flag_id),
                                              AuditEvent.action == "update")).one()
    assert logged.user_id == lead.id
    assert logged.changes["outcome"] == "referred"
    assert logged.changes["referred_to"] == "Northvale MASH"
    purged = db.exec(select(AuditEvent).where(AuditEvent.record_type == "Comment",
                                              AuditEvent.record_id == str(kept.id),
                                              AuditEvent.action == "purge")).one()
    assert purged.changes["safeguarding"] == "referred"
    every_entry = " ".join(str(e.changes) for e in db.exec(select(AuditEvent)).all())
    assert "drunk" not in every_entry


def _saved(db, area, date_to: date, saved_on: datetime) -> SavedReport:
    row = SavedReport(area_id=area.id, kind="voice", title=f"Board {date_to}",
                      date_from=date_to - timedelta(days=90), date_to=date_to,
                      data={"quotes": [WORDS]}, created_at=saved_on)
    db.add(row)
    db.commit()
    return row


def _job(db, area, request: dict, asked: datetime) -> ReportJob:
    job = ReportJob(area_id=area.id, kind="voice", request=request, requested_at=asked,
                    status=JobStatus.READY.value, pdf=b"%PDF-1.7", finished_at=asked)
    db.add(job)
    db.commit()
    return job


def test_saved_reports_and_their_pdfs_go_three_years_after_the_period_they_cover(db, area):
    covers_old = _saved(db, area, date(2026, 3, 31), datetime(2026, 4, 2, tzinfo=UTC))
    covers_recent = _saved(db, area, date(2026, 12, 31), datetime(2027, 1, 5, tzinfo=UTC))
    saved_long_ago = _saved(db, area, date(2099, 1, 1), datetime(2026, 5, 1, tzinfo=UTC))
    pdf_of_old = _job(db, area, {"saved_report_id": covers_old.id}, NOW - timedelta(days=1))
    pdf_of_recent = _job(db, area, {"saved_report_id": covers_recent.id},
                         NOW - timedelta(days=1))
    live_pdf_last_week = _job(db, area, {"scope": {}}, NOW - timedelta(days=8))
    live_pdf_today = _job(db, area, {"scope": {}}, NOW - timedelta(hours=1))
    reports = [covers_old.id, covers_recent.id, saved_long_ago.id]
    pdfs = [pdf_of_old.id, pdf_of_recent.id, live_pdf_last_week.id, live_pdf_today.id]

    done = purge_all(db, now=NOW)
    assert (done.reports.saved, done.reports.pdfs) == (2, 2)
    assert _ids(db, SavedReport, reports) == {reports[1]}
    assert _ids(db, ReportJob, pdfs) == {pdfs[1], pdfs[3]}


def test_counts_of_wrong_codes_go_once_their_window_has_passed(db, area):
    db.add_all([CodeThrottle(client_key="old-client", failures=3,
                             window_started_at=NOW - timedelta(minutes=16)),
                CodeThrottle(client_key="now-client", failures=3,
                             window_started_at=NOW - timedelta(minutes=5))])
    db.commit()
    purge_all(db, now=NOW)
    db.expire_all()
    assert db.exec(select(CodeThrottle.client_key)).all() == ["now-client"]


def test_the_privacy_notice_says_what_purge_does(client, area):
    from coprod.reports.jobs import KEEP_FOR
    from coprod.reports.retention import KEEP_SAVED
    from coprod.surveys.retention import KEEP_ANSWERS, KEEP_UNSENT
    from coprod.voice.retention import AFTER_DECISION, KEEP_SAID

    assert KEEP_ANSWERS == KEEP_SAID == KEEP_SAVED == timedelta(days=3 * 365)
    assert (KEEP_UNSENT, AFTER_DECISION, KEEP_FOR) == (timedelta(days=90), timedelta(days=30),
                                                        timedelta(days=7))
    text = " ".join(Page(client.get("/privacy")).text.split())
    for promise in [
        "are deleted 3 years after the survey closes (on its closing date, or the day we close "
        "it if that is sooner). If a survey has no closing date, your answers are deleted 3 "
        "years after you sent them.",
        "we delete your answers 90 days after you last saved one",
        "(by email, phone, letter, social media, at a listening event, in a project "
        "evaluation, or in a file of comments) are deleted 3 years after the day they were said",
        "deleted 3 years after the last day they cover, or 3 years after they were saved if "
        "that is sooner, with any PDF made from them. Other report PDFs are deleted 7 days "
        "after they were asked for.",
        "if they decide it is not a safeguarding concern, we delete the words the next day",
        "we delete the words 30 days later",
        "We keep the words for as long as the safeguarding lead is still deciding.",
        "we keep the lead's record of what they decided (who decided, when, and who it was "
        "passed to), but not your words",
        "we count it for 15 minutes",
    ]:
        assert promise in text
    assert "kept until they have read it" not in text


def test_the_lead_is_told_when_the_words_will_go(db, area, signed_in):
    comment = _comment(db, area, date(2026, 11, 1), flagged=True)
    flag = db.exec(select(SafeguardingFlag).where(SafeguardingFlag.comment_id == comment.id)).one()
    page = signed_in(Role.SAFEGUARDING).page(f"/staff/analysis/safeguarding/{flag.id}")
    words = " ".join(page.soup.select_one("#when-words-go").get_text().split())
    assert "30 days after “Referred” or “Acted on”" in words
    assert "Put what you need in your area's safeguarding records first." in words
