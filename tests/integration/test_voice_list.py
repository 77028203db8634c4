"""Staff find, read and export what people said; another area's comments stay invisible."""

import csv
import io
from datetime import date, timedelta

import pytest

from coprod.areas.models import Role
from tests import factories
from tests.factories_voice import make_comment, make_event

DAY = date.today() - timedelta(days=30)


def test_officer_searches_comments_by_words_group_and_date(signed_in, db, area):
    make_comment(db, area, "The school transport never turns up", said_on=DAY)
    make_comment(db, area, "Transport to college is brilliant", group="young_person",
                 said_on=DAY - timedelta(days=100))
    make_comment(db, area, "CAMHS waiting list is two years", said_on=DAY)
    officer = signed_in(Role.OFFICER)
    page = officer.page("/staff/voice/?q=transport")
    assert "2 comments match." in page.text
    page = officer.page("/staff/voice/?q=transport&group=young_person")
    assert "1 comment matches." in page.text and "brilliant" in page.text
    since = DAY - timedelta(days=10)
    page = officer.page(f"/staff/voice/?said_from={since.day}&said_from={since.month}"
                        f"&said_from={since.year}&said_to=&said_to=&said_to=")
    assert "2 comments match." in page.text and "brilliant" not in page.text


def test_search_words_are_matched_literally(signed_in, db, area):
    make_comment(db, area, "100% fed up")
    make_comment(db, area, "Nothing special here")
    page = signed_in(Role.OFFICER).page("/staff/voice/?q=%25")
    assert "1 comment matches." in page.text


def test_filtering_by_event_and_channel(signed_in, db, area):
    event = make_event(db, area, "Coffee morning at Hillside")
    make_comment(db, area, "Heard at coffee", channel="event", event_id=event.id)
    make_comment(db, area, "Sent by email")
    page = signed_in(Role.FORUM).page(f"/staff/voice/?event={event.id}")
    assert "1 comment matches." in page.text and "Heard at coffee" in page.text
    page = signed_in(Role.FORUM).page("/staff/voice/?channel=email")
    assert "Sent by email" in page.text and "Heard at coffee" not in page.text


def test_events_are_offered_with_their_dates_as_every_page_gives_them(signed_in, db, area):
    make_event(db, area, "DCO drop-in", held_on=date(2026, 11, 26))
    page = signed_in(Role.FORUM).page("/staff/voice/")
    options = [o.get_text(strip=True) for o in page.soup.select("select#event option")]
    assert "DCO drop-in, 26 November 2026" in options  # was 26/11/2026
    form = signed_in(Role.OFFICER).page("/staff/charters/projects/new")
    labels = [label.get_text(strip=True) for label in form.soup.select("label")]
    assert "DCO drop-in, 26 November 2026" in labels


def test_a_bad_filter_date_is_explained_and_ignored(signed_in, db, area):
    make_comment(db, area)
    page = signed_in(Role.OFFICER).page("/staff/voice/?said_from=40&said_from=1&said_from=2025")
    assert page.errors == ["Said on or after must be a real date"]
    assert "1 comment matches." in page.text


def test_comments_come_a_page_at_a_time(signed_in, db, area):
    for n in range(30):
        make_comment(db, area, f"Comment number {n}")
    officer = signed_in(Role.OFFICER)
    first = officer.page("/staff/voice/")
    assert first.errors == []
    assert "Page 1 of 2" in first.text and len(first.soup.select("tbody tr")) == 25
    second = officer.page(first.soup.select_one("a[rel=next]")["href"])
    assert "Page 2 of 2" in second.text and len(second.soup.select("tbody tr")) == 5


def test_export_is_utf8_with_bom_and_holds_display_text_only(signed_in, db, area):
    comment = make_comment(db, area, "=HYPERLINK(\"http://evil\") Zoë's EHCP")
    comment.display_text = "=HYPERLINK(\"http://evil\") [name]'s EHCP"
    db.add(comment)
    db.commit()
    response = signed_in(Role.OFFICER).get("/staff/voice/export.codes.csv?q=EHCP")
    assert response.mimetype == "text/csv"
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0][:7] == ["id", "said_on", "group", "channel", "how_given", "event_id", "text"]
    assert rows[1][6] == "'=HYPERLINK(\"http://evil\") [name]'s EHCP"
    assert "Zoë" not in body


def test_one_comment_shows_the_original_words_to_staff_only(signed_in, db, area):
    comment = make_comment(db, area, "Call me on 07700 900123")
    comment.display_text = "Call me on [phone number]"
    db.add(comment)
    db.commit()
    page = signed_in(Role.OFFICER).page(f"/staff/voice/{comment.id}")
    assert "Call me on 07700 900123" in page.text
    page = signed_in(Role.FORUM).page(f"/staff/voice/{comment.id}")
    assert "Call me on [phone number]" in page.text and "07700" not in page.text


def test_another_areas_comment_is_not_found(signed_in, db, area):
    other = factories.make_area(db, "Elsewhere SEND Partnership")
    theirs = make_comment(db, other, "Their comment")
    officer = signed_in(Role.OFFICER)
    assert officer.page(f"/staff/voice/{theirs.id}").status == 404
    assert "Their comment" not in officer.page("/staff/voice/").text
    assert "Their comment" not in officer.get("/staff/voice/export.csv").get_data(as_text=True)


@pytest.mark.parametrize("role,status", [(Role.ADMIN, 200), (Role.OFFICER, 200),
                                         (Role.FORUM, 200), (Role.LEADER, 200),
                                         (Role.SAFEGUARDING, 403)])
def test_who_may_read_the_voice_record(signed_in, role, status):
    client = signed_in(role)
    assert client.page("/staff/voice/").status == status
    assert client.get("/staff/voice/export.csv").status_code == status


def test_a_comment_page_leads_to_reviewing_its_themes_for_those_who_review(signed_in, db, area):
    """An officer reading a comment went to Themes and paged through 23 pages to find it."""
    comment = make_comment(db, area, "The bus to college is always late")
    page = signed_in(Role.OFFICER).page(f"/staff/voice/{comment.id}")
    link = page.soup.find("a", string="Review its themes and feeling")
    review = signed_in(Role.OFFICER).page(link["href"])
    assert "The bus to college is always late" in review.text and "Transport" in review.text
    leader = signed_in(Role.LEADER).page(f"/staff/voice/{comment.id}")
    assert leader.soup.find("a", string="Review its themes and feeling") is None
