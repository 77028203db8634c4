"""An officer changes the area's codebook; comments are themed again, and every decision a
person made (confirmed, rejected and added themes, a chosen sentiment) survives."""

from sqlmodel import select

from coprod.analysis import review
from coprod.areas.models import Role
from coprod.voice.findings import CommentAnalysis, CommentTheme, Sentiment, Status
from tests.factories_voice import make_comment

TAXI = "The school transport taxi did not turn up again"
ZOOM = "The zoom calls are hard to join"


def _themes(db, comment) -> dict[str, tuple[str, str]]:
    db.expire_all()
    rows = db.exec(select(CommentTheme).where(CommentTheme.comment_id == comment.id)).all()
    return {t.theme_id: (t.source, t.status) for t in rows}


def _edit(client, theme_id: str, changes: dict):
    return client.submit(f"/staff/analysis/codebook/themes/{theme_id}", changes)


def test_a_new_cue_phrase_themes_existing_comments(signed_in, db, area):
    zoom = make_comment(db, area, ZOOM)
    assert "communication" not in _themes(db, zoom)
    page = _edit(signed_in(Role.OFFICER), "communication", {"cues": "zoom calls"})
    assert page.h1 == "Re-theming comments"
    assert "1 of 1 comment re-themed" in page.text and "Finished" in page.text
    assert _themes(db, zoom)["communication"] == ("auto", "suggested")


def test_people_s_decisions_survive_re_theming(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    confirmed, rejected, added = (make_comment(db, area, TAXI) for _ in range(3))
    zoom = make_comment(db, area, ZOOM)
    review.decide_theme(db, confirmed, "transport", Status.CONFIRMED, officer.user.id)
    review.decide_theme(db, rejected, "transport", Status.REJECTED, officer.user.id)
    review.add_theme(db, added, "funding", officer.user.id)
    review.set_sentiment(db, added, Sentiment.POSITIVE, officer.user.id)

    # Transport loses the cues that found the taxi comments and gains one for zoom calls.
    _edit(officer, "transport", {"cues": "zoom calls", "switched_off": "transport\ntaxi"})

    assert _themes(db, confirmed)["transport"] == ("auto", "confirmed")
    assert _themes(db, rejected)["transport"] == ("auto", "rejected")
    assert _themes(db, added)["funding"] == ("person", "confirmed")
    assert "transport" not in _themes(db, added)  # an automatic suggestion, now gone
    assert _themes(db, zoom)["transport"] == ("auto", "suggested")
    stored = db.get(CommentAnalysis, added.id)
    db.refresh(stored)
    assert stored.sentiment == "positive" and stored.codebook_version == 1


def test_a_rejected_theme_is_not_suggested_again(signed_in, db, area):
    officer = signed_in(Role.OFFICER)
    comment = make_comment(db, area, TAXI)
    review.decide_theme(db, comment, "transport", Status.REJECTED, officer.user.id)
    _edit(officer, "transport", {"cues": "school transport taxi"})
    assert _themes(db, comment)["transport"] == ("auto", "rejected")


def test_a_bad_cue_weight_shows_a_gov_uk_error(signed_in, db, area):
    page = _edit(signed_in(Role.OFFICER), "transport", {"cues": "minibus\nbus pass: 5"})
    assert page.status == 400
    assert page.errors == ["Line 2: the weight after the colon must be more than 0 and no more "
                           "than 3"]
    assert page.field_error("cues").endswith("no more than 3")
    assert page.title.startswith("Error:")


def test_a_phrase_with_no_words_and_a_missing_name_show_errors(signed_in, db, area):
    page = _edit(signed_in(Role.OFFICER), "transport", {"name": " ", "exclusions": "!!!"})
    assert page.status == 400
    assert "Enter a theme name" in page.errors
    assert "The phrase '!!!' needs at least one letter or number" in page.errors


def test_an_officer_adds_an_area_theme(signed_in, db, area):
    zoom = make_comment(db, area, ZOOM)
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/analysis/codebook/new-theme", {
        "name": "Online meetings", "easy_read": "Meeting online", "cues": "zoom calls\nteams"})
    assert "Online meetings added." in page.text
    assert _themes(db, zoom)["online_meetings"] == ("auto", "suggested")
    assert "Online meetings" in officer.page("/staff/analysis/codebook").text


def test_a_new_theme_cannot_take_an_existing_name(signed_in, db, area):
    page = signed_in(Role.OFFICER).submit("/staff/analysis/codebook/new-theme", {
        "name": "Transport and getting about"})
    assert page.status == 400
    assert page.errors == ["There is already a theme called 'Transport and getting about'"]


def test_an_emerging_phrase_becomes_a_theme(signed_in, db, area):
    first = make_comment(db, area, ZOOM)
    make_comment(db, area, "Zoom calls at the forum keep dropping out")
    officer = signed_in(Role.OFFICER)
    emerging = officer.page("/staff/analysis/emerging-topics")
    row = next(r for r in emerging.soup.select("tbody tr") if "zoom calls" in r.th.text)
    assert row.td.get_text(strip=True) == "2"
    assert "hard to join" in row.text
    link = row.select_one("a")["href"]
    page = officer.submit(link, {"target": "__new__"})
    assert "New theme added: Zoom calls" in page.text
    assert _themes(db, first)["zoom_calls"] == ("auto", "suggested")
    after = officer.page("/staff/analysis/emerging-topics")
    assert not any("zoom calls" in r.th.text for r in after.soup.select("tbody tr"))


def test_forum_members_review_but_do_not_edit_the_codebook(signed_in, db, area):
    forum = signed_in(Role.FORUM)
    assert forum.get("/staff/analysis/codebook/themes/transport").status_code == 403
    assert forum.get("/staff/analysis/emerging-topics/use?phrase=zoom").status_code == 403
    assert "Add to the codebook" not in forum.page("/staff/analysis/emerging-topics").text
