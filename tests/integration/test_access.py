"""Every staff page is guarded by the one permission check, by role and by area."""

import re

import pytest

from coprod.areas.models import Role
from coprod.common.permissions import role_can
from tests import factories

# One page per action that has a page; each domain adds its own rows.
ACTION_PAGES = {
    "view_dashboard": "/staff/",
    "manage_users": "/staff/people",
    "view_audit": "/staff/audit-log",
    "manage_surveys": "/staff/surveys/new",
    "view_results": "/staff/surveys/",
    "review_themes": "/staff/analysis/",
    "manage_codebook": "/staff/analysis/codebook",
    "handle_safeguarding": "/staff/analysis/safeguarding",
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action,url", sorted(ACTION_PAGES.items()))
def test_role_matrix_pages(signed_in, role, action, url):
    page = signed_in(role).page(url)
    assert page.status == (200 if role_can(role.value, action) else 403), (role, url)
    if page.status == 403:
        assert page.h1 == "You cannot see this page"


def _staff_rules(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/staff") and "GET" in rule.methods:
            url = re.sub(r"<any\(([^,)]+)[^>]*>", r"\1", rule.rule)  # the first choice
            yield re.sub(r"<(?:int:)?[^>]+>", "1", url)


def test_every_staff_page_asks_signed_out_people_to_sign_in(app, client, area):
    urls = list(_staff_rules(app))
    assert len(urls) >= 3
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/sign-in"), url


def test_nobody_reads_another_areas_audit_log_or_people(signed_in, db, area):
    other = factories.make_area(db, "Elsewhere SEND Partnership")
    stranger = factories.make_user(db, other, Role.ADMIN, email="stranger@elsewhere.example")
    page = signed_in(Role.ADMIN).page("/staff/people")
    assert "stranger@elsewhere.example" not in page.text
    audit = signed_in(Role.ADMIN).page("/staff/audit-log")
    assert stranger.email not in audit.text and "Elsewhere" not in audit.text


def test_changing_the_area_in_the_session_to_one_you_are_not_in_gives_no_role(signed_in, db):
    client = signed_in(Role.ADMIN)
    other = factories.make_area(db)
    with client.session_transaction() as session:
        session["area_id"] = other.id
    assert client.get("/staff/people").status_code == 403
