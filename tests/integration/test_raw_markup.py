"""No page shows markup as text: a link must be a link, never `<a class="govuk-link" ...>`
(issue 13, point 8). Every page a test client gets is checked (tests/pages.py)."""

from datetime import date, timedelta

from bs4 import BeautifulSoup

from coprod.areas.models import Role
from tests.factories_voice import make_comment, make_event
from tests.pages import raw_markup_problem


def test_the_page_check_fails_on_escaped_markup_and_text_escaped_twice():
    shown = BeautifulSoup('<p>&lt;a class="govuk-link" href="/x"&gt;Event&lt;/a&gt;</p>',
                          "html.parser")
    twice = BeautifulSoup("<p>Tom &amp;amp; Jerry</p>", "html.parser")
    fine = BeautifulSoup('<p><a class="govuk-link" href="/x">Tom &amp; Jerry</a></p>'
                         "<textarea>&lt;a href=x&gt;typed by a person</textarea>",
                         "html.parser")
    assert "<a " in raw_markup_problem(shown)
    assert "&amp;" in raw_markup_problem(twice)
    assert raw_markup_problem(fine) is None


def test_a_comment_from_an_event_links_to_the_event(db, area, signed_in):
    event = make_event(db, area, "Tom & Jerry's drop-in")
    comment = make_comment(db, area, channel="event", event_id=event.id,
                           said_on=date.today() - timedelta(days=10))
    page = signed_in(Role.OFFICER).page(f"/staff/voice/{comment.id}")
    link = page.soup.find("a", string="Tom & Jerry's drop-in")
    assert link is not None and link["href"] == f"/staff/events/{event.id}/"
    assert "govuk-link" not in page.text


def test_an_online_event_link_is_a_link_on_its_public_page(client, db, area):
    event = make_event(db, area, "Online forum", online_link="https://meet.example.org/a?b=1&c=2",
                       place="")
    page = client.page(f"/events/{event.id}/")
    link = page.soup.find("a", string="https://meet.example.org/a?b=1&c=2")
    assert link is not None and link["href"] == "https://meet.example.org/a?b=1&c=2"
