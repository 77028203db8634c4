"""Issue 11.7: a `next` link never sends anyone to another site, by any spelling a browser would
follow, and a strange one is never an error page. One safe_next serves every form."""

import pytest
from sqlmodel import select

from coprod.areas.models import Role
from coprod.common.web import safe_next
from coprod.voice.findings import CommentTheme
from tests import factories
from tests.factories_voice import make_comment

HOSTILE = [
    "//evil.example/",
    "/\t/evil.example/",          # browsers drop the tab: //evil.example/
    "/\n/evil.example/",          # and newlines (this one was a 500)
    "/\r\n/evil.example/",
    "/\\evil.example/",           # browsers read the backslash as a slash
    "/\\/evil.example/",
    "\\\\evil.example/",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    " /\t/evil.example/",
    "/ /evil.example/",
    "/\x7f/evil.example/",
    "evil.example",
    "",
]


@pytest.mark.parametrize("hostile", [*HOSTILE, "/\x00/evil.example/", None])
def test_safe_next_refuses_every_hostile_value(app, hostile):
    with app.test_request_context():
        assert safe_next(hostile) == "/staff/"
        assert safe_next(hostile, "/staff/voice/") == "/staff/voice/"
        assert safe_next("/staff/voice/?page=2#top") == "/staff/voice/?page=2#top"


def _sign_in(client, user, next_value: str):
    client.page("/sign-in")
    query = {"next": next_value}
    form = client.page("/sign-in", query_string=query).form_data()
    form.update(email=user.email, password=factories.PASSWORD)
    return client.post("/sign-in", query_string=query, data=form)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_sign_in_with_a_hostile_next_lands_on_the_dashboard(client, db, area, hostile):
    user = factories.make_user(db, area)
    response = _sign_in(client, user, hostile)
    assert response.status_code == 302
    assert response.headers["Location"] == "/staff/"


def test_sign_in_keeps_a_next_path_on_this_site(client, db, area):
    user = factories.make_user(db, area)
    response = _sign_in(client, user, "/staff/voice/?page=2")
    assert response.headers["Location"] == "/staff/voice/?page=2"


@pytest.mark.parametrize("hostile", HOSTILE[:6])
def test_switching_area_with_a_hostile_next_stays_on_the_site(signed_in, area, hostile):
    officer = signed_in(Role.OFFICER)
    query = {"next": hostile}
    form = officer.page("/staff/switch-area", query_string=query).form_data()
    form["area"] = str(area.id)
    response = officer.post("/staff/switch-area", query_string=query, data=form)
    assert response.status_code == 302
    assert response.headers["Location"] == "/staff/"


@pytest.mark.parametrize("hostile", HOSTILE[:6])
def test_a_theme_button_with_a_hostile_next_goes_back_to_the_comment(signed_in, db, area,
                                                                     hostile):
    comment = make_comment(db, area, "The school transport taxi did not turn up again")
    officer = signed_in(Role.OFFICER)
    page = officer.page(f"/staff/analysis/comments/{comment.id}")
    button = next(b for b in page.soup.select("main form button")
                  if b.get_text(" ", strip=True).startswith("Confirm"))
    form = button.find_parent("form")
    data = {i["name"]: i.get("value", "") for i in form.select("input[name]")}
    data["next"] = hostile
    response = officer.post(form["action"], data=data)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/staff/analysis/comments/{comment.id}"
    db.expire_all()
    assert db.exec(select(CommentTheme).where(CommentTheme.comment_id == comment.id,
                                              CommentTheme.status == "confirmed")).first()
