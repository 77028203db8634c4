"""Families find listening events, and read what was heard, without signing in or JavaScript."""

from datetime import date, timedelta

from coprod.areas.models import Role
from tests import factories
from tests.factories_voice import make_comment, make_event, make_published_quotes

NEXT_WEEK = date.today() + timedelta(days=7)
LAST_MONTH = date.today() - timedelta(days=30)


def test_a_parent_finds_an_upcoming_event_and_the_help_offered(client, db, area):
    make_event(db, area, "Autumn coffee morning", held_on=NEXT_WEEK,
               event_type="coffee_morning", adjustments=["bsl_interpreter", "childcare"],
               place="Hillside Children's Centre")
    listing = client.page("/events/")
    assert listing.status == 200
    link = listing.soup.find("a", string="Autumn coffee morning")
    page = client.page(link["href"])
    assert page.h1 == "Autumn coffee morning"
    for words in ("British Sign Language (BSL) interpreter", "Childcare",
                  "Hillside Children's Centre", "Coffee morning", "10:00 to 12:00"):
        assert words in page.text
    assert "What we heard" not in page.text
    assert not page.soup.find_all("script", src=False)


def test_a_past_event_shows_what_was_heard_with_small_numbers_hidden(client, db, area):
    event = make_event(db, area, "Summer forum meeting", held_on=LAST_MONTH,
                       parent_carers_count=23, young_people_count=3)
    for n in range(6):
        make_comment(db, area, f"Parent comment {n}", channel="event", event_id=event.id,
                     said_on=LAST_MONTH)
    make_comment(db, area, "Young person comment", group="young_person", channel="event",
                 event_id=event.id, said_on=LAST_MONTH)
    page = client.page(f"/events/{event.id}/")
    assert "Parents and carers: 23" in page.text
    assert "Young people: fewer than 5" in page.text
    assert "Comments written down at the event: 7." in page.text
    # 7 comments in all, so "6" beside "fewer than 5" would give the 1 away: both are hidden
    assert "Young person: hidden" in page.text and "Parent or carer: hidden" in page.text
    assert "Parent or carer: 6" not in page.text
    assert "so that a small number cannot be worked out" in page.text
    assert "Children:" not in page.text


def test_two_small_groups_that_add_up_to_the_total_hide_the_total(client, db, area):
    """4 and 4 of 8: "fewer than 5" twice beside a total of 8 can only be 4 and 4, and there is
    no other count to hide, so the total is hidden instead."""
    event = make_event(db, area, "Spring forum meeting", held_on=LAST_MONTH)
    for n in range(4):
        make_comment(db, area, f"Parent comment {n}", channel="event", event_id=event.id,
                     said_on=LAST_MONTH)
        make_comment(db, area, f"Young person comment {n}", group="young_person",
                     channel="event", event_id=event.id, said_on=LAST_MONTH)
    page = client.page(f"/events/{event.id}/")
    assert "Comments written down at the event: hidden." in page.text
    assert "Parent or carer: fewer than 5" in page.text
    assert "Young person: fewer than 5" in page.text
    assert "8" not in page.soup.find("h2", string="What we heard").find_next("ul").text
    assert "at the event: 8" not in page.text
    assert "so that a small number cannot be worked out" in page.text


def test_what_was_heard_shows_every_group_when_none_is_small(client, db, area):
    event = make_event(db, area, "Winter forum meeting", held_on=LAST_MONTH)
    for n in range(6):
        make_comment(db, area, f"Parent comment {n}", channel="event", event_id=event.id,
                     said_on=LAST_MONTH)
    for n in range(5):
        make_comment(db, area, f"Young person comment {n}", group="young_person",
                     channel="event", event_id=event.id, said_on=LAST_MONTH)
    page = client.page(f"/events/{event.id}/")
    assert "Comments written down at the event: 11." in page.text
    assert "Parent or carer: 6" in page.text and "Young person: 5" in page.text
    assert "hidden" not in page.text


def test_the_public_page_shows_display_text_never_the_original(client, db, area):
    event = make_event(db, area, held_on=LAST_MONTH)
    comment, *_others = make_published_quotes(db, area, event, ["Ring Jo Bloggs on 07700 900123"])
    comment.display_text = "Ring [name] on [phone number]"
    db.add(comment)
    db.commit()
    page = client.page(f"/events/{event.id}/")
    assert "Ring [name] on [phone number]" in page.text
    assert "07700" not in page.text and "Bloggs" not in page.text


def test_html_in_what_was_heard_is_shown_as_text_on_public_pages(client, db, area):
    event = make_event(db, area, held_on=LAST_MONTH)
    make_published_quotes(db, area, event, ["<img src=x onerror=alert(1)> <i>loved it</i>"])
    page = client.page(f"/events/{event.id}/")
    assert "<i>loved it</i>" in page.text
    assert not page.soup.select("main img") and not page.soup.select("main i")


def test_an_event_page_speaks_for_its_own_area(client, db, area):
    other = factories.make_area(db, "Southmere SEND Partnership")
    event = make_event(db, other, "Southmere drop-in")
    page = client.page(f"/events/{event.id}/")
    assert "Southmere SEND Partnership" in page.soup.select_one(".govuk-generic-header").text
    assert client.page(f"/areas/{other.slug}/events/").status == 200
    assert "Southmere drop-in" not in client.page("/events/").text


def test_unknown_event_or_area_is_not_found(client, db, area):
    assert client.page("/events/999999/").status == 404
    assert client.page("/areas/nowhere/events/").status == 404


def test_public_pages_are_in_the_sitemap_and_the_menu(client, db, area):
    event = make_event(db, area)
    body = client.get("/sitemap.xml").get_data(as_text=True)
    for path in ("/events/", f"/areas/{area.slug}/events/", f"/events/{event.id}/"):
        assert f"http://localhost{path}</loc>" in body
    home = client.page("/")
    assert home.soup.select_one(".govuk-service-navigation a[href='/events/']")
    assert home.soup.select_one(f"main a[href='/areas/{area.slug}/events/']")


def test_staff_see_their_pages_in_the_menu_and_on_the_dashboard(signed_in):
    page = signed_in(Role.FORUM).page("/staff/")
    nav = page.soup.select_one(".govuk-service-navigation").get_text()
    assert "What people said" in nav and "Events" in nav
    assert page.soup.select_one("main a[href='/staff/voice/']")
    safeguarding = signed_in(Role.SAFEGUARDING).page("/staff/")
    assert "What people said" not in safeguarding.text
