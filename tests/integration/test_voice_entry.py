"""Officers and forum members add what families said: one at a time, pasted, or from a file."""

import io
from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.audit import AuditEvent
from coprod.voice.models import Comment


def _date_parts(day: date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


YESTERDAY = date.today() - timedelta(days=1)


def _comments(db, area):
    return db.exec(select(Comment).where(Comment.area_id == area.id).order_by(Comment.id)).all()


def test_officer_adds_a_phone_call_from_a_parent(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/voice/new", {
        "text": "Waited 14 months for the CAMHS assessment. Nobody rang back.",
        "group": "parent_carer", "channel": "phone", "said_on": _date_parts(YESTERDAY),
        "how_given": "alone"})
    assert page.status == 200
    assert "1 comment saved." in page.text
    assert "Nobody rang back" in page.text
    [comment] = _comments(db, area)
    assert (comment.group, comment.channel, comment.said_on) == ("parent_carer", "phone",
                                                                  YESTERDAY)
    assert comment.display_text == comment.original_text
    assert comment.created_by_id == officer.user.id


def test_forgetting_what_was_said_gets_a_gov_uk_message(signed_in, db, area):
    page = signed_in(Role.OFFICER).submit("/staff/voice/new", {
        "text": "   ", "group": "parent_carer", "channel": "email",
        "said_on": _date_parts(YESTERDAY)})
    assert page.status == 400
    assert page.title.startswith("Error:")
    assert page.errors == ["Enter what was said"]
    assert _comments(db, area) == []


def test_a_comment_said_in_the_future_is_refused(signed_in, db, area):
    page = signed_in(Role.FORUM).submit("/staff/voice/new", {
        "text": "Tomorrow's news", "group": "young_person", "channel": "email",
        "said_on": _date_parts(date.today() + timedelta(days=1))})
    assert page.errors == ["Date said must be today or in the past"]
    assert _comments(db, area) == []


def test_an_impossible_or_missing_date_is_explained(signed_in):
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/voice/new", {"text": "Hi", "group": "child",
                                               "channel": "letter", "said_on": ["31", "2", "2025"]})
    assert page.errors == ["Date said must be a real date"]
    page = officer.submit("/staff/voice/new", {"text": "Hi", "group": "child",
                                               "channel": "letter", "said_on": ["", "", ""]})
    assert page.errors == ["Enter the date it was said"]


def test_a_comment_over_5000_characters_is_refused(signed_in, db, area):
    page = signed_in(Role.OFFICER).submit("/staff/voice/new", {
        "text": "a" * 5001, "group": "parent_carer", "channel": "email",
        "said_on": _date_parts(YESTERDAY)})
    assert page.errors == ["Your comment must be 5,000 characters or fewer"]
    assert _comments(db, area) == []


