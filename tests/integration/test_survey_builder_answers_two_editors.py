"""Two people changing a question's answers at once in the survey builder, as they can every
other staff form (common.edit_forms): each keeps what they changed, a clash is shown with the
newer words and what this person typed, and a page opened before answers were moved or removed
changes the answer it showed, never the one that moved into its place. Before, the answer pages
pointed at answers by position and the last save won."""

from __future__ import annotations

from coprod.areas.models import Role
from coprod.surveys.definition import library
from coprod.surveys.models import SurveyStatus
from tests.pages import Page
from tests.survey_factories import make_survey, tiny_definition
from tests.two_editors import CONFLICT, values

ANSWERS = ["By bus", "By car", "I walked"]


def _survey(db, area):
    definition = tiny_definition("travel-survey", easy_read=False)
    definition["questions"].append({
        "id": "travel", "type": "single_choice", "text": "How did you get here?",
        "options": [{"value": "bus", "label": "By bus"}, {"value": "car", "label": "By car"},
                    {"value": "walked", "label": "I walked"}]})
    return make_survey(db, area, definition=definition, status=SurveyStatus.DRAFT)


def _question_page(client, survey) -> Page:
    """The question's page, reached from the survey's overview."""
    overview = client.page(f"/staff/surveys/{survey.id}")
    item = overview.soup.select_one("li#question-travel")
    edit = next(a for a in item.select("a") if a.get_text(strip=True).startswith("Edit"))
    return client.page(edit["href"])


def _open_answer(client, survey, label: str) -> tuple[str, dict]:
    """Follow an answer's "Edit" link; the page's address and what its form holds."""
    page = _question_page(client, survey)
    link = next(a for a in page.soup.select("#answer-list ~ ol a")
                if a.get_text(" ", strip=True) == f"Edit {label}")
    opened = client.page(link["href"])
    return link["href"], values(opened)


def _press(client, page: Page, button: str) -> Page:
    """Press one of the buttons beside an answer on a question page that is already open."""
    form = next(f for f in page.soup.select("#answer-list ~ ol form")
                if f.button.get_text(" ", strip=True) == button)
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    return Page(client.post(form["action"], data=data, follow_redirects=True))


def _save(client, url: str, form: dict, **changes) -> Page:
    return Page(client.post(url, data={**form, **changes}, follow_redirects=True))


def _options(db, survey) -> list[tuple[str, str, str | None]]:
    db.expire_all()
    question = library.current_definition(db, survey).question("travel")
    return [(o.value, o.label, o.symbol) for o in question.options]


def test_each_keeps_what_they_changed_in_one_answer(signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    url, hers = _open_answer(officer, survey, "By car")
    _url, theirs = _open_answer(forum, survey, "By car")
    assert "Answer saved." in _save(officer, url, hers, label="In a car").text
    assert "Answer saved." in _save(forum, url, theirs, symbol="family").text
    assert _options(db, survey) == [("bus", "By bus", None), ("car", "In a car", "family"),
                                    ("walked", "I walked", None)]


def test_both_changing_an_answer_shows_the_newer_words_and_saves_nothing_unseen(
        signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    url, hers = _open_answer(officer, survey, "By car")
    _url, theirs = _open_answer(forum, survey, "By car")
    _save(officer, url, hers, label="In a <i>car</i>")
    clash = _save(forum, url, theirs, label="By taxi or car", exclusive="y")
    assert clash.status == 400
    assert clash.errors == [CONFLICT.format(now="In a <i>car</i>")]
    assert clash.soup.select_one("main .govuk-error-summary i") is None  # words, not markup
    assert clash.soup.select_one("input#label")["value"] == "By taxi or car"
    assert clash.soup.select_one("input#exclusive").has_attr("checked")
    assert _options(db, survey)[1] == ("car", "In a <i>car</i>", None)

    again = _save(forum, url, values(clash))  # read it, and saved again
    assert "Answer saved." in again.text
    assert _options(db, survey)[1] == ("car", "By taxi or car", None)


def test_a_page_opened_before_answers_moved_changes_the_answer_it_showed(signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    url, hers = _open_answer(officer, survey, "By car")  # the 2nd answer when opened
    stale = _question_page(officer, survey)
    _press(forum, _question_page(forum, survey), "Remove By bus")  # now "By car" is 1st
    assert "Answer saved." in _save(officer, url, hers, label="In a car").text
    assert _options(db, survey) == [("car", "In a car", None), ("walked", "I walked", None)]
    # Buttons on a page opened before: "Move up" on "I walked" moves that answer, not another
    _press(officer, stale, "Move up I walked")
    assert [label for _v, label, _s in _options(db, survey)] == ["I walked", "In a car"]


def test_an_answer_someone_removed_is_offered_back_with_the_words_typed(signed_in, db, area):
    survey = _survey(db, area)
    officer, forum = signed_in(Role.OFFICER), signed_in(Role.FORUM)
    url, hers = _open_answer(officer, survey, "I walked")
    _press(forum, _question_page(forum, survey), "Remove I walked")
    gone = _save(officer, url, hers, label="I walked or cycled")
    assert gone.status == 400
    assert gone.h1 == "Add an answer"
    assert gone.errors == ["Someone else removed this answer after you opened the page. Your "
                           "words are below: save them to add them as a new answer."]
    assert gone.soup.select_one("input#label")["value"] == "I walked or cycled"
    assert [label for _v, label, _s in _options(db, survey)] == ["By bus", "By car"]

    added = Page(officer.post(gone.soup.select_one("main form")["action"],
                              data=values(gone), follow_redirects=True))
    assert "Answer saved." in added.text
    assert [label for _v, label, _s in _options(db, survey)] == [
        "By bus", "By car", "I walked or cycled"]
