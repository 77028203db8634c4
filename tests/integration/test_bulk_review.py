"""Review at speed (issue 13, point 6): tick many comments, confirm their suggested themes or
set their sentiment in one action, and come back to the same place; a "next comment" flow."""

from sqlmodel import select

from coprod.areas.models import Role
from coprod.voice.findings import CommentAnalysis, CommentTheme
from tests import factories
from tests.factories_voice import make_comment

TRANSPORT = "The school transport was late again and nobody rang us"


def _token(client) -> str:
    return client.page("/staff/").soup.select_one("input[name=csrf_token]")["value"]


def _statuses(db, comment) -> set[str]:
    return {t.status for t in db.exec(select(CommentTheme).where(
        CommentTheme.comment_id == comment.id)).all()}


def test_the_review_page_has_a_checkbox_named_comment_for_each_comment(db, area, signed_in):
    comments = [make_comment(db, area, f"{TRANSPORT} {n}") for n in range(3)]
    page = signed_in(Role.OFFICER).page("/staff/analysis/?show=all")
    boxes = page.soup.select("input[type=checkbox][name=comment]")
    assert sorted(int(b["value"]) for b in boxes) == sorted(c.id for c in comments)
    assert all(b["form"] == "bulk-review" for b in boxes)
    assert page.soup.select_one("form#bulk-review button[value=confirm]")


def test_five_comments_have_their_suggested_themes_confirmed_in_one_action(db, area, signed_in):
    comments = [make_comment(db, area, f"{TRANSPORT} {n}") for n in range(6)]
    assert all(_statuses(db, c) == {"suggested"} for c in comments)
    officer = signed_in(Role.OFFICER)
    back = "/staff/analysis/?show=all&page=1"
    response = officer.post("/staff/analysis/bulk", data={
        "csrf_token": _token(officer), "next": back, "action": "confirm",
        "comment": [str(c.id) for c in comments[:5]]})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(back + "#review-list")
    assert all(_statuses(db, c) == {"confirmed"} for c in comments[:5])
    assert _statuses(db, comments[5]) == {"suggested"}
    page = officer.page(back)
    assert "5 comments reviewed." in page.text and "themes confirmed." in page.text


def test_sentiment_is_set_on_many_at_once(db, area, signed_in):
    comments = [make_comment(db, area, f"{TRANSPORT} {n}") for n in range(2)]
    officer = signed_in(Role.FORUM)
    officer.post("/staff/analysis/bulk", data={
        "csrf_token": _token(officer), "next": "/staff/analysis/", "action": "sentiment",
        "sentiment": "mixed", "comment": [str(c.id) for c in comments]})
    for comment in comments:
        stored = db.exec(select(CommentAnalysis).where(
            CommentAnalysis.comment_id == comment.id)).one()
        assert stored.sentiment == "mixed" and stored.sentiment_set_by_id == officer.user.id


def test_nothing_ticked_changes_nothing_and_says_so(db, area, signed_in):
    comment = make_comment(db, area, TRANSPORT)
    officer = signed_in(Role.OFFICER)
    response = officer.post("/staff/analysis/bulk", data={
        "csrf_token": _token(officer), "next": "/staff/analysis/", "action": "confirm"},
        follow_redirects=True)
    assert "Nothing changed: tick at least one comment" in response.get_data(as_text=True)
    assert _statuses(db, comment) == {"suggested"}


def test_another_areas_comments_are_left_alone(db, area, signed_in):
    other = factories.make_area(db)
    theirs = make_comment(db, other, TRANSPORT)
    officer = signed_in(Role.OFFICER)
    officer.post("/staff/analysis/bulk", data={
        "csrf_token": _token(officer), "next": "/staff/analysis/", "action": "confirm",
        "comment": [str(theirs.id)]})
    assert _statuses(db, theirs) == {"suggested"}


def test_next_comment_to_review_moves_on_and_stops_when_none_wait(db, area, signed_in):
    first = make_comment(db, area, f"{TRANSPORT} one")
    second = make_comment(db, area, f"{TRANSPORT} two")
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/analysis/comments/{second.id}")
    link = page.soup.find("a", string="Next comment to review")["href"]
    response = officer.get(link)
    assert response.headers["Location"].endswith(f"/staff/analysis/comments/{first.id}")
    officer.post("/staff/analysis/bulk", data={
        "csrf_token": _token(officer), "next": "/staff/analysis/", "action": "confirm",
        "comment": [str(first.id), str(second.id)]})
    done = officer.get(f"/staff/analysis/next?after={first.id}", follow_redirects=True)
    assert "Nothing is waiting for review." in done.get_data(as_text=True)


def test_only_reviewers_review_in_bulk(db, area, signed_in):
    comment = make_comment(db, area, TRANSPORT)
    for role in (Role.LEADER, Role.SAFEGUARDING):
        client = signed_in(role)
        response = client.post("/staff/analysis/bulk", data={
            "csrf_token": _token(client), "action": "confirm", "comment": [str(comment.id)]})
        assert response.status_code == 403
    assert _statuses(db, comment) == {"suggested"}


def test_an_officer_makes_a_you_said_item_from_three_ticked_comments(db, area, signed_in):
    """The review page's ticked comments go, with one button, to a new "you said, we did"
    item that names them as its evidence (issue 14, point 3)."""
    comments = [make_comment(db, area, f"{TRANSPORT} {n}") for n in range(4)]
    officer = signed_in(Role.OFFICER)
    page = officer.page("/staff/analysis/?show=all")
    button = page.soup.select_one("form#bulk-review button[formaction]")
    assert button is not None and "you said, we did" in button.text
    response = officer.post(button["formaction"], data={
        "csrf_token": _token(officer), "next": "/staff/analysis/",
        "comment": [str(c.id) for c in comments[:3]]})
    assert response.status_code == 302
    made = officer.page(response.headers["Location"])
    for comment in comments[:3]:
        assert f"comment={comment.id}" in response.headers["Location"]
    assert f"comment={comments[3].id}" not in response.headers["Location"]
    assert made.status == 200 and made.soup.select_one("form") is not None
