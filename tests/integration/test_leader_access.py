"""Leaders read everything but safeguarding text, and their dashboard shows this quarter's
voices at a glance (issue 13, point 3)."""

from datetime import date, timedelta

from coprod.analysis import flags
from coprod.analysis.overview import quarter_start
from coprod.areas.models import Role
from tests.factories_voice import make_comment, make_event
from tests.pages import assert_pages_follow_permission

CONCERN = "At the xylophone club he said he wants to kill himself"


def test_a_quarter_starts_in_april_july_october_and_january():
    assert quarter_start(date(2026, 12, 3)) == date(2026, 10, 1)
    assert quarter_start(date(2027, 2, 28)) == date(2027, 1, 1)
    assert quarter_start(date(2026, 4, 1)) == date(2026, 4, 1)
    assert quarter_start(date(2026, 9, 30)) == date(2026, 7, 1)


def test_a_leader_reads_comments_events_and_themes_but_changes_nothing(db, area, signed_in):
    event = make_event(db, area, "Autumn forum")
    comment = make_comment(db, area, "The transport letters came late", channel="event",
                           event_id=event.id, said_on=event.held_on)
    reads = ["/staff/voice/", f"/staff/voice/{comment.id}", "/staff/events/",
             f"/staff/events/{event.id}/"]
    assert_pages_follow_permission(signed_in, "view_voice", reads)
    assert_pages_follow_permission(signed_in, "view_themes", [
        "/staff/analysis/themes", "/staff/analysis/themes/transport",
        "/staff/analysis/emerging-topics"])
    leader = signed_in(Role.LEADER)
    assert leader.get("/staff/analysis/").status_code == 403
    assert leader.get("/staff/voice/new").status_code == 403
    assert leader.get("/staff/analysis/safeguarding").status_code == 403
    page = leader.page(f"/staff/voice/{comment.id}")
    assert "Exactly as said" not in page.text
    assert not page.soup.select("main form")
    theme = leader.page("/staff/analysis/themes/transport")
    assert not theme.soup.select("main form button")


def test_a_leader_never_sees_flagged_text(db, area, signed_in):
    comment = make_comment(db, area, CONCERN)  # flagged by the automatic check
    assert flags.waiting_count(db, area.id) == 1
    leader = signed_in(Role.LEADER)
    assert "kill himself" not in leader.page("/staff/voice/").text
    assert leader.get(f"/staff/voice/{comment.id}").status_code == 404
    assert "kill himself" not in leader.page("/staff/").text


def test_the_leaders_dashboard_shows_this_quarters_voices_and_links_to_each_part(
        db, area, signed_in):
    today = date.today()
    for n in range(3):
        make_comment(db, area, f"The school transport was late again {n}", group="parent_carer",
                     channel="email", said_on=today)
    make_comment(db, area, "I like my college", group="young_person", channel="event",
                 said_on=today)
    make_comment(db, area, "Long ago", said_on=quarter_start(today) - timedelta(days=1))
    page = signed_in(Role.LEADER).page("/staff/")
    tables = {table.caption.get_text(strip=True): [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in table.select("tbody tr")] for table in page.soup.select("main table")}
    assert tables["Who said it"] == [["Parent or carer", "3"], ["Young person", "1"]]
    assert tables["How it reached us"] == [["Email", "3"], ["Listening event", "1"]]
    assert tables["Themes heard most"][0][0] == "Transport and getting about"
    assert "4 comments so far." in page.text
    links = {a.get_text(strip=True) for a in page.soup.select("main a")}
    assert {"Surveys", "What people said", "Listening events", "Themes"} <= links
    assert "Safeguarding" not in links and "People" not in links
