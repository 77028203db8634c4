"""Issue 11.11, the low ones that are not about CSV or ids: each was a 500."""

from sqlmodel import func, select

from coprod.areas.models import Role
from coprod.surveys.models import Survey, SurveyResponse
from tests.survey_factories import (
    answer_all,
    make_survey,
    only_response,
    send,
    start_survey,
    tiny_definition,
)
from tests.survey_results_helpers import add_response


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


def test_start_again_after_a_lost_thank_you_page_says_the_answers_were_sent(client, db, area):
    """A family sends their answers, the thank-you page never arrives (the signal drops), and
    they open the survey again: they are told their answers were sent, and where their code is,
    rather than being walked through a second response by mistake."""
    survey = make_survey(db, area)
    check = answer_all(client, start_survey(client, survey), ["happy", "Lovely staff", "on_my_own"])
    stale_start = client.page(f"/surveys/{survey.slug}/")  # the start page, still in a tab
    form = check.form_data()
    assert client.post(check.soup.select_one("main form")["action"], data=form).status_code == 302

    again = client.page(f"/surveys/{survey.slug}/")
    assert "You have sent your answers." in again.text
    links = {a.get_text(strip=True): a["href"] for a in again.soup.select("main a")}
    assert links["See your code and what happens next"] == f"/surveys/{survey.slug}/thank-you"
    assert "Use your code to see what we did with what you said" in links
    sent = only_response(db, survey)
    assert sent.receipt_code in client.page(links["See your code and what happens next"]).text

    pressed = send(client, stale_start, {})  # Start, on the page they had open before
    assert "You have sent your answers." in pressed.text
    assert only_response(db, survey).id == sent.id

    new = send(client, again, {})
    assert new.h1 == "How did you feel?"
    assert "Start a new response" in again.soup.select_one("main form button").get_text()
    db.expire_all()
    responses = db.exec(select(SurveyResponse).where(SurveyResponse.survey_id == survey.id)).all()
    assert sorted(r.status for r in responses) == ["complete", "in_progress"]


def test_an_answer_with_dollar_signs_is_drawn_on_its_chart_as_typed(signed_in, db, area):
    """A price list or a pasted formula in an option's words: the results chart still draws
    (matplotlib read "$...$" as maths markup, and an unmatched one was a broken image)."""
    definition = tiny_definition("prices")
    definition["easy_read"] = False
    definition["questions"] = [{"id": "cost", "type": "single_choice", "text": "Cost?",
                                "required": True, "options": [
                                    {"value": "maths", "label": "$\\frac{$"},
                                    {"value": "both", "label": "£5 or $10"}]}]
    survey = make_survey(db, area, definition=definition)
    for cost in ("maths", "both", "both"):
        add_response(db, survey, {"cost": cost})
    leader = signed_in(Role.LEADER)
    chart = leader.page(f"/staff/surveys/{survey.id}/results").soup.select_one("img.coprod-chart")
    svg = leader.get(chart["src"])  # the page's chart: written as SVG, the words as text
    assert svg.status_code == 200 and "$\\frac{$" in svg.get_data(as_text=True)
    png = leader.get(chart["src"].replace(".svg", ".png"))  # the download: matplotlib draws it
    assert png.status_code == 200 and png.data.startswith(b"\x89PNG")


def test_an_id_too_big_for_the_database_in_a_form_names_nothing(signed_in, db, area):
    """A comment id past PostgreSQL's integer in the evidence page's address or form (found
    by the fuzz test on PostgreSQL: an error from the database, a 500) is simply not found."""
    from tests.factories_yousaid import make_item
    item = make_item(db, area)
    officer = signed_in(Role.ADMIN)
    page = officer.get(f"/staff/you-said-we-did/{item.id}/evidence?comment=10132138467276328"
                       "&event=99999999999")
    assert page.status_code == 200