def test_html_typed_into_a_comment_is_shown_as_text(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    officer.submit("/staff/voice/new", {
        "text": "<script>alert('hi')</script><b>bold</b>", "group": "parent_carer",
        "channel": "email", "said_on": _date_parts(YESTERDAY)})
    page = officer.page("/staff/voice/")
    assert "<b>bold</b>" in page.text
    assert not page.soup.select("main b")
    assert all(script.get("src") for script in page.soup.find_all("script"))


def test_pasting_many_comments_skips_and_counts_blank_lines(signed_in, db, area):
    page = signed_in(Role.FORUM).submit("/staff/voice/paste", {
        "lines": "Short breaks saved our family\n\nThe bus is late every day\n   \n"
                 "Our SENCO is brilliant\n",
        "group": "parent_carer", "channel": "email", "said_on": _date_parts(YESTERDAY)})
    assert "3 comments saved. 2 blank lines skipped." in page.text
    texts = [c.original_text for c in _comments(db, area)]
    assert texts == ["Short breaks saved our family", "The bus is late every day",
                     "Our SENCO is brilliant"]


def test_a_pasted_line_over_the_limit_saves_nothing_and_names_the_line(signed_in, db, area):
    page = signed_in(Role.OFFICER).submit("/staff/voice/paste", {
        "lines": "fine\n" + "x" * 5001 + "\nalso fine",
        "group": "parent_carer", "channel": "email", "said_on": _date_parts(YESTERDAY)})
    assert page.status == 400
    assert page.errors == ["Line 2 must be 5,000 characters or fewer. Shorten or split it, "
                           "then try again"]
    assert _comments(db, area) == []


def _upload(client, body: bytes, name: str = "comments.csv"):
    page = client.page("/staff/voice/import")
    data = page.form_data()
    data["file"] = (io.BytesIO(body), name)
    from tests.pages import Page

    return Page(client.post("/staff/voice/import", data=data, follow_redirects=True,
                            content_type="multipart/form-data"))


CSV_HEADER = "text,group,channel,said_on,how_given\n"


def test_officer_imports_a_csv_file_from_the_complaints_team(signed_in, db, area):
    body = ("\ufeff" + CSV_HEADER
            + "Annual review was cancelled twice,parent_carer,complaint,2025-02-03,\n"
            + ",,,,\n"
            + "I want to go to college with my friends,young_person,letter,03/02/2025,with_help\n"
            ).encode()
    page = _upload(signed_in(Role.OFFICER), body)
    assert "2 comments saved. 1 blank row skipped." in page.text
    comments = _comments(db, area)
    assert [c.how_given for c in comments] == ["alone", "with_help"]
    assert comments[1].said_on == date(2025, 2, 3)


def test_a_csv_with_a_bad_date_and_an_unknown_group_imports_nothing(signed_in, db, area):
    body = (CSV_HEADER
            + "Good row,parent_carer,email,2025-02-03,\n"
            + "Bad date,parent_carer,email,2025-02-30,\n"
            + "Bad group,grandad,email,2025-02-03,\n").encode()
    page = _upload(signed_in(Role.OFFICER), body)
    assert page.status == 400
    assert page.title.startswith("Error:")
    assert page.errors[0] == "The file has 2 problems. Nothing was imported."
    assert page.errors[1].startswith("comments.csv, row 3, column said_on:")
    assert page.errors[2].startswith("comments.csv, row 4, column group: 'grandad' is "
                                     "not recognised")
    assert len(page.soup.select(".govuk-error-summary")) == 1
    assert _comments(db, area) == []


def test_a_file_that_is_not_utf8_is_reported_and_nothing_imported(signed_in, db, area):
    body = (CSV_HEADER + "Caf\u00e9 was great,parent_carer,email,2025-02-03,\n").encode("cp1252")
    page = _upload(signed_in(Role.OFFICER), body)
    assert "The file must be saved as UTF-8" in page.errors[1]
    assert _comments(db, area) == []


def test_choosing_no_file_says_select_a_csv_file(signed_in):
    page = signed_in(Role.OFFICER).submit("/staff/voice/import", {})
    assert page.errors == ["Select a CSV file"]


def test_the_template_csv_can_be_downloaded(signed_in):
    response = signed_in(Role.FORUM).get("/staff/voice/import-template.csv")
    assert response.mimetype == "text/csv"
    assert response.get_data(as_text=True).startswith("\ufefftext,group,channel,said_on")


def test_the_audit_log_never_copies_family_words(signed_in, db, area):
    signed_in(Role.OFFICER).submit("/staff/voice/new", {
        "text": "My son Jayden is not coping", "group": "parent_carer", "channel": "phone",
        "said_on": _date_parts(YESTERDAY)})
    [event] = db.exec(select(AuditEvent).where(AuditEvent.record_type == "Comment")).all()
    assert event.changes["original_text"] == "(changed)"
    assert "Jayden" not in str(event.changes)


ENTRY_PAGES = ["/staff/voice/new", "/staff/voice/paste", "/staff/voice/import"]


@pytest.mark.parametrize("url", ENTRY_PAGES)
@pytest.mark.parametrize("role,status", [(Role.ADMIN, 200), (Role.OFFICER, 200),
                                         (Role.FORUM, 200), (Role.LEADER, 403),
                                         (Role.SAFEGUARDING, 403)])
def test_who_may_add_comments(signed_in, url, role, status):
    assert signed_in(role).page(url).status == status


def test_a_leader_cannot_post_a_comment_either(signed_in, db, area):
    leader = signed_in(Role.LEADER)
    token = leader.page("/staff/").soup.select_one("input[name=csrf_token]")["value"]
    response = leader.post("/staff/voice/new", data={
        "csrf_token": token, "text": "x", "group": "child", "channel": "email",
        "said_on": _date_parts(YESTERDAY)})
    assert response.status_code == 403
    assert _comments(db, area) == []


def test_each_group_of_answers_says_what_it_asks(signed_in):
    page = signed_in(Role.OFFICER).page("/staff/voice/new")
    legends = [legend.get_text(" ", strip=True) for legend in page.soup.select("legend")]
    assert legends == ["Who said it?", "How did it reach us?", "Date said", "How was it given?",
                       "Did they agree their words can be shared?"]


def test_character_counts_count_down_from_the_limit_the_form_checks(signed_in, monkeypatch):
    """The limit is read from each form's Length validator: changing it changes the count."""
    from coprod.reports.forms import SelfEvaluationForm
    from coprod.voice.forms import CommentForm

    officer = signed_in(Role.OFFICER)
    for url, form, limit in (("/staff/voice/new", CommentForm, 5000),
                             ("/staff/reports/self-evaluation", SelfEvaluationForm, 10000)):
        count = officer.page(url).soup.select_one(".govuk-character-count")
        assert count["data-maxlength"] == str(limit), url
        length = next(v for v in form.text.kwargs["validators"] if hasattr(v, "max"))
        monkeypatch.setattr(length, "max", 300)
        assert officer.page(url).soup.select_one(".govuk-character-count")[
            "data-maxlength"] == "300", url
