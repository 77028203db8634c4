"""A site that serves two areas: every public page of the second area names that area in its
header and title and links only to that area's pages (the home area keeps its short addresses),
and a signed-in member of staff sees a public page branded with the page's area, not their own.
"""

from __future__ import annotations

import pytest

from coprod.areas.models import Area, Role
from coprod.yousaid import evidence
from tests import factories
from tests.factories_charters import make_charter, make_link, make_project
from tests.factories_voice import make_event
from tests.factories_yousaid import make_published, make_respondent
from tests.pages import Page
from tests.survey_factories import answer_all, make_survey, send, start_survey

HOME_NAME = "Northvale SEND Local Area Partnership"
OTHER_NAME = "Southmere SEND Partnership"
# The home area's public pages at their short addresses: never a link from another area's page.
HOME_SHORT_PAGES = ("/", "/events/", "/you-said-we-did/", "/you-said-we-did/easy-read",
                    "/you-said-we-did/poster", "/you-said-we-did/what-happened", "/charter/")


@pytest.fixture
def home(db, area) -> Area:
    """The home area: the first area made (no COPROD_HOME_AREA in tests), which is `area`, the
    one `signed_in` signs people in to unless told otherwise."""
    area.name = HOME_NAME
    db.add(area)
    db.commit()
    return area


@pytest.fixture
def other(db, home) -> Area:
    return factories.make_area(db, OTHER_NAME)


def header_name(page: Page) -> str:
    return page.soup.select_one(".govuk-generic-header__logo").get_text(
        " ", strip=True)


def nav_links(page: Page) -> dict[str, str]:
    """The service navigation's links by their words."""
    return {a.get_text(strip=True): a["href"]
            for a in page.soup.select(".govuk-service-navigation__list a")}


def assert_speaks_for(page: Page, area: Area, home: Area) -> None:
    """The page names `area` in its header and title, and none of its links (header, back link
    or main content) leads to another area's public pages."""
    where = page.response.request.path
    assert page.status == 200, where
    assert page.title.endswith(f"– {area.name}"), (where, page.title)
    assert area.name in header_name(page) and home.name not in header_name(page), where
    links = [a["href"] for a in page.soup.select("header a[href], nav a[href], main a[href]")]
    links += [form.get("action", "") for form in page.soup.select("main form")]
    for link in links:
        path = link.split("?")[0].split("#")[0]
        assert path not in HOME_SHORT_PAGES, (where, link)
        assert not path.startswith(f"/areas/{home.slug}/"), (where, link)


def assert_nav_is_areas(page: Page, area: Area) -> None:
    assert nav_links(page) == {
        "Home": f"/areas/{area.slug}/", "Listening events": f"/areas/{area.slug}/events/",
        "You said, we did": f"/areas/{area.slug}/you-said-we-did/",
        "Staff sign in": "/sign-in"}, page.response.request.path


def test_the_home_area_keeps_its_short_addresses(client, home, other):
    page = client.page("/")
    assert page.title.endswith(f"– {HOME_NAME}")
    assert nav_links(page) == {"Home": "/", "Listening events": "/events/",
                               "You said, we did": "/you-said-we-did/",
                               "Staff sign in": "/sign-in"}
    assert client.page(f"/areas/{home.slug}/").soup.select_one(
        ".govuk-service-navigation__list a")["href"] == "/"


def test_a_second_areas_home_events_board_and_charter_stay_in_that_area(client, db, home, other):
    event = make_event(db, other, title="Southmere drop-in")
    make_published(db, other)
    make_charter(db, other)
    base = f"/areas/{other.slug}"
    for url in (f"{base}/", f"{base}/events/", f"/events/{event.id}/",
                f"{base}/you-said-we-did/", f"{base}/you-said-we-did/easy-read",
                f"{base}/you-said-we-did/poster", f"{base}/you-said-we-did/what-happened",
                f"{base}/charter/", f"{base}/charter/easy-read", f"{base}/charter/print"):
        page = client.page(url)
        assert_speaks_for(page, other, home)
        assert_nav_is_areas(page, other)
    event_page = client.page(f"/events/{event.id}/")
    assert event_page.soup.find("a", string="All listening events")["href"] == f"{base}/events/"


def test_a_family_taking_a_second_areas_survey_stays_on_its_pages(client, db, home, other):
    survey = make_survey(db, other)
    start = client.page(f"/surveys/{survey.slug}/")
    assert_speaks_for(start, other, home)
    assert_nav_is_areas(start, other)
    question = start_survey(client, survey)
    assert_speaks_for(question, other, home)
    assert_speaks_for(client.page(f"/surveys/{survey.slug}/save-and-come-back"), other, home)
    check = answer_all(client, question, ["happy", "The bus is late", "on_my_own"])
    assert check.response.request.path == f"/surveys/{survey.slug}/check"
    assert_speaks_for(check, other, home)
    done = send(client, check, {})
    assert done.response.request.path == f"/surveys/{survey.slug}/thank-you"
    assert_speaks_for(done, other, home)
    assert_nav_is_areas(done, other)
    assert done.soup.find("a", string="You said, we did")["href"] == (
        f"/areas/{other.slug}/you-said-we-did/easy-read")
    assert_speaks_for(client.page(f"/surveys/{survey.slug}/resume"), other, home)


