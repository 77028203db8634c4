"""Officers and forum members check the themes the analysis suggested, without JavaScript."""

from datetime import date, timedelta

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.voice.findings import CommentAnalysis, CommentTheme
from tests import factories
from tests.factories_voice import make_comment

TAXI = "The school transport taxi did not turn up again"


def _theme(db, comment, theme_id: str) -> CommentTheme | None:
    db.expire_all()
    return db.exec(select(CommentTheme).where(CommentTheme.comment_id == comment.id,
                                              CommentTheme.theme_id == theme_id)).first()


def _button(page, label: str):
    """The form of the button whose accessible name starts with `label`."""
    for button in page.soup.select("main form button"):
        if button.get_text(" ", strip=True).startswith(label):
            return button.find_parent("form")
    raise AssertionError(f"no button {label!r}")


def _press(client, page, label: str):
    form = _button(page, label)
    data = {i["name"]: i.get("value", "") for i in form.select("input[name]")}
    return client.post(form["action"], data=data, follow_redirects=True)


def test_an_officer_confirms_a_suggested_theme_from_the_review_list(signed_in, db, area):
    comment = make_comment(db, area, TAXI)
    officer = signed_in(Role.OFFICER)
    page = officer.page("/staff/analysis/?group=parent_carer")
    assert "Transport and getting about" in page.text and "Suggested" in page.text
    response = _press(officer, page, "Confirm theme Transport and getting about")
    assert response.request.path == "/staff/analysis/"
    assert b"Theme confirmed: Transport and getting about" in response.data
    theme = _theme(db, comment, "transport")
    assert theme.status == "confirmed" and theme.decided_by_id == officer.user.id
    assert theme.decided_at is not None


def test_a_forum_member_rejects_a_theme_that_does_not_fit(signed_in, db, area):
    comment = make_comment(db, area, TAXI)
    forum = signed_in(Role.FORUM)
    page = forum.page(f"/staff/analysis/comments/{comment.id}")
    _press(forum, page, "Reject theme Transport and getting about")
    assert _theme(db, comment, "transport").status == "rejected"
    page = forum.page(f"/staff/analysis/comments/{comment.id}")
    assert "Rejected" in page.text


def test_a_person_adds_a_theme_the_analysis_missed(signed_in, db, area):
    comment = make_comment(db, area, TAXI)
    officer = signed_in(Role.OFFICER)
    page = officer.submit(f"/staff/analysis/comments/{comment.id}", {"add-theme": "funding"},
                          form_selector=f"form[action$='/comments/{comment.id}/themes']")
    assert "Theme added: Funding and resources" in page.text
    assert "Added by a person" in page.text
    theme = _theme(db, comment, "funding")
    assert (theme.source, theme.status, theme.confidence) == ("person", "confirmed", None)


def test_adding_no_theme_shows_an_error(signed_in, db, area):
    comment = make_comment(db, area, TAXI)
    page = signed_in(Role.OFFICER).submit(
        f"/staff/analysis/comments/{comment.id}", {"add-theme": ""},
        form_selector=f"form[action$='/comments/{comment.id}/themes']")
    assert page.status == 400
    assert page.errors == ["Select a theme to add"]


def test_a_person_changes_the_sentiment(signed_in, db, area):
    comment = make_comment(db, area, TAXI)
    officer = signed_in(Role.OFFICER)
    page = officer.submit(f"/staff/analysis/comments/{comment.id}",
                          {"feeling-sentiment": "mixed"},
                          form_selector=f"form[action$='/comments/{comment.id}/sentiment']")
    assert "Sentiment saved: Mixed" in page.text and "chosen by a person" in page.text
    stored = db.get(CommentAnalysis, comment.id)
    db.refresh(stored)
    assert stored.sentiment == "mixed" and stored.sentiment_set_by_id == officer.user.id


def test_filters_for_unreviewed_low_confidence_theme_and_group(signed_in, db, area):
    make_comment(db, area, TAXI + " for the xylophone lesson")
    make_comment(db, area, "The taxi was late for xylophone", group="young_person")
    make_comment(db, area, "Thank you for the xylophone")
    client = signed_in(Role.OFFICER)

    def shown(query: str) -> int:
        return client.page(f"/staff/analysis/?{query}").text.count("xylophone")

    assert shown("show=needs_decision") == 2
    assert shown("show=no_theme") == 1
    assert shown("show=all") == 3
    assert shown("show=needs_decision&low=y") == 1
    assert shown("show=all&theme=transport") == 2
    assert shown("show=all&group=young_person") == 1


def test_the_review_list_comes_a_page_at_a_time(signed_in, db, area):
    for n in range(23):
        make_comment(db, area, f"{TAXI} number {n}")
    client = signed_in(Role.OFFICER)
    first = client.page("/staff/analysis/")
    assert "23 comments match." in first.text and "Page 1 of 2" in first.text
    second = client.page("/staff/analysis/?page=2")
    assert "Page 2 of 2" in second.text and second.text.count("number") == 3


def test_a_theme_page_lists_its_comments_and_counts_them_by_month(signed_in, db, area):
    today = date.today()
    make_comment(db, area, TAXI, said_on=today - timedelta(days=1))
    make_comment(db, area, "The bus driver was kind", said_on=today - timedelta(days=70))
    page = signed_in(Role.FORUM).page("/staff/analysis/themes/transport")
    assert page.h1 == "Transport and getting about"
    caption = page.soup.find("caption", string=lambda s: s and "Comments each month" in s)
    rows = caption.find_parent("table").select("tbody tr")
    assert sum(int(r.select_one("td").get_text()) for r in rows) == 2
    assert "2 comments have this theme" in page.text


def test_officers_may_open_the_original_words_but_forum_members_may_not(signed_in, db, area):
    comment = make_comment(db, area, "Jane Smith said the taxi did not come")
    officer = signed_in(Role.OFFICER).page(f"/staff/analysis/comments/{comment.id}")
    assert "Show the words exactly as they were said" in officer.text
    assert "Jane Smith" in officer.text
    forum = signed_in(Role.FORUM).page(f"/staff/analysis/comments/{comment.id}")
    assert "Jane Smith" not in forum.text


@pytest.mark.parametrize("method,path", [
    ("get", ""), ("post", "/themes/transport/confirmed"), ("post", "/themes"),
    ("post", "/sentiment"), ("get", "/safeguarding"), ("post", "/safeguarding")])
def test_another_areas_comment_is_not_found(signed_in, db, area, method, path):
    client = signed_in(Role.ADMIN)
    own = make_comment(db, area, TAXI)
    token = client.page(f"/staff/analysis/comments/{own.id}").soup.select_one(
        "input[name=csrf_token]")["value"]
    theirs = make_comment(db, factories.make_area(db), TAXI)
    url = f"/staff/analysis/comments/{theirs.id}{path}"
    response = client.post(url, data={"csrf_token": token, "add-theme": "funding",
                                      "feeling-sentiment": "mixed"}) if method == "post" \
        else client.get(url)
    assert response.status_code == 404
    assert _theme(db, theirs, "transport").status == "suggested"


def test_a_theme_not_on_the_comment_cannot_be_confirmed(signed_in, db, area):
    comment = make_comment(db, area, TAXI)
    client = signed_in(Role.OFFICER)
    page = client.page(f"/staff/analysis/comments/{comment.id}")
    form = _button(page, "Confirm theme Transport")
    data = {i["name"]: i.get("value", "") for i in form.select("input[name]")}
    url = f"/staff/analysis/comments/{comment.id}/themes/funding/confirmed"
    assert client.post(url, data=data).status_code == 404
