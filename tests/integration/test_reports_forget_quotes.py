"""Audit 3, finding 1: words a person took back leave saved board reports and their PDFs.

A young person deletes their answers with their receipt code and is told nobody can see them
now: their approved quote must go from every saved report and every PDF built before or after.
The same when `coprod purge` deletes it by age, staff remove a comment, or the approval to
quote it is withdrawn. A saved report also checks again when it is shown or printed."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader
from sqlalchemy import update
from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.common.time import utcnow
from coprod.reports import jobs
from coprod.reports.models import ReportJob, SavedReport
from coprod.surveys.journey.runner import uk_today
from coprod.surveys.models import Survey, SurveyStatus
from coprod.surveys.retention import purge
from coprod.voice.findings import CommentAnalysis, CommentTheme, SafeguardingFlag, Status
from coprod.voice.models import Comment
from tests.factories_reports import said
from tests.survey_factories import answer_all, make_survey, only_response, send, start_survey

CODE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")
WORDS = "I want a real paid job not another college course. Nobody helps me find work."
NO_QUOTES = "No quotes have been approved for this report yet."


def _young_person_answers(app, db, area) -> tuple[str, Comment]:
    """A young person answers a survey; their words are themed "Growing up", with 5 other
    young people's comments on it (so neither the theme nor the group is a small number)."""
    survey = make_survey(db, area)
    client = app.test_client()
    done = send(client, answer_all(client, start_survey(client, survey),
                                   ["happy", WORDS, "on_my_own"]), {})
    receipt = CODE.search(done.soup.select_one(".govuk-panel").get_text(" ")).group(0)
    db.expire_all()
    comment = db.exec(select(Comment).where(
        Comment.survey_response_id == only_response(db, survey).id)).one()
    comment.share_consent = True  # they said yes to "Can we use your words?"
    db.add(comment)
    db.commit()
    _theme(db, comment, "adulthood", "negative")
    said(db, area, comment.said_on, comment.group, "survey", "adulthood", "positive", times=5)
    return receipt, comment


def _theme(db, comment: Comment, theme: str, sentiment: str) -> None:
    for old in db.exec(select(CommentTheme).where(CommentTheme.comment_id == comment.id)):
        db.delete(old)
    analysis = db.exec(select(CommentAnalysis).where(
        CommentAnalysis.comment_id == comment.id)).first()
    analysis = analysis or CommentAnalysis(comment_id=comment.id, area_id=comment.area_id)
    analysis.sentiment = sentiment
    db.add(analysis)
    db.add(CommentTheme(comment_id=comment.id, area_id=comment.area_id, theme_id=theme,
                        status=Status.CONFIRMED.value, source="person"))
    db.commit()


def _approve(client, comment_id: int, publish: str = "yes"):
    page = client.page(f"/staff/voice/{comment_id}")
    data = page.form_data("#publishing ~ form")
    data["publish"] = publish
    return client.post(f"/staff/voice/{comment_id}/publish", data=data)


def _save(client, title: str) -> str:
    page = client.page("/staff/reports/voice")
    data = page.form_data("form[action*='/save']")
    data["title"] = title
    saved = client.post("/staff/reports/voice/save", data=data)
    assert saved.status_code == 302
    return saved.headers["Location"]


def _pdf_text(app, client, asked) -> str:
    jobs.run_pending(app, "worker-1")
    pdf = client.get(asked.headers["Location"] + ".pdf")
    assert pdf.mimetype == "application/pdf"
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)