def test_deleting_a_second_areas_answers_stays_on_that_areas_pages(app, client, db, home,
                                                                   other):
    """From the thank-you page: "Are you sure?" and "Your answers are deleted" name the
    survey's area and lead back to its pages, not the home area's."""
    survey = make_survey(db, other)
    done = send(client, answer_all(client, start_survey(client, survey),
                                   ["happy", "The bus is late", "on_my_own"]), {})
    assert done.soup.select_one("main form")["action"] == f"/areas/{other.slug}/delete-my-answers"
    confirm = send(client, done, {})
    assert confirm.h1 == "Are you sure you want to delete your answers?"
    assert_speaks_for(confirm, other, home)
    assert confirm.soup.find("a", string="No, keep my answers")["href"] == f"/areas/{other.slug}/"
    deleted = send(client, confirm, {})
    assert deleted.h1 == "Your answers are deleted"
    assert deleted.response.request.path == f"/areas/{other.slug}/delete-my-answers/done"
    assert_speaks_for(deleted, other, home)
    assert deleted.soup.find("a", string="Go to the home page")["href"] == f"/areas/{other.slug}/"


def test_a_second_areas_code_typed_anywhere_deletes_on_that_areas_pages(app, db, home, other):
    """The code page reached from the survey ("You have sent these answers") is the area's
    own; the home area's page, reached by its address alone, cannot know the area until the
    code is typed, then speaks for the code's area."""
    survey = make_survey(db, other)
    code, _comment = make_respondent(db, other, survey=survey)
    sent = app.test_client().submit(f"/surveys/{survey.slug}/resume", {"code": code})
    assert sent.h1 == "You have sent these answers"
    link = sent.soup.find("a", string="Delete my answers")["href"]
    assert link == f"/areas/{other.slug}/delete-my-answers"
    own_page = app.test_client().page(link)
    assert own_page.h1 == "Delete my answers"
    assert_speaks_for(own_page, other, home)
    for start in (link, "/surveys/delete-my-answers"):
        confirm = app.test_client().submit(start, {"code": code})
        assert confirm.h1 == "Are you sure you want to delete your answers?", start
        assert_speaks_for(confirm, other, home)
    wrong = app.test_client().submit(link, {"code": "K7P4-QX9M"})
    assert wrong.status == 400 and OTHER_NAME in header_name(wrong)
    assert app.test_client().page("/areas/no-such-area/delete-my-answers").status == 404


def test_a_receipt_code_from_a_second_area_shows_that_areas_pages(client, db, home, other):
    code, comment = make_respondent(db, other, "The bus is always late")
    item = make_published(db, other, you_said_easy="You said the bus is late.")
    evidence.link_comments(db, item, [comment.id], viewer_role="officer")
    for url in ("/you-said-we-did/what-happened",
                f"/areas/{other.slug}/you-said-we-did/what-happened"):
        page = client.submit(url, {"code": code})
        assert "You said the bus is late." in page.text, url
        assert page.title.startswith("What we did about what you said")
        assert_speaks_for(page, other, home)
        assert page.soup.find("a", string="See everything we did")["href"] == (
            f"/areas/{other.slug}/you-said-we-did/easy-read")


def test_the_home_areas_receipt_code_page_keeps_its_short_addresses(client, db, home, other):
    code, _comment = make_respondent(db, home)
    page = client.submit("/you-said-we-did/what-happened", {"code": code})
    assert page.title.endswith(f"– {HOME_NAME}")
    assert page.soup.find("a", string="See everything we did")["href"] == (
        "/you-said-we-did/easy-read")


def test_a_second_areas_charter_evaluation_names_that_area(client, db, home, other):
    make_charter(db, other)
    link = make_link(db, make_project(db, other))
    start = client.page(f"/evaluate/{link.token}/")
    assert_speaks_for(start, other, home)
    assert_nav_is_areas(start, other)
    question = client.submit(f"/evaluate/{link.token}/", {})
    assert "Question 1 of" in question.text
    assert_speaks_for(question, other, home)


# --- signed-in staff: the page's area in the header, their own area for staff pages ----------

def test_staff_from_a_second_area_see_the_home_page_as_the_home_areas(signed_in, db, home,
                                                                       other):
    make_survey(db, home)
    client = signed_in(Role.ADMIN, other)
    page = client.page("/")
    assert page.title.endswith(f"– {HOME_NAME}")
    assert HOME_NAME in header_name(page) and OTHER_NAME not in header_name(page)
    assert "Dashboard" in nav_links(page)  # still signed in, with their own role
    staff = client.page("/staff/")
    assert staff.title.endswith(f"– {OTHER_NAME}") and OTHER_NAME in header_name(staff)


@pytest.mark.parametrize("staff_in_home", [False, True])
def test_staff_see_a_survey_branded_with_its_own_area(signed_in, db, home, other,
                                                      staff_in_home):
    staff_area, survey_area = (home, other) if staff_in_home else (other, home)
    survey = make_survey(db, survey_area)
    client = signed_in(Role.ADMIN, staff_area)
    page = client.page(f"/surveys/{survey.slug}/")
    assert page.title.endswith(f"– {survey_area.name}")
    assert survey_area.name in header_name(page) and staff_area.name not in header_name(page)
    people = client.page("/staff/people")  # their own area's staff pages are unchanged
    assert people.status == 200 and people.title.endswith(f"– {staff_area.name}")


def test_staff_reading_another_areas_public_pages_keep_their_own_area(signed_in, db, home,
                                                                      other):
    client = signed_in(Role.OFFICER, home)
    for url in (f"/areas/{other.slug}/", f"/areas/{other.slug}/events/",
                f"/areas/{other.slug}/you-said-we-did/"):
        page = client.page(url)
        assert OTHER_NAME in header_name(page), url
        assert "Dashboard" in nav_links(page), url
    staff = client.page("/staff/")
    assert staff.title.endswith(f"– {HOME_NAME}")
