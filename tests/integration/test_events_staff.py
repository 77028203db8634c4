"""Officers record listening events: details, who came, what was heard and the actions agreed."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.events.models import EventAction, ListeningEvent
from coprod.surveys.models import SurveyStatus
from coprod.voice.models import Comment
from tests import factories
from tests.factories_voice import make_event
from tests.survey_factories import make_survey, tiny_definition

LAST_WEEK = date.today() - timedelta(days=7)
NEXT_MONTH = date.today() + timedelta(days=30)


def _parts(day: date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


EVENT = {"title": "SEND drop-in with the DCO", "event_type": "drop_in",
         "held_on": _parts(LAST_WEEK), "starts_at": "10:00", "ends_at": "12:30pm",
         "place": "Northvale Library, Market Street", "partners": "Parent carer forum, ICB",
         "facilitators": "Tom Okafor", "adjustments": ["quiet_space", "bsl_interpreter"],
         "young_people_count": "3", "parent_carers_count": "14", "notes": "Busy morning"}


def test_officer_records_an_event_with_attendance_and_adjustments(signed_in, db, area):
    page = signed_in(Role.OFFICER).submit("/staff/events/new", EVENT)
    assert page.status == 200
    assert "Event saved: SEND drop-in with the DCO." in page.text
    event = db.exec(select(ListeningEvent).where(ListeningEvent.area_id == area.id)).one()
    assert event.adjustments == ["bsl_interpreter", "quiet_space"]
    assert (event.young_people_count, event.parent_carers_count, event.others_count) == (3, 14, 0)
    assert event.ends_at.hour == 12 and event.ends_at.minute == 30
    assert "Quiet space" in page.text and "10:00 to 12:30" in page.text


@pytest.mark.parametrize("change,message", [
    ({"title": ""}, "Enter the event name"),
    ({"held_on": ["", "", ""]}, "Enter the date of the event"),
    ({"starts_at": "25:99"}, "Enter the start time like 10:00 or 6:30pm"),
    ({"ends_at": "9:00"}, "End time must be after the start time"),
    ({"place": "", "online_link": ""}, "Enter the place, or an online link if it is online"),
    ({"online_link": "javascript:alert(1)"},
     "Enter the online link in the correct format, like https://meet.example.org/forum"),
    ({"parent_carers_count": "-2"}, "Parents and carers must be a whole number, 0 or more"),
    ({"children_count": "2.5"}, "Children must be a whole number, 0 or more"),
])
def test_event_form_explains_each_mistake(signed_in, db, area, change, message):
    page = signed_in(Role.OFFICER).submit("/staff/events/new", {**EVENT, **change})
    assert page.status == 400
    assert page.errors == [message]
    assert db.exec(select(ListeningEvent).where(ListeningEvent.area_id == area.id)).all() == []


def test_officer_changes_an_event_after_it_happened(signed_in, db, area):
    event = make_event(db, area, adjustments=["childcare"])
    officer = signed_in(Role.OFFICER)
    form = officer.page(f"/staff/events/{event.id}/edit")
    assert form.soup.select_one("input[value=childcare]").has_attr("checked")
    assert form.soup.select_one("#held_on-year")["value"] == str(event.held_on.year)
    assert form.soup.select_one("#starts_at")["value"] == "10:00"
    page = officer.submit(f"/staff/events/{event.id}/edit", {
        "practitioners_count": "6", "adjustments": ["childcare"], "held_on": _parts(LAST_WEEK)})
    assert "Event updated." in page.text
    db.refresh(event)
    assert event.practitioners_count == 6 and event.title == "Spring drop-in"


def test_adding_what_we_heard_creates_event_comments(signed_in, db, area):
    event = make_event(db, area, held_on=LAST_WEEK)
    forum = signed_in(Role.FORUM)
    page = forum.submit(f"/staff/events/{event.id}/what-we-heard", {
        "lines": "We waited 9 months for speech therapy\n\nThe SENCO really listened\n",
        "group": "parent_carer"})
    assert "2 comments saved. 1 blank line skipped." in page.text
    comments = db.exec(select(Comment).where(Comment.event_id == event.id)).all()
    assert {(c.channel, c.said_on, c.group) for c in comments} == {
        ("event", LAST_WEEK, "parent_carer")}
    assert "The SENCO really listened" in page.text


def test_what_we_heard_waits_until_the_event_has_happened(signed_in, db, area):
    event = make_event(db, area, held_on=NEXT_MONTH)
    officer = signed_in(Role.OFFICER)
    assert "once the event has happened" in officer.page(f"/staff/events/{event.id}/").text
    page = officer.submit(f"/staff/events/{event.id}/what-we-heard", {
        "lines": "Too early", "group": "child"})
    assert page.errors == ["You can add what was heard once the event has happened"]
    assert db.exec(select(Comment).where(Comment.event_id == event.id)).all() == []


def test_a_long_line_of_what_we_heard_saves_nothing(signed_in, db, area):
    event = make_event(db, area)
    page = signed_in(Role.OFFICER).submit(f"/staff/events/{event.id}/what-we-heard", {
        "lines": "ok\nok\n" + "z" * 5001, "group": "young_person"})
    assert page.errors == ["Line 3 must be 5,000 characters or fewer. Shorten or split it, "
                           "then try again"]
    assert db.exec(select(Comment).where(Comment.event_id == event.id)).all() == []


def test_officer_adds_an_action_agreed(signed_in, db, area):
    event = make_event(db, area)
    page = signed_in(Role.OFFICER).submit(f"/staff/events/{event.id}/actions/new", {
        "text": "Publish CAMHS waiting times on the Local Offer", "owner": "ICB",
        "due_on": _parts(NEXT_MONTH)})
    assert "Action added." in page.text and "Publish CAMHS waiting times" in page.text
    action = db.exec(select(EventAction).where(EventAction.event_id == event.id)).one()
    assert (action.owner, action.due_on, action.area_id) == ("ICB", NEXT_MONTH, area.id)


def test_events_list_totals_attendance_by_financial_quarter(signed_in, db, area):
    make_event(db, area, "April event", held_on=date(2025, 4, 10), parent_carers_count=10)
    make_event(db, area, "May event", held_on=date(2025, 5, 10), parent_carers_count=5,
               young_people_count=2)
    page = signed_in(Role.FORUM).page("/staff/events/")
    row = next(r for r in page.soup.select("tbody tr")
               if "2025-26 Q1 (April to June 2025)" in r.get_text())
    cells = [c.get_text(strip=True) for c in row.select("td")]
    assert cells[0] == "2" and cells[-1] == "17"


def test_another_areas_event_is_not_found(signed_in, db, area):
    theirs = make_event(db, factories.make_area(db), "Their event")
    officer = signed_in(Role.OFFICER)
    for url in (f"/staff/events/{theirs.id}/", f"/staff/events/{theirs.id}/edit",
                f"/staff/events/{theirs.id}/what-we-heard",
                f"/staff/events/{theirs.id}/actions/new"):
        assert officer.page(url).status == 404, url


@pytest.mark.parametrize("role,read,change", [
    (Role.ADMIN, 200, 200), (Role.OFFICER, 200, 200), (Role.FORUM, 200, 200),
    (Role.LEADER, 200, 403), (Role.SAFEGUARDING, 403, 403)])
def test_who_may_read_and_change_events(signed_in, db, area, role, read, change):
    event = make_event(db, area)
    client = signed_in(role)
    assert client.page("/staff/events/").status == read
    assert client.page(f"/staff/events/{event.id}/").status == read
    assert client.page("/staff/events/new").status == change
    assert client.page(f"/staff/events/{event.id}/what-we-heard").status == change


def test_event_page_names_its_feedback_survey_not_its_slug(signed_in, db, area):
    survey = make_survey(db, area)
    event = make_event(db, area, feedback_survey_slug=survey.slug)
    page = signed_in(Role.OFFICER).page(f"/staff/events/{event.id}/")
    row = next(r for r in page.soup.select(".govuk-summary-list__row")
               if "Feedback survey" in r.get_text())
    shown = row.select_one(".govuk-summary-list__value").get_text(strip=True)
    assert (shown, survey.slug in shown) == (survey.title, False)
    other = make_event(db, area, "No survey")
    page = signed_in(Role.OFFICER).page(f"/staff/events/{other.id}/")
    assert "Feedback survey No feedback survey" in page.text
    assert "None" not in page.soup.select_one("main").get_text()  # reads like a program's value


def _titled_survey(db, area, slug: str, title: str):
    return make_survey(db, area, definition={**tiny_definition(slug), "title": title})


def _options(page) -> list[tuple[str, str]]:
    return [(o["value"], o.get_text(strip=True))
            for o in page.soup.select("select#feedback_survey_slug option")]


def test_officer_chooses_the_feedback_survey_from_the_areas_surveys_by_title(signed_in, db,
                                                                             area):
    _titled_survey(db, area, "spring-feedback", "Spring drop-in feedback")
    _titled_survey(db, area, "autumn-feedback", "Autumn forum feedback")
    _titled_survey(db, factories.make_area(db), "theirs", "Another area's survey")
    officer = signed_in(Role.OFFICER)
    form = officer.page("/staff/events/new")
    assert form.soup.select_one("label[for=feedback_survey_slug]").get_text(strip=True) == (
        "Feedback survey (optional)")
    assert _options(form) == [("", "No feedback survey"),
                              ("autumn-feedback", "Autumn forum feedback"),
                              ("spring-feedback", "Spring drop-in feedback")]
    page = officer.submit("/staff/events/new", {**EVENT, "feedback_survey_slug":
                                                "spring-feedback"})
    assert "Event saved" in page.text
    assert "Feedback survey Spring drop-in feedback" in page.text
    event = db.exec(select(ListeningEvent).where(ListeningEvent.area_id == area.id)).one()
    assert event.feedback_survey_slug == "spring-feedback"


def test_two_surveys_with_one_title_are_told_apart(signed_in, db, area):
    _titled_survey(db, area, "drop-in-2025", "Drop-in feedback")
    _titled_survey(db, area, "drop-in-2026", "Drop-in feedback")
    labels = [label for _v, label in _options(signed_in(Role.OFFICER).page("/staff/events/new"))]
    assert sorted(labels[1:]) == ["Drop-in feedback (drop-in-2025)",
                                  "Drop-in feedback (drop-in-2026)"]


def test_a_feedback_survey_not_on_the_list_is_refused_and_nothing_saved(signed_in, db, area):
    _titled_survey(db, factories.make_area(db), "theirs", "Another area's survey")
    page = signed_in(Role.OFFICER).submit("/staff/events/new", {
        **EVENT, "feedback_survey_slug": "theirs"})
    assert page.status == 400
    assert page.errors == ["Select the feedback survey from the list, or No feedback survey"]
    assert page.field_error("feedback_survey_slug").endswith(page.errors[0])
    assert db.exec(select(ListeningEvent).where(ListeningEvent.area_id == area.id)).all() == []


def test_an_event_naming_no_survey_keeps_that_name_when_other_details_change(signed_in, db,
                                                                             area):
    """Typed in before there was a list (or its survey since deleted): saving other changes
    must not lose it or refuse to save; the officer sees it said plainly and can change it."""
    _titled_survey(db, area, "spring-feedback", "Spring drop-in feedback")
    event = make_event(db, area, feedback_survey_slug="summer-feedback")
    officer = signed_in(Role.OFFICER)
    missing = "“summer-feedback” (no survey in this area has this short name)"
    assert f"Feedback survey {missing}" in officer.page(f"/staff/events/{event.id}/").text
    form = officer.page(f"/staff/events/{event.id}/edit")
    chosen = form.soup.select_one("select#feedback_survey_slug option[selected]")
    assert (chosen["value"], chosen.get_text(strip=True)) == ("summer-feedback", missing)
    held_on = _parts(event.held_on)  # a date's three boxes share a name: sent whole
    page = officer.submit(f"/staff/events/{event.id}/edit", {"practitioners_count": "6",
                                                             "held_on": held_on})
    assert "Event updated." in page.text
    db.refresh(event)
    assert (event.practitioners_count, event.feedback_survey_slug) == (6, "summer-feedback")
    officer.submit(f"/staff/events/{event.id}/edit", {"feedback_survey_slug": "spring-feedback",
                                                      "held_on": held_on})
    db.refresh(event)
    assert event.feedback_survey_slug == "spring-feedback"
    assert "summer-feedback" not in " ".join(
        v for v, _l in _options(officer.page(f"/staff/events/{event.id}/edit")))


def test_the_public_event_page_links_only_to_its_own_areas_feedback_survey(client, db, area):
    """Short names are unique across areas: an event saved before there was a list may name
    another area's survey, and a family must not be sent to that area's questions."""
    _titled_survey(db, area, "spring-feedback", "Spring drop-in feedback")
    _titled_survey(db, factories.make_area(db), "theirs", "Another area's survey")
    ours = make_event(db, area, "Ours", feedback_survey_slug="spring-feedback")
    theirs = make_event(db, area, "Theirs", feedback_survey_slug="theirs")
    link = "Tell us how the event went (easy read)"
    page = client.page(f"/events/{ours.id}/")
    assert page.soup.find("a", string=link)["href"] == "/surveys/spring-feedback/"
    assert client.page(f"/events/{theirs.id}/").soup.find("a", string=link) is None


def test_every_error_link_names_a_box_to_move_to(signed_in):
    """GOV.UK's script follows an error link by focusing the box it names: a date's own id is
    the group around its three boxes, so its link must name the day box."""
    page = signed_in(Role.OFFICER).submit("/staff/events/new", {"title": ""})
    links = [a["href"] for a in page.soup.select(".govuk-error-summary a")]
    assert "#held_on-day" in links
    for href in links:
        target = page.soup.select_one(href)
        assert target is not None and target.name in ("input", "select", "textarea"), href


def test_surveys_families_cannot_answer_today_are_said_so_and_not_linked(signed_in, client, db,
                                                                       area):
    """A closed survey's page is a dead end for a family who came from the event: the form says
    which surveys are closed or drafts, and the public page links only to an open one."""
    _titled_survey(db, area, "open-feedback", "Open feedback")
    closed = _titled_survey(db, area, "old-feedback", "Old feedback")
    closed.status = SurveyStatus.CLOSED
    draft = _titled_survey(db, area, "new-feedback", "New feedback")
    draft.status = SurveyStatus.DRAFT
    db.add_all([closed, draft])
    db.commit()
    assert _options(signed_in(Role.OFFICER).page("/staff/events/new"))[1:] == [
        ("new-feedback", "New feedback (draft)"), ("old-feedback", "Old feedback (closed)"),
        ("open-feedback", "Open feedback")]
    link = "Tell us how the event went (easy read)"
    for slug, linked in (("open-feedback", True), ("old-feedback", False),
                         ("new-feedback", False)):
        event = make_event(db, area, slug, feedback_survey_slug=slug)
        page = client.page(f"/events/{event.id}/")
        assert (page.soup.find("a", string=link) is not None) == linked, slug