def _ask_for_pdf(client, saved: str):
    page = client.page(saved)
    return client.post(f"{saved}/pdf", data=page.form_data("form[action$='/pdf']"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _delete_with_receipt(app, receipt: str) -> None:
    someone = app.test_client()
    page = someone.submit("/surveys/delete-my-answers", {"code": receipt})
    assert send(someone, page, {}).h1 == "Your answers are deleted"


def test_a_young_persons_deleted_words_leave_the_saved_report_and_its_pdfs(app, db, area,
                                                                          signed_in):
    receipt, comment = _young_person_answers(app, db, area)
    assert _approve(signed_in(Role.OFFICER), comment.id).status_code == 302
    admin = signed_in(Role.ADMIN)
    saved = _save(admin, "Board test before deletion")
    assert WORDS in admin.page(saved).text
    before = _ask_for_pdf(admin, saved)
    assert "Nobody helps me find work" in _flat(_pdf_text(app, admin, before))

    _delete_with_receipt(app, receipt)

    page = admin.page(saved)
    assert WORDS not in page.text and NO_QUOTES in page.text
    db.expire_all()
    row = db.get(SavedReport, int(saved.rsplit("/", 1)[1]))
    assert "Nobody helps me" not in str(row.data)  # not kept, not only hidden
    # The PDF built before the deletion is deleted and built again without the words.
    job = db.get(ReportJob, int(before.headers["Location"].rsplit("/", 1)[1]))
    assert job.status == "pending" and job.pdf is None
    assert admin.get(before.headers["Location"] + ".pdf").status_code == 404
    rebuilt = _pdf_text(app, admin, before)
    assert "Nobody helps me" not in _flat(rebuilt) and NO_QUOTES in _flat(rebuilt)
    assert "Nobody helps me" not in _flat(_pdf_text(app, admin, _ask_for_pdf(admin, saved)))
    # Nor did the words ever go into the audit log with the saved report.
    logged = db.exec(select(AuditEvent.changes)).all()
    assert not any("Nobody helps me" in str(changes) for changes in logged)


def test_withdrawn_approval_takes_the_quote_out_of_saved_reports(app, db, area, signed_in):
    _receipt, comment = _young_person_answers(app, db, area)
    officer = signed_in(Role.OFFICER)
    _approve(officer, comment.id)
    saved = _save(officer, "Board, before the approval was withdrawn")
    _approve(officer, comment.id, publish="no")
    page = officer.page(saved)
    assert WORDS not in page.text and NO_QUOTES in page.text
    db.expire_all()
    assert "Nobody helps me" not in str(db.get(SavedReport, int(saved.rsplit("/", 1)[1])).data)


def test_a_comment_staff_remove_leaves_saved_reports(app, db, area, signed_in):
    [comment] = said(db, area, uk_today(), "young_person", "email", "adulthood", "negative",
                     text="Please take this out, I said it about my own college by mistake")
    comment.share_consent = True  # they had said yes to sharing their words
    db.add(comment)
    db.commit()
    said(db, area, uk_today(), "young_person", "email", "adulthood", "positive", times=5)
    officer = signed_in(Role.OFFICER)
    _approve(officer, comment.id)
    saved = _save(officer, "Board")
    assert "I said it about my own college" in officer.page(saved).text
    page = officer.page(f"/staff/voice/{comment.id}/remove")
    officer.post(f"/staff/voice/{comment.id}/remove", data=page.form_data("main form"))
    assert "I said it about my own college" not in officer.page(saved).text
    db.expire_all()
    assert "I said it about" not in str(db.get(SavedReport, int(saved.rsplit("/", 1)[1])).data)


def test_words_purged_by_age_leave_saved_reports(app, db, area, signed_in):
    _receipt, comment = _young_person_answers(app, db, area)
    officer = signed_in(Role.OFFICER)
    _approve(officer, comment.id)
    saved = _save(officer, "Board")
    survey_id = only_response_survey(db, comment)
    db.execute(update(Survey).where(Survey.id == survey_id).values(
        status=SurveyStatus.CLOSED.value, updated_at=utcnow() - timedelta(days=4 * 365)))
    db.commit()
    assert purge(db).responses == 1
    assert WORDS not in officer.page(saved).text
    db.expire_all()
    assert "Nobody helps me" not in str(db.get(SavedReport, int(saved.rsplit("/", 1)[1])).data)


def only_response_survey(db, comment: Comment) -> int:
    from coprod.surveys.models import SurveyResponse
    return db.get(SurveyResponse, comment.survey_response_id).survey_id


def test_a_saved_report_shows_only_quotes_still_approved_and_not_hidden(app, db, area,
                                                                       signed_in):
    """Defence in depth: whatever the stored copy holds (a report saved before quotes kept
    their comment's number, or a safeguarding flag raised since), showing it checks again."""
    _receipt, comment = _young_person_answers(app, db, area)
    officer = signed_in(Role.OFFICER)
    _approve(officer, comment.id)
    saved = _save(officer, "Board")
    row = db.get(SavedReport, int(saved.rsplit("/", 1)[1]))
    data = dict(row.data)
    themes = next(s for s in data["sections"] if s["key"] == "themes")
    for quotes in themes["quotes"].values():
        for quote in quotes:
            quote.pop("comment_id", None)  # as saved before this change
    [quoted] = [q for qs in themes["quotes"].values() for q in qs]
    themes["quotes"]["Preparing for adulthood and transitions"].append(
        {**quoted, "text": "Words whose comment was deleted before this fix"})
    db.execute(update(SavedReport).where(SavedReport.id == row.id).values(data=data))
    db.commit()
    page = officer.page(saved)
    assert WORDS in page.text  # still approved: matched by its words
    assert "deleted before this fix" not in page.text
    db.add(SafeguardingFlag(comment_id=comment.id, area_id=area.id, reasons=["test"]))
    db.commit()
    assert WORDS not in officer.page(saved).text


def test_a_pdf_being_built_when_words_are_taken_back_is_thrown_away_and_built_again(
        app, db, area):
    job = ReportJob(area_id=area.id, kind="voice", request={"saved_report_id": 0},
                    status="building", claimed_by="worker-1",
                    claimed_at=datetime.now(UTC))
    db.add(job)
    db.commit()
    # Words taken back meanwhile send the job back to the queue (coprod.reports.forgetting).
    db.execute(update(ReportJob).where(ReportJob.id == job.id).values(
        status="pending", claimed_by="", claimed_at=None))
    db.commit()
    assert jobs.finish(db, job.id, "worker-1", {"pdf": b"%PDF old words", "status": "ready"}) \
        is False
    db.expire_all()
    assert db.get(ReportJob, job.id).status == "pending" and db.get(ReportJob, job.id).pdf is None


def test_reports_saved_before_this_change_forget_deleted_words_when_upgraded(db, area,
                                                                           monkeypatch):
    """The migration: a stored quote stays only while an approved comment has its words; the
    audit log's copy of a saved report loses its data; built PDFs are built again."""
    import importlib

    upgrade = importlib.import_module("coprod.migrations.versions.0018r_forget_quotes")
    [kept] = said(db, area, uk_today(), "young_person", "email", "adulthood", "negative",
                  text="Words that are still approved for reports")
    kept.published_at = utcnow()
    db.add(kept)
    quote = {"group": "Young person", "sentiment": "negative"}
    row = SavedReport(area_id=area.id, kind="voice", title="Old board", date_from=uk_today(),
                      date_to=uk_today(), data={"sections": [{"key": "themes", "quotes": {
                          "Growing up": [{**quote, "text": kept.display_text},
                                         {**quote, "text": "Words deleted long ago"}]}}]})
    job = ReportJob(area_id=area.id, kind="voice", request={}, status="ready", pdf=b"%PDF")
    db.add_all([row, job, AuditEvent(action="create", record_type="SavedReport",
                                     record_id="1", changes={"data": {"w": "Words deleted"}})])
    db.commit()
    monkeypatch.setattr(upgrade, "op", type("Op", (), {"get_bind": lambda: db.connection()}))
    upgrade.upgrade()
    db.expire_all()
    assert [q["text"] for q in db.get(SavedReport, row.id).data["sections"][0]["quotes"][
        "Growing up"]] == [kept.display_text]
    assert not any("Words deleted" in str(c) for c in db.exec(select(AuditEvent.changes)))
    assert db.get(ReportJob, job.id).status == "pending" and db.get(ReportJob, job.id).pdf is None
