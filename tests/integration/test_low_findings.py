"""Issue 11.11, the low ones that are not about CSV or ids: each was a 500."""

from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.surveys.models import Survey


def test_a_blank_survey_with_no_audience_asks_for_one(signed_in, db):
    before = db.exec(select(func.count()).select_from(Survey)).one()
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/surveys/new", {"start": "blank", "title": "Short breaks"})
    assert page.status == 400
    assert page.errors == ["Select who the survey is for"]
    assert db.exec(select(func.count()).select_from(Survey)).one() == before


def test_no_choice_at_all_asks_for_a_template_or_blank(signed_in, db):
    officer = signed_in(Role.OFFICER)
    page = officer.submit("/staff/surveys/new", {})
    assert page.status == 400
    assert "Select a template or a blank survey" in page.errors
