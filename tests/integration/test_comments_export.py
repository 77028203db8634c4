"""The comments export carries themes and sentiment (issue 13, point 6): in words for a
spreadsheet (theme names, confirmed by a person or suggested by coprod; rejected ones left out)
and as codes for analysts; display text only, formula-safe, and never a flagged comment."""

import csv
import io

from sqlmodel import delete

from coprod.areas.models import Role
from coprod.voice.findings import CommentAnalysis, CommentTheme
from tests.factories_voice import make_comment, make_event
from tests.pages import Page, assert_pages_follow_permission

WORDS, CODES = "/staff/voice/export.csv", "/staff/voice/export.codes.csv"
CONCERN = "My son said he wants to kill himself and he has a plan"


def _rows(client, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "text/csv"
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body.removeprefix("\ufeff"))))


def _themed(db, area, text: str, themes: dict[str, tuple[str, str]], sentiment: str,
            by_person: int | None = None, **kwargs):
    """A comment with exactly these themes ({theme id: (source, status)}) and sentiment,
    whatever the automatic analysis made of it."""
    comment = make_comment(db, area, text, **kwargs)
    db.exec(delete(CommentTheme).where(CommentTheme.comment_id == comment.id))
    db.add_all([CommentTheme(comment_id=comment.id, area_id=area.id, theme_id=theme_id,
                             source=source, status=status)
                for theme_id, (source, status) in themes.items()])
    analysis = db.get(CommentAnalysis, comment.id)
    analysis.sentiment, analysis.sentiment_set_by_id = sentiment, by_person
    db.add(analysis)
    db.commit()
    return comment


def test_each_comment_says_its_themes_by_name_and_which_a_person_confirmed(signed_in, db,
                                                                          area):
    officer = signed_in(Role.OFFICER)
    event = make_event(db, area, "Spring drop-in")
    late_bus = _themed(db, area, "The bus to school was late every day", {
        "transport": ("auto", "confirmed"), "communication": ("auto", "suggested"),
        "ehcp": ("auto", "rejected")}, "negative", by_person=officer.user.id,
        channel="event", event_id=event.id, group="young_person")
    added = _themed(db, area, "Nobody asked how he was feeling", {
        "mental_health": ("person", "confirmed")}, "neutral")

    rows = {row["Comment number"]: row for row in _rows(officer, WORDS)}
    bus = rows[str(late_bus.id)]
    assert bus["Who said it"] == "Young person"
    assert bus["How it reached us"] == "Listening event"
    assert bus["Listening event"].startswith("Spring drop-in, ")
    assert bus["What was said"] == "The bus to school was late every day"
    assert bus["Themes confirmed by a person"] == "Transport and getting about"
    assert bus["Themes suggested by coprod"] == "Communication and information"
    assert "EHC needs" not in ",".join(bus.values())  # rejected by a person: left out
    assert (bus["Sentiment"], bus["Sentiment confirmed or suggested"]) == (
        "Negative", "Confirmed by a person")
    other = rows[str(added.id)]
    assert other["Themes confirmed by a person"] == "Mental health and emotional wellbeing"
    assert other["Themes suggested by coprod"] == ""
    assert (other["Sentiment"], other["Sentiment confirmed or suggested"]) == (
        "Neutral", "Suggested by coprod")

    codes = {row["id"]: row for row in _rows(officer, CODES)}[str(late_bus.id)]
    assert (codes["group"], codes["channel"], codes["event_id"]) == (
        "young_person", "event", str(event.id))
    assert (codes["confirmed_themes"], codes["suggested_themes"]) == ("transport",
                                                                      "communication")
    assert (codes["sentiment"], codes["sentiment_set_by"]) == ("negative", "person")


def test_the_export_follows_the_list_filters(signed_in, db, area):
    _themed(db, area, "The EHCP took 40 weeks", {"ehcp": ("auto", "suggested")}, "negative")
    _themed(db, area, "The bus is great", {"transport": ("auto", "suggested")}, "positive",
            group="young_person")
    rows = _rows(signed_in(Role.LEADER), WORDS + "?group=young_person")
    assert [row["What was said"] for row in rows] == ["The bus is great"]


def test_display_text_only_and_no_formulas(signed_in, db, area):
    comment = make_comment(db, area, "=HYPERLINK(\"http://evil\") Zoë's EHCP")
    comment.display_text = "=HYPERLINK(\"http://evil\") [name]'s EHCP"
    db.add(comment)
    db.commit()
    for url in (WORDS, CODES):
        body = signed_in(Role.FORUM).get(url).get_data(as_text=True)
        assert "'=HYPERLINK(\"\"http://evil\"\") [name]'s EHCP" in body
        assert "Zoë" not in body


def test_a_flagged_comment_is_in_no_export_but_the_others_are(signed_in, db, area):
    make_comment(db, area, CONCERN)
    make_comment(db, area, "The xylophone club is brilliant")
    for role in (Role.ADMIN, Role.OFFICER, Role.FORUM, Role.LEADER):
        for url in (WORDS, CODES):
            body = signed_in(role).get(url).get_data(as_text=True)
            assert "xylophone" in body and "kill himself" not in body, (role, url)


def test_who_may_download_the_comments(signed_in):
    assert_pages_follow_permission(signed_in, "view_voice", [WORDS, CODES])


def test_the_comments_list_links_both_files_with_its_filters(signed_in, db, area):
    make_comment(db, area)
    page = signed_in(Role.OFFICER).page("/staff/voice/?group=parent_carer")
    links = {a.get_text(" ", strip=True): a["href"] for a in page.soup.select("a[download]")}
    assert links["Download these comments with their themes and sentiment (CSV)"] == \
        WORDS + "?group=parent_carer"
    assert links["Download them with codes instead of words (for analysts)"] == \
        CODES + "?group=parent_carer"


def test_an_export_with_a_wrong_date_downloads_nothing_and_the_list_says_why(
        signed_in, db, area):
    make_comment(db, area, "The bus to school is always late")
    officer = signed_in(Role.OFFICER)
    for url, message in (
            (f"{WORDS}?said_from=40&said_from=1&said_from=2025",
             "Said on or after must be a real date"),
            (f"{CODES}?said_from=2&said_from=6&said_from=2026&said_to=1&said_to=5&said_to=2026",
             "'Said on or before' must be the same as or after 'Said on or after'")):
        page = Page(officer.get(url))
        assert page.status == 400 and page.response.mimetype == "text/html", url
        assert "attachment" not in page.response.headers.get("Content-Disposition", "")
        assert page.h1 == "What people said" and page.errors == [message]
        assert "Correct the filters to download these comments." in page.text
        assert not page.soup.select("a[download]")
