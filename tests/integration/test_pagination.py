"""Issue 18: long lists page through GOV.UK's pagination component, the same way everywhere."""

from coprod.areas.models import Role
from tests.factories_voice import make_comment


def test_officer_pages_through_comments_with_the_govuk_pagination_links(signed_in, db, area):
    for n in range(60):
        make_comment(db, area, text=f"Comment number {n} about the bus.")
    officer = signed_in(Role.OFFICER)
    first = officer.page("/staff/voice/")
    nav = first.soup.select_one("nav.govuk-pagination")
    assert nav["aria-label"] == "Pages of comments"
    assert nav.select_one(".govuk-pagination__prev") is None
    older = nav.select_one(".govuk-pagination__next a")
    assert older.get_text(" ", strip=True).startswith("Older")
    second = officer.page(older["href"])
    assert second.soup.select_one("nav.govuk-pagination .govuk-pagination__prev a") is not None
