"""Every form that fails says so the GOV.UK way: an error summary at the top linking to the
field, and "Error: " once at the start of the title, whichever form on the page it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coprod.areas.models import Role
from tests.survey_factories import make_survey, tiny_definition

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
PERIOD = "date_from=1&date_from=1&date_from=2026&date_to=31&date_to=3&date_to=2026"


def _save_report(client, kind: str, title: str):
    page = client.page(f"/staff/reports/{kind}?{PERIOD}")
    data = page.form_data("form[action*='/save']")
    data["title"] = title
    return client.submit(f"/staff/reports/{kind}?{PERIOD}", data, "form[action*='/save']")


def test_saving_a_report_with_no_name_says_why_at_the_top(signed_in, db, area):
    for kind in ("voice", "evidence-pack"):
        page = _save_report(signed_in(Role.ADMIN), kind, "   ")
        assert page.status == 400
        assert page.title.startswith("Error: ")
        summary = page.soup.select_one("main .govuk-error-summary")
        assert summary is not None, f"no error summary on the {kind} report"
        link = summary.select_one("li a")
        assert link.get_text(strip=True) == "Enter a name for the saved report"
        assert page.soup.select_one(link["href"]).get("name") == "title"
        assert page.field_error("title") == "Error: Enter a name for the saved report"


def test_deleting_my_answers_with_no_code_says_error_once(client, db, area):
    page = client.submit("/surveys/delete-my-answers", {"code": ""})
    assert page.status == 400
    assert page.title.startswith("Error: Delete my answers")
    assert page.title.count("Error:") == 1
    assert page.errors


def test_making_a_copy_with_no_title_says_error_once(signed_in, db, area):
    survey = make_survey(db, area)
    page = signed_in(Role.OFFICER).submit(f"/staff/surveys/{survey.id}/duplicate", {"title": ""})
    assert page.status == 400
    assert page.title.startswith("Error: Make a copy")
    assert page.title.count("Error:") == 1


def test_no_template_adds_error_to_its_own_title():
    """base.html alone puts "Error:" before the title (a page whose problems are not a form's
    sets `page_errors`), so no page can say it twice."""
    offenders = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        for block in re.findall(r"{%-?\s*block title\s*-?%}(.*?){%-?\s*endblock",
                                path.read_text(encoding="utf-8"), re.S):
            if "Error" in block:
                offenders.append(str(path.relative_to(TEMPLATES)))
    assert offenders == []


def test_a_staff_page_and_its_public_twin_have_different_titles(signed_in, db, area):
    """Staff keep both open in tabs; a screen reader user tells them apart by the title."""
    staff = signed_in(Role.OFFICER)
    for staff_path, public_path in (("/staff/events/", "/events/"),
                                    ("/staff/you-said-we-did/", "/you-said-we-did/")):
        staff_title, public_title = staff.page(staff_path).title, staff.page(public_path).title
        assert staff_title != public_title
        assert " – Staff – " in staff_title and "Staff" not in public_title


def test_pages_that_edit_one_thing_say_which_in_their_title(signed_in, db, area):
    """A screen reader user with two question editors open tells them apart by the title."""
    from tests.factories_voice import make_event
    from tests.factories_yousaid import make_item

    admin = signed_in(Role.ADMIN)
    first = make_survey(db, area, definition={**tiny_definition("t-one"), "title": "Buses survey"})
    second = make_survey(db, area, definition={**tiny_definition("t-two"),
                                               "title": "Clubs survey"})
    titles = [admin.page(f"/staff/surveys/{s.id}/questions/say").title for s in (first, second)]
    assert titles[0].startswith("Question 2 – Buses survey")
    assert titles[1].startswith("Question 2 – Clubs survey")
    template = make_survey(db, area, "caseworker")
    assert admin.page(f"/staff/surveys/{template.id}/questions/best_way_to_contact/answers/0"
                      ).title.startswith("Edit an answer – What is the best way for your ")
    assert admin.page("/staff/analysis/codebook/themes/transport").title.startswith(
        "Edit theme: Transport")
    event = make_event(db, area, title="Autumn coffee morning")
    assert admin.page(f"/staff/events/{event.id}/edit").title.startswith(
        "Change event – Autumn coffee morning")
    assert admin.page(f"/staff/events/{event.id}/actions/new").title.startswith(
        "Add an action – Autumn coffee morning")
    item = make_item(db, area)
    assert admin.page(f"/staff/you-said-we-did/{item.id}/status").title.startswith(
        f"Change status – Item {item.id}")


def _period(first: str, second: str, start: tuple[int, int, int], end: tuple[int, int, int]):
    return "&".join([*(f"{first}={n}" for n in start), *(f"{second}={n}" for n in end)])


@pytest.mark.parametrize(("role", "path", "first", "second", "message"), [
    (Role.OFFICER, "/staff/voice/", "said_from", "said_to",
     "'Said on or before' must be the same as or after 'Said on or after'"),
    (Role.SAFEGUARDING, "/staff/analysis/safeguarding/decided", "decided_from", "decided_to",
     "'Decided on or before' must be the same as or after 'Decided on or after'"),
    (Role.ADMIN, "/staff/audit-log", "since", "until",
     "'On or before' must be the same as or after 'On or after'"),
])
def test_a_filter_period_that_ends_before_it_starts_is_said_not_silently_empty(
        signed_in, role, path, first, second, message):
    """It would only ever match nothing; a person would think there was nothing to find."""
    page = signed_in(role).page(f"{path}?{_period(first, second, (9, 3, 2026), (1, 3, 2026))}")
    assert page.errors == [message]
    assert page.title.startswith("Error:")
    ok = signed_in(role).page(f"{path}?{_period(first, second, (1, 3, 2026), (1, 3, 2026))}")
    assert ok.errors == []
